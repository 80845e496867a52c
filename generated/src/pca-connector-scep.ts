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
export const prefix: "pca-connector-scep" = "pca-connector-scep";
/** The service's name in the reference. */
export const serviceName: "AWS Private CA Connector for SCEP" = "AWS Private CA Connector for SCEP";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Private CA Connector for SCEP",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsprivatecaconnectorforscep.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["pca-connector-scep:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a Challenge for a Connector. Access level: Write. Resources: Connector*. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_CreateChallenge.html */
  CreateChallenge: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a SCEP Connector in your account. Access level: Write. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_CreateConnector.html */
  CreateConnector:
    "W||||0,2|acm-pca:DescribeCertificateAuthority,acm-pca:GetCertificate,acm-pca:GetCertificateAuthorityCertificate,acm-pca:IssueCertificate,0|;",
  /** Grants permission to delete a Challenge for a Connector. Access level: Write. Resources: Challenge*. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_DeleteChallenge.html */
  DeleteChallenge: "W|||0;1;|||;",
  /** Grants permission to delete a SCEP Connector in your account. Access level: Write. Resources: Connector*. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_DeleteConnector.html */
  DeleteConnector: "W|||1;1;|||;",
  /** Grants permission to get a Challenge for a Connector. Access level: Read. Resources: Challenge*. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_GetChallengeMetadata.html */
  GetChallengeMetadata: "R|||0;1;|||;",
  /** Grants permission to get a Challenge password for a Connector. Access level: Read. Resources: Challenge*. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_GetChallengePassword.html */
  GetChallengePassword: "R|||0;1;|||;",
  /** Grants permission to get a SCEP Connector in your account. Access level: Read. Resources: Connector*. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_GetConnector.html */
  GetConnector: "R|||1;1;|||;",
  /** Grants permission to list Challenges for a Connector. Access level: List. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_ListChallengeMetadata.html */
  ListChallengeMetadata: "L||||||;",
  /** Grants permission to list the SCEP Connectors in your account. Access level: List. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_ListConnectors.html */
  ListConnectors: "L||||||;",
  /** Grants permission to list the tags for a pca-connector-scep resource in your account. Access level: Read. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to tag a pca-connector-scep resource in your account. Access level: Tagging. Resources: Challenge, Connector. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateChallenge,CreateConnector,;",
  /** Grants permission to untag a pca-connector-scep resource in your account. Access level: Tagging. Resources: Challenge, Connector. https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
} as const;
const actionDetails = {
  CreateChallenge: "|,;~~~|Grants permission to create a Challenge for a Connector",
  CreateConnector: "|,;~~~|Grants permission to create a SCEP Connector in your account",
  DeleteChallenge: "|,;~~~|Grants permission to delete a Challenge for a Connector",
  DeleteConnector: "|,;~~~|Grants permission to delete a SCEP Connector in your account",
  GetChallengeMetadata: "|,;~~~|Grants permission to get a Challenge for a Connector",
  GetChallengePassword: "|,;~~~|Grants permission to get a Challenge password for a Connector",
  GetConnector: "|,;~~~|Grants permission to get a SCEP Connector in your account",
  ListChallengeMetadata: "|,;~~~|Grants permission to list Challenges for a Connector",
  ListConnectors: "|,;~~~|Grants permission to list the SCEP Connectors in your account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a pca-connector-scep resource in your account",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag a pca-connector-scep resource in your account",
  UntagResource: "|,;~~~|Grants permission to untag a pca-connector-scep resource in your account",
};
const resourceTypeFacts = {
  /** The Challenge resource type: arn:${Partition}:pca-connector-scep:${Region}:${Account}:connector/${ConnectorId}/challenge/${ChallengeId} */
  Challenge: "|,challenge|1",
  /** The Connector resource type: arn:${Partition}:pca-connector-scep:${Region}:${Account}:connector/${ConnectorId} */
  Connector: "|,connector|1",
} as const;
const arnFormats = {
  /** ARN of a Challenge resource: arn:${Partition}:pca-connector-scep:${Region}:${Account}:connector/${ConnectorId}/challenge/${ChallengeId}. */
  challenge:
    "|,Challenge|arn:|Partition|:pca-connector-scep:|Region|:|Account|:connector/|ConnectorId|/challenge/|ChallengeId|",
  /** ARN of a Connector resource: arn:${Partition}:pca-connector-scep:${Region}:${Account}:connector/${ConnectorId}. */
  connector: "|,Connector|arn:|Partition|:pca-connector-scep:|Region|:|Account|:connector/|ConnectorId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Challenge", "Connector"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "pca-connector-scep">;
/** Any pca-connector-scep action. */
export type Action = ActionOf<typeof actionFacts, "pca-connector-scep">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "pca-connector-scep">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "pca-connector-scep" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every pca-connector-scep action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "pca-connector-scep",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
