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
export const prefix: "kendra" = "kendra";
/** The service's name in the reference. */
export const serviceName: "Amazon Kendra" = "Amazon Kendra";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Kendra",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonkendra.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "kendra:TagResource"] as const;
const actionFacts = {
  /** Grants permission to put principal mapping in index. Access level: Write. Resources: experience*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_PutPrincipalMapping.html */
  AssociateEntitiesToExperience: "W|||2;1;,5;1;|||;",
  /** Defines the specific permissions of users or groups in your AWS SSO identity source with access to your Amazon Kendra experience. Access level: Write. Resources: experience*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_AssociatePersonasToEntities.html */
  AssociatePersonasToEntities: "W|||2;1;,5;1;|||;",
  /** Grants permission to batch delete document. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_BatchDeleteDocument.html */
  BatchDeleteDocument: "W|||5;1;|||;",
  /** Grants permission to delete a featured results set. Access level: Write. Resources: featured-results-set*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DeleteFeaturedResults.html */
  BatchDeleteFeaturedResultsSet: "W|||4;1;,5;1;|||;",
  /** Grants permission to do batch get document status. Access level: Read. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_BatchGetDocumentStatus.html */
  BatchGetDocumentStatus: "R|||5;1;|||;",
  /** Grants permission to batch put document. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_BatchPutDocument.html */
  BatchPutDocument: "W|||5;1;||0|;",
  /** Grants permission to clear out the suggestions for a given index, generated so far. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ClearQuerySuggestions.html */
  ClearQuerySuggestions: "W|||5;1;|||;",
  /** Grants permission to create an access control configuration. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_CreateAccessControlConfiguration.html */
  CreateAccessControlConfiguration: "W|||5;1;|||;",
  /** Grants permission to create a data source. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_CreateDataSource.html */
  CreateDataSource: "W|||5;1;|0,2|0,1|;",
  /** Creates an Amazon Kendra experience such as a search application. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_CreateExperience.html */
  CreateExperience: "W|||5;1;||0|;",
  /** Grants permission to create an Faq. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_CreateFaq.html */
  CreateFaq: "W|||5;1;|0,2|0,1|;",
  /** Grants permission to create a featured results set. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_CreateFeaturedResults.html */
  CreateFeaturedResultsSet: "W|||5;1;|0,2||;",
  /** Grants permission to create an Index. Access level: Write. https://docs.aws.amazon.com/kendra/latest/dg/API_CreateIndex.html */
  CreateIndex: "W||||0,2|0,1|;",
  /** Grants permission to create a QuerySuggestions BlockList. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_CreateQuerySuggestionsBlockList.html */
  CreateQuerySuggestionsBlockList: "W|||5;1;|0,2|0,1|;",
  /** Grants permission to create a Thesaurus. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_CreateThesaurus.html */
  CreateThesaurus: "W|||5;1;|0,2|0,1|;",
  /** Grants permission to delete an access control configuration. Access level: Write. Resources: access-control-configuration*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DeleteAccessControlConfiguration.html */
  DeleteAccessControlConfiguration: "W|||0;1;,5;1;|||;",
  /** Grants permission to delete a data source. Access level: Write. Resources: data-source*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DeleteDataSource.html */
  DeleteDataSource: "W|||1;1;,5;1;|||;",
  /** Deletes your Amazon Kendra experience such as a search application. Access level: Write. Resources: experience*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DeleteExperience.html */
  DeleteExperience: "W|||2;1;,5;1;|||;",
  /** Grants permission to delete an Faq. Access level: Write. Resources: faq*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DeleteFaq.html */
  DeleteFaq: "W|||3;1;,5;1;|||;",
  /** Grants permission to delete an Index. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DeleteIndex.html */
  DeleteIndex: "W|||5;1;|||;",
  /** Grants permission to delete principal mapping from index. Access level: Write. Resources: data-source, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DeletePrincipalMapping.html */
  DeletePrincipalMapping: "W|||1;0;,5;1;|||;",
  /** Grants permission to delete a QuerySuggestions BlockList. Access level: Write. Resources: index*, query-suggestions-block-list*. https://docs.aws.amazon.com/kendra/latest/dg/API_DeleteQuerySuggestionsBlockList.html */
  DeleteQuerySuggestionsBlockList: "W|||5;1;,6;1;|||;",
  /** Grants permission to delete a Thesaurus. Access level: Write. Resources: index*, thesaurus*. https://docs.aws.amazon.com/kendra/latest/dg/API_DeleteThesaurus.html */
  DeleteThesaurus: "W|||5;1;,7;1;|||;",
  /** Grants permission to describe an access control configuration. Access level: Read. Resources: access-control-configuration*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribeAccessControlConfiguration.html */
  DescribeAccessControlConfiguration: "R|||0;1;,5;1;|||;",
  /** Grants permission to describe a data source. Access level: Read. Resources: data-source*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribeDataSource.html */
  DescribeDataSource: "R|||1;1;,5;1;|||;",
  /** Gets information about your Amazon Kendra experience such as a search application. Access level: Read. Resources: experience*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribeExperience.html */
  DescribeExperience: "R|||2;1;,5;1;|||;",
  /** Grants permission to describe an Faq. Access level: Read. Resources: faq*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribeFaq.html */
  DescribeFaq: "R|||3;1;,5;1;|||;",
  /** Grants permission to describe a featured results set. Access level: Read. Resources: featured-results-set*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribeThesaurus.html */
  DescribeFeaturedResultsSet: "R|||4;1;,5;1;|||;",
  /** Grants permission to describe an Index. Access level: Read. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribeIndex.html */
  DescribeIndex: "R|||5;1;|||;",
  /** Grants permission to describe principal mapping from index. Access level: Read. Resources: data-source, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribePrincipalMapping.html */
  DescribePrincipalMapping: "R|||1;0;,5;1;|||;",
  /** Grants permission to describe a QuerySuggestions BlockList. Access level: Read. Resources: index*, query-suggestions-block-list*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribeQuerySuggestionsBlockList.html */
  DescribeQuerySuggestionsBlockList: "R|||5;1;,6;1;|||;",
  /** Grants permission to describe the query suggestions configuration for an index. Access level: Read. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribeQuerySuggestionsConfig.html */
  DescribeQuerySuggestionsConfig: "R|||5;1;|||;",
  /** Grants permission to describe a Thesaurus. Access level: Read. Resources: index*, thesaurus*. https://docs.aws.amazon.com/kendra/latest/dg/API_DescribeThesaurus.html */
  DescribeThesaurus: "R|||5;1;,7;1;|||;",
  /** Prevents users or groups in your AWS SSO identity source from accessing your Amazon Kendra experience. Access level: Write. Resources: experience*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DisassociateEntitiesFromExperience.html */
  DisassociateEntitiesFromExperience: "W|||2;1;,5;1;|||;",
  /** Removes the specific permissions of users or groups in your AWS SSO identity source with access to your Amazon Kendra experience. Access level: Write. Resources: experience*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_DisassociatePersonasFromEntities.html */
  DisassociatePersonasFromEntities: "W|||2;1;,5;1;|||;",
  /** Grants permission to get suggestions for a query prefix. Access level: Read. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_GetQuerySuggestions.html */
  GetQuerySuggestions: "R|||5;1;|||;",
  /** Retrieves search metrics data. Access level: Read. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_GetSnapshots.html */
  GetSnapshots: "R|||5;1;|||;",
  /** Grants permission to list the access control configurations. Access level: List. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListAccessControlConfigurations.html */
  ListAccessControlConfigurations: "L|||5;1;|||;",
  /** Grants permission to get Data Source sync job history. Access level: List. Resources: data-source*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListDataSourceSyncJobs.html */
  ListDataSourceSyncJobs: "L|||1;1;,5;1;|||;",
  /** Grants permission to list the data sources. Access level: List. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListDataSources.html */
  ListDataSources: "L|||5;1;|||;",
  /** Lists specific permissions of users and groups with access to your Amazon Kendra experience. Access level: List. Resources: experience*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListEntityPersonas.html */
  ListEntityPersonas: "L|||2;1;,5;1;|||;",
  /** Lists users or groups in your AWS SSO identity source that are granted access to your Amazon Kendra experience. Access level: List. Resources: experience*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListExperienceEntities.html */
  ListExperienceEntities: "L|||2;1;,5;1;|||;",
  /** Lists one or more Amazon Kendra experiences. You can create an Amazon Kendra experience such as a search application. Access level: List. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListExperiences.html */
  ListExperiences: "L|||5;1;|||;",
  /** Grants permission to list the Faqs. Access level: List. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListFaqs.html */
  ListFaqs: "L|||5;1;|||;",
  /** Grants permission to list the featured results sets. Access level: List. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListFeaturedResults.html */
  ListFeaturedResultsSets: "L|||5;1;|||;",
  /** Grants permission to list groups that are older than an ordering id. Access level: List. Resources: data-source, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListGroupsOlderThanOrderingId.html */
  ListGroupsOlderThanOrderingId: "L|||1;0;,5;1;|||;",
  /** Grants permission to list the indexes. Access level: List. https://docs.aws.amazon.com/kendra/latest/dg/API_ListIndices.html */
  ListIndices: "L||||||;",
  /** Grants permission to list the QuerySuggestions BlockLists. Access level: List. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListQuerySuggestionsBlockLists.html */
  ListQuerySuggestionsBlockLists: "L|||5;1;|||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: data-source, faq, featured-results-set, index, query-suggestions-block-list, thesaurus. https://docs.aws.amazon.com/kendra/latest/dg/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,3;0;,4;0;,5;0;,6;0;,7;0;|||;",
  /** Grants permission to list the Thesauri. Access level: List. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_ListThesauri.html */
  ListThesauri: "L|||5;1;|||;",
  /** Grants permission to put principal mapping in index. Access level: Write. Resources: data-source, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_PutPrincipalMapping.html */
  PutPrincipalMapping: "W|||1;0;,5;1;||0|;",
  /** Grants permission to query documents and faqs. Access level: Read. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_Query.html */
  Query: "R|||5;1;|||;",
  /** Grants permission to retrieve relevant content from an index. Access level: Read. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_Retrieve.html */
  Retrieve: "R|||5;1;|||;",
  /** Grants permission to start Data Source sync job. Access level: Write. Resources: data-source*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_StartDataSourceSyncJob.html */
  StartDataSourceSyncJob: "W|||1;1;,5;1;|||;",
  /** Grants permission to stop Data Source sync job. Access level: Write. Resources: data-source*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_StopDataSourceSyncJob.html */
  StopDataSourceSyncJob: "W|||1;1;,5;1;|||;",
  /** Grants permission to send feedback about a query results. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_SubmitFeedback.html */
  SubmitFeedback: "W|||5;1;|||;",
  /** Grants permission to tag a resource with given key value pairs. Access level: Tagging. Resources: data-source, faq, featured-results-set, index, query-suggestions-block-list, thesaurus. https://docs.aws.amazon.com/kendra/latest/dg/API_TagResource.html */
  TagResource:
    "T|||1;0;,3;0;,4;0;,5;0;,6;0;,7;0;|0,2||CreateDataSource,CreateFaq,CreateIndex,CreateQuerySuggestionsBlockList,CreateThesaurus,;",
  /** Grants permission to remove the tag with the given key from a resource. Access level: Tagging. Resources: data-source, faq, featured-results-set, index, query-suggestions-block-list, thesaurus. https://docs.aws.amazon.com/kendra/latest/dg/API_UntagResource.html */
  UntagResource: "T|||1;0;,3;0;,4;0;,5;0;,6;0;,7;0;|2||;",
  /** Grants permission to update an access control configuration. Access level: Write. Resources: access-control-configuration*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateAccessControlConfiguration.html */
  UpdateAccessControlConfiguration: "W|||0;1;,5;1;|||;",
  /** Grants permission to update a data source. Access level: Write. Resources: data-source*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateDataSource.html */
  UpdateDataSource: "W|||1;1;,5;1;||0|;",
  /** Updates your Amazon Kendra experience such as a search application. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateExperience.html */
  UpdateExperience: "W|||5;1;||0|;",
  /** Grants permission to update a featured results set. Access level: Write. Resources: featured-results-set*, index*. https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateFeaturedResults.html */
  UpdateFeaturedResultsSet: "W|||4;1;,5;1;|||;",
  /** Grants permission to update an Index. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateIndex.html */
  UpdateIndex: "W|||5;1;||0|;",
  /** Grants permission to update a QuerySuggestions BlockList. Access level: Write. Resources: index*, query-suggestions-block-list*. https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateQuerySuggestionsBlockList.html */
  UpdateQuerySuggestionsBlockList: "W|||5;1;,6;1;||0|;",
  /** Grants permission to update the query suggestions configuration for an index. Access level: Write. Resources: index*. https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateQuerySuggestionsConfig.html */
  UpdateQuerySuggestionsConfig: "W|||5;1;|||;",
  /** Grants permission to update a thesaurus. Access level: Write. Resources: index*, thesaurus*. https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateThesaurus.html */
  UpdateThesaurus: "W|||5;1;,7;1;||0|;",
} as const;
const actionDetails = {
  AssociateEntitiesToExperience: "|,;~~~|Grants permission to put principal mapping in index",
  AssociatePersonasToEntities:
    "|,;~~~|Defines the specific permissions of users or groups in your AWS SSO identity source with access to your Amazon Kendra experience",
  BatchDeleteDocument: "|,;~~~|Grants permission to batch delete document",
  BatchDeleteFeaturedResultsSet: "|,;~~~|Grants permission to delete a featured results set",
  BatchGetDocumentStatus: "|,;~~~|Grants permission to do batch get document status",
  BatchPutDocument: "|,;~~~|Grants permission to batch put document",
  ClearQuerySuggestions: "|,;~~~|Grants permission to clear out the suggestions for a given index, generated so far",
  CreateAccessControlConfiguration: "|,;~~~|Grants permission to create an access control configuration",
  CreateDataSource: "|,;~~~|Grants permission to create a data source",
  CreateExperience: "|,;~~~|Creates an Amazon Kendra experience such as a search application",
  CreateFaq: "|,;~~~|Grants permission to create an Faq",
  CreateFeaturedResultsSet: "|,;~~~|Grants permission to create a featured results set",
  CreateIndex: "|,;~~~|Grants permission to create an Index",
  CreateQuerySuggestionsBlockList: "|,;~~~|Grants permission to create a QuerySuggestions BlockList",
  CreateThesaurus: "|,;~~~|Grants permission to create a Thesaurus",
  DeleteAccessControlConfiguration: "|,;~~~|Grants permission to delete an access control configuration",
  DeleteDataSource: "|,;~~~|Grants permission to delete a data source",
  DeleteExperience: "|,;~~~|Deletes your Amazon Kendra experience such as a search application",
  DeleteFaq: "|,;~~~|Grants permission to delete an Faq",
  DeleteIndex: "|,;~~~|Grants permission to delete an Index",
  DeletePrincipalMapping: "|,;~~~|Grants permission to delete principal mapping from index",
  DeleteQuerySuggestionsBlockList: "|,;~~~|Grants permission to delete a QuerySuggestions BlockList",
  DeleteThesaurus: "|,;~~~|Grants permission to delete a Thesaurus",
  DescribeAccessControlConfiguration: "|,;~~~|Grants permission to describe an access control configuration",
  DescribeDataSource: "|,;~~~|Grants permission to describe a data source",
  DescribeExperience: "|,;~~~|Gets information about your Amazon Kendra experience such as a search application",
  DescribeFaq: "|,;~~~|Grants permission to describe an Faq",
  DescribeFeaturedResultsSet: "|,;~~~|Grants permission to describe a featured results set",
  DescribeIndex: "|,;~~~|Grants permission to describe an Index",
  DescribePrincipalMapping: "|,;~~~|Grants permission to describe principal mapping from index",
  DescribeQuerySuggestionsBlockList: "|,;~~~|Grants permission to describe a QuerySuggestions BlockList",
  DescribeQuerySuggestionsConfig:
    "|,;~~~|Grants permission to describe the query suggestions configuration for an index",
  DescribeThesaurus: "|,;~~~|Grants permission to describe a Thesaurus",
  DisassociateEntitiesFromExperience:
    "|,;~~~|Prevents users or groups in your AWS SSO identity source from accessing your Amazon Kendra experience",
  DisassociatePersonasFromEntities:
    "|,;~~~|Removes the specific permissions of users or groups in your AWS SSO identity source with access to your Amazon Kendra experience",
  GetQuerySuggestions: "|,;~~~|Grants permission to get suggestions for a query prefix",
  GetSnapshots: "|,;~~~|Retrieves search metrics data",
  ListAccessControlConfigurations: "|,;~~~|Grants permission to list the access control configurations",
  ListDataSourceSyncJobs: "|,;~~~|Grants permission to get Data Source sync job history",
  ListDataSources: "|,;~~~|Grants permission to list the data sources",
  ListEntityPersonas:
    "|,;~~~|Lists specific permissions of users and groups with access to your Amazon Kendra experience",
  ListExperienceEntities:
    "|,;~~~|Lists users or groups in your AWS SSO identity source that are granted access to your Amazon Kendra experience",
  ListExperiences:
    "|,;~~~|Lists one or more Amazon Kendra experiences. You can create an Amazon Kendra experience such as a search application",
  ListFaqs: "|,;~~~|Grants permission to list the Faqs",
  ListFeaturedResultsSets: "|,;~~~|Grants permission to list the featured results sets",
  ListGroupsOlderThanOrderingId: "|,;~~~|Grants permission to list groups that are older than an ordering id",
  ListIndices: "|,;~~~|Grants permission to list the indexes",
  ListQuerySuggestionsBlockLists: "|,;~~~|Grants permission to list the QuerySuggestions BlockLists",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListThesauri: "|,;~~~|Grants permission to list the Thesauri",
  PutPrincipalMapping: "|,;~~~|Grants permission to put principal mapping in index",
  Query: "|,;~~~|Grants permission to query documents and faqs",
  Retrieve: "|,;~~~|Grants permission to retrieve relevant content from an index",
  StartDataSourceSyncJob: "|,;~~~|Grants permission to start Data Source sync job",
  StopDataSourceSyncJob: "|,;~~~|Grants permission to stop Data Source sync job",
  SubmitFeedback: "|,;~~~|Grants permission to send feedback about a query results",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to tag a resource with given key value pairs",
  UntagResource: "|,;~~~|Grants permission to remove the tag with the given key from a resource",
  UpdateAccessControlConfiguration: "|,;~~~|Grants permission to update an access control configuration",
  UpdateDataSource: "|,;~~~|Grants permission to update a data source",
  UpdateExperience: "|,;~~~|Updates your Amazon Kendra experience such as a search application",
  UpdateFeaturedResultsSet: "|,;~~~|Grants permission to update a featured results set",
  UpdateIndex: "|,;~~~|Grants permission to update an Index",
  UpdateQuerySuggestionsBlockList: "|,;~~~|Grants permission to update a QuerySuggestions BlockList",
  UpdateQuerySuggestionsConfig: "|,;~~~|Grants permission to update the query suggestions configuration for an index",
  UpdateThesaurus: "|,;~~~|Grants permission to update a thesaurus",
};
const resourceTypeFacts = {
  /** The access-control-configuration resource type: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/access-control-configuration/${AccessControlConfigurationId} */
  "access-control-configuration": "|,accessControlConfiguration|",
  /** The data-source resource type: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/data-source/${DataSourceId} */
  "data-source": "|,dataSource|1",
  /** The experience resource type: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/experience/${ExperienceId} */
  experience: "|,|",
  /** The faq resource type: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/faq/${FaqId} */
  faq: "|,|1",
  /** The featured-results-set resource type: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/featured-results-set/${FeaturedResultsSetId} */
  "featured-results-set": "|,featuredResultsSet|1",
  /** The index resource type: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId} */
  index: "|,|1",
  /** The query-suggestions-block-list resource type: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/query-suggestions-block-list/${QuerySuggestionsBlockListId} */
  "query-suggestions-block-list": "|,querySuggestionsBlockList|1",
  /** The thesaurus resource type: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/thesaurus/${ThesaurusId} */
  thesaurus: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a access-control-configuration resource: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/access-control-configuration/${AccessControlConfigurationId}. */
  accessControlConfiguration:
    "|,access-control-configuration|arn:|Partition|:kendra:|Region|:|Account|:index/|IndexId|/access-control-configuration/|AccessControlConfigurationId|",
  /** ARN of a data-source resource: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/data-source/${DataSourceId}. */
  dataSource: "|,data-source|arn:|Partition|:kendra:|Region|:|Account|:index/|IndexId|/data-source/|DataSourceId|",
  /** ARN of a experience resource: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/experience/${ExperienceId}. */
  experience: "|,experience|arn:|Partition|:kendra:|Region|:|Account|:index/|IndexId|/experience/|ExperienceId|",
  /** ARN of a faq resource: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/faq/${FaqId}. */
  faq: "|,faq|arn:|Partition|:kendra:|Region|:|Account|:index/|IndexId|/faq/|FaqId|",
  /** ARN of a featured-results-set resource: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/featured-results-set/${FeaturedResultsSetId}. */
  featuredResultsSet:
    "|,featured-results-set|arn:|Partition|:kendra:|Region|:|Account|:index/|IndexId|/featured-results-set/|FeaturedResultsSetId|",
  /** ARN of a index resource: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}. */
  index: "|,index|arn:|Partition|:kendra:|Region|:|Account|:index/|IndexId|",
  /** ARN of a query-suggestions-block-list resource: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/query-suggestions-block-list/${QuerySuggestionsBlockListId}. */
  querySuggestionsBlockList:
    "|,query-suggestions-block-list|arn:|Partition|:kendra:|Region|:|Account|:index/|IndexId|/query-suggestions-block-list/|QuerySuggestionsBlockListId|",
  /** ARN of a thesaurus resource: arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/thesaurus/${ThesaurusId}. */
  thesaurus: "|,thesaurus|arn:|Partition|:kendra:|Region|:|Account|:index/|IndexId|/thesaurus/|ThesaurusId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "access-control-configuration",
  "data-source",
  "experience",
  "faq",
  "featured-results-set",
  "index",
  "query-suggestions-block-list",
  "thesaurus",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "kendra">;
/** Any kendra action. */
export type Action = ActionOf<typeof actionFacts, "kendra">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "kendra">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "kendra" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every kendra action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "kendra",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
