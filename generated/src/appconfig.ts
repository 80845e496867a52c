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
export const prefix: "appconfig" = "appconfig";
/** The service's name in the reference. */
export const serviceName: "AWS AppConfig" = "AWS AppConfig";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS AppConfig",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsappconfig.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["appconfig:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create an application. Access level: Write. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_CreateApplication.html */
  CreateApplication: "W||||0,2|0|;",
  /** Grants permission to create a configuration profile. Access level: Write. Resources: application*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_CreateConfigurationProfile.html */
  CreateConfigurationProfile: "W|||0;1;|0,2|0,1|;",
  /** Grants permission to create a deployment strategy. Access level: Write. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_CreateDeploymentStrategy.html */
  CreateDeploymentStrategy: "W||||0,2|0|;",
  /** Grants permission to create an environment. Access level: Write. Resources: application*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_CreateEnvironment.html */
  CreateEnvironment: "W|||0;1;|0,2|0,1|;",
  /** Grants permission to create an extension. Access level: Write. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_CreateExtension.html */
  CreateExtension: "W||||0,2|0,1|;",
  /** Grants permission to create an extension association. Access level: Write. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_CreateExtensionAssociation.html */
  CreateExtensionAssociation: "W||||0,2|0|;",
  /** Grants permission to create a hosted configuration version. Access level: Write. Resources: application*, configurationprofile*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_CreateHostedConfigurationVersion.html */
  CreateHostedConfigurationVersion: "W|||0;1;,2;1;|||;",
  /** Grants permission to delete an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||;",
  /** Grants permission to delete a configuration profile. Access level: Write. Resources: application*, configurationprofile*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_DeleteConfigurationProfile.html */
  DeleteConfigurationProfile: "W|||0;1;,2;1;|||;",
  /** Grants permission to delete a deployment strategy. Access level: Write. Resources: deploymentstrategy*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_DeleteDeploymentStrategy.html */
  DeleteDeploymentStrategy: "W|||4;1;|||;",
  /** Grants permission to delete an environment. Access level: Write. Resources: application*, environment*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_DeleteEnvironment.html */
  DeleteEnvironment: "W|||0;1;,5;1;|||;",
  /** Grants permission to delete an extension. Access level: Write. Resources: extension*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_DeleteExtension.html */
  DeleteExtension: "W|||6;1;|||;",
  /** Grants permission to delete an extension association. Access level: Write. Resources: extensionassociation*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_DeleteExtensionAssociation.html */
  DeleteExtensionAssociation: "W|||7;1;|||;",
  /** Grants permission to delete a hosted configuration version. Access level: Write. Resources: application*, configurationprofile*, hostedconfigurationversion*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_DeleteHostedConfigurationVersion.html */
  DeleteHostedConfigurationVersion: "W|||0;1;,2;1;,8;1;|||;",
  /** Grants permission to view account-wide AppConfig settings. Access level: Read. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetAccountSettings.html */
  GetAccountSettings: "R||||||;",
  /** Grants permission to view details about an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetApplication.html */
  GetApplication: "R|||0;1;|1||;",
  /** Grants permission to view details about a configuration. Access level: Read. Resources: application*, configurationprofile*, environment*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetConfiguration.html */
  GetConfiguration: "R|||0;1;,2;1;,5;1;|1||;",
  /** Grants permission to view details about a configuration profile. Access level: Read. Resources: application*, configurationprofile*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetConfigurationProfile.html */
  GetConfigurationProfile: "R|||0;1;,2;1;|1||;",
  /** Grants permission to view details about a deployment. Access level: Read. Resources: application*, deployment*, environment*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetDeployment.html */
  GetDeployment: "R|||0;1;,3;1;,5;1;|1||;",
  /** Grants permission to view details about a deployment strategy. Access level: Read. Resources: deploymentstrategy*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetDeploymentStrategy.html */
  GetDeploymentStrategy: "R|||4;1;|1||;",
  /** Grants permission to view details about an environment. Access level: Read. Resources: application*, environment*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetEnvironment.html */
  GetEnvironment: "R|||0;1;,5;1;|1||;",
  /** Grants permission to view details about an extension. Access level: Read. Resources: extension*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetExtension.html */
  GetExtension: "R|||6;1;|1||;",
  /** Grants permission to view details about an extension association. Access level: Read. Resources: extensionassociation*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetExtensionAssociation.html */
  GetExtensionAssociation: "R|||7;1;|1||;",
  /** Grants permission to view details about a hosted configuration version. Access level: Read. Resources: application*, configurationprofile*, hostedconfigurationversion*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetHostedConfigurationVersion.html */
  GetHostedConfigurationVersion: "R|||0;1;,2;1;,8;1;|||;",
  /** Grants permission to retrieve a deployed configuration. Access level: Read. Resources: configuration*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_appconfigdata_GetLatestConfiguration.html */
  GetLatestConfiguration: "R|||1;1;|1||;",
  /** Grants permission to list the applications in your account. Access level: List. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to list the configuration profiles for an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ListConfigurationProfiles.html */
  ListConfigurationProfiles: "L|||0;1;|||;",
  /** Grants permission to list the deployment strategies for your account. Access level: List. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ListDeploymentStrategies.html */
  ListDeploymentStrategies: "L||||||;",
  /** Grants permission to list the deployments for an environment. Access level: List. Resources: application*, environment*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ListDeployments.html */
  ListDeployments: "L|||0;1;,5;1;|||;",
  /** Grants permission to list the environments for an application. Access level: List. Resources: application*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ListEnvironments.html */
  ListEnvironments: "L|||0;1;|||;",
  /** Grants permission to list the extension associations in your account. Access level: List. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ListExtensionAssociations.html */
  ListExtensionAssociations: "L||||||;",
  /** Grants permission to list the extensions in your account. Access level: List. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ListExtensions.html */
  ListExtensions: "L||||||;",
  /** Grants permission to list the hosted configuration versions for a configuration profile. Access level: List. Resources: application*, configurationprofile*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ListHostedConfigurationVersions.html */
  ListHostedConfigurationVersions: "L|||0;1;,2;1;|||;",
  /** Grants permission to view a list of resource tags for a specified resource. Access level: Read. Resources: application, configurationprofile, deployment, deploymentstrategy, environment, extension, extensionassociation. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|1||;",
  /** Grants permission to start a configuration session. Access level: Write. Resources: configuration*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_appconfigdata_StartConfigurationSession.html */
  StartConfigurationSession: "W|||1;1;|1||;",
  /** Grants permission to initiate a deployment. Access level: Write. Resources: application*, configurationprofile*, deploymentstrategy*, environment*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_StartDeployment.html */
  StartDeployment: "W|||0;1;,2;1;,4;1;,5;1;|0,2|0|;",
  /** Grants permission to stop a deployment. Access level: Write. Resources: application*, deployment*, environment*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_StopDeployment.html */
  StopDeployment: "W|||0;1;,3;1;,5;1;|||;",
  /** Grants permission to tag an appconfig resource. Access level: Tagging. Resources: application, configuration, configurationprofile, deployment, deploymentstrategy, environment, extension, extensionassociation. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|0,1,2||CreateApplication,CreateConfigurationProfile,CreateDeploymentStrategy,CreateEnvironment,CreateExtension,CreateExtensionAssociation,StartDeployment,;",
  /** Grants permission to untag an appconfig resource. Access level: Tagging. Resources: application, configuration, configurationprofile, deployment, deploymentstrategy, environment, extension, extensionassociation. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|2||;",
  /** Grants permission to modify account-wide AppConfig settings. Access level: Write. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_UpdateAccountSettings.html */
  UpdateAccountSettings: "W||||||;",
  /** Grants permission to modify an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;|1||;",
  /** Grants permission to modify a configuration profile. Access level: Write. Resources: application*, configurationprofile*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_UpdateConfigurationProfile.html */
  UpdateConfigurationProfile: "W|||0;1;,2;1;|1|1|;",
  /** Grants permission to modify a deployment strategy. Access level: Write. Resources: deploymentstrategy*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_UpdateDeploymentStrategy.html */
  UpdateDeploymentStrategy: "W|||4;1;|1||;",
  /** Grants permission to modify an environment. Access level: Write. Resources: application*, environment*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_UpdateEnvironment.html */
  UpdateEnvironment: "W|||0;1;,5;1;|1|1|;",
  /** Grants permission to modify an extension. Access level: Write. Resources: extension*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_UpdateExtension.html */
  UpdateExtension: "W|||6;1;|1||;",
  /** Grants permission to modify an extension association. Access level: Write. Resources: extensionassociation*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_UpdateExtensionAssociation.html */
  UpdateExtensionAssociation: "W|||7;1;|1||;",
  /** Grants permission to validate a configuration. Access level: Write. Resources: application*, configurationprofile*. https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_ValidateConfiguration.html */
  ValidateConfiguration: "W|||0;1;,2;1;|||;",
} as const;
const actionDetails = {
  CreateApplication: "|,;~~~|Grants permission to create an application",
  CreateConfigurationProfile: "|,;~~~|Grants permission to create a configuration profile",
  CreateDeploymentStrategy: "|,;~~~|Grants permission to create a deployment strategy",
  CreateEnvironment: "|,;~~~|Grants permission to create an environment",
  CreateExtension: "|,;~~~|Grants permission to create an extension",
  CreateExtensionAssociation: "|,;~~~|Grants permission to create an extension association",
  CreateHostedConfigurationVersion: "|,;~~~|Grants permission to create a hosted configuration version",
  DeleteApplication: "|,;~~~|Grants permission to delete an application",
  DeleteConfigurationProfile: "|,;~~~|Grants permission to delete a configuration profile",
  DeleteDeploymentStrategy: "|,;~~~|Grants permission to delete a deployment strategy",
  DeleteEnvironment: "|,;~~~|Grants permission to delete an environment",
  DeleteExtension: "|,;~~~|Grants permission to delete an extension",
  DeleteExtensionAssociation: "|,;~~~|Grants permission to delete an extension association",
  DeleteHostedConfigurationVersion: "|,;~~~|Grants permission to delete a hosted configuration version",
  GetAccountSettings: "|,;~~~|Grants permission to view account-wide AppConfig settings",
  GetApplication: "|,;~~~|Grants permission to view details about an application",
  GetConfiguration: "|,;~~~|Grants permission to view details about a configuration",
  GetConfigurationProfile: "|,;~~~|Grants permission to view details about a configuration profile",
  GetDeployment: "|,;~~~|Grants permission to view details about a deployment",
  GetDeploymentStrategy: "|,;~~~|Grants permission to view details about a deployment strategy",
  GetEnvironment: "|,;~~~|Grants permission to view details about an environment",
  GetExtension: "|,;~~~|Grants permission to view details about an extension",
  GetExtensionAssociation: "|,;~~~|Grants permission to view details about an extension association",
  GetHostedConfigurationVersion: "|,;~~~|Grants permission to view details about a hosted configuration version",
  GetLatestConfiguration: "|,;~~appconfigdata~|Grants permission to retrieve a deployed configuration",
  ListApplications: "|,;~~~|Grants permission to list the applications in your account",
  ListConfigurationProfiles: "|,;~~~|Grants permission to list the configuration profiles for an application",
  ListDeploymentStrategies: "|,;~~~|Grants permission to list the deployment strategies for your account",
  ListDeployments: "|,;~~~|Grants permission to list the deployments for an environment",
  ListEnvironments: "|,;~~~|Grants permission to list the environments for an application",
  ListExtensionAssociations: "|,;~~~|Grants permission to list the extension associations in your account",
  ListExtensions: "|,;~~~|Grants permission to list the extensions in your account",
  ListHostedConfigurationVersions:
    "|,;~~~|Grants permission to list the hosted configuration versions for a configuration profile",
  ListTagsForResource: "|,;~~~|Grants permission to view a list of resource tags for a specified resource",
  StartConfigurationSession: "|,;~~appconfigdata~|Grants permission to start a configuration session",
  StartDeployment: "|,;~~~|Grants permission to initiate a deployment",
  StopDeployment: "|,;~~~|Grants permission to stop a deployment",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag an appconfig resource",
  UntagResource: "|,;~~~|Grants permission to untag an appconfig resource",
  UpdateAccountSettings: "|,;~~~|Grants permission to modify account-wide AppConfig settings",
  UpdateApplication: "|,;~~~|Grants permission to modify an application",
  UpdateConfigurationProfile: "|,;~~~|Grants permission to modify a configuration profile",
  UpdateDeploymentStrategy: "|,;~~~|Grants permission to modify a deployment strategy",
  UpdateEnvironment: "|,;~~~|Grants permission to modify an environment",
  UpdateExtension: "|,;~~~|Grants permission to modify an extension",
  UpdateExtensionAssociation: "|,;~~~|Grants permission to modify an extension association",
  ValidateConfiguration: "|,;~~~|Grants permission to validate a configuration",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId} */
  application: "|,|1",
  /** The configuration resource type: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/environment/${EnvironmentId}/configuration/${ConfigurationProfileId} */
  configuration: "|,|1",
  /** The configurationprofile resource type: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/configurationprofile/${ConfigurationProfileId} */
  configurationprofile: "|,|1",
  /** The deployment resource type: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/environment/${EnvironmentId}/deployment/${DeploymentNumber} */
  deployment: "|,|1",
  /** The deploymentstrategy resource type: arn:${Partition}:appconfig:${Region}:${Account}:deploymentstrategy/${DeploymentStrategyId} */
  deploymentstrategy: "|,|1",
  /** The environment resource type: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/environment/${EnvironmentId} */
  environment: "|,|1",
  /** The extension resource type: arn:${Partition}:appconfig:${Region}:${Account}:extension/${ExtensionId}/${ExtensionVersionNumber} */
  extension: "|,|1",
  /** The extensionassociation resource type: arn:${Partition}:appconfig:${Region}:${Account}:extensionassociation/${ExtensionAssociationId} */
  extensionassociation: "|,|1",
  /** The hostedconfigurationversion resource type: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/configurationprofile/${ConfigurationProfileId} */
  hostedconfigurationversion: "|,|",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}. */
  application: "|,application|arn:|Partition|:appconfig:|Region|:|Account|:application/|ApplicationId|",
  /** ARN of a configuration resource: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/environment/${EnvironmentId}/configuration/${ConfigurationProfileId}. */
  configuration:
    "|,configuration|arn:|Partition|:appconfig:|Region|:|Account|:application/|ApplicationId|/environment/|EnvironmentId|/configuration/|ConfigurationProfileId|",
  /** ARN of a configurationprofile resource: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/configurationprofile/${ConfigurationProfileId}. */
  configurationprofile:
    "|,configurationprofile|arn:|Partition|:appconfig:|Region|:|Account|:application/|ApplicationId|/configurationprofile/|ConfigurationProfileId|",
  /** ARN of a deployment resource: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/environment/${EnvironmentId}/deployment/${DeploymentNumber}. */
  deployment:
    "|,deployment|arn:|Partition|:appconfig:|Region|:|Account|:application/|ApplicationId|/environment/|EnvironmentId|/deployment/|DeploymentNumber|",
  /** ARN of a deploymentstrategy resource: arn:${Partition}:appconfig:${Region}:${Account}:deploymentstrategy/${DeploymentStrategyId}. */
  deploymentstrategy:
    "|,deploymentstrategy|arn:|Partition|:appconfig:|Region|:|Account|:deploymentstrategy/|DeploymentStrategyId|",
  /** ARN of a environment resource: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/environment/${EnvironmentId}. */
  environment:
    "|,environment|arn:|Partition|:appconfig:|Region|:|Account|:application/|ApplicationId|/environment/|EnvironmentId|",
  /** ARN of a extension resource: arn:${Partition}:appconfig:${Region}:${Account}:extension/${ExtensionId}/${ExtensionVersionNumber}. */
  extension:
    "|,extension|arn:|Partition|:appconfig:|Region|:|Account|:extension/|ExtensionId|/|ExtensionVersionNumber|",
  /** ARN of a extensionassociation resource: arn:${Partition}:appconfig:${Region}:${Account}:extensionassociation/${ExtensionAssociationId}. */
  extensionassociation:
    "|,extensionassociation|arn:|Partition|:appconfig:|Region|:|Account|:extensionassociation/|ExtensionAssociationId|",
  /** ARN of a hostedconfigurationversion resource: arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/configurationprofile/${ConfigurationProfileId}. */
  hostedconfigurationversion:
    "|,hostedconfigurationversion|arn:|Partition|:appconfig:|Region|:|Account|:application/|ApplicationId|/configurationprofile/|ConfigurationProfileId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "application",
  "configuration",
  "configurationprofile",
  "deployment",
  "deploymentstrategy",
  "environment",
  "extension",
  "extensionassociation",
  "hostedconfigurationversion",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "appconfig">;
/** Any appconfig action. */
export type Action = ActionOf<typeof actionFacts, "appconfig">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "appconfig">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "appconfig" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every appconfig action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the allowed set of values for a specified tag. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key-value pair assigned to the AWS resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the allowed set of values for a specified tag",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key-value pair assigned to the AWS resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "appconfig",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
