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
export const prefix: "bedrock-mantle" = "bedrock-mantle";
/** The service's name in the reference. */
export const serviceName: "Amazon Bedrock Powered by AWS Mantle" = "Amazon Bedrock Powered by AWS Mantle";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Bedrock Powered by AWS Mantle",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockpoweredbyawsmantle.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "bedrock-mantle:BearerTokenType",
  "bedrock-mantle:CustomizedModelArn",
  "bedrock-mantle:Files",
  "bedrock-mantle:FineTuningJob",
  "bedrock-mantle:Model",
  "bedrock-mantle:ProjectArn",
  "bedrock-mantle:ReservationArn",
  "bedrock-mantle:ServiceTier",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to archive a specific project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  ArchiveProject: "W|||1;1;1|||",
  /** Grants permission to associate a customized model with a project. Access level: Write. Resources: customized-model*, project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  AssociateCustomizedModel: "W|||0;1;1,1;1;1|4,8||",
  /** Grants permission to make API calls using bearer token authentication. Access level: List. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockpoweredbyawsmantle.html */
  CallWithBearerToken: "L||1||3||",
  /** Grants permission to cancel an in-progress fine tuning job. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  CancelFineTuningJob: "W|||1;1;1|6||",
  /** Grants permission to cancel an in-progress inference request. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  CancelInference: "W|||1;1;1|||",
  /** Grants permission to import a customized model with custom weights. Access level: Write. Resources: customized-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  CreateCustomizedModel: "W|||0;1;1|0,2||",
  /** Grants permission to create a file in a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  CreateFile: "W|||1;1;1|||",
  /** Grants permission to create a fine tuning job. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  CreateFineTuningJob: "W|||1;1;1|5,7||",
  /** Grants permission to create a chat completion inference request. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  CreateInference: "W|||1;1;1|7,10||",
  /** Grants permission to create a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  CreateProject: "W|||1;1;1|0,2||",
  /** Grants permission to create a capacity reservation for a model. Access level: Write. Resources: project*, reservation*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  CreateReservation: "W|||1;1;1,2;1;1|0,2,8,9||",
  /** Grants permission to delete a customized model. Access level: Write. Resources: customized-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  DeleteCustomizedModel: "W|||0;1;1|||",
  /** Grants permission to delete a specific file. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  DeleteFile: "W|||1;1;1|5||",
  /** Grants permission to delete a specific inference request. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  DeleteInference: "W|||1;1;1|||",
  /** Grants permission to delete a capacity reservation. Access level: Write. Resources: project*, reservation*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  DeleteReservation: "W|||1;1;1,2;1;1|8,9||",
  /** Grants permission to disassociate a customized model from a project. Access level: Write. Resources: customized-model*, project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  DisassociateCustomizedModel: "W|||0;1;1,1;1;1|4,8||",
  /** Grants permission to get customized model. Access level: Read. Resources: customized-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  GetCustomizedModel: "R|||0;1;1|||",
  /** Grants permission to retrieve information about a specific file. Access level: Read. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  GetFile: "R|||1;1;1|5||",
  /** Grants permission to retrieve details of a specific fine tuning job. Access level: Read. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  GetFineTuningJob: "R|||1;1;1|6||",
  /** Grants permission to retrieve details of a specific inference request. Access level: Read. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  GetInference: "R|||1;1;1|||",
  /** Grants permission to retrieve information about a specific model. Access level: Read. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  GetModel: "R|||1;1;1|||",
  /** Grants permission to retrieve details of a specific project. Access level: Read. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  GetProject: "R|||1;1;1|||",
  /** Grants permission to get reservation. Access level: Read. Resources: reservation*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  GetReservation: "R|||2;1;1|||",
  /** Grants permission to list project associations for a customized model. Access level: List. Resources: customized-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  ListCustomizedModelAssociations: "L|||0;1;|||",
  /** Grants permission to list customized models. Access level: List. Resources: customized-model*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  ListCustomizedModels: "L|||0;1;|||",
  /** Grants permission to list all available files in a project. Access level: List. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  ListFiles: "L|||1;1;1|||",
  /** Grants permission to list all available fine tuning jobs in a project. Access level: List. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  ListFineTuningJobs: "L|||1;1;1|||",
  /** Grants permission to list all available models in a project. Access level: List. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  ListModels: "L|||1;1;1|||",
  /** Grants permission to list projects. Access level: List. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  ListProjects: "L|||1;1;|||",
  /** Grants permission to list reservations. Access level: List. Resources: reservation*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  ListReservations: "L|||2;1;|||",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: customized-model, project, reservation. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  ListTagsForResource: "R|||0;0;1,1;0;1,2;0;1|||",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: customized-model, project, reservation. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  TagResource: "T|||0;0;1,1;0;1,2;0;1|0,2||",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: customized-model, project, reservation. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  UntagResource: "T|||0;0;1,1;0;1,2;0;1|2||",
  /** Grants permission to update a specific project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  UpdateProject: "W|||1;1;1|||",
  /** Grants permission to update reservation. Access level: Write. Resources: project*, reservation*. https://docs.aws.amazon.com/bedrock/latest/APIReference/#welcome */
  UpdateReservation: "W|||1;1;1,2;1;1|8,9||",
} as const;
const actionDetails = {
  ArchiveProject: "|,;~|Grants permission to archive a specific project",
  AssociateCustomizedModel: "|,;~|Grants permission to associate a customized model with a project",
  CallWithBearerToken: "|,;~|Grants permission to make API calls using bearer token authentication",
  CancelFineTuningJob: "|,;~|Grants permission to cancel an in-progress fine tuning job",
  CancelInference: "|,;~|Grants permission to cancel an in-progress inference request",
  CreateCustomizedModel: "|,;~|Grants permission to import a customized model with custom weights",
  CreateFile: "|,;~|Grants permission to create a file in a project",
  CreateFineTuningJob: "|,;~|Grants permission to create a fine tuning job",
  CreateInference: "|,;~|Grants permission to create a chat completion inference request",
  CreateProject: "|,;~|Grants permission to create a project",
  CreateReservation: "|,;~|Grants permission to create a capacity reservation for a model",
  DeleteCustomizedModel: "|,;~|Grants permission to delete a customized model",
  DeleteFile: "|,;~|Grants permission to delete a specific file",
  DeleteInference: "|,;~|Grants permission to delete a specific inference request",
  DeleteReservation: "|,;~|Grants permission to delete a capacity reservation",
  DisassociateCustomizedModel: "|,;~|Grants permission to disassociate a customized model from a project",
  GetCustomizedModel: "|,;~|Grants permission to get customized model",
  GetFile: "|,;~|Grants permission to retrieve information about a specific file",
  GetFineTuningJob: "|,;~|Grants permission to retrieve details of a specific fine tuning job",
  GetInference: "|,;~|Grants permission to retrieve details of a specific inference request",
  GetModel: "|,;~|Grants permission to retrieve information about a specific model",
  GetProject: "|,;~|Grants permission to retrieve details of a specific project",
  GetReservation: "|,;~|Grants permission to get reservation",
  ListCustomizedModelAssociations: "|,;~|Grants permission to list project associations for a customized model",
  ListCustomizedModels: "|,;~|Grants permission to list customized models",
  ListFiles: "|,;~|Grants permission to list all available files in a project",
  ListFineTuningJobs: "|,;~|Grants permission to list all available fine tuning jobs in a project",
  ListModels: "|,;~|Grants permission to list all available models in a project",
  ListProjects: "|,;~|Grants permission to list projects",
  ListReservations: "|,;~|Grants permission to list reservations",
  ListTagsForResource: "|,;~|Grants permission to list tags for a resource",
  TagResource: "|,;~|Grants permission to tag a resource",
  UntagResource: "|,;~|Grants permission to untag a resource",
  UpdateProject: "|,;~|Grants permission to update a specific project",
  UpdateReservation: "|,;~|Grants permission to update reservation",
};
const resourceTypeFacts = {
  /** The customized-model resource type: arn:${Partition}:bedrock-mantle:${Region}:${Account}:customized-model/${ResourceId} */
  "customized-model": "|,customizedModel|1",
  /** The project resource type: arn:${Partition}:bedrock-mantle:${Region}:${Account}:project/${ResourceId} */
  project: "|,|1",
  /** The reservation resource type: arn:${Partition}:bedrock-mantle:${Region}:${Account}:reservation/${ResourceId} */
  reservation: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a customized-model resource: arn:${Partition}:bedrock-mantle:${Region}:${Account}:customized-model/${ResourceId}. */
  customizedModel: "|,customized-model|arn:|Partition|:bedrock-mantle:|Region|:|Account|:customized-model/|ResourceId|",
  /** ARN of a project resource: arn:${Partition}:bedrock-mantle:${Region}:${Account}:project/${ResourceId}. */
  project: "|,project|arn:|Partition|:bedrock-mantle:|Region|:|Account|:project/|ResourceId|",
  /** ARN of a reservation resource: arn:${Partition}:bedrock-mantle:${Region}:${Account}:reservation/${ResourceId}. */
  reservation: "|,reservation|arn:|Partition|:bedrock-mantle:|Region|:|Account|:reservation/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["customized-model", "project", "reservation"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "bedrock-mantle">;
/** Any bedrock-mantle action. */
export type Action = ActionOf<typeof actionFacts, "bedrock-mantle">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "bedrock-mantle">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every bedrock-mantle action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the Short-term or Long-term bearer tokens. */
  "bedrock-mantle:BearerTokenType": "String";
  /** Filters access by the ARN of the customized model being associated or referenced in cross-resource operations. */
  "bedrock-mantle:CustomizedModelArn": "String";
  /** Filters access by the specified file identifiers. */
  "bedrock-mantle:Files": "ArrayOfString";
  /** Filters access by the specified fine-tuning job identifier. */
  "bedrock-mantle:FineTuningJob": "String";
  /** Filters access by the specified Model. */
  "bedrock-mantle:Model": "String";
  /** Filters access by the ARN of the project being associated or referenced in cross-resource operations. */
  "bedrock-mantle:ProjectArn": "String";
  /** Filters access by the ARN of the reservation being referenced in cross-resource operations. */
  "bedrock-mantle:ReservationArn": "String";
  /** Filters access by the specified ServiceTier. */
  "bedrock-mantle:ServiceTier": "String";
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
  "bedrock-mantle:BearerTokenType": "|,String|0||Filters access by the Short-term or Long-term bearer tokens",
  "bedrock-mantle:CustomizedModelArn":
    "|,String|0||Filters access by the ARN of the customized model being associated or referenced in cross-resource operations",
  "bedrock-mantle:Files": "|,ArrayOfString|0||Filters access by the specified file identifiers",
  "bedrock-mantle:FineTuningJob": "|,String|0||Filters access by the specified fine-tuning job identifier",
  "bedrock-mantle:Model": "|,String|0||Filters access by the specified Model",
  "bedrock-mantle:ProjectArn":
    "|,String|0||Filters access by the ARN of the project being associated or referenced in cross-resource operations",
  "bedrock-mantle:ReservationArn":
    "|,String|0||Filters access by the ARN of the reservation being referenced in cross-resource operations",
  "bedrock-mantle:ServiceTier": "|,String|0||Filters access by the specified ServiceTier",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "bedrock-mantle",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
