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
export const prefix: "rolesanywhere" = "rolesanywhere";
/** The service's name in the reference. */
export const serviceName: "AWS Identity and Access Management Roles Anywhere" =
  "AWS Identity and Access Management Roles Anywhere";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Identity and Access Management Roles Anywhere",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementrolesanywhere.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "rolesanywhere:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a profile. Access level: Write. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateProfile.html */
  CreateProfile: "W||||0,2|0,1|;",
  /** Grants permission to create a trust anchor. Access level: Write. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateTrustAnchor.html */
  CreateTrustAnchor: "W||||0,2|1|;",
  /** Grants permission to delete a mapping rule from a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_DeleteAttributeMapping.html */
  DeleteAttributeMapping: "W|||1;1;|||;",
  /** Grants permission to delete a certificate revocation list (crl). Access level: Write. Resources: crl*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_DeleteCrl.html */
  DeleteCrl: "W|||0;1;|||;",
  /** Grants permission to delete a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_DeleteProfile.html */
  DeleteProfile: "W|||1;1;|||;",
  /** Grants permission to delete a trust anchor. Access level: Write. Resources: trust-anchor*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_DeleteTrustAnchor.html */
  DeleteTrustAnchor: "W|||3;1;|||;",
  /** Grants permission to disable a certificate revocation list (crl). Access level: Write. Resources: crl*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_DisableCrl.html */
  DisableCrl: "W|||0;1;|||;",
  /** Grants permission to disable a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_DisableProfile.html */
  DisableProfile: "W|||1;1;|||;",
  /** Grants permission to disable a trust anchor. Access level: Write. Resources: trust-anchor*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_DisableTrustAnchor.html */
  DisableTrustAnchor: "W|||3;1;|||;",
  /** Grants permission to enable a certificate revocation list (crl). Access level: Write. Resources: crl*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_EnableCrl.html */
  EnableCrl: "W|||0;1;|||;",
  /** Grants permission to enable a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_EnableProfile.html */
  EnableProfile: "W|||1;1;||0|;",
  /** Grants permission to enable a trust anchor. Access level: Write. Resources: trust-anchor*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_EnableTrustAnchor.html */
  EnableTrustAnchor: "W|||3;1;|||;",
  /** Grants permission to get a certificate revocation list (crl). Access level: Read. Resources: crl*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_GetCrl.html */
  GetCrl: "R|||0;1;|||;",
  /** Grants permission to get a profile. Access level: Read. Resources: profile*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_GetProfile.html */
  GetProfile: "R|||1;1;|||;",
  /** Grants permission to get a subject. Access level: Read. Resources: subject*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_GetSubject.html */
  GetSubject: "R|||2;1;|||;",
  /** Grants permission to get a trust anchor. Access level: Read. Resources: trust-anchor*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_GetTrustAnchor.html */
  GetTrustAnchor: "R|||3;1;|||;",
  /** Grants permission to import a certificate revocation list (crl). Access level: Write. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ImportCrl.html */
  ImportCrl: "W||||0,2|1|;",
  /** Grants permission to list certificate revocation lists (crls). Access level: List. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ListCrls.html */
  ListCrls: "L||||||;",
  /** Grants permission to list profiles. Access level: List. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ListProfiles.html */
  ListProfiles: "L||||||;",
  /** Grants permission to list subjects. Access level: List. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ListSubjects.html */
  ListSubjects: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: List. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L||||||;",
  /** Grants permission to list trust anchors. Access level: List. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ListTrustAnchors.html */
  ListTrustAnchors: "L||||||;",
  /** Grants permission to put a mapping rule into a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_PutAttributeMapping.html */
  PutAttributeMapping: "W|||1;1;|||;",
  /** Grants permission to attach notification settings to a trust anchor. Access level: Write. Resources: trust-anchor*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_PutNotificationSettings.html */
  PutNotificationSettings: "W|||3;1;|||;",
  /** Grants permission to reset custom notification settings to IAM Roles Anywhere defined default state. Access level: Write. Resources: trust-anchor*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ResetNotificationSettings.html */
  ResetNotificationSettings: "W|||3;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: crl, profile, subject, trust-anchor. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,2||CreateProfile,CreateTrustAnchor,ImportCrl,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: crl, profile, subject, trust-anchor. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|2||;",
  /** Grants permission to update a certificate revocation list (crl). Access level: Write. Resources: crl*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_UpdateCrl.html */
  UpdateCrl: "W|||0;1;|||;",
  /** Grants permission to update a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_UpdateProfile.html */
  UpdateProfile: "W|||1;1;||0|;",
  /** Grants permission to update a trust anchor. Access level: Write. Resources: trust-anchor*. https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_UpdateTrustAnchor.html */
  UpdateTrustAnchor: "W|||3;1;|||;",
} as const;
const actionDetails = {
  CreateProfile: "|,;~~~|Grants permission to create a profile",
  CreateTrustAnchor: "|,;~~~|Grants permission to create a trust anchor",
  DeleteAttributeMapping: "|,;~~~|Grants permission to delete a mapping rule from a profile",
  DeleteCrl: "|,;~~~|Grants permission to delete a certificate revocation list (crl)",
  DeleteProfile: "|,;~~~|Grants permission to delete a profile",
  DeleteTrustAnchor: "|,;~~~|Grants permission to delete a trust anchor",
  DisableCrl: "|,;~~~|Grants permission to disable a certificate revocation list (crl)",
  DisableProfile: "|,;~~~|Grants permission to disable a profile",
  DisableTrustAnchor: "|,;~~~|Grants permission to disable a trust anchor",
  EnableCrl: "|,;~~~|Grants permission to enable a certificate revocation list (crl)",
  EnableProfile: "|,;~~~|Grants permission to enable a profile",
  EnableTrustAnchor: "|,;~~~|Grants permission to enable a trust anchor",
  GetCrl: "|,;~~~|Grants permission to get a certificate revocation list (crl)",
  GetProfile: "|,;~~~|Grants permission to get a profile",
  GetSubject: "|,;~~~|Grants permission to get a subject",
  GetTrustAnchor: "|,;~~~|Grants permission to get a trust anchor",
  ImportCrl: "|,;~~~|Grants permission to import a certificate revocation list (crl)",
  ListCrls: "|,;~~~|Grants permission to list certificate revocation lists (crls)",
  ListProfiles: "|,;~~~|Grants permission to list profiles",
  ListSubjects: "|,;~~~|Grants permission to list subjects",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListTrustAnchors: "|,;~~~|Grants permission to list trust anchors",
  PutAttributeMapping: "|,;~~~|Grants permission to put a mapping rule into a profile",
  PutNotificationSettings: "|,;~~~|Grants permission to attach notification settings to a trust anchor",
  ResetNotificationSettings:
    "|,;~~~|Grants permission to reset custom notification settings to IAM Roles Anywhere defined default state",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateCrl: "|,;~~~|Grants permission to update a certificate revocation list (crl)",
  UpdateProfile: "|,;~~~|Grants permission to update a profile",
  UpdateTrustAnchor: "|,;~~~|Grants permission to update a trust anchor",
};
const resourceTypeFacts = {
  /** The crl resource type: arn:${Partition}:rolesanywhere:${Region}:${Account}:crl/${CrlId} */
  crl: "|,|1",
  /** The profile resource type: arn:${Partition}:rolesanywhere:${Region}:${Account}:profile/${ProfileId} */
  profile: "|,|1",
  /** The subject resource type: arn:${Partition}:rolesanywhere:${Region}:${Account}:subject/${SubjectId} */
  subject: "|,|1",
  /** The trust-anchor resource type: arn:${Partition}:rolesanywhere:${Region}:${Account}:trust-anchor/${TrustAnchorId} */
  "trust-anchor": "|,trustAnchor|1",
} as const;
const arnFormats = {
  /** ARN of a crl resource: arn:${Partition}:rolesanywhere:${Region}:${Account}:crl/${CrlId}. */
  crl: "|,crl|arn:|Partition|:rolesanywhere:|Region|:|Account|:crl/|CrlId|",
  /** ARN of a profile resource: arn:${Partition}:rolesanywhere:${Region}:${Account}:profile/${ProfileId}. */
  profile: "|,profile|arn:|Partition|:rolesanywhere:|Region|:|Account|:profile/|ProfileId|",
  /** ARN of a subject resource: arn:${Partition}:rolesanywhere:${Region}:${Account}:subject/${SubjectId}. */
  subject: "|,subject|arn:|Partition|:rolesanywhere:|Region|:|Account|:subject/|SubjectId|",
  /** ARN of a trust-anchor resource: arn:${Partition}:rolesanywhere:${Region}:${Account}:trust-anchor/${TrustAnchorId}. */
  trustAnchor: "|,trust-anchor|arn:|Partition|:rolesanywhere:|Region|:|Account|:trust-anchor/|TrustAnchorId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["crl", "profile", "subject", "trust-anchor"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "rolesanywhere">;
/** Any rolesanywhere action. */
export type Action = ActionOf<typeof actionFacts, "rolesanywhere">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "rolesanywhere">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "rolesanywhere" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every rolesanywhere action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "rolesanywhere",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
