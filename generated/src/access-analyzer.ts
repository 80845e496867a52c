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
export const prefix: "access-analyzer" = "access-analyzer";
/** The service's name in the reference. */
export const serviceName: "AWS IAM Access Analyzer" = "AWS IAM Access Analyzer";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IAM Access Analyzer",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiamaccessanalyzer.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:CreateServiceLinkedRole"] as const;
const actionFacts = {
  /** Grants permission to apply an archive rule. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ApplyArchiveRule.html */
  ApplyArchiveRule: "W|||0;1;|||;",
  /** Grants permission to cancel a policy generation. Access level: Write. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CancelPolicyGeneration.html */
  CancelPolicyGeneration: "W||||||;",
  /** Grants permission to check that specified access is not allowed by a policy. Access level: Read. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckAccessNotGranted.html */
  CheckAccessNotGranted: "R||||||;",
  /** Grants permission to check that no new access is allowed when compared to an existing policy. Access level: Read. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckNoNewAccess.html */
  CheckNoNewAccess: "R||||||;",
  /** Grants permission to check that public access is not allowed by a resource policy. Access level: Read. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckNoPublicAccess.html */
  CheckNoPublicAccess: "R||||||;",
  /** Grants permission to create an access preview for the specified analyzer. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CreateAccessPreview.html */
  CreateAccessPreview: "W|||0;1;|||;",
  /** Grants permission to create an analyzer. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CreateAnalyzer.html */
  CreateAnalyzer: "W|||0;1;|0,2|access-analyzer:TagResource,0|;",
  /** Grants permission to create an archive rule for the specified analyzer. Access level: Write. Resources: ArchiveRule*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CreateArchiveRule.html */
  CreateArchiveRule: "W|||1;1;|||;",
  /** Grants permission to create a service-linked analyzer. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CreateServiceLinkedAnalyzer.html */
  CreateServiceLinkedAnalyzer: "W|||0;1;|0,2|0|;",
  /** Grants permission to delete the specified analyzer. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_DeleteAnalyzer.html */
  DeleteAnalyzer: "W|||0;1;|0,2||;",
  /** Grants permission to delete archive rules for the specified analyzer. Access level: Write. Resources: ArchiveRule*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_DeleteArchiveRule.html */
  DeleteArchiveRule: "W|||1;1;|||;",
  /** Grants permission to delete the specified service-linked analyzer. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_DeleteServiceLinkedAnalyzer.html */
  DeleteServiceLinkedAnalyzer: "W|||0;1;|0,2||;",
  /** Grants permission to generate recommendation steps to resolve a finding. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_GenerateFindingRecommendation.html */
  GenerateFindingRecommendation: "W|||0;1;|||;",
  /** Grants permission to retrieve information about an access preview. Access level: Read. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_GetAccessPreview.html */
  GetAccessPreview: "R|||0;1;|||;",
  /** Grants permission to retrieve information about an analyzed resource. Access level: Read. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_GetAnalyzedResource.html */
  GetAnalyzedResource: "R|||0;1;|||;",
  /** Grants permission to retrieve information about analyzers. Access level: Read. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_GetAnalyzer.html */
  GetAnalyzer: "R|||0;1;|0,2||;",
  /** Grants permission to retrieve information about archive rules for the specified analyzer. Access level: Read. Resources: ArchiveRule*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_GetArchiveRule.html */
  GetArchiveRule: "R|||1;1;|||;",
  /** Grants permission to retrieve findings. Access level: Read. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_GetFindingV2.html */
  GetFinding: "R|||0;1;|||;,GetFindingV2",
  /** Grants permission to retrieve recommendation steps to resolve a finding. Access level: Read. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_GetFindingRecommendation.html */
  GetFindingRecommendation: "R|||0;1;|||;",
  /** Grants permission to retrieve statistics for findings. Access level: Read. Resources: Analyzer*. https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html#access-analyzer-permissions */
  GetFindingsStatistics: "R|||0;1;|||;",
  /** Grants permission to retrieve a policy that was generated using StartPolicyGeneration. Access level: Read. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_GetGeneratedPolicy.html */
  GetGeneratedPolicy: "R||||||;",
  /** Grants permission to retrieve a list of findings from an access preview. Access level: Read. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListAccessPreviewFindings.html */
  ListAccessPreviewFindings: "R|||0;1;|||;",
  /** Grants permission to retrieve a list of access previews. Access level: List. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListAccessPreviews.html */
  ListAccessPreviews: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of resources that have been analyzed. Access level: Read. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListAnalyzedResources.html */
  ListAnalyzedResources: "R|||0;1;|||;",
  /** Grants permission to retrieves a list of analyzers. Access level: List. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListAnalyzers.html */
  ListAnalyzers: "L||||||;",
  /** Grants permission to retrieve a list of archive rules from an analyzer. Access level: List. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListArchiveRules.html */
  ListArchiveRules: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of findings from an analyzer. Access level: Read. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListFindingsV2.html */
  ListFindings: "R|||0;1;|||;,ListFindingsV2",
  /** Grants permission to list all the recently started policy generations. Access level: Read. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListPolicyGenerations.html */
  ListPolicyGenerations: "R||||||;",
  /** Grants permission to retrieve a list of tags applied to a resource. Access level: Read. Resources: Analyzer. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||;",
  /** Grants permission to start a policy generation. Access level: Write. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_StartPolicyGeneration.html */
  StartPolicyGeneration: "W|||||iam:PassRole|;",
  /** Grants permission to start a scan of the policies applied to a resource. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_StartResourceScan.html */
  StartResourceScan: "W|||0;1;|||;",
  /** Grants permission to add a tag to a resource. Access level: Tagging. Resources: Analyzer. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;|0,2||CreateAnalyzer,;",
  /** Grants permission to remove a tag from a resource. Access level: Tagging. Resources: Analyzer. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;|2||;",
  /** Grants permission to modify an analyzer's configuration. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_UpdateAnalyzer.html */
  UpdateAnalyzer: "W|||0;1;|||;",
  /** Grants permission to modify an archive rule. Access level: Write. Resources: ArchiveRule*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_UpdateArchiveRule.html */
  UpdateArchiveRule: "W|||1;1;|||;",
  /** Grants permission to modify findings. Access level: Write. Resources: Analyzer*. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_UpdateFindings.html */
  UpdateFindings: "W|||0;1;|||;",
  /** Grants permission to validate a policy. Access level: Read. https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicy.html */
  ValidatePolicy: "R||||||;",
} as const;
const actionDetails = {
  ApplyArchiveRule: "|,;~~~|Grants permission to apply an archive rule",
  CancelPolicyGeneration: "|,;~~~|Grants permission to cancel a policy generation",
  CheckAccessNotGranted: "|,;~~~|Grants permission to check that specified access is not allowed by a policy",
  CheckNoNewAccess:
    "|,;~~~|Grants permission to check that no new access is allowed when compared to an existing policy",
  CheckNoPublicAccess: "|,;~~~|Grants permission to check that public access is not allowed by a resource policy",
  CreateAccessPreview: "|,;~~~|Grants permission to create an access preview for the specified analyzer",
  CreateAnalyzer: "|,;~~~|Grants permission to create an analyzer",
  CreateArchiveRule: "|,;~~~|Grants permission to create an archive rule for the specified analyzer",
  CreateServiceLinkedAnalyzer: "|,;~~~|Grants permission to create a service-linked analyzer",
  DeleteAnalyzer: "|,;~~~|Grants permission to delete the specified analyzer",
  DeleteArchiveRule: "|,;~~~|Grants permission to delete archive rules for the specified analyzer",
  DeleteServiceLinkedAnalyzer: "|,;~~~|Grants permission to delete the specified service-linked analyzer",
  GenerateFindingRecommendation: "|,;~~~|Grants permission to generate recommendation steps to resolve a finding",
  GetAccessPreview: "|,;~~~|Grants permission to retrieve information about an access preview",
  GetAnalyzedResource: "|,;~~~|Grants permission to retrieve information about an analyzed resource",
  GetAnalyzer: "|,;~~~|Grants permission to retrieve information about analyzers",
  GetArchiveRule: "|,;~~~|Grants permission to retrieve information about archive rules for the specified analyzer",
  GetFinding: "|,;~~~,~~|Grants permission to retrieve findings",
  GetFindingRecommendation: "|,;~~~|Grants permission to retrieve recommendation steps to resolve a finding",
  GetFindingsStatistics: "|,;~~~|Grants permission to retrieve statistics for findings",
  GetGeneratedPolicy: "|,;~~~|Grants permission to retrieve a policy that was generated using StartPolicyGeneration",
  ListAccessPreviewFindings: "|,;~~~|Grants permission to retrieve a list of findings from an access preview",
  ListAccessPreviews: "|,;~~~|Grants permission to retrieve a list of access previews",
  ListAnalyzedResources: "|,;~~~|Grants permission to retrieve a list of resources that have been analyzed",
  ListAnalyzers: "|,;~~~|Grants permission to retrieves a list of analyzers",
  ListArchiveRules: "|,;~~~|Grants permission to retrieve a list of archive rules from an analyzer",
  ListFindings: "|,;~~~,~~|Grants permission to retrieve a list of findings from an analyzer",
  ListPolicyGenerations: "|,;~~~|Grants permission to list all the recently started policy generations",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve a list of tags applied to a resource",
  StartPolicyGeneration: "|,;~~~|Grants permission to start a policy generation",
  StartResourceScan: "|,;~~~|Grants permission to start a scan of the policies applied to a resource",
  TagResource: "|,;~~~,~~|Grants permission to add a tag to a resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from a resource",
  UpdateAnalyzer: "|,;~~~|Grants permission to modify an analyzer's configuration",
  UpdateArchiveRule: "|,;~~~|Grants permission to modify an archive rule",
  UpdateFindings: "|,;~~~|Grants permission to modify findings",
  ValidatePolicy: "|,;~~~|Grants permission to validate a policy",
};
const resourceTypeFacts = {
  /** The Analyzer resource type: arn:${Partition}:access-analyzer:${Region}:${Account}:analyzer/${AnalyzerName} */
  Analyzer: "|,analyzer|1",
  /** The ArchiveRule resource type: arn:${Partition}:access-analyzer:${Region}:${Account}:analyzer/${AnalyzerName}/archive-rule/${RuleName} */
  ArchiveRule: "|,archiveRule|",
} as const;
const arnFormats = {
  /** ARN of a Analyzer resource: arn:${Partition}:access-analyzer:${Region}:${Account}:analyzer/${AnalyzerName}. */
  analyzer: "|,Analyzer|arn:|Partition|:access-analyzer:|Region|:|Account|:analyzer/|AnalyzerName|",
  /** ARN of a ArchiveRule resource: arn:${Partition}:access-analyzer:${Region}:${Account}:analyzer/${AnalyzerName}/archive-rule/${RuleName}. */
  archiveRule:
    "|,ArchiveRule|arn:|Partition|:access-analyzer:|Region|:|Account|:analyzer/|AnalyzerName|/archive-rule/|RuleName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Analyzer", "ArchiveRule"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "access-analyzer">;
/** Any access-analyzer action. */
export type Action = ActionOf<typeof actionFacts, "access-analyzer">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "access-analyzer">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "accessanalyzer" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every access-analyzer action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "access-analyzer",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
