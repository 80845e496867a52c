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
export const prefix: "iotfleethub" = "iotfleethub";
/** The service's name in the reference. */
export const serviceName: "AWS IoT Fleet Hub for Device Management" = "AWS IoT Fleet Hub for Device Management";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT Fleet Hub for Device Management",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotfleethubfordevicemanagement.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create an application. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_iotfleethub_CreateApplication.html */
  CreateApplication: "W||||0,2|sso:CreateManagedApplicationInstance,sso:DescribeRegisteredRegions|",
  /** Grants permission to delete an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotfleethub_DeleteApplication.html */
  DeleteApplication: "W|||0;1;||sso:DeleteManagedApplicationInstance|",
  /** Grants permission to describe an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotfleethub_DescribeApplication.html */
  DescribeApplication: "R|||0;1;|||",
  /** Grants permission to list all applications. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_iotfleethub_ListApplications.html */
  ListApplications: "L||||||",
  /** Grants permission to list all tags for a resource. Access level: Read. Resources: application. https://docs.aws.amazon.com/iot/latest/apireference/API_iotfleethub_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: application. https://docs.aws.amazon.com/iot/latest/apireference/API_iotfleethub_TagResource.html */
  TagResource: "T|||0;0;|0,2||",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: application. https://docs.aws.amazon.com/iot/latest/apireference/API_iotfleethub_UntagResource.html */
  UntagResource: "T|||0;0;|2||",
  /** Grants permission to update an application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/iot/latest/apireference/API_iotfleethub_UpdateApplication.html */
  UpdateApplication: "W|||0;1;|||",
} as const;
const actionDetails = {
  CreateApplication: "|,;~|Grants permission to create an application",
  DeleteApplication: "|,;~|Grants permission to delete an application",
  DescribeApplication: "|,;~|Grants permission to describe an application",
  ListApplications: "|,;~|Grants permission to list all applications",
  ListTagsForResource: "|,;~|Grants permission to list all tags for a resource",
  TagResource: "|,;~|Grants permission to tag a resource",
  UntagResource: "|,;~|Grants permission to untag a resource",
  UpdateApplication: "|,;~|Grants permission to update an application",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:iotfleethub:${Region}:${Account}:application/${ApplicationId} */
  application: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:iotfleethub:${Region}:${Account}:application/${ApplicationId}. */
  application: "|,application|arn:|Partition|:iotfleethub:|Region|:|Account|:application/|ApplicationId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iotfleethub">;
/** Any iotfleethub action. */
export type Action = ActionOf<typeof actionFacts, "iotfleethub">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iotfleethub">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iotfleethub action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions by the tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions by the tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iotfleethub",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
