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
export const prefix: "app-integrations" = "app-integrations";
/** The service's name in the reference. */
export const serviceName: "Amazon AppIntegrations" = "Amazon AppIntegrations";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon AppIntegrations",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonappintegrations.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "app-integrations:TagResource",
  "appflow:CreateFlow",
  "appflow:DeleteFlow",
  "appflow:DescribeConnectorEntity",
  "appflow:DescribeConnectorProfiles",
  "appflow:TagResource",
  "appflow:UseConnectorProfile",
  "iam:AttachRolePolicy",
  "iam:CreateServiceLinkedRole",
  "iam:PutRolePolicy",
  "profile:CreateSnapshot",
  "profile:GetSnapshot",
] as const;
const actionFacts = {
  /** Grants permission to create a new Application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W|||0;1;|0,2|0,7,8,9|;",
  /** Grants permission to create an ApplicationAssociation. Access level: Write. Resources: application*. Permission only. https://docs.aws.amazon.com/connect/latest/adminguide/onboard-3p-apps.html */
  CreateApplicationAssociation: "W||1|0;1;|0,2||",
  /** Grants permission to create a new DataIntegration. Access level: Write. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_CreateDataIntegration.html */
  CreateDataIntegration:
    "W|||2;1;|0,2|0,2,4,7,8,9,kms:CreateGrant,profile:GetDomain,profile:GetProfileObjectType,s3:GetBucketNotification,s3:GetEncryptionConfiguration,s3:PutBucketNotification|;",
  /** Grants permission to create a DataIntegrationAssociation. Access level: Write. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_CreateDataIntegration.html */
  CreateDataIntegrationAssociation: "W|||2;1;|0,2|1,2,3,4,5,6,10,11|;",
  /** Grants permission to create a data integration schedule. Access level: Write. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_CreateDataIntegrationSchedule.html */
  CreateDataIntegrationSchedule: "W|||2;1;|||",
  /** Grants permission to create a new EventIntegration. Access level: Write. Resources: event-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_CreateEventIntegration.html */
  CreateEventIntegration: "W|||4;1;|0,2|0,7,8,9|;",
  /** Grants permission to create an EventIntegrationAssociation. Access level: Write. Resources: event-integration*. Permission only. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_CreateEventIntegration.html */
  CreateEventIntegrationAssociation: "W||1|4;1;|0,2|events:PutRule,events:PutTargets|",
  /** Grants permission to delete an Application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|1||;",
  /** Grants permission to delete an ApplicationAssociation. Access level: Write. Resources: application-association*. Permission only. https://docs.aws.amazon.com/connect/latest/adminguide/onboard-3p-apps.html */
  DeleteApplicationAssociation: "W||1|1;1;|||",
  /** Grants permission to delete a DataIntegration. Access level: Write. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_DeleteDataIntegration.html */
  DeleteDataIntegration: "W|||2;1;|1||;",
  /** Grants permission to delete a DataIntegrationAssociation. Access level: Write. Resources: data-integration-association*. Permission only. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_DeleteDataIntegration.html */
  DeleteDataIntegrationAssociation: "W||1|3;1;||1,2,3,4,appflow:StopFlow,5,6|",
  /** Grants permission to delete an EventIntegration. Access level: Write. Resources: event-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_DeleteEventIntegration.html */
  DeleteEventIntegration: "W|||4;1;|1||;",
  /** Grants permission to delete an EventIntegrationAssociation. Access level: Write. Resources: event-integration-association*. Permission only. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_DeleteEventIntegration.html */
  DeleteEventIntegrationAssociation: "W||1|5;1;||events:DeleteRule,events:ListTargetsByRule,events:RemoveTargets|",
  /** Grants permission to view details about Application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_GetApplication.html */
  GetApplication: "R|||0;1;|1||;",
  /** Grants permission to view details about DataIntegrations. Access level: Read. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_GetDataIntegration.html */
  GetDataIntegration: "R|||2;1;|1||;",
  /** Grants permission to get details about a data integration execution. Access level: Read. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_GetDataIntegrationExecution.html */
  GetDataIntegrationExecution: "R|||2;1;|||",
  /** Grants permission to get details about a data integration schedule. Access level: Read. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_GetDataIntegrationSchedule.html */
  GetDataIntegrationSchedule: "R|||2;1;|||",
  /** Grants permission to view details about EventIntegrations. Access level: Read. Resources: event-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_GetEventIntegration.html */
  GetEventIntegration: "R|||4;1;|1||;",
  /** Grants permission to list ApplicationAssociations. Access level: List. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_ListApplicationAssociations.html */
  ListApplicationAssociations: "L||||||;",
  /** Grants permission to list Applications. Access level: List. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to list DataIntegrationAssociations. Access level: List. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_ListDataIntegrationAssociations.html */
  ListDataIntegrationAssociations: "L||||||;",
  /** Grants permission to list data integration executions. Access level: List. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_ListDataIntegrationExecutions.html */
  ListDataIntegrationExecutions: "L|||2;1;|||",
  /** Grants permission to list data integration schedules. Access level: List. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_ListDataIntegrationSchedules.html */
  ListDataIntegrationSchedules: "L|||2;1;|||",
  /** Grants permission to list DataIntegrations. Access level: List. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_ListDataIntegrations.html */
  ListDataIntegrations: "L||||||;",
  /** Grants permission to list EventIntegrationAssociations. Access level: Read. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_ListEventIntegrationAssociations.html */
  ListEventIntegrationAssociations: "R||||||;",
  /** Grants permission to list EventIntegrations. Access level: List. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_ListEventIntegrations.html */
  ListEventIntegrations: "L||||||;",
  /** Grants permission to lists tag for an Amazon AppIntegration resource. Access level: Read. Resources: application, data-integration, data-integration-association, event-integration, event-integration-association. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,2;0;,3;0;,4;0;,5;0;|1||;",
  /** Grants permission to start a data integration execution. Access level: Write. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_StartDataIntegrationExecution.html */
  StartDataIntegrationExecution: "W|||2;1;||profile:CreateSegmentSnapshot,10|",
  /** Grants permission to tag an Amazon AppIntegration resource. Access level: Tagging. Resources: application, application-association, data-integration, data-integration-association, event-integration, event-integration-association. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|0,1,2||CreateApplication,CreateDataIntegration,CreateEventIntegration,;",
  /** Grants permission to untag an Amazon AppIntegration resource. Access level: Tagging. Resources: application, application-association, data-integration, data-integration-association, event-integration, event-integration-association. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|1,2||;",
  /** Grants permission to modify an Application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;|1||;",
  /** Grants permission to modify a DataIntegration. Access level: Write. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_UpdateDataIntegration.html */
  UpdateDataIntegration: "W|||2;1;|1||;",
  /** Grants permission to modify a DataIntegrationAssociation. Access level: Write. Resources: data-integration-association*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_UpdateDataIntegrationAssociation.html */
  UpdateDataIntegrationAssociation: "W|||3;1;|1|10,11|;",
  /** Grants permission to update a data integration schedule. Access level: Write. Resources: data-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_UpdateDataIntegrationSchedule.html */
  UpdateDataIntegrationSchedule: "W|||2;1;|||",
  /** Grants permission to modify an EventIntegration. Access level: Write. Resources: event-integration*. https://docs.aws.amazon.com/appintegrations/latest/APIReference/API_UpdateEventIntegration.html */
  UpdateEventIntegration: "W|||4;1;|1||;",
} as const;
const actionDetails = {
  CreateApplication: "|,;~~~|Grants permission to create a new Application",
  CreateApplicationAssociation: "|,;~|Grants permission to create an ApplicationAssociation",
  CreateDataIntegration: "|,;~~~|Grants permission to create a new DataIntegration",
  CreateDataIntegrationAssociation: "|,;~~~|Grants permission to create a DataIntegrationAssociation",
  CreateDataIntegrationSchedule: "|,;~|Grants permission to create a data integration schedule",
  CreateEventIntegration: "|,;~~~|Grants permission to create a new EventIntegration",
  CreateEventIntegrationAssociation: "|,;~|Grants permission to create an EventIntegrationAssociation",
  DeleteApplication: "|,;~~~|Grants permission to delete an Application",
  DeleteApplicationAssociation: "|,;~|Grants permission to delete an ApplicationAssociation",
  DeleteDataIntegration: "|,;~~~|Grants permission to delete a DataIntegration",
  DeleteDataIntegrationAssociation: "|,;~|Grants permission to delete a DataIntegrationAssociation",
  DeleteEventIntegration: "|,;~~~|Grants permission to delete an EventIntegration",
  DeleteEventIntegrationAssociation: "|,;~|Grants permission to delete an EventIntegrationAssociation",
  GetApplication: "|,;~~~|Grants permission to view details about Application",
  GetDataIntegration: "|,;~~~|Grants permission to view details about DataIntegrations",
  GetDataIntegrationExecution: "|,;~|Grants permission to get details about a data integration execution",
  GetDataIntegrationSchedule: "|,;~|Grants permission to get details about a data integration schedule",
  GetEventIntegration: "|,;~~~|Grants permission to view details about EventIntegrations",
  ListApplicationAssociations: "|,;~~~|Grants permission to list ApplicationAssociations",
  ListApplications: "|,;~~~|Grants permission to list Applications",
  ListDataIntegrationAssociations: "|,;~~~|Grants permission to list DataIntegrationAssociations",
  ListDataIntegrationExecutions: "|,;~|Grants permission to list data integration executions",
  ListDataIntegrationSchedules: "|,;~|Grants permission to list data integration schedules",
  ListDataIntegrations: "|,;~~~|Grants permission to list DataIntegrations",
  ListEventIntegrationAssociations: "|,;~~~|Grants permission to list EventIntegrationAssociations",
  ListEventIntegrations: "|,;~~~|Grants permission to list EventIntegrations",
  ListTagsForResource: "|,;~~~|Grants permission to lists tag for an Amazon AppIntegration resource",
  StartDataIntegrationExecution: "|,;~|Grants permission to start a data integration execution",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag an Amazon AppIntegration resource",
  UntagResource: "|,;~~~|Grants permission to untag an Amazon AppIntegration resource",
  UpdateApplication: "|,;~~~|Grants permission to modify an Application",
  UpdateDataIntegration: "|,;~~~|Grants permission to modify a DataIntegration",
  UpdateDataIntegrationAssociation: "|,;~~~|Grants permission to modify a DataIntegrationAssociation",
  UpdateDataIntegrationSchedule: "|,;~|Grants permission to update a data integration schedule",
  UpdateEventIntegration: "|,;~~~|Grants permission to modify an EventIntegration",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:app-integrations:${Region}:${Account}:application/${ApplicationId} */
  application: "|,|1",
  /** The application-association resource type: arn:${Partition}:app-integrations:${Region}:${Account}:application-association/${ApplicationId}/${ApplicationAssociationId} */
  "application-association": "|,applicationAssociation|1",
  /** The data-integration resource type: arn:${Partition}:app-integrations:${Region}:${Account}:data-integration/${DataIntegrationId} */
  "data-integration": "|,dataIntegration|1",
  /** The data-integration-association resource type: arn:${Partition}:app-integrations:${Region}:${Account}:data-integration-association/${DataIntegrationId}/${ResourceId} */
  "data-integration-association": "|,dataIntegrationAssociation|1",
  /** The event-integration resource type: arn:${Partition}:app-integrations:${Region}:${Account}:event-integration/${EventIntegrationName} */
  "event-integration": "|,eventIntegration|1",
  /** The event-integration-association resource type: arn:${Partition}:app-integrations:${Region}:${Account}:event-integration-association/${EventIntegrationName}/${ResourceId} */
  "event-integration-association": "|,eventIntegrationAssociation|1",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:app-integrations:${Region}:${Account}:application/${ApplicationId}. */
  application: "|,application|arn:|Partition|:app-integrations:|Region|:|Account|:application/|ApplicationId|",
  /** ARN of a application-association resource: arn:${Partition}:app-integrations:${Region}:${Account}:application-association/${ApplicationId}/${ApplicationAssociationId}. */
  applicationAssociation:
    "|,application-association|arn:|Partition|:app-integrations:|Region|:|Account|:application-association/|ApplicationId|/|ApplicationAssociationId|",
  /** ARN of a data-integration resource: arn:${Partition}:app-integrations:${Region}:${Account}:data-integration/${DataIntegrationId}. */
  dataIntegration:
    "|,data-integration|arn:|Partition|:app-integrations:|Region|:|Account|:data-integration/|DataIntegrationId|",
  /** ARN of a data-integration-association resource: arn:${Partition}:app-integrations:${Region}:${Account}:data-integration-association/${DataIntegrationId}/${ResourceId}. */
  dataIntegrationAssociation:
    "|,data-integration-association|arn:|Partition|:app-integrations:|Region|:|Account|:data-integration-association/|DataIntegrationId|/|ResourceId|",
  /** ARN of a event-integration resource: arn:${Partition}:app-integrations:${Region}:${Account}:event-integration/${EventIntegrationName}. */
  eventIntegration:
    "|,event-integration|arn:|Partition|:app-integrations:|Region|:|Account|:event-integration/|EventIntegrationName|",
  /** ARN of a event-integration-association resource: arn:${Partition}:app-integrations:${Region}:${Account}:event-integration-association/${EventIntegrationName}/${ResourceId}. */
  eventIntegrationAssociation:
    "|,event-integration-association|arn:|Partition|:app-integrations:|Region|:|Account|:event-integration-association/|EventIntegrationName|/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "application",
  "application-association",
  "data-integration",
  "data-integration-association",
  "event-integration",
  "event-integration-association",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "app-integrations">;
/** Any app-integrations action. */
export type Action = ActionOf<typeof actionFacts, "app-integrations">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "app-integrations">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "appintegrations" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every app-integrations action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "app-integrations",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
