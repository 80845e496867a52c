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
export const prefix: "datazone" = "datazone";
/** The service's name in the reference. */
export const serviceName: "Amazon DataZone" = "Amazon DataZone";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon DataZone",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondatazone.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "datazone:domainId",
  "datazone:projectId",
  "datazone:userId",
] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to accept prediction. Access level: Write. ${APIReferenceDocPage}API_AcceptPredictions.html */
  AcceptPredictions: "W||||||;",
  /** Grants permission to approve a subscription request for a Data Asset. Access level: Write. ${APIReferenceDocPage}API_AcceptSubscriptionRequest.html */
  AcceptSubscriptionRequest: "W||||||;",
  /** Grants permission to add an owner to an entity like domain unit. Access level: Write. ${APIReferenceDocPage}API_AddEntityOwner.html */
  AddEntityOwner: "W||||||;",
  /** Grants permission to add a policy grant. Access level: Permissions management. ${APIReferenceDocPage}API_AddPolicyGrant.html */
  AddPolicyGrant: "P||||||;",
  /** Grants permission to associate a role in a default service blueprint environment. Access level: Write. ${APIReferenceDocPage}API_AssociateEnvironmentRole.html */
  AssociateEnvironmentRole: "W|||||0|;",
  /** Grants permission to associate governed terms to an asset. Access level: Write. ${APIReferenceDocPage}API_AssociateGovernedTerms.html */
  AssociateGovernedTerms: "W||||||;",
  /** Grants permission to remove linked type items from an Amazon DataZone Domain. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_BatchDeleteLinkedTypes.html */
  BatchDeleteLinkedTypes: "W||1|0;1;|||",
  /** Grants permission to retrieve attributes metadata. Access level: Read. ${APIReferenceDocPage}API_BatchGetAttributesMetadata.html */
  BatchGetAttributesMetadata: "R||||||;",
  /** Grants permission to batch get cells. Access level: Read. ${APIReferenceDocPage}API_BatchGetCell.html */
  BatchGetCell: "R||||||",
  /** Grants permission to batch get cell runs. Access level: Read. ${APIReferenceDocPage}API_BatchGetCellRun.html */
  BatchGetCellRun: "R||||||",
  /** Grants permission to create and update attributes metadata. Access level: Write. ${APIReferenceDocPage}API_BatchPutAttributesMetadata.html */
  BatchPutAttributesMetadata: "W||||||;",
  /** Grants permission to put linked type items to an Amazon DataZone Domain. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_BatchPutLinkedTypes.html */
  BatchPutLinkedTypes: "W||1|0;1;|||",
  /** Grants permission to cancel an in-progress agent response. Access level: Write. ${APIReferenceDocPage}API_CancelMessage.html */
  CancelMessage: "W||||||",
  /** Grants permission to cancel metadata generation run. Access level: Write. ${APIReferenceDocPage}API_CancelMetadataGenerationRun.html */
  CancelMetadataGenerationRun: "W||||||;",
  /** Grants permission to revoke or unsubscribe an approved subscription to Data Asset. Access level: Write. ${APIReferenceDocPage}API_CancelSubscription.html */
  CancelSubscription: "W||||||;",
  /** Grants permission to create an account pool. Access level: Write. ${APIReferenceDocPage}API_CreateAccountPool.html */
  CreateAccountPool: "W|||||0|;",
  /** Grants permission to create asset. Access level: Write. ${APIReferenceDocPage}API_CreateAsset.html */
  CreateAsset: "W||||||;",
  /** Grants permission to create asset filter. Access level: Write. ${APIReferenceDocPage}API_CreateAssetFilter.html */
  CreateAssetFilter: "W||||||;",
  /** Grants permission to create new revision of an asset. Access level: Write. ${APIReferenceDocPage}API_CreateAssetRevision.html */
  CreateAssetRevision: "W||||||;",
  /** Grants permission to create an asset type. Access level: Write. ${APIReferenceDocPage}API_CreateAssetType.html */
  CreateAssetType: "W||||||;",
  /** Grants permission to create cells. Access level: Write. ${APIReferenceDocPage}API_CreateCell.html */
  CreateCell: "W||||||",
  /** Grants permission to create cell runs. Access level: Write. ${APIReferenceDocPage}API_CreateCellRun.html */
  CreateCellRun: "W||||||",
  /** Grants permission to create connections. Access level: Write. ${APIReferenceDocPage}API_CreateConnection.html */
  CreateConnection: "W||||||;",
  /** Grants permission to create data product. Access level: Write. ${APIReferenceDocPage}API_CreateDataProduct.html */
  CreateDataProduct: "W||||||;",
  /** Grants permission to create data product revision. Access level: Write. ${APIReferenceDocPage}API_CreateDataProductRevision.html */
  CreateDataProductRevision: "W||||||;",
  /** Grants permission to create a new DataSource. Access level: Write. ${APIReferenceDocPage}API_CreateDataSource.html */
  CreateDataSource: "W|||||0|;",
  /** Grants permission to provision a domain which is a top level entity that contains other Amazon DataZone resources. Access level: Write. ${APIReferenceDocPage}API_CreateDomain.html */
  CreateDomain: "W||||0,2|datazone:TagResource,0|;",
  /** Grants permission to create a domain unit. Access level: Write. ${APIReferenceDocPage}API_CreateDomainUnit.html */
  CreateDomainUnit: "W||||||;",
  /** Grants permission to create a collection of configurated resources used to publish and subscribe to data. Access level: Write. ${APIReferenceDocPage}API_CreateEnvironment.html */
  CreateEnvironment: "W||||||;",
  /** Grants permission to create an environment action in a default service blueprint environment. Access level: Write. ${APIReferenceDocPage}API_CreateEnvironmentAction.html */
  CreateEnvironmentAction: "W||||||;",
  /** Grants permission to create a custom Environment Blueprint that allow user to add Environments to their Project. Access level: Write. ${APIReferenceDocPage}API_CreateEnvironmentBlueprint.html */
  CreateEnvironmentBlueprint: "W||||||;",
  /** Grants permission to create a template from a Blueprint that can be used to create a Environment. Access level: Write. ${APIReferenceDocPage}API_CreateEnvironmentProfile.html */
  CreateEnvironmentProfile: "W||||||;",
  /** Grants permission to create a form type or a new revision of it. Access level: Write. ${APIReferenceDocPage}API_CreateFormType.html */
  CreateFormType: "W||||||;",
  /** Grants permission to create a business glossary. Access level: Write. ${APIReferenceDocPage}API_CreateGlossary.html */
  CreateGlossary: "W||||||;",
  /** Grants permission to create a glossary term. Access level: Write. ${APIReferenceDocPage}API_CreateGlossaryTerm.html */
  CreateGlossaryTerm: "W||||||;",
  /** Grants permission to create a DataZone group profile for an IAM Identity Center group. Access level: Write. ${APIReferenceDocPage}API_CreateGroupProfile.html */
  CreateGroupProfile: "W||||||;",
  /** Grants permission to create listing change set. Access level: Write. ${APIReferenceDocPage}API_CreateListingChangeSet.html */
  CreateListingChangeSet: "W||||||;",
  /** Grants permission to create notebooks. Access level: Write. ${APIReferenceDocPage}API_CreateNotebook.html */
  CreateNotebook: "W||||||;",
  /** Grants permission to create a Project to enable your team to publish and subscribe to data. Access level: Write. ${APIReferenceDocPage}API_CreateProject.html */
  CreateProject: "W|||||0|;",
  /** Grants permission to add a user to a Project. Access level: Write. ${APIReferenceDocPage}API_CreateProjectMembership.html */
  CreateProjectMembership: "W||||||;",
  /** Grants permission to create a project profile. Access level: Write. ${APIReferenceDocPage}API_CreateProjectProfile.html */
  CreateProjectProfile: "W||||||;",
  /** Grants permission to create rule. Access level: Write. ${APIReferenceDocPage}API_CreateRule.html */
  CreateRule: "W||||||;",
  /** Grants permission to create a grant for an approved subscription on a subscription target. Access level: Write. ${APIReferenceDocPage}API_CreateSubscriptionGrant.html */
  CreateSubscriptionGrant: "W||||||;",
  /** Grants permission to create a subscription request for a Data Asset. Access level: Write. ${APIReferenceDocPage}API_CreateSubscriptionRequest.html */
  CreateSubscriptionRequest: "W||||||;",
  /** Grants permission to create a subscription target for a Environment in the project. Access level: Write. ${APIReferenceDocPage}API_CreateSubscriptionTarget.html */
  CreateSubscriptionTarget: "W|||||0|;",
  /** Grants permission to create a user profile for an existing user in the customers IAM Identity Center. Access level: Write. ${APIReferenceDocPage}API_CreateUserProfile.html */
  CreateUserProfile: "W||||||;",
  /** Grants permission to delete an account pool. Access level: Write. ${APIReferenceDocPage}API_DeleteAccountPool.html */
  DeleteAccountPool: "W||||||;",
  /** Grants permission to delete an asset. Access level: Write. ${APIReferenceDocPage}API_DeleteAsset.html */
  DeleteAsset: "W||||||;",
  /** Grants permission to delete asset filter. Access level: Write. ${APIReferenceDocPage}API_DeleteAssetFilter.html */
  DeleteAssetFilter: "W||||||;",
  /** Grants permission to delete an asset type. Access level: Write. ${APIReferenceDocPage}API_DeleteAssetType.html */
  DeleteAssetType: "W||||||;",
  /** Grants permission to delete cells. Access level: Write. ${APIReferenceDocPage}API_DeleteCell.html */
  DeleteCell: "W||||||",
  /** Grants permission to delete cell runs. Access level: Write. ${APIReferenceDocPage}API_DeleteCellRun.html */
  DeleteCellRun: "W||||||",
  /** Grants permission to delete connections. Access level: Write. ${APIReferenceDocPage}API_DeleteConnection.html */
  DeleteConnection: "W||||||;",
  /** Grants permission to delete DataZone catalog data export configuration. Access level: Write. ${APIReferenceDocPage}API_DeleteDataExportConfiguration.html */
  DeleteDataExportConfiguration: "W||||||;",
  /** Grants permission to delete data product. Access level: Write. ${APIReferenceDocPage}API_DeleteDataProduct.html */
  DeleteDataProduct: "W||||||;",
  /** Grants permission to update existing DataSource. Access level: Write. ${APIReferenceDocPage}API_DeleteDataSource.html */
  DeleteDataSource: "W||||||;",
  /** Grants permission to delete a provisioned domain. Access level: Write. Resources: domain*. ${APIReferenceDocPage}API_DeleteDomain.html */
  DeleteDomain: "W|||0;1;|||;",
  /** Grants permission to delete a resource policy for a DataZone Domain. Access level: Permissions management. Permission only. ${APIReferenceDocPage}API_DeleteDomainSharingPolicy.html */
  DeleteDomainSharingPolicy: "P||1||||",
  /** Grants permission to delete an existing domain unit. Access level: Write. ${APIReferenceDocPage}API_DeleteDomainUnit.html */
  DeleteDomainUnit: "W||||||;",
  /** Grants permission to Delete Environment. Access level: Write. ${APIReferenceDocPage}API_DeleteEnvironment.html */
  DeleteEnvironment: "W||||||;",
  /** Grants permission to delete an environment action in a default service blueprint environment. Access level: Write. ${APIReferenceDocPage}API_DeleteEnvironmentAction.html */
  DeleteEnvironmentAction: "W||||||;",
  /** Grants permission to delete Environment Blueprint. Access level: Write. ${APIReferenceDocPage}API_DeleteEnvironmentBlueprint.html */
  DeleteEnvironmentBlueprint: "W||||||;",
  /** Grants permission to delete environment blueprint configuration. Access level: Write. ${APIReferenceDocPage}API_DeleteEnvironmentBlueprintConfiguration.html */
  DeleteEnvironmentBlueprintConfiguration: "W||||||;",
  /** Grants permission to delete Environment Profile. Access level: Write. ${APIReferenceDocPage}API_DeleteEnvironmentProfile.html */
  DeleteEnvironmentProfile: "W||||||;",
  /** Grants permission to delete a form type. Access level: Write. ${APIReferenceDocPage}API_DeleteFormType.html */
  DeleteFormType: "W||||||;",
  /** Grants permission to delete a business glossary. Access level: Write. ${APIReferenceDocPage}API_DeleteGlossary.html */
  DeleteGlossary: "W||||||;",
  /** Grants permission to delete a glossary term. Access level: Write. ${APIReferenceDocPage}API_DeleteGlossaryTerm.html */
  DeleteGlossaryTerm: "W||||||;",
  /** Grants permission to delete listing. Access level: Write. ${APIReferenceDocPage}API_DeleteListing.html */
  DeleteListing: "W||||||;",
  /** Grants permission to delete notebooks. Access level: Write. ${APIReferenceDocPage}API_DeleteNotebook.html */
  DeleteNotebook: "W||||||;",
  /** Grants permission to delete a Project that enables your team to publish and subscribe to data. Access level: Write. ${APIReferenceDocPage}API_DeleteProject.html */
  DeleteProject: "W||||||;",
  /** Grants permission to remove a user from a project. Access level: Write. ${APIReferenceDocPage}API_DeleteProjectMembership.html */
  DeleteProjectMembership: "W||||||;",
  /** Grants permission to delete a project profile. Access level: Write. ${APIReferenceDocPage}API_DeleteProjectProfile.html */
  DeleteProjectProfile: "W||||||;",
  /** Grants permission to delete rule. Access level: Write. ${APIReferenceDocPage}API_DeleteRule.html */
  DeleteRule: "W||||||;",
  /** Grants permission to delete a subscription grant from a subscription target. Access level: Write. ${APIReferenceDocPage}API_DeleteSubscriptionGrant.html */
  DeleteSubscriptionGrant: "W||||||;",
  /** Grants permission to delete a pending subscription request for a Data Asset. Access level: Write. ${APIReferenceDocPage}API_DeleteSubscriptionRequest.html */
  DeleteSubscriptionRequest: "W||||||;",
  /** Grants permission to delete a subscription target from a Environment in the project. Access level: Write. ${APIReferenceDocPage}API_DeleteSubscriptionTarget.html */
  DeleteSubscriptionTarget: "W||||||;",
  /** Grants permission to delete existing TimeSeriesDataPoints. Access level: Write. ${APIReferenceDocPage}API_DeleteTimeSeriesDataPoints.html */
  DeleteTimeSeriesDataPoints: "W||||||;",
  /** Grants permission to disassociate a role in a default service blueprint environment. Access level: Write. ${APIReferenceDocPage}API_AssociateEnvironmentRole.html */
  DisassociateEnvironmentRole: "W||||||;",
  /** Grants permission to disassociate governed terms to an asset. Access level: Write. ${APIReferenceDocPage}API_DisassociateGovernedTerms.html */
  DisassociateGovernedTerms: "W||||||;",
  /** Grants permission to generate code. Access level: Write. ${APIReferenceDocPage}API_GenerateCode.html */
  GenerateCode: "W||||||",
  /** Grants permission to get account pool details. Access level: Read. ${APIReferenceDocPage}API_GetAccountPool.html */
  GetAccountPool: "R||||||;",
  /** Grants permission to retrieve an asset. Access level: Read. ${APIReferenceDocPage}API_GetAsset.html */
  GetAsset: "R||||||;",
  /** Grants permission to get asset filter. Access level: Read. ${APIReferenceDocPage}API_GetAssetFilter.html */
  GetAssetFilter: "R||||||;",
  /** Grants permission to get an asset type. Access level: Read. ${APIReferenceDocPage}API_GetAssetType.html */
  GetAssetType: "R||||||;",
  /** Grants permission to get cells. Access level: Read. ${APIReferenceDocPage}API_GetCell.html */
  GetCell: "R||||||",
  /** Grants permission to get cell runs. Access level: Read. ${APIReferenceDocPage}API_GetCellRun.html */
  GetCellRun: "R||||||",
  /** Grants permission to get cell run result. Access level: Read. ${APIReferenceDocPage}API_GetCellRunResult.html */
  GetCellRunResult: "R||||||",
  /** Grants permission to get connections. Access level: Read. ${APIReferenceDocPage}API_GetConnection.html */
  GetConnection: "R||||||;",
  /** Grants permission to get conversations. Access level: Read. ${APIReferenceDocPage}API_GetConversation.html */
  GetConversation: "R||||||",
  /** Grants permission to retrieve DataZone catalog data export configuration. Access level: Read. ${APIReferenceDocPage}API_GetDataExportConfiguration.html */
  GetDataExportConfiguration: "R||||||;",
  /** Grants permission to get data product. Access level: Read. ${APIReferenceDocPage}API_GetDataProduct.html */
  GetDataProduct: "R||||||;",
  /** Grants permission to Get a existing DataSource in Amazon DataZone using its identifier. Access level: Read. ${APIReferenceDocPage}API_GetDataSource.html */
  GetDataSource: "R||||||;",
  /** Grants permission to get DataSource run job in Amazon DataZone using it's identifier. Access level: Read. ${APIReferenceDocPage}API_GetDataSourceRun.html */
  GetDataSourceRun: "R||||||;",
  /** Grants permission to retrieve information about a domain. Access level: Read. Resources: domain*. ${APIReferenceDocPage}API_GetDomain.html */
  GetDomain: "R|||0;1;|||;",
  /** Grants permission to use features that require access to domain execution role credentials. Access level: Read. Permission only. ${APIReferenceDocPage}API_GetDomainExecutionRoleCredentials.html */
  GetDomainExecutionRoleCredentials: "R||1||||",
  /** Grants permission to retrieve a resource policy for a DataZone Domain. Access level: Read. Permission only. ${APIReferenceDocPage}API_GetDomainSharingPolicy.html */
  GetDomainSharingPolicy: "R||1||||",
  /** Grants permission to get an existing domain unit. Access level: Read. ${APIReferenceDocPage}API_GetDomainUnit.html */
  GetDomainUnit: "R||||||;",
  /** Grants permission to get Environment details. Access level: Read. ${APIReferenceDocPage}API_GetEnvironment.html */
  GetEnvironment: "R||||||;",
  /** Grants permission to get an environment action in a default service blueprint environment. Access level: Read. ${APIReferenceDocPage}API_GetEnvironmentAction.html */
  GetEnvironmentAction: "R||||||;",
  /** Grants permission to get environment action link. Access level: Read. Permission only. ${APIReferenceDocPage}API_GetEnvironmentActionLink.html */
  GetEnvironmentActionLink: "R||1||||",
  /** Grants permission to get Environment Blueprint details. Access level: Read. ${APIReferenceDocPage}API_GetEnvironmentBlueprint.html */
  GetEnvironmentBlueprint: "R||||||;",
  /** Grants permission to get environment blueprint configuration. Access level: Read. ${APIReferenceDocPage}API_GetEnvironmentBlueprintConfiguration.html */
  GetEnvironmentBlueprintConfiguration: "R||||||;",
  /** Grants permission to get short term credentials that assume the Environment user role. Access level: Read. ${APIReferenceDocPage}API_GetEnvironmentCredentials.html */
  GetEnvironmentCredentials: "R||||||;",
  /** Grants permission to get Environment Profile details. Access level: Read. ${APIReferenceDocPage}API_GetEnvironmentProfile.html */
  GetEnvironmentProfile: "R||||||;",
  /** Grants permission to get a form type. Access level: Read. ${APIReferenceDocPage}API_GetFormType.html */
  GetFormType: "R||||||;",
  /** Grants permission to get a business glossary. Access level: Read. ${APIReferenceDocPage}API_GetGlossary.html */
  GetGlossary: "R||||||;",
  /** Grants permission to get a glossary term. Access level: Read. ${APIReferenceDocPage}API_GetGlossaryTerm.html */
  GetGlossaryTerm: "R||||||;",
  /** Grants permission to retrieve an existing DataZone group profile. Access level: Read. ${APIReferenceDocPage}API_GetGroupProfile.html */
  GetGroupProfile: "R||||||;",
  /** Grants permission to an IAM principal to log into the DataZone Portal. Access level: Permissions management. ${APIReferenceDocPage}API_GetIamPortalLoginUrl.html */
  GetIamPortalLoginUrl: "P||||||;",
  /** Grants permission to get job runs. Access level: Read. ${APIReferenceDocPage}API_GetJobRun.html */
  GetJobRun: "R||||||;",
  /** Grants permission to get lineage events. Access level: Read. ${APIReferenceDocPage}API_GetLineageEvent.html */
  GetLineageEvent: "R||||||;",
  /** Grants permission to get the lineage node. Access level: Read. ${APIReferenceDocPage}API_GetLineageNode.html */
  GetLineageNode: "R||||||;",
  /** Grants permission to get listing. Access level: Read. ${APIReferenceDocPage}API_GetListing.html */
  GetListing: "R||||||;",
  /** Grants permission to get metadata generation run. Access level: Read. ${APIReferenceDocPage}API_GetMetadataGenerationRun.html */
  GetMetadataGenerationRun: "R||||||;",
  /** Grants permission to get notebooks. Access level: Read. ${APIReferenceDocPage}API_GetNotebook.html */
  GetNotebook: "R||||||;",
  /** Grants permission to get notebook compute. Access level: Read. ${APIReferenceDocPage}API_GetNotebookCompute.html */
  GetNotebookCompute: "R||||||",
  /** Grants permission to get notebook exports. Access level: Read. ${APIReferenceDocPage}API_GetNotebookExport.html */
  GetNotebookExport: "R||||||;",
  /** Grants permission to get Project details. Access level: Read. ${APIReferenceDocPage}API_GetProject.html */
  GetProject: "R||||||;",
  /** Grants permission to get project profile details. Access level: Read. ${APIReferenceDocPage}API_GetProjectProfile.html */
  GetProjectProfile: "R||||||;",
  /** Grants permission to get rule. Access level: Read. ${APIReferenceDocPage}API_GetRule.html */
  GetRule: "R||||||;",
  /** Grants permission to retrieve a subscription. Access level: Read. ${APIReferenceDocPage}API_GetSubscription.html */
  GetSubscription: "R||||||;",
  /** Grants permission to get subscription eligibilty. Access level: Read. Permission only. ${APIReferenceDocPage}API_GetSubscriptionEligibility.html */
  GetSubscriptionEligibility: "R||1||||",
  /** Grants permission to retireve a subscription grant. Access level: Read. ${APIReferenceDocPage}API_GetSubscriptionGrant.html */
  GetSubscriptionGrant: "R||||||;",
  /** Grants permission to reject a subscription request for a Data Asset. Access level: Read. ${APIReferenceDocPage}API_GetSubscriptionRequestDetails.html */
  GetSubscriptionRequestDetails: "R||||||;",
  /** Grants permission to retireve details of subscription target. Access level: Read. ${APIReferenceDocPage}API_GetSubscriptionTarget.html */
  GetSubscriptionTarget: "R||||||;",
  /** Grants permission to get an existing TimeSeriesDataPoints in Amazon DataZone using its identifier. Access level: Read. ${APIReferenceDocPage}API_GetTimeSeriesDataPoint.html */
  GetTimeSeriesDataPoint: "R||||||;",
  /** Grants permission to get update eligibility status for project constructs. Access level: Read. ${APIReferenceDocPage}API_GetUpdateEligibility.html */
  GetUpdateEligibility: "R||||||",
  /** Grants permission to retrieve a user profile for an existing user in the DataZone Domain. Access level: Read. ${APIReferenceDocPage}API_GetUserProfile.html */
  GetUserProfile: "R||||||;",
  /** Grants permission to list Environments across all domains in an AWS Account. Access level: List. ${APIReferenceDocPage}API_ListAccountEnvironments.html */
  ListAccountEnvironments: "L||||||",
  /** Grants permission to list account pools. Access level: List. {APIReferenceDocPage}API_ListAccountPools.html */
  ListAccountPools: "L||||||;",
  /** Grants permission to list accounts in an account pool. Access level: List. {APIReferenceDocPage}API_ListAccountsInAccountPool.html */
  ListAccountsInAccountPool: "L||||||;",
  /** Grants permission to list asset filters. Access level: List. ${APIReferenceDocPage}API_ListAssetFilters.html */
  ListAssetFilters: "L||||||;",
  /** Grants permission to list revisions of an asset. Access level: List. ${APIReferenceDocPage}API_ListAssetRevisions.html */
  ListAssetRevisions: "L||||||;",
  /** Grants permission to list cell runs. Access level: List. ${APIReferenceDocPage}API_ListCellRuns.html */
  ListCellRuns: "L||||||",
  /** Grants permission to list connections. Access level: List. ${APIReferenceDocPage}API_ListConnections.html */
  ListConnections: "L||||||;",
  /** Grants permission to list conversations. Access level: List. ${APIReferenceDocPage}API_ListConversations.html */
  ListConversations: "L||||||",
  /** Grants permission to list data product revisions. Access level: List. ${APIReferenceDocPage}API_ListDataProductRevisions.html */
  ListDataProductRevisions: "L||||||;",
  /** Grants permission to list DataSource runs job's activities on Asset. Access level: List. ${APIReferenceDocPage}API_ListDataSourceRunActivities.html */
  ListDataSourceRunActivities: "L||||||;",
  /** Grants permission to list DataSource runs job. Access level: List. ${APIReferenceDocPage}API_ListDataSourceRuns.html */
  ListDataSourceRuns: "L||||||;",
  /** Grants permission to list existing DataSources. Access level: List. ${APIReferenceDocPage}API_ListDataSources.html */
  ListDataSources: "L||||||;",
  /** Grants permission to list child domain units for a given parent domain unit. Access level: List. ${APIReferenceDocPage}API_ListDomainUnitsForParent.html */
  ListDomainUnitsForParent: "L||||||;",
  /** Grants permission to retrieve all domains. Access level: List. ${APIReferenceDocPage}API_ListDomains.html */
  ListDomains: "L||||||;",
  /** Grants permission to list owners of an entity like domain unit. Access level: List. ${APIReferenceDocPage}API_ListEntityOwners.html */
  ListEntityOwners: "L||||||;",
  /** Grants permission to list environment actions in a default service blueprint environment. Access level: List. ${APIReferenceDocPage}API_ListEnvironmentActions.html */
  ListEnvironmentActions: "L||||||;",
  /** Grants permission to list environment blueprint configuration summaries. Access level: List. Permission only. ${APIReferenceDocPage}API_ListEnvironmentBlueprintConfigurationSummaries.html */
  ListEnvironmentBlueprintConfigurationSummaries: "L||1||||",
  /** Grants permission to list environment blueprint configurations. Access level: List. ${APIReferenceDocPage}API_ListEnvironmentBlueprintConfigurations.html */
  ListEnvironmentBlueprintConfigurations: "L||||||;",
  /** Grants permission to list Domain for Environment Blueprints. Access level: List. ${APIReferenceDocPage}API_ListEnvironmentBlueprints.html */
  ListEnvironmentBlueprints: "L||||||;",
  /** Grants permission to list Domain for Environment Profiles. Access level: List. ${APIReferenceDocPage}API_ListEnvironmentProfiles.html */
  ListEnvironmentProfiles: "L||||||;",
  /** Grants permission to show Environments in the Domain. Access level: List. ${APIReferenceDocPage}API_ListEnvironments.html */
  ListEnvironments: "L||||||;",
  /** Grants permission to list all the DataZone group profiles that the DataZone user profile is a member of. Access level: List. ${APIReferenceDocPage}API_ListGroupsForUser.html */
  ListGroupsForUser: "L||||||",
  /** Grants permission to list job runs. Access level: List. ${APIReferenceDocPage}API_ListJobRuns.html */
  ListJobRuns: "L||||||;",
  /** Grants permission to list lineage events. Access level: List. ${APIReferenceDocPage}API_ListLineageEvents.html */
  ListLineageEvents: "L||||||;",
  /** Grants permission to list historical versions of lineage node. Access level: List. ${APIReferenceDocPage}API_ListLineageNodeHistory.html */
  ListLineageNodeHistory: "L||||||;",
  /** Grants permission to list linked type items linked to an Amazon DataZone Domain. Access level: List. Resources: domain*. Permission only. ${APIReferenceDocPage}API_ListLinkedTypes.html */
  ListLinkedTypes: "L||1|0;1;|||",
  /** Grants permission to list metadata generation runs. Access level: List. ${APIReferenceDocPage}API_ListMetadataGenerationRuns.html */
  ListMetadataGenerationRuns: "L||||||;",
  /** Grants permission to list notebooks. Access level: List. ${APIReferenceDocPage}API_ListNotebooks.html */
  ListNotebooks: "L||||||;",
  /** Grants permission to list notifications and events for a datazone user. Access level: List. ${APIReferenceDocPage}API_ListNotifications.html */
  ListNotifications: "L||||||;",
  /** Grants permission to list policy grants. Access level: List. ${APIReferenceDocPage}API_ListPolicyGrants.html */
  ListPolicyGrants: "L||||||;",
  /** Grants permission to list Project Members. Access level: List. ${APIReferenceDocPage}API_ListProjectMemberships.html */
  ListProjectMemberships: "L||||||;",
  /** Grants permission to list project profiles. Access level: List. ${APIReferenceDocPage}API_ListProjectProfiles.html */
  ListProjectProfiles: "L||||||;",
  /** Grants permission to list Projects. Access level: List. ${APIReferenceDocPage}API_ListProjects.html */
  ListProjects: "L||||||;",
  /** Grants permission to list rules. Access level: List. ${APIReferenceDocPage}API_ListRules.html */
  ListRules: "L||||||;",
  /** Grants permission to List subscription grants for a subscribed principal. Access level: List. ${APIReferenceDocPage}API_ListSubscriptionGrants.html */
  ListSubscriptionGrants: "L||||||;",
  /** Grants permission to list subscription requests. Access level: List. ${APIReferenceDocPage}API_ListSubscriptionRequests.html */
  ListSubscriptionRequests: "L||||||;",
  /** Grants permission to list subscription targets. Access level: List. ${APIReferenceDocPage}API_ListSubscriptionTargets.html */
  ListSubscriptionTargets: "L||||||;",
  /** Grants permission to list subscriptions. Access level: List. ${APIReferenceDocPage}API_ListSubscriptions.html */
  ListSubscriptions: "L||||||;",
  /** Grants permission to retrieve all tags associated with a resource. Access level: Read. Resources: domain. ${APIReferenceDocPage}API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||;",
  /** Grants permission to list existing TimeSeriesDataPoints. Access level: List. ${APIReferenceDocPage}API_ListTimeSeriesDataPoints.html */
  ListTimeSeriesDataPoints: "L||||||;",
  /** Grants permission to list available Manager Secrets. Access level: List. Permission only. ${APIReferenceDocPage}API_ListWarehouseMetadata.html */
  ListWarehouseMetadata: "L||1||||",
  /** Grants permission to post lineage events. Access level: Write. ${APIReferenceDocPage}API_PostLineageEvent.html */
  PostLineageEvent: "W||||||;",
  /** Grants permission to post a new TimeSeriesDataPoints. Access level: Write. ${APIReferenceDocPage}API_PostTimeSeriesDataPoints.html */
  PostTimeSeriesDataPoints: "W||||||;",
  /** Grants permission to provision domain with default project setup. Access level: Write. Permission only. ${APIReferenceDocPage}API_ProvisionDomain.html */
  ProvisionDomain: "W||1||||",
  /** Grants permission to put cell run results. Access level: Write. ${APIReferenceDocPage}API_PutCellRunResult.html */
  PutCellRunResult: "W||||||",
  /** Grants permission to create and update DataZone catalog data export configuration. Access level: Write. ${APIReferenceDocPage}API_PutDataExportConfiguration.html */
  PutDataExportConfiguration: "W||||||;",
  /** Grants permission to add a resource policy for a DataZone Domain. Access level: Permissions management. Permission only. ${APIReferenceDocPage}API_PutDomainSharingPolicy.html */
  PutDomainSharingPolicy: "P||1||||",
  /** Grants permission to put environment blueprint configuration. Access level: Write. ${APIReferenceDocPage}API_PutEnvironmentBlueprintConfiguration.html */
  PutEnvironmentBlueprintConfiguration: "W|||||0|;",
  /** Grants permission to query graph. Access level: List. ${APIReferenceDocPage}API_QueryGraph.html */
  QueryGraph: "L||||||;",
  /** Grants permission to refresh token. Access level: Write. Permission only. ${APIReferenceDocPage}API_RefreshToken.html */
  RefreshToken: "W||1||||",
  /** Grants permission to reject prediction. Access level: Write. ${APIReferenceDocPage}API_RejectPredictions.html */
  RejectPredictions: "W||||||;",
  /** Grants permission to reject a subscription request for a Data Asset. Access level: Write. ${APIReferenceDocPage}API_RejectSubscriptionRequest.html */
  RejectSubscriptionRequest: "W||||||;",
  /** Grants permission to remove an existing owner of an entity like domain unit. Access level: Write. ${APIReferenceDocPage}API_RemoveEntityOwner.html */
  RemoveEntityOwner: "W||||||;",
  /** Grants permission to remove a policy grant. Access level: Permissions management. ${APIReferenceDocPage}API_RemovePolicyGrant.html */
  RemovePolicyGrant: "P||||||;",
  /** Grants permission to revoke a subscription. Access level: Permissions management. ${APIReferenceDocPage}API_RevokeSubscription.html */
  RevokeSubscription: "P||||||;",
  /** Grants permission to search datazone entities. Access level: List. ${APIReferenceDocPage}API_Search.html */
  Search: "L||||||;",
  /** Grants permission to search DataZone group profiles and IAM Identity Center groups. Access level: List. ${APIReferenceDocPage}API_SearchGroupProfiles.html */
  SearchGroupProfiles: "L||||||;",
  /** Grants permission to search listings. Access level: List. ${APIReferenceDocPage}API_SearchListings.html */
  SearchListings: "L||||||;",
  /** Grants permission to search rules. Access level: List. Permission only. ${APIReferenceDocPage}API_SearchRules.html */
  SearchRules: "L||1||||",
  /** Grants permission to search types such asset types and form types in a domain. Access level: List. ${APIReferenceDocPage}API_SearchTypes.html */
  SearchTypes: "L||||||;",
  /** Grants permission to search DataZone user profiles, IAM Identity Center users, and DataZone IAM principal profiles. Access level: List. ${APIReferenceDocPage}API_SearchUserProfiles.html */
  SearchUserProfiles: "L||||||;",
  /** Grants permission to send messages. Access level: Write. ${APIReferenceDocPage}API_SendMessage.html */
  SendMessage: "W||||||",
  /** Grants permission to login using SSO. Access level: Write. Permission only. ${APIReferenceDocPage}API_SsoLogin.html */
  SsoLogin: "W||1||||",
  /** Grants permission to logout as SSO user. Access level: Write. Permission only. ${APIReferenceDocPage}API_SsoLogout.html */
  SsoLogout: "W||1||||",
  /** Grants permission to start account bootstrap action for a domain. Access level: Write. Resources: domain*. Permission only. ${APIReferenceDocPage}API_StartAccountBootstrapAction.html */
  StartAccountBootstrapAction: "W||1|0;1;|||",
  /** Grants permission to start conversations. Access level: Write. ${APIReferenceDocPage}API_StartConversation.html */
  StartConversation: "W||||||",
  /** Grants permission to start a DataSource run job. Access level: Write. ${APIReferenceDocPage}API_StartDataSourceRun.html */
  StartDataSourceRun: "W||||||;",
  /** Grants permission to start metadata generation run. Access level: Write. ${APIReferenceDocPage}API_StartMetadataGenerationRun.html */
  StartMetadataGenerationRun: "W||||||;",
  /** Grants permission to start notebook compute. Access level: Write. ${APIReferenceDocPage}API_StartNotebookCompute.html */
  StartNotebookCompute: "W||||||",
  /** Grants permission to export notebooks. Access level: Write. ${APIReferenceDocPage}API_StartNotebookExport.html */
  StartNotebookExport: "W||||||",
  /** Grants permission to import notebooks. Access level: Write. ${APIReferenceDocPage}API_StartNotebookImport.html */
  StartNotebookImport: "W||||||;",
  /** Grants permission to stop metadata generation run. Access level: Write. ${APIReferenceDocPage}API_StopMetadataGenerationRun.html */
  StopMetadataGenerationRun: "W||||||",
  /** Grants permission to stop notebook compute. Access level: Write. ${APIReferenceDocPage}API_StopNotebookCompute.html */
  StopNotebookCompute: "W||||||",
  /** Grants permission to add or update tags to a resource. Access level: Tagging. Resources: domain*. ${APIReferenceDocPage}API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateDomain,;",
  /** Grants permission to remove tags associated with a resource. Access level: Tagging. Resources: domain*. ${APIReferenceDocPage}API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update an account pool. Access level: Write. ${APIReferenceDocPage}API_UpdateAccountPool.html */
  UpdateAccountPool: "W|||||0|;",
  /** Grants permission to update asset filter. Access level: Write. ${APIReferenceDocPage}API_UpdateAssetFilter.html */
  UpdateAssetFilter: "W||||||;",
  /** Grants permission to update cells. Access level: Write. ${APIReferenceDocPage}API_UpdateCell.html */
  UpdateCell: "W||||||",
  /** Grants permission to update cell runs. Access level: Write. ${APIReferenceDocPage}API_UpdateCellRun.html */
  UpdateCellRun: "W||||||",
  /** Grants permission to update connections. Access level: Write. ${APIReferenceDocPage}API_UpdateConnection.html */
  UpdateConnection: "W||||||;",
  /** Grants permission to update existing DataSource. Access level: Write. ${APIReferenceDocPage}API_UpdateDataSource.html */
  UpdateDataSource: "W|||||0|;",
  /** Grants permission to update data source run activities. Access level: Write. Permission only. ${APIReferenceDocPage}API_UpdateDataSourceRunActivities.html */
  UpdateDataSourceRunActivities: "W||1||||",
  /** Grants permission to update information for a domain. Access level: Write. Resources: domain*. ${APIReferenceDocPage}API_UpdateDomain.html */
  UpdateDomain: "W|||0;1;||0|;",
  /** Grants permission to update an existing domain unit. Access level: Write. ${APIReferenceDocPage}API_UpdateDomainUnit.html */
  UpdateDomainUnit: "W||||||;",
  /** Grants permission to update Environment settings. Access level: Write. ${APIReferenceDocPage}API_UpdateEnvironment.html */
  UpdateEnvironment: "W||||||;",
  /** Grants permission to update an environment action in a default service blueprint environment. Access level: Write. ${APIReferenceDocPage}API_UpdateEnvironmentAction.html */
  UpdateEnvironmentAction: "W||||||;",
  /** Grants permission to update Environment Blueprint settings. Access level: Write. ${APIReferenceDocPage}API_UpdateEnvironmentBlueprint.html */
  UpdateEnvironmentBlueprint: "W||||||;",
  /** Grants permission to update environment configuration. Access level: Write. Permission only. ${APIReferenceDocPage}API_UpdateEnvironmentConfiguration.html */
  UpdateEnvironmentConfiguration: "W||1||||",
  /** Grants permission to update status of the Environment deployment. Access level: Write. Permission only. ${APIReferenceDocPage}API_UpdateEnvironmentDeploymentStatus.html */
  UpdateEnvironmentDeploymentStatus: "W||1||||",
  /** Grants permission to update EnvironmentProfile configuration. Access level: Write. ${APIReferenceDocPage}API_UpdateEnvironmentProfile.html */
  UpdateEnvironmentProfile: "W||||||;",
  /** Grants permission to update a business glossary. Access level: Write. ${APIReferenceDocPage}API_UpdateGlossary.html */
  UpdateGlossary: "W||||||;",
  /** Grants permission to update a glossary term. Access level: Write. ${APIReferenceDocPage}API_UpdateGlossaryTerm.html */
  UpdateGlossaryTerm: "W||||||;",
  /** Grants permission to update a DataZone group profile. Access level: Write. ${APIReferenceDocPage}API_UpdateGroupProfile.html */
  UpdateGroupProfile: "W||||||;",
  /** Grants permission to update notebooks. Access level: Write. ${APIReferenceDocPage}API_UpdateNotebook.html */
  UpdateNotebook: "W||||||;",
  /** Grants permission to update a Project that enables your team to publish and subscribe to data. Access level: Write. ${APIReferenceDocPage}API_UpdateProject.html */
  UpdateProject: "W||||||;",
  /** Grants permission to update a project profile. Access level: Write. ${APIReferenceDocPage}API_UpdateProjectProfile.html */
  UpdateProjectProfile: "W||||||;",
  /** Grants permission to update rule. Access level: Write. ${APIReferenceDocPage}API_UpdateRule.html */
  UpdateRule: "W||||||;",
  /** Grants permission to update a subscription grant status for custom grants. Access level: Write. ${APIReferenceDocPage}API_UpdateSubscriptionGrantStatus.html */
  UpdateSubscriptionGrantStatus: "W||||||;",
  /** Grants permission to update business reason for subscription request for a Data Asset. Access level: Write. ${APIReferenceDocPage}API_UpdateSubscriptionRequest.html */
  UpdateSubscriptionRequest: "W||||||;",
  /** Grants permission to update a subscription target. Access level: Write. ${APIReferenceDocPage}API_UpdateSubscriptionTarget.html */
  UpdateSubscriptionTarget: "W|||||0|;",
  /** Grants permission to update a DataZone user profile. Access level: Write. ${APIReferenceDocPage}API_UpdateUserProfile.html */
  UpdateUserProfile: "W||||||;",
  /** Grants permission to validate pass role. Access level: Write. Permission only. ${APIReferenceDocPage}API_ValidatePassRole.html */
  ValidatePassRole: "W||1||||",
} as const;
const actionDetails = {
  AcceptPredictions: "|,;~~~|Grants permission to accept prediction",
  AcceptSubscriptionRequest: "|,;~~~|Grants permission to approve a subscription request for a Data Asset",
  AddEntityOwner: "|,;~~~|Grants permission to add an owner to an entity like domain unit",
  AddPolicyGrant: "|,;~~~|Grants permission to add a policy grant",
  AssociateEnvironmentRole: "|,;~~~|Grants permission to associate a role in a default service blueprint environment",
  AssociateGovernedTerms: "|,;~~~|Grants permission to associate governed terms to an asset",
  BatchDeleteLinkedTypes: "|,;~|Grants permission to remove linked type items from an Amazon DataZone Domain",
  BatchGetAttributesMetadata: "|,;~~~|Grants permission to retrieve attributes metadata",
  BatchGetCell: "|,;~|Grants permission to batch get cells",
  BatchGetCellRun: "|,;~|Grants permission to batch get cell runs",
  BatchPutAttributesMetadata: "|,;~~~|Grants permission to create and update attributes metadata",
  BatchPutLinkedTypes: "|,;~|Grants permission to put linked type items to an Amazon DataZone Domain",
  CancelMessage: "|,;~|Grants permission to cancel an in-progress agent response",
  CancelMetadataGenerationRun: "|,;~~~|Grants permission to cancel metadata generation run",
  CancelSubscription: "|,;~~~|Grants permission to revoke or unsubscribe an approved subscription to Data Asset",
  CreateAccountPool: "|,;~~~|Grants permission to create an account pool",
  CreateAsset: "|,;~~~|Grants permission to create asset",
  CreateAssetFilter: "|,;~~~|Grants permission to create asset filter",
  CreateAssetRevision: "|,;~~~|Grants permission to create new revision of an asset",
  CreateAssetType: "|,;~~~|Grants permission to create an asset type",
  CreateCell: "|,;~|Grants permission to create cells",
  CreateCellRun: "|,;~|Grants permission to create cell runs",
  CreateConnection: "|,;~~~|Grants permission to create connections",
  CreateDataProduct: "|,;~~~|Grants permission to create data product",
  CreateDataProductRevision: "|,;~~~|Grants permission to create data product revision",
  CreateDataSource: "|,;~~~|Grants permission to create a new DataSource",
  CreateDomain:
    "|,;~~~|Grants permission to provision a domain which is a top level entity that contains other Amazon DataZone resources",
  CreateDomainUnit: "|,;~~~|Grants permission to create a domain unit",
  CreateEnvironment:
    "|,;~~~|Grants permission to create a collection of configurated resources used to publish and subscribe to data",
  CreateEnvironmentAction:
    "|,;~~~|Grants permission to create an environment action in a default service blueprint environment",
  CreateEnvironmentBlueprint:
    "|,;~~~|Grants permission to create a custom Environment Blueprint that allow user to add Environments to their Project",
  CreateEnvironmentProfile:
    "|,;~~~|Grants permission to create a template from a Blueprint that can be used to create a Environment",
  CreateFormType: "|,;~~~|Grants permission to create a form type or a new revision of it",
  CreateGlossary: "|,;~~~|Grants permission to create a business glossary",
  CreateGlossaryTerm: "|,;~~~|Grants permission to create a glossary term",
  CreateGroupProfile: "|,;~~~|Grants permission to create a DataZone group profile for an IAM Identity Center group",
  CreateListingChangeSet: "|,;~~~|Grants permission to create listing change set",
  CreateNotebook: "|,;~~~|Grants permission to create notebooks",
  CreateProject: "|,;~~~|Grants permission to create a Project to enable your team to publish and subscribe to data",
  CreateProjectMembership: "|,;~~~|Grants permission to add a user to a Project",
  CreateProjectProfile: "|,;~~~|Grants permission to create a project profile",
  CreateRule: "|,;~~~|Grants permission to create rule",
  CreateSubscriptionGrant:
    "|,;~~~|Grants permission to create a grant for an approved subscription on a subscription target",
  CreateSubscriptionRequest: "|,;~~~|Grants permission to create a subscription request for a Data Asset",
  CreateSubscriptionTarget: "|,;~~~|Grants permission to create a subscription target for a Environment in the project",
  CreateUserProfile:
    "|,;~~~|Grants permission to create a user profile for an existing user in the customers IAM Identity Center",
  DeleteAccountPool: "|,;~~~|Grants permission to delete an account pool",
  DeleteAsset: "|,;~~~|Grants permission to delete an asset",
  DeleteAssetFilter: "|,;~~~|Grants permission to delete asset filter",
  DeleteAssetType: "|,;~~~|Grants permission to delete an asset type",
  DeleteCell: "|,;~|Grants permission to delete cells",
  DeleteCellRun: "|,;~|Grants permission to delete cell runs",
  DeleteConnection: "|,;~~~|Grants permission to delete connections",
  DeleteDataExportConfiguration: "|,;~~~|Grants permission to delete DataZone catalog data export configuration",
  DeleteDataProduct: "|,;~~~|Grants permission to delete data product",
  DeleteDataSource: "|,;~~~|Grants permission to update existing DataSource",
  DeleteDomain: "|,;~~~|Grants permission to delete a provisioned domain",
  DeleteDomainSharingPolicy: "|,;~|Grants permission to delete a resource policy for a DataZone Domain",
  DeleteDomainUnit: "|,;~~~|Grants permission to delete an existing domain unit",
  DeleteEnvironment: "|,;~~~|Grants permission to Delete Environment",
  DeleteEnvironmentAction:
    "|,;~~~|Grants permission to delete an environment action in a default service blueprint environment",
  DeleteEnvironmentBlueprint: "|,;~~~|Grants permission to delete Environment Blueprint",
  DeleteEnvironmentBlueprintConfiguration: "|,;~~~|Grants permission to delete environment blueprint configuration",
  DeleteEnvironmentProfile: "|,;~~~|Grants permission to delete Environment Profile",
  DeleteFormType: "|,;~~~|Grants permission to delete a form type",
  DeleteGlossary: "|,;~~~|Grants permission to delete a business glossary",
  DeleteGlossaryTerm: "|,;~~~|Grants permission to delete a glossary term",
  DeleteListing: "|,;~~~|Grants permission to delete listing",
  DeleteNotebook: "|,;~~~|Grants permission to delete notebooks",
  DeleteProject: "|,;~~~|Grants permission to delete a Project that enables your team to publish and subscribe to data",
  DeleteProjectMembership: "|,;~~~|Grants permission to remove a user from a project",
  DeleteProjectProfile: "|,;~~~|Grants permission to delete a project profile",
  DeleteRule: "|,;~~~|Grants permission to delete rule",
  DeleteSubscriptionGrant: "|,;~~~|Grants permission to delete a subscription grant from a subscription target",
  DeleteSubscriptionRequest: "|,;~~~|Grants permission to delete a pending subscription request for a Data Asset",
  DeleteSubscriptionTarget:
    "|,;~~~|Grants permission to delete a subscription target from a Environment in the project",
  DeleteTimeSeriesDataPoints: "|,;~~~|Grants permission to delete existing TimeSeriesDataPoints",
  DisassociateEnvironmentRole:
    "|,;~~~|Grants permission to disassociate a role in a default service blueprint environment",
  DisassociateGovernedTerms: "|,;~~~|Grants permission to disassociate governed terms to an asset",
  GenerateCode: "|,;~|Grants permission to generate code",
  GetAccountPool: "|,;~~~|Grants permission to get account pool details",
  GetAsset: "|,;~~~|Grants permission to retrieve an asset",
  GetAssetFilter: "|,;~~~|Grants permission to get asset filter",
  GetAssetType: "|,;~~~|Grants permission to get an asset type",
  GetCell: "|,;~|Grants permission to get cells",
  GetCellRun: "|,;~|Grants permission to get cell runs",
  GetCellRunResult: "|,;~|Grants permission to get cell run result",
  GetConnection: "|,;~~~|Grants permission to get connections",
  GetConversation: "|,;~|Grants permission to get conversations",
  GetDataExportConfiguration: "|,;~~~|Grants permission to retrieve DataZone catalog data export configuration",
  GetDataProduct: "|,;~~~|Grants permission to get data product",
  GetDataSource: "|,;~~~|Grants permission to Get a existing DataSource in Amazon DataZone using its identifier",
  GetDataSourceRun: "|,;~~~|Grants permission to get DataSource run job in Amazon DataZone using it's identifier",
  GetDomain: "|,;~~~|Grants permission to retrieve information about a domain",
  GetDomainExecutionRoleCredentials:
    "|,;~|Grants permission to use features that require access to domain execution role credentials",
  GetDomainSharingPolicy: "|,;~|Grants permission to retrieve a resource policy for a DataZone Domain",
  GetDomainUnit: "|,;~~~|Grants permission to get an existing domain unit",
  GetEnvironment: "|,;~~~|Grants permission to get Environment details",
  GetEnvironmentAction:
    "|,;~~~|Grants permission to get an environment action in a default service blueprint environment",
  GetEnvironmentActionLink: "|,;~|Grants permission to get environment action link",
  GetEnvironmentBlueprint: "|,;~~~|Grants permission to get Environment Blueprint details",
  GetEnvironmentBlueprintConfiguration: "|,;~~~|Grants permission to get environment blueprint configuration",
  GetEnvironmentCredentials:
    "|,;~~~|Grants permission to get short term credentials that assume the Environment user role",
  GetEnvironmentProfile: "|,;~~~|Grants permission to get Environment Profile details",
  GetFormType: "|,;~~~|Grants permission to get a form type",
  GetGlossary: "|,;~~~|Grants permission to get a business glossary",
  GetGlossaryTerm: "|,;~~~|Grants permission to get a glossary term",
  GetGroupProfile: "|,;~~~|Grants permission to retrieve an existing DataZone group profile",
  GetIamPortalLoginUrl: "|,;~~~|Grants permission to an IAM principal to log into the DataZone Portal",
  GetJobRun: "|,;~~~|Grants permission to get job runs",
  GetLineageEvent: "|,;~~~|Grants permission to get lineage events",
  GetLineageNode: "|,;~~~|Grants permission to get the lineage node",
  GetListing: "|,;~~~|Grants permission to get listing",
  GetMetadataGenerationRun: "|,;~~~|Grants permission to get metadata generation run",
  GetNotebook: "|,;~~~|Grants permission to get notebooks",
  GetNotebookCompute: "|,;~|Grants permission to get notebook compute",
  GetNotebookExport: "|,;~~~|Grants permission to get notebook exports",
  GetProject: "|,;~~~|Grants permission to get Project details",
  GetProjectProfile: "|,;~~~|Grants permission to get project profile details",
  GetRule: "|,;~~~|Grants permission to get rule",
  GetSubscription: "|,;~~~|Grants permission to retrieve a subscription",
  GetSubscriptionEligibility: "|,;~|Grants permission to get subscription eligibilty",
  GetSubscriptionGrant: "|,;~~~|Grants permission to retireve a subscription grant",
  GetSubscriptionRequestDetails: "|,;~~~|Grants permission to reject a subscription request for a Data Asset",
  GetSubscriptionTarget: "|,;~~~|Grants permission to retireve details of subscription target",
  GetTimeSeriesDataPoint:
    "|,;~~~|Grants permission to get an existing TimeSeriesDataPoints in Amazon DataZone using its identifier",
  GetUpdateEligibility: "|,;~|Grants permission to get update eligibility status for project constructs",
  GetUserProfile: "|,;~~~|Grants permission to retrieve a user profile for an existing user in the DataZone Domain",
  ListAccountEnvironments: "|,;~|Grants permission to list Environments across all domains in an AWS Account",
  ListAccountPools: "|,;~~~|Grants permission to list account pools",
  ListAccountsInAccountPool: "|,;~~~|Grants permission to list accounts in an account pool",
  ListAssetFilters: "|,;~~~|Grants permission to list asset filters",
  ListAssetRevisions: "|,;~~~|Grants permission to list revisions of an asset",
  ListCellRuns: "|,;~|Grants permission to list cell runs",
  ListConnections: "|,;~~~|Grants permission to list connections",
  ListConversations: "|,;~|Grants permission to list conversations",
  ListDataProductRevisions: "|,;~~~|Grants permission to list data product revisions",
  ListDataSourceRunActivities: "|,;~~~|Grants permission to list DataSource runs job's activities on Asset",
  ListDataSourceRuns: "|,;~~~|Grants permission to list DataSource runs job",
  ListDataSources: "|,;~~~|Grants permission to list existing DataSources",
  ListDomainUnitsForParent: "|,;~~~|Grants permission to list child domain units for a given parent domain unit",
  ListDomains: "|,;~~~|Grants permission to retrieve all domains",
  ListEntityOwners: "|,;~~~|Grants permission to list owners of an entity like domain unit",
  ListEnvironmentActions:
    "|,;~~~|Grants permission to list environment actions in a default service blueprint environment",
  ListEnvironmentBlueprintConfigurationSummaries:
    "|,;~|Grants permission to list environment blueprint configuration summaries",
  ListEnvironmentBlueprintConfigurations: "|,;~~~|Grants permission to list environment blueprint configurations",
  ListEnvironmentBlueprints: "|,;~~~|Grants permission to list Domain for Environment Blueprints",
  ListEnvironmentProfiles: "|,;~~~|Grants permission to list Domain for Environment Profiles",
  ListEnvironments: "|,;~~~|Grants permission to show Environments in the Domain",
  ListGroupsForUser:
    "|,;~|Grants permission to list all the DataZone group profiles that the DataZone user profile is a member of",
  ListJobRuns: "|,;~~~|Grants permission to list job runs",
  ListLineageEvents: "|,;~~~|Grants permission to list lineage events",
  ListLineageNodeHistory: "|,;~~~|Grants permission to list historical versions of lineage node",
  ListLinkedTypes: "|,;~|Grants permission to list linked type items linked to an Amazon DataZone Domain",
  ListMetadataGenerationRuns: "|,;~~~|Grants permission to list metadata generation runs",
  ListNotebooks: "|,;~~~|Grants permission to list notebooks",
  ListNotifications: "|,;~~~|Grants permission to list notifications and events for a datazone user",
  ListPolicyGrants: "|,;~~~|Grants permission to list policy grants",
  ListProjectMemberships: "|,;~~~|Grants permission to list Project Members",
  ListProjectProfiles: "|,;~~~|Grants permission to list project profiles",
  ListProjects: "|,;~~~|Grants permission to list Projects",
  ListRules: "|,;~~~|Grants permission to list rules",
  ListSubscriptionGrants: "|,;~~~|Grants permission to List subscription grants for a subscribed principal",
  ListSubscriptionRequests: "|,;~~~|Grants permission to list subscription requests",
  ListSubscriptionTargets: "|,;~~~|Grants permission to list subscription targets",
  ListSubscriptions: "|,;~~~|Grants permission to list subscriptions",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve all tags associated with a resource",
  ListTimeSeriesDataPoints: "|,;~~~|Grants permission to list existing TimeSeriesDataPoints",
  ListWarehouseMetadata: "|,;~|Grants permission to list available Manager Secrets",
  PostLineageEvent: "|,;~~~|Grants permission to post lineage events",
  PostTimeSeriesDataPoints: "|,;~~~|Grants permission to post a new TimeSeriesDataPoints",
  ProvisionDomain: "|,;~|Grants permission to provision domain with default project setup",
  PutCellRunResult: "|,;~|Grants permission to put cell run results",
  PutDataExportConfiguration:
    "|,;~~~|Grants permission to create and update DataZone catalog data export configuration",
  PutDomainSharingPolicy: "|,;~|Grants permission to add a resource policy for a DataZone Domain",
  PutEnvironmentBlueprintConfiguration: "|,;~~~|Grants permission to put environment blueprint configuration",
  QueryGraph: "|,;~~~|Grants permission to query graph",
  RefreshToken: "|,;~|Grants permission to refresh token",
  RejectPredictions: "|,;~~~|Grants permission to reject prediction",
  RejectSubscriptionRequest: "|,;~~~|Grants permission to reject a subscription request for a Data Asset",
  RemoveEntityOwner: "|,;~~~|Grants permission to remove an existing owner of an entity like domain unit",
  RemovePolicyGrant: "|,;~~~|Grants permission to remove a policy grant",
  RevokeSubscription: "|,;~~~|Grants permission to revoke a subscription",
  Search: "|,;~~~|Grants permission to search datazone entities",
  SearchGroupProfiles: "|,;~~~|Grants permission to search DataZone group profiles and IAM Identity Center groups",
  SearchListings: "|,;~~~|Grants permission to search listings",
  SearchRules: "|,;~|Grants permission to search rules",
  SearchTypes: "|,;~~~|Grants permission to search types such asset types and form types in a domain",
  SearchUserProfiles:
    "|,;~~~|Grants permission to search DataZone user profiles, IAM Identity Center users, and DataZone IAM principal profiles",
  SendMessage: "|,;~|Grants permission to send messages",
  SsoLogin: "|,;~|Grants permission to login using SSO",
  SsoLogout: "|,;~|Grants permission to logout as SSO user",
  StartAccountBootstrapAction: "|,;~|Grants permission to start account bootstrap action for a domain",
  StartConversation: "|,;~|Grants permission to start conversations",
  StartDataSourceRun: "|,;~~~|Grants permission to start a DataSource run job",
  StartMetadataGenerationRun: "|,;~~~|Grants permission to start metadata generation run",
  StartNotebookCompute: "|,;~|Grants permission to start notebook compute",
  StartNotebookExport: "|,;~|Grants permission to export notebooks",
  StartNotebookImport: "|,;~~~|Grants permission to import notebooks",
  StopMetadataGenerationRun: "|,;~|Grants permission to stop metadata generation run",
  StopNotebookCompute: "|,;~|Grants permission to stop notebook compute",
  TagResource: "|,;~~~,~~|Grants permission to add or update tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags associated with a resource",
  UpdateAccountPool: "|,;~~~|Grants permission to update an account pool",
  UpdateAssetFilter: "|,;~~~|Grants permission to update asset filter",
  UpdateCell: "|,;~|Grants permission to update cells",
  UpdateCellRun: "|,;~|Grants permission to update cell runs",
  UpdateConnection: "|,;~~~|Grants permission to update connections",
  UpdateDataSource: "|,;~~~|Grants permission to update existing DataSource",
  UpdateDataSourceRunActivities: "|,;~|Grants permission to update data source run activities",
  UpdateDomain: "|,;~~~|Grants permission to update information for a domain",
  UpdateDomainUnit: "|,;~~~|Grants permission to update an existing domain unit",
  UpdateEnvironment: "|,;~~~|Grants permission to update Environment settings",
  UpdateEnvironmentAction:
    "|,;~~~|Grants permission to update an environment action in a default service blueprint environment",
  UpdateEnvironmentBlueprint: "|,;~~~|Grants permission to update Environment Blueprint settings",
  UpdateEnvironmentConfiguration: "|,;~|Grants permission to update environment configuration",
  UpdateEnvironmentDeploymentStatus: "|,;~|Grants permission to update status of the Environment deployment",
  UpdateEnvironmentProfile: "|,;~~~|Grants permission to update EnvironmentProfile configuration",
  UpdateGlossary: "|,;~~~|Grants permission to update a business glossary",
  UpdateGlossaryTerm: "|,;~~~|Grants permission to update a glossary term",
  UpdateGroupProfile: "|,;~~~|Grants permission to update a DataZone group profile",
  UpdateNotebook: "|,;~~~|Grants permission to update notebooks",
  UpdateProject: "|,;~~~|Grants permission to update a Project that enables your team to publish and subscribe to data",
  UpdateProjectProfile: "|,;~~~|Grants permission to update a project profile",
  UpdateRule: "|,;~~~|Grants permission to update rule",
  UpdateSubscriptionGrantStatus: "|,;~~~|Grants permission to update a subscription grant status for custom grants",
  UpdateSubscriptionRequest:
    "|,;~~~|Grants permission to update business reason for subscription request for a Data Asset",
  UpdateSubscriptionTarget: "|,;~~~|Grants permission to update a subscription target",
  UpdateUserProfile: "|,;~~~|Grants permission to update a DataZone user profile",
  ValidatePassRole: "|,;~|Grants permission to validate pass role",
};
const resourceTypeFacts = {
  /** The domain resource type: arn:${Partition}:datazone:${Region}:${Account}:domain/${DomainId} */
  domain: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a domain resource: arn:${Partition}:datazone:${Region}:${Account}:domain/${DomainId}. */
  domain: "|,domain|arn:|Partition|:datazone:|Region|:|Account|:domain/|DomainId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["domain"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "datazone">;
/** Any datazone action. */
export type Action = ActionOf<typeof actionFacts, "datazone">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "datazone">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "datazone" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every datazone action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the domain ID passed in the request. */
  "datazone:domainId": "String";
  /** Filters access by the project ID passed in the request. */
  "datazone:projectId": "String";
  /** Filters access by the user ID passed in the request. */
  "datazone:userId": "String";
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
  "datazone:domainId": "|,String|0||Filters access by the domain ID passed in the request",
  "datazone:projectId": "|,String|0||Filters access by the project ID passed in the request",
  "datazone:userId": "|,String|0||Filters access by the user ID passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "datazone",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
