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
export const prefix: "ssm-contacts" = "ssm-contacts";
/** The service's name in the reference. */
export const serviceName: "AWS Systems Manager Incident Manager Contacts" =
  "AWS Systems Manager Incident Manager Contacts";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Systems Manager Incident Manager Contacts",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssystemsmanagerincidentmanagercontacts.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["ssm-contacts:AssociateContact", "ssm-contacts:TagResource"] as const;
const actionFacts = {
  /** Grants permission to accept a page. Access level: Write. Resources: page*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_AcceptPage.html */
  AcceptPage: "W|||3;1;|||;",
  /** Grants permission to activate a contact's contact channel. Access level: Write. Resources: contactchannel*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ActivateContactChannel.html */
  ActivateContactChannel: "W|||1;1;|||;",
  /** Grants permission to use a contact in an escalation plan. Access level: Permissions management. Resources: contact*. Permission only. https://docs.aws.amazon.com/incident-manager/latest/userguide/contacts.html */
  AssociateContact: "P||1|0;1;|||CreateContact,UpdateContact",
  /** Grants permission to create a contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_CreateContact.html */
  CreateContact: "W|||0;1;|0,2|0,1|;",
  /** Grants permission to create a contact channel for a contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_CreateContactChannel.html */
  CreateContactChannel: "W|||0;1;|||;",
  /** Grants permission to create a rotation in an on-call schedule. Access level: Write. Resources: rotation*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_CreateRotation.html */
  CreateRotation: "W|||4;1;|0,2|1|;",
  /** Grants permission to create an override for a rotation in an on-call schedule. Access level: Write. Resources: rotation*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_CreateRotationOverride.html */
  CreateRotationOverride: "W|||4;1;|||;",
  /** Grants permission to deactivate a contact's contact channel. Access level: Write. Resources: contactchannel*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_DeactivateContactChannel.html */
  DeactivateContactChannel: "W|||1;1;|||;",
  /** Grants permission to delete a contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_DeleteContact.html */
  DeleteContact: "W|||0;1;|||;",
  /** Grants permission to delete a contact's contact channel. Access level: Write. Resources: contactchannel*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_DeleteContactChannel.html */
  DeleteContactChannel: "W|||1;1;|||;",
  /** Grants permission to delete a rotation. Access level: Write. Resources: rotation*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_DeleteRotation.html */
  DeleteRotation: "W|||4;1;|||;",
  /** Grants permission to delete a rotation's rotation override. Access level: Write. Resources: rotation*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_DeleteRotationOverride.html */
  DeleteRotationOverride: "W|||4;1;|||;",
  /** Grants permission to describe an engagement. Access level: Read. Resources: engagement*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_DescribeEngagement.html */
  DescribeEngagement: "R|||2;1;|||;",
  /** Grants permission to describe a page. Access level: Read. Resources: page*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_DescribePage.html */
  DescribePage: "R|||3;1;|||;",
  /** Grants permission to get a contact. Access level: Read. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_GetContact.html */
  GetContact: "R|||0;1;|||;",
  /** Grants permission to get a contact's contact channel. Access level: Read. Resources: contactchannel*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_GetContactChannel.html */
  GetContactChannel: "R|||1;1;|||;",
  /** Grants permission to get a contact's resource policy. Access level: Read. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_GetContactPolicy.html */
  GetContactPolicy: "R|||0;1;|||;",
  /** Grants permission to retrieve information about an on-call rotation. Access level: Read. Resources: rotation*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_GetRotation.html */
  GetRotation: "R|||4;1;|||;",
  /** Grants permission to retrieve information about an override in an on-call rotation. Access level: Read. Resources: rotation*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_GetRotationOverride.html */
  GetRotationOverride: "R|||4;1;|||;",
  /** Grants permission to list all of a contact's contact channels. Access level: List. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListContactChannels.html */
  ListContactChannels: "L|||0;1;|||;",
  /** Grants permission to list all contacts. Access level: List. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListContacts.html */
  ListContacts: "L||||||;",
  /** Grants permission to list all engagements. Access level: List. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListEngagements.html */
  ListEngagements: "L||||||;",
  /** Grants permission to list all receipts of a page. Access level: List. Resources: page*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListPageReceipts.html */
  ListPageReceipts: "L|||3;1;|||;",
  /** Grants permission to list the resolution path of an engagement. Access level: List. Resources: page*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListPageResolutions.html */
  ListPageResolutions: "L|||3;1;|||;",
  /** Grants permission to list all pages sent to a contact. Access level: List. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListPagesByContact.html */
  ListPagesByContact: "L|||0;1;|||;",
  /** Grants permission to list all pages created in an engagement. Access level: List. Resources: engagement*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListPagesByEngagement.html */
  ListPagesByEngagement: "L|||2;1;|||;",
  /** Grants permission to retrieve a list of shifts based on rotation configuration parameters. Access level: List. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListPreviewRotationShifts.html */
  ListPreviewRotationShifts: "L||||||;",
  /** Grants permission to retrieve a list of overrides currently specified for an on-call rotation. Access level: List. Resources: rotation*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListRotationOverrides.html */
  ListRotationOverrides: "L|||4;1;|||;",
  /** Grants permission to retrieve a list of rotation shifts in an on-call schedule. Access level: List. Resources: rotation*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListRotationShifts.html */
  ListRotationShifts: "L|||4;1;|||;",
  /** Grants permission to retrieve a list of on-call rotations. Access level: List. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListRotations.html */
  ListRotations: "L||||||;",
  /** Grants permission to view a list of resource tags for a specified resource. Access level: Read. Resources: contact, rotation. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,4;0;|||;",
  /** Grants permission to add a resource policy to a contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_PutContactPolicy.html */
  PutContactPolicy: "W|||0;1;|||;",
  /** Grants permission to send the activation code of a contact's contact channel. Access level: Write. Resources: contactchannel*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_SendActivationCode.html */
  SendActivationCode: "W|||1;1;|||;",
  /** Grants permission to start an engagement. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_StartEngagement.html */
  StartEngagement: "W|||0;1;|||;",
  /** Grants permission to stop an engagement. Access level: Write. Resources: engagement*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_StopEngagement.html */
  StopEngagement: "W|||2;1;|||;",
  /** Grants permission to add tags to the specified resource. Access level: Tagging. Resources: contact, rotation. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_TagResource.html */
  TagResource: "T|||0;0;,4;0;|0,2||CreateContact,CreateRotation,;",
  /** Grants permission to remove tags from the specified resource. Access level: Tagging. Resources: contact, rotation. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_UntagResource.html */
  UntagResource: "T|||0;0;,4;0;|2||;",
  /** Grants permission to update a contact. Access level: Write. Resources: contact*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_UpdateContact.html */
  UpdateContact: "W|||0;1;||0|;",
  /** Grants permission to update a contact's contact channel. Access level: Write. Resources: contactchannel*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_UpdateContactChannel.html */
  UpdateContactChannel: "W|||1;1;|||;",
  /** Grants permission to update the information specified for an on-call rotation. Access level: Write. Resources: rotation*. https://docs.aws.amazon.com/incident-manager/latest/APIReference/API_SSMContacts_UpdateRotation.html */
  UpdateRotation: "W|||4;1;|||;",
} as const;
const actionDetails = {
  AcceptPage: "|,;~~~|Grants permission to accept a page",
  ActivateContactChannel: "|,;~~~|Grants permission to activate a contact's contact channel",
  AssociateContact: "|,;~~~,~~|Grants permission to use a contact in an escalation plan",
  CreateContact: "|,;~~~|Grants permission to create a contact",
  CreateContactChannel: "|,;~~~|Grants permission to create a contact channel for a contact",
  CreateRotation: "|,;~~~|Grants permission to create a rotation in an on-call schedule",
  CreateRotationOverride: "|,;~~~|Grants permission to create an override for a rotation in an on-call schedule",
  DeactivateContactChannel: "|,;~~~|Grants permission to deactivate a contact's contact channel",
  DeleteContact: "|,;~~~|Grants permission to delete a contact",
  DeleteContactChannel: "|,;~~~|Grants permission to delete a contact's contact channel",
  DeleteRotation: "|,;~~~|Grants permission to delete a rotation",
  DeleteRotationOverride: "|,;~~~|Grants permission to delete a rotation's rotation override",
  DescribeEngagement: "|,;~~~|Grants permission to describe an engagement",
  DescribePage: "|,;~~~|Grants permission to describe a page",
  GetContact: "|,;~~~|Grants permission to get a contact",
  GetContactChannel: "|,;~~~|Grants permission to get a contact's contact channel",
  GetContactPolicy: "|,;~~~|Grants permission to get a contact's resource policy",
  GetRotation: "|,;~~~|Grants permission to retrieve information about an on-call rotation",
  GetRotationOverride: "|,;~~~|Grants permission to retrieve information about an override in an on-call rotation",
  ListContactChannels: "|,;~~~|Grants permission to list all of a contact's contact channels",
  ListContacts: "|,;~~~|Grants permission to list all contacts",
  ListEngagements: "|,;~~~|Grants permission to list all engagements",
  ListPageReceipts: "|,;~~~|Grants permission to list all receipts of a page",
  ListPageResolutions: "|,;~~~|Grants permission to list the resolution path of an engagement",
  ListPagesByContact: "|,;~~~|Grants permission to list all pages sent to a contact",
  ListPagesByEngagement: "|,;~~~|Grants permission to list all pages created in an engagement",
  ListPreviewRotationShifts:
    "|,;~~~|Grants permission to retrieve a list of shifts based on rotation configuration parameters",
  ListRotationOverrides:
    "|,;~~~|Grants permission to retrieve a list of overrides currently specified for an on-call rotation",
  ListRotationShifts: "|,;~~~|Grants permission to retrieve a list of rotation shifts in an on-call schedule",
  ListRotations: "|,;~~~|Grants permission to retrieve a list of on-call rotations",
  ListTagsForResource: "|,;~~~|Grants permission to view a list of resource tags for a specified resource",
  PutContactPolicy: "|,;~~~|Grants permission to add a resource policy to a contact",
  SendActivationCode: "|,;~~~|Grants permission to send the activation code of a contact's contact channel",
  StartEngagement: "|,;~~~|Grants permission to start an engagement",
  StopEngagement: "|,;~~~|Grants permission to stop an engagement",
  TagResource: "|,;~~~,~~,~~|Grants permission to add tags to the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from the specified resource",
  UpdateContact: "|,;~~~|Grants permission to update a contact",
  UpdateContactChannel: "|,;~~~|Grants permission to update a contact's contact channel",
  UpdateRotation: "|,;~~~|Grants permission to update the information specified for an on-call rotation",
};
const resourceTypeFacts = {
  /** The contact resource type: arn:${Partition}:ssm-contacts:${Region}:${Account}:contact/${ContactAlias} */
  contact: "|,|1",
  /** The contactchannel resource type: arn:${Partition}:ssm-contacts:${Region}:${Account}:contactchannel/${ContactAlias}/${ContactChannelId} */
  contactchannel: "|,|",
  /** The engagement resource type: arn:${Partition}:ssm-contacts:${Region}:${Account}:engagement/${ContactAlias}/${EngagementId} */
  engagement: "|,|",
  /** The page resource type: arn:${Partition}:ssm-contacts:${Region}:${Account}:page/${ContactAlias}/${PageId} */
  page: "|,|",
  /** The rotation resource type: arn:${Partition}:ssm-contacts:${Region}:${Account}:rotation/${RotationId} */
  rotation: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a contact resource: arn:${Partition}:ssm-contacts:${Region}:${Account}:contact/${ContactAlias}. */
  contact: "|,contact|arn:|Partition|:ssm-contacts:|Region|:|Account|:contact/|ContactAlias|",
  /** ARN of a contactchannel resource: arn:${Partition}:ssm-contacts:${Region}:${Account}:contactchannel/${ContactAlias}/${ContactChannelId}. */
  contactchannel:
    "|,contactchannel|arn:|Partition|:ssm-contacts:|Region|:|Account|:contactchannel/|ContactAlias|/|ContactChannelId|",
  /** ARN of a engagement resource: arn:${Partition}:ssm-contacts:${Region}:${Account}:engagement/${ContactAlias}/${EngagementId}. */
  engagement: "|,engagement|arn:|Partition|:ssm-contacts:|Region|:|Account|:engagement/|ContactAlias|/|EngagementId|",
  /** ARN of a page resource: arn:${Partition}:ssm-contacts:${Region}:${Account}:page/${ContactAlias}/${PageId}. */
  page: "|,page|arn:|Partition|:ssm-contacts:|Region|:|Account|:page/|ContactAlias|/|PageId|",
  /** ARN of a rotation resource: arn:${Partition}:ssm-contacts:${Region}:${Account}:rotation/${RotationId}. */
  rotation: "|,rotation|arn:|Partition|:ssm-contacts:|Region|:|Account|:rotation/|RotationId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["contact", "contactchannel", "engagement", "page", "rotation"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ssm-contacts">;
/** Any ssm-contacts action. */
export type Action = ActionOf<typeof actionFacts, "ssm-contacts">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ssm-contacts">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ssm-contacts" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ssm-contacts action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "ssm-contacts",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
