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
export const prefix: "transfer" = "transfer";
/** The service's name in the reference. */
export const serviceName: "AWS Transfer Family" = "AWS Transfer Family";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Transfer Family",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awstransferfamily.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "transfer:RequestConnectorProtocol",
  "transfer:RequestSecurityPolicyName",
  "transfer:RequestServerDomain",
  "transfer:RequestServerEndpointType",
  "transfer:RequestServerProtocols",
] as const;
const dependentActionList = ["iam:PassRole", "transfer:TagResource"] as const;
const actionFacts = {
  /** Grants permission to add an access associated with a server. Access level: Write. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_CreateAccess.html */
  CreateAccess: "W|||5;1;||0|;",
  /** Grants permission to add an agreement associated with a server. Access level: Write. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_CreateAgreement.html */
  CreateAgreement: "W|||5;1;|0,1,2|0,1|;",
  /** Grants permission to create a connector. Access level: Write. Resources: profile. https://docs.aws.amazon.com/transfer/latest/userguide/API_CreateConnector.html */
  CreateConnector: "W|||4;0;|0,1,2,3,4|0,1|;",
  /** Grants permission to create a profile. Access level: Write. https://docs.aws.amazon.com/transfer/latest/userguide/API_CreateProfile.html */
  CreateProfile: "W||||0,1,2|1|;",
  /** Grants permission to create a server. Access level: Write. https://docs.aws.amazon.com/transfer/latest/userguide/API_CreateServer.html */
  CreateServer: "W||||0,1,2,4,5,6,7|0,1|;",
  /** Grants permission to add a user associated with a server. Access level: Write. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_CreateUser.html */
  CreateUser: "W|||5;1;|0,1,2|0,1|;",
  /** Grants permission to create a webapp. Access level: Write. https://docs.aws.amazon.com/transfer/latest/userguide/API_CreateWebApp.html */
  CreateWebApp: "W||||0,1,2|0,1|;",
  /** Grants permission to create a workflow. Access level: Write. https://docs.aws.amazon.com/transfer/latest/userguide/API_CreateWorkflow.html */
  CreateWorkflow: "W||||0,1,2|1|;",
  /** Grants permission to delete access. Access level: Write. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteAccess.html */
  DeleteAccess: "W|||5;1;|||;",
  /** Grants permission to delete agreement. Access level: Write. Resources: agreement*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteAgreement.html */
  DeleteAgreement: "W|||0;1;|||;",
  /** Grants permission to delete certificate. Access level: Write. Resources: certificate*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteCertificate.html */
  DeleteCertificate: "W|||1;1;|||;",
  /** Grants permission to delete connector. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteConnector.html */
  DeleteConnector: "W|||2;1;|||;",
  /** Grants permission to delete a host key associated with a server. Access level: Write. Resources: host-key*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteHostKey.html */
  DeleteHostKey: "W|||3;1;|||;",
  /** Grants permission to delete profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteProfile.html */
  DeleteProfile: "W|||4;1;|||;",
  /** Grants permission to delete a server. Access level: Write. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteServer.html */
  DeleteServer: "W|||5;1;|||;",
  /** Grants permission to delete an SSH public key from a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteSshPublicKey.html */
  DeleteSshPublicKey: "W|||6;1;|||;",
  /** Grants permission to delete a user associated with a server. Access level: Write. Resources: user*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteUser.html */
  DeleteUser: "W|||6;1;|||;",
  /** Grants permission to delete webapp. Access level: Write. Resources: webapp*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteWebApp.html */
  DeleteWebApp: "W|||7;1;|||;",
  /** Grants permission to delete webapp customization. Access level: Write. Resources: webapp*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteWebAppCustomization.html */
  DeleteWebAppCustomization: "W|||7;1;|||;",
  /** Grants permission to delete a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DeleteWorkflow.html */
  DeleteWorkflow: "W|||8;1;|||;",
  /** Grants permission to describe an access assigned to a server. Access level: Read. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeAccess.html */
  DescribeAccess: "R|||5;1;|||;",
  /** Grants permission to describe an agreement assigned to a server. Access level: Read. Resources: agreement*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeAgreement.html */
  DescribeAgreement: "R|||0;1;|||;",
  /** Grants permission to describe a certificate. Access level: Read. Resources: certificate*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeCertificate.html */
  DescribeCertificate: "R|||1;1;|||;",
  /** Grants permission to describe a connector. Access level: Read. Resources: connector*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeConnector.html */
  DescribeConnector: "R|||2;1;|||;",
  /** Grants permission to describe an execution associated with a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeExecution.html */
  DescribeExecution: "R|||8;1;|||;",
  /** Grants permission to describe a host key associated with a server. Access level: Read. Resources: host-key*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeHostKey.html */
  DescribeHostKey: "R|||3;1;|||;",
  /** Grants permission to describe a profile. Access level: Read. Resources: profile*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeProfile.html */
  DescribeProfile: "R|||4;1;|||;",
  /** Grants permission to describe a security policy. Access level: Read. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeSecurityPolicy.html */
  DescribeSecurityPolicy: "R||||||;",
  /** Grants permission to describe a server. Access level: Read. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeServer.html */
  DescribeServer: "R|||5;1;|||;",
  /** Grants permission to describe a user associated with a server. Access level: Read. Resources: user*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeUser.html */
  DescribeUser: "R|||6;1;|||;",
  /** Grants permission to describe a webapp. Access level: Read. Resources: webapp*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeWebApp.html */
  DescribeWebApp: "R|||7;1;|||;",
  /** Grants permission to describe a webapp customization. Access level: Read. Resources: webapp*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeWebAppCustomization.html */
  DescribeWebAppCustomization: "R|||7;1;|||;",
  /** Grants permission to describe a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/transfer/latest/userguide/API_DescribeWorkflow.html */
  DescribeWorkflow: "R|||8;1;|||;",
  /** Grants permission to add a certificate. Access level: Write. https://docs.aws.amazon.com/transfer/latest/userguide/API_ImportCertificate.html */
  ImportCertificate: "W||||0,1,2|1|;",
  /** Grants permission to add a host key to a server. Access level: Write. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_ImportHostKey.html */
  ImportHostKey: "W|||5;1;|0,1,2|1|;",
  /** Grants permission to add an SSH public key to a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/transfer/latest/userguide/API_ImportSshPublicKey.html */
  ImportSshPublicKey: "W|||6;1;|||;",
  /** Grants permission to list accesses. Access level: Read. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListAccesses.html */
  ListAccesses: "R|||5;1;|||;",
  /** Grants permission to list agreements. Access level: Read. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListAgreements.html */
  ListAgreements: "R|||5;1;|||;",
  /** Grants permission to list certificates. Access level: Read. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListCertificates.html */
  ListCertificates: "R||||||;",
  /** Grants permission to list connectors. Access level: Read. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListConnectors.html */
  ListConnectors: "R||||||;",
  /** Grants permission to list executions associated with a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListExecutions.html */
  ListExecutions: "R|||8;1;|||;",
  /** Grants permission to list file transfer statuses for connectors. Access level: Read. Resources: connector*. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListFileTransferResults.html */
  ListFileTransferResults: "R|||2;1;|||;",
  /** Grants permission to list host keys associated with a server. Access level: Read. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListHostKeys.html */
  ListHostKeys: "R|||5;1;|||;",
  /** Grants permission to list profiles. Access level: Read. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListProfiles.html */
  ListProfiles: "R||||||;",
  /** Grants permission to list security policies. Access level: List. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListSecurityPolicies.html */
  ListSecurityPolicies: "L||||||;",
  /** Grants permission to list servers. Access level: List. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListServers.html */
  ListServers: "L||||||;",
  /** Grants permission to list tags for an AWS Transfer Family resource. Access level: Read. Resources: agreement, certificate, connector, host-key, profile, server, user, workflow. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,8;0;|||;",
  /** Grants permission to list users associated with a server. Access level: List. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListUsers.html */
  ListUsers: "L|||5;1;|||;",
  /** Grants permission to list webapps. Access level: List. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListWebApps.html */
  ListWebApps: "L||||||;",
  /** Grants permission to list workflows. Access level: List. https://docs.aws.amazon.com/transfer/latest/userguide/API_ListWorkflows.html */
  ListWorkflows: "L||||||;",
  /** Grants permission to send a callback for asynchronous custom steps. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/transfer/latest/userguide/API_SendWorkflowStepState.html */
  SendWorkflowStepState: "W|||8;1;|||;",
  /** Grants permission to initiate a list operation on a remote server using a connector. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/transfer/latest/userguide/API_StartDirectoryListing.html */
  StartDirectoryListing: "W|||2;1;|||;",
  /** Grants permission to initiate a connector file transfer. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/transfer/latest/userguide/API_StartFileTransfer.html */
  StartFileTransfer: "W|||2;1;|||;",
  /** Grants permission to initiate a connector delete operation on remote server. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/transfer/latest/userguide/API_StartRemoteDelete.html */
  StartRemoteDelete: "W|||2;1;|||;",
  /** Grants permission to initiate a connector move operation on remote server. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/transfer/latest/userguide/API_StartRemoteMove.html */
  StartRemoteMove: "W|||2;1;|||;",
  /** Grants permission to start a server. Access level: Write. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_StartServer.html */
  StartServer: "W|||5;1;|||;",
  /** Grants permission to stop a server. Access level: Write. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_StopServer.html */
  StopServer: "W|||5;1;|||;",
  /** Grants permission to tag an AWS Transfer Family resource. Access level: Tagging. Resources: agreement, certificate, connector, host-key, profile, server, user, webapp, workflow. https://docs.aws.amazon.com/transfer/latest/userguide/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|0,2||CreateAgreement,CreateConnector,CreateProfile,CreateServer,CreateUser,CreateWebApp,CreateWorkflow,ImportCertificate,ImportHostKey,;",
  /** Grants permission to test a connector's connection to remote server. Access level: Write. Resources: connector*. https://docs.aws.amazon.com/transfer/latest/userguide/API_TestConnection.html */
  TestConnection: "W|||2;1;|||;",
  /** Grants permission to test a server's custom identity provider. Access level: Read. Resources: user*. https://docs.aws.amazon.com/transfer/latest/userguide/API_TestIdentityProvider.html */
  TestIdentityProvider: "R|||6;1;|||;",
  /** Grants permission to untag an AWS Transfer Family resource. Access level: Tagging. Resources: agreement, certificate, connector, host-key, profile, server, user, webapp, workflow. https://docs.aws.amazon.com/transfer/latest/userguide/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|2||;",
  /** Grants permission to update access. Access level: Write. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateAccess.html */
  UpdateAccess: "W|||||0|;",
  /** Grants permission to update an agreement. Access level: Write. Resources: agreement*. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateAgreement.html */
  UpdateAgreement: "W|||0;1;||0|;",
  /** Grants permission to update a certificate. Access level: Write. Resources: certificate*. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateCertificate.html */
  UpdateCertificate: "W|||1;1;|||;",
  /** Grants permission to update a connector. Access level: Write. Resources: connector*, profile. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateConnector.html */
  UpdateConnector: "W|||2;1;,4;0;|4|0|;",
  /** Grants permission to update a host key. Access level: Write. Resources: host-key*. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateHostKey.html */
  UpdateHostKey: "W|||3;1;|||;",
  /** Grants permission to update a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateProfile.html */
  UpdateProfile: "W|||4;1;|||;",
  /** Grants permission to update the configuration of a server. Access level: Write. Resources: server*. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateServer.html */
  UpdateServer: "W|||5;1;|4,6,7|0|;",
  /** Grants permission to update the configuration of a user. Access level: Write. Resources: user*. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateUser.html */
  UpdateUser: "W|||6;1;||0|;",
  /** Grants permission to update the configuration of a webapp. Access level: Write. Resources: webapp*. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateWebApp.html */
  UpdateWebApp: "W|||7;1;||0|;",
  /** Grants permission to update the configuration of a webapp cutomization. Access level: Write. Resources: webapp*. https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateWebAppCustomization.html */
  UpdateWebAppCustomization: "W|||7;1;||0|;",
} as const;
const actionDetails = {
  CreateAccess: "|,;~~~|Grants permission to add an access associated with a server",
  CreateAgreement: "|,;~~~|Grants permission to add an agreement associated with a server",
  CreateConnector: "|,;~~~|Grants permission to create a connector",
  CreateProfile: "|,;~~~|Grants permission to create a profile",
  CreateServer: "|,;~~~|Grants permission to create a server",
  CreateUser: "|,;~~~|Grants permission to add a user associated with a server",
  CreateWebApp: "|,;~~~|Grants permission to create a webapp",
  CreateWorkflow: "|,;~~~|Grants permission to create a workflow",
  DeleteAccess: "|,;~~~|Grants permission to delete access",
  DeleteAgreement: "|,;~~~|Grants permission to delete agreement",
  DeleteCertificate: "|,;~~~|Grants permission to delete certificate",
  DeleteConnector: "|,;~~~|Grants permission to delete connector",
  DeleteHostKey: "|,;~~~|Grants permission to delete a host key associated with a server",
  DeleteProfile: "|,;~~~|Grants permission to delete profile",
  DeleteServer: "|,;~~~|Grants permission to delete a server",
  DeleteSshPublicKey: "|,;~~~|Grants permission to delete an SSH public key from a user",
  DeleteUser: "|,;~~~|Grants permission to delete a user associated with a server",
  DeleteWebApp: "|,;~~~|Grants permission to delete webapp",
  DeleteWebAppCustomization: "|,;~~~|Grants permission to delete webapp customization",
  DeleteWorkflow: "|,;~~~|Grants permission to delete a workflow",
  DescribeAccess: "|,;~~~|Grants permission to describe an access assigned to a server",
  DescribeAgreement: "|,;~~~|Grants permission to describe an agreement assigned to a server",
  DescribeCertificate: "|,;~~~|Grants permission to describe a certificate",
  DescribeConnector: "|,;~~~|Grants permission to describe a connector",
  DescribeExecution: "|,;~~~|Grants permission to describe an execution associated with a workflow",
  DescribeHostKey: "|,;~~~|Grants permission to describe a host key associated with a server",
  DescribeProfile: "|,;~~~|Grants permission to describe a profile",
  DescribeSecurityPolicy: "|,;~~~|Grants permission to describe a security policy",
  DescribeServer: "|,;~~~|Grants permission to describe a server",
  DescribeUser: "|,;~~~|Grants permission to describe a user associated with a server",
  DescribeWebApp: "|,;~~~|Grants permission to describe a webapp",
  DescribeWebAppCustomization: "|,;~~~|Grants permission to describe a webapp customization",
  DescribeWorkflow: "|,;~~~|Grants permission to describe a workflow",
  ImportCertificate: "|,;~~~|Grants permission to add a certificate",
  ImportHostKey: "|,;~~~|Grants permission to add a host key to a server",
  ImportSshPublicKey: "|,;~~~|Grants permission to add an SSH public key to a user",
  ListAccesses: "|,;~~~|Grants permission to list accesses",
  ListAgreements: "|,;~~~|Grants permission to list agreements",
  ListCertificates: "|,;~~~|Grants permission to list certificates",
  ListConnectors: "|,;~~~|Grants permission to list connectors",
  ListExecutions: "|,;~~~|Grants permission to list executions associated with a workflow",
  ListFileTransferResults: "|,;~~~|Grants permission to list file transfer statuses for connectors",
  ListHostKeys: "|,;~~~|Grants permission to list host keys associated with a server",
  ListProfiles: "|,;~~~|Grants permission to list profiles",
  ListSecurityPolicies: "|,;~~~|Grants permission to list security policies",
  ListServers: "|,;~~~|Grants permission to list servers",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an AWS Transfer Family resource",
  ListUsers: "|,;~~~|Grants permission to list users associated with a server",
  ListWebApps: "|,;~~~|Grants permission to list webapps",
  ListWorkflows: "|,;~~~|Grants permission to list workflows",
  SendWorkflowStepState: "|,;~~~|Grants permission to send a callback for asynchronous custom steps",
  StartDirectoryListing: "|,;~~~|Grants permission to initiate a list operation on a remote server using a connector",
  StartFileTransfer: "|,;~~~|Grants permission to initiate a connector file transfer",
  StartRemoteDelete: "|,;~~~|Grants permission to initiate a connector delete operation on remote server",
  StartRemoteMove: "|,;~~~|Grants permission to initiate a connector move operation on remote server",
  StartServer: "|,;~~~|Grants permission to start a server",
  StopServer: "|,;~~~|Grants permission to stop a server",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag an AWS Transfer Family resource",
  TestConnection: "|,;~~~|Grants permission to test a connector's connection to remote server",
  TestIdentityProvider: "|,;~~~|Grants permission to test a server's custom identity provider",
  UntagResource: "|,;~~~|Grants permission to untag an AWS Transfer Family resource",
  UpdateAccess: "|,;~~~|Grants permission to update access",
  UpdateAgreement: "|,;~~~|Grants permission to update an agreement",
  UpdateCertificate: "|,;~~~|Grants permission to update a certificate",
  UpdateConnector: "|,;~~~|Grants permission to update a connector",
  UpdateHostKey: "|,;~~~|Grants permission to update a host key",
  UpdateProfile: "|,;~~~|Grants permission to update a profile",
  UpdateServer: "|,;~~~|Grants permission to update the configuration of a server",
  UpdateUser: "|,;~~~|Grants permission to update the configuration of a user",
  UpdateWebApp: "|,;~~~|Grants permission to update the configuration of a webapp",
  UpdateWebAppCustomization: "|,;~~~|Grants permission to update the configuration of a webapp cutomization",
};
const resourceTypeFacts = {
  /** The agreement resource type: arn:${Partition}:transfer:${Region}:${Account}:agreement/${ServerId}/${AgreementId} */
  agreement: "|,|1",
  /** The certificate resource type: arn:${Partition}:transfer:${Region}:${Account}:certificate/${CertificateId} */
  certificate: "|,|1",
  /** The connector resource type: arn:${Partition}:transfer:${Region}:${Account}:connector/${ConnectorId} */
  connector: "|,|1",
  /** The host-key resource type: arn:${Partition}:transfer:${Region}:${Account}:host-key/${ServerId}/${HostKeyId} */
  "host-key": "|,hostKey|1",
  /** The profile resource type: arn:${Partition}:transfer:${Region}:${Account}:profile/${ProfileId} */
  profile: "|,|1",
  /** The server resource type: arn:${Partition}:transfer:${Region}:${Account}:server/${ServerId} */
  server: "|,|1",
  /** The user resource type: arn:${Partition}:transfer:${Region}:${Account}:user/${ServerId}/${UserName} */
  user: "|,|1",
  /** The webapp resource type: arn:${Partition}:transfer:${Region}:${Account}:webapp/${WebAppId} */
  webapp: "|,|1",
  /** The workflow resource type: arn:${Partition}:transfer:${Region}:${Account}:workflow/${WorkflowId} */
  workflow: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a agreement resource: arn:${Partition}:transfer:${Region}:${Account}:agreement/${ServerId}/${AgreementId}. */
  agreement: "|,agreement|arn:|Partition|:transfer:|Region|:|Account|:agreement/|ServerId|/|AgreementId|",
  /** ARN of a certificate resource: arn:${Partition}:transfer:${Region}:${Account}:certificate/${CertificateId}. */
  certificate: "|,certificate|arn:|Partition|:transfer:|Region|:|Account|:certificate/|CertificateId|",
  /** ARN of a connector resource: arn:${Partition}:transfer:${Region}:${Account}:connector/${ConnectorId}. */
  connector: "|,connector|arn:|Partition|:transfer:|Region|:|Account|:connector/|ConnectorId|",
  /** ARN of a host-key resource: arn:${Partition}:transfer:${Region}:${Account}:host-key/${ServerId}/${HostKeyId}. */
  hostKey: "|,host-key|arn:|Partition|:transfer:|Region|:|Account|:host-key/|ServerId|/|HostKeyId|",
  /** ARN of a profile resource: arn:${Partition}:transfer:${Region}:${Account}:profile/${ProfileId}. */
  profile: "|,profile|arn:|Partition|:transfer:|Region|:|Account|:profile/|ProfileId|",
  /** ARN of a server resource: arn:${Partition}:transfer:${Region}:${Account}:server/${ServerId}. */
  server: "|,server|arn:|Partition|:transfer:|Region|:|Account|:server/|ServerId|",
  /** ARN of a user resource: arn:${Partition}:transfer:${Region}:${Account}:user/${ServerId}/${UserName}. */
  user: "|,user|arn:|Partition|:transfer:|Region|:|Account|:user/|ServerId|/|UserName|",
  /** ARN of a webapp resource: arn:${Partition}:transfer:${Region}:${Account}:webapp/${WebAppId}. */
  webapp: "|,webapp|arn:|Partition|:transfer:|Region|:|Account|:webapp/|WebAppId|",
  /** ARN of a workflow resource: arn:${Partition}:transfer:${Region}:${Account}:workflow/${WorkflowId}. */
  workflow: "|,workflow|arn:|Partition|:transfer:|Region|:|Account|:workflow/|WorkflowId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "agreement",
  "certificate",
  "connector",
  "host-key",
  "profile",
  "server",
  "user",
  "webapp",
  "workflow",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "transfer">;
/** Any transfer action. */
export type Action = ActionOf<typeof actionFacts, "transfer">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "transfer">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "transfer" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every transfer action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the connector protocol that is passed in the request. */
  "transfer:RequestConnectorProtocol": "String";
  /** Filters access by the security policy name that is passed in the request. */
  "transfer:RequestSecurityPolicyName": "String";
  /** Filters access by the storage domain that is passed in the request. */
  "transfer:RequestServerDomain": "String";
  /** Filters access by the endpoint type that is passed in the request. */
  "transfer:RequestServerEndpointType": "String";
  /** Filters access by the server protocols that are passed in the request. */
  "transfer:RequestServerProtocols": "ArrayOfString";
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
  "transfer:RequestConnectorProtocol":
    "|,String|0||Filters access by the connector protocol that is passed in the request",
  "transfer:RequestSecurityPolicyName":
    "|,String|0||Filters access by the security policy name that is passed in the request",
  "transfer:RequestServerDomain": "|,String|0||Filters access by the storage domain that is passed in the request",
  "transfer:RequestServerEndpointType": "|,String|0||Filters access by the endpoint type that is passed in the request",
  "transfer:RequestServerProtocols":
    "|,ArrayOfString|0||Filters access by the server protocols that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "transfer",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
