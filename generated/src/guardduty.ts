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
export const prefix: "guardduty" = "guardduty";
/** The service's name in the reference. */
export const serviceName: "Amazon GuardDuty" = "Amazon GuardDuty";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon GuardDuty",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonguardduty.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "guardduty:TagResource",
  "iam:DeleteRolePolicy",
  "iam:PassRole",
  "iam:PutRolePolicy",
  "s3:GetObject",
  "s3:ListBucket",
] as const;
const actionFacts = {
  /** Grants permission to accept invitations to become a GuardDuty member account. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_AcceptAdministratorInvitation.html */
  AcceptAdministratorInvitation: "W||||||;",
  /** Grants permission to accept invitations to become a GuardDuty member account. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_AcceptInvitation.html */
  AcceptInvitation: "W||||||;",
  /** Grants permission to archive GuardDuty findings. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ArchiveFindings.html */
  ArchiveFindings: "W||||||;",
  /** Grants permission to create a detector. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html */
  CreateDetector: "W||||0,1,2|0|;",
  /** Grants permission to create GuardDuty filters. A filters defines finding attributes and conditions used to filter findings. Access level: Write. Resources: filter*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateFilter.html */
  CreateFilter: "W|||1;1;|0,2|0|;",
  /** Grants permission to create an IPSet. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateIPSet.html */
  CreateIPSet: "W||||0,1,2|0,1,3|;",
  /** Grants permission to create a new Malware Protection plan. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateMalwareProtectionPlan.html */
  CreateMalwareProtectionPlan: "W||||0,1,2|0,2|;",
  /** Grants permission to create GuardDuty member accounts, where the account used to create a member becomes the GuardDuty administrator account. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateMembers.html */
  CreateMembers: "W||||||;",
  /** Grants permission to create a publishing destination. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreatePublishingDestination.html */
  CreatePublishingDestination: "W||||0,1,2|0,4,5|;",
  /** Grants permission to create sample findings. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateSampleFindings.html */
  CreateSampleFindings: "W||||||;",
  /** Grants permission to create GuardDuty ThreatEntitySets, where a ThreatEntitySet consists of known malicious IP addresses and/or domains used by GuardDuty to generate findings. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateThreatEntitySet.html */
  CreateThreatEntitySet: "W||||0,2|0,4|;",
  /** Grants permission to create GuardDuty ThreatIntelSets, where a ThreatIntelSet consists of known malicious IP addresses used by GuardDuty to generate findings. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateThreatIntelSet.html */
  CreateThreatIntelSet: "W||||0,2|0|;",
  /** Grants permission to create a TrustedEntitySet. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateTrustedEntitySet.html */
  CreateTrustedEntitySet: "W||||0,1,2|0,4|;",
  /** Grants permission to decline invitations to become a GuardDuty member account. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeclineInvitations.html */
  DeclineInvitations: "W||||||;",
  /** Grants permission to delete GuardDuty detectors. Access level: Write. Resources: detector*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteDetector.html */
  DeleteDetector: "W|||0;1;|||;",
  /** Grants permission to delete GuardDuty filters. Access level: Write. Resources: filter*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteFilter.html */
  DeleteFilter: "W|||1;1;|||;",
  /** Grants permission to delete GuardDuty IPSets. Access level: Write. Resources: ipset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteIPSet.html */
  DeleteIPSet: "W|||2;1;|||;",
  /** Grants permission to delete invitations to become a GuardDuty member account. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteInvitations.html */
  DeleteInvitations: "W||||||;",
  /** Grants permission to delete a Malware Protection plan. Access level: Write. Resources: malwareprotectionplan*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteMalwareProtectionPlan.html */
  DeleteMalwareProtectionPlan: "W|||3;1;|||;",
  /** Grants permission to delete GuardDuty member accounts. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteMembers.html */
  DeleteMembers: "W||||||;",
  /** Grants permission to delete a publishing destination. Access level: Write. Resources: publishingDestination*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeletePublishingDestination.html */
  DeletePublishingDestination: "W|||4;1;|||;",
  /** Grants permission to delete GuardDuty ThreatEntitySets. Access level: Write. Resources: threatentityset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteThreatEntitySet.html */
  DeleteThreatEntitySet: "W|||5;1;|||;",
  /** Grants permission to delete GuardDuty ThreatIntelSets. Access level: Write. Resources: threatintelset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteThreatIntelSet.html */
  DeleteThreatIntelSet: "W|||6;1;|||;",
  /** Grants permission to delete GuardDuty TrustedEntitySets. Access level: Write. Resources: trustedentityset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteTrustedEntitySet.html */
  DeleteTrustedEntitySet: "W|||7;1;|||;",
  /** Grants permission to retrieve details about malware scans. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DescribeMalwareScans.html */
  DescribeMalwareScans: "R||||||;",
  /** Grants permission to retrieve details about the delegated administrator associated with a GuardDuty detector. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DescribeOrganizationConfiguration.html */
  DescribeOrganizationConfiguration: "R||||||;",
  /** Grants permission to retrieve details about a publishing destination. Access level: Read. Resources: publishingDestination*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DescribePublishingDestination.html */
  DescribePublishingDestination: "R|||4;1;|||;",
  /** Grants permission to disable the organization delegated administrator for GuardDuty. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DisableOrganizationAdminAccount.html */
  DisableOrganizationAdminAccount: "W||||||;",
  /** Grants permission to disassociate a GuardDuty member account from its GuardDuty administrator account. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DisassociateFromAdministratorAccount.html */
  DisassociateFromAdministratorAccount: "W||||||;",
  /** Grants permission to disassociate a GuardDuty member account from its GuardDuty administrator account. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DisassociateFromMasterAccount.html */
  DisassociateFromMasterAccount: "W||||||;",
  /** Grants permission to disassociate GuardDuty member accounts from their administrator GuardDuty account. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DisassociateMembers.html */
  DisassociateMembers: "W||||||;",
  /** Grants permission to enable an organization delegated administrator for GuardDuty. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_EnableOrganizationAdminAccount.html */
  EnableOrganizationAdminAccount: "W||||||;",
  /** Grants permission to retrieve details of the GuardDuty administrator account associated with a member account. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetAdministratorAccount.html */
  GetAdministratorAccount: "R||||||;",
  /** Grants permission to list Amazon GuardDuty coverage statistics for the specified GuardDuty account in a Region. Access level: Read. Resources: detector*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetCoverageStatistics.html */
  GetCoverageStatistics: "R|||0;1;|||;",
  /** Grants permission to retrieve GuardDuty detectors. Access level: Read. Resources: detector*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetDetector.html */
  GetDetector: "R|||0;1;|||;",
  /** Grants permission to retrieve GuardDuty filters. Access level: Read. Resources: filter*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetFilter.html */
  GetFilter: "R|||1;1;|||;",
  /** Grants permission to retrieve GuardDuty findings. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetFindings.html */
  GetFindings: "R||||||;",
  /** Grants permission to retrieve a list of GuardDuty finding statistics. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetFindingsStatistics.html */
  GetFindingsStatistics: "R||||||;",
  /** Grants permission to retrieve GuardDuty IPSets. Access level: Read. Resources: ipset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetIPSet.html */
  GetIPSet: "R|||2;1;|||;",
  /** Grants permission to retrieve the count of all GuardDuty invitations sent to a specified account, which does not include the accepted invitation. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetInvitationsCount.html */
  GetInvitationsCount: "R||||||;",
  /** Grants permission to retrieve a Malware Protection plan details. Access level: Read. Resources: malwareprotectionplan*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetMalwareProtectionPlan.html */
  GetMalwareProtectionPlan: "R|||3;1;|||;",
  /** Grants permission to retrieve a malware scan's details. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetMalwareScan.html */
  GetMalwareScan: "R||||||;",
  /** Grants permission to retrieve the malware scan settings. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetMalwareScanSettings.html */
  GetMalwareScanSettings: "R||||||;",
  /** Grants permission to retrieve details of the GuardDuty administrator account associated with a member account. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetMasterAccount.html */
  GetMasterAccount: "R||||||;",
  /** Grants permission to describe which data sources are enabled for member accounts detectors. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetMemberDetectors.html */
  GetMemberDetectors: "R||||||;",
  /** Grants permission to retrieve the member accounts associated with an administrator account. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetMembers.html */
  GetMembers: "R||||||;",
  /** Grants permission to retrieve GuardDuty protection plan coverage statistics for member accounts in a Region. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetOrganizationStatistics.html */
  GetOrganizationStatistics: "R||||||;",
  /** Grants permission to provide the number of days left for each data source used in the free trial period. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetRemainingFreeTrialDays.html */
  GetRemainingFreeTrialDays: "R||||||;",
  /** Grants permission to retrieve GuardDuty ThreatEntitySets. Access level: Read. Resources: threatentityset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetThreatEntitySet.html */
  GetThreatEntitySet: "R|||5;1;|||;",
  /** Grants permission to retrieve GuardDuty ThreatIntelSets. Access level: Read. Resources: threatintelset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetThreatIntelSet.html */
  GetThreatIntelSet: "R|||6;1;|||;",
  /** Grants permission to retrieve GuardDuty TrustedEntitySets. Access level: Read. Resources: trustedentityset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetTrustedEntitySet.html */
  GetTrustedEntitySet: "R|||7;1;|||;",
  /** Grants permission to list Amazon GuardDuty usage statistics over the last 30 days for the specified detector ID. Access level: Read. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetUsageStatistics.html */
  GetUsageStatistics: "R||||||;",
  /** Grants permission to invite other AWS accounts to enable GuardDuty and become GuardDuty member accounts. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_InviteMembers.html */
  InviteMembers: "W||||||;",
  /** Grants permission to list all the resource details for a given account in a Region. Access level: List. Resources: detector*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListCoverage.html */
  ListCoverage: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of GuardDuty detectors. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListDetectors.html */
  ListDetectors: "L||||||;",
  /** Grants permission to retrieve a list of GuardDuty filters. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListFilters.html */
  ListFilters: "L||||||;",
  /** Grants permission to retrieve a list of GuardDuty findings. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListFindings.html */
  ListFindings: "L||||||;",
  /** Grants permission to retrieve a list of GuardDuty IPSets. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListIPSets.html */
  ListIPSets: "L||||||;",
  /** Grants permission to retrieve a list of all of the GuardDuty membership invitations that were sent to an AWS account. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListInvitations.html */
  ListInvitations: "L||||||;",
  /** Grants permission to retrieve a list of Malware Protection plans. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListMalwareProtectionPlans.html */
  ListMalwareProtectionPlans: "L||||||;",
  /** Grants permission to retrieve a list of malware scans. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListMalwareScans.html */
  ListMalwareScans: "L||||||;",
  /** Grants permission to retrieve a list of GuardDuty member accounts associated with an administrator account. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListMembers.html */
  ListMembers: "L||||||;",
  /** Grants permission to list details about the organization delegated administrator for GuardDuty. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListOrganizationAdminAccounts.html */
  ListOrganizationAdminAccounts: "L||||||;",
  /** Grants permission to retrieve a list of publishing destinations. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListPublishingDestinations.html */
  ListPublishingDestinations: "L||||||;",
  /** Grants permission to retrieve a list of tags associated with a GuardDuty resource. Access level: Read. Resources: detector, filter, ipset, malwareprotectionplan, publishingDestination, threatentityset, threatintelset, trustedentityset. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|||;",
  /** Grants permission to retrieve a list of GuardDuty ThreatEntitySets. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListThreatEntitySets.html */
  ListThreatEntitySets: "L||||||;",
  /** Grants permission to retrieve a list of GuardDuty ThreatIntelSets. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListThreatIntelSets.html */
  ListThreatIntelSets: "L||||||;",
  /** Grants permission to retrieve a list of GuardDuty TrustedEntitySets. Access level: List. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListTrustedEntitySets.html */
  ListTrustedEntitySets: "L||||||;",
  /** Grants permission to initiate a new object malware scan. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_SendObjectMalwareScan.html */
  SendObjectMalwareScan: "W||||||;",
  /** Grants permission to send security telemetry for a specific GuardDuty account in a Region. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_SendSecurityTelemetry.html */
  SendSecurityTelemetry: "W||||||",
  /** Grants permission to initiate a new malware scan. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_StartMalwareScan.html */
  StartMalwareScan: "W|||||2|;",
  /** Grants permission to a GuardDuty administrator account to monitor findings from GuardDuty member accounts. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_StartMonitoringMembers.html */
  StartMonitoringMembers: "W||||||;",
  /** Grants permission to disable monitoring findings from member accounts. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_StopMonitoringMembers.html */
  StopMonitoringMembers: "W||||||;",
  /** Grants permission to add tags to a GuardDuty resource. Access level: Tagging. Resources: detector, filter, ipset, malwareprotectionplan, publishingDestination, threatentityset, threatintelset, trustedentityset. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|0,2||CreateDetector,CreateFilter,CreateIPSet,CreateMalwareProtectionPlan,CreatePublishingDestination,CreateThreatEntitySet,CreateThreatIntelSet,CreateTrustedEntitySet,;",
  /** Grants permission to unarchive GuardDuty findings. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UnarchiveFindings.html */
  UnarchiveFindings: "W||||||;",
  /** Grants permission to remove tags from a GuardDuty resource. Access level: Tagging. Resources: detector, filter, ipset, malwareprotectionplan, publishingDestination, threatentityset, threatintelset, trustedentityset. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|2||;",
  /** Grants permission to update GuardDuty detectors. Access level: Write. Resources: detector*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateDetector.html */
  UpdateDetector: "W|||0;1;|||;",
  /** Grants permission to updates GuardDuty filters. Access level: Write. Resources: filter*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateFilter.html */
  UpdateFilter: "W|||1;1;|||;",
  /** Grants permission to update findings feedback to mark GuardDuty findings as useful or not useful. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateFindingsFeedback.html */
  UpdateFindingsFeedback: "W||||||;",
  /** Grants permission to update GuardDuty IPSets. Access level: Write. Resources: ipset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateIPSet.html */
  UpdateIPSet: "W|||2;1;||1,3|;",
  /** Grants permission to update the Malware Protection plan. Access level: Write. Resources: malwareprotectionplan*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateMalwareProtectionPlan.html */
  UpdateMalwareProtectionPlan: "W|||3;1;||2|;",
  /** Grants permission to update the malware scan settings. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateMalwareScanSettings.html */
  UpdateMalwareScanSettings: "W||||||;",
  /** Grants permission to update which data sources are enabled for member accounts detectors. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateMemberDetectors.html */
  UpdateMemberDetectors: "W||||||;",
  /** Grants permission to update the delegated administrator configuration associated with a GuardDuty detector. Access level: Write. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateOrganizationConfiguration.html */
  UpdateOrganizationConfiguration: "W||||||;",
  /** Grants permission to update a publishing destination. Access level: Write. Resources: publishingDestination*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdatePublishingDestination.html */
  UpdatePublishingDestination: "W|||4;1;||4,5|;",
  /** Grants permission to update GuardDuty ThreatEntitySets. Access level: Write. Resources: threatentityset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateThreatEntitySet.html */
  UpdateThreatEntitySet: "W|||5;1;||4|;",
  /** Grants permission to updates the GuardDuty ThreatIntelSets. Access level: Write. Resources: threatintelset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateThreatIntelSet.html */
  UpdateThreatIntelSet: "W|||6;1;||1,3|;",
  /** Grants permission to update GuardDuty TrustedEntitySets. Access level: Write. Resources: trustedentityset*. https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateTrustedEntitySet.html */
  UpdateTrustedEntitySet: "W|||7;1;||4|;",
} as const;
const actionDetails = {
  AcceptAdministratorInvitation: "|,;~~~|Grants permission to accept invitations to become a GuardDuty member account",
  AcceptInvitation: "|,;~~~|Grants permission to accept invitations to become a GuardDuty member account",
  ArchiveFindings: "|,;~~~|Grants permission to archive GuardDuty findings",
  CreateDetector: "|,;~~~|Grants permission to create a detector",
  CreateFilter:
    "|,;~~~|Grants permission to create GuardDuty filters. A filters defines finding attributes and conditions used to filter findings",
  CreateIPSet: "|,;~~~|Grants permission to create an IPSet",
  CreateMalwareProtectionPlan: "|,;~~~|Grants permission to create a new Malware Protection plan",
  CreateMembers:
    "|,;~~~|Grants permission to create GuardDuty member accounts, where the account used to create a member becomes the GuardDuty administrator account",
  CreatePublishingDestination: "|,;~~~|Grants permission to create a publishing destination",
  CreateSampleFindings: "|,;~~~|Grants permission to create sample findings",
  CreateThreatEntitySet:
    "|,;~~~|Grants permission to create GuardDuty ThreatEntitySets, where a ThreatEntitySet consists of known malicious IP addresses and/or domains used by GuardDuty to generate findings",
  CreateThreatIntelSet:
    "|,;~~~|Grants permission to create GuardDuty ThreatIntelSets, where a ThreatIntelSet consists of known malicious IP addresses used by GuardDuty to generate findings",
  CreateTrustedEntitySet: "|,;~~~|Grants permission to create a TrustedEntitySet",
  DeclineInvitations: "|,;~~~|Grants permission to decline invitations to become a GuardDuty member account",
  DeleteDetector: "|,;~~~|Grants permission to delete GuardDuty detectors",
  DeleteFilter: "|,;~~~|Grants permission to delete GuardDuty filters",
  DeleteIPSet: "|,;~~~|Grants permission to delete GuardDuty IPSets",
  DeleteInvitations: "|,;~~~|Grants permission to delete invitations to become a GuardDuty member account",
  DeleteMalwareProtectionPlan: "|,;~~~|Grants permission to delete a Malware Protection plan",
  DeleteMembers: "|,;~~~|Grants permission to delete GuardDuty member accounts",
  DeletePublishingDestination: "|,;~~~|Grants permission to delete a publishing destination",
  DeleteThreatEntitySet: "|,;~~~|Grants permission to delete GuardDuty ThreatEntitySets",
  DeleteThreatIntelSet: "|,;~~~|Grants permission to delete GuardDuty ThreatIntelSets",
  DeleteTrustedEntitySet: "|,;~~~|Grants permission to delete GuardDuty TrustedEntitySets",
  DescribeMalwareScans: "|,;~~~|Grants permission to retrieve details about malware scans",
  DescribeOrganizationConfiguration:
    "|,;~~~|Grants permission to retrieve details about the delegated administrator associated with a GuardDuty detector",
  DescribePublishingDestination: "|,;~~~|Grants permission to retrieve details about a publishing destination",
  DisableOrganizationAdminAccount:
    "|,;~~~|Grants permission to disable the organization delegated administrator for GuardDuty",
  DisassociateFromAdministratorAccount:
    "|,;~~~|Grants permission to disassociate a GuardDuty member account from its GuardDuty administrator account",
  DisassociateFromMasterAccount:
    "|,;~~~|Grants permission to disassociate a GuardDuty member account from its GuardDuty administrator account",
  DisassociateMembers:
    "|,;~~~|Grants permission to disassociate GuardDuty member accounts from their administrator GuardDuty account",
  EnableOrganizationAdminAccount:
    "|,;~~~|Grants permission to enable an organization delegated administrator for GuardDuty",
  GetAdministratorAccount:
    "|,;~~~|Grants permission to retrieve details of the GuardDuty administrator account associated with a member account",
  GetCoverageStatistics:
    "|,;~~~|Grants permission to list Amazon GuardDuty coverage statistics for the specified GuardDuty account in a Region",
  GetDetector: "|,;~~~|Grants permission to retrieve GuardDuty detectors",
  GetFilter: "|,;~~~|Grants permission to retrieve GuardDuty filters",
  GetFindings: "|,;~~~|Grants permission to retrieve GuardDuty findings",
  GetFindingsStatistics: "|,;~~~|Grants permission to retrieve a list of GuardDuty finding statistics",
  GetIPSet: "|,;~~~|Grants permission to retrieve GuardDuty IPSets",
  GetInvitationsCount:
    "|,;~~~|Grants permission to retrieve the count of all GuardDuty invitations sent to a specified account, which does not include the accepted invitation",
  GetMalwareProtectionPlan: "|,;~~~|Grants permission to retrieve a Malware Protection plan details",
  GetMalwareScan: "|,;~~~|Grants permission to retrieve a malware scan's details",
  GetMalwareScanSettings: "|,;~~~|Grants permission to retrieve the malware scan settings",
  GetMasterAccount:
    "|,;~~~|Grants permission to retrieve details of the GuardDuty administrator account associated with a member account",
  GetMemberDetectors:
    "|,;~~~|Grants permission to describe which data sources are enabled for member accounts detectors",
  GetMembers: "|,;~~~|Grants permission to retrieve the member accounts associated with an administrator account",
  GetOrganizationStatistics:
    "|,;~~~|Grants permission to retrieve GuardDuty protection plan coverage statistics for member accounts in a Region",
  GetRemainingFreeTrialDays:
    "|,;~~~|Grants permission to provide the number of days left for each data source used in the free trial period",
  GetThreatEntitySet: "|,;~~~|Grants permission to retrieve GuardDuty ThreatEntitySets",
  GetThreatIntelSet: "|,;~~~|Grants permission to retrieve GuardDuty ThreatIntelSets",
  GetTrustedEntitySet: "|,;~~~|Grants permission to retrieve GuardDuty TrustedEntitySets",
  GetUsageStatistics:
    "|,;~~~|Grants permission to list Amazon GuardDuty usage statistics over the last 30 days for the specified detector ID",
  InviteMembers:
    "|,;~~~|Grants permission to invite other AWS accounts to enable GuardDuty and become GuardDuty member accounts",
  ListCoverage: "|,;~~~|Grants permission to list all the resource details for a given account in a Region",
  ListDetectors: "|,;~~~|Grants permission to retrieve a list of GuardDuty detectors",
  ListFilters: "|,;~~~|Grants permission to retrieve a list of GuardDuty filters",
  ListFindings: "|,;~~~|Grants permission to retrieve a list of GuardDuty findings",
  ListIPSets: "|,;~~~|Grants permission to retrieve a list of GuardDuty IPSets",
  ListInvitations:
    "|,;~~~|Grants permission to retrieve a list of all of the GuardDuty membership invitations that were sent to an AWS account",
  ListMalwareProtectionPlans: "|,;~~~|Grants permission to retrieve a list of Malware Protection plans",
  ListMalwareScans: "|,;~~~|Grants permission to retrieve a list of malware scans",
  ListMembers:
    "|,;~~~|Grants permission to retrieve a list of GuardDuty member accounts associated with an administrator account",
  ListOrganizationAdminAccounts:
    "|,;~~~|Grants permission to list details about the organization delegated administrator for GuardDuty",
  ListPublishingDestinations: "|,;~~~|Grants permission to retrieve a list of publishing destinations",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve a list of tags associated with a GuardDuty resource",
  ListThreatEntitySets: "|,;~~~|Grants permission to retrieve a list of GuardDuty ThreatEntitySets",
  ListThreatIntelSets: "|,;~~~|Grants permission to retrieve a list of GuardDuty ThreatIntelSets",
  ListTrustedEntitySets: "|,;~~~|Grants permission to retrieve a list of GuardDuty TrustedEntitySets",
  SendObjectMalwareScan: "|,;~~~|Grants permission to initiate a new object malware scan",
  SendSecurityTelemetry:
    "|,;~|Grants permission to send security telemetry for a specific GuardDuty account in a Region",
  StartMalwareScan: "|,;~~~|Grants permission to initiate a new malware scan",
  StartMonitoringMembers:
    "|,;~~~|Grants permission to a GuardDuty administrator account to monitor findings from GuardDuty member accounts",
  StopMonitoringMembers: "|,;~~~|Grants permission to disable monitoring findings from member accounts",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to a GuardDuty resource",
  UnarchiveFindings: "|,;~~~|Grants permission to unarchive GuardDuty findings",
  UntagResource: "|,;~~~|Grants permission to remove tags from a GuardDuty resource",
  UpdateDetector: "|,;~~~|Grants permission to update GuardDuty detectors",
  UpdateFilter: "|,;~~~|Grants permission to updates GuardDuty filters",
  UpdateFindingsFeedback:
    "|,;~~~|Grants permission to update findings feedback to mark GuardDuty findings as useful or not useful",
  UpdateIPSet: "|,;~~~|Grants permission to update GuardDuty IPSets",
  UpdateMalwareProtectionPlan: "|,;~~~|Grants permission to update the Malware Protection plan",
  UpdateMalwareScanSettings: "|,;~~~|Grants permission to update the malware scan settings",
  UpdateMemberDetectors:
    "|,;~~~|Grants permission to update which data sources are enabled for member accounts detectors",
  UpdateOrganizationConfiguration:
    "|,;~~~|Grants permission to update the delegated administrator configuration associated with a GuardDuty detector",
  UpdatePublishingDestination: "|,;~~~|Grants permission to update a publishing destination",
  UpdateThreatEntitySet: "|,;~~~|Grants permission to update GuardDuty ThreatEntitySets",
  UpdateThreatIntelSet: "|,;~~~|Grants permission to updates the GuardDuty ThreatIntelSets",
  UpdateTrustedEntitySet: "|,;~~~|Grants permission to update GuardDuty TrustedEntitySets",
};
const resourceTypeFacts = {
  /** The detector resource type: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId} */
  detector: "|,|1",
  /** The filter resource type: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/filter/${FilterName} */
  filter: "|,|1",
  /** The ipset resource type: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/ipset/${IPSetId} */
  ipset: "|,|1",
  /** The malwareprotectionplan resource type: arn:${Partition}:guardduty:${Region}:${Account}:malware-protection-plan/${MalwareProtectionPlanId} */
  malwareprotectionplan: "|,|1",
  /** The publishingDestination resource type: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/publishingdestination/${PublishingDestinationId} */
  publishingDestination: "|,|1",
  /** The threatentityset resource type: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/threatentityset/${ThreatEntitySetId} */
  threatentityset: "|,|1",
  /** The threatintelset resource type: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/threatintelset/${ThreatIntelSetId} */
  threatintelset: "|,|1",
  /** The trustedentityset resource type: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/trustedentityset/${TrustedEntitySetId} */
  trustedentityset: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a detector resource: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}. */
  detector: "|,detector|arn:|Partition|:guardduty:|Region|:|Account|:detector/|DetectorId|",
  /** ARN of a filter resource: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/filter/${FilterName}. */
  filter: "|,filter|arn:|Partition|:guardduty:|Region|:|Account|:detector/|DetectorId|/filter/|FilterName|",
  /** ARN of a ipset resource: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/ipset/${IPSetId}. */
  ipset: "|,ipset|arn:|Partition|:guardduty:|Region|:|Account|:detector/|DetectorId|/ipset/|IPSetId,ipSetId|",
  /** ARN of a malwareprotectionplan resource: arn:${Partition}:guardduty:${Region}:${Account}:malware-protection-plan/${MalwareProtectionPlanId}. */
  malwareprotectionplan:
    "|,malwareprotectionplan|arn:|Partition|:guardduty:|Region|:|Account|:malware-protection-plan/|MalwareProtectionPlanId|",
  /** ARN of a publishingDestination resource: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/publishingdestination/${PublishingDestinationId}. */
  publishingDestination:
    "|,publishingDestination|arn:|Partition|:guardduty:|Region|:|Account|:detector/|DetectorId|/publishingdestination/|PublishingDestinationId|",
  /** ARN of a threatentityset resource: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/threatentityset/${ThreatEntitySetId}. */
  threatentityset:
    "|,threatentityset|arn:|Partition|:guardduty:|Region|:|Account|:detector/|DetectorId|/threatentityset/|ThreatEntitySetId|",
  /** ARN of a threatintelset resource: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/threatintelset/${ThreatIntelSetId}. */
  threatintelset:
    "|,threatintelset|arn:|Partition|:guardduty:|Region|:|Account|:detector/|DetectorId|/threatintelset/|ThreatIntelSetId|",
  /** ARN of a trustedentityset resource: arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/trustedentityset/${TrustedEntitySetId}. */
  trustedentityset:
    "|,trustedentityset|arn:|Partition|:guardduty:|Region|:|Account|:detector/|DetectorId|/trustedentityset/|TrustedEntitySetId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "detector",
  "filter",
  "ipset",
  "malwareprotectionplan",
  "publishingDestination",
  "threatentityset",
  "threatintelset",
  "trustedentityset",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "guardduty">;
/** Any guardduty action. */
export type Action = ActionOf<typeof actionFacts, "guardduty">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "guardduty">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "guardduty" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every guardduty action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "guardduty",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
