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
export const prefix: "profile" = "profile";
/** The service's name in the reference. */
export const serviceName: "Amazon Connect Customer Profiles" = "Amazon Connect Customer Profiles";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Connect Customer Profiles",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnectcustomerprofiles.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
  "kinesis:DescribeStreamSummary",
  "profile:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to add a profile key. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_AddProfileKey.html */
  AddProfileKey: "W|||2;1;|||;",
  /** Grants permission to retrieve a calculated attribute for the specific profiles in the domain. Access level: Read. Resources: calculated-attributes*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_BatchGetCalculatedAttributeForProfile.html */
  BatchGetCalculatedAttributeForProfile: "R|||0;1;,2;1;|||;",
  /** Grants permission to get profiles in the domain. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_BatchGetProfile.html */
  BatchGetProfile: "R|||2;1;|||;",
  /** Grants permission to create a calculated attribute definition in the domain. Access level: Write. Resources: calculated-attributes*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateCalculatedAttributeDefinition.html */
  CreateCalculatedAttributeDefinition: "W|||0;1;0~2,2;1;||3|;",
  /** Grants permission to create a Domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateDomain.html */
  CreateDomain: "W|||2;1;0~2||0,3|;",
  /** Grants permission to create a layout in the domain. Access level: Write. Resources: domains*, layouts*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateDomainLayout.html */
  CreateDomainLayout: "W|||2;1;,6;1;0~2||3|;",
  /** Grants permission to put an event stream in a domain. Access level: Write. Resources: domains*, event-streams*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateEventStream.html */
  CreateEventStream: "W|||2;1;,3;1;0~2||iam:PutRolePolicy,2,3|;",
  /** Grants permission to create an event trigger in the domain. Access level: Write. Resources: domains*, event-triggers*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateEventTrigger.html */
  CreateEventTrigger: "W|||2;1;,4;1;0~2||3|;",
  /** Grants permission to create an integration workflow in a domain. Access level: Write. Resources: domains*, integrations*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateIntegrationWorkflow.html */
  CreateIntegrationWorkflow: "W|||2;1;,5;1;0~2||1|;",
  /** Grants permission to create a profile in the domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateProfile.html */
  CreateProfile: "W|||2;1;|||;",
  /** Grants permission to create a Recommender in the domain. Access level: Write. Resources: domains*, recommenders*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateRecommender.html */
  CreateRecommender: "W|||2;1;,10;1;0~2||3|;",
  /** Grants permission to create a recommender filter in the domain. Access level: Write. Resources: domains*, recommender-filters*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateRecommenderFilter.html */
  CreateRecommenderFilter: "W|||2;1;,8;1;|0,2||;",
  /** Grants permission to create a recommender schema in the domain. Access level: Write. Resources: domains*, recommender-schemas*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateRecommenderSchema.html */
  CreateRecommenderSchema: "W|||2;1;,9;1;|0,2||;",
  /** Grants permission to create a segment definition in the domain. Access level: Write. Resources: domains*, segment-definitions*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateSegmentDefinition.html */
  CreateSegmentDefinition: "W|||2;1;,11;1;0~2||3|;",
  /** Grants permission to create a segment estimate in the domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateSegmentEstimate.html */
  CreateSegmentEstimate: "W|||2;1;|||;",
  /** Grants permission to create a segment snapshot in the domain. Access level: Write. Resources: domains*, segment-definitions*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateSegmentSnapshot.html */
  CreateSegmentSnapshot: "W|||2;1;,11;1;||1|;",
  /** Grants permission to create a snapshot in the domain. Access level: Write. Resources: domains*. Permission only. ${UserGuideDocPage}set-up-bulk-export.html */
  CreateSnapshot: "W||1|2;1;|||",
  /** Grants permission to create an upload job in the domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_CreateUploadJob.html */
  CreateUploadJob: "W|||2;1;|||;",
  /** Grants permission to delete a calculated attribute definition in the domain. Access level: Write. Resources: calculated-attributes*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteCalculatedAttributeDefinition.html */
  DeleteCalculatedAttributeDefinition: "W|||0;1;,2;1;|||;",
  /** Grants permission to delete a Domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteDomain.html */
  DeleteDomain: "W|||2;1;|||;",
  /** Grants permission to delete a layout in the domain. Access level: Write. Resources: domains*, layouts*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteDomainLayout.html */
  DeleteDomainLayout: "W|||2;1;,6;1;|||;",
  /** Grants permission to delete a specific domain object type in the domain. Access level: Write. Resources: domain-object-types*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteDomainObjectType.html */
  DeleteDomainObjectType: "W|||1;1;,2;1;|||;",
  /** Grants permission to delete an event stream in a domain. Access level: Write. Resources: domains*, event-streams*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteEventStream.html */
  DeleteEventStream: "W|||2;1;,3;1;||iam:DeleteRolePolicy|;",
  /** Grants permission to delete an event trigger in the domain. Access level: Write. Resources: domains*, event-triggers*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteEventTrigger.html */
  DeleteEventTrigger: "W|||2;1;,4;1;|||;",
  /** Grants permission to delete a integration in a domain. Access level: Write. Resources: domains*, integrations*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteIntegration.html */
  DeleteIntegration: "W|||2;1;,5;1;|||;",
  /** Grants permission to delete a profile. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteProfile.html */
  DeleteProfile: "W|||2;1;|||;",
  /** Grants permission to delete a profile key. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteProfileKey.html */
  DeleteProfileKey: "W|||2;1;|||;",
  /** Grants permission to delete a profile object. Access level: Write. Resources: domains*, object-types*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteProfileObject.html */
  DeleteProfileObject: "W|||2;1;,7;1;|||;",
  /** Grants permission to delete a specific profile object type in the domain. Access level: Write. Resources: domains*, object-types*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteProfileObjectType.html */
  DeleteProfileObjectType: "W|||2;1;,7;1;|||;",
  /** Grants permission to delete a recommender in a domain. Access level: Write. Resources: domains*, recommenders*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteRecommender.html */
  DeleteRecommender: "W|||2;1;,10;1;|||;",
  /** Grants permission to delete a recommender filter in the domain. Access level: Write. Resources: domains*, recommender-filters*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteRecommenderFilter.html */
  DeleteRecommenderFilter: "W|||2;1;,8;1;|||;",
  /** Grants permission to delete a recommender schema in the domain. Access level: Write. Resources: domains*, recommender-schemas*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteRecommenderSchema.html */
  DeleteRecommenderSchema: "W|||2;1;,9;1;|||;",
  /** Grants permission to delete a segment definition in the domain. Access level: Write. Resources: domains*, segment-definitions*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteSegmentDefinition.html */
  DeleteSegmentDefinition: "W|||2;1;,11;1;|||;",
  /** Grants permission to delete a workflow in a domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DeleteWorkflow.html */
  DeleteWorkflow: "W|||2;1;|||;",
  /** Grants permission to auto detect object type. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_DetectProfileObjectType.html */
  DetectProfileObjectType: "R|||2;1;|||;",
  /** Grants permission to get a preview of auto merging in a domain. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetAutoMergingPreview.html */
  GetAutoMergingPreview: "R|||2;1;|||;",
  /** Grants permission to get a calculated attribute definition in the domain. Access level: Read. Resources: calculated-attributes*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetCalculatedAttributeDefinition.html */
  GetCalculatedAttributeDefinition: "R|||0;1;,2;1;|||;",
  /** Grants permission to retrieve a calculated attribute for a specific profile in the domain. Access level: Read. Resources: calculated-attributes*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetCalculatedAttributeForProfile.html */
  GetCalculatedAttributeForProfile: "R|||0;1;,2;1;|||;",
  /** Grants permission to get a specific domain in an account. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetDomain.html */
  GetDomain: "R|||2;1;|||;",
  /** Grants permission to get a layout in the domain. Access level: Read. Resources: domains*, layouts*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetDomainLayout.html */
  GetDomainLayout: "R|||2;1;,6;1;|||;",
  /** Grants permission to get a specific domain object type in the domain. Access level: Read. Resources: domain-object-types*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetDomainObjectType.html */
  GetDomainObjectType: "R|||1;1;,2;1;|||;",
  /** Grants permission to get a specific event stream in a domain. Access level: Read. Resources: domains*, event-streams*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetEventStream.html */
  GetEventStream: "R|||2;1;,3;1;||2|;",
  /** Grants permission to get an event trigger in the domain. Access level: Read. Resources: domains*, event-triggers*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetEventTrigger.html */
  GetEventTrigger: "R|||2;1;,4;1;|||;",
  /** Grants permission to get an identity resolution job in a domain. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetIdentityResolutionJob.html */
  GetIdentityResolutionJob: "R|||2;1;|||;",
  /** Grants permission to get a specific integrations in a domain. Access level: Read. Resources: domains*, integrations*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetIntegration.html */
  GetIntegration: "R|||2;1;,5;1;|||;",
  /** Grants permission to get profile matches in a domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetMatches.html */
  GetMatches: "L|||2;1;|||;",
  /** Grants permission to get statistics of a specific attribute for object type in the domain. Access level: Read. Resources: domains*, object-types*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetObjectTypeAttributeStatistics.html */
  GetObjectTypeAttributeStatistics: "R|||2;1;,7;1;|||;",
  /** Grants permission to get a profile history record for a profile in a domain. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetProfileHistoryRecord.html */
  GetProfileHistoryRecord: "R|||2;1;|||;",
  /** Grants permission to list insights for a profile. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetProfileInsights.html */
  GetProfileInsights: "R|||2;1;|||",
  /** Grants permission to get a specific profile object type in the domain. Access level: Read. Resources: domains*, object-types*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetProfileObjectType.html */
  GetProfileObjectType: "R|||2;1;,7;1;|||;",
  /** Grants permission to get a specific object type template. Access level: Read. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetProfileObjectTypeTemplate.html */
  GetProfileObjectTypeTemplate: "R||||||;",
  /** Grants permission to list recommendations for a profile. Access level: Read. Resources: domains*, recommenders*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetProfileRecommendations.html */
  GetProfileRecommendations: "R|||2;1;,10;1;|||;",
  /** Grants permission to get Recommender details in a domain. Access level: Read. Resources: domains*, recommenders*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetRecommender.html */
  GetRecommender: "R|||2;1;,10;1;|||;",
  /** Grants permission to get recommender filter details in the domain. Access level: Read. Resources: domains*, recommender-filters*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetRecommenderFilter.html */
  GetRecommenderFilter: "R|||2;1;,8;1;|||;",
  /** Grants permission to get recommender schema details in the domain. Access level: Read. Resources: domains*, recommender-schemas*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetRecommenderSchema.html */
  GetRecommenderSchema: "R|||2;1;,9;1;|||;",
  /** Grants permission to get a segment definition in the domain. Access level: Read. Resources: domains*, segment-definitions*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetSegmentDefinition.html */
  GetSegmentDefinition: "R|||2;1;,11;1;|||;",
  /** Grants permission to get a segment estimate in the domain. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetSegmentEstimate.html */
  GetSegmentEstimate: "R|||2;1;|||;",
  /** Grants permission to determine if the given profiles are part of a segment in the domain. Access level: Read. Resources: domains*, segment-definitions*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetSegmentMembership.html */
  GetSegmentMembership: "R|||2;1;,11;1;|||;",
  /** Grants permission to get a segment snapshot in the domain. Access level: Read. Resources: domains*, segment-definitions*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetSegmentSnapshot.html */
  GetSegmentSnapshot: "R|||2;1;,11;1;|||;",
  /** Grants permission to get all the similar profiles in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetSimilarProfiles.html */
  GetSimilarProfiles: "L|||2;1;|||;",
  /** Grants permission to get a snapshot in the domain. Access level: Read. Resources: domains*. Permission only. ${UserGuideDocPage}set-up-bulk-export.html */
  GetSnapshot: "R||1|2;1;|||",
  /** Grants permission to get details of an upload job in the domain. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetUploadJob.html */
  GetUploadJob: "R|||2;1;|||;",
  /** Grants permission to get a pre-signed URL to upload file for an upload job. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetUploadJobPath.html */
  GetUploadJobPath: "R|||2;1;|||;",
  /** Grants permission to get workflow details in a domain. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetWorkflow.html */
  GetWorkflow: "R|||2;1;|||;",
  /** Grants permission to get workflow step details in a domain. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_GetWorkflowSteps.html */
  GetWorkflowSteps: "R|||2;1;|||;",
  /** Grants permission to list all the integrations in the account. Access level: List. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListAccountIntegrations.html */
  ListAccountIntegrations: "L||||||;",
  /** Grants permission to list all the calculated attribute definitions in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListCalculatedAttributeDefinitions.html */
  ListCalculatedAttributeDefinitions: "L|||2;1;|||;",
  /** Grants permission to list all calculated attributes for a specific profile in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListCalculatedAttributesForProfile.html */
  ListCalculatedAttributesForProfile: "L|||2;1;|||;",
  /** Grants permission to list all the layouts in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListDomainLayouts.html */
  ListDomainLayouts: "L|||2;1;|||;",
  /** Grants permission to list all the domain object types in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListDomainObjectTypes.html */
  ListDomainObjectTypes: "L|||2;1;|||;",
  /** Grants permission to list domain objects in a domain. Access level: List. Resources: domain-object-types*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListDomainObjects.html */
  ListDomainObjects: "L|||1;1;,2;1;|||",
  /** Grants permission to list all the domains in an account. Access level: List. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListDomains.html */
  ListDomains: "L||||||;",
  /** Grants permission to list all the event streams in a specific domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListEventStreams.html */
  ListEventStreams: "L|||2;1;|||;",
  /** Grants permission to list all the event triggers in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListEventTriggers.html */
  ListEventTriggers: "L|||2;1;|||;",
  /** Grants permission to list identity resolution jobs in a domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListIdentityResolutionJobs.html */
  ListIdentityResolutionJobs: "L|||2;1;|||;",
  /** Grants permission to list all the integrations in a specific domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListIntegrations.html */
  ListIntegrations: "L|||2;1;|||;",
  /** Grants permission to list values of a specific attribute for object type in the domain. Access level: List. Resources: domains*, object-types*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListObjectTypeAttributeValues.html */
  ListObjectTypeAttributeValues: "L|||2;1;,7;1;|||;",
  /** Grants permission to list all the attributes of a specific object type in the domain. Access level: List. Resources: domains*, object-types*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListObjectTypeAttributes.html */
  ListObjectTypeAttributes: "L|||2;1;,7;1;|||;",
  /** Grants permission to list all the values of a profile attribute in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListProfileAttributeValues.html */
  ListProfileAttributeValues: "L|||2;1;|||;",
  /** Grants permission to list all the profile history records for a profile in a domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListProfileHistoryRecords.html */
  ListProfileHistoryRecords: "L|||2;1;|||;",
  /** Grants permission to list all the profile object type templates in the account. Access level: List. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListProfileObjectTypeTemplates.html */
  ListProfileObjectTypeTemplates: "L||||||;",
  /** Grants permission to list all the profile object types in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListProfileObjectTypes.html */
  ListProfileObjectTypes: "L|||2;1;|||;",
  /** Grants permission to list all the profile objects for a profile. Access level: List. Resources: domains*, object-types*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListProfileObjects.html */
  ListProfileObjects: "L|||2;1;,7;1;|||;",
  /** Grants permission to list all recommender filters in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListRecommenderFilters.html */
  ListRecommenderFilters: "L|||2;1;|||;",
  /** Grants permission to list all the Recommenders Recipes in the domain. Access level: List. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListRecommenderRecipes.html */
  ListRecommenderRecipes: "L||||||;",
  /** Grants permission to list all recommender schemas in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListRecommenderSchemas.html */
  ListRecommenderSchemas: "L|||2;1;|||;",
  /** Grants permission to list all the Recommenders in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListRecommenders.html */
  ListRecommenders: "L|||2;1;|||;",
  /** Grants permission to list all the rule-based matching result in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListRuleBasedMatches.html */
  ListRuleBasedMatches: "L|||2;1;|||;",
  /** Grants permission to list all the segment definitions in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListSegmentDefinitions.html */
  ListSegmentDefinitions: "L|||2;1;|||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: calculated-attributes, domain-object-types, domains, event-streams, event-triggers, integrations, layouts, object-types, recommender-filters, recommender-schemas, recommenders, segment-definitions. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;|||;",
  /** Grants permission to list all upload jobs in the domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListUploadJobs.html */
  ListUploadJobs: "L|||2;1;|||;",
  /** Grants permission to list all the workflows in a specific domain. Access level: List. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_ListWorkflows.html */
  ListWorkflows: "L|||2;1;|||;",
  /** Grants permission to merge profiles in a domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_MergeProfiles.html */
  MergeProfiles: "W|||2;1;|||;",
  /** Grants permission to put a specific domain object type in the domain. Access level: Write. Resources: domain-object-types*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_PutDomainObjectType.html */
  PutDomainObjectType: "W|||1;1;0~2,2;1;||3|;",
  /** Grants permission to put a integration in a domain. Access level: Write. Resources: domains*, integrations*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_PutIntegration.html */
  PutIntegration:
    "W|||2;1;,5;1;0~2||app-integrations:CreateDataIntegrationAssociation,app-integrations:DeleteDataIntegrationAssociation,app-integrations:GetDataIntegration,app-integrations:ListDataIntegrationAssociations,kms:CreateGrant,3|;",
  /** Grants permission to put an object for a profile. Access level: Write. Resources: domains*, object-types*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_PutProfileObject.html */
  PutProfileObject: "W|||2;1;,7;1;|||;",
  /** Grants permission to put a specific profile object type in the domain. Access level: Write. Resources: domains*, object-types*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_PutProfileObjectType.html */
  PutProfileObjectType: "W|||2;1;,7;1;0~2||3|;",
  /** Grants permission to search for profiles in a domain. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_SearchProfiles.html */
  SearchProfiles: "R|||2;1;|||;",
  /** Grants permission to start a recommender in a domain. Access level: Write. Resources: domains*, recommenders*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_StartRecommender.html */
  StartRecommender: "W|||2;1;,10;1;|||;",
  /** Grants permission to start an upload job in the domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_StartUploadJob.html */
  StartUploadJob: "W|||2;1;|||;",
  /** Grants permission to stop a recommender in a domain. Access level: Write. Resources: domains*, recommenders*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_StopRecommender.html */
  StopRecommender: "W|||2;1;,10;1;|||;",
  /** Grants permission to stop an upload job in the domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_StopUploadJob.html */
  StopUploadJob: "W|||2;1;|||;",
  /** Grants permission to adds tags to a resource. Access level: Tagging. Resources: calculated-attributes, domain-object-types, domains, event-streams, event-triggers, integrations, layouts, object-types, recommender-filters, recommender-schemas, recommenders, segment-definitions. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;|0,2||CreateCalculatedAttributeDefinition,CreateDomain,CreateDomainLayout,CreateEventStream,CreateEventTrigger,CreateRecommender,CreateSegmentDefinition,PutDomainObjectType,PutIntegration,PutProfileObjectType,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: calculated-attributes, domain-object-types, domains, event-streams, event-triggers, integrations, layouts, object-types, recommender-filters, recommender-schemas, recommenders, segment-definitions. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;|2||;",
  /** Grants permission to update a calculated attribute definition in the domain. Access level: Write. Resources: calculated-attributes*, domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_UpdateCalculatedAttributeDefinition.html */
  UpdateCalculatedAttributeDefinition: "W|||0;1;,2;1;|||;",
  /** Grants permission to update a Domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_UpdateDomain.html */
  UpdateDomain: "W|||2;1;||0|;",
  /** Grants permission to update a layout in the domain. Access level: Write. Resources: domains*, layouts*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_UpdateDomainLayout.html */
  UpdateDomainLayout: "W|||2;1;,6;1;|||;",
  /** Grants permission to update an event trigger in the domain. Access level: Write. Resources: domains*, event-triggers*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_UpdateEventTrigger.html */
  UpdateEventTrigger: "W|||2;1;,4;1;|||;",
  /** Grants permission to update a profile in the domain. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_UpdateProfile.html */
  UpdateProfile: "W|||2;1;|||;",
  /** Grants permission to update a Recommender in the domain. Access level: Write. Resources: domains*, recommenders*. https://docs.aws.amazon.com/customerprofiles/latest/APIReference/API_UpdateRecommender.html */
  UpdateRecommender: "W|||2;1;,10;1;|||;",
} as const;
const actionDetails = {
  AddProfileKey: "|,;~~~|Grants permission to add a profile key",
  BatchGetCalculatedAttributeForProfile:
    "|,;~~~|Grants permission to retrieve a calculated attribute for the specific profiles in the domain",
  BatchGetProfile: "|,;~~~|Grants permission to get profiles in the domain",
  CreateCalculatedAttributeDefinition:
    "|,;~~~|Grants permission to create a calculated attribute definition in the domain",
  CreateDomain: "|,;~~~|Grants permission to create a Domain",
  CreateDomainLayout: "|,;~~~|Grants permission to create a layout in the domain",
  CreateEventStream: "|,;~~~|Grants permission to put an event stream in a domain",
  CreateEventTrigger: "|,;~~~|Grants permission to create an event trigger in the domain",
  CreateIntegrationWorkflow: "|,;~~~|Grants permission to create an integration workflow in a domain",
  CreateProfile: "|,;~~~|Grants permission to create a profile in the domain",
  CreateRecommender: "|,;~~~|Grants permission to create a Recommender in the domain",
  CreateRecommenderFilter: "|,;~~~|Grants permission to create a recommender filter in the domain",
  CreateRecommenderSchema: "|,;~~~|Grants permission to create a recommender schema in the domain",
  CreateSegmentDefinition: "|,;~~~|Grants permission to create a segment definition in the domain",
  CreateSegmentEstimate: "|,;~~~|Grants permission to create a segment estimate in the domain",
  CreateSegmentSnapshot: "|,;~~~|Grants permission to create a segment snapshot in the domain",
  CreateSnapshot: "|,;~|Grants permission to create a snapshot in the domain",
  CreateUploadJob: "|,;~~~|Grants permission to create an upload job in the domain",
  DeleteCalculatedAttributeDefinition:
    "|,;~~~|Grants permission to delete a calculated attribute definition in the domain",
  DeleteDomain: "|,;~~~|Grants permission to delete a Domain",
  DeleteDomainLayout: "|,;~~~|Grants permission to delete a layout in the domain",
  DeleteDomainObjectType: "|,;~~~|Grants permission to delete a specific domain object type in the domain",
  DeleteEventStream: "|,;~~~|Grants permission to delete an event stream in a domain",
  DeleteEventTrigger: "|,;~~~|Grants permission to delete an event trigger in the domain",
  DeleteIntegration: "|,;~~~|Grants permission to delete a integration in a domain",
  DeleteProfile: "|,;~~~|Grants permission to delete a profile",
  DeleteProfileKey: "|,;~~~|Grants permission to delete a profile key",
  DeleteProfileObject: "|,;~~~|Grants permission to delete a profile object",
  DeleteProfileObjectType: "|,;~~~|Grants permission to delete a specific profile object type in the domain",
  DeleteRecommender: "|,;~~~|Grants permission to delete a recommender in a domain",
  DeleteRecommenderFilter: "|,;~~~|Grants permission to delete a recommender filter in the domain",
  DeleteRecommenderSchema: "|,;~~~|Grants permission to delete a recommender schema in the domain",
  DeleteSegmentDefinition: "|,;~~~|Grants permission to delete a segment definition in the domain",
  DeleteWorkflow: "|,;~~~|Grants permission to delete a workflow in a domain",
  DetectProfileObjectType: "|,;~~~|Grants permission to auto detect object type",
  GetAutoMergingPreview: "|,;~~~|Grants permission to get a preview of auto merging in a domain",
  GetCalculatedAttributeDefinition: "|,;~~~|Grants permission to get a calculated attribute definition in the domain",
  GetCalculatedAttributeForProfile:
    "|,;~~~|Grants permission to retrieve a calculated attribute for a specific profile in the domain",
  GetDomain: "|,;~~~|Grants permission to get a specific domain in an account",
  GetDomainLayout: "|,;~~~|Grants permission to get a layout in the domain",
  GetDomainObjectType: "|,;~~~|Grants permission to get a specific domain object type in the domain",
  GetEventStream: "|,;~~~|Grants permission to get a specific event stream in a domain",
  GetEventTrigger: "|,;~~~|Grants permission to get an event trigger in the domain",
  GetIdentityResolutionJob: "|,;~~~|Grants permission to get an identity resolution job in a domain",
  GetIntegration: "|,;~~~|Grants permission to get a specific integrations in a domain",
  GetMatches: "|,;~~~|Grants permission to get profile matches in a domain",
  GetObjectTypeAttributeStatistics:
    "|,;~~~|Grants permission to get statistics of a specific attribute for object type in the domain",
  GetProfileHistoryRecord: "|,;~~~|Grants permission to get a profile history record for a profile in a domain",
  GetProfileInsights: "|,;~|Grants permission to list insights for a profile",
  GetProfileObjectType: "|,;~~~|Grants permission to get a specific profile object type in the domain",
  GetProfileObjectTypeTemplate: "|,;~~~|Grants permission to get a specific object type template",
  GetProfileRecommendations: "|,;~~~|Grants permission to list recommendations for a profile",
  GetRecommender: "|,;~~~|Grants permission to get Recommender details in a domain",
  GetRecommenderFilter: "|,;~~~|Grants permission to get recommender filter details in the domain",
  GetRecommenderSchema: "|,;~~~|Grants permission to get recommender schema details in the domain",
  GetSegmentDefinition: "|,;~~~|Grants permission to get a segment definition in the domain",
  GetSegmentEstimate: "|,;~~~|Grants permission to get a segment estimate in the domain",
  GetSegmentMembership:
    "|,;~~~|Grants permission to determine if the given profiles are part of a segment in the domain",
  GetSegmentSnapshot: "|,;~~~|Grants permission to get a segment snapshot in the domain",
  GetSimilarProfiles: "|,;~~~|Grants permission to get all the similar profiles in the domain",
  GetSnapshot: "|,;~|Grants permission to get a snapshot in the domain",
  GetUploadJob: "|,;~~~|Grants permission to get details of an upload job in the domain",
  GetUploadJobPath: "|,;~~~|Grants permission to get a pre-signed URL to upload file for an upload job",
  GetWorkflow: "|,;~~~|Grants permission to get workflow details in a domain",
  GetWorkflowSteps: "|,;~~~|Grants permission to get workflow step details in a domain",
  ListAccountIntegrations: "|,;~~~|Grants permission to list all the integrations in the account",
  ListCalculatedAttributeDefinitions:
    "|,;~~~|Grants permission to list all the calculated attribute definitions in the domain",
  ListCalculatedAttributesForProfile:
    "|,;~~~|Grants permission to list all calculated attributes for a specific profile in the domain",
  ListDomainLayouts: "|,;~~~|Grants permission to list all the layouts in the domain",
  ListDomainObjectTypes: "|,;~~~|Grants permission to list all the domain object types in the domain",
  ListDomainObjects: "|,;~|Grants permission to list domain objects in a domain",
  ListDomains: "|,;~~~|Grants permission to list all the domains in an account",
  ListEventStreams: "|,;~~~|Grants permission to list all the event streams in a specific domain",
  ListEventTriggers: "|,;~~~|Grants permission to list all the event triggers in the domain",
  ListIdentityResolutionJobs: "|,;~~~|Grants permission to list identity resolution jobs in a domain",
  ListIntegrations: "|,;~~~|Grants permission to list all the integrations in a specific domain",
  ListObjectTypeAttributeValues:
    "|,;~~~|Grants permission to list values of a specific attribute for object type in the domain",
  ListObjectTypeAttributes:
    "|,;~~~|Grants permission to list all the attributes of a specific object type in the domain",
  ListProfileAttributeValues: "|,;~~~|Grants permission to list all the values of a profile attribute in the domain",
  ListProfileHistoryRecords:
    "|,;~~~|Grants permission to list all the profile history records for a profile in a domain",
  ListProfileObjectTypeTemplates:
    "|,;~~~|Grants permission to list all the profile object type templates in the account",
  ListProfileObjectTypes: "|,;~~~|Grants permission to list all the profile object types in the domain",
  ListProfileObjects: "|,;~~~|Grants permission to list all the profile objects for a profile",
  ListRecommenderFilters: "|,;~~~|Grants permission to list all recommender filters in the domain",
  ListRecommenderRecipes: "|,;~~~|Grants permission to list all the Recommenders Recipes in the domain",
  ListRecommenderSchemas: "|,;~~~|Grants permission to list all recommender schemas in the domain",
  ListRecommenders: "|,;~~~|Grants permission to list all the Recommenders in the domain",
  ListRuleBasedMatches: "|,;~~~|Grants permission to list all the rule-based matching result in the domain",
  ListSegmentDefinitions: "|,;~~~|Grants permission to list all the segment definitions in the domain",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListUploadJobs: "|,;~~~|Grants permission to list all upload jobs in the domain",
  ListWorkflows: "|,;~~~|Grants permission to list all the workflows in a specific domain",
  MergeProfiles: "|,;~~~|Grants permission to merge profiles in a domain",
  PutDomainObjectType: "|,;~~~|Grants permission to put a specific domain object type in the domain",
  PutIntegration: "|,;~~~|Grants permission to put a integration in a domain",
  PutProfileObject: "|,;~~~|Grants permission to put an object for a profile",
  PutProfileObjectType: "|,;~~~|Grants permission to put a specific profile object type in the domain",
  SearchProfiles: "|,;~~~|Grants permission to search for profiles in a domain",
  StartRecommender: "|,;~~~|Grants permission to start a recommender in a domain",
  StartUploadJob: "|,;~~~|Grants permission to start an upload job in the domain",
  StopRecommender: "|,;~~~|Grants permission to stop a recommender in a domain",
  StopUploadJob: "|,;~~~|Grants permission to stop an upload job in the domain",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to adds tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateCalculatedAttributeDefinition:
    "|,;~~~|Grants permission to update a calculated attribute definition in the domain",
  UpdateDomain: "|,;~~~|Grants permission to update a Domain",
  UpdateDomainLayout: "|,;~~~|Grants permission to update a layout in the domain",
  UpdateEventTrigger: "|,;~~~|Grants permission to update an event trigger in the domain",
  UpdateProfile: "|,;~~~|Grants permission to update a profile in the domain",
  UpdateRecommender: "|,;~~~|Grants permission to update a Recommender in the domain",
};
const resourceTypeFacts = {
  /** The calculated-attributes resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/calculated-attributes/${CalculatedAttributeName} */
  "calculated-attributes": "|,calculatedAttributes|1",
  /** The domain-object-types resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/domain-object-types/${ObjectTypeName} */
  "domain-object-types": "|,domainObjectTypes|1",
  /** The domains resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName} */
  domains: "|,|1",
  /** The event-streams resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/event-streams/${EventStreamName} */
  "event-streams": "|,eventStreams|1",
  /** The event-triggers resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/event-triggers/${EventTriggerName} */
  "event-triggers": "|,eventTriggers|1",
  /** The integrations resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/integrations/${Uri} */
  integrations: "|,|1",
  /** The layouts resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/layouts/${LayoutDefinitionName} */
  layouts: "|,|1",
  /** The object-types resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/object-types/${ObjectTypeName} */
  "object-types": "|,objectTypes|1",
  /** The recommender-filters resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/recommender-filters/${RecommenderFilterName} */
  "recommender-filters": "|,recommenderFilters|1",
  /** The recommender-schemas resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/recommender-schemas/${RecommenderSchemaName} */
  "recommender-schemas": "|,recommenderSchemas|1",
  /** The recommenders resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/recommenders/${RecommenderTypeName} */
  recommenders: "|,|1",
  /** The segment-definitions resource type: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/segment-definitions/${SegmentDefinitionName} */
  "segment-definitions": "|,segmentDefinitions|1",
} as const;
const arnFormats = {
  /** ARN of a calculated-attributes resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/calculated-attributes/${CalculatedAttributeName}. */
  calculatedAttributes:
    "|,calculated-attributes|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/calculated-attributes/|CalculatedAttributeName|",
  /** ARN of a domain-object-types resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/domain-object-types/${ObjectTypeName}. */
  domainObjectTypes:
    "|,domain-object-types|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/domain-object-types/|ObjectTypeName|",
  /** ARN of a domains resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}. */
  domains: "|,domains|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|",
  /** ARN of a event-streams resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/event-streams/${EventStreamName}. */
  eventStreams:
    "|,event-streams|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/event-streams/|EventStreamName|",
  /** ARN of a event-triggers resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/event-triggers/${EventTriggerName}. */
  eventTriggers:
    "|,event-triggers|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/event-triggers/|EventTriggerName|",
  /** ARN of a integrations resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/integrations/${Uri}. */
  integrations: "|,integrations|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/integrations/|Uri|",
  /** ARN of a layouts resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/layouts/${LayoutDefinitionName}. */
  layouts: "|,layouts|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/layouts/|LayoutDefinitionName|",
  /** ARN of a object-types resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/object-types/${ObjectTypeName}. */
  objectTypes:
    "|,object-types|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/object-types/|ObjectTypeName|",
  /** ARN of a recommender-filters resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/recommender-filters/${RecommenderFilterName}. */
  recommenderFilters:
    "|,recommender-filters|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/recommender-filters/|RecommenderFilterName|",
  /** ARN of a recommender-schemas resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/recommender-schemas/${RecommenderSchemaName}. */
  recommenderSchemas:
    "|,recommender-schemas|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/recommender-schemas/|RecommenderSchemaName|",
  /** ARN of a recommenders resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/recommenders/${RecommenderTypeName}. */
  recommenders:
    "|,recommenders|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/recommenders/|RecommenderTypeName|",
  /** ARN of a segment-definitions resource: arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/segment-definitions/${SegmentDefinitionName}. */
  segmentDefinitions:
    "|,segment-definitions|arn:|Partition|:profile:|Region|:|Account|:domains/|DomainName|/segment-definitions/|SegmentDefinitionName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "calculated-attributes",
  "domain-object-types",
  "domains",
  "event-streams",
  "event-triggers",
  "integrations",
  "layouts",
  "object-types",
  "recommender-filters",
  "recommender-schemas",
  "recommenders",
  "segment-definitions",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "profile">;
/** Any profile action. */
export type Action = ActionOf<typeof actionFacts, "profile">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "profile">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "customer-profiles" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every profile action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a key that is present in the request the user makes to the customer profile service. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the list of all the tag key names present in the request the user makes to the customer profile service. */
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by a key that is present in the request the user makes to the customer profile service",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the list of all the tag key names present in the request the user makes to the customer profile service",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "profile",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
