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
const actionFacts = {
  /** Grants permission to accept an Amazon Macie membership invitation. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/invitations-accept.html */
  AcceptInvitation: "|,;~Write||0||||;",
  /** Grants permission to retrieve information about one or more custom data identifiers. Access level: Read. Resources: CustomDataIdentifier*. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-get.html */
  BatchGetCustomDataIdentifiers: "|,;~Read||0|CustomDataIdentifier;1;|||;",
  /** Grants permission to an Amazon Macie administrator to change the status of automated sensitive data discovery for one or more accounts in their organization. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/automated-discovery-accounts.html */
  BatchUpdateAutomatedDiscoveryAccounts: "|,;~Write||0||||;",
  /** Grants permission to create and define the settings for an allow list. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists.html */
  CreateAllowList: "|,;~Write||0||0,2|macie2:TagResource|;",
  /** Grants permission to create and define the settings for a sensitive data discovery job. Access level: Write. Resources: ClassificationJob*. https://docs.aws.amazon.com/macie/latest/APIReference/jobs.html */
  CreateClassificationJob: "|,;~Write||0|ClassificationJob;1;|0,2|macie2:TagResource|;",
  /** Grants permission to create and define the settings for a custom data identifier. Access level: Write. Resources: CustomDataIdentifier*. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers.html */
  CreateCustomDataIdentifier: "|,;~Write||0|CustomDataIdentifier;1;|0,2|macie2:TagResource|;",
  /** Grants permission to create and define the settings for a findings filter. Access level: Write. Resources: FindingsFilter*. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters.html */
  CreateFindingsFilter: "|,;~Write||0|FindingsFilter;1;|0,2|macie2:TagResource|;",
  /** Grants permission to send an Amazon Macie membership invitation. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/invitations.html */
  CreateInvitations: "|,;~Write||0||||;",
  /** Grants permission to associate an account with an Amazon Macie administrator account. Access level: Write. Resources: Member*. https://docs.aws.amazon.com/macie/latest/APIReference/members.html */
  CreateMember: "|,;~Write||0|Member;1;|0,2|macie2:TagResource|;",
  /** Grants permission to create sample findings. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/findings-sample.html */
  CreateSampleFindings: "|,;~Write||0||||;",
  /** Grants permission to decline Amazon Macie membership invitations. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/invitations-decline.html */
  DeclineInvitations: "|,;~Write||0||||;",
  /** Grants permission to delete an allow list. Access level: Write. Resources: AllowList*. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists-id.html */
  DeleteAllowList: "|,;~Write||0|AllowList;1;|||;",
  /** Grants permission to delete a custom data identifier. Access level: Write. Resources: CustomDataIdentifier*. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-id.html */
  DeleteCustomDataIdentifier: "|,;~Write||0|CustomDataIdentifier;1;|||;",
  /** Grants permission to delete a findings filter. Access level: Write. Resources: FindingsFilter*. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters-id.html */
  DeleteFindingsFilter: "|,;~Write||0|FindingsFilter;1;|||;",
  /** Grants permission to delete Amazon Macie membership invitations. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/invitations-delete.html */
  DeleteInvitations: "|,;~Write||0||||;",
  /** Grants permission to delete the association between an Amazon Macie administrator account and an account. Access level: Write. Resources: Member*. https://docs.aws.amazon.com/macie/latest/APIReference/members-id.html */
  DeleteMember: "|,;~Write||0|Member;1;|||;",
  /** Grants permission to retrieve statistical data and other information about S3 buckets that Amazon Macie monitors and analyzes. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/datasources-s3.html */
  DescribeBuckets: "|,;~Read||0||||;",
  /** Grants permission to retrieve information about the status and settings for a sensitive data discovery job. Access level: Read. Resources: ClassificationJob*. https://docs.aws.amazon.com/macie/latest/APIReference/jobs-jobid.html */
  DescribeClassificationJob: "|,;~Read||0|ClassificationJob;1;|||;",
  /** Grants permission to retrieve information about the Amazon Macie configuration settings for an AWS organization. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/admin-configuration.html */
  DescribeOrganizationConfiguration: "|,;~Read||0||||;",
  /** Grants permission to disable an Amazon Macie account, which also deletes Macie resources for the account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/macie.html */
  DisableMacie: "|,;~Write||0||||;",
  /** Grants permission to disable an account as the delegated Amazon Macie administrator account for an AWS organization. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/admin.html */
  DisableOrganizationAdminAccount: "|,;~Write||0||||;",
  /** Grants permission to an Amazon Macie member account to disassociate from its Macie administrator account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/administrator-disassociate.html */
  DisassociateFromAdministratorAccount: "|,;~Write||0||||;",
  /** Grants permission to an Amazon Macie member account to disassociate from its Macie administrator account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/master-disassociate.html */
  DisassociateFromMasterAccount: "|,;~Write||0||||;",
  /** Grants permission to an Amazon Macie administrator account to disassociate from a Macie member account. Access level: Write. Resources: Member*. https://docs.aws.amazon.com/macie/latest/APIReference/members-disassociate-id.html */
  DisassociateMember: "|,;~Write||0|Member;1;|||;",
  /** Grants permission to enable and specify the configuration settings for a new Amazon Macie account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/macie.html */
  EnableMacie: "|,;~Write||0||||;",
  /** Grants permission to enable an account as the delegated Amazon Macie administrator account for an AWS organization. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/admin.html */
  EnableOrganizationAdminAccount: "|,;~Write||0||||;",
  /** Grants permission to retrieve information about the Amazon Macie administrator account for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/administrator.html */
  GetAdministratorAccount: "|,;~Read||0||||;",
  /** Grants permission to retrieve the settings and status of an allow list. Access level: Read. Resources: AllowList*. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists-id.html */
  GetAllowList: "|,;~Read||0|AllowList;1;|||;",
  /** Grants permission to retrieve the configuration settings and status of automated sensitive data discovery for an Amazon Macie administrator account, organization, or standalone account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/automated-discovery-configuration.html */
  GetAutomatedDiscoveryConfiguration: "|,;~Read||0||||;",
  /** Grants permission to retrieve aggregated statistical data for all the S3 buckets that Amazon Macie monitors and analyzes. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/datasources-s3-statistics.html */
  GetBucketStatistics: "|,;~Read||0||||;",
  /** Grants permission to retrieve the settings for exporting sensitive data discovery results. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/classification-export-configuration.html */
  GetClassificationExportConfiguration: "|,;~Read||0||||;",
  /** Grants permission to retrieve the classification scope settings for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/classification-scopes-id.html */
  GetClassificationScope: "|,;~Read||0||||;",
  /** Grants permission to retrieve information about the settings for a custom data identifier. Access level: Read. Resources: CustomDataIdentifier*. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-id.html */
  GetCustomDataIdentifier: "|,;~Read||0|CustomDataIdentifier;1;|||;",
  /** Grants permission to retrieve aggregated statistical data about findings. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-statistics.html */
  GetFindingStatistics: "|,;~Read||0||||;",
  /** Grants permission to retrieve the details of one or more findings. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-describe.html */
  GetFindings: "|,;~Read||0||||;",
  /** Grants permission to retrieve information about the settings for a findings filter. Access level: Read. Resources: FindingsFilter*. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters-id.html */
  GetFindingsFilter: "|,;~Read||0|FindingsFilter;1;|||;",
  /** Grants permission to retrieve the configuration settings for publishing findings to AWS Security Hub. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-publication-configuration.html */
  GetFindingsPublicationConfiguration: "|,;~Read||0||||;",
  /** Grants permission to retrieve the count of Amazon Macie membership invitations that were received by an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/invitations-count.html */
  GetInvitationsCount: "|,;~Read||0||||;",
  /** Grants permission to retrieve information about the status and configuration settings for an Amazon Macie account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/macie.html */
  GetMacieSession: "|,;~Read||0||||;",
  /** Grants permission to retrieve information about the Amazon Macie administrator account for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/master.html */
  GetMasterAccount: "|,;~Read||0||||;",
  /** Grants permission to retrieve information about an account that's associated with an Amazon Macie administrator account. Access level: Read. Resources: Member*. https://docs.aws.amazon.com/macie/latest/APIReference/members-id.html */
  GetMember: "|,;~Read||0|Member;1;|||;",
  /** Grants permission to retrieve sensitive data discovery statistics and the sensitivity score for an S3 bucket. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles.html */
  GetResourceProfile: "|,;~Read||0||||;",
  /** Grants permission to retrieve the status and configuration settings for retrieving occurrences of sensitive data reported by findings. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/reveal-configuration.html */
  GetRevealConfiguration: "|,;~Read||0||||;",
  /** Grants permission to retrieve occurrences of sensitive data reported by a finding. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-findingid-reveal.html */
  GetSensitiveDataOccurrences: "|,;~Read||0||||;",
  /** Grants permission to check whether occurrences of sensitive data can be retrieved for a finding. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/findings-findingid-reveal-availability.html */
  GetSensitiveDataOccurrencesAvailability: "|,;~Read||0||||;",
  /** Grants permission to retrieve the sensitivity inspection template settings for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/templates-sensitivity-inspections-id.html */
  GetSensitivityInspectionTemplate: "|,;~Read||0||||;",
  /** Grants permission to retrieve quotas and aggregated usage data for one or more accounts. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/usage-statistics.html */
  GetUsageStatistics: "|,;~Read||0||||;",
  /** Grants permission to retrieve aggregated usage data for an account. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/usage.html */
  GetUsageTotals: "|,;~Read||0||||;",
  /** Grants permission to retrieve a subset of information about all the allow lists for an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists.html */
  ListAllowLists: "|,;~List||0||||;",
  /** Grants permission to retrieve the status of automated sensitive data discovery for an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/automated-discovery-accounts.html */
  ListAutomatedDiscoveryAccounts: "|,;~List||0||||;",
  /** Grants permission to retrieve a subset of information about the status and settings for one or more sensitive data discovery jobs. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/jobs-list.html */
  ListClassificationJobs: "|,;~List||0||||;",
  /** Grants permission to retrieve a subset of information about the classification scope for an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/classification-scopes.html */
  ListClassificationScopes: "|,;~List||0||||;",
  /** Grants permission to retrieve information about all custom data identifiers. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-list.html */
  ListCustomDataIdentifiers: "|,;~List||0||||;",
  /** Grants permission to retrieve a subset of information about one or more findings. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/findings.html */
  ListFindings: "|,;~List||0||||;",
  /** Grants permission to retrieve information about all findings filters. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters.html */
  ListFindingsFilters: "|,;~List||0||||;",
  /** Grants permission to retrieve information about all the Amazon Macie membership invitations that were received by an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/invitations.html */
  ListInvitations: "|,;~List||0||||;",
  /** Grants permission to retrieve information about managed data identifiers. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/managed-data-identifiers-list.html */
  ListManagedDataIdentifiers: "|,;~List||0||||;",
  /** Grants permission to retrieve information about the Amazon Macie member accounts that are associated with a Macie administrator account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/members.html */
  ListMembers: "|,;~List||0||||;",
  /** Grants permission to retrieve information about the delegated Amazon Macie administrator account for an AWS organization. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/admin.html */
  ListOrganizationAdminAccounts: "|,;~List||0||||;",
  /** Grants permission to retrieve information about objects that Amazon Macie selected from an S3 bucket for automated sensitive data discovery. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles-artifacts.html */
  ListResourceProfileArtifacts: "|,;~List||0||||;",
  /** Grants permission to retrieve information about the types and amount of sensitive data that Amazon Macie found in an S3 bucket. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles-detections.html */
  ListResourceProfileDetections: "|,;~List||0||||;",
  /** Grants permission to retrieve a subset of information about the sensitivity inspection template for an account. Access level: List. https://docs.aws.amazon.com/macie/latest/APIReference/templates-sensitivity-inspections.html */
  ListSensitivityInspectionTemplates: "|,;~List||0||||;",
  /** Grants permission to retrieve the tags for an Amazon Macie resource. Access level: Read. Resources: AllowList, ClassificationJob, CustomDataIdentifier, FindingsFilter, Member. https://docs.aws.amazon.com/macie/latest/APIReference/tags-resourcearn.html */
  ListTagsForResource:
    "|,;~Read||0|AllowList;0;,ClassificationJob;0;,CustomDataIdentifier;0;,FindingsFilter;0;,Member;0;|||;",
  /** Grants permission to create or update the settings for storing sensitive data discovery results. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/classification-export-configuration.html */
  PutClassificationExportConfiguration: "|,;~Write||0||||;",
  /** Grants permission to update the configuration settings for publishing findings to AWS Security Hub. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/findings-publication-configuration.html */
  PutFindingsPublicationConfiguration: "|,;~Write||0||||;",
  /** Grants permission to retrieve statistical data and other information about AWS resources that Amazon Macie monitors and analyzes. Access level: Read. https://docs.aws.amazon.com/macie/latest/APIReference/datasources-search-resources.html */
  SearchResources: "|,;~Read||0||||;",
  /** Grants permission to add or update the tags for an Amazon Macie resource. Access level: Tagging. Resources: AllowList, ClassificationJob, CustomDataIdentifier, FindingsFilter, Member. https://docs.aws.amazon.com/macie/latest/APIReference/tags-resourcearn.html */
  TagResource:
    "|,;~Tagging||0|AllowList;0;,ClassificationJob;0;,CustomDataIdentifier;0;,FindingsFilter;0;,Member;0;|0,2||CreateAllowList,CreateClassificationJob,CreateCustomDataIdentifier,CreateFindingsFilter,CreateMember,;",
  /** Grants permission to test a custom data identifier. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/custom-data-identifiers-test.html */
  TestCustomDataIdentifier: "|,;~Write||0||||;",
  /** Grants permission to remove tags from an Amazon Macie resource. Access level: Tagging. Resources: AllowList, ClassificationJob, CustomDataIdentifier, FindingsFilter, Member. https://docs.aws.amazon.com/macie/latest/APIReference/tags-resourcearn.html */
  UntagResource:
    "|,;~Tagging||0|AllowList;0;,ClassificationJob;0;,CustomDataIdentifier;0;,FindingsFilter;0;,Member;0;|2||;",
  /** Grants permission to update the settings for an allow list. Access level: Write. Resources: AllowList*. https://docs.aws.amazon.com/macie/latest/APIReference/allow-lists-id.html */
  UpdateAllowList: "|,;~Write||0|AllowList;1;|||;",
  /** Grants permission to change the status of automated sensitive data discovery for an Amazon Macie administrator account, organization, or standalone account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/automated-discovery-configuration.html */
  UpdateAutomatedDiscoveryConfiguration: "|,;~Write||0||||;",
  /** Grants permission to change the status of a sensitive data discovery job. Access level: Write. Resources: ClassificationJob*. https://docs.aws.amazon.com/macie/latest/APIReference/jobs-jobid.html */
  UpdateClassificationJob: "|,;~Write||0|ClassificationJob;1;|0,2||;",
  /** Grants permission to update the classification scope settings for an account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/classification-scopes-id.html */
  UpdateClassificationScope: "|,;~Write||0||||;",
  /** Grants permission to update the settings for a findings filter. Access level: Write. Resources: FindingsFilter*. https://docs.aws.amazon.com/macie/latest/APIReference/findingsfilters-id.html */
  UpdateFindingsFilter: "|,;~Write||0|FindingsFilter;1;|0,2||;",
  /** Grants permission to an Amazon Macie administrator account to suspend or re-enable Macie for a member account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/macie.html */
  UpdateMacieSession: "|,;~Write||0||||;",
  /** Grants permission to an Amazon Macie administrator account to suspend or re-enable a Macie member account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/macie-members-id.html */
  UpdateMemberSession: "|,;~Write||0||||;",
  /** Grants permission to update Amazon Macie configuration settings for an AWS organization. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/admin-configuration.html */
  UpdateOrganizationConfiguration: "|,;~Write||0||||;",
  /** Grants permission to update the sensitivity score for an S3 bucket. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles.html */
  UpdateResourceProfile: "|,;~Write||0||||;",
  /** Grants permission to update the sensitivity scoring settings for an S3 bucket. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/resource-profiles-detections.html */
  UpdateResourceProfileDetections: "|,;~Write||0||||;",
  /** Grants permission to update the status and configuration settings for retrieving occurrences of sensitive data reported by findings. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/reveal-configuration.html */
  UpdateRevealConfiguration: "|,;~Write||0|||iam:PassRole|;",
  /** Grants permission to update the sensitivity inspection template settings for an account. Access level: Write. https://docs.aws.amazon.com/macie/latest/APIReference/templates-sensitivity-inspections-id.html */
  UpdateSensitivityInspectionTemplate: "|,;~Write||0||||;",
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
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "macie2">;
/** Any macie2 action. */
export type Action = ActionOf<typeof actionFacts, "macie2">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<typeof actionFacts, typeof conditionKeyList>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "macie2">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "macie2" },
  conditionKeyList,
);
/** Every macie2 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
export const actions: Actions = actionTables.actions;
/** Action name -> access level(s), resource types (required flags, condition keys), condition keys, dependent actions, operations (SDK methods), description. */
export const actionInfo: ActionInfo = actionTables.actionInfo;
/** Access level -> its actions (an action with several levels is under each). */
export const actionsByAccessLevel: ActionsByAccessLevel = actionTables.actionsByAccessLevel;
const resourceTypeFacts = {
  /** The AllowList resource type: arn:${Partition}:macie2:${Region}:${Account}:allow-list/${ResourceId} */
  AllowList: "|,arn:${Partition}:macie2:${Region}:${Account}:allow-list/${ResourceId}|1",
  /** The ClassificationJob resource type: arn:${Partition}:macie2:${Region}:${Account}:classification-job/${ResourceId} */
  ClassificationJob: "|,arn:${Partition}:macie2:${Region}:${Account}:classification-job/${ResourceId}|1",
  /** The CustomDataIdentifier resource type: arn:${Partition}:macie2:${Region}:${Account}:custom-data-identifier/${ResourceId} */
  CustomDataIdentifier: "|,arn:${Partition}:macie2:${Region}:${Account}:custom-data-identifier/${ResourceId}|1",
  /** The FindingsFilter resource type: arn:${Partition}:macie2:${Region}:${Account}:findings-filter/${ResourceId} */
  FindingsFilter: "|,arn:${Partition}:macie2:${Region}:${Account}:findings-filter/${ResourceId}|1",
  /** The Member resource type: arn:${Partition}:macie2:${Region}:${Account}:member/${ResourceId} */
  Member: "|,arn:${Partition}:macie2:${Region}:${Account}:member/${ResourceId}|1",
} as const;
/** Resource type -> its ARN formats and condition keys. */
export type ResourceTypeInfo = ResourceTypeInfoOf<typeof resourceTypeFacts, typeof conditionKeyList>;
/** Resource type -> its ARN formats and condition keys. */
export const resourceTypeInfo: ResourceTypeInfo = decodeResourceTypes<ResourceTypeInfo>(
  resourceTypeFacts,
  conditionKeyList,
);
const arnFormats = {
  /** ARN of a AllowList resource: arn:${Partition}:macie2:${Region}:${Account}:allow-list/${ResourceId}. */
  allowList: "|AllowList|arn:|partition?|:macie2:|region|:|account|:allow-list/|resourceId|",
  /** ARN of a ClassificationJob resource: arn:${Partition}:macie2:${Region}:${Account}:classification-job/${ResourceId}. */
  classificationJob: "|ClassificationJob|arn:|partition?|:macie2:|region|:|account|:classification-job/|resourceId|",
  /** ARN of a CustomDataIdentifier resource: arn:${Partition}:macie2:${Region}:${Account}:custom-data-identifier/${ResourceId}. */
  customDataIdentifier:
    "|CustomDataIdentifier|arn:|partition?|:macie2:|region|:|account|:custom-data-identifier/|resourceId|",
  /** ARN of a FindingsFilter resource: arn:${Partition}:macie2:${Region}:${Account}:findings-filter/${ResourceId}. */
  findingsFilter: "|FindingsFilter|arn:|partition?|:macie2:|region|:|account|:findings-filter/|resourceId|",
  /** ARN of a Member resource: arn:${Partition}:macie2:${Region}:${Account}:member/${ResourceId}. */
  member: "|Member|arn:|partition?|:macie2:|region|:|account|:member/|resourceId|",
} as const;
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
