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
const dependentActionList = ["iam:PassRole", "personalize:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a batch inference job. Access level: Write. Resources: batchInferenceJob*, solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateBatchInferenceJob.html */
  CreateBatchInferenceJob: "W|||1;1;,17;1;|0,2|0,1|;",
  /** Grants permission to create a batch segment job. Access level: Write. Resources: batchSegmentJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateBatchSegmentJob.html */
  CreateBatchSegmentJob: "W|||2;1;|0,2|0,1|;",
  /** Grants permission to create a campaign. Access level: Write. Resources: campaign*, solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateCampaign.html */
  CreateCampaign: "W|||3;1;,17;1;|0,2|1|;",
  /** Grants permission to create a data deletion job. Access level: Write. Resources: dataDeletionJob*, datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDataDeletionJob.html */
  CreateDataDeletionJob: "W|||4;1;,8;1;|0,2|0,1|;",
  /** Grants permission to create a data insights job. Access level: Write. Resources: dataInsightsJob*. https://docs.aws.amazon.com/personalize/latest/dg/analyzing-data.html */
  CreateDataInsightsJob: "W|||5;1;|||",
  /** Grants permission to create a dataset. Access level: Write. Resources: dataset*, datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDataset.html */
  CreateDataset: "W|||6;1;,8;1;|0,2|1|;",
  /** Grants permission to create a dataset export job. Access level: Write. Resources: dataset*, datasetExportJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDatasetExportJob.html */
  CreateDatasetExportJob: "W|||6;1;,7;1;|0,2|0,1|;",
  /** Grants permission to create a dataset group. Access level: Write. Resources: datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDatasetGroup.html */
  CreateDatasetGroup: "W|||8;1;|0,2|0,1|;",
  /** Grants permission to create a dataset import job. Access level: Write. Resources: dataset*, datasetImportJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDatasetImportJob.html */
  CreateDatasetImportJob: "W|||6;1;,9;1;|0,2|0,1|;",
  /** Grants permission to create an event tracker. Access level: Write. Resources: datasetGroup*, eventTracker*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateEventTracker.html */
  CreateEventTracker: "W|||8;1;,10;1;|0,2|1|;",
  /** Grants permission to create a filter. Access level: Write. Resources: datasetGroup*, filter*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateFilter.html */
  CreateFilter: "W|||8;1;,12;1;|0,2|1|;",
  /** Grants permission to create a metric attribution. Access level: Write. Resources: datasetGroup*, metricAttribution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateMetricAttribution.html */
  CreateMetricAttribution: "W|||8;1;,13;1;||0|;",
  /** Grants permission to create a recommender. Access level: Write. Resources: datasetGroup*, recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateRecommender.html */
  CreateRecommender: "W|||8;1;,15;1;|0,2|1|;",
  /** Grants permission to create a schema. Access level: Write. Resources: schema*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateSchema.html */
  CreateSchema: "W|||16;1;|||;",
  /** Grants permission to create a solution. Access level: Write. Resources: datasetGroup*, solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateSolution.html */
  CreateSolution: "W|||8;1;,17;1;|0,2|1|;",
  /** Grants permission to create a solution version. Access level: Write. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_CreateSolutionVersion.html */
  CreateSolutionVersion: "W|||17;1;|0,2|1|;",
  /** Grants permission to delete a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteCampaign.html */
  DeleteCampaign: "W|||3;1;|||;",
  /** Grants permission to delete a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteDataset.html */
  DeleteDataset: "W|||6;1;|||;",
  /** Grants permission to delete a dataset group. Access level: Write. Resources: datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteDatasetGroup.html */
  DeleteDatasetGroup: "W|||8;1;|||;",
  /** Grants permission to delete an event tracker. Access level: Write. Resources: eventTracker*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteEventTracker.html */
  DeleteEventTracker: "W|||10;1;|||;",
  /** Grants permission to delete a filter. Access level: Write. Resources: filter*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteFilter.html */
  DeleteFilter: "W|||12;1;|||;",
  /** Grants permission to delete a metric attribution. Access level: Write. Resources: metricAttribution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteMetricAttribution.html */
  DeleteMetricAttribution: "W|||13;1;|||;",
  /** Grants permission to delete a recommender. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteRecommender.html */
  DeleteRecommender: "W|||15;1;|||;",
  /** Grants permission to delete a schema. Access level: Write. Resources: schema*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteSchema.html */
  DeleteSchema: "W|||16;1;|||;",
  /** Grants permission to delete a solution including all versions of the solution. Access level: Write. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteSolution.html */
  DeleteSolution: "W|||17;1;|||;",
  /** Grants permission to describe an algorithm. Access level: Read. Resources: algorithm*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeAlgorithm.html */
  DescribeAlgorithm: "R|||0;1;|||;",
  /** Grants permission to describe a batch inference job. Access level: Read. Resources: batchInferenceJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeBatchInferenceJob.html */
  DescribeBatchInferenceJob: "R|||1;1;|||;",
  /** Grants permission to describe a batch segment job. Access level: Read. Resources: batchSegmentJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeBatchSegmentJob.html */
  DescribeBatchSegmentJob: "R|||2;1;|||;",
  /** Grants permission to describe a campaign. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeCampaign.html */
  DescribeCampaign: "R|||3;1;|||;",
  /** Grants permission to describe a data deletion job. Access level: Read. Resources: dataDeletionJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDataDeletionJob.html */
  DescribeDataDeletionJob: "R|||4;1;|||;",
  /** Grants permission to describe a data insights job. Access level: Read. Resources: dataInsightsJob*. https://docs.aws.amazon.com/personalize/latest/dg/analyzing-data.html */
  DescribeDataInsightsJob: "R|||5;1;|||",
  /** Grants permission to describe a dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDataset.html */
  DescribeDataset: "R|||6;1;|||;",
  /** Grants permission to describe a dataset export job. Access level: Read. Resources: datasetExportJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDatasetExportJob.html */
  DescribeDatasetExportJob: "R|||7;1;|||;",
  /** Grants permission to describe a dataset group. Access level: Read. Resources: datasetGroup*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDatasetGroup.html */
  DescribeDatasetGroup: "R|||8;1;|||;",
  /** Grants permission to describe a dataset import job. Access level: Read. Resources: datasetImportJob*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDatasetImportJob.html */
  DescribeDatasetImportJob: "R|||9;1;|||;",
  /** Grants permission to describe an event tracker. Access level: Read. Resources: eventTracker*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeEventTracker.html */
  DescribeEventTracker: "R|||10;1;|||;",
  /** Grants permission to describe a feature transformation. Access level: Read. Resources: featureTransformation*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeFeatureTransformation.html */
  DescribeFeatureTransformation: "R|||11;1;|||;",
  /** Grants permission to describe a filter. Access level: Read. Resources: filter*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeFilter.html */
  DescribeFilter: "R|||12;1;|||;",
  /** Grants permission to describe a metric attribution. Access level: Read. Resources: metricAttribution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeMetricAttribution.html */
  DescribeMetricAttribution: "R|||13;1;|||;",
  /** Grants permission to describe a recipe. Access level: Read. Resources: recipe*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeRecipe.html */
  DescribeRecipe: "R|||14;1;|||;",
  /** Grants permission to describe a recommender. Access level: Read. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeRecommender.html */
  DescribeRecommender: "R|||15;1;|||;",
  /** Grants permission to describe a schema. Access level: Read. Resources: schema*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeSchema.html */
  DescribeSchema: "R|||16;1;|||;",
  /** Grants permission to describe a solution. Access level: Read. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeSolution.html */
  DescribeSolution: "R|||17;1;|||;",
  /** Grants permission to describe a version of a solution. Access level: Read. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeSolutionVersion.html */
  DescribeSolutionVersion: "R|||17;1;|||;",
  /** Grants permission to get a list of recommended actions. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_RS_GetActionRecommendations.html */
  GetActionRecommendations: "R|||3;1;|||;",
  /** Grants permission to get data insights from a data insights job. Access level: Read. Resources: dataInsightsJob*. https://docs.aws.amazon.com/personalize/latest/dg/analyzing-data.html */
  GetDataInsights: "R|||5;1;|||",
  /** Grants permission to get a re-ranked list of recommendations. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_RS_GetPersonalizedRanking.html */
  GetPersonalizedRanking: "R|||3;1;|||;",
  /** Grants permission to get a list of recommendations from a campaign. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_RS_GetRecommendations.html */
  GetRecommendations: "R|||3;1;|||;",
  /** Grants permission to get metrics for a solution version. Access level: Read. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_GetSolutionMetrics.html */
  GetSolutionMetrics: "R|||17;1;|||;",
  /** Grants permission to list batch inference jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListBatchInferenceJobs.html */
  ListBatchInferenceJobs: "L||||||;",
  /** Grants permission to list batch segment jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListBatchSegmentJobs.html */
  ListBatchSegmentJobs: "L||||||;",
  /** Grants permission to list campaigns. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListCampaigns.html */
  ListCampaigns: "L||||||;",
  /** Grants permission to list data deletion jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDataDeletionJobs.html */
  ListDataDeletionJobs: "L||||||;",
  /** Grants permission to list data insights jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/analyzing-data.html */
  ListDataInsightsJobs: "L||||||",
  /** Grants permission to list dataset export jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDatasetExportJobs.html */
  ListDatasetExportJobs: "L||||||;",
  /** Grants permission to list dataset groups. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDatasetGroups.html */
  ListDatasetGroups: "L||||||;",
  /** Grants permission to list dataset import jobs. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDatasetImportJobs.html */
  ListDatasetImportJobs: "L||||||;",
  /** Grants permission to list datasets. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListDatasets.html */
  ListDatasets: "L||||||;",
  /** Grants permission to list event trackers. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListEventTrackers.html */
  ListEventTrackers: "L||||||;",
  /** Grants permission to list filters. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListFilters.html */
  ListFilters: "L||||||;",
  /** Grants permission to list metric attribution metrics. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListMetricAttributionMetrics.html */
  ListMetricAttributionMetrics: "L||||||;",
  /** Grants permission to list metric attributions. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListMetricAttributions.html */
  ListMetricAttributions: "L||||||;",
  /** Grants permission to list recipes. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListRecipes.html */
  ListRecipes: "L||||||;",
  /** Grants permission to list recommenders. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListRecommenders.html */
  ListRecommenders: "L||||||;",
  /** Grants permission to list schemas. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListSchemas.html */
  ListSchemas: "L||||||;",
  /** Grants permission to list versions of a solution. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListSolutionVersions.html */
  ListSolutionVersions: "L||||||;",
  /** Grants permission to list solutions. Access level: List. https://docs.aws.amazon.com/personalize/latest/dg/API_ListSolutions.html */
  ListSolutions: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: List. Resources: batchInferenceJob, batchSegmentJob, campaign, dataDeletionJob, dataset, datasetExportJob, datasetGroup, datasetImportJob, eventTracker, filter, recommender, solution. https://docs.aws.amazon.com/personalize/latest/dg/API_ListTagsForResource.html */
  ListTagsForResource: "L|||1;0;,2;0;,3;0;,4;0;,6;0;,7;0;,8;0;,9;0;,10;0;,12;0;,15;0;,17;0;|||;",
  /** Grants permission to put real time action interaction data. Access level: Write. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutActionInteractions.html */
  PutActionInteractions: "W||||||;",
  /** Grants permission to ingest Actions data. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutActions.html */
  PutActions: "W|||6;1;|||;",
  /** Grants permission to put real time event data. Access level: Write. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutEvents.html */
  PutEvents: "W||||||;",
  /** Grants permission to ingest Items data. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutItems.html */
  PutItems: "W|||6;1;|||;",
  /** Grants permission to ingest Users data. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutUsers.html */
  PutUsers: "W|||6;1;|||;",
  /** Grants permission to start a recommender. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_StartRecommender.html */
  StartRecommender: "W|||15;1;|||;",
  /** Grants permission to stop a recommender. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_StopRecommender.html */
  StopRecommender: "W|||15;1;|||;",
  /** Grants permission to stop a solution version creation. Access level: Write. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_StopSolutionVersionCreation.html */
  StopSolutionVersionCreation: "W|||17;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: batchInferenceJob, batchSegmentJob, campaign, dataDeletionJob, dataset, datasetExportJob, datasetGroup, datasetImportJob, eventTracker, filter, recommender, solution. https://docs.aws.amazon.com/personalize/latest/dg/API_TagResource.html */
  TagResource:
    "T|||1;0;,2;0;,3;0;,4;0;,6;0;,7;0;,8;0;,9;0;,10;0;,12;0;,15;0;,17;0;|0,2||CreateBatchInferenceJob,CreateBatchSegmentJob,CreateCampaign,CreateDataDeletionJob,CreateDataset,CreateDatasetExportJob,CreateDatasetGroup,CreateDatasetImportJob,CreateEventTracker,CreateFilter,CreateRecommender,CreateSolution,CreateSolutionVersion,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: batchInferenceJob, batchSegmentJob, campaign, dataDeletionJob, dataset, datasetExportJob, datasetGroup, datasetImportJob, eventTracker, filter, recommender, solution. https://docs.aws.amazon.com/personalize/latest/dg/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;,3;0;,4;0;,6;0;,7;0;,8;0;,9;0;,10;0;,12;0;,15;0;,17;0;|2||;",
  /** Grants permission to update a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateCampaign.html */
  UpdateCampaign: "W|||3;1;|||;",
  /** Grants permission to update a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateDataset.html */
  UpdateDataset: "W|||6;1;|||;",
  /** Grants permission to update a metric attribution. Access level: Write. Resources: metricAttribution*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateMetricAttribution.html */
  UpdateMetricAttribution: "W|||13;1;||0|;",
  /** Grants permission to update a recommender. Access level: Write. Resources: recommender*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateRecommender.html */
  UpdateRecommender: "W|||15;1;|||;",
  /** Grants permission to update a solution. Access level: Write. Resources: solution*. https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateSolution.html */
  UpdateSolution: "W|||17;1;|||;",
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
const resourceTypeFacts = {
  /** The algorithm resource type: arn:${Partition}:personalize:::algorithm/${ResourceId} */
  algorithm: "|,|",
  /** The batchInferenceJob resource type: arn:${Partition}:personalize:${Region}:${Account}:batch-inference-job/${ResourceId} */
  batchInferenceJob: "|,|1",
  /** The batchSegmentJob resource type: arn:${Partition}:personalize:${Region}:${Account}:batch-segment-job/${ResourceId} */
  batchSegmentJob: "|,|1",
  /** The campaign resource type: arn:${Partition}:personalize:${Region}:${Account}:campaign/${ResourceId} */
  campaign: "|,|1",
  /** The dataDeletionJob resource type: arn:${Partition}:personalize:${Region}:${Account}:data-deletion-job/${ResourceId} */
  dataDeletionJob: "|,|1",
  /** The dataInsightsJob resource type: arn:${Partition}:personalize:${Region}:${Account}:data-insights-job/${ResourceId} */
  dataInsightsJob: "|,|",
  /** The dataset resource type: arn:${Partition}:personalize:${Region}:${Account}:dataset/${ResourceId} */
  dataset: "|,|1",
  /** The datasetExportJob resource type: arn:${Partition}:personalize:${Region}:${Account}:dataset-export-job/${ResourceId} */
  datasetExportJob: "|,|1",
  /** The datasetGroup resource type: arn:${Partition}:personalize:${Region}:${Account}:dataset-group/${ResourceId} */
  datasetGroup: "|,|1",
  /** The datasetImportJob resource type: arn:${Partition}:personalize:${Region}:${Account}:dataset-import-job/${ResourceId} */
  datasetImportJob: "|,|1",
  /** The eventTracker resource type: arn:${Partition}:personalize:${Region}:${Account}:event-tracker/${ResourceId} */
  eventTracker: "|,|1",
  /** The featureTransformation resource type: arn:${Partition}:personalize:::feature-transformation/${ResourceId} */
  featureTransformation: "|,|",
  /** The filter resource type: arn:${Partition}:personalize:${Region}:${Account}:filter/${ResourceId} */
  filter: "|,|1",
  /** The metricAttribution resource type: arn:${Partition}:personalize:${Region}:${Account}:metric-attribution/${ResourceId} */
  metricAttribution: "|,|",
  /** The recipe resource type: arn:${Partition}:personalize:::recipe/${ResourceId} */
  recipe: "|,|",
  /** The recommender resource type: arn:${Partition}:personalize:${Region}:${Account}:recommender/${ResourceId} */
  recommender: "|,|1",
  /** The schema resource type: arn:${Partition}:personalize:${Region}:${Account}:schema/${ResourceId} */
  schema: "|,|",
  /** The solution resource type: arn:${Partition}:personalize:${Region}:${Account}:solution/${ResourceId} */
  solution: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a algorithm resource: arn:${Partition}:personalize:::algorithm/${ResourceId}. */
  algorithm: "|,algorithm|arn:|Partition|:personalize:::algorithm/|ResourceId|",
  /** ARN of a batchInferenceJob resource: arn:${Partition}:personalize:${Region}:${Account}:batch-inference-job/${ResourceId}. */
  batchInferenceJob:
    "|,batchInferenceJob|arn:|Partition|:personalize:|Region|:|Account|:batch-inference-job/|ResourceId|",
  /** ARN of a batchSegmentJob resource: arn:${Partition}:personalize:${Region}:${Account}:batch-segment-job/${ResourceId}. */
  batchSegmentJob: "|,batchSegmentJob|arn:|Partition|:personalize:|Region|:|Account|:batch-segment-job/|ResourceId|",
  /** ARN of a campaign resource: arn:${Partition}:personalize:${Region}:${Account}:campaign/${ResourceId}. */
  campaign: "|,campaign|arn:|Partition|:personalize:|Region|:|Account|:campaign/|ResourceId|",
  /** ARN of a dataDeletionJob resource: arn:${Partition}:personalize:${Region}:${Account}:data-deletion-job/${ResourceId}. */
  dataDeletionJob: "|,dataDeletionJob|arn:|Partition|:personalize:|Region|:|Account|:data-deletion-job/|ResourceId|",
  /** ARN of a dataInsightsJob resource: arn:${Partition}:personalize:${Region}:${Account}:data-insights-job/${ResourceId}. */
  dataInsightsJob: "|,dataInsightsJob|arn:|Partition|:personalize:|Region|:|Account|:data-insights-job/|ResourceId|",
  /** ARN of a dataset resource: arn:${Partition}:personalize:${Region}:${Account}:dataset/${ResourceId}. */
  dataset: "|,dataset|arn:|Partition|:personalize:|Region|:|Account|:dataset/|ResourceId|",
  /** ARN of a datasetExportJob resource: arn:${Partition}:personalize:${Region}:${Account}:dataset-export-job/${ResourceId}. */
  datasetExportJob: "|,datasetExportJob|arn:|Partition|:personalize:|Region|:|Account|:dataset-export-job/|ResourceId|",
  /** ARN of a datasetGroup resource: arn:${Partition}:personalize:${Region}:${Account}:dataset-group/${ResourceId}. */
  datasetGroup: "|,datasetGroup|arn:|Partition|:personalize:|Region|:|Account|:dataset-group/|ResourceId|",
  /** ARN of a datasetImportJob resource: arn:${Partition}:personalize:${Region}:${Account}:dataset-import-job/${ResourceId}. */
  datasetImportJob: "|,datasetImportJob|arn:|Partition|:personalize:|Region|:|Account|:dataset-import-job/|ResourceId|",
  /** ARN of a eventTracker resource: arn:${Partition}:personalize:${Region}:${Account}:event-tracker/${ResourceId}. */
  eventTracker: "|,eventTracker|arn:|Partition|:personalize:|Region|:|Account|:event-tracker/|ResourceId|",
  /** ARN of a featureTransformation resource: arn:${Partition}:personalize:::feature-transformation/${ResourceId}. */
  featureTransformation: "|,featureTransformation|arn:|Partition|:personalize:::feature-transformation/|ResourceId|",
  /** ARN of a filter resource: arn:${Partition}:personalize:${Region}:${Account}:filter/${ResourceId}. */
  filter: "|,filter|arn:|Partition|:personalize:|Region|:|Account|:filter/|ResourceId|",
  /** ARN of a metricAttribution resource: arn:${Partition}:personalize:${Region}:${Account}:metric-attribution/${ResourceId}. */
  metricAttribution:
    "|,metricAttribution|arn:|Partition|:personalize:|Region|:|Account|:metric-attribution/|ResourceId|",
  /** ARN of a recipe resource: arn:${Partition}:personalize:::recipe/${ResourceId}. */
  recipe: "|,recipe|arn:|Partition|:personalize:::recipe/|ResourceId|",
  /** ARN of a recommender resource: arn:${Partition}:personalize:${Region}:${Account}:recommender/${ResourceId}. */
  recommender: "|,recommender|arn:|Partition|:personalize:|Region|:|Account|:recommender/|ResourceId|",
  /** ARN of a schema resource: arn:${Partition}:personalize:${Region}:${Account}:schema/${ResourceId}. */
  schema: "|,schema|arn:|Partition|:personalize:|Region|:|Account|:schema/|ResourceId|",
  /** ARN of a solution resource: arn:${Partition}:personalize:${Region}:${Account}:solution/${ResourceId}. */
  solution: "|,solution|arn:|Partition|:personalize:|Region|:|Account|:solution/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "algorithm",
  "batchInferenceJob",
  "batchSegmentJob",
  "campaign",
  "dataDeletionJob",
  "dataInsightsJob",
  "dataset",
  "datasetExportJob",
  "datasetGroup",
  "datasetImportJob",
  "eventTracker",
  "featureTransformation",
  "filter",
  "metricAttribution",
  "recipe",
  "recommender",
  "schema",
  "solution",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "personalize">;
/** Any personalize action. */
export type Action = ActionOf<typeof actionFacts, "personalize">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "personalize">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "personalize" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every personalize action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "personalize",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
