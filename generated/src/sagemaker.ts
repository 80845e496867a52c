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
export const prefix: "sagemaker" = "sagemaker";
/** The service's name in the reference. */
export const serviceName: "Amazon SageMaker" = "Amazon SageMaker";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon SageMaker",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemaker.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "sagemaker:AcceleratorTypes",
  "sagemaker:AppNetworkAccessType",
  "sagemaker:CurrentCustomerMetadataProperties/${MetadataKey}",
  "sagemaker:CurrentModelLifeCycleStage",
  "sagemaker:CurrentModelLifeCycleStageStatus",
  "sagemaker:CustomerMetadataProperties/${MetadataKey}",
  "sagemaker:CustomerMetadataPropertiesToRemove",
  "sagemaker:DirectGatedModelAccess",
  "sagemaker:DirectInternetAccess",
  "sagemaker:DomainId",
  "sagemaker:DomainSharingOutputKmsKey",
  "sagemaker:EnableRemoteDebug",
  "sagemaker:FeatureGroupDisableGlueTableCreation",
  "sagemaker:FeatureGroupEnableOnlineStore",
  "sagemaker:FeatureGroupOfflineStoreConfig",
  "sagemaker:FeatureGroupOfflineStoreKmsKey",
  "sagemaker:FeatureGroupOfflineStoreS3Uri",
  "sagemaker:FeatureGroupOnlineStoreKmsKey",
  "sagemaker:FileSystemAccessMode",
  "sagemaker:FileSystemDirectoryPath",
  "sagemaker:FileSystemId",
  "sagemaker:FileSystemType",
  "sagemaker:HomeEfsFileSystemKmsKey",
  "sagemaker:ImageArns",
  "sagemaker:ImageVersionArns",
  "sagemaker:InstanceTypes",
  "sagemaker:InterContainerTrafficEncryption",
  "sagemaker:KeepAlivePeriod",
  "sagemaker:MaxRuntimeInSeconds",
  "sagemaker:MinimumInstanceMetadataServiceVersion",
  "sagemaker:ModelApprovalStatus",
  "sagemaker:ModelArn",
  "sagemaker:ModelLifeCycle:Stage",
  "sagemaker:ModelLifeCycle:StageStatus",
  "sagemaker:NetworkIsolation",
  "sagemaker:NotebookInstanceLifecycleConfigArns",
  "sagemaker:OutputKmsKey",
  "sagemaker:OwnerUserProfileArn",
  "sagemaker:PipelineVersionId",
  "sagemaker:RemoteAccess",
  "sagemaker:ResourceTag/",
  "sagemaker:ResourceTag/${TagKey}",
  "sagemaker:RootAccess",
  "sagemaker:SearchVisibilityCondition/${FilterKey}",
  "sagemaker:ServerlessMaxConcurrency",
  "sagemaker:ServerlessMemorySize",
  "sagemaker:SpaceSharingType",
  "sagemaker:StudioLifecycleConfigArns",
  "sagemaker:TaggingAction",
  "sagemaker:TargetModel",
  "sagemaker:UserProfileName",
  "sagemaker:VolumeKmsKey",
  "sagemaker:VpcSecurityGroupIds",
  "sagemaker:VpcSubnets",
  "sagemaker:WorkteamArn",
  "sagemaker:WorkteamType",
] as const;
const dependentActionList = [
  "ec2:DescribeImages",
  "ec2:DescribeSnapshots",
  "ec2:DescribeVolumes",
  "ec2:ModifyImageAttribute",
  "ec2:ModifySnapshotAttribute",
  "eks:AssociateAccessPolicy",
  "eks:CreateAccessEntry",
  "eks:DeleteAccessEntry",
  "eks:DescribeAccessEntry",
  "eks:DescribeCluster",
  "eks:ListAssociatedAccessPolicies",
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
  "sagemaker:AddTags",
  "sagemaker:DescribeCluster",
  "sagemaker:UpdateClusterSoftware",
] as const;
const actionFacts = {
  /** Grants permission to access model package that can be used in Amazon SageMaker training or hosting services. Access level: Read. Resources: model-package*. Permission only. https://docs.aws.amazon.com/sagemaker/latest/APIReference/ */
  AccessModelPackage: "R||1|47;1;|||",
  /** Grants permission to associate a lineage entity (artifact, context, action, experiment, experiment-trial-component) to each other. Access level: Write. Resources: action*, artifact*, context*, experiment*, experiment-trial-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AddAssociation.html */
  AddAssociation: "W|||0;1;,7;1;,14;1;,23;1;,25;1;|||;",
  /** Grants permission to add or overwrite one or more tags for the specified Amazon SageMaker resource. Access level: Tagging. Resources: action, ai-benchmark-job, ai-recommendation-job, ai-workload-config, algorithm, app, app-image-config, artifact, automl-job, cluster, cluster-scheduler-config, code-repository, compilation-job, compute-quota, context, data-quality-job-definition, device, device-fleet, domain, edge-deployment-plan, edge-packaging-job, endpoint, endpoint-config, experiment, experiment-trial, experiment-trial-component, feature-group, flow-definition, hub, hub-content, human-task-ui, hyper-parameter-tuning-job, image, inference-component, inference-recommendations-job, labeling-job, mlflow-app, mlflow-tracking-server, model, model-bias-job-definition, model-card, model-explainability-job-definition, model-package, model-package-group, model-quality-job-definition, monitoring-schedule, notebook-instance, notebook-instance-lifecycle-config, optimization-job, partner-app, pipeline, processing-job, project, reserved-capacity, space, studio-lifecycle-config, training-job, training-plan, transform-job, user-profile, workteam. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AddTags.html */
  AddTags:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;,21;0;,22;0;,23;0;,24;0;,25;0;,26;0;,27;0;,28;0;,29;0;,31;0;,32;0;,33;0;,35;0;,37;0;,38;0;,40;0;,41;0;,42;0;,43;0;,44;0;,46;0;,47;0;5~6~7,48;0;,49;0;,50;0;,52;0;,53;0;,54;0;,55;0;,56;0;,58;0;,59;0;,60;0;,64;0;,65;0;,66;0;,67;0;,68;0;,69;0;,71;0;|0,2,51||;,CreateAIBenchmarkJob,CreateAIRecommendationJob,CreateAIWorkloadConfig,CreateAction,CreateAlgorithm,CreateApp,CreateAppImageConfig,CreateArtifact,CreateAutoMLJob,CreateAutoMLJobV2,CreateCluster,CreateClusterSchedulerConfig,CreateCodeRepository,CreateCompilationJob,CreateComputeQuota,CreateContext,CreateDataQualityJobDefinition,CreateDomain,CreateEndpoint,CreateEndpointConfig,CreateExperiment,CreateFeatureGroup,CreateFlowDefinition,CreateHub,CreateHubContentReference,CreateHumanTaskUi,CreateHyperParameterTuningJob,CreateImage,CreateInferenceComponent,CreateInferenceExperiment,CreateInferenceRecommendationsJob,CreateLabelingJob,CreateMlflowApp,CreateMlflowTrackingServer,CreateModel,CreateModelBiasJobDefinition,CreateModelCard,CreateModelExplainabilityJobDefinition,CreateModelPackage,CreateModelPackageGroup,CreateModelQualityJobDefinition,CreateMonitoringSchedule,CreateNotebookInstance,CreateNotebookInstanceLifecycleConfig,CreateOptimizationJob,CreatePartnerApp,CreatePipeline,CreateProcessingJob,CreateProject,CreateSpace,CreateStudioLifecycleConfig,CreateTrainingJob,CreateTrainingPlan,CreateTransformJob,CreateTrial,CreateTrialComponent,CreateUserProfile,CreateWorkforce,CreateWorkteam,ImportHubContent,UpdatePartnerApp,UpdateProject",
  /** Grants permission to associate a trial component with a trial. Access level: Write. Resources: experiment-trial*, experiment-trial-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AssociateTrialComponent.html */
  AssociateTrialComponent: "W|||24;1;,25;1;|||;",
  /** Grants permission to attach an Amazon EBS volume to a SageMaker HyperPod cluster node. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AttachClusterNodeVolume.html */
  AttachClusterNodeVolume: "W|||9;1;||ec2:AttachVolume,2,9|;",
  /** Grants permission to add multiple nodes at a time to a SageMaker HyperPod cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_BatchAddClusterNodes.html */
  BatchAddClusterNodes: "W|||9;1;||9|;,UpdateCluster",
  /** Grants permission to batch delete SageMaker HyperPod cluster nodes. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_BatchDeleteClusterNodes.html */
  BatchDeleteClusterNodes: "W|||9;1;||9|;,UpdateCluster",
  /** Grants permission to describe one or more ModelPackages. Access level: Read. Resources: model-package*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_BatchDescribeModelPackage.html */
  BatchDescribeModelPackage: "R|||47;1;5~6~7|||;",
  /** Grants permission to retrieve metrics associated with SageMaker Resources such as Training Jobs or Trial Components. Access level: Read. Resources: experiment-trial-component*, training-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/ */
  BatchGetMetrics: "R|||25;1;,66;1;|||;",
  /** Grants permission to get a batch of records from one or more feature groups. Access level: Read. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_feature_store_BatchGetRecord.html */
  BatchGetRecord: "R|||26;1;|||;",
  /** Grants permission to publish metrics associated with a SageMaker Resource such as a Training Job or Trial Component. Access level: Write. Resources: experiment-trial-component*, training-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/ */
  BatchPutMetrics: "W|||25;1;,66;1;|||;",
  /** Grants permission to invoke MLflow APIs. Access level: Write. Resources: mlflow-app*. https://docs.aws.amazon.com/sagemaker/latest/dg/mlflow.html */
  CallMlflowAppApi: "W|||40;1;|||",
  /** Grants permission for Partner App SDK to access the Partner App for reading or writing data use cases. Access level: Write. Resources: partner-app*. https://docs.aws.amazon.com/sagemaker/latest/dg/partner-apps-onboard.html */
  CallPartnerAppApi: "W|||55;1;|||",
  /** Grants permission to create an AI benchmark job. Access level: Write. Resources: ai-benchmark-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAIBenchmarkJob.html */
  CreateAIBenchmarkJob: "W|||1;1;|0,2|12,13|;",
  /** Grants permission to create an AI recommendation job. Access level: Write. Resources: ai-recommendation-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAIRecommendationJob.html */
  CreateAIRecommendationJob: "W|||2;1;|0,2|12,13|;",
  /** Grants permission to create an AI workload configuration. Access level: Write. Resources: ai-workload-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAIWorkloadConfig.html */
  CreateAIWorkloadConfig: "W|||3;1;|0,2|13|;",
  /** Grants permission to create an action. Access level: Write. Resources: action*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAction.html */
  CreateAction: "W|||0;1;|0,2|13|;",
  /** Grants permission to create an algorithm. Access level: Write. Resources: algorithm*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAlgorithm.html */
  CreateAlgorithm: "W|||4;1;|0,2|12,13|;",
  /** Grants permission to create an App for a SageMaker UserProfile or Space. Access level: Write. Resources: app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateApp.html */
  CreateApp: "W|||5;1;|0,2,26,27,28,40,49,50|13|;",
  /** Grants permission to create an AppImageConfig. Access level: Write. Resources: app-image-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAppImageConfig.html */
  CreateAppImageConfig: "W|||6;1;|0,2|13|;",
  /** Grants permission to create an artifact. Access level: Write. Resources: artifact*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateArtifact.html */
  CreateArtifact: "W|||7;1;|0,2|13|;",
  /** Grants permission to create an AutoML job. Access level: Write. Resources: automl-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAutoMLJob.html */
  CreateAutoMLJob: "W|||8;1;|0,2,29,39,54,55,56|12,13|;",
  /** Grants permission to create a V2 AutoML job. Access level: Write. Resources: automl-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAutoMLJobV2.html */
  CreateAutoMLJobV2: "W|||8;1;|0,2,29,39,54,55,56|12,13|;",
  /** Grants permission to create a SageMaker HyperPod cluster. Access level: Write. Resources: cluster*, reserved-capacity, training-plan. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCluster.html */
  CreateCluster: "W|||9;1;,60;0;,67;0;|0,2,28,55,56|0,1,3,4,5,6,7,8,9,11,12,13,15|;",
  /** Grants permission to create a cluster scheduler config. Access level: Write. Resources: cluster*, cluster-scheduler-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateClusterSchedulerConfig.html */
  CreateClusterSchedulerConfig: "W|||9;1;,10;1;|0,2|5,9,10,13,14|;",
  /** Grants permission to create a CodeRepository. Access level: Write. Resources: code-repository*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCodeRepository.html */
  CreateCodeRepository: "W|||11;1;|0,2|13|;",
  /** Grants permission to create a compilation job. Access level: Write. Resources: compilation-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCompilationJob.html */
  CreateCompilationJob: "W|||12;1;|0,2|12,13|;",
  /** Grants permission to create a compute quota. Access level: Write. Resources: cluster*, compute-quota*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateComputeQuota.html */
  CreateComputeQuota: "W|||9;1;,13;1;|0,2|5,9,10,13,14|;",
  /** Grants permission to create a context. Access level: Write. Resources: context*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateContext.html */
  CreateContext: "W|||14;1;|0,2|13|;",
  /** Grants permission to create a data quality job definition. Access level: Write. Resources: data-quality-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDataQualityJobDefinition.html */
  CreateDataQualityJobDefinition: "W|||15;1;|0,2,28,29,31,37,39,54,55,56|12,13|;",
  /** Grants permission to create a device fleet. Access level: Write. Resources: device-fleet*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDeviceFleet.html */
  CreateDeviceFleet: "W|||17;1;|0,2|12,13|",
  /** Grants permission to create a Domain for SageMaker Studio. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html */
  CreateDomain: "W|||18;1;|0,2,4,13,26,27,28,50,54,55,56|11,12,13|;",
  /** Grants permission to create an edge deployment plan. Access level: Write. Resources: edge-deployment-plan*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEdgeDeploymentPlan.html */
  CreateEdgeDeploymentPlan: "W|||19;1;|0,2|12,13|",
  /** Grants permission to create an edge deployment stage. Access level: Write. Resources: edge-deployment-plan*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEdgeDeploymentStage.html */
  CreateEdgeDeploymentStage: "W|||19;1;|0,2|12,13|",
  /** Grants permission to create an edge packaging job. Access level: Write. Resources: edge-packaging-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEdgePackagingJob.html */
  CreateEdgePackagingJob: "W|||20;1;|0,2|12,13|",
  /** Grants permission to create an endpoint using the endpoint configuration specified in the request. Access level: Write. Resources: endpoint*, endpoint-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpoint.html */
  CreateEndpoint: "W|||21;1;,22;1;|0,2|13|;",
  /** Grants permission to create an endpoint configuration that can be deployed using Amazon SageMaker hosting services. Access level: Write. Resources: endpoint-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html */
  CreateEndpointConfig: "W|||22;1;|0,2,3,28,34,37,47,48,54,55,56|12,13|;",
  /** Grants permission to create an experiment. Access level: Write. Resources: experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateExperiment.html */
  CreateExperiment: "W|||23;1;|0,2|13|;",
  /** Grants permission to create a feature group. Access level: Write. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateFeatureGroup.html */
  CreateFeatureGroup: "W|||26;1;|0,2,15,16,17,18,19,20|12,13|;",
  /** Grants permission to create a flow definition, which defines settings for a human workflow. Access level: Write. Resources: flow-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateFlowDefinition.html */
  CreateFlowDefinition: "W|||27;1;|0,2,57,58|12,13|;",
  /** Grants permission to create a hub. Access level: Write. Resources: hub*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHub.html */
  CreateHub: "W|||28;1;|0,2|13|;",
  /** Grants permission to generate S3 presigned URLs with GetObject permission for accessing model artifacts. Access level: Read. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHubContentPresignedUrls.html */
  CreateHubContentPresignedUrls: "R|||28;1;,29;1;|||;",
  /** Grants permission to create hub content reference. Access level: Write. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHubContentReference.html */
  CreateHubContentReference: "W|||28;1;,29;1;|0,2|13|;",
  /** Grants permission to define the settings you will use for the human review workflow user interface. Access level: Write. Resources: human-task-ui*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHumanTaskUi.html */
  CreateHumanTaskUi: "W|||31;1;|0,2|13|;",
  /** Grants permission to create a hyper parameter tuning job that can be deployed using Amazon SageMaker. Access level: Write. Resources: hyper-parameter-tuning-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHyperParameterTuningJob.html */
  CreateHyperParameterTuningJob: "W|||32;1;|0,2,21,22,23,24,28,29,31,37,39,54,55,56|12,13|;",
  /** Grants permission to create a SageMaker Image. Access level: Write. Resources: image*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateImage.html */
  CreateImage: "W|||33;1;|0,2|12,13|;",
  /** Grants permission to create a SageMaker ImageVersion. Access level: Write. Resources: image*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateImageVersion.html */
  CreateImageVersion: "W|||33;1;|||;",
  /** Grants permission to create an inference component on an endpoint. Access level: Write. Resources: endpoint*, inference-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateInferenceComponent.html */
  CreateInferenceComponent: "W|||21;1;,35;1;|0,2,34|13|;",
  /** Grants permission to create an inference experiment. Access level: Write. Resources: inference-experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateInferenceExperiment.html */
  CreateInferenceExperiment: "W|||36;1;|0,2|12,13|;",
  /** Grants permission to create an inference recommendations job. Access level: Write. Resources: inference-recommendations-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateInferenceRecommendationsJob.html */
  CreateInferenceRecommendationsJob: "W|||37;1;|0,2|12,13|;",
  /** Grants permission to start a labeling job. A labeling job takes unlabeled data in and produces labeled data as output, which can be used for training SageMaker models. Access level: Write. Resources: labeling-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateLabelingJob.html */
  CreateLabelingJob: "W|||38;1;|0,2,39,54,57,58|12,13|;",
  /** Grants permission to create a lineage group policy. Access level: Write. https://docs.aws.amazon.com/sagemaker/latest/APIReference/Welcome.html */
  CreateLineageGroupPolicy: "W||||||",
  /** Grants permission to create an MLflow app. Access level: Write. Resources: mlflow-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateMlflowApp.html */
  CreateMlflowApp: "W|||40;1;|0,2|12,13|;",
  /** Grants permission to create an MLflow tracking server. Access level: Write. Resources: mlflow-tracking-server*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateMlflowTrackingServer.html */
  CreateMlflowTrackingServer: "W|||41;1;1~44|0,2|12,13|;",
  /** Grants permission to create a model in Amazon SageMaker. In the request, you specify a name for the model and describe one or more containers. Access level: Write. Resources: model*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html */
  CreateModel: "W|||42;1;|0,2,10,37,55,56|12,13|;",
  /** Grants permission to create a model bias job definition. Access level: Write. Resources: model-bias-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelBiasJobDefinition.html */
  CreateModelBiasJobDefinition: "W|||43;1;|0,2,28,29,31,37,39,54,55,56|12,13|;",
  /** Grants permission to create a model card. Access level: Write. Resources: model-card*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelCard.html */
  CreateModelCard: "W|||44;1;|0,2|13|;",
  /** Grants permission to create an export job for a model card. Access level: Write. Resources: model-card*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelCardExportJob.html */
  CreateModelCardExportJob: "W|||44;1;|||;",
  /** Grants permission to create a model explainability job definition. Access level: Write. Resources: model-explainability-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelExplainabilityJobDefinition.html */
  CreateModelExplainabilityJobDefinition: "W|||46;1;|0,2,28,29,31,37,39,54,55,56|12,13|;",
  /** Grants permission to create a ModelPackage. Access level: Write. Resources: model-package. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelPackage.html */
  CreateModelPackage: "W|||47;0;5~6~7|0,2,8,33,35,36|12,13|;",
  /** Grants permission to create a ModelPackageGroup. Access level: Write. Resources: model-package-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelPackageGroup.html */
  CreateModelPackageGroup: "W|||48;1;|0,2|13|;",
  /** Grants permission to create a model quality job definition. Access level: Write. Resources: model-quality-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelQualityJobDefinition.html */
  CreateModelQualityJobDefinition: "W|||49;1;|0,2,28,29,31,37,39,54,55,56|12,13|;",
  /** Grants permission to create a monitoring schedule. Access level: Write. Resources: monitoring-schedule*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateMonitoringSchedule.html */
  CreateMonitoringSchedule: "W|||50;1;|0,2,28,29,31,37,39,54,55,56|12,13|;",
  /** Grants permission to create an Amazon SageMaker notebook instance. A notebook instance is an Amazon EC2 instance running on a Jupyter Notebook. Access level: Write. Resources: notebook-instance*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html */
  CreateNotebookInstance: "W|||52;1;|0,2,3,11,28,32,38,45,54,55,56|12,13|;",
  /** Grants permission to create a notebook instance lifecycle configuration that can be deployed using Amazon SageMaker. Access level: Write. Resources: notebook-instance-lifecycle-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstanceLifecycleConfig.html */
  CreateNotebookInstanceLifecycleConfig: "W|||53;1;|0,2|13|;",
  /** Grants permission to create an optimization job. Access level: Write. Resources: optimization-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateOptimizationJob.html */
  CreateOptimizationJob: "W|||54;1;|0,2|12,13|;",
  /** Grants permission to create an Amazon SageMaker Partner AI App. Access level: Write. Resources: partner-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePartnerApp.html */
  CreatePartnerApp: "W|||55;1;|0,2|12,13|;",
  /** Grants permission to return a URL that you can use from your browser to connect to the Amazon SageMaker Partner AI App. Access level: Write. Resources: partner-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePartnerAppPresignedUrl.html */
  CreatePartnerAppPresignedUrl: "W|||55;1;|||;",
  /** Grants permission to create a pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePipeline.html */
  CreatePipeline: "W|||56;1;|0,2|12,13|;",
  /** Grants permission to return a URL that you can use from your browser to connect to the Domain as a specified UserProfile when AuthMode is 'IAM'. Access level: Write. Resources: user-profile*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePresignedDomainUrl.html */
  CreatePresignedDomainUrl: "W|||69;1;|||;",
  /** Grants permission to return a URL that you can use from your browser to connect to the MLflow app. Access level: Write. Resources: mlflow-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePresignedMlflowAppUrl.html */
  CreatePresignedMlflowAppUrl: "W|||40;1;|||;",
  /** Grants permission to return a URL that you can use from your browser to connect to the MLflow tracking server. Access level: Write. Resources: mlflow-tracking-server*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePresignedMlflowTrackingServerUrl.html */
  CreatePresignedMlflowTrackingServerUrl: "W|||41;1;1~44|||;",
  /** Grants permission to create a URL that you can use from your browser to connect to the Notebook Instance. Access level: Write. Resources: notebook-instance*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePresignedNotebookInstanceUrl.html */
  CreatePresignedNotebookInstanceUrl: "W|||52;1;|||;",
  /** Grants permission to start a processing job. After processing completes, Amazon SageMaker saves the resulting artifacts and other optional output to an Amazon S3 location that you specify. Access level: Write. Resources: processing-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html */
  CreateProcessingJob: "W|||58;1;|0,2,28,29,31,37,39,54,55,56|12,13|;",
  /** Grants permission to create a Project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProject.html */
  CreateProject: "W|||59;1;|0,2|12,13|;",
  /** Grants permission to create a reserved capacity. Access level: Write. Resources: reserved-capacity*. Permission only. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateReservedCapacity.html */
  CreateReservedCapacity: "W||1|60;1;|0,2|13|CreateTrainingPlan",
  /** Grants permission to create a shared model in a SageMaker Studio application. Access level: Write. Resources: shared-model*. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/canvas-collaborate-permissions.html */
  CreateSharedModel: "W||1|62;1;|||",
  /** Grants permission to create a Space for a SageMaker Domain. Access level: Write. Resources: space*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateSpace.html */
  CreateSpace: "W|||64;1;|0,2,26,27,28,40,42,49,50|13|;",
  /** Grants permission to create a Studio Lifecycle Configuration that can be deployed using Amazon SageMaker. Access level: Write. Resources: studio-lifecycle-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateStudioLifecycleConfig.html */
  CreateStudioLifecycleConfig: "W|||65;1;|0,2|13|;",
  /** Grants permission to start a model training job. After training completes, Amazon SageMaker saves the resulting model artifacts and other optional output to an Amazon S3 location that you specify. Access level: Write. Resources: reserved-capacity, training-job*, training-plan. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html */
  CreateTrainingJob: "W|||60;0;,66;1;,67;0;|0,2,10,14,21,22,23,24,28,29,30,31,37,39,54,55,56|12,13|;",
  /** Grants permission to create a training plan that allocates resources for scheduling workloads within a specified time range. Access level: Write. Resources: training-plan*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingPlan.html */
  CreateTrainingPlan: "W|||67;1;|0,2|13,sagemaker:CreateReservedCapacity|;",
  /** Grants permission to start a transform job. After the results are obtained, Amazon SageMaker saves them to an Amazon S3 location that you specify. Access level: Write. Resources: transform-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html */
  CreateTransformJob: "W|||68;1;|0,2,28,34,39,54|13|;",
  /** Grants permission to create a trial. Access level: Write. Resources: experiment*, experiment-trial*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrial.html */
  CreateTrial: "W|||23;1;,24;1;|0,2|13|;",
  /** Grants permission to create a trial component. Access level: Write. Resources: experiment-trial-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrialComponent.html */
  CreateTrialComponent: "W|||25;1;|0,2|13|;",
  /** Grants permission to create a UserProfile for a SageMaker Domain. Access level: Write. Resources: user-profile*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateUserProfile.html */
  CreateUserProfile: "W|||69;1;|0,2,13,26,27,28,50,55|12,13|;",
  /** Grants permission to create a workforce. Access level: Write. Resources: workforce*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html */
  CreateWorkforce: "W|||70;1;|0,2|13|;",
  /** Grants permission to create a workteam. Access level: Write. Resources: workteam*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkteam.html */
  CreateWorkteam: "W|||71;1;|0,2|13|;",
  /** Grants permission to delete an AI benchmark job. Access level: Write. Resources: ai-benchmark-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteAIBenchmarkJob.html */
  DeleteAIBenchmarkJob: "W|||1;1;|||;",
  /** Grants permission to delete an AI recommendation job. Access level: Write. Resources: ai-recommendation-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteAIRecommendationJob.html */
  DeleteAIRecommendationJob: "W|||2;1;|||;",
  /** Grants permission to delete an AI workload configuration. Access level: Write. Resources: ai-workload-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteAIWorkloadConfig.html */
  DeleteAIWorkloadConfig: "W|||3;1;|||;",
  /** Grants permission to delete an action. Access level: Write. Resources: action*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteAction.html */
  DeleteAction: "W|||0;1;|||;",
  /** Grants permission to delete an algorithm. Access level: Write. Resources: algorithm*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteAlgorithm.html */
  DeleteAlgorithm: "W|||4;1;|||;",
  /** Grants permission to delete an App. Access level: Write. Resources: app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteApp.html */
  DeleteApp: "W|||5;1;|40,49||;",
  /** Grants permission to delete an AppImageConfig. Access level: Write. Resources: app-image-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteAppImageConfig.html */
  DeleteAppImageConfig: "W|||6;1;|||;",
  /** Grants permission to delete an artifact. Access level: Write. Resources: artifact*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteArtifact.html */
  DeleteArtifact: "W|||7;1;|||;",
  /** Grants permission to delete the association from a lineage entity (artifact, context, action, experiment, experiment-trial-component) to another. Access level: Write. Resources: action*, artifact*, context*, experiment*, experiment-trial-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteAssociation.html */
  DeleteAssociation: "W|||0;1;,7;1;,14;1;,23;1;,25;1;|||;",
  /** Grants permission to delete a SageMaker HyperPod cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteCluster.html */
  DeleteCluster: "W|||9;1;||7|;",
  /** Grants permission to delete a cluster scheduler config. Access level: Write. Resources: cluster-scheduler-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteClusterSchedulerConfig.html */
  DeleteClusterSchedulerConfig: "W|||10;1;|||;",
  /** Grants permission to delete a CodeRepository. Access level: Write. Resources: code-repository*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteCodeRepository.html */
  DeleteCodeRepository: "W|||11;1;|||;",
  /** Grants permission to delete a compilation job. Access level: Write. Resources: compilation-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteCompilationJob.html */
  DeleteCompilationJob: "W|||12;1;|||;",
  /** Grants permission to delete a compute quota. Access level: Write. Resources: compute-quota*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteComputeQuota.html */
  DeleteComputeQuota: "W|||13;1;|||;",
  /** Grants permission to delete a context. Access level: Write. Resources: context*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteContext.html */
  DeleteContext: "W|||14;1;|||;",
  /** Grants permission to delete the data quality job definition created using the CreateDataQualityJobDefinition API. Access level: Write. Resources: data-quality-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteDataQualityJobDefinition.html */
  DeleteDataQualityJobDefinition: "W|||15;1;|||;",
  /** Grants permission to delete a device fleet. Access level: Write. Resources: device-fleet*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteDeviceFleet.html */
  DeleteDeviceFleet: "W|||17;1;|||",
  /** Grants permission to delete a Domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteDomain.html */
  DeleteDomain: "W|||18;1;|||;",
  /** Grants permission to delete an edge deployment plan. Access level: Write. Resources: edge-deployment-plan*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteEdgeDeploymentPlan.html */
  DeleteEdgeDeploymentPlan: "W|||19;1;|||",
  /** Grants permission to delete an edge deployment stage. Access level: Write. Resources: edge-deployment-plan*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteEdgeDeploymentStage.html */
  DeleteEdgeDeploymentStage: "W|||19;1;|||",
  /** Grants permission to delete an endpoint. Amazon SageMaker frees up all the resources that were deployed when the endpoint was created. Access level: Write. Resources: endpoint*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteEndpoint.html */
  DeleteEndpoint: "W|||21;1;|||;",
  /** Grants permission to delete the endpoint configuration created using the CreateEndpointConfig API. The DeleteEndpointConfig API deletes only the specified configuration. It does not delete any endpoints created using the configuration. Access level: Write. Resources: endpoint-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteEndpointConfig.html */
  DeleteEndpointConfig: "W|||22;1;|||;",
  /** Grants permission to delete an experiment. Access level: Write. Resources: experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteExperiment.html */
  DeleteExperiment: "W|||23;1;|||;",
  /** Grants permission to delete a feature group. Access level: Write. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteFeatureGroup.html */
  DeleteFeatureGroup: "W|||26;1;|0||;",
  /** Grants permission to delete the specified flow definition. Access level: Write. Resources: flow-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteFlowDefinition.html */
  DeleteFlowDefinition: "W|||27;1;|||;",
  /** Grants permission to delete hubs. Access level: Write. Resources: hub*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteHub.html */
  DeleteHub: "W|||28;1;|||;",
  /** Grants permission to delete hub content. Access level: Write. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteHubContent.html */
  DeleteHubContent: "W|||28;1;,29;1;|||;",
  /** Grants permission to delete hub content reference. Access level: Write. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteHubContentReference.html */
  DeleteHubContentReference: "W|||28;1;,29;1;|||;",
  /** Grants permission to delete a specified human loop. Access level: Write. Resources: human-loop*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteHumanLoop.html */
  DeleteHumanLoop: "W|||30;1;|||;",
  /** Grants permission to delete the specified human task user interface (worker task template). Access level: Write. Resources: human-task-ui*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteHumanTaskUi.html */
  DeleteHumanTaskUi: "W|||31;1;|||;",
  /** Grants permission to delete a hyper parameter tuning job. Access level: Write. Resources: hyper-parameter-tuning-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteHyperParameterTuningJob.html */
  DeleteHyperParameterTuningJob: "W|||32;1;|||;",
  /** Grants permission to delete a SageMaker Image. Access level: Write. Resources: image*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteImage.html */
  DeleteImage: "W|||33;1;|||;",
  /** Grants permission to delete a SageMaker ImageVersion. Access level: Write. Resources: image-version*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteImageVersion.html */
  DeleteImageVersion: "W|||34;1;|||;",
  /** Grants permission to delete an inference component. Amazon SageMaker frees up the resources that were reserved when the inference component was created. Access level: Write. Resources: inference-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteInferenceComponent.html */
  DeleteInferenceComponent: "W|||35;1;|||;",
  /** Grants permission to delete an inference experiment. Access level: Write. Resources: inference-experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteInferenceExperiment.html */
  DeleteInferenceExperiment: "W|||36;1;|||;",
  /** Grants permission to delete a lineage group policy. Access level: Write. https://docs.aws.amazon.com/sagemaker/latest/APIReference/Welcome.html */
  DeleteLineageGroupPolicy: "W||||||",
  /** Grants permission to delete an MLflow app. Access level: Write. Resources: mlflow-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteMlflowApp.html */
  DeleteMlflowApp: "W|||40;1;|||;",
  /** Grants permission to delete an MLflow tracking server. Access level: Write. Resources: mlflow-tracking-server*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteMlflowTrackingServer.html */
  DeleteMlflowTrackingServer: "W|||41;1;1~44|||;",
  /** Grants permission to delete a model created using the CreateModel API. The DeleteModel API deletes only the model entry in Amazon SageMaker that you created by calling the CreateModel API. It does not delete model artifacts, inference code, or the IAM role that you specified when creating the model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteModel.html */
  DeleteModel: "W|||42;1;|||;",
  /** Grants permission to delete the model bias job definition created using the CreateModelBiasJobDefinition API. Access level: Write. Resources: model-bias-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteModelBiasJobDefinition.html */
  DeleteModelBiasJobDefinition: "W|||43;1;|||;",
  /** Grants permission to delete a model card. Access level: Write. Resources: model-card*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteModelCard.html */
  DeleteModelCard: "W|||44;1;|||;",
  /** Grants permission to delete the model explainability job definition created using the CreateModelExplainabilityJobDefinition API. Access level: Write. Resources: model-explainability-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteModelExplainabilityJobDefinition.html */
  DeleteModelExplainabilityJobDefinition: "W|||46;1;|||;",
  /** Grants permission to delete a ModelPackage. Access level: Write. Resources: model-package*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteModelPackage.html */
  DeleteModelPackage: "W|||47;1;5~6~7|||;",
  /** Grants permission to delete a ModelPackageGroup. Access level: Write. Resources: model-package-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteModelPackageGroup.html */
  DeleteModelPackageGroup: "W|||48;1;|||;",
  /** Grants permission to delete a ModelPackageGroup policy. Access level: Write. Resources: model-package-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteModelPackageGroupPolicy.html */
  DeleteModelPackageGroupPolicy: "W|||48;1;|||;",
  /** Grants permission to delete the model quality job definition created using the CreateModelQualityJobDefinition API. Access level: Write. Resources: model-quality-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteModelQualityJobDefinition.html */
  DeleteModelQualityJobDefinition: "W|||49;1;|||;",
  /** Grants permission to delete a monitoring schedule. Access level: Write. Resources: monitoring-schedule*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteMonitoringSchedule.html */
  DeleteMonitoringSchedule: "W|||50;1;|||;",
  /** Grants permission to delete a Amazon SageMaker notebook instance. Before you can delete a notebook instance, you must call the StopNotebookInstance API. Access level: Write. Resources: notebook-instance*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteNotebookInstance.html */
  DeleteNotebookInstance: "W|||52;1;|||;",
  /** Grants permission to delete a notebook instance lifecycle configuration. Access level: Write. Resources: notebook-instance-lifecycle-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteNotebookInstanceLifecycleConfig.html */
  DeleteNotebookInstanceLifecycleConfig: "W|||53;1;|||;",
  /** Grants permission to delete an optimization job. Access level: Write. Resources: optimization-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteOptimizationJob.html */
  DeleteOptimizationJob: "W|||54;1;|||;",
  /** Grants permission to delete an Amazon SageMaker Partner AI App. Access level: Write. Resources: partner-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeletePartnerApp.html */
  DeletePartnerApp: "W|||55;1;|||;",
  /** Grants permission to delete a pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeletePipeline.html */
  DeletePipeline: "W|||56;1;|||;",
  /** Grants permission to delete a processing job. Access level: Write. Resources: processing-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteProcessingJob.html */
  DeleteProcessingJob: "W|||58;1;|||;",
  /** Grants permission to delete a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteProject.html */
  DeleteProject: "W|||59;1;|||;",
  /** Grants permission to delete a record from a feature group. Access level: Write. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_feature_store_DeleteRecord.html */
  DeleteRecord: "W|||26;1;|||;",
  /** Grants AWS Resource Access Manager permission to delete a resource policy on a SageMaker resource that supports cross-account sharing. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W||1||||",
  /** Grants permission to delete a Space. Access level: Write. Resources: space*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteSpace.html */
  DeleteSpace: "W|||64;1;|40,49||;",
  /** Grants permission to delete a Studio Lifecycle Configuration. Access level: Write. Resources: studio-lifecycle-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteStudioLifecycleConfig.html */
  DeleteStudioLifecycleConfig: "W|||65;1;|||;",
  /** Grants permission to delete the specified set of tags from an Amazon SageMaker resource. Access level: Tagging. Resources: action, ai-benchmark-job, ai-recommendation-job, ai-workload-config, algorithm, app, app-image-config, artifact, automl-job, cluster, cluster-scheduler-config, code-repository, compilation-job, compute-quota, context, data-quality-job-definition, device, device-fleet, domain, edge-deployment-plan, edge-packaging-job, endpoint, endpoint-config, experiment, experiment-trial, experiment-trial-component, feature-group, flow-definition, hub, hub-content, human-task-ui, hyper-parameter-tuning-job, image, inference-component, inference-recommendations-job, labeling-job, mlflow-app, mlflow-tracking-server, model, model-bias-job-definition, model-card, model-explainability-job-definition, model-package, model-package-group, model-quality-job-definition, monitoring-schedule, notebook-instance, notebook-instance-lifecycle-config, optimization-job, partner-app, pipeline, processing-job, project, reserved-capacity, space, studio-lifecycle-config, training-job, training-plan, transform-job, user-profile, workteam. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteTags.html */
  DeleteTags:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;,21;0;,22;0;,23;0;,24;0;,25;0;,26;0;,27;0;,28;0;,29;0;,31;0;,32;0;,33;0;,35;0;,37;0;,38;0;,40;0;,41;0;,42;0;,43;0;,44;0;,46;0;,47;0;5~6~7,48;0;,49;0;,50;0;,52;0;,53;0;,54;0;,55;0;,56;0;,58;0;,59;0;,60;0;,64;0;,65;0;,66;0;,67;0;,68;0;,69;0;,71;0;|2||;",
  /** Grants permission to delete a training job. Access level: Write. Resources: training-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteTrainingJob.html */
  DeleteTrainingJob: "W|||66;1;|||;",
  /** Grants permission to delete a trial. Access level: Write. Resources: experiment-trial*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteTrial.html */
  DeleteTrial: "W|||24;1;|||;",
  /** Grants permission to delete a trial component. Access level: Write. Resources: experiment-trial-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteTrialComponent.html */
  DeleteTrialComponent: "W|||25;1;|||;",
  /** Grants permission to delete a UserProfile. Access level: Write. Resources: user-profile*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteUserProfile.html */
  DeleteUserProfile: "W|||69;1;|||;",
  /** Grants permission to delete a workforce. Access level: Write. Resources: workforce*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteWorkforce.html */
  DeleteWorkforce: "W|||70;1;|||;",
  /** Grants permission to delete a workteam. Access level: Write. Resources: workteam*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteWorkteam.html */
  DeleteWorkteam: "W|||71;1;|||;",
  /** Grants permission to deploy a model in hub to an endpoint. Access level: Write. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/dg/jumpstart-curated-hubs-admin-guide.html */
  DeployHubModel: "W|||28;1;,29;1;|||",
  /** Grants permission to deregister a set of devices. Access level: Write. Resources: device*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeregisterDevices.html */
  DeregisterDevices: "W|||16;1;|||",
  /** Grants permission to describe an AI benchmark job. Access level: Read. Resources: ai-benchmark-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAIBenchmarkJob.html */
  DescribeAIBenchmarkJob: "R|||1;1;|||;",
  /** Grants permission to describe an AI recommendation job. Access level: Read. Resources: ai-recommendation-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAIRecommendationJob.html */
  DescribeAIRecommendationJob: "R|||2;1;|||;",
  /** Grants permission to describe an AI workload configuration. Access level: Read. Resources: ai-workload-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAIWorkloadConfig.html */
  DescribeAIWorkloadConfig: "R|||3;1;|||;",
  /** Grants permission to get information about an action. Access level: Read. Resources: action*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAction.html */
  DescribeAction: "R|||0;1;|||;",
  /** Grants permission to describe an algorithm. Access level: Read. Resources: algorithm*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAlgorithm.html */
  DescribeAlgorithm: "R|||4;1;|||;",
  /** Grants permission to describe an App. Access level: Read. Resources: app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeApp.html */
  DescribeApp: "R|||5;1;|||;",
  /** Grants permission to describe an AppImageConfig. Access level: Read. Resources: app-image-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAppImageConfig.html */
  DescribeAppImageConfig: "R|||6;1;|||;",
  /** Grants permission to get information about an artifact. Access level: Read. Resources: artifact*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeArtifact.html */
  DescribeArtifact: "R|||7;1;|||;",
  /** Grants permission to describe an AutoML job that was created via the CreateAutoMLJob API. Access level: Read. Resources: automl-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAutoMLJob.html */
  DescribeAutoMLJob: "R|||8;1;|||;",
  /** Grants permission to describe an AutoML job that was created via the CreateAutoMLJobV2 API. Access level: Read. Resources: automl-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAutoMLJobV2.html */
  DescribeAutoMLJobV2: "R|||8;1;|||;",
  /** Grants permission to return information about a SageMaker HyperPod cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeCluster.html */
  DescribeCluster: "R|||9;1;|||;",
  /** Grants permission to return information about an Event within a SageMaker HyperPod cluster. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeClusterEvent.html */
  DescribeClusterEvent: "R|||9;1;|||;",
  /** Grants permission to get information about the inference operator for a SageMaker HyperPod cluster. Access level: Read. Resources: cluster*. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-inference.html */
  DescribeClusterInference: "R||1|9;1;|||",
  /** Grants permission to return information about a SageMaker HyperPod cluster node. Access level: Read. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeClusterNode.html */
  DescribeClusterNode: "R|||9;1;|||;",
  /** Grants permission to get information about a cluster scheduler config. Access level: Read. Resources: cluster-scheduler-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeClusterSchedulerConfig.html */
  DescribeClusterSchedulerConfig: "R|||10;1;|||;",
  /** Grants permission to describe a CodeRepository. Access level: Read. Resources: code-repository*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeCodeRepository.html */
  DescribeCodeRepository: "R|||11;1;|||;",
  /** Grants permission to return information about a compilation job. Access level: Read. Resources: compilation-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeCompilationJob.html */
  DescribeCompilationJob: "R|||12;1;|||;",
  /** Grants permission to get information about a compute quota. Access level: Read. Resources: compute-quota*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeComputeQuota.html */
  DescribeComputeQuota: "R|||13;1;|||;",
  /** Grants permission to get information about a context. Access level: Read. Resources: context*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeContext.html */
  DescribeContext: "R|||14;1;|||;",
  /** Grants permission to return information about a data quality job definition. Access level: Read. Resources: data-quality-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDataQualityJobDefinition.html */
  DescribeDataQualityJobDefinition: "R|||15;1;|||;",
  /** Grants permission to access information about a device. Access level: Read. Resources: device*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDevice.html */
  DescribeDevice: "R|||16;1;|||",
  /** Grants permission to access information about a device fleet. Access level: Read. Resources: device-fleet*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDeviceFleet.html */
  DescribeDeviceFleet: "R|||17;1;|||",
  /** Grants permission to describe a Domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDomain.html */
  DescribeDomain: "R|||18;1;|||;",
  /** Grants permission to access information about an edge deployment plan. Access level: Read. Resources: edge-deployment-plan*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEdgeDeploymentPlan.html */
  DescribeEdgeDeploymentPlan: "R|||19;1;|||",
  /** Grants permission to access information about an edge packaging job. Access level: Read. Resources: edge-packaging-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEdgePackagingJob.html */
  DescribeEdgePackagingJob: "R|||20;1;|||",
  /** Grants permission to return the description of an endpoint. Access level: Read. Resources: endpoint*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpoint.html */
  DescribeEndpoint: "R|||21;1;|||;",
  /** Grants permission to return the description of an endpoint configuration, which was created using the CreateEndpointConfig API. Access level: Read. Resources: endpoint-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpointConfig.html */
  DescribeEndpointConfig: "R|||22;1;|||;",
  /** Grants permission to return information about an experiment. Access level: Read. Resources: experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeExperiment.html */
  DescribeExperiment: "R|||23;1;|||;",
  /** Grants permission to return information about a feature group. Access level: Read. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeFeatureGroup.html */
  DescribeFeatureGroup: "R|||26;1;|||;",
  /** Grants permission to return information about a feature metadata. Access level: Read. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeFeatureMetadata.html */
  DescribeFeatureMetadata: "R|||26;1;|||;",
  /** Grants permission to return information about the specified flow definition. Access level: Read. Resources: flow-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeFlowDefinition.html */
  DescribeFlowDefinition: "R|||27;1;|||;",
  /** Grants permission to describe hubs. Access level: Read. Resources: hub*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeHub.html */
  DescribeHub: "R|||28;1;|||;",
  /** Grants permission to describe hub content. Access level: Read. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeHubContent.html */
  DescribeHubContent: "R|||28;1;,29;1;|||;",
  /** Grants permission to return information about the specified human loop. Access level: Read. Resources: human-loop*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeHumanLoop.html */
  DescribeHumanLoop: "R|||30;1;|||;",
  /** Grants permission to return detailed information about the specified human review workflow user interface. Access level: Read. Resources: human-task-ui*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeHumanTaskUi.html */
  DescribeHumanTaskUi: "R|||31;1;|||;",
  /** Grants permission to describe a hyper parameter tuning job that was created via the CreateHyperParameterTuningJob API. Access level: Read. Resources: hyper-parameter-tuning-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeHyperParameterTuningJob.html */
  DescribeHyperParameterTuningJob: "R|||32;1;|||;",
  /** Grants permission to return information about a SageMaker Image. Access level: Read. Resources: image*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeImage.html */
  DescribeImage: "R|||33;1;|||;",
  /** Grants permission to return information about a SageMaker ImageVersion. Access level: Read. Resources: image-version*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeImageVersion.html */
  DescribeImageVersion: "R|||34;1;|||;",
  /** Grants permission to return the description of an inference component. Access level: Read. Resources: inference-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeInferenceComponent.html */
  DescribeInferenceComponent: "R|||35;1;|||;",
  /** Grants permission to get information about an inference experiment. Access level: Read. Resources: inference-experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeInferenceExperiment.html */
  DescribeInferenceExperiment: "R|||36;1;|||;",
  /** Grants permission to get information about an inference recommendations job. Access level: Read. Resources: inference-recommendations-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeInferenceRecommendationsJob.html */
  DescribeInferenceRecommendationsJob: "R|||37;1;|||;",
  /** Grants permission to return information about a labeling job. Access level: Read. Resources: labeling-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeLabelingJob.html */
  DescribeLabelingJob: "R|||38;1;|||;",
  /** Grants permission to describe a lineage group. Access level: Read. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeLineageGroup.html */
  DescribeLineageGroup: "R||||||;",
  /** Grants permission to get information about an MLflow app. Access level: Read. Resources: mlflow-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeMlflowApp.html */
  DescribeMlflowApp: "R|||40;1;|||;",
  /** Grants permission to get information about an MLflow tracking server. Access level: Read. Resources: mlflow-tracking-server*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeMlflowTrackingServer.html */
  DescribeMlflowTrackingServer: "R|||41;1;1~44|||;",
  /** Grants permission to describe a model that you created using the CreateModel API. Access level: Read. Resources: model*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModel.html */
  DescribeModel: "R|||42;1;|||;",
  /** Grants permission to return information about a model bias job definition. Access level: Read. Resources: model-bias-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelBiasJobDefinition.html */
  DescribeModelBiasJobDefinition: "R|||43;1;|||;",
  /** Grants permission to get information about a model card. Access level: Read. Resources: model-card*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelCard.html */
  DescribeModelCard: "R|||44;1;|||;",
  /** Grants permission to get information about a model card export job. Access level: Read. Resources: model-card-export-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelCardExportJob.html */
  DescribeModelCardExportJob: "R|||45;1;|||;",
  /** Grants permission to return information about a model explainability job definition. Access level: Read. Resources: model-explainability-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelExplainabilityJobDefinition.html */
  DescribeModelExplainabilityJobDefinition: "R|||46;1;|||;",
  /** Grants permission to describe a ModelPackage. Access level: Read. Resources: model-package*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelPackage.html */
  DescribeModelPackage: "R|||47;1;5~6~7|||;",
  /** Grants permission to describe a ModelPackageGroup. Access level: Read. Resources: model-package-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelPackageGroup.html */
  DescribeModelPackageGroup: "R|||48;1;|||;",
  /** Grants permission to return information about a model quality job definition. Access level: Read. Resources: model-quality-job-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelQualityJobDefinition.html */
  DescribeModelQualityJobDefinition: "R|||49;1;|||;",
  /** Grants permission to return information about a monitoring schedule. Access level: Read. Resources: monitoring-schedule*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeMonitoringSchedule.html */
  DescribeMonitoringSchedule: "R|||50;1;|||;",
  /** Grants permission to return information about a notebook instance. Access level: Read. Resources: notebook-instance*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstance.html */
  DescribeNotebookInstance: "R|||52;1;|||;",
  /** Grants permission to describe a notebook instance lifecycle configuration that was created via the CreateNotebookInstanceLifecycleConfig API. Access level: Read. Resources: notebook-instance-lifecycle-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstanceLifecycleConfig.html */
  DescribeNotebookInstanceLifecycleConfig: "R|||53;1;|||;",
  /** Grants permission to return information about an optimization job. Access level: Read. Resources: optimization-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeOptimizationJob.html */
  DescribeOptimizationJob: "R|||54;1;|||;",
  /** Grants permission to describe an Amazon SageMaker Partner AI App. Access level: Read. Resources: partner-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribePartnerApp.html */
  DescribePartnerApp: "R|||55;1;|||;",
  /** Grants permission to get information about a pipeline. Access level: Read. Resources: pipeline*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribePipeline.html */
  DescribePipeline: "R|||56;1;|41||;",
  /** Grants permission to get the pipeline definition for a pipeline execution. Access level: Read. Resources: pipeline-execution*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribePipelineDefinitionForExecution.html */
  DescribePipelineDefinitionForExecution: "R|||57;1;|||;",
  /** Grants permission to get information about a pipeline execution. Access level: Read. Resources: pipeline-execution*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribePipelineExecution.html */
  DescribePipelineExecution: "R|||57;1;|||;",
  /** Grants permission to return information about a processing job. Access level: Read. Resources: processing-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeProcessingJob.html */
  DescribeProcessingJob: "R|||58;1;|||;",
  /** Grants permission to describe a project. Access level: Read. Resources: project*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeProject.html */
  DescribeProject: "R|||59;1;|||;",
  /** Grants permission to return information about a specified Reserved Capacity. Access level: Read. Resources: reserved-capacity*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeReservedCapacity.html */
  DescribeReservedCapacity: "R|||60;1;|||;",
  /** Grants permission to describe a shared model in a SageMaker Studio application. Access level: Read. Resources: shared-model*. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/canvas-collaborate-permissions.html */
  DescribeSharedModel: "R||1|62;1;|||",
  /** Grants permission to describe a Space. Access level: Read. Resources: space*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeSpace.html */
  DescribeSpace: "R|||64;1;|||;",
  /** Grants permission to describe a Studio Lifecycle Configuration. Access level: Read. Resources: studio-lifecycle-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeStudioLifecycleConfig.html */
  DescribeStudioLifecycleConfig: "R|||65;1;|||;",
  /** Grants permission to return information about a subscribed workteam. Access level: Read. Resources: workteam*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeSubscribedWorkteam.html */
  DescribeSubscribedWorkteam: "R|||71;1;|||;",
  /** Grants permission to return information about a training job. Access level: Read. Resources: training-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTrainingJob.html */
  DescribeTrainingJob: "R|||66;1;|||;",
  /** Grants permission to return information about a specified training plan. Access level: Read. Resources: training-plan*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTrainingPlan.html */
  DescribeTrainingPlan: "R|||67;1;|||;",
  /** Grants permission to return information about a transform job. Access level: Read. Resources: transform-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTransformJob.html */
  DescribeTransformJob: "R|||68;1;|||;",
  /** Grants permission to return information about a trial. Access level: Read. Resources: experiment-trial*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTrial.html */
  DescribeTrial: "R|||24;1;|||;",
  /** Grants permission to return information about a trial component. Access level: Read. Resources: experiment-trial-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTrialComponent.html */
  DescribeTrialComponent: "R|||25;1;|||;",
  /** Grants permission to describe a UserProfile. Access level: Read. Resources: user-profile*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeUserProfile.html */
  DescribeUserProfile: "R|||69;1;|||;",
  /** Grants permission to return information about a workforce. Access level: Read. Resources: workforce*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeWorkforce.html */
  DescribeWorkforce: "R|||70;1;|||;",
  /** Grants permission to return information about a workteam. Access level: Read. Resources: workteam*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeWorkteam.html */
  DescribeWorkteam: "R|||71;1;|||;",
  /** Grants permission to detach an Amazon EBS volume from a SageMaker HyperPod cluster node. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DetachClusterNodeVolume.html */
  DetachClusterNodeVolume: "W|||9;1;||2,ec2:DetachVolume,9|;",
  /** Grants permission to disable a SageMaker Service Catalog Portfolio. Access level: Write. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DisableSagemakerServicecatalogPortfolio.html */
  DisableSagemakerServicecatalogPortfolio: "W||||||;",
  /** Grants permission to disassociate a trial component from a trial. Access level: Write. Resources: experiment-trial*, experiment-trial-component*, processing-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DisassociateTrialComponent.html */
  DisassociateTrialComponent: "W|||24;1;,25;1;,58;1;|||;",
  /** Grants permission to enable a SageMaker Service Catalog Portfolio. Access level: Write. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_EnableSagemakerServicecatalogPortfolio.html */
  EnableSagemakerServicecatalogPortfolio: "W||||||;",
  /** Grants permission to get deployment plan for device. Access level: Read. Resources: device*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_edge_GetDeployments.html */
  GetDeployments: "R|||16;1;|||",
  /** Grants permission to access a summary of the devices in a device fleet. Access level: Read. Resources: device-fleet*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GetDeviceFleetReport.html */
  GetDeviceFleetReport: "R|||17;1;|||",
  /** Grants permission to get device registration. After you deploy a model onto edge devices this api is used to get current device registration. Access level: Read. Resources: device*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_edge_GetDeviceRegistration.html */
  GetDeviceRegistration: "R|||16;1;|||",
  /** Grants permission to retreive a lineage group policy. Access level: Read. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GetLineageGroupPolicy.html */
  GetLineageGroupPolicy: "R||||||;",
  /** Grants permission to get a ModelPackageGroup policy. Access level: Read. Resources: model-package-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GetModelPackageGroupPolicy.html */
  GetModelPackageGroupPolicy: "R|||48;1;|||;",
  /** Grants permission to get a record from a feature group. Access level: Read. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_feature_store_GetRecord.html */
  GetRecord: "R|||26;1;|||;",
  /** Grants AWS Resource Access Manager permission to retrieve a resource policy on a SageMaker resource that supports cross-account sharing. Access level: Read. Permission only. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R||1||||",
  /** Grants permission to get a SageMaker Service Catalog Portfolio. Access level: Read. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GetSagemakerServicecatalogPortfolioStatus.html */
  GetSagemakerServicecatalogPortfolioStatus: "R||||||;",
  /** Grants permission to get a scaling policy configuration recommendation. Access level: Read. Resources: inference-recommendations-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GetScalingConfigurationRecommendation.html */
  GetScalingConfigurationRecommendation: "R|||37;1;|||;",
  /** Grants permission to get search suggestions when provided with a keyword. Access level: Read. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GetSearchSuggestions.html */
  GetSearchSuggestions: "R||||||;",
  /** Grants permission to import hub content. Access level: Write. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ImportHubContent.html */
  ImportHubContent: "W|||28;1;,29;1;|0,2|12,13|;",
  /** Grants permission to invoke an endpoint. After you deploy a model into production using Amazon SageMaker hosting services, your client applications use this API to get inferences from the model hosted at the specified endpoint. Access level: Read. Resources: endpoint*, inference-component. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html */
  InvokeEndpoint: "R|||21;1;,35;0;|52||;,InvokeEndpointWithResponseStream",
  /** Grants permission to get inferences from the hosted model at the specified endpoint in an asynchronous manner. Access level: Read. Resources: endpoint*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpointAsync.html */
  InvokeEndpointAsync: "R|||21;1;|||;",
  /** Grants permission to get the inference response as a stream from the specified endpoint. Access level: Read. Resources: endpoint*, inference-component. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpointWithResponseStream.html */
  InvokeEndpointWithResponseStream: "R|||21;1;,35;0;|||",
  /** Grants permission to list AI benchmark jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListAIBenchmarkJobs.html */
  ListAIBenchmarkJobs: "L||||||;",
  /** Grants permission to list AI recommendation jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListAIRecommendationJobs.html */
  ListAIRecommendationJobs: "L||||||;",
  /** Grants permission to list AI workload configurations. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListAIWorkloadConfigs.html */
  ListAIWorkloadConfigs: "L||||||;",
  /** Grants permission to list actions. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListActions.html */
  ListActions: "L||||||;",
  /** Grants permission to list Algorithms. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListAlgorithms.html */
  ListAlgorithms: "L||||||;",
  /** Grants permission to list Aliases that belong to a SageMaker Image or Sagemaker ImageVersion. Access level: List. Resources: image*, image-version*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListAliases.html */
  ListAliases: "L|||33;1;,34;1;|||;",
  /** Grants permission to list the AppImageConfigs in your account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListAppImageConfigs.html */
  ListAppImageConfigs: "L||||||;",
  /** Grants permission to list the Apps in your account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListApps.html */
  ListApps: "L||||||;",
  /** Grants permission to list artifacts. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListArtifacts.html */
  ListArtifacts: "L||||||;",
  /** Grants permission to list associations. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListAssociations.html */
  ListAssociations: "L||||||;",
  /** Grants permission to list AutoML jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListAutoMLJobs.html */
  ListAutoMLJobs: "L||||||;",
  /** Grants permission to lists candidates for an AutoML job. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListCandidatesForAutoMLJob.html */
  ListCandidatesForAutoMLJob: "L||||||;",
  /** Grants permission to list events within a SageMaker HyperPod cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListClusterEvents.html */
  ListClusterEvents: "L|||9;1;|||;",
  /** Grants permission to list nodes within a SageMaker HyperPod cluster. Access level: List. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListClusterNodes.html */
  ListClusterNodes: "L|||9;1;|||;",
  /** Grants permission to list cluster scheduler configs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListClusterSchedulerConfigs.html */
  ListClusterSchedulerConfigs: "L||||||;",
  /** Grants permission to list SageMaker HyperPod clusters. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListClusters.html */
  ListClusters: "L||||||;",
  /** Grants permission to list code repositories. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListCodeRepositories.html */
  ListCodeRepositories: "L||||||;",
  /** Grants permission to list compilation jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListCompilationJobs.html */
  ListCompilationJobs: "L||||||;",
  /** Grants permission to list compute quotas. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListComputeQuotas.html */
  ListComputeQuotas: "L||||||;",
  /** Grants permission to list contexts. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListContexts.html */
  ListContexts: "L||||||;",
  /** Grants permission to list data quality job definitions. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListDataQualityJobDefinitions.html */
  ListDataQualityJobDefinitions: "L||||||;",
  /** Grants permission to list device fleets. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListDeviceFleets.html */
  ListDeviceFleets: "L||||||",
  /** Grants permission to list devices. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListDevices.html */
  ListDevices: "L||||||",
  /** Grants permission to list the Domains in your account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListDomains.html */
  ListDomains: "L||||||;",
  /** Grants permission to list edge deployment plans. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListEdgeDeploymentPlans.html */
  ListEdgeDeploymentPlans: "L||||||",
  /** Grants permission to list edge packaging jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListEdgePackagingJobs.html */
  ListEdgePackagingJobs: "L||||||",
  /** Grants permission to list endpoint configurations. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListEndpointConfigs.html */
  ListEndpointConfigs: "L||||||;",
  /** Grants permission to list endpoints. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListEndpoints.html */
  ListEndpoints: "L||||||;",
  /** Grants permission to list experiments. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListExperiments.html */
  ListExperiments: "L||||||;",
  /** Grants permission to list feature groups. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListFeatureGroups.html */
  ListFeatureGroups: "L||||||;",
  /** Grants permission to return summary information about flow definitions, given the specified parameters. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListFlowDefinitions.html */
  ListFlowDefinitions: "L||||||;",
  /** Grants permission to list all versions of hub content. Access level: List. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListHubContentVersions.html */
  ListHubContentVersions: "L|||28;1;,29;1;|||;",
  /** Grants permission to list newest versions of hub content. Access level: List. Resources: hub*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListHubContents.html */
  ListHubContents: "L|||28;1;|||;",
  /** Grants permission to list hubs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListHubs.html */
  ListHubs: "L||||||;",
  /** Grants permission to return summary information about human loops, given the specified parameters. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListHumanLoops.html */
  ListHumanLoops: "L||||||;",
  /** Grants permission to return summary information about human review workflow user interfaces, given the specified parameters. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListHumanTaskUis.html */
  ListHumanTaskUis: "L||||||;",
  /** Grants permission to list hyper parameter tuning jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListHyperParameterTuningJobs.html */
  ListHyperParameterTuningJobs: "L||||||;",
  /** Grants permission to list ImageVersions that belong to a SageMaker Image. Access level: List. Resources: image*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListImageVersions.html */
  ListImageVersions: "L|||33;1;|||;",
  /** Grants permission to list SageMaker Images in your account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListImages.html */
  ListImages: "L||||||;",
  /** Grants permission to list inference components. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListInferenceComponents.html */
  ListInferenceComponents: "L||||||;",
  /** Grants permission to list inference experiments. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListInferenceExperiments.html */
  ListInferenceExperiments: "L||||||;",
  /** Grants permission to list inference recommendations job steps. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListInferenceRecommendationsJobSteps.html */
  ListInferenceRecommendationsJobSteps: "L||||||;",
  /** Grants permission to list inference recommendations jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListInferenceRecommendationsJobs.html */
  ListInferenceRecommendationsJobs: "L||||||;",
  /** Grants permission to list labeling jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListLabelingJobs.html */
  ListLabelingJobs: "L||||||;",
  /** Grants permission to list labeling jobs for workteam. Access level: List. Resources: workteam*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListLabelingJobs.html */
  ListLabelingJobsForWorkteam: "L|||71;1;|||;",
  /** Grants permission to list lineage groups. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListLineageGroups.html */
  ListLineageGroups: "L||||||;",
  /** Grants permission to list SageMaker MLflow Apps in your account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListMlflowApps.html */
  ListMlflowApps: "L||||||;",
  /** Grants permission to list MLflow tracking servers. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListMlflowTrackingServers.html */
  ListMlflowTrackingServers: "L||||||;",
  /** Grants permission to list model bias job definitions. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelBiasJobDefinitions.html */
  ListModelBiasJobDefinitions: "L||||||;",
  /** Grants permission to list export jobs for a model card. Access level: List. Resources: model-card*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelCardExportJobs.html */
  ListModelCardExportJobs: "L|||44;1;|||;",
  /** Grants permission to list versions of a model card. Access level: List. Resources: model-card*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelCardVersions.html */
  ListModelCardVersions: "L|||44;1;|||;",
  /** Grants permission to list model cards. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelCards.html */
  ListModelCards: "L||||||;",
  /** Grants permission to list model explainability job definitions. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelExplainabilityJobDefinitions.html */
  ListModelExplainabilityJobDefinitions: "L||||||;",
  /** Grants permission to list model metadata for inference recommendations jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelMetadata.html */
  ListModelMetadata: "L||||||;",
  /** Grants permission to list ModelPackageGroups. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelPackageGroups.html */
  ListModelPackageGroups: "L||||||;",
  /** Grants permission to list ModelPackages. Access level: List. Resources: model-package. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelPackages.html */
  ListModelPackages: "L|||47;0;|||;",
  /** Grants permission to list model quality job definitions. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelQualityJobDefinitions.html */
  ListModelQualityJobDefinitions: "L||||||;",
  /** Grants permission to list the models created with the CreateModel API. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModels.html */
  ListModels: "L||||||;",
  /** Grants permission to list the history of a monitoring alert. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListMonitoringHistory.html */
  ListMonitoringAlertHistory: "L||||||;",
  /** Grants permission to list monitoring alerts. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListMonitoringAlerts.html */
  ListMonitoringAlerts: "L||||||;",
  /** Grants permission to list monitoring executions. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListMonitoringExecutions.html */
  ListMonitoringExecutions: "L||||||;",
  /** Grants permission to list monitoring schedules. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListMonitoringSchedules.html */
  ListMonitoringSchedules: "L||||||;",
  /** Grants permission to list the notebook instance lifecycle configurations that can be deployed using Amazon SageMaker. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListNotebookInstanceLifecycleConfigs.html */
  ListNotebookInstanceLifecycleConfigs: "L||||||;",
  /** Grants permission to list the Amazon SageMaker notebook instances in the requester's account in an AWS Region. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListNotebookInstances.html */
  ListNotebookInstances: "L||||||;",
  /** Grants permission to list optimization jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListOptimizationJobs.html */
  ListOptimizationJobs: "L||||||;",
  /** Grants permission to list the Amazon SageMaker Partner AI Apps in your account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListPartnerApps.html */
  ListPartnerApps: "L||||||;",
  /** Grants permission to list steps for a pipeline execution. Access level: List. Resources: pipeline-execution*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListPipelineExecutionSteps.html */
  ListPipelineExecutionSteps: "L|||57;1;|||;",
  /** Grants permission to list executions for a pipeline. Access level: List. Resources: pipeline*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListPipelineExecutions.html */
  ListPipelineExecutions: "L|||56;1;|||;",
  /** Grants permission to list parameters for a pipeline execution. Access level: List. Resources: pipeline-execution*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListPipelineParametersForExecution.html */
  ListPipelineParametersForExecution: "L|||57;1;|||;",
  /** Grants permission to list versions of a pipeline. Access level: List. Resources: pipeline*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListPipelineVersions.html */
  ListPipelineVersions: "L|||56;1;|||;",
  /** Grants permission to list pipelines. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListPipelines.html */
  ListPipelines: "L||||||;",
  /** Grants permission to list processing jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListProcessingJobs.html */
  ListProcessingJobs: "L||||||;",
  /** Grants permission to list Projects. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListProjects.html */
  ListProjects: "L||||||;",
  /** Grants permission to list resource catalogs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListResourceCatalogs.html */
  ListResourceCatalogs: "L||||||;",
  /** Grants permission to list shared model events. Access level: List. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/canvas-collaborate-permissions.html */
  ListSharedModelEvents: "L||1||||",
  /** Grants permission to list shared model versions. Access level: List. Resources: shared-model*. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/canvas-collaborate-permissions.html */
  ListSharedModelVersions: "L||1|62;1;|||",
  /** Grants permission to list shared models. Access level: List. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/canvas-collaborate-permissions.html */
  ListSharedModels: "L||1||||",
  /** Grants permission to list the Spaces in your account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListSpaces.html */
  ListSpaces: "L||||||;",
  /** Grants permission to list stage devices. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListStageDevices.html */
  ListStageDevices: "L||||||",
  /** Grants permission to list the Studio Lifecycle Configurations that can be deployed using Amazon SageMaker. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListStudioLifecycleConfigs.html */
  ListStudioLifecycleConfigs: "L||||||;",
  /** Grants permission to list subscribed workteams. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListSubscribedWorkteams.html */
  ListSubscribedWorkteams: "L||||||;",
  /** Grants permission to list the tag set associated with the specified resource. Access level: List. Resources: action, ai-benchmark-job, ai-recommendation-job, ai-workload-config, algorithm, app, app-image-config, artifact, automl-job, cluster, cluster-scheduler-config, code-repository, compilation-job, compute-quota, context, data-quality-job-definition, device, device-fleet, domain, edge-deployment-plan, edge-packaging-job, endpoint, endpoint-config, experiment, experiment-trial, experiment-trial-component, feature-group, flow-definition, hub, hub-content, human-task-ui, hyper-parameter-tuning-job, image, inference-component, inference-recommendations-job, labeling-job, mlflow-app, mlflow-tracking-server, model, model-bias-job-definition, model-card, model-explainability-job-definition, model-package, model-package-group, model-quality-job-definition, monitoring-schedule, notebook-instance, notebook-instance-lifecycle-config, optimization-job, partner-app, pipeline, pipeline-execution, processing-job, project, reserved-capacity, space, studio-lifecycle-config, training-job, training-plan, transform-job, user-profile, workteam. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListTags.html */
  ListTags:
    "L|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;,21;0;,22;0;,23;0;,24;0;,25;0;,26;0;,27;0;,28;0;,29;0;,31;0;,32;0;,33;0;,35;0;,37;0;,38;0;,40;0;,41;0;,42;0;,43;0;,44;0;,46;0;,47;0;5~6~7,48;0;,49;0;,50;0;,52;0;,53;0;,54;0;,55;0;,56;0;,57;0;,58;0;,59;0;,60;0;,64;0;,65;0;,66;0;,67;0;,68;0;,69;0;,71;0;|||;",
  /** Grants permission to list training jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListTrainingJobs.html */
  ListTrainingJobs: "L||||||;",
  /** Grants permission to list training jobs for a hyper parameter tuning job. Access level: List. Resources: hyper-parameter-tuning-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListTrainingJobsForHyperParameterTuningJob.html */
  ListTrainingJobsForHyperParameterTuningJob: "L|||32;1;|||;",
  /** Grants permission to list all the training plans that have been created in a specified account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListTrainingPlans.html */
  ListTrainingPlans: "L||||||;",
  /** Grants permission to list transform jobs. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListTransformJobs.html */
  ListTransformJobs: "L||||||;",
  /** Grants permission to list trial components. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListTrialComponents.html */
  ListTrialComponents: "L||||||;",
  /** Grants permission to list trials. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListTrials.html */
  ListTrials: "L||||||;",
  /** Grants permission to list all UltraServers in a specified Reserved Capacity. Access level: List. Resources: reserved-capacity*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListUltraServersByReservedCapacity.html */
  ListUltraServersByReservedCapacity: "L|||60;1;|||;",
  /** Grants permission to list the UserProfiles in your account. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListUserProfiles.html */
  ListUserProfiles: "L||||||;",
  /** Grants permission to list workforces. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListWorkforces.html */
  ListWorkforces: "L||||||;",
  /** Grants permission to list workteams. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListWorkteams.html */
  ListWorkteams: "L||||||;",
  /** Grants permission to put a lineage group policy. Access level: Write. https://docs.aws.amazon.com/sagemaker/latest/APIReference/Welcome.html */
  PutLineageGroupPolicy: "W||||||",
  /** Grants permission to put a ModelPackageGroup policy. Access level: Write. Resources: model-package-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_PutModelPackageGroupPolicy.html */
  PutModelPackageGroupPolicy: "W|||48;1;|||;",
  /** Grants permission to put a record to a feature group. Access level: Write. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_feature_store_PutRecord.html */
  PutRecord: "W|||26;1;|||;",
  /** Grants AWS Resource Access Manager permission to create a resource policy on a SageMaker resource that supports cross-account sharing. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W||1||||",
  /** Grants permission to explore the lineage graph. Access level: List. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_QueryLineage.html */
  QueryLineage: "L||||||;",
  /** Grants permission to register a set of devices. Access level: Write. Resources: device*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_RegisterDevices.html */
  RegisterDevices: "W|||16;1;|0,2||",
  /** Grants permission to render a UI template used for a human annotation task. Access level: Read. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_RenderUiTemplate.html */
  RenderUiTemplate: "R|||||12|;",
  /** Grants permission to retry a pipeline execution. Access level: Write. Resources: pipeline-execution*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_RetryPipelineExecution.html */
  RetryPipelineExecution: "W|||57;1;|||;",
  /** Grants permission to search for SageMaker objects. Access level: Read. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Search.html */
  Search: "R||||46||;",
  /** Grants permissions to search for the available training plan offerings that best match specified capacity requirements. Access level: Read. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SearchTrainingPlanOfferings.html */
  SearchTrainingPlanOfferings: "R||||||;",
  /** Grants permission to publish heartbeat data from devices. After you deploy a model onto edge devices this api is used to report device status. Access level: Write. Resources: device*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_edge_SendHeartbeat.html */
  SendHeartbeat: "W|||16;1;|||",
  /** Grants permission to fail a pending callback step. Access level: Write. Resources: pipeline-execution*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SendPipelineExecutionStepFailure.html */
  SendPipelineExecutionStepFailure: "W|||57;1;|||;",
  /** Grants permission to succeed a pending callback step. Access level: Write. Resources: pipeline-execution*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SendPipelineExecutionStepSuccess.html */
  SendPipelineExecutionStepSuccess: "W|||57;1;|||;",
  /** Grants permission to send a shared model event. Access level: Write. Resources: shared-model-event*. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/canvas-collaborate-permissions.html */
  SendSharedModelEvent: "W||1|63;1;|||",
  /** Grants permission to start deep health checks for a SageMaker Hyperpod cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartClusterHealthCheck.html */
  StartClusterHealthCheck: "W|||9;1;|||;",
  /** Grants permission to start an edge deployment stage. Access level: Write. Resources: edge-deployment-plan*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartEdgeDeploymentStage.html */
  StartEdgeDeploymentStage: "W|||19;1;|||",
  /** Grants permission to start a human loop. Access level: Write. Resources: flow-definition*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartHumanLoop.html */
  StartHumanLoop: "W|||27;1;|||;",
  /** Grants permission to start an inference experiment. Access level: Write. Resources: inference-experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartInferenceExperiment.html */
  StartInferenceExperiment: "W|||36;1;|||;",
  /** Grants permission to start an MLfLow tracking server. Access level: Write. Resources: mlflow-tracking-server*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartMlflowTrackingServer.html */
  StartMlflowTrackingServer: "W|||41;1;1~44|||;",
  /** Grants permission to start a monitoring schedule. Access level: Write. Resources: monitoring-schedule*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartMonitoringSchedule.html */
  StartMonitoringSchedule: "W|||50;1;|||;",
  /** Grants permission to start a notebook instance. This launches an EC2 instance with the latest version of the libraries and attaches your EBS volume. Access level: Write. Resources: notebook-instance*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartNotebookInstance.html */
  StartNotebookInstance: "W|||52;1;|||;",
  /** Grants permission to start a pipeline execution. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartPipelineExecution.html */
  StartPipelineExecution: "W|||56;1;|41||;",
  /** Grants permission to start a remote session for a SageMaker space. Access level: Write. Resources: space*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartSession.html */
  StartSession: "W|||64;1;|||;",
  /** Grants permission to stop an AI benchmark job. Access level: Write. Resources: ai-benchmark-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopAIBenchmarkJob.html */
  StopAIBenchmarkJob: "W|||1;1;|||;",
  /** Grants permission to stop an AI recommendation job. Access level: Write. Resources: ai-recommendation-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopAIRecommendationJob.html */
  StopAIRecommendationJob: "W|||2;1;|||;",
  /** Grants permission to stop a running AutoML job. Access level: Write. Resources: automl-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopAutoMLJob.html */
  StopAutoMLJob: "W|||8;1;|||;",
  /** Grants permission to stop a compilation job. Access level: Write. Resources: compilation-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopCompilationJob.html */
  StopCompilationJob: "W|||12;1;|||;",
  /** Grants permission to stop an edge deployment stage. Access level: Write. Resources: edge-deployment-plan*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopEdgeDeploymentStage.html */
  StopEdgeDeploymentStage: "W|||19;1;|||",
  /** Grants permission to stop an edge packaging job. Access level: Write. Resources: edge-packaging-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopEdgePackagingJob.html */
  StopEdgePackagingJob: "W|||20;1;|||",
  /** Grants permission to stop a specified human loop. Access level: Write. Resources: human-loop*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopHumanLoop.html */
  StopHumanLoop: "W|||30;1;|||;",
  /** Grants permission to stop a running hyper parameter tuning job create via the CreateHyperParameterTuningJob. Access level: Write. Resources: hyper-parameter-tuning-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopHyperParameterTuningJob.html */
  StopHyperParameterTuningJob: "W|||32;1;|||;",
  /** Grants permission to stop an inference experiment. Access level: Write. Resources: inference-experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopInferenceExperiment.html */
  StopInferenceExperiment: "W|||36;1;|||;",
  /** Grants permission to stop an inference recommendations job. Access level: Write. Resources: inference-recommendations-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopInferenceRecommendationsJob.html */
  StopInferenceRecommendationsJob: "W|||37;1;|||;",
  /** Grants permission to stop a labeling job. Any labels already generated will be exported before stopping. Access level: Write. Resources: labeling-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopLabelingJob.html */
  StopLabelingJob: "W|||38;1;|||;",
  /** Grants permission to stop an MLflow tracking server. Access level: Write. Resources: mlflow-tracking-server*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopMlflowTrackingServer.html */
  StopMlflowTrackingServer: "W|||41;1;1~44|||;",
  /** Grants permission to stop a monitoring schedule. Access level: Write. Resources: monitoring-schedule*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopMonitoringSchedule.html */
  StopMonitoringSchedule: "W|||50;1;|||;",
  /** Grants permission to stop a notebook instance. This terminates the EC2 instance. Before terminating the instance, Amazon SageMaker disconnects the EBS volume from it. Amazon SageMaker preserves the EBS volume. Access level: Write. Resources: notebook-instance*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopNotebookInstance.html */
  StopNotebookInstance: "W|||52;1;|||;",
  /** Grants permission to stop an optimization job. Access level: Write. Resources: optimization-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopOptimizationJob.html */
  StopOptimizationJob: "W|||54;1;|||;",
  /** Grants permission to stop a pipeline execution. Access level: Write. Resources: pipeline-execution*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopPipelineExecution.html */
  StopPipelineExecution: "W|||57;1;|||;",
  /** Grants permission to stop a processing job. To stop a job, Amazon SageMaker sends the algorithm the SIGTERM signal, which delays job termination for 120 seconds. Access level: Write. Resources: processing-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopProcessingJob.html */
  StopProcessingJob: "W|||58;1;|||;",
  /** Grants permission to stop a training job. To stop a job, Amazon SageMaker sends the algorithm the SIGTERM signal, which delays job termination for 120 seconds. Access level: Write. Resources: training-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopTrainingJob.html */
  StopTrainingJob: "W|||66;1;|||;",
  /** Grants permission to stop a transform job. When Amazon SageMaker receives a StopTransformJob request, the status of the job changes to Stopping. After Amazon SageMaker stops the job, the status is set to Stopped. Access level: Write. Resources: transform-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopTransformJob.html */
  StopTransformJob: "W|||68;1;|||;",
  /** Grants permission to train a model in hub. Access level: Write. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/dg/jumpstart-curated-hubs-admin-guide.html */
  TrainHubModel: "W|||28;1;,29;1;|||",
  /** Grants permission to update an action. Access level: Write. Resources: action*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateAction.html */
  UpdateAction: "W|||0;1;|||;",
  /** Grants permission to update an AppImageConfig. Access level: Write. Resources: app-image-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateAppImageConfig.html */
  UpdateAppImageConfig: "W|||6;1;|||;",
  /** Grants permission to update an artifact. Access level: Write. Resources: artifact*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateArtifact.html */
  UpdateArtifact: "W|||7;1;|||;",
  /** Grants permission to update a SageMaker HyperPod cluster. Access level: Write. Resources: cluster*, reserved-capacity, training-plan. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateCluster.html */
  UpdateCluster:
    "W|||9;1;,60;0;,67;0;|28,55,56|0,1,3,4,5,6,7,8,9,12,sagemaker:BatchAddClusterNodes,sagemaker:BatchDeleteClusterNodes,15|;",
  /** Grants permission to update the inference operator for a SageMaker HyperPod cluster. Access level: Write. Resources: cluster*. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-inference.html */
  UpdateClusterInference: "W||1|9;1;||5,9,10,12,14|",
  /** Grants permission to update a cluster scheduler config. Access level: Write. Resources: cluster-scheduler-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateClusterSchedulerConfig.html */
  UpdateClusterSchedulerConfig: "W|||10;1;|||;",
  /** Grants permission to update platform software for a SageMaker HyperPod cluster. Access level: Write. Resources: cluster*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateClusterSoftware.html */
  UpdateClusterSoftware: "W|||9;1;||0,1,3,4,9|CreateCluster,UpdateCluster,;",
  /** Grants permission to update a CodeRepository. Access level: Write. Resources: code-repository*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateCodeRepository.html */
  UpdateCodeRepository: "W|||11;1;|||;",
  /** Grants permission to update a compute quota. Access level: Write. Resources: compute-quota*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateComputeQuota.html */
  UpdateComputeQuota: "W|||13;1;|||;",
  /** Grants permission to update a context. Access level: Write. Resources: context*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateContext.html */
  UpdateContext: "W|||14;1;|||;",
  /** Grants permission to update a device fleet. Access level: Write. Resources: device-fleet*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateDeviceFleet.html */
  UpdateDeviceFleet: "W|||17;1;|||",
  /** Grants permission to update a set of devices. Access level: Write. Resources: device*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateDevices.html */
  UpdateDevices: "W|||16;1;|||",
  /** Grants permission to update a Domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateDomain.html */
  UpdateDomain: "W|||18;1;|4,13,26,27,28,50,55,56|12|;",
  /** Grants permission to update an endpoint to use the endpoint configuration specified in the request. Access level: Write. Resources: endpoint*, endpoint-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateEndpoint.html */
  UpdateEndpoint: "W|||21;1;,22;1;|||;",
  /** Grants permission to update variant weight, capacity, or both of one or more variants associated with an endpoint. Access level: Write. Resources: endpoint*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateEndpointWeightsAndCapacities.html */
  UpdateEndpointWeightsAndCapacities: "W|||21;1;|||;",
  /** Grants permission to update an experiment. Access level: Write. Resources: experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateExperiment.html */
  UpdateExperiment: "W|||23;1;|||;",
  /** Grants permission to update a feature group. Access level: Write. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateFeatureGroup.html */
  UpdateFeatureGroup: "W|||26;1;|||;",
  /** Grants permission to update a feature metadata. Access level: Write. Resources: feature-group*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateFeatureMetadata.html */
  UpdateFeatureMetadata: "W|||26;1;|||;",
  /** Grants permission to update hubs. Access level: Write. Resources: hub*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateHub.html */
  UpdateHub: "W|||28;1;|||;",
  /** Grants permission to update hub content. Access level: Write. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateHubContent.html */
  UpdateHubContent: "W|||28;1;,29;1;|||;",
  /** Grants permission to update hub content reference. Access level: Write. Resources: hub*, hub-content*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateHubContentReference.html */
  UpdateHubContentReference: "W|||28;1;,29;1;|||;",
  /** Grants permission to update the properties of a SageMaker Image. Access level: Write. Resources: image*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateImage.html */
  UpdateImage: "W|||33;1;||12|;",
  /** Grants permission to update the properties of a SageMaker ImageVersion. Access level: Write. Resources: image-version*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateImageVersion.html */
  UpdateImageVersion: "W|||34;1;|||;",
  /** Grants permission to update an inference component to use the specification and configurations specified in the request. Access level: Write. Resources: inference-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateInferenceComponent.html */
  UpdateInferenceComponent: "W|||35;1;|||;",
  /** Grants permission to update the runtime config of a given inference component. Access level: Write. Resources: inference-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateInferenceComponentRuntimeConfig.html */
  UpdateInferenceComponentRuntimeConfig: "W|||35;1;|||;",
  /** Grants permission to update an inference experiment. Access level: Write. Resources: inference-experiment*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateInferenceExperiment.html */
  UpdateInferenceExperiment: "W|||36;1;|||;",
  /** Grants permission to update an MLflow app. Access level: Write. Resources: mlflow-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateMlflowApp.html */
  UpdateMlflowApp: "W|||40;1;|||;",
  /** Grants permission to update an MLflow tracking server. Access level: Write. Resources: mlflow-tracking-server*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateMlflowTrackingServer.html */
  UpdateMlflowTrackingServer: "W|||41;1;1~44|||;",
  /** Grants permission to update a model card. Access level: Write. Resources: model-card*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateModelCard.html */
  UpdateModelCard: "W|||44;1;|||;",
  /** Grants permission to update a ModelPackage. Access level: Write. Resources: model-package*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateModelPackage.html */
  UpdateModelPackage: "W|||47;1;5~6~7|8,9,33,35,36||;",
  /** Grants permission to update a monitoring alert. Access level: Write. Resources: monitoring-schedule*, monitoring-schedule-alert*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateMonitoringAlert.html */
  UpdateMonitoringAlert: "W|||50;1;,51;1;|||;",
  /** Grants permission to update a monitoring schedule. Access level: Write. Resources: monitoring-schedule*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateMonitoringSchedule.html */
  UpdateMonitoringSchedule: "W|||50;1;|0,2,28,29,31,37,39,54,55,56|12|;",
  /** Grants permission to update a notebook instance. Notebook instance updates include upgrading or downgrading the EC2 instance used for your notebook instance to accommodate changes in your workload requirements. Access level: Write. Resources: notebook-instance*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateNotebookInstance.html */
  UpdateNotebookInstance: "W|||52;1;|3,28,32,38,45|12|;",
  /** Grants permission to updates a notebook instance lifecycle configuration created with the CreateNotebookInstanceLifecycleConfig API. Access level: Write. Resources: notebook-instance-lifecycle-config*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateNotebookInstanceLifecycleConfig.html */
  UpdateNotebookInstanceLifecycleConfig: "W|||53;1;|||;",
  /** Grants permission to update an Amazon SageMaker Partner AI App. Access level: Write. Resources: partner-app*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdatePartnerApp.html */
  UpdatePartnerApp: "W|||55;1;||13|;",
  /** Grants permission to update a pipeline. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdatePipeline.html */
  UpdatePipeline: "W|||56;1;||12|;",
  /** Grants permission to update a pipeline execution. Access level: Write. Resources: pipeline-execution*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdatePipelineExecution.html */
  UpdatePipelineExecution: "W|||57;1;|||;",
  /** Grants permission to update a pipeline version. Access level: Write. Resources: pipeline*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdatePipelineVersion.html */
  UpdatePipelineVersion: "W|||56;1;|41||;",
  /** Grants permission to update a Project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateProject.html */
  UpdateProject: "W|||59;1;|0,2|13|;",
  /** Grants permission to update a shared model. Access level: Write. Resources: shared-model*. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/canvas-collaborate-permissions.html */
  UpdateSharedModel: "W||1|62;1;|||",
  /** Grants permission to update a Space. Access level: Write. Resources: space*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateSpace.html */
  UpdateSpace: "W|||64;1;|26,27,28,40,42,49,50||;",
  /** Grants permission to update a training job. Access level: Write. Resources: training-job*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateTrainingJob.html */
  UpdateTrainingJob: "W|||66;1;|14,28,30||;",
  /** Grants permission to update a trial. Access level: Write. Resources: experiment-trial*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateTrial.html */
  UpdateTrial: "W|||24;1;|||;",
  /** Grants permission to update a trial component. Access level: Write. Resources: experiment-trial-component*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateTrialComponent.html */
  UpdateTrialComponent: "W|||25;1;|||;",
  /** Grants permission to update a UserProfile. Access level: Write. Resources: user-profile*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateUserProfile.html */
  UpdateUserProfile: "W|||69;1;|13,26,27,28,50,55|12|;",
  /** Grants permission to update a workforce. Access level: Write. Resources: workforce*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateWorkforce.html */
  UpdateWorkforce: "W|||70;1;|||;",
  /** Grants permission to update a workteam. Access level: Write. Resources: workteam*. https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateWorkteam.html */
  UpdateWorkteam: "W|||71;1;|||;",
} as const;
const actionDetails = {
  AccessModelPackage:
    "|,;~|Grants permission to access model package that can be used in Amazon SageMaker training or hosting services",
  AddAssociation:
    "|,;~~~|Grants permission to associate a lineage entity (artifact, context, action, experiment, experiment-trial-component) to each other",
  AddTags:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add or overwrite one or more tags for the specified Amazon SageMaker resource",
  AssociateTrialComponent: "|,;~~~|Grants permission to associate a trial component with a trial",
  AttachClusterNodeVolume:
    "|,;~~~|Grants permission to attach an Amazon EBS volume to a SageMaker HyperPod cluster node",
  BatchAddClusterNodes: "|,;~~~,~~|Grants permission to add multiple nodes at a time to a SageMaker HyperPod cluster",
  BatchDeleteClusterNodes: "|,;~~~,~~|Grants permission to batch delete SageMaker HyperPod cluster nodes",
  BatchDescribeModelPackage: "|,;~~~|Grants permission to describe one or more ModelPackages",
  BatchGetMetrics:
    "|,;~~sagemaker-metrics~|Grants permission to retrieve metrics associated with SageMaker Resources such as Training Jobs or Trial Components",
  BatchGetRecord:
    "|,;~~sagemaker-featurestore-runtime~|Grants permission to get a batch of records from one or more feature groups",
  BatchPutMetrics:
    "|,;~~sagemaker-metrics~|Grants permission to publish metrics associated with a SageMaker Resource such as a Training Job or Trial Component",
  CallMlflowAppApi: "|,;~|Grants permission to invoke MLflow APIs",
  CallPartnerAppApi:
    "|,;~|Grants permission for Partner App SDK to access the Partner App for reading or writing data use cases",
  CreateAIBenchmarkJob: "|,;~~~|Grants permission to create an AI benchmark job",
  CreateAIRecommendationJob: "|,;~~~|Grants permission to create an AI recommendation job",
  CreateAIWorkloadConfig: "|,;~~~|Grants permission to create an AI workload configuration",
  CreateAction: "|,;~~~|Grants permission to create an action",
  CreateAlgorithm: "|,;~~~|Grants permission to create an algorithm",
  CreateApp: "|,;~~~|Grants permission to create an App for a SageMaker UserProfile or Space",
  CreateAppImageConfig: "|,;~~~|Grants permission to create an AppImageConfig",
  CreateArtifact: "|,;~~~|Grants permission to create an artifact",
  CreateAutoMLJob: "|,;~~~|Grants permission to create an AutoML job",
  CreateAutoMLJobV2: "|,;~~~|Grants permission to create a V2 AutoML job",
  CreateCluster: "|,;~~~|Grants permission to create a SageMaker HyperPod cluster",
  CreateClusterSchedulerConfig: "|,;~~~|Grants permission to create a cluster scheduler config",
  CreateCodeRepository: "|,;~~~|Grants permission to create a CodeRepository",
  CreateCompilationJob: "|,;~~~|Grants permission to create a compilation job",
  CreateComputeQuota: "|,;~~~|Grants permission to create a compute quota",
  CreateContext: "|,;~~~|Grants permission to create a context",
  CreateDataQualityJobDefinition: "|,;~~~|Grants permission to create a data quality job definition",
  CreateDeviceFleet: "|,;~|Grants permission to create a device fleet",
  CreateDomain: "|,;~~~|Grants permission to create a Domain for SageMaker Studio",
  CreateEdgeDeploymentPlan: "|,;~|Grants permission to create an edge deployment plan",
  CreateEdgeDeploymentStage: "|,;~|Grants permission to create an edge deployment stage",
  CreateEdgePackagingJob: "|,;~|Grants permission to create an edge packaging job",
  CreateEndpoint:
    "|,;~~~|Grants permission to create an endpoint using the endpoint configuration specified in the request",
  CreateEndpointConfig:
    "|,;~~~|Grants permission to create an endpoint configuration that can be deployed using Amazon SageMaker hosting services",
  CreateExperiment: "|,;~~~|Grants permission to create an experiment",
  CreateFeatureGroup: "|,;~~~|Grants permission to create a feature group",
  CreateFlowDefinition:
    "|,;~~~|Grants permission to create a flow definition, which defines settings for a human workflow",
  CreateHub: "|,;~~~|Grants permission to create a hub",
  CreateHubContentPresignedUrls:
    "|,;~~~|Grants permission to generate S3 presigned URLs with GetObject permission for accessing model artifacts",
  CreateHubContentReference: "|,;~~~|Grants permission to create hub content reference",
  CreateHumanTaskUi:
    "|,;~~~|Grants permission to define the settings you will use for the human review workflow user interface",
  CreateHyperParameterTuningJob:
    "|,;~~~|Grants permission to create a hyper parameter tuning job that can be deployed using Amazon SageMaker",
  CreateImage: "|,;~~~|Grants permission to create a SageMaker Image",
  CreateImageVersion: "|,;~~~|Grants permission to create a SageMaker ImageVersion",
  CreateInferenceComponent: "|,;~~~|Grants permission to create an inference component on an endpoint",
  CreateInferenceExperiment: "|,;~~~|Grants permission to create an inference experiment",
  CreateInferenceRecommendationsJob: "|,;~~~|Grants permission to create an inference recommendations job",
  CreateLabelingJob:
    "|,;~~~|Grants permission to start a labeling job. A labeling job takes unlabeled data in and produces labeled data as output, which can be used for training SageMaker models",
  CreateLineageGroupPolicy: "|,;~|Grants permission to create a lineage group policy",
  CreateMlflowApp: "|,;~~~|Grants permission to create an MLflow app",
  CreateMlflowTrackingServer: "|,;~~~|Grants permission to create an MLflow tracking server",
  CreateModel:
    "|,;~~~|Grants permission to create a model in Amazon SageMaker. In the request, you specify a name for the model and describe one or more containers",
  CreateModelBiasJobDefinition: "|,;~~~|Grants permission to create a model bias job definition",
  CreateModelCard: "|,;~~~|Grants permission to create a model card",
  CreateModelCardExportJob: "|,;~~~|Grants permission to create an export job for a model card",
  CreateModelExplainabilityJobDefinition: "|,;~~~|Grants permission to create a model explainability job definition",
  CreateModelPackage: "|,;~~~|Grants permission to create a ModelPackage",
  CreateModelPackageGroup: "|,;~~~|Grants permission to create a ModelPackageGroup",
  CreateModelQualityJobDefinition: "|,;~~~|Grants permission to create a model quality job definition",
  CreateMonitoringSchedule: "|,;~~~|Grants permission to create a monitoring schedule",
  CreateNotebookInstance:
    "|,;~~~|Grants permission to create an Amazon SageMaker notebook instance. A notebook instance is an Amazon EC2 instance running on a Jupyter Notebook",
  CreateNotebookInstanceLifecycleConfig:
    "|,;~~~|Grants permission to create a notebook instance lifecycle configuration that can be deployed using Amazon SageMaker",
  CreateOptimizationJob: "|,;~~~|Grants permission to create an optimization job",
  CreatePartnerApp: "|,;~~~|Grants permission to create an Amazon SageMaker Partner AI App",
  CreatePartnerAppPresignedUrl:
    "|,;~~~|Grants permission to return a URL that you can use from your browser to connect to the Amazon SageMaker Partner AI App",
  CreatePipeline: "|,;~~~|Grants permission to create a pipeline",
  CreatePresignedDomainUrl:
    "|,;~~~|Grants permission to return a URL that you can use from your browser to connect to the Domain as a specified UserProfile when AuthMode is 'IAM'",
  CreatePresignedMlflowAppUrl:
    "|,;~~~|Grants permission to return a URL that you can use from your browser to connect to the MLflow app",
  CreatePresignedMlflowTrackingServerUrl:
    "|,;~~~|Grants permission to return a URL that you can use from your browser to connect to the MLflow tracking server",
  CreatePresignedNotebookInstanceUrl:
    "|,;~~~|Grants permission to create a URL that you can use from your browser to connect to the Notebook Instance",
  CreateProcessingJob:
    "|,;~~~|Grants permission to start a processing job. After processing completes, Amazon SageMaker saves the resulting artifacts and other optional output to an Amazon S3 location that you specify",
  CreateProject: "|,;~~~|Grants permission to create a Project",
  CreateReservedCapacity: "|,;~~~|Grants permission to create a reserved capacity",
  CreateSharedModel: "|,;~|Grants permission to create a shared model in a SageMaker Studio application",
  CreateSpace: "|,;~~~|Grants permission to create a Space for a SageMaker Domain",
  CreateStudioLifecycleConfig:
    "|,;~~~|Grants permission to create a Studio Lifecycle Configuration that can be deployed using Amazon SageMaker",
  CreateTrainingJob:
    "|,;~~~|Grants permission to start a model training job. After training completes, Amazon SageMaker saves the resulting model artifacts and other optional output to an Amazon S3 location that you specify",
  CreateTrainingPlan:
    "|,;~~~|Grants permission to create a training plan that allocates resources for scheduling workloads within a specified time range",
  CreateTransformJob:
    "|,;~~~|Grants permission to start a transform job. After the results are obtained, Amazon SageMaker saves them to an Amazon S3 location that you specify",
  CreateTrial: "|,;~~~|Grants permission to create a trial",
  CreateTrialComponent: "|,;~~~|Grants permission to create a trial component",
  CreateUserProfile: "|,;~~~|Grants permission to create a UserProfile for a SageMaker Domain",
  CreateWorkforce: "|,;~~~|Grants permission to create a workforce",
  CreateWorkteam: "|,;~~~|Grants permission to create a workteam",
  DeleteAIBenchmarkJob: "|,;~~~|Grants permission to delete an AI benchmark job",
  DeleteAIRecommendationJob: "|,;~~~|Grants permission to delete an AI recommendation job",
  DeleteAIWorkloadConfig: "|,;~~~|Grants permission to delete an AI workload configuration",
  DeleteAction: "|,;~~~|Grants permission to delete an action",
  DeleteAlgorithm: "|,;~~~|Grants permission to delete an algorithm",
  DeleteApp: "|,;~~~|Grants permission to delete an App",
  DeleteAppImageConfig: "|,;~~~|Grants permission to delete an AppImageConfig",
  DeleteArtifact: "|,;~~~|Grants permission to delete an artifact",
  DeleteAssociation:
    "|,;~~~|Grants permission to delete the association from a lineage entity (artifact, context, action, experiment, experiment-trial-component) to another",
  DeleteCluster: "|,;~~~|Grants permission to delete a SageMaker HyperPod cluster",
  DeleteClusterSchedulerConfig: "|,;~~~|Grants permission to delete a cluster scheduler config",
  DeleteCodeRepository: "|,;~~~|Grants permission to delete a CodeRepository",
  DeleteCompilationJob: "|,;~~~|Grants permission to delete a compilation job",
  DeleteComputeQuota: "|,;~~~|Grants permission to delete a compute quota",
  DeleteContext: "|,;~~~|Grants permission to delete a context",
  DeleteDataQualityJobDefinition:
    "|,;~~~|Grants permission to delete the data quality job definition created using the CreateDataQualityJobDefinition API",
  DeleteDeviceFleet: "|,;~|Grants permission to delete a device fleet",
  DeleteDomain: "|,;~~~|Grants permission to delete a Domain",
  DeleteEdgeDeploymentPlan: "|,;~|Grants permission to delete an edge deployment plan",
  DeleteEdgeDeploymentStage: "|,;~|Grants permission to delete an edge deployment stage",
  DeleteEndpoint:
    "|,;~~~|Grants permission to delete an endpoint. Amazon SageMaker frees up all the resources that were deployed when the endpoint was created",
  DeleteEndpointConfig:
    "|,;~~~|Grants permission to delete the endpoint configuration created using the CreateEndpointConfig API. The DeleteEndpointConfig API deletes only the specified configuration. It does not delete any endpoints created using the configuration",
  DeleteExperiment: "|,;~~~|Grants permission to delete an experiment",
  DeleteFeatureGroup: "|,;~~~|Grants permission to delete a feature group",
  DeleteFlowDefinition: "|,;~~~|Grants permission to delete the specified flow definition",
  DeleteHub: "|,;~~~|Grants permission to delete hubs",
  DeleteHubContent: "|,;~~~|Grants permission to delete hub content",
  DeleteHubContentReference: "|,;~~~|Grants permission to delete hub content reference",
  DeleteHumanLoop: "|,;~~sagemaker-a2i-runtime~|Grants permission to delete a specified human loop",
  DeleteHumanTaskUi:
    "|,;~~~|Grants permission to delete the specified human task user interface (worker task template)",
  DeleteHyperParameterTuningJob: "|,;~~~|Grants permission to delete a hyper parameter tuning job",
  DeleteImage: "|,;~~~|Grants permission to delete a SageMaker Image",
  DeleteImageVersion: "|,;~~~|Grants permission to delete a SageMaker ImageVersion",
  DeleteInferenceComponent:
    "|,;~~~|Grants permission to delete an inference component. Amazon SageMaker frees up the resources that were reserved when the inference component was created",
  DeleteInferenceExperiment: "|,;~~~|Grants permission to delete an inference experiment",
  DeleteLineageGroupPolicy: "|,;~|Grants permission to delete a lineage group policy",
  DeleteMlflowApp: "|,;~~~|Grants permission to delete an MLflow app",
  DeleteMlflowTrackingServer: "|,;~~~|Grants permission to delete an MLflow tracking server",
  DeleteModel:
    "|,;~~~|Grants permission to delete a model created using the CreateModel API. The DeleteModel API deletes only the model entry in Amazon SageMaker that you created by calling the CreateModel API. It does not delete model artifacts, inference code, or the IAM role that you specified when creating the model",
  DeleteModelBiasJobDefinition:
    "|,;~~~|Grants permission to delete the model bias job definition created using the CreateModelBiasJobDefinition API",
  DeleteModelCard: "|,;~~~|Grants permission to delete a model card",
  DeleteModelExplainabilityJobDefinition:
    "|,;~~~|Grants permission to delete the model explainability job definition created using the CreateModelExplainabilityJobDefinition API",
  DeleteModelPackage: "|,;~~~|Grants permission to delete a ModelPackage",
  DeleteModelPackageGroup: "|,;~~~|Grants permission to delete a ModelPackageGroup",
  DeleteModelPackageGroupPolicy: "|,;~~~|Grants permission to delete a ModelPackageGroup policy",
  DeleteModelQualityJobDefinition:
    "|,;~~~|Grants permission to delete the model quality job definition created using the CreateModelQualityJobDefinition API",
  DeleteMonitoringSchedule: "|,;~~~|Grants permission to delete a monitoring schedule",
  DeleteNotebookInstance:
    "|,;~~~|Grants permission to delete a Amazon SageMaker notebook instance. Before you can delete a notebook instance, you must call the StopNotebookInstance API",
  DeleteNotebookInstanceLifecycleConfig:
    "|,;~~~|Grants permission to delete a notebook instance lifecycle configuration",
  DeleteOptimizationJob: "|,;~~~|Grants permission to delete an optimization job",
  DeletePartnerApp: "|,;~~~|Grants permission to delete an Amazon SageMaker Partner AI App",
  DeletePipeline: "|,;~~~|Grants permission to delete a pipeline",
  DeleteProcessingJob: "|,;~~~|Grants permission to delete a processing job",
  DeleteProject: "|,;~~~|Grants permission to delete a project",
  DeleteRecord: "|,;~~sagemaker-featurestore-runtime~|Grants permission to delete a record from a feature group",
  DeleteResourcePolicy:
    "|,;~|Grants AWS Resource Access Manager permission to delete a resource policy on a SageMaker resource that supports cross-account sharing",
  DeleteSpace: "|,;~~~|Grants permission to delete a Space",
  DeleteStudioLifecycleConfig: "|,;~~~|Grants permission to delete a Studio Lifecycle Configuration",
  DeleteTags: "|,;~~~|Grants permission to delete the specified set of tags from an Amazon SageMaker resource",
  DeleteTrainingJob: "|,;~~~|Grants permission to delete a training job",
  DeleteTrial: "|,;~~~|Grants permission to delete a trial",
  DeleteTrialComponent: "|,;~~~|Grants permission to delete a trial component",
  DeleteUserProfile: "|,;~~~|Grants permission to delete a UserProfile",
  DeleteWorkforce: "|,;~~~|Grants permission to delete a workforce",
  DeleteWorkteam: "|,;~~~|Grants permission to delete a workteam",
  DeployHubModel: "|,;~|Grants permission to deploy a model in hub to an endpoint",
  DeregisterDevices: "|,;~|Grants permission to deregister a set of devices",
  DescribeAIBenchmarkJob: "|,;~~~|Grants permission to describe an AI benchmark job",
  DescribeAIRecommendationJob: "|,;~~~|Grants permission to describe an AI recommendation job",
  DescribeAIWorkloadConfig: "|,;~~~|Grants permission to describe an AI workload configuration",
  DescribeAction: "|,;~~~|Grants permission to get information about an action",
  DescribeAlgorithm: "|,;~~~|Grants permission to describe an algorithm",
  DescribeApp: "|,;~~~|Grants permission to describe an App",
  DescribeAppImageConfig: "|,;~~~|Grants permission to describe an AppImageConfig",
  DescribeArtifact: "|,;~~~|Grants permission to get information about an artifact",
  DescribeAutoMLJob: "|,;~~~|Grants permission to describe an AutoML job that was created via the CreateAutoMLJob API",
  DescribeAutoMLJobV2:
    "|,;~~~|Grants permission to describe an AutoML job that was created via the CreateAutoMLJobV2 API",
  DescribeCluster: "|,;~~~|Grants permission to return information about a SageMaker HyperPod cluster",
  DescribeClusterEvent:
    "|,;~~~|Grants permission to return information about an Event within a SageMaker HyperPod cluster",
  DescribeClusterInference:
    "|,;~|Grants permission to get information about the inference operator for a SageMaker HyperPod cluster",
  DescribeClusterNode: "|,;~~~|Grants permission to return information about a SageMaker HyperPod cluster node",
  DescribeClusterSchedulerConfig: "|,;~~~|Grants permission to get information about a cluster scheduler config",
  DescribeCodeRepository: "|,;~~~|Grants permission to describe a CodeRepository",
  DescribeCompilationJob: "|,;~~~|Grants permission to return information about a compilation job",
  DescribeComputeQuota: "|,;~~~|Grants permission to get information about a compute quota",
  DescribeContext: "|,;~~~|Grants permission to get information about a context",
  DescribeDataQualityJobDefinition:
    "|,;~~~|Grants permission to return information about a data quality job definition",
  DescribeDevice: "|,;~|Grants permission to access information about a device",
  DescribeDeviceFleet: "|,;~|Grants permission to access information about a device fleet",
  DescribeDomain: "|,;~~~|Grants permission to describe a Domain",
  DescribeEdgeDeploymentPlan: "|,;~|Grants permission to access information about an edge deployment plan",
  DescribeEdgePackagingJob: "|,;~|Grants permission to access information about an edge packaging job",
  DescribeEndpoint: "|,;~~~|Grants permission to return the description of an endpoint",
  DescribeEndpointConfig:
    "|,;~~~|Grants permission to return the description of an endpoint configuration, which was created using the CreateEndpointConfig API",
  DescribeExperiment: "|,;~~~|Grants permission to return information about an experiment",
  DescribeFeatureGroup: "|,;~~~|Grants permission to return information about a feature group",
  DescribeFeatureMetadata: "|,;~~~|Grants permission to return information about a feature metadata",
  DescribeFlowDefinition: "|,;~~~|Grants permission to return information about the specified flow definition",
  DescribeHub: "|,;~~~|Grants permission to describe hubs",
  DescribeHubContent: "|,;~~~|Grants permission to describe hub content",
  DescribeHumanLoop:
    "|,;~~sagemaker-a2i-runtime~|Grants permission to return information about the specified human loop",
  DescribeHumanTaskUi:
    "|,;~~~|Grants permission to return detailed information about the specified human review workflow user interface",
  DescribeHyperParameterTuningJob:
    "|,;~~~|Grants permission to describe a hyper parameter tuning job that was created via the CreateHyperParameterTuningJob API",
  DescribeImage: "|,;~~~|Grants permission to return information about a SageMaker Image",
  DescribeImageVersion: "|,;~~~|Grants permission to return information about a SageMaker ImageVersion",
  DescribeInferenceComponent: "|,;~~~|Grants permission to return the description of an inference component",
  DescribeInferenceExperiment: "|,;~~~|Grants permission to get information about an inference experiment",
  DescribeInferenceRecommendationsJob:
    "|,;~~~|Grants permission to get information about an inference recommendations job",
  DescribeLabelingJob: "|,;~~~|Grants permission to return information about a labeling job",
  DescribeLineageGroup: "|,;~~~|Grants permission to describe a lineage group",
  DescribeMlflowApp: "|,;~~~|Grants permission to get information about an MLflow app",
  DescribeMlflowTrackingServer: "|,;~~~|Grants permission to get information about an MLflow tracking server",
  DescribeModel: "|,;~~~|Grants permission to describe a model that you created using the CreateModel API",
  DescribeModelBiasJobDefinition: "|,;~~~|Grants permission to return information about a model bias job definition",
  DescribeModelCard: "|,;~~~|Grants permission to get information about a model card",
  DescribeModelCardExportJob: "|,;~~~|Grants permission to get information about a model card export job",
  DescribeModelExplainabilityJobDefinition:
    "|,;~~~|Grants permission to return information about a model explainability job definition",
  DescribeModelPackage: "|,;~~~|Grants permission to describe a ModelPackage",
  DescribeModelPackageGroup: "|,;~~~|Grants permission to describe a ModelPackageGroup",
  DescribeModelQualityJobDefinition:
    "|,;~~~|Grants permission to return information about a model quality job definition",
  DescribeMonitoringSchedule: "|,;~~~|Grants permission to return information about a monitoring schedule",
  DescribeNotebookInstance: "|,;~~~|Grants permission to return information about a notebook instance",
  DescribeNotebookInstanceLifecycleConfig:
    "|,;~~~|Grants permission to describe a notebook instance lifecycle configuration that was created via the CreateNotebookInstanceLifecycleConfig API",
  DescribeOptimizationJob: "|,;~~~|Grants permission to return information about an optimization job",
  DescribePartnerApp: "|,;~~~|Grants permission to describe an Amazon SageMaker Partner AI App",
  DescribePipeline: "|,;~~~|Grants permission to get information about a pipeline",
  DescribePipelineDefinitionForExecution:
    "|,;~~~|Grants permission to get the pipeline definition for a pipeline execution",
  DescribePipelineExecution: "|,;~~~|Grants permission to get information about a pipeline execution",
  DescribeProcessingJob: "|,;~~~|Grants permission to return information about a processing job",
  DescribeProject: "|,;~~~|Grants permission to describe a project",
  DescribeReservedCapacity: "|,;~~~|Grants permission to return information about a specified Reserved Capacity",
  DescribeSharedModel: "|,;~|Grants permission to describe a shared model in a SageMaker Studio application",
  DescribeSpace: "|,;~~~|Grants permission to describe a Space",
  DescribeStudioLifecycleConfig: "|,;~~~|Grants permission to describe a Studio Lifecycle Configuration",
  DescribeSubscribedWorkteam: "|,;~~~|Grants permission to return information about a subscribed workteam",
  DescribeTrainingJob: "|,;~~~|Grants permission to return information about a training job",
  DescribeTrainingPlan: "|,;~~~|Grants permission to return information about a specified training plan",
  DescribeTransformJob: "|,;~~~|Grants permission to return information about a transform job",
  DescribeTrial: "|,;~~~|Grants permission to return information about a trial",
  DescribeTrialComponent: "|,;~~~|Grants permission to return information about a trial component",
  DescribeUserProfile: "|,;~~~|Grants permission to describe a UserProfile",
  DescribeWorkforce: "|,;~~~|Grants permission to return information about a workforce",
  DescribeWorkteam: "|,;~~~|Grants permission to return information about a workteam",
  DetachClusterNodeVolume:
    "|,;~~~|Grants permission to detach an Amazon EBS volume from a SageMaker HyperPod cluster node",
  DisableSagemakerServicecatalogPortfolio: "|,;~~~|Grants permission to disable a SageMaker Service Catalog Portfolio",
  DisassociateTrialComponent: "|,;~~~|Grants permission to disassociate a trial component from a trial",
  EnableSagemakerServicecatalogPortfolio: "|,;~~~|Grants permission to enable a SageMaker Service Catalog Portfolio",
  GetDeployments: "|,;~|Grants permission to get deployment plan for device",
  GetDeviceFleetReport: "|,;~|Grants permission to access a summary of the devices in a device fleet",
  GetDeviceRegistration:
    "|,;~|Grants permission to get device registration. After you deploy a model onto edge devices this api is used to get current device registration",
  GetLineageGroupPolicy: "|,;~~~|Grants permission to retreive a lineage group policy",
  GetModelPackageGroupPolicy: "|,;~~~|Grants permission to get a ModelPackageGroup policy",
  GetRecord: "|,;~~sagemaker-featurestore-runtime~|Grants permission to get a record from a feature group",
  GetResourcePolicy:
    "|,;~|Grants AWS Resource Access Manager permission to retrieve a resource policy on a SageMaker resource that supports cross-account sharing",
  GetSagemakerServicecatalogPortfolioStatus: "|,;~~~|Grants permission to get a SageMaker Service Catalog Portfolio",
  GetScalingConfigurationRecommendation:
    "|,;~~~|Grants permission to get a scaling policy configuration recommendation",
  GetSearchSuggestions: "|,;~~~|Grants permission to get search suggestions when provided with a keyword",
  ImportHubContent: "|,;~~~|Grants permission to import hub content",
  InvokeEndpoint:
    "|,;~~sagemaker-runtime~,~sagemaker-runtime~|Grants permission to invoke an endpoint. After you deploy a model into production using Amazon SageMaker hosting services, your client applications use this API to get inferences from the model hosted at the specified endpoint",
  InvokeEndpointAsync:
    "|,;~~sagemaker-runtime~|Grants permission to get inferences from the hosted model at the specified endpoint in an asynchronous manner",
  InvokeEndpointWithResponseStream:
    "|,;~|Grants permission to get the inference response as a stream from the specified endpoint",
  ListAIBenchmarkJobs: "|,;~~~|Grants permission to list AI benchmark jobs",
  ListAIRecommendationJobs: "|,;~~~|Grants permission to list AI recommendation jobs",
  ListAIWorkloadConfigs: "|,;~~~|Grants permission to list AI workload configurations",
  ListActions: "|,;~~~|Grants permission to list actions",
  ListAlgorithms: "|,;~~~|Grants permission to list Algorithms",
  ListAliases: "|,;~~~|Grants permission to list Aliases that belong to a SageMaker Image or Sagemaker ImageVersion",
  ListAppImageConfigs: "|,;~~~|Grants permission to list the AppImageConfigs in your account",
  ListApps: "|,;~~~|Grants permission to list the Apps in your account",
  ListArtifacts: "|,;~~~|Grants permission to list artifacts",
  ListAssociations: "|,;~~~|Grants permission to list associations",
  ListAutoMLJobs: "|,;~~~|Grants permission to list AutoML jobs",
  ListCandidatesForAutoMLJob: "|,;~~~|Grants permission to lists candidates for an AutoML job",
  ListClusterEvents: "|,;~~~|Grants permission to list events within a SageMaker HyperPod cluster",
  ListClusterNodes: "|,;~~~|Grants permission to list nodes within a SageMaker HyperPod cluster",
  ListClusterSchedulerConfigs: "|,;~~~|Grants permission to list cluster scheduler configs",
  ListClusters: "|,;~~~|Grants permission to list SageMaker HyperPod clusters",
  ListCodeRepositories: "|,;~~~|Grants permission to list code repositories",
  ListCompilationJobs: "|,;~~~|Grants permission to list compilation jobs",
  ListComputeQuotas: "|,;~~~|Grants permission to list compute quotas",
  ListContexts: "|,;~~~|Grants permission to list contexts",
  ListDataQualityJobDefinitions: "|,;~~~|Grants permission to list data quality job definitions",
  ListDeviceFleets: "|,;~|Grants permission to list device fleets",
  ListDevices: "|,;~|Grants permission to list devices",
  ListDomains: "|,;~~~|Grants permission to list the Domains in your account",
  ListEdgeDeploymentPlans: "|,;~|Grants permission to list edge deployment plans",
  ListEdgePackagingJobs: "|,;~|Grants permission to list edge packaging jobs",
  ListEndpointConfigs: "|,;~~~|Grants permission to list endpoint configurations",
  ListEndpoints: "|,;~~~|Grants permission to list endpoints",
  ListExperiments: "|,;~~~|Grants permission to list experiments",
  ListFeatureGroups: "|,;~~~|Grants permission to list feature groups",
  ListFlowDefinitions:
    "|,;~~~|Grants permission to return summary information about flow definitions, given the specified parameters",
  ListHubContentVersions: "|,;~~~|Grants permission to list all versions of hub content",
  ListHubContents: "|,;~~~|Grants permission to list newest versions of hub content",
  ListHubs: "|,;~~~|Grants permission to list hubs",
  ListHumanLoops:
    "|,;~~sagemaker-a2i-runtime~|Grants permission to return summary information about human loops, given the specified parameters",
  ListHumanTaskUis:
    "|,;~~~|Grants permission to return summary information about human review workflow user interfaces, given the specified parameters",
  ListHyperParameterTuningJobs: "|,;~~~|Grants permission to list hyper parameter tuning jobs",
  ListImageVersions: "|,;~~~|Grants permission to list ImageVersions that belong to a SageMaker Image",
  ListImages: "|,;~~~|Grants permission to list SageMaker Images in your account",
  ListInferenceComponents: "|,;~~~|Grants permission to list inference components",
  ListInferenceExperiments: "|,;~~~|Grants permission to list inference experiments",
  ListInferenceRecommendationsJobSteps: "|,;~~~|Grants permission to list inference recommendations job steps",
  ListInferenceRecommendationsJobs: "|,;~~~|Grants permission to list inference recommendations jobs",
  ListLabelingJobs: "|,;~~~|Grants permission to list labeling jobs",
  ListLabelingJobsForWorkteam: "|,;~~~|Grants permission to list labeling jobs for workteam",
  ListLineageGroups: "|,;~~~|Grants permission to list lineage groups",
  ListMlflowApps: "|,;~~~|Grants permission to list SageMaker MLflow Apps in your account",
  ListMlflowTrackingServers: "|,;~~~|Grants permission to list MLflow tracking servers",
  ListModelBiasJobDefinitions: "|,;~~~|Grants permission to list model bias job definitions",
  ListModelCardExportJobs: "|,;~~~|Grants permission to list export jobs for a model card",
  ListModelCardVersions: "|,;~~~|Grants permission to list versions of a model card",
  ListModelCards: "|,;~~~|Grants permission to list model cards",
  ListModelExplainabilityJobDefinitions: "|,;~~~|Grants permission to list model explainability job definitions",
  ListModelMetadata: "|,;~~~|Grants permission to list model metadata for inference recommendations jobs",
  ListModelPackageGroups: "|,;~~~|Grants permission to list ModelPackageGroups",
  ListModelPackages: "|,;~~~|Grants permission to list ModelPackages",
  ListModelQualityJobDefinitions: "|,;~~~|Grants permission to list model quality job definitions",
  ListModels: "|,;~~~|Grants permission to list the models created with the CreateModel API",
  ListMonitoringAlertHistory: "|,;~~~|Grants permission to list the history of a monitoring alert",
  ListMonitoringAlerts: "|,;~~~|Grants permission to list monitoring alerts",
  ListMonitoringExecutions: "|,;~~~|Grants permission to list monitoring executions",
  ListMonitoringSchedules: "|,;~~~|Grants permission to list monitoring schedules",
  ListNotebookInstanceLifecycleConfigs:
    "|,;~~~|Grants permission to list the notebook instance lifecycle configurations that can be deployed using Amazon SageMaker",
  ListNotebookInstances:
    "|,;~~~|Grants permission to list the Amazon SageMaker notebook instances in the requester's account in an AWS Region",
  ListOptimizationJobs: "|,;~~~|Grants permission to list optimization jobs",
  ListPartnerApps: "|,;~~~|Grants permission to list the Amazon SageMaker Partner AI Apps in your account",
  ListPipelineExecutionSteps: "|,;~~~|Grants permission to list steps for a pipeline execution",
  ListPipelineExecutions: "|,;~~~|Grants permission to list executions for a pipeline",
  ListPipelineParametersForExecution: "|,;~~~|Grants permission to list parameters for a pipeline execution",
  ListPipelineVersions: "|,;~~~|Grants permission to list versions of a pipeline",
  ListPipelines: "|,;~~~|Grants permission to list pipelines",
  ListProcessingJobs: "|,;~~~|Grants permission to list processing jobs",
  ListProjects: "|,;~~~|Grants permission to list Projects",
  ListResourceCatalogs: "|,;~~~|Grants permission to list resource catalogs",
  ListSharedModelEvents: "|,;~|Grants permission to list shared model events",
  ListSharedModelVersions: "|,;~|Grants permission to list shared model versions",
  ListSharedModels: "|,;~|Grants permission to list shared models",
  ListSpaces: "|,;~~~|Grants permission to list the Spaces in your account",
  ListStageDevices: "|,;~|Grants permission to list stage devices",
  ListStudioLifecycleConfigs:
    "|,;~~~|Grants permission to list the Studio Lifecycle Configurations that can be deployed using Amazon SageMaker",
  ListSubscribedWorkteams: "|,;~~~|Grants permission to list subscribed workteams",
  ListTags: "|,;~~~|Grants permission to list the tag set associated with the specified resource",
  ListTrainingJobs: "|,;~~~|Grants permission to list training jobs",
  ListTrainingJobsForHyperParameterTuningJob:
    "|,;~~~|Grants permission to list training jobs for a hyper parameter tuning job",
  ListTrainingPlans:
    "|,;~~~|Grants permission to list all the training plans that have been created in a specified account",
  ListTransformJobs: "|,;~~~|Grants permission to list transform jobs",
  ListTrialComponents: "|,;~~~|Grants permission to list trial components",
  ListTrials: "|,;~~~|Grants permission to list trials",
  ListUltraServersByReservedCapacity:
    "|,;~~~|Grants permission to list all UltraServers in a specified Reserved Capacity",
  ListUserProfiles: "|,;~~~|Grants permission to list the UserProfiles in your account",
  ListWorkforces: "|,;~~~|Grants permission to list workforces",
  ListWorkteams: "|,;~~~|Grants permission to list workteams",
  PutLineageGroupPolicy: "|,;~|Grants permission to put a lineage group policy",
  PutModelPackageGroupPolicy: "|,;~~~|Grants permission to put a ModelPackageGroup policy",
  PutRecord: "|,;~~sagemaker-featurestore-runtime~|Grants permission to put a record to a feature group",
  PutResourcePolicy:
    "|,;~|Grants AWS Resource Access Manager permission to create a resource policy on a SageMaker resource that supports cross-account sharing",
  QueryLineage: "|,;~~~|Grants permission to explore the lineage graph",
  RegisterDevices: "|,;~|Grants permission to register a set of devices",
  RenderUiTemplate: "|,;~~~|Grants permission to render a UI template used for a human annotation task",
  RetryPipelineExecution: "|,;~~~|Grants permission to retry a pipeline execution",
  Search: "|,;~~~|Grants permission to search for SageMaker objects",
  SearchTrainingPlanOfferings:
    "|,;~~~|Grants permissions to search for the available training plan offerings that best match specified capacity requirements",
  SendHeartbeat:
    "|,;~|Grants permission to publish heartbeat data from devices. After you deploy a model onto edge devices this api is used to report device status",
  SendPipelineExecutionStepFailure: "|,;~~~|Grants permission to fail a pending callback step",
  SendPipelineExecutionStepSuccess: "|,;~~~|Grants permission to succeed a pending callback step",
  SendSharedModelEvent: "|,;~|Grants permission to send a shared model event",
  StartClusterHealthCheck: "|,;~~~|Grants permission to start deep health checks for a SageMaker Hyperpod cluster",
  StartEdgeDeploymentStage: "|,;~|Grants permission to start an edge deployment stage",
  StartHumanLoop: "|,;~~sagemaker-a2i-runtime~|Grants permission to start a human loop",
  StartInferenceExperiment: "|,;~~~|Grants permission to start an inference experiment",
  StartMlflowTrackingServer: "|,;~~~|Grants permission to start an MLfLow tracking server",
  StartMonitoringSchedule: "|,;~~~|Grants permission to start a monitoring schedule",
  StartNotebookInstance:
    "|,;~~~|Grants permission to start a notebook instance. This launches an EC2 instance with the latest version of the libraries and attaches your EBS volume",
  StartPipelineExecution: "|,;~~~|Grants permission to start a pipeline execution",
  StartSession: "|,;~~~|Grants permission to start a remote session for a SageMaker space",
  StopAIBenchmarkJob: "|,;~~~|Grants permission to stop an AI benchmark job",
  StopAIRecommendationJob: "|,;~~~|Grants permission to stop an AI recommendation job",
  StopAutoMLJob: "|,;~~~|Grants permission to stop a running AutoML job",
  StopCompilationJob: "|,;~~~|Grants permission to stop a compilation job",
  StopEdgeDeploymentStage: "|,;~|Grants permission to stop an edge deployment stage",
  StopEdgePackagingJob: "|,;~|Grants permission to stop an edge packaging job",
  StopHumanLoop: "|,;~~sagemaker-a2i-runtime~|Grants permission to stop a specified human loop",
  StopHyperParameterTuningJob:
    "|,;~~~|Grants permission to stop a running hyper parameter tuning job create via the CreateHyperParameterTuningJob",
  StopInferenceExperiment: "|,;~~~|Grants permission to stop an inference experiment",
  StopInferenceRecommendationsJob: "|,;~~~|Grants permission to stop an inference recommendations job",
  StopLabelingJob:
    "|,;~~~|Grants permission to stop a labeling job. Any labels already generated will be exported before stopping",
  StopMlflowTrackingServer: "|,;~~~|Grants permission to stop an MLflow tracking server",
  StopMonitoringSchedule: "|,;~~~|Grants permission to stop a monitoring schedule",
  StopNotebookInstance:
    "|,;~~~|Grants permission to stop a notebook instance. This terminates the EC2 instance. Before terminating the instance, Amazon SageMaker disconnects the EBS volume from it. Amazon SageMaker preserves the EBS volume",
  StopOptimizationJob: "|,;~~~|Grants permission to stop an optimization job",
  StopPipelineExecution: "|,;~~~|Grants permission to stop a pipeline execution",
  StopProcessingJob:
    "|,;~~~|Grants permission to stop a processing job. To stop a job, Amazon SageMaker sends the algorithm the SIGTERM signal, which delays job termination for 120 seconds",
  StopTrainingJob:
    "|,;~~~|Grants permission to stop a training job. To stop a job, Amazon SageMaker sends the algorithm the SIGTERM signal, which delays job termination for 120 seconds",
  StopTransformJob:
    "|,;~~~|Grants permission to stop a transform job. When Amazon SageMaker receives a StopTransformJob request, the status of the job changes to Stopping. After Amazon SageMaker stops the job, the status is set to Stopped",
  TrainHubModel: "|,;~|Grants permission to train a model in hub",
  UpdateAction: "|,;~~~|Grants permission to update an action",
  UpdateAppImageConfig: "|,;~~~|Grants permission to update an AppImageConfig",
  UpdateArtifact: "|,;~~~|Grants permission to update an artifact",
  UpdateCluster: "|,;~~~|Grants permission to update a SageMaker HyperPod cluster",
  UpdateClusterInference: "|,;~|Grants permission to update the inference operator for a SageMaker HyperPod cluster",
  UpdateClusterSchedulerConfig: "|,;~~~|Grants permission to update a cluster scheduler config",
  UpdateClusterSoftware: "|,;~~~,~~,~~|Grants permission to update platform software for a SageMaker HyperPod cluster",
  UpdateCodeRepository: "|,;~~~|Grants permission to update a CodeRepository",
  UpdateComputeQuota: "|,;~~~|Grants permission to update a compute quota",
  UpdateContext: "|,;~~~|Grants permission to update a context",
  UpdateDeviceFleet: "|,;~|Grants permission to update a device fleet",
  UpdateDevices: "|,;~|Grants permission to update a set of devices",
  UpdateDomain: "|,;~~~|Grants permission to update a Domain",
  UpdateEndpoint:
    "|,;~~~|Grants permission to update an endpoint to use the endpoint configuration specified in the request",
  UpdateEndpointWeightsAndCapacities:
    "|,;~~~|Grants permission to update variant weight, capacity, or both of one or more variants associated with an endpoint",
  UpdateExperiment: "|,;~~~|Grants permission to update an experiment",
  UpdateFeatureGroup: "|,;~~~|Grants permission to update a feature group",
  UpdateFeatureMetadata: "|,;~~~|Grants permission to update a feature metadata",
  UpdateHub: "|,;~~~|Grants permission to update hubs",
  UpdateHubContent: "|,;~~~|Grants permission to update hub content",
  UpdateHubContentReference: "|,;~~~|Grants permission to update hub content reference",
  UpdateImage: "|,;~~~|Grants permission to update the properties of a SageMaker Image",
  UpdateImageVersion: "|,;~~~|Grants permission to update the properties of a SageMaker ImageVersion",
  UpdateInferenceComponent:
    "|,;~~~|Grants permission to update an inference component to use the specification and configurations specified in the request",
  UpdateInferenceComponentRuntimeConfig:
    "|,;~~~|Grants permission to update the runtime config of a given inference component",
  UpdateInferenceExperiment: "|,;~~~|Grants permission to update an inference experiment",
  UpdateMlflowApp: "|,;~~~|Grants permission to update an MLflow app",
  UpdateMlflowTrackingServer: "|,;~~~|Grants permission to update an MLflow tracking server",
  UpdateModelCard: "|,;~~~|Grants permission to update a model card",
  UpdateModelPackage: "|,;~~~|Grants permission to update a ModelPackage",
  UpdateMonitoringAlert: "|,;~~~|Grants permission to update a monitoring alert",
  UpdateMonitoringSchedule: "|,;~~~|Grants permission to update a monitoring schedule",
  UpdateNotebookInstance:
    "|,;~~~|Grants permission to update a notebook instance. Notebook instance updates include upgrading or downgrading the EC2 instance used for your notebook instance to accommodate changes in your workload requirements",
  UpdateNotebookInstanceLifecycleConfig:
    "|,;~~~|Grants permission to updates a notebook instance lifecycle configuration created with the CreateNotebookInstanceLifecycleConfig API",
  UpdatePartnerApp: "|,;~~~|Grants permission to update an Amazon SageMaker Partner AI App",
  UpdatePipeline: "|,;~~~|Grants permission to update a pipeline",
  UpdatePipelineExecution: "|,;~~~|Grants permission to update a pipeline execution",
  UpdatePipelineVersion: "|,;~~~|Grants permission to update a pipeline version",
  UpdateProject: "|,;~~~|Grants permission to update a Project",
  UpdateSharedModel: "|,;~|Grants permission to update a shared model",
  UpdateSpace: "|,;~~~|Grants permission to update a Space",
  UpdateTrainingJob: "|,;~~~|Grants permission to update a training job",
  UpdateTrial: "|,;~~~|Grants permission to update a trial",
  UpdateTrialComponent: "|,;~~~|Grants permission to update a trial component",
  UpdateUserProfile: "|,;~~~|Grants permission to update a UserProfile",
  UpdateWorkforce: "|,;~~~|Grants permission to update a workforce",
  UpdateWorkteam: "|,;~~~|Grants permission to update a workteam",
};
const resourceTypeFacts = {
  /** The action resource type: arn:${Partition}:sagemaker:${Region}:${Account}:action/${ActionName} */
  action: "|,|1,44",
  /** The ai-benchmark-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:ai-benchmark-job/${AIBenchmarkJobName} */
  "ai-benchmark-job": "|,aiBenchmarkJob|1,44",
  /** The ai-recommendation-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:ai-recommendation-job/${AIRecommendationJobName} */
  "ai-recommendation-job": "|,aiRecommendationJob|1,44",
  /** The ai-workload-config resource type: arn:${Partition}:sagemaker:${Region}:${Account}:ai-workload-config/${AIWorkloadConfigName} */
  "ai-workload-config": "|,aiWorkloadConfig|1,44",
  /** The algorithm resource type: arn:${Partition}:sagemaker:${Region}:${Account}:algorithm/${AlgorithmName} */
  algorithm: "|,|1,44",
  /** The app resource type: arn:${Partition}:sagemaker:${Region}:${Account}:app/${DomainId}/${UserProfileName}/${AppType}/${AppName} */
  app: "|,|1,44",
  /** The app-image-config resource type: arn:${Partition}:sagemaker:${Region}:${Account}:app-image-config/${AppImageConfigName} */
  "app-image-config": "|,appImageConfig|1,44",
  /** The artifact resource type: arn:${Partition}:sagemaker:${Region}:${Account}:artifact/${HashOfArtifactSource} */
  artifact: "|,|1,44",
  /** The automl-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:automl-job/${AutoMLJobJobName} */
  "automl-job": "|,automlJob|1,44",
  /** The cluster resource type: arn:${Partition}:sagemaker:${Region}:${Account}:cluster/${ClusterId} */
  cluster: "|,|1,44",
  /** The cluster-scheduler-config resource type: arn:${Partition}:sagemaker:${Region}:${Account}:cluster-scheduler-config/${ClusterSchedulerConfigId} */
  "cluster-scheduler-config": "|,clusterSchedulerConfig|1,44",
  /** The code-repository resource type: arn:${Partition}:sagemaker:${Region}:${Account}:code-repository/${CodeRepositoryName} */
  "code-repository": "|,codeRepository|1,44",
  /** The compilation-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:compilation-job/${CompilationJobName} */
  "compilation-job": "|,compilationJob|1,44",
  /** The compute-quota resource type: arn:${Partition}:sagemaker:${Region}:${Account}:compute-quota/${ComputeQuotaId} */
  "compute-quota": "|,computeQuota|1,44",
  /** The context resource type: arn:${Partition}:sagemaker:${Region}:${Account}:context/${ContextName} */
  context: "|,|1,44",
  /** The data-quality-job-definition resource type: arn:${Partition}:sagemaker:${Region}:${Account}:data-quality-job-definition/${DataQualityJobDefinitionName} */
  "data-quality-job-definition": "|,dataQualityJobDefinition|1,44",
  /** The device resource type: arn:${Partition}:sagemaker:${Region}:${Account}:device-fleet/${DeviceFleetName}/device/${DeviceName} */
  device: "|,|1,44",
  /** The device-fleet resource type: arn:${Partition}:sagemaker:${Region}:${Account}:device-fleet/${DeviceFleetName} */
  "device-fleet": "|,deviceFleet|1,44",
  /** The domain resource type: arn:${Partition}:sagemaker:${Region}:${Account}:domain/${DomainId} */
  domain: "|,|1,44",
  /** The edge-deployment-plan resource type: arn:${Partition}:sagemaker:${Region}:${Account}:edge-deployment/${EdgeDeploymentPlanName} */
  "edge-deployment-plan": "|,edgeDeploymentPlan|1,44",
  /** The edge-packaging-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:edge-packaging-job/${EdgePackagingJobName} */
  "edge-packaging-job": "|,edgePackagingJob|1,44",
  /** The endpoint resource type: arn:${Partition}:sagemaker:${Region}:${Account}:endpoint/${EndpointName} */
  endpoint: "|,|1,44",
  /** The endpoint-config resource type: arn:${Partition}:sagemaker:${Region}:${Account}:endpoint-config/${EndpointConfigName} */
  "endpoint-config": "|,endpointConfig|1,44",
  /** The experiment resource type: arn:${Partition}:sagemaker:${Region}:${Account}:experiment/${ExperimentName} */
  experiment: "|,|1,44",
  /** The experiment-trial resource type: arn:${Partition}:sagemaker:${Region}:${Account}:experiment-trial/${TrialName} */
  "experiment-trial": "|,experimentTrial|1,44",
  /** The experiment-trial-component resource type: arn:${Partition}:sagemaker:${Region}:${Account}:experiment-trial-component/${TrialComponentName} */
  "experiment-trial-component": "|,experimentTrialComponent|1,44",
  /** The feature-group resource type: arn:${Partition}:sagemaker:${Region}:${Account}:feature-group/${FeatureGroupName} */
  "feature-group": "|,featureGroup|1,44",
  /** The flow-definition resource type: arn:${Partition}:sagemaker:${Region}:${Account}:flow-definition/${FlowDefinitionName} */
  "flow-definition": "|,flowDefinition|1,44",
  /** The hub resource type: arn:${Partition}:sagemaker:${Region}:${Account}:hub/${HubName} */
  hub: "|,|1,44",
  /** The hub-content resource type: arn:${Partition}:sagemaker:${Region}:${Account}:hub-content/${HubName}/${HubContentType}/${HubContentName} */
  "hub-content": "|,hubContent|1,44",
  /** The human-loop resource type: arn:${Partition}:sagemaker:${Region}:${Account}:human-loop/${HumanLoopName} */
  "human-loop": "|,humanLoop|",
  /** The human-task-ui resource type: arn:${Partition}:sagemaker:${Region}:${Account}:human-task-ui/${HumanTaskUiName} */
  "human-task-ui": "|,humanTaskUi|1,44",
  /** The hyper-parameter-tuning-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:hyper-parameter-tuning-job/${HyperParameterTuningJobName} */
  "hyper-parameter-tuning-job": "|,hyperParameterTuningJob|1,44",
  /** The image resource type: arn:${Partition}:sagemaker:${Region}:${Account}:image/${ImageName} */
  image: "|,|1,44",
  /** The image-version resource type: arn:${Partition}:sagemaker:${Region}:${Account}:image-version/${ImageName}/${Version} */
  "image-version": "|,imageVersion|1,44",
  /** The inference-component resource type: arn:${Partition}:sagemaker:${Region}:${Account}:inference-component/${InferenceComponentName} */
  "inference-component": "|,inferenceComponent|1,44",
  /** The inference-experiment resource type: arn:${Partition}:sagemaker:${Region}:${Account}:inference-experiment/${InferenceExperimentName} */
  "inference-experiment": "|,inferenceExperiment|1,44",
  /** The inference-recommendations-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:inference-recommendations-job/${InferenceRecommendationsJobName} */
  "inference-recommendations-job": "|,inferenceRecommendationsJob|1,44",
  /** The labeling-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:labeling-job/${LabelingJobName} */
  "labeling-job": "|,labelingJob|1,44",
  /** The lineage-group resource type: arn:${Partition}:sagemaker:${Region}:${Account}:lineage-group/${LineageGroupName} */
  "lineage-group": "|,lineageGroup|1,44",
  /** The mlflow-app resource type: arn:${Partition}:sagemaker:${Region}:${Account}:mlflow-app/${MLflowAppId} */
  "mlflow-app": "|,mlflowApp|1,44",
  /** The mlflow-tracking-server resource type: arn:${Partition}:sagemaker:${Region}:${Account}:mlflow-tracking-server/${MlflowTrackingServerName} */
  "mlflow-tracking-server": "|,mlflowTrackingServer|",
  /** The model resource type: arn:${Partition}:sagemaker:${Region}:${Account}:model/${ModelName} */
  model: "|,|1,44",
  /** The model-bias-job-definition resource type: arn:${Partition}:sagemaker:${Region}:${Account}:model-bias-job-definition/${ModelBiasJobDefinitionName} */
  "model-bias-job-definition": "|,modelBiasJobDefinition|1,44",
  /** The model-card resource type: arn:${Partition}:sagemaker:${Region}:${Account}:model-card/${ModelCardName} */
  "model-card": "|,modelCard|1,44",
  /** The model-card-export-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:model-card/${ModelCardName}/export-job/${ExportJobName} */
  "model-card-export-job": "|,modelCardExportJob|1,44",
  /** The model-explainability-job-definition resource type: arn:${Partition}:sagemaker:${Region}:${Account}:model-explainability-job-definition/${ModelExplainabilityJobDefinitionName} */
  "model-explainability-job-definition": "|,modelExplainabilityJobDefinition|1,44",
  /** The model-package resource type: arn:${Partition}:sagemaker:${Region}:${Account}:model-package/${ModelPackageName} */
  "model-package": "|,modelPackage|1,5,6,7,44",
  /** The model-package-group resource type: arn:${Partition}:sagemaker:${Region}:${Account}:model-package-group/${ModelPackageGroupName} */
  "model-package-group": "|,modelPackageGroup|1,44",
  /** The model-quality-job-definition resource type: arn:${Partition}:sagemaker:${Region}:${Account}:model-quality-job-definition/${ModelQualityJobDefinitionName} */
  "model-quality-job-definition": "|,modelQualityJobDefinition|1,44",
  /** The monitoring-schedule resource type: arn:${Partition}:sagemaker:${Region}:${Account}:monitoring-schedule/${MonitoringScheduleName} */
  "monitoring-schedule": "|,monitoringSchedule|1,44",
  /** The monitoring-schedule-alert resource type: arn:${Partition}:sagemaker:${Region}:${Account}:monitoring-schedule/${MonitoringScheduleName}/alert/${MonitoringScheduleAlertName} */
  "monitoring-schedule-alert": "|,monitoringScheduleAlert|",
  /** The notebook-instance resource type: arn:${Partition}:sagemaker:${Region}:${Account}:notebook-instance/${NotebookInstanceName} */
  "notebook-instance": "|,notebookInstance|1,44",
  /** The notebook-instance-lifecycle-config resource type: arn:${Partition}:sagemaker:${Region}:${Account}:notebook-instance-lifecycle-config/${NotebookInstanceLifecycleConfigName} */
  "notebook-instance-lifecycle-config": "|,notebookInstanceLifecycleConfig|1,44",
  /** The optimization-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:optimization-job/${OptimizationJobName} */
  "optimization-job": "|,optimizationJob|1,44",
  /** The partner-app resource type: arn:${Partition}:sagemaker:${Region}:${Account}:partner-app/${AppId} */
  "partner-app": "|,partnerApp|1,44",
  /** The pipeline resource type: arn:${Partition}:sagemaker:${Region}:${Account}:pipeline/${PipelineName} */
  pipeline: "|,|1,44",
  /** The pipeline-execution resource type: arn:${Partition}:sagemaker:${Region}:${Account}:pipeline/${PipelineName}/execution/${RandomString} */
  "pipeline-execution": "|,pipelineExecution|1,44",
  /** The processing-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:processing-job/${ProcessingJobName} */
  "processing-job": "|,processingJob|1,44",
  /** The project resource type: arn:${Partition}:sagemaker:${Region}:${Account}:project/${ProjectName} */
  project: "|,|1,44",
  /** The reserved-capacity resource type: arn:${Partition}:sagemaker:${Region}:${Account}:reserved-capacity/${RandomString} */
  "reserved-capacity": "|,reservedCapacity|1,44",
  /** The sagemaker-catalog resource type: arn:${Partition}:sagemaker:${Region}:${Account}:sagemaker-catalog/${ResourceCatalogName} */
  "sagemaker-catalog": "|,sagemakerCatalog|",
  /** The shared-model resource type: arn:${Partition}:sagemaker:${Region}:${Account}:shared-model/${SharedModelId} */
  "shared-model": "|,sharedModel|",
  /** The shared-model-event resource type: arn:${Partition}:sagemaker:${Region}:${Account}:shared-model-event/${EventId} */
  "shared-model-event": "|,sharedModelEvent|",
  /** The space resource type: arn:${Partition}:sagemaker:${Region}:${Account}:space/${DomainId}/${SpaceName} */
  space: "|,|1,44",
  /** The studio-lifecycle-config resource type: arn:${Partition}:sagemaker:${Region}:${Account}:studio-lifecycle-config/${StudioLifecycleConfigName} */
  "studio-lifecycle-config": "|,studioLifecycleConfig|1,44",
  /** The training-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:training-job/${TrainingJobName} */
  "training-job": "|,trainingJob|1,44",
  /** The training-plan resource type: arn:${Partition}:sagemaker:${Region}:${Account}:training-plan/${TrainingPlanName} */
  "training-plan": "|,trainingPlan|1,44",
  /** The transform-job resource type: arn:${Partition}:sagemaker:${Region}:${Account}:transform-job/${TransformJobName} */
  "transform-job": "|,transformJob|1,44",
  /** The user-profile resource type: arn:${Partition}:sagemaker:${Region}:${Account}:user-profile/${DomainId}/${UserProfileName} */
  "user-profile": "|,userProfile|1,44",
  /** The workforce resource type: arn:${Partition}:sagemaker:${Region}:${Account}:workforce/${WorkforceName} */
  workforce: "|,|1,44",
  /** The workteam resource type: arn:${Partition}:sagemaker:${Region}:${Account}:workteam/${WorkteamName} */
  workteam: "|,|1,44",
} as const;
const arnFormats = {
  /** ARN of a action resource: arn:${Partition}:sagemaker:${Region}:${Account}:action/${ActionName}. */
  action: "|,action|arn:|Partition|:sagemaker:|Region|:|Account|:action/|ActionName|",
  /** ARN of a ai-benchmark-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:ai-benchmark-job/${AIBenchmarkJobName}. */
  aiBenchmarkJob:
    "|,ai-benchmark-job|arn:|Partition|:sagemaker:|Region|:|Account|:ai-benchmark-job/|AIBenchmarkJobName,aiBenchmarkJobName|",
  /** ARN of a ai-recommendation-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:ai-recommendation-job/${AIRecommendationJobName}. */
  aiRecommendationJob:
    "|,ai-recommendation-job|arn:|Partition|:sagemaker:|Region|:|Account|:ai-recommendation-job/|AIRecommendationJobName,aiRecommendationJobName|",
  /** ARN of a ai-workload-config resource: arn:${Partition}:sagemaker:${Region}:${Account}:ai-workload-config/${AIWorkloadConfigName}. */
  aiWorkloadConfig:
    "|,ai-workload-config|arn:|Partition|:sagemaker:|Region|:|Account|:ai-workload-config/|AIWorkloadConfigName,aiWorkloadConfigName|",
  /** ARN of a algorithm resource: arn:${Partition}:sagemaker:${Region}:${Account}:algorithm/${AlgorithmName}. */
  algorithm: "|,algorithm|arn:|Partition|:sagemaker:|Region|:|Account|:algorithm/|AlgorithmName|",
  /** ARN of a app resource: arn:${Partition}:sagemaker:${Region}:${Account}:app/${DomainId}/${UserProfileName}/${AppType}/${AppName}. */
  app: "|,app|arn:|Partition|:sagemaker:|Region|:|Account|:app/|DomainId|/|UserProfileName|/|AppType|/|AppName|",
  /** ARN of a app-image-config resource: arn:${Partition}:sagemaker:${Region}:${Account}:app-image-config/${AppImageConfigName}. */
  appImageConfig:
    "|,app-image-config|arn:|Partition|:sagemaker:|Region|:|Account|:app-image-config/|AppImageConfigName|",
  /** ARN of a artifact resource: arn:${Partition}:sagemaker:${Region}:${Account}:artifact/${HashOfArtifactSource}. */
  artifact: "|,artifact|arn:|Partition|:sagemaker:|Region|:|Account|:artifact/|HashOfArtifactSource|",
  /** ARN of a automl-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:automl-job/${AutoMLJobJobName}. */
  automlJob: "|,automl-job|arn:|Partition|:sagemaker:|Region|:|Account|:automl-job/|AutoMLJobJobName,autoMlJobJobName|",
  /** ARN of a cluster resource: arn:${Partition}:sagemaker:${Region}:${Account}:cluster/${ClusterId}. */
  cluster: "|,cluster|arn:|Partition|:sagemaker:|Region|:|Account|:cluster/|ClusterId|",
  /** ARN of a cluster-scheduler-config resource: arn:${Partition}:sagemaker:${Region}:${Account}:cluster-scheduler-config/${ClusterSchedulerConfigId}. */
  clusterSchedulerConfig:
    "|,cluster-scheduler-config|arn:|Partition|:sagemaker:|Region|:|Account|:cluster-scheduler-config/|ClusterSchedulerConfigId|",
  /** ARN of a code-repository resource: arn:${Partition}:sagemaker:${Region}:${Account}:code-repository/${CodeRepositoryName}. */
  codeRepository: "|,code-repository|arn:|Partition|:sagemaker:|Region|:|Account|:code-repository/|CodeRepositoryName|",
  /** ARN of a compilation-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:compilation-job/${CompilationJobName}. */
  compilationJob: "|,compilation-job|arn:|Partition|:sagemaker:|Region|:|Account|:compilation-job/|CompilationJobName|",
  /** ARN of a compute-quota resource: arn:${Partition}:sagemaker:${Region}:${Account}:compute-quota/${ComputeQuotaId}. */
  computeQuota: "|,compute-quota|arn:|Partition|:sagemaker:|Region|:|Account|:compute-quota/|ComputeQuotaId|",
  /** ARN of a context resource: arn:${Partition}:sagemaker:${Region}:${Account}:context/${ContextName}. */
  context: "|,context|arn:|Partition|:sagemaker:|Region|:|Account|:context/|ContextName|",
  /** ARN of a data-quality-job-definition resource: arn:${Partition}:sagemaker:${Region}:${Account}:data-quality-job-definition/${DataQualityJobDefinitionName}. */
  dataQualityJobDefinition:
    "|,data-quality-job-definition|arn:|Partition|:sagemaker:|Region|:|Account|:data-quality-job-definition/|DataQualityJobDefinitionName|",
  /** ARN of a device resource: arn:${Partition}:sagemaker:${Region}:${Account}:device-fleet/${DeviceFleetName}/device/${DeviceName}. */
  device: "|,device|arn:|Partition|:sagemaker:|Region|:|Account|:device-fleet/|DeviceFleetName|/device/|DeviceName|",
  /** ARN of a device-fleet resource: arn:${Partition}:sagemaker:${Region}:${Account}:device-fleet/${DeviceFleetName}. */
  deviceFleet: "|,device-fleet|arn:|Partition|:sagemaker:|Region|:|Account|:device-fleet/|DeviceFleetName|",
  /** ARN of a domain resource: arn:${Partition}:sagemaker:${Region}:${Account}:domain/${DomainId}. */
  domain: "|,domain|arn:|Partition|:sagemaker:|Region|:|Account|:domain/|DomainId|",
  /** ARN of a edge-deployment-plan resource: arn:${Partition}:sagemaker:${Region}:${Account}:edge-deployment/${EdgeDeploymentPlanName}. */
  edgeDeploymentPlan:
    "|,edge-deployment-plan|arn:|Partition|:sagemaker:|Region|:|Account|:edge-deployment/|EdgeDeploymentPlanName|",
  /** ARN of a edge-packaging-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:edge-packaging-job/${EdgePackagingJobName}. */
  edgePackagingJob:
    "|,edge-packaging-job|arn:|Partition|:sagemaker:|Region|:|Account|:edge-packaging-job/|EdgePackagingJobName|",
  /** ARN of a endpoint resource: arn:${Partition}:sagemaker:${Region}:${Account}:endpoint/${EndpointName}. */
  endpoint: "|,endpoint|arn:|Partition|:sagemaker:|Region|:|Account|:endpoint/|EndpointName|",
  /** ARN of a endpoint-config resource: arn:${Partition}:sagemaker:${Region}:${Account}:endpoint-config/${EndpointConfigName}. */
  endpointConfig: "|,endpoint-config|arn:|Partition|:sagemaker:|Region|:|Account|:endpoint-config/|EndpointConfigName|",
  /** ARN of a experiment resource: arn:${Partition}:sagemaker:${Region}:${Account}:experiment/${ExperimentName}. */
  experiment: "|,experiment|arn:|Partition|:sagemaker:|Region|:|Account|:experiment/|ExperimentName|",
  /** ARN of a experiment-trial resource: arn:${Partition}:sagemaker:${Region}:${Account}:experiment-trial/${TrialName}. */
  experimentTrial: "|,experiment-trial|arn:|Partition|:sagemaker:|Region|:|Account|:experiment-trial/|TrialName|",
  /** ARN of a experiment-trial-component resource: arn:${Partition}:sagemaker:${Region}:${Account}:experiment-trial-component/${TrialComponentName}. */
  experimentTrialComponent:
    "|,experiment-trial-component|arn:|Partition|:sagemaker:|Region|:|Account|:experiment-trial-component/|TrialComponentName|",
  /** ARN of a feature-group resource: arn:${Partition}:sagemaker:${Region}:${Account}:feature-group/${FeatureGroupName}. */
  featureGroup: "|,feature-group|arn:|Partition|:sagemaker:|Region|:|Account|:feature-group/|FeatureGroupName|",
  /** ARN of a flow-definition resource: arn:${Partition}:sagemaker:${Region}:${Account}:flow-definition/${FlowDefinitionName}. */
  flowDefinition: "|,flow-definition|arn:|Partition|:sagemaker:|Region|:|Account|:flow-definition/|FlowDefinitionName|",
  /** ARN of a hub resource: arn:${Partition}:sagemaker:${Region}:${Account}:hub/${HubName}. */
  hub: "|,hub|arn:|Partition|:sagemaker:|Region|:|Account|:hub/|HubName|",
  /** ARN of a hub-content resource: arn:${Partition}:sagemaker:${Region}:${Account}:hub-content/${HubName}/${HubContentType}/${HubContentName}. */
  hubContent:
    "|,hub-content|arn:|Partition|:sagemaker:|Region|:|Account|:hub-content/|HubName|/|HubContentType|/|HubContentName|",
  /** ARN of a human-loop resource: arn:${Partition}:sagemaker:${Region}:${Account}:human-loop/${HumanLoopName}. */
  humanLoop: "|,human-loop|arn:|Partition|:sagemaker:|Region|:|Account|:human-loop/|HumanLoopName|",
  /** ARN of a human-task-ui resource: arn:${Partition}:sagemaker:${Region}:${Account}:human-task-ui/${HumanTaskUiName}. */
  humanTaskUi: "|,human-task-ui|arn:|Partition|:sagemaker:|Region|:|Account|:human-task-ui/|HumanTaskUiName|",
  /** ARN of a hyper-parameter-tuning-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:hyper-parameter-tuning-job/${HyperParameterTuningJobName}. */
  hyperParameterTuningJob:
    "|,hyper-parameter-tuning-job|arn:|Partition|:sagemaker:|Region|:|Account|:hyper-parameter-tuning-job/|HyperParameterTuningJobName|",
  /** ARN of a image resource: arn:${Partition}:sagemaker:${Region}:${Account}:image/${ImageName}. */
  image: "|,image|arn:|Partition|:sagemaker:|Region|:|Account|:image/|ImageName|",
  /** ARN of a image-version resource: arn:${Partition}:sagemaker:${Region}:${Account}:image-version/${ImageName}/${Version}. */
  imageVersion: "|,image-version|arn:|Partition|:sagemaker:|Region|:|Account|:image-version/|ImageName|/|Version|",
  /** ARN of a inference-component resource: arn:${Partition}:sagemaker:${Region}:${Account}:inference-component/${InferenceComponentName}. */
  inferenceComponent:
    "|,inference-component|arn:|Partition|:sagemaker:|Region|:|Account|:inference-component/|InferenceComponentName|",
  /** ARN of a inference-experiment resource: arn:${Partition}:sagemaker:${Region}:${Account}:inference-experiment/${InferenceExperimentName}. */
  inferenceExperiment:
    "|,inference-experiment|arn:|Partition|:sagemaker:|Region|:|Account|:inference-experiment/|InferenceExperimentName|",
  /** ARN of a inference-recommendations-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:inference-recommendations-job/${InferenceRecommendationsJobName}. */
  inferenceRecommendationsJob:
    "|,inference-recommendations-job|arn:|Partition|:sagemaker:|Region|:|Account|:inference-recommendations-job/|InferenceRecommendationsJobName|",
  /** ARN of a labeling-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:labeling-job/${LabelingJobName}. */
  labelingJob: "|,labeling-job|arn:|Partition|:sagemaker:|Region|:|Account|:labeling-job/|LabelingJobName|",
  /** ARN of a lineage-group resource: arn:${Partition}:sagemaker:${Region}:${Account}:lineage-group/${LineageGroupName}. */
  lineageGroup: "|,lineage-group|arn:|Partition|:sagemaker:|Region|:|Account|:lineage-group/|LineageGroupName|",
  /** ARN of a mlflow-app resource: arn:${Partition}:sagemaker:${Region}:${Account}:mlflow-app/${MLflowAppId}. */
  mlflowApp: "|,mlflow-app|arn:|Partition|:sagemaker:|Region|:|Account|:mlflow-app/|MLflowAppId|",
  /** ARN of a mlflow-tracking-server resource: arn:${Partition}:sagemaker:${Region}:${Account}:mlflow-tracking-server/${MlflowTrackingServerName}. */
  mlflowTrackingServer:
    "|,mlflow-tracking-server|arn:|Partition|:sagemaker:|Region|:|Account|:mlflow-tracking-server/|MlflowTrackingServerName|",
  /** ARN of a model resource: arn:${Partition}:sagemaker:${Region}:${Account}:model/${ModelName}. */
  model: "|,model|arn:|Partition|:sagemaker:|Region|:|Account|:model/|ModelName|",
  /** ARN of a model-bias-job-definition resource: arn:${Partition}:sagemaker:${Region}:${Account}:model-bias-job-definition/${ModelBiasJobDefinitionName}. */
  modelBiasJobDefinition:
    "|,model-bias-job-definition|arn:|Partition|:sagemaker:|Region|:|Account|:model-bias-job-definition/|ModelBiasJobDefinitionName|",
  /** ARN of a model-card resource: arn:${Partition}:sagemaker:${Region}:${Account}:model-card/${ModelCardName}. */
  modelCard: "|,model-card|arn:|Partition|:sagemaker:|Region|:|Account|:model-card/|ModelCardName|",
  /** ARN of a model-card-export-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:model-card/${ModelCardName}/export-job/${ExportJobName}. */
  modelCardExportJob:
    "|,model-card-export-job|arn:|Partition|:sagemaker:|Region|:|Account|:model-card/|ModelCardName|/export-job/|ExportJobName|",
  /** ARN of a model-explainability-job-definition resource: arn:${Partition}:sagemaker:${Region}:${Account}:model-explainability-job-definition/${ModelExplainabilityJobDefinitionName}. */
  modelExplainabilityJobDefinition:
    "|,model-explainability-job-definition|arn:|Partition|:sagemaker:|Region|:|Account|:model-explainability-job-definition/|ModelExplainabilityJobDefinitionName|",
  /** ARN of a model-package resource: arn:${Partition}:sagemaker:${Region}:${Account}:model-package/${ModelPackageName}. */
  modelPackage: "|,model-package|arn:|Partition|:sagemaker:|Region|:|Account|:model-package/|ModelPackageName|",
  /** ARN of a model-package-group resource: arn:${Partition}:sagemaker:${Region}:${Account}:model-package-group/${ModelPackageGroupName}. */
  modelPackageGroup:
    "|,model-package-group|arn:|Partition|:sagemaker:|Region|:|Account|:model-package-group/|ModelPackageGroupName|",
  /** ARN of a model-quality-job-definition resource: arn:${Partition}:sagemaker:${Region}:${Account}:model-quality-job-definition/${ModelQualityJobDefinitionName}. */
  modelQualityJobDefinition:
    "|,model-quality-job-definition|arn:|Partition|:sagemaker:|Region|:|Account|:model-quality-job-definition/|ModelQualityJobDefinitionName|",
  /** ARN of a monitoring-schedule resource: arn:${Partition}:sagemaker:${Region}:${Account}:monitoring-schedule/${MonitoringScheduleName}. */
  monitoringSchedule:
    "|,monitoring-schedule|arn:|Partition|:sagemaker:|Region|:|Account|:monitoring-schedule/|MonitoringScheduleName|",
  /** ARN of a monitoring-schedule-alert resource: arn:${Partition}:sagemaker:${Region}:${Account}:monitoring-schedule/${MonitoringScheduleName}/alert/${MonitoringScheduleAlertName}. */
  monitoringScheduleAlert:
    "|,monitoring-schedule-alert|arn:|Partition|:sagemaker:|Region|:|Account|:monitoring-schedule/|MonitoringScheduleName|/alert/|MonitoringScheduleAlertName|",
  /** ARN of a notebook-instance resource: arn:${Partition}:sagemaker:${Region}:${Account}:notebook-instance/${NotebookInstanceName}. */
  notebookInstance:
    "|,notebook-instance|arn:|Partition|:sagemaker:|Region|:|Account|:notebook-instance/|NotebookInstanceName|",
  /** ARN of a notebook-instance-lifecycle-config resource: arn:${Partition}:sagemaker:${Region}:${Account}:notebook-instance-lifecycle-config/${NotebookInstanceLifecycleConfigName}. */
  notebookInstanceLifecycleConfig:
    "|,notebook-instance-lifecycle-config|arn:|Partition|:sagemaker:|Region|:|Account|:notebook-instance-lifecycle-config/|NotebookInstanceLifecycleConfigName|",
  /** ARN of a optimization-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:optimization-job/${OptimizationJobName}. */
  optimizationJob:
    "|,optimization-job|arn:|Partition|:sagemaker:|Region|:|Account|:optimization-job/|OptimizationJobName|",
  /** ARN of a partner-app resource: arn:${Partition}:sagemaker:${Region}:${Account}:partner-app/${AppId}. */
  partnerApp: "|,partner-app|arn:|Partition|:sagemaker:|Region|:|Account|:partner-app/|AppId|",
  /** ARN of a pipeline resource: arn:${Partition}:sagemaker:${Region}:${Account}:pipeline/${PipelineName}. */
  pipeline: "|,pipeline|arn:|Partition|:sagemaker:|Region|:|Account|:pipeline/|PipelineName|",
  /** ARN of a pipeline-execution resource: arn:${Partition}:sagemaker:${Region}:${Account}:pipeline/${PipelineName}/execution/${RandomString}. */
  pipelineExecution:
    "|,pipeline-execution|arn:|Partition|:sagemaker:|Region|:|Account|:pipeline/|PipelineName|/execution/|RandomString|",
  /** ARN of a processing-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:processing-job/${ProcessingJobName}. */
  processingJob: "|,processing-job|arn:|Partition|:sagemaker:|Region|:|Account|:processing-job/|ProcessingJobName|",
  /** ARN of a project resource: arn:${Partition}:sagemaker:${Region}:${Account}:project/${ProjectName}. */
  project: "|,project|arn:|Partition|:sagemaker:|Region|:|Account|:project/|ProjectName|",
  /** ARN of a reserved-capacity resource: arn:${Partition}:sagemaker:${Region}:${Account}:reserved-capacity/${RandomString}. */
  reservedCapacity: "|,reserved-capacity|arn:|Partition|:sagemaker:|Region|:|Account|:reserved-capacity/|RandomString|",
  /** ARN of a sagemaker-catalog resource: arn:${Partition}:sagemaker:${Region}:${Account}:sagemaker-catalog/${ResourceCatalogName}. */
  sagemakerCatalog:
    "|,sagemaker-catalog|arn:|Partition|:sagemaker:|Region|:|Account|:sagemaker-catalog/|ResourceCatalogName|",
  /** ARN of a shared-model resource: arn:${Partition}:sagemaker:${Region}:${Account}:shared-model/${SharedModelId}. */
  sharedModel: "|,shared-model|arn:|Partition|:sagemaker:|Region|:|Account|:shared-model/|SharedModelId|",
  /** ARN of a shared-model-event resource: arn:${Partition}:sagemaker:${Region}:${Account}:shared-model-event/${EventId}. */
  sharedModelEvent: "|,shared-model-event|arn:|Partition|:sagemaker:|Region|:|Account|:shared-model-event/|EventId|",
  /** ARN of a space resource: arn:${Partition}:sagemaker:${Region}:${Account}:space/${DomainId}/${SpaceName}. */
  space: "|,space|arn:|Partition|:sagemaker:|Region|:|Account|:space/|DomainId|/|SpaceName|",
  /** ARN of a studio-lifecycle-config resource: arn:${Partition}:sagemaker:${Region}:${Account}:studio-lifecycle-config/${StudioLifecycleConfigName}. */
  studioLifecycleConfig:
    "|,studio-lifecycle-config|arn:|Partition|:sagemaker:|Region|:|Account|:studio-lifecycle-config/|StudioLifecycleConfigName|",
  /** ARN of a training-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:training-job/${TrainingJobName}. */
  trainingJob: "|,training-job|arn:|Partition|:sagemaker:|Region|:|Account|:training-job/|TrainingJobName|",
  /** ARN of a training-plan resource: arn:${Partition}:sagemaker:${Region}:${Account}:training-plan/${TrainingPlanName}. */
  trainingPlan: "|,training-plan|arn:|Partition|:sagemaker:|Region|:|Account|:training-plan/|TrainingPlanName|",
  /** ARN of a transform-job resource: arn:${Partition}:sagemaker:${Region}:${Account}:transform-job/${TransformJobName}. */
  transformJob: "|,transform-job|arn:|Partition|:sagemaker:|Region|:|Account|:transform-job/|TransformJobName|",
  /** ARN of a user-profile resource: arn:${Partition}:sagemaker:${Region}:${Account}:user-profile/${DomainId}/${UserProfileName}. */
  userProfile: "|,user-profile|arn:|Partition|:sagemaker:|Region|:|Account|:user-profile/|DomainId|/|UserProfileName|",
  /** ARN of a workforce resource: arn:${Partition}:sagemaker:${Region}:${Account}:workforce/${WorkforceName}. */
  workforce: "|,workforce|arn:|Partition|:sagemaker:|Region|:|Account|:workforce/|WorkforceName|",
  /** ARN of a workteam resource: arn:${Partition}:sagemaker:${Region}:${Account}:workteam/${WorkteamName}. */
  workteam: "|,workteam|arn:|Partition|:sagemaker:|Region|:|Account|:workteam/|WorkteamName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "action",
  "ai-benchmark-job",
  "ai-recommendation-job",
  "ai-workload-config",
  "algorithm",
  "app",
  "app-image-config",
  "artifact",
  "automl-job",
  "cluster",
  "cluster-scheduler-config",
  "code-repository",
  "compilation-job",
  "compute-quota",
  "context",
  "data-quality-job-definition",
  "device",
  "device-fleet",
  "domain",
  "edge-deployment-plan",
  "edge-packaging-job",
  "endpoint",
  "endpoint-config",
  "experiment",
  "experiment-trial",
  "experiment-trial-component",
  "feature-group",
  "flow-definition",
  "hub",
  "hub-content",
  "human-loop",
  "human-task-ui",
  "hyper-parameter-tuning-job",
  "image",
  "image-version",
  "inference-component",
  "inference-experiment",
  "inference-recommendations-job",
  "labeling-job",
  "lineage-group",
  "mlflow-app",
  "mlflow-tracking-server",
  "model",
  "model-bias-job-definition",
  "model-card",
  "model-card-export-job",
  "model-explainability-job-definition",
  "model-package",
  "model-package-group",
  "model-quality-job-definition",
  "monitoring-schedule",
  "monitoring-schedule-alert",
  "notebook-instance",
  "notebook-instance-lifecycle-config",
  "optimization-job",
  "partner-app",
  "pipeline",
  "pipeline-execution",
  "processing-job",
  "project",
  "reserved-capacity",
  "sagemaker-catalog",
  "shared-model",
  "shared-model-event",
  "space",
  "studio-lifecycle-config",
  "training-job",
  "training-plan",
  "transform-job",
  "user-profile",
  "workforce",
  "workteam",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "sagemaker">;
/** Any sagemaker action. */
export type Action = ActionOf<typeof actionFacts, "sagemaker">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "sagemaker">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "sagemaker" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every sagemaker action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a key that is present in the request the user makes to the SageMaker service. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a current metadata key and value pair associated with the model-package resource. */
  [key: `sagemaker:CurrentCustomerMetadataProperties/${string}`]: "String";
  /** Filters access by a metadata key and value pair. */
  [key: `sagemaker:CustomerMetadataProperties/${string}`]: "String";
  /** Filters access by a tag key and value pair. */
  [key: `sagemaker:ResourceTag/${string}`]: "String";
  /** Limits the results of your search request to the resources that you can access. ${FilterKey} is a key that the VisibilityConditions configuration presents in the Search request. */
  [key: `sagemaker:SearchVisibilityCondition/${string}`]: "String";
  /** Filters access by the list of all the tag key names associated with the resource in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the list of all accelerator types associated with the resource in the request. */
  "sagemaker:AcceleratorTypes": "ArrayOfString";
  /** Filters access by the app network access type associated with the resource in the request. */
  "sagemaker:AppNetworkAccessType": "String";
  /** Filters access by the current value of the Stage field in the model life cycle object associated with the model-package resource. */
  "sagemaker:CurrentModelLifeCycleStage": "String";
  /** Filters access by the current value of the StageStatus field in the model life cycle object associated with the model-package resource. */
  "sagemaker:CurrentModelLifeCycleStageStatus": "String";
  /** Filters access by the list of metadata properties associated with the model-package resource in the request. */
  "sagemaker:CustomerMetadataPropertiesToRemove": "ArrayOfString";
  /** Used to deny direct access to SageMaker gated ModelReferences. */
  "sagemaker:DirectGatedModelAccess": "String";
  /** Filters access by the direct internet access associated with the resource in the request. */
  "sagemaker:DirectInternetAccess": "String";
  /** You can use the domainId as a policy variable to filter requests from specific SageMaker Domains. */
  "sagemaker:DomainId": "String";
  /** Filters access by the Domain sharing output KMS key associated with the resource in the request. */
  "sagemaker:DomainSharingOutputKmsKey": "ARN";
  /** Filters access by the remote debug config in the request. */
  "sagemaker:EnableRemoteDebug": "Bool";
  /** Filters access by the DisableGlueTableCreation flag associated with the feature group resource in the request. */
  "sagemaker:FeatureGroupDisableGlueTableCreation": "Bool";
  /** Filters access by the EnableOnlineStore flag associated with feature group in the request. */
  "sagemaker:FeatureGroupEnableOnlineStore": "Bool";
  /** Filters access by the presence of an OfflineStoreConfig in the feature group resource in the request. This access filter only supports the null-conditional operator. */
  "sagemaker:FeatureGroupOfflineStoreConfig": "Bool";
  /** Filters access by the offline store kms key associated with the feature group resource in the request. */
  "sagemaker:FeatureGroupOfflineStoreKmsKey": "ARN";
  /** Filters access by the offline store s3 uri associated with the feature group resource in the request. */
  "sagemaker:FeatureGroupOfflineStoreS3Uri": "String";
  /** Filters access by the online store kms key associated with the feature group resource in the request. */
  "sagemaker:FeatureGroupOnlineStoreKmsKey": "ARN";
  /** Filters access by a file system access mode associated with the resource in the request. */
  "sagemaker:FileSystemAccessMode": "String";
  /** Filters access by a file system directory path associated with the resource in the request. */
  "sagemaker:FileSystemDirectoryPath": "String";
  /** Filters access by a file system ID associated with the resource in the request. */
  "sagemaker:FileSystemId": "String";
  /** Filters access by a file system type associated with the resource in the request. */
  "sagemaker:FileSystemType": "String";
  /**
   * Filters access by a key that is present in the request the user makes to the SageMaker service. This key is deprecated. It has been replaced by sagemaker:VolumeKmsKey.
   * @deprecated Use sagemaker:VolumeKmsKey instead.
   */
  "sagemaker:HomeEfsFileSystemKmsKey": "ARN";
  /** Filters access by the list of all image arns associated with the resource in the request. */
  "sagemaker:ImageArns": "ArrayOfARN";
  /** Filters access by the list of all image version arns associated with the resource in the request. */
  "sagemaker:ImageVersionArns": "ArrayOfARN";
  /** Filters access by the list of all instance types associated with the resource in the request. */
  "sagemaker:InstanceTypes": "ArrayOfString";
  /** Filters access by the inter container traffic encryption associated with the resource in the request. */
  "sagemaker:InterContainerTrafficEncryption": "Bool";
  /** Filters access by the keep-alive period associated with the resource in the request. */
  "sagemaker:KeepAlivePeriod": "Numeric";
  /** Filters access by the max runtime in seconds associated with the resource in the request. */
  "sagemaker:MaxRuntimeInSeconds": "Numeric";
  /** Filters access by the minimum instance metadata service version used by the resource in the request. */
  "sagemaker:MinimumInstanceMetadataServiceVersion": "String";
  /** Filters access by the model approval status with the model-package in the request. */
  "sagemaker:ModelApprovalStatus": "String";
  /** Filters access by the model arn associated with the resource in the request. */
  "sagemaker:ModelArn": "ARN";
  /** Filters access by stage field in the model life cycle object associated with the model-package resource in the request. */
  "sagemaker:ModelLifeCycle:Stage": "String";
  /** Filters access by stageStatus field in the model life cycle object associated with the model-package resource in the request. */
  "sagemaker:ModelLifeCycle:StageStatus": "String";
  /** Filters access by the network isolation associated with the resource in the request. */
  "sagemaker:NetworkIsolation": "Bool";
  /** Filters access by the list of notebook instance lifecycle configuration ARNs associated with the resource in the request. */
  "sagemaker:NotebookInstanceLifecycleConfigArns": "ArrayOfARN";
  /** Filters access by the output kms key associated with the resource in the request. */
  "sagemaker:OutputKmsKey": "ARN";
  /** Filters access by the OwnerUserProfile arn associated with the space in the request. */
  "sagemaker:OwnerUserProfileArn": "ARN";
  /** Filters access to specific version IDs of a Sagemaker pipeline. */
  "sagemaker:PipelineVersionId": "String";
  /** Filters access by the remote access flag associated with the space in the request. */
  "sagemaker:RemoteAccess": "String";
  /** Filters access by the preface string for a tag key and value pair attached to a resource. */
  "sagemaker:ResourceTag/": "String";
  /** Filters access by the root access associated with the resource in the request. */
  "sagemaker:RootAccess": "String";
  /** Filters access by limiting maximum concurrency used for Serverless inference in the request. */
  "sagemaker:ServerlessMaxConcurrency": "Numeric";
  /** Filters access by limiting memory size used for Serverless inference in the request. */
  "sagemaker:ServerlessMemorySize": "Numeric";
  /** Filters access by the sharing type associated with the space in the request. */
  "sagemaker:SpaceSharingType": "String";
  /** Filters access by the list of lifecycle configuration ARNs associated with the resource in the request. */
  "sagemaker:StudioLifecycleConfigArns": "ArrayOfARN";
  /** Filters access by the API actions to which a user can apply tags. Uses the name of the API operation that creates a taggable resource to filter access. */
  "sagemaker:TaggingAction": "String";
  /** Filters access by the target model associated with the Multi-Model Endpoint in the request. */
  "sagemaker:TargetModel": "String";
  /** You can use the UserProfileName as a policy variable to filter requests from specific user profiles within a SageMaker Domain. This context key is not applicable to user profiles within shared spaces. */
  "sagemaker:UserProfileName": "String";
  /** Filters access by the volume kms key associated with the resource in the request. */
  "sagemaker:VolumeKmsKey": "ARN";
  /** Filters access by the list of all VPC security group ids associated with the resource in the request. */
  "sagemaker:VpcSecurityGroupIds": "ArrayOfString";
  /** Filters access by the list of all VPC subnets associated with the resource in the request. */
  "sagemaker:VpcSubnets": "ArrayOfString";
  /** Filters access by the workteam arn associated to the request. */
  "sagemaker:WorkteamArn": "ARN";
  /** Filters access by the workteam type associated to the request. This can be public-crowd, private-crowd or vendor-crowd. */
  "sagemaker:WorkteamType": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** sagemaker:CurrentCustomerMetadataProperties/${MetadataKey} */
  "sagemaker:CurrentCustomerMetadataProperties/${MetadataKey}": `sagemaker:CurrentCustomerMetadataProperties/${string}`;
  /** sagemaker:CustomerMetadataProperties/${MetadataKey} */
  "sagemaker:CustomerMetadataProperties/${MetadataKey}": `sagemaker:CustomerMetadataProperties/${string}`;
  /** sagemaker:ResourceTag/${TagKey} */
  "sagemaker:ResourceTag/${TagKey}": `sagemaker:ResourceTag/${string}`;
  /** sagemaker:SearchVisibilityCondition/${FilterKey} */
  "sagemaker:SearchVisibilityCondition/${FilterKey}": `sagemaker:SearchVisibilityCondition/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by a key that is present in the request the user makes to the SageMaker service",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by the list of all the tag key names associated with the resource in the request",
  "sagemaker:AcceleratorTypes":
    "|,ArrayOfString|0||Filters access by the list of all accelerator types associated with the resource in the request",
  "sagemaker:AppNetworkAccessType":
    "|,String|0||Filters access by the app network access type associated with the resource in the request",
  "sagemaker:CurrentCustomerMetadataProperties/${MetadataKey}":
    "|,String|0||Filters access by a current metadata key and value pair associated with the model-package resource",
  "sagemaker:CurrentModelLifeCycleStage":
    "|,String|0||Filters access by the current value of the Stage field in the model life cycle object associated with the model-package resource",
  "sagemaker:CurrentModelLifeCycleStageStatus":
    "|,String|0||Filters access by the current value of the StageStatus field in the model life cycle object associated with the model-package resource",
  "sagemaker:CustomerMetadataProperties/${MetadataKey}": "|,String|0||Filters access by a metadata key and value pair",
  "sagemaker:CustomerMetadataPropertiesToRemove":
    "|,ArrayOfString|0||Filters access by the list of metadata properties associated with the model-package resource in the request",
  "sagemaker:DirectGatedModelAccess": "|,String|0||Used to deny direct access to SageMaker gated ModelReferences",
  "sagemaker:DirectInternetAccess":
    "|,String|0||Filters access by the direct internet access associated with the resource in the request",
  "sagemaker:DomainId":
    "|,String|0||You can use the domainId as a policy variable to filter requests from specific SageMaker Domains",
  "sagemaker:DomainSharingOutputKmsKey":
    "|,ARN|0||Filters access by the Domain sharing output KMS key associated with the resource in the request",
  "sagemaker:EnableRemoteDebug": "|,Bool|0||Filters access by the remote debug config in the request",
  "sagemaker:FeatureGroupDisableGlueTableCreation":
    "|,Bool|0||Filters access by the DisableGlueTableCreation flag associated with the feature group resource in the request",
  "sagemaker:FeatureGroupEnableOnlineStore":
    "|,Bool|0||Filters access by the EnableOnlineStore flag associated with feature group in the request",
  "sagemaker:FeatureGroupOfflineStoreConfig":
    "|,Bool|0||Filters access by the presence of an OfflineStoreConfig in the feature group resource in the request. This access filter only supports the null-conditional operator",
  "sagemaker:FeatureGroupOfflineStoreKmsKey":
    "|,ARN|0||Filters access by the offline store kms key associated with the feature group resource in the request",
  "sagemaker:FeatureGroupOfflineStoreS3Uri":
    "|,String|0||Filters access by the offline store s3 uri associated with the feature group resource in the request",
  "sagemaker:FeatureGroupOnlineStoreKmsKey":
    "|,ARN|0||Filters access by the online store kms key associated with the feature group resource in the request",
  "sagemaker:FileSystemAccessMode":
    "|,String|0||Filters access by a file system access mode associated with the resource in the request",
  "sagemaker:FileSystemDirectoryPath":
    "|,String|0||Filters access by a file system directory path associated with the resource in the request",
  "sagemaker:FileSystemId":
    "|,String|0||Filters access by a file system ID associated with the resource in the request",
  "sagemaker:FileSystemType":
    "|,String|0||Filters access by a file system type associated with the resource in the request",
  "sagemaker:HomeEfsFileSystemKmsKey":
    "|,ARN|1|sagemaker:VolumeKmsKey|Filters access by a key that is present in the request the user makes to the SageMaker service. This key is deprecated. It has been replaced by sagemaker:VolumeKmsKey",
  "sagemaker:ImageArns":
    "|,ArrayOfARN|0||Filters access by the list of all image arns associated with the resource in the request",
  "sagemaker:ImageVersionArns":
    "|,ArrayOfARN|0||Filters access by the list of all image version arns associated with the resource in the request",
  "sagemaker:InstanceTypes":
    "|,ArrayOfString|0||Filters access by the list of all instance types associated with the resource in the request",
  "sagemaker:InterContainerTrafficEncryption":
    "|,Bool|0||Filters access by the inter container traffic encryption associated with the resource in the request",
  "sagemaker:KeepAlivePeriod":
    "|,Numeric|0||Filters access by the keep-alive period associated with the resource in the request",
  "sagemaker:MaxRuntimeInSeconds":
    "|,Numeric|0||Filters access by the max runtime in seconds associated with the resource in the request",
  "sagemaker:MinimumInstanceMetadataServiceVersion":
    "|,String|0||Filters access by the minimum instance metadata service version used by the resource in the request",
  "sagemaker:ModelApprovalStatus":
    "|,String|0||Filters access by the model approval status with the model-package in the request",
  "sagemaker:ModelArn": "|,ARN|0||Filters access by the model arn associated with the resource in the request",
  "sagemaker:ModelLifeCycle:Stage":
    "|,String|0||Filters access by stage field in the model life cycle object associated with the model-package resource in the request",
  "sagemaker:ModelLifeCycle:StageStatus":
    "|,String|0||Filters access by stageStatus field in the model life cycle object associated with the model-package resource in the request",
  "sagemaker:NetworkIsolation":
    "|,Bool|0||Filters access by the network isolation associated with the resource in the request",
  "sagemaker:NotebookInstanceLifecycleConfigArns":
    "|,ArrayOfARN|0||Filters access by the list of notebook instance lifecycle configuration ARNs associated with the resource in the request",
  "sagemaker:OutputKmsKey": "|,ARN|0||Filters access by the output kms key associated with the resource in the request",
  "sagemaker:OwnerUserProfileArn":
    "|,ARN|0||Filters access by the OwnerUserProfile arn associated with the space in the request",
  "sagemaker:PipelineVersionId": "|,String|0||Filters access to specific version IDs of a Sagemaker pipeline",
  "sagemaker:RemoteAccess":
    "|,String|0||Filters access by the remote access flag associated with the space in the request",
  "sagemaker:ResourceTag/":
    "|,String|0||Filters access by the preface string for a tag key and value pair attached to a resource",
  "sagemaker:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair",
  "sagemaker:RootAccess": "|,String|0||Filters access by the root access associated with the resource in the request",
  "sagemaker:SearchVisibilityCondition/${FilterKey}":
    "|,String|0||Limits the results of your search request to the resources that you can access. ${FilterKey} is a key that the VisibilityConditions configuration presents in the Search request",
  "sagemaker:ServerlessMaxConcurrency":
    "|,Numeric|0||Filters access by limiting maximum concurrency used for Serverless inference in the request",
  "sagemaker:ServerlessMemorySize":
    "|,Numeric|0||Filters access by limiting memory size used for Serverless inference in the request",
  "sagemaker:SpaceSharingType":
    "|,String|0||Filters access by the sharing type associated with the space in the request",
  "sagemaker:StudioLifecycleConfigArns":
    "|,ArrayOfARN|0||Filters access by the list of lifecycle configuration ARNs associated with the resource in the request",
  "sagemaker:TaggingAction":
    "|,String|0||Filters access by the API actions to which a user can apply tags. Uses the name of the API operation that creates a taggable resource to filter access",
  "sagemaker:TargetModel":
    "|,String|0||Filters access by the target model associated with the Multi-Model Endpoint in the request",
  "sagemaker:UserProfileName":
    "|,String|0||You can use the UserProfileName as a policy variable to filter requests from specific user profiles within a SageMaker Domain. This context key is not applicable to user profiles within shared spaces",
  "sagemaker:VolumeKmsKey": "|,ARN|0||Filters access by the volume kms key associated with the resource in the request",
  "sagemaker:VpcSecurityGroupIds":
    "|,ArrayOfString|0||Filters access by the list of all VPC security group ids associated with the resource in the request",
  "sagemaker:VpcSubnets":
    "|,ArrayOfString|0||Filters access by the list of all VPC subnets associated with the resource in the request",
  "sagemaker:WorkteamArn": "|,ARN|0||Filters access by the workteam arn associated to the request",
  "sagemaker:WorkteamType":
    "|,String|0||Filters access by the workteam type associated to the request. This can be public-crowd, private-crowd or vendor-crowd",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "sagemaker",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
