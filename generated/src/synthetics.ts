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
export const prefix: "synthetics" = "synthetics";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudWatch Synthetics" = "Amazon CloudWatch Synthetics";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudWatch Synthetics",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchsynthetics.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "synthetics:Names",
] as const;
const dependentActionList = ["iam:PassRole", "synthetics:ListTagsForResource", "synthetics:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate a resource with a group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_AssociateResource.html */
  AssociateResource: "W|||1;1;|1,2||;",
  /** Grants permission to create a canary. Access level: Write. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_CreateCanary.html */
  CreateCanary: "W||||0,2|0,2|;",
  /** Grants permission to create a group. Access level: Write. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_CreateGroup.html */
  CreateGroup: "W||||0,2|2|;",
  /** Grants permission to delete a canary. Amazon Synthetics deletes all the resources except for the Lambda function and the CloudWatch Alarms if you created one. Access level: Write. Resources: canary*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_DeleteCanary.html */
  DeleteCanary: "W|||0;1;|1,2||;",
  /** Grants permission to delete a group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_DeleteGroup.html */
  DeleteGroup: "W|||1;1;|1,2||;",
  /** Grants permission to list information of all canaries. Access level: Read. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_DescribeCanaries.html */
  DescribeCanaries: "R||||3|1|;",
  /** Grants permission to list information about the last test run associated with all canaries. Access level: Read. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_DescribeCanariesLastRun.html */
  DescribeCanariesLastRun: "R||||3||;",
  /** Grants permission to list information about Synthetics canary runtime versions. Access level: Read. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_DescribeRuntimeVersions.html */
  DescribeRuntimeVersions: "R||||||;",
  /** Grants permission to disassociate a resource from a group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_DisassociateResource.html */
  DisassociateResource: "W|||1;1;|1,2||;",
  /** Grants permission to view the details of a canary. Access level: Read. Resources: canary*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_GetCanary.html */
  GetCanary: "R|||0;1;|1,2||;",
  /** Grants permission to list information about all the test runs associated with a canary. Access level: Read. Resources: canary*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_GetCanaryRuns.html */
  GetCanaryRuns: "R|||0;1;|1,2||;",
  /** Grants permission to view the details of a group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_GetGroup.html */
  GetGroup: "R|||1;1;|1,2|1|;",
  /** Grants permission to list information about the associated groups of a canary. Access level: List. Resources: canary*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_ListAssociatedGroups.html */
  ListAssociatedGroups: "L|||0;1;|1,2||;",
  /** Grants permission to list information about canaries in a group. Access level: List. Resources: group*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_ListGroupResources.html */
  ListGroupResources: "L|||1;1;|1,2||;",
  /** Grants permission to list information of all groups. Access level: List. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_ListGroups.html */
  ListGroups: "L||||||;",
  /** Grants permission to list all tags and values associated with a resource. Access level: Read. Resources: canary, group. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||DescribeCanaries,GetGroup,;",
  /** Grants permission to start a canary, so that Amazon CloudWatch Synthetics starts monitoring a website. Access level: Write. Resources: canary*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_StartCanary.html */
  StartCanary: "W|||0;1;|1,2||;",
  /** Grants permission to start a canary dry run, so that Amazon CloudWatch Synthetics can execute a test execution of a canary with provided parameters. Access level: Write. Resources: canary*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_StartCanaryDryRun.html */
  StartCanaryDryRun: "W|||0;1;|1,2|0|;",
  /** Grants permission to stop a canary. Access level: Write. Resources: canary*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_StopCanary.html */
  StopCanary: "W|||0;1;|1,2||;",
  /** Grants permission to add one or more tags to a resource. Access level: Tagging. Resources: canary, group. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateCanary,CreateGroup,;",
  /** Grants permission to remove one or more tags from a resource. Access level: Tagging. Resources: canary, group. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|1,2||;",
  /** Grants permission to update a canary. Access level: Write. Resources: canary*. https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_UpdateCanary.html */
  UpdateCanary: "W|||0;1;|1,2|0|;",
} as const;
const actionDetails = {
  AssociateResource: "|,;~~~|Grants permission to associate a resource with a group",
  CreateCanary: "|,;~~~|Grants permission to create a canary",
  CreateGroup: "|,;~~~|Grants permission to create a group",
  DeleteCanary:
    "|,;~~~|Grants permission to delete a canary. Amazon Synthetics deletes all the resources except for the Lambda function and the CloudWatch Alarms if you created one",
  DeleteGroup: "|,;~~~|Grants permission to delete a group",
  DescribeCanaries: "|,;~~~|Grants permission to list information of all canaries",
  DescribeCanariesLastRun:
    "|,;~~~|Grants permission to list information about the last test run associated with all canaries",
  DescribeRuntimeVersions: "|,;~~~|Grants permission to list information about Synthetics canary runtime versions",
  DisassociateResource: "|,;~~~|Grants permission to disassociate a resource from a group",
  GetCanary: "|,;~~~|Grants permission to view the details of a canary",
  GetCanaryRuns: "|,;~~~|Grants permission to list information about all the test runs associated with a canary",
  GetGroup: "|,;~~~|Grants permission to view the details of a group",
  ListAssociatedGroups: "|,;~~~|Grants permission to list information about the associated groups of a canary",
  ListGroupResources: "|,;~~~|Grants permission to list information about canaries in a group",
  ListGroups: "|,;~~~|Grants permission to list information of all groups",
  ListTagsForResource: "|,;~~~,~~,~~|Grants permission to list all tags and values associated with a resource",
  StartCanary:
    "|,;~~~|Grants permission to start a canary, so that Amazon CloudWatch Synthetics starts monitoring a website",
  StartCanaryDryRun:
    "|,;~~~|Grants permission to start a canary dry run, so that Amazon CloudWatch Synthetics can execute a test execution of a canary with provided parameters",
  StopCanary: "|,;~~~|Grants permission to stop a canary",
  TagResource: "|,;~~~,~~,~~|Grants permission to add one or more tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from a resource",
  UpdateCanary: "|,;~~~|Grants permission to update a canary",
};
const resourceTypeFacts = {
  /** The canary resource type: arn:${Partition}:synthetics:${Region}:${Account}:canary:${CanaryName} */
  canary: "|,|1",
  /** The group resource type: arn:${Partition}:synthetics:${Region}:${Account}:group:${GroupId} */
  group: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a canary resource: arn:${Partition}:synthetics:${Region}:${Account}:canary:${CanaryName}. */
  canary: "|,canary|arn:|Partition|:synthetics:|Region|:|Account|:canary:|CanaryName|",
  /** ARN of a group resource: arn:${Partition}:synthetics:${Region}:${Account}:group:${GroupId}. */
  group: "|,group|arn:|Partition|:synthetics:|Region|:|Account|:group:|GroupId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["canary", "group"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "synthetics">;
/** Any synthetics action. */
export type Action = ActionOf<typeof actionFacts, "synthetics">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "synthetics">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "synthetics" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every synthetics action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access based on the name of the canary. */
  "synthetics:Names": "ArrayOfString";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
  "synthetics:Names": "|,ArrayOfString|0||Filters access based on the name of the canary",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "synthetics",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
