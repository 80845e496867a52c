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
export const prefix: "mediaconvert" = "mediaconvert";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental MediaConvert" = "AWS Elemental MediaConvert";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental MediaConvert",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalmediaconvert.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "mediaconvert:HttpInputsAllowed",
  "mediaconvert:HttpsInputsAllowed",
  "mediaconvert:S3InputsAllowed",
] as const;
const dependentActionList = ["mediaconvert:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate an AWS Certificate Manager (ACM) Amazon Resource Name (ARN) with AWS Elemental MediaConvert. Access level: Write. https://docs.aws.amazon.com/mediaconvert/latest/apireference/certificates.html */
  AssociateCertificate: "W||||||;",
  /** Grants permission to cancel an AWS Elemental MediaConvert job that is waiting in queue. Access level: Write. Resources: Job*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs-id.html */
  CancelJob: "W|||1;1;|||;",
  /** Grants permission to create and submit an AWS Elemental MediaConvert job. Access level: Write. Resources: JobTemplate, Preset, Queue. https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs.html */
  CreateJob: "W|||2;0;,3;0;,4;0;|0,2,3,4,5|iam:PassRole,0|;",
  /** Grants permission to create an AWS Elemental MediaConvert custom job template. Access level: Write. Resources: Preset, Queue. https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs-id.html */
  CreateJobTemplate: "W|||3;0;,4;0;|0,2|0|;",
  /** Grants permission to create an AWS Elemental MediaConvert custom output preset. Access level: Write. https://docs.aws.amazon.com/mediaconvert/latest/apireference/presets.html */
  CreatePreset: "W||||0,1,2|0|;",
  /** Grants permission to create an AWS Elemental MediaConvert job queue. Access level: Write. https://docs.aws.amazon.com/mediaconvert/latest/apireference/queues.html */
  CreateQueue: "W||||0,1,2|0|;",
  /** Grants permission to share an AWS Elemental MediaConvert job. Access level: Write. Resources: Job. https://docs.aws.amazon.com/mediaconvert/latest/apireference/resourceshares.html */
  CreateResourceShare: "W|||1;0;|||;",
  /** Grants permission to delete an AWS Elemental MediaConvert custom job template. Access level: Write. Resources: JobTemplate*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobtemplates-name.html */
  DeleteJobTemplate: "W|||2;1;|||;",
  /** Grants permission to delete an AWS Elemental MediaConvert policy. Access level: Write. https://docs.aws.amazon.com/mediaconvert/latest/apireference/policy.html */
  DeletePolicy: "W||||||;",
  /** Grants permission to delete an AWS Elemental MediaConvert custom output preset. Access level: Write. Resources: Preset*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/presets-name.html */
  DeletePreset: "W|||3;1;|||;",
  /** Grants permission to delete an AWS Elemental MediaConvert job queue. Access level: Write. Resources: Queue*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/queues-name.html */
  DeleteQueue: "W|||4;1;|||;",
  /** Grants permission to subscribe to the AWS Elemental MediaConvert service, by sending a request for an account-specific endpoint. All transcoding requests must be sent to the endpoint that the service returns. Access level: List. https://docs.aws.amazon.com/mediaconvert/latest/apireference/endpoints.html */
  DescribeEndpoints: "L||||||;",
  /** Grants permission to remove an association between the Amazon Resource Name (ARN) of an AWS Certificate Manager (ACM) certificate and an AWS Elemental MediaConvert resource. Access level: Write. https://docs.aws.amazon.com/mediaconvert/latest/apireference/certificates-arn.html */
  DisassociateCertificate: "W||||||;",
  /** Grants permission to get an AWS Elemental MediaConvert job. Access level: Read. Resources: Job*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs-id.html */
  GetJob: "R|||1;1;|||;",
  /** Grants permission to get an AWS Elemental MediaConvert job template. Access level: Read. Resources: JobTemplate*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobtemplates-name.html */
  GetJobTemplate: "R|||2;1;||mediaconvert:ListJobTemplates|;",
  /** Grants permission to get an AWS Elemental MediaConvert policy. Access level: Read. https://docs.aws.amazon.com/mediaconvert/latest/apireference/policy.html */
  GetPolicy: "R||||||;",
  /** Grants permission to get an AWS Elemental MediaConvert output preset. Access level: Read. Resources: Preset*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/presets-name.html */
  GetPreset: "R|||3;1;||mediaconvert:ListPresets|;",
  /** Grants permission to get an AWS Elemental MediaConvert job queue. Access level: Read. Resources: Queue*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/queues-name.html */
  GetQueue: "R|||4;1;|||;",
  /** Grants permission to list AWS Elemental MediaConvert job templates. Access level: List. https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobtemplates.html */
  ListJobTemplates: "L||||||GetJobTemplate,;",
  /** Grants permission to list AWS Elemental MediaConvert jobs. Access level: List. Resources: Queue. https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs.html */
  ListJobs: "L|||4;0;|||;",
  /** Grants permission to list AWS Elemental MediaConvert output presets. Access level: List. https://docs.aws.amazon.com/mediaconvert/latest/apireference/presets.html */
  ListPresets: "L||||||GetPreset,;",
  /** Grants permission to list AWS Elemental MediaConvert job queues. Access level: List. https://docs.aws.amazon.com/mediaconvert/latest/apireference/queues.html */
  ListQueues: "L||||||;",
  /** Grants permission to retrieve the tags for a MediaConvert queue, preset, or job template. Access level: Read. Resources: Job, JobTemplate, Preset, Queue. https://docs.aws.amazon.com/mediaconvert/latest/apireference/tags-arn.html */
  ListTagsForResource: "R|||1;0;,2;0;,3;0;,4;0;|||;",
  /** Grants permission to list AWS Elemental MediaConvert job engine versions. Access level: List. https://docs.aws.amazon.com/mediaconvert/latest/apireference/versions.html */
  ListVersions: "L||||||;",
  /** Grants permission to probe a file. Access level: Read. https://docs.aws.amazon.com/mediaconvert/latest/apireference/probe.html */
  Probe: "R||||||;",
  /** Grants permission to put an AWS Elemental MediaConvert policy. Access level: Write. https://docs.aws.amazon.com/mediaconvert/latest/apireference/policy.html */
  PutPolicy: "W||||||;",
  /** Grants permission to search AWS Elemental MediaConvert jobs. Access level: List. Resources: Queue. https://docs.aws.amazon.com/mediaconvert/latest/apireference/search.html */
  SearchJobs: "L|||4;0;|||;",
  /** Grants permission to add tags to a MediaConvert queue, preset, or job template. Access level: Tagging. Resources: Job, JobTemplate, Preset, Queue. https://docs.aws.amazon.com/mediaconvert/latest/apireference/tags.html */
  TagResource: "T|||1;0;,2;0;,3;0;,4;0;|0,2||CreateJob,CreateJobTemplate,CreatePreset,CreateQueue,;",
  /** Grants permission to remove tags from a MediaConvert queue, preset, or job template. Access level: Tagging. Resources: Job, JobTemplate, Preset, Queue. https://docs.aws.amazon.com/mediaconvert/latest/apireference/tags-arn.html */
  UntagResource: "T|||1;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to update an AWS Elemental MediaConvert custom job template. Access level: Write. Resources: JobTemplate*, Preset, Queue. https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobtemplates-name.html */
  UpdateJobTemplate: "W|||2;1;,3;0;,4;0;|||;",
  /** Grants permission to update an AWS Elemental MediaConvert custom output preset. Access level: Write. Resources: Preset*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/presets-name.html */
  UpdatePreset: "W|||3;1;|||;",
  /** Grants permission to update an AWS Elemental MediaConvert job queue. Access level: Write. Resources: Queue*. https://docs.aws.amazon.com/mediaconvert/latest/apireference/queues-name.html */
  UpdateQueue: "W|||4;1;|||;",
} as const;
const actionDetails = {
  AssociateCertificate:
    "|,;~~~|Grants permission to associate an AWS Certificate Manager (ACM) Amazon Resource Name (ARN) with AWS Elemental MediaConvert",
  CancelJob: "|,;~~~|Grants permission to cancel an AWS Elemental MediaConvert job that is waiting in queue",
  CreateJob: "|,;~~~|Grants permission to create and submit an AWS Elemental MediaConvert job",
  CreateJobTemplate: "|,;~~~|Grants permission to create an AWS Elemental MediaConvert custom job template",
  CreatePreset: "|,;~~~|Grants permission to create an AWS Elemental MediaConvert custom output preset",
  CreateQueue: "|,;~~~|Grants permission to create an AWS Elemental MediaConvert job queue",
  CreateResourceShare: "|,;~~~|Grants permission to share an AWS Elemental MediaConvert job",
  DeleteJobTemplate: "|,;~~~|Grants permission to delete an AWS Elemental MediaConvert custom job template",
  DeletePolicy: "|,;~~~|Grants permission to delete an AWS Elemental MediaConvert policy",
  DeletePreset: "|,;~~~|Grants permission to delete an AWS Elemental MediaConvert custom output preset",
  DeleteQueue: "|,;~~~|Grants permission to delete an AWS Elemental MediaConvert job queue",
  DescribeEndpoints:
    "|,;~~~|Grants permission to subscribe to the AWS Elemental MediaConvert service, by sending a request for an account-specific endpoint. All transcoding requests must be sent to the endpoint that the service returns",
  DisassociateCertificate:
    "|,;~~~|Grants permission to remove an association between the Amazon Resource Name (ARN) of an AWS Certificate Manager (ACM) certificate and an AWS Elemental MediaConvert resource",
  GetJob: "|,;~~~|Grants permission to get an AWS Elemental MediaConvert job",
  GetJobTemplate: "|,;~~~|Grants permission to get an AWS Elemental MediaConvert job template",
  GetPolicy: "|,;~~~|Grants permission to get an AWS Elemental MediaConvert policy",
  GetPreset: "|,;~~~|Grants permission to get an AWS Elemental MediaConvert output preset",
  GetQueue: "|,;~~~|Grants permission to get an AWS Elemental MediaConvert job queue",
  ListJobTemplates: "|,;~~~,~~|Grants permission to list AWS Elemental MediaConvert job templates",
  ListJobs: "|,;~~~|Grants permission to list AWS Elemental MediaConvert jobs",
  ListPresets: "|,;~~~,~~|Grants permission to list AWS Elemental MediaConvert output presets",
  ListQueues: "|,;~~~|Grants permission to list AWS Elemental MediaConvert job queues",
  ListTagsForResource:
    "|,;~~~|Grants permission to retrieve the tags for a MediaConvert queue, preset, or job template",
  ListVersions: "|,;~~~|Grants permission to list AWS Elemental MediaConvert job engine versions",
  Probe: "|,;~~~|Grants permission to probe a file",
  PutPolicy: "|,;~~~|Grants permission to put an AWS Elemental MediaConvert policy",
  SearchJobs: "|,;~~~|Grants permission to search AWS Elemental MediaConvert jobs",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add tags to a MediaConvert queue, preset, or job template",
  UntagResource: "|,;~~~|Grants permission to remove tags from a MediaConvert queue, preset, or job template",
  UpdateJobTemplate: "|,;~~~|Grants permission to update an AWS Elemental MediaConvert custom job template",
  UpdatePreset: "|,;~~~|Grants permission to update an AWS Elemental MediaConvert custom output preset",
  UpdateQueue: "|,;~~~|Grants permission to update an AWS Elemental MediaConvert job queue",
};
const resourceTypeFacts = {
  /** The CertificateAssociation resource type: arn:${Partition}:mediaconvert:${Region}:${Account}:certificates/${CertificateArn} */
  CertificateAssociation: "|,certificateAssociation|",
  /** The Job resource type: arn:${Partition}:mediaconvert:${Region}:${Account}:jobs/${JobId} */
  Job: "|,job|1",
  /** The JobTemplate resource type: arn:${Partition}:mediaconvert:${Region}:${Account}:jobTemplates/${JobTemplateName} */
  JobTemplate: "|,jobTemplate|1",
  /** The Preset resource type: arn:${Partition}:mediaconvert:${Region}:${Account}:presets/${PresetName} */
  Preset: "|,preset|1",
  /** The Queue resource type: arn:${Partition}:mediaconvert:${Region}:${Account}:queues/${QueueName} */
  Queue: "|,queue|1",
} as const;
const arnFormats = {
  /** ARN of a CertificateAssociation resource: arn:${Partition}:mediaconvert:${Region}:${Account}:certificates/${CertificateArn}. */
  certificateAssociation:
    "|,CertificateAssociation|arn:|Partition|:mediaconvert:|Region|:|Account|:certificates/|CertificateArn|",
  /** ARN of a Job resource: arn:${Partition}:mediaconvert:${Region}:${Account}:jobs/${JobId}. */
  job: "|,Job|arn:|Partition|:mediaconvert:|Region|:|Account|:jobs/|JobId|",
  /** ARN of a JobTemplate resource: arn:${Partition}:mediaconvert:${Region}:${Account}:jobTemplates/${JobTemplateName}. */
  jobTemplate: "|,JobTemplate|arn:|Partition|:mediaconvert:|Region|:|Account|:jobTemplates/|JobTemplateName|",
  /** ARN of a Preset resource: arn:${Partition}:mediaconvert:${Region}:${Account}:presets/${PresetName}. */
  preset: "|,Preset|arn:|Partition|:mediaconvert:|Region|:|Account|:presets/|PresetName|",
  /** ARN of a Queue resource: arn:${Partition}:mediaconvert:${Region}:${Account}:queues/${QueueName}. */
  queue: "|,Queue|arn:|Partition|:mediaconvert:|Region|:|Account|:queues/|QueueName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["CertificateAssociation", "Job", "JobTemplate", "Preset", "Queue"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "mediaconvert">;
/** Any mediaconvert action. */
export type Action = ActionOf<typeof actionFacts, "mediaconvert">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "mediaconvert">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mediaconvert" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every mediaconvert action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by an HTTP input policy present in the account. */
  "mediaconvert:HttpInputsAllowed": "Bool";
  /** Filters access by an HTTPS input policy present in the account. */
  "mediaconvert:HttpsInputsAllowed": "Bool";
  /** Filters access by an S3 input policy present in the account. */
  "mediaconvert:S3InputsAllowed": "Bool";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys in the request",
  "mediaconvert:HttpInputsAllowed": "|,Bool|0||Filters access by an HTTP input policy present in the account",
  "mediaconvert:HttpsInputsAllowed": "|,Bool|0||Filters access by an HTTPS input policy present in the account",
  "mediaconvert:S3InputsAllowed": "|,Bool|0||Filters access by an S3 input policy present in the account",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "mediaconvert",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
