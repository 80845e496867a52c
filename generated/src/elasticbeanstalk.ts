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
export const prefix: "elasticbeanstalk" = "elasticbeanstalk";
/** The service's name in the reference. */
export const serviceName: "AWS Elastic Beanstalk" = "AWS Elastic Beanstalk";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elastic Beanstalk",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselasticbeanstalk.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "elasticbeanstalk:FromApplication",
  "elasticbeanstalk:FromApplicationVersion",
  "elasticbeanstalk:FromConfigurationTemplate",
  "elasticbeanstalk:FromEnvironment",
  "elasticbeanstalk:FromPlatform",
  "elasticbeanstalk:FromSolutionStack",
  "elasticbeanstalk:InApplication",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to cancel in-progress environment configuration update or application version deployment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_AbortEnvironmentUpdate.html */
  AbortEnvironmentUpdate: "W|||3;1;9|||",
  /** Grants permission to add tags to an Elastic Beanstalk resource and to update tag values. Access level: Tagging. Resources: application, applicationversion, configurationtemplate, environment, platform. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_UpdateTagsForResource.html */
  AddTags: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||",
  /** Grants permission to apply a scheduled managed action immediately. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_ApplyEnvironmentManagedAction.html */
  ApplyEnvironmentManagedAction: "W|||3;1;9|||",
  /** Grants permission to associate an operations role with an environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_AssociateEnvironmentOperationsRole.html */
  AssociateEnvironmentOperationsRole: "W|||3;1;|||",
  /** Grants permission to check CNAME availability. Access level: Read. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_CheckDNSAvailability.html */
  CheckDNSAvailability: "R||||||",
  /** Grants permission to create or update a group of environments, each running a separate component of a single application. Access level: Write. Resources: application*, applicationversion*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_ComposeEnvironments.html */
  ComposeEnvironments: "W|||0;1;,1;1;9|||",
  /** Grants permission to create a new application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_CreateApplication.html */
  CreateApplication: "W|||0;1;|0,2||",
  /** Grants permission to create an application version for an application. Access level: Write. Resources: application*, applicationversion*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_CreateApplicationVersion.html */
  CreateApplicationVersion: "W|||0;1;,1;1;0~2~9|||",
  /** Grants permission to create a configuration template. Access level: Write. Resources: configurationtemplate*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_CreateConfigurationTemplate.html */
  CreateConfigurationTemplate: "W|||2;1;9|0,2,3,4,5,6,7,8||",
  /** Grants permission to launch an environment for an application. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_CreateEnvironment.html */
  CreateEnvironment: "W|||3;1;9|0,2,4,5,7,8||",
  /** Grants permission to create a new version of a custom platform. Access level: Write. Resources: platform*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_CreatePlatformVersion.html */
  CreatePlatformVersion: "W|||4;1;|0,2||",
  /** Grants permission to create the Amazon S3 storage location for the account. Access level: Write. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_CreateStorageLocation.html */
  CreateStorageLocation: "W||||||",
  /** Grants permission to delete an application along with all associated versions and configurations. Access level: Write. Resources: application*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||",
  /** Grants permission to delete an application version from an application. Access level: Write. Resources: applicationversion*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DeleteApplicationVersion.html */
  DeleteApplicationVersion: "W|||1;1;9|||",
  /** Grants permission to delete a configuration template. Access level: Write. Resources: configurationtemplate*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DeleteConfigurationTemplate.html */
  DeleteConfigurationTemplate: "W|||2;1;9|||",
  /** Grants permission to delete the draft configuration associated with the running environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DeleteEnvironmentConfiguration.html */
  DeleteEnvironmentConfiguration: "W|||3;1;9|||",
  /** Grants permission to delete a version of a custom platform. Access level: Write. Resources: platform*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DeletePlatformVersion.html */
  DeletePlatformVersion: "W|||4;1;|||",
  /** Grants permission to retrieve a list of account attributes, including resource quotas. Access level: Read. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeAccountAttributes.html */
  DescribeAccountAttributes: "R||||||",
  /** Grants permission to retrieve a list of application versions stored in an AWS Elastic Beanstalk storage bucket. Access level: List. Resources: applicationversion. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeApplicationVersions.html */
  DescribeApplicationVersions: "L|||1;0;9|||",
  /** Grants permission to retrieve the descriptions of existing applications. Access level: List. Resources: application. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeApplications.html */
  DescribeApplications: "L|||0;0;|||",
  /** Grants permission to retrieve descriptions of environment configuration options. Access level: Read. Resources: configurationtemplate, environment, solutionstack. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeConfigurationOptions.html */
  DescribeConfigurationOptions: "R|||2;0;9,3;0;9,5;0;|||",
  /** Grants permission to retrieve a description of the settings for a configuration set. Access level: Read. Resources: configurationtemplate, environment. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeConfigurationSettings.html */
  DescribeConfigurationSettings: "R|||2;0;9,3;0;9|||",
  /** Grants permission to retrieve information about the overall health of an environment. Access level: Read. Resources: environment. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeEnvironmentHealth.html */
  DescribeEnvironmentHealth: "R|||3;0;|||",
  /** Grants permission to retrieve a list of an environment's completed and failed managed actions. Access level: Read. Resources: environment. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeEnvironmentManagedActionHistory.html */
  DescribeEnvironmentManagedActionHistory: "R|||3;0;9|||",
  /** Grants permission to retrieve a list of an environment's upcoming and in-progress managed actions. Access level: Read. Resources: environment. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeEnvironmentManagedActions.html */
  DescribeEnvironmentManagedActions: "R|||3;0;9|||",
  /** Grants permission to retrieve a list of AWS resources for an environment. Access level: Read. Resources: environment. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeEnvironmentResources.html */
  DescribeEnvironmentResources: "R|||3;0;9|||",
  /** Grants permission to retrieve descriptions for existing environments. Access level: List. Resources: environment. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeEnvironments.html */
  DescribeEnvironments: "L|||3;0;9|||;",
  /** Grants permission to retrieve a list of event descriptions matching a set of criteria. Access level: Read. Resources: application, applicationversion, configurationtemplate, environment. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeEvents.html */
  DescribeEvents: "R|||0;0;,1;0;9,2;0;9,3;0;9|||",
  /** Grants permission to retrieve more detailed information about the health of environment instances. Access level: Read. Resources: environment. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeInstancesHealth.html */
  DescribeInstancesHealth: "R|||3;0;|||",
  /** Grants permission to retrieve a description of a managed platform version. Access level: Read. Resources: platform. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribePlatformVersion.html */
  DescribePlatformVersion: "R|||4;0;|||",
  /** Grants permission to disassociate an operations role with an environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DisassociateEnvironmentOperationsRole.html */
  DisassociateEnvironmentOperationsRole: "W|||3;1;|||",
  /** Grants permission to retrieve a list of the available solution stack names. Access level: List. Resources: solutionstack. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_ListAvailableSolutionStacks.html */
  ListAvailableSolutionStacks: "L|||5;0;|||",
  /** Grants permission to retrieve a list of the available platform branches. Access level: List. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_ListPlatformBranches.html */
  ListPlatformBranches: "L||||||",
  /** Grants permission to retrieve a list of the available platforms. Access level: List. Resources: platform. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_ListPlatformVersions.html */
  ListPlatformVersions: "L|||4;0;|||",
  /** Grants permission to retrieve a list of tags of an Elastic Beanstalk resource. Access level: Read. Resources: application, applicationversion, configurationtemplate, environment, platform. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;|||",
  /** Grants permission to submit instance statistics for enhanced health. Access level: Write. Resources: application*, environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/health-enhanced.html#health-enhanced-authz */
  PutInstanceStatistics: "W|||0;1;,3;1;|||",
  /** Grants permission to delete and recreate all of the AWS resources for an environment and to force a restart. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_RebuildEnvironment.html */
  RebuildEnvironment: "W|||3;1;9|||",
  /** Grants permission to remove tags from an Elastic Beanstalk resource. Access level: Tagging. Resources: application, applicationversion, configurationtemplate, environment, platform. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_UpdateTagsForResource.html */
  RemoveTags: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||",
  /** Grants permission to initiate a request to compile information of the deployed environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_RequestEnvironmentInfo.html */
  RequestEnvironmentInfo: "R|||3;1;9|||",
  /** Grants permission to request an environment to restart the application container server running on each Amazon EC2 instance. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_RestartAppServer.html */
  RestartAppServer: "W|||3;1;9|||",
  /** Grants permission to retrieve the compiled information from a RequestEnvironmentInfo request. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_RetrieveEnvironmentInfo.html */
  RetrieveEnvironmentInfo: "R|||3;1;9|||",
  /** Grants permission to swap the CNAMEs of two environments. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_SwapEnvironmentCNAMEs.html */
  SwapEnvironmentCNAMEs: "W|||3;1;9|6||",
  /** Grants permission to terminate an environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_TerminateEnvironment.html */
  TerminateEnvironment: "W|||3;1;9|||",
  /** Grants permission to update an application with specified properties. Access level: Write. Resources: application*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;|||",
  /** Grants permission to update the application version lifecycle policy associated with the application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_UpdateApplicationResourceLifecycle.html */
  UpdateApplicationResourceLifecycle: "W|||0;1;|||",
  /** Grants permission to update an application version with specified properties. Access level: Write. Resources: applicationversion*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_UpdateApplicationVersion.html */
  UpdateApplicationVersion: "W|||1;1;9|||",
  /** Grants permission to update a configuration template with specified properties or configuration option values. Access level: Write. Resources: configurationtemplate*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_UpdateConfigurationTemplate.html */
  UpdateConfigurationTemplate: "W|||2;1;9|3,4,5,6,7,8||",
  /** Grants permission to update an environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_UpdateEnvironment.html */
  UpdateEnvironment: "W|||3;1;9|4,5,7,8||",
  /** Doesn't grant permission to update tags. To grant permission to add tags to an Elastic Beanstalk resource, remove tags, and to update tag values, specify elasticbeanstalk:AddTags and elasticbeanstalk:RemoveTags. Access level: Tagging. Resources: application, applicationversion, configurationtemplate, environment, platform. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_UpdateTagsForResource.html */
  UpdateTagsForResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||",
  /** Grants permission to check the validity of a set of configuration settings for a configuration template or an environment. Access level: Read. Resources: configurationtemplate, environment. https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_ValidateConfigurationSettings.html */
  ValidateConfigurationSettings: "R|||2;0;9,3;0;9|||",
} as const;
const actionDetails = {
  AbortEnvironmentUpdate:
    "|,;~|Grants permission to cancel in-progress environment configuration update or application version deployment",
  AddTags: "|,;~|Grants permission to add tags to an Elastic Beanstalk resource and to update tag values",
  ApplyEnvironmentManagedAction: "|,;~|Grants permission to apply a scheduled managed action immediately",
  AssociateEnvironmentOperationsRole: "|,;~|Grants permission to associate an operations role with an environment",
  CheckDNSAvailability: "|,;~|Grants permission to check CNAME availability",
  ComposeEnvironments:
    "|,;~|Grants permission to create or update a group of environments, each running a separate component of a single application",
  CreateApplication: "|,;~|Grants permission to create a new application",
  CreateApplicationVersion: "|,;~|Grants permission to create an application version for an application",
  CreateConfigurationTemplate: "|,;~|Grants permission to create a configuration template",
  CreateEnvironment: "|,;~|Grants permission to launch an environment for an application",
  CreatePlatformVersion: "|,;~|Grants permission to create a new version of a custom platform",
  CreateStorageLocation: "|,;~|Grants permission to create the Amazon S3 storage location for the account",
  DeleteApplication:
    "|,;~|Grants permission to delete an application along with all associated versions and configurations",
  DeleteApplicationVersion: "|,;~|Grants permission to delete an application version from an application",
  DeleteConfigurationTemplate: "|,;~|Grants permission to delete a configuration template",
  DeleteEnvironmentConfiguration:
    "|,;~|Grants permission to delete the draft configuration associated with the running environment",
  DeletePlatformVersion: "|,;~|Grants permission to delete a version of a custom platform",
  DescribeAccountAttributes:
    "|,;~|Grants permission to retrieve a list of account attributes, including resource quotas",
  DescribeApplicationVersions:
    "|,;~|Grants permission to retrieve a list of application versions stored in an AWS Elastic Beanstalk storage bucket",
  DescribeApplications: "|,;~|Grants permission to retrieve the descriptions of existing applications",
  DescribeConfigurationOptions: "|,;~|Grants permission to retrieve descriptions of environment configuration options",
  DescribeConfigurationSettings:
    "|,;~|Grants permission to retrieve a description of the settings for a configuration set",
  DescribeEnvironmentHealth:
    "|,;~|Grants permission to retrieve information about the overall health of an environment",
  DescribeEnvironmentManagedActionHistory:
    "|,;~|Grants permission to retrieve a list of an environment's completed and failed managed actions",
  DescribeEnvironmentManagedActions:
    "|,;~|Grants permission to retrieve a list of an environment's upcoming and in-progress managed actions",
  DescribeEnvironmentResources: "|,;~|Grants permission to retrieve a list of AWS resources for an environment",
  DescribeEnvironments: "|,;~~~|Grants permission to retrieve descriptions for existing environments",
  DescribeEvents: "|,;~|Grants permission to retrieve a list of event descriptions matching a set of criteria",
  DescribeInstancesHealth:
    "|,;~|Grants permission to retrieve more detailed information about the health of environment instances",
  DescribePlatformVersion: "|,;~|Grants permission to retrieve a description of a managed platform version",
  DisassociateEnvironmentOperationsRole:
    "|,;~|Grants permission to disassociate an operations role with an environment",
  ListAvailableSolutionStacks: "|,;~|Grants permission to retrieve a list of the available solution stack names",
  ListPlatformBranches: "|,;~|Grants permission to retrieve a list of the available platform branches",
  ListPlatformVersions: "|,;~|Grants permission to retrieve a list of the available platforms",
  ListTagsForResource: "|,;~|Grants permission to retrieve a list of tags of an Elastic Beanstalk resource",
  PutInstanceStatistics: "|,;~|Grants permission to submit instance statistics for enhanced health",
  RebuildEnvironment:
    "|,;~|Grants permission to delete and recreate all of the AWS resources for an environment and to force a restart",
  RemoveTags: "|,;~|Grants permission to remove tags from an Elastic Beanstalk resource",
  RequestEnvironmentInfo:
    "|,;~|Grants permission to initiate a request to compile information of the deployed environment",
  RestartAppServer:
    "|,;~|Grants permission to request an environment to restart the application container server running on each Amazon EC2 instance",
  RetrieveEnvironmentInfo:
    "|,;~|Grants permission to retrieve the compiled information from a RequestEnvironmentInfo request",
  SwapEnvironmentCNAMEs: "|,;~|Grants permission to swap the CNAMEs of two environments",
  TerminateEnvironment: "|,;~|Grants permission to terminate an environment",
  UpdateApplication: "|,;~|Grants permission to update an application with specified properties",
  UpdateApplicationResourceLifecycle:
    "|,;~|Grants permission to update the application version lifecycle policy associated with the application",
  UpdateApplicationVersion: "|,;~|Grants permission to update an application version with specified properties",
  UpdateConfigurationTemplate:
    "|,;~|Grants permission to update a configuration template with specified properties or configuration option values",
  UpdateEnvironment: "|,;~|Grants permission to update an environment",
  UpdateTagsForResource:
    "|,;~|Doesn't grant permission to update tags. To grant permission to add tags to an Elastic Beanstalk resource, remove tags, and to update tag values, specify elasticbeanstalk:AddTags and elasticbeanstalk:RemoveTags",
  ValidateConfigurationSettings:
    "|,;~|Grants permission to check the validity of a set of configuration settings for a configuration template or an environment",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:elasticbeanstalk:${Region}:${Account}:application/${ApplicationName} */
  application: "|,|1",
  /** The applicationversion resource type: arn:${Partition}:elasticbeanstalk:${Region}:${Account}:applicationversion/${ApplicationName}/${VersionLabel} */
  applicationversion: "|,|1,9",
  /** The configurationtemplate resource type: arn:${Partition}:elasticbeanstalk:${Region}:${Account}:configurationtemplate/${ApplicationName}/${TemplateName} */
  configurationtemplate: "|,|1,9",
  /** The environment resource type: arn:${Partition}:elasticbeanstalk:${Region}:${Account}:environment/${ApplicationName}/${EnvironmentName} */
  environment: "|,|1,9",
  /** The platform resource type: arn:${Partition}:elasticbeanstalk:${Region}::platform/${PlatformNameWithVersion} */
  platform: "|,|",
  /** The solutionstack resource type: arn:${Partition}:elasticbeanstalk:${Region}::solutionstack/${SolutionStackName} */
  solutionstack: "|,|",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:elasticbeanstalk:${Region}:${Account}:application/${ApplicationName}. */
  application: "|,application|arn:|Partition|:elasticbeanstalk:|Region|:|Account|:application/|ApplicationName|",
  /** ARN of a applicationversion resource: arn:${Partition}:elasticbeanstalk:${Region}:${Account}:applicationversion/${ApplicationName}/${VersionLabel}. */
  applicationversion:
    "|,applicationversion|arn:|Partition|:elasticbeanstalk:|Region|:|Account|:applicationversion/|ApplicationName|/|VersionLabel|",
  /** ARN of a configurationtemplate resource: arn:${Partition}:elasticbeanstalk:${Region}:${Account}:configurationtemplate/${ApplicationName}/${TemplateName}. */
  configurationtemplate:
    "|,configurationtemplate|arn:|Partition|:elasticbeanstalk:|Region|:|Account|:configurationtemplate/|ApplicationName|/|TemplateName|",
  /** ARN of a environment resource: arn:${Partition}:elasticbeanstalk:${Region}:${Account}:environment/${ApplicationName}/${EnvironmentName}. */
  environment:
    "|,environment|arn:|Partition|:elasticbeanstalk:|Region|:|Account|:environment/|ApplicationName|/|EnvironmentName|",
  /** ARN of a platform resource: arn:${Partition}:elasticbeanstalk:${Region}::platform/${PlatformNameWithVersion}. */
  platform: "|,platform|arn:|Partition|:elasticbeanstalk:|Region|::platform/|PlatformNameWithVersion|",
  /** ARN of a solutionstack resource: arn:${Partition}:elasticbeanstalk:${Region}::solutionstack/${SolutionStackName}. */
  solutionstack: "|,solutionstack|arn:|Partition|:elasticbeanstalk:|Region|::solutionstack/|SolutionStackName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "application",
  "applicationversion",
  "configurationtemplate",
  "environment",
  "platform",
  "solutionstack",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elasticbeanstalk">;
/** Any elasticbeanstalk action. */
export type Action = ActionOf<typeof actionFacts, "elasticbeanstalk">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elasticbeanstalk">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "elasticbeanstalk" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elasticbeanstalk action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by an application as a dependency or a constraint on an input parameter. */
  "elasticbeanstalk:FromApplication": "ARN";
  /** Filters access by an application version as a dependency or a constraint on an input parameter. */
  "elasticbeanstalk:FromApplicationVersion": "ARN";
  /** Filters access by a configuration template as a dependency or a constraint on an input parameter. */
  "elasticbeanstalk:FromConfigurationTemplate": "ARN";
  /** Filters access by an environment as a dependency or a constraint on an input parameter. */
  "elasticbeanstalk:FromEnvironment": "ARN";
  /** Filters access by a platform as a dependency or a constraint on an input parameter. */
  "elasticbeanstalk:FromPlatform": "ARN";
  /** Filters access by a solution stack as a dependency or a constraint on an input parameter. */
  "elasticbeanstalk:FromSolutionStack": "ARN";
  /** Filters access by the application that contains the resource that the action operates on. */
  "elasticbeanstalk:InApplication": "ARN";
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
  "elasticbeanstalk:FromApplication":
    "|,ARN|0||Filters access by an application as a dependency or a constraint on an input parameter",
  "elasticbeanstalk:FromApplicationVersion":
    "|,ARN|0||Filters access by an application version as a dependency or a constraint on an input parameter",
  "elasticbeanstalk:FromConfigurationTemplate":
    "|,ARN|0||Filters access by a configuration template as a dependency or a constraint on an input parameter",
  "elasticbeanstalk:FromEnvironment":
    "|,ARN|0||Filters access by an environment as a dependency or a constraint on an input parameter",
  "elasticbeanstalk:FromPlatform":
    "|,ARN|0||Filters access by a platform as a dependency or a constraint on an input parameter",
  "elasticbeanstalk:FromSolutionStack":
    "|,ARN|0||Filters access by a solution stack as a dependency or a constraint on an input parameter",
  "elasticbeanstalk:InApplication":
    "|,ARN|0||Filters access by the application that contains the resource that the action operates on",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "elasticbeanstalk",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
