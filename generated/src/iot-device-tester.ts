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
export const prefix: "iot-device-tester" = "iot-device-tester";
/** The service's name in the reference. */
export const serviceName: "AWS IoT Device Tester" = "AWS IoT Device Tester";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT Device Tester",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotdevicetester.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to IoT Device Tester to check if a given set of product, test suite and device tester version are compatible. Access level: Read. https://docs.aws.amazon.com/freertos/latest/userguide/dev-tester-prereqs.html */
  CheckVersion: "R||||||",
  /** Grants permission to IoT Device Tester to download compatible test suite versions. Access level: Read. https://docs.aws.amazon.com/freertos/latest/userguide/dev-tester-prereqs.html */
  DownloadTestSuite: "R||||||",
  /** Grants permission to IoT Device Tester to get information on latest version of device tester available. Access level: Read. https://docs.aws.amazon.com/freertos/latest/userguide/dev-tester-prereqs.html */
  LatestIdt: "R||||||",
  /** Grants permission to IoT Device Tester to send usage metrics on your behalf. Access level: Write. https://docs.aws.amazon.com/freertos/latest/userguide/dev-tester-prereqs.html */
  SendMetrics: "W||||||",
  /** Grants permission to IoT Device Tester to get list of supported products and test suite versions. Access level: Read. https://docs.aws.amazon.com/freertos/latest/userguide/dev-tester-prereqs.html */
  SupportedVersion: "R||||||",
} as const;
const actionDetails = {
  CheckVersion:
    "|,;~|Grants permission to IoT Device Tester to check if a given set of product, test suite and device tester version are compatible",
  DownloadTestSuite: "|,;~|Grants permission to IoT Device Tester to download compatible test suite versions",
  LatestIdt:
    "|,;~|Grants permission to IoT Device Tester to get information on latest version of device tester available",
  SendMetrics: "|,;~|Grants permission to IoT Device Tester to send usage metrics on your behalf",
  SupportedVersion:
    "|,;~|Grants permission to IoT Device Tester to get list of supported products and test suite versions",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iot-device-tester">;
/** Any iot-device-tester action. */
export type Action = ActionOf<typeof actionFacts, "iot-device-tester">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iot-device-tester">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iot-device-tester action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "iot-device-tester",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
