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
export const prefix: "cloudhsm" = "cloudhsm";
/** The service's name in the reference. */
export const serviceName: "AWS CloudHSM" = "AWS CloudHSM";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CloudHSM",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudhsm.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "cloudhsm:TagResource",
  "ec2:AuthorizeSecurityGroupEgress",
  "ec2:AuthorizeSecurityGroupIngress",
  "ec2:CreateSecurityGroup",
  "ec2:DeleteNetworkInterface",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:RevokeSecurityGroupEgress",
] as const;
const actionFacts = {
  /** Grants permission to create a copy of a backup in the specified region. Access level: Write. Resources: backup*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_CopyBackupToRegion.html */
  CopyBackupToRegion: "W|||0;1;|0,2|cloudhsm:CopyBackupToRegion,0,cloudhsm:UntagResource|;",
  /** Grants permission to create a new AWS CloudHSM cluster. Access level: Write. Resources: backup. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_CreateCluster.html */
  CreateCluster: "W|||0;0;|0,2|0,1,2,3,5,6,7,iam:CreateServiceLinkedRole|;",
  /** Grants permission to create a new hardware security module (HSM) in the specified AWS CloudHSM cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_CreateHsm.html */
  CreateHsm: "W|||1;1;||1,2,ec2:CreateNetworkInterface,3,4,ec2:DescribeNetworkInterfaces,5,6,7|;",
  /** Grants permission to delete the specified CloudHSM backup. Access level: Write. Resources: backup*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DeleteBackup.html */
  DeleteBackup: "W|||0;1;|||;",
  /** Grants permission to delete the specified AWS CloudHSM cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DeleteCluster.html */
  DeleteCluster: "W|||1;1;||4,ec2:DeleteSecurityGroup|;",
  /** Grants permission to delete the specified HSM. Access level: Write. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DeleteHsm.html */
  DeleteHsm: "W|||||4|;",
  /** Grants permission to delete the policy attached to CloudHSM resources. Access level: Write. Resources: backup*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||0;1;|||;",
  /** Grants permission to get information about backups of AWS CloudHSM clusters. Access level: Read. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeBackups.html */
  DescribeBackups: "R||||||;",
  /** Grants permission to get information about AWS CloudHSM clusters. Access level: Read. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html */
  DescribeClusters: "R||||||;",
  /** Grants permission to get information about the policy attached to a AWS CloudHSM resource. Access level: Read. Resources: backup*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||0;1;|||;",
  /** Grants permission to claim an AWS CloudHSM cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_InitializeCluster.html */
  InitializeCluster: "W|||1;1;|||;",
  /** Grants permission to get a list of tags for the specified AWS CloudHSM cluster. Access level: Read. Resources: backup, cluster. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_ListTags.html */
  ListTags: "R|||0;0;,1;0;|||;",
  /** Grants permission to modify attributes for an AWS CloudHSM backup. Access level: Write. Resources: backup*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_ModifyBackupAttributes.html */
  ModifyBackupAttributes: "W|||0;1;|||;",
  /** Grants permission to modify AWS CloudHSM cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_ModifyCluster.html */
  ModifyCluster: "W|||1;1;||6|;",
  /** Grants permission to attach a policy to an AWS CloudHSM resource. Access level: Write. Resources: backup*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W|||0;1;|||;",
  /** Grants permission to restore the specified CloudHSM backup. Access level: Write. Resources: backup*. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_RestoreBackup.html */
  RestoreBackup: "W|||0;1;|||;",
  /** Grants permission to add or overwrite one or more tags for the specified AWS CloudHSM cluster. Access level: Tagging. Resources: backup, cluster. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CopyBackupToRegion,CreateCluster,;",
  /** Grants permission to remove the specified tag or tags from the specified AWS CloudHSM cluster. Access level: Tagging. Resources: backup, cluster. https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||CopyBackupToRegion,;",
} as const;
const actionDetails = {
  CopyBackupToRegion: "|,;~~~|Grants permission to create a copy of a backup in the specified region",
  CreateCluster: "|,;~~~|Grants permission to create a new AWS CloudHSM cluster",
  CreateHsm:
    "|,;~~cloudhsm~;~~|Grants permission to create a new hardware security module (HSM) in the specified AWS CloudHSM cluster",
  DeleteBackup: "|,;~~~|Grants permission to delete the specified CloudHSM backup",
  DeleteCluster: "|,;~~~|Grants permission to delete the specified AWS CloudHSM cluster",
  DeleteHsm: "|,;~~cloudhsm~;~~|Grants permission to delete the specified HSM",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete the policy attached to CloudHSM resources",
  DescribeBackups: "|,;~~~|Grants permission to get information about backups of AWS CloudHSM clusters",
  DescribeClusters: "|,;~~~|Grants permission to get information about AWS CloudHSM clusters",
  GetResourcePolicy: "|,;~~~|Grants permission to get information about the policy attached to a AWS CloudHSM resource",
  InitializeCluster: "|,;~~~|Grants permission to claim an AWS CloudHSM cluster",
  ListTags: "|,;~~~|Grants permission to get a list of tags for the specified AWS CloudHSM cluster",
  ModifyBackupAttributes: "|,;~~~|Grants permission to modify attributes for an AWS CloudHSM backup",
  ModifyCluster: "|,;~~~|Grants permission to modify AWS CloudHSM cluster",
  PutResourcePolicy: "|,;~~~|Grants permission to attach a policy to an AWS CloudHSM resource",
  RestoreBackup: "|,;~~~|Grants permission to restore the specified CloudHSM backup",
  TagResource:
    "|,;~~~,~~,~~|Grants permission to add or overwrite one or more tags for the specified AWS CloudHSM cluster",
  UntagResource:
    "|,;~~~,~~|Grants permission to remove the specified tag or tags from the specified AWS CloudHSM cluster",
};
const resourceTypeFacts = {
  /** The backup resource type: arn:${Partition}:cloudhsm:${Region}:${Account}:backup/${CloudHsmBackupInstanceName} */
  backup: "|,|1",
  /** The cluster resource type: arn:${Partition}:cloudhsm:${Region}:${Account}:cluster/${CloudHsmClusterInstanceName} */
  cluster: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a backup resource: arn:${Partition}:cloudhsm:${Region}:${Account}:backup/${CloudHsmBackupInstanceName}. */
  backup: "|,backup|arn:|Partition|:cloudhsm:|Region|:|Account|:backup/|CloudHsmBackupInstanceName|",
  /** ARN of a cluster resource: arn:${Partition}:cloudhsm:${Region}:${Account}:cluster/${CloudHsmClusterInstanceName}. */
  cluster: "|,cluster|arn:|Partition|:cloudhsm:|Region|:|Account|:cluster/|CloudHsmClusterInstanceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["backup", "cluster"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cloudhsm">;
/** Any cloudhsm action. */
export type Action = ActionOf<typeof actionFacts, "cloudhsm">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cloudhsm">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cloudhsmv2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cloudhsm action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cloudhsm",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
