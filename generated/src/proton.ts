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
export const prefix: "proton" = "proton";
/** The service's name in the reference. */
export const serviceName: "AWS Proton" = "AWS Proton";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Proton", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsproton.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "proton:EnvironmentTemplate",
  "proton:ServiceTemplate",
] as const;
const dependentActionList = ["codestar-connections:PassConnection", "iam:PassRole", "proton:TagResource"] as const;
const actionFacts = {
  /** Grants permission to reject an environment account connection request from another environment account. Access level: Write. Resources: environment-account-connection*. https://docs.aws.amazon.com/proton/latest/APIReference/API_AcceptEnvironmentAccountConnection.html */
  AcceptEnvironmentAccountConnection: "W|||3;1;|||;",
  /** Grants permission to cancel component deployment. Access level: Write. Resources: component*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CancelComponentDeployment.html */
  CancelComponentDeployment: "W|||0;1;|||;",
  /** Grants permission to cancel an environment deployment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CancelEnvironmentDeployment.html */
  CancelEnvironmentDeployment: "W|||2;1;|3||;",
  /** Grants permission to cancel a service instance deployment. Access level: Write. Resources: service-instance*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CancelServiceInstanceDeployment.html */
  CancelServiceInstanceDeployment: "W|||10;1;|4||;",
  /** Grants permission to cancel a service pipeline deployment. Access level: Write. Resources: service*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CancelServicePipelineDeployment.html */
  CancelServicePipelineDeployment: "W|||9;1;|4||;",
  /** Grants permission to create component. Access level: Write. Resources: component*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateComponent.html */
  CreateComponent: "W|||0;1;|0,2|2|;",
  /** Grants permission to create an environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateEnvironment.html */
  CreateEnvironment: "W|||2;1;|0,2,3|1,2|;",
  /** Grants permission to create an environment account connection. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateEnvironmentAccountConnection.html */
  CreateEnvironmentAccountConnection: "W||||0,2|1,2|;",
  /** Grants permission to create an environment template. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateEnvironmentTemplate.html */
  CreateEnvironmentTemplate: "W|||4;1;|0,2|2|;",
  /** Grants permission to create an environment template major version. DEPRECATED - use CreateEnvironmentTemplateVersion instead. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateEnvironmentTemplateMajorVersion.html */
  CreateEnvironmentTemplateMajorVersion: "W|||4;1;|0,2||",
  /** Grants permission to create an environment template minor version. DEPRECATED - use CreateEnvironmentTemplateVersion instead. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateEnvironmentTemplateMinorVersion.html */
  CreateEnvironmentTemplateMinorVersion: "W|||4;1;|0,2||",
  /** Grants permission to create an environment template version. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateEnvironmentTemplateVersion.html */
  CreateEnvironmentTemplateVersion: "W|||4;1;|0,2|2|;",
  /** Grants permission to create a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateRepository.html */
  CreateRepository: "W|||8;1;|0,2|0,2|;",
  /** Grants permission to create a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateService.html */
  CreateService: "W|||9;1;|0,2,4|0,2|;",
  /** Grants permission to create a service instance. Access level: Write. Resources: service-instance*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateServiceInstance.html */
  CreateServiceInstance: "W|||10;1;|0,2,4|2|;",
  /** Grants permission to create a service sync config. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateServiceSyncConfig.html */
  CreateServiceSyncConfig: "W||||||;",
  /** Grants permission to create a service template. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateServiceTemplate.html */
  CreateServiceTemplate: "W|||11;1;|0,2|2|;",
  /** Grants permission to create a service template major version. DEPRECATED - use CreateServiceTemplateVersion instead. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateServiceTemplateMajorVersion.html */
  CreateServiceTemplateMajorVersion: "W|||11;1;|0,2||",
  /** Grants permission to create a service template minor version. DEPRECATED - use CreateServiceTemplateVersion instead. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateServiceTemplateMinorVersion.html */
  CreateServiceTemplateMinorVersion: "W|||11;1;|0,2||",
  /** Grants permission to create a service template version. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateServiceTemplateVersion.html */
  CreateServiceTemplateVersion: "W|||11;1;|0,2||;",
  /** Grants permission to create a template sync config. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_CreateTemplateSyncConfig.html */
  CreateTemplateSyncConfig: "W||||||",
  /** Grants permission to delete account roles. DEPRECATED - use UpdateAccountSettings instead. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteAccountRoles.html */
  DeleteAccountRoles: "W||||||",
  /** Grants permission to delete component. Access level: Write. Resources: component*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteComponent.html */
  DeleteComponent: "W|||0;1;|||;",
  /** Grants permission to delete a deployment. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteDeployment.html */
  DeleteDeployment: "W|||1;1;|||;",
  /** Grants permission to delete an environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteEnvironment.html */
  DeleteEnvironment: "W|||2;1;|3||;",
  /** Grants permission to delete an environment account connection. Access level: Write. Resources: environment-account-connection*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteEnvironmentAccountConnection.html */
  DeleteEnvironmentAccountConnection: "W|||3;1;|||;",
  /** Grants permission to delete an environment template. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteEnvironmentTemplate.html */
  DeleteEnvironmentTemplate: "W|||4;1;|||;",
  /** Grants permission to delete an environment template major version. DEPRECATED - use DeleteEnvironmentTemplateVersion instead. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteEnvironmentTemplateMajorVersion.html */
  DeleteEnvironmentTemplateMajorVersion: "W|||4;1;|||",
  /** Grants permission to delete an environment template minor version. DEPRECATED - use DeleteEnvironmentTemplateVersion instead. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteEnvironmentTemplateMinorVersion.html */
  DeleteEnvironmentTemplateMinorVersion: "W|||4;1;|||",
  /** Grants permission to delete an environment template version. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteEnvironmentTemplateVersion.html */
  DeleteEnvironmentTemplateVersion: "W|||4;1;|||;",
  /** Grants permission to delete a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteRepository.html */
  DeleteRepository: "W|||8;1;|||;",
  /** Grants permission to delete a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteService.html */
  DeleteService: "W|||9;1;|4||;",
  /** Grants permission to delete a service sync config. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteServiceSyncConfig.html */
  DeleteServiceSyncConfig: "W||||||;",
  /** Grants permission to delete a service template. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteServiceTemplate.html */
  DeleteServiceTemplate: "W|||11;1;|||;",
  /** Grants permission to delete a service template major version. DEPRECATED - use DeleteServiceTemplateVersion instead. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteServiceTemplateMajorVersion.html */
  DeleteServiceTemplateMajorVersion: "W|||11;1;|||",
  /** Grants permission to delete a service template minor version. DEPRECATED - use DeleteServiceTemplateVersion instead. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteServiceTemplateMinorVersion.html */
  DeleteServiceTemplateMinorVersion: "W|||11;1;|||",
  /** Grants permission to delete a service template version. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteServiceTemplateVersion.html */
  DeleteServiceTemplateVersion: "W|||11;1;|||;",
  /** Grants permission to delete a TemplateSyncConfig. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_DeleteTemplateSyncConfig.html */
  DeleteTemplateSyncConfig: "W||||||;",
  /** Grants permission to get account roles. DEPRECATED - use GetAccountSettings instead. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetAccountRoles.html */
  GetAccountRoles: "R||||||",
  /** Grants permission to describe the account settings. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetAccountSettings.html */
  GetAccountSettings: "R||||||;",
  /** Grants permission to describe a component. Access level: Read. Resources: component*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetComponent.html */
  GetComponent: "R|||0;1;|||;,GetDeployment",
  /** Grants permission to describe a deployment. Access level: Read. Resources: deployment*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetDeployment.html */
  GetDeployment: "R|||1;1;||proton:GetComponent,proton:GetEnvironment,proton:GetService,proton:GetServiceInstance|;",
  /** Grants permission to describe an environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetEnvironment.html */
  GetEnvironment: "R|||2;1;|||GetDeployment,;",
  /** Grants permission to describe an environment account connection. Access level: Read. Resources: environment-account-connection*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetEnvironmentAccountConnection.html */
  GetEnvironmentAccountConnection: "R|||3;1;|||;",
  /** Grants permission to describe an environment template. Access level: Read. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetEnvironmentTemplate.html */
  GetEnvironmentTemplate: "R|||4;1;|||;",
  /** Grants permission to get an environment template major version. DEPRECATED - use GetEnvironmentTemplateVersion instead. Access level: Read. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetEnvironmentTemplateMajorVersion.html */
  GetEnvironmentTemplateMajorVersion: "R|||4;1;|||",
  /** Grants permission to get an environment template minor version. DEPRECATED - use GetEnvironmentTemplateVersion instead. Access level: Read. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetEnvironmentTemplateMinorVersion.html */
  GetEnvironmentTemplateMinorVersion: "R|||4;1;|||",
  /** Grants permission to describe an environment template version. Access level: Read. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetEnvironmentTemplateVersion.html */
  GetEnvironmentTemplateVersion: "R|||4;1;|||;",
  /** Grants permission to describe a repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetRepository.html */
  GetRepository: "R|||8;1;|||;",
  /** Grants permission to get the latest sync status for a repository. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetRepositorySyncStatus.html */
  GetRepositorySyncStatus: "R||||||;",
  /** Grants permission to list resource template version status counts. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetResourceTemplateVersionStatusCounts.html */
  GetResourceTemplateVersionStatusCounts: "R||||||",
  /** Grants permission to get resources summary. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetResourcesSummary.html */
  GetResourcesSummary: "R||||||;",
  /** Grants permission to describe a service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetService.html */
  GetService: "R|||9;1;|||GetDeployment,;",
  /** Grants permission to describe a service instance. Access level: Read. Resources: service-instance*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetServiceInstance.html */
  GetServiceInstance: "R|||10;1;|||GetDeployment,;",
  /** Grants permission to describe the sync status of a service instance. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetServiceInstanceSyncStatus.html */
  GetServiceInstanceSyncStatus: "R||||||;",
  /** Grants permission to describe service sync blockers on a service or service instance. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetServiceSyncBlockerSummary.html */
  GetServiceSyncBlockerSummary: "R||||||;",
  /** Grants permission to describe a service sync config. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetServiceSyncConfig.html */
  GetServiceSyncConfig: "R||||||;",
  /** Grants permission to describe a service template. Access level: Read. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetServiceTemplate.html */
  GetServiceTemplate: "R|||11;1;|||;",
  /** Grants permission to get a service template major version. DEPRECATED - use GetServiceTemplateVersion instead. Access level: Read. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetServiceTemplateMajorVersion.html */
  GetServiceTemplateMajorVersion: "R|||11;1;|||",
  /** Grants permission to get a service template minor version. DEPRECATED - use GetServiceTemplateVersion instead. Access level: Read. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetServiceTemplateMinorVersion.html */
  GetServiceTemplateMinorVersion: "R|||11;1;|||",
  /** Grants permission to describe a service template version. Access level: Read. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetServiceTemplateVersion.html */
  GetServiceTemplateVersion: "R|||11;1;|||;",
  /** Grants permission to describe a TemplateSyncConfig. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetTemplateSyncConfig.html */
  GetTemplateSyncConfig: "R||||||;",
  /** Grants permission to describe the sync status of a template. Access level: Read. https://docs.aws.amazon.com/proton/latest/APIReference/API_GetTemplateSyncStatus.html */
  GetTemplateSyncStatus: "R||||||;",
  /** Grants permission to list component outputs. Access level: List. Resources: component*, deployment. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListComponentOutputs.html */
  ListComponentOutputs: "L|||0;1;,1;0;|||;",
  /** Grants permission to list component provisioned resources. Access level: List. Resources: component*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListComponentProvisionedResources.html */
  ListComponentProvisionedResources: "L|||0;1;|||;",
  /** Grants permission to list components. Access level: List. Resources: environment, service, service-instance. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListComponents.html */
  ListComponents: "L|||2;0;,9;0;,10;0;|||;",
  /** Grants permission to list deployments. Access level: List. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListDeployments.html */
  ListDeployments: "L||||||;",
  /** Grants permission to list environment account connections. Access level: List. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListEnvironmentAccountConnections.html */
  ListEnvironmentAccountConnections: "L||||||;",
  /** Grants permission to list environment outputs. Access level: List. Resources: deployment, environment*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListEnvironmentOutputs.html */
  ListEnvironmentOutputs: "L|||1;0;,2;1;|||;",
  /** Grants permission to list environment provisioned resources. Access level: List. Resources: environment*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListEnvironmentProvisionedResources.html */
  ListEnvironmentProvisionedResources: "L|||2;1;|||;",
  /** Grants permission to list environment template major versions. DEPRECATED - use ListEnvironmentTemplateVersions instead. Access level: List. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListEnvironmentTemplateMajorVersions.html */
  ListEnvironmentTemplateMajorVersions: "L|||4;1;|||",
  /** Grants permission to list an environment template minor versions. DEPRECATED - use ListEnvironmentTemplateVersions instead. Access level: List. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListEnvironmentTemplateMinorVersions.html */
  ListEnvironmentTemplateMinorVersions: "L|||4;1;|||",
  /** Grants permission to list environment template versions. Access level: List. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListEnvironmentTemplateVersions.html */
  ListEnvironmentTemplateVersions: "L|||4;1;|||;",
  /** Grants permission to list environment templates. Access level: List. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListEnvironmentTemplates.html */
  ListEnvironmentTemplates: "L||||||;",
  /** Grants permission to list environments. Access level: List. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListEnvironments.html */
  ListEnvironments: "L||||||;",
  /** Grants permission to list repositories. Access level: List. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListRepositories.html */
  ListRepositories: "L||||||;",
  /** Grants permission to list repository sync definitions. Access level: List. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListRepositorySyncDefinitions.html */
  ListRepositorySyncDefinitions: "L||||||;",
  /** Grants permission to list service instance outputs. Access level: List. Resources: deployment, service*, service-instance*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServiceInstanceOutputs.html */
  ListServiceInstanceOutputs: "L|||1;0;,9;1;,10;1;|||;",
  /** Grants permission to list service instance provisioned resources. Access level: List. Resources: service*, service-instance*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServiceInstanceProvisionedResources.html */
  ListServiceInstanceProvisionedResources: "L|||9;1;,10;1;|||;",
  /** Grants permission to list service instances. Access level: List. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServiceInstances.html */
  ListServiceInstances: "L||||||;",
  /** Grants permission to list service pipeline outputs. Access level: List. Resources: deployment, service*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServicePipelineOutputs.html */
  ListServicePipelineOutputs: "L|||1;0;,9;1;|||;",
  /** Grants permission to list service pipeline provisioned resources. Access level: List. Resources: service*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServicePipelineProvisionedResources.html */
  ListServicePipelineProvisionedResources: "L|||9;1;|||;",
  /** Grants permission to list service template major versions. DEPRECATED - use ListServiceTemplateVersions instead. Access level: List. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServiceTemplateMajorVersions.html */
  ListServiceTemplateMajorVersions: "L|||11;1;|||",
  /** Grants permission to list service template minor versions. DEPRECATED - use ListServiceTemplateVersions instead. Access level: List. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServiceTemplateMinorVersions.html */
  ListServiceTemplateMinorVersions: "L|||11;1;|||",
  /** Grants permission to list service template versions. Access level: List. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServiceTemplateVersions.html */
  ListServiceTemplateVersions: "L|||11;1;|||;",
  /** Grants permission to list service templates. Access level: List. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServiceTemplates.html */
  ListServiceTemplates: "L||||||;",
  /** Grants permission to list services. Access level: List. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListServices.html */
  ListServices: "L||||||;",
  /** Grants permission to list tags of a resource. Access level: Read. Resources: component, environment, environment-account-connection, environment-template, environment-template-major-version, environment-template-minor-version, environment-template-version, repository, service, service-instance, service-template, service-template-major-version, service-template-minor-version, service-template-version. https://docs.aws.amazon.com/proton/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|||;",
  /** Grants permission to notify Proton of resource deployment status changes. Access level: Write. Resources: environment, service-instance. https://docs.aws.amazon.com/proton/latest/APIReference/API_NotifyResourceDeploymentStatusChange.html */
  NotifyResourceDeploymentStatusChange: "W|||2;0;,10;0;|||;",
  /** Grants permission to reject an environment account connection request from another environment account. Access level: Write. Resources: environment-account-connection*. https://docs.aws.amazon.com/proton/latest/APIReference/API_RejectEnvironmentAccountConnection.html */
  RejectEnvironmentAccountConnection: "W|||3;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: component, environment, environment-account-connection, environment-template, environment-template-major-version, environment-template-minor-version, environment-template-version, repository, service, service-instance, service-template, service-template-major-version, service-template-minor-version, service-template-version. https://docs.aws.amazon.com/proton/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|0,2||CreateComponent,CreateEnvironment,CreateEnvironmentAccountConnection,CreateEnvironmentTemplate,CreateEnvironmentTemplateVersion,CreateRepository,CreateService,CreateServiceInstance,CreateServiceTemplate,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: component, environment, environment-account-connection, environment-template, environment-template-major-version, environment-template-minor-version, environment-template-version, repository, service, service-instance, service-template, service-template-major-version, service-template-minor-version, service-template-version. https://docs.aws.amazon.com/proton/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|2||;",
  /** Grants permission to update account roles. DEPRECATED - use UpdateAccountSettings instead. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateAccountRoles.html */
  UpdateAccountRoles: "W|||||1|",
  /** Grants permission to update the account settings. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateAccountSettings.html */
  UpdateAccountSettings: "W|||||1|;",
  /** Grants permission to update component. Access level: Write. Resources: component*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateComponent.html */
  UpdateComponent: "W|||0;1;|||;",
  /** Grants permission to update an environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateEnvironment.html */
  UpdateEnvironment: "W|||2;1;|3|1|;",
  /** Grants permission to update an environment account connection. Access level: Write. Resources: environment-account-connection*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateEnvironmentAccountConnection.html */
  UpdateEnvironmentAccountConnection: "W|||3;1;||1|;",
  /** Grants permission to update an environment template. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateEnvironmentTemplate.html */
  UpdateEnvironmentTemplate: "W|||4;1;|||;",
  /** Grants permission to update an environment template major version. DEPRECATED - use UpdateEnvironmentTemplateVersion instead. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateEnvironmentTemplateMajorVersion.html */
  UpdateEnvironmentTemplateMajorVersion: "W|||4;1;|||",
  /** Grants permission to update an environment template minor version. DEPRECATED - use UpdateEnvironmentTemplateVersion instead. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateEnvironmentTemplateMinorVersion.html */
  UpdateEnvironmentTemplateMinorVersion: "W|||4;1;|||",
  /** Grants permission to update an environment template version. Access level: Write. Resources: environment-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateEnvironmentTemplateVersion.html */
  UpdateEnvironmentTemplateVersion: "W|||4;1;|||;",
  /** Grants permission to update a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateService.html */
  UpdateService: "W|||9;1;|4||;",
  /** Grants permission to update a service instance. Access level: Write. Resources: service-instance*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateServiceInstance.html */
  UpdateServiceInstance: "W|||10;1;|4||;",
  /** Grants permission to update a service pipeline. Access level: Write. Resources: service*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateServicePipeline.html */
  UpdateServicePipeline: "W|||9;1;|4||;",
  /** Grants permission to update a service sync blocker. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateServiceSyncBlocker.html */
  UpdateServiceSyncBlocker: "W||||||;",
  /** Grants permission to update a service sync config. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateServiceSyncConfig.html */
  UpdateServiceSyncConfig: "W||||||",
  /** Grants permission to update a service template. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateServiceTemplate.html */
  UpdateServiceTemplate: "W|||11;1;|||;",
  /** Grants permission to update a service template major version. DEPRECATED - use UpdateServiceTemplateVersion instead. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateServiceTemplateMajorVersion.html */
  UpdateServiceTemplateMajorVersion: "W|||11;1;|||",
  /** Grants permission to create a service template minor version. DEPRECATED - use UpdateServiceTemplateVersion instead. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateServiceTemplateMinorVersion.html */
  UpdateServiceTemplateMinorVersion: "W|||11;1;|||",
  /** Grants permission to update a service template version. Access level: Write. Resources: service-template*. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateServiceTemplateVersion.html */
  UpdateServiceTemplateVersion: "W|||11;1;|||;",
  /** Grants permission to update a TemplateSyncConfig. Access level: Write. https://docs.aws.amazon.com/proton/latest/APIReference/API_UpdateTemplateSyncConfig.html */
  UpdateTemplateSyncConfig: "W||||||",
} as const;
const actionDetails = {
  AcceptEnvironmentAccountConnection:
    "|,;~~~|Grants permission to reject an environment account connection request from another environment account",
  CancelComponentDeployment: "|,;~~~|Grants permission to cancel component deployment",
  CancelEnvironmentDeployment: "|,;~~~|Grants permission to cancel an environment deployment",
  CancelServiceInstanceDeployment: "|,;~~~|Grants permission to cancel a service instance deployment",
  CancelServicePipelineDeployment: "|,;~~~|Grants permission to cancel a service pipeline deployment",
  CreateComponent: "|,;~~~|Grants permission to create component",
  CreateEnvironment: "|,;~~~|Grants permission to create an environment",
  CreateEnvironmentAccountConnection: "|,;~~~|Grants permission to create an environment account connection",
  CreateEnvironmentTemplate: "|,;~~~|Grants permission to create an environment template",
  CreateEnvironmentTemplateMajorVersion:
    "|,;~|Grants permission to create an environment template major version. DEPRECATED - use CreateEnvironmentTemplateVersion instead",
  CreateEnvironmentTemplateMinorVersion:
    "|,;~|Grants permission to create an environment template minor version. DEPRECATED - use CreateEnvironmentTemplateVersion instead",
  CreateEnvironmentTemplateVersion: "|,;~~~|Grants permission to create an environment template version",
  CreateRepository: "|,;~~~|Grants permission to create a repository",
  CreateService: "|,;~~~|Grants permission to create a service",
  CreateServiceInstance: "|,;~~~|Grants permission to create a service instance",
  CreateServiceSyncConfig: "|,;~~~|Grants permission to create a service sync config",
  CreateServiceTemplate: "|,;~~~|Grants permission to create a service template",
  CreateServiceTemplateMajorVersion:
    "|,;~|Grants permission to create a service template major version. DEPRECATED - use CreateServiceTemplateVersion instead",
  CreateServiceTemplateMinorVersion:
    "|,;~|Grants permission to create a service template minor version. DEPRECATED - use CreateServiceTemplateVersion instead",
  CreateServiceTemplateVersion: "|,;~~~|Grants permission to create a service template version",
  CreateTemplateSyncConfig: "|,;~|Grants permission to create a template sync config",
  DeleteAccountRoles: "|,;~|Grants permission to delete account roles. DEPRECATED - use UpdateAccountSettings instead",
  DeleteComponent: "|,;~~~|Grants permission to delete component",
  DeleteDeployment: "|,;~~~|Grants permission to delete a deployment",
  DeleteEnvironment: "|,;~~~|Grants permission to delete an environment",
  DeleteEnvironmentAccountConnection: "|,;~~~|Grants permission to delete an environment account connection",
  DeleteEnvironmentTemplate: "|,;~~~|Grants permission to delete an environment template",
  DeleteEnvironmentTemplateMajorVersion:
    "|,;~|Grants permission to delete an environment template major version. DEPRECATED - use DeleteEnvironmentTemplateVersion instead",
  DeleteEnvironmentTemplateMinorVersion:
    "|,;~|Grants permission to delete an environment template minor version. DEPRECATED - use DeleteEnvironmentTemplateVersion instead",
  DeleteEnvironmentTemplateVersion: "|,;~~~|Grants permission to delete an environment template version",
  DeleteRepository: "|,;~~~|Grants permission to delete a repository",
  DeleteService: "|,;~~~|Grants permission to delete a service",
  DeleteServiceSyncConfig: "|,;~~~|Grants permission to delete a service sync config",
  DeleteServiceTemplate: "|,;~~~|Grants permission to delete a service template",
  DeleteServiceTemplateMajorVersion:
    "|,;~|Grants permission to delete a service template major version. DEPRECATED - use DeleteServiceTemplateVersion instead",
  DeleteServiceTemplateMinorVersion:
    "|,;~|Grants permission to delete a service template minor version. DEPRECATED - use DeleteServiceTemplateVersion instead",
  DeleteServiceTemplateVersion: "|,;~~~|Grants permission to delete a service template version",
  DeleteTemplateSyncConfig: "|,;~~~|Grants permission to delete a TemplateSyncConfig",
  GetAccountRoles: "|,;~|Grants permission to get account roles. DEPRECATED - use GetAccountSettings instead",
  GetAccountSettings: "|,;~~~|Grants permission to describe the account settings",
  GetComponent: "|,;~~~,~~|Grants permission to describe a component",
  GetDeployment: "|,;~~~|Grants permission to describe a deployment",
  GetEnvironment: "|,;~~~,~~|Grants permission to describe an environment",
  GetEnvironmentAccountConnection: "|,;~~~|Grants permission to describe an environment account connection",
  GetEnvironmentTemplate: "|,;~~~|Grants permission to describe an environment template",
  GetEnvironmentTemplateMajorVersion:
    "|,;~|Grants permission to get an environment template major version. DEPRECATED - use GetEnvironmentTemplateVersion instead",
  GetEnvironmentTemplateMinorVersion:
    "|,;~|Grants permission to get an environment template minor version. DEPRECATED - use GetEnvironmentTemplateVersion instead",
  GetEnvironmentTemplateVersion: "|,;~~~|Grants permission to describe an environment template version",
  GetRepository: "|,;~~~|Grants permission to describe a repository",
  GetRepositorySyncStatus: "|,;~~~|Grants permission to get the latest sync status for a repository",
  GetResourceTemplateVersionStatusCounts: "|,;~|Grants permission to list resource template version status counts",
  GetResourcesSummary: "|,;~~~|Grants permission to get resources summary",
  GetService: "|,;~~~,~~|Grants permission to describe a service",
  GetServiceInstance: "|,;~~~,~~|Grants permission to describe a service instance",
  GetServiceInstanceSyncStatus: "|,;~~~|Grants permission to describe the sync status of a service instance",
  GetServiceSyncBlockerSummary:
    "|,;~~~|Grants permission to describe service sync blockers on a service or service instance",
  GetServiceSyncConfig: "|,;~~~|Grants permission to describe a service sync config",
  GetServiceTemplate: "|,;~~~|Grants permission to describe a service template",
  GetServiceTemplateMajorVersion:
    "|,;~|Grants permission to get a service template major version. DEPRECATED - use GetServiceTemplateVersion instead",
  GetServiceTemplateMinorVersion:
    "|,;~|Grants permission to get a service template minor version. DEPRECATED - use GetServiceTemplateVersion instead",
  GetServiceTemplateVersion: "|,;~~~|Grants permission to describe a service template version",
  GetTemplateSyncConfig: "|,;~~~|Grants permission to describe a TemplateSyncConfig",
  GetTemplateSyncStatus: "|,;~~~|Grants permission to describe the sync status of a template",
  ListComponentOutputs: "|,;~~~|Grants permission to list component outputs",
  ListComponentProvisionedResources: "|,;~~~|Grants permission to list component provisioned resources",
  ListComponents: "|,;~~~|Grants permission to list components",
  ListDeployments: "|,;~~~|Grants permission to list deployments",
  ListEnvironmentAccountConnections: "|,;~~~|Grants permission to list environment account connections",
  ListEnvironmentOutputs: "|,;~~~|Grants permission to list environment outputs",
  ListEnvironmentProvisionedResources: "|,;~~~|Grants permission to list environment provisioned resources",
  ListEnvironmentTemplateMajorVersions:
    "|,;~|Grants permission to list environment template major versions. DEPRECATED - use ListEnvironmentTemplateVersions instead",
  ListEnvironmentTemplateMinorVersions:
    "|,;~|Grants permission to list an environment template minor versions. DEPRECATED - use ListEnvironmentTemplateVersions instead",
  ListEnvironmentTemplateVersions: "|,;~~~|Grants permission to list environment template versions",
  ListEnvironmentTemplates: "|,;~~~|Grants permission to list environment templates",
  ListEnvironments: "|,;~~~|Grants permission to list environments",
  ListRepositories: "|,;~~~|Grants permission to list repositories",
  ListRepositorySyncDefinitions: "|,;~~~|Grants permission to list repository sync definitions",
  ListServiceInstanceOutputs: "|,;~~~|Grants permission to list service instance outputs",
  ListServiceInstanceProvisionedResources: "|,;~~~|Grants permission to list service instance provisioned resources",
  ListServiceInstances: "|,;~~~|Grants permission to list service instances",
  ListServicePipelineOutputs: "|,;~~~|Grants permission to list service pipeline outputs",
  ListServicePipelineProvisionedResources: "|,;~~~|Grants permission to list service pipeline provisioned resources",
  ListServiceTemplateMajorVersions:
    "|,;~|Grants permission to list service template major versions. DEPRECATED - use ListServiceTemplateVersions instead",
  ListServiceTemplateMinorVersions:
    "|,;~|Grants permission to list service template minor versions. DEPRECATED - use ListServiceTemplateVersions instead",
  ListServiceTemplateVersions: "|,;~~~|Grants permission to list service template versions",
  ListServiceTemplates: "|,;~~~|Grants permission to list service templates",
  ListServices: "|,;~~~|Grants permission to list services",
  ListTagsForResource: "|,;~~~|Grants permission to list tags of a resource",
  NotifyResourceDeploymentStatusChange:
    "|,;~~~|Grants permission to notify Proton of resource deployment status changes",
  RejectEnvironmentAccountConnection:
    "|,;~~~|Grants permission to reject an environment account connection request from another environment account",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateAccountRoles: "|,;~|Grants permission to update account roles. DEPRECATED - use UpdateAccountSettings instead",
  UpdateAccountSettings: "|,;~~~|Grants permission to update the account settings",
  UpdateComponent: "|,;~~~|Grants permission to update component",
  UpdateEnvironment: "|,;~~~|Grants permission to update an environment",
  UpdateEnvironmentAccountConnection: "|,;~~~|Grants permission to update an environment account connection",
  UpdateEnvironmentTemplate: "|,;~~~|Grants permission to update an environment template",
  UpdateEnvironmentTemplateMajorVersion:
    "|,;~|Grants permission to update an environment template major version. DEPRECATED - use UpdateEnvironmentTemplateVersion instead",
  UpdateEnvironmentTemplateMinorVersion:
    "|,;~|Grants permission to update an environment template minor version. DEPRECATED - use UpdateEnvironmentTemplateVersion instead",
  UpdateEnvironmentTemplateVersion: "|,;~~~|Grants permission to update an environment template version",
  UpdateService: "|,;~~~|Grants permission to update a service",
  UpdateServiceInstance: "|,;~~~|Grants permission to update a service instance",
  UpdateServicePipeline: "|,;~~~|Grants permission to update a service pipeline",
  UpdateServiceSyncBlocker: "|,;~~~|Grants permission to update a service sync blocker",
  UpdateServiceSyncConfig: "|,;~|Grants permission to update a service sync config",
  UpdateServiceTemplate: "|,;~~~|Grants permission to update a service template",
  UpdateServiceTemplateMajorVersion:
    "|,;~|Grants permission to update a service template major version. DEPRECATED - use UpdateServiceTemplateVersion instead",
  UpdateServiceTemplateMinorVersion:
    "|,;~|Grants permission to create a service template minor version. DEPRECATED - use UpdateServiceTemplateVersion instead",
  UpdateServiceTemplateVersion: "|,;~~~|Grants permission to update a service template version",
  UpdateTemplateSyncConfig: "|,;~|Grants permission to update a TemplateSyncConfig",
};
const resourceTypeFacts = {
  /** The component resource type: arn:${Partition}:proton:${Region}:${Account}:component/${Id} */
  component: "|,|1",
  /** The deployment resource type: arn:${Partition}:proton:${Region}:${Account}:deployment/${Id} */
  deployment: "|,|1",
  /** The environment resource type: arn:${Partition}:proton:${Region}:${Account}:environment/${Name} */
  environment: "|,|1",
  /** The environment-account-connection resource type: arn:${Partition}:proton:${Region}:${Account}:environment-account-connection/${Id} */
  "environment-account-connection": "|,environmentAccountConnection|1",
  /** The environment-template resource type: arn:${Partition}:proton:${Region}:${Account}:environment-template/${Name} */
  "environment-template": "|,environmentTemplate|1",
  /** The environment-template-major-version resource type: arn:${Partition}:proton:${Region}:${Account}:environment-template/${TemplateName}:${MajorVersionId} */
  "environment-template-major-version": "|,environmentTemplateMajorVersion|1",
  /** The environment-template-minor-version resource type: arn:${Partition}:proton:${Region}:${Account}:environment-template/${TemplateName}:${MajorVersionId}.${MinorVersionId} */
  "environment-template-minor-version": "|,environmentTemplateMinorVersion|1",
  /** The environment-template-version resource type: arn:${Partition}:proton:${Region}:${Account}:environment-template/${TemplateName}:${MajorVersion}.${MinorVersion} */
  "environment-template-version": "|,environmentTemplateVersion|1",
  /** The repository resource type: arn:${Partition}:proton:${Region}:${Account}:repository/${Provider}:${Name} */
  repository: "|,|1",
  /** The service resource type: arn:${Partition}:proton:${Region}:${Account}:service/${Name} */
  service: "|,|1",
  /** The service-instance resource type: arn:${Partition}:proton:${Region}:${Account}:service/${ServiceName}/service-instance/${Name} */
  "service-instance": "|,serviceInstance|1",
  /** The service-template resource type: arn:${Partition}:proton:${Region}:${Account}:service-template/${Name} */
  "service-template": "|,serviceTemplate|1",
  /** The service-template-major-version resource type: arn:${Partition}:proton:${Region}:${Account}:service-template/${TemplateName}:${MajorVersionId} */
  "service-template-major-version": "|,serviceTemplateMajorVersion|1",
  /** The service-template-minor-version resource type: arn:${Partition}:proton:${Region}:${Account}:service-template/${TemplateName}:${MajorVersionId}.${MinorVersionId} */
  "service-template-minor-version": "|,serviceTemplateMinorVersion|1",
  /** The service-template-version resource type: arn:${Partition}:proton:${Region}:${Account}:service-template/${TemplateName}:${MajorVersion}.${MinorVersion} */
  "service-template-version": "|,serviceTemplateVersion|1",
} as const;
const arnFormats = {
  /** ARN of a component resource: arn:${Partition}:proton:${Region}:${Account}:component/${Id}. */
  component: "|,component|arn:|Partition|:proton:|Region|:|Account|:component/|Id|",
  /** ARN of a deployment resource: arn:${Partition}:proton:${Region}:${Account}:deployment/${Id}. */
  deployment: "|,deployment|arn:|Partition|:proton:|Region|:|Account|:deployment/|Id|",
  /** ARN of a environment resource: arn:${Partition}:proton:${Region}:${Account}:environment/${Name}. */
  environment: "|,environment|arn:|Partition|:proton:|Region|:|Account|:environment/|Name|",
  /** ARN of a environment-account-connection resource: arn:${Partition}:proton:${Region}:${Account}:environment-account-connection/${Id}. */
  environmentAccountConnection:
    "|,environment-account-connection|arn:|Partition|:proton:|Region|:|Account|:environment-account-connection/|Id|",
  /** ARN of a environment-template resource: arn:${Partition}:proton:${Region}:${Account}:environment-template/${Name}. */
  environmentTemplate: "|,environment-template|arn:|Partition|:proton:|Region|:|Account|:environment-template/|Name|",
  /** ARN of a environment-template-major-version resource: arn:${Partition}:proton:${Region}:${Account}:environment-template/${TemplateName}:${MajorVersionId}. */
  environmentTemplateMajorVersion:
    "|,environment-template-major-version|arn:|Partition|:proton:|Region|:|Account|:environment-template/|TemplateName|:|MajorVersionId|",
  /** ARN of a environment-template-minor-version resource: arn:${Partition}:proton:${Region}:${Account}:environment-template/${TemplateName}:${MajorVersionId}.${MinorVersionId}. */
  environmentTemplateMinorVersion:
    "|,environment-template-minor-version|arn:|Partition|:proton:|Region|:|Account|:environment-template/|TemplateName|:|MajorVersionId|.|MinorVersionId|",
  /** ARN of a environment-template-version resource: arn:${Partition}:proton:${Region}:${Account}:environment-template/${TemplateName}:${MajorVersion}.${MinorVersion}. */
  environmentTemplateVersion:
    "|,environment-template-version|arn:|Partition|:proton:|Region|:|Account|:environment-template/|TemplateName|:|MajorVersion|.|MinorVersion|",
  /** ARN of a repository resource: arn:${Partition}:proton:${Region}:${Account}:repository/${Provider}:${Name}. */
  repository: "|,repository|arn:|Partition|:proton:|Region|:|Account|:repository/|Provider|:|Name|",
  /** ARN of a service resource: arn:${Partition}:proton:${Region}:${Account}:service/${Name}. */
  service: "|,service|arn:|Partition|:proton:|Region|:|Account|:service/|Name|",
  /** ARN of a service-instance resource: arn:${Partition}:proton:${Region}:${Account}:service/${ServiceName}/service-instance/${Name}. */
  serviceInstance:
    "|,service-instance|arn:|Partition|:proton:|Region|:|Account|:service/|ServiceName|/service-instance/|Name|",
  /** ARN of a service-template resource: arn:${Partition}:proton:${Region}:${Account}:service-template/${Name}. */
  serviceTemplate: "|,service-template|arn:|Partition|:proton:|Region|:|Account|:service-template/|Name|",
  /** ARN of a service-template-major-version resource: arn:${Partition}:proton:${Region}:${Account}:service-template/${TemplateName}:${MajorVersionId}. */
  serviceTemplateMajorVersion:
    "|,service-template-major-version|arn:|Partition|:proton:|Region|:|Account|:service-template/|TemplateName|:|MajorVersionId|",
  /** ARN of a service-template-minor-version resource: arn:${Partition}:proton:${Region}:${Account}:service-template/${TemplateName}:${MajorVersionId}.${MinorVersionId}. */
  serviceTemplateMinorVersion:
    "|,service-template-minor-version|arn:|Partition|:proton:|Region|:|Account|:service-template/|TemplateName|:|MajorVersionId|.|MinorVersionId|",
  /** ARN of a service-template-version resource: arn:${Partition}:proton:${Region}:${Account}:service-template/${TemplateName}:${MajorVersion}.${MinorVersion}. */
  serviceTemplateVersion:
    "|,service-template-version|arn:|Partition|:proton:|Region|:|Account|:service-template/|TemplateName|:|MajorVersion|.|MinorVersion|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "component",
  "deployment",
  "environment",
  "environment-account-connection",
  "environment-template",
  "environment-template-major-version",
  "environment-template-minor-version",
  "environment-template-version",
  "repository",
  "service",
  "service-instance",
  "service-template",
  "service-template-major-version",
  "service-template-minor-version",
  "service-template-version",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "proton">;
/** Any proton action. */
export type Action = ActionOf<typeof actionFacts, "proton">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "proton">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "proton" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every proton action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by specified environment template related to resource. */
  "proton:EnvironmentTemplate": "String";
  /** Filters access by specified service template related to resource. */
  "proton:ServiceTemplate": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys in the request",
  "proton:EnvironmentTemplate": "|,String|0||Filters access by specified environment template related to resource",
  "proton:ServiceTemplate": "|,String|0||Filters access by specified service template related to resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "proton",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
