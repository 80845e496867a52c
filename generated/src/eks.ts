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
export const prefix: "eks" = "eks";
/** The service's name in the reference. */
export const serviceName: "Amazon Elastic Kubernetes Service" = "Amazon Elastic Kubernetes Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Elastic Kubernetes Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelastickubernetesservice.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "eks:accessEntryType",
  "eks:accessScope",
  "eks:authenticationMode",
  "eks:blockStorageEnabled",
  "eks:bootstrapClusterCreatorAdminPermissions",
  "eks:bootstrapSelfManagedAddons",
  "eks:clientId",
  "eks:clusterName",
  "eks:computeConfigEnabled",
  "eks:controlPlaneScalingTier",
  "eks:deletionProtection",
  "eks:elasticLoadBalancingEnabled",
  "eks:encryptionConfigProviderKeyArns",
  "eks:endpointPrivateAccess",
  "eks:endpointPublicAccess",
  "eks:issuerUrl",
  "eks:kubernetesGroups",
  "eks:kubernetesVersion",
  "eks:loggingType/${type}",
  "eks:namespaces",
  "eks:policyArn",
  "eks:principalArn",
  "eks:supportType",
  "eks:username",
  "eks:zonalShiftEnabled",
] as const;
const dependentActionList = ["eks:CreateAccessEntry", "eks:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to view Kubernetes objects via AWS EKS console. Access level: Read. Resources: cluster*. Permission only. https://docs.aws.amazon.com/eks/latest/userguide/view-workloads.html */
  AccessKubernetesApi: "R||1|4;1;|||",
  /** Grants permission to associate an Amazon EKS access policy to an Amazon EKS access entry. Access level: Write. Resources: access-entry*. https://docs.aws.amazon.com/eks/latest/APIReference/API_AssociateAccessPolicy.html */
  AssociateAccessPolicy: "W|||0;1;|4,22,23||;",
  /** Grants permission to associate encryption configuration to a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_AssociateEncryptionConfig.html */
  AssociateEncryptionConfig: "W|||4;1;|15||;",
  /** Grants permission to associate an identity provider configuration to a cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_AssociateIdentityProviderConfig.html */
  AssociateIdentityProviderConfig: "W|||4;1;|0,2,9,18|1|;",
  /** Grants permission to create an Amazon EKS access entry. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAccessEntry.html */
  CreateAccessEntry: "W|||4;1;|0,2,3,19,24,26|1,2|;,CreateCluster,UpdateClusterConfig",
  /** Grants permission to create an Amazon EKS add-on. Access level: Write. Resources: cluster*, podidentityassociation. https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAddon.html */
  CreateAddon: "W|||4;1;,10;0;|0,2|1,2|;",
  /** Grants permission to create a capability for an Amazon EKS cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCapability.html */
  CreateCapability: "W|||4;1;|0,2|1,2|;",
  /** Grants permission to create an Amazon EKS cluster. Access level: Write. https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html */
  CreateCluster: "W||||0,2,5,6,7,8,11,12,13,14,15,16,17,20,21,25,27|0,1,2|;",
  /** Grants permission to create an EKS Anywhere subscription. Access level: Write. https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateEksAnywhereSubscription.html */
  CreateEksAnywhereSubscription: "W||||0,2|1|;",
  /** Grants permission to create an AWS Fargate profile. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateFargateProfile.html */
  CreateFargateProfile: "W|||4;1;|0,2|1,2|;",
  /** Grants permission to create an Amazon EKS Nodegroup. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html */
  CreateNodegroup: "W|||4;1;|0,2|1,2|;",
  /** Grants permission to create an EKS Pod Identity association. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_CreatePodIdentityAssociation.html */
  CreatePodIdentityAssociation: "W|||4;1;|0,2|1,2|;",
  /** Grants permission to delete an Amazon EKS access entry. Access level: Write. Resources: access-entry*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteAccessEntry.html */
  DeleteAccessEntry: "W|||0;1;|||;",
  /** Grants permission to delete an Amazon EKS add-on. Access level: Write. Resources: addon*, podidentityassociation. https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteAddon.html */
  DeleteAddon: "W|||2;1;,10;0;|||;",
  /** Grants permission to delete a capability from an Amazon EKS cluster. Access level: Write. Resources: capability*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteCapability.html */
  DeleteCapability: "W|||3;1;|||;",
  /** Grants permission to delete an Amazon EKS cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteCluster.html */
  DeleteCluster: "W|||4;1;|||;",
  /** Grants permission to describe an EKS Anywhere subscription. Access level: Write. Resources: eks-anywhere-subscription*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteEksAnywhereSubscription.html */
  DeleteEksAnywhereSubscription: "W|||6;1;|||;",
  /** Grants permission to delete an AWS Fargate profile. Access level: Write. Resources: fargateprofile*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteFargateProfile.html */
  DeleteFargateProfile: "W|||7;1;|||;",
  /** Grants permission to delete an Amazon EKS Nodegroup. Access level: Write. Resources: nodegroup*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteNodegroup.html */
  DeleteNodegroup: "W|||9;1;|||;",
  /** Grants permission to delete an EKS Pod Identity association. Access level: Write. Resources: podidentityassociation*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DeletePodIdentityAssociation.html */
  DeletePodIdentityAssociation: "W|||10;1;|||;",
  /** Grants permission to deregister an External cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DeregisterCluster.html */
  DeregisterCluster: "W|||4;1;|||;",
  /** Grants permission to describe an Amazon EKS access entry. Access level: Read. Resources: access-entry*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAccessEntry.html */
  DescribeAccessEntry: "R|||0;1;|||;",
  /** Grants permission to retrieve descriptive information about an Amazon EKS add-on. Access level: Read. Resources: addon*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddon.html */
  DescribeAddon: "R|||2;1;|||;",
  /** Grants permission to list configuration options about an Amazon EKS add-on. Access level: Read. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonConfiguration.html */
  DescribeAddonConfiguration: "R||||||;",
  /** Grants permission to retrieve descriptive version information about the add-ons that Amazon EKS Add-ons supports. Access level: Read. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAddonVersions.html */
  DescribeAddonVersions: "R||||||;",
  /** Grants permission to describe a capability for an Amazon EKS cluster. Access level: Read. Resources: capability*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeCapability.html */
  DescribeCapability: "R|||3;1;|||;",
  /** Grants permission to retrieve descriptive information about an Amazon EKS cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeCluster.html */
  DescribeCluster: "R|||4;1;|||;",
  /** Grants permission to retrieve descriptive information about Kubernetes versions that Amazon EKS clusters support. Access level: Read. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeClusterVersions.html */
  DescribeClusterVersions: "R||||||;",
  /** Grants permission to describe an EKS Anywhere subscription. Access level: Read. Resources: eks-anywhere-subscription*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeEksAnywhereSubscription.html */
  DescribeEksAnywhereSubscription: "R|||6;1;|||;",
  /** Grants permission to retrieve descriptive information about an AWS Fargate profile associated with a cluster. Access level: Read. Resources: fargateprofile*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeFargateProfile.html */
  DescribeFargateProfile: "R|||7;1;|||;",
  /** Grants permission to retrieve descriptive information about an Idp config associated with a cluster. Access level: Read. Resources: identityproviderconfig*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeIdentityProviderConfig.html */
  DescribeIdentityProviderConfig: "R|||8;1;|||;",
  /** Grants permission to retrieve descriptive information of a detected insight for a specified cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeInsight.html */
  DescribeInsight: "R|||4;1;|||;",
  /** Grants permission to retrieve the status of the latest on-demand cluster insights refresh operation. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeInsightsRefresh.html */
  DescribeInsightsRefresh: "R|||4;1;|||;",
  /** Grants permission to retrieve descriptive information about an Amazon EKS nodegroup. Access level: Read. Resources: nodegroup*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeNodegroup.html */
  DescribeNodegroup: "R|||9;1;|||;",
  /** Grants permission to describe an EKS Pod Identity association. Access level: Read. Resources: podidentityassociation*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribePodIdentityAssociation.html */
  DescribePodIdentityAssociation: "R|||10;1;|||;",
  /** Grants permission to retrieve a given update for a given Amazon EKS cluster/nodegroup/add-on (in the specified or default region). Access level: Read. Resources: addon, capability, cluster*, nodegroup. https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeUpdate.html */
  DescribeUpdate: "R|||2;0;,3;0;,4;1;,9;0;|||;",
  /** Grants permission to disassociate an Amazon EKS access policy from an Amazon EKS acces entry. Access level: Write. Resources: access-entry*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DisassociateAccessPolicy.html */
  DisassociateAccessPolicy: "W|||0;1;|4,22,23||;",
  /** Grants permission to delete an asssociated Idp config. Access level: Write. Resources: identityproviderconfig*. https://docs.aws.amazon.com/eks/latest/APIReference/API_DisassociateIdentityProviderConfig.html */
  DisassociateIdentityProviderConfig: "W|||8;1;|||;",
  /** Grants permission to list all Amazon EKS access entries. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAccessEntries.html */
  ListAccessEntries: "L|||4;1;|||;",
  /** Grants permission to list Amazon EKS access policies. Access level: List. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAccessPolicies.html */
  ListAccessPolicies: "L||||||;",
  /** Grants permission to list the Amazon EKS add-ons in your AWS account (in the specified or default region) for a given cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html */
  ListAddons: "L|||4;1;|||;",
  /** Grants permission to list associated access policy on and Amazon EKS access entry. Access level: List. Resources: access-entry*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAssociatedAccessPolicies.html */
  ListAssociatedAccessPolicies: "L|||0;1;|||;",
  /** Grants permission to list capabilities for an Amazon EKS cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListCapabilities.html */
  ListCapabilities: "L|||4;1;|||;",
  /** Grants permission to list the Amazon EKS clusters in your AWS account (in the specified or default region). Access level: List. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListClusters.html */
  ListClusters: "L||||||;",
  /** Grants permission to list dashboard data. The Amazon EKS Dashboard aggregates information about cluster resources across multiple accounts and regions. The dashboard includes information about EC2 Instances and EKS Cluster versions. Access level: Read. Resources: dashboard*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListDashboardData.html */
  ListDashboardData: "R|||5;1;|||",
  /** Grants permission to list dashboard resources. The Amazon EKS Dashboard aggregates information about cluster resources across multiple accounts and regions. The dashboard includes information about EC2 Instances and EKS Cluster versions. Access level: Read. Resources: dashboard*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListDashboardResources.html */
  ListDashboardResources: "R|||5;1;|||",
  /** Grants permission to list EKS Anywhere subscriptions. Access level: List. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListEksAnywhereSubscriptions.html */
  ListEksAnywhereSubscriptions: "L||||||;",
  /** Grants permission to list the AWS Fargate profiles in your AWS account (in the specified or default region) associated with a given cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListFargateProfiles.html */
  ListFargateProfiles: "L|||4;1;|||;",
  /** Grants permission to list the Idp configs in your AWS account (in the specified or default region) associated with a given cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListIdentityProviderConfigs.html */
  ListIdentityProviderConfigs: "L|||4;1;|||;",
  /** Grants permission to list all detected insights for a specified cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListInsights.html */
  ListInsights: "L|||4;1;|||;",
  /** Grants permission to list the Amazon EKS nodegroups in your AWS account (in the specified or default region) attached to given cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListNodegroups.html */
  ListNodegroups: "L|||4;1;|||;",
  /** Grants permission to list EKS Pod Identity associations. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListPodIdentityAssociations.html */
  ListPodIdentityAssociations: "L|||4;1;|||;",
  /** Grants permission to list tags for the specified resource. Access level: Read. Resources: addon, capability, cluster, dashboard, eks-anywhere-subscription, fargateprofile, identityproviderconfig, nodegroup. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|||;",
  /** Grants permission to list the updates for a given Amazon EKS cluster/nodegroup/add-on (in the specified or default region). Access level: List. Resources: addon, capability, cluster*, nodegroup. https://docs.aws.amazon.com/eks/latest/APIReference/API_ListUpdates.html */
  ListUpdates: "L|||2;0;,3;0;,4;1;,9;0;|||;",
  /** Grants permission to modify Kubernetes objects via AWS console. Access level: Write. Resources: cluster*. Permission only. https://docs.aws.amazon.com/eks/latest/userguide/mutate-workloads.html */
  MutateViaKubernetesApi: "W||1|4;1;||eks:AccessKubernetesApi|",
  /** Grants permission to register an External cluster. Access level: Write. https://docs.aws.amazon.com/eks/latest/APIReference/API_RegisterCluster.html */
  RegisterCluster: "W||||0,2|1,2|;",
  /** Grants permission to initiate an on-demand refresh operation for cluster insights, getting the latest analysis outside of the standard refresh schedule. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_StartInsightsRefresh.html */
  StartInsightsRefresh: "W|||4;1;|||;",
  /** Grants permission to tag the specified resource. Access level: Tagging. Resources: access-entry, addon, capability, cluster, dashboard, eks-anywhere-subscription, fargateprofile, identityproviderconfig, nodegroup, podidentityassociation. https://docs.aws.amazon.com/eks/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|0,2||AssociateIdentityProviderConfig,CreateAccessEntry,CreateAddon,CreateCapability,CreateCluster,CreateEksAnywhereSubscription,CreateFargateProfile,CreateNodegroup,CreatePodIdentityAssociation,RegisterCluster,;",
  /** Grants permission to untag the specified resource. Access level: Tagging. Resources: access-entry, addon, capability, cluster, dashboard, eks-anywhere-subscription, fargateprofile, identityproviderconfig, nodegroup, podidentityassociation. https://docs.aws.amazon.com/eks/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|2||;",
  /** Grants permission to update an Amazon EKS access entry. Access level: Write. Resources: access-entry*. https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateAccessEntry.html */
  UpdateAccessEntry: "W|||0;1;|||;",
  /** Grants permission to update Amazon EKS add-on configurations, such as the VPC-CNI version. Access level: Write. Resources: addon*, podidentityassociation. https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateAddon.html */
  UpdateAddon: "W|||2;1;,10;0;||2|;",
  /** Grants permission to update a capability for an Amazon EKS cluster. Access level: Write. Resources: capability*. https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateCapability.html */
  UpdateCapability: "W|||3;1;||2|;",
  /** Grants permission to update Amazon EKS cluster configurations (eg: API server endpoint access). Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateClusterConfig.html */
  UpdateClusterConfig: "W|||4;1;|5,6,11,12,13,14,16,17,21,25,27|0,2|;",
  /** Grants permission to update the Kubernetes version of an Amazon EKS cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateClusterVersion.html */
  UpdateClusterVersion: "W|||4;1;|20||;",
  /** Grants permission to update an EKS Anywhere subscription. Access level: Write. Resources: eks-anywhere-subscription*. https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateEksAnywhereSubscription.html */
  UpdateEksAnywhereSubscription: "W|||6;1;|||;",
  /** Grants permission to update Amazon EKS nodegroup configurations (eg: min/max/desired capacity or labels). Access level: Write. Resources: nodegroup*. https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateNodegroupConfig.html */
  UpdateNodegroupConfig: "W|||9;1;|||;",
  /** Grants permission to update the Kubernetes version of an Amazon EKS nodegroup. Access level: Write. Resources: nodegroup*. https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateNodegroupVersion.html */
  UpdateNodegroupVersion: "W|||9;1;|||;",
  /** Grants permission to update an EKS Pod Identity association. Access level: Write. Resources: podidentityassociation*. https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdatePodIdentityAssociation.html */
  UpdatePodIdentityAssociation: "W|||10;1;||2|;",
} as const;
const actionDetails = {
  AccessKubernetesApi: "|,;~|Grants permission to view Kubernetes objects via AWS EKS console",
  AssociateAccessPolicy:
    "|,;~~~|Grants permission to associate an Amazon EKS access policy to an Amazon EKS access entry",
  AssociateEncryptionConfig: "|,;~~~|Grants permission to associate encryption configuration to a cluster",
  AssociateIdentityProviderConfig:
    "|,;~~~|Grants permission to associate an identity provider configuration to a cluster",
  CreateAccessEntry: "|,;~~~,~~,~~|Grants permission to create an Amazon EKS access entry",
  CreateAddon: "|,;~~~|Grants permission to create an Amazon EKS add-on",
  CreateCapability: "|,;~~~|Grants permission to create a capability for an Amazon EKS cluster",
  CreateCluster: "|,;~~~|Grants permission to create an Amazon EKS cluster",
  CreateEksAnywhereSubscription: "|,;~~~|Grants permission to create an EKS Anywhere subscription",
  CreateFargateProfile: "|,;~~~|Grants permission to create an AWS Fargate profile",
  CreateNodegroup: "|,;~~~|Grants permission to create an Amazon EKS Nodegroup",
  CreatePodIdentityAssociation: "|,;~~~|Grants permission to create an EKS Pod Identity association",
  DeleteAccessEntry: "|,;~~~|Grants permission to delete an Amazon EKS access entry",
  DeleteAddon: "|,;~~~|Grants permission to delete an Amazon EKS add-on",
  DeleteCapability: "|,;~~~|Grants permission to delete a capability from an Amazon EKS cluster",
  DeleteCluster: "|,;~~~|Grants permission to delete an Amazon EKS cluster",
  DeleteEksAnywhereSubscription: "|,;~~~|Grants permission to describe an EKS Anywhere subscription",
  DeleteFargateProfile: "|,;~~~|Grants permission to delete an AWS Fargate profile",
  DeleteNodegroup: "|,;~~~|Grants permission to delete an Amazon EKS Nodegroup",
  DeletePodIdentityAssociation: "|,;~~~|Grants permission to delete an EKS Pod Identity association",
  DeregisterCluster: "|,;~~~|Grants permission to deregister an External cluster",
  DescribeAccessEntry: "|,;~~~|Grants permission to describe an Amazon EKS access entry",
  DescribeAddon: "|,;~~~|Grants permission to retrieve descriptive information about an Amazon EKS add-on",
  DescribeAddonConfiguration: "|,;~~~|Grants permission to list configuration options about an Amazon EKS add-on",
  DescribeAddonVersions:
    "|,;~~~|Grants permission to retrieve descriptive version information about the add-ons that Amazon EKS Add-ons supports",
  DescribeCapability: "|,;~~~|Grants permission to describe a capability for an Amazon EKS cluster",
  DescribeCluster: "|,;~~~|Grants permission to retrieve descriptive information about an Amazon EKS cluster",
  DescribeClusterVersions:
    "|,;~~~|Grants permission to retrieve descriptive information about Kubernetes versions that Amazon EKS clusters support",
  DescribeEksAnywhereSubscription: "|,;~~~|Grants permission to describe an EKS Anywhere subscription",
  DescribeFargateProfile:
    "|,;~~~|Grants permission to retrieve descriptive information about an AWS Fargate profile associated with a cluster",
  DescribeIdentityProviderConfig:
    "|,;~~~|Grants permission to retrieve descriptive information about an Idp config associated with a cluster",
  DescribeInsight:
    "|,;~~~|Grants permission to retrieve descriptive information of a detected insight for a specified cluster",
  DescribeInsightsRefresh:
    "|,;~~~|Grants permission to retrieve the status of the latest on-demand cluster insights refresh operation",
  DescribeNodegroup: "|,;~~~|Grants permission to retrieve descriptive information about an Amazon EKS nodegroup",
  DescribePodIdentityAssociation: "|,;~~~|Grants permission to describe an EKS Pod Identity association",
  DescribeUpdate:
    "|,;~~~|Grants permission to retrieve a given update for a given Amazon EKS cluster/nodegroup/add-on (in the specified or default region)",
  DisassociateAccessPolicy:
    "|,;~~~|Grants permission to disassociate an Amazon EKS access policy from an Amazon EKS acces entry",
  DisassociateIdentityProviderConfig: "|,;~~~|Grants permission to delete an asssociated Idp config",
  ListAccessEntries: "|,;~~~|Grants permission to list all Amazon EKS access entries",
  ListAccessPolicies: "|,;~~~|Grants permission to list Amazon EKS access policies",
  ListAddons:
    "|,;~~~|Grants permission to list the Amazon EKS add-ons in your AWS account (in the specified or default region) for a given cluster",
  ListAssociatedAccessPolicies:
    "|,;~~~|Grants permission to list associated access policy on and Amazon EKS access entry",
  ListCapabilities: "|,;~~~|Grants permission to list capabilities for an Amazon EKS cluster",
  ListClusters:
    "|,;~~~|Grants permission to list the Amazon EKS clusters in your AWS account (in the specified or default region)",
  ListDashboardData:
    "|,;~|Grants permission to list dashboard data. The Amazon EKS Dashboard aggregates information about cluster resources across multiple accounts and regions. The dashboard includes information about EC2 Instances and EKS Cluster versions",
  ListDashboardResources:
    "|,;~|Grants permission to list dashboard resources. The Amazon EKS Dashboard aggregates information about cluster resources across multiple accounts and regions. The dashboard includes information about EC2 Instances and EKS Cluster versions",
  ListEksAnywhereSubscriptions: "|,;~~~|Grants permission to list EKS Anywhere subscriptions",
  ListFargateProfiles:
    "|,;~~~|Grants permission to list the AWS Fargate profiles in your AWS account (in the specified or default region) associated with a given cluster",
  ListIdentityProviderConfigs:
    "|,;~~~|Grants permission to list the Idp configs in your AWS account (in the specified or default region) associated with a given cluster",
  ListInsights: "|,;~~~|Grants permission to list all detected insights for a specified cluster",
  ListNodegroups:
    "|,;~~~|Grants permission to list the Amazon EKS nodegroups in your AWS account (in the specified or default region) attached to given cluster",
  ListPodIdentityAssociations: "|,;~~~|Grants permission to list EKS Pod Identity associations",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for the specified resource",
  ListUpdates:
    "|,;~~~|Grants permission to list the updates for a given Amazon EKS cluster/nodegroup/add-on (in the specified or default region)",
  MutateViaKubernetesApi: "|,;~|Grants permission to modify Kubernetes objects via AWS console",
  RegisterCluster: "|,;~~~|Grants permission to register an External cluster",
  StartInsightsRefresh:
    "|,;~~~|Grants permission to initiate an on-demand refresh operation for cluster insights, getting the latest analysis outside of the standard refresh schedule",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag the specified resource",
  UntagResource: "|,;~~~|Grants permission to untag the specified resource",
  UpdateAccessEntry: "|,;~~~|Grants permission to update an Amazon EKS access entry",
  UpdateAddon: "|,;~~~|Grants permission to update Amazon EKS add-on configurations, such as the VPC-CNI version",
  UpdateCapability: "|,;~~~|Grants permission to update a capability for an Amazon EKS cluster",
  UpdateClusterConfig:
    "|,;~~~|Grants permission to update Amazon EKS cluster configurations (eg: API server endpoint access)",
  UpdateClusterVersion: "|,;~~~|Grants permission to update the Kubernetes version of an Amazon EKS cluster",
  UpdateEksAnywhereSubscription: "|,;~~~|Grants permission to update an EKS Anywhere subscription",
  UpdateNodegroupConfig:
    "|,;~~~|Grants permission to update Amazon EKS nodegroup configurations (eg: min/max/desired capacity or labels)",
  UpdateNodegroupVersion: "|,;~~~|Grants permission to update the Kubernetes version of an Amazon EKS nodegroup",
  UpdatePodIdentityAssociation: "|,;~~~|Grants permission to update an EKS Pod Identity association",
};
const resourceTypeFacts = {
  /** The access-entry resource type: arn:${Partition}:eks:${Region}:${Account}:access-entry/${ClusterName}/${IamIdentityType}/${IamIdentityAccountID}/${IamIdentityName}/${UUID} */
  "access-entry": "|,accessEntry|1,3,10,19,24,26",
  /** The access-policy resource type: arn:${Partition}:eks::aws:cluster-access-policy/${AccessPolicyName} */
  "access-policy": "|,accessPolicy|",
  /** The addon resource type: arn:${Partition}:eks:${Region}:${Account}:addon/${ClusterName}/${AddonName}/${UUID} */
  addon: "|,|1",
  /** The capability resource type: arn:${Partition}:eks:${Region}:${Account}:capability/${ClusterName}/${CapabilityType}/${CapabilityName}/${UUID} */
  capability: "|,|1",
  /** The cluster resource type: arn:${Partition}:eks:${Region}:${Account}:cluster/${ClusterName} */
  cluster: "|,|1",
  /** The dashboard resource type: arn:${Partition}:eks:${Region}:${Account}:dashboard/${DashboardName} */
  dashboard: "|,|1",
  /** The eks-anywhere-subscription resource type: arn:${Partition}:eks:${Region}:${Account}:eks-anywhere-subscription/${UUID} */
  "eks-anywhere-subscription": "|,eksAnywhereSubscription|1",
  /** The fargateprofile resource type: arn:${Partition}:eks:${Region}:${Account}:fargateprofile/${ClusterName}/${FargateProfileName}/${UUID} */
  fargateprofile: "|,|1",
  /** The identityproviderconfig resource type: arn:${Partition}:eks:${Region}:${Account}:identityproviderconfig/${ClusterName}/${IdentityProviderType}/${IdentityProviderConfigName}/${UUID} */
  identityproviderconfig: "|,|1",
  /** The nodegroup resource type: arn:${Partition}:eks:${Region}:${Account}:nodegroup/${ClusterName}/${NodegroupName}/${UUID} */
  nodegroup: "|,|1",
  /** The podidentityassociation resource type: arn:${Partition}:eks:${Region}:${Account}:podidentityassociation/${ClusterName}/${UUID} */
  podidentityassociation: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a access-entry resource: arn:${Partition}:eks:${Region}:${Account}:access-entry/${ClusterName}/${IamIdentityType}/${IamIdentityAccountID}/${IamIdentityName}/${UUID}. */
  accessEntry:
    "|,access-entry|arn:|Partition|:eks:|Region|:|Account|:access-entry/|ClusterName|/|IamIdentityType|/|IamIdentityAccountID,iamIdentityAccountId|/|IamIdentityName|/|UUID,uuid|",
  /** ARN of a access-policy resource: arn:${Partition}:eks::aws:cluster-access-policy/${AccessPolicyName}. */
  accessPolicy: "|,access-policy|arn:|Partition|:eks::aws:cluster-access-policy/|AccessPolicyName|",
  /** ARN of a addon resource: arn:${Partition}:eks:${Region}:${Account}:addon/${ClusterName}/${AddonName}/${UUID}. */
  addon: "|,addon|arn:|Partition|:eks:|Region|:|Account|:addon/|ClusterName|/|AddonName|/|UUID,uuid|",
  /** ARN of a capability resource: arn:${Partition}:eks:${Region}:${Account}:capability/${ClusterName}/${CapabilityType}/${CapabilityName}/${UUID}. */
  capability:
    "|,capability|arn:|Partition|:eks:|Region|:|Account|:capability/|ClusterName|/|CapabilityType|/|CapabilityName|/|UUID,uuid|",
  /** ARN of a cluster resource: arn:${Partition}:eks:${Region}:${Account}:cluster/${ClusterName}. */
  cluster: "|,cluster|arn:|Partition|:eks:|Region|:|Account|:cluster/|ClusterName|",
  /** ARN of a dashboard resource: arn:${Partition}:eks:${Region}:${Account}:dashboard/${DashboardName}. */
  dashboard: "|,dashboard|arn:|Partition|:eks:|Region|:|Account|:dashboard/|DashboardName|",
  /** ARN of a eks-anywhere-subscription resource: arn:${Partition}:eks:${Region}:${Account}:eks-anywhere-subscription/${UUID}. */
  eksAnywhereSubscription:
    "|,eks-anywhere-subscription|arn:|Partition|:eks:|Region|:|Account|:eks-anywhere-subscription/|UUID,uuid|",
  /** ARN of a fargateprofile resource: arn:${Partition}:eks:${Region}:${Account}:fargateprofile/${ClusterName}/${FargateProfileName}/${UUID}. */
  fargateprofile:
    "|,fargateprofile|arn:|Partition|:eks:|Region|:|Account|:fargateprofile/|ClusterName|/|FargateProfileName|/|UUID,uuid|",
  /** ARN of a identityproviderconfig resource: arn:${Partition}:eks:${Region}:${Account}:identityproviderconfig/${ClusterName}/${IdentityProviderType}/${IdentityProviderConfigName}/${UUID}. */
  identityproviderconfig:
    "|,identityproviderconfig|arn:|Partition|:eks:|Region|:|Account|:identityproviderconfig/|ClusterName|/|IdentityProviderType|/|IdentityProviderConfigName|/|UUID,uuid|",
  /** ARN of a nodegroup resource: arn:${Partition}:eks:${Region}:${Account}:nodegroup/${ClusterName}/${NodegroupName}/${UUID}. */
  nodegroup: "|,nodegroup|arn:|Partition|:eks:|Region|:|Account|:nodegroup/|ClusterName|/|NodegroupName|/|UUID,uuid|",
  /** ARN of a podidentityassociation resource: arn:${Partition}:eks:${Region}:${Account}:podidentityassociation/${ClusterName}/${UUID}. */
  podidentityassociation:
    "|,podidentityassociation|arn:|Partition|:eks:|Region|:|Account|:podidentityassociation/|ClusterName|/|UUID,uuid|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "access-entry",
  "access-policy",
  "addon",
  "capability",
  "cluster",
  "dashboard",
  "eks-anywhere-subscription",
  "fargateprofile",
  "identityproviderconfig",
  "nodegroup",
  "podidentityassociation",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "eks">;
/** Any eks action. */
export type Action = ActionOf<typeof actionFacts, "eks">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "eks">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "eks" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every eks action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a key that is present in the request the user makes to the EKS service. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the cluster logging enabled and type parameter in the create / update cluster request. */
  [key: `eks:loggingType/${string}`]: "Bool";
  /** Filters access by the list of all the tag key names present in the request the user makes to the EKS service. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the access entry type present in the access entry requests the user makes to the EKS service. */
  "eks:accessEntryType": "String";
  /** Filters access by the accessScope present in the associate / disassociate access policy requests the user makes to the EKS service. */
  "eks:accessScope": "String";
  /** Filters access by the authenticationMode present in the create / update cluster request. */
  "eks:authenticationMode": "String";
  /** Filters access by the block storage enabled parameter in the create / update cluster request. */
  "eks:blockStorageEnabled": "Bool";
  /** Filters access by the bootstrapClusterCreatorAdminPermissions present in the create cluster request. */
  "eks:bootstrapClusterCreatorAdminPermissions": "Bool";
  /** Filters access by the bootstrapSelfManagedAddons present in the create cluster request. */
  "eks:bootstrapSelfManagedAddons": "Bool";
  /** Filters access by the clientId present in the associateIdentityProviderConfig request the user makes to the EKS service. */
  "eks:clientId": "String";
  /** Filters access by the clusterName present in the access entry requests the user makes to the EKS service. */
  "eks:clusterName": "String";
  /** Filters access by the compute config enabled parameter in the create / update cluster request. */
  "eks:computeConfigEnabled": "Bool";
  /** Filters access by the control plane scaling tier in the create / update cluster request. */
  "eks:controlPlaneScalingTier": "String";
  /** Filters access by the deletion protection setting in the create / update cluster request. */
  "eks:deletionProtection": "Bool";
  /** Filters access by the elastic load balancing enabled parameter in the create / update cluster request. */
  "eks:elasticLoadBalancingEnabled": "Bool";
  /** Filters access by the KMS key ARNs in the create cluster / Associate Encryption Config request. */
  "eks:encryptionConfigProviderKeyArns": "ArrayOfARN";
  /** Filters access by the endpoint private access setting in the create / update cluster request. */
  "eks:endpointPrivateAccess": "Bool";
  /** Filters access by the endpoint public access setting in the create / update cluster request. */
  "eks:endpointPublicAccess": "Bool";
  /** Filters access by the issuerUrl present in the associateIdentityProviderConfig request the user makes to the EKS service. */
  "eks:issuerUrl": "String";
  /** Filters access by the kubernetesGroups present in the access entry requests the user makes to the EKS service. */
  "eks:kubernetesGroups": "ArrayOfString";
  /** Filters access by the Kubernetes version in the create cluster/ update cluster version request. */
  "eks:kubernetesVersion": "String";
  /** Filters access by the namespaces present in the associate / disassociate access policy requests the user makes to the EKS service. */
  "eks:namespaces": "ArrayOfString";
  /** Filters access by the policyArn present in the access entry requests the user makes to the EKS service. */
  "eks:policyArn": "ARN";
  /** Filters access by the principalArn present in the access entry requests requests the user makes to the EKS service. */
  "eks:principalArn": "ARN";
  /** Filters access by the supportType present in the create / update cluster request. */
  "eks:supportType": "String";
  /** Filters access by the Kubernetes username present in the access entry requests the user makes to the EKS service. */
  "eks:username": "String";
  /** Filters access by the zonal shift enabled setting in the create / update cluster request. */
  "eks:zonalShiftEnabled": "Bool";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** eks:loggingType/${type} */
  "eks:loggingType/${type}": `eks:loggingType/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by a key that is present in the request the user makes to the EKS service",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the list of all the tag key names present in the request the user makes to the EKS service",
  "eks:accessEntryType":
    "|,String|0||Filters access by the access entry type present in the access entry requests the user makes to the EKS service",
  "eks:accessScope":
    "|,String|0||Filters access by the accessScope present in the associate / disassociate access policy requests the user makes to the EKS service",
  "eks:authenticationMode":
    "|,String|0||Filters access by the authenticationMode present in the create / update cluster request",
  "eks:blockStorageEnabled":
    "|,Bool|0||Filters access by the block storage enabled parameter in the create / update cluster request",
  "eks:bootstrapClusterCreatorAdminPermissions":
    "|,Bool|0||Filters access by the bootstrapClusterCreatorAdminPermissions present in the create cluster request",
  "eks:bootstrapSelfManagedAddons":
    "|,Bool|0||Filters access by the bootstrapSelfManagedAddons present in the create cluster request",
  "eks:clientId":
    "|,String|0||Filters access by the clientId present in the associateIdentityProviderConfig request the user makes to the EKS service",
  "eks:clusterName":
    "|,String|0||Filters access by the clusterName present in the access entry requests the user makes to the EKS service",
  "eks:computeConfigEnabled":
    "|,Bool|0||Filters access by the compute config enabled parameter in the create / update cluster request",
  "eks:controlPlaneScalingTier":
    "|,String|0||Filters access by the control plane scaling tier in the create / update cluster request",
  "eks:deletionProtection":
    "|,Bool|0||Filters access by the deletion protection setting in the create / update cluster request",
  "eks:elasticLoadBalancingEnabled":
    "|,Bool|0||Filters access by the elastic load balancing enabled parameter in the create / update cluster request",
  "eks:encryptionConfigProviderKeyArns":
    "|,ArrayOfARN|0||Filters access by the KMS key ARNs in the create cluster / Associate Encryption Config request",
  "eks:endpointPrivateAccess":
    "|,Bool|0||Filters access by the endpoint private access setting in the create / update cluster request",
  "eks:endpointPublicAccess":
    "|,Bool|0||Filters access by the endpoint public access setting in the create / update cluster request",
  "eks:issuerUrl":
    "|,String|0||Filters access by the issuerUrl present in the associateIdentityProviderConfig request the user makes to the EKS service",
  "eks:kubernetesGroups":
    "|,ArrayOfString|0||Filters access by the kubernetesGroups present in the access entry requests the user makes to the EKS service",
  "eks:kubernetesVersion":
    "|,String|0||Filters access by the Kubernetes version in the create cluster/ update cluster version request",
  "eks:loggingType/${type}":
    "|,Bool|0||Filters access by the cluster logging enabled and type parameter in the create / update cluster request",
  "eks:namespaces":
    "|,ArrayOfString|0||Filters access by the namespaces present in the associate / disassociate access policy requests the user makes to the EKS service",
  "eks:policyArn":
    "|,ARN|0||Filters access by the policyArn present in the access entry requests the user makes to the EKS service",
  "eks:principalArn":
    "|,ARN|0||Filters access by the principalArn present in the access entry requests requests the user makes to the EKS service",
  "eks:supportType": "|,String|0||Filters access by the supportType present in the create / update cluster request",
  "eks:username":
    "|,String|0||Filters access by the Kubernetes username present in the access entry requests the user makes to the EKS service",
  "eks:zonalShiftEnabled":
    "|,Bool|0||Filters access by the zonal shift enabled setting in the create / update cluster request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "eks",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
