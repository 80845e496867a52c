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
export const prefix: "qapps" = "qapps";
/** The service's name in the reference. */
export const serviceName: "Amazon Q Business Q Apps" = "Amazon Q Business Q Apps";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Q Business Q Apps",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonqbusinessqapps.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "qapps:AppIsPublished",
  "qapps:SessionIsShared",
  "qapps:UserIsAppOwner",
  "qapps:UserIsSessionModerator",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to associate a library item review in the Q Business application environment. Access level: Write. Resources: qapp*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_AssociateLibraryItemReview.html */
  AssociateLibraryItemReview: "W|||1;1;|3,5||",
  /** Grants permission to associate Q App with a user in the Q Business application environment. Access level: Write. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_AssociateQAppWithUser.html */
  AssociateQAppWithUser: "W|||0;0;,1;0;|3,5||",
  /** Grants permission to create the categories of a library in the Q Business application environment. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_BatchCreateCategory.html */
  BatchCreateCategory: "W|||0;1;|||;",
  /** Grants permission to delete the categories of a library in the Q Business application environment. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_BatchDeleteCategory.html */
  BatchDeleteCategory: "W|||0;1;|||;",
  /** Grants permission to update the categories of a library in the Q Business application environment. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_BatchUpdateCategory.html */
  BatchUpdateCategory: "W|||0;1;|||;",
  /** Grants permission to copy Q App in the Q Business application environment. Access level: Write. Resources: application, qapp. Permission only. https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/purpose-built-qapps.html */
  CopyQApp: "W||1|0;0;,1;0;|3,5||",
  /** Grants permission to create a library item in the Q Business application environment. Access level: Write. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_CreateLibraryItem.html */
  CreateLibraryItem: "W|||0;0;,1;0;|3,5||;",
  /** Grants permission to create a library item review in the Q Business application environment. Access level: Write. Resources: application, qapp. Permission only. https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/purpose-built-qapps.html */
  CreateLibraryItemReview: "W||1|0;0;,1;0;|3,5||",
  /** Grants permission to create Q App in the Q Business application environment. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_CreateQApp.html */
  CreateQApp: "W|||0;1;|0,2||;",
  /** Grants permission to subscribe to a Q App event bus topic in the Q Business application environment. Access level: Write. Resources: application*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/purpose-built-qapps.html */
  CreateSubscriptionToken: "W||1|0;1;|||",
  /** Grants permission to delete a library item in the Q Business application environment. Access level: Write. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_DeleteLibraryItem.html */
  DeleteLibraryItem: "W|||0;0;,1;0;|3,5||;",
  /** Grants permission to delete Q App in the Q Business application environment. Access level: Write. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_DeleteQApp.html */
  DeleteQApp: "W|||0;0;,1;0;|3,5||;",
  /** Grants permission to get Q App sharing permissions in the Q Business application environment. Access level: Read. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_DescribeQAppPermissions.html */
  DescribeQAppPermissions: "R|||0;0;,1;0;|3,5||;",
  /** Grants permission to disassociate a library item review in the Q Business application environment. Access level: Write. Resources: qapp*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_DisassociateLibraryItemReview.html */
  DisassociateLibraryItemReview: "W|||1;1;|3,5||",
  /** Grants permission to disassociate Q App with a user in the Q Business application environment. Access level: Write. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_DisassociateQAppFromUser.html */
  DisassociateQAppFromUser: "W|||0;0;,1;0;|3,5||;",
  /** Grants permission to export Q App session data in the Q Business application environment. Access level: Write. Resources: qapp-session*. https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/purpose-built-qapps.html */
  ExportQAppSessionData: "W|||2;1;|||",
  /** Grants permission to get a library item in the Q Business application environment. Access level: Read. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_GetLibraryItem.html */
  GetLibraryItem: "R|||0;0;,1;0;|3,5||;",
  /** Grants permission to get Q App in the Q Business application environment. Access level: Read. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_GetQApp.html */
  GetQApp: "R|||0;0;,1;0;|3,5||;",
  /** Grants permission to get Q App session in the Q Business application environment. Access level: Read. Resources: qapp-session*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_GetQAppSession.html */
  GetQAppSession: "R|||2;1;|3,4,5,6||;",
  /** Grants permission to get Q App session metadata in the Q Business application environment. Access level: Read. Resources: qapp-session*. https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/purpose-built-qapps.html */
  GetQAppSessionMetadata: "R|||2;1;|||;",
  /** Grants permission to import a document to Q App or Q App Session in the Q Business application environment. Access level: Write. Resources: qapp, qapp-session. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_ImportDocument.html */
  ImportDocument: "W|||1;0;,2;0;|3,4,5,6||;",
  /** Grants permission to list categories in the Q Business application environment. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_ListCategories.html */
  ListCategories: "L|||0;1;|||;",
  /** Grants permission to list library items in the Q Business application environment. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_ListLibraryItems.html */
  ListLibraryItems: "L|||0;1;|||;",
  /** Grants permission to get Q App session data in the Q Business application environment. Access level: Read. Resources: qapp-session*. https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/purpose-built-qapps.html */
  ListQAppSessionData: "R|||2;1;|||;",
  /** Grants permission to list Q Apps in the Q Business application environment. Access level: List. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_ListQApps.html */
  ListQApps: "L|||0;1;|||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: qapp, qapp-session. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,2;0;|||;",
  /** Grants permission to predict problem statement from conversation log in the Q Business application environment. Access level: Write. Resources: application*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/purpose-built-qapps.html */
  PredictProblemStatementFromConversation: "W||1|0;1;|||",
  /** Grants permission to predict Q App from conversation log or problem statement in the Q Business application environment. Access level: Write. Resources: application*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_PredictQApp.html */
  PredictQApp: "W|||0;1;|||",
  /** Grants permission to predict Q App metadata from problem statement in the Q Business application environment. Access level: Write. Resources: application*. Permission only. https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/purpose-built-qapps.html */
  PredictQAppFromProblemStatement: "W||1|0;1;|||",
  /** Grants permission to start Q App session in the Q Business application environment. Access level: Write. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_StartQAppSession.html */
  StartQAppSession: "W|||0;0;,1;0;|0,2,3,5||;",
  /** Grants permission to stop Q App session in the Q Business application environment. Access level: Write. Resources: application, qapp-session. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_StopQAppSession.html */
  StopQAppSession: "W|||0;0;,2;0;|3,4,5,6||;",
  /** Grants permission to tag a resource with given key value pairs. Access level: Tagging. Resources: qapp, qapp-session. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_TagResource.html */
  TagResource: "T|||1;0;,2;0;|0,2||;",
  /** Grants permission to remove the tag with the given key from a resource. Access level: Tagging. Resources: qapp, qapp-session. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;|2||;",
  /** Grants permission to update a library item in the Q Business application environment. Access level: Write. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_UpdateLibraryItem.html */
  UpdateLibraryItem: "W|||0;0;,1;0;|3,5||;",
  /** Grants permission to update the metadata of a library item in the Q Business application environment. Access level: Write. Resources: qapp*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_UpdateLibraryItemMetadata.html */
  UpdateLibraryItemMetadata: "W|||1;1;|3||;",
  /** Grants permission to update Q App in the Q Business application environment. Access level: Write. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_UpdateQApp.html */
  UpdateQApp: "W|||0;0;,1;0;|3,5||;",
  /** Grants permission to update Q App sharing permissions in the Q Business application environment. Access level: Write. Resources: application, qapp. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_UpdateQAppPermissions.html */
  UpdateQAppPermissions: "W|||0;0;,1;0;|3,5||;",
  /** Grants permission to update Q App session in the Q Business application environment. Access level: Write. Resources: qapp-session*. https://docs.aws.amazon.com/amazonq/latest/api-reference/API_qapps_UpdateQAppSession.html */
  UpdateQAppSession: "W|||2;1;|3,4,5,6||;",
  /** Grants permission to update Q App session metadata in the Q Business application environment. Access level: Write. Resources: qapp-session*. https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/purpose-built-qapps.html */
  UpdateQAppSessionMetadata: "W|||2;1;|||;",
} as const;
const actionDetails = {
  AssociateLibraryItemReview:
    "|,;~|Grants permission to associate a library item review in the Q Business application environment",
  AssociateQAppWithUser:
    "|,;~|Grants permission to associate Q App with a user in the Q Business application environment",
  BatchCreateCategory:
    "|,;~~~|Grants permission to create the categories of a library in the Q Business application environment",
  BatchDeleteCategory:
    "|,;~~~|Grants permission to delete the categories of a library in the Q Business application environment",
  BatchUpdateCategory:
    "|,;~~~|Grants permission to update the categories of a library in the Q Business application environment",
  CopyQApp: "|,;~|Grants permission to copy Q App in the Q Business application environment",
  CreateLibraryItem: "|,;~~~|Grants permission to create a library item in the Q Business application environment",
  CreateLibraryItemReview:
    "|,;~|Grants permission to create a library item review in the Q Business application environment",
  CreateQApp: "|,;~~~|Grants permission to create Q App in the Q Business application environment",
  CreateSubscriptionToken:
    "|,;~|Grants permission to subscribe to a Q App event bus topic in the Q Business application environment",
  DeleteLibraryItem: "|,;~~~|Grants permission to delete a library item in the Q Business application environment",
  DeleteQApp: "|,;~~~|Grants permission to delete Q App in the Q Business application environment",
  DescribeQAppPermissions:
    "|,;~~~|Grants permission to get Q App sharing permissions in the Q Business application environment",
  DisassociateLibraryItemReview:
    "|,;~|Grants permission to disassociate a library item review in the Q Business application environment",
  DisassociateQAppFromUser:
    "|,;~~~|Grants permission to disassociate Q App with a user in the Q Business application environment",
  ExportQAppSessionData:
    "|,;~|Grants permission to export Q App session data in the Q Business application environment",
  GetLibraryItem: "|,;~~~|Grants permission to get a library item in the Q Business application environment",
  GetQApp: "|,;~~~|Grants permission to get Q App in the Q Business application environment",
  GetQAppSession: "|,;~~~|Grants permission to get Q App session in the Q Business application environment",
  GetQAppSessionMetadata:
    "|,;~~~|Grants permission to get Q App session metadata in the Q Business application environment",
  ImportDocument:
    "|,;~~~|Grants permission to import a document to Q App or Q App Session in the Q Business application environment",
  ListCategories: "|,;~~~|Grants permission to list categories in the Q Business application environment",
  ListLibraryItems: "|,;~~~|Grants permission to list library items in the Q Business application environment",
  ListQAppSessionData: "|,;~~~|Grants permission to get Q App session data in the Q Business application environment",
  ListQApps: "|,;~~~|Grants permission to list Q Apps in the Q Business application environment",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  PredictProblemStatementFromConversation:
    "|,;~|Grants permission to predict problem statement from conversation log in the Q Business application environment",
  PredictQApp:
    "|,;~|Grants permission to predict Q App from conversation log or problem statement in the Q Business application environment",
  PredictQAppFromProblemStatement:
    "|,;~|Grants permission to predict Q App metadata from problem statement in the Q Business application environment",
  StartQAppSession: "|,;~~~|Grants permission to start Q App session in the Q Business application environment",
  StopQAppSession: "|,;~~~|Grants permission to stop Q App session in the Q Business application environment",
  TagResource: "|,;~~~|Grants permission to tag a resource with given key value pairs",
  UntagResource: "|,;~~~|Grants permission to remove the tag with the given key from a resource",
  UpdateLibraryItem: "|,;~~~|Grants permission to update a library item in the Q Business application environment",
  UpdateLibraryItemMetadata:
    "|,;~~~|Grants permission to update the metadata of a library item in the Q Business application environment",
  UpdateQApp: "|,;~~~|Grants permission to update Q App in the Q Business application environment",
  UpdateQAppPermissions:
    "|,;~~~|Grants permission to update Q App sharing permissions in the Q Business application environment",
  UpdateQAppSession: "|,;~~~|Grants permission to update Q App session in the Q Business application environment",
  UpdateQAppSessionMetadata:
    "|,;~~~|Grants permission to update Q App session metadata in the Q Business application environment",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId} */
  application: "|,|",
  /** The qapp resource type: arn:${Partition}:qapps:${Region}:${Account}:application/${ApplicationId}/qapp/${AppId} */
  qapp: "|,|1",
  /** The qapp-session resource type: arn:${Partition}:qapps:${Region}:${Account}:application/${ApplicationId}/qapp/${AppId}/session/${SessionId} */
  "qapp-session": "|,qappSession|1",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}. */
  application: "|,application|arn:|Partition|:qbusiness:|Region|:|Account|:application/|ApplicationId|",
  /** ARN of a qapp resource: arn:${Partition}:qapps:${Region}:${Account}:application/${ApplicationId}/qapp/${AppId}. */
  qapp: "|,qapp|arn:|Partition|:qapps:|Region|:|Account|:application/|ApplicationId|/qapp/|AppId|",
  /** ARN of a qapp-session resource: arn:${Partition}:qapps:${Region}:${Account}:application/${ApplicationId}/qapp/${AppId}/session/${SessionId}. */
  qappSession:
    "|,qapp-session|arn:|Partition|:qapps:|Region|:|Account|:application/|ApplicationId|/qapp/|AppId|/session/|SessionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application", "qapp", "qapp-session"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "qapps">;
/** Any qapps action. */
export type Action = ActionOf<typeof actionFacts, "qapps">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "qapps">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "qapps" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every qapps action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by whether Q App is published. */
  "qapps:AppIsPublished": "String";
  /** Filters access by whether Q App Session is shared. */
  "qapps:SessionIsShared": "String";
  /** Filters access by whether requester is Q App owner. */
  "qapps:UserIsAppOwner": "String";
  /** Filters access by whether requester is Q App Session moderator. */
  "qapps:UserIsSessionModerator": "String";
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
  "qapps:AppIsPublished": "|,String|0||Filters access by whether Q App is published",
  "qapps:SessionIsShared": "|,String|0||Filters access by whether Q App Session is shared",
  "qapps:UserIsAppOwner": "|,String|0||Filters access by whether requester is Q App owner",
  "qapps:UserIsSessionModerator": "|,String|0||Filters access by whether requester is Q App Session moderator",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "qapps",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
