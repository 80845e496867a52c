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
export const prefix: "forecast" = "forecast";
/** The service's name in the reference. */
export const serviceName: "Amazon Forecast" = "Amazon Forecast";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Forecast",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonforecast.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["forecast:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create an auto predictor. Access level: Write. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateAutoPredictor.html */
  CreateAutoPredictor: "W||||0,2|0,1|;",
  /** Grants permission to create a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateDataset.html */
  CreateDataset: "W|||1;1;|0,2|0,1|;",
  /** Grants permission to create a dataset group. Access level: Write. Resources: datasetGroup*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateDatasetGroup.html */
  CreateDatasetGroup: "W|||2;1;|0,2|0|;",
  /** Grants permission to create a dataset import job. Access level: Write. Resources: datasetImportJob*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateDatasetImportJob.html */
  CreateDatasetImportJob: "W|||3;1;|0,2|0,1|;",
  /** Grants permission to create an explainability. Access level: Write. Resources: forecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateExplainability.html */
  CreateExplainability: "W|||7;1;|0,2|0|;",
  /** Grants permission to create an explainability export using an explainability resource. Access level: Write. Resources: explainability*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateExplainabilityExport.html */
  CreateExplainabilityExport: "W|||5;1;|0,2|0,1|;",
  /** Grants permission to create a forecast. Access level: Write. Resources: predictor*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateForecast.html */
  CreateForecast: "W|||10;1;|0,2|0|;",
  /** Grants permission to create an endpoint using a Predictor resource. Access level: Write. Resources: predictor*. Permission only. https://docs.aws.amazon.com/forecast/latest/dg/what-is-forecast.html */
  CreateForecastEndpoint: "W||1|10;1;|0,2||",
  /** Grants permission to create a forecast export job using a forecast resource. Access level: Write. Resources: forecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateForecastExportJob.html */
  CreateForecastExportJob: "W|||7;1;|0,2|0,1|;",
  /** Grants permission to create an monitor using a Predictor resource. Access level: Write. Resources: predictor*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateMonitor.html */
  CreateMonitor: "W|||10;1;|0,2|0|;",
  /** Grants permission to create a predictor. Access level: Write. Resources: datasetGroup*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreatePredictor.html */
  CreatePredictor: "W|||2;1;|0,2|0,1|;",
  /** Grants permission to create a predictor backtest export job using a predictor. Access level: Write. Resources: predictor*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreatePredictorBacktestExportJob.html */
  CreatePredictorBacktestExportJob: "W|||10;1;|0,2|0,1|;",
  /** Grants permission to create a what-if analysis. Access level: Write. Resources: forecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateWhatIfAnalysis.html */
  CreateWhatIfAnalysis: "W|||7;1;|0,2|0|;",
  /** Grants permission to create a what-if forecast. Access level: Write. Resources: whatIfAnalysis*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateWhatIfForecast.html */
  CreateWhatIfForecast: "W|||12;1;|0,2||",
  /** Grants permission to create a what-if forecast export using what-if forecast resources. Access level: Write. Resources: whatIfForecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_CreateWhatIfForecastExport.html */
  CreateWhatIfForecastExport: "W|||13;1;|0,2||",
  /** Grants permission to delete a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteDataset.html */
  DeleteDataset: "W|||1;1;|||;",
  /** Grants permission to delete a dataset group. Access level: Write. Resources: datasetGroup*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteDatasetGroup.html */
  DeleteDatasetGroup: "W|||2;1;|||;",
  /** Grants permission to delete a dataset import job. Access level: Write. Resources: datasetImportJob*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteDatasetImportJob.html */
  DeleteDatasetImportJob: "W|||3;1;|||;",
  /** Grants permission to delete an explainability. Access level: Write. Resources: explainability*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteExplainability.html */
  DeleteExplainability: "W|||5;1;|||;",
  /** Grants permission to delete an explainability export. Access level: Write. Resources: explainabilityExport*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteExplainabilityExport.html */
  DeleteExplainabilityExport: "W|||6;1;|||;",
  /** Grants permission to delete a forecast. Access level: Write. Resources: forecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteForecast.html */
  DeleteForecast: "W|||7;1;|||;",
  /** Grants permission to delete an endpoint resource. Access level: Write. Resources: endpoint*. Permission only. https://docs.aws.amazon.com/forecast/latest/dg/what-is-forecast.html */
  DeleteForecastEndpoint: "W||1|4;1;|||",
  /** Grants permission to delete a forecast export job. Access level: Write. Resources: forecastExport*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteForecastExportJob.html */
  DeleteForecastExportJob: "W|||8;1;|||;",
  /** Grants permission to delete a monitor resource. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteMonitor.html */
  DeleteMonitor: "W|||9;1;|||;",
  /** Grants permission to delete a predictor. Access level: Write. Resources: predictor*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeletePredictor.html */
  DeletePredictor: "W|||10;1;|||;",
  /** Grants permission to delete a predictor backtest export job. Access level: Write. Resources: predictorBacktestExportJob*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeletePredictorBacktestExportJob.html */
  DeletePredictorBacktestExportJob: "W|||11;1;|||;",
  /** Grants permission to delete a resource and its child resources. Access level: Write. Resources: dataset*, datasetGroup*, datasetImportJob*, endpoint*, explainability*, explainabilityExport*, forecast*, forecastExport*, monitor*, predictor*, predictorBacktestExportJob*, whatIfAnalysis*, whatIfForecast*, whatIfForecastExport*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteResourceTree.html */
  DeleteResourceTree: "W|||1;1;,2;1;,3;1;,4;1;,5;1;,6;1;,7;1;,8;1;,9;1;,10;1;,11;1;,12;1;,13;1;,14;1;|||;",
  /** Grants permission to delete a what-if analysis. Access level: Write. Resources: whatIfAnalysis*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteWhatIfAnalysis.html */
  DeleteWhatIfAnalysis: "W|||12;1;|||;",
  /** Grants permission to delete a what-if forecast. Access level: Write. Resources: whatIfForecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteWhatIfForecast.html */
  DeleteWhatIfForecast: "W|||13;1;|||",
  /** Grants permission to delete a what-if forecast export. Access level: Write. Resources: whatIfForecastExport*. https://docs.aws.amazon.com/forecast/latest/dg/API_DeleteWhatIfForecastExport.html */
  DeleteWhatIfForecastExport: "W|||14;1;|||",
  /** Grants permission to describe an auto predictor. Access level: Read. Resources: predictor*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeAutoPredictor.html */
  DescribeAutoPredictor: "R|||10;1;|||;",
  /** Grants permission to describe a dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeDataset.html */
  DescribeDataset: "R|||1;1;|||;",
  /** Grants permission to describe a dataset group. Access level: Read. Resources: datasetGroup*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeDatasetGroup.html */
  DescribeDatasetGroup: "R|||2;1;|||;",
  /** Grants permission to describe a dataset import job. Access level: Read. Resources: datasetImportJob*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeDatasetImportJob.html */
  DescribeDatasetImportJob: "R|||3;1;|||;",
  /** Grants permission to describe an explainability. Access level: Read. Resources: explainability*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeExplainability.html */
  DescribeExplainability: "R|||5;1;|||;",
  /** Grants permission to describe an explainability export. Access level: Read. Resources: explainabilityExport*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeExplainabilityExport.html */
  DescribeExplainabilityExport: "R|||6;1;|||;",
  /** Grants permission to describe a forecast. Access level: Read. Resources: forecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeForecast.html */
  DescribeForecast: "R|||7;1;|||;",
  /** Grants permission to describe an endpoint resource. Access level: Read. Resources: endpoint*. Permission only. https://docs.aws.amazon.com/forecast/latest/dg/what-is-forecast.html */
  DescribeForecastEndpoint: "R||1|4;1;|||",
  /** Grants permission to describe a forecast export job. Access level: Read. Resources: forecastExport*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeForecastExportJob.html */
  DescribeForecastExportJob: "R|||8;1;|||;",
  /** Grants permission to describe an monitor resource. Access level: Read. Resources: monitor*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeMonitor.html */
  DescribeMonitor: "R|||9;1;|||;",
  /** Grants permission to describe a predictor. Access level: Read. Resources: predictor*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribePredictor.html */
  DescribePredictor: "R|||10;1;|||;",
  /** Grants permission to describe a predictor backtest export job. Access level: Read. Resources: predictorBacktestExportJob*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribePredictorBacktestExportJob.html */
  DescribePredictorBacktestExportJob: "R|||11;1;|||;",
  /** Grants permission to describe a what-if analysis. Access level: Read. Resources: whatIfAnalysis*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeWhatIfAnalysis.html */
  DescribeWhatIfAnalysis: "R|||12;1;|||;",
  /** Grants permission to describe a what-if forecast. Access level: Read. Resources: whatIfForecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeWhatIfForecast.html */
  DescribeWhatIfForecast: "R|||13;1;|||",
  /** Grants permission to describe a what-if forecast export. Access level: Read. Resources: whatIfForecastExport*. https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeWhatIfForecastExport.html */
  DescribeWhatIfForecastExport: "R|||14;1;|||",
  /** Grants permission to get the Accuracy Metrics for a predictor. Access level: Read. Resources: predictor*. https://docs.aws.amazon.com/forecast/latest/dg/API_GetAccuracyMetrics.html */
  GetAccuracyMetrics: "R|||10;1;|||;",
  /** Grants permission to get the forecast context of a timeseries for an endpoint. Access level: Read. Resources: endpoint*. Permission only. https://docs.aws.amazon.com/forecast/latest/dg/what-is-forecast.html */
  GetRecentForecastContext: "R||1|4;1;|||",
  /** Grants permission to invoke the endpoint to get forecast for a timeseries. Access level: Read. Resources: endpoint*. Permission only. https://docs.aws.amazon.com/forecast/latest/dg/what-is-forecast.html */
  InvokeForecastEndpoint: "R||1|4;1;|||",
  /** Grants permission to list all the dataset groups. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListDatasetGroups.html */
  ListDatasetGroups: "R||||||;",
  /** Grants permission to list all the dataset import jobs. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListDatasetImportJobs.html */
  ListDatasetImportJobs: "R||||||;",
  /** Grants permission to list all the datasets. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListDatasets.html */
  ListDatasets: "R||||||;",
  /** Grants permission to list all the explainabilities. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListExplainabilities.html */
  ListExplainabilities: "R||||||;",
  /** Grants permission to list all the explainability exports. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListExplainabilityExports.html */
  ListExplainabilityExports: "R||||||;",
  /** Grants permission to list all the forecast export jobs. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListForecastExportJobs.html */
  ListForecastExportJobs: "R||||||;",
  /** Grants permission to list all the forecasts. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListForecasts.html */
  ListForecasts: "R||||||;",
  /** Grants permission to list all the monitor evaluation result for a monitor. Access level: Read. Resources: monitor*. https://docs.aws.amazon.com/forecast/latest/dg/API_ListMonitorEvaluations.html */
  ListMonitorEvaluations: "R|||9;1;|||;",
  /** Grants permission to list all the monitor resources. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListMonitors.html */
  ListMonitors: "R||||||;",
  /** Grants permission to list all the predictor backtest export jobs. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListPredictorBacktestExportJobs.html */
  ListPredictorBacktestExportJobs: "R||||||;",
  /** Grants permission to list all the predictors. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListPredictors.html */
  ListPredictors: "R||||||;",
  /** Grants permission to list the tags for an Amazon Forecast resource. Access level: Read. Resources: dataset, datasetGroup, datasetImportJob, endpoint, explainability, explainabilityExport, forecast, forecastExport, monitor, predictor, predictorBacktestExportJob, whatIfAnalysis, whatIfForecast, whatIfForecastExport. https://docs.aws.amazon.com/forecast/latest/dg/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|||;",
  /** Grants permission to list all the what-if analyses. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListWhatIfAnalyses.html */
  ListWhatIfAnalyses: "R||||||;",
  /** Grants permission to list all the what-if forecast exports. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListWhatIfForecastExports.html */
  ListWhatIfForecastExports: "R||||||;",
  /** Grants permission to list all the what-if forecasts. Access level: Read. https://docs.aws.amazon.com/forecast/latest/dg/API_ListWhatIfForecasts.html */
  ListWhatIfForecasts: "R||||||;",
  /** Grants permission to retrieve a forecast for a single item. Access level: Read. Resources: forecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_forecastquery_QueryForecast.html */
  QueryForecast: "R|||7;1;|||;",
  /** Grants permission to retrieve a what-if forecast for a single item. Access level: Read. Resources: whatIfForecast*. https://docs.aws.amazon.com/forecast/latest/dg/API_forecastquery_QueryWhatIfForecast.html */
  QueryWhatIfForecast: "R|||13;1;|||;",
  /** Grants permission to resume Amazon Forecast resource jobs. Access level: Write. Resources: monitor*. https://docs.aws.amazon.com/forecast/latest/dg/API_ResumeResource.html */
  ResumeResource: "W|||9;1;|0,2||;",
  /** Grants permission to stop Amazon Forecast resource jobs. Access level: Write. Resources: datasetImportJob*, endpoint*, explainability*, explainabilityExport*, forecast*, forecastExport*, monitor*, predictor*, predictorBacktestExportJob*, whatIfAnalysis*, whatIfForecast*, whatIfForecastExport*. https://docs.aws.amazon.com/forecast/latest/dg/API_StopResource.html */
  StopResource: "W|||3;1;,4;1;,5;1;,6;1;,7;1;,8;1;,9;1;,10;1;,11;1;,12;1;,13;1;,14;1;|0,2||;",
  /** Grants permission to associate the specified tags to a resource. Access level: Tagging. Resources: dataset, datasetGroup, datasetImportJob, endpoint, explainability, explainabilityExport, forecast, forecastExport, monitor, predictor, predictorBacktestExportJob, whatIfAnalysis, whatIfForecast, whatIfForecastExport. https://docs.aws.amazon.com/forecast/latest/dg/API_TagResource.html */
  TagResource:
    "T|||1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|0,2||CreateAutoPredictor,CreateDataset,CreateDatasetGroup,CreateDatasetImportJob,CreateExplainability,CreateExplainabilityExport,CreateForecast,CreateForecastExportJob,CreateMonitor,CreatePredictor,CreatePredictorBacktestExportJob,CreateWhatIfAnalysis,;",
  /** Grants permission to delete the specified tags for a resource. Access level: Tagging. Resources: dataset, datasetGroup, datasetImportJob, endpoint, explainability, explainabilityExport, forecast, forecastExport, monitor, predictor, predictorBacktestExportJob, whatIfAnalysis, whatIfForecast, whatIfForecastExport. https://docs.aws.amazon.com/forecast/latest/dg/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|2||;",
  /** Grants permission to update a dataset group. Access level: Write. Resources: dataset*, datasetGroup*. https://docs.aws.amazon.com/forecast/latest/dg/API_UpdateDatasetGroup.html */
  UpdateDatasetGroup: "W|||1;1;,2;1;|||;",
} as const;
const actionDetails = {
  CreateAutoPredictor: "|,;~~~|Grants permission to create an auto predictor",
  CreateDataset: "|,;~~~|Grants permission to create a dataset",
  CreateDatasetGroup: "|,;~~~|Grants permission to create a dataset group",
  CreateDatasetImportJob: "|,;~~~|Grants permission to create a dataset import job",
  CreateExplainability: "|,;~~~|Grants permission to create an explainability",
  CreateExplainabilityExport:
    "|,;~~~|Grants permission to create an explainability export using an explainability resource",
  CreateForecast: "|,;~~~|Grants permission to create a forecast",
  CreateForecastEndpoint: "|,;~|Grants permission to create an endpoint using a Predictor resource",
  CreateForecastExportJob: "|,;~~~|Grants permission to create a forecast export job using a forecast resource",
  CreateMonitor: "|,;~~~|Grants permission to create an monitor using a Predictor resource",
  CreatePredictor: "|,;~~~|Grants permission to create a predictor",
  CreatePredictorBacktestExportJob:
    "|,;~~~|Grants permission to create a predictor backtest export job using a predictor",
  CreateWhatIfAnalysis: "|,;~~~|Grants permission to create a what-if analysis",
  CreateWhatIfForecast: "|,;~|Grants permission to create a what-if forecast",
  CreateWhatIfForecastExport:
    "|,;~|Grants permission to create a what-if forecast export using what-if forecast resources",
  DeleteDataset: "|,;~~~|Grants permission to delete a dataset",
  DeleteDatasetGroup: "|,;~~~|Grants permission to delete a dataset group",
  DeleteDatasetImportJob: "|,;~~~|Grants permission to delete a dataset import job",
  DeleteExplainability: "|,;~~~|Grants permission to delete an explainability",
  DeleteExplainabilityExport: "|,;~~~|Grants permission to delete an explainability export",
  DeleteForecast: "|,;~~~|Grants permission to delete a forecast",
  DeleteForecastEndpoint: "|,;~|Grants permission to delete an endpoint resource",
  DeleteForecastExportJob: "|,;~~~|Grants permission to delete a forecast export job",
  DeleteMonitor: "|,;~~~|Grants permission to delete a monitor resource",
  DeletePredictor: "|,;~~~|Grants permission to delete a predictor",
  DeletePredictorBacktestExportJob: "|,;~~~|Grants permission to delete a predictor backtest export job",
  DeleteResourceTree: "|,;~~~|Grants permission to delete a resource and its child resources",
  DeleteWhatIfAnalysis: "|,;~~~|Grants permission to delete a what-if analysis",
  DeleteWhatIfForecast: "|,;~|Grants permission to delete a what-if forecast",
  DeleteWhatIfForecastExport: "|,;~|Grants permission to delete a what-if forecast export",
  DescribeAutoPredictor: "|,;~~~|Grants permission to describe an auto predictor",
  DescribeDataset: "|,;~~~|Grants permission to describe a dataset",
  DescribeDatasetGroup: "|,;~~~|Grants permission to describe a dataset group",
  DescribeDatasetImportJob: "|,;~~~|Grants permission to describe a dataset import job",
  DescribeExplainability: "|,;~~~|Grants permission to describe an explainability",
  DescribeExplainabilityExport: "|,;~~~|Grants permission to describe an explainability export",
  DescribeForecast: "|,;~~~|Grants permission to describe a forecast",
  DescribeForecastEndpoint: "|,;~|Grants permission to describe an endpoint resource",
  DescribeForecastExportJob: "|,;~~~|Grants permission to describe a forecast export job",
  DescribeMonitor: "|,;~~~|Grants permission to describe an monitor resource",
  DescribePredictor: "|,;~~~|Grants permission to describe a predictor",
  DescribePredictorBacktestExportJob: "|,;~~~|Grants permission to describe a predictor backtest export job",
  DescribeWhatIfAnalysis: "|,;~~~|Grants permission to describe a what-if analysis",
  DescribeWhatIfForecast: "|,;~|Grants permission to describe a what-if forecast",
  DescribeWhatIfForecastExport: "|,;~|Grants permission to describe a what-if forecast export",
  GetAccuracyMetrics: "|,;~~~|Grants permission to get the Accuracy Metrics for a predictor",
  GetRecentForecastContext: "|,;~|Grants permission to get the forecast context of a timeseries for an endpoint",
  InvokeForecastEndpoint: "|,;~|Grants permission to invoke the endpoint to get forecast for a timeseries",
  ListDatasetGroups: "|,;~~~|Grants permission to list all the dataset groups",
  ListDatasetImportJobs: "|,;~~~|Grants permission to list all the dataset import jobs",
  ListDatasets: "|,;~~~|Grants permission to list all the datasets",
  ListExplainabilities: "|,;~~~|Grants permission to list all the explainabilities",
  ListExplainabilityExports: "|,;~~~|Grants permission to list all the explainability exports",
  ListForecastExportJobs: "|,;~~~|Grants permission to list all the forecast export jobs",
  ListForecasts: "|,;~~~|Grants permission to list all the forecasts",
  ListMonitorEvaluations: "|,;~~~|Grants permission to list all the monitor evaluation result for a monitor",
  ListMonitors: "|,;~~~|Grants permission to list all the monitor resources",
  ListPredictorBacktestExportJobs: "|,;~~~|Grants permission to list all the predictor backtest export jobs",
  ListPredictors: "|,;~~~|Grants permission to list all the predictors",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for an Amazon Forecast resource",
  ListWhatIfAnalyses: "|,;~~~|Grants permission to list all the what-if analyses",
  ListWhatIfForecastExports: "|,;~~~|Grants permission to list all the what-if forecast exports",
  ListWhatIfForecasts: "|,;~~~|Grants permission to list all the what-if forecasts",
  QueryForecast: "|,;~~forecastquery~|Grants permission to retrieve a forecast for a single item",
  QueryWhatIfForecast: "|,;~~forecastquery~|Grants permission to retrieve a what-if forecast for a single item",
  ResumeResource: "|,;~~~|Grants permission to resume Amazon Forecast resource jobs",
  StopResource: "|,;~~~|Grants permission to stop Amazon Forecast resource jobs",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to associate the specified tags to a resource",
  UntagResource: "|,;~~~|Grants permission to delete the specified tags for a resource",
  UpdateDatasetGroup: "|,;~~~|Grants permission to update a dataset group",
};
const resourceTypeFacts = {
  /** The algorithm resource type: arn:${Partition}:forecast:::algorithm/${ResourceId} */
  algorithm: "|,|",
  /** The dataset resource type: arn:${Partition}:forecast:${Region}:${Account}:dataset/${ResourceId} */
  dataset: "|,|1",
  /** The datasetGroup resource type: arn:${Partition}:forecast:${Region}:${Account}:dataset-group/${ResourceId} */
  datasetGroup: "|,|1",
  /** The datasetImportJob resource type: arn:${Partition}:forecast:${Region}:${Account}:dataset-import-job/${ResourceId} */
  datasetImportJob: "|,|1",
  /** The endpoint resource type: arn:${Partition}:forecast:${Region}:${Account}:forecast-endpoint/${ResourceId} */
  endpoint: "|,|1",
  /** The explainability resource type: arn:${Partition}:forecast:${Region}:${Account}:explainability/${ResourceId} */
  explainability: "|,|1",
  /** The explainabilityExport resource type: arn:${Partition}:forecast:${Region}:${Account}:explainability-export/${ResourceId} */
  explainabilityExport: "|,|1",
  /** The forecast resource type: arn:${Partition}:forecast:${Region}:${Account}:forecast/${ResourceId} */
  forecast: "|,|1",
  /** The forecastExport resource type: arn:${Partition}:forecast:${Region}:${Account}:forecast-export-job/${ResourceId} */
  forecastExport: "|,|1",
  /** The monitor resource type: arn:${Partition}:forecast:${Region}:${Account}:monitor/${ResourceId} */
  monitor: "|,|1",
  /** The predictor resource type: arn:${Partition}:forecast:${Region}:${Account}:predictor/${ResourceId} */
  predictor: "|,|1",
  /** The predictorBacktestExportJob resource type: arn:${Partition}:forecast:${Region}:${Account}:predictor-backtest-export-job/${ResourceId} */
  predictorBacktestExportJob: "|,|1",
  /** The whatIfAnalysis resource type: arn:${Partition}:forecast:${Region}:${Account}:what-if-analysis/${ResourceId} */
  whatIfAnalysis: "|,|1",
  /** The whatIfForecast resource type: arn:${Partition}:forecast:${Region}:${Account}:what-if-forecast/${ResourceId} */
  whatIfForecast: "|,|1",
  /** The whatIfForecastExport resource type: arn:${Partition}:forecast:${Region}:${Account}:what-if-forecast-export/${ResourceId} */
  whatIfForecastExport: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a algorithm resource: arn:${Partition}:forecast:::algorithm/${ResourceId}. */
  algorithm: "|,algorithm|arn:|Partition|:forecast:::algorithm/|ResourceId|",
  /** ARN of a dataset resource: arn:${Partition}:forecast:${Region}:${Account}:dataset/${ResourceId}. */
  dataset: "|,dataset|arn:|Partition|:forecast:|Region|:|Account|:dataset/|ResourceId|",
  /** ARN of a datasetGroup resource: arn:${Partition}:forecast:${Region}:${Account}:dataset-group/${ResourceId}. */
  datasetGroup: "|,datasetGroup|arn:|Partition|:forecast:|Region|:|Account|:dataset-group/|ResourceId|",
  /** ARN of a datasetImportJob resource: arn:${Partition}:forecast:${Region}:${Account}:dataset-import-job/${ResourceId}. */
  datasetImportJob: "|,datasetImportJob|arn:|Partition|:forecast:|Region|:|Account|:dataset-import-job/|ResourceId|",
  /** ARN of a endpoint resource: arn:${Partition}:forecast:${Region}:${Account}:forecast-endpoint/${ResourceId}. */
  endpoint: "|,endpoint|arn:|Partition|:forecast:|Region|:|Account|:forecast-endpoint/|ResourceId|",
  /** ARN of a explainability resource: arn:${Partition}:forecast:${Region}:${Account}:explainability/${ResourceId}. */
  explainability: "|,explainability|arn:|Partition|:forecast:|Region|:|Account|:explainability/|ResourceId|",
  /** ARN of a explainabilityExport resource: arn:${Partition}:forecast:${Region}:${Account}:explainability-export/${ResourceId}. */
  explainabilityExport:
    "|,explainabilityExport|arn:|Partition|:forecast:|Region|:|Account|:explainability-export/|ResourceId|",
  /** ARN of a forecast resource: arn:${Partition}:forecast:${Region}:${Account}:forecast/${ResourceId}. */
  forecast: "|,forecast|arn:|Partition|:forecast:|Region|:|Account|:forecast/|ResourceId|",
  /** ARN of a forecastExport resource: arn:${Partition}:forecast:${Region}:${Account}:forecast-export-job/${ResourceId}. */
  forecastExport: "|,forecastExport|arn:|Partition|:forecast:|Region|:|Account|:forecast-export-job/|ResourceId|",
  /** ARN of a monitor resource: arn:${Partition}:forecast:${Region}:${Account}:monitor/${ResourceId}. */
  monitor: "|,monitor|arn:|Partition|:forecast:|Region|:|Account|:monitor/|ResourceId|",
  /** ARN of a predictor resource: arn:${Partition}:forecast:${Region}:${Account}:predictor/${ResourceId}. */
  predictor: "|,predictor|arn:|Partition|:forecast:|Region|:|Account|:predictor/|ResourceId|",
  /** ARN of a predictorBacktestExportJob resource: arn:${Partition}:forecast:${Region}:${Account}:predictor-backtest-export-job/${ResourceId}. */
  predictorBacktestExportJob:
    "|,predictorBacktestExportJob|arn:|Partition|:forecast:|Region|:|Account|:predictor-backtest-export-job/|ResourceId|",
  /** ARN of a whatIfAnalysis resource: arn:${Partition}:forecast:${Region}:${Account}:what-if-analysis/${ResourceId}. */
  whatIfAnalysis: "|,whatIfAnalysis|arn:|Partition|:forecast:|Region|:|Account|:what-if-analysis/|ResourceId|",
  /** ARN of a whatIfForecast resource: arn:${Partition}:forecast:${Region}:${Account}:what-if-forecast/${ResourceId}. */
  whatIfForecast: "|,whatIfForecast|arn:|Partition|:forecast:|Region|:|Account|:what-if-forecast/|ResourceId|",
  /** ARN of a whatIfForecastExport resource: arn:${Partition}:forecast:${Region}:${Account}:what-if-forecast-export/${ResourceId}. */
  whatIfForecastExport:
    "|,whatIfForecastExport|arn:|Partition|:forecast:|Region|:|Account|:what-if-forecast-export/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "algorithm",
  "dataset",
  "datasetGroup",
  "datasetImportJob",
  "endpoint",
  "explainability",
  "explainabilityExport",
  "forecast",
  "forecastExport",
  "monitor",
  "predictor",
  "predictorBacktestExportJob",
  "whatIfAnalysis",
  "whatIfForecast",
  "whatIfForecastExport",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "forecast">;
/** Any forecast action. */
export type Action = ActionOf<typeof actionFacts, "forecast">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "forecast">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "forecast" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every forecast action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "forecast",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
