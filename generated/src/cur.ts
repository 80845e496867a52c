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
export const prefix: "cur" = "cur";
/** The service's name in the reference. */
export const serviceName: "AWS Cost and Usage Report" = "AWS Cost and Usage Report";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Cost and Usage Report",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscostandusagereport.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to delete Cost and Usage Report Definition. Access level: Write. Resources: cur*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_cur_DeleteReportDefinition.html */
  DeleteReportDefinition: "W|||0;1;|||;",
  /** Grants permission to get Cost and Usage Report Definitions. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_cur_DescribeReportDefinitions.html */
  DescribeReportDefinitions: "R||||||;",
  /** Grants permission to get Bills CSV report. Access level: Read. Permission only. https://docs.aws.amazon.com/cur/latest/userguide/security.html#user-permissions */
  GetClassicReport: "R||1||||",
  /** Grants permission to get the classic report enablement status for Usage Reports. Access level: Read. Permission only. https://docs.aws.amazon.com/cur/latest/userguide/security.html#user-permissions */
  GetClassicReportPreferences: "R||1||||",
  /** Grants permission to get list of AWS services, usage type and operation for the Usage Report workflow. Allows or denies download of usage reports too. Access level: Read. Permission only. https://docs.aws.amazon.com/cur/latest/userguide/security.html#user-permissions */
  GetUsageReport: "R||1||||",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: cur*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_cur_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|1||;",
  /** Grants permission to modify Cost and Usage Report Definition. Access level: Write. Resources: cur*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_cur_ModifyReportDefinition.html */
  ModifyReportDefinition: "W|||0;1;|||;",
  /** Grants permission to enable classic reports. Access level: Write. Permission only. https://docs.aws.amazon.com/cur/latest/userguide/security.html#user-permissions */
  PutClassicReportPreferences: "W||1||||",
  /** Grants permission to write Cost and Usage Report Definition. Access level: Write. Resources: cur*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_cur_PutReportDefinition.html */
  PutReportDefinition: "W|||0;1;0~1~2||cur:TagResource|;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: cur*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_cur_TagResource.html */
  TagResource: "T|||0;1;|0,1,2||PutReportDefinition,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: cur*. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_cur_UntagResource.html */
  UntagResource: "T|||0;1;|1,2||;",
  /** Grants permission to validates if the s3 bucket exists with appropriate permissions for CUR delivery. Access level: Read. Permission only. https://docs.aws.amazon.com/cur/latest/userguide/security.html#user-permissions */
  ValidateReportDestination: "R||1||||",
} as const;
const actionDetails = {
  DeleteReportDefinition: "|,;~~~|Grants permission to delete Cost and Usage Report Definition",
  DescribeReportDefinitions: "|,;~~~|Grants permission to get Cost and Usage Report Definitions",
  GetClassicReport: "|,;~|Grants permission to get Bills CSV report",
  GetClassicReportPreferences: "|,;~|Grants permission to get the classic report enablement status for Usage Reports",
  GetUsageReport:
    "|,;~|Grants permission to get list of AWS services, usage type and operation for the Usage Report workflow. Allows or denies download of usage reports too",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ModifyReportDefinition: "|,;~~~|Grants permission to modify Cost and Usage Report Definition",
  PutClassicReportPreferences: "|,;~|Grants permission to enable classic reports",
  PutReportDefinition: "|,;~~~|Grants permission to write Cost and Usage Report Definition",
  TagResource: "|,;~~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  ValidateReportDestination:
    "|,;~|Grants permission to validates if the s3 bucket exists with appropriate permissions for CUR delivery",
};
const resourceTypeFacts = {
  /** The cur resource type: arn:${Partition}:cur:${Region}:${Account}:definition/${ReportName} */
  cur: "|,|",
} as const;
const arnFormats = {
  /** ARN of a cur resource: arn:${Partition}:cur:${Region}:${Account}:definition/${ReportName}. */
  cur: "|,cur|arn:|Partition|:cur:|Region|:|Account|:definition/|ReportName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["cur"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cur">;
/** Any cur action. */
export type Action = ActionOf<typeof actionFacts, "cur">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cur">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cur" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cur action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cur",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
