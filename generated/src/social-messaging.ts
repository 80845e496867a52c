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
export const prefix: "social-messaging" = "social-messaging";
/** The service's name in the reference. */
export const serviceName: "AWS End User Messaging Social" = "AWS End User Messaging Social";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS End User Messaging Social",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsendusermessagingsocial.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to associate a WhatsApp Business Account with your AWS account. Access level: Write. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_AssociateWhatsAppBusinessAccount.html */
  AssociateWhatsAppBusinessAccount: "W||||0,1,2|0,social-messaging:TagResource|;",
  /** Grants permission to create a WhatsApp message template. Access level: Write. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_CreateWhatsAppMessageTemplate.html */
  CreateWhatsAppMessageTemplate: "W|||1;1;|||;",
  /** Grants permission to create a WhatsApp message template from Meta's template library. Access level: Write. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_CreateWhatsAppMessageTemplateFromLibrary.html */
  CreateWhatsAppMessageTemplateFromLibrary: "W|||1;1;|||;",
  /** Grants permission to create media for WhatsApp message templates. Access level: Write. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_CreateWhatsAppMessageTemplateMedia.html */
  CreateWhatsAppMessageTemplateMedia: "W|||1;1;|||;",
  /** Grants permission to delete a media object from WhatsApp. Access level: Write. Resources: phone-number-id*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_DeleteWhatsAppMessageMedia.html */
  DeleteWhatsAppMessageMedia: "W|||0;1;|||;",
  /** Grants permission to delete a WhatsApp message template. Access level: Write. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_DeleteWhatsAppMessageTemplate.html */
  DeleteWhatsAppMessageTemplate: "W|||1;1;|||;",
  /** Grants permission to disassociate a WhatsApp Business Account from your AWS account. Access level: Write. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_DisassociateWhatsAppBusinessAccount.html */
  DisassociateWhatsAppBusinessAccount: "W|||1;1;|||;",
  /** Grants permission to view the details of a WhatsApp Business Account. Access level: Read. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetLinkedWhatsAppBusinessAccount.html */
  GetLinkedWhatsAppBusinessAccount: "R|||1;1;|||;",
  /** Grants permission to view the details of a phone number. Access level: Read. Resources: phone-number-id*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetLinkedWhatsAppBusinessAccountPhoneNumber.html */
  GetLinkedWhatsAppBusinessAccountPhoneNumber: "R|||0;1;|||;",
  /** Grants permission to get a media object from WhatsApp. Access level: Write. Resources: phone-number-id*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetWhatsAppMessageMedia.html */
  GetWhatsAppMessageMedia: "W|||0;1;|||;",
  /** Grants permission to get details of a WhatsApp message template. Access level: Read. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetWhatsAppMessageTemplate.html */
  GetWhatsAppMessageTemplate: "R|||1;1;|||;",
  /** Grants permission to view all of your WhatsApp Business Accounts. Access level: List. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_ListLinkedWhatsAppBusinessAccounts.html */
  ListLinkedWhatsAppBusinessAccounts: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: phone-number-id, waba. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to list WhatsApp message templates. Access level: List. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_ListWhatsAppMessageTemplates.html */
  ListWhatsAppMessageTemplates: "L|||1;1;|||;",
  /** Grants permission to list available templates from Meta's template library. Access level: List. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_ListWhatsAppTemplateLibrary.html */
  ListWhatsAppTemplateLibrary: "L|||1;1;|||;",
  /** Grants permission to upload a media object to WhatsApp. Access level: Write. Resources: phone-number-id*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_PostWhatsAppMessageMedia.html */
  PostWhatsAppMessageMedia: "W|||0;1;|||;",
  /** Grants permission to update a WhatsApp Business Accounts event destination. Access level: Write. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_PutWhatsAppBusinessAccountEventDestinations.html */
  PutWhatsAppBusinessAccountEventDestinations: "W|||1;1;||0|;",
  /** Grants permission to send a message through WhatsApp. Access level: Write. Resources: phone-number-id*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_SendWhatsAppMessage.html */
  SendWhatsAppMessage: "W|||0;1;|||;",
  /** Grants permission to add a tag to a resource. Access level: Tagging. Resources: phone-number-id, waba. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,1,2||AssociateWhatsAppBusinessAccount,;",
  /** Grants permission to remove a tag from a resource. Access level: Tagging. Resources: phone-number-id, waba. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|1,2||;",
  /** Grants permission to update a WhatsApp message template. Access level: Write. Resources: waba*. https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_UpdateWhatsAppMessageTemplate.html */
  UpdateWhatsAppMessageTemplate: "W|||1;1;|||;",
} as const;
const actionDetails = {
  AssociateWhatsAppBusinessAccount:
    "|,;~~~associate_whatsapp_business_account|Grants permission to associate a WhatsApp Business Account with your AWS account",
  CreateWhatsAppMessageTemplate:
    "|,;~~~create_whatsapp_message_template|Grants permission to create a WhatsApp message template",
  CreateWhatsAppMessageTemplateFromLibrary:
    "|,;~~~create_whatsapp_message_template_from_library|Grants permission to create a WhatsApp message template from Meta's template library",
  CreateWhatsAppMessageTemplateMedia:
    "|,;~~~create_whatsapp_message_template_media|Grants permission to create media for WhatsApp message templates",
  DeleteWhatsAppMessageMedia:
    "|,;~~~delete_whatsapp_message_media|Grants permission to delete a media object from WhatsApp",
  DeleteWhatsAppMessageTemplate:
    "|,;~~~delete_whatsapp_message_template|Grants permission to delete a WhatsApp message template",
  DisassociateWhatsAppBusinessAccount:
    "|,;~~~disassociate_whatsapp_business_account|Grants permission to disassociate a WhatsApp Business Account from your AWS account",
  GetLinkedWhatsAppBusinessAccount:
    "|,;~~~get_linked_whatsapp_business_account|Grants permission to view the details of a WhatsApp Business Account",
  GetLinkedWhatsAppBusinessAccountPhoneNumber:
    "|,;~~~get_linked_whatsapp_business_account_phone_number|Grants permission to view the details of a phone number",
  GetWhatsAppMessageMedia: "|,;~~~get_whatsapp_message_media|Grants permission to get a media object from WhatsApp",
  GetWhatsAppMessageTemplate:
    "|,;~~~get_whatsapp_message_template|Grants permission to get details of a WhatsApp message template",
  ListLinkedWhatsAppBusinessAccounts:
    "|,;~~~list_linked_whatsapp_business_accounts|Grants permission to view all of your WhatsApp Business Accounts",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListWhatsAppMessageTemplates:
    "|,;~~~list_whatsapp_message_templates|Grants permission to list WhatsApp message templates",
  ListWhatsAppTemplateLibrary:
    "|,;~~~list_whatsapp_template_library|Grants permission to list available templates from Meta's template library",
  PostWhatsAppMessageMedia: "|,;~~~post_whatsapp_message_media|Grants permission to upload a media object to WhatsApp",
  PutWhatsAppBusinessAccountEventDestinations:
    "|,;~~~put_whatsapp_business_account_event_destinations|Grants permission to update a WhatsApp Business Accounts event destination",
  SendWhatsAppMessage: "|,;~~~send_whatsapp_message|Grants permission to send a message through WhatsApp",
  TagResource: "|,;~~~associate_whatsapp_business_account,~~|Grants permission to add a tag to a resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from a resource",
  UpdateWhatsAppMessageTemplate:
    "|,;~~~update_whatsapp_message_template|Grants permission to update a WhatsApp message template",
};
const resourceTypeFacts = {
  /** The phone-number-id resource type: arn:${Partition}:social-messaging:${Region}:${Account}:phone-number-id/${OriginationPhoneNumberId} */
  "phone-number-id": "|,phoneNumberId|1",
  /** The waba resource type: arn:${Partition}:social-messaging:${Region}:${Account}:waba/${WabaId} */
  waba: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a phone-number-id resource: arn:${Partition}:social-messaging:${Region}:${Account}:phone-number-id/${OriginationPhoneNumberId}. */
  phoneNumberId:
    "|,phone-number-id|arn:|Partition|:social-messaging:|Region|:|Account|:phone-number-id/|OriginationPhoneNumberId|",
  /** ARN of a waba resource: arn:${Partition}:social-messaging:${Region}:${Account}:waba/${WabaId}. */
  waba: "|,waba|arn:|Partition|:social-messaging:|Region|:|Account|:waba/|WabaId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["phone-number-id", "waba"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "social-messaging">;
/** Any social-messaging action. */
export type Action = ActionOf<typeof actionFacts, "social-messaging">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "social-messaging">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "socialmessaging" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every social-messaging action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "social-messaging",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
