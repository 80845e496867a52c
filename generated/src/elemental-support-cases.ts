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
export const prefix: "elemental-support-cases" = "elemental-support-cases";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental Support Cases" = "AWS Elemental Support Cases";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental Support Cases",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalsupportcases.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to add a comment to a support case. Access level: Write. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  AddCaseComment: "W||1|0;1;|||",
  /** Grants permission to verify whether the caller has the permissions to perform support case operations. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  CheckCasePermission: "W||1||||",
  /** Grants permission to complete a multipart file upload to a support case. Access level: Write. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  CompleteMultipartUpload: "W||1|0;1;|||",
  /** Grants permission to create a support case. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  CreateCase: "W||1||0,2||",
  /** Grants permission to create a cli command to allow a file upload to a support case. Access level: Write. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  CreateS3CLIUploadCommand: "W||1|0;1;|||",
  /** Grants permission to download a file from a support case. Access level: Write. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  CreateS3DownloadUrl: "W||1|0;1;|||",
  /** Grants permission to describe a support case in your account. Access level: Read. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetCase: "R||1|0;1;|||",
  /** Grants permission to verify whether the caller has the permissions to perform support case operations. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetCasePermission: "R||1||||",
  /** Grants permission to list the support cases in your account. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetCases: "R||1||||",
  /** Grants permission to retrieve cached case user data for use in the Console. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  GetUICache: "R||1||||",
  /** Grants permission to list tags on a support case. Access level: Read. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  ListTagsForCase: "R||1|0;1;|||",
  /** Grants permission to start a multipart file upload to a support case. Access level: Write. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  StartMultipartUpload: "W||1|0;1;|||",
  /** Grants permission to add a tag on a support case. Access level: Tagging. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  TagCase: "T||1|0;1;|0,2||",
  /** Grants permission to remove a tag on a support case. Access level: Tagging. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  UntagCase: "T||1|0;1;|2||",
  /** Grants permission to update a support case. Access level: Write. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  UpdateCase: "W||1|0;1;|||",
  /** Grants permission to update a support case status. Access level: Write. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  UpdateCaseStatus: "W||1|0;1;|||",
  /** Grants permission to update a multipart file upload to a support case. Access level: Write. Resources: case*. Permission only. https://docs.aws.amazon.com/elemental-appliances-software */
  UpdateMultipartUpload: "W||1|0;1;|||",
} as const;
const actionDetails = {
  AddCaseComment: "|,;~|Grants permission to add a comment to a support case",
  CheckCasePermission:
    "|,;~|Grants permission to verify whether the caller has the permissions to perform support case operations",
  CompleteMultipartUpload: "|,;~|Grants permission to complete a multipart file upload to a support case",
  CreateCase: "|,;~|Grants permission to create a support case",
  CreateS3CLIUploadCommand: "|,;~|Grants permission to create a cli command to allow a file upload to a support case",
  CreateS3DownloadUrl: "|,;~|Grants permission to download a file from a support case",
  GetCase: "|,;~|Grants permission to describe a support case in your account",
  GetCasePermission:
    "|,;~|Grants permission to verify whether the caller has the permissions to perform support case operations",
  GetCases: "|,;~|Grants permission to list the support cases in your account",
  GetUICache: "|,;~|Grants permission to retrieve cached case user data for use in the Console",
  ListTagsForCase: "|,;~|Grants permission to list tags on a support case",
  StartMultipartUpload: "|,;~|Grants permission to start a multipart file upload to a support case",
  TagCase: "|,;~|Grants permission to add a tag on a support case",
  UntagCase: "|,;~|Grants permission to remove a tag on a support case",
  UpdateCase: "|,;~|Grants permission to update a support case",
  UpdateCaseStatus: "|,;~|Grants permission to update a support case status",
  UpdateMultipartUpload: "|,;~|Grants permission to update a multipart file upload to a support case",
};
const resourceTypeFacts = {
  /** The case resource type: arn:${Partition}:elemental-support-cases::${Account}:case/${ResourceId} */
  case: "|,case_|1",
} as const;
const arnFormats = {
  /** ARN of a case resource: arn:${Partition}:elemental-support-cases::${Account}:case/${ResourceId}. */
  case_: "|,case|arn:|Partition|:elemental-support-cases::|Account|:case/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["case"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elemental-support-cases">;
/** Any elemental-support-cases action. */
export type Action = ActionOf<typeof actionFacts, "elemental-support-cases">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elemental-support-cases">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elemental-support-cases action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "elemental-support-cases",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
