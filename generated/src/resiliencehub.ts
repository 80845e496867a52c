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
export const prefix: "resiliencehub" = "resiliencehub";
/** The service's name in the reference. */
export const serviceName: "AWS Resilience Hub" = "AWS Resilience Hub";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Resilience Hub",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsresiliencehub.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "cloudformation:DescribeStacks",
  "cloudformation:ListStackResources",
  "iam:PassRole",
  "resiliencehub:TagResource",
  "resource-groups:GetGroup",
  "resource-groups:ListGroupResources",
  "servicecatalog:GetApplication",
  "servicecatalog:ListAssociatedResources",
] as const;
const actionFacts = {
  /** Grants permission to accept resource grouping recommendations. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_AcceptResourceGroupingRecommendations.html */
  AcceptResourceGroupingRecommendations: "W|||1;1;|||;",
  /** Grants permission to add draft application version resource mappings. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_AddDraftAppVersionResourceMappings.html */
  AddDraftAppVersionResourceMappings: "W|||1;1;||0,1,4,5,6,7|;",
  /** Grants permission to include or exclude one or more operational recommendations. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_BatchUpdateRecommendationStatus.html */
  BatchUpdateRecommendationStatus: "W|||1;1;|||;",
  /** Grants permission to create application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateApp.html */
  CreateApp: "W|||1;1;|0,2|2,3|;",
  /** Grants permission to create application app component. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateAppVersionAppComponent.html */
  CreateAppVersionAppComponent: "W|||1;1;|||;",
  /** Grants permission to create application resource. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateAppVersionResource.html */
  CreateAppVersionResource: "W|||1;1;|||;",
  /** Grants permission to create an assertion for a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateAssertion.html */
  CreateAssertion: "W|||5;1;1|||;",
  /** Grants permission to create an input source for a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateInputSource.html */
  CreateInputSource: "W|||5;1;1|||;",
  /** Grants permission to create a resilience policy that defines availability and disaster recovery requirements. Access level: Write. Resources: policy*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreatePolicy.html */
  CreatePolicy: "W|||2;1;0~2|||;",
  /** Grants permission to create recommendation template. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateRecommendationTemplate.html */
  CreateRecommendationTemplate: "W|||1;1;|0,2|s3:CreateBucket,s3:ListBucket,s3:PutObject|;",
  /** Grants permission to create a report for a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateReport.html */
  CreateReport: "W|||5;1;1|||",
  /** Grants permission to create resiliency policy. Access level: Write. Resources: resiliency-policy*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateResiliencyPolicy.html */
  CreateResiliencyPolicy: "W|||4;1;|0,2|3|;",
  /** Grants permission to create a service. Access level: Write. Resources: policy, service*, system. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateService.html */
  CreateService: "W|||2;0;1,5;1;0~2,6;0;1||2|;",
  /** Grants permission to create a service function. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateServiceFunction.html */
  CreateServiceFunction: "W|||5;1;1|||;",
  /** Grants permission to create service function resources. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateServiceFunctionResources.html */
  CreateServiceFunctionResources: "W|||5;1;1|||",
  /** Grants permission to create a system that represents a logical grouping of services. Access level: Write. Resources: system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateSystem.html */
  CreateSystem: "W|||6;1;0~2|||;",
  /** Grants permission to create a user journey within a system. Access level: Write. Resources: policy, system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_CreateUserJourney.html */
  CreateUserJourney: "W|||2;0;1,6;1;1|||;",
  /** Grants permission to batch delete application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteApp.html */
  DeleteApp: "W|||1;1;|||;",
  /** Grants permission to batch delete application assessment. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteAppAssessment.html */
  DeleteAppAssessment: "W|||1;1;|||;",
  /** Grants permission to remove application input source. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteAppInputSource.html */
  DeleteAppInputSource: "W|||1;1;|||;",
  /** Grants permission to delete application app component. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteAppVersionAppComponent.html */
  DeleteAppVersionAppComponent: "W|||1;1;|||;",
  /** Grants permission to delete application resource. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteAppVersionResource.html */
  DeleteAppVersionResource: "W|||1;1;|||;",
  /** Grants permission to delete an assertion. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteAssertion.html */
  DeleteAssertion: "W|||5;1;1|||;",
  /** Grants permission to delete an input source. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteInputSource.html */
  DeleteInputSource: "W|||5;1;1|||;",
  /** Grants permission to delete a resilience policy. Access level: Write. Resources: policy*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeletePolicy.html */
  DeletePolicy: "W|||2;1;1|||;",
  /** Grants permission to batch delete recommendation template. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteRecommendationTemplate.html */
  DeleteRecommendationTemplate: "W|||1;1;|||;",
  /** Grants permission to batch delete resiliency policy. Access level: Write. Resources: resiliency-policy*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteResiliencyPolicy.html */
  DeleteResiliencyPolicy: "W|||4;1;|||;",
  /** Grants permission to delete a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteService.html */
  DeleteService: "W|||5;1;1|||;",
  /** Grants permission to delete a service function. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteServiceFunction.html */
  DeleteServiceFunction: "W|||5;1;1|||;",
  /** Grants permission to delete service function resources. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteServiceFunctionResources.html */
  DeleteServiceFunctionResources: "W|||5;1;1|||",
  /** Grants permission to delete a system. Access level: Write. Resources: system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteSystem.html */
  DeleteSystem: "W|||6;1;1|||;",
  /** Grants permission to delete a user journey. Access level: Write. Resources: system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DeleteUserJourney.html */
  DeleteUserJourney: "W|||6;1;1|||;",
  /** Grants permission to describe application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeApp.html */
  DescribeApp: "R|||1;1;|||;",
  /** Grants permission to describe application assessment. Access level: Read. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeAppAssessment.html */
  DescribeAppAssessment: "R|||1;1;|||;",
  /** Grants permission to describe application version. Access level: Read. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeAppVersion.html */
  DescribeAppVersion: "R|||1;1;|||;",
  /** Grants permission to describe application version app component. Access level: Read. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeAppVersionAppComponent.html */
  DescribeAppVersionAppComponent: "R|||1;1;|||;",
  /** Grants permission to describe application version resource. Access level: Read. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeAppVersionResource.html */
  DescribeAppVersionResource: "R|||1;1;|||;",
  /** Grants permission to describe application resolution. Access level: Read. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeAppVersionResourcesResolutionStatus.html */
  DescribeAppVersionResourcesResolutionStatus: "R|||1;1;|||;",
  /** Grants permission to describe application version template. Access level: Read. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeAppVersionTemplate.html */
  DescribeAppVersionTemplate: "R|||1;1;|||;",
  /** Grants permission to describe draft application version resources import status. Access level: Read. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeDraftAppVersionResourcesImportStatus.html */
  DescribeDraftAppVersionResourcesImportStatus: "R|||1;1;|||;",
  /** Grants permission to describe metrics export. Access level: Read. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeMetricsExport.html */
  DescribeMetricsExport: "R||||||;",
  /** Grants permission to describe resiliency policy. Access level: Read. Resources: resiliency-policy*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeResiliencyPolicy.html */
  DescribeResiliencyPolicy: "R|||4;1;|||;",
  /** Grants permission to describe the latest status of the grouping recommendation process. Access level: Read. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_DescribeResourceGroupingRecommendationTask.html */
  DescribeResourceGroupingRecommendationTask: "R|||1;1;|||;",
  /** Grants permission to retrieve a failure mode finding. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_GetFailureModeFinding.html */
  GetFailureModeFinding: "R|||5;1;1|||",
  /** Grants permission to retrieve a resilience policy. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_GetPolicy.html */
  GetPolicy: "R|||2;1;1|||;",
  /** Grants permission to retrieve a service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_GetService.html */
  GetService: "R|||5;1;1|||;",
  /** Grants permission to retrieve a system. Access level: Read. Resources: system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_GetSystem.html */
  GetSystem: "R|||6;1;1|||;",
  /** Grants permission to retrieve a user journey. Access level: Read. Resources: system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_GetUserJourney.html */
  GetUserJourney: "R|||6;1;1|||;",
  /** Grants permission to import a V1 app into the V2 resource model. Access level: Write. Resources: application*, service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ImportApp.html */
  ImportApp: "W|||1;1;1,5;1;0~2|||",
  /** Grants permission to import a V1 policy into V2. Access level: Write. Resources: policy*, resiliency-policy*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ImportPolicy.html */
  ImportPolicy: "W|||2;1;0~2,4;1;1|||",
  /** Grants permission to import resources to draft application version. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ImportResourcesToDraftAppVersion.html */
  ImportResourcesToDraftAppVersion: "W|||1;1;||0,1,4,5,6,7|;",
  /** Grants permission to list alarm recommendation. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAlarmRecommendations.html */
  ListAlarmRecommendations: "L|||1;1;|||;",
  /** Grants permission to list compliance drifts that were detected while running an assessment. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppAssessmentComplianceDrifts.html */
  ListAppAssessmentComplianceDrifts: "L|||1;1;|||;",
  /** Grants permission to list resource drifts that were detected while running an assessment. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppAssessmentResourceDrifts.html */
  ListAppAssessmentResourceDrifts: "L|||1;1;|||;",
  /** Grants permission to list application assessment. Access level: List. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppAssessments.html */
  ListAppAssessments: "L||||||;",
  /** Grants permission to list app component compliances. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppComponentCompliances.html */
  ListAppComponentCompliances: "L|||1;1;|||;",
  /** Grants permission to list app component recommendations. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppComponentRecommendations.html */
  ListAppComponentRecommendations: "L|||1;1;|||;",
  /** Grants permission to list application input sources. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppInputSources.html */
  ListAppInputSources: "L|||1;1;|||;",
  /** Grants permission to list application version app components. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppVersionAppComponents.html */
  ListAppVersionAppComponents: "L|||1;1;|||;",
  /** Grants permission to application version resource mappings. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppVersionResourceMappings.html */
  ListAppVersionResourceMappings: "L|||1;1;|||;",
  /** Grants permission to list application resources. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppVersionResources.html */
  ListAppVersionResources: "L|||1;1;|||;",
  /** Grants permission to list application version. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAppVersions.html */
  ListAppVersions: "L|||1;1;|||;",
  /** Grants permission to list applications. Access level: List. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListApps.html */
  ListApps: "L||||||;",
  /** Grants permission to list assertions for a service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListAssertions.html */
  ListAssertions: "R|||5;1;1|||;",
  /** Grants permission to list dependencies discovered for services. Access level: Read. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListDependencies.html */
  ListDependencies: "R||||||;",
  /** Grants permission to list failure mode assessments. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListFailureModeAssessments.html */
  ListFailureModeAssessments: "R|||5;1;1|||;",
  /** Grants permission to list failure mode findings. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListFailureModeFindings.html */
  ListFailureModeFindings: "R|||5;1;1|||",
  /** Grants permission to list input sources for a service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListInputSources.html */
  ListInputSources: "R|||5;1;1|||;",
  /** Grants permission to list metrics. Access level: List. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListMetrics.html */
  ListMetrics: "L||||||;",
  /** Grants permission to list resilience policies. Access level: Read. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListPolicies.html */
  ListPolicies: "R||||||;",
  /** Grants permission to list recommendation templates. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListRecommendationTemplates.html */
  ListRecommendationTemplates: "L|||1;1;|||;",
  /** Grants permission to list reports. Access level: Read. Resources: service. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListReports.html */
  ListReports: "R|||5;0;1|||;",
  /** Grants permission to list resiliency policies. Access level: List. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListResiliencyPolicies.html */
  ListResiliencyPolicies: "L||||||;",
  /** Grants permission to list resource grouping recommendations. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListResourceGroupingRecommendations.html */
  ListResourceGroupingRecommendations: "L|||1;1;|||;",
  /** Grants permission to list resources for a service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListResources.html */
  ListResources: "R|||5;1;1|||;",
  /** Grants permission to list events for a service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListServiceEvents.html */
  ListServiceEvents: "R|||5;1;1|||;",
  /** Grants permission to list service functions. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListServiceFunctions.html */
  ListServiceFunctions: "R|||5;1;1|||;",
  /** Grants permission to list service topology edges. Access level: Read. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListServiceTopologyEdges.html */
  ListServiceTopologyEdges: "R|||5;1;1|||",
  /** Grants permission to list services. Access level: Read. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListServices.html */
  ListServices: "R||||||;",
  /** Grants permission to list SOP recommendations. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListSopRecommendations.html */
  ListSopRecommendations: "L|||1;1;|||;",
  /** Grants permission to list suggested resiliency policies. Access level: List. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListSuggestedResiliencyPolicies.html */
  ListSuggestedResiliencyPolicies: "L||||||;",
  /** Grants permission to list events for a system. Access level: Read. Resources: system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListSystemEvents.html */
  ListSystemEvents: "R|||6;1;1|||",
  /** Grants permission to list systems. Access level: Read. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListSystems.html */
  ListSystems: "R||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: app-assessment, application, policy, recommendation-template, resiliency-policy, service, system. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|||;",
  /** Grants permission to list test recommendations. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListTestRecommendations.html */
  ListTestRecommendations: "L|||1;1;|||;",
  /** Grants permission to list unsupported application version resources. Access level: List. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListUnsupportedAppVersionResources.html */
  ListUnsupportedAppVersionResources: "L|||1;1;|||;",
  /** Grants permission to list user journeys for a system. Access level: Read. Resources: system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ListUserJourneys.html */
  ListUserJourneys: "R|||6;1;1|||;",
  /** Grants permission to publish application version. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_PublishAppVersion.html */
  PublishAppVersion: "W|||1;1;|||;",
  /** Grants permission to put draft application version template. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_PutDraftAppVersionTemplate.html */
  PutDraftAppVersionTemplate: "W|||1;1;|||;",
  /** Grants permission to reject resource grouping recommendations. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_RejectResourceGroupingRecommendations.html */
  RejectResourceGroupingRecommendations: "W|||1;1;|||;",
  /** Grants permission to remove draft application version mappings. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_RemoveDraftAppVersionResourceMappings.html */
  RemoveDraftAppVersionResourceMappings: "W|||1;1;|||;",
  /** Grants permission to resolve application version resources. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_ResolveAppVersionResources.html */
  ResolveAppVersionResources: "W|||1;1;||0,1,4,5,6,7|;",
  /** Grants permission to create application assessment. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_StartAppAssessment.html */
  StartAppAssessment:
    "W|||1;1;|0,2|0,1,cloudwatch:DescribeAlarms,cloudwatch:GetMetricData,cloudwatch:GetMetricStatistics,cloudwatch:PutMetricData,ec2:DescribeRegions,fis:GetExperimentTemplate,fis:ListExperimentTemplates,fis:ListExperiments,3,4,5,6,7,ssm:GetParametersByPath|;",
  /** Grants permission to start a failure mode assessment. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_StartFailureModeAssessment.html */
  StartFailureModeAssessment: "W|||5;1;1|||;",
  /** Grants permission to start the metrics export. Access level: Write. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_StartMetricsExport.html */
  StartMetricsExport: "W||||||;",
  /** Grants permission to start the grouping recommendation generation process. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_StartResourceGroupingRecommendationTask.html */
  StartResourceGroupingRecommendationTask: "W|||1;1;|||;",
  /** Grants permission to assign a resource tag. Access level: Tagging. Resources: app-assessment, application, policy, recommendation-template, resiliency-policy, service, system. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|0,2||CreateApp,CreateResiliencyPolicy,StartAppAssessment,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: app-assessment, application, policy, recommendation-template, resiliency-policy, service, system. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|2||;",
  /** Grants permission to update application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateApp.html */
  UpdateApp: "W|||1;1;||2|;",
  /** Grants permission to update application version. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateAppVersion.html */
  UpdateAppVersion: "W|||1;1;|||;",
  /** Grants permission to update application app component. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateAppVersionAppComponent.html */
  UpdateAppVersionAppComponent: "W|||1;1;|||;",
  /** Grants permission to update application resource. Access level: Write. Resources: application*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateAppVersionResource.html */
  UpdateAppVersionResource: "W|||1;1;|||;",
  /** Grants permission to update an assertion. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateAssertion.html */
  UpdateAssertion: "W|||5;1;1|||",
  /** Grants permission to update a dependency classification. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateDependency.html */
  UpdateDependency: "W|||5;1;1|||",
  /** Grants permission to update a failure mode finding. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateFailureModeFinding.html */
  UpdateFailureModeFinding: "W|||5;1;1|||",
  /** Grants permission to update a resilience policy. Access level: Write. Resources: policy*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdatePolicy.html */
  UpdatePolicy: "W|||2;1;1|||;",
  /** Grants permission to update resiliency policy. Access level: Write. Resources: resiliency-policy*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateResiliencyPolicy.html */
  UpdateResiliencyPolicy: "W|||4;1;|||;",
  /** Grants permission to update a service. Access level: Write. Resources: policy, service*, system. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateService.html */
  UpdateService: "W|||2;0;1,5;1;1,6;0;1||2|;",
  /** Grants permission to update a service function. Access level: Write. Resources: service*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateServiceFunction.html */
  UpdateServiceFunction: "W|||5;1;1|||;",
  /** Grants permission to update a system. Access level: Write. Resources: system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateSystem.html */
  UpdateSystem: "W|||6;1;1|||;",
  /** Grants permission to update a user journey. Access level: Write. Resources: policy, system*. https://docs.aws.amazon.com/resilience-hub/latest/APIReference/API_UpdateUserJourney.html */
  UpdateUserJourney: "W|||2;0;1,6;1;1|||;",
} as const;
const actionDetails = {
  AcceptResourceGroupingRecommendations: "|,;~~~|Grants permission to accept resource grouping recommendations",
  AddDraftAppVersionResourceMappings: "|,;~~~|Grants permission to add draft application version resource mappings",
  BatchUpdateRecommendationStatus:
    "|,;~~~|Grants permission to include or exclude one or more operational recommendations",
  CreateApp: "|,;~~~|Grants permission to create application",
  CreateAppVersionAppComponent: "|,;~~~|Grants permission to create application app component",
  CreateAppVersionResource: "|,;~~~|Grants permission to create application resource",
  CreateAssertion: "|,;~~resiliencehubv2~|Grants permission to create an assertion for a service",
  CreateInputSource: "|,;~~resiliencehubv2~|Grants permission to create an input source for a service",
  CreatePolicy:
    "|,;~~resiliencehubv2~|Grants permission to create a resilience policy that defines availability and disaster recovery requirements",
  CreateRecommendationTemplate: "|,;~~~|Grants permission to create recommendation template",
  CreateReport: "|,;~|Grants permission to create a report for a service",
  CreateResiliencyPolicy: "|,;~~~|Grants permission to create resiliency policy",
  CreateService: "|,;~~resiliencehubv2~|Grants permission to create a service",
  CreateServiceFunction: "|,;~~resiliencehubv2~|Grants permission to create a service function",
  CreateServiceFunctionResources: "|,;~|Grants permission to create service function resources",
  CreateSystem:
    "|,;~~resiliencehubv2~|Grants permission to create a system that represents a logical grouping of services",
  CreateUserJourney: "|,;~~resiliencehubv2~|Grants permission to create a user journey within a system",
  DeleteApp: "|,;~~~|Grants permission to batch delete application",
  DeleteAppAssessment: "|,;~~~|Grants permission to batch delete application assessment",
  DeleteAppInputSource: "|,;~~~|Grants permission to remove application input source",
  DeleteAppVersionAppComponent: "|,;~~~|Grants permission to delete application app component",
  DeleteAppVersionResource: "|,;~~~|Grants permission to delete application resource",
  DeleteAssertion: "|,;~~resiliencehubv2~|Grants permission to delete an assertion",
  DeleteInputSource: "|,;~~resiliencehubv2~|Grants permission to delete an input source",
  DeletePolicy: "|,;~~resiliencehubv2~|Grants permission to delete a resilience policy",
  DeleteRecommendationTemplate: "|,;~~~|Grants permission to batch delete recommendation template",
  DeleteResiliencyPolicy: "|,;~~~|Grants permission to batch delete resiliency policy",
  DeleteService: "|,;~~resiliencehubv2~|Grants permission to delete a service",
  DeleteServiceFunction: "|,;~~resiliencehubv2~|Grants permission to delete a service function",
  DeleteServiceFunctionResources: "|,;~|Grants permission to delete service function resources",
  DeleteSystem: "|,;~~resiliencehubv2~|Grants permission to delete a system",
  DeleteUserJourney: "|,;~~resiliencehubv2~|Grants permission to delete a user journey",
  DescribeApp: "|,;~~~|Grants permission to describe application",
  DescribeAppAssessment: "|,;~~~|Grants permission to describe application assessment",
  DescribeAppVersion: "|,;~~~|Grants permission to describe application version",
  DescribeAppVersionAppComponent: "|,;~~~|Grants permission to describe application version app component",
  DescribeAppVersionResource: "|,;~~~|Grants permission to describe application version resource",
  DescribeAppVersionResourcesResolutionStatus: "|,;~~~|Grants permission to describe application resolution",
  DescribeAppVersionTemplate: "|,;~~~|Grants permission to describe application version template",
  DescribeDraftAppVersionResourcesImportStatus:
    "|,;~~~|Grants permission to describe draft application version resources import status",
  DescribeMetricsExport: "|,;~~~|Grants permission to describe metrics export",
  DescribeResiliencyPolicy: "|,;~~~|Grants permission to describe resiliency policy",
  DescribeResourceGroupingRecommendationTask:
    "|,;~~~|Grants permission to describe the latest status of the grouping recommendation process",
  GetFailureModeFinding: "|,;~|Grants permission to retrieve a failure mode finding",
  GetPolicy: "|,;~~resiliencehubv2~|Grants permission to retrieve a resilience policy",
  GetService: "|,;~~resiliencehubv2~|Grants permission to retrieve a service",
  GetSystem: "|,;~~resiliencehubv2~|Grants permission to retrieve a system",
  GetUserJourney: "|,;~~resiliencehubv2~|Grants permission to retrieve a user journey",
  ImportApp: "|,;~|Grants permission to import a V1 app into the V2 resource model",
  ImportPolicy: "|,;~|Grants permission to import a V1 policy into V2",
  ImportResourcesToDraftAppVersion: "|,;~~~|Grants permission to import resources to draft application version",
  ListAlarmRecommendations: "|,;~~~|Grants permission to list alarm recommendation",
  ListAppAssessmentComplianceDrifts:
    "|,;~~~|Grants permission to list compliance drifts that were detected while running an assessment",
  ListAppAssessmentResourceDrifts:
    "|,;~~~|Grants permission to list resource drifts that were detected while running an assessment",
  ListAppAssessments: "|,;~~~|Grants permission to list application assessment",
  ListAppComponentCompliances: "|,;~~~|Grants permission to list app component compliances",
  ListAppComponentRecommendations: "|,;~~~|Grants permission to list app component recommendations",
  ListAppInputSources: "|,;~~~|Grants permission to list application input sources",
  ListAppVersionAppComponents: "|,;~~~|Grants permission to list application version app components",
  ListAppVersionResourceMappings: "|,;~~~|Grants permission to application version resource mappings",
  ListAppVersionResources: "|,;~~~|Grants permission to list application resources",
  ListAppVersions: "|,;~~~|Grants permission to list application version",
  ListApps: "|,;~~~|Grants permission to list applications",
  ListAssertions: "|,;~~resiliencehubv2~|Grants permission to list assertions for a service",
  ListDependencies: "|,;~~resiliencehubv2~|Grants permission to list dependencies discovered for services",
  ListFailureModeAssessments: "|,;~~resiliencehubv2~|Grants permission to list failure mode assessments",
  ListFailureModeFindings: "|,;~|Grants permission to list failure mode findings",
  ListInputSources: "|,;~~resiliencehubv2~|Grants permission to list input sources for a service",
  ListMetrics: "|,;~~~|Grants permission to list metrics",
  ListPolicies: "|,;~~resiliencehubv2~|Grants permission to list resilience policies",
  ListRecommendationTemplates: "|,;~~~|Grants permission to list recommendation templates",
  ListReports: "|,;~~resiliencehubv2~|Grants permission to list reports",
  ListResiliencyPolicies: "|,;~~~|Grants permission to list resiliency policies",
  ListResourceGroupingRecommendations: "|,;~~~|Grants permission to list resource grouping recommendations",
  ListResources: "|,;~~resiliencehubv2~|Grants permission to list resources for a service",
  ListServiceEvents: "|,;~~resiliencehubv2~|Grants permission to list events for a service",
  ListServiceFunctions: "|,;~~resiliencehubv2~|Grants permission to list service functions",
  ListServiceTopologyEdges: "|,;~|Grants permission to list service topology edges",
  ListServices: "|,;~~resiliencehubv2~|Grants permission to list services",
  ListSopRecommendations: "|,;~~~|Grants permission to list SOP recommendations",
  ListSuggestedResiliencyPolicies: "|,;~~~|Grants permission to list suggested resiliency policies",
  ListSystemEvents: "|,;~|Grants permission to list events for a system",
  ListSystems: "|,;~~resiliencehubv2~|Grants permission to list systems",
  ListTagsForResource: "|,;~~~;~resiliencehubv2~|Grants permission to list tags for a resource",
  ListTestRecommendations: "|,;~~~|Grants permission to list test recommendations",
  ListUnsupportedAppVersionResources: "|,;~~~|Grants permission to list unsupported application version resources",
  ListUserJourneys: "|,;~~resiliencehubv2~|Grants permission to list user journeys for a system",
  PublishAppVersion: "|,;~~~|Grants permission to publish application version",
  PutDraftAppVersionTemplate: "|,;~~~|Grants permission to put draft application version template",
  RejectResourceGroupingRecommendations: "|,;~~~|Grants permission to reject resource grouping recommendations",
  RemoveDraftAppVersionResourceMappings: "|,;~~~|Grants permission to remove draft application version mappings",
  ResolveAppVersionResources: "|,;~~~|Grants permission to resolve application version resources",
  StartAppAssessment: "|,;~~~|Grants permission to create application assessment",
  StartFailureModeAssessment: "|,;~~resiliencehubv2~|Grants permission to start a failure mode assessment",
  StartMetricsExport: "|,;~~~|Grants permission to start the metrics export",
  StartResourceGroupingRecommendationTask:
    "|,;~~~|Grants permission to start the grouping recommendation generation process",
  TagResource: "|,;~~~,~~,~~,~~;~resiliencehubv2~|Grants permission to assign a resource tag",
  UntagResource: "|,;~~~;~resiliencehubv2~|Grants permission to untag a resource",
  UpdateApp: "|,;~~~|Grants permission to update application",
  UpdateAppVersion: "|,;~~~|Grants permission to update application version",
  UpdateAppVersionAppComponent: "|,;~~~|Grants permission to update application app component",
  UpdateAppVersionResource: "|,;~~~|Grants permission to update application resource",
  UpdateAssertion: "|,;~|Grants permission to update an assertion",
  UpdateDependency: "|,;~|Grants permission to update a dependency classification",
  UpdateFailureModeFinding: "|,;~|Grants permission to update a failure mode finding",
  UpdatePolicy: "|,;~~resiliencehubv2~|Grants permission to update a resilience policy",
  UpdateResiliencyPolicy: "|,;~~~|Grants permission to update resiliency policy",
  UpdateService: "|,;~~resiliencehubv2~|Grants permission to update a service",
  UpdateServiceFunction: "|,;~~resiliencehubv2~|Grants permission to update a service function",
  UpdateSystem: "|,;~~resiliencehubv2~|Grants permission to update a system",
  UpdateUserJourney: "|,;~~resiliencehubv2~|Grants permission to update a user journey",
};
const resourceTypeFacts = {
  /** The app-assessment resource type: arn:${Partition}:resiliencehub:${Region}:${Account}:app-assessment/${AppAssessmentId} */
  "app-assessment": "|,appAssessment|1",
  /** The application resource type: arn:${Partition}:resiliencehub:${Region}:${Account}:app/${AppId} */
  application: "|,|1",
  /** The policy resource type: arn:${Partition}:resiliencehub:${Region}:${Account}:policy/${PolicyId} */
  policy: "|,|1",
  /** The recommendation-template resource type: arn:${Partition}:resiliencehub:${Region}:${Account}:recommendation-template/${RecommendationTemplateId} */
  "recommendation-template": "|,recommendationTemplate|1",
  /** The resiliency-policy resource type: arn:${Partition}:resiliencehub:${Region}:${Account}:resiliency-policy/${ResiliencyPolicyId} */
  "resiliency-policy": "|,resiliencyPolicy|1",
  /** The service resource type: arn:${Partition}:resiliencehub:${Region}:${Account}:service/${ServiceId} */
  service: "|,|1",
  /** The system resource type: arn:${Partition}:resiliencehub:${Region}:${Account}:system/${SystemId} */
  system: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a app-assessment resource: arn:${Partition}:resiliencehub:${Region}:${Account}:app-assessment/${AppAssessmentId}. */
  appAssessment: "|,app-assessment|arn:|Partition|:resiliencehub:|Region|:|Account|:app-assessment/|AppAssessmentId|",
  /** ARN of a application resource: arn:${Partition}:resiliencehub:${Region}:${Account}:app/${AppId}. */
  application: "|,application|arn:|Partition|:resiliencehub:|Region|:|Account|:app/|AppId|",
  /** ARN of a policy resource: arn:${Partition}:resiliencehub:${Region}:${Account}:policy/${PolicyId}. */
  policy: "|,policy|arn:|Partition|:resiliencehub:|Region|:|Account|:policy/|PolicyId|",
  /** ARN of a recommendation-template resource: arn:${Partition}:resiliencehub:${Region}:${Account}:recommendation-template/${RecommendationTemplateId}. */
  recommendationTemplate:
    "|,recommendation-template|arn:|Partition|:resiliencehub:|Region|:|Account|:recommendation-template/|RecommendationTemplateId|",
  /** ARN of a resiliency-policy resource: arn:${Partition}:resiliencehub:${Region}:${Account}:resiliency-policy/${ResiliencyPolicyId}. */
  resiliencyPolicy:
    "|,resiliency-policy|arn:|Partition|:resiliencehub:|Region|:|Account|:resiliency-policy/|ResiliencyPolicyId|",
  /** ARN of a service resource: arn:${Partition}:resiliencehub:${Region}:${Account}:service/${ServiceId}. */
  service: "|,service|arn:|Partition|:resiliencehub:|Region|:|Account|:service/|ServiceId|",
  /** ARN of a system resource: arn:${Partition}:resiliencehub:${Region}:${Account}:system/${SystemId}. */
  system: "|,system|arn:|Partition|:resiliencehub:|Region|:|Account|:system/|SystemId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "app-assessment",
  "application",
  "policy",
  "recommendation-template",
  "resiliency-policy",
  "service",
  "system",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "resiliencehub">;
/** Any resiliencehub action. */
export type Action = ActionOf<typeof actionFacts, "resiliencehub">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "resiliencehub">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "resiliencehub" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every resiliencehub action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "resiliencehub",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
