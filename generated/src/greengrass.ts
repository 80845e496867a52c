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
export const prefix: "greengrass" = "greengrass";
/** The service's name in the reference. */
export const serviceName: "AWS IoT Greengrass" = "AWS IoT Greengrass";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT Greengrass",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotgreengrass.html",
  },
  {
    name: "AWS IoT Greengrass V2",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotgreengrassv2.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const actionFacts = {
  /** Grants permission to associate a role with a group. The role's permissions must allow Greengrass core Lambda functions and connectors to perform actions in other AWS services. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/associateroletogroup-put.html */
  AssociateRoleToGroup: "W||0|group;1;||iam:PassRole|;",
  /** Grants permission to associate a role with your account. AWS IoT Greengrass uses this role to access your Lambda functions and AWS IoT resources. Access level: Permissions management. https://docs.aws.amazon.com/greengrass/v1/apireference/associateserviceroletoaccount-put.html */
  AssociateServiceRoleToAccount: "P||0|||iam:PassRole|;",
  /** Grants permission to associate a list of client devices with a core device. Access level: Write. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_BatchAssociateClientDeviceWithCoreDevice.html */
  BatchAssociateClientDeviceWithCoreDevice: "W||0|coreDevice;1;|||;",
  /** Grants permission to disassociate a list of client devices from a core device. Access level: Write. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_BatchDisassociateClientDeviceFromCoreDevice.html */
  BatchDisassociateClientDeviceFromCoreDevice: "W||0|coreDevice;1;|||;",
  /** Grants permission to cancel a deployment. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_CancelDeployment.html */
  CancelDeployment:
    "W||0|deployment;1;||iot:CancelJob,iot:DeleteThingShadow,iot:DescribeJob,iot:DescribeThing,iot:DescribeThingGroup,iot:GetThingShadow,iot:UpdateJob,iot:UpdateThingShadow|;",
  /** Grants permission to create a component. Access level: Write. Resources: component*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_CreateComponentVersion.html */
  CreateComponentVersion: "W||0|component;1;|0,2|greengrass:TagResource|;",
  /** Grants permission to create a connector definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createconnectordefinition-post.html */
  CreateConnectorDefinition: "W||0||0,2|greengrass:TagResource|;",
  /** Grants permission to create a version of an existing connector definition. Access level: Write. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createconnectordefinitionversion-post.html */
  CreateConnectorDefinitionVersion: "W||0|connectorDefinition;1;|||;",
  /** Grants permission to create a core definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createcoredefinition-post.html */
  CreateCoreDefinition: "W||0||0,2|greengrass:TagResource|;",
  /** Grants permission to create a version of an existing core definition. Greengrass groups must each contain exactly one Greengrass core. Access level: Write. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createcoredefinitionversion-post.html */
  CreateCoreDefinitionVersion: "W||0|coreDefinition;1;|||;",
  /** Grants permission to create a deployment. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/createdeployment-post.html */
  CreateDeployment:
    "W||0|group;1;|0,2|greengrass:TagResource,iot:CancelJob,iot:CreateJob,iot:DeleteThingShadow,iot:DescribeJob,iot:DescribeThing,iot:DescribeThingGroup,iot:GetThingShadow,iot:UpdateJob,iot:UpdateThingShadow|;",
  /** Grants permission to create a device definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createdevicedefinition-post.html */
  CreateDeviceDefinition: "W||0||0,2|greengrass:TagResource|;",
  /** Grants permission to create a version of an existing device definition. Access level: Write. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createdevicedefinitionversion-post.html */
  CreateDeviceDefinitionVersion: "W||0|deviceDefinition;1;|||;",
  /** Grants permission to create a Lambda function definition to be used in a group that contains a list of Lambda functions and their configurations. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createfunctiondefinition-post.html */
  CreateFunctionDefinition: "W||0||0,2|greengrass:TagResource|;",
  /** Grants permission to create a version of an existing Lambda function definition. Access level: Write. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createfunctiondefinitionversion-post.html */
  CreateFunctionDefinitionVersion: "W||0|functionDefinition;1;|||;",
  /** Grants permission to create a group. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/creategroup-post.html */
  CreateGroup: "W||0||0,2|greengrass:TagResource|;",
  /** Grants permission to create a CA for the group, or rotate the existing CA. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/creategroupcertificateauthority-post.html */
  CreateGroupCertificateAuthority: "W||0|group;1;|||;",
  /** Grants permission to create a version of a group that has already been defined. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/creategroupversion-post.html */
  CreateGroupVersion: "W||0|group;1;|||;",
  /** Grants permission to create a logger definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createloggerdefinition-post.html */
  CreateLoggerDefinition: "W||0||0,2|greengrass:TagResource|;",
  /** Grants permission to create a version of an existing logger definition. Access level: Write. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createloggerdefinitionversion-post.html */
  CreateLoggerDefinitionVersion: "W||0|loggerDefinition;1;|||;",
  /** Grants permission to create a resource definition that contains a list of resources to be used in a group. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createresourcedefinition-post.html */
  CreateResourceDefinition: "W||0||0,2|greengrass:TagResource|;",
  /** Grants permission to create a version of an existing resource definition. Access level: Write. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createresourcedefinitionversion-post.html */
  CreateResourceDefinitionVersion: "W||0|resourceDefinition;1;|||;",
  /** Grants permission to create an AWS IoT job that will trigger your Greengrass cores to update the software they are running. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createsoftwareupdatejob-post.html */
  CreateSoftwareUpdateJob: "W||0|||iam:PassRole|;",
  /** Grants permission to create a subscription definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createsubscriptiondefinition-post.html */
  CreateSubscriptionDefinition: "W||0||0,2|greengrass:TagResource|;",
  /** Grants permission to create a version of an existing subscription definition. Access level: Write. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createsubscriptiondefinitionversion-post.html */
  CreateSubscriptionDefinitionVersion: "W||0|subscriptionDefinition;1;|||;",
  /** Grants permission to delete a component. Access level: Write. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_DeleteComponent.html */
  DeleteComponent: "W||0|componentVersion;1;|||;",
  /** Grants permission to delete a connector definition. Access level: Write. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deleteconnectordefinition-delete.html */
  DeleteConnectorDefinition: "W||0|connectorDefinition;1;|||;",
  /** Grants permission to delete a core definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletecoredefinition-delete.html */
  DeleteCoreDefinition: "W||0|coreDefinition;1;|||;",
  /** Grants permission to delete a AWS IoT Greengrass core device, which is an AWS IoT thing. This operation removes the core device from the list of core devices. This operation doesn't delete the AWS IoT thing. Access level: Write. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_DeleteCoreDevice.html */
  DeleteCoreDevice: "W||0|coreDevice;1;||iot:DescribeJobExecution|;",
  /** Grants permission to delete a deployment. To delete an active deployment, it needs to be cancelled first. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_DeleteDeployment.html */
  DeleteDeployment: "W||0|deployment;1;||iot:DeleteJob|;",
  /** Grants permission to delete a device definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletedevicedefinition-delete.html */
  DeleteDeviceDefinition: "W||0|deviceDefinition;1;|||;",
  /** Grants permission to delete a Lambda function definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletefunctiondefinition-delete.html */
  DeleteFunctionDefinition: "W||0|functionDefinition;1;|||;",
  /** Grants permission to delete a group that is not currently in use in a deployment. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletegroup-delete.html */
  DeleteGroup: "W||0|group;1;|||;",
  /** Grants permission to delete a logger definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deleteloggerdefinition-delete.html */
  DeleteLoggerDefinition: "W||0|loggerDefinition;1;|||;",
  /** Grants permission to delete a resource definition. Access level: Write. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deleteresourcedefinition-delete.html */
  DeleteResourceDefinition: "W||0|resourceDefinition;1;|||;",
  /** Grants permission to delete a subscription definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletesubscriptiondefinition-delete.html */
  DeleteSubscriptionDefinition: "W||0|subscriptionDefinition;1;|||;",
  /** Grants permission to retrieve metadata for a version of a component. Access level: Read. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_DescribeComponent.html */
  DescribeComponent: "R||0|componentVersion;1;|||;",
  /** Grants permission to disassociate the role from a group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/disassociaterolefromgroup-delete.html */
  DisassociateRoleFromGroup: "W||0|group;1;|||;",
  /** Grants permission to disassociate the service role from an account. Without a service role, deployments will not work. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/disassociateservicerolefromaccount-delete.html */
  DisassociateServiceRoleFromAccount: "W||0||||;",
  /** Grants permission to retrieve information required to connect to a Greengrass core. Access level: Read. Resources: thing*. https://docs.aws.amazon.com/greengrass/latest/developerguide/gg-discover-api.html */
  Discover: "R||0|thing;1;|||",
  /** Grants permission to retrieve the role associated with a group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getassociatedrole-get.html */
  GetAssociatedRole: "R||0|group;1;|||;",
  /** Grants permission to return the status of a bulk deployment. Access level: Read. Resources: bulkDeployment*. https://docs.aws.amazon.com/greengrass/v1/apireference/getbulkdeploymentstatus-get.html */
  GetBulkDeploymentStatus: "R||0|bulkDeployment;1;|||;",
  /** Grants permission to get the recipe for a version of a component. Access level: Read. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_GetComponent.html */
  GetComponent: "R||0|componentVersion;1;|||;",
  /** Grants permission to get the pre-signed URL to download a public component artifact. Access level: Read. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_GetComponentVersionArtifact.html */
  GetComponentVersionArtifact: "R||0|componentVersion;1;|||;",
  /** Grants permission to retrieve the connectivity information for a core. Access level: Read. Resources: connectivityInfo*. https://docs.aws.amazon.com/greengrass/v1/apireference/getconnectivityinfo-get.html */
  GetConnectivityInfo: "R||0|connectivityInfo;1;||iot:GetThingShadow|;",
  /** Grants permission to retrieve information about a connector definition. Access level: Read. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getconnectordefinition-get.html */
  GetConnectorDefinition: "R||0|connectorDefinition;1;|||;",
  /** Grants permission to retrieve information about a connector definition version. Access level: Read. Resources: connectorDefinition*, connectorDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getconnectordefinitionversion-get.html */
  GetConnectorDefinitionVersion: "R||0|connectorDefinition;1;,connectorDefinitionVersion;1;|||;",
  /** Grants permission to retrieve information about a core definition. Access level: Read. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getcoredefinition-get.html */
  GetCoreDefinition: "R||0|coreDefinition;1;|||;",
  /** Grants permission to retrieve information about a core definition version. Access level: Read. Resources: coreDefinition*, coreDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getcoredefinitionversion-get.html */
  GetCoreDefinitionVersion: "R||0|coreDefinition;1;,coreDefinitionVersion;1;|||;",
  /** Grants permission to retrieves metadata for a AWS IoT Greengrass core device. Access level: Read. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_GetCoreDevice.html */
  GetCoreDevice: "R||0|coreDevice;1;|||;",
  /** Grants permission to get a deployment. Access level: Read. Resources: deployment*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_GetDeployment.html */
  GetDeployment: "R||0|deployment;1;||iot:DescribeJob,iot:DescribeThing,iot:DescribeThingGroup,iot:GetThingShadow|;",
  /** Grants permission to return the status of a deployment. Access level: Read. Resources: deployment*, group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getdeploymentstatus-get.html */
  GetDeploymentStatus: "R||0|deployment;1;,group;1;|||;",
  /** Grants permission to retrieve information about a device definition. Access level: Read. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getdevicedefinition-get.html */
  GetDeviceDefinition: "R||0|deviceDefinition;1;|||;",
  /** Grants permission to retrieve information about a device definition version. Access level: Read. Resources: deviceDefinition*, deviceDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getdevicedefinitionversion-get.html */
  GetDeviceDefinitionVersion: "R||0|deviceDefinition;1;,deviceDefinitionVersion;1;|||;",
  /** Grants permission to retrieve information about a Lambda function definition, such as its creation time and latest version. Access level: Read. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getfunctiondefinition-get.html */
  GetFunctionDefinition: "R||0|functionDefinition;1;|||;",
  /** Grants permission to retrieve information about a Lambda function definition version, such as which Lambda functions are included in the version and their configurations. Access level: Read. Resources: functionDefinition*, functionDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getfunctiondefinitionversion-get.html */
  GetFunctionDefinitionVersion: "R||0|functionDefinition;1;,functionDefinitionVersion;1;|||;",
  /** Grants permission to retrieve information about a group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getgroup-get.html */
  GetGroup: "R||0|group;1;|||;",
  /** Grants permission to return the public key of the CA associated with a group. Access level: Read. Resources: certificateAuthority*, group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getgroupcertificateauthority-get.html */
  GetGroupCertificateAuthority: "R||0|certificateAuthority;1;,group;1;|||;",
  /** Grants permission to retrieve the current configuration for the CA used by a group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getgroupcertificateconfiguration-get.html */
  GetGroupCertificateConfiguration: "R||0|group;1;|||;",
  /** Grants permission to retrieve information about a group version. Access level: Read. Resources: group*, groupVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getgroupversion-get.html */
  GetGroupVersion: "R||0|group;1;,groupVersion;1;|||;",
  /** Grants permission to retrieve information about a logger definition. Access level: Read. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getloggerdefinition-get.html */
  GetLoggerDefinition: "R||0|loggerDefinition;1;|||;",
  /** Grants permission to retrieve information about a logger definition version. Access level: Read. Resources: loggerDefinition*, loggerDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getloggerdefinitionversion-get.html */
  GetLoggerDefinitionVersion: "R||0|loggerDefinition;1;,loggerDefinitionVersion;1;|||;",
  /** Grants permission to retrieve information about a resource definition, such as its creation time and latest version. Access level: Read. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getresourcedefinition-get.html */
  GetResourceDefinition: "R||0|resourceDefinition;1;|||;",
  /** Grants permission to retrieve information about a resource definition version, such as which resources are included in the version. Access level: Read. Resources: resourceDefinition*, resourceDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getresourcedefinitionversion-get.html */
  GetResourceDefinitionVersion: "R||0|resourceDefinition;1;,resourceDefinitionVersion;1;|||;",
  /** Grants permission to retrieve the service role that is attached to an account. Access level: Read. https://docs.aws.amazon.com/greengrass/v1/apireference/getserviceroleforaccount-get.html */
  GetServiceRoleForAccount: "R||0||||;",
  /** Grants permission to retrieve information about a subscription definition. Access level: Read. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getsubscriptiondefinition-get.html */
  GetSubscriptionDefinition: "R||0|subscriptionDefinition;1;|||;",
  /** Grants permission to retrieve information about a subscription definition version. Access level: Read. Resources: subscriptionDefinition*, subscriptionDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getsubscriptiondefinitionversion-get.html */
  GetSubscriptionDefinitionVersion: "R||0|subscriptionDefinition;1;,subscriptionDefinitionVersion;1;|||;",
  /** Grants permission to retrieve runtime configuration of a thing. Access level: Read. Resources: thingRuntimeConfig*. https://docs.aws.amazon.com/greengrass/v1/apireference/getthingruntimeconfiguration-get.html */
  GetThingRuntimeConfiguration: "R||0|thingRuntimeConfig;1;|||;",
  /** Grants permission to retrieve a paginated list of the deployments that have been started in a bulk deployment operation and their current deployment status. Access level: Read. Resources: bulkDeployment*. https://docs.aws.amazon.com/greengrass/v1/apireference/listbulkdeploymentdetailedreports-get.html */
  ListBulkDeploymentDetailedReports: "R||0|bulkDeployment;1;|||;",
  /** Grants permission to retrieve a list of bulk deployments. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listbulkdeployments-get.html */
  ListBulkDeployments: "L||0||||;",
  /** Grants permission to retrieve a paginated list of client devices associated to a AWS IoT Greengrass core device. Access level: List. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListClientDevicesAssociatedWithCoreDevice.html */
  ListClientDevicesAssociatedWithCoreDevice: "L||0|coreDevice;1;|||;",
  /** Grants permission to retrieve a paginated list of all versions for a component. Access level: List. Resources: component*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListComponentVersions.html */
  ListComponentVersions: "L||0|component;1;|||;",
  /** Grants permission to retrieve a paginated list of component summaries. Access level: List. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListComponents.html */
  ListComponents: "L||0||||;",
  /** Grants permission to list the versions of a connector definition. Access level: List. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listconnectordefinitionversions-get.html */
  ListConnectorDefinitionVersions: "L||0|connectorDefinition;1;|||;",
  /** Grants permission to retrieve a list of connector definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listconnectordefinitions-get.html */
  ListConnectorDefinitions: "L||0||||;",
  /** Grants permission to list the versions of a core definition. Access level: List. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listcoredefinitionversions-get.html */
  ListCoreDefinitionVersions: "L||0|coreDefinition;1;|||;",
  /** Grants permission to retrieve a list of core definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listcoredefinitions-get.html */
  ListCoreDefinitions: "L||0||||;",
  /** Grants permission to retrieve a paginated list of AWS IoT Greengrass core devices. Access level: List. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListCoreDevices.html */
  ListCoreDevices: "L||0||||;",
  /** Grants permission to retrieve a list of all deployments for a group. Access level: List. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/listdeployments-get.html */
  ListDeployments: "L||0|group;1;||iot:DescribeJob,iot:DescribeThing,iot:DescribeThingGroup,iot:GetThingShadow|;",
  /** Grants permission to list the versions of a device definition. Access level: List. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listdevicedefinitionversions-get.html */
  ListDeviceDefinitionVersions: "L||0|deviceDefinition;1;|||;",
  /** Grants permission to retrieve a list of device definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listdevicedefinitions-get.html */
  ListDeviceDefinitions: "L||0||||;",
  /** Grants permission to retrieves a paginated list of deployment jobs that AWS IoT Greengrass sends to AWS IoT Greengrass core devices. Access level: List. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListEffectiveDeployments.html */
  ListEffectiveDeployments:
    "L||0|coreDevice;1;||iot:DescribeJob,iot:DescribeJobExecution,iot:DescribeThing,iot:DescribeThingGroup,iot:GetThingShadow|;",
  /** Grants permission to list the versions of a Lambda function definition. Access level: List. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listfunctiondefinitionversions-get.html */
  ListFunctionDefinitionVersions: "L||0|functionDefinition;1;|||;",
  /** Grants permission to retrieve a list of Lambda function definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listfunctiondefinitions-get.html */
  ListFunctionDefinitions: "L||0||||;",
  /** Grants permission to retrieve a list of current CAs for a group. Access level: List. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/listgroupcertificateauthorities-get.html */
  ListGroupCertificateAuthorities: "L||0|group;1;|||;",
  /** Grants permission to list the versions of a group. Access level: List. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/listgroupversions-get.html */
  ListGroupVersions: "L||0|group;1;|||;",
  /** Grants permission to retrieve a list of groups. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listgroups-get.html */
  ListGroups: "L||0||||;",
  /** Grants permission to retrieve a paginated list of the components that a AWS IoT Greengrass core device runs. Access level: List. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListInstalledComponents.html */
  ListInstalledComponents: "L||0|coreDevice;1;|||;",
  /** Grants permission to list the versions of a logger definition. Access level: List. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listloggerdefinitionversions-get.html */
  ListLoggerDefinitionVersions: "L||0|loggerDefinition;1;|||;",
  /** Grants permission to retrieve a list of logger definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listloggerdefinitions-get.html */
  ListLoggerDefinitions: "L||0||||;",
  /** Grants permission to list the versions of a resource definition. Access level: List. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listresourcedefinitionversions-get.html */
  ListResourceDefinitionVersions: "L||0|resourceDefinition;1;|||;",
  /** Grants permission to retrieve a list of resource definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listresourcedefinitions-get.html */
  ListResourceDefinitions: "L||0||||;",
  /** Grants permission to list the versions of a subscription definition. Access level: List. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listsubscriptiondefinitionversions-get.html */
  ListSubscriptionDefinitionVersions: "L||0|subscriptionDefinition;1;|||;",
  /** Grants permission to retrieve a list of subscription definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listsubscriptiondefinitions-get.html */
  ListSubscriptionDefinitions: "L||0||||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: bulkDeployment, component, componentVersion, connectorDefinition, coreDefinition, coreDevice, deployment, deviceDefinition, functionDefinition, group, loggerDefinition, resourceDefinition, subscriptionDefinition. https://docs.aws.amazon.com/greengrass/v1/apireference/listtagsforresource-get.html */
  ListTagsForResource:
    "R||0|bulkDeployment;0;,component;0;,componentVersion;0;,connectorDefinition;0;,coreDefinition;0;,coreDevice;0;,deployment;0;,deviceDefinition;0;,functionDefinition;0;,group;0;,loggerDefinition;0;,resourceDefinition;0;,subscriptionDefinition;0;|0,2||;",
  /** Grants permission to reset a group's deployments. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/resetdeployments-post.html */
  ResetDeployments: "W||0|group;1;|||;",
  /** Grants permission to list components that meet the component, version, and platform requirements of a deployment. Access level: List. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ResolveComponentCandidates.html */
  ResolveComponentCandidates: "L||0|componentVersion;1;|||",
  /** Grants permission to deploy multiple groups in one operation. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/startbulkdeployment-post.html */
  StartBulkDeployment: "W||0||0,2|greengrass:TagResource,iam:PassRole|;",
  /** Grants permission to stop the execution of a bulk deployment. Access level: Write. Resources: bulkDeployment*. https://docs.aws.amazon.com/greengrass/v1/apireference/stopbulkdeployment-put.html */
  StopBulkDeployment: "W||0|bulkDeployment;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: bulkDeployment, component, componentVersion, connectorDefinition, coreDefinition, coreDevice, deployment, deviceDefinition, functionDefinition, group, loggerDefinition, resourceDefinition, subscriptionDefinition. https://docs.aws.amazon.com/greengrass/v1/apireference/tagresource-post.html */
  TagResource:
    "T||0|bulkDeployment;0;,component;0;,componentVersion;0;,connectorDefinition;0;,coreDefinition;0;,coreDevice;0;,deployment;0;,deviceDefinition;0;,functionDefinition;0;,group;0;,loggerDefinition;0;,resourceDefinition;0;,subscriptionDefinition;0;|0,2||CreateComponentVersion,CreateConnectorDefinition,CreateCoreDefinition,CreateDeployment,CreateDeviceDefinition,CreateFunctionDefinition,CreateGroup,CreateLoggerDefinition,CreateResourceDefinition,CreateSubscriptionDefinition,StartBulkDeployment,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: bulkDeployment, component, componentVersion, connectorDefinition, coreDefinition, coreDevice, deployment, deviceDefinition, functionDefinition, group, loggerDefinition, resourceDefinition, subscriptionDefinition. https://docs.aws.amazon.com/greengrass/v1/apireference/untagresource-delete.html */
  UntagResource:
    "T||0|bulkDeployment;0;,component;0;,componentVersion;0;,connectorDefinition;0;,coreDefinition;0;,coreDevice;0;,deployment;0;,deviceDefinition;0;,functionDefinition;0;,group;0;,loggerDefinition;0;,resourceDefinition;0;,subscriptionDefinition;0;|0,2||;",
  /** Grants permission to update the connectivity information for a Greengrass core. Any devices that belong to the group that has this core will receive this information in order to find the location of the core and connect to it. Access level: Write. Resources: connectivityInfo*. https://docs.aws.amazon.com/greengrass/v1/apireference/updateconnectivityinfo-put.html */
  UpdateConnectivityInfo: "W||0|connectivityInfo;1;||iot:GetThingShadow,iot:UpdateThingShadow|;",
  /** Grants permission to update a connector definition. Access level: Write. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updateconnectordefinition-put.html */
  UpdateConnectorDefinition: "W||0|connectorDefinition;1;|||;",
  /** Grants permission to update a core definition. Access level: Write. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatecoredefinition-put.html */
  UpdateCoreDefinition: "W||0|coreDefinition;1;|||;",
  /** Grants permission to update a device definition. Access level: Write. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatedevicedefinition-put.html */
  UpdateDeviceDefinition: "W||0|deviceDefinition;1;|||;",
  /** Grants permission to update a Lambda function definition. Access level: Write. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatefunctiondefinition-put.html */
  UpdateFunctionDefinition: "W||0|functionDefinition;1;|||;",
  /** Grants permission to update a group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/updategroup-put.html */
  UpdateGroup: "W||0|group;1;|||;",
  /** Grants permission to update the certificate expiry time for a group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/updategroupcertificateconfiguration-put.html */
  UpdateGroupCertificateConfiguration: "W||0|group;1;|||;",
  /** Grants permission to update a logger definition. Access level: Write. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updateloggerdefinition-put.html */
  UpdateLoggerDefinition: "W||0|loggerDefinition;1;|||;",
  /** Grants permission to update a resource definition. Access level: Write. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updateresourcedefinition-put.html */
  UpdateResourceDefinition: "W||0|resourceDefinition;1;|||;",
  /** Grants permission to update a subscription definition. Access level: Write. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatesubscriptiondefinition-put.html */
  UpdateSubscriptionDefinition: "W||0|subscriptionDefinition;1;|||;",
  /** Grants permission to update runtime configuration of a thing. Access level: Write. Resources: thingRuntimeConfig*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatethingruntimeconfiguration-put.html */
  UpdateThingRuntimeConfiguration: "W||0|thingRuntimeConfig;1;|||;",
} as const;
const actionDetails = {
  AssociateRoleToGroup:
    "|,;~~~|Grants permission to associate a role with a group. The role's permissions must allow Greengrass core Lambda functions and connectors to perform actions in other AWS services",
  AssociateServiceRoleToAccount:
    "|,;~~~;~greengrassv2~|Grants permission to associate a role with your account. AWS IoT Greengrass uses this role to access your Lambda functions and AWS IoT resources",
  BatchAssociateClientDeviceWithCoreDevice:
    "|,;~~greengrassv2~|Grants permission to associate a list of client devices with a core device",
  BatchDisassociateClientDeviceFromCoreDevice:
    "|,;~~greengrassv2~|Grants permission to disassociate a list of client devices from a core device",
  CancelDeployment: "|,;~~greengrassv2~|Grants permission to cancel a deployment",
  CreateComponentVersion: "|,;~~greengrassv2~|Grants permission to create a component",
  CreateConnectorDefinition: "|,;~~~|Grants permission to create a connector definition",
  CreateConnectorDefinitionVersion: "|,;~~~|Grants permission to create a version of an existing connector definition",
  CreateCoreDefinition: "|,;~~~|Grants permission to create a core definition",
  CreateCoreDefinitionVersion:
    "|,;~~~|Grants permission to create a version of an existing core definition. Greengrass groups must each contain exactly one Greengrass core",
  CreateDeployment: "|,;~~~;~greengrassv2~|Grants permission to create a deployment",
  CreateDeviceDefinition: "|,;~~~|Grants permission to create a device definition",
  CreateDeviceDefinitionVersion: "|,;~~~|Grants permission to create a version of an existing device definition",
  CreateFunctionDefinition:
    "|,;~~~|Grants permission to create a Lambda function definition to be used in a group that contains a list of Lambda functions and their configurations",
  CreateFunctionDefinitionVersion:
    "|,;~~~|Grants permission to create a version of an existing Lambda function definition",
  CreateGroup: "|,;~~~|Grants permission to create a group",
  CreateGroupCertificateAuthority: "|,;~~~|Grants permission to create a CA for the group, or rotate the existing CA",
  CreateGroupVersion: "|,;~~~|Grants permission to create a version of a group that has already been defined",
  CreateLoggerDefinition: "|,;~~~|Grants permission to create a logger definition",
  CreateLoggerDefinitionVersion: "|,;~~~|Grants permission to create a version of an existing logger definition",
  CreateResourceDefinition:
    "|,;~~~|Grants permission to create a resource definition that contains a list of resources to be used in a group",
  CreateResourceDefinitionVersion: "|,;~~~|Grants permission to create a version of an existing resource definition",
  CreateSoftwareUpdateJob:
    "|,;~~~|Grants permission to create an AWS IoT job that will trigger your Greengrass cores to update the software they are running",
  CreateSubscriptionDefinition: "|,;~~~|Grants permission to create a subscription definition",
  CreateSubscriptionDefinitionVersion:
    "|,;~~~|Grants permission to create a version of an existing subscription definition",
  DeleteComponent: "|,;~~greengrassv2~|Grants permission to delete a component",
  DeleteConnectorDefinition: "|,;~~~|Grants permission to delete a connector definition",
  DeleteCoreDefinition:
    "|,;~~~|Grants permission to delete a core definition. Deleting a definition that is currently in use in a deployment affects future deployments",
  DeleteCoreDevice:
    "|,;~~greengrassv2~|Grants permission to delete a AWS IoT Greengrass core device, which is an AWS IoT thing. This operation removes the core device from the list of core devices. This operation doesn't delete the AWS IoT thing",
  DeleteDeployment:
    "|,;~~greengrassv2~|Grants permission to delete a deployment. To delete an active deployment, it needs to be cancelled first",
  DeleteDeviceDefinition:
    "|,;~~~|Grants permission to delete a device definition. Deleting a definition that is currently in use in a deployment affects future deployments",
  DeleteFunctionDefinition:
    "|,;~~~|Grants permission to delete a Lambda function definition. Deleting a definition that is currently in use in a deployment affects future deployments",
  DeleteGroup: "|,;~~~|Grants permission to delete a group that is not currently in use in a deployment",
  DeleteLoggerDefinition:
    "|,;~~~|Grants permission to delete a logger definition. Deleting a definition that is currently in use in a deployment affects future deployments",
  DeleteResourceDefinition: "|,;~~~|Grants permission to delete a resource definition",
  DeleteSubscriptionDefinition:
    "|,;~~~|Grants permission to delete a subscription definition. Deleting a definition that is currently in use in a deployment affects future deployments",
  DescribeComponent: "|,;~~greengrassv2~|Grants permission to retrieve metadata for a version of a component",
  DisassociateRoleFromGroup: "|,;~~~|Grants permission to disassociate the role from a group",
  DisassociateServiceRoleFromAccount:
    "|,;~~~;~greengrassv2~|Grants permission to disassociate the service role from an account. Without a service role, deployments will not work",
  Discover: "|,;~|Grants permission to retrieve information required to connect to a Greengrass core",
  GetAssociatedRole: "|,;~~~|Grants permission to retrieve the role associated with a group",
  GetBulkDeploymentStatus: "|,;~~~|Grants permission to return the status of a bulk deployment",
  GetComponent: "|,;~~greengrassv2~|Grants permission to get the recipe for a version of a component",
  GetComponentVersionArtifact:
    "|,;~~greengrassv2~|Grants permission to get the pre-signed URL to download a public component artifact",
  GetConnectivityInfo: "|,;~~~;~greengrassv2~|Grants permission to retrieve the connectivity information for a core",
  GetConnectorDefinition: "|,;~~~|Grants permission to retrieve information about a connector definition",
  GetConnectorDefinitionVersion:
    "|,;~~~|Grants permission to retrieve information about a connector definition version",
  GetCoreDefinition: "|,;~~~|Grants permission to retrieve information about a core definition",
  GetCoreDefinitionVersion: "|,;~~~|Grants permission to retrieve information about a core definition version",
  GetCoreDevice: "|,;~~greengrassv2~|Grants permission to retrieves metadata for a AWS IoT Greengrass core device",
  GetDeployment: "|,;~~greengrassv2~|Grants permission to get a deployment",
  GetDeploymentStatus: "|,;~~~|Grants permission to return the status of a deployment",
  GetDeviceDefinition: "|,;~~~|Grants permission to retrieve information about a device definition",
  GetDeviceDefinitionVersion: "|,;~~~|Grants permission to retrieve information about a device definition version",
  GetFunctionDefinition:
    "|,;~~~|Grants permission to retrieve information about a Lambda function definition, such as its creation time and latest version",
  GetFunctionDefinitionVersion:
    "|,;~~~|Grants permission to retrieve information about a Lambda function definition version, such as which Lambda functions are included in the version and their configurations",
  GetGroup: "|,;~~~|Grants permission to retrieve information about a group",
  GetGroupCertificateAuthority: "|,;~~~|Grants permission to return the public key of the CA associated with a group",
  GetGroupCertificateConfiguration:
    "|,;~~~|Grants permission to retrieve the current configuration for the CA used by a group",
  GetGroupVersion: "|,;~~~|Grants permission to retrieve information about a group version",
  GetLoggerDefinition: "|,;~~~|Grants permission to retrieve information about a logger definition",
  GetLoggerDefinitionVersion: "|,;~~~|Grants permission to retrieve information about a logger definition version",
  GetResourceDefinition:
    "|,;~~~|Grants permission to retrieve information about a resource definition, such as its creation time and latest version",
  GetResourceDefinitionVersion:
    "|,;~~~|Grants permission to retrieve information about a resource definition version, such as which resources are included in the version",
  GetServiceRoleForAccount:
    "|,;~~~;~greengrassv2~|Grants permission to retrieve the service role that is attached to an account",
  GetSubscriptionDefinition: "|,;~~~|Grants permission to retrieve information about a subscription definition",
  GetSubscriptionDefinitionVersion:
    "|,;~~~|Grants permission to retrieve information about a subscription definition version",
  GetThingRuntimeConfiguration: "|,;~~~|Grants permission to retrieve runtime configuration of a thing",
  ListBulkDeploymentDetailedReports:
    "|,;~~~|Grants permission to retrieve a paginated list of the deployments that have been started in a bulk deployment operation and their current deployment status",
  ListBulkDeployments: "|,;~~~|Grants permission to retrieve a list of bulk deployments",
  ListClientDevicesAssociatedWithCoreDevice:
    "|,;~~greengrassv2~|Grants permission to retrieve a paginated list of client devices associated to a AWS IoT Greengrass core device",
  ListComponentVersions:
    "|,;~~greengrassv2~|Grants permission to retrieve a paginated list of all versions for a component",
  ListComponents: "|,;~~greengrassv2~|Grants permission to retrieve a paginated list of component summaries",
  ListConnectorDefinitionVersions: "|,;~~~|Grants permission to list the versions of a connector definition",
  ListConnectorDefinitions: "|,;~~~|Grants permission to retrieve a list of connector definitions",
  ListCoreDefinitionVersions: "|,;~~~|Grants permission to list the versions of a core definition",
  ListCoreDefinitions: "|,;~~~|Grants permission to retrieve a list of core definitions",
  ListCoreDevices:
    "|,;~~greengrassv2~|Grants permission to retrieve a paginated list of AWS IoT Greengrass core devices",
  ListDeployments: "|,;~~~;~greengrassv2~|Grants permission to retrieve a list of all deployments for a group",
  ListDeviceDefinitionVersions: "|,;~~~|Grants permission to list the versions of a device definition",
  ListDeviceDefinitions: "|,;~~~|Grants permission to retrieve a list of device definitions",
  ListEffectiveDeployments:
    "|,;~~greengrassv2~|Grants permission to retrieves a paginated list of deployment jobs that AWS IoT Greengrass sends to AWS IoT Greengrass core devices",
  ListFunctionDefinitionVersions: "|,;~~~|Grants permission to list the versions of a Lambda function definition",
  ListFunctionDefinitions: "|,;~~~|Grants permission to retrieve a list of Lambda function definitions",
  ListGroupCertificateAuthorities: "|,;~~~|Grants permission to retrieve a list of current CAs for a group",
  ListGroupVersions: "|,;~~~|Grants permission to list the versions of a group",
  ListGroups: "|,;~~~|Grants permission to retrieve a list of groups",
  ListInstalledComponents:
    "|,;~~greengrassv2~|Grants permission to retrieve a paginated list of the components that a AWS IoT Greengrass core device runs",
  ListLoggerDefinitionVersions: "|,;~~~|Grants permission to list the versions of a logger definition",
  ListLoggerDefinitions: "|,;~~~|Grants permission to retrieve a list of logger definitions",
  ListResourceDefinitionVersions: "|,;~~~|Grants permission to list the versions of a resource definition",
  ListResourceDefinitions: "|,;~~~|Grants permission to retrieve a list of resource definitions",
  ListSubscriptionDefinitionVersions: "|,;~~~|Grants permission to list the versions of a subscription definition",
  ListSubscriptionDefinitions: "|,;~~~|Grants permission to retrieve a list of subscription definitions",
  ListTagsForResource: "|,;~~~;~greengrassv2~|Grants permission to list the tags for a resource",
  ResetDeployments: "|,;~~~|Grants permission to reset a group's deployments",
  ResolveComponentCandidates:
    "|,;~|Grants permission to list components that meet the component, version, and platform requirements of a deployment",
  StartBulkDeployment: "|,;~~~|Grants permission to deploy multiple groups in one operation",
  StopBulkDeployment: "|,;~~~|Grants permission to stop the execution of a bulk deployment",
  TagResource:
    "|,;~~greengrassv2~,~~,~~,~~;~greengrassv2~,~~,~~,~~,~~,~~,~~,~~,~~;~greengrassv2~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~;~greengrassv2~|Grants permission to remove tags from a resource",
  UpdateConnectivityInfo:
    "|,;~~~;~greengrassv2~|Grants permission to update the connectivity information for a Greengrass core. Any devices that belong to the group that has this core will receive this information in order to find the location of the core and connect to it",
  UpdateConnectorDefinition: "|,;~~~|Grants permission to update a connector definition",
  UpdateCoreDefinition: "|,;~~~|Grants permission to update a core definition",
  UpdateDeviceDefinition: "|,;~~~|Grants permission to update a device definition",
  UpdateFunctionDefinition: "|,;~~~|Grants permission to update a Lambda function definition",
  UpdateGroup: "|,;~~~|Grants permission to update a group",
  UpdateGroupCertificateConfiguration: "|,;~~~|Grants permission to update the certificate expiry time for a group",
  UpdateLoggerDefinition: "|,;~~~|Grants permission to update a logger definition",
  UpdateResourceDefinition: "|,;~~~|Grants permission to update a resource definition",
  UpdateSubscriptionDefinition: "|,;~~~|Grants permission to update a subscription definition",
  UpdateThingRuntimeConfiguration: "|,;~~~|Grants permission to update runtime configuration of a thing",
};
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "greengrass">;
/** Any greengrass action. */
export type Action = ActionOf<typeof actionFacts, "greengrass">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<typeof actionFacts, typeof conditionKeyList>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "greengrass">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "greengrass" },
  conditionKeyList,
);
/** Every greengrass action: action name -> full action name (in each JSDoc, * marks a required resource type). */
export const actions: Actions = actionTables.actions;
/** Action name -> access level(s), resource types (required flags, condition keys), condition keys, dependent actions, operations (SDK methods), description. */
export const actionInfo: ActionInfo = actionTables.actionInfo;
/** Access level -> its actions (an action with several levels is under each). */
export const actionsByAccessLevel: ActionsByAccessLevel = actionTables.actionsByAccessLevel;
const resourceTypeFacts = {
  /** The bulkDeployment resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/bulk/deployments/${BulkDeploymentId} */
  bulkDeployment:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/bulk/deployments/${BulkDeploymentId}|1",
  /** The certificateAuthority resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/certificateauthorities/${CertificateAuthorityId} */
  certificateAuthority:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/certificateauthorities/${CertificateAuthorityId}|",
  /** The component resource type: arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName} */
  component: "|,arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}|1",
  /** The componentVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}:versions:${ComponentVersion} */
  componentVersion:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}:versions:${ComponentVersion}|1",
  /** The connectivityInfo resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/connectivityInfo */
  connectivityInfo:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/connectivityInfo|",
  /** The connectorDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId} */
  connectorDefinition:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}|1",
  /** The connectorDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}/versions/${VersionId} */
  connectorDefinitionVersion:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}/versions/${VersionId}|",
  /** The coreDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId} */
  coreDefinition:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}|1",
  /** The coreDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}/versions/${VersionId} */
  coreDefinitionVersion:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}/versions/${VersionId}|",
  /** The coreDevice resource type: arn:${Partition}:greengrass:${Region}:${Account}:coreDevices:${CoreDeviceThingName} */
  coreDevice: "|,arn:${Partition}:greengrass:${Region}:${Account}:coreDevices:${CoreDeviceThingName}|1",
  /** The deployment resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/deployments/${DeploymentId} or arn:${Partition}:greengrass:${Region}:${Account}:deployments:${DeploymentId} */
  deployment:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/deployments/${DeploymentId},arn:${Partition}:greengrass:${Region}:${Account}:deployments:${DeploymentId}|1",
  /** The deviceDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId} */
  deviceDefinition:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}|1",
  /** The deviceDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}/versions/${VersionId} */
  deviceDefinitionVersion:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}/versions/${VersionId}|",
  /** The functionDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId} */
  functionDefinition:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}|1",
  /** The functionDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}/versions/${VersionId} */
  functionDefinitionVersion:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}/versions/${VersionId}|",
  /** The group resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId} */
  group: "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}|1",
  /** The groupVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/versions/${VersionId} */
  groupVersion:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/versions/${VersionId}|",
  /** The loggerDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId} */
  loggerDefinition:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}|1",
  /** The loggerDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}/versions/${VersionId} */
  loggerDefinitionVersion:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}/versions/${VersionId}|",
  /** The resourceDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId} */
  resourceDefinition:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}|1",
  /** The resourceDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}/versions/${VersionId} */
  resourceDefinitionVersion:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}/versions/${VersionId}|",
  /** The subscriptionDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId} */
  subscriptionDefinition:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}|1",
  /** The subscriptionDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}/versions/${VersionId} */
  subscriptionDefinitionVersion:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}/versions/${VersionId}|",
  /** The thing resource type: arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName} */
  thing: "|,arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName}|",
  /** The thingRuntimeConfig resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/runtimeconfig */
  thingRuntimeConfig:
    "|,arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/runtimeconfig|",
} as const;
/** Resource type -> its ARN formats and condition keys. */
export type ResourceTypeInfo = ResourceTypeInfoOf<typeof resourceTypeFacts, typeof conditionKeyList>;
/** Resource type -> its ARN formats and condition keys. */
export const resourceTypeInfo: ResourceTypeInfo = decodeResourceTypes<ResourceTypeInfo>(
  resourceTypeFacts,
  conditionKeyList,
);
const arnFormats = {
  /** ARN of a bulkDeployment resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/bulk/deployments/${BulkDeploymentId}. */
  bulkDeployment:
    "|bulkDeployment|arn:|partition?|:greengrass:|region|:|account|:/greengrass/bulk/deployments/|bulkDeploymentId|",
  /** ARN of a certificateAuthority resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/certificateauthorities/${CertificateAuthorityId}. */
  certificateAuthority:
    "|certificateAuthority|arn:|partition?|:greengrass:|region|:|account|:/greengrass/groups/|groupId|/certificateauthorities/|certificateAuthorityId|",
  /** ARN of a component resource: arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}. */
  component: "|component|arn:|partition?|:greengrass:|region|:|account|:components:|componentName|",
  /** ARN of a componentVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}:versions:${ComponentVersion}. */
  componentVersion:
    "|componentVersion|arn:|partition?|:greengrass:|region|:|account|:components:|componentName|:versions:|componentVersion|",
  /** ARN of a connectivityInfo resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/connectivityInfo. */
  connectivityInfo:
    "|connectivityInfo|arn:|partition?|:greengrass:|region|:|account|:/greengrass/things/|thingName|/connectivityInfo",
  /** ARN of a connectorDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}. */
  connectorDefinition:
    "|connectorDefinition|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/connectors/|connectorDefinitionId|",
  /** ARN of a connectorDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}/versions/${VersionId}. */
  connectorDefinitionVersion:
    "|connectorDefinitionVersion|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/connectors/|connectorDefinitionId|/versions/|versionId|",
  /** ARN of a coreDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}. */
  coreDefinition:
    "|coreDefinition|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/cores/|coreDefinitionId|",
  /** ARN of a coreDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}/versions/${VersionId}. */
  coreDefinitionVersion:
    "|coreDefinitionVersion|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/cores/|coreDefinitionId|/versions/|versionId|",
  /** ARN of a coreDevice resource: arn:${Partition}:greengrass:${Region}:${Account}:coreDevices:${CoreDeviceThingName}. */
  coreDevice: "|coreDevice|arn:|partition?|:greengrass:|region|:|account|:coreDevices:|coreDeviceThingName|",
  /** ARN of a deployment resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/deployments/${DeploymentId}. (One of the 2 ARN formats of this resource type.) */
  deployment1:
    "|deployment|arn:|partition?|:greengrass:|region|:|account|:/greengrass/groups/|groupId|/deployments/|deploymentId|",
  /** ARN of a deployment resource: arn:${Partition}:greengrass:${Region}:${Account}:deployments:${DeploymentId}. (One of the 2 ARN formats of this resource type.) */
  deployment2: "|deployment|arn:|partition?|:greengrass:|region|:|account|:deployments:|deploymentId|",
  /** ARN of a deviceDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}. */
  deviceDefinition:
    "|deviceDefinition|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/devices/|deviceDefinitionId|",
  /** ARN of a deviceDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}/versions/${VersionId}. */
  deviceDefinitionVersion:
    "|deviceDefinitionVersion|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/devices/|deviceDefinitionId|/versions/|versionId|",
  /** ARN of a functionDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}. */
  functionDefinition:
    "|functionDefinition|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/functions/|functionDefinitionId|",
  /** ARN of a functionDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}/versions/${VersionId}. */
  functionDefinitionVersion:
    "|functionDefinitionVersion|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/functions/|functionDefinitionId|/versions/|versionId|",
  /** ARN of a group resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}. */
  group: "|group|arn:|partition?|:greengrass:|region|:|account|:/greengrass/groups/|groupId|",
  /** ARN of a groupVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/versions/${VersionId}. */
  groupVersion:
    "|groupVersion|arn:|partition?|:greengrass:|region|:|account|:/greengrass/groups/|groupId|/versions/|versionId|",
  /** ARN of a loggerDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}. */
  loggerDefinition:
    "|loggerDefinition|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/loggers/|loggerDefinitionId|",
  /** ARN of a loggerDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}/versions/${VersionId}. */
  loggerDefinitionVersion:
    "|loggerDefinitionVersion|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/loggers/|loggerDefinitionId|/versions/|versionId|",
  /** ARN of a resourceDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}. */
  resourceDefinition:
    "|resourceDefinition|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/resources/|resourceDefinitionId|",
  /** ARN of a resourceDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}/versions/${VersionId}. */
  resourceDefinitionVersion:
    "|resourceDefinitionVersion|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/resources/|resourceDefinitionId|/versions/|versionId|",
  /** ARN of a subscriptionDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}. */
  subscriptionDefinition:
    "|subscriptionDefinition|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/subscriptions/|subscriptionDefinitionId|",
  /** ARN of a subscriptionDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}/versions/${VersionId}. */
  subscriptionDefinitionVersion:
    "|subscriptionDefinitionVersion|arn:|partition?|:greengrass:|region|:|account|:/greengrass/definition/subscriptions/|subscriptionDefinitionId|/versions/|versionId|",
  /** ARN of a thing resource: arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName}. */
  thing: "|thing|arn:|partition?|:iot:|region|:|account|:thing/|thingName|",
  /** ARN of a thingRuntimeConfig resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/runtimeconfig. */
  thingRuntimeConfig:
    "|thingRuntimeConfig|arn:|partition?|:greengrass:|region|:|account|:/greengrass/things/|thingName|/runtimeconfig",
} as const;
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
  /** Filters access by the allowed set of values for each of the mandatory tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag value associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the allowed set of values for each of the mandatory tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag value associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "greengrass",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
