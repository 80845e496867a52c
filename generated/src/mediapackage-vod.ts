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
export const prefix: "mediapackage-vod" = "mediapackage-vod";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental MediaPackage VOD" = "AWS Elemental MediaPackage VOD";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental MediaPackage VOD",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalmediapackagevod.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "mediapackage-vod:TagResource"] as const;
const actionFacts = {
  /** Grants permission to configure egress access logs for a PackagingGroup. Access level: Write. Resources: packaging-groups*. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_groups-id-configure_logs.html#packaging_groups-id-configure_logsput */
  ConfigureLogs: "W|||2;1;||iam:CreateServiceLinkedRole|;",
  /** Grants permission to create an asset in AWS Elemental MediaPackage. Access level: Write. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/assets.html#assetspost */
  CreateAsset: "W||||0,2|0,1|;",
  /** Grants permission to create a packaging configuration in AWS Elemental MediaPackage. Access level: Write. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_configurations.html#packaging_configurationspost */
  CreatePackagingConfiguration: "W||||0,2|0,1|;",
  /** Grants permission to create a packaging group in AWS Elemental MediaPackage. Access level: Write. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_groups.html#packaging_groupspost */
  CreatePackagingGroup: "W||||0,2|0,1|;",
  /** Grants permission to delete an asset in AWS Elemental MediaPackage. Access level: Write. Resources: assets*. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/assets-id.html#assets-iddelete */
  DeleteAsset: "W|||0;1;|||;",
  /** Grants permission to delete a packaging configuration in AWS Elemental MediaPackage. Access level: Write. Resources: packaging-configurations*. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_configurations-id.html#packaging_configurations-iddelete */
  DeletePackagingConfiguration: "W|||1;1;|||;",
  /** Grants permission to delete a packaging group in AWS Elemental MediaPackage. Access level: Write. Resources: packaging-groups*. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_groups-id.html#packaging_groups-iddelete */
  DeletePackagingGroup: "W|||2;1;|||;",
  /** Grants permission to view the details of an asset in AWS Elemental MediaPackage. Access level: Read. Resources: assets*. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/assets-id.html#assets-idget */
  DescribeAsset: "R|||0;1;|||;",
  /** Grants permission to view the details of a packaging configuration in AWS Elemental MediaPackage. Access level: Read. Resources: packaging-configurations*. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_configurations-id.html#packaging_configurations-idget */
  DescribePackagingConfiguration: "R|||1;1;|||;",
  /** Grants permission to view the details of a packaging group in AWS Elemental MediaPackage. Access level: Read. Resources: packaging-groups*. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_groups-id.html#packaging_groups-idget */
  DescribePackagingGroup: "R|||2;1;|||;",
  /** Grants permission to view a list of assets in AWS Elemental MediaPackage. Access level: List. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/assets.html#assetsget */
  ListAssets: "L||||||;",
  /** Grants permission to view a list of packaging configurations in AWS Elemental MediaPackage. Access level: List. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_configurations.html#packaging_configurationsget */
  ListPackagingConfigurations: "L||||||;",
  /** Grants permission to view a list of packaging groups in AWS Elemental MediaPackage. Access level: List. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_groups.html#packaging_groupsget */
  ListPackagingGroups: "L||||||;",
  /** Grants permission to list the tags assigned to a PackagingGroup, PackagingConfiguration, or Asset. Access level: Read. Resources: assets, packaging-configurations, packaging-groups. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/tags-resource-arn.html#tags-resource-arnget */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to assign tags to a PackagingGroup, PackagingConfiguration, or Asset. Access level: Tagging. Resources: assets, packaging-configurations, packaging-groups. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/tags-resource-arn.html#tags-resource-arnpost */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateAsset,CreatePackagingConfiguration,CreatePackagingGroup,;",
  /** Grants permission to delete tags from a PackagingGroup, PackagingConfiguration, or Asset. Access level: Tagging. Resources: assets, packaging-configurations, packaging-groups. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/tags-resource-arn.html#tags-resource-arndelete */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to update a packaging group in AWS Elemental MediaPackage. Access level: Write. Resources: packaging-groups*. https://docs.aws.amazon.com/mediapackage-vod/latest/apireference/packaging_groups-id.html#packaging_groups-idput */
  UpdatePackagingGroup: "W|||2;1;||0|;",
} as const;
const actionDetails = {
  ConfigureLogs: "|,;~~~|Grants permission to configure egress access logs for a PackagingGroup",
  CreateAsset: "|,;~~~|Grants permission to create an asset in AWS Elemental MediaPackage",
  CreatePackagingConfiguration:
    "|,;~~~|Grants permission to create a packaging configuration in AWS Elemental MediaPackage",
  CreatePackagingGroup: "|,;~~~|Grants permission to create a packaging group in AWS Elemental MediaPackage",
  DeleteAsset: "|,;~~~|Grants permission to delete an asset in AWS Elemental MediaPackage",
  DeletePackagingConfiguration:
    "|,;~~~|Grants permission to delete a packaging configuration in AWS Elemental MediaPackage",
  DeletePackagingGroup: "|,;~~~|Grants permission to delete a packaging group in AWS Elemental MediaPackage",
  DescribeAsset: "|,;~~~|Grants permission to view the details of an asset in AWS Elemental MediaPackage",
  DescribePackagingConfiguration:
    "|,;~~~|Grants permission to view the details of a packaging configuration in AWS Elemental MediaPackage",
  DescribePackagingGroup:
    "|,;~~~|Grants permission to view the details of a packaging group in AWS Elemental MediaPackage",
  ListAssets: "|,;~~~|Grants permission to view a list of assets in AWS Elemental MediaPackage",
  ListPackagingConfigurations:
    "|,;~~~|Grants permission to view a list of packaging configurations in AWS Elemental MediaPackage",
  ListPackagingGroups: "|,;~~~|Grants permission to view a list of packaging groups in AWS Elemental MediaPackage",
  ListTagsForResource:
    "|,;~~~|Grants permission to list the tags assigned to a PackagingGroup, PackagingConfiguration, or Asset",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to assign tags to a PackagingGroup, PackagingConfiguration, or Asset",
  UntagResource: "|,;~~~|Grants permission to delete tags from a PackagingGroup, PackagingConfiguration, or Asset",
  UpdatePackagingGroup: "|,;~~~|Grants permission to update a packaging group in AWS Elemental MediaPackage",
};
const resourceTypeFacts = {
  /** The assets resource type: arn:${Partition}:mediapackage-vod:${Region}:${Account}:assets/${AssetIdentifier} */
  assets: "|,|1",
  /** The packaging-configurations resource type: arn:${Partition}:mediapackage-vod:${Region}:${Account}:packaging-configurations/${PackagingConfigurationIdentifier} */
  "packaging-configurations": "|,packagingConfigurations|1",
  /** The packaging-groups resource type: arn:${Partition}:mediapackage-vod:${Region}:${Account}:packaging-groups/${PackagingGroupIdentifier} */
  "packaging-groups": "|,packagingGroups|1",
} as const;
const arnFormats = {
  /** ARN of a assets resource: arn:${Partition}:mediapackage-vod:${Region}:${Account}:assets/${AssetIdentifier}. */
  assets: "|,assets|arn:|Partition|:mediapackage-vod:|Region|:|Account|:assets/|AssetIdentifier|",
  /** ARN of a packaging-configurations resource: arn:${Partition}:mediapackage-vod:${Region}:${Account}:packaging-configurations/${PackagingConfigurationIdentifier}. */
  packagingConfigurations:
    "|,packaging-configurations|arn:|Partition|:mediapackage-vod:|Region|:|Account|:packaging-configurations/|PackagingConfigurationIdentifier|",
  /** ARN of a packaging-groups resource: arn:${Partition}:mediapackage-vod:${Region}:${Account}:packaging-groups/${PackagingGroupIdentifier}. */
  packagingGroups:
    "|,packaging-groups|arn:|Partition|:mediapackage-vod:|Region|:|Account|:packaging-groups/|PackagingGroupIdentifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["assets", "packaging-configurations", "packaging-groups"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mediapackage-vod">;
/** Any mediapackage-vod action. */
export type Action = ActionOf<typeof actionFacts, "mediapackage-vod">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mediapackage-vod">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mediapackage-vod" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mediapackage-vod action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "mediapackage-vod",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
