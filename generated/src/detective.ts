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
export const prefix: "detective" = "detective";
/** The service's name in the reference. */
export const serviceName: "Amazon Detective" = "Amazon Detective";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Detective",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondetective.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["organizations:DescribeOrganization"] as const;
const actionFacts = {
  /** Grants permission to accept an invitation to become a member of a behavior graph. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_AcceptInvitation.html */
  AcceptInvitation: "W|||0;1;|||;",
  /** Grants permission to retrieve the datasource package history for the specified member accounts in a behavior graph managed by this account. Access level: Read. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_BatchGetGraphMemberDatasources.html */
  BatchGetGraphMemberDatasources: "R|||0;1;|||;",
  /** Grants permission to retrieve the datasource package history of the caller account for the specified graphs. Access level: Read. https://docs.aws.amazon.com/detective/latest/APIReference/API_BatchGetMembershipDatasources.html */
  BatchGetMembershipDatasources: "R||||||;",
  /** Grants permission to create a behavior graph and begin to aggregate security information. Access level: Write. https://docs.aws.amazon.com/detective/latest/APIReference/API_CreateGraph.html */
  CreateGraph: "W||||0,1,2|detective:TagResource|;",
  /** Grants permission to request the membership of one or more accounts in a behavior graph managed by this account. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_CreateMembers.html */
  CreateMembers: "W|||0;1;|||;",
  /** Grants permission to delete a behavior graph and stop aggregating security information. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_DeleteGraph.html */
  DeleteGraph: "W|||0;1;|||;",
  /** Grants permission to remove member accounts from a behavior graph managed by this account. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_DeleteMembers.html */
  DeleteMembers: "W|||0;1;|||;",
  /** Grants permission to view the current configuration related to the Amazon Detective integration with AWS Organizations. Access level: Read. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_DescribeOrganizationConfiguration.html */
  DescribeOrganizationConfiguration: "R|||0;1;||0|;",
  /** Grants permission to remove the Amazon Detective delegated administrator account for an organization. Access level: Write. https://docs.aws.amazon.com/detective/latest/APIReference/API_DisableOrganizationAdminAccount.html */
  DisableOrganizationAdminAccount: "W|||||0|;",
  /** Grants permission to remove the association of this account with a behavior graph. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_DisassociateMembership.html */
  DisassociateMembership: "W|||0;1;|||;",
  /** Grants permission to designate the Amazon Detective delegated administrator account for an organization. Access level: Write. https://docs.aws.amazon.com/detective/latest/APIReference/API_EnableOrganizationAdminAccount.html */
  EnableOrganizationAdminAccount:
    "W|||||iam:CreateServiceLinkedRole,0,organizations:EnableAWSServiceAccess,organizations:RegisterDelegatedAdministrator|;",
  /** Grants permission to retrieve a behavior graph's eligibility for a free trial period. Access level: Read. Resources: Graph*. Permission only. https://docs.aws.amazon.com/detective/latest/adminguide/free-trial-overview.html */
  GetFreeTrialEligibility: "R||1|0;1;|||",
  /** Grants permission to retrieve the data ingestion state of a behavior graph. Access level: Read. Resources: Graph*. Permission only. https://docs.aws.amazon.com/detective/latest/adminguide/detective-source-data-about.html */
  GetGraphIngestState: "R||1|0;1;|||",
  /** Grants permission to get an investigation's status and metadata. Access level: Read. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_GetInvestigation.html */
  GetInvestigation: "R|||0;1;|||;",
  /** Grants permission to retrieve details on specified members of a behavior graph. Access level: Read. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_GetMembers.html */
  GetMembers: "R|||0;1;|||;",
  /** Grants permission to retrieve information about Amazon Detective's pricing. Access level: Read. Permission only. https://docs.aws.amazon.com/detective/latest/adminguide/usage-projected-cost-calculation.html */
  GetPricingInformation: "R||1||||",
  /** Grants permission to list usage information of a behavior graph. Access level: Read. Resources: Graph*. Permission only. https://docs.aws.amazon.com/detective/latest/adminguide/tracking-usage-logging.html */
  GetUsageInformation: "R||1|0;1;|||",
  /** Grants permission to invoke Detective's Assistant. Access level: Read. Resources: Graph*. Permission only. https://docs.aws.amazon.com/detective/latest/userguide/finding-groups-summary.html */
  InvokeAssistant: "R||1|0;1;|||",
  /** Grants permission to list a graph's datasource package ingest states and timestamps for the most recent state changes in a behavior graph managed by this account. Access level: List. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_ListDatasourcePackages.html */
  ListDatasourcePackages: "L|||0;1;|||;",
  /** Grants permission to list behavior graphs managed by this account. Access level: List. https://docs.aws.amazon.com/detective/latest/APIReference/API_ListGraphs.html */
  ListGraphs: "L||||||;",
  /** Grants permission to retrieve high volume entities whose relationships cannot be stored by Detective. Access level: List. Resources: Graph*. Permission only. https://docs.aws.amazon.com/detective/latest/userguide/high-volume-entities.html */
  ListHighDegreeEntities: "L||1|0;1;|||",
  /** Grants permission to list the indicators of an investigation. Access level: List. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_ListIndicators.html */
  ListIndicators: "L|||0;1;|||;",
  /** Grants permission to list the investigations of a behavior graph. Access level: List. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_ListInvestigations.html */
  ListInvestigations: "L|||0;1;|||;",
  /** Grants permission to retrieve details on the behavior graphs to which this account has been invited to join. Access level: List. https://docs.aws.amazon.com/detective/latest/APIReference/API_ListInvitations.html */
  ListInvitations: "L||||||;",
  /** Grants permission to retrieve details on all members of a behavior graph. Access level: List. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_ListMembers.html */
  ListMembers: "L|||0;1;|||;",
  /** Grants permission to view the current Amazon Detective delegated administrator account for an organization. Access level: List. https://docs.aws.amazon.com/detective/latest/APIReference/API_ListOrganizationAdminAccounts.html */
  ListOrganizationAdminAccount: "L|||||0|ListOrganizationAdminAccounts",
  /** Grants permission to list the tag values that are assigned to a behavior graph. Access level: List. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;|1||;",
  /** Grants permission to reject an invitation to become a member of a behavior graph. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_RejectInvitation.html */
  RejectInvitation: "W|||0;1;|||;",
  /** Grants permission to search the data stored in a behavior graph. Access level: Read. Resources: Graph*. Permission only. https://docs.aws.amazon.com/detective/latest/userguide/detective-search.html */
  SearchGraph: "R||1|0;1;|||",
  /** Grants permission to start investigations. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_StartInvestigation.html */
  StartInvestigation: "W|||0;1;|||;",
  /** Grants permission to start data ingest for a member account that has a status of ACCEPTED_BUT_DISABLED. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_StartMonitoringMember.html */
  StartMonitoringMember: "W|||0;1;|||;",
  /** Grants permission to assign tag values to a behavior graph. Access level: Tagging. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,1,2||CreateGraph,;",
  /** Grants permission to remove tag values from a behavior graph. Access level: Tagging. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to enable or disable datasource package(s) in a behavior graph managed by this account. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_UpdateDatasourcePackages.html */
  UpdateDatasourcePackages: "W|||0;1;|||;",
  /** Grants permission to update an investigation's state and metadata. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_UpdateInvestigationState.html */
  UpdateInvestigationState: "W|||0;1;|||;",
  /** Grants permission to update the current configuration related to the Amazon Detective integration with AWS Organizations. Access level: Write. Resources: Graph*. https://docs.aws.amazon.com/detective/latest/APIReference/API_UpdateOrganizationConfiguration.html */
  UpdateOrganizationConfiguration: "W|||0;1;||0|;",
} as const;
const actionDetails = {
  AcceptInvitation: "|,;~~~|Grants permission to accept an invitation to become a member of a behavior graph",
  BatchGetGraphMemberDatasources:
    "|,;~~~|Grants permission to retrieve the datasource package history for the specified member accounts in a behavior graph managed by this account",
  BatchGetMembershipDatasources:
    "|,;~~~|Grants permission to retrieve the datasource package history of the caller account for the specified graphs",
  CreateGraph: "|,;~~~|Grants permission to create a behavior graph and begin to aggregate security information",
  CreateMembers:
    "|,;~~~|Grants permission to request the membership of one or more accounts in a behavior graph managed by this account",
  DeleteGraph: "|,;~~~|Grants permission to delete a behavior graph and stop aggregating security information",
  DeleteMembers: "|,;~~~|Grants permission to remove member accounts from a behavior graph managed by this account",
  DescribeOrganizationConfiguration:
    "|,;~~~|Grants permission to view the current configuration related to the Amazon Detective integration with AWS Organizations",
  DisableOrganizationAdminAccount:
    "|,;~~~|Grants permission to remove the Amazon Detective delegated administrator account for an organization",
  DisassociateMembership: "|,;~~~|Grants permission to remove the association of this account with a behavior graph",
  EnableOrganizationAdminAccount:
    "|,;~~~|Grants permission to designate the Amazon Detective delegated administrator account for an organization",
  GetFreeTrialEligibility: "|,;~|Grants permission to retrieve a behavior graph's eligibility for a free trial period",
  GetGraphIngestState: "|,;~|Grants permission to retrieve the data ingestion state of a behavior graph",
  GetInvestigation: "|,;~~~|Grants permission to get an investigation's status and metadata",
  GetMembers: "|,;~~~|Grants permission to retrieve details on specified members of a behavior graph",
  GetPricingInformation: "|,;~|Grants permission to retrieve information about Amazon Detective's pricing",
  GetUsageInformation: "|,;~|Grants permission to list usage information of a behavior graph",
  InvokeAssistant: "|,;~|Grants permission to invoke Detective's Assistant",
  ListDatasourcePackages:
    "|,;~~~|Grants permission to list a graph's datasource package ingest states and timestamps for the most recent state changes in a behavior graph managed by this account",
  ListGraphs: "|,;~~~|Grants permission to list behavior graphs managed by this account",
  ListHighDegreeEntities:
    "|,;~|Grants permission to retrieve high volume entities whose relationships cannot be stored by Detective",
  ListIndicators: "|,;~~~|Grants permission to list the indicators of an investigation",
  ListInvestigations: "|,;~~~|Grants permission to list the investigations of a behavior graph",
  ListInvitations:
    "|,;~~~|Grants permission to retrieve details on the behavior graphs to which this account has been invited to join",
  ListMembers: "|,;~~~|Grants permission to retrieve details on all members of a behavior graph",
  ListOrganizationAdminAccount:
    "|,;~~~|Grants permission to view the current Amazon Detective delegated administrator account for an organization",
  ListTagsForResource: "|,;~~~|Grants permission to list the tag values that are assigned to a behavior graph",
  RejectInvitation: "|,;~~~|Grants permission to reject an invitation to become a member of a behavior graph",
  SearchGraph: "|,;~|Grants permission to search the data stored in a behavior graph",
  StartInvestigation: "|,;~~~|Grants permission to start investigations",
  StartMonitoringMember:
    "|,;~~~|Grants permission to start data ingest for a member account that has a status of ACCEPTED_BUT_DISABLED",
  TagResource: "|,;~~~,~~|Grants permission to assign tag values to a behavior graph",
  UntagResource: "|,;~~~|Grants permission to remove tag values from a behavior graph",
  UpdateDatasourcePackages:
    "|,;~~~|Grants permission to enable or disable datasource package(s) in a behavior graph managed by this account",
  UpdateInvestigationState: "|,;~~~|Grants permission to update an investigation's state and metadata",
  UpdateOrganizationConfiguration:
    "|,;~~~|Grants permission to update the current configuration related to the Amazon Detective integration with AWS Organizations",
};
const resourceTypeFacts = {
  /** The Graph resource type: arn:${Partition}:detective:${Region}:${Account}:graph:${ResourceId} */
  Graph: "|,graph|1",
} as const;
const arnFormats = {
  /** ARN of a Graph resource: arn:${Partition}:detective:${Region}:${Account}:graph:${ResourceId}. */
  graph: "|,Graph|arn:|Partition|:detective:|Region|:|Account|:graph:|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Graph"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "detective">;
/** Any detective action. */
export type Action = ActionOf<typeof actionFacts, "detective">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "detective">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "detective" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every detective action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by specifying the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by specifying the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by specifying the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by specifying the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by specifying the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by specifying the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "detective",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
