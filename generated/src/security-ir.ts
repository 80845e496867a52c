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
export const prefix: "security-ir" = "security-ir";
/** The service's name in the reference. */
export const serviceName: "AWS Security Incident Response" = "AWS Security Incident Response";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Security Incident Response",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecurityincidentresponse.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:CreateServiceLinkedRole", "security-ir:TagResource"] as const;
const actionFacts = {
  /** Grants permission to get member account details in batch. Access level: Read. Resources: membership*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_BatchGetMemberAccountDetails.html */
  BatchGetMemberAccountDetails: "R|||1;1;|||;",
  /** Grants permission to cancel a membership. Access level: Write. Resources: membership*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_CancelMembership.html */
  CancelMembership: "W|||1;1;|||;",
  /** Grants permission to close a case. Access level: Write. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_CloseCase.html */
  CloseCase: "W|||0;1;|||;",
  /** Grants permission to create a case. Access level: Write. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_CreateCase.html */
  CreateCase: "W|||0;1;|0,2|1|;",
  /** Grants permission to create a case comment. Access level: Write. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_CreateCaseComment.html */
  CreateCaseComment: "W|||0;1;|||;",
  /** Grants permission to create a membership. Access level: Write. Resources: membership*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_CreateMembership.html */
  CreateMembership:
    "W|||1;1;|0,2|0,organizations:DescribeOrganization,organizations:ListAWSServiceAccessForOrganization,organizations:ListDelegatedAdministrators,1|;",
  /** Grants permission to get a case. Access level: Read. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_GetCase.html */
  GetCase: "R|||0;1;|||;",
  /** Grants permission to get a case attachment download URL. Access level: Read. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_GetCaseAttachmentDownloadUrl.html */
  GetCaseAttachmentDownloadUrl: "R|||0;1;|||;",
  /** Grants permission to get a case attachment upload URL. Access level: Write. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_GetCaseAttachmentUploadUrl.html */
  GetCaseAttachmentUploadUrl: "W|||0;1;|||;",
  /** Grants permission to get a membership. Access level: Read. Resources: membership*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_GetMembership.html */
  GetMembership: "R|||1;1;|||;",
  /** Grants permission to list case edits. Access level: Read. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_ListCaseEdits.html */
  ListCaseEdits: "R|||0;1;|||;",
  /** Grants permission to list cases. Access level: List. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_ListCases.html */
  ListCases: "L||||||;",
  /** Grants permission to list case comments. Access level: Read. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_ListComments.html */
  ListComments: "R|||0;1;|||;",
  /** Grants permission to list investigations for a case. Access level: Read. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_ListInvestigations.html */
  ListInvestigations: "R|||0;1;|||;",
  /** Grants permission to list memberships. Access level: List. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_ListMemberships.html */
  ListMemberships: "L||||||;",
  /** Grants permission to list the tags attached to the specified resource. Access level: Read. Resources: case, membership. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|1,2||;",
  /** Grants permission to send feedback for investigation results. Access level: Write. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_SendFeedback.html */
  SendFeedback: "W|||0;1;|||;",
  /** Grants permission to add tags to the specified resource. Access level: Tagging. Resources: case, membership. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,1,2||CreateCase,CreateMembership,;",
  /** Grants permission to remove tags from the specified resource. Access level: Tagging. Resources: case, membership. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|1,2||;",
  /** Grants permission to update a case. Access level: Write. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_UpdateCase.html */
  UpdateCase: "W|||0;1;|||;",
  /** Grants permission to update a case comment. Access level: Write. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_UpdateCaseComment.html */
  UpdateCaseComment: "W|||0;1;|||;",
  /** Grants permission to update a case status. Access level: Write. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_UpdateCaseStatus.html */
  UpdateCaseStatus: "W|||0;1;|||;",
  /** Grants permission to update memberships. Access level: Write. Resources: membership*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_UpdateMembership.html */
  UpdateMembership: "W|||1;1;||0,organizations:DescribeOrganizationalUnit|;",
  /** Grants permission to update case resolver type. Access level: Write. Resources: case*. https://docs.aws.amazon.com/security-ir/latest/APIReference/API_UpdateResolverType.html */
  UpdateResolverType: "W|||0;1;|||;",
} as const;
const actionDetails = {
  BatchGetMemberAccountDetails: "|,;~~~|Grants permission to get member account details in batch",
  CancelMembership: "|,;~~~|Grants permission to cancel a membership",
  CloseCase: "|,;~~~|Grants permission to close a case",
  CreateCase: "|,;~~~|Grants permission to create a case",
  CreateCaseComment: "|,;~~~|Grants permission to create a case comment",
  CreateMembership: "|,;~~~|Grants permission to create a membership",
  GetCase: "|,;~~~|Grants permission to get a case",
  GetCaseAttachmentDownloadUrl: "|,;~~~|Grants permission to get a case attachment download URL",
  GetCaseAttachmentUploadUrl: "|,;~~~|Grants permission to get a case attachment upload URL",
  GetMembership: "|,;~~~|Grants permission to get a membership",
  ListCaseEdits: "|,;~~~|Grants permission to list case edits",
  ListCases: "|,;~~~|Grants permission to list cases",
  ListComments: "|,;~~~|Grants permission to list case comments",
  ListInvestigations: "|,;~~~|Grants permission to list investigations for a case",
  ListMemberships: "|,;~~~|Grants permission to list memberships",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags attached to the specified resource",
  SendFeedback: "|,;~~~|Grants permission to send feedback for investigation results",
  TagResource: "|,;~~~,~~,~~|Grants permission to add tags to the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from the specified resource",
  UpdateCase: "|,;~~~|Grants permission to update a case",
  UpdateCaseComment: "|,;~~~|Grants permission to update a case comment",
  UpdateCaseStatus: "|,;~~~|Grants permission to update a case status",
  UpdateMembership: "|,;~~~|Grants permission to update memberships",
  UpdateResolverType: "|,;~~~|Grants permission to update case resolver type",
};
const resourceTypeFacts = {
  /** The case resource type: arn:${Partition}:security-ir:${Region}:${Account}:case/${CaseId} */
  case: "|,case_|1",
  /** The membership resource type: arn:${Partition}:security-ir:${Region}:${Account}:membership/${MembershipId} */
  membership: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a case resource: arn:${Partition}:security-ir:${Region}:${Account}:case/${CaseId}. */
  case_: "|,case|arn:|Partition|:security-ir:|Region|:|Account|:case/|CaseId|",
  /** ARN of a membership resource: arn:${Partition}:security-ir:${Region}:${Account}:membership/${MembershipId}. */
  membership: "|,membership|arn:|Partition|:security-ir:|Region|:|Account|:membership/|MembershipId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["case", "membership"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "security-ir">;
/** Any security-ir action. */
export type Action = ActionOf<typeof actionFacts, "security-ir">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "security-ir">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "security-ir" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every security-ir action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "security-ir",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
