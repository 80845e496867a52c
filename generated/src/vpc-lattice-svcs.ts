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
export const prefix: "vpc-lattice-svcs" = "vpc-lattice-svcs";
/** The service's name in the reference. */
export const serviceName: "Amazon VPC Lattice Services" = "Amazon VPC Lattice Services";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon VPC Lattice Services",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclatticeservices.html",
  },
];
const conditionKeyList = [
  "vpc-lattice-svcs:Port",
  "vpc-lattice-svcs:RequestHeader/${HeaderName}",
  "vpc-lattice-svcs:RequestMethod",
  "vpc-lattice-svcs:RequestPath",
  "vpc-lattice-svcs:RequestQueryString/${QueryStringKey}",
  "vpc-lattice-svcs:ServiceArn",
  "vpc-lattice-svcs:ServiceNetworkArn",
  "vpc-lattice-svcs:SourceVpc",
  "vpc-lattice-svcs:SourceVpcOwnerAccount",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to connect to a VPC Lattice service. Access level: Write. Resources: TCP Service*. https://docs.aws.amazon.com/vpc-lattice/latest/ug/sigv4-authenticated-requests.html */
  Connect: "W|||1;1;|0,5,6,7,8||",
  /** Grants permission to invoke a VPC Lattice service. Access level: Write. Resources: Service*. https://docs.aws.amazon.com/vpc-lattice/latest/ug/sigv4-authenticated-requests.html */
  Invoke: "W|||0;1;|0,1,2,3,4,5,6,7,8||",
} as const;
const actionDetails = {
  Connect: "|,;~|Grants permission to connect to a VPC Lattice service",
  Invoke: "|,;~|Grants permission to invoke a VPC Lattice service",
};
const resourceTypeFacts = {
  /** The Service resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}/${RequestPath} */
  Service: "|,service|",
  /** The TCP Service resource type: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId} */
  "TCP Service": "|,tcpService|",
} as const;
const arnFormats = {
  /** ARN of a Service resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}/${RequestPath}. */
  service: "|,Service|arn:|Partition|:vpc-lattice:|Region|:|Account|:service/|ServiceId|/|RequestPath|",
  /** ARN of a TCP Service resource: arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}. */
  tcpService: "|,TCP Service|arn:|Partition|:vpc-lattice:|Region|:|Account|:service/|ServiceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Service", "TCP Service"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "vpc-lattice-svcs">;
/** Any vpc-lattice-svcs action. */
export type Action = ActionOf<typeof actionFacts, "vpc-lattice-svcs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "vpc-lattice-svcs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every vpc-lattice-svcs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a header name-value pair in the request headers. */
  [key: `vpc-lattice-svcs:RequestHeader/${string}`]: "String";
  /** Filters access by the query string key-value pairs in the request URL. */
  [key: `vpc-lattice-svcs:RequestQueryString/${string}`]: "ArrayOfString";
  /** Filters access by the destination port the request is made to. */
  "vpc-lattice-svcs:Port": "Numeric";
  /** Filters access by the method of the request. */
  "vpc-lattice-svcs:RequestMethod": "String";
  /** Filters access by the path portion of the request URL. */
  "vpc-lattice-svcs:RequestPath": "String";
  /** Filters access by the ARN of the service receiving the request. */
  "vpc-lattice-svcs:ServiceArn": "ARN";
  /** Filters access by the ARN of the service network receiving the request. */
  "vpc-lattice-svcs:ServiceNetworkArn": "ARN";
  /** Filters access by the VPC the request is made from. */
  "vpc-lattice-svcs:SourceVpc": "String";
  /** Filters access by the owning account of the VPC the request is made from. */
  "vpc-lattice-svcs:SourceVpcOwnerAccount": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** vpc-lattice-svcs:RequestHeader/${HeaderName} */
  "vpc-lattice-svcs:RequestHeader/${HeaderName}": `vpc-lattice-svcs:RequestHeader/${string}`;
  /** vpc-lattice-svcs:RequestQueryString/${QueryStringKey} */
  "vpc-lattice-svcs:RequestQueryString/${QueryStringKey}": `vpc-lattice-svcs:RequestQueryString/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "vpc-lattice-svcs:Port": "|,Numeric|0||Filters access by the destination port the request is made to",
  "vpc-lattice-svcs:RequestHeader/${HeaderName}":
    "|,String|0||Filters access by a header name-value pair in the request headers",
  "vpc-lattice-svcs:RequestMethod": "|,String|0||Filters access by the method of the request",
  "vpc-lattice-svcs:RequestPath": "|,String|0||Filters access by the path portion of the request URL",
  "vpc-lattice-svcs:RequestQueryString/${QueryStringKey}":
    "|,ArrayOfString|0||Filters access by the query string key-value pairs in the request URL",
  "vpc-lattice-svcs:ServiceArn": "|,ARN|0||Filters access by the ARN of the service receiving the request",
  "vpc-lattice-svcs:ServiceNetworkArn":
    "|,ARN|0||Filters access by the ARN of the service network receiving the request",
  "vpc-lattice-svcs:SourceVpc": "|,String|0||Filters access by the VPC the request is made from",
  "vpc-lattice-svcs:SourceVpcOwnerAccount":
    "|,String|0||Filters access by the owning account of the VPC the request is made from",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "vpc-lattice-svcs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
