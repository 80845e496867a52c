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
export const prefix: "ebs" = "ebs";
/** The service's name in the reference. */
export const serviceName: "Amazon Elastic Block Store" = "Amazon Elastic Block Store";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Elastic Block Store",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticblockstore.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "ebs:Description",
  "ebs:ParentSnapshot",
  "ebs:VolumeSize",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to seal and complete the snapshot after all of the required blocks of data have been written to it. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/ebs/latest/APIReference/API_CompleteSnapshot.html */
  CompleteSnapshot: "W|||0;1;|1||;",
  /** Grants permission to return the data of a block in an Amazon Elastic Block Store (EBS) snapshot. Access level: Read. Resources: snapshot*. https://docs.aws.amazon.com/ebs/latest/APIReference/API_GetSnapshotBlock.html */
  GetSnapshotBlock: "R|||0;1;|1||;",
  /** Grants permission to list the blocks that are different between two Amazon Elastic Block Store (EBS) snapshots of the same volume/snapshot lineage. Access level: Read. Resources: snapshot*. https://docs.aws.amazon.com/ebs/latest/APIReference/API_ListChangedBlocks.html */
  ListChangedBlocks: "R|||0;1;|1||;",
  /** Grants permission to list the blocks in an Amazon Elastic Block Store (EBS) snapshot. Access level: Read. Resources: snapshot*. https://docs.aws.amazon.com/ebs/latest/APIReference/API_ListSnapshotBlocks.html */
  ListSnapshotBlocks: "R|||0;1;|1||;",
  /** Grants permission to write a block of data to a snapshot created by the StartSnapshot operation. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/ebs/latest/APIReference/API_PutSnapshotBlock.html */
  PutSnapshotBlock: "W|||0;1;|1||;",
  /** Grants permission to create a new EBS snapshot. Access level: Write. Resources: snapshot. https://docs.aws.amazon.com/ebs/latest/APIReference/API_StartSnapshot.html */
  StartSnapshot: "W|||0;0;|0,1,2,3,4,5|ec2:CreateTags|;",
} as const;
const actionDetails = {
  CompleteSnapshot:
    "|,;~~~|Grants permission to seal and complete the snapshot after all of the required blocks of data have been written to it",
  GetSnapshotBlock:
    "|,;~~~|Grants permission to return the data of a block in an Amazon Elastic Block Store (EBS) snapshot",
  ListChangedBlocks:
    "|,;~~~|Grants permission to list the blocks that are different between two Amazon Elastic Block Store (EBS) snapshots of the same volume/snapshot lineage",
  ListSnapshotBlocks: "|,;~~~|Grants permission to list the blocks in an Amazon Elastic Block Store (EBS) snapshot",
  PutSnapshotBlock:
    "|,;~~~|Grants permission to write a block of data to a snapshot created by the StartSnapshot operation",
  StartSnapshot: "|,;~~~|Grants permission to create a new EBS snapshot",
};
const resourceTypeFacts = {
  /** The snapshot resource type: arn:${Partition}:ec2:${Region}::snapshot/${SnapshotId} */
  snapshot: "|,|0,1,2,3,4,5",
} as const;
const arnFormats = {
  /** ARN of a snapshot resource: arn:${Partition}:ec2:${Region}::snapshot/${SnapshotId}. */
  snapshot: "|,snapshot|arn:|Partition|:ec2:|Region|::snapshot/|SnapshotId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["snapshot"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ebs">;
/** Any ebs action. */
export type Action = ActionOf<typeof actionFacts, "ebs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ebs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ebs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ebs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the description of the snapshot being created. */
  "ebs:Description": "String";
  /** Filters access by the ARN of the parent snapshot. */
  "ebs:ParentSnapshot": "ARN";
  /** Filters access by the size of the volume for the snapshot being created, in GiB. */
  "ebs:VolumeSize": "Numeric";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "ebs:Description": "|,String|0||Filters access by the description of the snapshot being created",
  "ebs:ParentSnapshot": "|,ARN|0||Filters access by the ARN of the parent snapshot",
  "ebs:VolumeSize": "|,Numeric|0||Filters access by the size of the volume for the snapshot being created, in GiB",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ebs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
