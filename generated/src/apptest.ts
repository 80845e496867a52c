/*! generated from snapshots/ - do not edit */

import type {
  ActionInfoOf,
  ActionOf,
  ActionsByAccessLevelOf,
  ActionsOf,
  ArnBuildersOf,
  ArnParser,
  ConditionBlock,
  ConditionKeyInfo,
  ConditionKeysOf,
  ParsedArnsOf,
  ReferencePage,
  ResourceTypeInfoOf,
  StatementOf,
} from "./_types.js";
import { arnBuilders, arnParser, decodeActions, decodeConditionKeys, decodeResourceTypes } from "./_runtime.js";
/** The service prefix. */
export const prefix: "apptest" = "apptest";
/** The service's name in the reference. */
export const serviceName: "AWS Mainframe Modernization Application Testing" =
  "AWS Mainframe Modernization Application Testing";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Mainframe Modernization Application Testing",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmainframemodernizationapplicationtesting.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["s3:DeleteObject", "s3:ListBucket"] as const;
const actionFacts = {
  /** Grants permission to create a test case. Access level: Write. https://docs.aws.amazon.com/apptest/latest/APIReference/API_CreateTestCase.html */
  CreateTestCase: "W||||0,2||",
  /** Grants permission to create a test configuration. Access level: Write. https://docs.aws.amazon.com/apptest/latest/APIReference/API_CreateTestConfiguration.html */
  CreateTestConfiguration: "W||||0,2||",
  /** Grants permission to create a test suite. Access level: Write. https://docs.aws.amazon.com/apptest/latest/APIReference/API_CreateTestSuite.html */
  CreateTestSuite: "W||||0,2||",
  /** Grants permission to delete a test case. Access level: Write. Resources: TestCase*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_DeleteTestCase.html */
  DeleteTestCase: "W|||0;1;|||",
  /** Grants permission to delete a test configuration. Access level: Write. Resources: TestConfiguration*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_DeleteTestConfiguration.html */
  DeleteTestConfiguration: "W|||1;1;|||",
  /** Grants permission to delete a test run. Access level: Write. Resources: TestRun*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_DeleteTestRun.html */
  DeleteTestRun: "W|||2;1;||0,1|",
  /** Grants permission to delete a test suite. Access level: Write. Resources: TestSuite*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_DeleteTestSuite.html */
  DeleteTestSuite: "W|||3;1;|||",
  /** Grants permission to get a test case. Access level: Read. Resources: TestCase*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_GetTestCase.html */
  GetTestCase: "R|||0;1;|||",
  /** Grants permission to get a test configuration. Access level: Read. Resources: TestConfiguration*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_GetTestConfiguration.html */
  GetTestConfiguration: "R|||1;1;|||",
  /** Grants permission to get test run step. Access level: Read. Resources: TestRun*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_GetTestRunStep.html */
  GetTestRunStep: "R|||2;1;|||",
  /** Grants permission to get a test suite. Access level: Read. Resources: TestSuite*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_GetTestSuite.html */
  GetTestSuite: "R|||3;1;|||",
  /** Grants permission to list tags for a resource. Access level: Read. https://docs.aws.amazon.com/apptest/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||",
  /** Grants permission to list test cases. Access level: List. https://docs.aws.amazon.com/apptest/latest/APIReference/API_ListTestCases.html */
  ListTestCases: "L||||||",
  /** Grants permission to list test configurations. Access level: List. https://docs.aws.amazon.com/apptest/latest/APIReference/API_ListTestConfigurations.html */
  ListTestConfigurations: "L||||||",
  /** Grants permission to list steps for a test run. Access level: Read. Resources: TestRun*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_ListTestRunSteps.html */
  ListTestRunSteps: "R|||2;1;|||",
  /** Grants permission to list test cases for a test run. Access level: Read. Resources: TestRun*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_ListTestRunTestCases.html */
  ListTestRunTestCases: "R|||2;1;|||",
  /** Grants permission to list test runs. Access level: List. https://docs.aws.amazon.com/apptest/latest/APIReference/API_ListTestRuns.html */
  ListTestRuns: "L||||||",
  /** Grants permission to list test suites. Access level: List. https://docs.aws.amazon.com/apptest/latest/APIReference/API_ListTestSuites.html */
  ListTestSuites: "L||||||",
  /** Grants permission to start a test run. Access level: Write. https://docs.aws.amazon.com/apptest/latest/APIReference/API_StartTestRun.html */
  StartTestRun:
    "W||||0,2|cloudformation:CreateStack,cloudformation:DeleteStack,cloudformation:DescribeStacks,dms:DescribeReplicationTasks,dms:StartReplicationTask,dms:StopReplicationTask,ec2:DescribeAvailabilityZones,ec2:DescribeVpcEndpointServiceConfigurations,ec2:DescribeVpcEndpointServices,m2:CreateDataSetImportTask,m2:GetApplication,m2:GetApplicationVersion,m2:GetBatchJobExecution,m2:GetDataSetDetails,m2:GetDataSetImportTask,m2:StartApplication,m2:StartBatchJob,m2:StopApplication,s3:CreateBucket,0,s3:GetObject,1,s3:PutObject|",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: TestCase, TestConfiguration, TestRun, TestSuite. https://docs.aws.amazon.com/apptest/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,2||",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: TestCase, TestConfiguration, TestRun, TestSuite. https://docs.aws.amazon.com/apptest/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|2||",
  /** Grants permission to update a test case. Access level: Write. Resources: TestCase*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_UpdateTestCase.html */
  UpdateTestCase: "W|||0;1;|||",
  /** Grants permission to update a test configuration. Access level: Write. Resources: TestConfiguration*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_UpdateTestConfiguration.html */
  UpdateTestConfiguration: "W|||1;1;|||",
  /** Grants permission to update a test suite. Access level: Write. Resources: TestSuite*. https://docs.aws.amazon.com/apptest/latest/APIReference/API_UpdateTestSuite.html */
  UpdateTestSuite: "W|||3;1;|||",
} as const;
const actionDetails = {
  CreateTestCase: "|,;~|Grants permission to create a test case",
  CreateTestConfiguration: "|,;~|Grants permission to create a test configuration",
  CreateTestSuite: "|,;~|Grants permission to create a test suite",
  DeleteTestCase: "|,;~|Grants permission to delete a test case",
  DeleteTestConfiguration: "|,;~|Grants permission to delete a test configuration",
  DeleteTestRun: "|,;~|Grants permission to delete a test run",
  DeleteTestSuite: "|,;~|Grants permission to delete a test suite",
  GetTestCase: "|,;~|Grants permission to get a test case",
  GetTestConfiguration: "|,;~|Grants permission to get a test configuration",
  GetTestRunStep: "|,;~|Grants permission to get test run step",
  GetTestSuite: "|,;~|Grants permission to get a test suite",
  ListTagsForResource: "|,;~|Grants permission to list tags for a resource",
  ListTestCases: "|,;~|Grants permission to list test cases",
  ListTestConfigurations: "|,;~|Grants permission to list test configurations",
  ListTestRunSteps: "|,;~|Grants permission to list steps for a test run",
  ListTestRunTestCases: "|,;~|Grants permission to list test cases for a test run",
  ListTestRuns: "|,;~|Grants permission to list test runs",
  ListTestSuites: "|,;~|Grants permission to list test suites",
  StartTestRun: "|,;~|Grants permission to start a test run",
  TagResource: "|,;~|Grants permission to tag a resource",
  UntagResource: "|,;~|Grants permission to untag a resource",
  UpdateTestCase: "|,;~|Grants permission to update a test case",
  UpdateTestConfiguration: "|,;~|Grants permission to update a test configuration",
  UpdateTestSuite: "|,;~|Grants permission to update a test suite",
};
const resourceTypeFacts = {
  /** The TestCase resource type: arn:${Partition}:apptest:${Region}:${Account}:testcase/${TestCaseId} */
  TestCase: "|,testCase|1",
  /** The TestConfiguration resource type: arn:${Partition}:apptest:${Region}:${Account}:testconfiguration/${TestConfigurationId} */
  TestConfiguration: "|,testConfiguration|1",
  /** The TestRun resource type: arn:${Partition}:apptest:${Region}:${Account}:testrun/${TestRunId} */
  TestRun: "|,testRun|1",
  /** The TestSuite resource type: arn:${Partition}:apptest:${Region}:${Account}:testsuite/${TestSuiteId} */
  TestSuite: "|,testSuite|1",
} as const;
const arnFormats = {
  /** ARN of a TestCase resource: arn:${Partition}:apptest:${Region}:${Account}:testcase/${TestCaseId}. */
  testCase: "|,TestCase|arn:|Partition|:apptest:|Region|:|Account|:testcase/|TestCaseId|",
  /** ARN of a TestConfiguration resource: arn:${Partition}:apptest:${Region}:${Account}:testconfiguration/${TestConfigurationId}. */
  testConfiguration:
    "|,TestConfiguration|arn:|Partition|:apptest:|Region|:|Account|:testconfiguration/|TestConfigurationId|",
  /** ARN of a TestRun resource: arn:${Partition}:apptest:${Region}:${Account}:testrun/${TestRunId}. */
  testRun: "|,TestRun|arn:|Partition|:apptest:|Region|:|Account|:testrun/|TestRunId|",
  /** ARN of a TestSuite resource: arn:${Partition}:apptest:${Region}:${Account}:testsuite/${TestSuiteId}. */
  testSuite: "|,TestSuite|arn:|Partition|:apptest:|Region|:|Account|:testsuite/|TestSuiteId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["TestCase", "TestConfiguration", "TestRun", "TestSuite"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "apptest">;
/** Any apptest action. */
export type Action = ActionOf<typeof actionFacts, "apptest">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "apptest">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every apptest action: action name -> full action name (in each JSDoc, * marks a required resource type). */
export const actions: Actions = actionTables.actions;
/** Action name -> access level(s), resource types (required flags, condition keys), condition keys, dependent actions, operations (SDK methods), description. */
export const actionInfo: ActionInfo = actionTables.actionInfo;
/** Access level -> its actions (an action with several levels is under each). */
export const actionsByAccessLevel: ActionsByAccessLevel = actionTables.actionsByAccessLevel;
/** Resource type -> its ARN formats and condition keys. */
export type ResourceTypeInfo = ResourceTypeInfoOf<typeof resourceTypeFacts, typeof conditionKeyList, typeof arnFormats>;
/** Resource type -> its ARN formats and condition keys. */
export const resourceTypeInfo: ResourceTypeInfo = decodeResourceTypes<ResourceTypeInfo>(
  resourceTypeFacts,
  conditionKeyList,
  arnFormats,
);
/** ARN builders, one per resource type and ARN format. */
export type ArnBuilders = ArnBuildersOf<typeof arnFormats>;
/** An ARN taken apart by parseArn. */
export type ParsedArn = ParsedArnsOf<typeof arnFormats>;
/** ARN builders, one per resource type and ARN format; `partition` defaults to `aws`. */
export const arn: ArnBuilders = arnBuilders<ArnBuilders>(arnFormats);
/** `{ resourceType, ...parameters }` of an ARN of this service; undefined when no ARN format matches. */
export const parseArn: ArnParser<typeof arnFormats> = arnParser<ArnParser<typeof arnFormats>>(arnFormats);

/** Condition key -> its type names (a key with a placeholder, `${TagKey}`, is a template-literal key). */
export interface ConditionKeyTypes {
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "apptest",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
