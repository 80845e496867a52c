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
export const prefix: "macie2" = "macie2";
/** The service's name in the reference. */
export const serviceName: "Amazon Macie" = "Amazon Macie";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Macie",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmacie.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["macie2:TagResource"] as const;
const actionFacts = {
  /** Grants permission to accept an Amazon Macie membership invitation. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/invitations-accept.html */
  AcceptInvitation: "W||||||;",
  /** Grants permission to retrieve information about one or more custom data identifiers. Access level: Read. Resources: CustomDataIdentifier*. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-get.html */
  BatchGetCustomDataIdentifiers: "R|||2;1;|||;",
  /** Grants permission to an Amazon Macie administrator to change the status of automated sensitive data discovery for one or more accounts in their organization. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/automated-discovery-accounts.html */
  BatchUpdateAutomatedDiscoveryAccounts: "W||||||;",
  /** Grants permission to create and define the settings for an allow list. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists.html */
  CreateAllowList: "W||||0,2|0|;",
  /** Grants permission to create and define the settings for a sensitive data discovery job. Access level: Write. Resources: ClassificationJob*. https://docs.aws.amazon.com/macie/latest/APIReference/jobs.html */
  CreateClassificationJob: "W|||1;1;|0,2|0|;",
  /** Grants permission to create and define the settings for a custom data identifier. Access level: Write. Resources: CustomDataIdentifier*. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers.html */
  CreateCustomDataIdentifier: "W|||2;1;|0,2|0|;",
  /** Grants permission to create and define the settings for a findings filter. Access level: Write. Resources: FindingsFilter*. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters.html */
  CreateFindingsFilter: "W|||3;1;|0,2|0|;",
  /** Grants permission to send an Amazon Macie membership invitation. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/invitations.html */
  CreateInvitations: "W||||||;",
  /** Grants permission to associate an account with an Amazon Macie administrator account. Access level: Write. Resources: Member*. https://docs.aws.amazon.com/macie/latest/APIReference/members.html */
  CreateMember: "W|||4;1;|0,2|0|;",
  /** Grants permission to create sample findings. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/findings-sample.html */
  CreateSampleFindings: "W||||||;",
  /** Grants permission to decline Amazon Macie membership invitations. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/invitations-decline.html */
  DeclineInvitations: "W||||||;",
  /** Grants permission to delete an allow list. Access level: Write. Resources: AllowList*. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists-id.html */
  DeleteAllowList: "W|||0;1;|||;",
  /** Grants permission to delete a custom data identifier. Access level: Write. Resources: CustomDataIdentifier*. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-id.html */
  DeleteCustomDataIdentifier: "W|||2;1;|||;",
  /** Grants permission to delete a findings filter. Access level: Write. Resources: FindingsFilter*. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters-id.html */
  DeleteFindingsFilter: "W|||3;1;|||;",
  /** Grants permission to delete Amazon Macie membership invitations. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/invitations-delete.html */
  DeleteInvitations: "W||||||;",
  /** Grants permission to delete the association between an Amazon Macie administrator account and an account. Access level: Write. Resources: Member*. https://docs.aws.amazon.com/macie/latest/APIReference/members-id.html */
  DeleteMember: "W|||4;1;|||;",
  /** Grants permission to retrieve statistical data and other information about S3 buckets that Amazon Macie monitors and analyzes. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/datasources-s3.html */
  DescribeBuckets: "R||||||;",
  /** Grants permission to retrieve information about the status and settings for a sensitive data discovery job. Access level: Read. Resources: ClassificationJob*. https://docs.aws.amazon.com/macie/latest/APIReference/jobs-jobid.html */
  DescribeClassificationJob: "R|||1;1;|||;",
  /** Grants permission to retrieve information about the Amazon Macie configuration settings for an AWS organization. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/admin-configuration.html */
  DescribeOrganizationConfiguration: "R||||||;",
  /** Grants permission to disable an Amazon Macie account, which also deletes Macie resources for the account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/macie.html */
  DisableMacie: "W||||||;",
  /** Grants permission to disable an account as the delegated Amazon Macie administrator account for an AWS organization. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/admin.html */
  DisableOrganizationAdminAccount: "W||||||;",
  /** Grants permission to an Amazon Macie member account to disassociate from its Macie administrator account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/administrator-disassociate.html */
  DisassociateFromAdministratorAccount: "W||||||;",
  /** Grants permission to an Amazon Macie member account to disassociate from its Macie administrator account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/master-disassociate.html */
  DisassociateFromMasterAccount: "W||||||;",
  /** Grants permission to an Amazon Macie administrator account to disassociate from a Macie member account. Access level: Write. Resources: Member*. https://docs.aws.amazon.com/macie/latest/APIReference/members-disassociate-id.html */
  DisassociateMember: "W|||4;1;|||;",
  /** Grants permission to enable and specify the configuration settings for a new Amazon Macie account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/macie.html */
  EnableMacie: "W||||||;",
  /** Grants permission to enable an account as the delegated Amazon Macie administrator account for an AWS organization. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/admin.html */
  EnableOrganizationAdminAccount: "W||||||;",
  /** Grants permission to retrieve information about the Amazon Macie administrator account for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/administrator.html */
  GetAdministratorAccount: "R||||||;",
  /** Grants permission to retrieve the settings and status of an allow list. Access level: Read. Resources: AllowList*. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists-id.html */
  GetAllowList: "R|||0;1;|||;",
  /** Grants permission to retrieve the configuration settings and status of automated sensitive data discovery for an Amazon Macie administrator account, organization, or standalone account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/automated-discovery-configuration.html */
  GetAutomatedDiscoveryConfiguration: "R||||||;",
  /** Grants permission to retrieve aggregated statistical data for all the S3 buckets that Amazon Macie monitors and analyzes. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/datasources-s3-statistics.html */
  GetBucketStatistics: "R||||||;",
  /** Grants permission to retrieve the settings for exporting sensitive data discovery results. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/classification-export-configuration.html */
  GetClassificationExportConfiguration: "R||||||;",
  /** Grants permission to retrieve the classification scope settings for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/classification-scopes-id.html */
  GetClassificationScope: "R||||||;",
  /** Grants permission to retrieve information about the settings for a custom data identifier. Access level: Read. Resources: CustomDataIdentifier*. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-id.html */
  GetCustomDataIdentifier: "R|||2;1;|||;",
  /** Grants permission to retrieve aggregated statistical data about findings. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-statistics.html */
  GetFindingStatistics: "R||||||;",
  /** Grants permission to retrieve the details of one or more findings. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-describe.html */
  GetFindings: "R||||||;",
  /** Grants permission to retrieve information about the settings for a findings filter. Access level: Read. Resources: FindingsFilter*. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters-id.html */
  GetFindingsFilter: "R|||3;1;|||;",
  /** Grants permission to retrieve the configuration settings for publishing findings to AWS Security Hub. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-publication-configuration.html */
  GetFindingsPublicationConfiguration: "R||||||;",
  /** Grants permission to retrieve the count of Amazon Macie membership invitations that were received by an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/invitations-count.html */
  GetInvitationsCount: "R||||||;",
  /** Grants permission to retrieve information about the status and configuration settings for an Amazon Macie account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/macie.html */
  GetMacieSession: "R||||||;",
  /** Grants permission to retrieve information about the Amazon Macie administrator account for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/master.html */
  GetMasterAccount: "R||||||;",
  /** Grants permission to retrieve information about an account that's associated with an Amazon Macie administrator account. Access level: Read. Resources: Member*. https://docs.aws.amazon.com/macie/latest/APIReference/members-id.html */
  GetMember: "R|||4;1;|||;",
  /** Grants permission to retrieve sensitive data discovery statistics and the sensitivity score for an S3 bucket. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles.html */
  GetResourceProfile: "R||||||;",
  /** Grants permission to retrieve the status and configuration settings for retrieving occurrences of sensitive data reported by findings. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/reveal-configuration.html */
  GetRevealConfiguration: "R||||||;",
  /** Grants permission to retrieve occurrences of sensitive data reported by a finding. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-findingid-reveal.html */
  GetSensitiveDataOccurrences: "R||||||;",
  /** Grants permission to check whether occurrences of sensitive data can be retrieved for a finding. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-findingid-reveal-availability.html */
  GetSensitiveDataOccurrencesAvailability: "R||||||;",
  /** Grants permission to retrieve the sensitivity inspection template settings for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/templates-sensitivity-inspections-id.html */
  GetSensitivityInspectionTemplate: "R||||||;",
  /** Grants permission to retrieve quotas and aggregated usage data for one or more accounts. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/usage-statistics.html */
  GetUsageStatistics: "R||||||;",
  /** Grants permission to retrieve aggregated usage data for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/usage.html */
  GetUsageTotals: "R||||||;",
  /** Grants permission to retrieve a subset of information about all the allow lists for an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists.html */
  ListAllowLists: "L||||||;",
  /** Grants permission to retrieve the status of automated sensitive data discovery for an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/automated-discovery-accounts.html */
  ListAutomatedDiscoveryAccounts: "L||||||;",
  /** Grants permission to retrieve a subset of information about the status and settings for one or more sensitive data discovery jobs. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/jobs-list.html */
  ListClassificationJobs: "L||||||;",
  /** Grants permission to retrieve a subset of information about the classification scope for an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/classification-scopes.html */
  ListClassificationScopes: "L||||||;",
  /** Grants permission to retrieve information about all custom data identifiers. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-list.html */
  ListCustomDataIdentifiers: "L||||||;",
  /** Grants permission to retrieve a subset of information about one or more findings. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/findings.html */
  ListFindings: "L||||||;",
  /** Grants permission to retrieve information about all findings filters. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters.html */
  ListFindingsFilters: "L||||||;",
  /** Grants permission to retrieve information about all the Amazon Macie membership invitations that were received by an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/invitations.html */
  ListInvitations: "L||||||;",
  /** Grants permission to retrieve information about managed data identifiers. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/managed-data-identifiers-list.html */
  ListManagedDataIdentifiers: "L||||||;",
  /** Grants permission to retrieve information about the Amazon Macie member accounts that are associated with a Macie administrator account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/members.html */
  ListMembers: "L||||||;",
  /** Grants permission to retrieve information about the delegated Amazon Macie administrator account for an AWS organization. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/admin.html */
  ListOrganizationAdminAccounts: "L||||||;",
  /** Grants permission to retrieve information about objects that Amazon Macie selected from an S3 bucket for automated sensitive data discovery. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles-artifacts.html */
  ListResourceProfileArtifacts: "L||||||;",
  /** Grants permission to retrieve information about the types and amount of sensitive data that Amazon Macie found in an S3 bucket. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles-detections.html */
  ListResourceProfileDetections: "L||||||;",
  /** Grants permission to retrieve a subset of information about the sensitivity inspection template for an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/templates-sensitivity-inspections.html */
  ListSensitivityInspectionTemplates: "L||||||;",
  /** Grants permission to retrieve the tags for an Amazon Macie resource. Access level: Read. Resources: AllowList, ClassificationJob, CustomDataIdentifier, FindingsFilter, Member. https://docs.aws.amazon.com/macie/latest/APIReference/tags-resourcearn.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;|||;",
  /** Grants permission to create or update the settings for storing sensitive data discovery results. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/classification-export-configuration.html */
  PutClassificationExportConfiguration: "W||||||;",
  /** Grants permission to update the configuration settings for publishing findings to AWS Security Hub. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/findings-publication-configuration.html */
  PutFindingsPublicationConfiguration: "W||||||;",
  /** Grants permission to retrieve statistical data and other information about AWS resources that Amazon Macie monitors and analyzes. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/datasources-search-resources.html */
  SearchResources: "R||||||;",
  /** Grants permission to add or update the tags for an Amazon Macie resource. Access level: Tagging. Resources: AllowList, ClassificationJob, CustomDataIdentifier, FindingsFilter, Member. https://docs.aws.amazon.com/macie/latest/APIReference/tags-resourcearn.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||CreateAllowList,CreateClassificationJob,CreateCustomDataIdentifier,CreateFindingsFilter,CreateMember,;",
  /** Grants permission to test a custom data identifier. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-test.html */
  TestCustomDataIdentifier: "W||||||;",
  /** Grants permission to remove tags from an Amazon Macie resource. Access level: Tagging. Resources: AllowList, ClassificationJob, CustomDataIdentifier, FindingsFilter, Member. https://docs.aws.amazon.com/macie/latest/APIReference/tags-resourcearn.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to update the settings for an allow list. Access level: Write. Resources: AllowList*. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists-id.html */
  UpdateAllowList: "W|||0;1;|||;",
  /** Grants permission to change the status of automated sensitive data discovery for an Amazon Macie administrator account, organization, or standalone account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/automated-discovery-configuration.html */
  UpdateAutomatedDiscoveryConfiguration: "W||||||;",
  /** Grants permission to change the status of a sensitive data discovery job. Access level: Write. Resources: ClassificationJob*. https://docs.aws.amazon.com/macie/latest/APIReference/jobs-jobid.html */
  UpdateClassificationJob: "W|||1;1;|0,2||;",
  /** Grants permission to update the classification scope settings for an account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/classification-scopes-id.html */
  UpdateClassificationScope: "W||||||;",
  /** Grants permission to update the settings for a findings filter. Access level: Write. Resources: FindingsFilter*. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters-id.html */
  UpdateFindingsFilter: "W|||3;1;|0,2||;",
  /** Grants permission to an Amazon Macie administrator account to suspend or re-enable Macie for a member account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/macie.html */
  UpdateMacieSession: "W||||||;",
  /** Grants permission to an Amazon Macie administrator account to suspend or re-enable a Macie member account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/macie-members-id.html */
  UpdateMemberSession: "W||||||;",
  /** Grants permission to update Amazon Macie configuration settings for an AWS organization. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/admin-configuration.html */
  UpdateOrganizationConfiguration: "W||||||;",
  /** Grants permission to update the sensitivity score for an S3 bucket. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles.html */
  UpdateResourceProfile: "W||||||;",
  /** Grants permission to update the sensitivity scoring settings for an S3 bucket. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles-detections.html */
  UpdateResourceProfileDetections: "W||||||;",
  /** Grants permission to update the status and configuration settings for retrieving occurrences of sensitive data reported by findings. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/reveal-configuration.html */
  UpdateRevealConfiguration: "W|||||iam:PassRole|;",
  /** Grants permission to update the sensitivity inspection template settings for an account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/templates-sensitivity-inspections-id.html */
  UpdateSensitivityInspectionTemplate: "W||||||;",
} as const;
const actionDetails = {
  AcceptInvitation: "|,;~~~|Grants permission to accept an Amazon Macie membership invitation",
  BatchGetCustomDataIdentifiers:
    "|,;~~~|Grants permission to retrieve information about one or more custom data identifiers",
  BatchUpdateAutomatedDiscoveryAccounts:
    "|,;~~~|Grants permission to an Amazon Macie administrator to change the status of automated sensitive data discovery for one or more accounts in their organization",
  CreateAllowList: "|,;~~~|Grants permission to create and define the settings for an allow list",
  CreateClassificationJob:
    "|,;~~~|Grants permission to create and define the settings for a sensitive data discovery job",
  CreateCustomDataIdentifier: "|,;~~~|Grants permission to create and define the settings for a custom data identifier",
  CreateFindingsFilter: "|,;~~~|Grants permission to create and define the settings for a findings filter",
  CreateInvitations: "|,;~~~|Grants permission to send an Amazon Macie membership invitation",
  CreateMember: "|,;~~~|Grants permission to associate an account with an Amazon Macie administrator account",
  CreateSampleFindings: "|,;~~~|Grants permission to create sample findings",
  DeclineInvitations: "|,;~~~|Grants permission to decline Amazon Macie membership invitations",
  DeleteAllowList: "|,;~~~|Grants permission to delete an allow list",
  DeleteCustomDataIdentifier: "|,;~~~|Grants permission to delete a custom data identifier",
  DeleteFindingsFilter: "|,;~~~|Grants permission to delete a findings filter",
  DeleteInvitations: "|,;~~~|Grants permission to delete Amazon Macie membership invitations",
  DeleteMember:
    "|,;~~~|Grants permission to delete the association between an Amazon Macie administrator account and an account",
  DescribeBuckets:
    "|,;~~~|Grants permission to retrieve statistical data and other information about S3 buckets that Amazon Macie monitors and analyzes",
  DescribeClassificationJob:
    "|,;~~~|Grants permission to retrieve information about the status and settings for a sensitive data discovery job",
  DescribeOrganizationConfiguration:
    "|,;~~~|Grants permission to retrieve information about the Amazon Macie configuration settings for an AWS organization",
  DisableMacie:
    "|,;~~~|Grants permission to disable an Amazon Macie account, which also deletes Macie resources for the account",
  DisableOrganizationAdminAccount:
    "|,;~~~|Grants permission to disable an account as the delegated Amazon Macie administrator account for an AWS organization",
  DisassociateFromAdministratorAccount:
    "|,;~~~|Grants permission to an Amazon Macie member account to disassociate from its Macie administrator account",
  DisassociateFromMasterAccount:
    "|,;~~~|Grants permission to an Amazon Macie member account to disassociate from its Macie administrator account",
  DisassociateMember:
    "|,;~~~|Grants permission to an Amazon Macie administrator account to disassociate from a Macie member account",
  EnableMacie:
    "|,;~~~|Grants permission to enable and specify the configuration settings for a new Amazon Macie account",
  EnableOrganizationAdminAccount:
    "|,;~~~|Grants permission to enable an account as the delegated Amazon Macie administrator account for an AWS organization",
  GetAdministratorAccount:
    "|,;~~~|Grants permission to retrieve information about the Amazon Macie administrator account for an account",
  GetAllowList: "|,;~~~|Grants permission to retrieve the settings and status of an allow list",
  GetAutomatedDiscoveryConfiguration:
    "|,;~~~|Grants permission to retrieve the configuration settings and status of automated sensitive data discovery for an Amazon Macie administrator account, organization, or standalone account",
  GetBucketStatistics:
    "|,;~~~|Grants permission to retrieve aggregated statistical data for all the S3 buckets that Amazon Macie monitors and analyzes",
  GetClassificationExportConfiguration:
    "|,;~~~|Grants permission to retrieve the settings for exporting sensitive data discovery results",
  GetClassificationScope: "|,;~~~|Grants permission to retrieve the classification scope settings for an account",
  GetCustomDataIdentifier:
    "|,;~~~|Grants permission to retrieve information about the settings for a custom data identifier",
  GetFindingStatistics: "|,;~~~|Grants permission to retrieve aggregated statistical data about findings",
  GetFindings: "|,;~~~|Grants permission to retrieve the details of one or more findings",
  GetFindingsFilter: "|,;~~~|Grants permission to retrieve information about the settings for a findings filter",
  GetFindingsPublicationConfiguration:
    "|,;~~~|Grants permission to retrieve the configuration settings for publishing findings to AWS Security Hub",
  GetInvitationsCount:
    "|,;~~~|Grants permission to retrieve the count of Amazon Macie membership invitations that were received by an account",
  GetMacieSession:
    "|,;~~~|Grants permission to retrieve information about the status and configuration settings for an Amazon Macie account",
  GetMasterAccount:
    "|,;~~~|Grants permission to retrieve information about the Amazon Macie administrator account for an account",
  GetMember:
    "|,;~~~|Grants permission to retrieve information about an account that's associated with an Amazon Macie administrator account",
  GetResourceProfile:
    "|,;~~~|Grants permission to retrieve sensitive data discovery statistics and the sensitivity score for an S3 bucket",
  GetRevealConfiguration:
    "|,;~~~|Grants permission to retrieve the status and configuration settings for retrieving occurrences of sensitive data reported by findings",
  GetSensitiveDataOccurrences:
    "|,;~~~|Grants permission to retrieve occurrences of sensitive data reported by a finding",
  GetSensitiveDataOccurrencesAvailability:
    "|,;~~~|Grants permission to check whether occurrences of sensitive data can be retrieved for a finding",
  GetSensitivityInspectionTemplate:
    "|,;~~~|Grants permission to retrieve the sensitivity inspection template settings for an account",
  GetUsageStatistics: "|,;~~~|Grants permission to retrieve quotas and aggregated usage data for one or more accounts",
  GetUsageTotals: "|,;~~~|Grants permission to retrieve aggregated usage data for an account",
  ListAllowLists:
    "|,;~~~|Grants permission to retrieve a subset of information about all the allow lists for an account",
  ListAutomatedDiscoveryAccounts:
    "|,;~~~|Grants permission to retrieve the status of automated sensitive data discovery for an account",
  ListClassificationJobs:
    "|,;~~~|Grants permission to retrieve a subset of information about the status and settings for one or more sensitive data discovery jobs",
  ListClassificationScopes:
    "|,;~~~|Grants permission to retrieve a subset of information about the classification scope for an account",
  ListCustomDataIdentifiers: "|,;~~~|Grants permission to retrieve information about all custom data identifiers",
  ListFindings: "|,;~~~|Grants permission to retrieve a subset of information about one or more findings",
  ListFindingsFilters: "|,;~~~|Grants permission to retrieve information about all findings filters",
  ListInvitations:
    "|,;~~~|Grants permission to retrieve information about all the Amazon Macie membership invitations that were received by an account",
  ListManagedDataIdentifiers: "|,;~~~|Grants permission to retrieve information about managed data identifiers",
  ListMembers:
    "|,;~~~|Grants permission to retrieve information about the Amazon Macie member accounts that are associated with a Macie administrator account",
  ListOrganizationAdminAccounts:
    "|,;~~~|Grants permission to retrieve information about the delegated Amazon Macie administrator account for an AWS organization",
  ListResourceProfileArtifacts:
    "|,;~~~|Grants permission to retrieve information about objects that Amazon Macie selected from an S3 bucket for automated sensitive data discovery",
  ListResourceProfileDetections:
    "|,;~~~|Grants permission to retrieve information about the types and amount of sensitive data that Amazon Macie found in an S3 bucket",
  ListSensitivityInspectionTemplates:
    "|,;~~~|Grants permission to retrieve a subset of information about the sensitivity inspection template for an account",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve the tags for an Amazon Macie resource",
  PutClassificationExportConfiguration:
    "|,;~~~|Grants permission to create or update the settings for storing sensitive data discovery results",
  PutFindingsPublicationConfiguration:
    "|,;~~~|Grants permission to update the configuration settings for publishing findings to AWS Security Hub",
  SearchResources:
    "|,;~~~|Grants permission to retrieve statistical data and other information about AWS resources that Amazon Macie monitors and analyzes",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to add or update the tags for an Amazon Macie resource",
  TestCustomDataIdentifier: "|,;~~~|Grants permission to test a custom data identifier",
  UntagResource: "|,;~~~|Grants permission to remove tags from an Amazon Macie resource",
  UpdateAllowList: "|,;~~~|Grants permission to update the settings for an allow list",
  UpdateAutomatedDiscoveryConfiguration:
    "|,;~~~|Grants permission to change the status of automated sensitive data discovery for an Amazon Macie administrator account, organization, or standalone account",
  UpdateClassificationJob: "|,;~~~|Grants permission to change the status of a sensitive data discovery job",
  UpdateClassificationScope: "|,;~~~|Grants permission to update the classification scope settings for an account",
  UpdateFindingsFilter: "|,;~~~|Grants permission to update the settings for a findings filter",
  UpdateMacieSession:
    "|,;~~~|Grants permission to an Amazon Macie administrator account to suspend or re-enable Macie for a member account",
  UpdateMemberSession:
    "|,;~~~|Grants permission to an Amazon Macie administrator account to suspend or re-enable a Macie member account",
  UpdateOrganizationConfiguration:
    "|,;~~~|Grants permission to update Amazon Macie configuration settings for an AWS organization",
  UpdateResourceProfile: "|,;~~~|Grants permission to update the sensitivity score for an S3 bucket",
  UpdateResourceProfileDetections:
    "|,;~~~|Grants permission to update the sensitivity scoring settings for an S3 bucket",
  UpdateRevealConfiguration:
    "|,;~~~|Grants permission to update the status and configuration settings for retrieving occurrences of sensitive data reported by findings",
  UpdateSensitivityInspectionTemplate:
    "|,;~~~|Grants permission to update the sensitivity inspection template settings for an account",
};
const resourceTypeFacts = {
  /** The AllowList resource type: arn:${Partition}:macie2:${Region}:${Account}:allow-list/${ResourceId} */
  AllowList: "|,allowList|1",
  /** The ClassificationJob resource type: arn:${Partition}:macie2:${Region}:${Account}:classification-job/${ResourceId} */
  ClassificationJob: "|,classificationJob|1",
  /** The CustomDataIdentifier resource type: arn:${Partition}:macie2:${Region}:${Account}:custom-data-identifier/${ResourceId} */
  CustomDataIdentifier: "|,customDataIdentifier|1",
  /** The FindingsFilter resource type: arn:${Partition}:macie2:${Region}:${Account}:findings-filter/${ResourceId} */
  FindingsFilter: "|,findingsFilter|1",
  /** The Member resource type: arn:${Partition}:macie2:${Region}:${Account}:member/${ResourceId} */
  Member: "|,member|1",
} as const;
const arnFormats = {
  /** ARN of a AllowList resource: arn:${Partition}:macie2:${Region}:${Account}:allow-list/${ResourceId}. */
  allowList: "|,AllowList|arn:|Partition|:macie2:|Region|:|Account|:allow-list/|ResourceId|",
  /** ARN of a ClassificationJob resource: arn:${Partition}:macie2:${Region}:${Account}:classification-job/${ResourceId}. */
  classificationJob: "|,ClassificationJob|arn:|Partition|:macie2:|Region|:|Account|:classification-job/|ResourceId|",
  /** ARN of a CustomDataIdentifier resource: arn:${Partition}:macie2:${Region}:${Account}:custom-data-identifier/${ResourceId}. */
  customDataIdentifier:
    "|,CustomDataIdentifier|arn:|Partition|:macie2:|Region|:|Account|:custom-data-identifier/|ResourceId|",
  /** ARN of a FindingsFilter resource: arn:${Partition}:macie2:${Region}:${Account}:findings-filter/${ResourceId}. */
  findingsFilter: "|,FindingsFilter|arn:|Partition|:macie2:|Region|:|Account|:findings-filter/|ResourceId|",
  /** ARN of a Member resource: arn:${Partition}:macie2:${Region}:${Account}:member/${ResourceId}. */
  member: "|,Member|arn:|Partition|:macie2:|Region|:|Account|:member/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["AllowList", "ClassificationJob", "CustomDataIdentifier", "FindingsFilter", "Member"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "macie2">;
/** Any macie2 action. */
export type Action = ActionOf<typeof actionFacts, "macie2">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "macie2">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "macie2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every macie2 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "macie2",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
