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
export const prefix: "ssm-quicksetup" = "ssm-quicksetup";
/** The service's name in the reference. */
export const serviceName: "AWS Systems Manager Quick Setup" = "AWS Systems Manager Quick Setup";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Systems Manager Quick Setup",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssystemsmanagerquicksetup.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create a Quick Setup configuration manager resource. Access level: Write. Resources: configuration-manager*. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_CreateConfigurationManager.html */
  CreateConfigurationManager: "W|||0;1;0~1~2||0,ssm-quicksetup:TagResource|;",
  /** Grants permission to delete a configuration manager. Access level: Write. Resources: configuration-manager*. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_DeleteConfigurationManager.html */
  DeleteConfigurationManager: "W|||0;1;||0|;",
  /** Grants permission to get Quick Setup configuration. Access level: Read. Resources: configuration-manager. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_GetConfiguration.html */
  GetConfiguration: "R|||0;0;|||;",
  /** Grants permission to get a configuration manager. Access level: Read. Resources: configuration-manager*. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_GetConfigurationManager.html */
  GetConfigurationManager: "R|||0;1;|||;",
  /** Grants permission to get settings configured for Quick Setup in the requesting AWS account and AWS Region. Access level: Read. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_GetServiceSettings.html */
  GetServiceSettings: "R||||||;",
  /** Grants permission to list Quick Setup configuration managers. Access level: List. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_ListConfigurationManagers.html */
  ListConfigurationManagers: "L||||||;",
  /** Grants permission to list Quick Setup configurations. Access level: List. Resources: configuration-manager. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_ListConfigurations.html */
  ListConfigurations: "L|||0;0;|||;",
  /** Grants permission to list the available Quick Setup types. Access level: Read. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_ListQuickSetupTypes.html */
  ListQuickSetupTypes: "R||||||;",
  /** Grants permission to list tags assigned to the resource. Access level: Read. Resources: configuration-manager*. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||;",
  /** Grants permission to Assign key-value pairs of metadata to AWS resources. Access level: Tagging. Resources: configuration-manager*. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2|0|CreateConfigurationManager,;",
  /** Grants permission to remove tags from the specified resource. Access level: Tagging. Resources: configuration-manager*. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2|0|;",
  /** Grants permission to update a Quick Setup configuration definition. Access level: Write. Resources: configuration-manager*. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_UpdateConfigurationDefinition.html */
  UpdateConfigurationDefinition: "W|||0;1;||0|;",
  /** Grants permission to update a Quick Setup configuration manager. Access level: Write. Resources: configuration-manager*. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_UpdateConfigurationManager.html */
  UpdateConfigurationManager: "W|||0;1;|||;",
  /** Grants permission to update settings configured for Quick Setup. Access level: Write. https://docs.aws.amazon.com/quick-setup/latest/APIReference/API_UpdateServiceSettings.html */
  UpdateServiceSettings: "W|||||0|;",
} as const;
const actionDetails = {
  CreateConfigurationManager: "|,;~~~|Grants permission to create a Quick Setup configuration manager resource",
  DeleteConfigurationManager: "|,;~~~|Grants permission to delete a configuration manager",
  GetConfiguration: "|,;~~~|Grants permission to get Quick Setup configuration",
  GetConfigurationManager: "|,;~~~|Grants permission to get a configuration manager",
  GetServiceSettings:
    "|,;~~~|Grants permission to get settings configured for Quick Setup in the requesting AWS account and AWS Region",
  ListConfigurationManagers: "|,;~~~|Grants permission to list Quick Setup configuration managers",
  ListConfigurations: "|,;~~~|Grants permission to list Quick Setup configurations",
  ListQuickSetupTypes: "|,;~~~|Grants permission to list the available Quick Setup types",
  ListTagsForResource: "|,;~~~|Grants permission to list tags assigned to the resource",
  TagResource: "|,;~~~,~~|Grants permission to Assign key-value pairs of metadata to AWS resources",
  UntagResource: "|,;~~~|Grants permission to remove tags from the specified resource",
  UpdateConfigurationDefinition: "|,;~~~|Grants permission to update a Quick Setup configuration definition",
  UpdateConfigurationManager: "|,;~~~|Grants permission to update a Quick Setup configuration manager",
  UpdateServiceSettings: "|,;~~~|Grants permission to update settings configured for Quick Setup",
};
const resourceTypeFacts = {
  /** The configuration-manager resource type: arn:${Partition}:ssm-quicksetup:${Region}:${Account}:configuration-manager/${ConfigurationManagerId} */
  "configuration-manager": "|,configurationManager|1",
} as const;
const arnFormats = {
  /** ARN of a configuration-manager resource: arn:${Partition}:ssm-quicksetup:${Region}:${Account}:configuration-manager/${ConfigurationManagerId}. */
  configurationManager:
    "|,configuration-manager|arn:|Partition|:ssm-quicksetup:|Region|:|Account|:configuration-manager/|ConfigurationManagerId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["configuration-manager"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ssm-quicksetup">;
/** Any ssm-quicksetup action. */
export type Action = ActionOf<typeof actionFacts, "ssm-quicksetup">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ssm-quicksetup">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ssm-quicksetup" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ssm-quicksetup action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "ssm-quicksetup",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
