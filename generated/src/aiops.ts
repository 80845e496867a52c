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
export const prefix: "aiops" = "aiops";
/** The service's name in the reference. */
export const serviceName: "Amazon AI Operations" = "Amazon AI Operations";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon AI Operations",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonaioperations.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "cloudtrail:DescribeTrails",
  "cloudwatch:DescribeAlarmHistory",
  "cloudwatch:DescribeAlarms",
  "cloudwatch:GetInsightRuleReport",
  "cloudwatch:GetMetricData",
  "iam:PassRole",
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:GenerateDataKey",
  "logs:GetQueryResults",
  "sso:CreateApplication",
  "sso:DeleteApplication",
  "sso:PutApplicationAccessScope",
  "sso:PutApplicationAssignmentConfiguration",
  "sso:PutApplicationAuthenticationMethod",
  "sso:PutApplicationGrant",
  "sso:TagResource",
  "sts:SetContext",
] as const;
const actionFacts = {
  /** Grants permission to create a new investigation in the specified investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_CreateInvestigation.html */
  CreateInvestigation: "W|||0;1;||6,8,17|",
  /** Grants permission to create a new investigation event in the specified investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_CreateInvestigationEvent.html */
  CreateInvestigationEvent: "W|||0;1;||1,2,3,4,6,8,9,17|",
  /** Grants permission to create a new investigation group. Access level: Write. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_CreateInvestigationGroup.html */
  CreateInvestigationGroup: "W||||0,1,2|aiops:TagResource,0,5,6,7,8,10,11,12,13,14,15,16|;",
  /** Grants permission to create an investigation resource in the specified investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_CreateInvestigationResource.html */
  CreateInvestigationResource: "W|||0;1;||1,2,3,4,8,9|",
  /** Grants permission to create a new report in the specified investigation. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_CreateReport.html */
  CreateReport: "W|||0;1;||6,8,17|",
  /** Grants permission to delete an investigation in the specified investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_DeleteInvestigation.html */
  DeleteInvestigation: "W|||0;1;||17|",
  /** Grants permission to delete the specified investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_DeleteInvestigationGroup.html */
  DeleteInvestigationGroup: "W|||0;1;||11|;",
  /** Grants permission to delete the investigation group policy attached to an investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_DeleteInvestigationGroupPolicy.html */
  DeleteInvestigationGroupPolicy: "W|||0;1;|||;",
  /** Grants permission to generate a report in the specified investigation report. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GenerateReport.html */
  GenerateReport: "W|||0;1;||6,8,17|",
  /** Grants permission to run and retrieve ephemeral investigation results. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GetEphemeralInvestigationResults.html */
  GetEphemeralInvestigationResults: "L||||||",
  /** Grants permission to retrieve a fact in the specified investigation report. Access level: Read. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GetFact.html */
  GetFact: "R|||0;1;||6|",
  /** Grants permission to retrieve all versions of a fact token in the specified investigation report. Access level: Read. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GetFactVersions.html */
  GetFactVersions: "R|||0;1;||6|",
  /** Grants permission to retrieve an investigation in the specified investigation group. Access level: Read. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GetInvestigation.html */
  GetInvestigation: "R|||0;1;|||",
  /** Grants permission to retrieve an investigation event in the specified investigation group. Access level: Read. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GetInvestigationEvent.html */
  GetInvestigationEvent: "R|||0;1;||6|",
  /** Grants permission to retrieve the specified investigation group. Access level: Read. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GetInvestigationGroup.html */
  GetInvestigationGroup: "R|||0;1;|||;",
  /** Grants permission to retrieve the investigation group policy attached to an investigation group. Access level: Read. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GetInvestigationGroupPolicy.html */
  GetInvestigationGroupPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve an investigation resource in the specified investigation group. Access level: Read. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GetInvestigationResource.html */
  GetInvestigationResource: "R|||0;1;||6|",
  /** Grants permission to retrieve a report in the specified investigation. Access level: Read. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_GetReport.html */
  GetReport: "R|||0;1;||6|",
  /** Grants permission to list all facts in the specified investigation report. Access level: List. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_ListFacts.html */
  ListFacts: "L|||0;1;||6|",
  /** Grants permission to list all investigation events in the specified investigation group. Access level: List. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_ListInvestigationEvents.html */
  ListInvestigationEvents: "L|||0;1;|||",
  /** Grants permission to list all investigation groups in the AWS account making the request. Access level: List. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_ListInvestigationGroups.html */
  ListInvestigationGroups: "L||||||;",
  /** Grants permission to list all investigations that are in the specified investigation group. Access level: List. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_ListInvestigations.html */
  ListInvestigations: "L|||0;1;|||",
  /** Grants permission to list all reports in the specified investigation. Access level: List. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_ListReports.html */
  ListReports: "L|||0;1;|||",
  /** Grants permission to list the tags for the specified resource. Access level: List. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;|||;",
  /** Grants permission to create or update a new fact in the specified investigation report. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_PutFact.html */
  PutFact: "W|||0;1;||6,8,17|",
  /** Grants permission to create/update the investigation group policy attached to an investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_PutInvestigationGroupPolicy.html */
  PutInvestigationGroupPolicy: "W|||0;1;|||;",
  /** Grants permission to add or update the specified tags for the specified resource. Access level: Tagging. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateInvestigationGroup,;",
  /** Grants permission to remove the specified tags from the specified resource. Access level: Tagging. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update an investigation in the specified investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_UpdateInvestigation.html */
  UpdateInvestigation: "W|||0;1;||6,8,17|",
  /** Grants permission to update an investigation event in the specified investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_UpdateInvestigationEvent.html */
  UpdateInvestigationEvent: "W|||0;1;||6,8,17|",
  /** Grants permission to update the specified investigation group. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_UpdateInvestigationGroup.html */
  UpdateInvestigationGroup: "W|||0;1;||0,5,6,7,8,10,11,12,13,14,15,16|;",
  /** Grants permission to update a report in the specified investigation. Access level: Write. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_UpdateReport.html */
  UpdateReport: "W|||0;1;||6,8,17|",
  /** Grants permission to validate the specified investigation group. Access level: Read. Resources: investigation-group*. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/API_ValidateInvestigationGroup.html */
  ValidateInvestigationGroup: "R|||0;1;|||",
} as const;
const actionDetails = {
  CreateInvestigation: "|,;~|Grants permission to create a new investigation in the specified investigation group",
  CreateInvestigationEvent:
    "|,;~|Grants permission to create a new investigation event in the specified investigation group",
  CreateInvestigationGroup: "|,;~~~|Grants permission to create a new investigation group",
  CreateInvestigationResource:
    "|,;~|Grants permission to create an investigation resource in the specified investigation group",
  CreateReport: "|,;~|Grants permission to create a new report in the specified investigation",
  DeleteInvestigation: "|,;~|Grants permission to delete an investigation in the specified investigation group",
  DeleteInvestigationGroup: "|,;~~~|Grants permission to delete the specified investigation group",
  DeleteInvestigationGroupPolicy:
    "|,;~~~|Grants permission to delete the investigation group policy attached to an investigation group",
  GenerateReport: "|,;~|Grants permission to generate a report in the specified investigation report",
  GetEphemeralInvestigationResults: "|,;~|Grants permission to run and retrieve ephemeral investigation results",
  GetFact: "|,;~|Grants permission to retrieve a fact in the specified investigation report",
  GetFactVersions:
    "|,;~|Grants permission to retrieve all versions of a fact token in the specified investigation report",
  GetInvestigation: "|,;~|Grants permission to retrieve an investigation in the specified investigation group",
  GetInvestigationEvent:
    "|,;~|Grants permission to retrieve an investigation event in the specified investigation group",
  GetInvestigationGroup: "|,;~~~|Grants permission to retrieve the specified investigation group",
  GetInvestigationGroupPolicy:
    "|,;~~~|Grants permission to retrieve the investigation group policy attached to an investigation group",
  GetInvestigationResource:
    "|,;~|Grants permission to retrieve an investigation resource in the specified investigation group",
  GetReport: "|,;~|Grants permission to retrieve a report in the specified investigation",
  ListFacts: "|,;~|Grants permission to list all facts in the specified investigation report",
  ListInvestigationEvents:
    "|,;~|Grants permission to list all investigation events in the specified investigation group",
  ListInvestigationGroups:
    "|,;~~~|Grants permission to list all investigation groups in the AWS account making the request",
  ListInvestigations: "|,;~|Grants permission to list all investigations that are in the specified investigation group",
  ListReports: "|,;~|Grants permission to list all reports in the specified investigation",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for the specified resource",
  PutFact: "|,;~|Grants permission to create or update a new fact in the specified investigation report",
  PutInvestigationGroupPolicy:
    "|,;~~~|Grants permission to create/update the investigation group policy attached to an investigation group",
  TagResource: "|,;~~~,~~|Grants permission to add or update the specified tags for the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove the specified tags from the specified resource",
  UpdateInvestigation: "|,;~|Grants permission to update an investigation in the specified investigation group",
  UpdateInvestigationEvent:
    "|,;~|Grants permission to update an investigation event in the specified investigation group",
  UpdateInvestigationGroup: "|,;~~~|Grants permission to update the specified investigation group",
  UpdateReport: "|,;~|Grants permission to update a report in the specified investigation",
  ValidateInvestigationGroup: "|,;~|Grants permission to validate the specified investigation group",
};
const resourceTypeFacts = {
  /** The investigation-group resource type: arn:${Partition}:aiops:${Region}:${Account}:investigation-group/${InvestigationGroupId} */
  "investigation-group": "|,investigationGroup|1",
} as const;
const arnFormats = {
  /** ARN of a investigation-group resource: arn:${Partition}:aiops:${Region}:${Account}:investigation-group/${InvestigationGroupId}. */
  investigationGroup:
    "|,investigation-group|arn:|Partition|:aiops:|Region|:|Account|:investigation-group/|InvestigationGroupId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["investigation-group"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "aiops">;
/** Any aiops action. */
export type Action = ActionOf<typeof actionFacts, "aiops">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "aiops">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "aiops" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every aiops action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "aiops",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
