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
export const prefix: "workspaces" = "workspaces";
/** The service's name in the reference. */
export const serviceName: "Amazon WorkSpaces" = "Amazon WorkSpaces";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon WorkSpaces",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonworkspaces.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "workspaces:userId",
] as const;
const dependentActionList = ["workspaces:CreateTags", "workspaces:UpdateRulesOfIpGroup"] as const;
const actionFacts = {
  /** Grants permission to accept invitations from other AWS accounts to share the same configuration for WorkSpaces BYOL. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_AcceptAccountLinkInvitation.html */
  AcceptAccountLinkInvitation: "W||||||;",
  /** Grants permission to associate connection aliases with directories. Access level: Write. Resources: connectionalias*, directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_AssociateConnectionAlias.html */
  AssociateConnectionAlias: "W|||1;1;,2;1;|||;",
  /** Grants permission to associate IP access control groups with directories. Access level: Write. Resources: directoryid*, workspaceipgroup*. https://docs.aws.amazon.com/workspaces/latest/api/API_AssociateIpGroups.html */
  AssociateIpGroups: "W|||2;1;,7;1;|||;",
  /** Grants permission to associate a workspace application with a WorkSpace. Access level: Write. Resources: workspaceapplication*, workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_AssociateWorkspaceApplication.html */
  AssociateWorkspaceApplication: "W|||3;1;,5;1;|1||;",
  /** Grants permission to add rules to IP access control groups. Access level: Write. Resources: workspaceipgroup*. https://docs.aws.amazon.com/workspaces/latest/api/API_AuthorizeIpRules.html */
  AuthorizeIpRules: "W|||7;1;||1|;,UpdateRulesOfIpGroup",
  /** Grants permission to copy a WorkSpace image. Access level: Write. Resources: workspaceimage*. https://docs.aws.amazon.com/workspaces/latest/api/API_CopyWorkspaceImage.html */
  CopyWorkspaceImage: "W|||6;1;|0,2|0,workspaces:DescribeWorkspaceImages|;",
  /** Grants permission to invite other AWS accounts to share the same configuration for WorkSpaces BYOL. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateAccountLinkInvitation.html */
  CreateAccountLinkInvitation: "W||||||;",
  /** Grants permission to create an Amazon Connect client add-in within a directory. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateConnectClientAddIn.html */
  CreateConnectClientAddIn: "W|||2;1;|||;",
  /** Grants permission to create connection aliases for use with cross-Region redirection. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateConnectionAlias.html */
  CreateConnectionAlias: "W||||0,2|0|;",
  /** Grants permission to create IP access control groups. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateIpGroup.html */
  CreateIpGroup: "W||||0,2|0|;",
  /** Grants permission to create a root client certificate. Access level: Write. Resources: certificateid*. Permission only. https://docs.aws.amazon.com/workspaces/latest/adminguide/wsp-console-permissions-ref.html */
  CreateRootClientCertificate: "W||1|0;1;|||",
  /** Grants permission to create one or more Standby WorkSpaces. Access level: Write. Resources: directoryid*, workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateStandbyWorkspaces.html */
  CreateStandbyWorkspaces: "W|||2;1;,5;1;|0,2|0,workspaces:DescribeWorkspaces|;",
  /** Grants permission to create tags for WorkSpaces resources. Access level: Tagging. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateTags.html */
  CreateTags:
    "T||||0,2||CopyWorkspaceImage,CreateConnectionAlias,CreateIpGroup,CreateStandbyWorkspaces,;,CreateUpdatedWorkspaceImage,CreateWorkspaceBundle,CreateWorkspaceImage,CreateWorkspaces,CreateWorkspacesPool,ImportCustomWorkspaceImage,ImportWorkspaceImage,RegisterWorkspaceDirectory",
  /** Grants permission to create an updated WorkSpace image. Access level: Write. Resources: workspaceimage*. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateUpdatedWorkspaceImage.html */
  CreateUpdatedWorkspaceImage: "W|||6;1;|0,2|0|;",
  /** Grants permission to create a WorkSpace bundle. Access level: Write. Resources: workspacebundle*, workspaceimage*. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateWorkspaceBundle.html */
  CreateWorkspaceBundle: "W|||4;1;,6;1;|0,2|0|;",
  /** Grants permission to create a new WorkSpace image. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateWorkspaceImage.html */
  CreateWorkspaceImage: "W|||5;1;|0,2|0|;",
  /** Grants permission to create one or more WorkSpaces. Access level: Write. Resources: directoryid*, workspacebundle*, workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateWorkspaces.html */
  CreateWorkspaces: "W|||2;1;1,4;1;1,5;1;0~2|0,2|0|;",
  /** Grants permission to create a WorkSpaces Pool. Access level: Write. Resources: directoryid*, workspacebundle*, workspacespoolid*. https://docs.aws.amazon.com/workspaces/latest/api/API_CreateWorkspacesPool.html */
  CreateWorkspacesPool: "W|||2;1;,4;1;,8;1;|0,2|0|;",
  /** Grants permission to delete invitations to other AWS accounts to share the same configuration for WorkSpaces BYOL. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteAccountLinkInvitation.html */
  DeleteAccountLinkInvitation: "W||||||;",
  /** Grants permission to delete AWS WorkSpaces Client branding data within a directory. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteClientBranding.html */
  DeleteClientBranding: "W|||2;1;|||;",
  /** Grants permission to delete an Amazon Connect client add-in that is configured within a directory. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteConnectClientAddIn.html */
  DeleteConnectClientAddIn: "W|||2;1;|||;",
  /** Grants permission to delete connection aliases. Access level: Write. Resources: connectionalias*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteConnectionAlias.html */
  DeleteConnectionAlias: "W|||1;1;|||;",
  /** Grants permission to delete IP access control groups. Access level: Write. Resources: workspaceipgroup*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteIpGroup.html */
  DeleteIpGroup: "W|||7;1;|||;",
  /** Grants permission to delete root client certificate. Access level: Write. Resources: certificateid*. Permission only. https://docs.aws.amazon.com/workspaces/latest/adminguide/wsp-console-permissions-ref.html */
  DeleteRootClientCertificate: "W||1|0;1;|||",
  /** Grants permission to delete tags from WorkSpaces resources. Access level: Tagging. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteTags.html */
  DeleteTags: "T||||0,2||;",
  /** Grants permission to delete WorkSpace bundles. Access level: Write. Resources: workspacebundle*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteWorkspaceBundle.html */
  DeleteWorkspaceBundle: "W|||4;1;|||;",
  /** Grants permission to delete WorkSpace images. Access level: Write. Resources: workspaceimage*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeleteWorkspaceImage.html */
  DeleteWorkspaceImage: "W|||6;1;|||;",
  /** Grants permission to deploy all pending workspace applications on a WorkSpace. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeployWorkspaceApplications.html */
  DeployWorkspaceApplications: "W|||5;1;|1||;",
  /** Grants permission to deregister directories from use with Amazon WorkSpaces. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DeregisterWorkspaceDirectory.html */
  DeregisterWorkspaceDirectory: "W|||2;1;|||;",
  /** Grants permission to retrieve the configuration of Bring Your Own License (BYOL) for WorkSpaces accounts. Access level: Read. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeAccount.html */
  DescribeAccount: "R||||||;",
  /** Grants permission to retrieve modifications to the configuration of Bring Your Own License (BYOL) for WorkSpaces accounts. Access level: Read. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeAccountModifications.html */
  DescribeAccountModifications: "R||||||;",
  /** Grants permission to retrieve information about resources associated with a WorkSpace application. Access level: List. Resources: workspaceapplication*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeApplicationAssociations.html */
  DescribeApplicationAssociations: "L|||3;1;|1||;",
  /** Grants permission to obtain information about WorkSpace applications. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeApplications.html */
  DescribeApplications: "L||||||;",
  /** Grants permission to retrieve information about resources associated with a WorkSpace bundle. Access level: List. Resources: workspacebundle*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeBundleAssociations.html */
  DescribeBundleAssociations: "L|||4;1;|1||;",
  /** Grants permission to retrieve AWS WorkSpaces Client branding data within a directory. Access level: Read. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeClientBranding.html */
  DescribeClientBranding: "R|||2;1;|||;",
  /** Grants permission to retrieve information about WorkSpaces clients. Access level: List. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeClientProperties.html */
  DescribeClientProperties: "L|||2;1;|||;",
  /** Grants permission to retrieve a list of Amazon Connect client add-ins that have been created. Access level: List. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeConnectClientAddIns.html */
  DescribeConnectClientAddIns: "L|||2;1;|||;",
  /** Grants permission to retrieve the permissions that the owners of connection aliases have granted to other AWS accounts for connection aliases. Access level: Read. Resources: connectionalias*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeConnectionAliasPermissions.html */
  DescribeConnectionAliasPermissions: "R|||1;1;|||;",
  /** Grants permission to retrieve a list that describes the connection aliases used for cross-Region redirection. Access level: Read. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeConnectionAliases.html */
  DescribeConnectionAliases: "R||||||;",
  /** Grants permission to retrieve information about consent agreement to BYOL minimum requirements. Access level: Read. Permission only. https://docs.aws.amazon.com/workspaces/latest/adminguide/wsp-console-permissions-ref.html */
  DescribeConsent: "R||1||||",
  /** Grants permission to retrieve information about WorkSpace BYOL image import task. Access level: Read. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeCustomWorkspaceImageImport.html */
  DescribeCustomWorkspaceImageImport: "R||||||;",
  /** Grants permission to retrieve information about resources associated with a WorkSpace image. Access level: List. Resources: workspaceimage*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeImageAssociations.html */
  DescribeImageAssociations: "L|||6;1;|1||;",
  /** Grants permission to retrieve information about IP access control groups. Access level: Read. Resources: workspaceipgroup*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeIpGroups.html */
  DescribeIpGroups: "R|||7;1;|||;",
  /** Grants permission to describe the tags for WorkSpaces resources. Access level: Read. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeTags.html */
  DescribeTags: "R||||||;",
  /** Grants permission to retrieve information about resources associated with a WorkSpace. Access level: List. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspaceAssociations.html */
  DescribeWorkspaceAssociations: "L|||5;1;|1||;",
  /** Grants permission to obtain information about WorkSpace bundles. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspaceBundles.html */
  DescribeWorkspaceBundles: "L||||||;",
  /** Grants permission to retrieve information about directories that are registered with WorkSpaces. Access level: Read. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspaceDirectories.html */
  DescribeWorkspaceDirectories: "R||||||;",
  /** Grants permission to retrieve information about WorkSpace image permissions. Access level: Read. Resources: workspaceimage*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspaceImagePermissions.html */
  DescribeWorkspaceImagePermissions: "R|||6;1;|||;",
  /** Grants permission to retrieve information about WorkSpace images. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspaceImages.html */
  DescribeWorkspaceImages: "L||||||CopyWorkspaceImage,;",
  /** Grants permission to retrieve information about WorkSpace snapshots. Access level: List. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspaceSnapshots.html */
  DescribeWorkspaceSnapshots: "L|||5;1;|||;",
  /** Grants permission to obtain information about WorkSpaces. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspaces.html */
  DescribeWorkspaces: "L||||||CreateStandbyWorkspaces,;",
  /** Grants permission to obtain the connection status of WorkSpaces. Access level: Read. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspacesConnectionStatus.html */
  DescribeWorkspacesConnectionStatus: "R||||||;",
  /** Grants permission to retrieve information about the sessions of a WorkSpaces Pool. Access level: List. Resources: workspacespoolid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspacesPoolSessions.html */
  DescribeWorkspacesPoolSessions: "L|||8;1;|||;",
  /** Grants permission to retrieve information about WorkSpaces Pools. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_DescribeWorkspacesPools.html */
  DescribeWorkspacesPools: "L||||||;",
  /** Grants permission to directory management actions while managing and provisioning workspaces. Access level: List. Resources: directoryid*. Permission only. https://docs.aws.amazon.com/workspaces/latest/adminguide/wsp-console-permissions-ref.html */
  DirectoryAccessManagement: "L||1|2;1;|||",
  /** Grants permission to disassociate connection aliases from directories. Access level: Write. Resources: connectionalias*. https://docs.aws.amazon.com/workspaces/latest/api/API_DisassociateConnectionAlias.html */
  DisassociateConnectionAlias: "W|||1;1;|||;",
  /** Grants permission to disassociate IP access control groups from directories. Access level: Write. Resources: directoryid*, workspaceipgroup*. https://docs.aws.amazon.com/workspaces/latest/api/API_DisassociateIpGroups.html */
  DisassociateIpGroups: "W|||2;1;,7;1;|||;",
  /** Grants permission to disassociate a workspace application from a WorkSpace. Access level: Write. Resources: workspaceapplication*, workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_DisassociateWorkspaceApplication.html */
  DisassociateWorkspaceApplication: "W|||3;1;,5;1;|1||;",
  /** Grants permission to retrieve a link with another AWS Account for sharing configuration for WorkSpaces BYOL. Access level: Read. https://docs.aws.amazon.com/workspaces/latest/api/API_GetAccountLink.html */
  GetAccountLink: "R||||||;",
  /** Grants permission to get troubleshooting recommendations. Access level: Read. Resources: workspaceid*. Permission only. https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-advisor.html */
  GetTroubleshootingRecommendation: "R||1|5;1;|||",
  /** Grants permission to import AWS WorkSpaces Client branding data within a directory. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ImportClientBranding.html */
  ImportClientBranding: "W|||2;1;|||;",
  /** Grants permission to import Bring Your Own License (BYOL) images into Amazon WorkSpaces. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_ImportCustomWorkspaceImage.html */
  ImportCustomWorkspaceImage: "W|||||0|;",
  /** Grants permission to import Bring Your Own License (BYOL) images into Amazon WorkSpaces. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_ImportWorkspaceImage.html */
  ImportWorkspaceImage: "W|||||ec2:DescribeImages,ec2:ModifyImageAttribute,0|;",
  /** Grants permission to invoke troubleshooting investigation. Access level: Read. Resources: workspaceid*. Permission only. https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-advisor.html */
  InvokeTroubleshootingInvestigation: "R||1|5;1;|||",
  /** Grants permission to retrieve links with the AWS Account(s) that share your configuration for WorkSpaces BYOL. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_ListAccountLinks.html */
  ListAccountLinks: "L||||||;",
  /** Grants permission to list the available CIDR ranges for enabling Bring Your Own License (BYOL) for WorkSpaces accounts. Access level: List. https://docs.aws.amazon.com/workspaces/latest/api/API_ListAvailableManagementCidrRanges.html */
  ListAvailableManagementCidrRanges: "L||||||;",
  /** Grants permission to list troubleshooting recommendations. Access level: Read. Resources: workspaceid*. Permission only. https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-advisor.html */
  ListTroubleshootingRecommendations: "R||1|5;1;|||",
  /** Grants permission to migrate WorkSpaces. Access level: Write. Resources: workspacebundle*, workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_MigrateWorkspace.html */
  MigrateWorkspace: "W|||4;1;,5;1;|||;",
  /** Grants permission to modify the configuration of Bring Your Own License (BYOL) for WorkSpaces accounts. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifyAccount.html */
  ModifyAccount: "W||||||;",
  /** Grants permission to modify the certificate-based authorization properties of a directory. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifyCertificateBasedAuthProperties.html */
  ModifyCertificateBasedAuthProperties: "W|||2;1;|||;",
  /** Grants permission to modify the properties of WorkSpaces clients. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifyClientProperties.html */
  ModifyClientProperties: "W|||2;1;|||;",
  /** Grants permission to configure the specified directory between Standard TLS and FIPS 140-2 validated mode. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifyEndpointEncryptionMode.html */
  ModifyEndpointEncryptionMode: "W|||2;1;|||;",
  /** Grants permission to modify the SAML properties of a directory. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifySamlProperties.html */
  ModifySamlProperties: "W|||2;1;|||;",
  /** Grants permission to modify the self-service WorkSpace management capabilities for your users. Access level: Permissions management. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifySelfservicePermissions.html */
  ModifySelfservicePermissions: "P|||2;1;|||;",
  /** Grants permission to modify the streaming properties. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifyStreamingProperties.html */
  ModifyStreamingProperties: "W|||2;1;|||;",
  /** Grants permission to specify which devices and operating systems users can use to access their WorkSpaces. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifyWorkspaceAccessProperties.html */
  ModifyWorkspaceAccessProperties: "W|||2;1;|||;",
  /** Grants permission to modify the default properties used to create WorkSpaces. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifyWorkspaceCreationProperties.html */
  ModifyWorkspaceCreationProperties: "W|||2;1;||iam:PassRole|;",
  /** Grants permission to modify WorkSpace properties, including the running mode and the AutoStop period. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifyWorkspaceProperties.html */
  ModifyWorkspaceProperties: "W|||5;1;|||;",
  /** Grants permission to modify the state of WorkSpaces. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_ModifyWorkspaceState.html */
  ModifyWorkspaceState: "W|||5;1;|||;",
  /** Grants permission to reboot WorkSpaces. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_RebootWorkspaces.html */
  RebootWorkspaces: "W|||5;1;|||;",
  /** Grants permission to rebuild WorkSpaces. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_RebuildWorkspaces.html */
  RebuildWorkspaces: "W|||5;1;|||;",
  /** Grants permission to register directories for use with Amazon WorkSpaces. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_RegisterWorkspaceDirectory.html */
  RegisterWorkspaceDirectory: "W|||2;1;|0,2|0|;",
  /** Grants permission to reject invitations from other AWS accounts to share the same configuration for WorkSpaces BYOL. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_RejectAccountLinkInvitation.html */
  RejectAccountLinkInvitation: "W||||||;",
  /** Grants permission to restore WorkSpaces. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_RestoreWorkspace.html */
  RestoreWorkspace: "W|||5;1;|||;",
  /** Grants permission to remove rules from IP access control groups. Access level: Write. Resources: workspaceipgroup*. https://docs.aws.amazon.com/workspaces/latest/api/API_RevokeIpRules.html */
  RevokeIpRules: "W|||7;1;||1|;,UpdateRulesOfIpGroup",
  /** Grants permission to start AutoStop WorkSpaces. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_StartWorkspaces.html */
  StartWorkspaces: "W|||5;1;|||;",
  /** Grants permission to start a WorkSpaces Pool. Access level: Write. Resources: workspacespoolid*. https://docs.aws.amazon.com/workspaces/latest/api/API_StartWorkspacesPool.html */
  StartWorkspacesPool: "W|||8;1;|||;",
  /** Grants permission to stop AutoStop WorkSpaces. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_StopWorkspaces.html */
  StopWorkspaces: "W|||5;1;|||;",
  /** Grants permission to stop a WorkSpaces Pool. Access level: Write. Resources: workspacespoolid*. https://docs.aws.amazon.com/workspaces/latest/api/API_StopWorkspacesPool.html */
  StopWorkspacesPool: "W|||8;1;|||;",
  /** Grants permission to federated users to sign in by using their existing credentials and stream their workspace. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_Stream.html */
  Stream: "W|||2;1;|3||",
  /** Grants permission to terminate WorkSpaces. Access level: Write. Resources: workspaceid*. https://docs.aws.amazon.com/workspaces/latest/api/API_TerminateWorkspaces.html */
  TerminateWorkspaces: "W|||5;1;|||;",
  /** Grants permission to terminate a WorkSpaces Pool. Access level: Write. Resources: workspacespoolid*. https://docs.aws.amazon.com/workspaces/latest/api/API_TerminateWorkspacesPool.html */
  TerminateWorkspacesPool: "W|||8;1;|||;",
  /** Grants permission to terminate a WorkSpaces Pool session. Access level: Write. https://docs.aws.amazon.com/workspaces/latest/api/API_TerminateWorkspacesPoolSession.html */
  TerminateWorkspacesPoolSession: "W||||||;",
  /** Grants permission to update an Amazon Connect client add-in. Use this action to update the name and endpoint URL of an Amazon Connect client add-in. Access level: Write. Resources: directoryid*. https://docs.aws.amazon.com/workspaces/latest/api/API_UpdateConnectClientAddIn.html */
  UpdateConnectClientAddIn: "W|||2;1;|||;",
  /** Grants permission to share or unshare connection aliases with other accounts. Access level: Permissions management. Resources: connectionalias*. https://docs.aws.amazon.com/workspaces/latest/api/API_UpdateConnectionAliasPermission.html */
  UpdateConnectionAliasPermission: "P|||1;1;|||;",
  /** Grants permission to update the consent agreement to BYOL minimum requirements. Access level: Write. Permission only. https://docs.aws.amazon.com/workspaces/latest/adminguide/wsp-console-permissions-ref.html */
  UpdateConsent: "W||1||||",
  /** Grants permission to update a root client certificate. Access level: Write. Resources: certificateid*. Permission only. https://docs.aws.amazon.com/workspaces/latest/adminguide/wsp-console-permissions-ref.html */
  UpdateRootClientCertificate: "W||1|0;1;|||",
  /** Grants permission to replace rules for IP access control groups. Access level: Write. Resources: workspaceipgroup*. https://docs.aws.amazon.com/workspaces/latest/api/API_UpdateRulesOfIpGroup.html */
  UpdateRulesOfIpGroup:
    "W|||7;1;||workspaces:AuthorizeIpRules,workspaces:RevokeIpRules|AuthorizeIpRules,RevokeIpRules,;",
  /** Grants permission to update the WorkSpace images used in WorkSpace bundles. Access level: Write. Resources: workspacebundle*, workspaceimage*. https://docs.aws.amazon.com/workspaces/latest/api/API_UpdateWorkspaceBundle.html */
  UpdateWorkspaceBundle: "W|||4;1;,6;1;|||;",
  /** Grants permission to share or unshare WorkSpace images with other accounts by specifying whether other accounts have permission to copy the image. Access level: Permissions management. Resources: workspaceimage*. https://docs.aws.amazon.com/workspaces/latest/api/API_UpdateWorkspaceImagePermission.html */
  UpdateWorkspaceImagePermission: "P|||6;1;|||;",
  /** Grants permission to update the WorkSpaces pool. Access level: Write. Resources: workspacespoolid*. https://docs.aws.amazon.com/workspaces/latest/api/API_UpdateWorkspacesPool.html */
  UpdateWorkspacesPool: "W|||8;1;|||;",
} as const;
const actionDetails = {
  AcceptAccountLinkInvitation:
    "|,;~~~|Grants permission to accept invitations from other AWS accounts to share the same configuration for WorkSpaces BYOL",
  AssociateConnectionAlias: "|,;~~~|Grants permission to associate connection aliases with directories",
  AssociateIpGroups: "|,;~~~|Grants permission to associate IP access control groups with directories",
  AssociateWorkspaceApplication: "|,;~~~|Grants permission to associate a workspace application with a WorkSpace",
  AuthorizeIpRules: "|,;~~~,~~|Grants permission to add rules to IP access control groups",
  CopyWorkspaceImage: "|,;~~~|Grants permission to copy a WorkSpace image",
  CreateAccountLinkInvitation:
    "|,;~~~|Grants permission to invite other AWS accounts to share the same configuration for WorkSpaces BYOL",
  CreateConnectClientAddIn: "|,;~~~|Grants permission to create an Amazon Connect client add-in within a directory",
  CreateConnectionAlias: "|,;~~~|Grants permission to create connection aliases for use with cross-Region redirection",
  CreateIpGroup: "|,;~~~|Grants permission to create IP access control groups",
  CreateRootClientCertificate: "|,;~|Grants permission to create a root client certificate",
  CreateStandbyWorkspaces: "|,;~~~|Grants permission to create one or more Standby WorkSpaces",
  CreateTags: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to create tags for WorkSpaces resources",
  CreateUpdatedWorkspaceImage: "|,;~~~|Grants permission to create an updated WorkSpace image",
  CreateWorkspaceBundle: "|,;~~~|Grants permission to create a WorkSpace bundle",
  CreateWorkspaceImage: "|,;~~~|Grants permission to create a new WorkSpace image",
  CreateWorkspaces: "|,;~~~|Grants permission to create one or more WorkSpaces",
  CreateWorkspacesPool: "|,;~~~|Grants permission to create a WorkSpaces Pool",
  DeleteAccountLinkInvitation:
    "|,;~~~|Grants permission to delete invitations to other AWS accounts to share the same configuration for WorkSpaces BYOL",
  DeleteClientBranding: "|,;~~~|Grants permission to delete AWS WorkSpaces Client branding data within a directory",
  DeleteConnectClientAddIn:
    "|,;~~~|Grants permission to delete an Amazon Connect client add-in that is configured within a directory",
  DeleteConnectionAlias: "|,;~~~|Grants permission to delete connection aliases",
  DeleteIpGroup: "|,;~~~|Grants permission to delete IP access control groups",
  DeleteRootClientCertificate: "|,;~|Grants permission to delete root client certificate",
  DeleteTags: "|,;~~~|Grants permission to delete tags from WorkSpaces resources",
  DeleteWorkspaceBundle: "|,;~~~|Grants permission to delete WorkSpace bundles",
  DeleteWorkspaceImage: "|,;~~~|Grants permission to delete WorkSpace images",
  DeployWorkspaceApplications: "|,;~~~|Grants permission to deploy all pending workspace applications on a WorkSpace",
  DeregisterWorkspaceDirectory: "|,;~~~|Grants permission to deregister directories from use with Amazon WorkSpaces",
  DescribeAccount:
    "|,;~~~|Grants permission to retrieve the configuration of Bring Your Own License (BYOL) for WorkSpaces accounts",
  DescribeAccountModifications:
    "|,;~~~|Grants permission to retrieve modifications to the configuration of Bring Your Own License (BYOL) for WorkSpaces accounts",
  DescribeApplicationAssociations:
    "|,;~~~|Grants permission to retrieve information about resources associated with a WorkSpace application",
  DescribeApplications: "|,;~~~|Grants permission to obtain information about WorkSpace applications",
  DescribeBundleAssociations:
    "|,;~~~|Grants permission to retrieve information about resources associated with a WorkSpace bundle",
  DescribeClientBranding: "|,;~~~|Grants permission to retrieve AWS WorkSpaces Client branding data within a directory",
  DescribeClientProperties: "|,;~~~|Grants permission to retrieve information about WorkSpaces clients",
  DescribeConnectClientAddIns:
    "|,;~~~|Grants permission to retrieve a list of Amazon Connect client add-ins that have been created",
  DescribeConnectionAliasPermissions:
    "|,;~~~|Grants permission to retrieve the permissions that the owners of connection aliases have granted to other AWS accounts for connection aliases",
  DescribeConnectionAliases:
    "|,;~~~|Grants permission to retrieve a list that describes the connection aliases used for cross-Region redirection",
  DescribeConsent:
    "|,;~|Grants permission to retrieve information about consent agreement to BYOL minimum requirements",
  DescribeCustomWorkspaceImageImport:
    "|,;~~~|Grants permission to retrieve information about WorkSpace BYOL image import task",
  DescribeImageAssociations:
    "|,;~~~|Grants permission to retrieve information about resources associated with a WorkSpace image",
  DescribeIpGroups: "|,;~~~|Grants permission to retrieve information about IP access control groups",
  DescribeTags: "|,;~~~|Grants permission to describe the tags for WorkSpaces resources",
  DescribeWorkspaceAssociations:
    "|,;~~~|Grants permission to retrieve information about resources associated with a WorkSpace",
  DescribeWorkspaceBundles: "|,;~~~|Grants permission to obtain information about WorkSpace bundles",
  DescribeWorkspaceDirectories:
    "|,;~~~|Grants permission to retrieve information about directories that are registered with WorkSpaces",
  DescribeWorkspaceImagePermissions:
    "|,;~~~|Grants permission to retrieve information about WorkSpace image permissions",
  DescribeWorkspaceImages: "|,;~~~,~~|Grants permission to retrieve information about WorkSpace images",
  DescribeWorkspaceSnapshots: "|,;~~~|Grants permission to retrieve information about WorkSpace snapshots",
  DescribeWorkspaces: "|,;~~~,~~|Grants permission to obtain information about WorkSpaces",
  DescribeWorkspacesConnectionStatus: "|,;~~~|Grants permission to obtain the connection status of WorkSpaces",
  DescribeWorkspacesPoolSessions:
    "|,;~~~|Grants permission to retrieve information about the sessions of a WorkSpaces Pool",
  DescribeWorkspacesPools: "|,;~~~|Grants permission to retrieve information about WorkSpaces Pools",
  DirectoryAccessManagement:
    "|,;~|Grants permission to directory management actions while managing and provisioning workspaces",
  DisassociateConnectionAlias: "|,;~~~|Grants permission to disassociate connection aliases from directories",
  DisassociateIpGroups: "|,;~~~|Grants permission to disassociate IP access control groups from directories",
  DisassociateWorkspaceApplication: "|,;~~~|Grants permission to disassociate a workspace application from a WorkSpace",
  GetAccountLink:
    "|,;~~~|Grants permission to retrieve a link with another AWS Account for sharing configuration for WorkSpaces BYOL",
  GetTroubleshootingRecommendation: "|,;~|Grants permission to get troubleshooting recommendations",
  ImportClientBranding: "|,;~~~|Grants permission to import AWS WorkSpaces Client branding data within a directory",
  ImportCustomWorkspaceImage:
    "|,;~~~|Grants permission to import Bring Your Own License (BYOL) images into Amazon WorkSpaces",
  ImportWorkspaceImage:
    "|,;~~~|Grants permission to import Bring Your Own License (BYOL) images into Amazon WorkSpaces",
  InvokeTroubleshootingInvestigation: "|,;~|Grants permission to invoke troubleshooting investigation",
  ListAccountLinks:
    "|,;~~~|Grants permission to retrieve links with the AWS Account(s) that share your configuration for WorkSpaces BYOL",
  ListAvailableManagementCidrRanges:
    "|,;~~~|Grants permission to list the available CIDR ranges for enabling Bring Your Own License (BYOL) for WorkSpaces accounts",
  ListTroubleshootingRecommendations: "|,;~|Grants permission to list troubleshooting recommendations",
  MigrateWorkspace: "|,;~~~|Grants permission to migrate WorkSpaces",
  ModifyAccount:
    "|,;~~~|Grants permission to modify the configuration of Bring Your Own License (BYOL) for WorkSpaces accounts",
  ModifyCertificateBasedAuthProperties:
    "|,;~~~|Grants permission to modify the certificate-based authorization properties of a directory",
  ModifyClientProperties: "|,;~~~|Grants permission to modify the properties of WorkSpaces clients",
  ModifyEndpointEncryptionMode:
    "|,;~~~|Grants permission to configure the specified directory between Standard TLS and FIPS 140-2 validated mode",
  ModifySamlProperties: "|,;~~~|Grants permission to modify the SAML properties of a directory",
  ModifySelfservicePermissions:
    "|,;~~~|Grants permission to modify the self-service WorkSpace management capabilities for your users",
  ModifyStreamingProperties: "|,;~~~|Grants permission to modify the streaming properties",
  ModifyWorkspaceAccessProperties:
    "|,;~~~|Grants permission to specify which devices and operating systems users can use to access their WorkSpaces",
  ModifyWorkspaceCreationProperties:
    "|,;~~~|Grants permission to modify the default properties used to create WorkSpaces",
  ModifyWorkspaceProperties:
    "|,;~~~|Grants permission to modify WorkSpace properties, including the running mode and the AutoStop period",
  ModifyWorkspaceState: "|,;~~~|Grants permission to modify the state of WorkSpaces",
  RebootWorkspaces: "|,;~~~|Grants permission to reboot WorkSpaces",
  RebuildWorkspaces: "|,;~~~|Grants permission to rebuild WorkSpaces",
  RegisterWorkspaceDirectory: "|,;~~~|Grants permission to register directories for use with Amazon WorkSpaces",
  RejectAccountLinkInvitation:
    "|,;~~~|Grants permission to reject invitations from other AWS accounts to share the same configuration for WorkSpaces BYOL",
  RestoreWorkspace: "|,;~~~|Grants permission to restore WorkSpaces",
  RevokeIpRules: "|,;~~~,~~|Grants permission to remove rules from IP access control groups",
  StartWorkspaces: "|,;~~~|Grants permission to start AutoStop WorkSpaces",
  StartWorkspacesPool: "|,;~~~|Grants permission to start a WorkSpaces Pool",
  StopWorkspaces: "|,;~~~|Grants permission to stop AutoStop WorkSpaces",
  StopWorkspacesPool: "|,;~~~|Grants permission to stop a WorkSpaces Pool",
  Stream:
    "|,;~|Grants permission to federated users to sign in by using their existing credentials and stream their workspace",
  TerminateWorkspaces: "|,;~~~|Grants permission to terminate WorkSpaces",
  TerminateWorkspacesPool: "|,;~~~|Grants permission to terminate a WorkSpaces Pool",
  TerminateWorkspacesPoolSession: "|,;~~~|Grants permission to terminate a WorkSpaces Pool session",
  UpdateConnectClientAddIn:
    "|,;~~~|Grants permission to update an Amazon Connect client add-in. Use this action to update the name and endpoint URL of an Amazon Connect client add-in",
  UpdateConnectionAliasPermission:
    "|,;~~~|Grants permission to share or unshare connection aliases with other accounts",
  UpdateConsent: "|,;~|Grants permission to update the consent agreement to BYOL minimum requirements",
  UpdateRootClientCertificate: "|,;~|Grants permission to update a root client certificate",
  UpdateRulesOfIpGroup: "|,;~~~,~~,~~|Grants permission to replace rules for IP access control groups",
  UpdateWorkspaceBundle: "|,;~~~|Grants permission to update the WorkSpace images used in WorkSpace bundles",
  UpdateWorkspaceImagePermission:
    "|,;~~~|Grants permission to share or unshare WorkSpace images with other accounts by specifying whether other accounts have permission to copy the image",
  UpdateWorkspacesPool: "|,;~~~|Grants permission to update the WorkSpaces pool",
};
const resourceTypeFacts = {
  /** The certificateid resource type: arn:${Partition}:workspaces:${Region}:${Account}:workspacecertificate/${CertificateId} */
  certificateid: "|,|",
  /** The connectionalias resource type: arn:${Partition}:workspaces:${Region}:${Account}:connectionalias/${ConnectionAliasId} */
  connectionalias: "|,|1",
  /** The directoryid resource type: arn:${Partition}:workspaces:${Region}:${Account}:directory/${DirectoryId} */
  directoryid: "|,|1",
  /** The workspaceapplication resource type: arn:${Partition}:workspaces:${Region}:${Account}:workspaceapplication/${WorkSpaceApplicationId} */
  workspaceapplication: "|,|1",
  /** The workspacebundle resource type: arn:${Partition}:workspaces:${Region}:${Account}:workspacebundle/${BundleId} */
  workspacebundle: "|,|1",
  /** The workspaceid resource type: arn:${Partition}:workspaces:${Region}:${Account}:workspace/${WorkspaceId} */
  workspaceid: "|,|1",
  /** The workspaceimage resource type: arn:${Partition}:workspaces:${Region}:${Account}:workspaceimage/${ImageId} */
  workspaceimage: "|,|1",
  /** The workspaceipgroup resource type: arn:${Partition}:workspaces:${Region}:${Account}:workspaceipgroup/${GroupId} */
  workspaceipgroup: "|,|1",
  /** The workspacespoolid resource type: arn:${Partition}:workspaces:${Region}:${Account}:workspacespool/${PoolId} */
  workspacespoolid: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a certificateid resource: arn:${Partition}:workspaces:${Region}:${Account}:workspacecertificate/${CertificateId}. */
  certificateid: "|,certificateid|arn:|Partition|:workspaces:|Region|:|Account|:workspacecertificate/|CertificateId|",
  /** ARN of a connectionalias resource: arn:${Partition}:workspaces:${Region}:${Account}:connectionalias/${ConnectionAliasId}. */
  connectionalias:
    "|,connectionalias|arn:|Partition|:workspaces:|Region|:|Account|:connectionalias/|ConnectionAliasId|",
  /** ARN of a directoryid resource: arn:${Partition}:workspaces:${Region}:${Account}:directory/${DirectoryId}. */
  directoryid: "|,directoryid|arn:|Partition|:workspaces:|Region|:|Account|:directory/|DirectoryId|",
  /** ARN of a workspaceapplication resource: arn:${Partition}:workspaces:${Region}:${Account}:workspaceapplication/${WorkSpaceApplicationId}. */
  workspaceapplication:
    "|,workspaceapplication|arn:|Partition|:workspaces:|Region|:|Account|:workspaceapplication/|WorkSpaceApplicationId|",
  /** ARN of a workspacebundle resource: arn:${Partition}:workspaces:${Region}:${Account}:workspacebundle/${BundleId}. */
  workspacebundle: "|,workspacebundle|arn:|Partition|:workspaces:|Region|:|Account|:workspacebundle/|BundleId|",
  /** ARN of a workspaceid resource: arn:${Partition}:workspaces:${Region}:${Account}:workspace/${WorkspaceId}. */
  workspaceid: "|,workspaceid|arn:|Partition|:workspaces:|Region|:|Account|:workspace/|WorkspaceId|",
  /** ARN of a workspaceimage resource: arn:${Partition}:workspaces:${Region}:${Account}:workspaceimage/${ImageId}. */
  workspaceimage: "|,workspaceimage|arn:|Partition|:workspaces:|Region|:|Account|:workspaceimage/|ImageId|",
  /** ARN of a workspaceipgroup resource: arn:${Partition}:workspaces:${Region}:${Account}:workspaceipgroup/${GroupId}. */
  workspaceipgroup: "|,workspaceipgroup|arn:|Partition|:workspaces:|Region|:|Account|:workspaceipgroup/|GroupId|",
  /** ARN of a workspacespoolid resource: arn:${Partition}:workspaces:${Region}:${Account}:workspacespool/${PoolId}. */
  workspacespoolid: "|,workspacespoolid|arn:|Partition|:workspaces:|Region|:|Account|:workspacespool/|PoolId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "certificateid",
  "connectionalias",
  "directoryid",
  "workspaceapplication",
  "workspacebundle",
  "workspaceid",
  "workspaceimage",
  "workspaceipgroup",
  "workspacespoolid",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "workspaces">;
/** Any workspaces action. */
export type Action = ActionOf<typeof actionFacts, "workspaces">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "workspaces">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "workspaces" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every workspaces action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the ID of the Workspaces user. */
  "workspaces:userId": "String";
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
  "workspaces:userId": "|,String|0||Filters access by the ID of the Workspaces user",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "workspaces",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
