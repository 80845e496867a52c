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
export const prefix: "lightsail" = "lightsail";
/** The service's name in the reference. */
export const serviceName: "Amazon Lightsail" = "Amazon Lightsail";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Lightsail",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlightsail.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["lightsail:CreateDomainEntry", "lightsail:GetDomains", "lightsail:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a static IP address that can be attached to an instance. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_AllocateStaticIp.html */
  AllocateStaticIp: "W||||||;",
  /** Grants permission to attach an SSL/TLS certificate to your Amazon Lightsail content delivery network (CDN) distribution. Access level: Write. Resources: Certificate*, Distribution*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_AttachCertificateToDistribution.html */
  AttachCertificateToDistribution: "W|||2;1;,8;1;|||;",
  /** Grants permission to attach a disk to an instance. Access level: Write. Resources: Disk*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_AttachDisk.html */
  AttachDisk: "W|||6;1;|||;",
  /** Grants permission to attach one or more instances to a load balancer. Access level: Write. Resources: LoadBalancer*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_AttachInstancesToLoadBalancer.html */
  AttachInstancesToLoadBalancer: "W|||14;1;|||;",
  /** Grants permission to attach a TLS certificate to a load balancer. Access level: Write. Resources: LoadBalancer*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_AttachLoadBalancerTlsCertificate.html */
  AttachLoadBalancerTlsCertificate: "W|||14;1;|||;",
  /** Grants permission to attach a static IP address to an instance. Access level: Write. Resources: Instance*, StaticIp*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_AttachStaticIp.html */
  AttachStaticIp: "W|||11;1;,18;1;|||;",
  /** Grants permission to close a public port of an instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CloseInstancePublicPorts.html */
  CloseInstancePublicPorts: "W|||11;1;|||;",
  /** Grants permission to copy a snapshot from one AWS Region to another in Amazon Lightsail. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CopySnapshot.html */
  CopySnapshot: "W||||||;",
  /** Grants permission to create an Amazon Lightsail bucket. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateBucket.html */
  CreateBucket: "W||||0,2|2|;",
  /** Grants permission to create a new access key for the specified bucket. Access level: Write. Resources: Bucket*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateBucketAccessKey.html */
  CreateBucketAccessKey: "W|||1;1;|||;",
  /** Grants permission to create an SSL/TLS certificate. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateCertificate.html */
  CreateCertificate: "W||||0,2|0,1,2|;",
  /** Grants permission to create a new Amazon EC2 instance from an exported Amazon Lightsail snapshot. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateCloudFormationStack.html */
  CreateCloudFormationStack: "W||||||;",
  /** Grants permission to create an email or SMS text message contact method. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateContactMethod.html */
  CreateContactMethod: "W||||0,2|2|;",
  /** Grants permission to create an Amazon Lightsail container service. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateContainerService.html */
  CreateContainerService: "W||||0,2|2|;",
  /** Grants permission to create a deployment for your Amazon Lightsail container service. Access level: Write. Resources: ContainerService*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateContainerServiceDeployment.html */
  CreateContainerServiceDeployment: "W|||5;1;|||;",
  /** Grants permission to create a temporary set of log in credentials that you can use to log in to the Docker process on your local machine. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateContainerServiceRegistryLogin.html */
  CreateContainerServiceRegistryLogin: "W||||||;",
  /** Grants permission to create a disk. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateDisk.html */
  CreateDisk: "W||||0,2|2|;",
  /** Grants permission to create a disk from snapshot. Access level: Write. Resources: DiskSnapshot*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateDiskFromSnapshot.html */
  CreateDiskFromSnapshot: "W|||7;1;|0,2|2|;",
  /** Grants permission to create a disk snapshot. Access level: Write. Resources: Disk, Instance. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateDiskSnapshot.html */
  CreateDiskSnapshot: "W|||6;0;,11;0;|0,2|2|;",
  /** Grants permission to create an Amazon Lightsail content delivery network (CDN) distribution. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateDistribution.html */
  CreateDistribution: "W||||0,2|2|;",
  /** Grants permission to create a domain resource for the specified domain name. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateDomain.html */
  CreateDomain:
    "W||||0,2|2,route53:DeleteHostedZone,route53:GetHostedZone,route53:ListHostedZonesByName,route53domains:GetDomainDetail,route53domains:GetOperationDetail,route53domains:ListDomains,route53domains:ListOperations,route53domains:UpdateDomainNameservers|;",
  /** Grants permission to create one or more DNS record entries for a domain resource: Address (A), canonical name (CNAME), mail exchanger (MX), name server (NS), start of authority (SOA), service locator (SRV), or text (TXT). Access level: Write. Resources: Domain*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateDomainEntry.html */
  CreateDomainEntry: "W|||9;1;|||;",
  /** Grants permission to create URLs that are used to access an instance's graphical user interface (GUI) session. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateGUISessionAccessDetails.html */
  CreateGUISessionAccessDetails: "W|||11;1;|||;",
  /** Grants permission to create an instance snapshot. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateInstanceSnapshot.html */
  CreateInstanceSnapshot: "W|||11;1;|0,2|2|;",
  /** Grants permission to create one or more instances. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateInstances.html */
  CreateInstances: "W||||0,2|2|;",
  /** Grants permission to create one or more instances based on an instance snapshot. Access level: Write. Resources: InstanceSnapshot*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateInstancesFromSnapshot.html */
  CreateInstancesFromSnapshot: "W|||12;1;|0,2|2|;",
  /** Grants permission to create a key pair used to authenticate and connect to an instance. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateKeyPair.html */
  CreateKeyPair: "W||||0,2|2|;",
  /** Grants permission to create a load balancer. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateLoadBalancer.html */
  CreateLoadBalancer: "W||||0,2|0,1,2|;",
  /** Grants permission to create a load balancer TLS certificate. Access level: Write. Resources: LoadBalancer*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateLoadBalancerTlsCertificate.html */
  CreateLoadBalancerTlsCertificate: "W|||14;1;||0,1|;",
  /** Grants permission to create a new relational database. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateRelationalDatabase.html */
  CreateRelationalDatabase: "W||||0,2|2|;",
  /** Grants permission to create a new relational database from a snapshot. Access level: Write. Resources: RelationalDatabaseSnapshot*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateRelationalDatabaseFromSnapshot.html */
  CreateRelationalDatabaseFromSnapshot: "W|||17;1;|0,2|2|;",
  /** Grants permission to create a relational database snapshot. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateRelationalDatabaseSnapshot.html */
  CreateRelationalDatabaseSnapshot: "W||||0,2|2|;",
  /** Grants permission to delete an alarm. Access level: Write. Resources: Alarm*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteAlarm.html */
  DeleteAlarm: "W|||0;1;|||;",
  /** Grants permission to delete an automatic snapshot of an instance or disk. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteAutoSnapshot.html */
  DeleteAutoSnapshot: "W||||||;",
  /** Grants permission to delete an Amazon Lightsail bucket. Access level: Write. Resources: Bucket*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteBucket.html */
  DeleteBucket: "W|||1;1;|||;",
  /** Grants permission to delete an access key for the specified Amazon Lightsail bucket. Access level: Write. Resources: Bucket*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteBucketAccessKey.html */
  DeleteBucketAccessKey: "W|||1;1;|||;",
  /** Grants permission to delete an SSL/TLS certificate. Access level: Write. Resources: Certificate*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteCertificate.html */
  DeleteCertificate: "W|||2;1;|||;",
  /** Grants permission to delete a contact method. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteContactMethod.html */
  DeleteContactMethod: "W||||||;",
  /** Grants permission to delete a container image that is registered to your Amazon Lightsail container service. Access level: Write. Resources: ContainerService*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteContainerImage.html */
  DeleteContainerImage: "W|||5;1;|||;",
  /** Grants permission to delete your Amazon Lightsail container service. Access level: Write. Resources: ContainerService*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteContainerService.html */
  DeleteContainerService: "W|||5;1;|||;",
  /** Grants permission to delete a disk. Access level: Write. Resources: Disk*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteDisk.html */
  DeleteDisk: "W|||6;1;|||;",
  /** Grants permission to delete a disk snapshot. Access level: Write. Resources: DiskSnapshot*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteDiskSnapshot.html */
  DeleteDiskSnapshot: "W|||7;1;|||;",
  /** Grants permission to delete your Amazon Lightsail content delivery network (CDN) distribution. Access level: Write. Resources: Distribution*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteDistribution.html */
  DeleteDistribution: "W|||8;1;|||;",
  /** Grants permission to delete a domain resource and all of its DNS records. Access level: Write. Resources: Domain*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteDomain.html */
  DeleteDomain: "W|||9;1;|||;",
  /** Grants permission to delete a DNS record entry for a domain resource. Access level: Write. Resources: Domain*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteDomainEntry.html */
  DeleteDomainEntry: "W|||9;1;|||;",
  /** Grants permission to delete an instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteInstance.html */
  DeleteInstance: "W|||11;1;|||;",
  /** Grants permission to delete an instance snapshot. Access level: Write. Resources: InstanceSnapshot*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteInstanceSnapshot.html */
  DeleteInstanceSnapshot: "W|||12;1;|||;",
  /** Grants permission to delete a key pair used to authenticate and connect to an instance. Access level: Write. Resources: KeyPair*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteKeyPair.html */
  DeleteKeyPair: "W|||13;1;|||;",
  /** Grants permission to delete the known host key or certificate used by the Amazon Lightsail browser-based SSH or RDP clients to authenticate an instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteKnownHostKeys.html */
  DeleteKnownHostKeys: "W|||11;1;|||;",
  /** Grants permission to delete a load balancer. Access level: Write. Resources: LoadBalancer*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteLoadBalancer.html */
  DeleteLoadBalancer: "W|||14;1;|||;",
  /** Grants permission to delete a load balancer TLS certificate. Access level: Write. Resources: LoadBalancer*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteLoadBalancerTlsCertificate.html */
  DeleteLoadBalancerTlsCertificate: "W|||14;1;|||;",
  /** Grants permission to delete a relational database. Access level: Write. Resources: RelationalDatabase*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteRelationalDatabase.html */
  DeleteRelationalDatabase: "W|||16;1;|||;",
  /** Grants permission to delete a relational database snapshot. Access level: Write. Resources: RelationalDatabaseSnapshot*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DeleteRelationalDatabaseSnapshot.html */
  DeleteRelationalDatabaseSnapshot: "W|||17;1;|||;",
  /** Grants permission to detach an SSL/TLS certificate from your Amazon Lightsail content delivery network (CDN) distribution. Access level: Write. Resources: Distribution*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DetachCertificateFromDistribution.html */
  DetachCertificateFromDistribution: "W|||8;1;|||;",
  /** Grants permission to detach a disk from an instance. Access level: Write. Resources: Disk*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DetachDisk.html */
  DetachDisk: "W|||6;1;|||;",
  /** Grants permission to detach one or more instances from a load balancer. Access level: Write. Resources: LoadBalancer*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DetachInstancesFromLoadBalancer.html */
  DetachInstancesFromLoadBalancer: "W|||14;1;|||;",
  /** Grants permission to detach a static IP from an instance to which it is attached. Access level: Write. Resources: StaticIp*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DetachStaticIp.html */
  DetachStaticIp: "W|||18;1;|||;",
  /** Grants permission to disable an add-on for an Amazon Lightsail resource. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DisableAddOn.html */
  DisableAddOn: "W||||||;",
  /** Grants permission to download the default key pair used to authenticate and connect to instances in a specific AWS Region. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DownloadDefaultKeyPair.html */
  DownloadDefaultKeyPair: "W||||||;",
  /** Grants permission to enable or modify an add-on for an Amazon Lightsail resource. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_EnableAddOn.html */
  EnableAddOn: "W||||||;",
  /** Grants permission to export an Amazon Lightsail snapshot to Amazon EC2. Access level: Write. Resources: DiskSnapshot, InstanceSnapshot. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ExportSnapshot.html */
  ExportSnapshot: "W|||7;0;,12;0;||iam:CreateServiceLinkedRole,iam:PutRolePolicy|;",
  /** Grants permission to get the names of all active (not deleted) resources. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetActiveNames.html */
  GetActiveNames: "R||||||;",
  /** Grants permission to view information about the configured alarms. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetAlarms.html */
  GetAlarms: "R||||||;",
  /** Grants permission to view the available automatic snapshots for an instance or disk. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetAutoSnapshots.html */
  GetAutoSnapshots: "R||||||;",
  /** Grants permission to get a list of instance images, or blueprints. You can use a blueprint to create a new instance already running a specific operating system, as well as a pre-installed application or development stack. The software that runs on your instance depends on the blueprint you define when creating the instance. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBlueprints.html */
  GetBlueprints: "R||||||;",
  /** Grants permission to get the existing access key IDs for the specified Amazon Lightsail bucket. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketAccessKeys.html */
  GetBucketAccessKeys: "R||||||;",
  /** Grants permission to get the bundles that can be applied to an Amazon Lightsail bucket. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketBundles.html */
  GetBucketBundles: "R||||||;",
  /** Grants permission to get the data points of a specific metric for an Amazon Lightsail bucket. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketMetricData.html */
  GetBucketMetricData: "R||||||;",
  /** Grants permission to get information about one or more Amazon Lightsail buckets. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBuckets.html */
  GetBuckets: "R||||||;",
  /** Grants permission to get a list of instance bundles. You can use a bundle to create a new instance with a set of performance specifications, such as CPU count, disk size, RAM size, and network transfer allowance. The cost of your instance depends on the bundle you define when creating the instance. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBundles.html */
  GetBundles: "R||||||;",
  /** Grants permission to view information about one or more Amazon Lightsail SSL/TLS certificates. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetCertificates.html */
  GetCertificates: "R||||||;",
  /** Grants permission to get information about all CloudFormation stacks used to create Amazon EC2 resources from exported Amazon Lightsail snapshots. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetCloudFormationStackRecords.html */
  GetCloudFormationStackRecords: "R||||||;",
  /** Grants permission to view information about the configured contact methods. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetContactMethods.html */
  GetContactMethods: "R||||||;",
  /** Grants permission to view information about Amazon Lightsail containers, such as the current version of the Lightsail Control (lightsailctl) plugin. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetContainerAPIMetadata.html */
  GetContainerAPIMetadata: "R||||||;",
  /** Grants permission to view the container images that are registered to your Amazon Lightsail container service. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetContainerImages.html */
  GetContainerImages: "R||||||;",
  /** Grants permission to view the log events of a container of your Amazon Lightsail container service. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetContainerLog.html */
  GetContainerLog: "R||||||;",
  /** Grants permission to view the deployments for your Amazon Lightsail container service. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetContainerServiceDeployments.html */
  GetContainerServiceDeployments: "R||||||;",
  /** Grants permission to view the data points of a specific metric of your Amazon Lightsail container service. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetContainerServiceMetricData.html */
  GetContainerServiceMetricData: "R||||||;",
  /** Grants permission to view the list of powers that can be specified for your Amazon Lightsail container services. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetContainerServicePowers.html */
  GetContainerServicePowers: "R||||||;",
  /** Grants permission to view information about one or more of your Amazon Lightsail container services. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetContainerServices.html */
  GetContainerServices: "R||||||;",
  /** Grants permission to get the information about the cost estimate for a specified resource. Access level: Read. Resources: Disk, Instance. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetCostEstimate.html */
  GetCostEstimate: "R|||6;0;,11;0;|||;",
  /** Grants permission to get information about a disk. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDisk.html */
  GetDisk: "R||||||;",
  /** Grants permission to get information about a disk snapshot. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDiskSnapshot.html */
  GetDiskSnapshot: "R||||||;",
  /** Grants permission to get information about all disk snapshots. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDiskSnapshots.html */
  GetDiskSnapshots: "R||||||;",
  /** Grants permission to get information about all disks. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDisks.html */
  GetDisks: "R||||||;",
  /** Grants permission to view the list of bundles that can be applied to you Amazon Lightsail content delivery network (CDN) distributions. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDistributionBundles.html */
  GetDistributionBundles: "R||||||;",
  /** Grants permission to view the timestamp and status of the last cache reset of a specific Amazon Lightsail content delivery network (CDN) distribution. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDistributionLatestCacheReset.html */
  GetDistributionLatestCacheReset: "R||||||;",
  /** Grants permission to view the data points of a specific metric for an Amazon Lightsail content delivery network (CDN) distribution. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDistributionMetricData.html */
  GetDistributionMetricData: "R||||||;",
  /** Grants permission to view information about one or more of your Amazon Lightsail content delivery network (CDN) distributions. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDistributions.html */
  GetDistributions: "R||||||;",
  /** Grants permission to get DNS records for a domain resource. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDomain.html */
  GetDomain: "R||||||;",
  /** Grants permission to get DNS records for all domain resources. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetDomains.html */
  GetDomains: "R||||||;",
  /** Grants permission to get information about all records of exported Amazon Lightsail snapshots to Amazon EC2. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetExportSnapshotRecords.html */
  GetExportSnapshotRecords: "R||||||;",
  /** Grants permission to get information about an instance. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetInstance.html */
  GetInstance: "R||||||;",
  /** Grants permission to get temporary keys you can use to authenticate and connect to an instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetInstanceAccessDetails.html */
  GetInstanceAccessDetails: "W|||11;1;|||;",
  /** Grants permission to get the data points for the specified metric of an instance. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetInstanceMetricData.html */
  GetInstanceMetricData: "R||||||;",
  /** Grants permission to get the port states of an instance. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetInstancePortStates.html */
  GetInstancePortStates: "R||||||;",
  /** Grants permission to get information about an instance snapshot. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetInstanceSnapshot.html */
  GetInstanceSnapshot: "R||||||;",
  /** Grants permission to get information about all instance snapshots. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetInstanceSnapshots.html */
  GetInstanceSnapshots: "R||||||;",
  /** Grants permission to get the state of an instance. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetInstanceState.html */
  GetInstanceState: "R||||||;",
  /** Grants permission to get information about all instances. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetInstances.html */
  GetInstances: "R||||||;",
  /** Grants permission to get information about a key pair. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetKeyPair.html */
  GetKeyPair: "R||||||;",
  /** Grants permission to get information about all key pairs. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetKeyPairs.html */
  GetKeyPairs: "R||||||;",
  /** Grants permission to get information about a load balancer. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancer.html */
  GetLoadBalancer: "R||||||;",
  /** Grants permission to get the data points for the specified metric of a load balancer. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancerMetricData.html */
  GetLoadBalancerMetricData: "R||||||;",
  /** Grants permission to get information about a load balancer's TLS certificates. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancerTlsCertificates.html */
  GetLoadBalancerTlsCertificates: "R||||||;",
  /** Grants permission to get a list of TLS security policies that you can apply to Lightsail load balancers. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancerTlsPolicies.html */
  GetLoadBalancerTlsPolicies: "R||||||;",
  /** Grants permission to get information about load balancers. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancers.html */
  GetLoadBalancers: "R||||||;",
  /** Grants permission to get information about an operation. Operations include events such as when you create an instance, allocate a static IP, attach a static IP, and so on. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetOperation.html */
  GetOperation: "R||||||;",
  /** Grants permission to get information about all operations. Operations include events such as when you create an instance, allocate a static IP, attach a static IP, and so on. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetOperations.html */
  GetOperations: "R||||||;",
  /** Grants permission to get operations for a resource. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetOperationsForResource.html */
  GetOperationsForResource: "R||||||;",
  /** Grants permission to get a list of all valid AWS Regions for Amazon Lightsail. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRegions.html */
  GetRegions: "R||||||;",
  /** Grants permission to get information about a relational database. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabase.html */
  GetRelationalDatabase: "R||||||;",
  /** Grants permission to get a list of relational database images, or blueprints. You can use a blueprint to create a new database running a specific database engine. The database engine that runs on your database depends on the blueprint you define when creating the relational database. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseBlueprints.html */
  GetRelationalDatabaseBlueprints: "R||||||;",
  /** Grants permission to get a list of relational database bundles. You can use a bundle to create a new database with a set of performance specifications, such as CPU count, disk size, RAM size, network transfer allowance, and standard of high availability. The cost of your database depends on the bundle you define when creating the relational database. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseBundles.html */
  GetRelationalDatabaseBundles: "R||||||;",
  /** Grants permission to get events for a relational database. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseEvents.html */
  GetRelationalDatabaseEvents: "R||||||;",
  /** Grants permission to get events for the specified log stream of a relational database. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseLogEvents.html */
  GetRelationalDatabaseLogEvents: "R||||||;",
  /** Grants permission to get the log streams available for a relational database. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseLogStreams.html */
  GetRelationalDatabaseLogStreams: "R||||||;",
  /** Grants permission to get the master user password of a relational database. Access level: Write. Resources: RelationalDatabase*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseMasterUserPassword.html */
  GetRelationalDatabaseMasterUserPassword: "W|||16;1;|||;",
  /** Grants permission to get the data points for the specified metric of a relational database. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseMetricData.html */
  GetRelationalDatabaseMetricData: "R||||||;",
  /** Grants permission to get the parameters of a relational database. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseParameters.html */
  GetRelationalDatabaseParameters: "R||||||;",
  /** Grants permission to get information about a relational database snapshot. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseSnapshot.html */
  GetRelationalDatabaseSnapshot: "R||||||;",
  /** Grants permission to get information about all relational database snapshots. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabaseSnapshots.html */
  GetRelationalDatabaseSnapshots: "R||||||;",
  /** Grants permission to get information about all relational databases. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRelationalDatabases.html */
  GetRelationalDatabases: "R||||||;",
  /** Grants permission to get detailed information for setup requests that were run on the specified resource. Access level: Read. Resources: Instance. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetSetupHistory.html */
  GetSetupHistory: "R|||11;0;|||;",
  /** Grants permission to get information about a static IP. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetStaticIp.html */
  GetStaticIp: "R||||||;",
  /** Grants permission to get information about all static IPs. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetStaticIps.html */
  GetStaticIps: "R||||||;",
  /** Grants permission to import a public key from a key pair. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ImportKeyPair.html */
  ImportKeyPair: "W||||||;",
  /** Grants permission to get a boolean value indicating whether the Amazon Lightsail virtual private cloud (VPC) is peered. Access level: Read. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_IsVpcPeered.html */
  IsVpcPeered: "R||||||;",
  /** Grants permission to add, or open a public port of an instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_OpenInstancePublicPorts.html */
  OpenInstancePublicPorts: "W|||11;1;|||;",
  /** Grants permission to try to peer the Amazon Lightsail virtual private cloud (VPC) with the default VPC. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_PeerVpc.html */
  PeerVpc: "W||||||;",
  /** Grants permission to creates or update an alarm, and associate it with the specified metric. Access level: Write. Resources: Alarm*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_PutAlarm.html */
  PutAlarm: "W|||0;1;|0,2|2|;",
  /** Grants permission to set the specified open ports for an instance, and closes all ports for every protocol not included in the request. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_PutInstancePublicPorts.html */
  PutInstancePublicPorts: "W|||11;1;|||;",
  /** Grants permission to reboot an instance that is in a running state. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_RebootInstance.html */
  RebootInstance: "W|||11;1;|||;",
  /** Grants permission to reboot a relational database that is in a running state. Access level: Write. Resources: RelationalDatabase*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_RebootRelationalDatabase.html */
  RebootRelationalDatabase: "W|||16;1;|||;",
  /** Grants permission to register a container image to your Amazon Lightsail container service. Access level: Write. Resources: ContainerService*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_RegisterContainerImage.html */
  RegisterContainerImage: "W|||5;1;|||;",
  /** Grants permission to delete a static IP. Access level: Write. Resources: StaticIp*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ReleaseStaticIp.html */
  ReleaseStaticIp: "W|||18;1;|||;",
  /** Grants permission to delete currently cached content from your Amazon Lightsail content delivery network (CDN) distribution. Access level: Write. Resources: Distribution*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ResetDistributionCache.html */
  ResetDistributionCache: "W|||8;1;|||;",
  /** Grants permission to send a verification request to an email contact method to ensure it's owned by the requester. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SendContactMethodVerification.html */
  SendContactMethodVerification: "W||||||;",
  /** Grants permission to set the IP address type for a Amazon Lightsail resource. Access level: Write. Resources: Distribution, Instance, LoadBalancer. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetIpAddressType.html */
  SetIpAddressType: "W|||8;0;,11;0;,14;0;|||;",
  /** Grants permission to set the Amazon Lightsail resources that can access the specified Amazon Lightsail bucket. Access level: Write. Resources: Bucket*, Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetResourceAccessForBucket.html */
  SetResourceAccessForBucket: "W|||1;1;,11;1;|||;",
  /** Grants permission to create an SSL/TLS certificate and install it on a specified instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetupInstanceHttps.html */
  SetupInstanceHttps: "W|||11;1;||lightsail:GetInstanceAccessDetails|;",
  /** Grants permission to initiate a graphical user interface (GUI) session used to access an instance's operating system or application. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_StartGUISession.html */
  StartGUISession: "W|||11;1;|||;",
  /** Grants permission to start an instance that is in a stopped state. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_StartInstance.html */
  StartInstance: "W|||11;1;|||;",
  /** Grants permission to start a relational database that is in a stopped state. Access level: Write. Resources: RelationalDatabase*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_StartRelationalDatabase.html */
  StartRelationalDatabase: "W|||16;1;|||;",
  /** Grants permission to terminate a graphical user interface (GUI) session used to access an instance's operating system or application. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_StopGUISession.html */
  StopGUISession: "W|||11;1;|||;",
  /** Grants permission to stop an instance that is in a running state. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_StopInstance.html */
  StopInstance: "W|||11;1;|||;",
  /** Grants permission to stop a relational database that is in a running state. Access level: Write. Resources: RelationalDatabase*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_StopRelationalDatabase.html */
  StopRelationalDatabase: "W|||16;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: Alarm, Bucket, Certificate, ContactMethod, ContainerService, Disk, DiskSnapshot, Distribution, Domain, Instance, InstanceSnapshot, KeyPair, LoadBalancer, RelationalDatabase, RelationalDatabaseSnapshot, StaticIp. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,11;0;,12;0;,13;0;,14;0;,16;0;,17;0;,18;0;|0,2||CreateBucket,CreateCertificate,CreateContactMethod,CreateContainerService,CreateDisk,CreateDiskFromSnapshot,CreateDiskSnapshot,CreateDistribution,CreateDomain,CreateInstanceSnapshot,CreateInstances,CreateInstancesFromSnapshot,CreateKeyPair,CreateLoadBalancer,CreateRelationalDatabase,CreateRelationalDatabaseFromSnapshot,CreateRelationalDatabaseSnapshot,PutAlarm,;",
  /** Grants permission to test an alarm by displaying a banner on the Amazon Lightsail console or if a notification trigger is configured for the specified alarm, by sending a notification to the notification protocol. Access level: Write. Resources: Alarm*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_TestAlarm.html */
  TestAlarm: "W|||0;1;|||;",
  /** Grants permission to try to unpeer the Amazon Lightsail virtual private cloud (VPC) from the default VPC. Access level: Write. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UnpeerVpc.html */
  UnpeerVpc: "W||||||;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: Alarm, Bucket, Certificate, ContactMethod, ContainerService, Disk, DiskSnapshot, Distribution, Domain, Instance, InstanceSnapshot, KeyPair, LoadBalancer, RelationalDatabase, RelationalDatabaseSnapshot, StaticIp. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,11;0;,12;0;,13;0;,14;0;,16;0;,17;0;,18;0;|2||;",
  /** Grants permission to update an existing Amazon Lightsail bucket. Access level: Write. Resources: Bucket*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucket.html */
  UpdateBucket: "W|||1;1;|||;",
  /** Grants permission to update the bundle, or storage plan, of an existing Amazon Lightsail bucket. Access level: Write. Resources: Bucket*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html */
  UpdateBucketBundle: "W|||1;1;|||;",
  /** Grants permission to update the configuration of your Amazon Lightsail container service, such as its power, scale, and public domain names. Access level: Write. Resources: ContainerService*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateContainerService.html */
  UpdateContainerService: "W|||5;1;|||;",
  /** Grants permission to update an existing Amazon Lightsail content delivery network (CDN) distribution or its configuration. Access level: Write. Resources: Distribution*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateDistribution.html */
  UpdateDistribution: "W|||8;1;|||;",
  /** Grants permission to update the bundle of your Amazon Lightsail content delivery network (CDN) distribution. Access level: Write. Resources: Distribution*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateDistributionBundle.html */
  UpdateDistributionBundle: "W|||8;1;|||;",
  /** Grants permission to update a domain recordset after it is created. Access level: Write. Resources: Domain*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateDomainEntry.html */
  UpdateDomainEntry: "W|||9;1;|||;",
  /** Grants permission to update metadata options for an instance. Access level: Write. Resources: Instance*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateInstanceMetadataOptions.html */
  UpdateInstanceMetadataOptions: "W|||11;1;|||;",
  /** Grants permission to update a load balancer attribute, such as the health check path and session stickiness. Access level: Write. Resources: LoadBalancer*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DetachInstancesFromLoadBalancer.html */
  UpdateLoadBalancerAttribute: "W|||14;1;|||;",
  /** Grants permission to update a relational database. Access level: Write. Resources: RelationalDatabase*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateRelationalDatabase.html */
  UpdateRelationalDatabase: "W|||16;1;|||;",
  /** Grants permission to update the parameters of a relational database. Access level: Write. Resources: RelationalDatabase*. https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateRelationalDatabaseParameters.html */
  UpdateRelationalDatabaseParameters: "W|||16;1;|||;",
} as const;
const actionDetails = {
  AllocateStaticIp: "|,;~~~|Grants permission to create a static IP address that can be attached to an instance",
  AttachCertificateToDistribution:
    "|,;~~~|Grants permission to attach an SSL/TLS certificate to your Amazon Lightsail content delivery network (CDN) distribution",
  AttachDisk: "|,;~~~|Grants permission to attach a disk to an instance",
  AttachInstancesToLoadBalancer: "|,;~~~|Grants permission to attach one or more instances to a load balancer",
  AttachLoadBalancerTlsCertificate: "|,;~~~|Grants permission to attach a TLS certificate to a load balancer",
  AttachStaticIp: "|,;~~~|Grants permission to attach a static IP address to an instance",
  CloseInstancePublicPorts: "|,;~~~|Grants permission to close a public port of an instance",
  CopySnapshot: "|,;~~~|Grants permission to copy a snapshot from one AWS Region to another in Amazon Lightsail",
  CreateBucket: "|,;~~~|Grants permission to create an Amazon Lightsail bucket",
  CreateBucketAccessKey: "|,;~~~|Grants permission to create a new access key for the specified bucket",
  CreateCertificate: "|,;~~~|Grants permission to create an SSL/TLS certificate",
  CreateCloudFormationStack:
    "|,;~~~|Grants permission to create a new Amazon EC2 instance from an exported Amazon Lightsail snapshot",
  CreateContactMethod: "|,;~~~|Grants permission to create an email or SMS text message contact method",
  CreateContainerService: "|,;~~~|Grants permission to create an Amazon Lightsail container service",
  CreateContainerServiceDeployment:
    "|,;~~~|Grants permission to create a deployment for your Amazon Lightsail container service",
  CreateContainerServiceRegistryLogin:
    "|,;~~~|Grants permission to create a temporary set of log in credentials that you can use to log in to the Docker process on your local machine",
  CreateDisk: "|,;~~~|Grants permission to create a disk",
  CreateDiskFromSnapshot: "|,;~~~|Grants permission to create a disk from snapshot",
  CreateDiskSnapshot: "|,;~~~|Grants permission to create a disk snapshot",
  CreateDistribution:
    "|,;~~~|Grants permission to create an Amazon Lightsail content delivery network (CDN) distribution",
  CreateDomain: "|,;~~~|Grants permission to create a domain resource for the specified domain name",
  CreateDomainEntry:
    "|,;~~~|Grants permission to create one or more DNS record entries for a domain resource: Address (A), canonical name (CNAME), mail exchanger (MX), name server (NS), start of authority (SOA), service locator (SRV), or text (TXT)",
  CreateGUISessionAccessDetails:
    "|,;~~~|Grants permission to create URLs that are used to access an instance's graphical user interface (GUI) session",
  CreateInstanceSnapshot: "|,;~~~|Grants permission to create an instance snapshot",
  CreateInstances: "|,;~~~|Grants permission to create one or more instances",
  CreateInstancesFromSnapshot: "|,;~~~|Grants permission to create one or more instances based on an instance snapshot",
  CreateKeyPair: "|,;~~~|Grants permission to create a key pair used to authenticate and connect to an instance",
  CreateLoadBalancer: "|,;~~~|Grants permission to create a load balancer",
  CreateLoadBalancerTlsCertificate: "|,;~~~|Grants permission to create a load balancer TLS certificate",
  CreateRelationalDatabase: "|,;~~~|Grants permission to create a new relational database",
  CreateRelationalDatabaseFromSnapshot: "|,;~~~|Grants permission to create a new relational database from a snapshot",
  CreateRelationalDatabaseSnapshot: "|,;~~~|Grants permission to create a relational database snapshot",
  DeleteAlarm: "|,;~~~|Grants permission to delete an alarm",
  DeleteAutoSnapshot: "|,;~~~|Grants permission to delete an automatic snapshot of an instance or disk",
  DeleteBucket: "|,;~~~|Grants permission to delete an Amazon Lightsail bucket",
  DeleteBucketAccessKey: "|,;~~~|Grants permission to delete an access key for the specified Amazon Lightsail bucket",
  DeleteCertificate: "|,;~~~|Grants permission to delete an SSL/TLS certificate",
  DeleteContactMethod: "|,;~~~|Grants permission to delete a contact method",
  DeleteContainerImage:
    "|,;~~~|Grants permission to delete a container image that is registered to your Amazon Lightsail container service",
  DeleteContainerService: "|,;~~~|Grants permission to delete your Amazon Lightsail container service",
  DeleteDisk: "|,;~~~|Grants permission to delete a disk",
  DeleteDiskSnapshot: "|,;~~~|Grants permission to delete a disk snapshot",
  DeleteDistribution:
    "|,;~~~|Grants permission to delete your Amazon Lightsail content delivery network (CDN) distribution",
  DeleteDomain: "|,;~~~|Grants permission to delete a domain resource and all of its DNS records",
  DeleteDomainEntry: "|,;~~~|Grants permission to delete a DNS record entry for a domain resource",
  DeleteInstance: "|,;~~~|Grants permission to delete an instance",
  DeleteInstanceSnapshot: "|,;~~~|Grants permission to delete an instance snapshot",
  DeleteKeyPair: "|,;~~~|Grants permission to delete a key pair used to authenticate and connect to an instance",
  DeleteKnownHostKeys:
    "|,;~~~|Grants permission to delete the known host key or certificate used by the Amazon Lightsail browser-based SSH or RDP clients to authenticate an instance",
  DeleteLoadBalancer: "|,;~~~|Grants permission to delete a load balancer",
  DeleteLoadBalancerTlsCertificate: "|,;~~~|Grants permission to delete a load balancer TLS certificate",
  DeleteRelationalDatabase: "|,;~~~|Grants permission to delete a relational database",
  DeleteRelationalDatabaseSnapshot: "|,;~~~|Grants permission to delete a relational database snapshot",
  DetachCertificateFromDistribution:
    "|,;~~~|Grants permission to detach an SSL/TLS certificate from your Amazon Lightsail content delivery network (CDN) distribution",
  DetachDisk: "|,;~~~|Grants permission to detach a disk from an instance",
  DetachInstancesFromLoadBalancer: "|,;~~~|Grants permission to detach one or more instances from a load balancer",
  DetachStaticIp: "|,;~~~|Grants permission to detach a static IP from an instance to which it is attached",
  DisableAddOn: "|,;~~~|Grants permission to disable an add-on for an Amazon Lightsail resource",
  DownloadDefaultKeyPair:
    "|,;~~~|Grants permission to download the default key pair used to authenticate and connect to instances in a specific AWS Region",
  EnableAddOn: "|,;~~~|Grants permission to enable or modify an add-on for an Amazon Lightsail resource",
  ExportSnapshot: "|,;~~~|Grants permission to export an Amazon Lightsail snapshot to Amazon EC2",
  GetActiveNames: "|,;~~~|Grants permission to get the names of all active (not deleted) resources",
  GetAlarms: "|,;~~~|Grants permission to view information about the configured alarms",
  GetAutoSnapshots: "|,;~~~|Grants permission to view the available automatic snapshots for an instance or disk",
  GetBlueprints:
    "|,;~~~|Grants permission to get a list of instance images, or blueprints. You can use a blueprint to create a new instance already running a specific operating system, as well as a pre-installed application or development stack. The software that runs on your instance depends on the blueprint you define when creating the instance",
  GetBucketAccessKeys:
    "|,;~~~|Grants permission to get the existing access key IDs for the specified Amazon Lightsail bucket",
  GetBucketBundles: "|,;~~~|Grants permission to get the bundles that can be applied to an Amazon Lightsail bucket",
  GetBucketMetricData:
    "|,;~~~|Grants permission to get the data points of a specific metric for an Amazon Lightsail bucket",
  GetBuckets: "|,;~~~|Grants permission to get information about one or more Amazon Lightsail buckets",
  GetBundles:
    "|,;~~~|Grants permission to get a list of instance bundles. You can use a bundle to create a new instance with a set of performance specifications, such as CPU count, disk size, RAM size, and network transfer allowance. The cost of your instance depends on the bundle you define when creating the instance",
  GetCertificates:
    "|,;~~~|Grants permission to view information about one or more Amazon Lightsail SSL/TLS certificates",
  GetCloudFormationStackRecords:
    "|,;~~~|Grants permission to get information about all CloudFormation stacks used to create Amazon EC2 resources from exported Amazon Lightsail snapshots",
  GetContactMethods: "|,;~~~|Grants permission to view information about the configured contact methods",
  GetContainerAPIMetadata:
    "|,;~~~|Grants permission to view information about Amazon Lightsail containers, such as the current version of the Lightsail Control (lightsailctl) plugin",
  GetContainerImages:
    "|,;~~~|Grants permission to view the container images that are registered to your Amazon Lightsail container service",
  GetContainerLog:
    "|,;~~~|Grants permission to view the log events of a container of your Amazon Lightsail container service",
  GetContainerServiceDeployments:
    "|,;~~~|Grants permission to view the deployments for your Amazon Lightsail container service",
  GetContainerServiceMetricData:
    "|,;~~~|Grants permission to view the data points of a specific metric of your Amazon Lightsail container service",
  GetContainerServicePowers:
    "|,;~~~|Grants permission to view the list of powers that can be specified for your Amazon Lightsail container services",
  GetContainerServices:
    "|,;~~~|Grants permission to view information about one or more of your Amazon Lightsail container services",
  GetCostEstimate: "|,;~~~|Grants permission to get the information about the cost estimate for a specified resource",
  GetDisk: "|,;~~~|Grants permission to get information about a disk",
  GetDiskSnapshot: "|,;~~~|Grants permission to get information about a disk snapshot",
  GetDiskSnapshots: "|,;~~~|Grants permission to get information about all disk snapshots",
  GetDisks: "|,;~~~|Grants permission to get information about all disks",
  GetDistributionBundles:
    "|,;~~~|Grants permission to view the list of bundles that can be applied to you Amazon Lightsail content delivery network (CDN) distributions",
  GetDistributionLatestCacheReset:
    "|,;~~~|Grants permission to view the timestamp and status of the last cache reset of a specific Amazon Lightsail content delivery network (CDN) distribution",
  GetDistributionMetricData:
    "|,;~~~|Grants permission to view the data points of a specific metric for an Amazon Lightsail content delivery network (CDN) distribution",
  GetDistributions:
    "|,;~~~|Grants permission to view information about one or more of your Amazon Lightsail content delivery network (CDN) distributions",
  GetDomain: "|,;~~~|Grants permission to get DNS records for a domain resource",
  GetDomains: "|,;~~~|Grants permission to get DNS records for all domain resources",
  GetExportSnapshotRecords:
    "|,;~~~|Grants permission to get information about all records of exported Amazon Lightsail snapshots to Amazon EC2",
  GetInstance: "|,;~~~|Grants permission to get information about an instance",
  GetInstanceAccessDetails:
    "|,;~~~|Grants permission to get temporary keys you can use to authenticate and connect to an instance",
  GetInstanceMetricData: "|,;~~~|Grants permission to get the data points for the specified metric of an instance",
  GetInstancePortStates: "|,;~~~|Grants permission to get the port states of an instance",
  GetInstanceSnapshot: "|,;~~~|Grants permission to get information about an instance snapshot",
  GetInstanceSnapshots: "|,;~~~|Grants permission to get information about all instance snapshots",
  GetInstanceState: "|,;~~~|Grants permission to get the state of an instance",
  GetInstances: "|,;~~~|Grants permission to get information about all instances",
  GetKeyPair: "|,;~~~|Grants permission to get information about a key pair",
  GetKeyPairs: "|,;~~~|Grants permission to get information about all key pairs",
  GetLoadBalancer: "|,;~~~|Grants permission to get information about a load balancer",
  GetLoadBalancerMetricData:
    "|,;~~~|Grants permission to get the data points for the specified metric of a load balancer",
  GetLoadBalancerTlsCertificates:
    "|,;~~~|Grants permission to get information about a load balancer's TLS certificates",
  GetLoadBalancerTlsPolicies:
    "|,;~~~|Grants permission to get a list of TLS security policies that you can apply to Lightsail load balancers",
  GetLoadBalancers: "|,;~~~|Grants permission to get information about load balancers",
  GetOperation:
    "|,;~~~|Grants permission to get information about an operation. Operations include events such as when you create an instance, allocate a static IP, attach a static IP, and so on",
  GetOperations:
    "|,;~~~|Grants permission to get information about all operations. Operations include events such as when you create an instance, allocate a static IP, attach a static IP, and so on",
  GetOperationsForResource: "|,;~~~|Grants permission to get operations for a resource",
  GetRegions: "|,;~~~|Grants permission to get a list of all valid AWS Regions for Amazon Lightsail",
  GetRelationalDatabase: "|,;~~~|Grants permission to get information about a relational database",
  GetRelationalDatabaseBlueprints:
    "|,;~~~|Grants permission to get a list of relational database images, or blueprints. You can use a blueprint to create a new database running a specific database engine. The database engine that runs on your database depends on the blueprint you define when creating the relational database",
  GetRelationalDatabaseBundles:
    "|,;~~~|Grants permission to get a list of relational database bundles. You can use a bundle to create a new database with a set of performance specifications, such as CPU count, disk size, RAM size, network transfer allowance, and standard of high availability. The cost of your database depends on the bundle you define when creating the relational database",
  GetRelationalDatabaseEvents: "|,;~~~|Grants permission to get events for a relational database",
  GetRelationalDatabaseLogEvents:
    "|,;~~~|Grants permission to get events for the specified log stream of a relational database",
  GetRelationalDatabaseLogStreams:
    "|,;~~~|Grants permission to get the log streams available for a relational database",
  GetRelationalDatabaseMasterUserPassword:
    "|,;~~~|Grants permission to get the master user password of a relational database",
  GetRelationalDatabaseMetricData:
    "|,;~~~|Grants permission to get the data points for the specified metric of a relational database",
  GetRelationalDatabaseParameters: "|,;~~~|Grants permission to get the parameters of a relational database",
  GetRelationalDatabaseSnapshot: "|,;~~~|Grants permission to get information about a relational database snapshot",
  GetRelationalDatabaseSnapshots: "|,;~~~|Grants permission to get information about all relational database snapshots",
  GetRelationalDatabases: "|,;~~~|Grants permission to get information about all relational databases",
  GetSetupHistory:
    "|,;~~~|Grants permission to get detailed information for setup requests that were run on the specified resource",
  GetStaticIp: "|,;~~~|Grants permission to get information about a static IP",
  GetStaticIps: "|,;~~~|Grants permission to get information about all static IPs",
  ImportKeyPair: "|,;~~~|Grants permission to import a public key from a key pair",
  IsVpcPeered:
    "|,;~~~|Grants permission to get a boolean value indicating whether the Amazon Lightsail virtual private cloud (VPC) is peered",
  OpenInstancePublicPorts: "|,;~~~|Grants permission to add, or open a public port of an instance",
  PeerVpc:
    "|,;~~~|Grants permission to try to peer the Amazon Lightsail virtual private cloud (VPC) with the default VPC",
  PutAlarm: "|,;~~~|Grants permission to creates or update an alarm, and associate it with the specified metric",
  PutInstancePublicPorts:
    "|,;~~~|Grants permission to set the specified open ports for an instance, and closes all ports for every protocol not included in the request",
  RebootInstance: "|,;~~~|Grants permission to reboot an instance that is in a running state",
  RebootRelationalDatabase: "|,;~~~|Grants permission to reboot a relational database that is in a running state",
  RegisterContainerImage:
    "|,;~~~|Grants permission to register a container image to your Amazon Lightsail container service",
  ReleaseStaticIp: "|,;~~~|Grants permission to delete a static IP",
  ResetDistributionCache:
    "|,;~~~|Grants permission to delete currently cached content from your Amazon Lightsail content delivery network (CDN) distribution",
  SendContactMethodVerification:
    "|,;~~~|Grants permission to send a verification request to an email contact method to ensure it's owned by the requester",
  SetIpAddressType: "|,;~~~|Grants permission to set the IP address type for a Amazon Lightsail resource",
  SetResourceAccessForBucket:
    "|,;~~~|Grants permission to set the Amazon Lightsail resources that can access the specified Amazon Lightsail bucket",
  SetupInstanceHttps:
    "|,;~~~|Grants permission to create an SSL/TLS certificate and install it on a specified instance",
  StartGUISession:
    "|,;~~~|Grants permission to initiate a graphical user interface (GUI) session used to access an instance's operating system or application",
  StartInstance: "|,;~~~|Grants permission to start an instance that is in a stopped state",
  StartRelationalDatabase: "|,;~~~|Grants permission to start a relational database that is in a stopped state",
  StopGUISession:
    "|,;~~~|Grants permission to terminate a graphical user interface (GUI) session used to access an instance's operating system or application",
  StopInstance: "|,;~~~|Grants permission to stop an instance that is in a running state",
  StopRelationalDatabase: "|,;~~~|Grants permission to stop a relational database that is in a running state",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource",
  TestAlarm:
    "|,;~~~|Grants permission to test an alarm by displaying a banner on the Amazon Lightsail console or if a notification trigger is configured for the specified alarm, by sending a notification to the notification protocol",
  UnpeerVpc:
    "|,;~~~|Grants permission to try to unpeer the Amazon Lightsail virtual private cloud (VPC) from the default VPC",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateBucket: "|,;~~~|Grants permission to update an existing Amazon Lightsail bucket",
  UpdateBucketBundle:
    "|,;~~~|Grants permission to update the bundle, or storage plan, of an existing Amazon Lightsail bucket",
  UpdateContainerService:
    "|,;~~~|Grants permission to update the configuration of your Amazon Lightsail container service, such as its power, scale, and public domain names",
  UpdateDistribution:
    "|,;~~~|Grants permission to update an existing Amazon Lightsail content delivery network (CDN) distribution or its configuration",
  UpdateDistributionBundle:
    "|,;~~~|Grants permission to update the bundle of your Amazon Lightsail content delivery network (CDN) distribution",
  UpdateDomainEntry: "|,;~~~|Grants permission to update a domain recordset after it is created",
  UpdateInstanceMetadataOptions: "|,;~~~|Grants permission to update metadata options for an instance",
  UpdateLoadBalancerAttribute:
    "|,;~~~|Grants permission to update a load balancer attribute, such as the health check path and session stickiness",
  UpdateRelationalDatabase: "|,;~~~|Grants permission to update a relational database",
  UpdateRelationalDatabaseParameters: "|,;~~~|Grants permission to update the parameters of a relational database",
};
const resourceTypeFacts = {
  /** The Alarm resource type: arn:${Partition}:lightsail:${Region}:${Account}:Alarm/${Id} */
  Alarm: "|,alarm|1",
  /** The Bucket resource type: arn:${Partition}:lightsail:${Region}:${Account}:Bucket/${Id} */
  Bucket: "|,bucket|1",
  /** The Certificate resource type: arn:${Partition}:lightsail:${Region}:${Account}:Certificate/${Id} */
  Certificate: "|,certificate|1",
  /** The CloudFormationStackRecord resource type: arn:${Partition}:lightsail:${Region}:${Account}:CloudFormationStackRecord/${Id} */
  CloudFormationStackRecord: "|,cloudFormationStackRecord|",
  /** The ContactMethod resource type: arn:${Partition}:lightsail:${Region}:${Account}:ContactMethod/${Id} */
  ContactMethod: "|,contactMethod|1",
  /** The ContainerService resource type: arn:${Partition}:lightsail:${Region}:${Account}:ContainerService/${Id} */
  ContainerService: "|,containerService|1",
  /** The Disk resource type: arn:${Partition}:lightsail:${Region}:${Account}:Disk/${Id} */
  Disk: "|,disk|1",
  /** The DiskSnapshot resource type: arn:${Partition}:lightsail:${Region}:${Account}:DiskSnapshot/${Id} */
  DiskSnapshot: "|,diskSnapshot|1",
  /** The Distribution resource type: arn:${Partition}:lightsail:${Region}:${Account}:Distribution/${Id} */
  Distribution: "|,distribution|1",
  /** The Domain resource type: arn:${Partition}:lightsail:${Region}:${Account}:Domain/${Id} */
  Domain: "|,domain|1",
  /** The ExportSnapshotRecord resource type: arn:${Partition}:lightsail:${Region}:${Account}:ExportSnapshotRecord/${Id} */
  ExportSnapshotRecord: "|,exportSnapshotRecord|",
  /** The Instance resource type: arn:${Partition}:lightsail:${Region}:${Account}:Instance/${Id} */
  Instance: "|,instance|1",
  /** The InstanceSnapshot resource type: arn:${Partition}:lightsail:${Region}:${Account}:InstanceSnapshot/${Id} */
  InstanceSnapshot: "|,instanceSnapshot|1",
  /** The KeyPair resource type: arn:${Partition}:lightsail:${Region}:${Account}:KeyPair/${Id} */
  KeyPair: "|,keyPair|1",
  /** The LoadBalancer resource type: arn:${Partition}:lightsail:${Region}:${Account}:LoadBalancer/${Id} */
  LoadBalancer: "|,loadBalancer|1",
  /** The LoadBalancerTlsCertificate resource type: arn:${Partition}:lightsail:${Region}:${Account}:LoadBalancerTlsCertificate/${Id} */
  LoadBalancerTlsCertificate: "|,loadBalancerTlsCertificate|",
  /** The RelationalDatabase resource type: arn:${Partition}:lightsail:${Region}:${Account}:RelationalDatabase/${Id} */
  RelationalDatabase: "|,relationalDatabase|1",
  /** The RelationalDatabaseSnapshot resource type: arn:${Partition}:lightsail:${Region}:${Account}:RelationalDatabaseSnapshot/${Id} */
  RelationalDatabaseSnapshot: "|,relationalDatabaseSnapshot|1",
  /** The StaticIp resource type: arn:${Partition}:lightsail:${Region}:${Account}:StaticIp/${Id} */
  StaticIp: "|,staticIp|1",
} as const;
const arnFormats = {
  /** ARN of a Alarm resource: arn:${Partition}:lightsail:${Region}:${Account}:Alarm/${Id}. */
  alarm: "|,Alarm|arn:|Partition|:lightsail:|Region|:|Account|:Alarm/|Id|",
  /** ARN of a Bucket resource: arn:${Partition}:lightsail:${Region}:${Account}:Bucket/${Id}. */
  bucket: "|,Bucket|arn:|Partition|:lightsail:|Region|:|Account|:Bucket/|Id|",
  /** ARN of a Certificate resource: arn:${Partition}:lightsail:${Region}:${Account}:Certificate/${Id}. */
  certificate: "|,Certificate|arn:|Partition|:lightsail:|Region|:|Account|:Certificate/|Id|",
  /** ARN of a CloudFormationStackRecord resource: arn:${Partition}:lightsail:${Region}:${Account}:CloudFormationStackRecord/${Id}. */
  cloudFormationStackRecord:
    "|,CloudFormationStackRecord|arn:|Partition|:lightsail:|Region|:|Account|:CloudFormationStackRecord/|Id|",
  /** ARN of a ContactMethod resource: arn:${Partition}:lightsail:${Region}:${Account}:ContactMethod/${Id}. */
  contactMethod: "|,ContactMethod|arn:|Partition|:lightsail:|Region|:|Account|:ContactMethod/|Id|",
  /** ARN of a ContainerService resource: arn:${Partition}:lightsail:${Region}:${Account}:ContainerService/${Id}. */
  containerService: "|,ContainerService|arn:|Partition|:lightsail:|Region|:|Account|:ContainerService/|Id|",
  /** ARN of a Disk resource: arn:${Partition}:lightsail:${Region}:${Account}:Disk/${Id}. */
  disk: "|,Disk|arn:|Partition|:lightsail:|Region|:|Account|:Disk/|Id|",
  /** ARN of a DiskSnapshot resource: arn:${Partition}:lightsail:${Region}:${Account}:DiskSnapshot/${Id}. */
  diskSnapshot: "|,DiskSnapshot|arn:|Partition|:lightsail:|Region|:|Account|:DiskSnapshot/|Id|",
  /** ARN of a Distribution resource: arn:${Partition}:lightsail:${Region}:${Account}:Distribution/${Id}. */
  distribution: "|,Distribution|arn:|Partition|:lightsail:|Region|:|Account|:Distribution/|Id|",
  /** ARN of a Domain resource: arn:${Partition}:lightsail:${Region}:${Account}:Domain/${Id}. */
  domain: "|,Domain|arn:|Partition|:lightsail:|Region|:|Account|:Domain/|Id|",
  /** ARN of a ExportSnapshotRecord resource: arn:${Partition}:lightsail:${Region}:${Account}:ExportSnapshotRecord/${Id}. */
  exportSnapshotRecord: "|,ExportSnapshotRecord|arn:|Partition|:lightsail:|Region|:|Account|:ExportSnapshotRecord/|Id|",
  /** ARN of a Instance resource: arn:${Partition}:lightsail:${Region}:${Account}:Instance/${Id}. */
  instance: "|,Instance|arn:|Partition|:lightsail:|Region|:|Account|:Instance/|Id|",
  /** ARN of a InstanceSnapshot resource: arn:${Partition}:lightsail:${Region}:${Account}:InstanceSnapshot/${Id}. */
  instanceSnapshot: "|,InstanceSnapshot|arn:|Partition|:lightsail:|Region|:|Account|:InstanceSnapshot/|Id|",
  /** ARN of a KeyPair resource: arn:${Partition}:lightsail:${Region}:${Account}:KeyPair/${Id}. */
  keyPair: "|,KeyPair|arn:|Partition|:lightsail:|Region|:|Account|:KeyPair/|Id|",
  /** ARN of a LoadBalancer resource: arn:${Partition}:lightsail:${Region}:${Account}:LoadBalancer/${Id}. */
  loadBalancer: "|,LoadBalancer|arn:|Partition|:lightsail:|Region|:|Account|:LoadBalancer/|Id|",
  /** ARN of a LoadBalancerTlsCertificate resource: arn:${Partition}:lightsail:${Region}:${Account}:LoadBalancerTlsCertificate/${Id}. */
  loadBalancerTlsCertificate:
    "|,LoadBalancerTlsCertificate|arn:|Partition|:lightsail:|Region|:|Account|:LoadBalancerTlsCertificate/|Id|",
  /** ARN of a RelationalDatabase resource: arn:${Partition}:lightsail:${Region}:${Account}:RelationalDatabase/${Id}. */
  relationalDatabase: "|,RelationalDatabase|arn:|Partition|:lightsail:|Region|:|Account|:RelationalDatabase/|Id|",
  /** ARN of a RelationalDatabaseSnapshot resource: arn:${Partition}:lightsail:${Region}:${Account}:RelationalDatabaseSnapshot/${Id}. */
  relationalDatabaseSnapshot:
    "|,RelationalDatabaseSnapshot|arn:|Partition|:lightsail:|Region|:|Account|:RelationalDatabaseSnapshot/|Id|",
  /** ARN of a StaticIp resource: arn:${Partition}:lightsail:${Region}:${Account}:StaticIp/${Id}. */
  staticIp: "|,StaticIp|arn:|Partition|:lightsail:|Region|:|Account|:StaticIp/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Alarm",
  "Bucket",
  "Certificate",
  "CloudFormationStackRecord",
  "ContactMethod",
  "ContainerService",
  "Disk",
  "DiskSnapshot",
  "Distribution",
  "Domain",
  "ExportSnapshotRecord",
  "Instance",
  "InstanceSnapshot",
  "KeyPair",
  "LoadBalancer",
  "LoadBalancerTlsCertificate",
  "RelationalDatabase",
  "RelationalDatabaseSnapshot",
  "StaticIp",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "lightsail">;
/** Any lightsail action. */
export type Action = ActionOf<typeof actionFacts, "lightsail">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "lightsail">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "lightsail" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every lightsail action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "lightsail",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
