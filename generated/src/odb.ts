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
export const prefix: "odb" = "odb";
/** The service's name in the reference. */
export const serviceName: "AWS Service - Oracle Database@AWS" = "AWS Service - Oracle Database@AWS";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Service - Oracle Database@AWS",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsservice-oracledatabase_aws.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["odb:TagResource"] as const;
const actionFacts = {
  /** Grants permission to register the Amazon Web Services Marketplace token for your Amazon Web Services account to activate your Oracle Database@Amazon Web Services subscription. Access level: Write. https://docs.aws.amazon.com/odb/latest/APIReference/API_AcceptMarketplaceRegistration.html */
  AcceptMarketplaceRegistration: "W||||||;",
  /** Grants permission to associate an AWS Identity and Access Management (IAM) service role with a specified resource to enable AWS service integration. Access level: Write. Resources: cloud-autonomous-vm-cluster, cloud-vm-cluster. https://docs.aws.amazon.com/odb/latest/APIReference/API_AssociateIamRoleToResource.html */
  AssociateIamRoleToResource: "W|||0;0;,2;0;||iam:PassRole|;",
  /** Grants permission to create a new Autonomous VM cluster in the specified Exadata infrastructure. Access level: Write. Resources: cloud-exadata-infrastructure*, odb-network*. https://docs.aws.amazon.com/odb/latest/APIReference/API_CreateCloudAutonomousVmCluster.html */
  CreateCloudAutonomousVmCluster: "W|||1;1;,4;1;|0,2|0|;",
  /** Grants permission to create an Exadata infrastructure. Access level: Write. https://docs.aws.amazon.com/odb/latest/APIReference/API_CreateCloudExadataInfrastructure.html */
  CreateCloudExadataInfrastructure: "W||||0,2|0|;",
  /** Grants permission to create a VM cluster on the specified Exadata infrastructure. Access level: Write. Resources: cloud-exadata-infrastructure*, odb-network*. https://docs.aws.amazon.com/odb/latest/APIReference/API_CreateCloudVmCluster.html */
  CreateCloudVmCluster: "W|||1;1;,4;1;|0,2|odb:CreateDbNode,0|;",
  /** Grants permission to create a DB Node. Access level: Write. Resources: db-node*. Permission only. API_CreateDbNode.html */
  CreateDbNode: "W||1|3;1;|||CreateCloudVmCluster",
  /** Grants permission to create an ODB Grant Share. Access level: Write. Permission only. API_CreateGrantShare.html */
  CreateGrantShare: "W||1||||",
  /** Grants permission to create an ODB network. Access level: Write. https://docs.aws.amazon.com/odb/latest/APIReference/API_CreateOdbNetwork.html */
  CreateOdbNetwork: "W||||0,2|0|;",
  /** Grants permission to create an ODB Peering Connection. Access level: Write. Resources: odb-network*. https://docs.aws.amazon.com/odb/latest/APIReference/API_CreateOdbPeeringConnection.html */
  CreateOdbPeeringConnection: "W|||4;1;|0,2|0|;",
  /** Grants permission to create an Outbound Integration. Access level: Write. Resources: cloud-autonomous-vm-cluster*, cloud-vm-cluster*. Permission only. API_CreateOutboundIntegration.html */
  CreateOutboundIntegration: "W||1|0;1;,2;1;|||",
  /** Grants permission to Deletes an Autonomous VM cluster. Access level: Write. Resources: cloud-autonomous-vm-cluster*. https://docs.aws.amazon.com/odb/latest/APIReference/API_DeleteCloudAutonomousVmCluster.html */
  DeleteCloudAutonomousVmCluster: "W|||0;1;|||;",
  /** Grants permission to delete a specified Exadata infrastructure. Before you use this operation, make sure to delete all of the VM clusters that are hosted on this Exadata infrastructure. Access level: Write. Resources: cloud-exadata-infrastructure*. https://docs.aws.amazon.com/odb/latest/APIReference/API_DeleteCloudExadataInfrastructure.html */
  DeleteCloudExadataInfrastructure: "W|||1;1;|||;",
  /** Grants permission to delete a specified VM cluster. Access level: Write. Resources: cloud-vm-cluster*. https://docs.aws.amazon.com/odb/latest/APIReference/API_DeleteCloudVmCluster.html */
  DeleteCloudVmCluster: "W|||2;1;||odb:DeleteDbNode|;",
  /** Grants permission to delete a DB Node. Access level: Write. Resources: db-node*. Permission only. API_DeleteDbNode.html */
  DeleteDbNode: "W||1|3;1;|||DeleteCloudVmCluster",
  /** Grants permission to delete an ODB Grant Share. Access level: Write. Permission only. API_DeleteGrantShare.html */
  DeleteGrantShare: "W||1||||",
  /** Grants permission to delete the specified ODB network. Access level: Write. Resources: odb-network*. https://docs.aws.amazon.com/odb/latest/APIReference/API_DeleteOdbNetwork.html */
  DeleteOdbNetwork: "W|||4;1;|||;",
  /** Grants permission to delete the specified ODB Peering Connection. When you delete an ODB peering connection, the underlying VPC peering connection is also deleted. Access level: Write. Resources: odb-peering-connection*. https://docs.aws.amazon.com/odb/latest/APIReference/API_DeleteOdbPeeringConnection.html */
  DeleteOdbPeeringConnection: "W|||5;1;|||;",
  /** Grants permission to delete a resource policy. Access level: Write. Resources: cloud-exadata-infrastructure*, odb-network*. Permission only. API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W||1|1;1;,4;1;|||",
  /** Grants permission to disassociate an AWS Identity and Access Management (IAM) service role from a specified resource to disable AWS service integration. Access level: Write. Resources: cloud-autonomous-vm-cluster, cloud-vm-cluster. https://docs.aws.amazon.com/odb/latest/APIReference/API_DisassociateIamRoleFromResource.html */
  DisassociateIamRoleFromResource: "W|||0;0;,2;0;|||;",
  /** Grants permission to get information about a specific Autonomous VM cluster. Access level: Read. Resources: cloud-autonomous-vm-cluster*. https://docs.aws.amazon.com/odb/latest/APIReference/API_GetCloudAutonomousVmCluster.html */
  GetCloudAutonomousVmCluster: "R|||0;1;|||;",
  /** Grants permission to get information about the specified Exadata infrastructure. Access level: Read. Resources: cloud-exadata-infrastructure*. https://docs.aws.amazon.com/odb/latest/APIReference/API_GetCloudExadataInfrastructure.html */
  GetCloudExadataInfrastructure: "R|||1;1;|||;",
  /** Grants permission to retrieve information about unallocated resources in a specified Cloud Exadata Infrastructure. Access level: Read. Resources: cloud-exadata-infrastructure*. https://docs.aws.amazon.com/odb/latest/APIReference/API_GetCloudExadataInfrastructureUnallocatedResources.html */
  GetCloudExadataInfrastructureUnallocatedResources: "R|||1;1;|||;",
  /** Grants permission to get information about the specified VM cluster. Access level: Read. Resources: cloud-vm-cluster*. https://docs.aws.amazon.com/odb/latest/APIReference/API_GetCloudVmCluster.html */
  GetCloudVmCluster: "R|||2;1;|||;",
  /** Grants permission to get information about the specified DB node. Access level: Read. Resources: cloud-vm-cluster*, db-node*. https://docs.aws.amazon.com/odb/latest/APIReference/API_GetDbNode.html */
  GetDbNode: "R|||2;1;,3;1;|||;",
  /** Grants permission to get information about the specified database server. Access level: Read. Resources: cloud-exadata-infrastructure*. https://docs.aws.amazon.com/odb/latest/APIReference/API_GetDbServer.html */
  GetDbServer: "R|||1;1;|||;",
  /** Grants permission to get the tenancy activation link and onboarding status for your Amazon Web Services account. Access level: Read. https://docs.aws.amazon.com/odb/latest/APIReference/API_GetOciOnboardingStatus.html */
  GetOciOnboardingStatus: "R||||||;",
  /** Grants permission to get information about the specified ODB network. Access level: Read. Resources: odb-network*. https://docs.aws.amazon.com/odb/latest/APIReference/API_GetOdbNetwork.html */
  GetOdbNetwork: "R|||4;1;|||;",
  /** Grants permission to get information about the specified ODB Peering connection. Access level: Read. Resources: odb-peering-connection*. https://docs.aws.amazon.com/odb/latest/APIReference/API_GetOdbPeeringConnection.html */
  GetOdbPeeringConnection: "R|||5;1;|||;",
  /** Grants permission to get a resource policy. Access level: Read. Resources: cloud-exadata-infrastructure*, odb-network*. Permission only. API_GetResourcePolicy.html */
  GetResourcePolicy: "R||1|1;1;,4;1;|||",
  /** Grants permission to initialize the ODB service for the first time in an account. Access level: Write. https://docs.aws.amazon.com/odb/latest/APIReference/API_InitializeService.html */
  InitializeService: "W||||||;",
  /** Grants permission to list all Autonomous VMs in an Autonomous VM cluster. Access level: Read. Resources: cloud-autonomous-vm-cluster. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListAutonomousVirtualMachines.html */
  ListAutonomousVirtualMachines: "R|||0;0;|||;",
  /** Grants permission to list all Autonomous VM clusters in a specified Cloud Exadata infrastructure. Access level: List. Resources: cloud-exadata-infrastructure. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListCloudAutonomousVmClusters.html */
  ListCloudAutonomousVmClusters: "L|||1;0;|||;",
  /** Grants permission to list information about the Exadata infrastructures owned by your Amazon Web Services account. Access level: List. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListCloudExadataInfrastructures.html */
  ListCloudExadataInfrastructures: "L||||||;",
  /** Grants permission to list information about the VM clusters owned by your Amazon Web Services account or only the ones on the specified Exadata infrastructure. Access level: List. Resources: cloud-exadata-infrastructure. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListCloudVmClusters.html */
  ListCloudVmClusters: "L|||1;0;|||;",
  /** Grants permission to list information about the DB nodes for the specified VM cluster. Access level: List. Resources: cloud-vm-cluster*. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListDbNodes.html */
  ListDbNodes: "L|||2;1;|||;",
  /** Grants permission to list information about the database servers that belong to the specified Exadata infrastructure. Access level: Read. Resources: cloud-exadata-infrastructure*. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListDbServers.html */
  ListDbServers: "R|||1;1;|||;",
  /** Grants permission to list information about the shapes that are available for an Exadata infrastructure. Access level: Read. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListDbSystemShapes.html */
  ListDbSystemShapes: "R||||||;",
  /** Grants permission to list information about Oracle Grid Infrastructure (GI) software versions that are available for a VM cluster for the specified shape. Access level: Read. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListGiVersions.html */
  ListGiVersions: "R||||||;",
  /** Grants permission to list information about the ODB networks owned by your Amazon Web Services account. Access level: List. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListOdbNetworks.html */
  ListOdbNetworks: "L||||||;",
  /** Grants permission to list all ODB peering connections or those associated with a specific ODB network. Access level: List. Resources: odb-network. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListOdbPeeringConnections.html */
  ListOdbPeeringConnections: "L|||4;0;|||;",
  /** Grants permission to list information about the system versions that are available for a VM cluster for the specified giVersion and shape. Access level: Read. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListSystemVersions.html */
  ListSystemVersions: "R||||||;",
  /** Grants permission to list information about the tags applied to this resource. Access level: Read. Resources: cloud-autonomous-vm-cluster, cloud-exadata-infrastructure, cloud-vm-cluster, db-node, odb-network, odb-peering-connection. https://docs.aws.amazon.com/odb/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|1||;",
  /** Grants permission to update a resource policy. Access level: Write. Resources: cloud-exadata-infrastructure*, odb-network*. Permission only. API_PutResourcePolicy.html */
  PutResourcePolicy: "W||1|1;1;,4;1;|||",
  /** Grants permission to reboot the specified DB node in a VM cluster. Access level: Write. Resources: cloud-vm-cluster*, db-node*. https://docs.aws.amazon.com/odb/latest/APIReference/API_RebootDbNode.html */
  RebootDbNode: "W|||2;1;,3;1;|||;",
  /** Grants permission to start the specified DB node in a VM cluster. Access level: Write. Resources: cloud-vm-cluster*, db-node*. https://docs.aws.amazon.com/odb/latest/APIReference/API_StartDbNode.html */
  StartDbNode: "W|||2;1;,3;1;|||;",
  /** Grants permission to stop the specified DB node in a VM cluster. Access level: Write. Resources: cloud-vm-cluster*, db-node*. https://docs.aws.amazon.com/odb/latest/APIReference/API_StopDbNode.html */
  StopDbNode: "W|||2;1;,3;1;|||;",
  /** Grants permission to apply tags to the specified resource. Access level: Tagging. Resources: cloud-autonomous-vm-cluster, cloud-exadata-infrastructure, cloud-vm-cluster, db-node, odb-network, odb-peering-connection. https://docs.aws.amazon.com/odb/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|0,1,2||CreateCloudAutonomousVmCluster,CreateCloudExadataInfrastructure,CreateCloudVmCluster,CreateOdbNetwork,CreateOdbPeeringConnection,;",
  /** Grants permission to remove tags from the specified resource. Access level: Tagging. Resources: cloud-autonomous-vm-cluster, cloud-exadata-infrastructure, cloud-vm-cluster, db-node, odb-network, odb-peering-connection. https://docs.aws.amazon.com/odb/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|1,2||;",
  /** Grants permission to update the properties of an Exadata infrastructure resource. Access level: Write. Resources: cloud-exadata-infrastructure*. https://docs.aws.amazon.com/odb/latest/APIReference/API_UpdateCloudExadataInfrastructure.html */
  UpdateCloudExadataInfrastructure: "W|||1;1;|||;",
  /** Grants permission to update an ODB Grant Share. Access level: Write. Permission only. API_UpdateGrantShare.html */
  UpdateGrantShare: "W||1||||",
  /** Grants permission to update properties of a specified ODB network. Access level: Write. Resources: odb-network*. https://docs.aws.amazon.com/odb/latest/APIReference/API_UpdateOdbNetwork.html */
  UpdateOdbNetwork: "W|||4;1;|||;",
  /** Grants permission to update properties of a specified ODB Peering Connection. Access level: Write. Resources: odb-peering-connection*. https://docs.aws.amazon.com/odb/latest/APIReference/API_UpdateOdbPeeringConnection.html */
  UpdateOdbPeeringConnection: "W|||5;1;|||;",
  /** Grants permission to update an Outbound Integration. Access level: Write. Resources: cloud-autonomous-vm-cluster*, cloud-vm-cluster*. Permission only. API_UpdateOutboundIntegration.html */
  UpdateOutboundIntegration: "W||1|0;1;,2;1;|||",
} as const;
const actionDetails = {
  AcceptMarketplaceRegistration:
    "|,;~~~|Grants permission to register the Amazon Web Services Marketplace token for your Amazon Web Services account to activate your Oracle Database@Amazon Web Services subscription",
  AssociateIamRoleToResource:
    "|,;~~~|Grants permission to associate an AWS Identity and Access Management (IAM) service role with a specified resource to enable AWS service integration",
  CreateCloudAutonomousVmCluster:
    "|,;~~~|Grants permission to create a new Autonomous VM cluster in the specified Exadata infrastructure",
  CreateCloudExadataInfrastructure: "|,;~~~|Grants permission to create an Exadata infrastructure",
  CreateCloudVmCluster: "|,;~~~|Grants permission to create a VM cluster on the specified Exadata infrastructure",
  CreateDbNode: "|,;~~~|Grants permission to create a DB Node",
  CreateGrantShare: "|,;~|Grants permission to create an ODB Grant Share",
  CreateOdbNetwork: "|,;~~~|Grants permission to create an ODB network",
  CreateOdbPeeringConnection: "|,;~~~|Grants permission to create an ODB Peering Connection",
  CreateOutboundIntegration: "|,;~|Grants permission to create an Outbound Integration",
  DeleteCloudAutonomousVmCluster: "|,;~~~|Grants permission to Deletes an Autonomous VM cluster",
  DeleteCloudExadataInfrastructure:
    "|,;~~~|Grants permission to delete a specified Exadata infrastructure. Before you use this operation, make sure to delete all of the VM clusters that are hosted on this Exadata infrastructure",
  DeleteCloudVmCluster: "|,;~~~|Grants permission to delete a specified VM cluster",
  DeleteDbNode: "|,;~~~|Grants permission to delete a DB Node",
  DeleteGrantShare: "|,;~|Grants permission to delete an ODB Grant Share",
  DeleteOdbNetwork: "|,;~~~|Grants permission to delete the specified ODB network",
  DeleteOdbPeeringConnection:
    "|,;~~~|Grants permission to delete the specified ODB Peering Connection. When you delete an ODB peering connection, the underlying VPC peering connection is also deleted",
  DeleteResourcePolicy: "|,;~|Grants permission to delete a resource policy",
  DisassociateIamRoleFromResource:
    "|,;~~~|Grants permission to disassociate an AWS Identity and Access Management (IAM) service role from a specified resource to disable AWS service integration",
  GetCloudAutonomousVmCluster: "|,;~~~|Grants permission to get information about a specific Autonomous VM cluster",
  GetCloudExadataInfrastructure:
    "|,;~~~|Grants permission to get information about the specified Exadata infrastructure",
  GetCloudExadataInfrastructureUnallocatedResources:
    "|,;~~~|Grants permission to retrieve information about unallocated resources in a specified Cloud Exadata Infrastructure",
  GetCloudVmCluster: "|,;~~~|Grants permission to get information about the specified VM cluster",
  GetDbNode: "|,;~~~|Grants permission to get information about the specified DB node",
  GetDbServer: "|,;~~~|Grants permission to get information about the specified database server",
  GetOciOnboardingStatus:
    "|,;~~~|Grants permission to get the tenancy activation link and onboarding status for your Amazon Web Services account",
  GetOdbNetwork: "|,;~~~|Grants permission to get information about the specified ODB network",
  GetOdbPeeringConnection: "|,;~~~|Grants permission to get information about the specified ODB Peering connection",
  GetResourcePolicy: "|,;~|Grants permission to get a resource policy",
  InitializeService: "|,;~~~|Grants permission to initialize the ODB service for the first time in an account",
  ListAutonomousVirtualMachines: "|,;~~~|Grants permission to list all Autonomous VMs in an Autonomous VM cluster",
  ListCloudAutonomousVmClusters:
    "|,;~~~|Grants permission to list all Autonomous VM clusters in a specified Cloud Exadata infrastructure",
  ListCloudExadataInfrastructures:
    "|,;~~~|Grants permission to list information about the Exadata infrastructures owned by your Amazon Web Services account",
  ListCloudVmClusters:
    "|,;~~~|Grants permission to list information about the VM clusters owned by your Amazon Web Services account or only the ones on the specified Exadata infrastructure",
  ListDbNodes: "|,;~~~|Grants permission to list information about the DB nodes for the specified VM cluster",
  ListDbServers:
    "|,;~~~|Grants permission to list information about the database servers that belong to the specified Exadata infrastructure",
  ListDbSystemShapes:
    "|,;~~~|Grants permission to list information about the shapes that are available for an Exadata infrastructure",
  ListGiVersions:
    "|,;~~~|Grants permission to list information about Oracle Grid Infrastructure (GI) software versions that are available for a VM cluster for the specified shape",
  ListOdbNetworks:
    "|,;~~~|Grants permission to list information about the ODB networks owned by your Amazon Web Services account",
  ListOdbPeeringConnections:
    "|,;~~~|Grants permission to list all ODB peering connections or those associated with a specific ODB network",
  ListSystemVersions:
    "|,;~~~|Grants permission to list information about the system versions that are available for a VM cluster for the specified giVersion and shape",
  ListTagsForResource: "|,;~~~|Grants permission to list information about the tags applied to this resource",
  PutResourcePolicy: "|,;~|Grants permission to update a resource policy",
  RebootDbNode: "|,;~~~|Grants permission to reboot the specified DB node in a VM cluster",
  StartDbNode: "|,;~~~|Grants permission to start the specified DB node in a VM cluster",
  StopDbNode: "|,;~~~|Grants permission to stop the specified DB node in a VM cluster",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to apply tags to the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from the specified resource",
  UpdateCloudExadataInfrastructure:
    "|,;~~~|Grants permission to update the properties of an Exadata infrastructure resource",
  UpdateGrantShare: "|,;~|Grants permission to update an ODB Grant Share",
  UpdateOdbNetwork: "|,;~~~|Grants permission to update properties of a specified ODB network",
  UpdateOdbPeeringConnection: "|,;~~~|Grants permission to update properties of a specified ODB Peering Connection",
  UpdateOutboundIntegration: "|,;~|Grants permission to update an Outbound Integration",
};
const resourceTypeFacts = {
  /** The cloud-autonomous-vm-cluster resource type: arn:${Partition}:odb:${Region}:${Account}:cloud-autonomous-vm-cluster/${CloudAutonomousVmClusterId} */
  "cloud-autonomous-vm-cluster": "|,cloudAutonomousVmCluster|1",
  /** The cloud-exadata-infrastructure resource type: arn:${Partition}:odb:${Region}:${Account}:cloud-exadata-infrastructure/${CloudExadataInfrastructureId} */
  "cloud-exadata-infrastructure": "|,cloudExadataInfrastructure|1",
  /** The cloud-vm-cluster resource type: arn:${Partition}:odb:${Region}:${Account}:cloud-vm-cluster/${CloudVmClusterId} */
  "cloud-vm-cluster": "|,cloudVmCluster|1",
  /** The db-node resource type: arn:${Partition}:odb:${Region}:${Account}:db-node/${DbNodeId} */
  "db-node": "|,dbNode|1",
  /** The odb-network resource type: arn:${Partition}:odb:${Region}:${Account}:odb-network/${OdbNetworkId} */
  "odb-network": "|,odbNetwork|1",
  /** The odb-peering-connection resource type: arn:${Partition}:odb:${Region}:${Account}:odb-peering-connection/${OdbPeeringConnectionId} */
  "odb-peering-connection": "|,odbPeeringConnection|1",
} as const;
const arnFormats = {
  /** ARN of a cloud-autonomous-vm-cluster resource: arn:${Partition}:odb:${Region}:${Account}:cloud-autonomous-vm-cluster/${CloudAutonomousVmClusterId}. */
  cloudAutonomousVmCluster:
    "|,cloud-autonomous-vm-cluster|arn:|Partition|:odb:|Region|:|Account|:cloud-autonomous-vm-cluster/|CloudAutonomousVmClusterId|",
  /** ARN of a cloud-exadata-infrastructure resource: arn:${Partition}:odb:${Region}:${Account}:cloud-exadata-infrastructure/${CloudExadataInfrastructureId}. */
  cloudExadataInfrastructure:
    "|,cloud-exadata-infrastructure|arn:|Partition|:odb:|Region|:|Account|:cloud-exadata-infrastructure/|CloudExadataInfrastructureId|",
  /** ARN of a cloud-vm-cluster resource: arn:${Partition}:odb:${Region}:${Account}:cloud-vm-cluster/${CloudVmClusterId}. */
  cloudVmCluster: "|,cloud-vm-cluster|arn:|Partition|:odb:|Region|:|Account|:cloud-vm-cluster/|CloudVmClusterId|",
  /** ARN of a db-node resource: arn:${Partition}:odb:${Region}:${Account}:db-node/${DbNodeId}. */
  dbNode: "|,db-node|arn:|Partition|:odb:|Region|:|Account|:db-node/|DbNodeId|",
  /** ARN of a odb-network resource: arn:${Partition}:odb:${Region}:${Account}:odb-network/${OdbNetworkId}. */
  odbNetwork: "|,odb-network|arn:|Partition|:odb:|Region|:|Account|:odb-network/|OdbNetworkId|",
  /** ARN of a odb-peering-connection resource: arn:${Partition}:odb:${Region}:${Account}:odb-peering-connection/${OdbPeeringConnectionId}. */
  odbPeeringConnection:
    "|,odb-peering-connection|arn:|Partition|:odb:|Region|:|Account|:odb-peering-connection/|OdbPeeringConnectionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "cloud-autonomous-vm-cluster",
  "cloud-exadata-infrastructure",
  "cloud-vm-cluster",
  "db-node",
  "odb-network",
  "odb-peering-connection",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "odb">;
/** Any odb action. */
export type Action = ActionOf<typeof actionFacts, "odb">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "odb">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "odb" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every odb action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "odb",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
