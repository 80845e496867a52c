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
export const prefix: "ssm-sap" = "ssm-sap";
/** The service's name in the reference. */
export const serviceName: "AWS Systems Manager for SAP" = "AWS Systems Manager for SAP";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Systems Manager for SAP",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssystemsmanagerforsap.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to perform backup operation on a specified database. Access level: Write. https://docs.aws.amazon.com/systems-manager/index.html */
  BackupDatabase: "W||||||",
  /** Grants permission to delete the SSM for SAP level resource permissions associated with a SSM for SAP database resource. Access level: Permissions management. https://docs.aws.amazon.com/systems-manager/index.html */
  DeleteResourcePermission: "P||||||;",
  /** Grants permission to deregister an SAP application with SSM for SAP. Access level: Write. Resources: application. https://docs.aws.amazon.com/systems-manager/index.html */
  DeregisterApplication: "W|||0;0;|||;",
  /** Grants permission to access information about an application registered with SSM for SAP by providing the application ID or application ARN. Access level: Read. https://docs.aws.amazon.com/systems-manager/index.html */
  GetApplication: "R||||||;",
  /** Grants permission to access information about a component registered with SSM for SAP by providing the application ID and component ID. Access level: Read. Resources: component. https://docs.aws.amazon.com/systems-manager/index.html */
  GetComponent: "R|||1;0;|||;",
  /** Grants permission to get the details of a configuration check operation by specifying the operation ID. Access level: Read. https://docs.aws.amazon.com/systems-manager/index.html */
  GetConfigurationCheckOperation: "R||||||;",
  /** Grants permission to access information about a database registered with SSM for SAP by providing the application ID, component ID, and database ID. Access level: Read. https://docs.aws.amazon.com/systems-manager/index.html */
  GetDatabase: "R||||||;",
  /** Grants permission to access information about an operation by providing its operation ID. Access level: Read. https://docs.aws.amazon.com/systems-manager/index.html */
  GetOperation: "R||||||;",
  /** Grants permission to get the SSM for SAP level resource permissions associated with a SSM for SAP database resource. Access level: Permissions management. https://docs.aws.amazon.com/systems-manager/index.html */
  GetResourcePermission: "P||||||;",
  /** Grants permission to retrieve a list of all applications registered with SSM for SAP under the customer AWS account. Access level: List. https://docs.aws.amazon.com/systems-manager/index.html */
  ListApplications: "L||||||;",
  /** Grants permission to retrieve a list of all components in the account of customer, or a specific application. Access level: List. Resources: application. https://docs.aws.amazon.com/systems-manager/index.html */
  ListComponents: "L|||0;0;|||;",
  /** Grants permission to list all configuration check types supported by AWS Systems Manager for SAP. Access level: List. https://docs.aws.amazon.com/systems-manager/index.html */
  ListConfigurationCheckDefinitions: "L||||||;",
  /** Grants permission to list past configuration check operations. Access level: List. https://docs.aws.amazon.com/systems-manager/index.html */
  ListConfigurationCheckOperations: "L||||||;",
  /** Grants permission to retrieve a list of all databases in the account of customer, or a specific application. Access level: List. https://docs.aws.amazon.com/systems-manager/index.html */
  ListDatabases: "L||||||;",
  /** Grants permission to retrieve a list of all operation events in a specified operation. Access level: List. https://docs.aws.amazon.com/systems-manager/index.html */
  ListOperationEvents: "L||||||;",
  /** Grants permission to retrieve a list of all operations in the account of customer, additional filters can be applied. Access level: List. https://docs.aws.amazon.com/systems-manager/index.html */
  ListOperations: "L||||||;",
  /** Grants permission to list the sub-check results of a specified configuration check operation. Access level: List. https://docs.aws.amazon.com/systems-manager/index.html */
  ListSubCheckResults: "L||||||;",
  /** Grants permission to list the rules of a specified sub-check belonging to a configuration check operation. Access level: List. https://docs.aws.amazon.com/systems-manager/index.html */
  ListSubCheckRuleResults: "L||||||;",
  /** Grants permission to list the tags on a specified resource ARN. Access level: Read. https://docs.aws.amazon.com/systems-manager/index.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to add the SSM for SAP level resource permissions associated with a SSM for SAP database resource. Access level: Permissions management. https://docs.aws.amazon.com/systems-manager/index.html */
  PutResourcePermission: "P||||||;",
  /** Grants permission to registers an SAP application with SSM for SAP. Access level: Write. https://docs.aws.amazon.com/systems-manager/index.html */
  RegisterApplication: "W||||0,2|ssm-sap:TagResource|;",
  /** Grants permission to restore a database from another database. Access level: Write. https://docs.aws.amazon.com/systems-manager/index.html */
  RestoreDatabase: "W||||||",
  /** Grants permission to start a registered SSM for SAP application. Access level: Write. Resources: application. https://docs.aws.amazon.com/systems-manager/index.html */
  StartApplication: "W|||0;0;|||;",
  /** Grants permission to start an on-demand discovery of a registered SSM for SAP application. Access level: Write. Resources: application. https://docs.aws.amazon.com/systems-manager/index.html */
  StartApplicationRefresh: "W|||0;0;|||;",
  /** Grants permission to iniitiate configuration check operations against a specified application. Access level: Write. https://docs.aws.amazon.com/systems-manager/index.html */
  StartConfigurationChecks: "W||||||;",
  /** Grants permission to stop a registered SSM for SAP application. Access level: Write. Resources: application. https://docs.aws.amazon.com/systems-manager/index.html */
  StopApplication: "W|||0;0;|||;",
  /** Grants permission to tag a specified resource ARN. Access level: Tagging. Resources: application, component, database. https://docs.aws.amazon.com/systems-manager/index.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||RegisterApplication,;",
  /** Grants permission to remove tags from a specified resource ARN. Access level: Tagging. Resources: application, component, database. https://docs.aws.amazon.com/systems-manager/index.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to update settings of a registered SSM for SAP application. Access level: Write. Resources: application. https://docs.aws.amazon.com/systems-manager/index.html */
  UpdateApplicationSettings: "W|||0;0;|||;",
  /** Grants permission to update the HANA backup settings of a specified database. Access level: Write. https://docs.aws.amazon.com/systems-manager/index.html */
  UpdateHANABackupSettings: "W||||||",
} as const;
const actionDetails = {
  BackupDatabase: "|,;~|Grants permission to perform backup operation on a specified database",
  DeleteResourcePermission:
    "|,;~~~|Grants permission to delete the SSM for SAP level resource permissions associated with a SSM for SAP database resource",
  DeregisterApplication: "|,;~~~|Grants permission to deregister an SAP application with SSM for SAP",
  GetApplication:
    "|,;~~~|Grants permission to access information about an application registered with SSM for SAP by providing the application ID or application ARN",
  GetComponent:
    "|,;~~~|Grants permission to access information about a component registered with SSM for SAP by providing the application ID and component ID",
  GetConfigurationCheckOperation:
    "|,;~~~|Grants permission to get the details of a configuration check operation by specifying the operation ID",
  GetDatabase:
    "|,;~~~|Grants permission to access information about a database registered with SSM for SAP by providing the application ID, component ID, and database ID",
  GetOperation: "|,;~~~|Grants permission to access information about an operation by providing its operation ID",
  GetResourcePermission:
    "|,;~~~|Grants permission to get the SSM for SAP level resource permissions associated with a SSM for SAP database resource",
  ListApplications:
    "|,;~~~|Grants permission to retrieve a list of all applications registered with SSM for SAP under the customer AWS account",
  ListComponents:
    "|,;~~~|Grants permission to retrieve a list of all components in the account of customer, or a specific application",
  ListConfigurationCheckDefinitions:
    "|,;~~~|Grants permission to list all configuration check types supported by AWS Systems Manager for SAP",
  ListConfigurationCheckOperations: "|,;~~~|Grants permission to list past configuration check operations",
  ListDatabases:
    "|,;~~~|Grants permission to retrieve a list of all databases in the account of customer, or a specific application",
  ListOperationEvents: "|,;~~~|Grants permission to retrieve a list of all operation events in a specified operation",
  ListOperations:
    "|,;~~~|Grants permission to retrieve a list of all operations in the account of customer, additional filters can be applied",
  ListSubCheckResults:
    "|,;~~~|Grants permission to list the sub-check results of a specified configuration check operation",
  ListSubCheckRuleResults:
    "|,;~~~|Grants permission to list the rules of a specified sub-check belonging to a configuration check operation",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags on a specified resource ARN",
  PutResourcePermission:
    "|,;~~~|Grants permission to add the SSM for SAP level resource permissions associated with a SSM for SAP database resource",
  RegisterApplication: "|,;~~~|Grants permission to registers an SAP application with SSM for SAP",
  RestoreDatabase: "|,;~|Grants permission to restore a database from another database",
  StartApplication: "|,;~~~|Grants permission to start a registered SSM for SAP application",
  StartApplicationRefresh:
    "|,;~~~|Grants permission to start an on-demand discovery of a registered SSM for SAP application",
  StartConfigurationChecks:
    "|,;~~~|Grants permission to iniitiate configuration check operations against a specified application",
  StopApplication: "|,;~~~|Grants permission to stop a registered SSM for SAP application",
  TagResource: "|,;~~~,~~|Grants permission to tag a specified resource ARN",
  UntagResource: "|,;~~~|Grants permission to remove tags from a specified resource ARN",
  UpdateApplicationSettings: "|,;~~~|Grants permission to update settings of a registered SSM for SAP application",
  UpdateHANABackupSettings: "|,;~|Grants permission to update the HANA backup settings of a specified database",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:ssm-sap:${Region}:${Account}:${ApplicationType}/${ApplicationId} */
  application: "|,|1",
  /** The component resource type: arn:${Partition}:ssm-sap:${Region}:${Account}:${ApplicationType}/${ApplicationId}/COMPONENT/${ComponentId} */
  component: "|,|1",
  /** The database resource type: arn:${Partition}:ssm-sap:${Region}:${Account}:${ApplicationType}/${ApplicationId}/DB/${DatabaseId} */
  database: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:ssm-sap:${Region}:${Account}:${ApplicationType}/${ApplicationId}. */
  application: "|,application|arn:|Partition|:ssm-sap:|Region|:|Account|:|ApplicationType|/|ApplicationId|",
  /** ARN of a component resource: arn:${Partition}:ssm-sap:${Region}:${Account}:${ApplicationType}/${ApplicationId}/COMPONENT/${ComponentId}. */
  component:
    "|,component|arn:|Partition|:ssm-sap:|Region|:|Account|:|ApplicationType|/|ApplicationId|/COMPONENT/|ComponentId|",
  /** ARN of a database resource: arn:${Partition}:ssm-sap:${Region}:${Account}:${ApplicationType}/${ApplicationId}/DB/${DatabaseId}. */
  database: "|,database|arn:|Partition|:ssm-sap:|Region|:|Account|:|ApplicationType|/|ApplicationId|/DB/|DatabaseId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application", "component", "database"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ssm-sap">;
/** Any ssm-sap action. */
export type Action = ActionOf<typeof actionFacts, "ssm-sap">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ssm-sap">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ssm-sap" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ssm-sap action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "ssm-sap",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
