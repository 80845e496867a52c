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
export const prefix: "fis" = "fis";
/** The service's name in the reference. */
export const serviceName: "AWS Fault Injection Service" = "AWS Fault Injection Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Fault Injection Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsfaultinjectionservice.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "fis:Operations",
  "fis:Percentage",
  "fis:Service",
  "fis:Targets",
] as const;
const dependentActionList = ["fis:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create an AWS FIS experiment template. Access level: Write. Resources: action*, experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_CreateExperimentTemplate.html */
  CreateExperimentTemplate: "W|||0;1;,2;1;|0,2|0,1|;",
  /** Grants permission to create an AWS FIS target account configuration. Access level: Write. Resources: experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_CreateTargetAccountConfiguration.html */
  CreateTargetAccountConfiguration: "W|||2;1;|||;",
  /** Grants permission to delete the AWS FIS experiment template. Access level: Write. Resources: experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_DeleteExperimentTemplate.html */
  DeleteExperimentTemplate: "W|||2;1;|||;",
  /** Grants permission to delete an AWS FIS target account configuration. Access level: Write. Resources: experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_DeleteTargetAccountConfiguration.html */
  DeleteTargetAccountConfiguration: "W|||2;1;|||;",
  /** Grants permission to retrieve an AWS FIS action. Access level: Read. Resources: action*. https://docs.aws.amazon.com/fis/latest/APIReference/API_GetAction.html */
  GetAction: "R|||0;1;|1||;",
  /** Grants permission to retrieve an AWS FIS experiment. Access level: Read. Resources: experiment*. https://docs.aws.amazon.com/fis/latest/APIReference/API_GetExperiment.html */
  GetExperiment: "R|||1;1;|1||;",
  /** Grants permission to retrieve an AWS FIS target account configuration for an AWS FIS experiment. Access level: Read. Resources: experiment*. https://docs.aws.amazon.com/fis/latest/APIReference/API_GetExperimentTargetAccountConfiguration.html */
  GetExperimentTargetAccountConfiguration: "R|||1;1;|||;",
  /** Grants permission to retrieve an AWS FIS Experiment Template. Access level: Read. Resources: experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_GetExperimentTemplate.html */
  GetExperimentTemplate: "R|||2;1;|1||;",
  /** Grants permission to get information about the safety lever. Access level: Read. Resources: safety-lever*. https://docs.aws.amazon.com/fis/latest/APIReference/API_GetSafetyLever.html */
  GetSafetyLever: "R|||3;1;|||;",
  /** Grants permission to retrieve an AWS FIS target account configuration for an AWS FIS experiment template. Access level: Read. Resources: experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_GetTargetAccountConfiguration.html */
  GetTargetAccountConfiguration: "R|||2;1;|||;",
  /** Grants permission to get information about the specified resource type. Access level: Read. https://docs.aws.amazon.com/fis/latest/APIReference/API_GetTargetResourceType.html */
  GetTargetResourceType: "R||||||;",
  /** Grants permission to inject an API internal error on the provided AWS service from an FIS Experiment. Access level: Write. Resources: experiment*. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html#fis-actions-reference-fis */
  InjectApiInternalError: "W||1|1;1;|3,4,5,6||",
  /** Grants permission to inject an API throttle error on the provided AWS service from an FIS Experiment. Access level: Write. Resources: experiment*. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html#fis-actions-reference-fis */
  InjectApiThrottleError: "W||1|1;1;|3,4,5,6||",
  /** Grants permission to inject an API unavailable error on the provided AWS service from an FIS Experiment. Access level: Write. Resources: experiment*. Permission only. https://docs.aws.amazon.com/fis/latest/userguide/fis-actions-reference.html#fis-actions-reference-fis */
  InjectApiUnavailableError: "W||1|1;1;|3,4,5,6||",
  /** Grants permission to list all available AWS FIS actions. Access level: List. https://docs.aws.amazon.com/fis/latest/APIReference/API_ListActions.html */
  ListActions: "L||||||;",
  /** Grants permission to list resolved targets for AWS FIS experiments. Access level: List. Resources: experiment*. https://docs.aws.amazon.com/fis/latest/APIReference/API_ListExperimentResolvedTargets.html */
  ListExperimentResolvedTargets: "L|||1;1;|||;",
  /** Grants permission to list target account configurations for AWS FIS experiments. Access level: List. Resources: experiment*. https://docs.aws.amazon.com/fis/latest/APIReference/API_ListExperimentTargetAccountConfigurations.html */
  ListExperimentTargetAccountConfigurations: "L|||1;1;|||;",
  /** Grants permission to list all available AWS FIS experiment templates. Access level: List. https://docs.aws.amazon.com/fis/latest/APIReference/API_ListExperimentTemplates.html */
  ListExperimentTemplates: "L||||||;",
  /** Grants permission to list all available AWS FIS experiments. Access level: List. https://docs.aws.amazon.com/fis/latest/APIReference/API_ListExperiments.html */
  ListExperiments: "L||||||;",
  /** Grants permission to list the tags for an AWS FIS resource. Access level: Read. Resources: action, experiment, experiment-template. https://docs.aws.amazon.com/fis/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to list target account configurations for AWS FIS experiment templates. Access level: List. Resources: experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_ListTargetAccountConfigurations.html */
  ListTargetAccountConfigurations: "L|||2;1;|||;",
  /** Grants permission to list the resource types. Access level: List. https://docs.aws.amazon.com/fis/latest/APIReference/API_ListTargetResourceTypes.html */
  ListTargetResourceTypes: "L||||||;",
  /** Grants permission to run an AWS FIS experiment. Access level: Write. Resources: experiment*, experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_StartExperiment.html */
  StartExperiment: "W|||1;1;,2;1;|0,2|0,iam:CreateServiceLinkedRole|;",
  /** Grants permission to stop an AWS FIS experiment. Access level: Write. Resources: experiment*. https://docs.aws.amazon.com/fis/latest/APIReference/API_StopExperiment.html */
  StopExperiment: "W|||1;1;|||;",
  /** Grants permission to tag AWS FIS resources. Access level: Tagging. Resources: action, experiment, experiment-template. https://docs.aws.amazon.com/fis/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateExperimentTemplate,StartExperiment,;",
  /** Grants permission to untag AWS FIS resources. Access level: Tagging. Resources: action, experiment, experiment-template. https://docs.aws.amazon.com/fis/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to update the specified AWS FIS experiment template. Access level: Write. Resources: action, experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_UpdateExperimentTemplate.html */
  UpdateExperimentTemplate: "W|||0;0;,2;1;|0,2|1|;",
  /** Grants permission to update the state of the safety lever. Access level: Write. Resources: safety-lever*. https://docs.aws.amazon.com/fis/latest/APIReference/API_UpdateSafetyLeverState.html */
  UpdateSafetyLeverState: "W|||3;1;|||;",
  /** Grants permission to update an AWS FIS target account configuration. Access level: Write. Resources: experiment-template*. https://docs.aws.amazon.com/fis/latest/APIReference/API_UpdateTargetAccountConfiguration.html */
  UpdateTargetAccountConfiguration: "W|||2;1;|||;",
} as const;
const actionDetails = {
  CreateExperimentTemplate: "|,;~~~|Grants permission to create an AWS FIS experiment template",
  CreateTargetAccountConfiguration: "|,;~~~|Grants permission to create an AWS FIS target account configuration",
  DeleteExperimentTemplate: "|,;~~~|Grants permission to delete the AWS FIS experiment template",
  DeleteTargetAccountConfiguration: "|,;~~~|Grants permission to delete an AWS FIS target account configuration",
  GetAction: "|,;~~~|Grants permission to retrieve an AWS FIS action",
  GetExperiment: "|,;~~~|Grants permission to retrieve an AWS FIS experiment",
  GetExperimentTargetAccountConfiguration:
    "|,;~~~|Grants permission to retrieve an AWS FIS target account configuration for an AWS FIS experiment",
  GetExperimentTemplate: "|,;~~~|Grants permission to retrieve an AWS FIS Experiment Template",
  GetSafetyLever: "|,;~~~|Grants permission to get information about the safety lever",
  GetTargetAccountConfiguration:
    "|,;~~~|Grants permission to retrieve an AWS FIS target account configuration for an AWS FIS experiment template",
  GetTargetResourceType: "|,;~~~|Grants permission to get information about the specified resource type",
  InjectApiInternalError:
    "|,;~|Grants permission to inject an API internal error on the provided AWS service from an FIS Experiment",
  InjectApiThrottleError:
    "|,;~|Grants permission to inject an API throttle error on the provided AWS service from an FIS Experiment",
  InjectApiUnavailableError:
    "|,;~|Grants permission to inject an API unavailable error on the provided AWS service from an FIS Experiment",
  ListActions: "|,;~~~|Grants permission to list all available AWS FIS actions",
  ListExperimentResolvedTargets: "|,;~~~|Grants permission to list resolved targets for AWS FIS experiments",
  ListExperimentTargetAccountConfigurations:
    "|,;~~~|Grants permission to list target account configurations for AWS FIS experiments",
  ListExperimentTemplates: "|,;~~~|Grants permission to list all available AWS FIS experiment templates",
  ListExperiments: "|,;~~~|Grants permission to list all available AWS FIS experiments",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for an AWS FIS resource",
  ListTargetAccountConfigurations:
    "|,;~~~|Grants permission to list target account configurations for AWS FIS experiment templates",
  ListTargetResourceTypes: "|,;~~~|Grants permission to list the resource types",
  StartExperiment: "|,;~~~|Grants permission to run an AWS FIS experiment",
  StopExperiment: "|,;~~~|Grants permission to stop an AWS FIS experiment",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag AWS FIS resources",
  UntagResource: "|,;~~~|Grants permission to untag AWS FIS resources",
  UpdateExperimentTemplate: "|,;~~~|Grants permission to update the specified AWS FIS experiment template",
  UpdateSafetyLeverState: "|,;~~~|Grants permission to update the state of the safety lever",
  UpdateTargetAccountConfiguration: "|,;~~~|Grants permission to update an AWS FIS target account configuration",
};
const resourceTypeFacts = {
  /** The action resource type: arn:${Partition}:fis:${Region}:${Account}:action/${Id} */
  action: "|,|1",
  /** The experiment resource type: arn:${Partition}:fis:${Region}:${Account}:experiment/${Id} */
  experiment: "|,|1",
  /** The experiment-template resource type: arn:${Partition}:fis:${Region}:${Account}:experiment-template/${Id} */
  "experiment-template": "|,experimentTemplate|1",
  /** The safety-lever resource type: arn:${Partition}:fis:${Region}:${Account}:safety-lever/${Id} */
  "safety-lever": "|,safetyLever|",
} as const;
const arnFormats = {
  /** ARN of a action resource: arn:${Partition}:fis:${Region}:${Account}:action/${Id}. */
  action: "|,action|arn:|Partition|:fis:|Region|:|Account|:action/|Id|",
  /** ARN of a experiment resource: arn:${Partition}:fis:${Region}:${Account}:experiment/${Id}. */
  experiment: "|,experiment|arn:|Partition|:fis:|Region|:|Account|:experiment/|Id|",
  /** ARN of a experiment-template resource: arn:${Partition}:fis:${Region}:${Account}:experiment-template/${Id}. */
  experimentTemplate: "|,experiment-template|arn:|Partition|:fis:|Region|:|Account|:experiment-template/|Id|",
  /** ARN of a safety-lever resource: arn:${Partition}:fis:${Region}:${Account}:safety-lever/${Id}. */
  safetyLever: "|,safety-lever|arn:|Partition|:fis:|Region|:|Account|:safety-lever/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["action", "experiment", "experiment-template", "safety-lever"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "fis">;
/** Any fis action. */
export type Action = ActionOf<typeof actionFacts, "fis">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "fis">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "fis" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every fis action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the list of operations on the AWS service that is being affected by the AWS FIS action. */
  "fis:Operations": "ArrayOfString";
  /** Filters access by the percentage of calls being affected by the AWS FIS action. */
  "fis:Percentage": "Numeric";
  /** Filters access by the AWS service that is being affected by the AWS FIS action. */
  "fis:Service": "String";
  /** Filters access by the list of resource ARNs being targeted by the AWS FIS action. */
  "fis:Targets": "ArrayOfString";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "fis:Operations":
    "|,ArrayOfString|0||Filters access by the list of operations on the AWS service that is being affected by the AWS FIS action",
  "fis:Percentage": "|,Numeric|0||Filters access by the percentage of calls being affected by the AWS FIS action",
  "fis:Service": "|,String|0||Filters access by the AWS service that is being affected by the AWS FIS action",
  "fis:Targets": "|,ArrayOfString|0||Filters access by the list of resource ARNs being targeted by the AWS FIS action",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "fis",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
