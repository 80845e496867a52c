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
export const prefix: "bcm-dashboards" = "bcm-dashboards";
/** The service's name in the reference. */
export const serviceName: "AWS Billing and Cost Management Dashboards" = "AWS Billing and Cost Management Dashboards";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Billing and Cost Management Dashboards",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbillingandcostmanagementdashboards.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["bcm-dashboards:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create a dashboard. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_CreateDashboard.html */
  CreateDashboard: "W|||||0|;",
  /** Grants permission to create a scheduled report. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_CreateScheduledReport.html */
  CreateScheduledReport: "W||||1,2|0,1|;",
  /** Grants permission to delete a dashboard. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_DeleteDashboard.html */
  DeleteDashboard: "W||||||;",
  /** Grants permission to delete a scheduled report. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_DeleteScheduledReport.html */
  DeleteScheduledReport: "W||||||;",
  /** Grants permission to execute a scheduled report. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_ExecuteScheduledReport.html */
  ExecuteScheduledReport: "W||||||;",
  /** Grants permission to get dashboard information. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_GetDashboard.html */
  GetDashboard: "R||||||;",
  /** Grants permission to get the resource policy for a dashboard. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_GetResourcePolicy.html */
  GetResourcePolicy: "R||||||;",
  /** Grants permission to get scheduled report information. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_GetScheduledReport.html */
  GetScheduledReport: "R||||||;",
  /** Grants permission to list information about all of the dashboards for a user. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_ListDashboards.html */
  ListDashboards: "R||||||;",
  /** Grants permission to list information about all of the scheduled reports for a user. Access level: List. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_ListScheduledReports.html */
  ListScheduledReports: "L||||||;",
  /** Grants permission to list all of the tags for a resource. Access level: Read. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to create a tag for a resource. Access level: Tagging. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_TagResource.html */
  TagResource: "T||||0,2||CreateDashboard,CreateScheduledReport,;",
  /** Grants permission to remove a tag for a resource. Access level: Tagging. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_UntagResource.html */
  UntagResource: "T||||2||;",
  /** Grants permission to update an existing dashboard. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_UpdateDashboard.html */
  UpdateDashboard: "W||||||;",
  /** Grants permission to update an existing scheduled report. Access level: Write. https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_bcmDashboards_UpdateScheduledReport.html */
  UpdateScheduledReport: "W|||||1|;",
} as const;
const actionDetails = {
  CreateDashboard: "|,;~~~|Grants permission to create a dashboard",
  CreateScheduledReport: "|,;~~~|Grants permission to create a scheduled report",
  DeleteDashboard: "|,;~~~|Grants permission to delete a dashboard",
  DeleteScheduledReport: "|,;~~~|Grants permission to delete a scheduled report",
  ExecuteScheduledReport: "|,;~~~|Grants permission to execute a scheduled report",
  GetDashboard: "|,;~~~|Grants permission to get dashboard information",
  GetResourcePolicy: "|,;~~~|Grants permission to get the resource policy for a dashboard",
  GetScheduledReport: "|,;~~~|Grants permission to get scheduled report information",
  ListDashboards: "|,;~~~|Grants permission to list information about all of the dashboards for a user",
  ListScheduledReports: "|,;~~~|Grants permission to list information about all of the scheduled reports for a user",
  ListTagsForResource: "|,;~~~|Grants permission to list all of the tags for a resource",
  TagResource: "|,;~~~,~~,~~|Grants permission to create a tag for a resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag for a resource",
  UpdateDashboard: "|,;~~~|Grants permission to update an existing dashboard",
  UpdateScheduledReport: "|,;~~~|Grants permission to update an existing scheduled report",
};
const resourceTypeFacts = {
  /** The dashboard resource type: arn:${Partition}:bcm-dashboards::${Account}:dashboard/${DashboardName} */
  dashboard: "|,|1,2",
  /** The scheduled-report resource type: arn:${Partition}:bcm-dashboards::${Account}:scheduled-report/${ScheduledReportName} */
  "scheduled-report": "|,scheduledReport|1,2",
} as const;
const arnFormats = {
  /** ARN of a dashboard resource: arn:${Partition}:bcm-dashboards::${Account}:dashboard/${DashboardName}. */
  dashboard: "|,dashboard|arn:|Partition|:bcm-dashboards::|Account|:dashboard/|DashboardName|",
  /** ARN of a scheduled-report resource: arn:${Partition}:bcm-dashboards::${Account}:scheduled-report/${ScheduledReportName}. */
  scheduledReport:
    "|,scheduled-report|arn:|Partition|:bcm-dashboards::|Account|:scheduled-report/|ScheduledReportName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["dashboard", "scheduled-report"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "bcm-dashboards">;
/** Any bcm-dashboards action. */
export type Action = ActionOf<typeof actionFacts, "bcm-dashboards">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "bcm-dashboards">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "bcm-dashboards" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every bcm-dashboards action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs attached to the resource. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "bcm-dashboards",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
