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
export const prefix: "personalize" = "personalize";
/** The service's name in the reference. */
export const serviceName: "Amazon Personalize" = "Amazon Personalize";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Personalize",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonpersonalize.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const actionFacts = {
  /** Grants permission to create a batch inference job. Access level: Write. Resources: batchInferenceJob*, solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateBatchInferenceJob.html */
  CreateBatchInferenceJob: "W||0|batchInferenceJob;1;,solution;1;|0,2|iam:PassRole,personalize:TagResource|;",
  /** Grants permission to create a batch segment job. Access level: Write. Resources: batchSegmentJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateBatchSegmentJob.html */
  CreateBatchSegmentJob: "W||0|batchSegmentJob;1;|0,2|iam:PassRole,personalize:TagResource|;",
  /** Grants permission to create a campaign. Access level: Write. Resources: campaign*, solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateCampaign.html */
  CreateCampaign: "W||0|campaign;1;,solution;1;|0,2|personalize:TagResource|;",
  /** Grants permission to create a data deletion job. Access level: Write. Resources: dataDeletionJob*, datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDataDeletionJob.html */
  CreateDataDeletionJob: "W||0|dataDeletionJob;1;,datasetGroup;1;|0,2|iam:PassRole,personalize:TagResource|;",
  /** Grants permission to create a data insights job. Access level: Write. Resources: dataInsightsJob*. https://docs.aws.amazon.com/personalize/latest/dg/analyzing-data.html */
  CreateDataInsightsJob: "W||0|dataInsightsJob;1;|||",
  /** Grants permission to create a dataset. Access level: Write. Resources: dataset*, datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDataset.html */
  CreateDataset: "W||0|dataset;1;,datasetGroup;1;|0,2|personalize:TagResource|;",
  /** Grants permission to create a dataset export job. Access level: Write. Resources: dataset*, datasetExportJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDatasetExportJob.html */
  CreateDatasetExportJob: "W||0|dataset;1;,datasetExportJob;1;|0,2|iam:PassRole,personalize:TagResource|;",
  /** Grants permission to create a dataset group. Access level: Write. Resources: datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDatasetGroup.html */
  CreateDatasetGroup: "W||0|datasetGroup;1;|0,2|iam:PassRole,personalize:TagResource|;",
  /** Grants permission to create a dataset import job. Access level: Write. Resources: dataset*, datasetImportJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDatasetImportJob.html */
  CreateDatasetImportJob: "W||0|dataset;1;,datasetImportJob;1;|0,2|iam:PassRole,personalize:TagResource|;",
  /** Grants permission to create an event tracker. Access level: Write. Resources: datasetGroup*, eventTracker*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateEventTracker.html */
  CreateEventTracker: "W||0|datasetGroup;1;,eventTracker;1;|0,2|personalize:TagResource|;",
  /** Grants permission to create a filter. Access level: Write. Resources: datasetGroup*, filter*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateFilter.html */
  CreateFilter: "W||0|datasetGroup;1;,filter;1;|0,2|personalize:TagResource|;",
  /** Grants permission to create a metric attribution. Access level: Write. Resources: datasetGroup*, metricAttribution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateMetricAttribution.html */
  CreateMetricAttribution: "W||0|datasetGroup;1;,metricAttribution;1;||iam:PassRole|;",
  /** Grants permission to create a recommender. Access level: Write. Resources: datasetGroup*, recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateRecommender.html */
  CreateRecommender: "W||0|datasetGroup;1;,recommender;1;|0,2|personalize:TagResource|;",
  /** Grants permission to create a schema. Access level: Write. Resources: schema*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateSchema.html */
  CreateSchema: "W||0|schema;1;|||;",
  /** Grants permission to create a solution. Access level: Write. Resources: datasetGroup*, solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateSolution.html */
  CreateSolution: "W||0|datasetGroup;1;,solution;1;|0,2|personalize:TagResource|;",
  /** Grants permission to create a solution version. Access level: Write. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateSolutionVersion.html */
  CreateSolutionVersion: "W||0|solution;1;|0,2|personalize:TagResource|;",
  /** Grants permission to delete a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteCampaign.html */
  DeleteCampaign: "W||0|campaign;1;|||;",
  /** Grants permission to delete a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteDataset.html */
  DeleteDataset: "W||0|dataset;1;|||;",
  /** Grants permission to delete a dataset group. Access level: Write. Resources: datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteDatasetGroup.html */
  DeleteDatasetGroup: "W||0|datasetGroup;1;|||;",
  /** Grants permission to delete an event tracker. Access level: Write. Resources: eventTracker*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteEventTracker.html */
  DeleteEventTracker: "W||0|eventTracker;1;|||;",
  /** Grants permission to delete a filter. Access level: Write. Resources: filter*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteFilter.html */
  DeleteFilter: "W||0|filter;1;|||;",
  /** Grants permission to delete a metric attribution. Access level: Write. Resources: metricAttribution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteMetricAttribution.html */
  DeleteMetricAttribution: "W||0|metricAttribution;1;|||;",
  /** Grants permission to delete a recommender. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteRecommender.html */
  DeleteRecommender: "W||0|recommender;1;|||;",
  /** Grants permission to delete a schema. Access level: Write. Resources: schema*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteSchema.html */
  DeleteSchema: "W||0|schema;1;|||;",
  /** Grants permission to delete a solution including all versions of the solution. Access level: Write. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteSolution.html */
  DeleteSolution: "W||0|solution;1;|||;",
  /** Grants permission to describe an algorithm. Access level: Read. Resources: algorithm*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeAlgorithm.html */
  DescribeAlgorithm: "R||0|algorithm;1;|||;",
  /** Grants permission to describe a batch inference job. Access level: Read. Resources: batchInferenceJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeBatchInferenceJob.html */
  DescribeBatchInferenceJob: "R||0|batchInferenceJob;1;|||;",
  /** Grants permission to describe a batch segment job. Access level: Read. Resources: batchSegmentJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeBatchSegmentJob.html */
  DescribeBatchSegmentJob: "R||0|batchSegmentJob;1;|||;",
  /** Grants permission to describe a campaign. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeCampaign.html */
  DescribeCampaign: "R||0|campaign;1;|||;",
  /** Grants permission to describe a data deletion job. Access level: Read. Resources: dataDeletionJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDataDeletionJob.html */
  DescribeDataDeletionJob: "R||0|dataDeletionJob;1;|||;",
  /** Grants permission to describe a data insights job. Access level: Read. Resources: dataInsightsJob*. https://docs.aws.amazon.com/personalize/latest/dg/analyzing-data.html */
  DescribeDataInsightsJob: "R||0|dataInsightsJob;1;|||",
  /** Grants permission to describe a dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDataset.html */
  DescribeDataset: "R||0|dataset;1;|||;",
  /** Grants permission to describe a dataset export job. Access level: Read. Resources: datasetExportJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDatasetExportJob.html */
  DescribeDatasetExportJob: "R||0|datasetExportJob;1;|||;",
  /** Grants permission to describe a dataset group. Access level: Read. Resources: datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDatasetGroup.html */
  DescribeDatasetGroup: "R||0|datasetGroup;1;|||;",
  /** Grants permission to describe a dataset import job. Access level: Read. Resources: datasetImportJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDatasetImportJob.html */
  DescribeDatasetImportJob: "R||0|datasetImportJob;1;|||;",
  /** Grants permission to describe an event tracker. Access level: Read. Resources: eventTracker*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeEventTracker.html */
  DescribeEventTracker: "R||0|eventTracker;1;|||;",
  /** Grants permission to describe a feature transformation. Access level: Read. Resources: featureTransformation*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeFeatureTransformation.html */
  DescribeFeatureTransformation: "R||0|featureTransformation;1;|||;",
  /** Grants permission to describe a filter. Access level: Read. Resources: filter*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeFilter.html */
  DescribeFilter: "R||0|filter;1;|||;",
  /** Grants permission to describe a metric attribution. Access level: Read. Resources: metricAttribution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeMetricAttribution.html */
  DescribeMetricAttribution: "R||0|metricAttribution;1;|||;",
  /** Grants permission to describe a recipe. Access level: Read. Resources: recipe*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeRecipe.html */
  DescribeRecipe: "R||0|recipe;1;|||;",
  /** Grants permission to describe a recommender. Access level: Read. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeRecommender.html */
  DescribeRecommender: "R||0|recommender;1;|||;",
  /** Grants permission to describe a schema. Access level: Read. Resources: schema*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeSchema.html */
  DescribeSchema: "R||0|schema;1;|||;",
  /** Grants permission to describe a solution. Access level: Read. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeSolution.html */
  DescribeSolution: "R||0|solution;1;|||;",
  /** Grants permission to describe a version of a solution. Access level: Read. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeSolutionVersion.html */
  DescribeSolutionVersion: "R||0|solution;1;|||;",
  /** Grants permission to get a list of recommended actions. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_RS_GetActionRecommendations.html */
  GetActionRecommendations: "R||0|campaign;1;|||;",
  /** Grants permission to get data insights from a data insights job. Access level: Read. Resources: dataInsightsJob*. https://docs.aws.amazon.com/personalize/latest/dg/analyzing-data.html */
  GetDataInsights: "R||0|dataInsightsJob;1;|||",
  /** Grants permission to get a re-ranked list of recommendations. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_RS_GetPersonalizedRanking.html */
  GetPersonalizedRanking: "R||0|campaign;1;|||;",
  /** Grants permission to get a list of recommendations from a campaign. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_RS_GetRecommendations.html */
  GetRecommendations: "R||0|campaign;1;|||;",
  /** Grants permission to get metrics for a solution version. Access level: Read. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_GetSolutionMetrics.html */
  GetSolutionMetrics: "R||0|solution;1;|||;",
  /** Grants permission to list batch inference jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListBatchInferenceJobs.html */
  ListBatchInferenceJobs: "L||0||||;",
  /** Grants permission to list batch segment jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListBatchSegmentJobs.html */
  ListBatchSegmentJobs: "L||0||||;",
  /** Grants permission to list campaigns. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListCampaigns.html */
  ListCampaigns: "L||0||||;",
  /** Grants permission to list data deletion jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDataDeletionJobs.html */
  ListDataDeletionJobs: "L||0||||;",
  /** Grants permission to list data insights jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/analyzing-data.html */
  ListDataInsightsJobs: "L||0||||",
  /** Grants permission to list dataset export jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDatasetExportJobs.html */
  ListDatasetExportJobs: "L||0||||;",
  /** Grants permission to list dataset groups. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDatasetGroups.html */
  ListDatasetGroups: "L||0||||;",
  /** Grants permission to list dataset import jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDatasetImportJobs.html */
  ListDatasetImportJobs: "L||0||||;",
  /** Grants permission to list datasets. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDatasets.html */
  ListDatasets: "L||0||||;",
  /** Grants permission to list event trackers. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListEventTrackers.html */
  ListEventTrackers: "L||0||||;",
  /** Grants permission to list filters. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListFilters.html */
  ListFilters: "L||0||||;",
  /** Grants permission to list metric attribution metrics. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListMetricAttributionMetrics.html */
  ListMetricAttributionMetrics: "L||0||||;",
  /** Grants permission to list metric attributions. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListMetricAttributions.html */
  ListMetricAttributions: "L||0||||;",
  /** Grants permission to list recipes. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListRecipes.html */
  ListRecipes: "L||0||||;",
  /** Grants permission to list recommenders. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListRecommenders.html */
  ListRecommenders: "L||0||||;",
  /** Grants permission to list schemas. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListSchemas.html */
  ListSchemas: "L||0||||;",
  /** Grants permission to list versions of a solution. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListSolutionVersions.html */
  ListSolutionVersions: "L||0||||;",
  /** Grants permission to list solutions. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListSolutions.html */
  ListSolutions: "L||0||||;",
  /** Grants permission to list tags for a resource. Access level: List. Resources: batchInferenceJob, batchSegmentJob, campaign, dataDeletionJob, dataset, datasetExportJob, datasetGroup, datasetImportJob, eventTracker, filter, recommender, solution. https://docs.aws.amazon.com/personalize/latest/dg/API_ListTagsForResource.html */
  ListTagsForResource:
    "L||0|batchInferenceJob;0;,batchSegmentJob;0;,campaign;0;,dataDeletionJob;0;,dataset;0;,datasetExportJob;0;,datasetGroup;0;,datasetImportJob;0;,eventTracker;0;,filter;0;,recommender;0;,solution;0;|||;",
  /** Grants permission to put real time action interaction data. Access level: Write. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutActionInteractions.html */
  PutActionInteractions: "W||0||||;",
  /** Grants permission to ingest Actions data. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutActions.html */
  PutActions: "W||0|dataset;1;|||;",
  /** Grants permission to put real time event data. Access level: Write. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutEvents.html */
  PutEvents: "W||0||||;",
  /** Grants permission to ingest Items data. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutItems.html */
  PutItems: "W||0|dataset;1;|||;",
  /** Grants permission to ingest Users data. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutUsers.html */
  PutUsers: "W||0|dataset;1;|||;",
  /** Grants permission to start a recommender. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_StartRecommender.html */
  StartRecommender: "W||0|recommender;1;|||;",
  /** Grants permission to stop a recommender. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_StopRecommender.html */
  StopRecommender: "W||0|recommender;1;|||;",
  /** Grants permission to stop a solution version creation. Access level: Write. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_StopSolutionVersionCreation.html */
  StopSolutionVersionCreation: "W||0|solution;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: batchInferenceJob, batchSegmentJob, campaign, dataDeletionJob, dataset, datasetExportJob, datasetGroup, datasetImportJob, eventTracker, filter, recommender, solution. https://docs.aws.amazon.com/personalize/latest/dg/API_TagResource.html */
  TagResource:
    "T||0|batchInferenceJob;0;,batchSegmentJob;0;,campaign;0;,dataDeletionJob;0;,dataset;0;,datasetExportJob;0;,datasetGroup;0;,datasetImportJob;0;,eventTracker;0;,filter;0;,recommender;0;,solution;0;|0,2||CreateBatchInferenceJob,CreateBatchSegmentJob,CreateCampaign,CreateDataDeletionJob,CreateDataset,CreateDatasetExportJob,CreateDatasetGroup,CreateDatasetImportJob,CreateEventTracker,CreateFilter,CreateRecommender,CreateSolution,CreateSolutionVersion,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: batchInferenceJob, batchSegmentJob, campaign, dataDeletionJob, dataset, datasetExportJob, datasetGroup, datasetImportJob, eventTracker, filter, recommender, solution. https://docs.aws.amazon.com/personalize/latest/dg/API_UntagResource.html */
  UntagResource:
    "T||0|batchInferenceJob;0;,batchSegmentJob;0;,campaign;0;,dataDeletionJob;0;,dataset;0;,datasetExportJob;0;,datasetGroup;0;,datasetImportJob;0;,eventTracker;0;,filter;0;,recommender;0;,solution;0;|2||;",
  /** Grants permission to update a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateCampaign.html */
  UpdateCampaign: "W||0|campaign;1;|||;",
  /** Grants permission to update a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateDataset.html */
  UpdateDataset: "W||0|dataset;1;|||;",
  /** Grants permission to update a metric attribution. Access level: Write. Resources: metricAttribution*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateMetricAttribution.html */
  UpdateMetricAttribution: "W||0|metricAttribution;1;||iam:PassRole|;",
  /** Grants permission to update a recommender. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateRecommender.html */
  UpdateRecommender: "W||0|recommender;1;|||;",
  /** Grants permission to update a solution. Access level: Write. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateSolution.html */
  UpdateSolution: "W||0|solution;1;|||;",
} as const;
const actionDetails = {
  CreateBatchInferenceJob: "|,;~~~|Grants permission to create a batch inference job",
  CreateBatchSegmentJob: "|,;~~~|Grants permission to create a batch segment job",
  CreateCampaign: "|,;~~~|Grants permission to create a campaign",
  CreateDataDeletionJob: "|,;~~~|Grants permission to create a data deletion job",
  CreateDataInsightsJob: "|,;~|Grants permission to create a data insights job",
  CreateDataset: "|,;~~~|Grants permission to create a dataset",
  CreateDatasetExportJob: "|,;~~~|Grants permission to create a dataset export job",
  CreateDatasetGroup: "|,;~~~|Grants permission to create a dataset group",
  CreateDatasetImportJob: "|,;~~~|Grants permission to create a dataset import job",
  CreateEventTracker: "|,;~~~|Grants permission to create an event tracker",
  CreateFilter: "|,;~~~|Grants permission to create a filter",
  CreateMetricAttribution: "|,;~~~|Grants permission to create a metric attribution",
  CreateRecommender: "|,;~~~|Grants permission to create a recommender",
  CreateSchema: "|,;~~~|Grants permission to create a schema",
  CreateSolution: "|,;~~~|Grants permission to create a solution",
  CreateSolutionVersion: "|,;~~~|Grants permission to create a solution version",
  DeleteCampaign: "|,;~~~|Grants permission to delete a campaign",
  DeleteDataset: "|,;~~~|Grants permission to delete a dataset",
  DeleteDatasetGroup: "|,;~~~|Grants permission to delete a dataset group",
  DeleteEventTracker: "|,;~~~|Grants permission to delete an event tracker",
  DeleteFilter: "|,;~~~|Grants permission to delete a filter",
  DeleteMetricAttribution: "|,;~~~|Grants permission to delete a metric attribution",
  DeleteRecommender: "|,;~~~|Grants permission to delete a recommender",
  DeleteSchema: "|,;~~~|Grants permission to delete a schema",
  DeleteSolution: "|,;~~~|Grants permission to delete a solution including all versions of the solution",
  DescribeAlgorithm: "|,;~~~|Grants permission to describe an algorithm",
  DescribeBatchInferenceJob: "|,;~~~|Grants permission to describe a batch inference job",
  DescribeBatchSegmentJob: "|,;~~~|Grants permission to describe a batch segment job",
  DescribeCampaign: "|,;~~~|Grants permission to describe a campaign",
  DescribeDataDeletionJob: "|,;~~~|Grants permission to describe a data deletion job",
  DescribeDataInsightsJob: "|,;~|Grants permission to describe a data insights job",
  DescribeDataset: "|,;~~~|Grants permission to describe a dataset",
  DescribeDatasetExportJob: "|,;~~~|Grants permission to describe a dataset export job",
  DescribeDatasetGroup: "|,;~~~|Grants permission to describe a dataset group",
  DescribeDatasetImportJob: "|,;~~~|Grants permission to describe a dataset import job",
  DescribeEventTracker: "|,;~~~|Grants permission to describe an event tracker",
  DescribeFeatureTransformation: "|,;~~~|Grants permission to describe a feature transformation",
  DescribeFilter: "|,;~~~|Grants permission to describe a filter",
  DescribeMetricAttribution: "|,;~~~|Grants permission to describe a metric attribution",
  DescribeRecipe: "|,;~~~|Grants permission to describe a recipe",
  DescribeRecommender: "|,;~~~|Grants permission to describe a recommender",
  DescribeSchema: "|,;~~~|Grants permission to describe a schema",
  DescribeSolution: "|,;~~~|Grants permission to describe a solution",
  DescribeSolutionVersion: "|,;~~~|Grants permission to describe a version of a solution",
  GetActionRecommendations: "|,;~~personalize-runtime~|Grants permission to get a list of recommended actions",
  GetDataInsights: "|,;~|Grants permission to get data insights from a data insights job",
  GetPersonalizedRanking: "|,;~~personalize-runtime~|Grants permission to get a re-ranked list of recommendations",
  GetRecommendations: "|,;~~personalize-runtime~|Grants permission to get a list of recommendations from a campaign",
  GetSolutionMetrics: "|,;~~~|Grants permission to get metrics for a solution version",
  ListBatchInferenceJobs: "|,;~~~|Grants permission to list batch inference jobs",
  ListBatchSegmentJobs: "|,;~~~|Grants permission to list batch segment jobs",
  ListCampaigns: "|,;~~~|Grants permission to list campaigns",
  ListDataDeletionJobs: "|,;~~~|Grants permission to list data deletion jobs",
  ListDataInsightsJobs: "|,;~|Grants permission to list data insights jobs",
  ListDatasetExportJobs: "|,;~~~|Grants permission to list dataset export jobs",
  ListDatasetGroups: "|,;~~~|Grants permission to list dataset groups",
  ListDatasetImportJobs: "|,;~~~|Grants permission to list dataset import jobs",
  ListDatasets: "|,;~~~|Grants permission to list datasets",
  ListEventTrackers: "|,;~~~|Grants permission to list event trackers",
  ListFilters: "|,;~~~|Grants permission to list filters",
  ListMetricAttributionMetrics: "|,;~~~|Grants permission to list metric attribution metrics",
  ListMetricAttributions: "|,;~~~|Grants permission to list metric attributions",
  ListRecipes: "|,;~~~|Grants permission to list recipes",
  ListRecommenders: "|,;~~~|Grants permission to list recommenders",
  ListSchemas: "|,;~~~|Grants permission to list schemas",
  ListSolutionVersions: "|,;~~~|Grants permission to list versions of a solution",
  ListSolutions: "|,;~~~|Grants permission to list solutions",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  PutActionInteractions: "|,;~~personalize-events~|Grants permission to put real time action interaction data",
  PutActions: "|,;~~personalize-events~|Grants permission to ingest Actions data",
  PutEvents: "|,;~~personalize-events~|Grants permission to put real time event data",
  PutItems: "|,;~~personalize-events~|Grants permission to ingest Items data",
  PutUsers: "|,;~~personalize-events~|Grants permission to ingest Users data",
  StartRecommender: "|,;~~~|Grants permission to start a recommender",
  StopRecommender: "|,;~~~|Grants permission to stop a recommender",
  StopSolutionVersionCreation: "|,;~~~|Grants permission to stop a solution version creation",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateCampaign: "|,;~~~|Grants permission to update a campaign",
  UpdateDataset: "|,;~~~|Grants permission to update a dataset",
  UpdateMetricAttribution: "|,;~~~|Grants permission to update a metric attribution",
  UpdateRecommender: "|,;~~~|Grants permission to update a recommender",
  UpdateSolution: "|,;~~~|Grants permission to update a solution",
};
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "personalize">;
/** Any personalize action. */
export type Action = ActionOf<typeof actionFacts, "personalize">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<typeof actionFacts, typeof conditionKeyList>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "personalize">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "personalize" },
  conditionKeyList,
);
/** Every personalize action: action name -> full action name (in each JSDoc, * marks a required resource type). */
export const actions: Actions = actionTables.actions;
/** Action name -> access level(s), resource types (required flags, condition keys), condition keys, dependent actions, operations (SDK methods), description. */
export const actionInfo: ActionInfo = actionTables.actionInfo;
/** Access level -> its actions (an action with several levels is under each). */
export const actionsByAccessLevel: ActionsByAccessLevel = actionTables.actionsByAccessLevel;
const resourceTypeFacts = {
  /** The algorithm resource type: arn:${Partition}:personalize:::algorithm/${ResourceId} */
  algorithm: "|,arn:${Partition}:personalize:::algorithm/${ResourceId}|",
  /** The batchInferenceJob resource type: arn:${Partition}:personalize:${Region}:${Account}:batch-inference-job/${ResourceId} */
  batchInferenceJob: "|,arn:${Partition}:personalize:${Region}:${Account}:batch-inference-job/${ResourceId}|1",
  /** The batchSegmentJob resource type: arn:${Partition}:personalize:${Region}:${Account}:batch-segment-job/${ResourceId} */
  batchSegmentJob: "|,arn:${Partition}:personalize:${Region}:${Account}:batch-segment-job/${ResourceId}|1",
  /** The campaign resource type: arn:${Partition}:personalize:${Region}:${Account}:campaign/${ResourceId} */
  campaign: "|,arn:${Partition}:personalize:${Region}:${Account}:campaign/${ResourceId}|1",
  /** The dataDeletionJob resource type: arn:${Partition}:personalize:${Region}:${Account}:data-deletion-job/${ResourceId} */
  dataDeletionJob: "|,arn:${Partition}:personalize:${Region}:${Account}:data-deletion-job/${ResourceId}|1",
  /** The dataInsightsJob resource type: arn:${Partition}:personalize:${Region}:${Account}:data-insights-job/${ResourceId} */
  dataInsightsJob: "|,arn:${Partition}:personalize:${Region}:${Account}:data-insights-job/${ResourceId}|",
  /** The dataset resource type: arn:${Partition}:personalize:${Region}:${Account}:dataset/${ResourceId} */
  dataset: "|,arn:${Partition}:personalize:${Region}:${Account}:dataset/${ResourceId}|1",
  /** The datasetExportJob resource type: arn:${Partition}:personalize:${Region}:${Account}:dataset-export-job/${ResourceId} */
  datasetExportJob: "|,arn:${Partition}:personalize:${Region}:${Account}:dataset-export-job/${ResourceId}|1",
  /** The datasetGroup resource type: arn:${Partition}:personalize:${Region}:${Account}:dataset-group/${ResourceId} */
  datasetGroup: "|,arn:${Partition}:personalize:${Region}:${Account}:dataset-group/${ResourceId}|1",
  /** The datasetImportJob resource type: arn:${Partition}:personalize:${Region}:${Account}:dataset-import-job/${ResourceId} */
  datasetImportJob: "|,arn:${Partition}:personalize:${Region}:${Account}:dataset-import-job/${ResourceId}|1",
  /** The eventTracker resource type: arn:${Partition}:personalize:${Region}:${Account}:event-tracker/${ResourceId} */
  eventTracker: "|,arn:${Partition}:personalize:${Region}:${Account}:event-tracker/${ResourceId}|1",
  /** The featureTransformation resource type: arn:${Partition}:personalize:::feature-transformation/${ResourceId} */
  featureTransformation: "|,arn:${Partition}:personalize:::feature-transformation/${ResourceId}|",
  /** The filter resource type: arn:${Partition}:personalize:${Region}:${Account}:filter/${ResourceId} */
  filter: "|,arn:${Partition}:personalize:${Region}:${Account}:filter/${ResourceId}|1",
  /** The metricAttribution resource type: arn:${Partition}:personalize:${Region}:${Account}:metric-attribution/${ResourceId} */
  metricAttribution: "|,arn:${Partition}:personalize:${Region}:${Account}:metric-attribution/${ResourceId}|",
  /** The recipe resource type: arn:${Partition}:personalize:::recipe/${ResourceId} */
  recipe: "|,arn:${Partition}:personalize:::recipe/${ResourceId}|",
  /** The recommender resource type: arn:${Partition}:personalize:${Region}:${Account}:recommender/${ResourceId} */
  recommender: "|,arn:${Partition}:personalize:${Region}:${Account}:recommender/${ResourceId}|1",
  /** The schema resource type: arn:${Partition}:personalize:${Region}:${Account}:schema/${ResourceId} */
  schema: "|,arn:${Partition}:personalize:${Region}:${Account}:schema/${ResourceId}|",
  /** The solution resource type: arn:${Partition}:personalize:${Region}:${Account}:solution/${ResourceId} */
  solution: "|,arn:${Partition}:personalize:${Region}:${Account}:solution/${ResourceId}|1",
} as const;
/** Resource type -> its ARN formats and condition keys. */
export type ResourceTypeInfo = ResourceTypeInfoOf<typeof resourceTypeFacts, typeof conditionKeyList>;
/** Resource type -> its ARN formats and condition keys. */
export const resourceTypeInfo: ResourceTypeInfo = decodeResourceTypes<ResourceTypeInfo>(
  resourceTypeFacts,
  conditionKeyList,
);
const arnFormats = {
  /** ARN of a algorithm resource: arn:${Partition}:personalize:::algorithm/${ResourceId}. */
  algorithm: "|algorithm|arn:|partition?|:personalize:::algorithm/|resourceId|",
  /** ARN of a batchInferenceJob resource: arn:${Partition}:personalize:${Region}:${Account}:batch-inference-job/${ResourceId}. */
  batchInferenceJob:
    "|batchInferenceJob|arn:|partition?|:personalize:|region|:|account|:batch-inference-job/|resourceId|",
  /** ARN of a batchSegmentJob resource: arn:${Partition}:personalize:${Region}:${Account}:batch-segment-job/${ResourceId}. */
  batchSegmentJob: "|batchSegmentJob|arn:|partition?|:personalize:|region|:|account|:batch-segment-job/|resourceId|",
  /** ARN of a campaign resource: arn:${Partition}:personalize:${Region}:${Account}:campaign/${ResourceId}. */
  campaign: "|campaign|arn:|partition?|:personalize:|region|:|account|:campaign/|resourceId|",
  /** ARN of a dataDeletionJob resource: arn:${Partition}:personalize:${Region}:${Account}:data-deletion-job/${ResourceId}. */
  dataDeletionJob: "|dataDeletionJob|arn:|partition?|:personalize:|region|:|account|:data-deletion-job/|resourceId|",
  /** ARN of a dataInsightsJob resource: arn:${Partition}:personalize:${Region}:${Account}:data-insights-job/${ResourceId}. */
  dataInsightsJob: "|dataInsightsJob|arn:|partition?|:personalize:|region|:|account|:data-insights-job/|resourceId|",
  /** ARN of a dataset resource: arn:${Partition}:personalize:${Region}:${Account}:dataset/${ResourceId}. */
  dataset: "|dataset|arn:|partition?|:personalize:|region|:|account|:dataset/|resourceId|",
  /** ARN of a datasetExportJob resource: arn:${Partition}:personalize:${Region}:${Account}:dataset-export-job/${ResourceId}. */
  datasetExportJob: "|datasetExportJob|arn:|partition?|:personalize:|region|:|account|:dataset-export-job/|resourceId|",
  /** ARN of a datasetGroup resource: arn:${Partition}:personalize:${Region}:${Account}:dataset-group/${ResourceId}. */
  datasetGroup: "|datasetGroup|arn:|partition?|:personalize:|region|:|account|:dataset-group/|resourceId|",
  /** ARN of a datasetImportJob resource: arn:${Partition}:personalize:${Region}:${Account}:dataset-import-job/${ResourceId}. */
  datasetImportJob: "|datasetImportJob|arn:|partition?|:personalize:|region|:|account|:dataset-import-job/|resourceId|",
  /** ARN of a eventTracker resource: arn:${Partition}:personalize:${Region}:${Account}:event-tracker/${ResourceId}. */
  eventTracker: "|eventTracker|arn:|partition?|:personalize:|region|:|account|:event-tracker/|resourceId|",
  /** ARN of a featureTransformation resource: arn:${Partition}:personalize:::feature-transformation/${ResourceId}. */
  featureTransformation: "|featureTransformation|arn:|partition?|:personalize:::feature-transformation/|resourceId|",
  /** ARN of a filter resource: arn:${Partition}:personalize:${Region}:${Account}:filter/${ResourceId}. */
  filter: "|filter|arn:|partition?|:personalize:|region|:|account|:filter/|resourceId|",
  /** ARN of a metricAttribution resource: arn:${Partition}:personalize:${Region}:${Account}:metric-attribution/${ResourceId}. */
  metricAttribution:
    "|metricAttribution|arn:|partition?|:personalize:|region|:|account|:metric-attribution/|resourceId|",
  /** ARN of a recipe resource: arn:${Partition}:personalize:::recipe/${ResourceId}. */
  recipe: "|recipe|arn:|partition?|:personalize:::recipe/|resourceId|",
  /** ARN of a recommender resource: arn:${Partition}:personalize:${Region}:${Account}:recommender/${ResourceId}. */
  recommender: "|recommender|arn:|partition?|:personalize:|region|:|account|:recommender/|resourceId|",
  /** ARN of a schema resource: arn:${Partition}:personalize:${Region}:${Account}:schema/${ResourceId}. */
  schema: "|schema|arn:|partition?|:personalize:|region|:|account|:schema/|resourceId|",
  /** ARN of a solution resource: arn:${Partition}:personalize:${Region}:${Account}:solution/${ResourceId}. */
  solution: "|solution|arn:|partition?|:personalize:|region|:|account|:solution/|resourceId|",
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
  "personalize",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
