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
export const prefix: "lookoutvision" = "lookoutvision";
/** The service's name in the reference. */
export const serviceName: "Amazon Lookout for Vision" = "Amazon Lookout for Vision";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Lookout for Vision",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlookoutforvision.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a dataset manifest. Access level: Write. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_CreateDataset.html */
  CreateDataset: "W||||||",
  /** Grants permission to create a new anomaly detection model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_CreateModel.html */
  CreateModel: "W|||0;1;|0,2||",
  /** Grants permission to create a new project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_CreateProject.html */
  CreateProject: "W|||1;1;|||",
  /** Grants permission to delete a dataset. Access level: Write. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_DeleteDataset.html */
  DeleteDataset: "W||||||",
  /** Grants permission to delete a model and all associated assets. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_DeleteModel.html */
  DeleteModel: "W|||0;1;|||",
  /** Grants permission to permanently remove a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_DeleteProject.html */
  DeleteProject: "W|||1;1;|||",
  /** Grants permission to show detailed information about dataset manifest. Access level: Read. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_DescribeDataset.html */
  DescribeDataset: "R||||||",
  /** Grants permission to show detailed information about a model. Access level: Read. Resources: model*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_DescribeModel.html */
  DescribeModel: "R|||0;1;|||",
  /** Grants permission to show detailed information about a model packaging job. Access level: Read. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_DescribeModelPackagingJob.html */
  DescribeModelPackagingJob: "R||||||",
  /** Grants permission to show detailed information about a project. Access level: Read. Resources: project*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_DescribeProject.html */
  DescribeProject: "R|||1;1;|||",
  /** Grants permission to provides state information about a running anomaly detection job. Access level: Read. Permission only. https://docs.aws.amazon.com/lookout-for-vision/latest/developer-guide/trial-detection.html */
  DescribeTrialDetection: "R||1||||",
  /** Grants permission to invoke detection of anomalies. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_DetectAnomalies.html */
  DetectAnomalies: "W|||0;1;|||",
  /** Grants permission to list the contents of dataset manifest. Access level: Read. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_ListDatasetEntries.html */
  ListDatasetEntries: "R||||||",
  /** Grants permission to list all model packaging jobs associated with a project. Access level: List. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_ListModelPackagingJobs.html */
  ListModelPackagingJobs: "L||||||",
  /** Grants permission to list all models associated with a project. Access level: List. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_ListModels.html */
  ListModels: "L||||||",
  /** Grants permission to list all projects. Access level: List. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_ListProjects.html */
  ListProjects: "L||||||",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: model. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||",
  /** Grants permission to list all anomaly detection jobs. Access level: List. Permission only. https://docs.aws.amazon.com/lookout-for-vision/latest/developer-guide/trial-detection.html */
  ListTrialDetections: "L||1||||",
  /** Grants permission to start anomaly detection model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_StartModel.html */
  StartModel: "W|||0;1;|||",
  /** Grants permission to start a model packaging job. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_StartModelPackagingJob.html */
  StartModelPackagingJob: "W|||0;1;|||",
  /** Grants permission to start bulk detection of anomalies for a set of images stored in an S3 bucket. Access level: Write. Permission only. https://docs.aws.amazon.com/lookout-for-vision/latest/developer-guide/trial-detection.html */
  StartTrialDetection: "W||1||||",
  /** Grants permission to stop anomaly detection model. Access level: Write. Resources: model*. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_StopModel.html */
  StopModel: "W|||0;1;|||",
  /** Grants permission to tag a resource with given key value pairs. Access level: Tagging. Resources: model. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;|0,2||",
  /** Grants permission to remove the tag with the given key from a resource. Access level: Tagging. Resources: model. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;|2||",
  /** Grants permission to update a training or test dataset manifest. Access level: Write. https://docs.aws.amazon.com/lookout-for-vision/latest/APIReference/API_UpdateDatasetEntries.html */
  UpdateDatasetEntries: "W||||||",
} as const;
const actionDetails = {
  CreateDataset: "|,;~|Grants permission to create a dataset manifest",
  CreateModel: "|,;~|Grants permission to create a new anomaly detection model",
  CreateProject: "|,;~|Grants permission to create a new project",
  DeleteDataset: "|,;~|Grants permission to delete a dataset",
  DeleteModel: "|,;~|Grants permission to delete a model and all associated assets",
  DeleteProject: "|,;~|Grants permission to permanently remove a project",
  DescribeDataset: "|,;~|Grants permission to show detailed information about dataset manifest",
  DescribeModel: "|,;~|Grants permission to show detailed information about a model",
  DescribeModelPackagingJob: "|,;~|Grants permission to show detailed information about a model packaging job",
  DescribeProject: "|,;~|Grants permission to show detailed information about a project",
  DescribeTrialDetection: "|,;~|Grants permission to provides state information about a running anomaly detection job",
  DetectAnomalies: "|,;~|Grants permission to invoke detection of anomalies",
  ListDatasetEntries: "|,;~|Grants permission to list the contents of dataset manifest",
  ListModelPackagingJobs: "|,;~|Grants permission to list all model packaging jobs associated with a project",
  ListModels: "|,;~|Grants permission to list all models associated with a project",
  ListProjects: "|,;~|Grants permission to list all projects",
  ListTagsForResource: "|,;~|Grants permission to list tags for a resource",
  ListTrialDetections: "|,;~|Grants permission to list all anomaly detection jobs",
  StartModel: "|,;~|Grants permission to start anomaly detection model",
  StartModelPackagingJob: "|,;~|Grants permission to start a model packaging job",
  StartTrialDetection:
    "|,;~|Grants permission to start bulk detection of anomalies for a set of images stored in an S3 bucket",
  StopModel: "|,;~|Grants permission to stop anomaly detection model",
  TagResource: "|,;~|Grants permission to tag a resource with given key value pairs",
  UntagResource: "|,;~|Grants permission to remove the tag with the given key from a resource",
  UpdateDatasetEntries: "|,;~|Grants permission to update a training or test dataset manifest",
};
const resourceTypeFacts = {
  /** The model resource type: arn:${Partition}:lookoutvision:${Region}:${Account}:model/${ProjectName}/${ModelVersion} */
  model: "|,|1",
  /** The project resource type: arn:${Partition}:lookoutvision:${Region}:${Account}:project/${ProjectName} */
  project: "|,|",
} as const;
const arnFormats = {
  /** ARN of a model resource: arn:${Partition}:lookoutvision:${Region}:${Account}:model/${ProjectName}/${ModelVersion}. */
  model: "|,model|arn:|Partition|:lookoutvision:|Region|:|Account|:model/|ProjectName|/|ModelVersion|",
  /** ARN of a project resource: arn:${Partition}:lookoutvision:${Region}:${Account}:project/${ProjectName}. */
  project: "|,project|arn:|Partition|:lookoutvision:|Region|:|Account|:project/|ProjectName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["model", "project"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "lookoutvision">;
/** Any lookoutvision action. */
export type Action = ActionOf<typeof actionFacts, "lookoutvision">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "lookoutvision">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every lookoutvision action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "lookoutvision",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
