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
export const prefix: "airflow" = "airflow";
/** The service's name in the reference. */
export const serviceName: "Amazon Managed Workflows for Apache Airflow" = "Amazon Managed Workflows for Apache Airflow";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Managed Workflows for Apache Airflow",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmanagedworkflowsforapacheairflow.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to create a short-lived token that allows a user to invoke Airflow CLI via an endpoint on the Apache Airflow Webserver. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/mwaa/latest/API/API_CreateCliToken.html */
  CreateCliToken: "W|||0;1;|||;",
  /** Grants permission to create an Amazon MWAA environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/mwaa/latest/API/API_CreateEnvironment.html */
  CreateEnvironment: "W|||0;1;|0,1,2|airflow:TagResource,0|;",
  /** Grants permission to create a short-lived token that allows a user to log into Apache Airflow web UI. Access level: Write. Resources: rbac-role*. https://docs.aws.amazon.com/mwaa/latest/API/API_CreateWebLoginToken.html */
  CreateWebLoginToken: "W|||1;1;|||;",
  /** Grants permission to delete an Amazon MWAA environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/mwaa/latest/API/API_DeleteEnvironment.html */
  DeleteEnvironment: "W|||0;1;|1||;",
  /** Grants permission to view details about an Amazon MWAA environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/mwaa/latest/API/API_GetEnvironment.html */
  GetEnvironment: "R|||0;1;|1||;",
  /** Grants permission to invoke Airflow REST API via an endpoint on the Apache Airflow Webserver. Access level: Write. Resources: rbac-role*. https://docs.aws.amazon.com/mwaa/latest/API/API_InvokeRestApi.html */
  InvokeRestApi: "W|||1;1;|||;",
  /** Grants permission to list the Amazon MWAA environments in your account. Access level: List. https://docs.aws.amazon.com/mwaa/latest/API/API_ListEnvironments.html */
  ListEnvironments: "L||||||;",
  /** Grants permission to lists tag for an Amazon MWAA environment. Access level: Read. Resources: environment. https://docs.aws.amazon.com/mwaa/latest/API/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|1||;",
  /** Grants permission to publish metrics for an Amazon MWAA environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/mwaa/latest/API/API_PublishMetrics.html */
  PublishMetrics: "W|||0;1;|||;",
  /** Grants permission to tag an Amazon MWAA environment. Access level: Tagging. Resources: environment. https://docs.aws.amazon.com/mwaa/latest/API/API_TagResource.html */
  TagResource: "T|||0;0;|0,1,2||CreateEnvironment,;",
  /** Grants permission to untag an Amazon MWAA environment. Access level: Tagging. Resources: environment. https://docs.aws.amazon.com/mwaa/latest/API/API_UntagResource.html */
  UntagResource: "T|||0;0;|1,2||;",
  /** Grants permission to modify an Amazon MWAA environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/mwaa/latest/API/API_UpdateEnvironment.html */
  UpdateEnvironment: "W|||0;1;|1|0|;",
} as const;
const actionDetails = {
  CreateCliToken:
    "|,;~~~|Grants permission to create a short-lived token that allows a user to invoke Airflow CLI via an endpoint on the Apache Airflow Webserver",
  CreateEnvironment: "|,;~~~|Grants permission to create an Amazon MWAA environment",
  CreateWebLoginToken:
    "|,;~~~|Grants permission to create a short-lived token that allows a user to log into Apache Airflow web UI",
  DeleteEnvironment: "|,;~~~|Grants permission to delete an Amazon MWAA environment",
  GetEnvironment: "|,;~~~|Grants permission to view details about an Amazon MWAA environment",
  InvokeRestApi: "|,;~~~|Grants permission to invoke Airflow REST API via an endpoint on the Apache Airflow Webserver",
  ListEnvironments: "|,;~~~|Grants permission to list the Amazon MWAA environments in your account",
  ListTagsForResource: "|,;~~~|Grants permission to lists tag for an Amazon MWAA environment",
  PublishMetrics: "|,;~~~|Grants permission to publish metrics for an Amazon MWAA environment",
  TagResource: "|,;~~~,~~|Grants permission to tag an Amazon MWAA environment",
  UntagResource: "|,;~~~|Grants permission to untag an Amazon MWAA environment",
  UpdateEnvironment: "|,;~~~|Grants permission to modify an Amazon MWAA environment",
};
const resourceTypeFacts = {
  /** The environment resource type: arn:${Partition}:airflow:${Region}:${Account}:environment/${EnvironmentName} */
  environment: "|,|",
  /** The rbac-role resource type: arn:${Partition}:airflow:${Region}:${Account}:role/${EnvironmentName}/${RoleName} */
  "rbac-role": "|,rbacRole|",
} as const;
const arnFormats = {
  /** ARN of a environment resource: arn:${Partition}:airflow:${Region}:${Account}:environment/${EnvironmentName}. */
  environment: "|,environment|arn:|Partition|:airflow:|Region|:|Account|:environment/|EnvironmentName|",
  /** ARN of a rbac-role resource: arn:${Partition}:airflow:${Region}:${Account}:role/${EnvironmentName}/${RoleName}. */
  rbacRole: "|,rbac-role|arn:|Partition|:airflow:|Region|:|Account|:role/|EnvironmentName|/|RoleName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["environment", "rbac-role"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "airflow">;
/** Any airflow action. */
export type Action = ActionOf<typeof actionFacts, "airflow">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "airflow">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "mwaa" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every airflow action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag keys in the request. */
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
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "airflow",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
