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
export const prefix: "kinesisanalytics" = "kinesisanalytics";
/** The service's name in the reference. */
export const serviceName: "Amazon Kinesis Analytics" = "Amazon Kinesis Analytics";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Kinesis Analytics",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonkinesisanalytics.html",
  },
  {
    name: "Amazon Kinesis Analytics V2",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonkinesisanalyticsv2.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to add cloudwatch logging option to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_AddApplicationCloudWatchLoggingOption.html */
  AddApplicationCloudWatchLoggingOption: "W|||0;1;||0|;",
  /** Grants permission to add input to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_AddApplicationInput.html */
  AddApplicationInput: "W|||0;1;||0|;",
  /** Grants permission to add input processing configuration to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_AddApplicationInputProcessingConfiguration.html */
  AddApplicationInputProcessingConfiguration: "W|||0;1;|||",
  /** Grants permission to add output to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_AddApplicationOutput.html */
  AddApplicationOutput: "W|||0;1;||0|;",
  /** Grants permission to add reference data source to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_AddApplicationReferenceDataSource.html */
  AddApplicationReferenceDataSource: "W|||0;1;|||;",
  /** Grants permission to add VPC configuration to the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_AddApplicationVpcConfiguration.html */
  AddApplicationVpcConfiguration: "W|||0;1;|||;",
  /** Grants permission to create an application. Access level: Write. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_CreateApplication.html */
  CreateApplication: "W||||0,2|0,kinesisanalytics:TagResource|;",
  /** Grants permission to create and return a URL that you can use to connect to an application's extension. Access level: Read. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_CreateApplicationPresignedUrl.html */
  CreateApplicationPresignedUrl: "R|||0;1;|||;",
  /** Grants permission to create a snapshot for an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_CreateApplicationSnapshot.html */
  CreateApplicationSnapshot: "W|||0;1;|||;",
  /** Grants permission to delete the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||;",
  /** Grants permission to delete the specified cloudwatch logging option of the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_DeleteApplicationCloudWatchLoggingOption.html */
  DeleteApplicationCloudWatchLoggingOption: "W|||0;1;|||;",
  /** Grants permission to delete the specified input processing configuration of the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_DeleteApplicationInputProcessingConfiguration.html */
  DeleteApplicationInputProcessingConfiguration: "W|||0;1;|||;",
  /** Grants permission to delete the specified output of the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_DeleteApplicationOutput.html */
  DeleteApplicationOutput: "W|||0;1;|||;",
  /** Grants permission to delete the specified reference data source of the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_DeleteApplicationReferenceDataSource.html */
  DeleteApplicationReferenceDataSource: "W|||0;1;|||;",
  /** Grants permission to delete a snapshot for an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_DeleteApplicationSnapshot.html */
  DeleteApplicationSnapshot: "W|||0;1;|||;",
  /** Grants permission to delete the specified VPC configuration of the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_DeleteApplicationVpcConfiguration.html */
  DeleteApplicationVpcConfiguration: "W|||0;1;|||;",
  /** Grants permission to describe the specified application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_DescribeApplication.html */
  DescribeApplication: "R|||0;1;|||;",
  /** Grants permission to describe an application operation of an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_DescribeApplicationOperation.html */
  DescribeApplicationOperation: "R|||0;1;|||;",
  /** Grants permission to describe an application snapshot. Access level: Read. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_DescribeApplicationSnapshot.html */
  DescribeApplicationSnapshot: "R|||0;1;|||;",
  /** Grants permission to describe the application version of an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_DescribeApplicationVersion.html */
  DescribeApplicationVersion: "R|||0;1;|||;",
  /** Grants permission to discover the input schema for the application. Access level: Read. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_DiscoverInputSchema.html */
  DiscoverInputSchema: "R|||||0|;",
  /** Grants permission to Kinesis Data Analytics console to display stream results for Kinesis Data Analytics SQL runtime applications. Access level: Read. Resources: application*. Permission only. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/api-permissions-reference.html#api-permissions-reference-gas */
  GetApplicationState: "R||1|0;1;|||",
  /** Grants permission to list application operations of an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_ListApplicationOperations.html */
  ListApplicationOperations: "R|||0;1;|||;",
  /** Grants permission to list the snapshots for an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_ListApplicationSnapshots.html */
  ListApplicationSnapshots: "R|||0;1;|||;",
  /** Grants permission to list application versions of an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_ListApplicationVersions.html */
  ListApplicationVersions: "R|||0;1;|||;",
  /** Grants permission to list applications for the account. Access level: List. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to fetch the tags associated with the application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||;",
  /** Grants permission to perform rollback operation on an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_RollbackApplication.html */
  RollbackApplication: "W|||0;1;|||;",
  /** Grants permission to start the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_StartApplication.html */
  StartApplication: "W|||0;1;|||;",
  /** Grants permission to stop the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_StopApplication.html */
  StopApplication: "W|||0;1;|||;",
  /** Grants permission to add tags to the application. Access level: Tagging. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateApplication,;",
  /** Grants permission to remove the specified tags from the application. Access level: Tagging. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;||0|;",
  /** Grants permission to update the maintenance configuration of an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_UpdateApplicationMaintenanceConfiguration.html */
  UpdateApplicationMaintenanceConfiguration: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AddApplicationCloudWatchLoggingOption:
    "|,;~~kinesisanalytics~;~~|Grants permission to add cloudwatch logging option to the application",
  AddApplicationInput: "|,;~~kinesisanalytics~;~~|Grants permission to add input to the application",
  AddApplicationInputProcessingConfiguration:
    "|,;~|Grants permission to add input processing configuration to the application",
  AddApplicationOutput: "|,;~~kinesisanalytics~;~~|Grants permission to add output to the application",
  AddApplicationReferenceDataSource:
    "|,;~~kinesisanalytics~;~~|Grants permission to add reference data source to the application",
  AddApplicationVpcConfiguration: "|,;~~~|Grants permission to add VPC configuration to the application",
  CreateApplication: "|,;~~kinesisanalytics~;~~|Grants permission to create an application",
  CreateApplicationPresignedUrl:
    "|,;~~~|Grants permission to create and return a URL that you can use to connect to an application's extension",
  CreateApplicationSnapshot: "|,;~~~|Grants permission to create a snapshot for an application",
  DeleteApplication: "|,;~~kinesisanalytics~;~~|Grants permission to delete the application",
  DeleteApplicationCloudWatchLoggingOption:
    "|,;~~kinesisanalytics~;~~|Grants permission to delete the specified cloudwatch logging option of the application",
  DeleteApplicationInputProcessingConfiguration:
    "|,;~~kinesisanalytics~;~~|Grants permission to delete the specified input processing configuration of the application",
  DeleteApplicationOutput:
    "|,;~~kinesisanalytics~;~~|Grants permission to delete the specified output of the application",
  DeleteApplicationReferenceDataSource:
    "|,;~~kinesisanalytics~;~~|Grants permission to delete the specified reference data source of the application",
  DeleteApplicationSnapshot: "|,;~~~|Grants permission to delete a snapshot for an application",
  DeleteApplicationVpcConfiguration:
    "|,;~~~|Grants permission to delete the specified VPC configuration of the application",
  DescribeApplication: "|,;~~kinesisanalytics~;~~|Grants permission to describe the specified application",
  DescribeApplicationOperation: "|,;~~~|Grants permission to describe an application operation of an application",
  DescribeApplicationSnapshot: "|,;~~~|Grants permission to describe an application snapshot",
  DescribeApplicationVersion: "|,;~~~|Grants permission to describe the application version of an application",
  DiscoverInputSchema: "|,;~~kinesisanalytics~;~~|Grants permission to discover the input schema for the application",
  GetApplicationState:
    "|,;~|Grants permission to Kinesis Data Analytics console to display stream results for Kinesis Data Analytics SQL runtime applications",
  ListApplicationOperations: "|,;~~~|Grants permission to list application operations of an application",
  ListApplicationSnapshots: "|,;~~~|Grants permission to list the snapshots for an application",
  ListApplicationVersions: "|,;~~~|Grants permission to list application versions of an application",
  ListApplications: "|,;~~kinesisanalytics~;~~|Grants permission to list applications for the account",
  ListTagsForResource: "|,;~~kinesisanalytics~;~~|Grants permission to fetch the tags associated with the application",
  RollbackApplication: "|,;~~~|Grants permission to perform rollback operation on an application",
  StartApplication: "|,;~~kinesisanalytics~;~~|Grants permission to start the application",
  StopApplication: "|,;~~kinesisanalytics~;~~|Grants permission to stop the application",
  TagResource: "|,;~~kinesisanalytics~;~~,~kinesisanalytics~;~~|Grants permission to add tags to the application",
  UntagResource: "|,;~~kinesisanalytics~;~~|Grants permission to remove the specified tags from the application",
  UpdateApplication: "|,;~~kinesisanalytics~;~~|Grants permission to update the application",
  UpdateApplicationMaintenanceConfiguration:
    "|,;~~~|Grants permission to update the maintenance configuration of an application",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:kinesisanalytics:${Region}:${Account}:application/${ApplicationName} */
  application: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:kinesisanalytics:${Region}:${Account}:application/${ApplicationName}. */
  application: "|,application|arn:|Partition|:kinesisanalytics:|Region|:|Account|:application/|ApplicationName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "kinesisanalytics">;
/** Any kinesisanalytics action. */
export type Action = ActionOf<typeof actionFacts, "kinesisanalytics">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "kinesisanalytics">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "kinesisanalyticsv2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every kinesisanalytics action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value assoicated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value assoicated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "kinesisanalytics",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
