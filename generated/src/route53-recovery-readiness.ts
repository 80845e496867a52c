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
export const prefix: "route53-recovery-readiness" = "route53-recovery-readiness";
/** The service's name in the reference. */
export const serviceName: "Amazon Route 53 Recovery Readiness" = "Amazon Route 53 Recovery Readiness";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Route 53 Recovery Readiness",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonroute53recoveryreadiness.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["route53-recovery-readiness:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a new cell. Access level: Write. Resources: cell*. https://docs.aws.amazon.com/recovery-readiness/latest/api/cells.html */
  CreateCell: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a cross account authorization. Access level: Write. https://docs.aws.amazon.com/recovery-readiness/latest/api/crossaccountauthorizations.html */
  CreateCrossAccountAuthorization: "W||||||;",
  /** Grants permission to create a readiness check. Access level: Write. Resources: readinesscheck*. https://docs.aws.amazon.com/recovery-readiness/latest/api/readinesschecks.html */
  CreateReadinessCheck: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a recovery group. Access level: Write. Resources: recoverygroup*. https://docs.aws.amazon.com/recovery-readiness/latest/api/recoverygroups.html */
  CreateRecoveryGroup: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a resource set. Access level: Write. Resources: resourceset*. https://docs.aws.amazon.com/recovery-readiness/latest/api/resourcesets.html */
  CreateResourceSet: "W|||3;1;|0,2|0|;",
  /** Grants permission to delete a cell. Access level: Write. Resources: cell*. https://docs.aws.amazon.com/recovery-readiness/latest/api/cells-cellname.html */
  DeleteCell: "W|||0;1;|||;",
  /** Grants permission to delete a cross account authorization. Access level: Write. https://docs.aws.amazon.com/recovery-readiness/latest/api/crossaccountauthorizations-crossaccountauthorization.html */
  DeleteCrossAccountAuthorization: "W||||||;",
  /** Grants permission to delete a readiness check. Access level: Write. Resources: readinesscheck*. https://docs.aws.amazon.com/recovery-readiness/latest/api/readinesschecks-readinesscheckname.html */
  DeleteReadinessCheck: "W|||1;1;|||;",
  /** Grants permission to delete a recovery group. Access level: Write. Resources: recoverygroup*. https://docs.aws.amazon.com/recovery-readiness/latest/api/recoverygroups-recoverygroupname.html */
  DeleteRecoveryGroup: "W|||2;1;|||;",
  /** Grants permission to delete a resource set. Access level: Write. Resources: resourceset*. https://docs.aws.amazon.com/recovery-readiness/latest/api/resourcesets-resourcesetname.html */
  DeleteResourceSet: "W|||3;1;|||;",
  /** Grants permission to get architecture recommendations for a recovery group. Access level: Read. Resources: recoverygroup*. https://docs.aws.amazon.com/recovery-readiness/latest/api/recoverygroups-recoverygroupname-architecturerecommendations.html */
  GetArchitectureRecommendations: "R|||2;1;|||;",
  /** Grants permission to get information about a cell. Access level: Read. Resources: cell*. https://docs.aws.amazon.com/recovery-readiness/latest/api/cells-cellname.html */
  GetCell: "R|||0;1;|||;",
  /** Grants permission to get a readiness summary for a cell. Access level: Read. Resources: cell*. https://docs.aws.amazon.com/recovery-readiness/latest/api/cellreadiness-cellname.html */
  GetCellReadinessSummary: "R|||0;1;|||;",
  /** Grants permission to get information about a readiness check. Access level: Read. Resources: readinesscheck*. https://docs.aws.amazon.com/recovery-readiness/latest/api/readinesschecks-readinesscheckname.html */
  GetReadinessCheck: "R|||1;1;|||;",
  /** Grants permission to get the readiness status for an individual resource. Access level: Read. Resources: readinesscheck*. https://docs.aws.amazon.com/recovery-readiness/latest/api/readinesschecks-readinesscheckname-resource-resourceidentifier-status.html */
  GetReadinessCheckResourceStatus: "R|||1;1;|||;",
  /** Grants permission to get the status of a readiness check (for a resource set). Access level: Read. Resources: readinesscheck*. https://docs.aws.amazon.com/recovery-readiness/latest/api/readinesschecks-readinesscheckname-status.html */
  GetReadinessCheckStatus: "R|||1;1;|||;",
  /** Grants permission to get information about a recovery group. Access level: Read. Resources: recoverygroup*. https://docs.aws.amazon.com/recovery-readiness/latest/api/recoverygroups-recoverygroupname.html */
  GetRecoveryGroup: "R|||2;1;|||;",
  /** Grants permission to get a readiness summary for a recovery group. Access level: Read. Resources: recoverygroup*. https://docs.aws.amazon.com/recovery-readiness/latest/api/recoverygroupreadiness-recoverygroupname.html */
  GetRecoveryGroupReadinessSummary: "R|||2;1;|||;",
  /** Grants permission to get information about a resource set. Access level: Read. Resources: resourceset*. https://docs.aws.amazon.com/recovery-readiness/latest/api/resourcesets-resourcesetname.html */
  GetResourceSet: "R|||3;1;|||;",
  /** Grants permission to list cells. Access level: Read. https://docs.aws.amazon.com/recovery-readiness/latest/api/cells.html */
  ListCells: "R||||||;",
  /** Grants permission to list cross account authorizations. Access level: Read. https://docs.aws.amazon.com/recovery-readiness/latest/api/crossaccountauthorizations.html */
  ListCrossAccountAuthorizations: "R||||||;",
  /** Grants permission to list readiness checks. Access level: Read. https://docs.aws.amazon.com/recovery-readiness/latest/api/readinesschecks.html */
  ListReadinessChecks: "R||||||;",
  /** Grants permission to list recovery groups. Access level: Read. https://docs.aws.amazon.com/recovery-readiness/latest/api/recoverygroups.html */
  ListRecoveryGroups: "R||||||;",
  /** Grants permission to list resource sets. Access level: Read. https://docs.aws.amazon.com/recovery-readiness/latest/api/resourcesets.html */
  ListResourceSets: "R||||||;",
  /** Grants permission to list readiness rules. Access level: Read. https://docs.aws.amazon.com/recovery-readiness/latest/api/rules.html */
  ListRules: "R||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. https://docs.aws.amazon.com/recovery-readiness/latest/api/tags-resource-arn.html */
  ListTagsForResources: "R||||||;",
  /** Grants permission to add a tag to a resource. Access level: Tagging. Resources: cell, readinesscheck, recoverygroup, resourceset. https://docs.aws.amazon.com/recovery-readiness/latest/api/tags-resource-arn.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,2||CreateCell,CreateReadinessCheck,CreateRecoveryGroup,CreateResourceSet,;",
  /** Grants permission to remove a tag from a resource. Access level: Tagging. Resources: cell, readinesscheck, recoverygroup, resourceset. https://docs.aws.amazon.com/recovery-readiness/latest/api/tags-resource-arn.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,2||;",
  /** Grants permission to update a cell. Access level: Write. Resources: cell*. https://docs.aws.amazon.com/recovery-readiness/latest/api/cells-cellname.html */
  UpdateCell: "W|||0;1;|2||;",
  /** Grants permission to update a readiness check. Access level: Write. Resources: readinesscheck*. https://docs.aws.amazon.com/recovery-readiness/latest/api/readinesschecks-readinesscheckname.html */
  UpdateReadinessCheck: "W|||1;1;|2||;",
  /** Grants permission to update a recovery group. Access level: Write. Resources: recoverygroup*. https://docs.aws.amazon.com/recovery-readiness/latest/api/recoverygroups-recoverygroupname.html */
  UpdateRecoveryGroup: "W|||2;1;|2||;",
  /** Grants permission to update a resource set. Access level: Write. Resources: resourceset*. https://docs.aws.amazon.com/recovery-readiness/latest/api/resourcesets-resourcesetname.html */
  UpdateResourceSet: "W|||3;1;|2||;",
} as const;
const actionDetails = {
  CreateCell: "|,;~~~|Grants permission to create a new cell",
  CreateCrossAccountAuthorization: "|,;~~~|Grants permission to create a cross account authorization",
  CreateReadinessCheck: "|,;~~~|Grants permission to create a readiness check",
  CreateRecoveryGroup: "|,;~~~|Grants permission to create a recovery group",
  CreateResourceSet: "|,;~~~|Grants permission to create a resource set",
  DeleteCell: "|,;~~~|Grants permission to delete a cell",
  DeleteCrossAccountAuthorization: "|,;~~~|Grants permission to delete a cross account authorization",
  DeleteReadinessCheck: "|,;~~~|Grants permission to delete a readiness check",
  DeleteRecoveryGroup: "|,;~~~|Grants permission to delete a recovery group",
  DeleteResourceSet: "|,;~~~|Grants permission to delete a resource set",
  GetArchitectureRecommendations: "|,;~~~|Grants permission to get architecture recommendations for a recovery group",
  GetCell: "|,;~~~|Grants permission to get information about a cell",
  GetCellReadinessSummary: "|,;~~~|Grants permission to get a readiness summary for a cell",
  GetReadinessCheck: "|,;~~~|Grants permission to get information about a readiness check",
  GetReadinessCheckResourceStatus: "|,;~~~|Grants permission to get the readiness status for an individual resource",
  GetReadinessCheckStatus: "|,;~~~|Grants permission to get the status of a readiness check (for a resource set)",
  GetRecoveryGroup: "|,;~~~|Grants permission to get information about a recovery group",
  GetRecoveryGroupReadinessSummary: "|,;~~~|Grants permission to get a readiness summary for a recovery group",
  GetResourceSet: "|,;~~~|Grants permission to get information about a resource set",
  ListCells: "|,;~~~|Grants permission to list cells",
  ListCrossAccountAuthorizations: "|,;~~~|Grants permission to list cross account authorizations",
  ListReadinessChecks: "|,;~~~|Grants permission to list readiness checks",
  ListRecoveryGroups: "|,;~~~|Grants permission to list recovery groups",
  ListResourceSets: "|,;~~~|Grants permission to list resource sets",
  ListRules: "|,;~~~|Grants permission to list readiness rules",
  ListTagsForResources: "|,;~~~|Grants permission to list tags for a resource",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add a tag to a resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from a resource",
  UpdateCell: "|,;~~~|Grants permission to update a cell",
  UpdateReadinessCheck: "|,;~~~|Grants permission to update a readiness check",
  UpdateRecoveryGroup: "|,;~~~|Grants permission to update a recovery group",
  UpdateResourceSet: "|,;~~~|Grants permission to update a resource set",
};
const resourceTypeFacts = {
  /** The cell resource type: arn:${Partition}:route53-recovery-readiness::${Account}:cell/${ResourceId} */
  cell: "|,|1",
  /** The readinesscheck resource type: arn:${Partition}:route53-recovery-readiness::${Account}:readiness-check/${ResourceId} */
  readinesscheck: "|,|1",
  /** The recoverygroup resource type: arn:${Partition}:route53-recovery-readiness::${Account}:recovery-group/${ResourceId} */
  recoverygroup: "|,|1",
  /** The resourceset resource type: arn:${Partition}:route53-recovery-readiness::${Account}:resource-set/${ResourceId} */
  resourceset: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a cell resource: arn:${Partition}:route53-recovery-readiness::${Account}:cell/${ResourceId}. */
  cell: "|,cell|arn:|Partition|:route53-recovery-readiness::|Account|:cell/|ResourceId|",
  /** ARN of a readinesscheck resource: arn:${Partition}:route53-recovery-readiness::${Account}:readiness-check/${ResourceId}. */
  readinesscheck: "|,readinesscheck|arn:|Partition|:route53-recovery-readiness::|Account|:readiness-check/|ResourceId|",
  /** ARN of a recoverygroup resource: arn:${Partition}:route53-recovery-readiness::${Account}:recovery-group/${ResourceId}. */
  recoverygroup: "|,recoverygroup|arn:|Partition|:route53-recovery-readiness::|Account|:recovery-group/|ResourceId|",
  /** ARN of a resourceset resource: arn:${Partition}:route53-recovery-readiness::${Account}:resource-set/${ResourceId}. */
  resourceset: "|,resourceset|arn:|Partition|:route53-recovery-readiness::|Account|:resource-set/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["cell", "readinesscheck", "recoverygroup", "resourceset"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "route53-recovery-readiness">;
/** Any route53-recovery-readiness action. */
export type Action = ActionOf<typeof actionFacts, "route53-recovery-readiness">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "route53-recovery-readiness">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "route53-recovery-readiness" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every route53-recovery-readiness action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "route53-recovery-readiness",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
