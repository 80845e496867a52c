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
export const prefix: "cognito-sync" = "cognito-sync";
/** The service's name in the reference. */
export const serviceName: "Amazon Cognito Sync" = "Amazon Cognito Sync";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Cognito Sync",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitosync.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to initiate a bulk publish of all existing datasets for an Identity Pool to the configured stream. Access level: Write. Resources: identitypool*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_BulkPublish.html */
  BulkPublish: "W|||2;1;|||;",
  /** Grants permission to delete a specific dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_DeleteDataset.html */
  DeleteDataset: "W|||0;1;|||;",
  /** Grants permission to get metadata about a dataset by identity and dataset name. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_DescribeDataset.html */
  DescribeDataset: "R|||0;1;|||;",
  /** Grants permission to get usage details (for example, data storage) about a particular identity pool. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_DescribeIdentityPoolUsage.html */
  DescribeIdentityPoolUsage: "R|||2;1;|||;",
  /** Grants permission to get usage information for an identity, including number of datasets and data usage. Access level: Read. Resources: identity*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_DescribeIdentityUsage.html */
  DescribeIdentityUsage: "R|||1;1;|||;",
  /** Grants permission to get the status of the last BulkPublish operation for an identity pool. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_GetBulkPublishDetails.html */
  GetBulkPublishDetails: "R|||2;1;|||;",
  /** Grants permission to get the events and the corresponding Lambda functions associated with an identity pool. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_GetCognitoEvents.html */
  GetCognitoEvents: "R|||2;1;|||;",
  /** Grants permission to get the configuration settings of an identity pool. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_GetIdentityPoolConfiguration.html */
  GetIdentityPoolConfiguration: "R|||2;1;|||;",
  /** Grants permission to list datasets for an identity. Access level: List. Resources: dataset*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_ListDatasets.html */
  ListDatasets: "L|||0;1;|||;",
  /** Grants permission to get a list of identity pools registered with Cognito. Access level: Read. Resources: identitypool*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_ListIdentityPoolUsage.html */
  ListIdentityPoolUsage: "R|||2;1;|||;",
  /** Grants permission to get paginated records, optionally changed after a particular sync count for a dataset and identity. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_ListRecords.html */
  ListRecords: "R|||0;1;|||;",
  /** Grants permission to query records. Access level: Read. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitosync.html */
  QueryRecords: "R||1||||",
  /** Grants permission to register a device to receive push sync notifications. Access level: Write. Resources: identity*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_RegisterDevice.html */
  RegisterDevice: "W|||1;1;|||;",
  /** Grants permission to set the AWS Lambda function for a given event type for an identity pool. Access level: Write. Resources: identitypool*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_SetCognitoEvents.html */
  SetCognitoEvents: "W|||2;1;|||;",
  /** Grants permission to configure datasets. Access level: Write. Resources: dataset*. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitosync.html */
  SetDatasetConfiguration: "W||1|0;1;|||",
  /** Grants permission to set the necessary configuration for push sync. Access level: Write. Resources: identitypool*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_SetIdentityPoolConfiguration.html */
  SetIdentityPoolConfiguration: "W|||2;1;||iam:PassRole|;",
  /** Grants permission to subscribe to receive notifications when a dataset is modified by another device. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_SubscribeToDataset.html */
  SubscribeToDataset: "W|||0;1;|||;",
  /** Grants permission to unsubscribe from receiving notifications when a dataset is modified by another device. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_UnsubscribeFromDataset.html */
  UnsubscribeFromDataset: "W|||0;1;|||;",
  /** Grants permission to post updates to records and add and delete records for a dataset and user. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/cognitosync/latest/APIReference/API_UpdateRecords.html */
  UpdateRecords: "W|||0;1;|||;",
} as const;
const actionDetails = {
  BulkPublish:
    "|,;~~~|Grants permission to initiate a bulk publish of all existing datasets for an Identity Pool to the configured stream",
  DeleteDataset: "|,;~~~|Grants permission to delete a specific dataset",
  DescribeDataset: "|,;~~~|Grants permission to get metadata about a dataset by identity and dataset name",
  DescribeIdentityPoolUsage:
    "|,;~~~|Grants permission to get usage details (for example, data storage) about a particular identity pool",
  DescribeIdentityUsage:
    "|,;~~~|Grants permission to get usage information for an identity, including number of datasets and data usage",
  GetBulkPublishDetails:
    "|,;~~~|Grants permission to get the status of the last BulkPublish operation for an identity pool",
  GetCognitoEvents:
    "|,;~~~|Grants permission to get the events and the corresponding Lambda functions associated with an identity pool",
  GetIdentityPoolConfiguration: "|,;~~~|Grants permission to get the configuration settings of an identity pool",
  ListDatasets: "|,;~~~|Grants permission to list datasets for an identity",
  ListIdentityPoolUsage: "|,;~~~|Grants permission to get a list of identity pools registered with Cognito",
  ListRecords:
    "|,;~~~|Grants permission to get paginated records, optionally changed after a particular sync count for a dataset and identity",
  QueryRecords: "|,;~|Grants permission to query records",
  RegisterDevice: "|,;~~~|Grants permission to register a device to receive push sync notifications",
  SetCognitoEvents:
    "|,;~~~|Grants permission to set the AWS Lambda function for a given event type for an identity pool",
  SetDatasetConfiguration: "|,;~|Grants permission to configure datasets",
  SetIdentityPoolConfiguration: "|,;~~~|Grants permission to set the necessary configuration for push sync",
  SubscribeToDataset:
    "|,;~~~|Grants permission to subscribe to receive notifications when a dataset is modified by another device",
  UnsubscribeFromDataset:
    "|,;~~~|Grants permission to unsubscribe from receiving notifications when a dataset is modified by another device",
  UpdateRecords:
    "|,;~~~|Grants permission to post updates to records and add and delete records for a dataset and user",
};
const resourceTypeFacts = {
  /** The dataset resource type: arn:${Partition}:cognito-sync:${Region}:${Account}:identitypool/${IdentityPoolId}/identity/${IdentityId}/dataset/${DatasetName} */
  dataset: "|,|",
  /** The identity resource type: arn:${Partition}:cognito-sync:${Region}:${Account}:identitypool/${IdentityPoolId}/identity/${IdentityId} */
  identity: "|,|",
  /** The identitypool resource type: arn:${Partition}:cognito-sync:${Region}:${Account}:identitypool/${IdentityPoolId} */
  identitypool: "|,|",
} as const;
const arnFormats = {
  /** ARN of a dataset resource: arn:${Partition}:cognito-sync:${Region}:${Account}:identitypool/${IdentityPoolId}/identity/${IdentityId}/dataset/${DatasetName}. */
  dataset:
    "|,dataset|arn:|Partition|:cognito-sync:|Region|:|Account|:identitypool/|IdentityPoolId|/identity/|IdentityId|/dataset/|DatasetName|",
  /** ARN of a identity resource: arn:${Partition}:cognito-sync:${Region}:${Account}:identitypool/${IdentityPoolId}/identity/${IdentityId}. */
  identity:
    "|,identity|arn:|Partition|:cognito-sync:|Region|:|Account|:identitypool/|IdentityPoolId|/identity/|IdentityId|",
  /** ARN of a identitypool resource: arn:${Partition}:cognito-sync:${Region}:${Account}:identitypool/${IdentityPoolId}. */
  identitypool: "|,identitypool|arn:|Partition|:cognito-sync:|Region|:|Account|:identitypool/|IdentityPoolId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["dataset", "identity", "identitypool"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cognito-sync">;
/** Any cognito-sync action. */
export type Action = ActionOf<typeof actionFacts, "cognito-sync">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cognito-sync">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cognito-sync" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cognito-sync action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "cognito-sync",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
