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
export const prefix: "servicequotas" = "servicequotas";
/** The service's name in the reference. */
export const serviceName: "Service Quotas" = "Service Quotas";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Service Quotas",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_servicequotas.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "servicequotas:service",
] as const;
const dependentActionList = [
  "autoscaling:DescribeAccountLimits",
  "cloudformation:DescribeAccountLimits",
  "dynamodb:DescribeLimits",
  "elasticloadbalancing:DescribeAccountLimits",
  "iam:GetAccountSummary",
  "kinesis:DescribeLimits",
  "organizations:DescribeOrganization",
  "rds:DescribeAccountAttributes",
  "route53:GetAccountLimit",
] as const;
const actionFacts = {
  /** Grants permission to associate the Service Quotas template with your organization. Access level: Write. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_AssociateServiceQuotaTemplate.html */
  AssociateServiceQuotaTemplate: "W|||||6,organizations:EnableAWSServiceAccess|;",
  /** Grants permission to submit a request to create a support case for an existing quota increase request. Access level: Write. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_CreateSupportCase.html */
  CreateSupportCase: "W||||||;",
  /** Grants permission to remove the specified service quota from the service quota template. Access level: Write. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_DeleteServiceQuotaIncreaseRequestFromTemplate.html */
  DeleteServiceQuotaIncreaseRequestFromTemplate: "W|||||6|;",
  /** Grants permission to disassociate the Service Quotas template from your organization. Access level: Write. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_DisassociateServiceQuotaTemplate.html */
  DisassociateServiceQuotaTemplate: "W|||||6|;",
  /** Grants permission to return the details for the specified service quota, including the AWS default value. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_GetAWSDefaultServiceQuota.html */
  GetAWSDefaultServiceQuota: "R||||||;",
  /** Grants permission to retrieve the ServiceQuotaTemplateAssociationStatus value, which tells you if the Service Quotas template is associated with an organization. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_GetAssociationForServiceQuotaTemplate.html */
  GetAssociationForServiceQuotaTemplate: "R|||||6|;",
  /** Grants permission to retrieve the automatic management of Service Quotas configuration, including notification settings, opt-in type, and excluded quotas. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_GetAutoManagementConfiguration.html */
  GetAutoManagementConfiguration: "R||||||;",
  /** Grants permission to view the generated report. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_GetQuotaUtilizationReport.html */
  GetQuotaUtilizationReport: "R||||||;",
  /** Grants permission to retrieve the details for a particular service quota increase request. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_GetRequestedServiceQuotaChange.html */
  GetRequestedServiceQuotaChange: "R||||||;",
  /** Grants permission to return the details for the specified service quota, including the applied value. Access level: Read. Resources: quota. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_GetServiceQuota.html */
  GetServiceQuota: "R|||0;0;|3|0,1,2,3,4,5,7,8|;",
  /** Grants permission to retrieve the details for a service quota increase request from the service quota template. Access level: Read. Resources: quota. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_GetServiceQuotaIncreaseRequestFromTemplate.html */
  GetServiceQuotaIncreaseRequestFromTemplate: "R|||0;0;|3|6|;",
  /** Grants permission to list all default service quotas for the specified AWS service. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_ListAWSDefaultServiceQuotas.html */
  ListAWSDefaultServiceQuotas: "R||||||;",
  /** Grants permission to request a list of the changes to quotas for a service. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_ListRequestedServiceQuotaChangeHistory.html */
  ListRequestedServiceQuotaChangeHistory: "R||||||;",
  /** Grants permission to request a list of the changes to specific service quotas. Access level: Read. Resources: quota. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_ListRequestedServiceQuotaChangeHistoryByQuota.html */
  ListRequestedServiceQuotaChangeHistoryByQuota: "R|||0;0;|3||;",
  /** Grants permission to return a list of the service quota increase requests from the service quota template. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_ListServiceQuotaIncreaseRequestsInTemplate.html */
  ListServiceQuotaIncreaseRequestsInTemplate: "R|||||6|;",
  /** Grants permission to list all service quotas for the specified AWS service, in that account, in that Region. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_ListServiceQuotas.html */
  ListServiceQuotas: "R|||||0,1,2,3,4,5,7,8|;",
  /** Grants permission to list the AWS services available in Service Quotas. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_ListServices.html */
  ListServices: "R||||||;",
  /** Grants permission to view the existing tags on a SQ resource. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to define and add a quota to the service quota template. Access level: Write. Resources: quota. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_PutServiceQuotaIncreaseRequestIntoTemplate.html */
  PutServiceQuotaIncreaseRequestIntoTemplate: "W|||0;0;|3|6|;",
  /** Grants permission to submit the request for a service quota increase. Access level: Write. Resources: quota. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_RequestServiceQuotaIncrease.html */
  RequestServiceQuotaIncrease: "W|||0;0;|3||;",
  /** Grants permission to enable automatic management of Service Quotas for an AWS account, including notification preferences and excluded quotas configurations. Access level: Write. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_StartAutoManagement.html */
  StartAutoManagement: "W||||||;",
  /** Grants permission to query quota utilization and create a report for your account. Access level: Read. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_StartQuotaUtilizationReport.html */
  StartQuotaUtilizationReport: "R||||||;",
  /** Grants permission to stop automatic management of Service Quotas for an AWS account and remove all associated configurations. Access level: Write. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_StopAutoManagement.html */
  StopAutoManagement: "W||||||;",
  /** Grants permission to associate a set of tags with an existing SQ resource. Access level: Tagging. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_TagResource.html */
  TagResource: "T||||0,2||;",
  /** Grants permission to remove a set of tags from a SQ resource, where tags to be removed match a set of customer-supplied tag keys. Access level: Tagging. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_UntagResource.html */
  UntagResource: "T||||2||;",
  /** Grants permission to update the automatic management of Service Quotas configuration, including notification preferences and excluded quotas. Access level: Write. https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_UpdateAutoManagement.html */
  UpdateAutoManagement: "W||||||;",
} as const;
const actionDetails = {
  AssociateServiceQuotaTemplate:
    "|,;~~~|Grants permission to associate the Service Quotas template with your organization",
  CreateSupportCase:
    "|,;~~~|Grants permission to submit a request to create a support case for an existing quota increase request",
  DeleteServiceQuotaIncreaseRequestFromTemplate:
    "|,;~~~|Grants permission to remove the specified service quota from the service quota template",
  DisassociateServiceQuotaTemplate:
    "|,;~~~|Grants permission to disassociate the Service Quotas template from your organization",
  GetAWSDefaultServiceQuota:
    "|,;~~~|Grants permission to return the details for the specified service quota, including the AWS default value",
  GetAssociationForServiceQuotaTemplate:
    "|,;~~~|Grants permission to retrieve the ServiceQuotaTemplateAssociationStatus value, which tells you if the Service Quotas template is associated with an organization",
  GetAutoManagementConfiguration:
    "|,;~~~|Grants permission to retrieve the automatic management of Service Quotas configuration, including notification settings, opt-in type, and excluded quotas",
  GetQuotaUtilizationReport: "|,;~~~|Grants permission to view the generated report",
  GetRequestedServiceQuotaChange:
    "|,;~~~|Grants permission to retrieve the details for a particular service quota increase request",
  GetServiceQuota:
    "|,;~~~|Grants permission to return the details for the specified service quota, including the applied value",
  GetServiceQuotaIncreaseRequestFromTemplate:
    "|,;~~~|Grants permission to retrieve the details for a service quota increase request from the service quota template",
  ListAWSDefaultServiceQuotas:
    "|,;~~~|Grants permission to list all default service quotas for the specified AWS service",
  ListRequestedServiceQuotaChangeHistory:
    "|,;~~~|Grants permission to request a list of the changes to quotas for a service",
  ListRequestedServiceQuotaChangeHistoryByQuota:
    "|,;~~~|Grants permission to request a list of the changes to specific service quotas",
  ListServiceQuotaIncreaseRequestsInTemplate:
    "|,;~~~|Grants permission to return a list of the service quota increase requests from the service quota template",
  ListServiceQuotas:
    "|,;~~~|Grants permission to list all service quotas for the specified AWS service, in that account, in that Region",
  ListServices: "|,;~~~|Grants permission to list the AWS services available in Service Quotas",
  ListTagsForResource: "|,;~~~|Grants permission to view the existing tags on a SQ resource",
  PutServiceQuotaIncreaseRequestIntoTemplate:
    "|,;~~~|Grants permission to define and add a quota to the service quota template",
  RequestServiceQuotaIncrease: "|,;~~~|Grants permission to submit the request for a service quota increase",
  StartAutoManagement:
    "|,;~~~|Grants permission to enable automatic management of Service Quotas for an AWS account, including notification preferences and excluded quotas configurations",
  StartQuotaUtilizationReport:
    "|,;~~~|Grants permission to query quota utilization and create a report for your account",
  StopAutoManagement:
    "|,;~~~|Grants permission to stop automatic management of Service Quotas for an AWS account and remove all associated configurations",
  TagResource: "|,;~~~|Grants permission to associate a set of tags with an existing SQ resource",
  UntagResource:
    "|,;~~~|Grants permission to remove a set of tags from a SQ resource, where tags to be removed match a set of customer-supplied tag keys",
  UpdateAutoManagement:
    "|,;~~~|Grants permission to update the automatic management of Service Quotas configuration, including notification preferences and excluded quotas",
};
const resourceTypeFacts = {
  /** The quota resource type: arn:${Partition}:servicequotas:${Region}:${Account}:${ServiceCode}/${QuotaCode} */
  quota: "|,|",
} as const;
const arnFormats = {
  /** ARN of a quota resource: arn:${Partition}:servicequotas:${Region}:${Account}:${ServiceCode}/${QuotaCode}. */
  quota: "|,quota|arn:|Partition|:servicequotas:|Region|:|Account|:|ServiceCode|/|QuotaCode|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["quota"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "servicequotas">;
/** Any servicequotas action. */
export type Action = ActionOf<typeof actionFacts, "servicequotas">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "servicequotas">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "service-quotas" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every servicequotas action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the specified AWS service. */
  "servicequotas:service": "String";
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
  "servicequotas:service": "|,String|0||Filters access by the specified AWS service",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "servicequotas",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
