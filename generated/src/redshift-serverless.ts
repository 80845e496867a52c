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
export const prefix: "redshift-serverless" = "redshift-serverless";
/** The service's name in the reference. */
export const serviceName: "Amazon Redshift Serverless" = "Amazon Redshift Serverless";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Redshift Serverless",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonredshiftserverless.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "redshift-serverless:endpointAccessId",
  "redshift-serverless:managedWorkgroupName",
  "redshift-serverless:namespaceId",
  "redshift-serverless:recoveryPointId",
  "redshift-serverless:snapshotId",
  "redshift-serverless:tableRestoreRequestId",
  "redshift-serverless:workgroupId",
] as const;
const dependentActionList = [
  "acm:DescribeCertificate",
  "iam:PassRole",
  "kms:CreateGrant",
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:GenerateDataKey",
  "kms:RetireGrant",
  "redshift-serverless:CreateSnapshot",
  "redshift-serverless:TagResource",
  "secretsmanager:CreateSecret",
  "secretsmanager:DeleteSecret",
  "secretsmanager:DescribeSecret",
  "secretsmanager:GetRandomPassword",
  "secretsmanager:RotateSecret",
  "secretsmanager:TagResource",
  "secretsmanager:UpdateSecret",
] as const;
const actionFacts = {
  /** Grants permission to convert a recovery point to a snapshot. Access level: Write. Resources: recoveryPoint*, snapshot*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ConvertRecoveryPointToSnapshot.html */
  ConvertRecoveryPointToSnapshot: "W|||3;1;,4;1;|0,2|8|;",
  /** Grants permission to create a custom domain association in Amazon Redshift Serverless. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateCustomDomainAssociation.html */
  CreateCustomDomainAssociation: "W|||5;1;||0|;",
  /** Grants permission to create an Amazon Redshift Serverless managed VPC endpoint. Access level: Write. Resources: endpointAccess*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html */
  CreateEndpointAccess: "W|||0;1;|||;",
  /** Grants permission to create an Amazon Redshift Serverless namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html */
  CreateNamespace: "W|||2;1;|0,2|1,2,3,4,5,6,8,9,10,11,12,13,14,15|;",
  /** Grants permission to purchase a capacity reservation according to a specific reservation offering, for a specified number of RPUs. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateReservation.html */
  CreateReservation: "W||||||;",
  /** Grants permission to create a scheduled action for a specified Amazon Redshift Serverless namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateScheduledAction.html */
  CreateScheduledAction: "W|||2;1;||1,7|;",
  /** Grants permission to create a snapshot of all databases in a namespace. Access level: Write. Resources: namespace*, snapshot*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateSnapshot.html */
  CreateSnapshot: "W|||2;1;,4;1;|0,2|8|CreateScheduledAction,;,UpdateScheduledAction",
  /** Grants permission to create a snapshot copy configuration for a specified Amazon Redshift Serverless namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateSnapshotCopyConfiguration.html */
  CreateSnapshotCopyConfiguration: "W|||2;1;|||;",
  /** Grants permission to create a usage limit for a specified Amazon Redshift Serverless usage type. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateUsageLimit.html */
  CreateUsageLimit: "W||||||;",
  /** Grants permission to create a workgroup in Amazon Redshift Serverless. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateWorkgroup.html */
  CreateWorkgroup: "W|||5;1;|0,2|8|;",
  /** Grants permission to delete a custom domain association. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteCustomDomainAssociation.html */
  DeleteCustomDomainAssociation: "W|||5;1;|||;",
  /** Grants permission to delete an Amazon Redshift Serverless managed VPC endpoint. Access level: Write. Resources: endpointAccess*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteEndpointAccess.html */
  DeleteEndpointAccess: "W|||0;1;|||;",
  /** Grants permission to delete a namespace from Amazon Redshift Serverless. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteNamespace.html */
  DeleteNamespace: "W|||2;1;||4,6,10,11|;",
  /** Grants permission to delete the specified resource policy. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W||||||;",
  /** Grants permission to delete a scheduled action from Amazon Redshift Serverless. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteScheduledAction.html */
  DeleteScheduledAction: "W||||||;",
  /** Grants permission to delete a snapshot from Amazon Redshift Serverless. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteSnapshot.html */
  DeleteSnapshot: "W|||4;1;|||;",
  /** Grants permission to delete a snapshot copy configuration for a Amazon Redshift Serverless namespace. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteSnapshotCopyConfiguration.html */
  DeleteSnapshotCopyConfiguration: "W||||||;",
  /** Grants permission to delete a usage limit from Amazon Redshift Serverless. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteUsageLimit.html */
  DeleteUsageLimit: "W||||||;",
  /** Grants permission to delete a workgroup. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteWorkgroup.html */
  DeleteWorkgroup: "W|||5;1;|||;",
  /** Grants permission to see on the Amazon Redshift Serverless console the remaining number of free trial credits and their expiration date. Access level: Read. Permission only. https://aws.amazon.com/redshift/free-trial/ */
  DescribeOneTimeCredit: "R||1||||",
  /** Grants permission to get a database user name and temporary password with temporary authorization to log on to Amazon Redshift Serverless. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetCredentials.html */
  GetCredentials: "W|||5;1;|||;",
  /** Grants permission to get information about a specific custom domain association. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetCustomDomainAssociation.html */
  GetCustomDomainAssociation: "R|||5;1;|||;",
  /** Grants permission to create an Amazon Redshift Serverless managed VPC endpoint. Access level: Read. Resources: endpointAccess*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetEndpointAccess.html */
  GetEndpointAccess: "R|||0;1;|||;",
  /** Grants permission to get an authorized token for Identity Center users to access Redshift Serverless workgroups. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/redshift/latest/mgmt/identity-center-authentication.html */
  GetIdentityCenterAuthToken: "R|||5;1;|||;",
  /** Grants permission to create a Amazon Redshift Managed Serverless workgroup with the specified configuration settings. Access level: Read. Resources: managed-workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetManagedWorkgroup.html */
  GetManagedWorkgroup: "R|||1;1;|||",
  /** Grants permission to get information about a namespace in Amazon Redshift Serverless. Access level: Read. Resources: namespace*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetNamespace.html */
  GetNamespace: "R|||2;1;|||;",
  /** Grants permission to get information about a recovery point. Access level: Read. Resources: recoveryPoint*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetRecoveryPoint.html */
  GetRecoveryPoint: "R|||3;1;|||;",
  /** Grants permission to get a particular reservation object. Access level: Read. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetReservation.html */
  GetReservation: "R||||||;",
  /** Grants permission to get a particular reservation offering. Access level: Read. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetReservationOffering.html */
  GetReservationOffering: "R||||||;",
  /** Grants permission to get a resource policy. Access level: Read. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R||||||;",
  /** Grants permission to get information about a specific scheduled action. Access level: Read. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetScheduledAction.html */
  GetScheduledAction: "R||||||;",
  /** Grants permission to get information about a specific snapshot. Access level: Read. Resources: snapshot*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetSnapshot.html */
  GetSnapshot: "R|||4;1;|||;",
  /** Grants permission to get table restore status about a specific snapshot. Access level: Read. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetTableRestoreStatus.html */
  GetTableRestoreStatus: "R||||||;",
  /** Grants permission to get information about a track in Amazon Redshift Serverless. Access level: Read. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetTrack.html */
  GetTrack: "R||||||;",
  /** Grants permission to get information about a usage limit in Amazon Redshift Serverless. Access level: Read. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetUsageLimit.html */
  GetUsageLimit: "R||||||;",
  /** Grants permission to get information about a specific workgroup. Access level: Read. Resources: workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetWorkgroup.html */
  GetWorkgroup: "R|||5;1;|||;",
  /** Grants permission to list the resources that are denylisted from global autonomics decisions for a specified workgroup. Access level: Read. Resources: workgroup*. Permission only. https://docs.aws.amazon.com/redshift/latest/dg/t_Manage_workload_exclusion.html */
  ListAutonomicsDenylist: "R||1|5;1;|||",
  /** Grants permission to list custom domain associations in Amazon Redshift Serverless. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListCustomDomainAssociations.html */
  ListCustomDomainAssociations: "L||||||;",
  /** Grants permission to list EndpointAccess objects and relevant information. Access level: List. Resources: endpointAccess*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListEndpointAccess.html */
  ListEndpointAccess: "L|||0;1;|||;",
  /** Grants permission to list managed workgroups in Amazon Redshift Serverless. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListManagedWorkgroups.html */
  ListManagedWorkgroups: "L||||||;",
  /** Grants permission to list namespaces in Amazon Redshift Serverless. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListNamespaces.html */
  ListNamespaces: "L||||||;",
  /** Grants permission to list an array of recovery points. Access level: List. Resources: recoveryPoint*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListRecoveryPoints.html */
  ListRecoveryPoints: "L|||3;1;|||;",
  /** Grants permission to list all available capacity reservation offerings. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListReservationOfferings.html */
  ListReservationOfferings: "L||||||;",
  /** Grants permission to list all reservations. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListReservations.html */
  ListReservations: "L||||||;",
  /** Grants permission to list scheduled actions. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListScheduledActions.html */
  ListScheduledActions: "L||||||;",
  /** Grants permission to list SnapshotCopyConfiguration objects and relevant information. Access level: List. Resources: namespace. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListSnapshotCopyConfigurations.html */
  ListSnapshotCopyConfigurations: "L|||2;0;|||;",
  /** Grants permission to list snapshots. Access level: List. Resources: snapshot*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListSnapshots.html */
  ListSnapshots: "L|||4;1;|||;",
  /** Grants permission to list table restore status. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListTableRestoreStatus.html */
  ListTableRestoreStatus: "L||||||;",
  /** Grants permission to list the tags assigned to a resource. Access level: List. Resources: namespace, workgroup. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||2;0;,5;0;|1||;",
  /** Grants permission to list tracks available in Amazon Redshift Serverless. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListTracks.html */
  ListTracks: "L||||||;",
  /** Grants permission to list all usage limits within Amazon Redshift Serverless. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListUsageLimits.html */
  ListUsageLimits: "L||||||;",
  /** Grants permission to list workgroups in Amazon Redshift Serverless. Access level: List. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListWorkgroups.html */
  ListWorkgroups: "L||||||;",
  /** Grants permission to create or update a resource policy. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W||||||;",
  /** Grants permission to restore the data from a recovery point. Access level: Write. Resources: recoveryPoint*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_RestoreFromRecoveryPoint.html */
  RestoreFromRecoveryPoint: "W|||3;1;|||;",
  /** Grants permission to restore a namespace from a snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_RestoreFromSnapshot.html */
  RestoreFromSnapshot: "W|||4;1;||2,3,4,5,6,9,10,11,12,13,14,15|;",
  /** Grants permission to restore a table from a recovery point. Access level: Write. Resources: namespace*, recoveryPoint*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_RestoreTableFromRecoveryPoint.html */
  RestoreTableFromRecoveryPoint: "W|||2;1;,3;1;|||;",
  /** Grants permission to restore a table from a snapshot. Access level: Write. Resources: namespace*, snapshot*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_RestoreTableFromSnapshot.html */
  RestoreTableFromSnapshot: "W|||2;1;,4;1;|||;",
  /** Grants permission to assign one or more tags to a resource. Access level: Tagging. Resources: namespace, recoveryPoint, snapshot, workgroup. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||2;0;,3;0;,4;0;,5;0;|0,1,2||ConvertRecoveryPointToSnapshot,CreateNamespace,CreateSnapshot,CreateWorkgroup,;",
  /** Grants permission to remove a tag or set of tags from a resource. Access level: Tagging. Resources: namespace, recoveryPoint, snapshot, workgroup. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||2;0;,3;0;,4;0;,5;0;|2||;",
  /** Grants permission to add or remove resources from the global autonomics denylist for a specified workgroup. Access level: Write. Resources: workgroup*. Permission only. https://docs.aws.amazon.com/redshift/latest/dg/t_Manage_workload_exclusion.html */
  UpdateAutonomicsDenylist: "W||1|5;1;|||",
  /** Grants permission to update a certificate associated with a custom domain. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateCustomDomainAssociation.html */
  UpdateCustomDomainAssociation: "W|||5;1;||0|;",
  /** Grants permission to update an Amazon Redshift Serverless managed VPC endpoint. Access level: Write. Resources: endpointAccess*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateEndpointAccess.html */
  UpdateEndpointAccess: "W|||0;1;|||;",
  /** Grants permission to update a namespace with the specified configuration settings. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateNamespace.html */
  UpdateNamespace: "W|||2;1;||1,2,3,4,5,6,9,10,11,12,13,14,15|;",
  /** Grants permission to update a scheduled action. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateScheduledAction.html */
  UpdateScheduledAction: "W|||||1,7|;",
  /** Grants permission to update a snapshot. Access level: Write. Resources: snapshot*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateSnapshot.html */
  UpdateSnapshot: "W|||4;1;|||;",
  /** Grants permission to update a snapshot copy configuration for a Amazon Redshift Serverless namespace. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateSnapshotCopyConfiguration.html */
  UpdateSnapshotCopyConfiguration: "W||||||;",
  /** Grants permission to update a usage limit in Amazon Redshift Serverless. Access level: Write. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateUsageLimit.html */
  UpdateUsageLimit: "W||||||;",
  /** Grants permission to update an Amazon Redshift Serverless workgroup with the specified configuration settings. Access level: Write. Resources: workgroup*. https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateWorkgroup.html */
  UpdateWorkgroup: "W|||5;1;|||;",
} as const;
const actionDetails = {
  ConvertRecoveryPointToSnapshot: "|,;~~~|Grants permission to convert a recovery point to a snapshot",
  CreateCustomDomainAssociation:
    "|,;~~~|Grants permission to create a custom domain association in Amazon Redshift Serverless",
  CreateEndpointAccess: "|,;~~~|Grants permission to create an Amazon Redshift Serverless managed VPC endpoint",
  CreateNamespace: "|,;~~~|Grants permission to create an Amazon Redshift Serverless namespace",
  CreateReservation:
    "|,;~~~|Grants permission to purchase a capacity reservation according to a specific reservation offering, for a specified number of RPUs",
  CreateScheduledAction:
    "|,;~~~|Grants permission to create a scheduled action for a specified Amazon Redshift Serverless namespace",
  CreateSnapshot: "|,;~~~,~~,~~|Grants permission to create a snapshot of all databases in a namespace",
  CreateSnapshotCopyConfiguration:
    "|,;~~~|Grants permission to create a snapshot copy configuration for a specified Amazon Redshift Serverless namespace",
  CreateUsageLimit:
    "|,;~~~|Grants permission to create a usage limit for a specified Amazon Redshift Serverless usage type",
  CreateWorkgroup: "|,;~~~|Grants permission to create a workgroup in Amazon Redshift Serverless",
  DeleteCustomDomainAssociation: "|,;~~~|Grants permission to delete a custom domain association",
  DeleteEndpointAccess: "|,;~~~|Grants permission to delete an Amazon Redshift Serverless managed VPC endpoint",
  DeleteNamespace: "|,;~~~|Grants permission to delete a namespace from Amazon Redshift Serverless",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete the specified resource policy",
  DeleteScheduledAction: "|,;~~~|Grants permission to delete a scheduled action from Amazon Redshift Serverless",
  DeleteSnapshot: "|,;~~~|Grants permission to delete a snapshot from Amazon Redshift Serverless",
  DeleteSnapshotCopyConfiguration:
    "|,;~~~|Grants permission to delete a snapshot copy configuration for a Amazon Redshift Serverless namespace",
  DeleteUsageLimit: "|,;~~~|Grants permission to delete a usage limit from Amazon Redshift Serverless",
  DeleteWorkgroup: "|,;~~~|Grants permission to delete a workgroup",
  DescribeOneTimeCredit:
    "|,;~|Grants permission to see on the Amazon Redshift Serverless console the remaining number of free trial credits and their expiration date",
  GetCredentials:
    "|,;~~~|Grants permission to get a database user name and temporary password with temporary authorization to log on to Amazon Redshift Serverless",
  GetCustomDomainAssociation: "|,;~~~|Grants permission to get information about a specific custom domain association",
  GetEndpointAccess: "|,;~~~|Grants permission to create an Amazon Redshift Serverless managed VPC endpoint",
  GetIdentityCenterAuthToken:
    "|,;~~~|Grants permission to get an authorized token for Identity Center users to access Redshift Serverless workgroups",
  GetManagedWorkgroup:
    "|,;~|Grants permission to create a Amazon Redshift Managed Serverless workgroup with the specified configuration settings",
  GetNamespace: "|,;~~~|Grants permission to get information about a namespace in Amazon Redshift Serverless",
  GetRecoveryPoint: "|,;~~~|Grants permission to get information about a recovery point",
  GetReservation: "|,;~~~|Grants permission to get a particular reservation object",
  GetReservationOffering: "|,;~~~|Grants permission to get a particular reservation offering",
  GetResourcePolicy: "|,;~~~|Grants permission to get a resource policy",
  GetScheduledAction: "|,;~~~|Grants permission to get information about a specific scheduled action",
  GetSnapshot: "|,;~~~|Grants permission to get information about a specific snapshot",
  GetTableRestoreStatus: "|,;~~~|Grants permission to get table restore status about a specific snapshot",
  GetTrack: "|,;~~~|Grants permission to get information about a track in Amazon Redshift Serverless",
  GetUsageLimit: "|,;~~~|Grants permission to get information about a usage limit in Amazon Redshift Serverless",
  GetWorkgroup: "|,;~~~|Grants permission to get information about a specific workgroup",
  ListAutonomicsDenylist:
    "|,;~|Grants permission to list the resources that are denylisted from global autonomics decisions for a specified workgroup",
  ListCustomDomainAssociations:
    "|,;~~~|Grants permission to list custom domain associations in Amazon Redshift Serverless",
  ListEndpointAccess: "|,;~~~|Grants permission to list EndpointAccess objects and relevant information",
  ListManagedWorkgroups: "|,;~~~|Grants permission to list managed workgroups in Amazon Redshift Serverless",
  ListNamespaces: "|,;~~~|Grants permission to list namespaces in Amazon Redshift Serverless",
  ListRecoveryPoints: "|,;~~~|Grants permission to list an array of recovery points",
  ListReservationOfferings: "|,;~~~|Grants permission to list all available capacity reservation offerings",
  ListReservations: "|,;~~~|Grants permission to list all reservations",
  ListScheduledActions: "|,;~~~|Grants permission to list scheduled actions",
  ListSnapshotCopyConfigurations:
    "|,;~~~|Grants permission to list SnapshotCopyConfiguration objects and relevant information",
  ListSnapshots: "|,;~~~|Grants permission to list snapshots",
  ListTableRestoreStatus: "|,;~~~|Grants permission to list table restore status",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags assigned to a resource",
  ListTracks: "|,;~~~|Grants permission to list tracks available in Amazon Redshift Serverless",
  ListUsageLimits: "|,;~~~|Grants permission to list all usage limits within Amazon Redshift Serverless",
  ListWorkgroups: "|,;~~~|Grants permission to list workgroups in Amazon Redshift Serverless",
  PutResourcePolicy: "|,;~~~|Grants permission to create or update a resource policy",
  RestoreFromRecoveryPoint: "|,;~~~|Grants permission to restore the data from a recovery point",
  RestoreFromSnapshot: "|,;~~~|Grants permission to restore a namespace from a snapshot",
  RestoreTableFromRecoveryPoint: "|,;~~~|Grants permission to restore a table from a recovery point",
  RestoreTableFromSnapshot: "|,;~~~|Grants permission to restore a table from a snapshot",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to assign one or more tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag or set of tags from a resource",
  UpdateAutonomicsDenylist:
    "|,;~|Grants permission to add or remove resources from the global autonomics denylist for a specified workgroup",
  UpdateCustomDomainAssociation: "|,;~~~|Grants permission to update a certificate associated with a custom domain",
  UpdateEndpointAccess: "|,;~~~|Grants permission to update an Amazon Redshift Serverless managed VPC endpoint",
  UpdateNamespace: "|,;~~~|Grants permission to update a namespace with the specified configuration settings",
  UpdateScheduledAction: "|,;~~~|Grants permission to update a scheduled action",
  UpdateSnapshot: "|,;~~~|Grants permission to update a snapshot",
  UpdateSnapshotCopyConfiguration:
    "|,;~~~|Grants permission to update a snapshot copy configuration for a Amazon Redshift Serverless namespace",
  UpdateUsageLimit: "|,;~~~|Grants permission to update a usage limit in Amazon Redshift Serverless",
  UpdateWorkgroup:
    "|,;~~~|Grants permission to update an Amazon Redshift Serverless workgroup with the specified configuration settings",
};
const resourceTypeFacts = {
  /** The endpointAccess resource type: arn:${Partition}:redshift-serverless:${Region}:${Account}:managedvpcendpoint/${EndpointAccessId} */
  endpointAccess: "|,|",
  /** The managed-workgroup resource type: arn:${Partition}:redshift-serverless:${Region}:${Account}:managed-workgroup/${ManagedWorkgroupName} */
  "managed-workgroup": "|,managedWorkgroup|",
  /** The namespace resource type: arn:${Partition}:redshift-serverless:${Region}:${Account}:namespace/${NamespaceId} */
  namespace: "|,|1",
  /** The recoveryPoint resource type: arn:${Partition}:redshift-serverless:${Region}:${Account}:recoverypoint/${RecoveryPointId} */
  recoveryPoint: "|,|1",
  /** The snapshot resource type: arn:${Partition}:redshift-serverless:${Region}:${Account}:snapshot/${SnapshotId} */
  snapshot: "|,|1",
  /** The workgroup resource type: arn:${Partition}:redshift-serverless:${Region}:${Account}:workgroup/${WorkgroupId} */
  workgroup: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a endpointAccess resource: arn:${Partition}:redshift-serverless:${Region}:${Account}:managedvpcendpoint/${EndpointAccessId}. */
  endpointAccess:
    "|,endpointAccess|arn:|Partition|:redshift-serverless:|Region|:|Account|:managedvpcendpoint/|EndpointAccessId|",
  /** ARN of a managed-workgroup resource: arn:${Partition}:redshift-serverless:${Region}:${Account}:managed-workgroup/${ManagedWorkgroupName}. */
  managedWorkgroup:
    "|,managed-workgroup|arn:|Partition|:redshift-serverless:|Region|:|Account|:managed-workgroup/|ManagedWorkgroupName|",
  /** ARN of a namespace resource: arn:${Partition}:redshift-serverless:${Region}:${Account}:namespace/${NamespaceId}. */
  namespace: "|,namespace|arn:|Partition|:redshift-serverless:|Region|:|Account|:namespace/|NamespaceId|",
  /** ARN of a recoveryPoint resource: arn:${Partition}:redshift-serverless:${Region}:${Account}:recoverypoint/${RecoveryPointId}. */
  recoveryPoint:
    "|,recoveryPoint|arn:|Partition|:redshift-serverless:|Region|:|Account|:recoverypoint/|RecoveryPointId|",
  /** ARN of a snapshot resource: arn:${Partition}:redshift-serverless:${Region}:${Account}:snapshot/${SnapshotId}. */
  snapshot: "|,snapshot|arn:|Partition|:redshift-serverless:|Region|:|Account|:snapshot/|SnapshotId|",
  /** ARN of a workgroup resource: arn:${Partition}:redshift-serverless:${Region}:${Account}:workgroup/${WorkgroupId}. */
  workgroup: "|,workgroup|arn:|Partition|:redshift-serverless:|Region|:|Account|:workgroup/|WorkgroupId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "endpointAccess",
  "managed-workgroup",
  "namespace",
  "recoveryPoint",
  "snapshot",
  "workgroup",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "redshift-serverless">;
/** Any redshift-serverless action. */
export type Action = ActionOf<typeof actionFacts, "redshift-serverless">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "redshift-serverless">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "redshift-serverless" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every redshift-serverless action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the endpoint access identifier. */
  "redshift-serverless:endpointAccessId": "String";
  /** Filters access by the managed workgroup identifier. */
  "redshift-serverless:managedWorkgroupName": "String";
  /** Filters access by the namespace identifier. */
  "redshift-serverless:namespaceId": "String";
  /** Filters access by the recovery point identifier. */
  "redshift-serverless:recoveryPointId": "String";
  /** Filters access by the snapshot identifier. */
  "redshift-serverless:snapshotId": "String";
  /** Filters access by the table restore request identifier. */
  "redshift-serverless:tableRestoreRequestId": "String";
  /** Filters access by the workgroup identifier. */
  "redshift-serverless:workgroupId": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "redshift-serverless:endpointAccessId": "|,String|0||Filters access by the endpoint access identifier",
  "redshift-serverless:managedWorkgroupName": "|,String|0||Filters access by the managed workgroup identifier",
  "redshift-serverless:namespaceId": "|,String|0||Filters access by the namespace identifier",
  "redshift-serverless:recoveryPointId": "|,String|0||Filters access by the recovery point identifier",
  "redshift-serverless:snapshotId": "|,String|0||Filters access by the snapshot identifier",
  "redshift-serverless:tableRestoreRequestId": "|,String|0||Filters access by the table restore request identifier",
  "redshift-serverless:workgroupId": "|,String|0||Filters access by the workgroup identifier",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "redshift-serverless",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
