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
export const prefix: "kafka" = "kafka";
/** The service's name in the reference. */
export const serviceName: "Amazon Managed Streaming for Apache Kafka" = "Amazon Managed Streaming for Apache Kafka";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Managed Streaming for Apache Kafka",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmanagedstreamingforapachekafka.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "kafka:publicAccessEnabled",
] as const;
const dependentActionList = [
  "ec2:CreateTags",
  "ec2:CreateVpcEndpoint",
  "ec2:DeleteVpcEndpoints",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcAttribute",
  "ec2:DescribeVpcEndpoints",
  "ec2:DescribeVpcs",
  "iam:AttachRolePolicy",
  "iam:CreateServiceLinkedRole",
  "iam:PutRolePolicy",
  "kafka-cluster:Connect",
  "kafka-cluster:DescribeTopic",
  "kafka-cluster:DescribeTopicDynamicConfiguration",
  "kafka:TagResource",
  "kms:CreateGrant",
  "kms:DescribeKey",
  "kms:RetireGrant",
] as const;
const actionFacts = {
  /** Grants permission to associate one or more Scram Secrets with an Amazon MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-scram-secrets.html#BatchAssociateScramSecret */
  BatchAssociateScramSecret: "W|||0;1;||15,17|;",
  /** Grants permission to disassociate one or more Scram Secrets from an Amazon MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-scram-secrets.html#BatchDisassociateScramSecret */
  BatchDisassociateScramSecret: "W|||0;1;||17|;",
  /** Grants permission to create an MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters.html#CreateCluster */
  CreateCluster: "W|||0;1;|0,2|3,4,7,8,9,10,14,15,16|;",
  /** Grants permission to create an MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/MSK/2.0/APIReference/v2-clusters.html#CreateClusterV2 */
  CreateClusterV2: "W|||0;1;|0,2|0,1,2,3,4,5,6,7,8,9,10,14,15,16|;",
  /** Grants permission to create an MSK configuration. Access level: Write. Resources: configuration*. https://docs.aws.amazon.com/msk/1.0/apireference/configurations.html#CreateConfiguration */
  CreateConfiguration: "W|||1;1;|||;",
  /** Grants permission to create a MSK replicator. Access level: Write. Resources: replicator*. https://docs.aws.amazon.com/msk/latest/developerguide/v1-replicators.html#CreateReplicator */
  CreateReplicator: "W|||3;1;|0,2|3,4,7,8,9,iam:PassRole,10,kafka:DescribeClusterV2,kafka:GetBootstrapBrokers,14|;",
  /** Grants permission to create a Kafka topic in an MSK cluster. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-topics.html */
  CreateTopic: "W|||4;1;||11,kafka-cluster:CreateTopic|",
  /** Grants permission to create a MSK VPC connection. Access level: Write. Resources: cluster*, vpc-connection*. https://docs.aws.amazon.com/msk/1.0/apireference/vpc-connection.html#CreateVpcConnection */
  CreateVpcConnection: "W|||0;1;,6;1;|0,2|0,1,3,4,5,6,7,8,9,10,14|;",
  /** Grants permission to delete an MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn.html#DeleteCluster */
  DeleteCluster: "W|||0;1;||2,5,6|;",
  /** Grants permission to delete a cluster resource-based policy. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-policy.html#DeleteClusterPolicy */
  DeleteClusterPolicy: "W|||0;1;|||;",
  /** Grants permission to delete the specified MSK configuration. Access level: Write. Resources: configuration*. https://docs.aws.amazon.com/msk/1.0/apireference/configurations-arn.html#DeleteConfiguration */
  DeleteConfiguration: "W|||1;1;|||;",
  /** Grants permission to delete a MSK replicator. Access level: Write. Resources: replicator*. https://docs.aws.amazon.com/msk/latest/developerguide/v1-replicators.html#DeleteReplicator */
  DeleteReplicator: "W|||3;1;|||;",
  /** Grants permission to delete a Kafka topic from an MSK cluster. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-topics-topicname.html */
  DeleteTopic: "W|||4;1;||11,kafka-cluster:DeleteTopic,12|",
  /** Grants permission to delete a MSK VPC connection. Access level: Write. Resources: vpc-connection*. https://docs.aws.amazon.com/msk/1.0/apireference/vpc-connection-arn.html#DeleteVpcConnection */
  DeleteVpcConnection: "W|||6;1;||2,6|;",
  /** Grants permission to describe an MSK cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn.html#DescribeCluster */
  DescribeCluster: "R|||0;1;|||;",
  /** Grants permission to describe the cluster operation that is specified by the given ARN. Access level: Read. https://docs.aws.amazon.com/msk/1.0/apireference/operations-clusteroperationarn.html#DescribeClusterOperation */
  DescribeClusterOperation: "R||||||;",
  /** Grants permission to describe the cluster operation that is specified by the given ARN. Access level: Read. https://docs.aws.amazon.com/MSK/2.0/APIReference/v2-operations-clusteroperationarn.html#DescribeClusterOperationV2 */
  DescribeClusterOperationV2: "R||||||;",
  /** Grants permission to describe an MSK cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/MSK/2.0/APIReference/v2-clusters-clusterarn.html#DescribeClusterV2 */
  DescribeClusterV2: "R|||0;1;|||;",
  /** Grants permission to describe an MSK configuration. Access level: Read. Resources: configuration*. https://docs.aws.amazon.com/msk/1.0/apireference/configurations-arn.html#DescribeConfiguration */
  DescribeConfiguration: "R|||1;1;|||;",
  /** Grants permission to describe an MSK configuration revision. Access level: Read. Resources: configuration*. https://docs.aws.amazon.com/msk/1.0/apireference/configurations-arn-revisions-revision.html#DescribeConfigurationRevision */
  DescribeConfigurationRevision: "R|||1;1;|||;",
  /** Grants permission to describe a MSK replicator. Access level: Read. Resources: replicator*. https://docs.aws.amazon.com/msk/latest/developerguide/v1-replicators.html#DescribeReplicator */
  DescribeReplicator: "R|||3;1;||kafka:ListTagsForResource|;",
  /** Grants permission to return metadata details about a specific Kafka topic. Access level: Read. Resources: topic*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-topics-topicname.html */
  DescribeTopic: "R|||4;1;||11,12,13|",
  /** Grants permission to list all partitions of a specific topic. Access level: Read. Resources: topic*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-topics-topicname-partitions.html */
  DescribeTopicPartitions: "R|||4;1;||11,12,13|",
  /** Grants permission to describe a MSK VPC connection. Access level: Read. Resources: vpc-connection*. https://docs.aws.amazon.com/msk/1.0/apireference/vpc-connection-arn.html#DescribeVpcConnection */
  DescribeVpcConnection: "R|||6;1;|||;",
  /** Grants permission to get connection details for the brokers in an MSK cluster. Access level: Read. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-bootstrap-brokers.html#GetBootstrapBrokers */
  GetBootstrapBrokers: "R||||||;",
  /** Grants permission to describe a cluster resource-based policy. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-policy.html#GetClusterPolicy */
  GetClusterPolicy: "R|||0;1;|||;",
  /** Grants permission to get a list of the Apache Kafka versions to which you can update an MSK cluster. Access level: List. https://docs.aws.amazon.com/msk/1.0/apireference/compatible-kafka-versions.html#GetCompatibleKafkaVersions */
  GetCompatibleKafkaVersions: "L||||||;",
  /** Grants permission to list all MSK VPC connections created for a cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-client-vpc-connections.html#ListClientVpcConnections */
  ListClientVpcConnections: "L|||0;1;|||;",
  /** Grants permission to return a list of all the operations that have been performed on the specified MSK cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-operations.html#ListClusterOperations */
  ListClusterOperations: "L|||0;1;|||;",
  /** Grants permission to return a list of all the operations that have been performed on the specified MSK cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/MSK/2.0/APIReference/v2-clusters-clusterarn-operations.html#ListClusterOperationsV2 */
  ListClusterOperationsV2: "L|||0;1;|||;",
  /** Grants permission to list all MSK clusters in this account. Access level: List. https://docs.aws.amazon.com/msk/1.0/apireference/clusters.html#ListClusters */
  ListClusters: "L||||||;",
  /** Grants permission to list all MSK clusters in this account. Access level: List. https://docs.aws.amazon.com/MSK/2.0/APIReference/v2-clusters.html#ListClustersV2 */
  ListClustersV2: "L||||||;",
  /** Grants permission to list all revisions for an MSK configuration in this account. Access level: List. Resources: configuration*. https://docs.aws.amazon.com/msk/1.0/apireference/configurations-arn-revisions.html#ListConfigurationRevisions */
  ListConfigurationRevisions: "L|||1;1;|||;",
  /** Grants permission to list all MSK configurations in this account. Access level: List. https://docs.aws.amazon.com/msk/1.0/apireference/configurations.html#ListConfigurations */
  ListConfigurations: "L||||||;",
  /** Grants permission to list all Apache Kafka versions supported by Amazon MSK. Access level: List. https://docs.aws.amazon.com/msk/1.0/apireference/kafka-versions.html#ListKafkaVersions */
  ListKafkaVersions: "L||||||;",
  /** Grants permission to list brokers in an MSK cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-nodes.html#ListNodes */
  ListNodes: "L|||0;1;|||;",
  /** Grants permission to list all MSK replicators in this account. Access level: List. https://docs.aws.amazon.com/msk/latest/developerguide/v1-replicators.html#ListReplicators */
  ListReplicators: "L||||||;",
  /** Grants permission to list the Scram Secrets associated with an Amazon MSK cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-scram-secrets.html#ListScramSecrets */
  ListScramSecrets: "L|||0;1;|||;",
  /** Grants permission to list tags of an MSK resource. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/tags-resourcearn.html#ListTagsForResource */
  ListTagsForResource: "R|||0;1;|||DescribeReplicator,;",
  /** Grants permission to list all Kafka topics for a specified MSK cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-topics.html */
  ListTopics: "L|||0;1;||11,12|",
  /** Grants permission to list all MSK VPC connections that this account uses. Access level: List. https://docs.aws.amazon.com/msk/1.0/apireference/vpc-connections.html#ListVpcConnections */
  ListVpcConnections: "L||||||;",
  /** Grants permission to create or update the resource-based policy for a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-policy.html#PutClusterPolicy */
  PutClusterPolicy: "W|||0;1;|||;",
  /** Grants permission to reboot broker. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-reboot-broker.html#RebootBroker */
  RebootBroker: "W|||0;1;|||;",
  /** Grants permission to reject a MSK VPC connection. Access level: Write. Resources: cluster*, vpc-connection*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-client-vpc-connection.html#RejectClientVpcConnection */
  RejectClientVpcConnection: "W|||0;1;,6;1;|||;",
  /** Grants permission to tag an MSK resource. Access level: Tagging. Resources: cluster, vpc-connection. https://docs.aws.amazon.com/msk/1.0/apireference/tags-resourcearn.html#TagResource */
  TagResource: "T|||0;0;,6;0;|0,2||CreateCluster,CreateClusterV2,CreateReplicator,CreateVpcConnection,;",
  /** Grants permission to remove tags from an MSK resource. Access level: Tagging. Resources: cluster, vpc-connection. https://docs.aws.amazon.com/msk/1.0/apireference/tags-resourcearn.html#UntagResource */
  UntagResource: "T|||0;0;,6;0;|2||;",
  /** Grants permission to update the number of brokers of the MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-nodes-count.html#UpdateBrokerCount */
  UpdateBrokerCount: "W|||0;1;|||;",
  /** Grants permission to update the storage size of the brokers of the MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-nodes-storage.html#UpdateBrokerStorage */
  UpdateBrokerStorage: "W|||0;1;|||;",
  /** Grants permission to update the broker type of an Amazon MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-nodes-type.html#UpdateBrokerType */
  UpdateBrokerType: "W|||0;1;|||;",
  /** Grants permission to update the configuration of the MSK cluster. Access level: Write. Resources: cluster*, configuration*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-configuration.html#UpdateClusterConfiguration */
  UpdateClusterConfiguration: "W|||0;1;,1;1;|||;",
  /** Grants permission to update the MSK cluster to the specified Apache Kafka version. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-version.html#UpdateClusterKafkaVersion */
  UpdateClusterKafkaVersion: "W|||0;1;|||;",
  /** Grants permission to create a new revision of the MSK configuration. Access level: Write. Resources: configuration*. https://docs.aws.amazon.com/msk/1.0/apireference/configurations-arn.html#UpdateConfiguration */
  UpdateConfiguration: "W|||1;1;|||;",
  /** Grants permission to update the connectivity settings for the MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-connectivity.html#UpdateConnectivity */
  UpdateConnectivity: "W|||0;1;|3|ec2:DescribeRouteTables,4|;",
  /** Grants permission to update the monitoring settings for the MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-monitoring.html#UpdateMonitoring */
  UpdateMonitoring: "W|||0;1;|||;",
  /** Grants permission to update the intelligent rebalancing status of the MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-rebalancing.html */
  UpdateRebalancing: "W|||0;1;|||;",
  /** Grants permission to update the replication info of the MSK replicator. Access level: Write. Resources: replicator*. https://docs.aws.amazon.com/msk/latest/developerguide/v1-replicators.html#UpdateReplicationInfo */
  UpdateReplicationInfo: "W|||3;1;|||;",
  /** Grants permission to update the security settings for the MSK cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-security.html#UpdateSecurity */
  UpdateSecurity: "W|||0;1;||17|;",
  /** Grants permission to update the EBS storage (size or provisioned throughput) associated with MSK brokers or set cluster storage mode to TIERED. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-storage.html#UpdateStorage */
  UpdateStorage: "W|||0;1;|||;",
  /** Grants permission to update the configuration of a Kafka topic in an MSK cluster. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-topics-topicname.html */
  UpdateTopic: "W|||4;1;||kafka-cluster:AlterTopic,kafka-cluster:AlterTopicDynamicConfiguration,11,12|",
} as const;
const actionDetails = {
  BatchAssociateScramSecret:
    "|,;~~~|Grants permission to associate one or more Scram Secrets with an Amazon MSK cluster",
  BatchDisassociateScramSecret:
    "|,;~~~|Grants permission to disassociate one or more Scram Secrets from an Amazon MSK cluster",
  CreateCluster: "|,;~~~|Grants permission to create an MSK cluster",
  CreateClusterV2: "|,;~~~|Grants permission to create an MSK cluster",
  CreateConfiguration: "|,;~~~|Grants permission to create an MSK configuration",
  CreateReplicator: "|,;~~~|Grants permission to create a MSK replicator",
  CreateTopic: "|,;~|Grants permission to create a Kafka topic in an MSK cluster",
  CreateVpcConnection: "|,;~~~|Grants permission to create a MSK VPC connection",
  DeleteCluster: "|,;~~~|Grants permission to delete an MSK cluster",
  DeleteClusterPolicy: "|,;~~~|Grants permission to delete a cluster resource-based policy",
  DeleteConfiguration: "|,;~~~|Grants permission to delete the specified MSK configuration",
  DeleteReplicator: "|,;~~~|Grants permission to delete a MSK replicator",
  DeleteTopic: "|,;~|Grants permission to delete a Kafka topic from an MSK cluster",
  DeleteVpcConnection: "|,;~~~|Grants permission to delete a MSK VPC connection",
  DescribeCluster: "|,;~~~|Grants permission to describe an MSK cluster",
  DescribeClusterOperation:
    "|,;~~~|Grants permission to describe the cluster operation that is specified by the given ARN",
  DescribeClusterOperationV2:
    "|,;~~~|Grants permission to describe the cluster operation that is specified by the given ARN",
  DescribeClusterV2: "|,;~~~|Grants permission to describe an MSK cluster",
  DescribeConfiguration: "|,;~~~|Grants permission to describe an MSK configuration",
  DescribeConfigurationRevision: "|,;~~~|Grants permission to describe an MSK configuration revision",
  DescribeReplicator: "|,;~~~|Grants permission to describe a MSK replicator",
  DescribeTopic: "|,;~|Grants permission to return metadata details about a specific Kafka topic",
  DescribeTopicPartitions: "|,;~|Grants permission to list all partitions of a specific topic",
  DescribeVpcConnection: "|,;~~~|Grants permission to describe a MSK VPC connection",
  GetBootstrapBrokers: "|,;~~~|Grants permission to get connection details for the brokers in an MSK cluster",
  GetClusterPolicy: "|,;~~~|Grants permission to describe a cluster resource-based policy",
  GetCompatibleKafkaVersions:
    "|,;~~~|Grants permission to get a list of the Apache Kafka versions to which you can update an MSK cluster",
  ListClientVpcConnections: "|,;~~~|Grants permission to list all MSK VPC connections created for a cluster",
  ListClusterOperations:
    "|,;~~~|Grants permission to return a list of all the operations that have been performed on the specified MSK cluster",
  ListClusterOperationsV2:
    "|,;~~~|Grants permission to return a list of all the operations that have been performed on the specified MSK cluster",
  ListClusters: "|,;~~~|Grants permission to list all MSK clusters in this account",
  ListClustersV2: "|,;~~~|Grants permission to list all MSK clusters in this account",
  ListConfigurationRevisions: "|,;~~~|Grants permission to list all revisions for an MSK configuration in this account",
  ListConfigurations: "|,;~~~|Grants permission to list all MSK configurations in this account",
  ListKafkaVersions: "|,;~~~|Grants permission to list all Apache Kafka versions supported by Amazon MSK",
  ListNodes: "|,;~~~|Grants permission to list brokers in an MSK cluster",
  ListReplicators: "|,;~~~|Grants permission to list all MSK replicators in this account",
  ListScramSecrets: "|,;~~~|Grants permission to list the Scram Secrets associated with an Amazon MSK cluster",
  ListTagsForResource: "|,;~~~,~~|Grants permission to list tags of an MSK resource",
  ListTopics: "|,;~|Grants permission to list all Kafka topics for a specified MSK cluster",
  ListVpcConnections: "|,;~~~|Grants permission to list all MSK VPC connections that this account uses",
  PutClusterPolicy: "|,;~~~|Grants permission to create or update the resource-based policy for a cluster",
  RebootBroker: "|,;~~~|Grants permission to reboot broker",
  RejectClientVpcConnection: "|,;~~~|Grants permission to reject a MSK VPC connection",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag an MSK resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from an MSK resource",
  UpdateBrokerCount: "|,;~~~|Grants permission to update the number of brokers of the MSK cluster",
  UpdateBrokerStorage: "|,;~~~|Grants permission to update the storage size of the brokers of the MSK cluster",
  UpdateBrokerType: "|,;~~~|Grants permission to update the broker type of an Amazon MSK cluster",
  UpdateClusterConfiguration: "|,;~~~|Grants permission to update the configuration of the MSK cluster",
  UpdateClusterKafkaVersion: "|,;~~~|Grants permission to update the MSK cluster to the specified Apache Kafka version",
  UpdateConfiguration: "|,;~~~|Grants permission to create a new revision of the MSK configuration",
  UpdateConnectivity: "|,;~~~|Grants permission to update the connectivity settings for the MSK cluster",
  UpdateMonitoring: "|,;~~~|Grants permission to update the monitoring settings for the MSK cluster",
  UpdateRebalancing: "|,;~~~|Grants permission to update the intelligent rebalancing status of the MSK cluster",
  UpdateReplicationInfo: "|,;~~~|Grants permission to update the replication info of the MSK replicator",
  UpdateSecurity: "|,;~~~|Grants permission to update the security settings for the MSK cluster",
  UpdateStorage:
    "|,;~~~|Grants permission to update the EBS storage (size or provisioned throughput) associated with MSK brokers or set cluster storage mode to TIERED",
  UpdateTopic: "|,;~|Grants permission to update the configuration of a Kafka topic in an MSK cluster",
};
const resourceTypeFacts = {
  /** The cluster resource type: arn:${Partition}:kafka:${Region}:${Account}:cluster/${ClusterName}/${Uuid} */
  cluster: "|,|1",
  /** The configuration resource type: arn:${Partition}:kafka:${Region}:${Account}:configuration/${ConfigurationName}/${Uuid} */
  configuration: "|,|",
  /** The group resource type: arn:${Partition}:kafka:${Region}:${Account}:group/${ClusterName}/${ClusterUuid}/${GroupName} */
  group: "|,|",
  /** The replicator resource type: arn:${Partition}:kafka:${Region}:${Account}:replicator/${ReplicatorName}/${Uuid} */
  replicator: "|,|1",
  /** The topic resource type: arn:${Partition}:kafka:${Region}:${Account}:topic/${ClusterName}/${ClusterUuid}/${TopicName} */
  topic: "|,|",
  /** The transactional-id resource type: arn:${Partition}:kafka:${Region}:${Account}:transactional-id/${ClusterName}/${ClusterUuid}/${TransactionalId} */
  "transactional-id": "|,transactionalId|",
  /** The vpc-connection resource type: arn:${Partition}:kafka:${Region}:${VpcOwnerAccount}:vpc-connection/${ClusterOwnerAccount}/${ClusterName}/${Uuid} */
  "vpc-connection": "|,vpcConnection|1",
} as const;
const arnFormats = {
  /** ARN of a cluster resource: arn:${Partition}:kafka:${Region}:${Account}:cluster/${ClusterName}/${Uuid}. */
  cluster: "|,cluster|arn:|Partition|:kafka:|Region|:|Account|:cluster/|ClusterName|/|Uuid|",
  /** ARN of a configuration resource: arn:${Partition}:kafka:${Region}:${Account}:configuration/${ConfigurationName}/${Uuid}. */
  configuration: "|,configuration|arn:|Partition|:kafka:|Region|:|Account|:configuration/|ConfigurationName|/|Uuid|",
  /** ARN of a group resource: arn:${Partition}:kafka:${Region}:${Account}:group/${ClusterName}/${ClusterUuid}/${GroupName}. */
  group: "|,group|arn:|Partition|:kafka:|Region|:|Account|:group/|ClusterName|/|ClusterUuid|/|GroupName|",
  /** ARN of a replicator resource: arn:${Partition}:kafka:${Region}:${Account}:replicator/${ReplicatorName}/${Uuid}. */
  replicator: "|,replicator|arn:|Partition|:kafka:|Region|:|Account|:replicator/|ReplicatorName|/|Uuid|",
  /** ARN of a topic resource: arn:${Partition}:kafka:${Region}:${Account}:topic/${ClusterName}/${ClusterUuid}/${TopicName}. */
  topic: "|,topic|arn:|Partition|:kafka:|Region|:|Account|:topic/|ClusterName|/|ClusterUuid|/|TopicName|",
  /** ARN of a transactional-id resource: arn:${Partition}:kafka:${Region}:${Account}:transactional-id/${ClusterName}/${ClusterUuid}/${TransactionalId}. */
  transactionalId:
    "|,transactional-id|arn:|Partition|:kafka:|Region|:|Account|:transactional-id/|ClusterName|/|ClusterUuid|/|TransactionalId|",
  /** ARN of a vpc-connection resource: arn:${Partition}:kafka:${Region}:${VpcOwnerAccount}:vpc-connection/${ClusterOwnerAccount}/${ClusterName}/${Uuid}. */
  vpcConnection:
    "|,vpc-connection|arn:|Partition|:kafka:|Region|:|VpcOwnerAccount|:vpc-connection/|ClusterOwnerAccount|/|ClusterName|/|Uuid|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "cluster",
  "configuration",
  "group",
  "replicator",
  "topic",
  "transactional-id",
  "vpc-connection",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "kafka">;
/** Any kafka action. */
export type Action = ActionOf<typeof actionFacts, "kafka">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "kafka">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "kafka" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every kafka action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of public access enabled in the request. */
  "kafka:publicAccessEnabled": "Bool";
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
  "kafka:publicAccessEnabled": "|,Bool|0||Filters access by the presence of public access enabled in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "kafka",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
