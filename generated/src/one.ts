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
export const prefix: "one" = "one";
/** The service's name in the reference. */
export const serviceName: "Amazon One Enterprise" = "Amazon One Enterprise";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon One Enterprise",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazononeenterprise.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a QR code for a Device Instance. Access level: Write. Resources: device-instance*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/configure-instance.html */
  CreateDeviceActivationQrCode: "W|||2;1;|1||",
  /** Grants permission to create a Device Configuration Template. Access level: Write. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-config-template.html */
  CreateDeviceConfigurationTemplate: "W||||0,2||",
  /** Grants permission to create a Device Instance. Access level: Write. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-device-instance.html */
  CreateDeviceInstance: "W||||0,2||",
  /** Grants permission to create a Device Instance Configuration. Access level: Write. Resources: device-instance*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/configure-instance.html */
  CreateDeviceInstanceConfiguration: "W|||2;1;|1||",
  /** Grants permission to create a Site. Access level: Write. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-sites.html */
  CreateSite: "W||||0,2||",
  /** Grants permission to disassociate Device from a Device Instance. Access level: Write. Resources: device-instance*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-device-instance.html */
  DeleteAssociatedDevice: "W|||2;1;|1||",
  /** Grants permission to delete a Device Configuration Template. Access level: Write. Resources: device-configuration-template*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-config-template.html */
  DeleteDeviceConfigurationTemplate: "W|||1;1;|1||",
  /** Grants permission to delete a Device Instance. Access level: Write. Resources: device-instance*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-device-instance.html */
  DeleteDeviceInstance: "W|||2;1;|1||",
  /** Grants permission to delete a Site. Access level: Write. Resources: site*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-sites.html */
  DeleteSite: "W|||3;1;|1||",
  /** Grants permission to delete a User. Access level: Write. Resources: user*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/enrollment-entry.htmll */
  DeleteUserV1: "W|||4;1;|||",
  /** Grants permission to view a Device Configuration Template. Access level: Read. Resources: device-configuration-template*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-config-template.html */
  GetDeviceConfigurationTemplate: "R|||1;1;|1||",
  /** Grants permission to view a Device Instance. Access level: Read. Resources: device-instance*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-device-instance.html */
  GetDeviceInstance: "R|||2;1;|1||",
  /** Grants permission to view a Device Instance Configuration. Access level: Read. Resources: configuration*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/configure-instance.html */
  GetDeviceInstanceConfiguration: "R|||0;1;|1||",
  /** Grants permission to view a Site. Access level: Read. Resources: site*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-sites.html */
  GetSite: "R|||3;1;|1||",
  /** Grants permission to view address of a Site. Access level: Read. Resources: site*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-sites.html */
  GetSiteAddress: "R|||3;1;|1||",
  /** Grants permission to retrieve list of Device Configuration Templates. Access level: List. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-config-template.html */
  ListDeviceConfigurationTemplates: "L||||||",
  /** Grants permission to retrieve list of Device Instances. Access level: List. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-device-instance.html */
  ListDeviceInstances: "L||||||",
  /** Grants permission to view list of Sites. Access level: List. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-sites.html */
  ListSites: "L||||||",
  /** Grants permission to list tags for an Amazon One Enterprise resource. Access level: Read. Resources: device-configuration-template, device-instance, site. https://docs.aws.amazon.com/one-enterprise/latest/userguide/actions-resources-contextkeys.html */
  ListTagsForResource: "R|||1;0;,2;0;,3;0;|1||",
  /** Grants permission to view list of Users. Access level: List. https://docs.aws.amazon.com/one-enterprise/latest/userguide/enrollment-entry.html */
  ListUsers: "L||||||",
  /** Grants permission to view list of Users. Access level: List. https://docs.aws.amazon.com/one-enterprise/latest/userguide/enrollment-entry.html */
  ListUsersV1: "L||||||",
  /** Grants permission to reboot Device associated with a Device Instance. Access level: Write. Resources: device-instance*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-device-instance.html */
  RebootDevice: "W|||2;1;|1||",
  /** Grants permission to add tags to an Amazon One Enterprise resource. Access level: Tagging. Resources: device-configuration-template, device-instance, site. https://docs.aws.amazon.com/one-enterprise/latest/userguide/actions-resources-contextkeys.html */
  TagResource: "T|||1;0;,2;0;,3;0;|0,2||",
  /** Grants permission to remove tags from an Amazon One Enterprise resource. Access level: Tagging. Resources: device-configuration-template, device-instance, site. https://docs.aws.amazon.com/one-enterprise/latest/userguide/actions-resources-contextkeys.html */
  UntagResource: "T|||1;0;,2;0;,3;0;|2||",
  /** Grants permission to update a Device Configuration Template. Access level: Write. Resources: device-configuration-template*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-config-template.html */
  UpdateDeviceConfigurationTemplate: "W|||1;1;|1||",
  /** Grants permission to update a Device Instance. Access level: Write. Resources: device-instance*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-device-instance.html */
  UpdateDeviceInstance: "W|||2;1;|1||",
  /** Grants permission to update a Site. Access level: Write. Resources: site*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-sites.html */
  UpdateSite: "W|||3;1;|1||",
  /** Grants permission to update address of a Site. Access level: Write. Resources: site*. https://docs.aws.amazon.com/one-enterprise/latest/userguide/create-sites.html */
  UpdateSiteAddress: "W|||3;1;|1||",
} as const;
const actionDetails = {
  CreateDeviceActivationQrCode: "|,;~|Grants permission to create a QR code for a Device Instance",
  CreateDeviceConfigurationTemplate: "|,;~|Grants permission to create a Device Configuration Template",
  CreateDeviceInstance: "|,;~|Grants permission to create a Device Instance",
  CreateDeviceInstanceConfiguration: "|,;~|Grants permission to create a Device Instance Configuration",
  CreateSite: "|,;~|Grants permission to create a Site",
  DeleteAssociatedDevice: "|,;~|Grants permission to disassociate Device from a Device Instance",
  DeleteDeviceConfigurationTemplate: "|,;~|Grants permission to delete a Device Configuration Template",
  DeleteDeviceInstance: "|,;~|Grants permission to delete a Device Instance",
  DeleteSite: "|,;~|Grants permission to delete a Site",
  DeleteUserV1: "|,;~|Grants permission to delete a User",
  GetDeviceConfigurationTemplate: "|,;~|Grants permission to view a Device Configuration Template",
  GetDeviceInstance: "|,;~|Grants permission to view a Device Instance",
  GetDeviceInstanceConfiguration: "|,;~|Grants permission to view a Device Instance Configuration",
  GetSite: "|,;~|Grants permission to view a Site",
  GetSiteAddress: "|,;~|Grants permission to view address of a Site",
  ListDeviceConfigurationTemplates: "|,;~|Grants permission to retrieve list of Device Configuration Templates",
  ListDeviceInstances: "|,;~|Grants permission to retrieve list of Device Instances",
  ListSites: "|,;~|Grants permission to view list of Sites",
  ListTagsForResource: "|,;~|Grants permission to list tags for an Amazon One Enterprise resource",
  ListUsers: "|,;~|Grants permission to view list of Users",
  ListUsersV1: "|,;~|Grants permission to view list of Users",
  RebootDevice: "|,;~|Grants permission to reboot Device associated with a Device Instance",
  TagResource: "|,;~|Grants permission to add tags to an Amazon One Enterprise resource",
  UntagResource: "|,;~|Grants permission to remove tags from an Amazon One Enterprise resource",
  UpdateDeviceConfigurationTemplate: "|,;~|Grants permission to update a Device Configuration Template",
  UpdateDeviceInstance: "|,;~|Grants permission to update a Device Instance",
  UpdateSite: "|,;~|Grants permission to update a Site",
  UpdateSiteAddress: "|,;~|Grants permission to update address of a Site",
};
const resourceTypeFacts = {
  /** The configuration resource type: arn:${Partition}:one:${Region}:${Account}:device-instance/${DeviceInstanceId}/configuration/${Version} */
  configuration: "|,|",
  /** The device-configuration-template resource type: arn:${Partition}:one:${Region}:${Account}:device-configuration-template/${TemplateId} */
  "device-configuration-template": "|,deviceConfigurationTemplate|1",
  /** The device-instance resource type: arn:${Partition}:one:${Region}:${Account}:device-instance/${DeviceInstanceId} */
  "device-instance": "|,deviceInstance|1",
  /** The site resource type: arn:${Partition}:one:${Region}:${Account}:site/${SiteId} */
  site: "|,|1",
  /** The user resource type: arn:${Partition}:one:${Region}:${Account}:user/${UserId} */
  user: "|,|",
} as const;
const arnFormats = {
  /** ARN of a configuration resource: arn:${Partition}:one:${Region}:${Account}:device-instance/${DeviceInstanceId}/configuration/${Version}. */
  configuration:
    "|,configuration|arn:|Partition|:one:|Region|:|Account|:device-instance/|DeviceInstanceId|/configuration/|Version|",
  /** ARN of a device-configuration-template resource: arn:${Partition}:one:${Region}:${Account}:device-configuration-template/${TemplateId}. */
  deviceConfigurationTemplate:
    "|,device-configuration-template|arn:|Partition|:one:|Region|:|Account|:device-configuration-template/|TemplateId|",
  /** ARN of a device-instance resource: arn:${Partition}:one:${Region}:${Account}:device-instance/${DeviceInstanceId}. */
  deviceInstance: "|,device-instance|arn:|Partition|:one:|Region|:|Account|:device-instance/|DeviceInstanceId|",
  /** ARN of a site resource: arn:${Partition}:one:${Region}:${Account}:site/${SiteId}. */
  site: "|,site|arn:|Partition|:one:|Region|:|Account|:site/|SiteId|",
  /** ARN of a user resource: arn:${Partition}:one:${Region}:${Account}:user/${UserId}. */
  user: "|,user|arn:|Partition|:one:|Region|:|Account|:user/|UserId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["configuration", "device-configuration-template", "device-instance", "site", "user"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "one">;
/** Any one action. */
export type Action = ActionOf<typeof actionFacts, "one">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "one">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every one action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by using tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by using tag key-value pairs attached to the resource. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by using tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by using tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "one",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
