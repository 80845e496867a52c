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
export const prefix: "codeguru-reviewer" = "codeguru-reviewer";
/** The service's name in the reference. */
export const serviceName: "Amazon CodeGuru Reviewer" = "Amazon CodeGuru Reviewer";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CodeGuru Reviewer",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncodegurureviewer.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to associates a repository with Amazon CodeGuru Reviewer. Access level: Write. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_AssociateRepository.html */
  AssociateRepository:
    "W||||0,2|codecommit:GetRepository,codecommit:ListRepositories,codecommit:TagResource,codeguru-reviewer:TagResource,codestar-connections:PassConnection,events:PutRule,events:PutTargets,iam:CreateServiceLinkedRole,s3:CreateBucket,s3:ListBucket,s3:PutBucketPolicy,s3:PutLifecycleConfiguration|;",
  /** Grants permission to create a code review. Access level: Write. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_CreateCodeReview.html */
  CreateCodeReview: "W|||0;1;|1|s3:GetObject|;",
  /** Grants permission to perform webbased oauth handshake for 3rd party providers. Access level: Read. Permission only. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/Welcome.html */
  CreateConnectionToken: "R||1||||",
  /** Grants permission to describe a code review. Access level: Read. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_DescribeCodeReview.html */
  DescribeCodeReview: "R|||0;1;|1||;",
  /** Grants permission to describe a recommendation feedback on a code review. Access level: Read. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_DescribeRecommendationFeedback.html */
  DescribeRecommendationFeedback: "R|||0;1;|1||;",
  /** Grants permission to describe a repository association. Access level: Read. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_DescribeRepositoryAssociation.html */
  DescribeRepositoryAssociation: "R|||0;1;|1||;",
  /** Grants permission to disassociate a repository with Amazon CodeGuru Reviewer. Access level: Write. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_DisassociateRepository.html */
  DisassociateRepository: "W|||0;1;|1|codecommit:UntagResource,events:DeleteRule,events:RemoveTargets|;",
  /** Grants permission to view pull request metrics in console. Access level: Read. Permission only. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/Welcome.html */
  GetMetricsData: "R||1||||",
  /** Grants permission to list summary of code reviews. Access level: List. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_ListCodeReviews.html */
  ListCodeReviews: "L||||||;",
  /** Grants permission to list summary of recommendation feedback on a code review. Access level: List. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_ListRecommendationFeedback.html */
  ListRecommendationFeedback: "L|||0;1;|1||;",
  /** Grants permission to list summary of recommendations on a code review. Access level: List. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_ListRecommendations.html */
  ListRecommendations: "L|||0;1;|1||;",
  /** Grants permission to list summary of repository associations. Access level: List. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_ListRepositoryAssociations.html */
  ListRepositoryAssociations: "L||||||;",
  /** Grants permission to list the resource attached to a associated repository ARN. Access level: List. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;|1||;",
  /** Grants permission to list 3rd party providers repositories in console. Access level: Read. Permission only. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/Welcome.html */
  ListThirdPartyRepositories: "R||1||||",
  /** Grants permission to put feedback for a recommendation on a code review. Access level: Write. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_PutRecommendationFeedback.html */
  PutRecommendationFeedback: "W|||0;1;|1||;",
  /** Grants permission to attach resource tags to an associated repository ARN. Access level: Tagging. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||AssociateRepository,;",
  /** Grants permission to disassociate resource tags from an associated repository ARN. Access level: Tagging. Resources: association*. https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_UntagResource.html */
  UnTagResource: "T|||0;1;|2||UntagResource",
} as const;
const actionDetails = {
  AssociateRepository: "|,;~~~|Grants permission to associates a repository with Amazon CodeGuru Reviewer",
  CreateCodeReview: "|,;~~~|Grants permission to create a code review",
  CreateConnectionToken: "|,;~|Grants permission to perform webbased oauth handshake for 3rd party providers",
  DescribeCodeReview: "|,;~~~|Grants permission to describe a code review",
  DescribeRecommendationFeedback: "|,;~~~|Grants permission to describe a recommendation feedback on a code review",
  DescribeRepositoryAssociation: "|,;~~~|Grants permission to describe a repository association",
  DisassociateRepository: "|,;~~~|Grants permission to disassociate a repository with Amazon CodeGuru Reviewer",
  GetMetricsData: "|,;~|Grants permission to view pull request metrics in console",
  ListCodeReviews: "|,;~~~|Grants permission to list summary of code reviews",
  ListRecommendationFeedback: "|,;~~~|Grants permission to list summary of recommendation feedback on a code review",
  ListRecommendations: "|,;~~~|Grants permission to list summary of recommendations on a code review",
  ListRepositoryAssociations: "|,;~~~|Grants permission to list summary of repository associations",
  ListTagsForResource: "|,;~~~|Grants permission to list the resource attached to a associated repository ARN",
  ListThirdPartyRepositories: "|,;~|Grants permission to list 3rd party providers repositories in console",
  PutRecommendationFeedback: "|,;~~~|Grants permission to put feedback for a recommendation on a code review",
  TagResource: "|,;~~~,~~|Grants permission to attach resource tags to an associated repository ARN",
  UnTagResource: "|,;~~~|Grants permission to disassociate resource tags from an associated repository ARN",
};
const resourceTypeFacts = {
  /** The association resource type: arn:${Partition}:codeguru-reviewer:${Region}:${Account}:association:${ResourceId} */
  association: "|,|1",
  /** The codereview resource type: arn:${Partition}:codeguru-reviewer:${Region}:${Account}:association:${ResourceId}:codereview:${CodeReviewId} */
  codereview: "|,|",
} as const;
const arnFormats = {
  /** ARN of a association resource: arn:${Partition}:codeguru-reviewer:${Region}:${Account}:association:${ResourceId}. */
  association: "|,association|arn:|Partition|:codeguru-reviewer:|Region|:|Account|:association:|ResourceId|",
  /** ARN of a codereview resource: arn:${Partition}:codeguru-reviewer:${Region}:${Account}:association:${ResourceId}:codereview:${CodeReviewId}. */
  codereview:
    "|,codereview|arn:|Partition|:codeguru-reviewer:|Region|:|Account|:association:|ResourceId|:codereview:|CodeReviewId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["association", "codereview"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codeguru-reviewer">;
/** Any codeguru-reviewer action. */
export type Action = ActionOf<typeof actionFacts, "codeguru-reviewer">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codeguru-reviewer">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "codeguru-reviewer" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codeguru-reviewer action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codeguru-reviewer",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
