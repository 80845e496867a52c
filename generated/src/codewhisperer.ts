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
export const prefix: "codewhisperer" = "codewhisperer";
/** The service's name in the reference. */
export const serviceName: "Amazon CodeWhisperer" = "Amazon CodeWhisperer";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CodeWhisperer",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncodewhisperer.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to configure vended log delivery for CodeWhisperer customization resource. Access level: Permissions management. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/monitoring-overview.html */
  AllowVendedLogDeliveryForResource: "P||1|0;1;|1||",
  /** Grants permission to invoke AssociateCustomizationPermission on CodeWhisperer. Access level: Write. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  AssociateCustomizationPermission: "W||1|0;1;|1||",
  /** Grants permission to invoke CreateCustomization on CodeWhisperer. Access level: Write. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  CreateCustomization: "W||1|0;1;|0,2||",
  /** Grants permission to invoke CreateProfile on CodeWhisperer. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  CreateProfile: "W||1|1;1;|0,2||",
  /** Grants permission to invoke DeleteCustomization on CodeWhisperer. Access level: Write. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  DeleteCustomization: "W||1|0;1;|1||",
  /** Grants permission to invoke DeleteProfile on CodeWhisperer. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  DeleteProfile: "W||1|1;1;|1||",
  /** Grants permission to invoke DisassociateCustomizationPermission on CodeWhisperer. Access level: Write. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  DisassociateCustomizationPermission: "W||1|0;1;|1||",
  /** Grants permission to invoke GenerateRecommendations on CodeWhisperer. Access level: Read. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  GenerateRecommendations: "R||1||||",
  /** Grants permission to invoke GetCustomization on CodeWhisperer. Access level: Read. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  GetCustomization: "R||1|0;1;|1||",
  /** Grants permission to invoke ListCustomizationPermissions on CodeWhisperer. Access level: List. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  ListCustomizationPermissions: "L||1|0;1;|1||",
  /** Grants permission to invoke ListCustomizationVersions on CodeWhisperer. Access level: List. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  ListCustomizationVersions: "L||1|0;1;|1||",
  /** Grants permission to invoke ListCustomizations on CodeWhisperer. Access level: List. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  ListCustomizations: "L||1|0;1;|||",
  /** Grants permission to invoke ListProfiles on CodeWhisperer. Access level: List. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  ListProfiles: "L||1||||",
  /** Grants permission to invoke ListTagsForResource on CodeWhisperer. Access level: List. Resources: customization, profile. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  ListTagsForResource: "L||1|0;0;,1;0;|1||",
  /** Grants permission to invoke TagResource on CodeWhisperer. Access level: Tagging. Resources: customization, profile. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  TagResource: "T||1|0;0;,1;0;|0,1,2||",
  /** Grants permission to invoke UntagResource on CodeWhisperer. Access level: Tagging. Resources: customization, profile. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  UntagResource: "T||1|0;0;,1;0;|1,2||",
  /** Grants permission to invoke UpdateCustomization on CodeWhisperer. Access level: Write. Resources: customization*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  UpdateCustomization: "W||1|0;1;|1||",
  /** Grants permission to invoke UpdateProfile on CodeWhisperer. Access level: Write. Resources: profile*. Permission only. https://docs.aws.amazon.com/codewhisperer/latest/userguide/security_iam_service-with-iam.html */
  UpdateProfile: "W||1|1;1;|1||",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource:
    "|,;~|Grants permission to configure vended log delivery for CodeWhisperer customization resource",
  AssociateCustomizationPermission:
    "|,;~|Grants permission to invoke AssociateCustomizationPermission on CodeWhisperer",
  CreateCustomization: "|,;~|Grants permission to invoke CreateCustomization on CodeWhisperer",
  CreateProfile: "|,;~|Grants permission to invoke CreateProfile on CodeWhisperer",
  DeleteCustomization: "|,;~|Grants permission to invoke DeleteCustomization on CodeWhisperer",
  DeleteProfile: "|,;~|Grants permission to invoke DeleteProfile on CodeWhisperer",
  DisassociateCustomizationPermission:
    "|,;~|Grants permission to invoke DisassociateCustomizationPermission on CodeWhisperer",
  GenerateRecommendations: "|,;~|Grants permission to invoke GenerateRecommendations on CodeWhisperer",
  GetCustomization: "|,;~|Grants permission to invoke GetCustomization on CodeWhisperer",
  ListCustomizationPermissions: "|,;~|Grants permission to invoke ListCustomizationPermissions on CodeWhisperer",
  ListCustomizationVersions: "|,;~|Grants permission to invoke ListCustomizationVersions on CodeWhisperer",
  ListCustomizations: "|,;~|Grants permission to invoke ListCustomizations on CodeWhisperer",
  ListProfiles: "|,;~|Grants permission to invoke ListProfiles on CodeWhisperer",
  ListTagsForResource: "|,;~|Grants permission to invoke ListTagsForResource on CodeWhisperer",
  TagResource: "|,;~|Grants permission to invoke TagResource on CodeWhisperer",
  UntagResource: "|,;~|Grants permission to invoke UntagResource on CodeWhisperer",
  UpdateCustomization: "|,;~|Grants permission to invoke UpdateCustomization on CodeWhisperer",
  UpdateProfile: "|,;~|Grants permission to invoke UpdateProfile on CodeWhisperer",
};
const resourceTypeFacts = {
  /** The customization resource type: arn:${Partition}:codewhisperer:${Region}:${Account}:customization/${Identifier} */
  customization: "|,|1",
  /** The profile resource type: arn:${Partition}:codewhisperer:${Region}:${Account}:profile/${Identifier} */
  profile: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a customization resource: arn:${Partition}:codewhisperer:${Region}:${Account}:customization/${Identifier}. */
  customization: "|,customization|arn:|Partition|:codewhisperer:|Region|:|Account|:customization/|Identifier|",
  /** ARN of a profile resource: arn:${Partition}:codewhisperer:${Region}:${Account}:profile/${Identifier}. */
  profile: "|,profile|arn:|Partition|:codewhisperer:|Region|:|Account|:profile/|Identifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["customization", "profile"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codewhisperer">;
/** Any codewhisperer action. */
export type Action = ActionOf<typeof actionFacts, "codewhisperer">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codewhisperer">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codewhisperer action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with CodeWhisperer resource. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with CodeWhisperer resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codewhisperer",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
