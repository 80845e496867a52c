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
export const prefix: "geo-places" = "geo-places";
/** The service's name in the reference. */
export const serviceName: "Amazon Location Service Places" = "Amazon Location Service Places";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Location Service Places",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlocationserviceplaces.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to autocomplete text input with potential places and addresses as the user types. Access level: Read. Resources: provider*. https://docs.aws.amazon.com/location/latest/APIReference/API_geoplaces_Autocomplete.html */
  Autocomplete: "R|||0;1;|||;",
  /** Grants permission to geocode a textual address or place into geographic coordinates. Access level: Read. Resources: provider*. https://docs.aws.amazon.com/location/latest/APIReference/API_geoplaces_Geocode.html */
  Geocode: "R|||0;1;|||;",
  /** Grants permission to query a place by it's unqiue place ID. Access level: Read. Resources: provider*. https://docs.aws.amazon.com/location/latest/APIReference/API_geoplaces_GetPlace.html */
  GetPlace: "R|||0;1;|||;",
  /** Grants permission to convert geographic coordinates into a human-readable address or place. Access level: Read. Resources: provider*. https://docs.aws.amazon.com/location/latest/APIReference/API_geoplaces_ReverseGeocode.html */
  ReverseGeocode: "R|||0;1;|||;",
  /** Grants permission to retrieve places near a position which match to a set of user defined restrictions such as category or food type offered by the place. Access level: Read. Resources: provider*. https://docs.aws.amazon.com/location/latest/APIReference/API_geoplaces_SearchNearby.html */
  SearchNearby: "R|||0;1;|||;",
  /** Grants permission to query for places using a single free-form text input. Access level: Read. Resources: provider*. https://docs.aws.amazon.com/location/latest/APIReference/API_geoplaces_SearchText.html */
  SearchText: "R|||0;1;|||;",
  /** Grants permission to suggest potential places based on the user's input. Access level: Read. Resources: provider*. https://docs.aws.amazon.com/location/latest/APIReference/API_geoplaces_Suggest.html */
  Suggest: "R|||0;1;|||;",
} as const;
const actionDetails = {
  Autocomplete:
    "|,;~~~|Grants permission to autocomplete text input with potential places and addresses as the user types",
  Geocode: "|,;~~~|Grants permission to geocode a textual address or place into geographic coordinates",
  GetPlace: "|,;~~~|Grants permission to query a place by it's unqiue place ID",
  ReverseGeocode: "|,;~~~|Grants permission to convert geographic coordinates into a human-readable address or place",
  SearchNearby:
    "|,;~~~|Grants permission to retrieve places near a position which match to a set of user defined restrictions such as category or food type offered by the place",
  SearchText: "|,;~~~|Grants permission to query for places using a single free-form text input",
  Suggest: "|,;~~~|Grants permission to suggest potential places based on the user's input",
};
const resourceTypeFacts = {
  /** The provider resource type: arn:${Partition}:geo-places:${Region}::provider/default */
  provider: "|,|",
} as const;
const arnFormats = {
  /** ARN of a provider resource: arn:${Partition}:geo-places:${Region}::provider/default. */
  provider: "|,provider|arn:|Partition|:geo-places:|Region|::provider/default",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["provider"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "geo-places">;
/** Any geo-places action. */
export type Action = ActionOf<typeof actionFacts, "geo-places">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "geo-places">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "geo-places" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every geo-places action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "geo-places",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
