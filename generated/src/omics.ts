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
export const prefix: "omics" = "omics";
/** The service's name in the reference. */
export const serviceName: "AWS HealthOmics" = "AWS HealthOmics";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS HealthOmics",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awshealthomics.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["codeconnections:PassConnection", "iam:PassRole", "omics:TagResource"] as const;
const actionFacts = {
  /** Grants permission to abort multipart read set uploads. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_AbortMultipartReadSetUpload.html */
  AbortMultipartReadSetUpload: "W|||13;1;|||;",
  /** Grants permission to accept a share. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_AcceptShare.html */
  AcceptShare: "W||||||;",
  /** Grants permission to batch delete Read Sets in the given Sequence Store. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_BatchDeleteReadSet.html */
  BatchDeleteReadSet: "W|||13;1;|||;",
  /** Grants permission to cancel an Annotation Import Job. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CancelAnnotationImportJob.html */
  CancelAnnotationImportJob: "W||||||;",
  /** Grants permission to cancel a workflow run and stop all workflow tasks. Access level: Write. Resources: run*. https://docs.aws.amazon.com/omics/latest/api/API_CancelRun.html */
  CancelRun: "W|||9;1;|||;",
  /** Grants permission to cancel a batch of workflow runs. Access level: Write. Resources: runBatch*. https://docs.aws.amazon.com/omics/latest/api/API_CancelRunBatch.html */
  CancelRunBatch: "W|||10;1;|||;",
  /** Grants permission to cancel a Variant Import Job. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CancelVariantImportJob.html */
  CancelVariantImportJob: "W||||||;",
  /** Grants permission to complete a multipart read set upload. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_CompleteMultipartReadSetUpload.html */
  CompleteMultipartReadSetUpload: "W|||13;1;|||;",
  /** Grants permission to create an Annotation Store. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CreateAnnotationStore.html */
  CreateAnnotationStore: "W||||0,2|2|;",
  /** Grants permission to create a Version in an Annotation Store. Access level: Write. Resources: AnnotationStore*. https://docs.aws.amazon.com/omics/latest/api/API_CreateAnnotationStoreVersion.html */
  CreateAnnotationStoreVersion: "W|||0;1;|0,2|2|;",
  /** Grants permission to create a new configuration. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CreateConfiguration.html */
  CreateConfiguration: "W||||0,2|0,ec2:DescribeSecurityGroups,ec2:DescribeSubnets,iam:CreateServiceLinkedRole,2|;",
  /** Grants permission to create a multipart read set upload. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_CreateMultipartReadSetUpload.html */
  CreateMultipartReadSetUpload: "W|||13;1;||2|;",
  /** Grants permission to create a Reference Store. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CreateReferenceStore.html */
  CreateReferenceStore: "W||||0,2|2|;",
  /** Grants permission to create a new workflow run cache. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CreateRunCache.html */
  CreateRunCache: "W||||0,2|2|;",
  /** Grants permission to create a new workflow run group. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CreateRunGroup.html */
  CreateRunGroup: "W||||0,2|2|;,TagResource",
  /** Grants permission to create a Sequence Store. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CreateSequenceStore.html */
  CreateSequenceStore: "W||||0,2|2|;",
  /** Grants permission to create a share. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CreateShare.html */
  CreateShare: "W||||||;",
  /** Grants permission to create a Variant Store. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CreateVariantStore.html */
  CreateVariantStore: "W||||0,2|2|;",
  /** Grants permission to create a new workflow with a workflow definition and template of workflow parameters. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_CreateWorkflow.html */
  CreateWorkflow: "W||||0,2|0,2|;",
  /** Grants permission to create a new workflow version with a workflow definition and template of workflow parameters. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/omics/latest/api/API_CreateWorkflowVersion.html */
  CreateWorkflowVersion: "W|||14;1;|0,2|0,2|;",
  /** Grants permission to delete an Annotation Store. Access level: Write. Resources: AnnotationStore*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteAnnotationStore.html */
  DeleteAnnotationStore: "W|||0;1;|||;",
  /** Grants permission to delete Versions in an Annotation Store. Access level: Write. Resources: AnnotationStore*, AnnotationStoreVersion*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteAnnotationStoreVersions.html */
  DeleteAnnotationStoreVersions: "W|||0;1;,1;1;|||;",
  /** Grants permission to delete a batch. Access level: Write. Resources: runBatch*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteBatch.html */
  DeleteBatch: "W|||10;1;|||;",
  /** Grants permission to delete a configuration. Access level: Write. Resources: configuration*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteConfiguration.html */
  DeleteConfiguration: "W|||5;1;|||;",
  /** Grants permission to delete a Reference in the given Reference Store. Access level: Write. Resources: reference*, referenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteReference.html */
  DeleteReference: "W|||7;1;,8;1;|||;",
  /** Grants permission to delete a Reference Store. Access level: Write. Resources: referenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteReferenceStore.html */
  DeleteReferenceStore: "W|||8;1;|||;",
  /** Grants permission to delete a workflow run. Access level: Write. Resources: run*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteRun.html */
  DeleteRun: "W|||9;1;|||;",
  /** Grants permission to delete a batch of workflow runs. Access level: Write. Resources: run*, runBatch*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteRunBatch.html */
  DeleteRunBatch: "W|||9;1;,10;1;|||;",
  /** Grants permission to delete a workflow run cache. Access level: Write. Resources: runCache*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteRunCache.html */
  DeleteRunCache: "W|||11;1;|||;",
  /** Grants permission to delete a workflow run group. Access level: Write. Resources: runGroup*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteRunGroup.html */
  DeleteRunGroup: "W|||12;1;|||;",
  /** Grants permission to delete an access policy on a given store. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteS3AccessPolicy.html */
  DeleteS3AccessPolicy: "W|||13;1;|||;",
  /** Grants permission to delete a Sequence Store. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteSequenceStore.html */
  DeleteSequenceStore: "W|||13;1;|||;",
  /** Grants permission to delete a share. Access level: Write. https://docs.aws.amazon.com/omics/latest/api/API_DeleteShare.html */
  DeleteShare: "W||||||;",
  /** Grants permission to delete a Variant Store. Access level: Write. Resources: VariantStore*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteVariantStore.html */
  DeleteVariantStore: "W|||3;1;|||;",
  /** Grants permission to delete a workflow. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteWorkflow.html */
  DeleteWorkflow: "W|||14;1;|||;",
  /** Grants permission to delete a workflow version. Access level: Write. Resources: WorkflowVersion*, workflow*. https://docs.aws.amazon.com/omics/latest/api/API_DeleteWorkflowVersion.html */
  DeleteWorkflowVersion: "W|||4;1;,14;1;|||;",
  /** Grants permission to get the status of an Annotation Import Job. Access level: Read. https://docs.aws.amazon.com/omics/latest/api/API_GetAnnotationImportJob.html */
  GetAnnotationImportJob: "R||||||;",
  /** Grants permission to get detailed information about an Annotation Store. Access level: Read. Resources: AnnotationStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetAnnotationStore.html */
  GetAnnotationStore: "R|||0;1;|||;",
  /** Grants permission to get detailed information about a version in an Annotation Store. Access level: Read. Resources: AnnotationStoreVersion*. https://docs.aws.amazon.com/omics/latest/api/API_GetAnnotationStoreVersion.html */
  GetAnnotationStoreVersion: "R|||1;1;|||;",
  /** Grants permission to retrieve batch details and status. Access level: Read. Resources: runBatch*. https://docs.aws.amazon.com/omics/latest/api/API_GetBatch.html */
  GetBatch: "R|||10;1;|||;",
  /** Grants permission to retrieve configuration details. Access level: Read. Resources: configuration*. https://docs.aws.amazon.com/omics/latest/api/API_GetConfiguration.html */
  GetConfiguration: "R|||5;1;|||;",
  /** Grants permission to get a Read Set in the given Sequence Store. Access level: Read. Resources: readSet*, sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetReadSet.html */
  GetReadSet: "R|||6;1;,13;1;|||;",
  /** Grants permission to get details about a Read Set activation job for the given Sequence Store. Access level: Read. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetReadSetActivationJob.html */
  GetReadSetActivationJob: "R|||13;1;|||;",
  /** Grants permission to get details about a Read Set export job for the given Sequence Store. Access level: Read. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetReadSetExportJob.html */
  GetReadSetExportJob: "R|||13;1;|||;",
  /** Grants permission to get details about a Read Set import job for the given Sequence Store. Access level: Read. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetReadSetImportJob.html */
  GetReadSetImportJob: "R|||13;1;|||;",
  /** Grants permission to get details about a Read Set in the given Sequence Store. Access level: Read. Resources: readSet*, sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetReadSetMetadata.html */
  GetReadSetMetadata: "R|||6;1;,13;1;|||;",
  /** Grants permission to get a Reference in the given Reference Store. Access level: Read. Resources: reference*, referenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetReference.html */
  GetReference: "R|||7;1;,8;1;|||;",
  /** Grants permission to get details about a Reference import job for the given Reference Store. Access level: Read. Resources: referenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetReferenceImportJob.html */
  GetReferenceImportJob: "R|||8;1;|||;",
  /** Grants permission to get details about a Reference in the given Reference Store. Access level: Read. Resources: reference*, referenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetReferenceMetadata.html */
  GetReferenceMetadata: "R|||7;1;,8;1;|||;",
  /** Grants permission to get details about a Reference Store. Access level: Read. Resources: referenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetReferenceStore.html */
  GetReferenceStore: "R|||8;1;|||;",
  /** Grants permission to retrieve workflow run details. Access level: Read. Resources: run*. https://docs.aws.amazon.com/omics/latest/api/API_GetRun.html */
  GetRun: "R|||9;1;|||;",
  /** Grants permission to retrieve workflow run cache details. Access level: Read. Resources: runCache*. https://docs.aws.amazon.com/omics/latest/api/API_GetRunCache.html */
  GetRunCache: "R|||11;1;|||;",
  /** Grants permission to retrieve workflow run group details. Access level: Read. Resources: runGroup*. https://docs.aws.amazon.com/omics/latest/api/API_GetRunGroup.html */
  GetRunGroup: "R|||12;1;|||;",
  /** Grants permission to retrieve workflow task details. Access level: Read. Resources: TaskResource*, run*. https://docs.aws.amazon.com/omics/latest/api/API_GetRunTask.html */
  GetRunTask: "R|||2;1;,9;1;|||;",
  /** Grants permission to get details about an access policy on a given store. Access level: Read. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetS3AccessPolicy.html */
  GetS3AccessPolicy: "R|||13;1;|||;",
  /** Grants permission to get details about a Sequence Store. Access level: Read. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetSequenceStore.html */
  GetSequenceStore: "R|||13;1;|||;",
  /** Grants permission to get detailed information about a Share. Access level: Read. https://docs.aws.amazon.com/omics/latest/api/API_GetShare.html */
  GetShare: "R||||||;",
  /** Grants permission to get the status of a Variant Import Job. Access level: Read. https://docs.aws.amazon.com/omics/latest/api/API_GetVariantImportJob.html */
  GetVariantImportJob: "R||||||;",
  /** Grants permission to get detailed information about a Variant Store. Access level: Read. Resources: VariantStore*. https://docs.aws.amazon.com/omics/latest/api/API_GetVariantStore.html */
  GetVariantStore: "R|||3;1;|||;",
  /** Grants permission to retrieve workflow details. Access level: Read. Resources: workflow*. https://docs.aws.amazon.com/omics/latest/api/API_GetWorkflow.html */
  GetWorkflow: "R|||14;1;|||;",
  /** Grants permission to retrieve workflow version details. Access level: Read. Resources: WorkflowVersion*, workflow*. https://docs.aws.amazon.com/omics/latest/api/API_GetWorkflowVersion.html */
  GetWorkflowVersion: "R|||4;1;,14;1;|||;",
  /** Grants permission to get a list of Annotation Import Jobs. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListAnnotationImportJobs.html */
  ListAnnotationImportJobs: "L||||||;",
  /** Grants permission to retrieve a list of information about Versions in an Annotation Store. Access level: List. Resources: AnnotationStore*. https://docs.aws.amazon.com/omics/latest/api/API_ListAnnotationStoreVersions.html */
  ListAnnotationStoreVersions: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of information about Annotation Stores. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListAnnotationStores.html */
  ListAnnotationStores: "L||||||;",
  /** Grants permission to retrieve list of batches. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListBatch.html */
  ListBatch: "L||||||;",
  /** Grants permission to retrieve a list of configurations. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListConfigurations.html */
  ListConfigurations: "L||||||;",
  /** Grants permission to list multipart read set uploads. Access level: List. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_ListMultipartReadSetUploads.html */
  ListMultipartReadSetUploads: "L|||13;1;|||;",
  /** Grants permission to list Read Set activation jobs for the given Sequence Store. Access level: List. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_ListReadSetActivationJobs.html */
  ListReadSetActivationJobs: "L|||13;1;|||;",
  /** Grants permission to list Read Set export jobs for the given Sequence Store. Access level: List. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_ListReadSetExportJobs.html */
  ListReadSetExportJobs: "L|||13;1;|||;",
  /** Grants permission to list Read Set import jobs for the given Sequence Store. Access level: List. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_ListReadSetImportJobs.html */
  ListReadSetImportJobs: "L|||13;1;|||;",
  /** Grants permission to list read set upload parts. Access level: List. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_ListReadSetUploadParts.html */
  ListReadSetUploadParts: "L|||13;1;|||;",
  /** Grants permission to list Read Sets in the given Sequence Store. Access level: List. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_ListReadSets.html */
  ListReadSets: "L|||13;1;|||;",
  /** Grants permission to list Reference import jobs for the given Reference Store. Access level: List. Resources: referenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_ListReferenceImportJobs.html */
  ListReferenceImportJobs: "L|||8;1;|||;",
  /** Grants permission to list Reference Stores. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListReferenceStores.html */
  ListReferenceStores: "L||||||;",
  /** Grants permission to list References in the given Reference Store. Access level: List. Resources: referenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_ListReferences.html */
  ListReferences: "L|||8;1;|||;",
  /** Grants permission to retrieve a list of workflow run caches. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListRunCaches.html */
  ListRunCaches: "L||||||;",
  /** Grants permission to retrieve a list of workflow run groups. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListRunGroups.html */
  ListRunGroups: "L||||||;",
  /** Grants permission to retrieve a list of tasks for a workflow run. Access level: List. Resources: run*. https://docs.aws.amazon.com/omics/latest/api/API_ListRunTasks.html */
  ListRunTasks: "L|||9;1;|||;",
  /** Grants permission to retrieve a list of workflow runs. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListRuns.html */
  ListRuns: "L||||||;",
  /** Grants permission to retrieve list of workflow runs in batch. Access level: List. Resources: runBatch*. https://docs.aws.amazon.com/omics/latest/api/API_ListRunsInBatch.html */
  ListRunsInBatch: "L|||10;1;|||;",
  /** Grants permission to list Sequence Stores. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListSequenceStores.html */
  ListSequenceStores: "L||||||;",
  /** Grants permission to retrieve a list of information about shares. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListShares.html */
  ListShares: "L||||||;",
  /** Grants permission to retrieve a list of resource AWS tags. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "L||||||;",
  /** Grants permission to get a list of Variant Import Jobs. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListVariantImportJobs.html */
  ListVariantImportJobs: "L||||||;",
  /** Grants permission to retrieve a list of metadata for Variant Stores. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListVariantStores.html */
  ListVariantStores: "L||||||;",
  /** Grants permission to retrieve a list of available versions for a workflow. Access level: List. Resources: workflow*. https://docs.aws.amazon.com/omics/latest/api/API_ListWorkflowVersions.html */
  ListWorkflowVersions: "L|||14;1;|||;",
  /** Grants permission to retrieve a list of available workflows. Access level: List. https://docs.aws.amazon.com/omics/latest/api/API_ListWorkflows.html */
  ListWorkflows: "L||||||;",
  /** Grants permission to put an access policy on a given store. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_PutS3AccessPolicy.html */
  PutS3AccessPolicy: "W|||13;1;|||;",
  /** Grants permission to import a list of Annotation files to an Annotation Store. Access level: Write. Resources: AnnotationStore*, AnnotationStoreVersion*. https://docs.aws.amazon.com/omics/latest/api/API_StartAnnotationImportJob.html */
  StartAnnotationImportJob: "W|||0;1;,1;1;||1|;",
  /** Grants permission to start a Read Set activation job from the given Sequence Store. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_StartReadSetActivationJob.html */
  StartReadSetActivationJob: "W|||13;1;|||;",
  /** Grants permission to start a Read Set export job from the given Sequence Store. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_StartReadSetExportJob.html */
  StartReadSetExportJob: "W|||13;1;||1|;",
  /** Grants permission to start a Read Set import job into the given Sequence Store. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_StartReadSetImportJob.html */
  StartReadSetImportJob: "W|||13;1;||1,2|;",
  /** Grants permission to start a Reference import job into the given Reference Store. Access level: Write. Resources: referenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_StartReferenceImportJob.html */
  StartReferenceImportJob: "W|||8;1;||1,2|;",
  /** Grants permission to start a workflow run. Access level: Write. Resources: configuration, run*, runBatch, runCache, runGroup, workflow. https://docs.aws.amazon.com/omics/latest/api/API_StartRun.html */
  StartRun: "W|||5;0;,9;1;,10;0;,11;0;,12;0;,14;0;|0,2|1,2|;,StartRunBatch",
  /** Grants permission to start batch of workflow runs. Access level: Write. Resources: run*, runBatch*, runCache, runGroup, workflow. https://docs.aws.amazon.com/omics/latest/api/API_StartRunBatch.html */
  StartRunBatch: "W|||9;1;,10;1;,11;0;,12;0;,14;0;|0,2|1,omics:StartRun,2|;",
  /** Grants permission to import a list of variant files to an Variant Store. Access level: Write. Resources: VariantStore*. https://docs.aws.amazon.com/omics/latest/api/API_StartVariantImportJob.html */
  StartVariantImportJob: "W|||3;1;||1|;",
  /** Grants permission to add AWS tags to a resource. Access level: Tagging. Resources: AnnotationStore, AnnotationStoreVersion, VariantStore, WorkflowVersion, configuration, readSet, reference, referenceStore, run, runBatch, runCache, runGroup, sequenceStore, workflow. https://docs.aws.amazon.com/omics/latest/api/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|0,2|omics:CreateRunGroup|CreateAnnotationStore,CreateAnnotationStoreVersion,CreateConfiguration,CreateMultipartReadSetUpload,CreateReferenceStore,CreateRunCache,CreateRunGroup,CreateSequenceStore,CreateVariantStore,CreateWorkflow,CreateWorkflowVersion,StartReadSetImportJob,StartReferenceImportJob,StartRun,StartRunBatch,;",
  /** Grants permission to remove resource AWS tags. Access level: Tagging. Resources: AnnotationStore, AnnotationStoreVersion, VariantStore, WorkflowVersion, configuration, readSet, reference, referenceStore, run, runBatch, runCache, runGroup, sequenceStore, workflow. https://docs.aws.amazon.com/omics/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;|2||;",
  /** Grants permission to update information about the Annotation Store. Access level: Write. Resources: AnnotationStore*. https://docs.aws.amazon.com/omics/latest/api/API_UpdateAnnotationStore.html */
  UpdateAnnotationStore: "W|||0;1;|||;",
  /** Grants permission to update information about the Version in an Annotation Store. Access level: Write. Resources: AnnotationStoreVersion*. https://docs.aws.amazon.com/omics/latest/api/API_UpdateAnnotationStoreVersion.html */
  UpdateAnnotationStoreVersion: "W|||1;1;|||;",
  /** Grants permission to update a workflow run cache. Access level: Write. Resources: runCache*. https://docs.aws.amazon.com/omics/latest/api/API_UpdateRunCache.html */
  UpdateRunCache: "W|||11;1;|||;",
  /** Grants permission to update a workflow run group. Access level: Write. Resources: runGroup*. https://docs.aws.amazon.com/omics/latest/api/API_UpdateRunGroup.html */
  UpdateRunGroup: "W|||12;1;|||;",
  /** Grants permission to update details about a Sequence Store. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_UpdateSequenceStore.html */
  UpdateSequenceStore: "W|||13;1;|||;",
  /** Grants permission to update metadata about the Variant Store. Access level: Write. Resources: VariantStore*. https://docs.aws.amazon.com/omics/latest/api/API_UpdateVariantStore.html */
  UpdateVariantStore: "W|||3;1;|||;",
  /** Grants permission to update workflow details. Access level: Write. Resources: workflow*. https://docs.aws.amazon.com/omics/latest/api/API_UpdateWorkflow.html */
  UpdateWorkflow: "W|||14;1;|||;",
  /** Grants permission to update workflow version details. Access level: Write. Resources: WorkflowVersion*, workflow*. https://docs.aws.amazon.com/omics/latest/api/API_UpdateWorkflowVersion.html */
  UpdateWorkflowVersion: "W|||4;1;,14;1;|||;",
  /** Grants permission to upload read set parts. Access level: Write. Resources: sequenceStore*. https://docs.aws.amazon.com/omics/latest/api/API_UploadReadSetPart.html */
  UploadReadSetPart: "W|||13;1;|||;",
} as const;
const actionDetails = {
  AbortMultipartReadSetUpload: "|,;~~~|Grants permission to abort multipart read set uploads",
  AcceptShare: "|,;~~~|Grants permission to accept a share",
  BatchDeleteReadSet: "|,;~~~|Grants permission to batch delete Read Sets in the given Sequence Store",
  CancelAnnotationImportJob: "|,;~~~|Grants permission to cancel an Annotation Import Job",
  CancelRun: "|,;~~~|Grants permission to cancel a workflow run and stop all workflow tasks",
  CancelRunBatch: "|,;~~~|Grants permission to cancel a batch of workflow runs",
  CancelVariantImportJob: "|,;~~~|Grants permission to cancel a Variant Import Job",
  CompleteMultipartReadSetUpload: "|,;~~~|Grants permission to complete a multipart read set upload",
  CreateAnnotationStore: "|,;~~~|Grants permission to create an Annotation Store",
  CreateAnnotationStoreVersion: "|,;~~~|Grants permission to create a Version in an Annotation Store",
  CreateConfiguration: "|,;~~~|Grants permission to create a new configuration",
  CreateMultipartReadSetUpload: "|,;~~~|Grants permission to create a multipart read set upload",
  CreateReferenceStore: "|,;~~~|Grants permission to create a Reference Store",
  CreateRunCache: "|,;~~~|Grants permission to create a new workflow run cache",
  CreateRunGroup: "|,;~~~,~~|Grants permission to create a new workflow run group",
  CreateSequenceStore: "|,;~~~|Grants permission to create a Sequence Store",
  CreateShare: "|,;~~~|Grants permission to create a share",
  CreateVariantStore: "|,;~~~|Grants permission to create a Variant Store",
  CreateWorkflow:
    "|,;~~~|Grants permission to create a new workflow with a workflow definition and template of workflow parameters",
  CreateWorkflowVersion:
    "|,;~~~|Grants permission to create a new workflow version with a workflow definition and template of workflow parameters",
  DeleteAnnotationStore: "|,;~~~|Grants permission to delete an Annotation Store",
  DeleteAnnotationStoreVersions: "|,;~~~|Grants permission to delete Versions in an Annotation Store",
  DeleteBatch: "|,;~~~|Grants permission to delete a batch",
  DeleteConfiguration: "|,;~~~|Grants permission to delete a configuration",
  DeleteReference: "|,;~~~|Grants permission to delete a Reference in the given Reference Store",
  DeleteReferenceStore: "|,;~~~|Grants permission to delete a Reference Store",
  DeleteRun: "|,;~~~|Grants permission to delete a workflow run",
  DeleteRunBatch: "|,;~~~|Grants permission to delete a batch of workflow runs",
  DeleteRunCache: "|,;~~~|Grants permission to delete a workflow run cache",
  DeleteRunGroup: "|,;~~~|Grants permission to delete a workflow run group",
  DeleteS3AccessPolicy: "|,;~~~|Grants permission to delete an access policy on a given store",
  DeleteSequenceStore: "|,;~~~|Grants permission to delete a Sequence Store",
  DeleteShare: "|,;~~~|Grants permission to delete a share",
  DeleteVariantStore: "|,;~~~|Grants permission to delete a Variant Store",
  DeleteWorkflow: "|,;~~~|Grants permission to delete a workflow",
  DeleteWorkflowVersion: "|,;~~~|Grants permission to delete a workflow version",
  GetAnnotationImportJob: "|,;~~~|Grants permission to get the status of an Annotation Import Job",
  GetAnnotationStore: "|,;~~~|Grants permission to get detailed information about an Annotation Store",
  GetAnnotationStoreVersion:
    "|,;~~~|Grants permission to get detailed information about a version in an Annotation Store",
  GetBatch: "|,;~~~|Grants permission to retrieve batch details and status",
  GetConfiguration: "|,;~~~|Grants permission to retrieve configuration details",
  GetReadSet: "|,;~~~|Grants permission to get a Read Set in the given Sequence Store",
  GetReadSetActivationJob:
    "|,;~~~|Grants permission to get details about a Read Set activation job for the given Sequence Store",
  GetReadSetExportJob:
    "|,;~~~|Grants permission to get details about a Read Set export job for the given Sequence Store",
  GetReadSetImportJob:
    "|,;~~~|Grants permission to get details about a Read Set import job for the given Sequence Store",
  GetReadSetMetadata: "|,;~~~|Grants permission to get details about a Read Set in the given Sequence Store",
  GetReference: "|,;~~~|Grants permission to get a Reference in the given Reference Store",
  GetReferenceImportJob:
    "|,;~~~|Grants permission to get details about a Reference import job for the given Reference Store",
  GetReferenceMetadata: "|,;~~~|Grants permission to get details about a Reference in the given Reference Store",
  GetReferenceStore: "|,;~~~|Grants permission to get details about a Reference Store",
  GetRun: "|,;~~~|Grants permission to retrieve workflow run details",
  GetRunCache: "|,;~~~|Grants permission to retrieve workflow run cache details",
  GetRunGroup: "|,;~~~|Grants permission to retrieve workflow run group details",
  GetRunTask: "|,;~~~|Grants permission to retrieve workflow task details",
  GetS3AccessPolicy: "|,;~~~|Grants permission to get details about an access policy on a given store",
  GetSequenceStore: "|,;~~~|Grants permission to get details about a Sequence Store",
  GetShare: "|,;~~~|Grants permission to get detailed information about a Share",
  GetVariantImportJob: "|,;~~~|Grants permission to get the status of a Variant Import Job",
  GetVariantStore: "|,;~~~|Grants permission to get detailed information about a Variant Store",
  GetWorkflow: "|,;~~~|Grants permission to retrieve workflow details",
  GetWorkflowVersion: "|,;~~~|Grants permission to retrieve workflow version details",
  ListAnnotationImportJobs: "|,;~~~|Grants permission to get a list of Annotation Import Jobs",
  ListAnnotationStoreVersions:
    "|,;~~~|Grants permission to retrieve a list of information about Versions in an Annotation Store",
  ListAnnotationStores: "|,;~~~|Grants permission to retrieve a list of information about Annotation Stores",
  ListBatch: "|,;~~~|Grants permission to retrieve list of batches",
  ListConfigurations: "|,;~~~|Grants permission to retrieve a list of configurations",
  ListMultipartReadSetUploads: "|,;~~~|Grants permission to list multipart read set uploads",
  ListReadSetActivationJobs: "|,;~~~|Grants permission to list Read Set activation jobs for the given Sequence Store",
  ListReadSetExportJobs: "|,;~~~|Grants permission to list Read Set export jobs for the given Sequence Store",
  ListReadSetImportJobs: "|,;~~~|Grants permission to list Read Set import jobs for the given Sequence Store",
  ListReadSetUploadParts: "|,;~~~|Grants permission to list read set upload parts",
  ListReadSets: "|,;~~~|Grants permission to list Read Sets in the given Sequence Store",
  ListReferenceImportJobs: "|,;~~~|Grants permission to list Reference import jobs for the given Reference Store",
  ListReferenceStores: "|,;~~~|Grants permission to list Reference Stores",
  ListReferences: "|,;~~~|Grants permission to list References in the given Reference Store",
  ListRunCaches: "|,;~~~|Grants permission to retrieve a list of workflow run caches",
  ListRunGroups: "|,;~~~|Grants permission to retrieve a list of workflow run groups",
  ListRunTasks: "|,;~~~|Grants permission to retrieve a list of tasks for a workflow run",
  ListRuns: "|,;~~~|Grants permission to retrieve a list of workflow runs",
  ListRunsInBatch: "|,;~~~|Grants permission to retrieve list of workflow runs in batch",
  ListSequenceStores: "|,;~~~|Grants permission to list Sequence Stores",
  ListShares: "|,;~~~|Grants permission to retrieve a list of information about shares",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve a list of resource AWS tags",
  ListVariantImportJobs: "|,;~~~|Grants permission to get a list of Variant Import Jobs",
  ListVariantStores: "|,;~~~|Grants permission to retrieve a list of metadata for Variant Stores",
  ListWorkflowVersions: "|,;~~~|Grants permission to retrieve a list of available versions for a workflow",
  ListWorkflows: "|,;~~~|Grants permission to retrieve a list of available workflows",
  PutS3AccessPolicy: "|,;~~~|Grants permission to put an access policy on a given store",
  StartAnnotationImportJob: "|,;~~~|Grants permission to import a list of Annotation files to an Annotation Store",
  StartReadSetActivationJob:
    "|,;~~~|Grants permission to start a Read Set activation job from the given Sequence Store",
  StartReadSetExportJob: "|,;~~~|Grants permission to start a Read Set export job from the given Sequence Store",
  StartReadSetImportJob: "|,;~~~|Grants permission to start a Read Set import job into the given Sequence Store",
  StartReferenceImportJob: "|,;~~~|Grants permission to start a Reference import job into the given Reference Store",
  StartRun: "|,;~~~,~~|Grants permission to start a workflow run",
  StartRunBatch: "|,;~~~|Grants permission to start batch of workflow runs",
  StartVariantImportJob: "|,;~~~|Grants permission to import a list of variant files to an Variant Store",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to add AWS tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove resource AWS tags",
  UpdateAnnotationStore: "|,;~~~|Grants permission to update information about the Annotation Store",
  UpdateAnnotationStoreVersion:
    "|,;~~~|Grants permission to update information about the Version in an Annotation Store",
  UpdateRunCache: "|,;~~~|Grants permission to update a workflow run cache",
  UpdateRunGroup: "|,;~~~|Grants permission to update a workflow run group",
  UpdateSequenceStore: "|,;~~~|Grants permission to update details about a Sequence Store",
  UpdateVariantStore: "|,;~~~|Grants permission to update metadata about the Variant Store",
  UpdateWorkflow: "|,;~~~|Grants permission to update workflow details",
  UpdateWorkflowVersion: "|,;~~~|Grants permission to update workflow version details",
  UploadReadSetPart: "|,;~~~|Grants permission to upload read set parts",
};
const resourceTypeFacts = {
  /** The AnnotationStore resource type: arn:${Partition}:omics:${Region}:${Account}:annotationStore/${AnnotationStoreName} */
  AnnotationStore: "|,annotationStore|1",
  /** The AnnotationStoreVersion resource type: arn:${Partition}:omics:${Region}:${Account}:annotationStore/${AnnotationStoreName}/version/${AnnotationStoreVersionName} */
  AnnotationStoreVersion: "|,annotationStoreVersion|1",
  /** The TaskResource resource type: arn:${Partition}:omics:${Region}:${Account}:task/${Id} */
  TaskResource: "|,taskResource|",
  /** The VariantStore resource type: arn:${Partition}:omics:${Region}:${Account}:variantStore/${VariantStoreName} */
  VariantStore: "|,variantStore|1",
  /** The WorkflowVersion resource type: arn:${Partition}:omics:${Region}:${Account}:workflow/${Id}/version/${VersionName} */
  WorkflowVersion: "|,workflowVersion|1",
  /** The configuration resource type: arn:${Partition}:omics:${Region}:${Account}:configuration/${Name} */
  configuration: "|,|1",
  /** The readSet resource type: arn:${Partition}:omics:${Region}:${Account}:sequenceStore/${SequenceStoreId}/readSet/${ReadSetId} */
  readSet: "|,|1",
  /** The reference resource type: arn:${Partition}:omics:${Region}:${Account}:referenceStore/${ReferenceStoreId}/reference/${ReferenceId} */
  reference: "|,|1",
  /** The referenceStore resource type: arn:${Partition}:omics:${Region}:${Account}:referenceStore/${ReferenceStoreId} */
  referenceStore: "|,|1",
  /** The run resource type: arn:${Partition}:omics:${Region}:${Account}:run/${Id} */
  run: "|,|1",
  /** The runBatch resource type: arn:${Partition}:omics:${Region}:${Account}:runBatch/${BatchId} */
  runBatch: "|,|1",
  /** The runCache resource type: arn:${Partition}:omics:${Region}:${Account}:runCache/${Id} */
  runCache: "|,|1",
  /** The runGroup resource type: arn:${Partition}:omics:${Region}:${Account}:runGroup/${Id} */
  runGroup: "|,|1",
  /** The sequenceStore resource type: arn:${Partition}:omics:${Region}:${Account}:sequenceStore/${SequenceStoreId} */
  sequenceStore: "|,|1",
  /** The workflow resource type: arn:${Partition}:omics:${Region}:${Account}:workflow/${Id} */
  workflow: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a AnnotationStore resource: arn:${Partition}:omics:${Region}:${Account}:annotationStore/${AnnotationStoreName}. */
  annotationStore: "|,AnnotationStore|arn:|Partition|:omics:|Region|:|Account|:annotationStore/|AnnotationStoreName|",
  /** ARN of a AnnotationStoreVersion resource: arn:${Partition}:omics:${Region}:${Account}:annotationStore/${AnnotationStoreName}/version/${AnnotationStoreVersionName}. */
  annotationStoreVersion:
    "|,AnnotationStoreVersion|arn:|Partition|:omics:|Region|:|Account|:annotationStore/|AnnotationStoreName|/version/|AnnotationStoreVersionName|",
  /** ARN of a configuration resource: arn:${Partition}:omics:${Region}:${Account}:configuration/${Name}. */
  configuration: "|,configuration|arn:|Partition|:omics:|Region|:|Account|:configuration/|Name|",
  /** ARN of a readSet resource: arn:${Partition}:omics:${Region}:${Account}:sequenceStore/${SequenceStoreId}/readSet/${ReadSetId}. */
  readSet: "|,readSet|arn:|Partition|:omics:|Region|:|Account|:sequenceStore/|SequenceStoreId|/readSet/|ReadSetId|",
  /** ARN of a reference resource: arn:${Partition}:omics:${Region}:${Account}:referenceStore/${ReferenceStoreId}/reference/${ReferenceId}. */
  reference:
    "|,reference|arn:|Partition|:omics:|Region|:|Account|:referenceStore/|ReferenceStoreId|/reference/|ReferenceId|",
  /** ARN of a referenceStore resource: arn:${Partition}:omics:${Region}:${Account}:referenceStore/${ReferenceStoreId}. */
  referenceStore: "|,referenceStore|arn:|Partition|:omics:|Region|:|Account|:referenceStore/|ReferenceStoreId|",
  /** ARN of a run resource: arn:${Partition}:omics:${Region}:${Account}:run/${Id}. */
  run: "|,run|arn:|Partition|:omics:|Region|:|Account|:run/|Id|",
  /** ARN of a runBatch resource: arn:${Partition}:omics:${Region}:${Account}:runBatch/${BatchId}. */
  runBatch: "|,runBatch|arn:|Partition|:omics:|Region|:|Account|:runBatch/|BatchId|",
  /** ARN of a runCache resource: arn:${Partition}:omics:${Region}:${Account}:runCache/${Id}. */
  runCache: "|,runCache|arn:|Partition|:omics:|Region|:|Account|:runCache/|Id|",
  /** ARN of a runGroup resource: arn:${Partition}:omics:${Region}:${Account}:runGroup/${Id}. */
  runGroup: "|,runGroup|arn:|Partition|:omics:|Region|:|Account|:runGroup/|Id|",
  /** ARN of a sequenceStore resource: arn:${Partition}:omics:${Region}:${Account}:sequenceStore/${SequenceStoreId}. */
  sequenceStore: "|,sequenceStore|arn:|Partition|:omics:|Region|:|Account|:sequenceStore/|SequenceStoreId|",
  /** ARN of a TaskResource resource: arn:${Partition}:omics:${Region}:${Account}:task/${Id}. */
  taskResource: "|,TaskResource|arn:|Partition|:omics:|Region|:|Account|:task/|Id|",
  /** ARN of a VariantStore resource: arn:${Partition}:omics:${Region}:${Account}:variantStore/${VariantStoreName}. */
  variantStore: "|,VariantStore|arn:|Partition|:omics:|Region|:|Account|:variantStore/|VariantStoreName|",
  /** ARN of a workflow resource: arn:${Partition}:omics:${Region}:${Account}:workflow/${Id}. */
  workflow: "|,workflow|arn:|Partition|:omics:|Region|:|Account|:workflow/|Id|",
  /** ARN of a WorkflowVersion resource: arn:${Partition}:omics:${Region}:${Account}:workflow/${Id}/version/${VersionName}. */
  workflowVersion: "|,WorkflowVersion|arn:|Partition|:omics:|Region|:|Account|:workflow/|Id|/version/|VersionName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "AnnotationStore",
  "AnnotationStoreVersion",
  "TaskResource",
  "VariantStore",
  "WorkflowVersion",
  "configuration",
  "readSet",
  "reference",
  "referenceStore",
  "run",
  "runBatch",
  "runCache",
  "runGroup",
  "sequenceStore",
  "workflow",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "omics">;
/** Any omics action. */
export type Action = ActionOf<typeof actionFacts, "omics">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "omics">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "omics" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every omics action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the presence of tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "omics",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
