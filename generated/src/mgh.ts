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
export const prefix: "mgh" = "mgh";
/** The service's name in the reference. */
export const serviceName: "AWS Migration Hub" = "AWS Migration Hub";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Migration Hub",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmigrationhub.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "mgh:AutomationRunResourceRunID",
  "mgh:AutomationUnitResourceAutomationUnitArn",
  "mgh:ConnectionResourceConnectionArn",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to accept a connection. Access level: Write. Resources: ConnectionResource*. https://docs.aws.amazon.com/mhj/latest/userguide/account-connections.html */
  AcceptConnection: "W|||2;1;|0,2||",
  /** Grants permission to associate an IAM role to an automation unit. Access level: Write. Resources: AutomationUnitResource*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_AssociateAutomationUnitRole.html */
  AssociateAutomationUnitRole: "W|||1;1;|||",
  /** Grants permission to associate a given AWS artifact to a MigrationTask. Access level: Write. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_AssociateCreatedArtifact.html */
  AssociateCreatedArtifact: "W|||3;1;|||;",
  /** Grants permission to associate a given ADS resource to a MigrationTask. Access level: Write. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_AssociateDiscoveredResource.html */
  AssociateDiscoveredResource: "W|||3;1;|||;",
  /** Grants permission to associate source resource. Access level: Write. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_AssociateSourceResource.html */
  AssociateSourceResource: "W|||3;1;|||;",
  /** Grants permission to batch-associate IAM roles with a connection. Access level: Write. Resources: ConnectionResource*. https://docs.aws.amazon.com/mhj/latest/userguide/account-connections.html */
  BatchAssociateIamRoleWithConnection: "W|||2;1;|||",
  /** Grants permission to batch-disassociate IAM roles from a connection. Access level: Write. Resources: ConnectionResource*. https://docs.aws.amazon.com/mhj/latest/userguide/account-connections.html */
  BatchDisassociateIamRoleFromConnection: "W|||2;1;|||",
  /** Grants permission to create an automation unit run. Access level: Write. https://docs.aws.amazon.com/migrationhub/latest/ug/API_CreateAutomationRun.html */
  CreateAutomationRun: "W||||||",
  /** Grants permission to create an automation unit. Access level: Write. https://docs.aws.amazon.com/migrationhub/latest/ug/API_CreateAutomationUnit.html */
  CreateAutomationUnit: "W||||||",
  /** Grants permission to create a Migration Hub Home Region Control. Access level: Write. https://docs.aws.amazon.com/migrationhub-home-region/latest/APIReference/API_CreateHomeRegionControl.html */
  CreateHomeRegionControl: "W||||||;",
  /** Grants permission to create a ProgressUpdateStream. Access level: Write. Resources: progressUpdateStream*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_CreateProgressUpdateStream.html */
  CreateProgressUpdateStream: "W|||4;1;|||;",
  /** Grants permission to delete an automation unit run. Access level: Write. Resources: AutomationRunResource*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DeleteAutomationRun.html */
  DeleteAutomationRun: "W|||0;1;|||",
  /** Grants permission to delete an automation unit. Access level: Write. Resources: AutomationUnitResource*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DeleteAutomationUnit.html */
  DeleteAutomationUnit: "W|||1;1;|||",
  /** Grants permission to delete a connection. Access level: Write. Resources: ConnectionResource*. https://docs.aws.amazon.com/mhj/latest/userguide/account-connections.html */
  DeleteConnection: "W|||2;1;|||",
  /** Grants permission to delete a Migration Hub Home Region Control. Access level: Write. https://docs.aws.amazon.com/migrationhub-home-region/latest/APIReference/API_DeleteHomeRegionControl.html */
  DeleteHomeRegionControl: "W||||||;",
  /** Grants permission to delete a ProgressUpdateStream. Access level: Write. Resources: progressUpdateStream*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DeleteProgressUpdateStream.html */
  DeleteProgressUpdateStream: "W|||4;1;|||;",
  /** Grants permission to get an Application Discovery Service Application's state. Access level: Read. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DescribeApplicationState.html */
  DescribeApplicationState: "R||||||;",
  /** Grants permission to describe an automation unit run. Access level: Read. Resources: AutomationRunResource*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DescribeAutomationRun.html */
  DescribeAutomationRun: "R|||0;1;|||",
  /** Grants permission to describe an automation unit. Access level: Read. Resources: AutomationUnitResource*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DescribeAutomationUnit.html */
  DescribeAutomationUnit: "R|||1;1;|||",
  /** Grants permission to list Home Region Controls. Access level: List. https://docs.aws.amazon.com/migrationhub-home-region/latest/APIReference/API_DescribeHomeRegionControls.html */
  DescribeHomeRegionControls: "L||||||;",
  /** Grants permission to describe a MigrationTask. Access level: Read. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DescribeMigrationTask.html */
  DescribeMigrationTask: "R|||3;1;|||;",
  /** Grants permission to disassociate an IAM role from an automation unit. Access level: Write. Resources: AutomationUnitResource*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DisassociateAutomationUnitRole.html */
  DisassociateAutomationUnitRole: "W|||1;1;|||",
  /** Grants permission to disassociate a given AWS artifact from a MigrationTask. Access level: Write. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DisassociateCreatedArtifact.html */
  DisassociateCreatedArtifact: "W|||3;1;|||;",
  /** Grants permission to disassociate a given ADS resource from a MigrationTask. Access level: Write. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DisassociateDiscoveredResource.html */
  DisassociateDiscoveredResource: "W|||3;1;|||;",
  /** Grants permission to diassociate source resource. Access level: Write. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_DisassociateSourceResource.html */
  DisassociateSourceResource: "W|||3;1;|||;",
  /** Grants permission to get a connection. Access level: Read. Resources: ConnectionResource*. https://docs.aws.amazon.com/mhj/latest/userguide/account-connections.html */
  GetConnection: "R|||2;1;|||",
  /** Grants permission to get the Migration Hub Home Region. Access level: Read. https://docs.aws.amazon.com/migrationhub-home-region/latest/APIReference/API_GetHomeRegion.html */
  GetHomeRegion: "R||||||;",
  /** Grants permission to import a MigrationTask. Access level: Write. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ImportMigrationTask.html */
  ImportMigrationTask: "W|||3;1;|||;",
  /** Grants permission to list Application statuses. Access level: List. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListApplicationStates.html */
  ListApplicationStates: "L||||||;",
  /** Grants permission to list automation unit runs. Access level: List. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListAutomationRuns.html */
  ListAutomationRuns: "L||||||",
  /** Grants permission to list automation units. Access level: List. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListAutomationUnits.html */
  ListAutomationUnits: "L||||||",
  /** Grants permission to list connection roles. Access level: List. Resources: ConnectionResource*. https://docs.aws.amazon.com/mhj/latest/userguide/account-connections.html */
  ListConnectionRoles: "L|||2;1;|||",
  /** Grants permission to list connections. Access level: List. https://docs.aws.amazon.com/mhj/latest/userguide/account-connections.html */
  ListConnections: "L||||||",
  /** Grants permission to list associated created artifacts for a MigrationTask. Access level: List. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListCreatedArtifacts.html */
  ListCreatedArtifacts: "L|||3;1;|||;",
  /** Grants permission to list associated ADS resources from MigrationTask. Access level: List. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListDiscoveredResources.html */
  ListDiscoveredResources: "L|||3;1;|||;",
  /** Grants permission to list migration tasks updates. Access level: List. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListMigrationTaskUpdates.html */
  ListMigrationTaskUpdates: "L|||3;1;|||;",
  /** Grants permission to list MigrationTasks. Access level: List. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListMigrationTasks.html */
  ListMigrationTasks: "L||||||;",
  /** Grants permission to to list ProgressUpdateStreams. Access level: List. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListProgressUpdateStreams.html */
  ListProgressUpdateStreams: "L||||||;",
  /** Grants permission to list source resources. Access level: List. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListSourceResources.html */
  ListSourceResources: "L|||3;1;|||;",
  /** Grants permission to list tags for a resource. Access level: List. https://docs.aws.amazon.com/migrationhub/latest/ug/API_ListTagsForResource.html */
  ListTagsForResource: "L||||||",
  /** Grants permission to update an Application Discovery Service Application's state. Access level: Write. https://docs.aws.amazon.com/migrationhub/latest/ug/API_NotifyApplicationState.html */
  NotifyApplicationState: "W||||||;",
  /** Grants permission to notify latest MigrationTask state. Access level: Write. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_NotifyMigrationTaskState.html */
  NotifyMigrationTaskState: "W|||3;1;|||;",
  /** Grants permission to put ResourceAttributes. Access level: Write. Resources: migrationTask*. https://docs.aws.amazon.com/migrationhub/latest/ug/API_PutResourceAttributes.html */
  PutResourceAttributes: "W|||3;1;|||;",
  /** Grants permission to reject a connection. Access level: Write. Resources: ConnectionResource*. https://docs.aws.amazon.com/mhj/latest/userguide/account-connections.html */
  RejectConnection: "W|||2;1;|||",
  /** Grants permission to tag a resource. Access level: Tagging. https://docs.aws.amazon.com/migrationhub/latest/ug/API_TagResource.html */
  TagResource: "T||||0,2||",
  /** Grants permission to untag a resource. Access level: Tagging. https://docs.aws.amazon.com/migrationhub/latest/ug/API_UntagResource.html */
  UntagResource: "T||||2||",
} as const;
const actionDetails = {
  AcceptConnection: "|,;~|Grants permission to accept a connection",
  AssociateAutomationUnitRole: "|,;~|Grants permission to associate an IAM role to an automation unit",
  AssociateCreatedArtifact: "|,;~~~|Grants permission to associate a given AWS artifact to a MigrationTask",
  AssociateDiscoveredResource: "|,;~~~|Grants permission to associate a given ADS resource to a MigrationTask",
  AssociateSourceResource: "|,;~~~|Grants permission to associate source resource",
  BatchAssociateIamRoleWithConnection: "|,;~|Grants permission to batch-associate IAM roles with a connection",
  BatchDisassociateIamRoleFromConnection: "|,;~|Grants permission to batch-disassociate IAM roles from a connection",
  CreateAutomationRun: "|,;~|Grants permission to create an automation unit run",
  CreateAutomationUnit: "|,;~|Grants permission to create an automation unit",
  CreateHomeRegionControl: "|,;~~migrationhub-config~|Grants permission to create a Migration Hub Home Region Control",
  CreateProgressUpdateStream: "|,;~~~|Grants permission to create a ProgressUpdateStream",
  DeleteAutomationRun: "|,;~|Grants permission to delete an automation unit run",
  DeleteAutomationUnit: "|,;~|Grants permission to delete an automation unit",
  DeleteConnection: "|,;~|Grants permission to delete a connection",
  DeleteHomeRegionControl: "|,;~~migrationhub-config~|Grants permission to delete a Migration Hub Home Region Control",
  DeleteProgressUpdateStream: "|,;~~~|Grants permission to delete a ProgressUpdateStream",
  DescribeApplicationState: "|,;~~~|Grants permission to get an Application Discovery Service Application's state",
  DescribeAutomationRun: "|,;~|Grants permission to describe an automation unit run",
  DescribeAutomationUnit: "|,;~|Grants permission to describe an automation unit",
  DescribeHomeRegionControls: "|,;~~migrationhub-config~|Grants permission to list Home Region Controls",
  DescribeMigrationTask: "|,;~~~|Grants permission to describe a MigrationTask",
  DisassociateAutomationUnitRole: "|,;~|Grants permission to disassociate an IAM role from an automation unit",
  DisassociateCreatedArtifact: "|,;~~~|Grants permission to disassociate a given AWS artifact from a MigrationTask",
  DisassociateDiscoveredResource: "|,;~~~|Grants permission to disassociate a given ADS resource from a MigrationTask",
  DisassociateSourceResource: "|,;~~~|Grants permission to diassociate source resource",
  GetConnection: "|,;~|Grants permission to get a connection",
  GetHomeRegion: "|,;~~migrationhub-config~|Grants permission to get the Migration Hub Home Region",
  ImportMigrationTask: "|,;~~~|Grants permission to import a MigrationTask",
  ListApplicationStates: "|,;~~~|Grants permission to list Application statuses",
  ListAutomationRuns: "|,;~|Grants permission to list automation unit runs",
  ListAutomationUnits: "|,;~|Grants permission to list automation units",
  ListConnectionRoles: "|,;~|Grants permission to list connection roles",
  ListConnections: "|,;~|Grants permission to list connections",
  ListCreatedArtifacts: "|,;~~~|Grants permission to list associated created artifacts for a MigrationTask",
  ListDiscoveredResources: "|,;~~~|Grants permission to list associated ADS resources from MigrationTask",
  ListMigrationTaskUpdates: "|,;~~~|Grants permission to list migration tasks updates",
  ListMigrationTasks: "|,;~~~|Grants permission to list MigrationTasks",
  ListProgressUpdateStreams: "|,;~~~|Grants permission to to list ProgressUpdateStreams",
  ListSourceResources: "|,;~~~|Grants permission to list source resources",
  ListTagsForResource: "|,;~|Grants permission to list tags for a resource",
  NotifyApplicationState: "|,;~~~|Grants permission to update an Application Discovery Service Application's state",
  NotifyMigrationTaskState: "|,;~~~|Grants permission to notify latest MigrationTask state",
  PutResourceAttributes: "|,;~~~|Grants permission to put ResourceAttributes",
  RejectConnection: "|,;~|Grants permission to reject a connection",
  TagResource: "|,;~|Grants permission to tag a resource",
  UntagResource: "|,;~|Grants permission to untag a resource",
};
const resourceTypeFacts = {
  /** The AutomationRunResource resource type: arn:${Partition}:mgh:${Region}:${Account}:automation-run/${RunID} */
  AutomationRunResource: "|,automationRunResource|3",
  /** The AutomationUnitResource resource type: arn:${Partition}:mgh:${Region}:${Account}:automation-unit/${AutomationUnitId} */
  AutomationUnitResource: "|,automationUnitResource|4",
  /** The ConnectionResource resource type: arn:${Partition}:mgh:${Region}:${Account}:${ConnectionArn} */
  ConnectionResource: "|,connectionResource|1,5",
  /** The migrationTask resource type: arn:${Partition}:mgh:${Region}:${Account}:progressUpdateStream/${Stream}/migrationTask/${Task} */
  migrationTask: "|,|",
  /** The progressUpdateStream resource type: arn:${Partition}:mgh:${Region}:${Account}:progressUpdateStream/${Stream} */
  progressUpdateStream: "|,|",
} as const;
const arnFormats = {
  /** ARN of a AutomationRunResource resource: arn:${Partition}:mgh:${Region}:${Account}:automation-run/${RunID}. */
  automationRunResource: "|,AutomationRunResource|arn:|Partition|:mgh:|Region|:|Account|:automation-run/|RunID,runId|",
  /** ARN of a AutomationUnitResource resource: arn:${Partition}:mgh:${Region}:${Account}:automation-unit/${AutomationUnitId}. */
  automationUnitResource:
    "|,AutomationUnitResource|arn:|Partition|:mgh:|Region|:|Account|:automation-unit/|AutomationUnitId|",
  /** ARN of a ConnectionResource resource: arn:${Partition}:mgh:${Region}:${Account}:${ConnectionArn}. */
  connectionResource: "|,ConnectionResource|arn:|Partition|:mgh:|Region|:|Account|:|ConnectionArn|",
  /** ARN of a migrationTask resource: arn:${Partition}:mgh:${Region}:${Account}:progressUpdateStream/${Stream}/migrationTask/${Task}. */
  migrationTask:
    "|,migrationTask|arn:|Partition|:mgh:|Region|:|Account|:progressUpdateStream/|Stream|/migrationTask/|Task|",
  /** ARN of a progressUpdateStream resource: arn:${Partition}:mgh:${Region}:${Account}:progressUpdateStream/${Stream}. */
  progressUpdateStream: "|,progressUpdateStream|arn:|Partition|:mgh:|Region|:|Account|:progressUpdateStream/|Stream|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "AutomationRunResource",
  "AutomationUnitResource",
  "ConnectionResource",
  "migrationTask",
  "progressUpdateStream",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mgh">;
/** Any mgh action. */
export type Action = ActionOf<typeof actionFacts, "mgh">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mgh">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mgh" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mgh action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** AutomationRunResource resource runID identifier. */
  "mgh:AutomationRunResourceRunID": "String";
  /** AutomationUnitResource resource automationUnitArn identifier. */
  "mgh:AutomationUnitResourceAutomationUnitArn": "ARN";
  /** ConnectionResource resource connectionArn identifier. */
  "mgh:ConnectionResourceConnectionArn": "String";
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
  "mgh:AutomationRunResourceRunID": "|,String|0||AutomationRunResource resource runID identifier",
  "mgh:AutomationUnitResourceAutomationUnitArn":
    "|,ARN|0||AutomationUnitResource resource automationUnitArn identifier",
  "mgh:ConnectionResourceConnectionArn": "|,String|0||ConnectionResource resource connectionArn identifier",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "mgh",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
