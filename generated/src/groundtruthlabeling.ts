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
export const prefix: "groundtruthlabeling" = "groundtruthlabeling";
/** The service's name in the reference. */
export const serviceName: "Amazon GroundTruth Labeling" = "Amazon GroundTruth Labeling";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon GroundTruth Labeling",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazongroundtruthlabeling.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to associate a patch file with the manifest file to update the manifest file. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  AssociatePatchToManifestJob: "W||1||||",
  /** Grants permission to create a GT+ Batch. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  CreateBatch: "W||1||||",
  /** Grants permission to create intake form. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  CreateIntakeForm: "W||1||||",
  /** Grants permission to create a GT+ Project. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  CreateProject: "W||1||||",
  /** Grants permission to create a GT+ Workflow Definition. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  CreateWorkflowDefinition: "W||1||||",
  /** Grants permission to get status of GroundTruthLabeling Jobs. Access level: Read. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  DescribeConsoleJob: "R||1||||",
  /** Grants permission to generate LiDAR Preview Task. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  GenerateLIDARPreviewTaskConfigJob: "W||1||||",
  /** Grants permission to get a GT+ Batch. Access level: Read. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  GetBatch: "R||1||||",
  /** Grants permission to get a intake forms. Access level: Read. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  GetIntakeFormStatus: "R||1||||",
  /** Grants permission to list a GT+ Batchs. Access level: Read. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  ListBatches: "R||1||||",
  /** Grants permission to list dataset objects in a manifest file. Access level: Read. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  ListDatasetObjects: "R||1||||",
  /** Grants permission to list a GT+ Projects. Access level: Read. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  ListProjects: "R||1||||",
  /** Grants permission to filter records from a manifest file using S3 select. Get sample entries based on random sampling. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-data-filtering */
  RunFilterOrSampleDatasetJob: "W||1||||",
  /** Grants permission to list a S3 prefix and create manifest files from objects in that location. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  RunGenerateManifestByCrawlingJob: "W||1||||",
  /** Grants permission to generate metrics from objects in manifest. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  RunGenerateManifestMetricsJob: "W||1||||",
  /** Grants permission to update a GT+ Batch. Access level: Write. Permission only. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-data-input.html#sms-console-create-manifest-file */
  UpdateBatch: "W||1||||",
} as const;
const actionDetails = {
  AssociatePatchToManifestJob:
    "|,;~|Grants permission to associate a patch file with the manifest file to update the manifest file",
  CreateBatch: "|,;~|Grants permission to create a GT+ Batch",
  CreateIntakeForm: "|,;~|Grants permission to create intake form",
  CreateProject: "|,;~|Grants permission to create a GT+ Project",
  CreateWorkflowDefinition: "|,;~|Grants permission to create a GT+ Workflow Definition",
  DescribeConsoleJob: "|,;~|Grants permission to get status of GroundTruthLabeling Jobs",
  GenerateLIDARPreviewTaskConfigJob: "|,;~|Grants permission to generate LiDAR Preview Task",
  GetBatch: "|,;~|Grants permission to get a GT+ Batch",
  GetIntakeFormStatus: "|,;~|Grants permission to get a intake forms",
  ListBatches: "|,;~|Grants permission to list a GT+ Batchs",
  ListDatasetObjects: "|,;~|Grants permission to list dataset objects in a manifest file",
  ListProjects: "|,;~|Grants permission to list a GT+ Projects",
  RunFilterOrSampleDatasetJob:
    "|,;~|Grants permission to filter records from a manifest file using S3 select. Get sample entries based on random sampling",
  RunGenerateManifestByCrawlingJob:
    "|,;~|Grants permission to list a S3 prefix and create manifest files from objects in that location",
  RunGenerateManifestMetricsJob: "|,;~|Grants permission to generate metrics from objects in manifest",
  UpdateBatch: "|,;~|Grants permission to update a GT+ Batch",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "groundtruthlabeling">;
/** Any groundtruthlabeling action. */
export type Action = ActionOf<typeof actionFacts, "groundtruthlabeling">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "groundtruthlabeling">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every groundtruthlabeling action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "groundtruthlabeling",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
