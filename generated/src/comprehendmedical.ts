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
export const prefix: "comprehendmedical" = "comprehendmedical";
/** The service's name in the reference. */
export const serviceName: "Amazon Comprehend Medical" = "Amazon Comprehend Medical";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Comprehend Medical",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncomprehendmedical.html",
  },
];
const conditionKeyList = ["aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to describe the properties of a medical entity detection job that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_DescribeEntitiesDetectionV2Job.html */
  DescribeEntitiesDetectionV2Job: "R||||||;",
  /** Grants permission to describe the properties of an ICD-10-CM linking job that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_DescribeICD10CMInferenceJob.html */
  DescribeICD10CMInferenceJob: "R||||||;",
  /** Grants permission to describe the properties of a PHI entity detection job that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_DescribePHIDetectionJob.html */
  DescribePHIDetectionJob: "R||||||;",
  /** Grants permission to describe the properties of an RxNorm linking job that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_DescribeRxNormInferenceJob.html */
  DescribeRxNormInferenceJob: "R||||||;",
  /** Grants permission to describe the properties of a SNOMED-CT linking job that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_DescribeSNOMEDCTInferenceJob.html */
  DescribeSNOMEDCTInferenceJob: "R||||||;",
  /** Grants permission to detect the named medical entities, and their relationships and traits within the given text document. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_DetectEntitiesV2.html */
  DetectEntitiesV2: "R||||||;",
  /** Grants permission to detect the protected health information (PHI) entities within the given text document. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_DetectPHI.html */
  DetectPHI: "R||||||;",
  /** Grants permission to detect the medical condition entities within the given text document and link them to ICD-10-CM codes. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_InferICD10CM.html */
  InferICD10CM: "R||||||;",
  /** Grants permission to detect the medication entities within the given text document and link them to RxCUI concept identifiers from the National Library of Medicine RxNorm database. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_InferRxNorm.html */
  InferRxNorm: "R||||||;",
  /** Grants permission to detect the medical condition, anatomy, and test, treatment, and procedure entities within the given text document and link them to SNOMED-CT codes. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_InferSNOMEDCT.html */
  InferSNOMEDCT: "R||||||;",
  /** Grants permission to list the medical entity detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_ListEntitiesDetectionV2Jobs.html */
  ListEntitiesDetectionV2Jobs: "R||||||;",
  /** Grants permission to list the ICD-10-CM linking jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_ListICD10CMInferenceJobs.html */
  ListICD10CMInferenceJobs: "R||||||;",
  /** Grants permission to list the PHI entity detection jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_ListPHIDetectionJobs.html */
  ListPHIDetectionJobs: "R||||||;",
  /** Grants permission to list the RxNorm linking jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_ListRxNormInferenceJobs.html */
  ListRxNormInferenceJobs: "R||||||;",
  /** Grants permission to list the SNOMED-CT linking jobs that you have submitted. Access level: Read. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_ListSNOMEDCTInferenceJobs.html */
  ListSNOMEDCTInferenceJobs: "R||||||;",
  /** Grants permission to start an asynchronous medical entity detection job for a collection of documents. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StartEntitiesDetectionV2Job.html */
  StartEntitiesDetectionV2Job: "W|||||0|;",
  /** Grants permission to start an asynchronous ICD-10-CM linking job for a collection of documents. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StartICD10CMInferenceJob.html */
  StartICD10CMInferenceJob: "W|||||0|;",
  /** Grants permission to start an asynchronous PHI entity detection job for a collection of documents. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StartPHIDetectionJob.html */
  StartPHIDetectionJob: "W|||||0|;",
  /** Grants permission to start an asynchronous RxNorm linking job for a collection of documents. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StartRxNormInferenceJob.html */
  StartRxNormInferenceJob: "W|||||0|;",
  /** Grants permission to start an asynchronous SNOMED-CT linking job for a collection of documents. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StartSNOMEDCTInferenceJob.html */
  StartSNOMEDCTInferenceJob: "W|||||0|;",
  /** Grants permission to stop a medical entity detection job. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StopEntitiesDetectionV2Job.html */
  StopEntitiesDetectionV2Job: "W||||||;",
  /** Grants permission to stop an ICD-10-CM linking job. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StopICD10CMInferenceJob.html */
  StopICD10CMInferenceJob: "W||||||;",
  /** Grants permission to stop a PHI entity detection job. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StopPHIDetectionJob.html */
  StopPHIDetectionJob: "W||||||;",
  /** Grants permission to stop an RxNorm linking job. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StopRxNormInferenceJob.html */
  StopRxNormInferenceJob: "W||||||;",
  /** Grants permission to stop a SNOMED-CT linking job. Access level: Write. https://docs.aws.amazon.com/comprehend-medical/latest/api/API_StopSNOMEDCTInferenceJob.html */
  StopSNOMEDCTInferenceJob: "W||||||;",
} as const;
const actionDetails = {
  DescribeEntitiesDetectionV2Job:
    "|,;~~~|Grants permission to describe the properties of a medical entity detection job that you have submitted",
  DescribeICD10CMInferenceJob:
    "|,;~~~|Grants permission to describe the properties of an ICD-10-CM linking job that you have submitted",
  DescribePHIDetectionJob:
    "|,;~~~|Grants permission to describe the properties of a PHI entity detection job that you have submitted",
  DescribeRxNormInferenceJob:
    "|,;~~~|Grants permission to describe the properties of an RxNorm linking job that you have submitted",
  DescribeSNOMEDCTInferenceJob:
    "|,;~~~|Grants permission to describe the properties of a SNOMED-CT linking job that you have submitted",
  DetectEntitiesV2:
    "|,;~~~|Grants permission to detect the named medical entities, and their relationships and traits within the given text document",
  DetectPHI:
    "|,;~~~|Grants permission to detect the protected health information (PHI) entities within the given text document",
  InferICD10CM:
    "|,;~~~|Grants permission to detect the medical condition entities within the given text document and link them to ICD-10-CM codes",
  InferRxNorm:
    "|,;~~~|Grants permission to detect the medication entities within the given text document and link them to RxCUI concept identifiers from the National Library of Medicine RxNorm database",
  InferSNOMEDCT:
    "|,;~~~|Grants permission to detect the medical condition, anatomy, and test, treatment, and procedure entities within the given text document and link them to SNOMED-CT codes",
  ListEntitiesDetectionV2Jobs:
    "|,;~~~|Grants permission to list the medical entity detection jobs that you have submitted",
  ListICD10CMInferenceJobs: "|,;~~~|Grants permission to list the ICD-10-CM linking jobs that you have submitted",
  ListPHIDetectionJobs: "|,;~~~|Grants permission to list the PHI entity detection jobs that you have submitted",
  ListRxNormInferenceJobs: "|,;~~~|Grants permission to list the RxNorm linking jobs that you have submitted",
  ListSNOMEDCTInferenceJobs: "|,;~~~|Grants permission to list the SNOMED-CT linking jobs that you have submitted",
  StartEntitiesDetectionV2Job:
    "|,;~~~|Grants permission to start an asynchronous medical entity detection job for a collection of documents",
  StartICD10CMInferenceJob:
    "|,;~~~|Grants permission to start an asynchronous ICD-10-CM linking job for a collection of documents",
  StartPHIDetectionJob:
    "|,;~~~|Grants permission to start an asynchronous PHI entity detection job for a collection of documents",
  StartRxNormInferenceJob:
    "|,;~~~|Grants permission to start an asynchronous RxNorm linking job for a collection of documents",
  StartSNOMEDCTInferenceJob:
    "|,;~~~|Grants permission to start an asynchronous SNOMED-CT linking job for a collection of documents",
  StopEntitiesDetectionV2Job: "|,;~~~|Grants permission to stop a medical entity detection job",
  StopICD10CMInferenceJob: "|,;~~~|Grants permission to stop an ICD-10-CM linking job",
  StopPHIDetectionJob: "|,;~~~|Grants permission to stop a PHI entity detection job",
  StopRxNormInferenceJob: "|,;~~~|Grants permission to stop an RxNorm linking job",
  StopSNOMEDCTInferenceJob: "|,;~~~|Grants permission to stop a SNOMED-CT linking job",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "comprehendmedical">;
/** Any comprehendmedical action. */
export type Action = ActionOf<typeof actionFacts, "comprehendmedical">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "comprehendmedical">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "comprehendmedical" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every comprehendmedical action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "comprehendmedical",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
