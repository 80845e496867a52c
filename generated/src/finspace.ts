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
export const prefix: "finspace" = "finspace";
/** The service's name in the reference. */
export const serviceName: "Amazon FinSpace" = "Amazon FinSpace";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon FinSpace",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonfinspace.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["finspace:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to connect to a kdb cluster. Access level: Write. Resources: kxCluster*. Permission only. https://docs.aws.amazon.com/finspace/latest/userguide/interacting-with-kdb-clusters.html */
  ConnectKxCluster: "W||1|1;1;|||",
  /** Grants permission to create a FinSpace environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_CreateEnvironment.html */
  CreateEnvironment: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a changeset for a kdb database. Access level: Write. Resources: kxDatabase*. https://docs.aws.amazon.com/finspace/latest/management-api/API_CreateKxChangeset.html */
  CreateKxChangeset: "W|||2;1;|||;",
  /** Grants permission to create a cluster in a managed kdb environment. Access level: Write. Resources: kxCluster*. https://docs.aws.amazon.com/finspace/latest/management-api/API_CreateKxCluster.html */
  CreateKxCluster: "W|||1;1;|0,2|ec2:DescribeSubnets,finspace:MountKxDatabase,0|;",
  /** Grants permission to create a kdb database in a managed kdb environment. Access level: Write. Resources: kxDatabase*. https://docs.aws.amazon.com/finspace/latest/management-api/API_CreateKxDatabase.html */
  CreateKxDatabase: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a dataview in a managed kdb environment. Access level: Write. Resources: kxDataview*. https://docs.aws.amazon.com/finspace/latest/management-api/API_CreateKxDataview.html */
  CreateKxDataview: "W|||3;1;|0,2|0|;",
  /** Grants permission to create a managed kdb environment. Access level: Write. https://docs.aws.amazon.com/finspace/latest/management-api/API_CreateKxEnvironment.html */
  CreateKxEnvironment: "W||||0,2|0|;",
  /** Grants permission to create a scaling group in a managed kdb environment. Access level: Write. Resources: kxScalingGroup*. https://docs.aws.amazon.com/finspace/latest/management-api/API_CreateKxScalingGroup.html */
  CreateKxScalingGroup: "W|||5;1;|0,2|0|;",
  /** Grants permission to create a user in a managed kdb environment. Access level: Write. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_CreateKxUser.html */
  CreateKxUser: "W|||4;1;|0,2|0,1|;",
  /** Grants permission to create a volume in a managed kdb environment. Access level: Write. Resources: kxVolume*. https://docs.aws.amazon.com/finspace/latest/management-api/API_CreateKxVolume.html */
  CreateKxVolume: "W|||7;1;|0,2|0|;",
  /** Grants permission to create a FinSpace user. Access level: Write. Resources: environment*, user*. https://docs.aws.amazon.com/finspace/latest/userguide/finspace-what-is.html */
  CreateUser: "W|||0;1;,8;1;|0,2||",
  /** Grants permission to delete a FinSpace environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_DeleteEnvironment.html */
  DeleteEnvironment: "W|||0;1;|||;",
  /** Grants permission to delete a kdb cluster. Access level: Write. Resources: kxCluster*. https://docs.aws.amazon.com/finspace/latest/management-api/API_DeleteKxCluster.html */
  DeleteKxCluster: "W|||1;1;|||;",
  /** Grants permission to delete a node from a kdb cluster. Access level: Write. Resources: kxCluster*. https://docs.aws.amazon.com/finspace/latest/management-api/API_DeleteKxClusterNode.html */
  DeleteKxClusterNode: "W|||1;1;|||;",
  /** Grants permission to delete a kdb database. Access level: Write. Resources: kxDatabase*. https://docs.aws.amazon.com/finspace/latest/management-api/API_DeleteKxDatabase.html */
  DeleteKxDatabase: "W|||2;1;|||;",
  /** Grants permission to delete a dataview in a managed kdb environment. Access level: Write. Resources: kxDataview*. https://docs.aws.amazon.com/finspace/latest/management-api/API_DeleteKxDataview.html */
  DeleteKxDataview: "W|||3;1;|||;",
  /** Grants permission to delete a managed kdb environment. Access level: Write. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_DeleteKxEnvironment.html */
  DeleteKxEnvironment: "W|||4;1;|||;",
  /** Grants permission to delete a scaling group in a managed kdb environment. Access level: Write. Resources: kxScalingGroup*. https://docs.aws.amazon.com/finspace/latest/management-api/API_DeleteKxScalingGroup.html */
  DeleteKxScalingGroup: "W|||5;1;|||;",
  /** Grants permission to delete a kdb user. Access level: Write. Resources: kxUser*. https://docs.aws.amazon.com/finspace/latest/management-api/API_DeleteKxUser.html */
  DeleteKxUser: "W|||6;1;|||;",
  /** Grants permission to delete a volume in a managed kdb environment. Access level: Write. Resources: kxVolume*. https://docs.aws.amazon.com/finspace/latest/management-api/API_DeleteKxVolume.html */
  DeleteKxVolume: "W|||7;1;|||;",
  /** Grants permission to describe a FinSpace environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetEnvironment.html */
  GetEnvironment: "R|||0;1;|||;",
  /** Grants permission to describe a changeset for a kdb database. Access level: Read. Resources: kxDatabase*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetKxChangeset.html */
  GetKxChangeset: "R|||2;1;|||;",
  /** Grants permission to describe a cluster in a managed kdb environment. Access level: Read. Resources: kxCluster*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetKxCluster.html */
  GetKxCluster: "R|||1;1;|||;",
  /** Grants permission to retrieve a connection string for kdb clusters. Access level: Read. Resources: kxCluster*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetKxConnectionString.html */
  GetKxConnectionString: "R|||1;1;||finspace:ConnectKxCluster|;",
  /** Grants permission to describe a kdb database. Access level: Read. Resources: kxDatabase*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetKxDatabase.html */
  GetKxDatabase: "R|||2;1;|||;",
  /** Grants permission to describe a databiew in a managed kdb environment. Access level: Read. Resources: kxDataview*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetKxDataview.html */
  GetKxDataview: "R|||3;1;|||;",
  /** Grants permission to describe a managed kdb environment. Access level: Read. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetKxEnvironment.html */
  GetKxEnvironment: "R|||4;1;|||;",
  /** Grants permission to describe a scaling group in a managed kdb environment. Access level: Read. Resources: kxScalingGroup*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetKxScalingGroup.html */
  GetKxScalingGroup: "R|||5;1;|||;",
  /** Grants permission to describe a kdb user. Access level: Read. Resources: kxUser*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetKxUser.html */
  GetKxUser: "R|||6;1;|||;",
  /** Grants permission to describe a volume in a managed kdb environment. Access level: Read. Resources: kxVolume*. https://docs.aws.amazon.com/finspace/latest/management-api/API_GetKxVolume.html */
  GetKxVolume: "R|||7;1;|||;",
  /** Grants permission to request status of the loading of sample data bundle. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/finspace/latest/userguide/finspace-what-is.html */
  GetLoadSampleDataSetGroupIntoEnvironmentStatus: "R|||0;1;|||",
  /** Grants permission to describe a FinSpace user. Access level: Read. Resources: environment*, user*. https://docs.aws.amazon.com/finspace/latest/userguide/finspace-what-is.html */
  GetUser: "R|||0;1;,8;1;|||",
  /** Grants permission to list FinSpace environments in the AWS account. Access level: List. Resources: environment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListEnvironments.html */
  ListEnvironments: "L|||0;1;|||;",
  /** Grants permission to list changesets for a kdb database. Access level: List. Resources: kxDatabase*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListKxChangesets.html */
  ListKxChangesets: "L|||2;1;|||;",
  /** Grants permission to list cluster nodes in a managed kdb environment. Access level: List. Resources: kxCluster*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListKxClusterNodes.html */
  ListKxClusterNodes: "L|||1;1;|||;",
  /** Grants permission to list clusters in a managed kdb environment. Access level: List. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListKxClusters.html */
  ListKxClusters: "L|||4;1;|||;",
  /** Grants permission to list kdb databases in a managed kdb environment. Access level: List. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListKxDatabases.html */
  ListKxDatabases: "L|||4;1;|||;",
  /** Grants permission to list dataviews in a database. Access level: List. Resources: kxDatabase*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListKxDataviews.html */
  ListKxDataviews: "L|||2;1;|||;",
  /** Grants permission to list managed kdb environments. Access level: List. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListKxEnvironments.html */
  ListKxEnvironments: "L||||||;",
  /** Grants permission to list scaling groups in a managed kdb environment. Access level: List. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListKxScalingGroups.html */
  ListKxScalingGroups: "L|||4;1;|||;",
  /** Grants permission to list users in a managed kdb environment. Access level: List. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListKxUsers.html */
  ListKxUsers: "L|||4;1;|||;",
  /** Grants permission to list volumes in a managed kdb environment. Access level: List. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListKxVolumes.html */
  ListKxVolumes: "L|||4;1;|||;",
  /** Grants permission to return a list of tags for a resource. Access level: List. Resources: environment*, kxCluster*, kxDatabase*, kxDataview*, kxEnvironment*, kxScalingGroup*, kxUser*, kxVolume*. https://docs.aws.amazon.com/finspace/latest/management-api/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;1;,1;1;,2;1;,3;1;,4;1;,5;1;,6;1;,7;1;|||;",
  /** Grants permission to list FinSpace users in an environment. Access level: List. Resources: environment*, user*. https://docs.aws.amazon.com/finspace/latest/userguide/finspace-what-is.html */
  ListUsers: "L|||0;1;,8;1;|||",
  /** Grants permission to load sample data bundle into your FinSpace environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/finspace/latest/userguide/finspace-what-is.html */
  LoadSampleDataSetGroupIntoEnvironment: "W|||0;1;|||",
  /** Grants permission to mount a database to a kdb cluster. Access level: Write. Resources: kxDatabase*. Permission only. https://docs.aws.amazon.com/finspace/latest/userguide/finspace-managed-kdb-db.html */
  MountKxDatabase: "W||1|2;1;|||",
  /** Grants permission to reset the password for a FinSpace user. Access level: Write. Resources: environment*, user*. https://docs.aws.amazon.com/finspace/latest/userguide/finspace-what-is.html */
  ResetUserPassword: "W|||0;1;,8;1;|||",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: environment, kxCluster, kxDatabase, kxDataview, kxEnvironment, kxScalingGroup, kxUser, kxVolume. https://docs.aws.amazon.com/finspace/latest/management-api/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|0,2||CreateEnvironment,CreateKxCluster,CreateKxDatabase,CreateKxDataview,CreateKxEnvironment,CreateKxScalingGroup,CreateKxUser,CreateKxVolume,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: environment, kxCluster, kxDatabase, kxDataview, kxEnvironment, kxScalingGroup, kxUser, kxVolume. https://docs.aws.amazon.com/finspace/latest/management-api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|2||;",
  /** Grants permission to update a FinSpace environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_UpdateEnvironment.html */
  UpdateEnvironment: "W|||0;1;|||;",
  /** Grants permission to update code configuration for a cluster in a managed kdb environment. Access level: Write. Resources: kxCluster*. https://docs.aws.amazon.com/finspace/latest/management-api/API_UpdateKxClusterCodeConfiguration.html */
  UpdateKxClusterCodeConfiguration: "W|||1;1;|||;",
  /** Grants permission to update databases for a cluster in a managed kdb environment. Access level: Write. Resources: kxCluster*. https://docs.aws.amazon.com/finspace/latest/management-api/API_UpdateKxClusterDatabases.html */
  UpdateKxClusterDatabases: "W|||1;1;|||;",
  /** Grants permission to update a kdb database. Access level: Write. Resources: kxDatabase*. https://docs.aws.amazon.com/finspace/latest/management-api/API_UpdateKxDatabase.html */
  UpdateKxDatabase: "W|||2;1;|||;",
  /** Grants permission to update a dataview in a managed kdb environment. Access level: Write. Resources: kxDataview*. https://docs.aws.amazon.com/finspace/latest/management-api/API_UpdateKxDataview.html */
  UpdateKxDataview: "W|||3;1;|||;",
  /** Grants permission to update a managed kdb environment. Access level: Write. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_UpdateKxEnvironment.html */
  UpdateKxEnvironment: "W|||4;1;|||;",
  /** Grants permission to update the network for a managed kdb environment. Access level: Write. Resources: kxEnvironment*. https://docs.aws.amazon.com/finspace/latest/management-api/API_UpdateKxEnvironmentNetwork.html */
  UpdateKxEnvironmentNetwork: "W|||4;1;|||;",
  /** Grants permission to update a kdb user. Access level: Write. Resources: kxUser*. https://docs.aws.amazon.com/finspace/latest/management-api/API_UpdateKxUser.html */
  UpdateKxUser: "W|||6;1;||1|;",
  /** Grants permission to update a volume in a managed kdb environment. Access level: Write. Resources: kxVolume*. https://docs.aws.amazon.com/finspace/latest/management-api/API_UpdateKxVolume.html */
  UpdateKxVolume: "W|||7;1;|||;",
  /** Grants permission to update a FinSpace user. Access level: Write. Resources: environment*, user*. https://docs.aws.amazon.com/finspace/latest/userguide/finspace-what-is.html */
  UpdateUser: "W|||0;1;,8;1;|||",
} as const;
const actionDetails = {
  ConnectKxCluster: "|,;~|Grants permission to connect to a kdb cluster",
  CreateEnvironment: "|,;~~~|Grants permission to create a FinSpace environment",
  CreateKxChangeset: "|,;~~~|Grants permission to create a changeset for a kdb database",
  CreateKxCluster: "|,;~~~|Grants permission to create a cluster in a managed kdb environment",
  CreateKxDatabase: "|,;~~~|Grants permission to create a kdb database in a managed kdb environment",
  CreateKxDataview: "|,;~~~|Grants permission to create a dataview in a managed kdb environment",
  CreateKxEnvironment: "|,;~~~|Grants permission to create a managed kdb environment",
  CreateKxScalingGroup: "|,;~~~|Grants permission to create a scaling group in a managed kdb environment",
  CreateKxUser: "|,;~~~|Grants permission to create a user in a managed kdb environment",
  CreateKxVolume: "|,;~~~|Grants permission to create a volume in a managed kdb environment",
  CreateUser: "|,;~|Grants permission to create a FinSpace user",
  DeleteEnvironment: "|,;~~~|Grants permission to delete a FinSpace environment",
  DeleteKxCluster: "|,;~~~|Grants permission to delete a kdb cluster",
  DeleteKxClusterNode: "|,;~~~|Grants permission to delete a node from a kdb cluster",
  DeleteKxDatabase: "|,;~~~|Grants permission to delete a kdb database",
  DeleteKxDataview: "|,;~~~|Grants permission to delete a dataview in a managed kdb environment",
  DeleteKxEnvironment: "|,;~~~|Grants permission to delete a managed kdb environment",
  DeleteKxScalingGroup: "|,;~~~|Grants permission to delete a scaling group in a managed kdb environment",
  DeleteKxUser: "|,;~~~|Grants permission to delete a kdb user",
  DeleteKxVolume: "|,;~~~|Grants permission to delete a volume in a managed kdb environment",
  GetEnvironment: "|,;~~~|Grants permission to describe a FinSpace environment",
  GetKxChangeset: "|,;~~~|Grants permission to describe a changeset for a kdb database",
  GetKxCluster: "|,;~~~|Grants permission to describe a cluster in a managed kdb environment",
  GetKxConnectionString: "|,;~~~|Grants permission to retrieve a connection string for kdb clusters",
  GetKxDatabase: "|,;~~~|Grants permission to describe a kdb database",
  GetKxDataview: "|,;~~~|Grants permission to describe a databiew in a managed kdb environment",
  GetKxEnvironment: "|,;~~~|Grants permission to describe a managed kdb environment",
  GetKxScalingGroup: "|,;~~~|Grants permission to describe a scaling group in a managed kdb environment",
  GetKxUser: "|,;~~~|Grants permission to describe a kdb user",
  GetKxVolume: "|,;~~~|Grants permission to describe a volume in a managed kdb environment",
  GetLoadSampleDataSetGroupIntoEnvironmentStatus:
    "|,;~|Grants permission to request status of the loading of sample data bundle",
  GetUser: "|,;~|Grants permission to describe a FinSpace user",
  ListEnvironments: "|,;~~~|Grants permission to list FinSpace environments in the AWS account",
  ListKxChangesets: "|,;~~~|Grants permission to list changesets for a kdb database",
  ListKxClusterNodes: "|,;~~~|Grants permission to list cluster nodes in a managed kdb environment",
  ListKxClusters: "|,;~~~|Grants permission to list clusters in a managed kdb environment",
  ListKxDatabases: "|,;~~~|Grants permission to list kdb databases in a managed kdb environment",
  ListKxDataviews: "|,;~~~|Grants permission to list dataviews in a database",
  ListKxEnvironments: "|,;~~~|Grants permission to list managed kdb environments",
  ListKxScalingGroups: "|,;~~~|Grants permission to list scaling groups in a managed kdb environment",
  ListKxUsers: "|,;~~~|Grants permission to list users in a managed kdb environment",
  ListKxVolumes: "|,;~~~|Grants permission to list volumes in a managed kdb environment",
  ListTagsForResource: "|,;~~~|Grants permission to return a list of tags for a resource",
  ListUsers: "|,;~|Grants permission to list FinSpace users in an environment",
  LoadSampleDataSetGroupIntoEnvironment:
    "|,;~|Grants permission to load sample data bundle into your FinSpace environment",
  MountKxDatabase: "|,;~|Grants permission to mount a database to a kdb cluster",
  ResetUserPassword: "|,;~|Grants permission to reset the password for a FinSpace user",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateEnvironment: "|,;~~~|Grants permission to update a FinSpace environment",
  UpdateKxClusterCodeConfiguration:
    "|,;~~~|Grants permission to update code configuration for a cluster in a managed kdb environment",
  UpdateKxClusterDatabases: "|,;~~~|Grants permission to update databases for a cluster in a managed kdb environment",
  UpdateKxDatabase: "|,;~~~|Grants permission to update a kdb database",
  UpdateKxDataview: "|,;~~~|Grants permission to update a dataview in a managed kdb environment",
  UpdateKxEnvironment: "|,;~~~|Grants permission to update a managed kdb environment",
  UpdateKxEnvironmentNetwork: "|,;~~~|Grants permission to update the network for a managed kdb environment",
  UpdateKxUser: "|,;~~~|Grants permission to update a kdb user",
  UpdateKxVolume: "|,;~~~|Grants permission to update a volume in a managed kdb environment",
  UpdateUser: "|,;~|Grants permission to update a FinSpace user",
};
const resourceTypeFacts = {
  /** The environment resource type: arn:${Partition}:finspace:${Region}:${Account}:environment/${EnvironmentId} */
  environment: "|,|1",
  /** The kxCluster resource type: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxCluster/${KxCluster} */
  kxCluster: "|,|1",
  /** The kxDatabase resource type: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxDatabase/${KxDatabase} */
  kxDatabase: "|,|1",
  /** The kxDataview resource type: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxDatabase/${KxDatabase}/kxDataview/${KxDataview} */
  kxDataview: "|,|1",
  /** The kxEnvironment resource type: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId} */
  kxEnvironment: "|,|1",
  /** The kxScalingGroup resource type: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxScalingGroup/${KxScalingGroup} */
  kxScalingGroup: "|,|1",
  /** The kxUser resource type: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxUser/${UserName} */
  kxUser: "|,|1",
  /** The kxVolume resource type: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxVolume/${KxVolume} */
  kxVolume: "|,|1",
  /** The user resource type: arn:${Partition}:finspace:${Region}:${Account}:user/${UserId} */
  user: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a environment resource: arn:${Partition}:finspace:${Region}:${Account}:environment/${EnvironmentId}. */
  environment: "|,environment|arn:|Partition|:finspace:|Region|:|Account|:environment/|EnvironmentId|",
  /** ARN of a kxCluster resource: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxCluster/${KxCluster}. */
  kxCluster:
    "|,kxCluster|arn:|Partition|:finspace:|Region|:|Account|:kxEnvironment/|EnvironmentId|/kxCluster/|KxCluster|",
  /** ARN of a kxDatabase resource: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxDatabase/${KxDatabase}. */
  kxDatabase:
    "|,kxDatabase|arn:|Partition|:finspace:|Region|:|Account|:kxEnvironment/|EnvironmentId|/kxDatabase/|KxDatabase|",
  /** ARN of a kxDataview resource: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxDatabase/${KxDatabase}/kxDataview/${KxDataview}. */
  kxDataview:
    "|,kxDataview|arn:|Partition|:finspace:|Region|:|Account|:kxEnvironment/|EnvironmentId|/kxDatabase/|KxDatabase|/kxDataview/|KxDataview|",
  /** ARN of a kxEnvironment resource: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}. */
  kxEnvironment: "|,kxEnvironment|arn:|Partition|:finspace:|Region|:|Account|:kxEnvironment/|EnvironmentId|",
  /** ARN of a kxScalingGroup resource: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxScalingGroup/${KxScalingGroup}. */
  kxScalingGroup:
    "|,kxScalingGroup|arn:|Partition|:finspace:|Region|:|Account|:kxEnvironment/|EnvironmentId|/kxScalingGroup/|KxScalingGroup|",
  /** ARN of a kxUser resource: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxUser/${UserName}. */
  kxUser: "|,kxUser|arn:|Partition|:finspace:|Region|:|Account|:kxEnvironment/|EnvironmentId|/kxUser/|UserName|",
  /** ARN of a kxVolume resource: arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxVolume/${KxVolume}. */
  kxVolume: "|,kxVolume|arn:|Partition|:finspace:|Region|:|Account|:kxEnvironment/|EnvironmentId|/kxVolume/|KxVolume|",
  /** ARN of a user resource: arn:${Partition}:finspace:${Region}:${Account}:user/${UserId}. */
  user: "|,user|arn:|Partition|:finspace:|Region|:|Account|:user/|UserId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "environment",
  "kxCluster",
  "kxDatabase",
  "kxDataview",
  "kxEnvironment",
  "kxScalingGroup",
  "kxUser",
  "kxVolume",
  "user",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "finspace">;
/** Any finspace action. */
export type Action = ActionOf<typeof actionFacts, "finspace">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "finspace">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "finspace" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every finspace action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs attached to the resource. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "finspace",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
