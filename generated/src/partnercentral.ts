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
export const prefix: "partnercentral" = "partnercentral";
/** The service's name in the reference. */
export const serviceName: "AWS Partner Central" = "AWS Partner Central";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Partner Central",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awspartnercentral.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "partnercentral:Catalog",
  "partnercentral:ChannelHandshakeType",
  "partnercentral:FulfillmentTypes",
  "partnercentral:Programs",
  "partnercentral:RelatedEntityType",
  "partnercentral:VerificationType",
] as const;
const dependentActionList = [
  "partnercentral:CreateOpportunity",
  "partnercentral:CreateResourceSnapshot",
  "partnercentral:CreateResourceSnapshotJob",
  "partnercentral:GetEngagement",
  "partnercentral:GetOpportunity",
  "partnercentral:GetProgramManagementAccount",
  "partnercentral:StartResourceSnapshotJob",
  "partnercentral:SubmitOpportunity",
  "partnercentral:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to accept channel handshakes in AWS Partner Central. Access level: Write. Resources: ChannelHandshake*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_AcceptChannelHandshake.html */
  AcceptChannelHandshake: "W|||3;1;|3,4||;",
  /** Grants permission to accept connection invitations in AWS Partner Central. Access level: Write. Resources: ConnectionInvitation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_AcceptConnectionInvitation.html */
  AcceptConnectionInvitation: "W|||5;1;|3||;",
  /** Grants permission to accept Engagement Invitations on AWS Partner Central. Access level: Write. Resources: engagement-invitation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_AcceptEngagementInvitation.html */
  AcceptEngagementInvitation: "W|||18;1;|3||;,StartEngagementByAcceptingInvitationTask",
  /** Grants permission to amend benefit applications in AWS Partner Central. Access level: Write. Resources: BenefitApplication*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_AmendBenefitApplication.html */
  AmendBenefitApplication: "W|||2;1;|1,3,5,6||;",
  /** Grants permission to assign Opportunities on AWS Partner Central. Access level: Write. Resources: Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_AssignOpportunity.html */
  AssignOpportunity: "W|||9;1;|3||;",
  /** Grants permission to associate AWS Training and Certification email domains in AWS Partner Central. Access level: Write. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_AssociateAwsTrainingCertificationEmailDomain.html */
  AssociateAwsTrainingCertificationEmailDomain: "W|||11;1;|1,3||;",
  /** Grants permission to associate benefit application resources in AWS Partner Central. Access level: Write. Resources: BenefitAllocation*, BenefitApplication*, Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_AssociateBenefitApplicationResource.html */
  AssociateBenefitApplicationResource: "W|||1;1;,2;1;,9;1;|1,3,5,6||;",
  /** Grants permission to associate Opportunities on AWS Partner Central with other entities. Access level: Write. Resources: Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_AssociateOpportunity.html */
  AssociateOpportunity: "W|||9;1;|3,7||;",
  /** Grants permission to cancel benefit applications in AWS Partner Central. Access level: Write. Resources: BenefitApplication*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_CancelBenefitApplication.html */
  CancelBenefitApplication: "W|||2;1;|1,3,5,6||;",
  /** Grants permission to cancel channel handshakes in AWS Partner Central. Access level: Write. Resources: ChannelHandshake*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_CancelChannelHandshake.html */
  CancelChannelHandshake: "W|||3;1;|1,3,4||;",
  /** Grants permission to cancel connections in AWS Partner Central. Access level: Write. Resources: Connection*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_CancelConnection.html */
  CancelConnection: "W|||4;1;|3||;",
  /** Grants permission to cancel connection invitations in AWS Partner Central. Access level: Write. Resources: ConnectionInvitation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_CancelConnectionInvitation.html */
  CancelConnectionInvitation: "W|||5;1;|3||;",
  /** Grants permission to cancel profile update tasks in AWS Partner Central. Access level: Write. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_CancelProfileUpdateTask.html */
  CancelProfileUpdateTask: "W|||11;1;|1,3||;",
  /** Grants permission to create benefit applications in AWS Partner Central. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_CreateBenefitApplication.html */
  CreateBenefitApplication: "W||||0,1,2,3,5,6|8|;",
  /** Grants permission to create business plans in AWS Partner Central. Access level: Write. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  CreateBusinessPlan: "W||1||||",
  /** Grants permission to create channel handshakes in AWS Partner Central. Access level: Write. Resources: ProgramManagementAccount, Relationship. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_CreateChannelHandshake.html */
  CreateChannelHandshake: "W|||12;0;,13;0;|0,1,2,3,4|5,partnercentral:GetRelationship|;",
  /** Grants permission to create collaboration channel members in AWS Partner Central. Access level: Write. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  CreateCollaborationChannelMembers: "W||1||||",
  /** Grants permission to create collaboration channel requests in AWS Partner Central. Access level: Write. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  CreateCollaborationChannelRequest: "W||1||||",
  /** Grants permission to create connection invitations in AWS Partner Central. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_CreateConnectionInvitation.html */
  CreateConnectionInvitation: "W||||3||;",
  /** Grants permission to creating engagements in AWS Partner Central. Access level: Write. Resources: Engagement*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_CreateEngagement.html */
  CreateEngagement: "W|||8;1;|3||;,StartEngagementFromOpportunityTask",
  /** Grants permission to create engagement contexts in AWS Partner Central. Access level: Write. Resources: Engagement*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_CreateEngagementContext.html */
  CreateEngagementContext: "W|||8;1;|3||",
  /** Grants permission to creating engagement invitations in AWS Partner Central. Access level: Write. Resources: engagement-invitation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_CreateEngagementInvitation.html */
  CreateEngagementInvitation: "W|||18;1;|3|3|;",
  /** Grants permission to create new Opportunities on AWS Partner Central. Access level: Write. Resources: Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_CreateOpportunity.html */
  CreateOpportunity: "W|||9;1;|0,2,3|8|;,StartEngagementByAcceptingInvitationTask",
  /** Grants permission to create partners in AWS Partner Central. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_CreatePartner.html */
  CreatePartner: "W||||0,1,2,3|8|;",
  /** Grants permission to create program management accounts in AWS Partner Central. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_CreateProgramManagementAccount.html */
  CreateProgramManagementAccount: "W||||0,1,2,3|8|;",
  /** Grants permission to create relationships in AWS Partner Central. Access level: Write. Resources: ProgramManagementAccount*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_CreateRelationship.html */
  CreateRelationship: "W|||12;1;|0,1,2,3|5,8|;",
  /** Grants permission to creating resource snapshots in AWS Partner Central. Access level: Write. Resources: ResourceSnapshot*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_CreateResourceSnapshot.html */
  CreateResourceSnapshot:
    "W|||14;1;|3|partnercentral:GetAwsOpportunitySummary,4|;,CreateResourceSnapshotJob,StartEngagementByAcceptingInvitationTask,StartEngagementFromOpportunityTask",
  /** Grants permission to creating resource snapshot jobs in AWS Partner Central. Access level: Write. Resources: resource-snapshot-job*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_CreateResourceSnapshotJob.html */
  CreateResourceSnapshotJob:
    "W|||19;1;|0,2,3|1,4,8|;,StartEngagementByAcceptingInvitationTask,StartEngagementFromOpportunityTask",
  /** Grants permission to delete program management accounts in AWS Partner Central. Access level: Write. Resources: ProgramManagementAccount*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_DeleteProgramManagementAccount.html */
  DeleteProgramManagementAccount: "W|||12;1;|1,3||;",
  /** Grants permission to delete relationships in AWS Partner Central. Access level: Write. Resources: Relationship*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_DeleteRelationship.html */
  DeleteRelationship: "W|||13;1;|1,3||;",
  /** Grants permission to deleting resource snapshot jobs on AWS Partner Central. Access level: Write. Resources: resource-snapshot-job*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_DeleteResourceSnapshotJob.html */
  DeleteResourceSnapshotJob: "W|||19;1;|3||;",
  /** Grants permission to disassociate AWS Training and Certification email domains in AWS Partner Central. Access level: Write. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_DisassociateAwsTrainingCertificationEmailDomain.html */
  DisassociateAwsTrainingCertificationEmailDomain: "W|||11;1;|1,3||;",
  /** Grants permission to disassociate benefit application resources in AWS Partner Central. Access level: Write. Resources: BenefitAllocation*, BenefitApplication*, Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_DisassociateBenefitApplicationResource.html */
  DisassociateBenefitApplicationResource: "W|||1;1;,2;1;,9;1;|1,3,5,6||;",
  /** Grants permission to disassociate Opportunities on AWS Partner Central from other entities. Access level: Write. Resources: Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_DisassociateOpportunity.html */
  DisassociateOpportunity: "W|||9;1;|3,7||;",
  /** Grants permission to enroll in partner paths in AWS Partner Central. Access level: Write. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  EnrollInPartnerPath: "W||1||||",
  /** Grants permission to retrieve alliance lead contact information in AWS Partner Central. Access level: Read. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_GetAllianceLeadContact.html */
  GetAllianceLeadContact: "R|||11;1;|1,3||;",
  /** Grants permission to retrieve AWS Opportunity Summaries for Opportunities on AWS Partner Central. Access level: Read. Resources: Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_GetAwsOpportunitySummary.html */
  GetAwsOpportunitySummary: "R|||9;1;|3||CreateResourceSnapshot,;",
  /** Grants permission to retrieve benefit details in AWS Partner Central. Access level: Read. Resources: Benefit*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_GetBenefit.html */
  GetBenefit: "R|||0;1;|1,3,5,6||;",
  /** Grants permission to retrieve benefit allocation details in AWS Partner Central. Access level: Read. Resources: BenefitAllocation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_GetBenefitAllocation.html */
  GetBenefitAllocation: "R|||1;1;|1,3,5||;",
  /** Grants permission to retrieve benefit application details in AWS Partner Central. Access level: Read. Resources: BenefitApplication*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_GetBenefitApplication.html */
  GetBenefitApplication: "R|||2;1;|1,3,5,6|partnercentral:ListTagsForResource|;",
  /** Grants permission to retrieve business plan details in AWS Partner Central. Access level: Read. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  GetBusinessPlan: "R||1||||",
  /** Grants permission to retrieve collaboration channel details in AWS Partner Central. Access level: Read. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  GetCollaborationChannel: "R||1||||",
  /** Grants permission to retrieve connection details in AWS Partner Central. Access level: Read. Resources: Connection*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_GetConnection.html */
  GetConnection: "R|||4;1;|3||;",
  /** Grants permission to retrieve connection invitation details in AWS Partner Central. Access level: Read. Resources: ConnectionInvitation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_GetConnectionInvitation.html */
  GetConnectionInvitation: "R|||5;1;|3||;",
  /** Grants permission to retrieve connection preferences in AWS Partner Central. Access level: Read. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_GetConnectionPreferences.html */
  GetConnectionPreferences: "R||||3||;",
  /** Grants permission to retrieval of engagement details in AWS Partner Central. Access level: Read. Resources: Engagement*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_GetEngagement.html */
  GetEngagement: "R|||8;1;|3||CreateEngagementInvitation,;",
  /** Grants permission to retrieve details of Engagement Invitations on AWS Partner Central. Access level: Read. Resources: engagement-invitation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_GetEngagementInvitation.html */
  GetEngagementInvitation: "R|||18;1;|3||;,StartEngagementByAcceptingInvitationTask",
  /** Grants permission to retrieve details of Opportunities on AWS Partner Central. Access level: Read. Resources: Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_GetOpportunity.html */
  GetOpportunity:
    "R|||9;1;|3||CreateResourceSnapshot,CreateResourceSnapshotJob,;,StartEngagementByAcceptingInvitationTask,StartEngagementFromOpportunityTask",
  /** Grants permission to retrieve partner details in AWS Partner Central. Access level: Read. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_GetPartner.html */
  GetPartner: "R|||11;1;|1,3||;",
  /** Grants permission to retrieve partner dashboard information in AWS Partner Central. Access level: Read. Resources: Dashboard*. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  GetPartnerDashboard: "R|||7;1;|3||",
  /** Grants permission to retrieve public partner profile details in AWS Partner Central. Access level: Read. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  GetPartnerProfile: "R||1||||",
  /** Grants permission to retrieve profile update task details in AWS Partner Central. Access level: Read. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_GetProfileUpdateTask.html */
  GetProfileUpdateTask: "R|||11;1;|1,3||;",
  /** Grants permission to retrieve profile visibility settings in AWS Partner Central. Access level: Read. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_GetProfileVisibility.html */
  GetProfileVisibility: "R|||11;1;|1,3||;",
  /** Grants permission to retrieve program management account details in AWS Partner Central. Access level: Read. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  GetProgramManagementAccount: "R||1||3||CreateChannelHandshake,CreateRelationship",
  /** Grants permission to retrieve relationship details in AWS Partner Central. Access level: Read. Resources: Relationship*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_GetRelationship.html */
  GetRelationship: "R|||13;1;|1,3||CreateChannelHandshake,;",
  /** Grants permission to retrieving resource snapshot details in AWS Partner Central. Access level: Read. Resources: ResourceSnapshot*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_GetResourceSnapshot.html */
  GetResourceSnapshot: "R|||14;1;|3||;",
  /** Grants permission to retrieving resource snapshot job details in AWS Partner Central. Access level: Read. Resources: resource-snapshot-job*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_GetResourceSnapshotJob.html */
  GetResourceSnapshotJob: "R|||19;1;|3||;",
  /** Grants permission to retrieving selling system settings in AWS Partner Central. Access level: Read. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_GetSellingSystemSettings.html */
  GetSellingSystemSettings: "R||||3||;",
  /** Grants permission to retrieve verification details in AWS Partner Central. Access level: Read. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_GetVerification.html */
  GetVerification: "R||||3,8||;",
  /** Grants permission to list benefit allocations in AWS Partner Central. Access level: List. Resources: BenefitAllocation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_ListBenefitAllocations.html */
  ListBenefitAllocations: "L|||1;1;|3,5||;",
  /** Grants permission to list benefit applications in AWS Partner Central. Access level: List. Resources: BenefitApplication*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_ListBenefitApplications.html */
  ListBenefitApplications: "L|||2;1;|3,5,6||;",
  /** Grants permission to list benefits in AWS Partner Central. Access level: List. Resources: Benefit*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_ListBenefits.html */
  ListBenefits: "L|||0;1;|3,5,6||;",
  /** Grants permission to list business plans in AWS Partner Central. Access level: List. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  ListBusinessPlans: "L||1||||",
  /** Grants permission to list channel handshakes in AWS Partner Central. Access level: List. Resources: ChannelHandshake*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_ListChannelHandshakes.html */
  ListChannelHandshakes: "L|||3;1;|3,4||;",
  /** Grants permission to list collaboration channels in AWS Partner Central. Access level: List. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  ListCollaborationChannels: "L||1||||",
  /** Grants permission to list connection invitations in AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_ListConnectionInvitations.html */
  ListConnectionInvitations: "L||||3||;",
  /** Grants permission to list connections in AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_ListConnections.html */
  ListConnections: "L||||3||;",
  /** Grants permission to listing engagements by accepting invitation tasks in AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListEngagementByAcceptingInvitationTasks.html */
  ListEngagementByAcceptingInvitationTasks: "L||||3||;",
  /** Grants permission to listing engagements from opportunity tasks in AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListEngagementFromOpportunityTasks.html */
  ListEngagementFromOpportunityTasks: "L||||3||;",
  /** Grants permission to list Engagement Invitations on AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListEngagementInvitations.html */
  ListEngagementInvitations: "L||||3||;",
  /** Grants permission to listing engagement members in AWS Partner Central. Access level: Read. Resources: Engagement*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListEngagementMembers.html */
  ListEngagementMembers: "R|||8;1;|3||;",
  /** Grants permission to listing engagement resource associations in AWS Partner Central. Access level: Read. Resources: ResourceSnapshot*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListEngagementResourceAssociations.html */
  ListEngagementResourceAssociations: "R|||14;1;|3||;",
  /** Grants permission to listing engagements in AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListEngagements.html */
  ListEngagements: "L||||3||;",
  /** Grants permission to list Opportunities on AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListOpportunities.html */
  ListOpportunities: "L||||3||;",
  /** Grants permission to list opportunity from engagement tasks in AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListOpportunityFromEngagementTasks.html */
  ListOpportunityFromEngagementTasks: "L||||3||",
  /** Grants permission to list partner paths in AWS Partner Central. Access level: List. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  ListPartnerPaths: "L||1||||",
  /** Grants permission to list partners in AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_ListPartners.html */
  ListPartners: "L||||3||;",
  /** Grants permission to list program management accounts in AWS Partner Central. Access level: List. Resources: ProgramManagementAccount*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_ListProgramManagementAccounts.html */
  ListProgramManagementAccounts: "L|||12;1;|3||;",
  /** Grants permission to list relationships in AWS Partner Central. Access level: List. Resources: Relationship*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_ListRelationships.html */
  ListRelationships: "L|||13;1;|3||;",
  /** Grants permission to listing resource snapshot jobs in AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListResourceSnapshotJobs.html */
  ListResourceSnapshotJobs: "L||||3||;",
  /** Grants permission to listing resource snapshots in AWS Partner Central. Access level: List. Resources: ResourceSnapshot*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListResourceSnapshots.html */
  ListResourceSnapshots: "L|||14;1;|3||;",
  /** Grants permission to list Solutions on AWS Partner Central. Access level: List. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListSolutions.html */
  ListSolutions: "L||||3||;",
  /** Grants permission to add lists tags to a resource. Supported resource: ResourceSnapshotJob. Access level: Read. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||1,2,3,5,6||GetBenefitApplication,;",
  /** Grants permission to set alliance lead contact information in AWS Partner Central. Access level: Write. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_PutAllianceLeadContact.html */
  PutAllianceLeadContact: "W|||11;1;|1,3||;",
  /** Grants permission to update business plans in AWS Partner Central. Access level: Write. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  PutBusinessPlan: "W||1||||",
  /** Grants permission to set profile visibility in AWS Partner Central. Access level: Write. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_PutProfileVisibility.html */
  PutProfileVisibility: "W|||11;1;|1,3||;",
  /** Grants permission to put selling system settings in AWS Partner Central. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_PutSellingSystemSettings.html */
  PutSellingSystemSettings: "W||||3|iam:PassRole|;",
  /** Grants permission to recall benefit applications in AWS Partner Central. Access level: Write. Resources: BenefitApplication*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_RecallBenefitApplication.html */
  RecallBenefitApplication: "W|||2;1;|1,3,5,6||;",
  /** Grants permission to reject channel handshakes in AWS Partner Central. Access level: Write. Resources: ChannelHandshake*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_RejectChannelHandshake.html */
  RejectChannelHandshake: "W|||3;1;|3,4||;",
  /** Grants permission to reject connection invitations in AWS Partner Central. Access level: Write. Resources: ConnectionInvitation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_RejectConnectionInvitation.html */
  RejectConnectionInvitation: "W|||5;1;|3||;",
  /** Grants permission to reject Engagement Invitations on AWS Partner Central. Access level: Write. Resources: engagement-invitation*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_RejectEngagementInvitation.html */
  RejectEngagementInvitation: "W|||18;1;|3||;",
  /** Grants permission to search public partner profiles in AWS Partner Central. Access level: List. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  SearchPartnerProfiles: "L||1||||",
  /** Grants permission to send email verification codes in AWS Partner Central. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_SendEmailVerificationCode.html */
  SendEmailVerificationCode: "W||||3||;",
  /** Grants permission to initiate tasks that start Engagements on AWS Partner Central by accepting an Engagement Invitation. Access level: Write. Resources: engagement-by-accepting-invitation-task*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_StartEngagementByAcceptingInvitationTask.html */
  StartEngagementByAcceptingInvitationTask:
    "W|||16;1;|0,1,2,3|partnercentral:AcceptEngagementInvitation,0,1,2,partnercentral:GetEngagementInvitation,4,6,7|;",
  /** Grants permission to initiate tasks that start Engagements from Opportunities on AWS Partner Central. Access level: Write. Resources: engagement-from-opportunity-task*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_StartEngagementFromOpportunityTask.html */
  StartEngagementFromOpportunityTask:
    "W|||17;1;|0,1,2,3|partnercentral:CreateEngagement,partnercentral:CreateEngagementInvitation,1,2,4,6,7,8|;",
  /** Grants permission to initiate tasks that start Opportunities from Engagements on AWS Partner Central. Access level: Write. Resources: OpportunityFromEngagementTask*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_StartOpportunityFromEngagementTask.html */
  StartOpportunityFromEngagementTask: "W|||10;1;|0,1,2,3|partnercentral:CreateEngagementContext,0,1,2,3,6|",
  /** Grants permission to start profile update tasks in AWS Partner Central. Access level: Write. Resources: Partner*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_StartProfileUpdateTask.html */
  StartProfileUpdateTask: "W|||11;1;|1,3||;",
  /** Grants permission to starting resource snapshot jobs in AWS Partner Central. Access level: Write. Resources: resource-snapshot-job*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_StartResourceSnapshotJob.html */
  StartResourceSnapshotJob:
    "W|||19;1;|3||StartEngagementByAcceptingInvitationTask,StartEngagementFromOpportunityTask,;",
  /** Grants permission to start verification processes in AWS Partner Central. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_StartVerification.html */
  StartVerification: "W||||3,8||;",
  /** Grants permission to stopping resource snapshot jobs in AWS Partner Central. Access level: Write. Resources: resource-snapshot-job*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_StopResourceSnapshotJob.html */
  StopResourceSnapshotJob: "W|||19;1;|3||;",
  /** Grants permission to submit benefit applications in AWS Partner Central. Access level: Write. Resources: BenefitApplication*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_SubmitBenefitApplication.html */
  SubmitBenefitApplication: "W|||2;1;|1,3,5,6||;",
  /** Grants permission to submit Opportunities on AWS Partner Central. Access level: Write. Resources: Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_SubmitOpportunity.html */
  SubmitOpportunity: "W|||9;1;|3||StartEngagementByAcceptingInvitationTask,StartEngagementFromOpportunityTask,;",
  /** Grants permission to add new tags to a resource. Supported resource: ResourceSnapshotJob. Access level: Tagging. Resources: BenefitApplication, ChannelHandshake, Opportunity, Partner, ProgramManagementAccount, Relationship, resource-snapshot-job. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||2;0;,3;0;,9;0;,11;0;,12;0;,13;0;,19;0;|0,1,2,3,5,6||CreateBenefitApplication,CreateOpportunity,CreatePartner,CreateProgramManagementAccount,CreateRelationship,CreateResourceSnapshotJob,StartEngagementFromOpportunityTask,;",
  /** Grants permission to remove tags from a resource. Supported resource: ResourceSnapshotJob. Access level: Tagging. Resources: BenefitApplication, ChannelHandshake, Opportunity, Partner, ProgramManagementAccount, Relationship, resource-snapshot-job. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||2;0;,3;0;,9;0;,11;0;,12;0;,13;0;,19;0;|1,2,3,5,6||;",
  /** Grants permission to update benefit applications in AWS Partner Central. Access level: Write. Resources: BenefitApplication*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_benefits_UpdateBenefitApplication.html */
  UpdateBenefitApplication: "W|||2;1;|1,3,5,6||;",
  /** Grants permission to update connection preferences in AWS Partner Central. Access level: Write. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_account_UpdateConnectionPreferences.html */
  UpdateConnectionPreferences: "W||||3||;",
  /** Grants permission to update engagement contexts in AWS Partner Central. Access level: Write. Resources: Engagement*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_UpdateEngagementContext.html */
  UpdateEngagementContext: "W|||8;1;|3||",
  /** Grants permission to update Opportunities on AWS Partner Central. Access level: Write. Resources: Opportunity*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_UpdateOpportunity.html */
  UpdateOpportunity: "W|||9;1;|3||;",
  /** Grants permission to update program management accounts in AWS Partner Central. Access level: Write. Resources: ProgramManagementAccount*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_UpdateProgramManagementAccount.html */
  UpdateProgramManagementAccount: "W|||12;1;|1,3||;",
  /** Grants permission to update relationships in AWS Partner Central. Access level: Write. Resources: Relationship*. https://docs.aws.amazon.com/partner-central/latest/APIReference/API_channel_UpdateRelationship.html */
  UpdateRelationship: "W|||13;1;|1,3||;",
  /** Grants permission to use Partner Central Agents sessions in AWS Partner Central. Access level: Write. Permission only. ${UserGuideDocPage}controlling-access-in-aws-partner-central.html */
  UseSession: "W||1||3||",
} as const;
const actionDetails = {
  AcceptChannelHandshake:
    "|,;~~partnercentral-channel~|Grants permission to accept channel handshakes in AWS Partner Central",
  AcceptConnectionInvitation:
    "|,;~~partnercentral-account~|Grants permission to accept connection invitations in AWS Partner Central",
  AcceptEngagementInvitation: "|,;~~~,~~|Grants permission to accept Engagement Invitations on AWS Partner Central",
  AmendBenefitApplication:
    "|,;~~partnercentral-benefits~|Grants permission to amend benefit applications in AWS Partner Central",
  AssignOpportunity: "|,;~~~|Grants permission to assign Opportunities on AWS Partner Central",
  AssociateAwsTrainingCertificationEmailDomain:
    "|,;~~partnercentral-account~|Grants permission to associate AWS Training and Certification email domains in AWS Partner Central",
  AssociateBenefitApplicationResource:
    "|,;~~partnercentral-benefits~|Grants permission to associate benefit application resources in AWS Partner Central",
  AssociateOpportunity:
    "|,;~~~|Grants permission to associate Opportunities on AWS Partner Central with other entities",
  CancelBenefitApplication:
    "|,;~~partnercentral-benefits~|Grants permission to cancel benefit applications in AWS Partner Central",
  CancelChannelHandshake:
    "|,;~~partnercentral-channel~|Grants permission to cancel channel handshakes in AWS Partner Central",
  CancelConnection: "|,;~~partnercentral-account~|Grants permission to cancel connections in AWS Partner Central",
  CancelConnectionInvitation:
    "|,;~~partnercentral-account~|Grants permission to cancel connection invitations in AWS Partner Central",
  CancelProfileUpdateTask:
    "|,;~~partnercentral-account~|Grants permission to cancel profile update tasks in AWS Partner Central",
  CreateBenefitApplication:
    "|,;~~partnercentral-benefits~|Grants permission to create benefit applications in AWS Partner Central",
  CreateBusinessPlan: "|,;~|Grants permission to create business plans in AWS Partner Central",
  CreateChannelHandshake:
    "|,;~~partnercentral-channel~|Grants permission to create channel handshakes in AWS Partner Central",
  CreateCollaborationChannelMembers:
    "|,;~|Grants permission to create collaboration channel members in AWS Partner Central",
  CreateCollaborationChannelRequest:
    "|,;~|Grants permission to create collaboration channel requests in AWS Partner Central",
  CreateConnectionInvitation:
    "|,;~~partnercentral-account~|Grants permission to create connection invitations in AWS Partner Central",
  CreateEngagement: "|,;~~~,~~|Grants permission to creating engagements in AWS Partner Central",
  CreateEngagementContext: "|,;~|Grants permission to create engagement contexts in AWS Partner Central",
  CreateEngagementInvitation: "|,;~~~|Grants permission to creating engagement invitations in AWS Partner Central",
  CreateOpportunity: "|,;~~~,~~|Grants permission to create new Opportunities on AWS Partner Central",
  CreatePartner: "|,;~~partnercentral-account~|Grants permission to create partners in AWS Partner Central",
  CreateProgramManagementAccount:
    "|,;~~partnercentral-channel~|Grants permission to create program management accounts in AWS Partner Central",
  CreateRelationship: "|,;~~partnercentral-channel~|Grants permission to create relationships in AWS Partner Central",
  CreateResourceSnapshot: "|,;~~~,~~,~~,~~|Grants permission to creating resource snapshots in AWS Partner Central",
  CreateResourceSnapshotJob: "|,;~~~,~~,~~|Grants permission to creating resource snapshot jobs in AWS Partner Central",
  DeleteProgramManagementAccount:
    "|,;~~partnercentral-channel~|Grants permission to delete program management accounts in AWS Partner Central",
  DeleteRelationship: "|,;~~partnercentral-channel~|Grants permission to delete relationships in AWS Partner Central",
  DeleteResourceSnapshotJob: "|,;~~~|Grants permission to deleting resource snapshot jobs on AWS Partner Central",
  DisassociateAwsTrainingCertificationEmailDomain:
    "|,;~~partnercentral-account~|Grants permission to disassociate AWS Training and Certification email domains in AWS Partner Central",
  DisassociateBenefitApplicationResource:
    "|,;~~partnercentral-benefits~|Grants permission to disassociate benefit application resources in AWS Partner Central",
  DisassociateOpportunity:
    "|,;~~~|Grants permission to disassociate Opportunities on AWS Partner Central from other entities",
  EnrollInPartnerPath: "|,;~|Grants permission to enroll in partner paths in AWS Partner Central",
  GetAllianceLeadContact:
    "|,;~~partnercentral-account~|Grants permission to retrieve alliance lead contact information in AWS Partner Central",
  GetAwsOpportunitySummary:
    "|,;~~~,~~|Grants permission to retrieve AWS Opportunity Summaries for Opportunities on AWS Partner Central",
  GetBenefit: "|,;~~partnercentral-benefits~|Grants permission to retrieve benefit details in AWS Partner Central",
  GetBenefitAllocation:
    "|,;~~partnercentral-benefits~|Grants permission to retrieve benefit allocation details in AWS Partner Central",
  GetBenefitApplication:
    "|,;~~partnercentral-benefits~|Grants permission to retrieve benefit application details in AWS Partner Central",
  GetBusinessPlan: "|,;~|Grants permission to retrieve business plan details in AWS Partner Central",
  GetCollaborationChannel: "|,;~|Grants permission to retrieve collaboration channel details in AWS Partner Central",
  GetConnection: "|,;~~partnercentral-account~|Grants permission to retrieve connection details in AWS Partner Central",
  GetConnectionInvitation:
    "|,;~~partnercentral-account~|Grants permission to retrieve connection invitation details in AWS Partner Central",
  GetConnectionPreferences:
    "|,;~~partnercentral-account~|Grants permission to retrieve connection preferences in AWS Partner Central",
  GetEngagement: "|,;~~~,~~|Grants permission to retrieval of engagement details in AWS Partner Central",
  GetEngagementInvitation:
    "|,;~~~,~~|Grants permission to retrieve details of Engagement Invitations on AWS Partner Central",
  GetOpportunity: "|,;~~~,~~,~~,~~,~~|Grants permission to retrieve details of Opportunities on AWS Partner Central",
  GetPartner: "|,;~~partnercentral-account~|Grants permission to retrieve partner details in AWS Partner Central",
  GetPartnerDashboard: "|,;~|Grants permission to retrieve partner dashboard information in AWS Partner Central",
  GetPartnerProfile: "|,;~|Grants permission to retrieve public partner profile details in AWS Partner Central",
  GetProfileUpdateTask:
    "|,;~~partnercentral-account~|Grants permission to retrieve profile update task details in AWS Partner Central",
  GetProfileVisibility:
    "|,;~~partnercentral-account~|Grants permission to retrieve profile visibility settings in AWS Partner Central",
  GetProgramManagementAccount:
    "|,;~~partnercentral-channel~,~partnercentral-channel~|Grants permission to retrieve program management account details in AWS Partner Central",
  GetRelationship:
    "|,;~~partnercentral-channel~,~partnercentral-channel~|Grants permission to retrieve relationship details in AWS Partner Central",
  GetResourceSnapshot: "|,;~~~|Grants permission to retrieving resource snapshot details in AWS Partner Central",
  GetResourceSnapshotJob: "|,;~~~|Grants permission to retrieving resource snapshot job details in AWS Partner Central",
  GetSellingSystemSettings: "|,;~~~|Grants permission to retrieving selling system settings in AWS Partner Central",
  GetVerification:
    "|,;~~partnercentral-account~|Grants permission to retrieve verification details in AWS Partner Central",
  ListBenefitAllocations:
    "|,;~~partnercentral-benefits~|Grants permission to list benefit allocations in AWS Partner Central",
  ListBenefitApplications:
    "|,;~~partnercentral-benefits~|Grants permission to list benefit applications in AWS Partner Central",
  ListBenefits: "|,;~~partnercentral-benefits~|Grants permission to list benefits in AWS Partner Central",
  ListBusinessPlans: "|,;~|Grants permission to list business plans in AWS Partner Central",
  ListChannelHandshakes:
    "|,;~~partnercentral-channel~|Grants permission to list channel handshakes in AWS Partner Central",
  ListCollaborationChannels: "|,;~|Grants permission to list collaboration channels in AWS Partner Central",
  ListConnectionInvitations:
    "|,;~~partnercentral-account~|Grants permission to list connection invitations in AWS Partner Central",
  ListConnections: "|,;~~partnercentral-account~|Grants permission to list connections in AWS Partner Central",
  ListEngagementByAcceptingInvitationTasks:
    "|,;~~~|Grants permission to listing engagements by accepting invitation tasks in AWS Partner Central",
  ListEngagementFromOpportunityTasks:
    "|,;~~~|Grants permission to listing engagements from opportunity tasks in AWS Partner Central",
  ListEngagementInvitations: "|,;~~~|Grants permission to list Engagement Invitations on AWS Partner Central",
  ListEngagementMembers: "|,;~~~|Grants permission to listing engagement members in AWS Partner Central",
  ListEngagementResourceAssociations:
    "|,;~~~|Grants permission to listing engagement resource associations in AWS Partner Central",
  ListEngagements: "|,;~~~|Grants permission to listing engagements in AWS Partner Central",
  ListOpportunities: "|,;~~~|Grants permission to list Opportunities on AWS Partner Central",
  ListOpportunityFromEngagementTasks:
    "|,;~|Grants permission to list opportunity from engagement tasks in AWS Partner Central",
  ListPartnerPaths: "|,;~|Grants permission to list partner paths in AWS Partner Central",
  ListPartners: "|,;~~partnercentral-account~|Grants permission to list partners in AWS Partner Central",
  ListProgramManagementAccounts:
    "|,;~~partnercentral-channel~|Grants permission to list program management accounts in AWS Partner Central",
  ListRelationships: "|,;~~partnercentral-channel~|Grants permission to list relationships in AWS Partner Central",
  ListResourceSnapshotJobs: "|,;~~~|Grants permission to listing resource snapshot jobs in AWS Partner Central",
  ListResourceSnapshots: "|,;~~~|Grants permission to listing resource snapshots in AWS Partner Central",
  ListSolutions: "|,;~~~|Grants permission to list Solutions on AWS Partner Central",
  ListTagsForResource:
    "|,;~~partnercentral-benefits~,~partnercentral-account~;~partnercentral-benefits~;~partnercentral-channel~;~~|Grants permission to add lists tags to a resource. Supported resource: ResourceSnapshotJob",
  PutAllianceLeadContact:
    "|,;~~partnercentral-account~|Grants permission to set alliance lead contact information in AWS Partner Central",
  PutBusinessPlan: "|,;~|Grants permission to update business plans in AWS Partner Central",
  PutProfileVisibility:
    "|,;~~partnercentral-account~|Grants permission to set profile visibility in AWS Partner Central",
  PutSellingSystemSettings: "|,;~~~|Grants permission to put selling system settings in AWS Partner Central",
  RecallBenefitApplication:
    "|,;~~partnercentral-benefits~|Grants permission to recall benefit applications in AWS Partner Central",
  RejectChannelHandshake:
    "|,;~~partnercentral-channel~|Grants permission to reject channel handshakes in AWS Partner Central",
  RejectConnectionInvitation:
    "|,;~~partnercentral-account~|Grants permission to reject connection invitations in AWS Partner Central",
  RejectEngagementInvitation: "|,;~~~|Grants permission to reject Engagement Invitations on AWS Partner Central",
  SearchPartnerProfiles: "|,;~|Grants permission to search public partner profiles in AWS Partner Central",
  SendEmailVerificationCode:
    "|,;~~partnercentral-account~|Grants permission to send email verification codes in AWS Partner Central",
  StartEngagementByAcceptingInvitationTask:
    "|,;~~~|Grants permission to initiate tasks that start Engagements on AWS Partner Central by accepting an Engagement Invitation",
  StartEngagementFromOpportunityTask:
    "|,;~~~|Grants permission to initiate tasks that start Engagements from Opportunities on AWS Partner Central",
  StartOpportunityFromEngagementTask:
    "|,;~|Grants permission to initiate tasks that start Opportunities from Engagements on AWS Partner Central",
  StartProfileUpdateTask:
    "|,;~~partnercentral-account~|Grants permission to start profile update tasks in AWS Partner Central",
  StartResourceSnapshotJob: "|,;~~~,~~,~~|Grants permission to starting resource snapshot jobs in AWS Partner Central",
  StartVerification:
    "|,;~~partnercentral-account~|Grants permission to start verification processes in AWS Partner Central",
  StopResourceSnapshotJob: "|,;~~~|Grants permission to stopping resource snapshot jobs in AWS Partner Central",
  SubmitBenefitApplication:
    "|,;~~partnercentral-benefits~|Grants permission to submit benefit applications in AWS Partner Central",
  SubmitOpportunity: "|,;~~~,~~,~~|Grants permission to submit Opportunities on AWS Partner Central",
  TagResource:
    "|,;~~partnercentral-benefits~,~~,~partnercentral-account~,~partnercentral-channel~,~partnercentral-channel~,~~,~~,~partnercentral-account~;~partnercentral-benefits~;~partnercentral-channel~;~~|Grants permission to add new tags to a resource. Supported resource: ResourceSnapshotJob",
  UntagResource:
    "|,;~~partnercentral-account~;~partnercentral-benefits~;~partnercentral-channel~;~~|Grants permission to remove tags from a resource. Supported resource: ResourceSnapshotJob",
  UpdateBenefitApplication:
    "|,;~~partnercentral-benefits~|Grants permission to update benefit applications in AWS Partner Central",
  UpdateConnectionPreferences:
    "|,;~~partnercentral-account~|Grants permission to update connection preferences in AWS Partner Central",
  UpdateEngagementContext: "|,;~|Grants permission to update engagement contexts in AWS Partner Central",
  UpdateOpportunity: "|,;~~~|Grants permission to update Opportunities on AWS Partner Central",
  UpdateProgramManagementAccount:
    "|,;~~partnercentral-channel~|Grants permission to update program management accounts in AWS Partner Central",
  UpdateRelationship: "|,;~~partnercentral-channel~|Grants permission to update relationships in AWS Partner Central",
  UseSession: "|,;~|Grants permission to use Partner Central Agents sessions in AWS Partner Central",
};
const resourceTypeFacts = {
  /** The Benefit resource type: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/benefit/${Identifier} */
  Benefit: "|,benefit|",
  /** The BenefitAllocation resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/benefit-allocation/${Identifier} */
  BenefitAllocation: "|,benefitAllocation|",
  /** The BenefitApplication resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/benefit-application/${Identifier} */
  BenefitApplication: "|,benefitApplication|1",
  /** The ChannelHandshake resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/channel-handshake/${Identifier} */
  ChannelHandshake: "|,channelHandshake|1",
  /** The Connection resource type: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/connection/${Identifier} */
  Connection: "|,connection|",
  /** The ConnectionInvitation resource type: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/connection-invitation/${Identifier} */
  ConnectionInvitation: "|,connectionInvitation|",
  /** The ConnectionPreferences resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/connection-preferences */
  ConnectionPreferences: "|,connectionPreferences|",
  /** The Dashboard resource type: arn:${Partition}:partnercentral::${Account}:catalog/${Catalog}/ReportingData/${TableId}/Dashboard/${DashboardId} */
  Dashboard: "|,dashboard|",
  /** The Engagement resource type: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement/${Identifier} */
  Engagement: "|,engagement|",
  /** The Opportunity resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/opportunity/${Identifier} */
  Opportunity: "|,opportunity|1",
  /** The OpportunityFromEngagementTask resource type: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/opportunity-from-engagement-task/${TaskId} */
  OpportunityFromEngagementTask: "|,opportunityFromEngagementTask|",
  /** The Partner resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/partner/${Identifier} */
  Partner: "|,partner|1",
  /** The ProgramManagementAccount resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/program-management-account/${Identifier} */
  ProgramManagementAccount: "|,programManagementAccount|1",
  /** The Relationship resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/program-management-account/${ProgramManagementAccountId}/relationship/${RelationshipId} */
  Relationship: "|,relationship|1",
  /** The ResourceSnapshot resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/engagement/${EngagementIdentifier}/resource/${ResourceType}/${ResourceIdentifier}/template/${TemplateIdentifier}/resource-snapshot/${SnapshotRevision} */
  ResourceSnapshot: "|,resourceSnapshot|",
  /** The Solution resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/solution/${Identifier} */
  Solution: "|,solution|",
  /** The engagement-by-accepting-invitation-task resource type: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement-by-accepting-invitation-task/${TaskId} */
  "engagement-by-accepting-invitation-task": "|,engagementByAcceptingInvitationTask|",
  /** The engagement-from-opportunity-task resource type: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement-from-opportunity-task/${TaskId} */
  "engagement-from-opportunity-task": "|,engagementFromOpportunityTask|",
  /** The engagement-invitation resource type: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement-invitation/${Identifier} */
  "engagement-invitation": "|,engagementInvitation|",
  /** The resource-snapshot-job resource type: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/resource-snapshot-job/${Identifier} */
  "resource-snapshot-job": "|,resourceSnapshotJob|1",
} as const;
const arnFormats = {
  /** ARN of a Benefit resource: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/benefit/${Identifier}. */
  benefit: "|,Benefit|arn:|Partition|:partnercentral:|Region|::catalog/|Catalog|/benefit/|Identifier|",
  /** ARN of a BenefitAllocation resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/benefit-allocation/${Identifier}. */
  benefitAllocation:
    "|,BenefitAllocation|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/benefit-allocation/|Identifier|",
  /** ARN of a BenefitApplication resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/benefit-application/${Identifier}. */
  benefitApplication:
    "|,BenefitApplication|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/benefit-application/|Identifier|",
  /** ARN of a ChannelHandshake resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/channel-handshake/${Identifier}. */
  channelHandshake:
    "|,ChannelHandshake|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/channel-handshake/|Identifier|",
  /** ARN of a Connection resource: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/connection/${Identifier}. */
  connection: "|,Connection|arn:|Partition|:partnercentral:|Region|::catalog/|Catalog|/connection/|Identifier|",
  /** ARN of a ConnectionInvitation resource: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/connection-invitation/${Identifier}. */
  connectionInvitation:
    "|,ConnectionInvitation|arn:|Partition|:partnercentral:|Region|::catalog/|Catalog|/connection-invitation/|Identifier|",
  /** ARN of a ConnectionPreferences resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/connection-preferences. */
  connectionPreferences:
    "|,ConnectionPreferences|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/connection-preferences",
  /** ARN of a Dashboard resource: arn:${Partition}:partnercentral::${Account}:catalog/${Catalog}/ReportingData/${TableId}/Dashboard/${DashboardId}. */
  dashboard:
    "|,Dashboard|arn:|Partition|:partnercentral::|Account|:catalog/|Catalog|/ReportingData/|TableId|/Dashboard/|DashboardId|",
  /** ARN of a Engagement resource: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement/${Identifier}. */
  engagement: "|,Engagement|arn:|Partition|:partnercentral:|Region|::catalog/|Catalog|/engagement/|Identifier|",
  /** ARN of a engagement-by-accepting-invitation-task resource: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement-by-accepting-invitation-task/${TaskId}. */
  engagementByAcceptingInvitationTask:
    "|,engagement-by-accepting-invitation-task|arn:|Partition|:partnercentral:|Region|::catalog/|Catalog|/engagement-by-accepting-invitation-task/|TaskId|",
  /** ARN of a engagement-from-opportunity-task resource: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement-from-opportunity-task/${TaskId}. */
  engagementFromOpportunityTask:
    "|,engagement-from-opportunity-task|arn:|Partition|:partnercentral:|Region|::catalog/|Catalog|/engagement-from-opportunity-task/|TaskId|",
  /** ARN of a engagement-invitation resource: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement-invitation/${Identifier}. */
  engagementInvitation:
    "|,engagement-invitation|arn:|Partition|:partnercentral:|Region|::catalog/|Catalog|/engagement-invitation/|Identifier|",
  /** ARN of a Opportunity resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/opportunity/${Identifier}. */
  opportunity:
    "|,Opportunity|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/opportunity/|Identifier|",
  /** ARN of a OpportunityFromEngagementTask resource: arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/opportunity-from-engagement-task/${TaskId}. */
  opportunityFromEngagementTask:
    "|,OpportunityFromEngagementTask|arn:|Partition|:partnercentral:|Region|::catalog/|Catalog|/opportunity-from-engagement-task/|TaskId|",
  /** ARN of a Partner resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/partner/${Identifier}. */
  partner: "|,Partner|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/partner/|Identifier|",
  /** ARN of a ProgramManagementAccount resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/program-management-account/${Identifier}. */
  programManagementAccount:
    "|,ProgramManagementAccount|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/program-management-account/|Identifier|",
  /** ARN of a Relationship resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/program-management-account/${ProgramManagementAccountId}/relationship/${RelationshipId}. */
  relationship:
    "|,Relationship|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/program-management-account/|ProgramManagementAccountId|/relationship/|RelationshipId|",
  /** ARN of a ResourceSnapshot resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/engagement/${EngagementIdentifier}/resource/${ResourceType}/${ResourceIdentifier}/template/${TemplateIdentifier}/resource-snapshot/${SnapshotRevision}. */
  resourceSnapshot:
    "|,ResourceSnapshot|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/engagement/|EngagementIdentifier|/resource/|ResourceType,resourceType2|/|ResourceIdentifier|/template/|TemplateIdentifier|/resource-snapshot/|SnapshotRevision|",
  /** ARN of a resource-snapshot-job resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/resource-snapshot-job/${Identifier}. */
  resourceSnapshotJob:
    "|,resource-snapshot-job|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/resource-snapshot-job/|Identifier|",
  /** ARN of a Solution resource: arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/solution/${Identifier}. */
  solution: "|,Solution|arn:|Partition|:partnercentral:|Region|:|Account|:catalog/|Catalog|/solution/|Identifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Benefit",
  "BenefitAllocation",
  "BenefitApplication",
  "ChannelHandshake",
  "Connection",
  "ConnectionInvitation",
  "ConnectionPreferences",
  "Dashboard",
  "Engagement",
  "Opportunity",
  "OpportunityFromEngagementTask",
  "Partner",
  "ProgramManagementAccount",
  "Relationship",
  "ResourceSnapshot",
  "Solution",
  "engagement-by-accepting-invitation-task",
  "engagement-from-opportunity-task",
  "engagement-invitation",
  "resource-snapshot-job",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "partnercentral">;
/** Any partnercentral action. */
export type Action = ActionOf<typeof actionFacts, "partnercentral">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "partnercentral">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "partnercentral-selling" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every partnercentral action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a specific Catalog. */
  "partnercentral:Catalog": "String";
  /** Filters access by channel handshake types. */
  "partnercentral:ChannelHandshakeType": "String";
  /** Filters access by benefit fulfillment types. */
  "partnercentral:FulfillmentTypes": "ArrayOfString";
  /** Filters access by program. */
  "partnercentral:Programs": "ArrayOfString";
  /** Filters access by entity types for Opportunity association. */
  "partnercentral:RelatedEntityType": "String";
  /** Filters access by the type of verification being performed. */
  "partnercentral:VerificationType": "String";
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
  "partnercentral:Catalog": "|,String|0||Filters access by a specific Catalog",
  "partnercentral:ChannelHandshakeType": "|,String|0||Filters access by channel handshake types",
  "partnercentral:FulfillmentTypes": "|,ArrayOfString|0||Filters access by benefit fulfillment types",
  "partnercentral:Programs": "|,ArrayOfString|0||Filters access by program",
  "partnercentral:RelatedEntityType": "|,String|0||Filters access by entity types for Opportunity association",
  "partnercentral:VerificationType": "|,String|0||Filters access by the type of verification being performed",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "partnercentral",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
