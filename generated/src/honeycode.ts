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
export const prefix: "honeycode" = "honeycode";
/** The service's name in the reference. */
export const serviceName: "Amazon Honeycode" = "Amazon Honeycode";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Honeycode",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonhoneycode.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to approve a team association request for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/team-association.html#approve-team-association */
  ApproveTeamAssociation: "W||1||||",
  /** Grants permission to create new rows in a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_BatchCreateTableRows.html */
  BatchCreateTableRows: "W|||2;1;|||",
  /** Grants permission to delete rows from a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_BatchDeleteTableRows.html */
  BatchDeleteTableRows: "W|||2;1;|||",
  /** Grants permission to update rows in a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_BatchUpdateTableRows.html */
  BatchUpdateTableRows: "W|||2;1;|||",
  /** Grants permission to upsert rows in a table. Access level: Write. Resources: table*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_BatchUpsertTableRows.html */
  BatchUpsertTableRows: "W|||2;1;|||",
  /** Grants permission to create a new Amazon Honeycode team for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/team.html#create-team */
  CreateTeam: "W||1||||",
  /** Grants permission to create a new tenant within Amazon Honeycode for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/tenant.html#create-tenant */
  CreateTenant: "W||1||||",
  /** Grants permission to delete Amazon Honeycode domains for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/domain.html#delete-domains */
  DeleteDomains: "W||1||||",
  /** Grants permission to remove groups from an Amazon Honeycode team for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/group.html#deregister-groups */
  DeregisterGroups: "W||1||||",
  /** Grants permission to get details about a table data import job. Access level: Read. Resources: table*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_DescribeTableDataImportJob.html */
  DescribeTableDataImportJob: "R|||2;1;|||",
  /** Grants permission to get details about Amazon Honeycode teams for your AWS Account. Access level: Read. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/team.html#describe-team */
  DescribeTeam: "R||1||||",
  /** Grants permission to load the data from a screen. Access level: Read. Resources: screen*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_GetScreenData.html */
  GetScreenData: "R|||0;1;|||",
  /** Grants permission to invoke a screen automation. Access level: Write. Resources: screen-automation*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_InvokeScreenAutomation.html */
  InvokeScreenAutomation: "W|||1;1;|||",
  /** Grants permission to list all Amazon Honeycode domains and their verification status for your AWS Account. Access level: List. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/domain.html#list-domains */
  ListDomains: "L||1||||",
  /** Grants permission to list all groups in an Amazon Honeycode team for your AWS Account. Access level: List. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/group.html#list-groups */
  ListGroups: "L||1||||",
  /** Grants permission to list the columns in a table. Access level: List. Resources: table*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_ListTableColumns.html */
  ListTableColumns: "L|||2;1;|||",
  /** Grants permission to list the rows in a table. Access level: List. Resources: table*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_ListTableRows.html */
  ListTableRows: "L|||2;1;|||",
  /** Grants permission to list the tables in a workbook. Access level: List. Resources: workbook*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_ListTables.html */
  ListTables: "L|||3;1;|||",
  /** Grants permission to list all tags for a resource. Access level: Tagging. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_ListTagsForResource.html */
  ListTagsForResource: "T||||||",
  /** Grants permission to list all pending and approved team associations with your AWS Account. Access level: List. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/team-association.html#list-team-associations */
  ListTeamAssociations: "L||1||||",
  /** Grants permission to list all tenants of Amazon Honeycode for your AWS Account. Access level: List. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/tenant.html#list-tenants */
  ListTenants: "L||1||||",
  /** Grants permission to query the rows of a table using a filter. Access level: Read. Resources: table*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_QueryTableRows.html */
  QueryTableRows: "R|||2;1;|||",
  /** Grants permission to request verification of the Amazon Honeycode domains for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/domain.html#register-domain-for-verification */
  RegisterDomainForVerification: "W||1||||",
  /** Grants permission to add groups to an Amazon Honeycode team for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/group.html#register-groups */
  RegisterGroups: "W||1||||",
  /** Grants permission to reject a team association request for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/team-association.html#reject-team-association */
  RejectTeamAssociation: "W||1||||",
  /** Grants permission to restart verification of the Amazon Honeycode domains for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/domain.html#restart-domain-verification */
  RestartDomainVerification: "W||1||||",
  /** Grants permission to start a table data import job. Access level: Write. Resources: table*. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_StartTableDataImportJob.html */
  StartTableDataImportJob: "W|||2;1;|||",
  /** Grants permission to tag a resource. Access level: Tagging. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_TagResource.html */
  TagResource: "T||||||",
  /** Grants permission to untag a resource. Access level: Tagging. https://docs.aws.amazon.com/honeycode/latest/UserGuide/API_UntagResource.html */
  UntagResource: "T||||||",
  /** Grants permission to update an Amazon Honeycode team for your AWS Account. Access level: Write. Permission only. https://docs.aws.amazon.com/honeycode/latest/UserGuide/team.html#update-team */
  UpdateTeam: "W||1||||",
} as const;
const actionDetails = {
  ApproveTeamAssociation: "|,;~|Grants permission to approve a team association request for your AWS Account",
  BatchCreateTableRows: "|,;~|Grants permission to create new rows in a table",
  BatchDeleteTableRows: "|,;~|Grants permission to delete rows from a table",
  BatchUpdateTableRows: "|,;~|Grants permission to update rows in a table",
  BatchUpsertTableRows: "|,;~|Grants permission to upsert rows in a table",
  CreateTeam: "|,;~|Grants permission to create a new Amazon Honeycode team for your AWS Account",
  CreateTenant: "|,;~|Grants permission to create a new tenant within Amazon Honeycode for your AWS Account",
  DeleteDomains: "|,;~|Grants permission to delete Amazon Honeycode domains for your AWS Account",
  DeregisterGroups: "|,;~|Grants permission to remove groups from an Amazon Honeycode team for your AWS Account",
  DescribeTableDataImportJob: "|,;~|Grants permission to get details about a table data import job",
  DescribeTeam: "|,;~|Grants permission to get details about Amazon Honeycode teams for your AWS Account",
  GetScreenData: "|,;~|Grants permission to load the data from a screen",
  InvokeScreenAutomation: "|,;~|Grants permission to invoke a screen automation",
  ListDomains:
    "|,;~|Grants permission to list all Amazon Honeycode domains and their verification status for your AWS Account",
  ListGroups: "|,;~|Grants permission to list all groups in an Amazon Honeycode team for your AWS Account",
  ListTableColumns: "|,;~|Grants permission to list the columns in a table",
  ListTableRows: "|,;~|Grants permission to list the rows in a table",
  ListTables: "|,;~|Grants permission to list the tables in a workbook",
  ListTagsForResource: "|,;~|Grants permission to list all tags for a resource",
  ListTeamAssociations:
    "|,;~|Grants permission to list all pending and approved team associations with your AWS Account",
  ListTenants: "|,;~|Grants permission to list all tenants of Amazon Honeycode for your AWS Account",
  QueryTableRows: "|,;~|Grants permission to query the rows of a table using a filter",
  RegisterDomainForVerification:
    "|,;~|Grants permission to request verification of the Amazon Honeycode domains for your AWS Account",
  RegisterGroups: "|,;~|Grants permission to add groups to an Amazon Honeycode team for your AWS Account",
  RejectTeamAssociation: "|,;~|Grants permission to reject a team association request for your AWS Account",
  RestartDomainVerification:
    "|,;~|Grants permission to restart verification of the Amazon Honeycode domains for your AWS Account",
  StartTableDataImportJob: "|,;~|Grants permission to start a table data import job",
  TagResource: "|,;~|Grants permission to tag a resource",
  UntagResource: "|,;~|Grants permission to untag a resource",
  UpdateTeam: "|,;~|Grants permission to update an Amazon Honeycode team for your AWS Account",
};
const resourceTypeFacts = {
  /** The screen resource type: arn:${Partition}:honeycode:${Region}:${Account}:screen:workbook/${WorkbookId}/app/${AppId}/screen/${ScreenId} */
  screen: "|,|",
  /** The screen-automation resource type: arn:${Partition}:honeycode:${Region}:${Account}:screen-automation:workbook/${WorkbookId}/app/${AppId}/screen/${ScreenId}/automation/${AutomationId} */
  "screen-automation": "|,screenAutomation|",
  /** The table resource type: arn:${Partition}:honeycode:${Region}:${Account}:table:workbook/${WorkbookId}/table/${TableId} */
  table: "|,|",
  /** The workbook resource type: arn:${Partition}:honeycode:${Region}:${Account}:workbook:workbook/${WorkbookId} */
  workbook: "|,|",
} as const;
const arnFormats = {
  /** ARN of a screen resource: arn:${Partition}:honeycode:${Region}:${Account}:screen:workbook/${WorkbookId}/app/${AppId}/screen/${ScreenId}. */
  screen:
    "|,screen|arn:|Partition|:honeycode:|Region|:|Account|:screen:workbook/|WorkbookId|/app/|AppId|/screen/|ScreenId|",
  /** ARN of a screen-automation resource: arn:${Partition}:honeycode:${Region}:${Account}:screen-automation:workbook/${WorkbookId}/app/${AppId}/screen/${ScreenId}/automation/${AutomationId}. */
  screenAutomation:
    "|,screen-automation|arn:|Partition|:honeycode:|Region|:|Account|:screen-automation:workbook/|WorkbookId|/app/|AppId|/screen/|ScreenId|/automation/|AutomationId|",
  /** ARN of a table resource: arn:${Partition}:honeycode:${Region}:${Account}:table:workbook/${WorkbookId}/table/${TableId}. */
  table: "|,table|arn:|Partition|:honeycode:|Region|:|Account|:table:workbook/|WorkbookId|/table/|TableId|",
  /** ARN of a workbook resource: arn:${Partition}:honeycode:${Region}:${Account}:workbook:workbook/${WorkbookId}. */
  workbook: "|,workbook|arn:|Partition|:honeycode:|Region|:|Account|:workbook:workbook/|WorkbookId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["screen", "screen-automation", "table", "workbook"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "honeycode">;
/** Any honeycode action. */
export type Action = ActionOf<typeof actionFacts, "honeycode">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "honeycode">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every honeycode action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "honeycode",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
