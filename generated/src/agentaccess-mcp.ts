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
export const prefix: "agentaccess-mcp" = "agentaccess-mcp";
/** The service's name in the reference. */
export const serviceName: "Amazon WorkSpaces AgentAccess MCP Server" = "Amazon WorkSpaces AgentAccess MCP Server";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon WorkSpaces AgentAccess MCP Server",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonworkspacesagentaccessmcpserver.html",
  },
];
const conditionKeyList = ["agentaccess-mcp:StackArn"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to perform double click at coordinates. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  DoubleClick: "W||||0||",
  /** Grants permission to capture screen state. Access level: Read. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  GetScreenshot: "R||||0||",
  /** Grants permission to hold key down. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  HoldKey: "W||||0||",
  /** Grants permission to initialize sessions and discover tools. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  InvokeMcp: "W||||0||",
  /** Grants permission to press key or key combination. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  KeyPress: "W||||0||",
  /** Grants permission to perform left mouse click at coordinates. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  LeftClick: "W||||0||",
  /** Grants permission to click and drag between coordinates. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  LeftClickDrag: "W||||0||",
  /** Grants permission to press and hold left mouse button. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  LeftMouseDown: "W||||0||",
  /** Grants permission to release left mouse button. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  LeftMouseUp: "W||||0||",
  /** Grants permission to perform middle mouse click at coordinates. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  MiddleClick: "W||||0||",
  /** Grants permission to move cursor to coordinates. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  MovePointer: "W||||0||",
  /** Grants permission to perform right mouse click at coordinates. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  RightClick: "W||||0||",
  /** Grants permission to scroll in any direction. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  Scroll: "W||||0||",
  /** Grants permission to perform triple click at coordinates. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  TripleClick: "W||||0||",
  /** Grants permission to type text string. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/developerguide/ */
  TypeText: "W||||0||",
} as const;
const actionDetails = {
  DoubleClick: "|,;~|Grants permission to perform double click at coordinates",
  GetScreenshot: "|,;~|Grants permission to capture screen state",
  HoldKey: "|,;~|Grants permission to hold key down",
  InvokeMcp: "|,;~|Grants permission to initialize sessions and discover tools",
  KeyPress: "|,;~|Grants permission to press key or key combination",
  LeftClick: "|,;~|Grants permission to perform left mouse click at coordinates",
  LeftClickDrag: "|,;~|Grants permission to click and drag between coordinates",
  LeftMouseDown: "|,;~|Grants permission to press and hold left mouse button",
  LeftMouseUp: "|,;~|Grants permission to release left mouse button",
  MiddleClick: "|,;~|Grants permission to perform middle mouse click at coordinates",
  MovePointer: "|,;~|Grants permission to move cursor to coordinates",
  RightClick: "|,;~|Grants permission to perform right mouse click at coordinates",
  Scroll: "|,;~|Grants permission to scroll in any direction",
  TripleClick: "|,;~|Grants permission to perform triple click at coordinates",
  TypeText: "|,;~|Grants permission to type text string",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "agentaccess-mcp">;
/** Any agentaccess-mcp action. */
export type Action = ActionOf<typeof actionFacts, "agentaccess-mcp">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "agentaccess-mcp">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every agentaccess-mcp action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the ARN of the WorkSpaces Applications stack. */
  "agentaccess-mcp:StackArn": "ARN";
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
  "agentaccess-mcp:StackArn": "|,ARN|0||Filters access by the ARN of the WorkSpaces Applications stack",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "agentaccess-mcp",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
