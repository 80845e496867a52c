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
export const prefix: "appfabric" = "appfabric";
/** The service's name in the reference. */
export const serviceName: "AWS AppFabric" = "AWS AppFabric";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS AppFabric",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsappfabric.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["appfabric:TagResource"] as const;
const actionFacts = {
  /** Grants permission to start user access tasks for multiple users. Access level: Write. Resources: appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_BatchGetUserAccessTasks.html */
  BatchGetUserAccessTasks: "W|||1;1;|||;",
  /** Grants permission to connect app authorizations. Access level: Write. Resources: appauthorization*, appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_ConnectAppAuthorization.html */
  ConnectAppAuthorization: "W|||0;1;,1;1;|||;",
  /** Grants permission to create app authorizations for app bundles. Access level: Write. Resources: appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_CreateAppAuthorization.html */
  CreateAppAuthorization: "W|||1;1;|0,2|0|;",
  /** Grants permission to create app bundles in your account. Access level: Write. https://docs.aws.amazon.com/appfabric/latest/api/API_CreateAppBundle.html */
  CreateAppBundle: "W||||0,2|0|;",
  /** Grants permission to create ingestions for app bundles. Access level: Write. Resources: appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_CreateIngestion.html */
  CreateIngestion: "W|||1;1;|0,2|0|;",
  /** Grants permission to create ingestion destinations for app bundles. Access level: Write. Resources: appbundle*, ingestion*. https://docs.aws.amazon.com/appfabric/latest/api/API_CreateIngestionDestination.html */
  CreateIngestionDestination: "W|||1;1;,2;1;|0,2|0|;",
  /** Grants permission to delete app authorizations within an app bundle. Access level: Write. Resources: appauthorization*, appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_DeleteAppAuthorization.html */
  DeleteAppAuthorization: "W|||0;1;,1;1;|||;",
  /** Grants permission to delete app bundles in your account. Access level: Write. Resources: appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_DeleteAppBundle.html */
  DeleteAppBundle: "W|||1;1;|||;",
  /** Grants permission to delete ingestions within an app bundle. Access level: Write. Resources: appbundle*, ingestion*. https://docs.aws.amazon.com/appfabric/latest/api/API_DeleteIngestion.html */
  DeleteIngestion: "W|||1;1;,2;1;|||;",
  /** Grants permission to delete destinations within an ingestion. Access level: Write. Resources: appbundle*, ingestion*, ingestiondestination*. https://docs.aws.amazon.com/appfabric/latest/api/API_DeleteIngestionDestination.html */
  DeleteIngestionDestination: "W|||1;1;,2;1;,3;1;|||;",
  /** Grants permission to view details about app authorizations. Access level: Read. Resources: appauthorization*, appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_GetAppAuthorization.html */
  GetAppAuthorization: "R|||0;1;,1;1;|1||;",
  /** Grants permission to view details about app bundles. Access level: Read. Resources: appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_GetAppBundle.html */
  GetAppBundle: "R|||1;1;|1||;",
  /** Grants permission to view details about ingestions. Access level: Read. Resources: appbundle*, ingestion*. https://docs.aws.amazon.com/appfabric/latest/api/API_GetIngestion.html */
  GetIngestion: "R|||1;1;,2;1;|1||;",
  /** Grants permission to view details about ingestion destinations. Access level: Read. Resources: appbundle*, ingestion*, ingestiondestination*. https://docs.aws.amazon.com/appfabric/latest/api/API_GetIngestionDestination.html */
  GetIngestionDestination: "R|||1;1;,2;1;,3;1;|1||;",
  /** Grants permission to retrieve a list of app authorizations within an app bundle. Access level: List. Resources: appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_ListAppAuthorizations.html */
  ListAppAuthorizations: "L|||1;1;|||;",
  /** Grants permission to retrieve a list of app bundles in your account. Access level: List. https://docs.aws.amazon.com/appfabric/latest/api/API_ListAppBundles.html */
  ListAppBundles: "L||||||;",
  /** Grants permission to retrieve a list of destinations within an ingestion. Access level: List. Resources: appbundle*, ingestion*. https://docs.aws.amazon.com/appfabric/latest/api/API_ListIngestionDestinations.html */
  ListIngestionDestinations: "L|||1;1;,2;1;|||;",
  /** Grants permission to retrieve a list of ingestions within an app bundle. Access level: List. Resources: appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_ListIngestions.html */
  ListIngestions: "L|||1;1;|||;",
  /** Grants permission to list tags for AppFabric resources. Access level: Read. Resources: appauthorization, appbundle, ingestion, ingestiondestination. https://docs.aws.amazon.com/appfabric/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;|||;",
  /** Grants permission to start ingestions. Access level: Write. Resources: appbundle*, ingestion*. https://docs.aws.amazon.com/appfabric/latest/api/API_StartIngestion.html */
  StartIngestion: "W|||1;1;,2;1;|||;",
  /** Grants permission to start user access tasks. Access level: Write. Resources: appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_StartUserAccessTasks.html */
  StartUserAccessTasks: "W|||1;1;|||;",
  /** Grants permission to stop ingestions. Access level: Write. Resources: appbundle*, ingestion*. https://docs.aws.amazon.com/appfabric/latest/api/API_StopIngestion.html */
  StopIngestion: "W|||1;1;,2;1;|||;",
  /** Grants permission to tag AppFabric resources. Access level: Tagging. Resources: appauthorization, appbundle, ingestion, ingestiondestination. https://docs.aws.amazon.com/appfabric/latest/api/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;|0,1,2||CreateAppAuthorization,CreateAppBundle,CreateIngestion,CreateIngestionDestination,;",
  /** Grants permission to untag AppFabric resources. Access level: Tagging. Resources: appauthorization, appbundle, ingestion, ingestiondestination. https://docs.aws.amazon.com/appfabric/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|2||;",
  /** Grants permission to update app authorizations within app bundles. Access level: Write. Resources: appauthorization*, appbundle*. https://docs.aws.amazon.com/appfabric/latest/api/API_UpdateAppAuthorization.html */
  UpdateAppAuthorization: "W|||0;1;,1;1;|1||;",
  /** Grants permission to update destinations within ingestions. Access level: Write. Resources: appbundle*, ingestion*, ingestiondestination*. https://docs.aws.amazon.com/appfabric/latest/api/API_UpdateIngestionDestination.html */
  UpdateIngestionDestination: "W|||1;1;,2;1;,3;1;|1||;",
} as const;
const actionDetails = {
  BatchGetUserAccessTasks: "|,;~~~|Grants permission to start user access tasks for multiple users",
  ConnectAppAuthorization: "|,;~~~|Grants permission to connect app authorizations",
  CreateAppAuthorization: "|,;~~~|Grants permission to create app authorizations for app bundles",
  CreateAppBundle: "|,;~~~|Grants permission to create app bundles in your account",
  CreateIngestion: "|,;~~~|Grants permission to create ingestions for app bundles",
  CreateIngestionDestination: "|,;~~~|Grants permission to create ingestion destinations for app bundles",
  DeleteAppAuthorization: "|,;~~~|Grants permission to delete app authorizations within an app bundle",
  DeleteAppBundle: "|,;~~~|Grants permission to delete app bundles in your account",
  DeleteIngestion: "|,;~~~|Grants permission to delete ingestions within an app bundle",
  DeleteIngestionDestination: "|,;~~~|Grants permission to delete destinations within an ingestion",
  GetAppAuthorization: "|,;~~~|Grants permission to view details about app authorizations",
  GetAppBundle: "|,;~~~|Grants permission to view details about app bundles",
  GetIngestion: "|,;~~~|Grants permission to view details about ingestions",
  GetIngestionDestination: "|,;~~~|Grants permission to view details about ingestion destinations",
  ListAppAuthorizations: "|,;~~~|Grants permission to retrieve a list of app authorizations within an app bundle",
  ListAppBundles: "|,;~~~|Grants permission to retrieve a list of app bundles in your account",
  ListIngestionDestinations: "|,;~~~|Grants permission to retrieve a list of destinations within an ingestion",
  ListIngestions: "|,;~~~|Grants permission to retrieve a list of ingestions within an app bundle",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for AppFabric resources",
  StartIngestion: "|,;~~~|Grants permission to start ingestions",
  StartUserAccessTasks: "|,;~~~|Grants permission to start user access tasks",
  StopIngestion: "|,;~~~|Grants permission to stop ingestions",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag AppFabric resources",
  UntagResource: "|,;~~~|Grants permission to untag AppFabric resources",
  UpdateAppAuthorization: "|,;~~~|Grants permission to update app authorizations within app bundles",
  UpdateIngestionDestination: "|,;~~~|Grants permission to update destinations within ingestions",
};
const resourceTypeFacts = {
  /** The appauthorization resource type: arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppbundleId}/appauthorization/${AppAuthorizationIdentifier} */
  appauthorization: "|,|1",
  /** The appbundle resource type: arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppBundleIdentifier} */
  appbundle: "|,|1",
  /** The ingestion resource type: arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppbundleId}/ingestion/${IngestionIdentifier} */
  ingestion: "|,|1",
  /** The ingestiondestination resource type: arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppbundleId}/ingestion/${IngestionIdentifier}/ingestiondestination/${IngestionDestinationIdentifier} */
  ingestiondestination: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a appauthorization resource: arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppbundleId}/appauthorization/${AppAuthorizationIdentifier}. */
  appauthorization:
    "|,appauthorization|arn:|Partition|:appfabric:|Region|:|Account|:appbundle/|AppbundleId|/appauthorization/|AppAuthorizationIdentifier|",
  /** ARN of a appbundle resource: arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppBundleIdentifier}. */
  appbundle: "|,appbundle|arn:|Partition|:appfabric:|Region|:|Account|:appbundle/|AppBundleIdentifier|",
  /** ARN of a ingestion resource: arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppbundleId}/ingestion/${IngestionIdentifier}. */
  ingestion:
    "|,ingestion|arn:|Partition|:appfabric:|Region|:|Account|:appbundle/|AppbundleId|/ingestion/|IngestionIdentifier|",
  /** ARN of a ingestiondestination resource: arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppbundleId}/ingestion/${IngestionIdentifier}/ingestiondestination/${IngestionDestinationIdentifier}. */
  ingestiondestination:
    "|,ingestiondestination|arn:|Partition|:appfabric:|Region|:|Account|:appbundle/|AppbundleId|/ingestion/|IngestionIdentifier|/ingestiondestination/|IngestionDestinationIdentifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["appauthorization", "appbundle", "ingestion", "ingestiondestination"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "appfabric">;
/** Any appfabric action. */
export type Action = ActionOf<typeof actionFacts, "appfabric">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "appfabric">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "appfabric" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every appfabric action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "appfabric",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
