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
export const prefix: "imagebuilder" = "imagebuilder";
/** The service's name in the reference. */
export const serviceName: "Amazon EC2 Image Builder" = "Amazon EC2 Image Builder";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon EC2 Image Builder",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "imagebuilder:CreatedResourceTag/${TagKey}",
  "imagebuilder:CreatedResourceTagKeys",
  "imagebuilder:Ec2MetadataHttpTokens",
  "imagebuilder:LifecyclePolicyResourceType",
  "imagebuilder:StatusTopicArn",
] as const;
const dependentActionList = [
  "ec2:CreateLaunchTemplateVersion",
  "ec2:DescribeAvailabilityZones",
  "ec2:DescribeHosts",
  "ec2:DescribeImages",
  "ec2:DescribeLaunchTemplates",
  "ec2:ModifyLaunchTemplate",
  "ecr:BatchGetRepositoryScanningConfiguration",
  "ecr:DescribeRepositories",
  "iam:CreateServiceLinkedRole",
  "iam:GetInstanceProfile",
  "iam:PassRole",
  "imagebuilder:GetComponent",
  "imagebuilder:GetContainerRecipe",
  "imagebuilder:GetDistributionConfiguration",
  "imagebuilder:GetImage",
  "imagebuilder:GetImageRecipe",
  "imagebuilder:GetInfrastructureConfiguration",
  "imagebuilder:GetWorkflow",
  "imagebuilder:TagResource",
  "inspector2:BatchGetAccountStatus",
  "kms:Decrypt",
  "kms:Encrypt",
  "kms:GenerateDataKey",
  "kms:GenerateDataKeyWithoutPlaintext",
  "resource-groups:GetGroup",
  "s3:GetObject",
  "s3:ListBucket",
  "sns:Publish",
  "ssm:GetParameter",
] as const;
const actionFacts = {
  /** Grants permission to cancel an image creation. Access level: Write. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CancelImageCreation.html */
  CancelImageCreation: "W|||6;1;|||;",
  /** Grants permission to cancel a lifecycle execution. Access level: Write. Resources: lifecycleExecution*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CancelLifecycleExecution.html */
  CancelLifecycleExecution: "W|||11;1;|||;",
  /** Grants permission to create a new component. Access level: Write. Resources: component*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateComponent.html */
  CreateComponent: "W|||3;1;|0,2|18,21,22,23,25,26|;",
  /** Grants permission to create a new Container Recipe. Access level: Write. Resources: containerRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateContainerRecipe.html */
  CreateContainerRecipe: "W|||4;1;|0,2|3,ecr:DescribeImages,7,11,14,18,21,22,23,25,26,28|;",
  /** Grants permission to create a new distribution configuration. Access level: Write. Resources: distributionConfiguration*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateDistributionConfiguration.html */
  CreateDistributionConfiguration: "W|||5;1;|0,2|0,4,5,18,26,28|;",
  /** Grants permission to create a new image. Access level: Write. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImage.html */
  CreateImage: "W|||6;1;|0,2|6,7,8,10,12,13,15,16,17,18,19|;",
  /** Grants permission to create a new image pipeline. Access level: Write. Resources: imagePipeline*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImagePipeline.html */
  CreateImagePipeline: "W|||7;1;|0,2|6,7,8,10,12,13,15,16,17,18,19|;",
  /** Grants permission to create a new Image Recipe. Access level: Write. Resources: imageRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImageRecipe.html */
  CreateImageRecipe: "W|||8;1;|0,2|3,11,14,18,28|;",
  /** Grants permission to create a new infrastructure configuration. Access level: Write. Resources: infrastructureConfiguration*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateInfrastructureConfiguration.html */
  CreateInfrastructureConfiguration: "W|||10;1;|0,2,3,4,5,7|1,2,9,10,18,24,27|;",
  /** Grants permission to create a new lifecycle policy. Access level: Write. Resources: lifecyclePolicy*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateLifecyclePolicy.html */
  CreateLifecyclePolicy: "W|||12;1;|0,2,6|10,18|;",
  /** Grants permission to create a new workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateWorkflow.html */
  CreateWorkflow: "W|||13;1;|0,2|18,21,22,23,25,26|;",
  /** Grants permission to delete a component. Access level: Write. Resources: component*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteComponent.html */
  DeleteComponent: "W|||3;1;|||;",
  /** Grants permission to delete a container recipe. Access level: Write. Resources: containerRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteContainerRecipe.html */
  DeleteContainerRecipe: "W|||4;1;|||;",
  /** Grants permission to delete a distribution configuration. Access level: Write. Resources: distributionConfiguration*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteDistributionConfiguration.html */
  DeleteDistributionConfiguration: "W|||5;1;|||;",
  /** Grants permission to delete an image. Access level: Write. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteImage.html */
  DeleteImage: "W|||6;1;|||;",
  /** Grants permission to delete an image pipeline. Access level: Write. Resources: imagePipeline*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteImagePipeline.html */
  DeleteImagePipeline: "W|||7;1;|||;",
  /** Grants permission to delete an image recipe. Access level: Write. Resources: imageRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteImageRecipe.html */
  DeleteImageRecipe: "W|||8;1;|||;",
  /** Grants permission to delete an infrastructure configuration. Access level: Write. Resources: infrastructureConfiguration*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteInfrastructureConfiguration.html */
  DeleteInfrastructureConfiguration: "W|||10;1;|||;",
  /** Grants permission to delete a lifecycle policy. Access level: Write. Resources: lifecyclePolicy*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteLifecyclePolicy.html */
  DeleteLifecyclePolicy: "W|||12;1;|||;",
  /** Grants permission to delete a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteWorkflow.html */
  DeleteWorkflow: "W|||13;1;|||;",
  /** Grants permission to distribute an image. Access level: Write. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DistributeImage.html */
  DistributeImage: "W|||6;1;|0,2|3,10,13,14,18,28|;",
  /** Grants permission to view details about a component. Access level: Read. Resources: component*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetComponent.html */
  GetComponent: "R|||3;1;||20|CreateContainerRecipe,CreateImageRecipe,;",
  /** Grants permission to view the resource policy associated with a component. Access level: Read. Resources: component*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetComponentPolicy.html */
  GetComponentPolicy: "R|||3;1;|||;",
  /** Grants permission to view details about a container recipe. Access level: Read. Resources: containerRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetContainerRecipe.html */
  GetContainerRecipe: "R|||4;1;|||CreateImage,CreateImagePipeline,;,UpdateImagePipeline",
  /** Grants permission to view the resource policy associated with a container recipe. Access level: Read. Resources: containerRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetContainerRecipePolicy.html */
  GetContainerRecipePolicy: "R|||4;1;|||;",
  /** Grants permission to view details about a distribution configuration. Access level: Read. Resources: distributionConfiguration*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetDistributionConfiguration.html */
  GetDistributionConfiguration: "R|||5;1;|||CreateImage,CreateImagePipeline,DistributeImage,;,UpdateImagePipeline",
  /** Grants permission to view details about an image. Access level: Read. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImage.html */
  GetImage: "R|||6;1;|||CreateContainerRecipe,CreateImageRecipe,DistributeImage,;",
  /** Grants permission to view details about an image pipeline. Access level: Read. Resources: imagePipeline*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImagePipeline.html */
  GetImagePipeline: "R|||7;1;|||;",
  /** Grants permission to view the resource policy associated with an image. Access level: Read. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImagePolicy.html */
  GetImagePolicy: "R|||6;1;|||;",
  /** Grants permission to view details about an image recipe. Access level: Read. Resources: imageRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImageRecipe.html */
  GetImageRecipe: "R|||8;1;|||CreateImage,CreateImagePipeline,;,UpdateImagePipeline",
  /** Grants permission to view the resource policy associated with an image recipe. Access level: Read. Resources: imageRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImageRecipePolicy.html */
  GetImageRecipePolicy: "R|||8;1;|||;",
  /** Grants permission to view details about an infrastructure configuration. Access level: Read. Resources: infrastructureConfiguration*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetInfrastructureConfiguration.html */
  GetInfrastructureConfiguration: "R|||10;1;|||CreateImage,CreateImagePipeline,;,ImportDiskImage,UpdateImagePipeline",
  /** Grants permission to view details about a lifecycle execution. Access level: Read. Resources: lifecycleExecution*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetLifecycleExecution.html */
  GetLifecycleExecution: "R|||11;1;|||;",
  /** Grants permission to view details about a lifecycle policy. Access level: Read. Resources: lifecyclePolicy*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetLifecyclePolicy.html */
  GetLifecyclePolicy: "R|||12;1;|||;",
  /** Grants permission to retrieve Marketplace provided resource. Access level: Read. Resources: component*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetMarketplaceResource.html */
  GetMarketplaceResource: "R|||3;1;|||;",
  /** Grants permission to view details about a workflow. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetWorkflow.html */
  GetWorkflow: "R|||13;1;||20|CreateImage,CreateImagePipeline,;,UpdateImagePipeline",
  /** Grants permission to view details about a workflow execution. Access level: Read. Resources: workflowExecution*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetWorkflowExecution.html */
  GetWorkflowExecution: "R|||14;1;|||;",
  /** Grants permission to view details about a workflow step execution. Access level: Read. Resources: workflowStepExecution*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetWorkflowStepExecution.html */
  GetWorkflowStepExecution: "R|||15;1;||20|;",
  /** Grants permission to import a new component. Access level: Write. Resources: component*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportComponent.html */
  ImportComponent: "W|||3;1;|0,2|18,21,22,23,25,26|",
  /** Grants permission to import a disk image. Access level: Write. Resources: imageVersion*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportDiskImage.html */
  ImportDiskImage: "W|||9;1;|0,2|8,10,16,17,18,25,26|;",
  /** Grants permission to import an image. Access level: Write. Resources: imageVersion*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportVmImage.html */
  ImportVmImage: "W|||9;1;|0,2|3,ec2:DescribeImportImageTasks,8,18|;",
  /** Grants permission to list the component build versions in your account. Access level: List. Resources: allComponentBuildVersions*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponentBuildVersions.html */
  ListComponentBuildVersions: "L|||0;1;|||;",
  /** Grants permission to list the component versions owned by or shared with your account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponents.html */
  ListComponents: "L||||||;",
  /** Grants permission to list the container recipes owned by or shared with your account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListContainerRecipes.html */
  ListContainerRecipes: "L||||||;",
  /** Grants permission to list the distribution configurations in your account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListDistributionConfigurations.html */
  ListDistributionConfigurations: "L||||||;",
  /** Grants permission to list the image build versions in your account. Access level: List. Resources: allImageBuildVersions*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageBuildVersions.html */
  ListImageBuildVersions: "L|||1;1;|||;",
  /** Grants permission to return a list of packages installed on the specified image. Access level: List. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImagePackages.html */
  ListImagePackages: "L|||6;1;|||;",
  /** Grants permission to return a list of images created by the specified pipeline. Access level: List. Resources: imagePipeline*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImagePipelineImages.html */
  ListImagePipelineImages: "L|||7;1;|||;",
  /** Grants permission to list the image pipelines in your account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImagePipelines.html */
  ListImagePipelines: "L||||||;",
  /** Grants permission to list the image recipes owned by or shared with your account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageRecipes.html */
  ListImageRecipes: "L||||||;",
  /** Grants permission to list aggregations on the image scan findings in your account. Access level: List. Resources: image, imagePipeline. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageScanFindingAggregations.html */
  ListImageScanFindingAggregations: "L|||6;0;,7;0;|||;",
  /** Grants permission to list the image scan findings for the images in your account. Access level: List. Resources: image, imagePipeline. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageScanFindings.html */
  ListImageScanFindings: "L|||6;0;,7;0;||inspector2:ListFindings|;",
  /** Grants permission to list the image versions owned by or shared with your account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImages.html */
  ListImages: "L||||||;",
  /** Grants permission to list the infrastructure configurations in your account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListInfrastructureConfigurations.html */
  ListInfrastructureConfigurations: "L||||||;",
  /** Grants permission to list resources for the specified lifecycle execution. Access level: List. Resources: lifecycleExecution*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListLifecycleExecutionResources.html */
  ListLifecycleExecutionResources: "L|||11;1;|||;",
  /** Grants permission to list lifecycle executions for the specified resource. Access level: List. Resources: image, lifecyclePolicy. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListLifecycleExecutions.html */
  ListLifecycleExecutions: "L|||6;0;,12;0;|||;",
  /** Grants permission to list the lifecycle policies in your account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListLifecyclePolicies.html */
  ListLifecyclePolicies: "L||||||;",
  /** Grants permission to list tags for an Image Builder resource. Access level: Read. Resources: component, containerRecipe, distributionConfiguration, image, imagePipeline, imageRecipe, infrastructureConfiguration, lifecyclePolicy, workflow. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,10;0;,12;0;,13;0;|||;",
  /** Grants permission to list waiting workflow steps for the caller account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWaitingWorkflowSteps.html */
  ListWaitingWorkflowSteps: "L||||||;",
  /** Grants permission to list the workflow build versions in your account. Access level: List. Resources: allWorkflowBuildVersions*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWorkflowBuildVersions.html */
  ListWorkflowBuildVersions: "L|||2;1;|||;",
  /** Grants permission to list workflow executions for the specified image. Access level: List. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWorkflowExecutions.html */
  ListWorkflowExecutions: "L|||6;1;|||;",
  /** Grants permission to list workflow step executions for the specified workflow. Access level: List. Resources: workflowExecution*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWorkflowStepExecutions.html */
  ListWorkflowStepExecutions: "L|||14;1;||20|;",
  /** Grants permission to list the workflow versions owned by or shared with your account. Access level: List. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWorkflows.html */
  ListWorkflows: "L||||||;",
  /** Grants permission to set the resource policy associated with a component. Access level: Permissions management. Resources: component*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutComponentPolicy.html */
  PutComponentPolicy: "P|||3;1;|||;",
  /** Grants permission to set the resource policy associated with a container recipe. Access level: Permissions management. Resources: containerRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutContainerRecipePolicy.html */
  PutContainerRecipePolicy: "P|||4;1;|||;",
  /** Grants permission to set the resource policy associated with an image. Access level: Permissions management. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutImagePolicy.html */
  PutImagePolicy: "P|||6;1;|||;",
  /** Grants permission to set the resource policy associated with an image recipe. Access level: Permissions management. Resources: imageRecipe*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutImageRecipePolicy.html */
  PutImageRecipePolicy: "P|||8;1;|||;",
  /** Grants permission to retry an image creation. Access level: Write. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_RetryImage.html */
  RetryImage: "W|||6;1;|||;",
  /** Grants permission to send an action to a workflow step. Access level: Write. Resources: image*, workflowStepExecution*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_SendWorkflowStepAction.html */
  SendWorkflowStepAction: "W|||6;1;,15;1;|||;",
  /** Grants permission to create a new image from a pipeline. Access level: Write. Resources: imagePipeline*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_StartImagePipelineExecution.html */
  StartImagePipelineExecution: "W|||7;1;|0,2|8,imagebuilder:GetImagePipeline,18|;",
  /** Grants permission to start a state update for the specified resource. Access level: Write. Resources: image*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_StartResourceStateUpdate.html */
  StartResourceStateUpdate: "W|||6;1;||10|;",
  /** Grants permission to tag an Image Builder resource. Access level: Tagging. Resources: component, containerRecipe, distributionConfiguration, image, imagePipeline, imageRecipe, infrastructureConfiguration, lifecyclePolicy, workflow. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,10;0;,12;0;,13;0;|0,2||CreateComponent,CreateContainerRecipe,CreateDistributionConfiguration,CreateImage,CreateImagePipeline,CreateImageRecipe,CreateInfrastructureConfiguration,CreateLifecyclePolicy,CreateWorkflow,ImportDiskImage,ImportVmImage,StartImagePipelineExecution,;,UpdateImagePipeline",
  /** Grants permission to untag an Image Builder resource. Access level: Tagging. Resources: component, containerRecipe, distributionConfiguration, image, imagePipeline, imageRecipe, infrastructureConfiguration, lifecyclePolicy, workflow. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,10;0;,12;0;,13;0;|2||;",
  /** Grants permission to update an existing distribution configuration. Access level: Write. Resources: distributionConfiguration*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UpdateDistributionConfiguration.html */
  UpdateDistributionConfiguration: "W|||5;1;||0,4,5,26,28|;",
  /** Grants permission to update an existing image pipeline. Access level: Write. Resources: imagePipeline*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UpdateImagePipeline.html */
  UpdateImagePipeline: "W|||7;1;||6,7,8,10,12,13,15,16,17,18,19|;",
  /** Grants permission to update an existing infrastructure configuration. Access level: Write. Resources: infrastructureConfiguration*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UpdateInfrastructureConfiguration.html */
  UpdateInfrastructureConfiguration: "W|||10;1;|3,4,5,7|1,2,9,10,24,27|;",
  /** Grants permission to update an existing lifecycle policy. Access level: Write. Resources: lifecyclePolicy*. https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UpdateLifecyclePolicy.html */
  UpdateLifecyclePolicy: "W|||12;1;|6|10|;",
} as const;
const actionDetails = {
  CancelImageCreation: "|,;~~~|Grants permission to cancel an image creation",
  CancelLifecycleExecution: "|,;~~~|Grants permission to cancel a lifecycle execution",
  CreateComponent: "|,;~~~|Grants permission to create a new component",
  CreateContainerRecipe: "|,;~~~|Grants permission to create a new Container Recipe",
  CreateDistributionConfiguration: "|,;~~~|Grants permission to create a new distribution configuration",
  CreateImage: "|,;~~~|Grants permission to create a new image",
  CreateImagePipeline: "|,;~~~|Grants permission to create a new image pipeline",
  CreateImageRecipe: "|,;~~~|Grants permission to create a new Image Recipe",
  CreateInfrastructureConfiguration: "|,;~~~|Grants permission to create a new infrastructure configuration",
  CreateLifecyclePolicy: "|,;~~~|Grants permission to create a new lifecycle policy",
  CreateWorkflow: "|,;~~~|Grants permission to create a new workflow",
  DeleteComponent: "|,;~~~|Grants permission to delete a component",
  DeleteContainerRecipe: "|,;~~~|Grants permission to delete a container recipe",
  DeleteDistributionConfiguration: "|,;~~~|Grants permission to delete a distribution configuration",
  DeleteImage: "|,;~~~|Grants permission to delete an image",
  DeleteImagePipeline: "|,;~~~|Grants permission to delete an image pipeline",
  DeleteImageRecipe: "|,;~~~|Grants permission to delete an image recipe",
  DeleteInfrastructureConfiguration: "|,;~~~|Grants permission to delete an infrastructure configuration",
  DeleteLifecyclePolicy: "|,;~~~|Grants permission to delete a lifecycle policy",
  DeleteWorkflow: "|,;~~~|Grants permission to delete a workflow",
  DistributeImage: "|,;~~~|Grants permission to distribute an image",
  GetComponent: "|,;~~~,~~,~~|Grants permission to view details about a component",
  GetComponentPolicy: "|,;~~~|Grants permission to view the resource policy associated with a component",
  GetContainerRecipe: "|,;~~~,~~,~~,~~|Grants permission to view details about a container recipe",
  GetContainerRecipePolicy: "|,;~~~|Grants permission to view the resource policy associated with a container recipe",
  GetDistributionConfiguration:
    "|,;~~~,~~,~~,~~,~~|Grants permission to view details about a distribution configuration",
  GetImage: "|,;~~~,~~,~~,~~|Grants permission to view details about an image",
  GetImagePipeline: "|,;~~~|Grants permission to view details about an image pipeline",
  GetImagePolicy: "|,;~~~|Grants permission to view the resource policy associated with an image",
  GetImageRecipe: "|,;~~~,~~,~~,~~|Grants permission to view details about an image recipe",
  GetImageRecipePolicy: "|,;~~~|Grants permission to view the resource policy associated with an image recipe",
  GetInfrastructureConfiguration:
    "|,;~~~,~~,~~,~~,~~|Grants permission to view details about an infrastructure configuration",
  GetLifecycleExecution: "|,;~~~|Grants permission to view details about a lifecycle execution",
  GetLifecyclePolicy: "|,;~~~|Grants permission to view details about a lifecycle policy",
  GetMarketplaceResource: "|,;~~~|Grants permission to retrieve Marketplace provided resource",
  GetWorkflow: "|,;~~~,~~,~~,~~|Grants permission to view details about a workflow",
  GetWorkflowExecution: "|,;~~~|Grants permission to view details about a workflow execution",
  GetWorkflowStepExecution: "|,;~~~|Grants permission to view details about a workflow step execution",
  ImportComponent: "|,;~|Grants permission to import a new component",
  ImportDiskImage: "|,;~~~|Grants permission to import a disk image",
  ImportVmImage: "|,;~~~|Grants permission to import an image",
  ListComponentBuildVersions: "|,;~~~|Grants permission to list the component build versions in your account",
  ListComponents: "|,;~~~|Grants permission to list the component versions owned by or shared with your account",
  ListContainerRecipes: "|,;~~~|Grants permission to list the container recipes owned by or shared with your account",
  ListDistributionConfigurations: "|,;~~~|Grants permission to list the distribution configurations in your account",
  ListImageBuildVersions: "|,;~~~|Grants permission to list the image build versions in your account",
  ListImagePackages: "|,;~~~|Grants permission to return a list of packages installed on the specified image",
  ListImagePipelineImages: "|,;~~~|Grants permission to return a list of images created by the specified pipeline",
  ListImagePipelines: "|,;~~~|Grants permission to list the image pipelines in your account",
  ListImageRecipes: "|,;~~~|Grants permission to list the image recipes owned by or shared with your account",
  ListImageScanFindingAggregations:
    "|,;~~~|Grants permission to list aggregations on the image scan findings in your account",
  ListImageScanFindings: "|,;~~~|Grants permission to list the image scan findings for the images in your account",
  ListImages: "|,;~~~|Grants permission to list the image versions owned by or shared with your account",
  ListInfrastructureConfigurations:
    "|,;~~~|Grants permission to list the infrastructure configurations in your account",
  ListLifecycleExecutionResources: "|,;~~~|Grants permission to list resources for the specified lifecycle execution",
  ListLifecycleExecutions: "|,;~~~|Grants permission to list lifecycle executions for the specified resource",
  ListLifecyclePolicies: "|,;~~~|Grants permission to list the lifecycle policies in your account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an Image Builder resource",
  ListWaitingWorkflowSteps: "|,;~~~|Grants permission to list waiting workflow steps for the caller account",
  ListWorkflowBuildVersions: "|,;~~~|Grants permission to list the workflow build versions in your account",
  ListWorkflowExecutions: "|,;~~~|Grants permission to list workflow executions for the specified image",
  ListWorkflowStepExecutions: "|,;~~~|Grants permission to list workflow step executions for the specified workflow",
  ListWorkflows: "|,;~~~|Grants permission to list the workflow versions owned by or shared with your account",
  PutComponentPolicy: "|,;~~~|Grants permission to set the resource policy associated with a component",
  PutContainerRecipePolicy: "|,;~~~|Grants permission to set the resource policy associated with a container recipe",
  PutImagePolicy: "|,;~~~|Grants permission to set the resource policy associated with an image",
  PutImageRecipePolicy: "|,;~~~|Grants permission to set the resource policy associated with an image recipe",
  RetryImage: "|,;~~~|Grants permission to retry an image creation",
  SendWorkflowStepAction: "|,;~~~|Grants permission to send an action to a workflow step",
  StartImagePipelineExecution: "|,;~~~|Grants permission to create a new image from a pipeline",
  StartResourceStateUpdate: "|,;~~~|Grants permission to start a state update for the specified resource",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag an Image Builder resource",
  UntagResource: "|,;~~~|Grants permission to untag an Image Builder resource",
  UpdateDistributionConfiguration: "|,;~~~|Grants permission to update an existing distribution configuration",
  UpdateImagePipeline: "|,;~~~|Grants permission to update an existing image pipeline",
  UpdateInfrastructureConfiguration: "|,;~~~|Grants permission to update an existing infrastructure configuration",
  UpdateLifecyclePolicy: "|,;~~~|Grants permission to update an existing lifecycle policy",
};
const resourceTypeFacts = {
  /** The allComponentBuildVersions resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:component/${ComponentName}/${ComponentVersion}/* */
  allComponentBuildVersions: "|,|",
  /** The allImageBuildVersions resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}/* */
  allImageBuildVersions: "|,|",
  /** The allWorkflowBuildVersions resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:workflow/${WorkflowType}/${WorkflowName}/${WorkflowVersion}/* */
  allWorkflowBuildVersions: "|,|",
  /** The component resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:component/${ComponentName}/${ComponentVersion}/${ComponentBuildVersion} */
  component: "|,|1",
  /** The containerRecipe resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:container-recipe/${ContainerRecipeName}/${ContainerRecipeVersion} */
  containerRecipe: "|,|1",
  /** The distributionConfiguration resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:distribution-configuration/${DistributionConfigurationName} */
  distributionConfiguration: "|,|1",
  /** The image resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}/${ImageBuildVersion} */
  image: "|,|1",
  /** The imagePipeline resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:image-pipeline/${ImagePipelineName} */
  imagePipeline: "|,|1",
  /** The imageRecipe resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:image-recipe/${ImageRecipeName}/${ImageRecipeVersion} */
  imageRecipe: "|,|1",
  /** The imageVersion resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion} */
  imageVersion: "|,|1",
  /** The infrastructureConfiguration resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:infrastructure-configuration/${ResourceId} */
  infrastructureConfiguration: "|,|1",
  /** The lifecycleExecution resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:lifecycle-execution/${LifecycleExecutionId} */
  lifecycleExecution: "|,|",
  /** The lifecyclePolicy resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:lifecycle-policy/${LifecyclePolicyName} */
  lifecyclePolicy: "|,|1",
  /** The workflow resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:workflow/${WorkflowType}/${WorkflowName}/${WorkflowVersion}/${WorkflowBuildVersion} */
  workflow: "|,|1",
  /** The workflowExecution resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:workflow-execution/${WorkflowExecutionId} */
  workflowExecution: "|,|",
  /** The workflowStepExecution resource type: arn:${Partition}:imagebuilder:${Region}:${Account}:workflow-step-execution/${WorkflowStepExecutionId} */
  workflowStepExecution: "|,|",
} as const;
const arnFormats = {
  /** ARN of a allComponentBuildVersions resource: arn:${Partition}:imagebuilder:${Region}:${Account}:component/${ComponentName}/${ComponentVersion}/*. */
  allComponentBuildVersions:
    "|,allComponentBuildVersions|arn:|Partition|:imagebuilder:|Region|:|Account|:component/|ComponentName|/|ComponentVersion|/*",
  /** ARN of a allImageBuildVersions resource: arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}/*. */
  allImageBuildVersions:
    "|,allImageBuildVersions|arn:|Partition|:imagebuilder:|Region|:|Account|:image/|ImageName|/|ImageVersion|/*",
  /** ARN of a allWorkflowBuildVersions resource: arn:${Partition}:imagebuilder:${Region}:${Account}:workflow/${WorkflowType}/${WorkflowName}/${WorkflowVersion}/*. */
  allWorkflowBuildVersions:
    "|,allWorkflowBuildVersions|arn:|Partition|:imagebuilder:|Region|:|Account|:workflow/|WorkflowType|/|WorkflowName|/|WorkflowVersion|/*",
  /** ARN of a component resource: arn:${Partition}:imagebuilder:${Region}:${Account}:component/${ComponentName}/${ComponentVersion}/${ComponentBuildVersion}. */
  component:
    "|,component|arn:|Partition|:imagebuilder:|Region|:|Account|:component/|ComponentName|/|ComponentVersion|/|ComponentBuildVersion|",
  /** ARN of a containerRecipe resource: arn:${Partition}:imagebuilder:${Region}:${Account}:container-recipe/${ContainerRecipeName}/${ContainerRecipeVersion}. */
  containerRecipe:
    "|,containerRecipe|arn:|Partition|:imagebuilder:|Region|:|Account|:container-recipe/|ContainerRecipeName|/|ContainerRecipeVersion|",
  /** ARN of a distributionConfiguration resource: arn:${Partition}:imagebuilder:${Region}:${Account}:distribution-configuration/${DistributionConfigurationName}. */
  distributionConfiguration:
    "|,distributionConfiguration|arn:|Partition|:imagebuilder:|Region|:|Account|:distribution-configuration/|DistributionConfigurationName|",
  /** ARN of a image resource: arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}/${ImageBuildVersion}. */
  image: "|,image|arn:|Partition|:imagebuilder:|Region|:|Account|:image/|ImageName|/|ImageVersion|/|ImageBuildVersion|",
  /** ARN of a imagePipeline resource: arn:${Partition}:imagebuilder:${Region}:${Account}:image-pipeline/${ImagePipelineName}. */
  imagePipeline: "|,imagePipeline|arn:|Partition|:imagebuilder:|Region|:|Account|:image-pipeline/|ImagePipelineName|",
  /** ARN of a imageRecipe resource: arn:${Partition}:imagebuilder:${Region}:${Account}:image-recipe/${ImageRecipeName}/${ImageRecipeVersion}. */
  imageRecipe:
    "|,imageRecipe|arn:|Partition|:imagebuilder:|Region|:|Account|:image-recipe/|ImageRecipeName|/|ImageRecipeVersion|",
  /** ARN of a imageVersion resource: arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}. */
  imageVersion: "|,imageVersion|arn:|Partition|:imagebuilder:|Region|:|Account|:image/|ImageName|/|ImageVersion|",
  /** ARN of a infrastructureConfiguration resource: arn:${Partition}:imagebuilder:${Region}:${Account}:infrastructure-configuration/${ResourceId}. */
  infrastructureConfiguration:
    "|,infrastructureConfiguration|arn:|Partition|:imagebuilder:|Region|:|Account|:infrastructure-configuration/|ResourceId|",
  /** ARN of a lifecycleExecution resource: arn:${Partition}:imagebuilder:${Region}:${Account}:lifecycle-execution/${LifecycleExecutionId}. */
  lifecycleExecution:
    "|,lifecycleExecution|arn:|Partition|:imagebuilder:|Region|:|Account|:lifecycle-execution/|LifecycleExecutionId|",
  /** ARN of a lifecyclePolicy resource: arn:${Partition}:imagebuilder:${Region}:${Account}:lifecycle-policy/${LifecyclePolicyName}. */
  lifecyclePolicy:
    "|,lifecyclePolicy|arn:|Partition|:imagebuilder:|Region|:|Account|:lifecycle-policy/|LifecyclePolicyName|",
  /** ARN of a workflow resource: arn:${Partition}:imagebuilder:${Region}:${Account}:workflow/${WorkflowType}/${WorkflowName}/${WorkflowVersion}/${WorkflowBuildVersion}. */
  workflow:
    "|,workflow|arn:|Partition|:imagebuilder:|Region|:|Account|:workflow/|WorkflowType|/|WorkflowName|/|WorkflowVersion|/|WorkflowBuildVersion|",
  /** ARN of a workflowExecution resource: arn:${Partition}:imagebuilder:${Region}:${Account}:workflow-execution/${WorkflowExecutionId}. */
  workflowExecution:
    "|,workflowExecution|arn:|Partition|:imagebuilder:|Region|:|Account|:workflow-execution/|WorkflowExecutionId|",
  /** ARN of a workflowStepExecution resource: arn:${Partition}:imagebuilder:${Region}:${Account}:workflow-step-execution/${WorkflowStepExecutionId}. */
  workflowStepExecution:
    "|,workflowStepExecution|arn:|Partition|:imagebuilder:|Region|:|Account|:workflow-step-execution/|WorkflowStepExecutionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "allComponentBuildVersions",
  "allImageBuildVersions",
  "allWorkflowBuildVersions",
  "component",
  "containerRecipe",
  "distributionConfiguration",
  "image",
  "imagePipeline",
  "imageRecipe",
  "imageVersion",
  "infrastructureConfiguration",
  "lifecycleExecution",
  "lifecyclePolicy",
  "workflow",
  "workflowExecution",
  "workflowStepExecution",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "imagebuilder">;
/** Any imagebuilder action. */
export type Action = ActionOf<typeof actionFacts, "imagebuilder">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "imagebuilder">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "imagebuilder" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every imagebuilder action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs attached to the resource created by Image Builder. */
  [key: `imagebuilder:CreatedResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the presence of tag keys in the request. */
  "imagebuilder:CreatedResourceTagKeys": "ArrayOfString";
  /** Filters access by the EC2 Instance Metadata HTTP Token Requirement specified in the request. */
  "imagebuilder:Ec2MetadataHttpTokens": "String";
  /** Filters access by the Lifecycle Policy Resource Type specified in the request. */
  "imagebuilder:LifecyclePolicyResourceType": "String";
  /** Filters access by the SNS Topic Arn in the request to which terminal state notifications will be published. */
  "imagebuilder:StatusTopicArn": "ARN";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** imagebuilder:CreatedResourceTag/${TagKey} */
  "imagebuilder:CreatedResourceTag/${TagKey}": `imagebuilder:CreatedResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "imagebuilder:CreatedResourceTag/${TagKey}":
    "|,String|0||Filters access by the tag key-value pairs attached to the resource created by Image Builder",
  "imagebuilder:CreatedResourceTagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "imagebuilder:Ec2MetadataHttpTokens":
    "|,String|0||Filters access by the EC2 Instance Metadata HTTP Token Requirement specified in the request",
  "imagebuilder:LifecyclePolicyResourceType":
    "|,String|0||Filters access by the Lifecycle Policy Resource Type specified in the request",
  "imagebuilder:StatusTopicArn":
    "|,ARN|0||Filters access by the SNS Topic Arn in the request to which terminal state notifications will be published",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "imagebuilder",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
