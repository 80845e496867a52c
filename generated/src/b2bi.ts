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
export const prefix: "b2bi" = "b2bi";
/** The service's name in the reference. */
export const serviceName: "AWS B2B Data Interchange" = "AWS B2B Data Interchange";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS B2B Data Interchange",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsb2bdatainterchange.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["b2bi:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a capability. Access level: Write. Resources: transformer. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_CreateCapability.html */
  CreateCapability: "W|||3;0;|0,2|0|;",
  /** Grants permission to create a partnership. Access level: Write. Resources: capability*, profile*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_CreatePartnership.html */
  CreatePartnership: "W|||0;1;,2;1;|0,2|0|;",
  /** Grants permission to create a profile. Access level: Write. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_CreateProfile.html */
  CreateProfile: "W||||0,2|0|;",
  /** Grants permission to generate a starter JSONATA/XSLT template. Access level: Write. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_CreateStarterMappingTemplate.html */
  CreateStarterMappingTemplate: "W|||3;1;|||;",
  /** Grants permission to create a transformer. Access level: Write. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_CreateTransformer.html */
  CreateTransformer: "W||||0,2|0|;",
  /** Grants permission to delete a capability. Access level: Write. Resources: capability*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_DeleteCapability.html */
  DeleteCapability: "W|||0;1;|||;",
  /** Grants permission to delete an partnership. Access level: Write. Resources: partnership*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_DeletePartnership.html */
  DeletePartnership: "W|||1;1;|||;",
  /** Grants permission to delete a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_DeleteProfile.html */
  DeleteProfile: "W|||2;1;|||;",
  /** Grants permission to delete a transformer. Access level: Write. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_DeleteTransformer.html */
  DeleteTransformer: "W|||3;1;|||;",
  /** Grants permission to generate a starter JSONATA/XSLT mapping template from Amazon Bedrock. Access level: Write. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_GenerateMapping.html */
  GenerateMapping: "W|||3;1;|||;",
  /** Grants permission to get a capability. Access level: Read. Resources: capability*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_GetCapability.html */
  GetCapability: "R|||0;1;|||;",
  /** Grants permission to get a partnership. Access level: Read. Resources: partnership*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_GetPartnership.html */
  GetPartnership: "R|||1;1;|||;",
  /** Grants permission to get a profile. Access level: Read. Resources: profile*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_GetProfile.html */
  GetProfile: "R|||2;1;|||;",
  /** Grants permission to get a transformer. Access level: Read. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_GetTransformer.html */
  GetTransformer: "R|||3;1;|||;",
  /** Grants permission to get a transformer job. Access level: Read. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_GetTransformerJob.html */
  GetTransformerJob: "R|||3;1;|||;",
  /** Grants permission to list all capabilities. Access level: List. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_ListCapabilities.html */
  ListCapabilities: "L||||||;",
  /** Grants permission to list all partnerships. Access level: List. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_ListPartnerships.html */
  ListPartnerships: "L||||||;",
  /** Grants permission to list all profiles. Access level: List. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_ListProfiles.html */
  ListProfiles: "L||||||;",
  /** Grants permission to list tags for a B2Bi resource. Access level: Read. Resources: capability, partnership, profile, transformer. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;|||;",
  /** Grants permission to list all transformers. Access level: List. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_ListTransformers.html */
  ListTransformers: "L||||||;",
  /** Grants permission to transformer a document. Access level: Write. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_StartTransformerJob.html */
  StartTransformerJob: "W|||3;1;|||;",
  /** Grants permission to tag a B2Bi resource. Access level: Tagging. Resources: capability, partnership, profile, transformer. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,2||CreateCapability,CreatePartnership,CreateProfile,CreateTransformer,;",
  /** Grants permission to convert a JSON/XML to an edi document. Access level: Write. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_TestConversion.html */
  TestConversion: "W|||3;1;|||;",
  /** Grants permission to map a sample file. Access level: Write. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_TestMapping.html */
  TestMapping: "W|||3;1;|||;",
  /** Grants permission to parse an edi document. Access level: Write. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_TestParsing.html */
  TestParsing: "W|||3;1;|||;",
  /** Grants permission to untag a B2Bi resource. Access level: Tagging. Resources: capability, partnership, profile, transformer. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|2||;",
  /** Grants permission to update a capability. Access level: Write. Resources: capability*, transformer. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_UpdateCapability.html */
  UpdateCapability: "W|||0;1;,3;0;|||;",
  /** Grants permission to update a partnership. Access level: Write. Resources: capability, partnership*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_UpdatePartnership.html */
  UpdatePartnership: "W|||0;0;,1;1;|||;",
  /** Grants permission to update a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_UpdateProfile.html */
  UpdateProfile: "W|||2;1;|||;",
  /** Grants permission to update a transformer. Access level: Write. Resources: transformer*. https://docs.aws.amazon.com/b2bi/latest/APIReference/API_UpdateTransformer.html */
  UpdateTransformer: "W|||3;1;|||;",
} as const;
const actionDetails = {
  CreateCapability: "|,;~~~|Grants permission to create a capability",
  CreatePartnership: "|,;~~~|Grants permission to create a partnership",
  CreateProfile: "|,;~~~|Grants permission to create a profile",
  CreateStarterMappingTemplate: "|,;~~~|Grants permission to generate a starter JSONATA/XSLT template",
  CreateTransformer: "|,;~~~|Grants permission to create a transformer",
  DeleteCapability: "|,;~~~|Grants permission to delete a capability",
  DeletePartnership: "|,;~~~|Grants permission to delete an partnership",
  DeleteProfile: "|,;~~~|Grants permission to delete a profile",
  DeleteTransformer: "|,;~~~|Grants permission to delete a transformer",
  GenerateMapping: "|,;~~~|Grants permission to generate a starter JSONATA/XSLT mapping template from Amazon Bedrock",
  GetCapability: "|,;~~~|Grants permission to get a capability",
  GetPartnership: "|,;~~~|Grants permission to get a partnership",
  GetProfile: "|,;~~~|Grants permission to get a profile",
  GetTransformer: "|,;~~~|Grants permission to get a transformer",
  GetTransformerJob: "|,;~~~|Grants permission to get a transformer job",
  ListCapabilities: "|,;~~~|Grants permission to list all capabilities",
  ListPartnerships: "|,;~~~|Grants permission to list all partnerships",
  ListProfiles: "|,;~~~|Grants permission to list all profiles",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a B2Bi resource",
  ListTransformers: "|,;~~~|Grants permission to list all transformers",
  StartTransformerJob: "|,;~~~|Grants permission to transformer a document",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag a B2Bi resource",
  TestConversion: "|,;~~~|Grants permission to convert a JSON/XML to an edi document",
  TestMapping: "|,;~~~|Grants permission to map a sample file",
  TestParsing: "|,;~~~|Grants permission to parse an edi document",
  UntagResource: "|,;~~~|Grants permission to untag a B2Bi resource",
  UpdateCapability: "|,;~~~|Grants permission to update a capability",
  UpdatePartnership: "|,;~~~|Grants permission to update a partnership",
  UpdateProfile: "|,;~~~|Grants permission to update a profile",
  UpdateTransformer: "|,;~~~|Grants permission to update a transformer",
};
const resourceTypeFacts = {
  /** The capability resource type: arn:${Partition}:b2bi:${Region}:${Account}:capability/${ResourceId} */
  capability: "|,|1",
  /** The partnership resource type: arn:${Partition}:b2bi:${Region}:${Account}:partnership/${ResourceId} */
  partnership: "|,|1",
  /** The profile resource type: arn:${Partition}:b2bi:${Region}:${Account}:profile/${ResourceId} */
  profile: "|,|1",
  /** The transformer resource type: arn:${Partition}:b2bi:${Region}:${Account}:transformer/${ResourceId} */
  transformer: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a capability resource: arn:${Partition}:b2bi:${Region}:${Account}:capability/${ResourceId}. */
  capability: "|,capability|arn:|Partition|:b2bi:|Region|:|Account|:capability/|ResourceId|",
  /** ARN of a partnership resource: arn:${Partition}:b2bi:${Region}:${Account}:partnership/${ResourceId}. */
  partnership: "|,partnership|arn:|Partition|:b2bi:|Region|:|Account|:partnership/|ResourceId|",
  /** ARN of a profile resource: arn:${Partition}:b2bi:${Region}:${Account}:profile/${ResourceId}. */
  profile: "|,profile|arn:|Partition|:b2bi:|Region|:|Account|:profile/|ResourceId|",
  /** ARN of a transformer resource: arn:${Partition}:b2bi:${Region}:${Account}:transformer/${ResourceId}. */
  transformer: "|,transformer|arn:|Partition|:b2bi:|Region|:|Account|:transformer/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["capability", "partnership", "profile", "transformer"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "b2bi">;
/** Any b2bi action. */
export type Action = ActionOf<typeof actionFacts, "b2bi">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "b2bi">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "b2bi" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every b2bi action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "b2bi",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
