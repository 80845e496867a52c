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
export const prefix: "securityagent" = "securityagent";
/** The service's name in the reference. */
export const serviceName: "AWS Security Agent" = "AWS Security Agent";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Security Agent",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecurityagent.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "iam:PassRole",
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:GenerateDataKey",
  "securityagent:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to add an Artifact for the given Agent Space. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_AddArtifact.html */
  AddArtifact: "W|||0;1;|||;",
  /** Grants permission to delete multiple code reviews in a single request. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchDeleteCodeReviews.html */
  BatchDeleteCodeReviews: "W|||0;1;||1|;",
  /** Grants permission to delete multiple penetration tests in a single request. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchDeletePentests.html */
  BatchDeletePentests: "W|||0;1;||1|;",
  /** Grants permission to retrieve multiple agent spaces in a single request. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetAgentSpaces.html */
  BatchGetAgentSpaces: "R|||0;1;||1|;",
  /** Grants permission to retrieve one or more Artifact Metadata records for the given Agent Space. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetArtifactMetadata.html */
  BatchGetArtifactMetadata: "R|||0;1;|||;",
  /** Grants permission to retrieve multiple code review job tasks in a single request. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetCodeReviewJobTasks.html */
  BatchGetCodeReviewJobTasks: "R|||0;1;||1|;",
  /** Grants permission to retrieve multiple code review jobs in a single request. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetCodeReviewJobs.html */
  BatchGetCodeReviewJobs: "R|||0;1;||1|;",
  /** Grants permission to retrieve multiple code reviews in a single request. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetCodeReviews.html */
  BatchGetCodeReviews: "R|||0;1;||1|;",
  /** Grants permission to retrieve multiple security testing findings in a single request. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetFindings.html */
  BatchGetFindings: "R|||0;1;||1|;",
  /** Grants permission to retrieve multiple pentest job contents metadata in a single request. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetPentestJobContentMetadata.html */
  BatchGetPentestJobContentMetadata: "R|||0;1;||1|",
  /** Grants permission to retrieve multiple pentest job tasks in a single request. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetPentestJobTasks.html */
  BatchGetPentestJobTasks: "R|||0;1;||1|;",
  /** Grants permission to retrieve multiple security testing jobs in a single request. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetPentestJobs.html */
  BatchGetPentestJobs: "R|||0;1;||1|;",
  /** Grants permission to retrieve multiple penetration tests in a single request. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_BatchGetPentests.html */
  BatchGetPentests: "R|||0;1;||1|;",
  /** Grants permission to retrieve multiple target domains in a single request. Access level: Read. Resources: TargetDomain*. https://docs.aws.amazon.com/securityagent/API_BatchGetTargetDomains.html */
  BatchGetTargetDomains: "R|||4;1;|||;",
  /** Grants permission to create an agent space record. Access level: Write. https://docs.aws.amazon.com/securityagent/API_CreateAgentSpace.html */
  CreateAgentSpace: "W||||0,2|0,1,2,kms:GenerateDataKeyWithoutPlaintext,4|;",
  /** Grants permission to create a new application. Access level: Write. https://docs.aws.amazon.com/securityagent/API_CreateApplication.html */
  CreateApplication: "W||||0,2|0,2,4,sso:CreateApplication|;",
  /** Grants permission to create a new code review configuration. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_CreateCodeReview.html */
  CreateCodeReview: "W|||0;1;||1|;",
  /** Grants permission to create a design review. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_CreateDesignReview.html */
  CreateDesignReview: "W|||0;1;|||",
  /** Grants permission to create a security testing integration. Access level: Write. https://docs.aws.amazon.com/securityagent/API_CreateIntegration.html */
  CreateIntegration: "W||||0,2|4|;",
  /** Grants permission to add a single member to a agent space with specified role. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_CreateMembership.html */
  CreateMembership: "W|||0;1;|||;",
  /** Grants permission to create a one time login session. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_CreateOneTimeLoginSession.html */
  CreateOneTimeLoginSession: "W|||0;1;|||",
  /** Grants permission to create a new penetration test configuration. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_CreatePentest.html */
  CreatePentest: "W|||0;1;||1|;",
  /** Grants permission to add a customer managed Security Requirement. Access level: Write. Resources: SecurityRequirementPack*. https://docs.aws.amazon.com/securityagent/API_CreateSecurityRequirement.html */
  CreateSecurityRequirement: "W|||3;1;|||",
  /** Grants permission to create a target domain record. Access level: Write. https://docs.aws.amazon.com/securityagent/API_CreateTargetDomain.html */
  CreateTargetDomain: "W|||||4|;",
  /** Grants permission to delete an agent space record. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_DeleteAgentSpace.html */
  DeleteAgentSpace: "W|||0;1;||1|;",
  /** Grants permission to delete application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/securityagent/API_DeleteApplication.html */
  DeleteApplication: "W|||1;1;|||;",
  /** Grants permission to delete an Artifact. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_DeleteArtifact.html */
  DeleteArtifact: "W|||0;1;|||;",
  /** Grants permission to delete a design review. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_DeleteDesignReview.html */
  DeleteDesignReview: "W|||0;1;|||",
  /** Grants permission to delete the integration of an application. Access level: Write. Resources: Integration*. https://docs.aws.amazon.com/securityagent/API_DeleteIntegration.html */
  DeleteIntegration: "W|||2;1;|||;",
  /** Grants permission to remove a single member associated to an agent space. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_DeleteMembership.html */
  DeleteMembership: "W|||0;1;|||;",
  /** Grants permission to delete a customer managed Security Requirement. Access level: Write. Resources: SecurityRequirementPack*. https://docs.aws.amazon.com/securityagent/API_DeleteSecurityRequirement.html */
  DeleteSecurityRequirement: "W|||3;1;|||",
  /** Grants permission to delete a target domain record. Access level: Write. Resources: TargetDomain*. https://docs.aws.amazon.com/securityagent/API_DeleteTargetDomain.html */
  DeleteTargetDomain: "W|||4;1;|||;",
  /** Grants permission to get application details by application ID. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/securityagent/API_GetApplication.html */
  GetApplication: "R|||1;1;|||;",
  /** Grants permission to retrieve an Artifact for the given Agent Space. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_GetArtifact.html */
  GetArtifact: "R|||0;1;|||;",
  /** Grants permission to get the status of the associated agent space design review. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_GetDesignReview.html */
  GetDesignReview: "R|||0;1;|||",
  /** Grants permission to get design review artifact for a specific document. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_GetDesignReviewArtifact.html */
  GetDesignReviewArtifact: "R|||0;1;|||",
  /** Grants permission to get feedback for a design review comment. Access level: Read. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_GetDesignReviewFeedback.html */
  GetDesignReviewFeedback: "R|||0;1;|||",
  /** Grants permission to get the integration metadata by ID. Access level: Read. Resources: Integration*. https://docs.aws.amazon.com/securityagent/API_GetIntegration.html */
  GetIntegration: "R|||2;1;|||;",
  /** Grants permission to retrieve a Security Requirement. Access level: Read. Resources: SecurityRequirementPack*. https://docs.aws.amazon.com/securityagent/API_GetSecurityRequirement.html */
  GetSecurityRequirement: "R|||3;1;|||",
  /** Grants permission to initiate the registration of Security Agent App for the given provider (eg: GitHub). Access level: Write. https://docs.aws.amazon.com/securityagent/API_InitiateProviderRegistration.html */
  InitiateProviderRegistration: "W||||||;",
  /** Grants permission to list agent spaces. Access level: List. https://docs.aws.amazon.com/securityagent/API_ListAgentSpaces.html */
  ListAgentSpaces: "L||||||;",
  /** Grants permission to list all applications in the account. Access level: List. https://docs.aws.amazon.com/securityagent/API_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to list all artifacts for the given agent space. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListArtifacts.html */
  ListArtifacts: "L|||0;1;|||;",
  /** Grants permission to list tasks associated with a code review job. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListCodeReviewJobTasks.html */
  ListCodeReviewJobTasks: "L|||0;1;||1|;",
  /** Grants permission to list code review jobs associated with a code review. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListCodeReviewJobsForCodeReview.html */
  ListCodeReviewJobsForCodeReview: "L|||0;1;||1|;",
  /** Grants permission to list code reviews with optional filtering by status. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListCodeReviews.html */
  ListCodeReviews: "L|||0;1;||1|;",
  /** Grants permission to list design review comments. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListDesignReviewComments.html */
  ListDesignReviewComments: "L|||0;1;|||",
  /** Grants permission to list all design reviews for the given agent space. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListDesignReviews.html */
  ListDesignReviews: "L|||0;1;|||",
  /** Grants permission to list discovered endpoints associated with a pentest job with optional URI prefix filtering. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListDiscoveredEndpoints.html */
  ListDiscoveredEndpoints: "L|||0;1;||1|;",
  /** Grants permission to list findings with filtering and pagination support. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListFindings.html */
  ListFindings: "L|||0;1;||1|;",
  /** Grants permission to list integrated resources for an agent space. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListIntegratedResources.html */
  ListIntegratedResources: "L|||0;1;|||;",
  /** Grants permission to get the integrations owned by the caller's AWS account. Access level: List. https://docs.aws.amazon.com/securityagent/API_ListIntegrations.html */
  ListIntegrations: "L||||||;",
  /** Grants permission to list all members associated to an agent space with pagination support. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListMemberships.html */
  ListMemberships: "L|||0;1;|||;",
  /** Grants permission to list pentest job tasks associated with a pentest job. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListPentestJobTasks.html */
  ListPentestJobTasks: "L|||0;1;||1|;",
  /** Grants permission to list penetration test jobs associated with a penetration test. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListPentestJobsForPentest.html */
  ListPentestJobsForPentest: "L|||0;1;||1|;",
  /** Grants permission to list penetration tests with optional filtering by status. Access level: List. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_ListPentests.html */
  ListPentests: "L|||0;1;||1|;",
  /** Grants permission to list resources from Integration. Access level: List. Resources: Integration*. https://docs.aws.amazon.com/securityagent/API_ListResourcesFromIntegration.html */
  ListResourcesFromIntegration: "L|||2;1;|||",
  /** Grants permission to list all Security Requirements. Access level: List. Resources: SecurityRequirementPack*. https://docs.aws.amazon.com/securityagent/API_ListSecurityRequirements.html */
  ListSecurityRequirements: "L|||3;1;|||",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: AgentSpace, Application, Integration, SecurityRequirementPack, TargetDomain. https://docs.aws.amazon.com/securityagent/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;|||;",
  /** Grants permission to list target domains. Access level: List. https://docs.aws.amazon.com/securityagent/API_ListTargetDomains.html */
  ListTargetDomains: "L||||||;",
  /** Grants permission to submit feedback for a design review comment. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_PutDesignReviewFeedback.html */
  PutDesignReviewFeedback: "W|||0;1;|||",
  /** Grants permission to start code remediation for the findings. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_StartCodeRemediation.html */
  StartCodeRemediation: "W|||0;1;||1,3|;",
  /** Grants permission to initiate the execution of a code review. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_StartCodeReviewJob.html */
  StartCodeReviewJob: "W|||0;1;||1,3|;",
  /** Grants permission to initiate the execution of a penetration test. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_StartPentestJob.html */
  StartPentestJob: "W|||0;1;||1,3|;",
  /** Grants permission to stop the execution of a running code review. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_StopCodeReviewJob.html */
  StopCodeReviewJob: "W|||0;1;||1|;",
  /** Grants permission to stop the execution of a running penetration test. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_StopPentestJob.html */
  StopPentestJob: "W|||0;1;||1|;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: AgentSpace, Application, Integration, SecurityRequirementPack, TargetDomain. https://docs.aws.amazon.com/securityagent/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||CreateAgentSpace,CreateApplication,CreateIntegration,CreateTargetDomain,;",
  /** Grants permission to toggle the status of a managed Security Requirement. Access level: Write. Resources: SecurityRequirementPack*. https://docs.aws.amazon.com/securityagent/API_ToggleManagedSecurityRequirement.html */
  ToggleManagedSecurityRequirement: "W|||3;1;|||",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: AgentSpace, Application, Integration, SecurityRequirementPack, TargetDomain. https://docs.aws.amazon.com/securityagent/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to update an agent space record. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_UpdateAgentSpace.html */
  UpdateAgentSpace: "W|||0;1;||0,1|;",
  /** Grants permission to update application configuration. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/securityagent/API_UpdateApplication.html */
  UpdateApplication: "W|||1;1;||0,2|;",
  /** Grants permission to update an existing code review with new configuration or settings. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_UpdateCodeReview.html */
  UpdateCodeReview: "W|||0;1;||1|;",
  /** Grants permission to update an existing security finding with new details or status. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_UpdateFinding.html */
  UpdateFinding: "W|||0;1;||1|;",
  /** Grants permission to update integrated resources for an agent space. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_UpdateIntegratedResources.html */
  UpdateIntegratedResources: "W|||0;1;|||;",
  /** Grants permission to update an existing penetration test with new configuration or settings. Access level: Write. Resources: AgentSpace*. https://docs.aws.amazon.com/securityagent/API_UpdatePentest.html */
  UpdatePentest: "W|||0;1;||1|;",
  /** Grants permission to update a customer managed Security Requirement. Access level: Write. Resources: SecurityRequirementPack*. https://docs.aws.amazon.com/securityagent/API_UpdateSecurityRequirement.html */
  UpdateSecurityRequirement: "W|||3;1;|||",
  /** Grants permission to update a target domain record. Access level: Write. Resources: TargetDomain*. https://docs.aws.amazon.com/securityagent/API_UpdateTargetDomain.html */
  UpdateTargetDomain: "W|||4;1;|||;",
  /** Grants permission to verify ownership for a registered target domain. Access level: Write. Resources: TargetDomain*. https://docs.aws.amazon.com/securityagent/API_VerifyTargetDomain.html */
  VerifyTargetDomain: "W|||4;1;|||;",
} as const;
const actionDetails = {
  AddArtifact: "|,;~~~|Grants permission to add an Artifact for the given Agent Space",
  BatchDeleteCodeReviews: "|,;~~~|Grants permission to delete multiple code reviews in a single request",
  BatchDeletePentests: "|,;~~~|Grants permission to delete multiple penetration tests in a single request",
  BatchGetAgentSpaces: "|,;~~~|Grants permission to retrieve multiple agent spaces in a single request",
  BatchGetArtifactMetadata:
    "|,;~~~|Grants permission to retrieve one or more Artifact Metadata records for the given Agent Space",
  BatchGetCodeReviewJobTasks: "|,;~~~|Grants permission to retrieve multiple code review job tasks in a single request",
  BatchGetCodeReviewJobs: "|,;~~~|Grants permission to retrieve multiple code review jobs in a single request",
  BatchGetCodeReviews: "|,;~~~|Grants permission to retrieve multiple code reviews in a single request",
  BatchGetFindings: "|,;~~~|Grants permission to retrieve multiple security testing findings in a single request",
  BatchGetPentestJobContentMetadata:
    "|,;~|Grants permission to retrieve multiple pentest job contents metadata in a single request",
  BatchGetPentestJobTasks: "|,;~~~|Grants permission to retrieve multiple pentest job tasks in a single request",
  BatchGetPentestJobs: "|,;~~~|Grants permission to retrieve multiple security testing jobs in a single request",
  BatchGetPentests: "|,;~~~|Grants permission to retrieve multiple penetration tests in a single request",
  BatchGetTargetDomains: "|,;~~~|Grants permission to retrieve multiple target domains in a single request",
  CreateAgentSpace: "|,;~~~|Grants permission to create an agent space record",
  CreateApplication: "|,;~~~|Grants permission to create a new application",
  CreateCodeReview: "|,;~~~|Grants permission to create a new code review configuration",
  CreateDesignReview: "|,;~|Grants permission to create a design review",
  CreateIntegration: "|,;~~~|Grants permission to create a security testing integration",
  CreateMembership: "|,;~~~|Grants permission to add a single member to a agent space with specified role",
  CreateOneTimeLoginSession: "|,;~|Grants permission to create a one time login session",
  CreatePentest: "|,;~~~|Grants permission to create a new penetration test configuration",
  CreateSecurityRequirement: "|,;~|Grants permission to add a customer managed Security Requirement",
  CreateTargetDomain: "|,;~~~|Grants permission to create a target domain record",
  DeleteAgentSpace: "|,;~~~|Grants permission to delete an agent space record",
  DeleteApplication: "|,;~~~|Grants permission to delete application",
  DeleteArtifact: "|,;~~~|Grants permission to delete an Artifact",
  DeleteDesignReview: "|,;~|Grants permission to delete a design review",
  DeleteIntegration: "|,;~~~|Grants permission to delete the integration of an application",
  DeleteMembership: "|,;~~~|Grants permission to remove a single member associated to an agent space",
  DeleteSecurityRequirement: "|,;~|Grants permission to delete a customer managed Security Requirement",
  DeleteTargetDomain: "|,;~~~|Grants permission to delete a target domain record",
  GetApplication: "|,;~~~|Grants permission to get application details by application ID",
  GetArtifact: "|,;~~~|Grants permission to retrieve an Artifact for the given Agent Space",
  GetDesignReview: "|,;~|Grants permission to get the status of the associated agent space design review",
  GetDesignReviewArtifact: "|,;~|Grants permission to get design review artifact for a specific document",
  GetDesignReviewFeedback: "|,;~|Grants permission to get feedback for a design review comment",
  GetIntegration: "|,;~~~|Grants permission to get the integration metadata by ID",
  GetSecurityRequirement: "|,;~|Grants permission to retrieve a Security Requirement",
  InitiateProviderRegistration:
    "|,;~~~|Grants permission to initiate the registration of Security Agent App for the given provider (eg: GitHub)",
  ListAgentSpaces: "|,;~~~|Grants permission to list agent spaces",
  ListApplications: "|,;~~~|Grants permission to list all applications in the account",
  ListArtifacts: "|,;~~~|Grants permission to list all artifacts for the given agent space",
  ListCodeReviewJobTasks: "|,;~~~|Grants permission to list tasks associated with a code review job",
  ListCodeReviewJobsForCodeReview: "|,;~~~|Grants permission to list code review jobs associated with a code review",
  ListCodeReviews: "|,;~~~|Grants permission to list code reviews with optional filtering by status",
  ListDesignReviewComments: "|,;~|Grants permission to list design review comments",
  ListDesignReviews: "|,;~|Grants permission to list all design reviews for the given agent space",
  ListDiscoveredEndpoints:
    "|,;~~~|Grants permission to list discovered endpoints associated with a pentest job with optional URI prefix filtering",
  ListFindings: "|,;~~~|Grants permission to list findings with filtering and pagination support",
  ListIntegratedResources: "|,;~~~|Grants permission to list integrated resources for an agent space",
  ListIntegrations: "|,;~~~|Grants permission to get the integrations owned by the caller's AWS account",
  ListMemberships: "|,;~~~|Grants permission to list all members associated to an agent space with pagination support",
  ListPentestJobTasks: "|,;~~~|Grants permission to list pentest job tasks associated with a pentest job",
  ListPentestJobsForPentest:
    "|,;~~~|Grants permission to list penetration test jobs associated with a penetration test",
  ListPentests: "|,;~~~|Grants permission to list penetration tests with optional filtering by status",
  ListResourcesFromIntegration: "|,;~|Grants permission to list resources from Integration",
  ListSecurityRequirements: "|,;~|Grants permission to list all Security Requirements",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  ListTargetDomains: "|,;~~~|Grants permission to list target domains",
  PutDesignReviewFeedback: "|,;~|Grants permission to submit feedback for a design review comment",
  StartCodeRemediation: "|,;~~~|Grants permission to start code remediation for the findings",
  StartCodeReviewJob: "|,;~~~|Grants permission to initiate the execution of a code review",
  StartPentestJob: "|,;~~~|Grants permission to initiate the execution of a penetration test",
  StopCodeReviewJob: "|,;~~~|Grants permission to stop the execution of a running code review",
  StopPentestJob: "|,;~~~|Grants permission to stop the execution of a running penetration test",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add tags to a resource",
  ToggleManagedSecurityRequirement: "|,;~|Grants permission to toggle the status of a managed Security Requirement",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateAgentSpace: "|,;~~~|Grants permission to update an agent space record",
  UpdateApplication: "|,;~~~|Grants permission to update application configuration",
  UpdateCodeReview: "|,;~~~|Grants permission to update an existing code review with new configuration or settings",
  UpdateFinding: "|,;~~~|Grants permission to update an existing security finding with new details or status",
  UpdateIntegratedResources: "|,;~~~|Grants permission to update integrated resources for an agent space",
  UpdatePentest: "|,;~~~|Grants permission to update an existing penetration test with new configuration or settings",
  UpdateSecurityRequirement: "|,;~|Grants permission to update a customer managed Security Requirement",
  UpdateTargetDomain: "|,;~~~|Grants permission to update a target domain record",
  VerifyTargetDomain: "|,;~~~|Grants permission to verify ownership for a registered target domain",
};
const resourceTypeFacts = {
  /** The AgentSpace resource type: arn:${Partition}:securityagent:${Region}:${Account}:agent-space/${AgentId} */
  AgentSpace: "|,agentSpace|1",
  /** The Application resource type: arn:${Partition}:securityagent:${Region}:${Account}:application/${ApplicationId} */
  Application: "|,application|1",
  /** The Integration resource type: arn:${Partition}:securityagent:${Region}:${Account}:integration/${IntegrationId} */
  Integration: "|,integration|1",
  /** The SecurityRequirementPack resource type: arn:${Partition}:securityagent:${Region}:${Account}:security-requirement-pack/${SecurityRequirementPackId} */
  SecurityRequirementPack: "|,securityRequirementPack|1",
  /** The TargetDomain resource type: arn:${Partition}:securityagent:${Region}:${Account}:target-domain/${TargetDomainId} */
  TargetDomain: "|,targetDomain|1",
} as const;
const arnFormats = {
  /** ARN of a AgentSpace resource: arn:${Partition}:securityagent:${Region}:${Account}:agent-space/${AgentId}. */
  agentSpace: "|,AgentSpace|arn:|Partition|:securityagent:|Region|:|Account|:agent-space/|AgentId|",
  /** ARN of a Application resource: arn:${Partition}:securityagent:${Region}:${Account}:application/${ApplicationId}. */
  application: "|,Application|arn:|Partition|:securityagent:|Region|:|Account|:application/|ApplicationId|",
  /** ARN of a Integration resource: arn:${Partition}:securityagent:${Region}:${Account}:integration/${IntegrationId}. */
  integration: "|,Integration|arn:|Partition|:securityagent:|Region|:|Account|:integration/|IntegrationId|",
  /** ARN of a SecurityRequirementPack resource: arn:${Partition}:securityagent:${Region}:${Account}:security-requirement-pack/${SecurityRequirementPackId}. */
  securityRequirementPack:
    "|,SecurityRequirementPack|arn:|Partition|:securityagent:|Region|:|Account|:security-requirement-pack/|SecurityRequirementPackId|",
  /** ARN of a TargetDomain resource: arn:${Partition}:securityagent:${Region}:${Account}:target-domain/${TargetDomainId}. */
  targetDomain: "|,TargetDomain|arn:|Partition|:securityagent:|Region|:|Account|:target-domain/|TargetDomainId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "AgentSpace",
  "Application",
  "Integration",
  "SecurityRequirementPack",
  "TargetDomain",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "securityagent">;
/** Any securityagent action. */
export type Action = ActionOf<typeof actionFacts, "securityagent">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "securityagent">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "securityagent" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every securityagent action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "securityagent",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
