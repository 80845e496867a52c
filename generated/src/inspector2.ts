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
export const prefix: "inspector2" = "inspector2";
/** The service's name in the reference. */
export const serviceName: "Amazon Inspector2" = "Amazon Inspector2";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Inspector2",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoninspector2.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["inspector2:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate an account with an Amazon Inspector administrator account. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_AssociateMember.html */
  AssociateMember: "W||||||;",
  /** Grants permission to associate multiple code repositories with an Amazon Inspector code security scan configuration. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchAssociateCodeSecurityScanConfiguration.html */
  BatchAssociateCodeSecurityScanConfiguration: "W||||||;",
  /** Grants permission to disassociate multiple code repositories from an Amazon Inspector code security scan configuration. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchDisassociateCodeSecurityScanConfiguration.html */
  BatchDisassociateCodeSecurityScanConfiguration: "W||||||;",
  /** Grants permission to retrieve information about Amazon Inspector accounts for an account. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchGetAccountStatus.html */
  BatchGetAccountStatus: "R||||||;",
  /** Grants permission to retrieve code snippet information about one or more code vulnerability findings. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchGetCodeSnippet.html */
  BatchGetCodeSnippet: "R||||||;",
  /** Grants permission to let a customer get enhanced vulnerability intelligence details for findings. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchGetFindingDetails.html */
  BatchGetFindingDetails: "R||||||;",
  /** Grants permission to retrieve free trial period eligibility about Amazon Inspector accounts for an account. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchGetFreeTrialInfo.html */
  BatchGetFreeTrialInfo: "R||||||;",
  /** Grants permission to delegated administrator to retrieve ec2 deep inspection status of member accounts. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchGetMemberEc2DeepInspectionStatus.html */
  BatchGetMemberEc2DeepInspectionStatus: "R||||||;",
  /** Grants permission to update ec2 deep inspection status by delegated administrator for its associated member accounts. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchUpdateMemberEc2DeepInspectionStatus.html */
  BatchUpdateMemberEc2DeepInspectionStatus: "W||||||;",
  /** Grants permission to cancel the generation of a findings report. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_CancelFindingsReport.html */
  CancelFindingsReport: "W||||||;",
  /** Grants permission to cancel the generation of an SBOM report. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_CancelSbomExport.html */
  CancelSbomExport: "W||||||;",
  /** Grants permission to create and define the settings for a CIS scan configuration. Access level: Write. Resources: CIS Scan Configuration*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_CreateCisScanConfiguration.html */
  CreateCisScanConfiguration: "W|||0;1;|0,1,2|0|;",
  /** Grants permission to create a code security integration with a source code repository provider. Access level: Write. Resources: Code Security Integration*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_CreateCodeSecurityIntegration.html */
  CreateCodeSecurityIntegration: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a scan configuration for code security scanning. Access level: Write. Resources: Code Security Scan Configuration*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_CreateCodeSecurityScanConfiguration.html */
  CreateCodeSecurityScanConfiguration: "W|||2;1;|0,2|0|;",
  /** Grants permission to create and define the settings for a findings filter. Access level: Write. Resources: Filter*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_CreateFilter.html */
  CreateFilter: "W|||3;1;|0,2|0|;",
  /** Grants permission to request the generation of a findings report. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_CreateFindingsReport.html */
  CreateFindingsReport: "W||||||;",
  /** Grants permission to request the generation of an SBOM report. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_CreateSbomExport.html */
  CreateSbomExport: "W||||||;",
  /** Grants permission to delete a CIS scan configuration. Access level: Write. Resources: CIS Scan Configuration*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_DeleteCisScanConfiguration.html */
  DeleteCisScanConfiguration: "W|||0;1;|1||;",
  /** Grants permission to delete a code security integration. Access level: Write. Resources: Code Security Integration*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_DeleteCodeSecurityIntegration.html */
  DeleteCodeSecurityIntegration: "W|||1;1;|||;",
  /** Grants permission to delete a code security scan configuration. Access level: Write. Resources: Code Security Scan Configuration*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_DeleteCodeSecurityScanConfiguration.html */
  DeleteCodeSecurityScanConfiguration: "W|||2;1;|||;",
  /** Grants permission to delete a findings filter. Access level: Write. Resources: Filter*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_DeleteFilter.html */
  DeleteFilter: "W|||3;1;|||;",
  /** Grants permission to retrieve information about the Amazon Inspector configuration settings for an AWS organization. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_DescribeOrganizationConfiguration.html */
  DescribeOrganizationConfiguration: "R||||||;",
  /** Grants permission to disable an Amazon Inspector account. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_Disable.html */
  Disable: "W||||||;",
  /** Grants permission to disable an account as the delegated Amazon Inspector administrator account for an AWS organization. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_DisableDelegatedAdminAccount.html */
  DisableDelegatedAdminAccount: "W||||||;",
  /** Grants permission to an Amazon Inspector administrator account to disassociate from an Inspector member account. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_DisassociateMember.html */
  DisassociateMember: "W||||||;",
  /** Grants permission to enable and specify the configuration settings for a new Amazon Inspector account. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_Enable.html */
  Enable: "W||||||;",
  /** Grants permission to enable an account as the delegated Amazon Inspector administrator account for an AWS organization. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_EnableDelegatedAdminAccount.html */
  EnableDelegatedAdminAccount: "W||||||;",
  /** Grants permission to retrieve a report containing information about completed CIS scans. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetCisScanReport.html */
  GetCisScanReport: "R||||||;",
  /** Grants permission to retrieve information about all details pertaining to one CIS scan and one targeted resource. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetCisScanResultDetails.html */
  GetCisScanResultDetails: "L||||||;",
  /** Grants permission to get cluster information for a given a continuously scanned amazon Ecr image. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetClustersForImage.html */
  GetClustersForImage: "R||||||;",
  /** Grants permission to retrieve information about a code security integration. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetCodeSecurityIntegration.html */
  GetCodeSecurityIntegration: "R||||||;",
  /** Grants permission to retrieve information about a specific code security scan. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetCodeSecurityScan.html */
  GetCodeSecurityScan: "R||||||;",
  /** Grants permission to retrieve information about a code security scan configuration. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetCodeSecurityScanConfiguration.html */
  GetCodeSecurityScanConfiguration: "R||||||;",
  /** Grants permission to retrieve information about the Amazon Inspector configuration settings for an AWS account. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetConfiguration.html */
  GetConfiguration: "R||||||;",
  /** Grants permission to retrieve information about the Amazon Inspector administrator account for an account. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetDelegatedAdminAccount.html */
  GetDelegatedAdminAccount: "R||||||;",
  /** Grants permission to retrieve ec2 deep inspection configuration for standalone accounts, delegated administrator and member account. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetEc2DeepInspectionConfiguration.html */
  GetEc2DeepInspectionConfiguration: "R||||||;",
  /** Grants permission to retrieve information about the KMS key used to encrypt code snippets with. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetEncryptionKey.html */
  GetEncryptionKey: "R||||||;",
  /** Grants permission to retrieve status for a requested findings report. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetFindingsReportStatus.html */
  GetFindingsReportStatus: "R||||||;",
  /** Grants permission to retrieve information about an account that's associated with an Amazon Inspector administrator account. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetMember.html */
  GetMember: "R||||||;",
  /** Grants permission to retrieve a requested SBOM report. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetSbomExport.html */
  GetSbomExport: "R||||||;",
  /** Grants permission to retrieve feature configuration permissions associated with an Amazon Inspector account within an organization. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListAccountPermissions.html */
  ListAccountPermissions: "L||||||;",
  /** Grants permission to retrieve information about all CIS scan configurations. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCisScanConfigurations.html */
  ListCisScanConfigurations: "L||||||;",
  /** Grants permission to retrieve information about all checks pertaining to one CIS scan. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCisScanResultsAggregatedByChecks.html */
  ListCisScanResultsAggregatedByChecks: "L||||||;",
  /** Grants permission to retrieve information about all resources pertaining to one CIS scan. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCisScanResultsAggregatedByTargetResource.html */
  ListCisScanResultsAggregatedByTargetResource: "L||||||;",
  /** Grants permission to retrieve information about completed CIS scans. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCisScans.html */
  ListCisScans: "L||||||;",
  /** Grants permission to list all code security integrations in your account. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCodeSecurityIntegrations.html */
  ListCodeSecurityIntegrations: "L||||||;",
  /** Grants permission to list the associations between code repositories and Amazon Inspector code security scan configurations. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCodeSecurityScanConfigurationAssociations.html */
  ListCodeSecurityScanConfigurationAssociations: "L||||||;",
  /** Grants permission to list all code security scan configurations in your account. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCodeSecurityScanConfigurations.html */
  ListCodeSecurityScanConfigurations: "L||||||;",
  /** Grants permission to retrieve the types of statistics Amazon Inspector can generate for resources Inspector monitors. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCoverage.html */
  ListCoverage: "L||||||;",
  /** Grants permission to retrieve statistical data and other information about the resources Amazon Inspector monitors. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCoverageStatistics.html */
  ListCoverageStatistics: "L||||||;",
  /** Grants permission to retrieve information about the delegated Amazon Inspector administrator account for an AWS organization. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListDelegatedAdminAccounts.html */
  ListDelegatedAdminAccounts: "L||||||;",
  /** Grants permission to retrieve information about all findings filters. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListFilters.html */
  ListFilters: "L||||||;",
  /** Grants permission to retrieve statistical data and other information about Amazon Inspector findings. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListFindingAggregations.html */
  ListFindingAggregations: "L||||||;",
  /** Grants permission to retrieve a subset of information about one or more findings. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListFindings.html */
  ListFindings: "L||||||;",
  /** Grants permission to retrieve information about the Amazon Inspector member accounts that are associated with an Inspector administrator account. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListMembers.html */
  ListMembers: "L||||||;",
  /** Grants permission to retrieve the tags for an Amazon Inspector resource. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to retrieve aggregated usage data for an account. Access level: List. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListUsageTotals.html */
  ListUsageTotals: "L||||||;",
  /** Grants permission to let a customer reset to use an Amazon-owned KMS key to encrypt code snippets with. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_ResetEncryptionKey.html */
  ResetEncryptionKey: "W||||||;",
  /** Grants permission to list Amazon Inspector coverage details for a specific vulnerability. Access level: Read. https://docs.aws.amazon.com/inspector/v2/APIReference/API_SearchVulnerabilities.html */
  SearchVulnerabilities: "R||||||;",
  /** Grants permission to send CIS health for a CIS scan. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_SendCisSessionHealth.html */
  SendCisSessionHealth: "W||||||;",
  /** Grants permission to send CIS telemetry for a CIS scan. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_SendCisSessionTelemetry.html */
  SendCisSessionTelemetry: "W||||||;",
  /** Grants permission to start a CIS scan session. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_StartCisSession.html */
  StartCisSession: "W||||||;",
  /** Grants permission to initiate a code security scan on a specified repository. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_StartCodeSecurityScan.html */
  StartCodeSecurityScan: "W||||||;",
  /** Grants permission to stop a CIS scan session. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_StopCisSession.html */
  StopCisSession: "W||||||;",
  /** Grants permission to add or update the tags for an Amazon Inspector resource. Access level: Tagging. Resources: CIS Scan Configuration, Code Security Integration, Code Security Scan Configuration, Filter. https://docs.aws.amazon.com/inspector/v2/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;|0,1,2||CreateCisScanConfiguration,CreateCodeSecurityIntegration,CreateCodeSecurityScanConfiguration,CreateFilter,;",
  /** Grants permission to remove tags from an Amazon Inspector resource. Access level: Tagging. Resources: CIS Scan Configuration, Code Security Integration, Code Security Scan Configuration, Filter. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|1,2||;",
  /** Grants permission to update the settings for a CIS scan configuration. Access level: Write. Resources: CIS Scan Configuration*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateCisScanConfiguration.html */
  UpdateCisScanConfiguration: "W|||0;1;|1||;",
  /** Grants permission to update an existing code security integration. Access level: Write. Resources: Code Security Integration*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateCodeSecurityIntegration.html */
  UpdateCodeSecurityIntegration: "W|||1;1;|1||;",
  /** Grants permission to update an existing code security scan configuration. Access level: Write. Resources: Code Security Scan Configuration*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateCodeSecurityScanConfiguration.html */
  UpdateCodeSecurityScanConfiguration: "W|||2;1;|1||;",
  /** Grants permission to update information about the Amazon Inspector configuration settings for an AWS account. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateConfiguration.html */
  UpdateConfiguration: "W||||||;",
  /** Grants permission to update ec2 deep inspection configuration by delegated administrator, member and standalone account. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateEc2DeepInspectionConfiguration.html */
  UpdateEc2DeepInspectionConfiguration: "W||||||;",
  /** Grants permission to let a customer use a KMS key to encrypt code snippets with. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateEncryptionKey.html */
  UpdateEncryptionKey: "W||||||;",
  /** Grants permission to update the settings for a findings filter. Access level: Write. Resources: Filter*. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateFilter.html */
  UpdateFilter: "W|||3;1;|0,2||;",
  /** Grants permission to update ec2 deep inspection configuration by delegated administrator for its associated member accounts. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateOrgEc2DeepInspectionConfiguration.html */
  UpdateOrgEc2DeepInspectionConfiguration: "W||||||;",
  /** Grants permission to update Amazon Inspector configuration settings for an AWS organization. Access level: Write. https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateOrganizationConfiguration.html */
  UpdateOrganizationConfiguration: "W||||||;",
} as const;
const actionDetails = {
  AssociateMember: "|,;~~~|Grants permission to associate an account with an Amazon Inspector administrator account",
  BatchAssociateCodeSecurityScanConfiguration:
    "|,;~~~|Grants permission to associate multiple code repositories with an Amazon Inspector code security scan configuration",
  BatchDisassociateCodeSecurityScanConfiguration:
    "|,;~~~|Grants permission to disassociate multiple code repositories from an Amazon Inspector code security scan configuration",
  BatchGetAccountStatus:
    "|,;~~~|Grants permission to retrieve information about Amazon Inspector accounts for an account",
  BatchGetCodeSnippet:
    "|,;~~~|Grants permission to retrieve code snippet information about one or more code vulnerability findings",
  BatchGetFindingDetails:
    "|,;~~~|Grants permission to let a customer get enhanced vulnerability intelligence details for findings",
  BatchGetFreeTrialInfo:
    "|,;~~~|Grants permission to retrieve free trial period eligibility about Amazon Inspector accounts for an account",
  BatchGetMemberEc2DeepInspectionStatus:
    "|,;~~~|Grants permission to delegated administrator to retrieve ec2 deep inspection status of member accounts",
  BatchUpdateMemberEc2DeepInspectionStatus:
    "|,;~~~|Grants permission to update ec2 deep inspection status by delegated administrator for its associated member accounts",
  CancelFindingsReport: "|,;~~~|Grants permission to cancel the generation of a findings report",
  CancelSbomExport: "|,;~~~|Grants permission to cancel the generation of an SBOM report",
  CreateCisScanConfiguration: "|,;~~~|Grants permission to create and define the settings for a CIS scan configuration",
  CreateCodeSecurityIntegration:
    "|,;~~~|Grants permission to create a code security integration with a source code repository provider",
  CreateCodeSecurityScanConfiguration:
    "|,;~~~|Grants permission to create a scan configuration for code security scanning",
  CreateFilter: "|,;~~~|Grants permission to create and define the settings for a findings filter",
  CreateFindingsReport: "|,;~~~|Grants permission to request the generation of a findings report",
  CreateSbomExport: "|,;~~~|Grants permission to request the generation of an SBOM report",
  DeleteCisScanConfiguration: "|,;~~~|Grants permission to delete a CIS scan configuration",
  DeleteCodeSecurityIntegration: "|,;~~~|Grants permission to delete a code security integration",
  DeleteCodeSecurityScanConfiguration: "|,;~~~|Grants permission to delete a code security scan configuration",
  DeleteFilter: "|,;~~~|Grants permission to delete a findings filter",
  DescribeOrganizationConfiguration:
    "|,;~~~|Grants permission to retrieve information about the Amazon Inspector configuration settings for an AWS organization",
  Disable: "|,;~~~|Grants permission to disable an Amazon Inspector account",
  DisableDelegatedAdminAccount:
    "|,;~~~|Grants permission to disable an account as the delegated Amazon Inspector administrator account for an AWS organization",
  DisassociateMember:
    "|,;~~~|Grants permission to an Amazon Inspector administrator account to disassociate from an Inspector member account",
  Enable:
    "|,;~~~|Grants permission to enable and specify the configuration settings for a new Amazon Inspector account",
  EnableDelegatedAdminAccount:
    "|,;~~~|Grants permission to enable an account as the delegated Amazon Inspector administrator account for an AWS organization",
  GetCisScanReport: "|,;~~~|Grants permission to retrieve a report containing information about completed CIS scans",
  GetCisScanResultDetails:
    "|,;~~~|Grants permission to retrieve information about all details pertaining to one CIS scan and one targeted resource",
  GetClustersForImage:
    "|,;~~~|Grants permission to get cluster information for a given a continuously scanned amazon Ecr image",
  GetCodeSecurityIntegration: "|,;~~~|Grants permission to retrieve information about a code security integration",
  GetCodeSecurityScan: "|,;~~~|Grants permission to retrieve information about a specific code security scan",
  GetCodeSecurityScanConfiguration:
    "|,;~~~|Grants permission to retrieve information about a code security scan configuration",
  GetConfiguration:
    "|,;~~~|Grants permission to retrieve information about the Amazon Inspector configuration settings for an AWS account",
  GetDelegatedAdminAccount:
    "|,;~~~|Grants permission to retrieve information about the Amazon Inspector administrator account for an account",
  GetEc2DeepInspectionConfiguration:
    "|,;~~~|Grants permission to retrieve ec2 deep inspection configuration for standalone accounts, delegated administrator and member account",
  GetEncryptionKey:
    "|,;~~~|Grants permission to retrieve information about the KMS key used to encrypt code snippets with",
  GetFindingsReportStatus: "|,;~~~|Grants permission to retrieve status for a requested findings report",
  GetMember:
    "|,;~~~|Grants permission to retrieve information about an account that's associated with an Amazon Inspector administrator account",
  GetSbomExport: "|,;~~~|Grants permission to retrieve a requested SBOM report",
  ListAccountPermissions:
    "|,;~~~|Grants permission to retrieve feature configuration permissions associated with an Amazon Inspector account within an organization",
  ListCisScanConfigurations: "|,;~~~|Grants permission to retrieve information about all CIS scan configurations",
  ListCisScanResultsAggregatedByChecks:
    "|,;~~~|Grants permission to retrieve information about all checks pertaining to one CIS scan",
  ListCisScanResultsAggregatedByTargetResource:
    "|,;~~~|Grants permission to retrieve information about all resources pertaining to one CIS scan",
  ListCisScans: "|,;~~~|Grants permission to retrieve information about completed CIS scans",
  ListCodeSecurityIntegrations: "|,;~~~|Grants permission to list all code security integrations in your account",
  ListCodeSecurityScanConfigurationAssociations:
    "|,;~~~|Grants permission to list the associations between code repositories and Amazon Inspector code security scan configurations",
  ListCodeSecurityScanConfigurations:
    "|,;~~~|Grants permission to list all code security scan configurations in your account",
  ListCoverage:
    "|,;~~~|Grants permission to retrieve the types of statistics Amazon Inspector can generate for resources Inspector monitors",
  ListCoverageStatistics:
    "|,;~~~|Grants permission to retrieve statistical data and other information about the resources Amazon Inspector monitors",
  ListDelegatedAdminAccounts:
    "|,;~~~|Grants permission to retrieve information about the delegated Amazon Inspector administrator account for an AWS organization",
  ListFilters: "|,;~~~|Grants permission to retrieve information about all findings filters",
  ListFindingAggregations:
    "|,;~~~|Grants permission to retrieve statistical data and other information about Amazon Inspector findings",
  ListFindings: "|,;~~~|Grants permission to retrieve a subset of information about one or more findings",
  ListMembers:
    "|,;~~~|Grants permission to retrieve information about the Amazon Inspector member accounts that are associated with an Inspector administrator account",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve the tags for an Amazon Inspector resource",
  ListUsageTotals: "|,;~~~|Grants permission to retrieve aggregated usage data for an account",
  ResetEncryptionKey:
    "|,;~~~|Grants permission to let a customer reset to use an Amazon-owned KMS key to encrypt code snippets with",
  SearchVulnerabilities:
    "|,;~~~|Grants permission to list Amazon Inspector coverage details for a specific vulnerability",
  SendCisSessionHealth: "|,;~~~|Grants permission to send CIS health for a CIS scan",
  SendCisSessionTelemetry: "|,;~~~|Grants permission to send CIS telemetry for a CIS scan",
  StartCisSession: "|,;~~~|Grants permission to start a CIS scan session",
  StartCodeSecurityScan: "|,;~~~|Grants permission to initiate a code security scan on a specified repository",
  StopCisSession: "|,;~~~|Grants permission to stop a CIS scan session",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add or update the tags for an Amazon Inspector resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from an Amazon Inspector resource",
  UpdateCisScanConfiguration: "|,;~~~|Grants permission to update the settings for a CIS scan configuration",
  UpdateCodeSecurityIntegration: "|,;~~~|Grants permission to update an existing code security integration",
  UpdateCodeSecurityScanConfiguration:
    "|,;~~~|Grants permission to update an existing code security scan configuration",
  UpdateConfiguration:
    "|,;~~~|Grants permission to update information about the Amazon Inspector configuration settings for an AWS account",
  UpdateEc2DeepInspectionConfiguration:
    "|,;~~~|Grants permission to update ec2 deep inspection configuration by delegated administrator, member and standalone account",
  UpdateEncryptionKey: "|,;~~~|Grants permission to let a customer use a KMS key to encrypt code snippets with",
  UpdateFilter: "|,;~~~|Grants permission to update the settings for a findings filter",
  UpdateOrgEc2DeepInspectionConfiguration:
    "|,;~~~|Grants permission to update ec2 deep inspection configuration by delegated administrator for its associated member accounts",
  UpdateOrganizationConfiguration:
    "|,;~~~|Grants permission to update Amazon Inspector configuration settings for an AWS organization",
};
const resourceTypeFacts = {
  /** The CIS Scan Configuration resource type: arn:${Partition}:inspector2:${Region}:${Account}:owner/${OwnerId}/cis-configuration/${CISScanConfigurationId} */
  "CIS Scan Configuration": "|,cisScanConfiguration|1",
  /** The Code Security Integration resource type: arn:${Partition}:inspector2:${Region}:${Account}:codesecurity-integration/${CodeSecurityIntegrationId} */
  "Code Security Integration": "|,codeSecurityIntegration|1",
  /** The Code Security Scan Configuration resource type: arn:${Partition}:inspector2:${Region}:${Account}:owner/${OwnerId}/codesecurity-configuration/${CodeSecurityScanConfigurationId} */
  "Code Security Scan Configuration": "|,codeSecurityScanConfiguration|1",
  /** The Filter resource type: arn:${Partition}:inspector2:${Region}:${Account}:owner/${OwnerId}/filter/${FilterId} */
  Filter: "|,filter|1",
  /** The Finding resource type: arn:${Partition}:inspector2:${Region}:${Account}:finding/${FindingId} */
  Finding: "|,finding|",
} as const;
const arnFormats = {
  /** ARN of a CIS Scan Configuration resource: arn:${Partition}:inspector2:${Region}:${Account}:owner/${OwnerId}/cis-configuration/${CISScanConfigurationId}. */
  cisScanConfiguration:
    "|,CIS Scan Configuration|arn:|Partition|:inspector2:|Region|:|Account|:owner/|OwnerId|/cis-configuration/|CISScanConfigurationId,cisScanConfigurationId|",
  /** ARN of a Code Security Integration resource: arn:${Partition}:inspector2:${Region}:${Account}:codesecurity-integration/${CodeSecurityIntegrationId}. */
  codeSecurityIntegration:
    "|,Code Security Integration|arn:|Partition|:inspector2:|Region|:|Account|:codesecurity-integration/|CodeSecurityIntegrationId|",
  /** ARN of a Code Security Scan Configuration resource: arn:${Partition}:inspector2:${Region}:${Account}:owner/${OwnerId}/codesecurity-configuration/${CodeSecurityScanConfigurationId}. */
  codeSecurityScanConfiguration:
    "|,Code Security Scan Configuration|arn:|Partition|:inspector2:|Region|:|Account|:owner/|OwnerId|/codesecurity-configuration/|CodeSecurityScanConfigurationId|",
  /** ARN of a Filter resource: arn:${Partition}:inspector2:${Region}:${Account}:owner/${OwnerId}/filter/${FilterId}. */
  filter: "|,Filter|arn:|Partition|:inspector2:|Region|:|Account|:owner/|OwnerId|/filter/|FilterId|",
  /** ARN of a Finding resource: arn:${Partition}:inspector2:${Region}:${Account}:finding/${FindingId}. */
  finding: "|,Finding|arn:|Partition|:inspector2:|Region|:|Account|:finding/|FindingId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "CIS Scan Configuration",
  "Code Security Integration",
  "Code Security Scan Configuration",
  "Filter",
  "Finding",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "inspector2">;
/** Any inspector2 action. */
export type Action = ActionOf<typeof actionFacts, "inspector2">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "inspector2">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "inspector2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every inspector2 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "inspector2",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
