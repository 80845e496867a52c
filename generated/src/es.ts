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
export const prefix: "es" = "es";
/** The service's name in the reference. */
export const serviceName: "Amazon OpenSearch Service" = "Amazon OpenSearch Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon OpenSearch Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonopensearchservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to the destination domain owner to accept an inbound cross-cluster search connection request. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_AcceptInboundConnection.html */
  AcceptInboundConnection: "W||||||AcceptInboundCrossClusterSearchConnection",
  /** Grants permission to the destination domain owner to accept an inbound cross-cluster search connection request. This permission is deprecated. Use AcceptInboundConnection instead. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_AcceptInboundConnection.html */
  AcceptInboundCrossClusterSearchConnection: "W|||||es:AcceptInboundConnection|;",
  /** Grants permission to add the data source for the OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_AddDataSource.html */
  AddDataSource: "W|||2;1;|||",
  /** Grants permission to add the data source for the provided OpenSearch arns. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_AddDirectQueryDataSource.html */
  AddDirectQueryDataSource: "W|||1;1;|0,2||",
  /** Grants permission to attach resource tags to an OpenSearch Service domain, data source, or application. Access level: Tagging. Resources: application*, datasource*, domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_AddTags.html */
  AddTags: "T|||0;1;,1;1;,2;1;|0,2||;,CreateElasticsearchDomain",
  /** Grants permission to associate a package with an OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_AssociatePackage.html */
  AssociatePackage: "W|||2;1;|||;",
  /** Grants permission to associate multiple packages with an OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_AssociatePackages.html */
  AssociatePackages: "W|||2;1;|||",
  /** Grants permission to provide access to an Amazon OpenSearch Service domain through the use of an interface VPC endpoint. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_AuthorizeVpcEndpointAccess.html */
  AuthorizeVpcEndpointAccess: "W||||||;",
  /** Grants permission to cancel a change on an OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CancelDomainConfigChange.html */
  CancelDomainConfigChange: "W|||2;1;|||;",
  /** Grants permission to cancel a service software update of a domain. This permission is deprecated. Use CancelServiceSoftwareUpdate instead. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CancelServiceSoftwareUpdate.html */
  CancelElasticsearchServiceSoftwareUpdate: "W|||2;1;||es:CancelServiceSoftwareUpdate|;",
  /** Grants permission to cancel a service software update of a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CancelServiceSoftwareUpdate.html */
  CancelServiceSoftwareUpdate: "W|||2;1;|||CancelElasticsearchServiceSoftwareUpdate",
  /** Grants permission to create an OpenSearch Application. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W||||0,2||",
  /** Grants permission to create an Amazon OpenSearch Service domain. Access level: Write. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateDomain.html */
  CreateDomain: "W|||2;0;|0,2||CreateElasticsearchDomain",
  /** Grants permission to create an OpenSearch Service domain. This permission is deprecated. Use CreateDomain instead. Access level: Write. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateDomain.html */
  CreateElasticsearchDomain: "W|||2;0;|0,2|es:AddTags,es:CreateDomain,0|;",
  /** Grants permission to create the service-linked role required for OpenSearch Service domains that use VPC access. This permission is deprecated. OpenSearch Service creates the service-linked role for you. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/Welcome.html */
  CreateElasticsearchServiceRole: "W||||||",
  /** Grants permission to create index for the OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateIndex.html */
  CreateIndex: "W|||2;1;|||",
  /** Grants permission to create a new cross-cluster search connection from a source domain to a destination domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateOutboundConnection.html */
  CreateOutboundConnection: "W|||2;1;|||CreateOutboundCrossClusterSearchConnection",
  /** Grants permission to create a new cross-cluster search connection from a source domain to a destination domain. This permission is deprecated. Use CreateOutboundConnection instead. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateOutboundConnection.html */
  CreateOutboundCrossClusterSearchConnection: "W|||2;1;||es:CreateOutboundConnection|;",
  /** Grants permission to add a package for use with OpenSearch Service domains. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreatePackage.html */
  CreatePackage: "W||||||;",
  /** Grants permission to create the service-linked role required for Amazon OpenSearch Service domains that use VPC access. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/Welcome.html */
  CreateServiceRole: "W||||||",
  /** Grants permission to create an Amazon OpenSearch Service-managed VPC endpoint. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateVpcEndpoint.html */
  CreateVpcEndpoint: "W||||||;",
  /** Grants permission to delete an OpenSearch Application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||",
  /** Grants permission to delete the data source for the OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteDataSource.html */
  DeleteDataSource: "W|||2;1;|||",
  /** Grants permission to delete the data source for the provided OpenSearch arns. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteDirectQueryDataSource.html */
  DeleteDirectQueryDataSource: "W|||1;1;|||",
  /** Grants permission to delete an Amazon OpenSearch Service domain and all of its data. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteDomain.html */
  DeleteDomain: "W|||2;1;|||DeleteElasticsearchDomain",
  /** Grants permission to delete an OpenSearch Service domain and all of its data. This permission is deprecated. Use DeleteDomain instead. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteDomain.html */
  DeleteElasticsearchDomain: "W|||2;1;||es:DeleteDomain|;",
  /** Grants permission to delete the service-linked role required for OpenSearch Service domains that use VPC access. This permission is deprecated. Use the IAM API to delete service-linked roles. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_Welcome.html */
  DeleteElasticsearchServiceRole: "W||||||;",
  /** Grants permission to the destination domain owner to delete an existing inbound cross-cluster search connection. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteInboundConnection.html */
  DeleteInboundConnection: "W||||||",
  /** Grants permission to the destination domain owner to delete an existing inbound cross-cluster search connection. This permission is deprecated. Use DeleteInboundConnection instead. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteInboundConnection.html */
  DeleteInboundCrossClusterSearchConnection: "W||||||;",
  /** Grants permission to delete Index for the OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteIndex.html */
  DeleteIndex: "W|||2;1;|||",
  /** Grants permission to the source domain owner to delete an existing outbound cross-cluster search connection. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteOutboundConnection.html */
  DeleteOutboundConnection: "W||||||DeleteOutboundCrossClusterSearchConnection",
  /** Grants permission to the source domain owner to delete an existing outbound cross-cluster search connection. This permission is deprecated. Use DeleteOutboundConnection instead. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteOutboundConnection.html */
  DeleteOutboundCrossClusterSearchConnection: "W|||||es:DeleteOutboundConnection|;",
  /** Grants permission to delete a package from OpenSearch Service. The package cannot be associated with any domains. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeletePackage.html */
  DeletePackage: "W||||||;",
  /** Grants permission to delete an Amazon OpenSearch Service-managed interface VPC endpoint. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeleteVpcEndpoint.html */
  DeleteVpcEndpoint: "W||||||;",
  /** Grants permission to deregister a capability from an OpenSearch Application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DeregisterCapability.html */
  DeregisterCapability: "W|||0;1;|||",
  /** Grants permission to view a description of the domain configuration for the specified OpenSearch Service domain, including the domain ID, service endpoint, and ARN. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomain.html */
  DescribeDomain: "R|||2;1;|||DescribeElasticsearchDomain",
  /** Grants permission to view the Auto-Tune configuration of the domain for the specified OpenSearch Service domain, including the Auto-Tune state and maintenance schedules. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomainAutoTunes.html */
  DescribeDomainAutoTunes: "R|||2;1;|||;",
  /** Grants permission to view detail stage progress of an OpenSearch Service domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomainChangeProgress.html */
  DescribeDomainChangeProgress: "R|||2;1;|||;",
  /** Grants permission to view a description of the configuration options and status of an OpenSearch Service domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomainConfig.html */
  DescribeDomainConfig: "R|||2;1;|||DescribeElasticsearchDomainConfig",
  /** Grants permission to view information about domain and node health, the standby Availability Zone, number of nodes per Availability Zone, and shard count per node. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomainHealth.html */
  DescribeDomainHealth: "R|||2;1;|||",
  /** Grants permission to view information about nodes configured for the domain and their configurations- the node id, type of node, status of node, Availability Zone, instance type and storage. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomainNodes.html */
  DescribeDomainNodes: "R|||2;1;|||",
  /** Grants permission to view a description of the domain configuration for up to five specified OpenSearch Service domains. Access level: List. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomains.html */
  DescribeDomains: "L|||2;1;|||DescribeElasticsearchDomains",
  /** Grants permission to describe the status of a pre-update validation check on an OpenSearch Service domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDryRunProgress.html */
  DescribeDryRunProgress: "R|||2;1;|||",
  /** Grants permission to view a description of the domain configuration for the specified OpenSearch Service domain, including the domain ID, service endpoint, and ARN. This permission is deprecated. Use DescribeDomain instead. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomain.html */
  DescribeElasticsearchDomain: "R|||2;1;||es:DescribeDomain|;",
  /** Grants permission to view a description of the configuration and status of an OpenSearch Service domain. This permission is deprecated. Use DescribeDomainConfig instead. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomainConfig.html */
  DescribeElasticsearchDomainConfig: "R|||2;1;||es:DescribeDomainConfig|;",
  /** Grants permission to view a description of the domain configuration for up to five specified Amazon OpenSearch domains. This permission is deprecated. Use DescribeDomains instead. Access level: List. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomains.html */
  DescribeElasticsearchDomains: "L|||2;1;||es:DescribeDomains|;",
  /** Grants permission to view the instance count, storage, and master node limits for a given OpenSearch version and instance type. This permission is deprecated. Use DescribeInstanceTypeLimits instead. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeInstanceTypeLimits.html */
  DescribeElasticsearchInstanceTypeLimits: "L|||||es:DescribeInstanceTypeLimits|;",
  /** Grants permission to list all the inbound cross-cluster search connections for a destination domain. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeInboundConnections.html */
  DescribeInboundConnections: "L||||||DescribeInboundCrossClusterSearchConnections",
  /** Grants permission to list all the inbound cross-cluster search connections for a destination domain. This permission is deprecated. Use DescribeInboundConnections instead. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeInboundConnections.html */
  DescribeInboundCrossClusterSearchConnections: "L|||||es:DescribeInboundConnections|;",
  /** Grants permission to view detailed information about insights for an OpenSearch Service domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeInsightDetails.html */
  DescribeInsightDetails: "R|||2;1;|||",
  /** Grants permission to view the instance count, storage, and master node limits for a given engine version and instance type. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeInstanceTypeLimits.html */
  DescribeInstanceTypeLimits: "L||||||DescribeElasticsearchInstanceTypeLimits",
  /** Grants permission to list all the outbound cross-cluster search connections for a source domain. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeOutboundConnections.html */
  DescribeOutboundConnections: "L||||||DescribeOutboundCrossClusterSearchConnections",
  /** Grants permission to list all the outbound cross-cluster search connections for a source domain. This permission is deprecated. Use DescribeOutboundConnections instead. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeOutboundConnections.html */
  DescribeOutboundCrossClusterSearchConnections: "L|||||es:DescribeOutboundConnections|;",
  /** Grants permission to describe all packages available to OpenSearch Service domains. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribePackages.html */
  DescribePackages: "R||||||;",
  /** Grants permission to fetch Reserved Instance offerings for Amazon OpenSearch Service. This permission is deprecated. Use DescribeReservedInstanceOfferings instead. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeReservedInstanceOfferings.html */
  DescribeReservedElasticsearchInstanceOfferings: "L|||||es:DescribeReservedInstanceOfferings|;",
  /** Grants permission to fetch OpenSearch Service Reserved Instances that have already been purchased. This permission is deprecated. Use DescribeReservedInstances instead. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeReservedInstances.html */
  DescribeReservedElasticsearchInstances: "L|||||es:DescribeReservedInstances|;",
  /** Grants permission to fetch Reserved Instance offerings for OpenSearch Service. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeReservedInstanceOfferings.html */
  DescribeReservedInstanceOfferings: "L||||||DescribeReservedElasticsearchInstanceOfferings",
  /** Grants permission to fetch OpenSearch Service Reserved Instances that have already been purchased. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeReservedInstances.html */
  DescribeReservedInstances: "L||||||DescribeReservedElasticsearchInstances",
  /** Grants permission to describe one or more Amazon OpenSearch Service-managed VPC endpoints. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeVpcEndpoints.html */
  DescribeVpcEndpoints: "L||||||;",
  /** Grants permission to disassociate a package from the specified OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DissociatePackage.html */
  DissociatePackage: "W|||2;1;|||;",
  /** Grants permission to disassociate multiple packages from the specified OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DissociatePackages.html */
  DissociatePackages: "W|||2;1;|||",
  /** Grants permission to send cross-cluster requests to a destination domain. Access level: Read. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/Welcome.html */
  ESCrossClusterGet: "R|||2;0;|||",
  /** Grants permission to send HTTP DELETE requests to the OpenSearch APIs. Access level: Write. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/Welcome.html */
  ESHttpDelete: "W|||2;0;|||",
  /** Grants permission to send HTTP GET requests to the OpenSearch APIs. Access level: Read. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/Welcome.html */
  ESHttpGet: "R|||2;0;|||",
  /** Grants permission to send HTTP HEAD requests to the OpenSearch APIs. Access level: Read. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/Welcome.html */
  ESHttpHead: "R|||2;0;|||",
  /** Grants permission to send HTTP PATCH requests to the OpenSearch APIs. Access level: Write. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/Welcome.html */
  ESHttpPatch: "W|||2;0;|||",
  /** Grants permission to send HTTP POST requests to the OpenSearch APIs. Access level: Write. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/Welcome.html */
  ESHttpPost: "W|||2;0;|||",
  /** Grants permission to send HTTP PUT requests to the OpenSearch APIs. Access level: Write. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/Welcome.html */
  ESHttpPut: "W|||2;0;|||",
  /** Grants permission to get information about an OpenSearch Application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetApplication.html */
  GetApplication: "R|||0;1;|||",
  /** Grants permission to get a registered capability for an OpenSearch Application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetCapability.html */
  GetCapability: "R|||0;1;|||",
  /** Grants permission to fetch a list of compatible OpenSearch and Elasticsearch versions to which an OpenSearch Service domain can be upgraded. This permission is deprecated. Use GetCompatibleVersions instead. Access level: List. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetCompatibleVersions.html */
  GetCompatibleElasticsearchVersions: "L|||2;1;||es:GetCompatibleVersions|;",
  /** Grants permission to fetch list of compatible engine versions to which an OpenSearch Service domain can be upgraded. Access level: List. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetCompatibleVersions.html */
  GetCompatibleVersions: "L|||2;1;|||GetCompatibleElasticsearchVersions",
  /** Grants permission to get the data source for the OpenSearch Service domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetDataSource.html */
  GetDataSource: "R|||2;1;|||",
  /** Grants permission to get the default application setting for OpenSearch Service. Access level: Read. Resources: application*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetDefaultApplicationSetting.html */
  GetDefaultApplicationSetting: "R|||0;1;|||",
  /** Grants permission to get the data source for the provided OpenSearch arns. Access level: Read. Resources: datasource*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetDirectQueryDataSource.html */
  GetDirectQueryDataSource: "R|||1;1;|||",
  /** Grants permission to retrieve the status of maintenance action for the node. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetDomainMaintenanceStatus.html */
  GetDomainMaintenanceStatus: "R|||2;1;|||",
  /** Grants permission to get index for the OpenSearch Service domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetIndex.html */
  GetIndex: "R|||2;1;|||",
  /** Grants permission to fetch the version history for a package. Access level: Read. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetPackageVersionHistory.html */
  GetPackageVersionHistory: "R||||||;",
  /** Grants permission to fetch the upgrade history of a given OpenSearch Service domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetUpgradeHistory.html */
  GetUpgradeHistory: "R|||2;1;|||;",
  /** Grants permission to fetch the upgrade status of a given OpenSearch Service domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_GetUpgradeStatus.html */
  GetUpgradeStatus: "R|||2;1;|||;",
  /** Grants permission to list OpenSearch Applications. Access level: List. Resources: application*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListApplications.html */
  ListApplications: "L|||0;1;|||",
  /** Grants permission to retrieve a list of data source for the OpenSearch Service domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDataSources.html */
  ListDataSources: "L|||2;1;|||",
  /** Grants permission to retrieve a list of data source for the provided OpenSearch arns. Access level: List. Resources: datasource*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDirectQueryDataSources.html */
  ListDirectQueryDataSources: "L|||1;1;|||",
  /** Grants permission to retrieve a list of maintenance actions for the OpenSearch Service domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDomainMaintenances.html */
  ListDomainMaintenances: "L|||2;1;|||",
  /** Grants permission to display the names of all OpenSearch Service domains that the current user owns. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDomainNames.html */
  ListDomainNames: "L||||||;",
  /** Grants permission to list all OpenSearch Service domains that a package is associated with. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDomainsForPackage.html */
  ListDomainsForPackage: "L||||||;",
  /** Grants permission to list all instance types and available features for a given OpenSearch version. This permission is deprecated. Use ListInstanceTypeDetails instead. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListInstanceTypeDetails.html */
  ListElasticsearchInstanceTypeDetails: "L||||||",
  /** Grants permission to list all EC2 instance types that are supported for a given OpenSearch version. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListInstanceTypeDetails.html */
  ListElasticsearchInstanceTypes: "L||||||;",
  /** Grants permission to list all supported OpenSearch versions on Amazon OpenSearch Service. This permission is deprecated. Use ListVersions instead. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListVersions.html */
  ListElasticsearchVersions: "L|||||es:ListVersions|;",
  /** Grants permission to list insights for OpenSearch Service domains in the account. Access level: List. Resources: domain. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListInsights.html */
  ListInsights: "L|||2;0;|||",
  /** Grants permission to list all instance types and available features for a given OpenSearch or Elasticsearch version. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListInstanceTypeDetails.html */
  ListInstanceTypeDetails: "L||||||",
  /** Grants permission to list all packages associated with the OpenSearch Service domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListPackagesForDomain.html */
  ListPackagesForDomain: "L|||2;1;|||;",
  /** Grants permission to retrieve a list of configuration changes that are scheduled for a OpenSearch Service domain. Access level: List. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListScheduledActions.html */
  ListScheduledActions: "L|||2;1;|||",
  /** Grants permission to display all resource tags for an OpenSearch Service domain, data source, or application. Access level: Read. Resources: application*, datasource*, domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListTags.html */
  ListTags: "R|||0;1;,1;1;,2;1;|||;",
  /** Grants permission to list all supported OpenSearch and Elasticsearch versions in Amazon OpenSearch Service. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListVersions.html */
  ListVersions: "L||||||ListElasticsearchVersions",
  /** Grants permission to retrieve information about each AWS principal that is allowed to access a given Amazon OpenSearch Service domain through the use of an interface VPC endpoint. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListVpcEndpointAccess.html */
  ListVpcEndpointAccess: "L||||||;",
  /** Grants permission to retrieve all Amazon OpenSearch Service-managed VPC endpoints in the current AWS account and Region. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListVpcEndpoints.html */
  ListVpcEndpoints: "L||||||;",
  /** Grants permission to retrieve all Amazon OpenSearch Service-managed VPC endpoints associated with a particular domain. Access level: List. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListVpcEndpointsForDomain.html */
  ListVpcEndpointsForDomain: "L||||||;",
  /** Grants permission to purchase OpenSearch Service Reserved Instances. This permission is deprecated. Use PurchaseReservedInstanceOffering instead. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_PurchaseReservedInstanceOffering.html */
  PurchaseReservedElasticsearchInstanceOffering: "W|||||es:PurchaseReservedInstanceOffering|;",
  /** Grants permission to purchase OpenSearch reserved instances. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_PurchaseReservedInstanceOffering.html */
  PurchaseReservedInstanceOffering: "W||||||PurchaseReservedElasticsearchInstanceOffering",
  /** Grants permission to set or remove the default application setting for OpenSearch Service. Access level: Write. Resources: application*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_PutDefaultApplicationSetting.html */
  PutDefaultApplicationSetting: "W|||0;1;|||",
  /** Grants permission to register a capability for an OpenSearch Application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_RegisterCapability.html */
  RegisterCapability: "W|||0;1;|||",
  /** Grants permission to the destination domain owner to reject an inbound cross-cluster search connection request. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_RejectInboundConnection.html */
  RejectInboundConnection: "W||||||RejectInboundCrossClusterSearchConnection",
  /** Grants permission to the destination domain owner to reject an inbound cross-cluster search connection request. This permission is deprecated. Use RejectInboundConnection instead. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_RejectInboundConnection.html */
  RejectInboundCrossClusterSearchConnection: "W|||||es:RejectInboundConnection|;",
  /** Grants permission to remove resource tags from an OpenSearch Service domain, data source, or application. Access level: Tagging. Resources: application*, datasource*, domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_RemoveTags.html */
  RemoveTags: "T|||0;1;,1;1;,2;1;|2||;",
  /** Grants permission to revoke access to an Amazon OpenSearch Service domain that was provided through an interface VPC endpoint. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_RevokeVpcEndpointAccess.html */
  RevokeVpcEndpointAccess: "W||||||;",
  /** Grants permission to rollback a service software update of an elasticsearch domain to its previous version. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_RollbackServiceSoftwareUpdate.html */
  RollbackElasticsearchServiceSoftwareUpdate: "W|||2;1;|||",
  /** Grants permission to rollback a service software update of an opensearch domain to its previous version. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_RollbackServiceSoftwareUpdate.html */
  RollbackServiceSoftwareUpdate: "W|||2;1;|||",
  /** Grants permission to initiate the maintenance on the node. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_StartDomainMaintenance.html */
  StartDomainMaintenance: "W|||2;1;|||",
  /** Grants permission to start a service software update of a domain. This permission is deprecated. Use StartServiceSoftwareUpdate instead. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_StartServiceSoftwareUpdate.html */
  StartElasticsearchServiceSoftwareUpdate: "W|||2;1;||es:StartServiceSoftwareUpdate|;",
  /** Grants permission to start a service software update of a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_StartServiceSoftwareUpdate.html */
  StartServiceSoftwareUpdate: "W|||2;1;|||StartElasticsearchServiceSoftwareUpdate",
  /** Grants permission to update an OpenSearch Application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;1;|||",
  /** Grants permission to update the data source for the OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdateDataSource.html */
  UpdateDataSource: "W|||2;1;|||",
  /** Grants permission to update the data source for the provided OpenSearch arns. Access level: Write. Resources: datasource*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdateDirectQueryDataSource.html */
  UpdateDirectQueryDataSource: "W|||1;1;|||",
  /** Grants permission to modify the configuration of an OpenSearch Service domain, such as the instance type or number of instances. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdateDomainConfig.html */
  UpdateDomainConfig: "W|||2;1;|||UpdateElasticsearchDomainConfig",
  /** Grants permission to modify the configuration of an OpenSearch Service domain, such as the instance type or number of instances. This permission is deprecated. Use UpdateDomainConfig instead. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdateDomainConfig.html */
  UpdateElasticsearchDomainConfig: "W|||2;1;||es:UpdateDomainConfig,0|;",
  /** Grants permission to update index for the OpenSearch Service domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdateIndex.html */
  UpdateIndex: "W|||2;1;|||",
  /** Grants permission to update a package for use with OpenSearch Service domains. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdatePackage.html */
  UpdatePackage: "W||||||;",
  /** Grants permission to update scope a package. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdatePackageScope.html */
  UpdatePackageScope: "W||||||",
  /** Grants permission to reschedule a planned OpenSearch Service domain configuration change for a later time. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdateScheduledAction.html */
  UpdateScheduledAction: "W|||2;1;|||",
  /** Grants permission to modify an Amazon OpenSearch Service-managed interface VPC endpoint. Access level: Write. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpdateVpcEndpoint.html */
  UpdateVpcEndpoint: "W||||||;",
  /** Grants permission to initiate upgrade of an OpenSearch Service domain to a given version. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpgradeDomain.html */
  UpgradeDomain: "W|||2;1;|||UpgradeElasticsearchDomain",
  /** Grants permission to initiate upgrade of an OpenSearch Service domain to a specified version. This permission is deprecated. Use UpgradeDomain instead. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_UpgradeDomain.html */
  UpgradeElasticsearchDomain: "W|||2;1;||es:UpgradeDomain|;",
} as const;
const actionDetails = {
  AcceptInboundConnection:
    "|,;~~~|Grants permission to the destination domain owner to accept an inbound cross-cluster search connection request",
  AcceptInboundCrossClusterSearchConnection:
    "|,;~~~|Grants permission to the destination domain owner to accept an inbound cross-cluster search connection request. This permission is deprecated. Use AcceptInboundConnection instead",
  AddDataSource: "|,;~|Grants permission to add the data source for the OpenSearch Service domain",
  AddDirectQueryDataSource: "|,;~|Grants permission to add the data source for the provided OpenSearch arns",
  AddTags:
    "|,;~~~,~~|Grants permission to attach resource tags to an OpenSearch Service domain, data source, or application",
  AssociatePackage: "|,;~~~|Grants permission to associate a package with an OpenSearch Service domain",
  AssociatePackages: "|,;~|Grants permission to associate multiple packages with an OpenSearch Service domain",
  AuthorizeVpcEndpointAccess:
    "|,;~~~|Grants permission to provide access to an Amazon OpenSearch Service domain through the use of an interface VPC endpoint",
  CancelDomainConfigChange: "|,;~~~|Grants permission to cancel a change on an OpenSearch Service domain",
  CancelElasticsearchServiceSoftwareUpdate:
    "|,;~~~|Grants permission to cancel a service software update of a domain. This permission is deprecated. Use CancelServiceSoftwareUpdate instead",
  CancelServiceSoftwareUpdate: "|,;~~~|Grants permission to cancel a service software update of a domain",
  CreateApplication: "|,;~|Grants permission to create an OpenSearch Application",
  CreateDomain: "|,;~~~|Grants permission to create an Amazon OpenSearch Service domain",
  CreateElasticsearchDomain:
    "|,;~~~|Grants permission to create an OpenSearch Service domain. This permission is deprecated. Use CreateDomain instead",
  CreateElasticsearchServiceRole:
    "|,;~|Grants permission to create the service-linked role required for OpenSearch Service domains that use VPC access. This permission is deprecated. OpenSearch Service creates the service-linked role for you",
  CreateIndex: "|,;~|Grants permission to create index for the OpenSearch Service domain",
  CreateOutboundConnection:
    "|,;~~~|Grants permission to create a new cross-cluster search connection from a source domain to a destination domain",
  CreateOutboundCrossClusterSearchConnection:
    "|,;~~~|Grants permission to create a new cross-cluster search connection from a source domain to a destination domain. This permission is deprecated. Use CreateOutboundConnection instead",
  CreatePackage: "|,;~~~|Grants permission to add a package for use with OpenSearch Service domains",
  CreateServiceRole:
    "|,;~|Grants permission to create the service-linked role required for Amazon OpenSearch Service domains that use VPC access",
  CreateVpcEndpoint: "|,;~~~|Grants permission to create an Amazon OpenSearch Service-managed VPC endpoint",
  DeleteApplication: "|,;~|Grants permission to delete an OpenSearch Application",
  DeleteDataSource: "|,;~|Grants permission to delete the data source for the OpenSearch Service domain",
  DeleteDirectQueryDataSource: "|,;~|Grants permission to delete the data source for the provided OpenSearch arns",
  DeleteDomain: "|,;~~~|Grants permission to delete an Amazon OpenSearch Service domain and all of its data",
  DeleteElasticsearchDomain:
    "|,;~~~|Grants permission to delete an OpenSearch Service domain and all of its data. This permission is deprecated. Use DeleteDomain instead",
  DeleteElasticsearchServiceRole:
    "|,;~~~|Grants permission to delete the service-linked role required for OpenSearch Service domains that use VPC access. This permission is deprecated. Use the IAM API to delete service-linked roles",
  DeleteInboundConnection:
    "|,;~|Grants permission to the destination domain owner to delete an existing inbound cross-cluster search connection",
  DeleteInboundCrossClusterSearchConnection:
    "|,;~~~|Grants permission to the destination domain owner to delete an existing inbound cross-cluster search connection. This permission is deprecated. Use DeleteInboundConnection instead",
  DeleteIndex: "|,;~|Grants permission to delete Index for the OpenSearch Service domain",
  DeleteOutboundConnection:
    "|,;~~~|Grants permission to the source domain owner to delete an existing outbound cross-cluster search connection",
  DeleteOutboundCrossClusterSearchConnection:
    "|,;~~~|Grants permission to the source domain owner to delete an existing outbound cross-cluster search connection. This permission is deprecated. Use DeleteOutboundConnection instead",
  DeletePackage:
    "|,;~~~|Grants permission to delete a package from OpenSearch Service. The package cannot be associated with any domains",
  DeleteVpcEndpoint: "|,;~~~|Grants permission to delete an Amazon OpenSearch Service-managed interface VPC endpoint",
  DeregisterCapability: "|,;~|Grants permission to deregister a capability from an OpenSearch Application",
  DescribeDomain:
    "|,;~~~|Grants permission to view a description of the domain configuration for the specified OpenSearch Service domain, including the domain ID, service endpoint, and ARN",
  DescribeDomainAutoTunes:
    "|,;~~~|Grants permission to view the Auto-Tune configuration of the domain for the specified OpenSearch Service domain, including the Auto-Tune state and maintenance schedules",
  DescribeDomainChangeProgress:
    "|,;~~~|Grants permission to view detail stage progress of an OpenSearch Service domain",
  DescribeDomainConfig:
    "|,;~~~|Grants permission to view a description of the configuration options and status of an OpenSearch Service domain",
  DescribeDomainHealth:
    "|,;~|Grants permission to view information about domain and node health, the standby Availability Zone, number of nodes per Availability Zone, and shard count per node",
  DescribeDomainNodes:
    "|,;~|Grants permission to view information about nodes configured for the domain and their configurations- the node id, type of node, status of node, Availability Zone, instance type and storage",
  DescribeDomains:
    "|,;~~~|Grants permission to view a description of the domain configuration for up to five specified OpenSearch Service domains",
  DescribeDryRunProgress:
    "|,;~|Grants permission to describe the status of a pre-update validation check on an OpenSearch Service domain",
  DescribeElasticsearchDomain:
    "|,;~~~|Grants permission to view a description of the domain configuration for the specified OpenSearch Service domain, including the domain ID, service endpoint, and ARN. This permission is deprecated. Use DescribeDomain instead",
  DescribeElasticsearchDomainConfig:
    "|,;~~~|Grants permission to view a description of the configuration and status of an OpenSearch Service domain. This permission is deprecated. Use DescribeDomainConfig instead",
  DescribeElasticsearchDomains:
    "|,;~~~|Grants permission to view a description of the domain configuration for up to five specified Amazon OpenSearch domains. This permission is deprecated. Use DescribeDomains instead",
  DescribeElasticsearchInstanceTypeLimits:
    "|,;~~~|Grants permission to view the instance count, storage, and master node limits for a given OpenSearch version and instance type. This permission is deprecated. Use DescribeInstanceTypeLimits instead",
  DescribeInboundConnections:
    "|,;~~~|Grants permission to list all the inbound cross-cluster search connections for a destination domain",
  DescribeInboundCrossClusterSearchConnections:
    "|,;~~~|Grants permission to list all the inbound cross-cluster search connections for a destination domain. This permission is deprecated. Use DescribeInboundConnections instead",
  DescribeInsightDetails:
    "|,;~|Grants permission to view detailed information about insights for an OpenSearch Service domain",
  DescribeInstanceTypeLimits:
    "|,;~~~|Grants permission to view the instance count, storage, and master node limits for a given engine version and instance type",
  DescribeOutboundConnections:
    "|,;~~~|Grants permission to list all the outbound cross-cluster search connections for a source domain",
  DescribeOutboundCrossClusterSearchConnections:
    "|,;~~~|Grants permission to list all the outbound cross-cluster search connections for a source domain. This permission is deprecated. Use DescribeOutboundConnections instead",
  DescribePackages: "|,;~~~|Grants permission to describe all packages available to OpenSearch Service domains",
  DescribeReservedElasticsearchInstanceOfferings:
    "|,;~~~|Grants permission to fetch Reserved Instance offerings for Amazon OpenSearch Service. This permission is deprecated. Use DescribeReservedInstanceOfferings instead",
  DescribeReservedElasticsearchInstances:
    "|,;~~~|Grants permission to fetch OpenSearch Service Reserved Instances that have already been purchased. This permission is deprecated. Use DescribeReservedInstances instead",
  DescribeReservedInstanceOfferings:
    "|,;~~~|Grants permission to fetch Reserved Instance offerings for OpenSearch Service",
  DescribeReservedInstances:
    "|,;~~~|Grants permission to fetch OpenSearch Service Reserved Instances that have already been purchased",
  DescribeVpcEndpoints:
    "|,;~~~|Grants permission to describe one or more Amazon OpenSearch Service-managed VPC endpoints",
  DissociatePackage: "|,;~~~|Grants permission to disassociate a package from the specified OpenSearch Service domain",
  DissociatePackages:
    "|,;~|Grants permission to disassociate multiple packages from the specified OpenSearch Service domain",
  ESCrossClusterGet: "|,;~|Grants permission to send cross-cluster requests to a destination domain",
  ESHttpDelete: "|,;~|Grants permission to send HTTP DELETE requests to the OpenSearch APIs",
  ESHttpGet: "|,;~|Grants permission to send HTTP GET requests to the OpenSearch APIs",
  ESHttpHead: "|,;~|Grants permission to send HTTP HEAD requests to the OpenSearch APIs",
  ESHttpPatch: "|,;~|Grants permission to send HTTP PATCH requests to the OpenSearch APIs",
  ESHttpPost: "|,;~|Grants permission to send HTTP POST requests to the OpenSearch APIs",
  ESHttpPut: "|,;~|Grants permission to send HTTP PUT requests to the OpenSearch APIs",
  GetApplication: "|,;~|Grants permission to get information about an OpenSearch Application",
  GetCapability: "|,;~|Grants permission to get a registered capability for an OpenSearch Application",
  GetCompatibleElasticsearchVersions:
    "|,;~~~|Grants permission to fetch a list of compatible OpenSearch and Elasticsearch versions to which an OpenSearch Service domain can be upgraded. This permission is deprecated. Use GetCompatibleVersions instead",
  GetCompatibleVersions:
    "|,;~~~|Grants permission to fetch list of compatible engine versions to which an OpenSearch Service domain can be upgraded",
  GetDataSource: "|,;~|Grants permission to get the data source for the OpenSearch Service domain",
  GetDefaultApplicationSetting: "|,;~|Grants permission to get the default application setting for OpenSearch Service",
  GetDirectQueryDataSource: "|,;~|Grants permission to get the data source for the provided OpenSearch arns",
  GetDomainMaintenanceStatus: "|,;~|Grants permission to retrieve the status of maintenance action for the node",
  GetIndex: "|,;~|Grants permission to get index for the OpenSearch Service domain",
  GetPackageVersionHistory: "|,;~~~|Grants permission to fetch the version history for a package",
  GetUpgradeHistory: "|,;~~~|Grants permission to fetch the upgrade history of a given OpenSearch Service domain",
  GetUpgradeStatus: "|,;~~~|Grants permission to fetch the upgrade status of a given OpenSearch Service domain",
  ListApplications: "|,;~|Grants permission to list OpenSearch Applications",
  ListDataSources: "|,;~|Grants permission to retrieve a list of data source for the OpenSearch Service domain",
  ListDirectQueryDataSources:
    "|,;~|Grants permission to retrieve a list of data source for the provided OpenSearch arns",
  ListDomainMaintenances:
    "|,;~|Grants permission to retrieve a list of maintenance actions for the OpenSearch Service domain",
  ListDomainNames:
    "|,;~~~|Grants permission to display the names of all OpenSearch Service domains that the current user owns",
  ListDomainsForPackage:
    "|,;~~~|Grants permission to list all OpenSearch Service domains that a package is associated with",
  ListElasticsearchInstanceTypeDetails:
    "|,;~|Grants permission to list all instance types and available features for a given OpenSearch version. This permission is deprecated. Use ListInstanceTypeDetails instead",
  ListElasticsearchInstanceTypes:
    "|,;~~~|Grants permission to list all EC2 instance types that are supported for a given OpenSearch version",
  ListElasticsearchVersions:
    "|,;~~~|Grants permission to list all supported OpenSearch versions on Amazon OpenSearch Service. This permission is deprecated. Use ListVersions instead",
  ListInsights: "|,;~|Grants permission to list insights for OpenSearch Service domains in the account",
  ListInstanceTypeDetails:
    "|,;~|Grants permission to list all instance types and available features for a given OpenSearch or Elasticsearch version",
  ListPackagesForDomain: "|,;~~~|Grants permission to list all packages associated with the OpenSearch Service domain",
  ListScheduledActions:
    "|,;~|Grants permission to retrieve a list of configuration changes that are scheduled for a OpenSearch Service domain",
  ListTags:
    "|,;~~~|Grants permission to display all resource tags for an OpenSearch Service domain, data source, or application",
  ListVersions:
    "|,;~~~|Grants permission to list all supported OpenSearch and Elasticsearch versions in Amazon OpenSearch Service",
  ListVpcEndpointAccess:
    "|,;~~~|Grants permission to retrieve information about each AWS principal that is allowed to access a given Amazon OpenSearch Service domain through the use of an interface VPC endpoint",
  ListVpcEndpoints:
    "|,;~~~|Grants permission to retrieve all Amazon OpenSearch Service-managed VPC endpoints in the current AWS account and Region",
  ListVpcEndpointsForDomain:
    "|,;~~~|Grants permission to retrieve all Amazon OpenSearch Service-managed VPC endpoints associated with a particular domain",
  PurchaseReservedElasticsearchInstanceOffering:
    "|,;~~~|Grants permission to purchase OpenSearch Service Reserved Instances. This permission is deprecated. Use PurchaseReservedInstanceOffering instead",
  PurchaseReservedInstanceOffering: "|,;~~~|Grants permission to purchase OpenSearch reserved instances",
  PutDefaultApplicationSetting:
    "|,;~|Grants permission to set or remove the default application setting for OpenSearch Service",
  RegisterCapability: "|,;~|Grants permission to register a capability for an OpenSearch Application",
  RejectInboundConnection:
    "|,;~~~|Grants permission to the destination domain owner to reject an inbound cross-cluster search connection request",
  RejectInboundCrossClusterSearchConnection:
    "|,;~~~|Grants permission to the destination domain owner to reject an inbound cross-cluster search connection request. This permission is deprecated. Use RejectInboundConnection instead",
  RemoveTags:
    "|,;~~~|Grants permission to remove resource tags from an OpenSearch Service domain, data source, or application",
  RevokeVpcEndpointAccess:
    "|,;~~~|Grants permission to revoke access to an Amazon OpenSearch Service domain that was provided through an interface VPC endpoint",
  RollbackElasticsearchServiceSoftwareUpdate:
    "|,;~|Grants permission to rollback a service software update of an elasticsearch domain to its previous version",
  RollbackServiceSoftwareUpdate:
    "|,;~|Grants permission to rollback a service software update of an opensearch domain to its previous version",
  StartDomainMaintenance: "|,;~|Grants permission to initiate the maintenance on the node",
  StartElasticsearchServiceSoftwareUpdate:
    "|,;~~~|Grants permission to start a service software update of a domain. This permission is deprecated. Use StartServiceSoftwareUpdate instead",
  StartServiceSoftwareUpdate: "|,;~~~|Grants permission to start a service software update of a domain",
  UpdateApplication: "|,;~|Grants permission to update an OpenSearch Application",
  UpdateDataSource: "|,;~|Grants permission to update the data source for the OpenSearch Service domain",
  UpdateDirectQueryDataSource: "|,;~|Grants permission to update the data source for the provided OpenSearch arns",
  UpdateDomainConfig:
    "|,;~~~|Grants permission to modify the configuration of an OpenSearch Service domain, such as the instance type or number of instances",
  UpdateElasticsearchDomainConfig:
    "|,;~~~|Grants permission to modify the configuration of an OpenSearch Service domain, such as the instance type or number of instances. This permission is deprecated. Use UpdateDomainConfig instead",
  UpdateIndex: "|,;~|Grants permission to update index for the OpenSearch Service domain",
  UpdatePackage: "|,;~~~|Grants permission to update a package for use with OpenSearch Service domains",
  UpdatePackageScope: "|,;~|Grants permission to update scope a package",
  UpdateScheduledAction:
    "|,;~|Grants permission to reschedule a planned OpenSearch Service domain configuration change for a later time",
  UpdateVpcEndpoint: "|,;~~~|Grants permission to modify an Amazon OpenSearch Service-managed interface VPC endpoint",
  UpgradeDomain: "|,;~~~|Grants permission to initiate upgrade of an OpenSearch Service domain to a given version",
  UpgradeElasticsearchDomain:
    "|,;~~~|Grants permission to initiate upgrade of an OpenSearch Service domain to a specified version. This permission is deprecated. Use UpgradeDomain instead",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:opensearch:${Region}:${Account}:application/${AppId} */
  application: "|,|1",
  /** The datasource resource type: arn:${Partition}:opensearch:${Region}:${Account}:datasource/${DataSourceName} */
  datasource: "|,|1",
  /** The domain resource type: arn:${Partition}:es:${Region}:${Account}:domain/${DomainName} */
  domain: "|,|1",
  /** The es_role resource type: arn:${Partition}:iam::${Account}:role/aws-service-role/es.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService */
  es_role: "|,esRole|1",
  /** The opensearchservice_role resource type: arn:${Partition}:iam::${Account}:role/aws-service-role/opensearchservice.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService */
  opensearchservice_role: "|,opensearchserviceRole|1",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:opensearch:${Region}:${Account}:application/${AppId}. */
  application: "|,application|arn:|Partition|:opensearch:|Region|:|Account|:application/|AppId|",
  /** ARN of a datasource resource: arn:${Partition}:opensearch:${Region}:${Account}:datasource/${DataSourceName}. */
  datasource: "|,datasource|arn:|Partition|:opensearch:|Region|:|Account|:datasource/|DataSourceName|",
  /** ARN of a domain resource: arn:${Partition}:es:${Region}:${Account}:domain/${DomainName}. */
  domain: "|,domain|arn:|Partition|:es:|Region|:|Account|:domain/|DomainName|",
  /** ARN of a es_role resource: arn:${Partition}:iam::${Account}:role/aws-service-role/es.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService. */
  esRole:
    "|,es_role|arn:|Partition|:iam::|Account|:role/aws-service-role/es.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService",
  /** ARN of a opensearchservice_role resource: arn:${Partition}:iam::${Account}:role/aws-service-role/opensearchservice.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService. */
  opensearchserviceRole:
    "|,opensearchservice_role|arn:|Partition|:iam::|Account|:role/aws-service-role/opensearchservice.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application", "datasource", "domain", "es_role", "opensearchservice_role"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "es">;
/** Any es action. */
export type Action = ActionOf<typeof actionFacts, "es">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "es">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "es" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every es action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "es",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
