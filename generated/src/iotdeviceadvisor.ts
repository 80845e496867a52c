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
export const prefix: "iotdeviceadvisor" = "iotdeviceadvisor";
/** The service's name in the reference. */
export const serviceName: "AWS IoT Core Device Advisor" = "AWS IoT Core Device Advisor";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT Core Device Advisor",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotcoredeviceadvisor.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "iotdeviceadvisor:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a suite definition. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_CreateSuiteDefinition.html */
  CreateSuiteDefinition: "W||||0,2|0,1|;",
  /** Grants permission to delete a suite definition. Access level: Write. Resources: Suitedefinition*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_DeleteSuiteDefinition.html */
  DeleteSuiteDefinition: "W|||0;1;|||;",
  /** Grants permission to get a Device Advisor endpoint. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_GetEndpoint.html */
  GetEndpoint: "R|||||0|;",
  /** Grants permission to get a suite definition. Access level: Read. Resources: Suitedefinition*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_GetSuiteDefinition.html */
  GetSuiteDefinition: "R|||0;1;|||;",
  /** Grants permission to get a suite run. Access level: Read. Resources: Suiterun*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_GetSuiteRun.html */
  GetSuiteRun: "R|||1;1;|||;",
  /** Grants permission to get the qualification report for a suite run. Access level: Read. Resources: Suiterun*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_GetSuiteRunReport.html */
  GetSuiteRunReport: "R|||1;1;|||;",
  /** Grants permission to list suite definitions. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_ListSuiteDefinitions.html */
  ListSuiteDefinitions: "L||||||;",
  /** Grants permission to list suite runs. Access level: List. Resources: Suitedefinition*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_ListSuiteRuns.html */
  ListSuiteRuns: "L|||0;1;|||;",
  /** Grants permission to list the tags (metadata) assigned to a resource. Access level: Read. Resources: Suitedefinition, Suiterun. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to start a suite run. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_StartSuiteRun.html */
  StartSuiteRun: "W||||0,2|0,1|;",
  /** Grants permission to stop a suite run. Access level: Write. Resources: Suiterun*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_StopSuiteRun.html */
  StopSuiteRun: "W|||1;1;|||;",
  /** Grants permission to add to or modify the tags of the given resource. Tags are metadata which can be used to manage a resource. Access level: Tagging. Resources: Suitedefinition, Suiterun. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateSuiteDefinition,StartSuiteRun,;",
  /** Grants permission to remove the given tags (metadata) from a resource. Access level: Tagging. Resources: Suitedefinition, Suiterun. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update a suite definition. Access level: Write. Resources: Suitedefinition*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_UpdateSuiteDefinition.html */
  UpdateSuiteDefinition: "W|||0;1;||0|;",
} as const;
const actionDetails = {
  CreateSuiteDefinition: "|,;~~~|Grants permission to create a suite definition",
  DeleteSuiteDefinition: "|,;~~~|Grants permission to delete a suite definition",
  GetEndpoint: "|,;~~~|Grants permission to get a Device Advisor endpoint",
  GetSuiteDefinition: "|,;~~~|Grants permission to get a suite definition",
  GetSuiteRun: "|,;~~~|Grants permission to get a suite run",
  GetSuiteRunReport: "|,;~~~|Grants permission to get the qualification report for a suite run",
  ListSuiteDefinitions: "|,;~~~|Grants permission to list suite definitions",
  ListSuiteRuns: "|,;~~~|Grants permission to list suite runs",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags (metadata) assigned to a resource",
  StartSuiteRun: "|,;~~~|Grants permission to start a suite run",
  StopSuiteRun: "|,;~~~|Grants permission to stop a suite run",
  TagResource:
    "|,;~~~,~~,~~|Grants permission to add to or modify the tags of the given resource. Tags are metadata which can be used to manage a resource",
  UntagResource: "|,;~~~|Grants permission to remove the given tags (metadata) from a resource",
  UpdateSuiteDefinition: "|,;~~~|Grants permission to update a suite definition",
};
const resourceTypeFacts = {
  /** The Suitedefinition resource type: arn:${Partition}:iotdeviceadvisor:${Region}:${Account}:suitedefinition/${SuiteDefinitionId} */
  Suitedefinition: "|,suitedefinition|1",
  /** The Suiterun resource type: arn:${Partition}:iotdeviceadvisor:${Region}:${Account}:suiterun/${SuiteDefinitionId}/${SuiteRunId} */
  Suiterun: "|,suiterun|1",
} as const;
const arnFormats = {
  /** ARN of a Suitedefinition resource: arn:${Partition}:iotdeviceadvisor:${Region}:${Account}:suitedefinition/${SuiteDefinitionId}. */
  suitedefinition:
    "|,Suitedefinition|arn:|Partition|:iotdeviceadvisor:|Region|:|Account|:suitedefinition/|SuiteDefinitionId|",
  /** ARN of a Suiterun resource: arn:${Partition}:iotdeviceadvisor:${Region}:${Account}:suiterun/${SuiteDefinitionId}/${SuiteRunId}. */
  suiterun: "|,Suiterun|arn:|Partition|:iotdeviceadvisor:|Region|:|Account|:suiterun/|SuiteDefinitionId|/|SuiteRunId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Suitedefinition", "Suiterun"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iotdeviceadvisor">;
/** Any iotdeviceadvisor action. */
export type Action = ActionOf<typeof actionFacts, "iotdeviceadvisor">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iotdeviceadvisor">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "iotdeviceadvisor" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iotdeviceadvisor action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "iotdeviceadvisor",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
