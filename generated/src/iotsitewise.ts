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
export const prefix: "iotsitewise" = "iotsitewise";
/** The service's name in the reference. */
export const serviceName: "AWS IoT SiteWise" = "AWS IoT SiteWise";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT SiteWise",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotsitewise.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "iotsitewise:assetHierarchyPath",
  "iotsitewise:childAssetId",
  "iotsitewise:group",
  "iotsitewise:iam",
  "iotsitewise:isAssociatedWithAssetProperty",
  "iotsitewise:portal",
  "iotsitewise:project",
  "iotsitewise:propertyAlias",
  "iotsitewise:propertyId",
  "iotsitewise:user",
] as const;
const dependentActionList = ["iam:PassRole", "iotsitewise:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate a child asset with a parent asset through a hierarchy. Access level: Write. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_AssociateAssets.html */
  AssociateAssets: "W|||1;1;|||;",
  /** Grants permission to associate a time series with an asset property. Access level: Write. Resources: asset*, time-series*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_AssociateTimeSeriesToAssetProperty.html */
  AssociateTimeSeriesToAssetProperty: "W|||1;1;,9;1;|||;",
  /** Grants permission to associate assets to a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_BatchAssociateProjectAssets.html */
  BatchAssociateProjectAssets: "W|||8;1;|||;",
  /** Grants permission to disassociate assets from a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_BatchDisassociateProjectAssets.html */
  BatchDisassociateProjectAssets: "W|||8;1;|||;",
  /** Grants permission to retrieve computed aggregates for multiple asset properties. Access level: Read. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_BatchGetAssetPropertyAggregates.html */
  BatchGetAssetPropertyAggregates: "R|||1;0;,9;0;|||;",
  /** Grants permission to retrieve the latest value for multiple asset properties. Access level: Read. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_BatchGetAssetPropertyValue.html */
  BatchGetAssetPropertyValue: "R|||1;0;,9;0;|||;",
  /** Grants permission to retrieve the value history for multiple asset properties. Access level: Read. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_BatchGetAssetPropertyValueHistory.html */
  BatchGetAssetPropertyValueHistory: "R|||1;0;,9;0;|||;",
  /** Grants permission to put property values for asset properties. Access level: Write. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_BatchPutAssetPropertyValue.html */
  BatchPutAssetPropertyValue: "W|||1;0;,9;0;|||;",
  /** Grants permission to create an access policy for a portal or a project. Access level: Write. Resources: portal, project. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateAccessPolicy.html */
  CreateAccessPolicy: "W|||7;0;,8;0;|0,2||;",
  /** Grants permission to create an asset from an asset model. Access level: Write. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateAsset.html */
  CreateAsset: "W|||2;1;|0,2|1|;",
  /** Grants permission to create an asset model. Access level: Write. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateAssetModel.html */
  CreateAssetModel: "W||||0,2|1|;",
  /** Grants permission to create an asset model composite model inside an asset model. Access level: Write. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateAssetModelCompositeModel.html */
  CreateAssetModelCompositeModel: "W|||2;1;||0|;",
  /** Grants permission to create bulk import job. Access level: Write. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateBulkImportJob.html */
  CreateBulkImportJob: "W|||||0|;",
  /** Grants permission to create a computation model. Access level: Write. Resources: asset, asset-model. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateComputationModel.html */
  CreateComputationModel: "W|||1;0;,2;0;|0,2|1|;",
  /** Grants permission to create a dashboard in a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateDashboard.html */
  CreateDashboard: "W|||8;1;|0,2|1|;",
  /** Grants permission to create a dataset. Access level: Write. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateDataset.html */
  CreateDataset: "W||||0,2|0,1|;",
  /** Grants permission to create a gateway. Access level: Write. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateGateway.html */
  CreateGateway: "W||||0,2|0,1|;",
  /** Grants permission to create a portal. Access level: Write. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreatePortal.html */
  CreatePortal: "W||||0,2|0,1,sso:CreateManagedApplicationInstance,sso:DescribeRegisteredRegions|;",
  /** Grants permission to create a project in a portal. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateProject.html */
  CreateProject: "W|||7;1;|0,2|1|;",
  /** Grants permission to delete an access policy. Access level: Write. Resources: access-policy*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteAccessPolicy.html */
  DeleteAccessPolicy: "W|||0;1;|||;",
  /** Grants permission to delete an asset. Access level: Write. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteAsset.html */
  DeleteAsset: "W|||1;1;|||;",
  /** Grants permission to delete an asset model. Access level: Write. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteAssetModel.html */
  DeleteAssetModel: "W|||2;1;|||;",
  /** Grants permission to delete an asset model composite model. Access level: Write. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteAssetModelCompositeModel.html */
  DeleteAssetModelCompositeModel: "W|||2;1;|||;",
  /** Grants permission to delete a relationship between asset model and interface. Access level: Write. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteAssetModelInterfaceRelationship.html */
  DeleteAssetModelInterfaceRelationship: "W|||2;1;|||;",
  /** Grants permission to delete a computation model. Access level: Write. Resources: computation-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteComputationModel.html */
  DeleteComputationModel: "W|||3;1;|||;",
  /** Grants permission to delete a dashboard. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteDashboard.html */
  DeleteDashboard: "W|||4;1;|||;",
  /** Grants permission to delete a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteDataset.html */
  DeleteDataset: "W|||5;1;|||;",
  /** Grants permission to delete a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteGateway.html */
  DeleteGateway: "W|||6;1;|||;",
  /** Grants permission to delete a portal. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeletePortal.html */
  DeletePortal: "W|||7;1;||sso:DeleteManagedApplicationInstance|;",
  /** Grants permission to delete a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteProject.html */
  DeleteProject: "W|||8;1;|||;",
  /** Grants permission to delete a time series. Access level: Write. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DeleteTimeSeries.html */
  DeleteTimeSeries: "W|||1;0;,9;0;|||;",
  /** Grants permission to describe an access policy. Access level: Read. Resources: access-policy*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeAccessPolicy.html */
  DescribeAccessPolicy: "R|||0;1;|||;",
  /** Grants permission to describe actions. Access level: Read. Resources: asset, computation-model. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeAction.html */
  DescribeAction: "R|||1;0;,3;0;|||;",
  /** Grants permission to describe an asset. Access level: Read. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeAsset.html */
  DescribeAsset: "R|||1;1;|||;",
  /** Grants permission to describe an asset composite model. Access level: Read. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeAssetCompositeModel.html */
  DescribeAssetCompositeModel: "R|||1;1;|||;",
  /** Grants permission to describe an asset model. Access level: Read. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeAssetModel.html */
  DescribeAssetModel: "R|||2;1;|||;",
  /** Grants permission to describe an asset model composite model. Access level: Read. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeAssetModelCompositeModel.html */
  DescribeAssetModelCompositeModel: "R|||2;1;|||;",
  /** Grants permission to describe a relationship between asset model and interface. Access level: Read. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeAssetModelInterfaceRelationship.html */
  DescribeAssetModelInterfaceRelationship: "R|||2;1;|||;",
  /** Grants permission to describe an asset property. Access level: Read. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeAssetProperty.html */
  DescribeAssetProperty: "R|||1;1;|||;",
  /** Grants permission to describe bulk import job. Access level: Read. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeBulkImportJob.html */
  DescribeBulkImportJob: "R||||||;",
  /** Grants permission to describe a computation model. Access level: Read. Resources: computation-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeComputationModel.html */
  DescribeComputationModel: "R|||3;1;|||;",
  /** Grants permission to describe computation model execution summary. Access level: Read. Resources: asset, computation-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeComputationModelExecutionSummary.html */
  DescribeComputationModelExecutionSummary: "R|||1;0;,3;1;|||;",
  /** Grants permission to describe a dashboard. Access level: Read. Resources: dashboard*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeDashboard.html */
  DescribeDashboard: "R|||4;1;|||;",
  /** Grants permission to describe dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeDataset.html */
  DescribeDataset: "R|||5;1;|||;",
  /** Grants permission to describe the default encryption configuration for the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeDefaultEncryptionConfiguration.html */
  DescribeDefaultEncryptionConfiguration: "R||||||;",
  /** Grants permission to describe an execution. Access level: Read. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeExecution.html */
  DescribeExecution: "R||||||;",
  /** Grants permission to describe a gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeGateway.html */
  DescribeGateway: "R|||6;1;|||;",
  /** Grants permission to describe a capability configuration for a gateway. Access level: Read. Resources: gateway*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeGatewayCapabilityConfiguration.html */
  DescribeGatewayCapabilityConfiguration: "R|||6;1;|||;",
  /** Grants permission to describe logging options for the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeLoggingOptions.html */
  DescribeLoggingOptions: "R||||||;",
  /** Grants permission to describe a portal. Access level: Read. Resources: portal*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribePortal.html */
  DescribePortal: "R|||7;1;|||;",
  /** Grants permission to describe a project. Access level: Read. Resources: project*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeProject.html */
  DescribeProject: "R|||8;1;|||;",
  /** Grants permission to describe the storage configuration for the AWS account. Access level: Read. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeStorageConfiguration.html */
  DescribeStorageConfiguration: "R||||||;",
  /** Grants permission to describe a time series. Access level: Read. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DescribeTimeSeries.html */
  DescribeTimeSeries: "R|||1;0;,9;0;|0,2||;",
  /** Grants permission to disassociate a child asset from a parent asset by a hierarchy. Access level: Write. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DisassociateAssets.html */
  DisassociateAssets: "W|||1;1;|||;",
  /** Grants permission to disassociate a time series from an asset property. Access level: Write. Resources: asset*, time-series*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_DisassociateTimeSeriesFromAssetProperty.html */
  DisassociateTimeSeriesFromAssetProperty: "W|||1;1;,9;1;|||;",
  /** Grants permission to allow IoT SiteWise integrate with other services. Access level: Write. Permission only. ${UserGuideDocPage}/integrate-tm.html */
  EnableSiteWiseIntegration: "W||1||||",
  /** Grants permission to execute actions. Access level: Write. Resources: asset, computation-model. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ExecuteAction.html */
  ExecuteAction: "W|||1;0;,3;0;|||;",
  /** Grants permission to execute query. Access level: Read. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ExecuteQuery.html */
  ExecuteQuery: "R||||||;",
  /** Grants permission to retrieve computed aggregates for an asset property. Access level: Read. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_GetAssetPropertyAggregates.html */
  GetAssetPropertyAggregates: "R|||1;0;,9;0;|||;",
  /** Grants permission to retrieve the latest value for an asset property. Access level: Read. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_GetAssetPropertyValue.html */
  GetAssetPropertyValue: "R|||1;0;,9;0;|||;",
  /** Grants permission to retrieve the value history for an asset property. Access level: Read. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_GetAssetPropertyValueHistory.html */
  GetAssetPropertyValueHistory: "R|||1;0;,9;0;|||;",
  /** Grants permission to retrieve interpolated values for an asset property. Access level: Read. Resources: asset, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_GetInterpolatedAssetPropertyValues.html */
  GetInterpolatedAssetPropertyValues: "R|||1;0;,9;0;|||;",
  /** Grants permission to invoke an assistant. Access level: Read. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_InvokeAssistant.html */
  InvokeAssistant: "R||||||;",
  /** Grants permission to list all access policies for an identity or a resource. Access level: List. Resources: portal, project. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListAccessPolicies.html */
  ListAccessPolicies: "L|||7;0;,8;0;|||;",
  /** Grants permission to list all actions. Access level: List. Resources: asset, computation-model. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListActions.html */
  ListActions: "L|||1;0;,3;0;|||;",
  /** Grants permission to list all asset model composite models. Access level: List. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListAssetModelCompositeModels.html */
  ListAssetModelCompositeModels: "L|||2;1;|||;",
  /** Grants permission to list asset model properties. Access level: List. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListAssetModelProperties.html */
  ListAssetModelProperties: "L|||2;1;|||;",
  /** Grants permission to list all asset models. Access level: List. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListAssetModels.html */
  ListAssetModels: "L||||||;",
  /** Grants permission to list asset properties. Access level: List. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListAssetProperties.html */
  ListAssetProperties: "L|||1;1;|||;",
  /** Grants permission to list the asset relationship graph for an asset. Access level: List. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListAssetRelationships.html */
  ListAssetRelationships: "L|||1;1;|||;",
  /** Grants permission to list all assets. Access level: List. Resources: asset-model. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListAssets.html */
  ListAssets: "L|||2;0;|||;",
  /** Grants permission to list all assets associated with an asset through a hierarchy. Access level: List. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListAssociatedAssets.html */
  ListAssociatedAssets: "L|||1;1;|||;",
  /** Grants permission to list bulk import jobs. Access level: List. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListBulkImportJobs.html */
  ListBulkImportJobs: "L||||||;",
  /** Grants permission to list all asset model composition relationships. Access level: List. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListCompositionRelationships.html */
  ListCompositionRelationships: "L|||2;1;|||;",
  /** Grants permission to list computation model data binding usages. Access level: List. Resources: asset, asset-model. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListComputationModelDataBindingUsages.html */
  ListComputationModelDataBindingUsages: "L|||1;0;,2;0;|||;",
  /** Grants permission to list computation model resolve to resources. Access level: List. Resources: computation-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListComputationModelResolveToResources.html */
  ListComputationModelResolveToResources: "L|||3;1;|||;",
  /** Grants permission to list all computation models. Access level: List. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListComputationModels.html */
  ListComputationModels: "L||||||;",
  /** Grants permission to list all dashboards in a project. Access level: List. Resources: project*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListDashboards.html */
  ListDashboards: "L|||8;1;|||;",
  /** Grants permission to list all datasets. Access level: List. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListDatasets.html */
  ListDatasets: "L||||||;",
  /** Grants permission to list executions. Access level: List. Resources: asset, computation-model. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListExecutions.html */
  ListExecutions: "L|||1;0;,3;0;|||;",
  /** Grants permission to list all gateways. Access level: List. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListGateways.html */
  ListGateways: "L||||||;",
  /** Grants permission to list all asset models that are enforced by an interface. Access level: List. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListInterfaceRelationships.html */
  ListInterfaceRelationships: "L|||2;1;|||;",
  /** Grants permission to list all portals. Access level: List. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListPortals.html */
  ListPortals: "L||||||;",
  /** Grants permission to list all assets associated with a project. Access level: List. Resources: project*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListProjectAssets.html */
  ListProjectAssets: "L|||8;1;|||;",
  /** Grants permission to list all projects in a portal. Access level: List. Resources: portal*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListProjects.html */
  ListProjects: "L|||7;1;|||;",
  /** Grants permission to list all tags for a resource. Access level: Read. Resources: access-policy, asset, asset-model, computation-model, dashboard, dataset, gateway, portal, project, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|1||;",
  /** Grants permission to list time series. Access level: List. Resources: asset. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_ListTimeSeries.html */
  ListTimeSeries: "L|||1;0;|||;",
  /** Grants permission to create a relationship between asset model and interface. Access level: Write. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_PutAssetModelInterfaceRelationship.html */
  PutAssetModelInterfaceRelationship: "W|||2;1;|||;",
  /** Grants permission to set the default encryption configuration for the AWS account. Access level: Write. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_PutDefaultEncryptionConfiguration.html */
  PutDefaultEncryptionConfiguration: "W||||||;",
  /** Grants permission to set logging options for the AWS account. Access level: Write. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_PutLoggingOptions.html */
  PutLoggingOptions: "W||||||;",
  /** Grants permission to configure storage settings for the AWS account. Access level: Write. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_PutStorageConfiguration.html */
  PutStorageConfiguration: "W|||||0|;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: access-policy, asset, asset-model, computation-model, dashboard, dataset, gateway, portal, project, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|0,2||CreateAsset,CreateAssetModel,CreateComputationModel,CreateDashboard,CreateDataset,CreateGateway,CreatePortal,CreateProject,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: access-policy, asset, asset-model, computation-model, dashboard, dataset, gateway, portal, project, time-series. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;|2||;",
  /** Grants permission to update an access policy. Access level: Write. Resources: access-policy*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAccessPolicy.html */
  UpdateAccessPolicy: "W|||0;1;|||;",
  /** Grants permission to update an asset. Access level: Write. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAsset.html */
  UpdateAsset: "W|||1;1;|||;",
  /** Grants permission to update an asset model. Access level: Write. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAssetModel.html */
  UpdateAssetModel: "W|||2;1;|||;",
  /** Grants permission to update asset model composite model. Access level: Write. Resources: asset-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAssetModelCompositeModel.html */
  UpdateAssetModelCompositeModel: "W|||2;1;||0|;",
  /** Grants permission to update an AssetModel property routing. Access level: Write. Resources: asset-model*. Permission only. ${UserGuideDocPage}alarms-iam-permissions.html */
  UpdateAssetModelPropertyRouting: "W||1|2;1;|||",
  /** Grants permission to update an asset property. Access level: Write. Resources: asset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAssetProperty.html */
  UpdateAssetProperty: "W|||1;1;|||;",
  /** Grants permission to update a computation model. Access level: Write. Resources: asset, asset-model, computation-model*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateComputationModel.html */
  UpdateComputationModel: "W|||1;0;,2;0;,3;1;|||;",
  /** Grants permission to update a dashboard. Access level: Write. Resources: dashboard*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateDashboard.html */
  UpdateDashboard: "W|||4;1;|||;",
  /** Grants permission to update a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateDataset.html */
  UpdateDataset: "W|||5;1;||0|;",
  /** Grants permission to update a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateGateway.html */
  UpdateGateway: "W|||6;1;|||;",
  /** Grants permission to update a capability configuration for a gateway. Access level: Write. Resources: gateway*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateGatewayCapabilityConfiguration.html */
  UpdateGatewayCapabilityConfiguration: "W|||6;1;|||;",
  /** Grants permission to update a portal. Access level: Write. Resources: portal*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdatePortal.html */
  UpdatePortal: "W|||7;1;||0|;",
  /** Grants permission to update a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateProject.html */
  UpdateProject: "W|||8;1;|||;",
} as const;
const actionDetails = {
  AssociateAssets: "|,;~~~|Grants permission to associate a child asset with a parent asset through a hierarchy",
  AssociateTimeSeriesToAssetProperty: "|,;~~~|Grants permission to associate a time series with an asset property",
  BatchAssociateProjectAssets: "|,;~~~|Grants permission to associate assets to a project",
  BatchDisassociateProjectAssets: "|,;~~~|Grants permission to disassociate assets from a project",
  BatchGetAssetPropertyAggregates:
    "|,;~~~|Grants permission to retrieve computed aggregates for multiple asset properties",
  BatchGetAssetPropertyValue: "|,;~~~|Grants permission to retrieve the latest value for multiple asset properties",
  BatchGetAssetPropertyValueHistory:
    "|,;~~~|Grants permission to retrieve the value history for multiple asset properties",
  BatchPutAssetPropertyValue: "|,;~~~|Grants permission to put property values for asset properties",
  CreateAccessPolicy: "|,;~~~|Grants permission to create an access policy for a portal or a project",
  CreateAsset: "|,;~~~|Grants permission to create an asset from an asset model",
  CreateAssetModel: "|,;~~~|Grants permission to create an asset model",
  CreateAssetModelCompositeModel:
    "|,;~~~|Grants permission to create an asset model composite model inside an asset model",
  CreateBulkImportJob: "|,;~~~|Grants permission to create bulk import job",
  CreateComputationModel: "|,;~~~|Grants permission to create a computation model",
  CreateDashboard: "|,;~~~|Grants permission to create a dashboard in a project",
  CreateDataset: "|,;~~~|Grants permission to create a dataset",
  CreateGateway: "|,;~~~|Grants permission to create a gateway",
  CreatePortal: "|,;~~~|Grants permission to create a portal",
  CreateProject: "|,;~~~|Grants permission to create a project in a portal",
  DeleteAccessPolicy: "|,;~~~|Grants permission to delete an access policy",
  DeleteAsset: "|,;~~~|Grants permission to delete an asset",
  DeleteAssetModel: "|,;~~~|Grants permission to delete an asset model",
  DeleteAssetModelCompositeModel: "|,;~~~|Grants permission to delete an asset model composite model",
  DeleteAssetModelInterfaceRelationship:
    "|,;~~~|Grants permission to delete a relationship between asset model and interface",
  DeleteComputationModel: "|,;~~~|Grants permission to delete a computation model",
  DeleteDashboard: "|,;~~~|Grants permission to delete a dashboard",
  DeleteDataset: "|,;~~~|Grants permission to delete a dataset",
  DeleteGateway: "|,;~~~|Grants permission to delete a gateway",
  DeletePortal: "|,;~~~|Grants permission to delete a portal",
  DeleteProject: "|,;~~~|Grants permission to delete a project",
  DeleteTimeSeries: "|,;~~~|Grants permission to delete a time series",
  DescribeAccessPolicy: "|,;~~~|Grants permission to describe an access policy",
  DescribeAction: "|,;~~~|Grants permission to describe actions",
  DescribeAsset: "|,;~~~|Grants permission to describe an asset",
  DescribeAssetCompositeModel: "|,;~~~|Grants permission to describe an asset composite model",
  DescribeAssetModel: "|,;~~~|Grants permission to describe an asset model",
  DescribeAssetModelCompositeModel: "|,;~~~|Grants permission to describe an asset model composite model",
  DescribeAssetModelInterfaceRelationship:
    "|,;~~~|Grants permission to describe a relationship between asset model and interface",
  DescribeAssetProperty: "|,;~~~|Grants permission to describe an asset property",
  DescribeBulkImportJob: "|,;~~~|Grants permission to describe bulk import job",
  DescribeComputationModel: "|,;~~~|Grants permission to describe a computation model",
  DescribeComputationModelExecutionSummary: "|,;~~~|Grants permission to describe computation model execution summary",
  DescribeDashboard: "|,;~~~|Grants permission to describe a dashboard",
  DescribeDataset: "|,;~~~|Grants permission to describe dataset",
  DescribeDefaultEncryptionConfiguration:
    "|,;~~~|Grants permission to describe the default encryption configuration for the AWS account",
  DescribeExecution: "|,;~~~|Grants permission to describe an execution",
  DescribeGateway: "|,;~~~|Grants permission to describe a gateway",
  DescribeGatewayCapabilityConfiguration:
    "|,;~~~|Grants permission to describe a capability configuration for a gateway",
  DescribeLoggingOptions: "|,;~~~|Grants permission to describe logging options for the AWS account",
  DescribePortal: "|,;~~~|Grants permission to describe a portal",
  DescribeProject: "|,;~~~|Grants permission to describe a project",
  DescribeStorageConfiguration: "|,;~~~|Grants permission to describe the storage configuration for the AWS account",
  DescribeTimeSeries: "|,;~~~|Grants permission to describe a time series",
  DisassociateAssets: "|,;~~~|Grants permission to disassociate a child asset from a parent asset by a hierarchy",
  DisassociateTimeSeriesFromAssetProperty:
    "|,;~~~|Grants permission to disassociate a time series from an asset property",
  EnableSiteWiseIntegration: "|,;~|Grants permission to allow IoT SiteWise integrate with other services",
  ExecuteAction: "|,;~~~|Grants permission to execute actions",
  ExecuteQuery: "|,;~~~|Grants permission to execute query",
  GetAssetPropertyAggregates: "|,;~~~|Grants permission to retrieve computed aggregates for an asset property",
  GetAssetPropertyValue: "|,;~~~|Grants permission to retrieve the latest value for an asset property",
  GetAssetPropertyValueHistory: "|,;~~~|Grants permission to retrieve the value history for an asset property",
  GetInterpolatedAssetPropertyValues: "|,;~~~|Grants permission to retrieve interpolated values for an asset property",
  InvokeAssistant: "|,;~~~|Grants permission to invoke an assistant",
  ListAccessPolicies: "|,;~~~|Grants permission to list all access policies for an identity or a resource",
  ListActions: "|,;~~~|Grants permission to list all actions",
  ListAssetModelCompositeModels: "|,;~~~|Grants permission to list all asset model composite models",
  ListAssetModelProperties: "|,;~~~|Grants permission to list asset model properties",
  ListAssetModels: "|,;~~~|Grants permission to list all asset models",
  ListAssetProperties: "|,;~~~|Grants permission to list asset properties",
  ListAssetRelationships: "|,;~~~|Grants permission to list the asset relationship graph for an asset",
  ListAssets: "|,;~~~|Grants permission to list all assets",
  ListAssociatedAssets: "|,;~~~|Grants permission to list all assets associated with an asset through a hierarchy",
  ListBulkImportJobs: "|,;~~~|Grants permission to list bulk import jobs",
  ListCompositionRelationships: "|,;~~~|Grants permission to list all asset model composition relationships",
  ListComputationModelDataBindingUsages: "|,;~~~|Grants permission to list computation model data binding usages",
  ListComputationModelResolveToResources: "|,;~~~|Grants permission to list computation model resolve to resources",
  ListComputationModels: "|,;~~~|Grants permission to list all computation models",
  ListDashboards: "|,;~~~|Grants permission to list all dashboards in a project",
  ListDatasets: "|,;~~~|Grants permission to list all datasets",
  ListExecutions: "|,;~~~|Grants permission to list executions",
  ListGateways: "|,;~~~|Grants permission to list all gateways",
  ListInterfaceRelationships: "|,;~~~|Grants permission to list all asset models that are enforced by an interface",
  ListPortals: "|,;~~~|Grants permission to list all portals",
  ListProjectAssets: "|,;~~~|Grants permission to list all assets associated with a project",
  ListProjects: "|,;~~~|Grants permission to list all projects in a portal",
  ListTagsForResource: "|,;~~~|Grants permission to list all tags for a resource",
  ListTimeSeries: "|,;~~~|Grants permission to list time series",
  PutAssetModelInterfaceRelationship:
    "|,;~~~|Grants permission to create a relationship between asset model and interface",
  PutDefaultEncryptionConfiguration:
    "|,;~~~|Grants permission to set the default encryption configuration for the AWS account",
  PutLoggingOptions: "|,;~~~|Grants permission to set logging options for the AWS account",
  PutStorageConfiguration: "|,;~~~|Grants permission to configure storage settings for the AWS account",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateAccessPolicy: "|,;~~~|Grants permission to update an access policy",
  UpdateAsset: "|,;~~~|Grants permission to update an asset",
  UpdateAssetModel: "|,;~~~|Grants permission to update an asset model",
  UpdateAssetModelCompositeModel: "|,;~~~|Grants permission to update asset model composite model",
  UpdateAssetModelPropertyRouting: "|,;~|Grants permission to update an AssetModel property routing",
  UpdateAssetProperty: "|,;~~~|Grants permission to update an asset property",
  UpdateComputationModel: "|,;~~~|Grants permission to update a computation model",
  UpdateDashboard: "|,;~~~|Grants permission to update a dashboard",
  UpdateDataset: "|,;~~~|Grants permission to update a dataset",
  UpdateGateway: "|,;~~~|Grants permission to update a gateway",
  UpdateGatewayCapabilityConfiguration: "|,;~~~|Grants permission to update a capability configuration for a gateway",
  UpdatePortal: "|,;~~~|Grants permission to update a portal",
  UpdateProject: "|,;~~~|Grants permission to update a project",
};
const resourceTypeFacts = {
  /** The access-policy resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:access-policy/${AccessPolicyId} */
  "access-policy": "|,accessPolicy|1",
  /** The asset resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:asset/${AssetId} */
  asset: "|,|1",
  /** The asset-model resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:asset-model/${AssetModelId} */
  "asset-model": "|,assetModel|1",
  /** The computation-model resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:computation-model/${ComputationModelId} */
  "computation-model": "|,computationModel|1",
  /** The dashboard resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:dashboard/${DashboardId} */
  dashboard: "|,|1",
  /** The dataset resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:dataset/${DatasetId} */
  dataset: "|,|1",
  /** The gateway resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:gateway/${GatewayId} */
  gateway: "|,|1",
  /** The portal resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:portal/${PortalId} */
  portal: "|,|1",
  /** The project resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:project/${ProjectId} */
  project: "|,|1",
  /** The time-series resource type: arn:${Partition}:iotsitewise:${Region}:${Account}:time-series/${TimeSeriesId} */
  "time-series": "|,timeSeries|1",
} as const;
const arnFormats = {
  /** ARN of a access-policy resource: arn:${Partition}:iotsitewise:${Region}:${Account}:access-policy/${AccessPolicyId}. */
  accessPolicy: "|,access-policy|arn:|Partition|:iotsitewise:|Region|:|Account|:access-policy/|AccessPolicyId|",
  /** ARN of a asset resource: arn:${Partition}:iotsitewise:${Region}:${Account}:asset/${AssetId}. */
  asset: "|,asset|arn:|Partition|:iotsitewise:|Region|:|Account|:asset/|AssetId|",
  /** ARN of a asset-model resource: arn:${Partition}:iotsitewise:${Region}:${Account}:asset-model/${AssetModelId}. */
  assetModel: "|,asset-model|arn:|Partition|:iotsitewise:|Region|:|Account|:asset-model/|AssetModelId|",
  /** ARN of a computation-model resource: arn:${Partition}:iotsitewise:${Region}:${Account}:computation-model/${ComputationModelId}. */
  computationModel:
    "|,computation-model|arn:|Partition|:iotsitewise:|Region|:|Account|:computation-model/|ComputationModelId|",
  /** ARN of a dashboard resource: arn:${Partition}:iotsitewise:${Region}:${Account}:dashboard/${DashboardId}. */
  dashboard: "|,dashboard|arn:|Partition|:iotsitewise:|Region|:|Account|:dashboard/|DashboardId|",
  /** ARN of a dataset resource: arn:${Partition}:iotsitewise:${Region}:${Account}:dataset/${DatasetId}. */
  dataset: "|,dataset|arn:|Partition|:iotsitewise:|Region|:|Account|:dataset/|DatasetId|",
  /** ARN of a gateway resource: arn:${Partition}:iotsitewise:${Region}:${Account}:gateway/${GatewayId}. */
  gateway: "|,gateway|arn:|Partition|:iotsitewise:|Region|:|Account|:gateway/|GatewayId|",
  /** ARN of a portal resource: arn:${Partition}:iotsitewise:${Region}:${Account}:portal/${PortalId}. */
  portal: "|,portal|arn:|Partition|:iotsitewise:|Region|:|Account|:portal/|PortalId|",
  /** ARN of a project resource: arn:${Partition}:iotsitewise:${Region}:${Account}:project/${ProjectId}. */
  project: "|,project|arn:|Partition|:iotsitewise:|Region|:|Account|:project/|ProjectId|",
  /** ARN of a time-series resource: arn:${Partition}:iotsitewise:${Region}:${Account}:time-series/${TimeSeriesId}. */
  timeSeries: "|,time-series|arn:|Partition|:iotsitewise:|Region|:|Account|:time-series/|TimeSeriesId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "access-policy",
  "asset",
  "asset-model",
  "computation-model",
  "dashboard",
  "dataset",
  "gateway",
  "portal",
  "project",
  "time-series",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iotsitewise">;
/** Any iotsitewise action. */
export type Action = ActionOf<typeof actionFacts, "iotsitewise">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iotsitewise">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "iotsitewise" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iotsitewise action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by an asset hierarchy path, which is the string of asset IDs in the asset's hierarchy, each separated by a forward slash. */
  "iotsitewise:assetHierarchyPath": "String";
  /** Filters access by the ID of a child asset being associated whith a parent asset. */
  "iotsitewise:childAssetId": "String";
  /** Filters access by the ID of an AWS Single Sign-On group. */
  "iotsitewise:group": "String";
  /** Filters access by the ID of an AWS IAM identity. */
  "iotsitewise:iam": "String";
  /** Filters access by data streams associated with or not associated with asset properties. */
  "iotsitewise:isAssociatedWithAssetProperty": "String";
  /** Filters access by the ID of a portal. */
  "iotsitewise:portal": "String";
  /** Filters access by the ID of a project. */
  "iotsitewise:project": "String";
  /** Filters access by the property alias. */
  "iotsitewise:propertyAlias": "String";
  /** Filters access by the ID of an asset property. */
  "iotsitewise:propertyId": "String";
  /** Filters access by the ID of an AWS Single Sign-On user. */
  "iotsitewise:user": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in the request",
  "iotsitewise:assetHierarchyPath":
    "|,String|0||Filters access by an asset hierarchy path, which is the string of asset IDs in the asset's hierarchy, each separated by a forward slash",
  "iotsitewise:childAssetId":
    "|,String|0||Filters access by the ID of a child asset being associated whith a parent asset",
  "iotsitewise:group": "|,String|0||Filters access by the ID of an AWS Single Sign-On group",
  "iotsitewise:iam": "|,String|0||Filters access by the ID of an AWS IAM identity",
  "iotsitewise:isAssociatedWithAssetProperty":
    "|,String|0||Filters access by data streams associated with or not associated with asset properties",
  "iotsitewise:portal": "|,String|0||Filters access by the ID of a portal",
  "iotsitewise:project": "|,String|0||Filters access by the ID of a project",
  "iotsitewise:propertyAlias": "|,String|0||Filters access by the property alias",
  "iotsitewise:propertyId": "|,String|0||Filters access by the ID of an asset property",
  "iotsitewise:user": "|,String|0||Filters access by the ID of an AWS Single Sign-On user",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iotsitewise",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
