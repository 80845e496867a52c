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
export const prefix: "signer" = "signer";
/** The service's name in the reference. */
export const serviceName: "AWS Signer" = "AWS Signer";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Signer", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssigner.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "signer:ProfileVersion",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add cross-account permissions to a Signing Profile. Access level: Permissions management. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_AddProfilePermission.html */
  AddProfilePermission: "P|||1;1;|||;",
  /** Grants permission to change the state of a Signing Profile to CANCELED. Access level: Write. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_CancelSigningProfile.html */
  CancelSigningProfile: "W|||1;1;|3||;",
  /** Grants permission to return information about a specific Signing Job. Access level: Read. Resources: signing-job*. https://docs.aws.amazon.com/signer/latest/api/API_DescribeSigningJob.html */
  DescribeSigningJob: "R|||0;1;|||;",
  /** Grants permission to query revocation info of signing resources. Access level: Read. Resources: signing-job*, signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_GetRevocationStatus.html */
  GetRevocationStatus: "R|||0;1;,1;1;|||;",
  /** Grants permission to return information about a specific Signing Platform. Access level: Read. https://docs.aws.amazon.com/signer/latest/api/API_GetSigningPlatform.html */
  GetSigningPlatform: "R||||||;",
  /** Grants permission to return information about a specific Signing Profile. Access level: Read. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_GetSigningProfile.html */
  GetSigningProfile: "R|||1;1;|3||;",
  /** Grants permission to list the cross-account permissions associated with a Signing Profile. Access level: Read. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_ListProfilePermissions.html */
  ListProfilePermissions: "R|||1;1;|||;",
  /** Grants permission to list all Signing Jobs in your account. Access level: List. https://docs.aws.amazon.com/signer/latest/api/API_ListSigningJobs.html */
  ListSigningJobs: "L||||||;",
  /** Grants permission to list all available Signing Platforms. Access level: List. https://docs.aws.amazon.com/signer/latest/api/API_ListSigningPlatforms.html */
  ListSigningPlatforms: "L||||||;",
  /** Grants permission to list all Signing Profiles in your account. Access level: List. https://docs.aws.amazon.com/signer/latest/api/API_ListSigningProfiles.html */
  ListSigningProfiles: "L||||||;",
  /** Grants permission to list the tags associated with a Signing Profile. Access level: Read. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;1;|||;",
  /** Grants permission to create a new Signing Profile. Access level: Write. https://docs.aws.amazon.com/signer/latest/api/API_PutSigningProfile.html */
  PutSigningProfile: "W||||0,2|signer:TagResource|;",
  /** Grants permission to remove cross-account permissions from a Signing Profile. Access level: Permissions management. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_RemoveProfilePermission.html */
  RemoveProfilePermission: "P|||1;1;|||;",
  /** Grants permission to change the state of a Signing Job to REVOKED. Access level: Write. Resources: signing-job*. https://docs.aws.amazon.com/signer/latest/api/API_RevokeSignature.html */
  RevokeSignature: "W|||0;1;|3||;",
  /** Grants permission to change the state of a Signing Profile to REVOKED. Access level: Write. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_RevokeSigningProfile.html */
  RevokeSigningProfile: "W|||1;1;|3||;",
  /** Grants permission to initiate a Signing Job on the provided payload. Access level: Write. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_SignPayload.html */
  SignPayload: "W|||1;1;|3||;",
  /** Grants permission to initiate a Signing Job on the provided code. Access level: Write. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_StartSigningJob.html */
  StartSigningJob: "W|||1;1;|3||;",
  /** Grants permission to add one or more tags to a Signing Profile. Access level: Tagging. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_TagResource.html */
  TagResource: "T|||1;1;|0,2||PutSigningProfile,;",
  /** Grants permission to remove one or more tags from a Signing Profile. Access level: Tagging. Resources: signing-profile*. https://docs.aws.amazon.com/signer/latest/api/API_UntagResource.html */
  UntagResource: "T|||1;1;|0,2||;",
} as const;
const actionDetails = {
  AddProfilePermission: "|,;~~~|Grants permission to add cross-account permissions to a Signing Profile",
  CancelSigningProfile: "|,;~~~|Grants permission to change the state of a Signing Profile to CANCELED",
  DescribeSigningJob: "|,;~~~|Grants permission to return information about a specific Signing Job",
  GetRevocationStatus: "|,;~~~;~signer-data~|Grants permission to query revocation info of signing resources",
  GetSigningPlatform: "|,;~~~|Grants permission to return information about a specific Signing Platform",
  GetSigningProfile: "|,;~~~|Grants permission to return information about a specific Signing Profile",
  ListProfilePermissions:
    "|,;~~~|Grants permission to list the cross-account permissions associated with a Signing Profile",
  ListSigningJobs: "|,;~~~|Grants permission to list all Signing Jobs in your account",
  ListSigningPlatforms: "|,;~~~|Grants permission to list all available Signing Platforms",
  ListSigningProfiles: "|,;~~~|Grants permission to list all Signing Profiles in your account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags associated with a Signing Profile",
  PutSigningProfile: "|,;~~~|Grants permission to create a new Signing Profile",
  RemoveProfilePermission: "|,;~~~|Grants permission to remove cross-account permissions from a Signing Profile",
  RevokeSignature: "|,;~~~|Grants permission to change the state of a Signing Job to REVOKED",
  RevokeSigningProfile: "|,;~~~|Grants permission to change the state of a Signing Profile to REVOKED",
  SignPayload: "|,;~~~|Grants permission to initiate a Signing Job on the provided payload",
  StartSigningJob: "|,;~~~|Grants permission to initiate a Signing Job on the provided code",
  TagResource: "|,;~~~,~~|Grants permission to add one or more tags to a Signing Profile",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from a Signing Profile",
};
const resourceTypeFacts = {
  /** The signing-job resource type: arn:${Partition}:signer:${Region}:${Account}:/signing-jobs/${JobId} */
  "signing-job": "|,signingJob|",
  /** The signing-profile resource type: arn:${Partition}:signer:${Region}:${Account}:/signing-profiles/${ProfileName} */
  "signing-profile": "|,signingProfile|1",
} as const;
const arnFormats = {
  /** ARN of a signing-job resource: arn:${Partition}:signer:${Region}:${Account}:/signing-jobs/${JobId}. */
  signingJob: "|,signing-job|arn:|Partition|:signer:|Region|:|Account|:/signing-jobs/|JobId|",
  /** ARN of a signing-profile resource: arn:${Partition}:signer:${Region}:${Account}:/signing-profiles/${ProfileName}. */
  signingProfile: "|,signing-profile|arn:|Partition|:signer:|Region|:|Account|:/signing-profiles/|ProfileName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["signing-job", "signing-profile"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "signer">;
/** Any signer action. */
export type Action = ActionOf<typeof actionFacts, "signer">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "signer">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "signer" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every signer action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag-value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by presence of mandatory tags in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by version of the Signing Profile. */
  "signer:ProfileVersion": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag-value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by presence of mandatory tags in the request",
  "signer:ProfileVersion": "|,String|0||Filters access by version of the Signing Profile",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "signer",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
