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
const dependentActionList = [
  "greengrass:TagResource",
  "iam:PassRole",
  "iot:CancelJob",
  "iot:DeleteThingShadow",
  "iot:DescribeJob",
  "iot:DescribeJobExecution",
  "iot:DescribeThing",
  "iot:DescribeThingGroup",
  "iot:GetThingShadow",
  "iot:UpdateJob",
  "iot:UpdateThingShadow",
] as const;
const actionFacts = {
  /** Grants permission to associate a role with a group. The role's permissions must allow Greengrass core Lambda functions and connectors to perform actions in other AWS services. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/associateroletogroup-put.html */
  AssociateRoleToGroup: "W|||15;1;||1|;",
  /** Grants permission to associate a role with your account. AWS IoT Greengrass uses this role to access your Lambda functions and AWS IoT resources. Access level: Permissions management. https://docs.aws.amazon.com/greengrass/v1/apireference/associateserviceroletoaccount-put.html */
  AssociateServiceRoleToAccount: "P|||||1|;",
  /** Grants permission to associate a list of client devices with a core device. Access level: Write. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_BatchAssociateClientDeviceWithCoreDevice.html */
  BatchAssociateClientDeviceWithCoreDevice: "W|||9;1;|||;",
  /** Grants permission to disassociate a list of client devices from a core device. Access level: Write. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_BatchDisassociateClientDeviceFromCoreDevice.html */
  BatchDisassociateClientDeviceFromCoreDevice: "W|||9;1;|||;",
  /** Grants permission to cancel a deployment. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_CancelDeployment.html */
  CancelDeployment: "W|||10;1;||2,3,4,6,7,8,9,10|;",
  /** Grants permission to create a component. Access level: Write. Resources: component*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_CreateComponentVersion.html */
  CreateComponentVersion: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a connector definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createconnectordefinition-post.html */
  CreateConnectorDefinition: "W||||0,2|0|;",
  /** Grants permission to create a version of an existing connector definition. Access level: Write. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createconnectordefinitionversion-post.html */
  CreateConnectorDefinitionVersion: "W|||5;1;|||;",
  /** Grants permission to create a core definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createcoredefinition-post.html */
  CreateCoreDefinition: "W||||0,2|0|;",
  /** Grants permission to create a version of an existing core definition. Greengrass groups must each contain exactly one Greengrass core. Access level: Write. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createcoredefinitionversion-post.html */
  CreateCoreDefinitionVersion: "W|||7;1;|||;",
  /** Grants permission to create a deployment. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/createdeployment-post.html */
  CreateDeployment: "W|||15;1;|0,2|0,2,iot:CreateJob,3,4,6,7,8,9,10|;",
  /** Grants permission to create a device definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createdevicedefinition-post.html */
  CreateDeviceDefinition: "W||||0,2|0|;",
  /** Grants permission to create a version of an existing device definition. Access level: Write. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createdevicedefinitionversion-post.html */
  CreateDeviceDefinitionVersion: "W|||11;1;|||;",
  /** Grants permission to create a Lambda function definition to be used in a group that contains a list of Lambda functions and their configurations. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createfunctiondefinition-post.html */
  CreateFunctionDefinition: "W||||0,2|0|;",
  /** Grants permission to create a version of an existing Lambda function definition. Access level: Write. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createfunctiondefinitionversion-post.html */
  CreateFunctionDefinitionVersion: "W|||13;1;|||;",
  /** Grants permission to create a group. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/creategroup-post.html */
  CreateGroup: "W||||0,2|0|;",
  /** Grants permission to create a CA for the group, or rotate the existing CA. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/creategroupcertificateauthority-post.html */
  CreateGroupCertificateAuthority: "W|||15;1;|||;",
  /** Grants permission to create a version of a group that has already been defined. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/creategroupversion-post.html */
  CreateGroupVersion: "W|||15;1;|||;",
  /** Grants permission to create a logger definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createloggerdefinition-post.html */
  CreateLoggerDefinition: "W||||0,2|0|;",
  /** Grants permission to create a version of an existing logger definition. Access level: Write. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createloggerdefinitionversion-post.html */
  CreateLoggerDefinitionVersion: "W|||17;1;|||;",
  /** Grants permission to create a resource definition that contains a list of resources to be used in a group. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createresourcedefinition-post.html */
  CreateResourceDefinition: "W||||0,2|0|;",
  /** Grants permission to create a version of an existing resource definition. Access level: Write. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createresourcedefinitionversion-post.html */
  CreateResourceDefinitionVersion: "W|||19;1;|||;",
  /** Grants permission to create an AWS IoT job that will trigger your Greengrass cores to update the software they are running. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createsoftwareupdatejob-post.html */
  CreateSoftwareUpdateJob: "W|||||1|;",
  /** Grants permission to create a subscription definition. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/createsubscriptiondefinition-post.html */
  CreateSubscriptionDefinition: "W||||0,2|0|;",
  /** Grants permission to create a version of an existing subscription definition. Access level: Write. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/createsubscriptiondefinitionversion-post.html */
  CreateSubscriptionDefinitionVersion: "W|||21;1;|||;",
  /** Grants permission to delete a component. Access level: Write. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_DeleteComponent.html */
  DeleteComponent: "W|||3;1;|||;",
  /** Grants permission to delete a connector definition. Access level: Write. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deleteconnectordefinition-delete.html */
  DeleteConnectorDefinition: "W|||5;1;|||;",
  /** Grants permission to delete a core definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletecoredefinition-delete.html */
  DeleteCoreDefinition: "W|||7;1;|||;",
  /** Grants permission to delete a AWS IoT Greengrass core device, which is an AWS IoT thing. This operation removes the core device from the list of core devices. This operation doesn't delete the AWS IoT thing. Access level: Write. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_DeleteCoreDevice.html */
  DeleteCoreDevice: "W|||9;1;||5|;",
  /** Grants permission to delete a deployment. To delete an active deployment, it needs to be cancelled first. Access level: Write. Resources: deployment*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_DeleteDeployment.html */
  DeleteDeployment: "W|||10;1;||iot:DeleteJob|;",
  /** Grants permission to delete a device definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletedevicedefinition-delete.html */
  DeleteDeviceDefinition: "W|||11;1;|||;",
  /** Grants permission to delete a Lambda function definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletefunctiondefinition-delete.html */
  DeleteFunctionDefinition: "W|||13;1;|||;",
  /** Grants permission to delete a group that is not currently in use in a deployment. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletegroup-delete.html */
  DeleteGroup: "W|||15;1;|||;",
  /** Grants permission to delete a logger definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deleteloggerdefinition-delete.html */
  DeleteLoggerDefinition: "W|||17;1;|||;",
  /** Grants permission to delete a resource definition. Access level: Write. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deleteresourcedefinition-delete.html */
  DeleteResourceDefinition: "W|||19;1;|||;",
  /** Grants permission to delete a subscription definition. Deleting a definition that is currently in use in a deployment affects future deployments. Access level: Write. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/deletesubscriptiondefinition-delete.html */
  DeleteSubscriptionDefinition: "W|||21;1;|||;",
  /** Grants permission to retrieve metadata for a version of a component. Access level: Read. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_DescribeComponent.html */
  DescribeComponent: "R|||3;1;|||;",
  /** Grants permission to disassociate the role from a group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/disassociaterolefromgroup-delete.html */
  DisassociateRoleFromGroup: "W|||15;1;|||;",
  /** Grants permission to disassociate the service role from an account. Without a service role, deployments will not work. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/disassociateservicerolefromaccount-delete.html */
  DisassociateServiceRoleFromAccount: "W||||||;",
  /** Grants permission to retrieve information required to connect to a Greengrass core. Access level: Read. Resources: thing*. https://docs.aws.amazon.com/greengrass/latest/developerguide/gg-discover-api.html */
  Discover: "R|||23;1;|||",
  /** Grants permission to retrieve the role associated with a group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getassociatedrole-get.html */
  GetAssociatedRole: "R|||15;1;|||;",
  /** Grants permission to return the status of a bulk deployment. Access level: Read. Resources: bulkDeployment*. https://docs.aws.amazon.com/greengrass/v1/apireference/getbulkdeploymentstatus-get.html */
  GetBulkDeploymentStatus: "R|||0;1;|||;",
  /** Grants permission to get the recipe for a version of a component. Access level: Read. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_GetComponent.html */
  GetComponent: "R|||3;1;|||;",
  /** Grants permission to get the pre-signed URL to download a public component artifact. Access level: Read. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_GetComponentVersionArtifact.html */
  GetComponentVersionArtifact: "R|||3;1;|||;",
  /** Grants permission to retrieve the connectivity information for a core. Access level: Read. Resources: connectivityInfo*. https://docs.aws.amazon.com/greengrass/v1/apireference/getconnectivityinfo-get.html */
  GetConnectivityInfo: "R|||4;1;||8|;",
  /** Grants permission to retrieve information about a connector definition. Access level: Read. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getconnectordefinition-get.html */
  GetConnectorDefinition: "R|||5;1;|||;",
  /** Grants permission to retrieve information about a connector definition version. Access level: Read. Resources: connectorDefinition*, connectorDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getconnectordefinitionversion-get.html */
  GetConnectorDefinitionVersion: "R|||5;1;,6;1;|||;",
  /** Grants permission to retrieve information about a core definition. Access level: Read. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getcoredefinition-get.html */
  GetCoreDefinition: "R|||7;1;|||;",
  /** Grants permission to retrieve information about a core definition version. Access level: Read. Resources: coreDefinition*, coreDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getcoredefinitionversion-get.html */
  GetCoreDefinitionVersion: "R|||7;1;,8;1;|||;",
  /** Grants permission to retrieves metadata for a AWS IoT Greengrass core device. Access level: Read. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_GetCoreDevice.html */
  GetCoreDevice: "R|||9;1;|||;",
  /** Grants permission to get a deployment. Access level: Read. Resources: deployment*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_GetDeployment.html */
  GetDeployment: "R|||10;1;||4,6,7,8|;",
  /** Grants permission to return the status of a deployment. Access level: Read. Resources: deployment*, group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getdeploymentstatus-get.html */
  GetDeploymentStatus: "R|||10;1;,15;1;|||;",
  /** Grants permission to retrieve information about a device definition. Access level: Read. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getdevicedefinition-get.html */
  GetDeviceDefinition: "R|||11;1;|||;",
  /** Grants permission to retrieve information about a device definition version. Access level: Read. Resources: deviceDefinition*, deviceDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getdevicedefinitionversion-get.html */
  GetDeviceDefinitionVersion: "R|||11;1;,12;1;|||;",
  /** Grants permission to retrieve information about a Lambda function definition, such as its creation time and latest version. Access level: Read. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getfunctiondefinition-get.html */
  GetFunctionDefinition: "R|||13;1;|||;",
  /** Grants permission to retrieve information about a Lambda function definition version, such as which Lambda functions are included in the version and their configurations. Access level: Read. Resources: functionDefinition*, functionDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getfunctiondefinitionversion-get.html */
  GetFunctionDefinitionVersion: "R|||13;1;,14;1;|||;",
  /** Grants permission to retrieve information about a group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getgroup-get.html */
  GetGroup: "R|||15;1;|||;",
  /** Grants permission to return the public key of the CA associated with a group. Access level: Read. Resources: certificateAuthority*, group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getgroupcertificateauthority-get.html */
  GetGroupCertificateAuthority: "R|||1;1;,15;1;|||;",
  /** Grants permission to retrieve the current configuration for the CA used by a group. Access level: Read. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/getgroupcertificateconfiguration-get.html */
  GetGroupCertificateConfiguration: "R|||15;1;|||;",
  /** Grants permission to retrieve information about a group version. Access level: Read. Resources: group*, groupVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getgroupversion-get.html */
  GetGroupVersion: "R|||15;1;,16;1;|||;",
  /** Grants permission to retrieve information about a logger definition. Access level: Read. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getloggerdefinition-get.html */
  GetLoggerDefinition: "R|||17;1;|||;",
  /** Grants permission to retrieve information about a logger definition version. Access level: Read. Resources: loggerDefinition*, loggerDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getloggerdefinitionversion-get.html */
  GetLoggerDefinitionVersion: "R|||17;1;,18;1;|||;",
  /** Grants permission to retrieve information about a resource definition, such as its creation time and latest version. Access level: Read. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getresourcedefinition-get.html */
  GetResourceDefinition: "R|||19;1;|||;",
  /** Grants permission to retrieve information about a resource definition version, such as which resources are included in the version. Access level: Read. Resources: resourceDefinition*, resourceDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getresourcedefinitionversion-get.html */
  GetResourceDefinitionVersion: "R|||19;1;,20;1;|||;",
  /** Grants permission to retrieve the service role that is attached to an account. Access level: Read. https://docs.aws.amazon.com/greengrass/v1/apireference/getserviceroleforaccount-get.html */
  GetServiceRoleForAccount: "R||||||;",
  /** Grants permission to retrieve information about a subscription definition. Access level: Read. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/getsubscriptiondefinition-get.html */
  GetSubscriptionDefinition: "R|||21;1;|||;",
  /** Grants permission to retrieve information about a subscription definition version. Access level: Read. Resources: subscriptionDefinition*, subscriptionDefinitionVersion*. https://docs.aws.amazon.com/greengrass/v1/apireference/getsubscriptiondefinitionversion-get.html */
  GetSubscriptionDefinitionVersion: "R|||21;1;,22;1;|||;",
  /** Grants permission to retrieve runtime configuration of a thing. Access level: Read. Resources: thingRuntimeConfig*. https://docs.aws.amazon.com/greengrass/v1/apireference/getthingruntimeconfiguration-get.html */
  GetThingRuntimeConfiguration: "R|||24;1;|||;",
  /** Grants permission to retrieve a paginated list of the deployments that have been started in a bulk deployment operation and their current deployment status. Access level: Read. Resources: bulkDeployment*. https://docs.aws.amazon.com/greengrass/v1/apireference/listbulkdeploymentdetailedreports-get.html */
  ListBulkDeploymentDetailedReports: "R|||0;1;|||;",
  /** Grants permission to retrieve a list of bulk deployments. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listbulkdeployments-get.html */
  ListBulkDeployments: "L||||||;",
  /** Grants permission to retrieve a paginated list of client devices associated to a AWS IoT Greengrass core device. Access level: List. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListClientDevicesAssociatedWithCoreDevice.html */
  ListClientDevicesAssociatedWithCoreDevice: "L|||9;1;|||;",
  /** Grants permission to retrieve a paginated list of all versions for a component. Access level: List. Resources: component*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListComponentVersions.html */
  ListComponentVersions: "L|||2;1;|||;",
  /** Grants permission to retrieve a paginated list of component summaries. Access level: List. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListComponents.html */
  ListComponents: "L||||||;",
  /** Grants permission to list the versions of a connector definition. Access level: List. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listconnectordefinitionversions-get.html */
  ListConnectorDefinitionVersions: "L|||5;1;|||;",
  /** Grants permission to retrieve a list of connector definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listconnectordefinitions-get.html */
  ListConnectorDefinitions: "L||||||;",
  /** Grants permission to list the versions of a core definition. Access level: List. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listcoredefinitionversions-get.html */
  ListCoreDefinitionVersions: "L|||7;1;|||;",
  /** Grants permission to retrieve a list of core definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listcoredefinitions-get.html */
  ListCoreDefinitions: "L||||||;",
  /** Grants permission to retrieve a paginated list of AWS IoT Greengrass core devices. Access level: List. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListCoreDevices.html */
  ListCoreDevices: "L||||||;",
  /** Grants permission to retrieve a list of all deployments for a group. Access level: List. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/listdeployments-get.html */
  ListDeployments: "L|||15;1;||4,6,7,8|;",
  /** Grants permission to list the versions of a device definition. Access level: List. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listdevicedefinitionversions-get.html */
  ListDeviceDefinitionVersions: "L|||11;1;|||;",
  /** Grants permission to retrieve a list of device definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listdevicedefinitions-get.html */
  ListDeviceDefinitions: "L||||||;",
  /** Grants permission to retrieves a paginated list of deployment jobs that AWS IoT Greengrass sends to AWS IoT Greengrass core devices. Access level: List. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListEffectiveDeployments.html */
  ListEffectiveDeployments: "L|||9;1;||4,5,6,7,8|;",
  /** Grants permission to list the versions of a Lambda function definition. Access level: List. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listfunctiondefinitionversions-get.html */
  ListFunctionDefinitionVersions: "L|||13;1;|||;",
  /** Grants permission to retrieve a list of Lambda function definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listfunctiondefinitions-get.html */
  ListFunctionDefinitions: "L||||||;",
  /** Grants permission to retrieve a list of current CAs for a group. Access level: List. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/listgroupcertificateauthorities-get.html */
  ListGroupCertificateAuthorities: "L|||15;1;|||;",
  /** Grants permission to list the versions of a group. Access level: List. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/listgroupversions-get.html */
  ListGroupVersions: "L|||15;1;|||;",
  /** Grants permission to retrieve a list of groups. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listgroups-get.html */
  ListGroups: "L||||||;",
  /** Grants permission to retrieve a paginated list of the components that a AWS IoT Greengrass core device runs. Access level: List. Resources: coreDevice*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ListInstalledComponents.html */
  ListInstalledComponents: "L|||9;1;|||;",
  /** Grants permission to list the versions of a logger definition. Access level: List. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listloggerdefinitionversions-get.html */
  ListLoggerDefinitionVersions: "L|||17;1;|||;",
  /** Grants permission to retrieve a list of logger definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listloggerdefinitions-get.html */
  ListLoggerDefinitions: "L||||||;",
  /** Grants permission to list the versions of a resource definition. Access level: List. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listresourcedefinitionversions-get.html */
  ListResourceDefinitionVersions: "L|||19;1;|||;",
  /** Grants permission to retrieve a list of resource definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listresourcedefinitions-get.html */
  ListResourceDefinitions: "L||||||;",
  /** Grants permission to list the versions of a subscription definition. Access level: List. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/listsubscriptiondefinitionversions-get.html */
  ListSubscriptionDefinitionVersions: "L|||21;1;|||;",
  /** Grants permission to retrieve a list of subscription definitions. Access level: List. https://docs.aws.amazon.com/greengrass/v1/apireference/listsubscriptiondefinitions-get.html */
  ListSubscriptionDefinitions: "L||||||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: bulkDeployment, component, componentVersion, connectorDefinition, coreDefinition, coreDevice, deployment, deviceDefinition, functionDefinition, group, loggerDefinition, resourceDefinition, subscriptionDefinition. https://docs.aws.amazon.com/greengrass/v1/apireference/listtagsforresource-get.html */
  ListTagsForResource: "R|||0;0;,2;0;,3;0;,5;0;,7;0;,9;0;,10;0;,11;0;,13;0;,15;0;,17;0;,19;0;,21;0;|0,2||;",
  /** Grants permission to reset a group's deployments. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/resetdeployments-post.html */
  ResetDeployments: "W|||15;1;|||;",
  /** Grants permission to list components that meet the component, version, and platform requirements of a deployment. Access level: List. Resources: componentVersion*. https://docs.aws.amazon.com/greengrass/v2/APIReference/API_ResolveComponentCandidates.html */
  ResolveComponentCandidates: "L|||3;1;|||",
  /** Grants permission to deploy multiple groups in one operation. Access level: Write. https://docs.aws.amazon.com/greengrass/v1/apireference/startbulkdeployment-post.html */
  StartBulkDeployment: "W||||0,2|0,1|;",
  /** Grants permission to stop the execution of a bulk deployment. Access level: Write. Resources: bulkDeployment*. https://docs.aws.amazon.com/greengrass/v1/apireference/stopbulkdeployment-put.html */
  StopBulkDeployment: "W|||0;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: bulkDeployment, component, componentVersion, connectorDefinition, coreDefinition, coreDevice, deployment, deviceDefinition, functionDefinition, group, loggerDefinition, resourceDefinition, subscriptionDefinition. https://docs.aws.amazon.com/greengrass/v1/apireference/tagresource-post.html */
  TagResource:
    "T|||0;0;,2;0;,3;0;,5;0;,7;0;,9;0;,10;0;,11;0;,13;0;,15;0;,17;0;,19;0;,21;0;|0,2||CreateComponentVersion,CreateConnectorDefinition,CreateCoreDefinition,CreateDeployment,CreateDeviceDefinition,CreateFunctionDefinition,CreateGroup,CreateLoggerDefinition,CreateResourceDefinition,CreateSubscriptionDefinition,StartBulkDeployment,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: bulkDeployment, component, componentVersion, connectorDefinition, coreDefinition, coreDevice, deployment, deviceDefinition, functionDefinition, group, loggerDefinition, resourceDefinition, subscriptionDefinition. https://docs.aws.amazon.com/greengrass/v1/apireference/untagresource-delete.html */
  UntagResource: "T|||0;0;,2;0;,3;0;,5;0;,7;0;,9;0;,10;0;,11;0;,13;0;,15;0;,17;0;,19;0;,21;0;|0,2||;",
  /** Grants permission to update the connectivity information for a Greengrass core. Any devices that belong to the group that has this core will receive this information in order to find the location of the core and connect to it. Access level: Write. Resources: connectivityInfo*. https://docs.aws.amazon.com/greengrass/v1/apireference/updateconnectivityinfo-put.html */
  UpdateConnectivityInfo: "W|||4;1;||8,10|;",
  /** Grants permission to update a connector definition. Access level: Write. Resources: connectorDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updateconnectordefinition-put.html */
  UpdateConnectorDefinition: "W|||5;1;|||;",
  /** Grants permission to update a core definition. Access level: Write. Resources: coreDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatecoredefinition-put.html */
  UpdateCoreDefinition: "W|||7;1;|||;",
  /** Grants permission to update a device definition. Access level: Write. Resources: deviceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatedevicedefinition-put.html */
  UpdateDeviceDefinition: "W|||11;1;|||;",
  /** Grants permission to update a Lambda function definition. Access level: Write. Resources: functionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatefunctiondefinition-put.html */
  UpdateFunctionDefinition: "W|||13;1;|||;",
  /** Grants permission to update a group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/updategroup-put.html */
  UpdateGroup: "W|||15;1;|||;",
  /** Grants permission to update the certificate expiry time for a group. Access level: Write. Resources: group*. https://docs.aws.amazon.com/greengrass/v1/apireference/updategroupcertificateconfiguration-put.html */
  UpdateGroupCertificateConfiguration: "W|||15;1;|||;",
  /** Grants permission to update a logger definition. Access level: Write. Resources: loggerDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updateloggerdefinition-put.html */
  UpdateLoggerDefinition: "W|||17;1;|||;",
  /** Grants permission to update a resource definition. Access level: Write. Resources: resourceDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updateresourcedefinition-put.html */
  UpdateResourceDefinition: "W|||19;1;|||;",
  /** Grants permission to update a subscription definition. Access level: Write. Resources: subscriptionDefinition*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatesubscriptiondefinition-put.html */
  UpdateSubscriptionDefinition: "W|||21;1;|||;",
  /** Grants permission to update runtime configuration of a thing. Access level: Write. Resources: thingRuntimeConfig*. https://docs.aws.amazon.com/greengrass/v1/apireference/updatethingruntimeconfiguration-put.html */
  UpdateThingRuntimeConfiguration: "W|||24;1;|||;",
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
const resourceTypeFacts = {
  /** The bulkDeployment resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/bulk/deployments/${BulkDeploymentId} */
  bulkDeployment: "|,|1",
  /** The certificateAuthority resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/certificateauthorities/${CertificateAuthorityId} */
  certificateAuthority: "|,|",
  /** The component resource type: arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName} */
  component: "|,|1",
  /** The componentVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}:versions:${ComponentVersion} */
  componentVersion: "|,|1",
  /** The connectivityInfo resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/connectivityInfo */
  connectivityInfo: "|,|",
  /** The connectorDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId} */
  connectorDefinition: "|,|1",
  /** The connectorDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}/versions/${VersionId} */
  connectorDefinitionVersion: "|,|",
  /** The coreDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId} */
  coreDefinition: "|,|1",
  /** The coreDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}/versions/${VersionId} */
  coreDefinitionVersion: "|,|",
  /** The coreDevice resource type: arn:${Partition}:greengrass:${Region}:${Account}:coreDevices:${CoreDeviceThingName} */
  coreDevice: "|,|1",
  /** The deployment resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/deployments/${DeploymentId} or arn:${Partition}:greengrass:${Region}:${Account}:deployments:${DeploymentId} */
  deployment: "|,deployment1,deployment2|1",
  /** The deviceDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId} */
  deviceDefinition: "|,|1",
  /** The deviceDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}/versions/${VersionId} */
  deviceDefinitionVersion: "|,|",
  /** The functionDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId} */
  functionDefinition: "|,|1",
  /** The functionDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}/versions/${VersionId} */
  functionDefinitionVersion: "|,|",
  /** The group resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId} */
  group: "|,|1",
  /** The groupVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/versions/${VersionId} */
  groupVersion: "|,|",
  /** The loggerDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId} */
  loggerDefinition: "|,|1",
  /** The loggerDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}/versions/${VersionId} */
  loggerDefinitionVersion: "|,|",
  /** The resourceDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId} */
  resourceDefinition: "|,|1",
  /** The resourceDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}/versions/${VersionId} */
  resourceDefinitionVersion: "|,|",
  /** The subscriptionDefinition resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId} */
  subscriptionDefinition: "|,|1",
  /** The subscriptionDefinitionVersion resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}/versions/${VersionId} */
  subscriptionDefinitionVersion: "|,|",
  /** The thing resource type: arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName} */
  thing: "|,|",
  /** The thingRuntimeConfig resource type: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/runtimeconfig */
  thingRuntimeConfig: "|,|",
} as const;
const arnFormats = {
  /** ARN of a bulkDeployment resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/bulk/deployments/${BulkDeploymentId}. */
  bulkDeployment:
    "|,bulkDeployment|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/bulk/deployments/|BulkDeploymentId|",
  /** ARN of a certificateAuthority resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/certificateauthorities/${CertificateAuthorityId}. */
  certificateAuthority:
    "|,certificateAuthority|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/groups/|GroupId|/certificateauthorities/|CertificateAuthorityId|",
  /** ARN of a component resource: arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}. */
  component: "|,component|arn:|Partition|:greengrass:|Region|:|Account|:components:|ComponentName|",
  /** ARN of a componentVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}:versions:${ComponentVersion}. */
  componentVersion:
    "|,componentVersion|arn:|Partition|:greengrass:|Region|:|Account|:components:|ComponentName|:versions:|ComponentVersion|",
  /** ARN of a connectivityInfo resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/connectivityInfo. */
  connectivityInfo:
    "|,connectivityInfo|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/things/|ThingName|/connectivityInfo",
  /** ARN of a connectorDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}. */
  connectorDefinition:
    "|,connectorDefinition|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/connectors/|ConnectorDefinitionId|",
  /** ARN of a connectorDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}/versions/${VersionId}. */
  connectorDefinitionVersion:
    "|,connectorDefinitionVersion|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/connectors/|ConnectorDefinitionId|/versions/|VersionId|",
  /** ARN of a coreDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}. */
  coreDefinition:
    "|,coreDefinition|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/cores/|CoreDefinitionId|",
  /** ARN of a coreDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}/versions/${VersionId}. */
  coreDefinitionVersion:
    "|,coreDefinitionVersion|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/cores/|CoreDefinitionId|/versions/|VersionId|",
  /** ARN of a coreDevice resource: arn:${Partition}:greengrass:${Region}:${Account}:coreDevices:${CoreDeviceThingName}. */
  coreDevice: "|,coreDevice|arn:|Partition|:greengrass:|Region|:|Account|:coreDevices:|CoreDeviceThingName|",
  /** ARN of a deployment resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/deployments/${DeploymentId}. (One of the 2 ARN formats of this resource type.) */
  deployment1:
    "|,deployment|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/groups/|GroupId|/deployments/|DeploymentId|",
  /** ARN of a deployment resource: arn:${Partition}:greengrass:${Region}:${Account}:deployments:${DeploymentId}. (One of the 2 ARN formats of this resource type.) */
  deployment2: "|,deployment|arn:|Partition|:greengrass:|Region|:|Account|:deployments:|DeploymentId|",
  /** ARN of a deviceDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}. */
  deviceDefinition:
    "|,deviceDefinition|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/devices/|DeviceDefinitionId|",
  /** ARN of a deviceDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}/versions/${VersionId}. */
  deviceDefinitionVersion:
    "|,deviceDefinitionVersion|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/devices/|DeviceDefinitionId|/versions/|VersionId|",
  /** ARN of a functionDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}. */
  functionDefinition:
    "|,functionDefinition|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/functions/|FunctionDefinitionId|",
  /** ARN of a functionDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}/versions/${VersionId}. */
  functionDefinitionVersion:
    "|,functionDefinitionVersion|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/functions/|FunctionDefinitionId|/versions/|VersionId|",
  /** ARN of a group resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}. */
  group: "|,group|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/groups/|GroupId|",
  /** ARN of a groupVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/versions/${VersionId}. */
  groupVersion:
    "|,groupVersion|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/groups/|GroupId|/versions/|VersionId|",
  /** ARN of a loggerDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}. */
  loggerDefinition:
    "|,loggerDefinition|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/loggers/|LoggerDefinitionId|",
  /** ARN of a loggerDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}/versions/${VersionId}. */
  loggerDefinitionVersion:
    "|,loggerDefinitionVersion|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/loggers/|LoggerDefinitionId|/versions/|VersionId|",
  /** ARN of a resourceDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}. */
  resourceDefinition:
    "|,resourceDefinition|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/resources/|ResourceDefinitionId|",
  /** ARN of a resourceDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}/versions/${VersionId}. */
  resourceDefinitionVersion:
    "|,resourceDefinitionVersion|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/resources/|ResourceDefinitionId|/versions/|VersionId|",
  /** ARN of a subscriptionDefinition resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}. */
  subscriptionDefinition:
    "|,subscriptionDefinition|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/subscriptions/|SubscriptionDefinitionId|",
  /** ARN of a subscriptionDefinitionVersion resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}/versions/${VersionId}. */
  subscriptionDefinitionVersion:
    "|,subscriptionDefinitionVersion|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/definition/subscriptions/|SubscriptionDefinitionId|/versions/|VersionId|",
  /** ARN of a thing resource: arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName}. */
  thing: "|,thing|arn:|Partition|:iot:|Region|:|Account|:thing/|ThingName|",
  /** ARN of a thingRuntimeConfig resource: arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/runtimeconfig. */
  thingRuntimeConfig:
    "|,thingRuntimeConfig|arn:|Partition|:greengrass:|Region|:|Account|:/greengrass/things/|ThingName|/runtimeconfig",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "bulkDeployment",
  "certificateAuthority",
  "component",
  "componentVersion",
  "connectivityInfo",
  "connectorDefinition",
  "connectorDefinitionVersion",
  "coreDefinition",
  "coreDefinitionVersion",
  "coreDevice",
  "deployment",
  "deviceDefinition",
  "deviceDefinitionVersion",
  "functionDefinition",
  "functionDefinitionVersion",
  "group",
  "groupVersion",
  "loggerDefinition",
  "loggerDefinitionVersion",
  "resourceDefinition",
  "resourceDefinitionVersion",
  "subscriptionDefinition",
  "subscriptionDefinitionVersion",
  "thing",
  "thingRuntimeConfig",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "greengrass">;
/** Any greengrass action. */
export type Action = ActionOf<typeof actionFacts, "greengrass">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "greengrass">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "greengrass" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every greengrass action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
