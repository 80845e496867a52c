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
export const prefix: "iq" = "iq";
/** The service's name in the reference. */
export const serviceName: "AWS IQ" = "AWS IQ";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS IQ", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiq.html" },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to accept an incoming voice/video call. Access level: Write. Resources: call*. https://aws.amazon.com/iq/ */
  AcceptCall: "W|||2;1;|||",
  /** Grants permission to approve a payment request. Access level: Write. Resources: paymentRequest*. https://aws.amazon.com/iq/ */
  ApprovePaymentRequest: "W|||7;1;|||",
  /** Grants permission to approve a proposal. Access level: Write. Resources: proposal*. https://aws.amazon.com/iq/ */
  ApproveProposal: "W|||10;1;|||",
  /** Grants permission to archive a conversation. Access level: Write. Resources: conversation*. https://aws.amazon.com/iq/ */
  ArchiveConversation: "W|||4;1;|||",
  /** Grants permission to complete a proposal. Access level: Write. Resources: proposal*. https://aws.amazon.com/iq/ */
  CompleteProposal: "W|||10;1;|||",
  /** Grants permission to respond to a request or send a direct message to initiate a conversation. Access level: Write. https://aws.amazon.com/iq/ */
  CreateConversation: "W||||||",
  /** Grants permission to create an expert profile. Access level: Write. https://aws.amazon.com/iq/ */
  CreateExpert: "W||||||",
  /** Grants permission to create a listing. Access level: Write. https://aws.amazon.com/iq/ */
  CreateListing: "W||||||",
  /** Grants permission to create a milestone proposal. Access level: Write. https://aws.amazon.com/iq/ */
  CreateMilestoneProposal: "W||||||",
  /** Grants permission to create a payment request. Access level: Write. https://aws.amazon.com/iq/ */
  CreatePaymentRequest: "W||||||",
  /** Grants permission to submit new requests. Access level: Write. https://aws.amazon.com/iq/ */
  CreateProject: "W||||||",
  /** Grants permission to submit new requests. Access level: Write. https://aws.amazon.com/iq/ */
  CreateRequest: "W||||||",
  /** Grants permission to create a scheduled proposal. Access level: Write. https://aws.amazon.com/iq/ */
  CreateScheduledProposal: "W||||||",
  /** Grants permission to create a seller profile. Access level: Write. https://aws.amazon.com/iq/ */
  CreateSeller: "W||||||",
  /** Grants permission to create an upfront proposal. Access level: Write. https://aws.amazon.com/iq/ */
  CreateUpfrontProposal: "W||||||",
  /** Grants permission to decline an incoming voice/video call. Access level: Write. Resources: call*. https://aws.amazon.com/iq/ */
  DeclineCall: "W|||2;1;|||",
  /** Grants permission to delete an existing attachment. Access level: Write. Resources: attachment*. https://aws.amazon.com/iq/ */
  DeleteAttachment: "W|||0;1;|||",
  /** Grants permission to disable individual public profile page. Access level: Write. Resources: expert*. https://aws.amazon.com/iq/ */
  DisableIndividualPublicProfile: "W|||5;1;|||",
  /** Grants permission to download existing attachment. Access level: Read. Resources: attachment*. https://aws.amazon.com/iq/ */
  DownloadAttachment: "R|||0;1;|||",
  /** Grants permission to enable individual public profile page. Access level: Write. Resources: expert*. https://aws.amazon.com/iq/ */
  EnableIndividualPublicProfile: "W|||5;1;|||",
  /** Grants permission to end a voice/video call. Access level: Write. Resources: call*. https://aws.amazon.com/iq/ */
  EndCall: "W|||2;1;|||",
  /** Grants permission to read buyer information. Access level: Read. Resources: buyer*. https://aws.amazon.com/iq/ */
  GetBuyer: "R|||1;1;|||",
  /** Grants permission to read details of a voice/video call. Access level: Read. Resources: call*. https://aws.amazon.com/iq/ */
  GetCall: "R|||2;1;|||",
  /** Grants permission to read the chat environment details about a conversation. Access level: Read. Resources: conversation*. https://aws.amazon.com/iq/ */
  GetChatInfo: "R|||4;1;|||",
  /** Grants permission to read chat messages in a conversation. Access level: Read. Resources: conversation*. https://aws.amazon.com/iq/ */
  GetChatMessages: "R|||4;1;|||",
  /** Grants permission to request a websocket token for the conversation notifications. Access level: Read. Resources: token*. https://aws.amazon.com/iq/ */
  GetChatToken: "R|||13;1;|||",
  /** Grants permission to read chat messages in a company conversation. Access level: Read. Resources: conversation*. https://aws.amazon.com/iq/ */
  GetCompanyChatMessages: "R|||4;1;|||",
  /** Grants permission to read a company profile. Access level: Read. Resources: company*. https://aws.amazon.com/iq/ */
  GetCompanyProfile: "R|||3;1;|||",
  /** Grants permission to read details of a conversation. Access level: Read. Resources: conversation*. https://aws.amazon.com/iq/ */
  GetConversation: "R|||4;1;|||",
  /** Grants permission to read expert information. Access level: Read. Resources: expert*. https://aws.amazon.com/iq/ */
  GetExpert: "R|||5;1;|||",
  /** Grants permission to read a listing. Access level: Read. Resources: listing*. https://aws.amazon.com/iq/ */
  GetListing: "R|||6;1;|||",
  /** Grants permission to read a seller profile information. Access level: Read. Resources: seller*. https://aws.amazon.com/iq/ */
  GetMarketplaceSeller: "R|||12;1;|||",
  /** Grants permission to read a payment request. Access level: Read. Resources: paymentRequest*. https://aws.amazon.com/iq/ */
  GetPaymentRequest: "R|||7;1;|||",
  /** Grants permission to read a proposal. Access level: Read. Resources: proposal*. https://aws.amazon.com/iq/ */
  GetProposal: "R|||10;1;|||",
  /** Grants permission to get a created request. Access level: Read. Resources: request*. https://aws.amazon.com/iq/ */
  GetRequest: "R|||11;1;|||",
  /** Grants permission to read a review for an expert. Access level: Read. Resources: seller*. https://aws.amazon.com/iq/ */
  GetReview: "R|||12;1;|||",
  /** Grants permission to hide a request. Access level: Write. Resources: request*. https://aws.amazon.com/iq/ */
  HideRequest: "W|||11;1;|||",
  /** Grants permission to start a voice/video call. Access level: Write. https://aws.amazon.com/iq/ */
  InitiateCall: "W||||||",
  /** Grants permission to link an AWS certification to individual profile. Access level: Write. Resources: expert*. https://aws.amazon.com/iq/ */
  LinkAwsCertification: "W|||5;1;|||",
  /** Grants permission to list existing attachments. Access level: List. Resources: attachment*. https://aws.amazon.com/iq/ */
  ListAttachments: "L|||0;1;|||",
  /** Grants permission to list existing conversations. Access level: Read. Resources: conversation*. https://aws.amazon.com/iq/ */
  ListConversations: "R|||4;1;|||",
  /** Grants permission to list access logs of expert activity. Access level: Read. Resources: permission*. https://aws.amazon.com/iq/ */
  ListExpertAccessLogs: "R|||9;1;|||",
  /** Grants permission to list listings. Access level: Read. Resources: listing*. https://aws.amazon.com/iq/ */
  ListListings: "R|||6;1;|||",
  /** Grants permission to list payment requests. Access level: Read. Resources: paymentRequest, paymentSchedule. https://aws.amazon.com/iq/ */
  ListPaymentRequests: "R|||7;0;,8;0;|||",
  /** Grants permission to list proposals. Access level: Read. Resources: proposal*. https://aws.amazon.com/iq/ */
  ListProposals: "R|||10;1;|||",
  /** Grants permission to list requests that are created. Access level: Read. Resources: request*. https://aws.amazon.com/iq/ */
  ListRequests: "R|||11;1;|||",
  /** Grants permission to list reviews for an expert. Access level: Read. Resources: seller*. https://aws.amazon.com/iq/ */
  ListReviews: "R|||12;1;|||",
  /** Grants permission to mark a message as read in a conversation. Access level: Write. Resources: conversation*. https://aws.amazon.com/iq/ */
  MarkChatMessageRead: "W|||4;1;|||",
  /** Grants permission to reject a payment request. Access level: Write. Resources: paymentRequest*. https://aws.amazon.com/iq/ */
  RejectPaymentRequest: "W|||7;1;|||",
  /** Grants permission to reject a proposal. Access level: Write. Resources: proposal*. https://aws.amazon.com/iq/ */
  RejectProposal: "W|||10;1;|||",
  /** Grants permission to send a message in a conversation as a company. Access level: Write. Resources: conversation*. https://aws.amazon.com/iq/ */
  SendCompanyChatMessage: "W|||4;1;|||",
  /** Grants permission to send a message in a conversation as an individual. Access level: Write. Resources: conversation*. https://aws.amazon.com/iq/ */
  SendIndividualChatMessage: "W|||4;1;|||",
  /** Grants permission to unarchive a conversation. Access level: Write. Resources: conversation*. https://aws.amazon.com/iq/ */
  UnarchiveConversation: "W|||4;1;|||",
  /** Grants permission to unlink an AWS certification from individual profile. Access level: Write. Resources: expert*. https://aws.amazon.com/iq/ */
  UnlinkAwsCertification: "W|||5;1;|||",
  /** Grants permission to update a company profile. Access level: Write. Resources: company*. https://aws.amazon.com/iq/ */
  UpdateCompanyProfile: "W|||3;1;|||",
  /** Grants permission to add more participants into a conversation. Access level: Write. Resources: conversation*. https://aws.amazon.com/iq/ */
  UpdateConversationMembers: "W|||4;1;|||",
  /** Grants permission to update an expert information. Access level: Write. Resources: expert*. https://aws.amazon.com/iq/ */
  UpdateExpert: "W|||5;1;|||",
  /** Grants permission to update a listing. Access level: Write. Resources: listing*. https://aws.amazon.com/iq/ */
  UpdateListing: "W|||6;1;|||",
  /** Grants permission to update a request. Access level: Write. Resources: request*. https://aws.amazon.com/iq/ */
  UpdateRequest: "W|||11;1;|||",
  /** Grants permission to upload an attachment. Access level: Write. https://aws.amazon.com/iq/ */
  UploadAttachment: "W||||||",
  /** Grants permission to withdraw a payment request. Access level: Write. Resources: paymentRequest*. https://aws.amazon.com/iq/ */
  WithdrawPaymentRequest: "W|||7;1;|||",
  /** Grants permission to withdraw a proposal. Access level: Write. Resources: proposal*. https://aws.amazon.com/iq/ */
  WithdrawProposal: "W|||10;1;|||",
  /** Grants permission to write a review for an expert. Access level: Write. Resources: seller*. https://aws.amazon.com/iq/ */
  WriteReview: "W|||12;1;|||",
} as const;
const actionDetails = {
  AcceptCall: "|,;~|Grants permission to accept an incoming voice/video call",
  ApprovePaymentRequest: "|,;~|Grants permission to approve a payment request",
  ApproveProposal: "|,;~|Grants permission to approve a proposal",
  ArchiveConversation: "|,;~|Grants permission to archive a conversation",
  CompleteProposal: "|,;~|Grants permission to complete a proposal",
  CreateConversation:
    "|,;~|Grants permission to respond to a request or send a direct message to initiate a conversation",
  CreateExpert: "|,;~|Grants permission to create an expert profile",
  CreateListing: "|,;~|Grants permission to create a listing",
  CreateMilestoneProposal: "|,;~|Grants permission to create a milestone proposal",
  CreatePaymentRequest: "|,;~|Grants permission to create a payment request",
  CreateProject: "|,;~|Grants permission to submit new requests",
  CreateRequest: "|,;~|Grants permission to submit new requests",
  CreateScheduledProposal: "|,;~|Grants permission to create a scheduled proposal",
  CreateSeller: "|,;~|Grants permission to create a seller profile",
  CreateUpfrontProposal: "|,;~|Grants permission to create an upfront proposal",
  DeclineCall: "|,;~|Grants permission to decline an incoming voice/video call",
  DeleteAttachment: "|,;~|Grants permission to delete an existing attachment",
  DisableIndividualPublicProfile: "|,;~|Grants permission to disable individual public profile page",
  DownloadAttachment: "|,;~|Grants permission to download existing attachment",
  EnableIndividualPublicProfile: "|,;~|Grants permission to enable individual public profile page",
  EndCall: "|,;~|Grants permission to end a voice/video call",
  GetBuyer: "|,;~|Grants permission to read buyer information",
  GetCall: "|,;~|Grants permission to read details of a voice/video call",
  GetChatInfo: "|,;~|Grants permission to read the chat environment details about a conversation",
  GetChatMessages: "|,;~|Grants permission to read chat messages in a conversation",
  GetChatToken: "|,;~|Grants permission to request a websocket token for the conversation notifications",
  GetCompanyChatMessages: "|,;~|Grants permission to read chat messages in a company conversation",
  GetCompanyProfile: "|,;~|Grants permission to read a company profile",
  GetConversation: "|,;~|Grants permission to read details of a conversation",
  GetExpert: "|,;~|Grants permission to read expert information",
  GetListing: "|,;~|Grants permission to read a listing",
  GetMarketplaceSeller: "|,;~|Grants permission to read a seller profile information",
  GetPaymentRequest: "|,;~|Grants permission to read a payment request",
  GetProposal: "|,;~|Grants permission to read a proposal",
  GetRequest: "|,;~|Grants permission to get a created request",
  GetReview: "|,;~|Grants permission to read a review for an expert",
  HideRequest: "|,;~|Grants permission to hide a request",
  InitiateCall: "|,;~|Grants permission to start a voice/video call",
  LinkAwsCertification: "|,;~|Grants permission to link an AWS certification to individual profile",
  ListAttachments: "|,;~|Grants permission to list existing attachments",
  ListConversations: "|,;~|Grants permission to list existing conversations",
  ListExpertAccessLogs: "|,;~|Grants permission to list access logs of expert activity",
  ListListings: "|,;~|Grants permission to list listings",
  ListPaymentRequests: "|,;~|Grants permission to list payment requests",
  ListProposals: "|,;~|Grants permission to list proposals",
  ListRequests: "|,;~|Grants permission to list requests that are created",
  ListReviews: "|,;~|Grants permission to list reviews for an expert",
  MarkChatMessageRead: "|,;~|Grants permission to mark a message as read in a conversation",
  RejectPaymentRequest: "|,;~|Grants permission to reject a payment request",
  RejectProposal: "|,;~|Grants permission to reject a proposal",
  SendCompanyChatMessage: "|,;~|Grants permission to send a message in a conversation as a company",
  SendIndividualChatMessage: "|,;~|Grants permission to send a message in a conversation as an individual",
  UnarchiveConversation: "|,;~|Grants permission to unarchive a conversation",
  UnlinkAwsCertification: "|,;~|Grants permission to unlink an AWS certification from individual profile",
  UpdateCompanyProfile: "|,;~|Grants permission to update a company profile",
  UpdateConversationMembers: "|,;~|Grants permission to add more participants into a conversation",
  UpdateExpert: "|,;~|Grants permission to update an expert information",
  UpdateListing: "|,;~|Grants permission to update a listing",
  UpdateRequest: "|,;~|Grants permission to update a request",
  UploadAttachment: "|,;~|Grants permission to upload an attachment",
  WithdrawPaymentRequest: "|,;~|Grants permission to withdraw a payment request",
  WithdrawProposal: "|,;~|Grants permission to withdraw a proposal",
  WriteReview: "|,;~|Grants permission to write a review for an expert",
};
const resourceTypeFacts = {
  /** The attachment resource type: arn:${Partition}:iq:${Region}::attachment/${AttachmentId} */
  attachment: "|,|",
  /** The buyer resource type: arn:${Partition}:iq:${Region}::buyer/${BuyerId} */
  buyer: "|,|",
  /** The call resource type: arn:${Partition}:iq:${Region}::call/${CallId} */
  call: "|,|",
  /** The company resource type: arn:${Partition}:iq:${Region}::company/${CompanyId} */
  company: "|,|",
  /** The conversation resource type: arn:${Partition}:iq:${Region}::conversation/${ConversationId} */
  conversation: "|,|",
  /** The expert resource type: arn:${Partition}:iq:${Region}::expert/${ExpertId} */
  expert: "|,|",
  /** The listing resource type: arn:${Partition}:iq:${Region}::listing/${ListingId} */
  listing: "|,|",
  /** The paymentRequest resource type: arn:${Partition}:iq:${Region}::paymentRequest/${ConversationId}/${ProposalId}/${PaymentRequestId} */
  paymentRequest: "|,|",
  /** The paymentSchedule resource type: arn:${Partition}:iq:${Region}::paymentSchedule/${ConversationId}/${ProposalId}/${VersionId} */
  paymentSchedule: "|,|",
  /** The permission resource type: arn:${Partition}:iq-permission:${Region}::permission/${PermissionRequestId} */
  permission: "|,|",
  /** The proposal resource type: arn:${Partition}:iq:${Region}::proposal/${ConversationId}/${ProposalId} */
  proposal: "|,|",
  /** The request resource type: arn:${Partition}:iq:${Region}::request/${RequestId} */
  request: "|,|",
  /** The seller resource type: arn:${Partition}:iq:${Region}::seller/${SellerAwsAccountId} */
  seller: "|,|",
  /** The token resource type: arn:${Partition}:iq:${Region}::token/${TokenId} */
  token: "|,|",
} as const;
const arnFormats = {
  /** ARN of a attachment resource: arn:${Partition}:iq:${Region}::attachment/${AttachmentId}. */
  attachment: "|,attachment|arn:|Partition|:iq:|Region|::attachment/|AttachmentId|",
  /** ARN of a buyer resource: arn:${Partition}:iq:${Region}::buyer/${BuyerId}. */
  buyer: "|,buyer|arn:|Partition|:iq:|Region|::buyer/|BuyerId|",
  /** ARN of a call resource: arn:${Partition}:iq:${Region}::call/${CallId}. */
  call: "|,call|arn:|Partition|:iq:|Region|::call/|CallId|",
  /** ARN of a company resource: arn:${Partition}:iq:${Region}::company/${CompanyId}. */
  company: "|,company|arn:|Partition|:iq:|Region|::company/|CompanyId|",
  /** ARN of a conversation resource: arn:${Partition}:iq:${Region}::conversation/${ConversationId}. */
  conversation: "|,conversation|arn:|Partition|:iq:|Region|::conversation/|ConversationId|",
  /** ARN of a expert resource: arn:${Partition}:iq:${Region}::expert/${ExpertId}. */
  expert: "|,expert|arn:|Partition|:iq:|Region|::expert/|ExpertId|",
  /** ARN of a listing resource: arn:${Partition}:iq:${Region}::listing/${ListingId}. */
  listing: "|,listing|arn:|Partition|:iq:|Region|::listing/|ListingId|",
  /** ARN of a paymentRequest resource: arn:${Partition}:iq:${Region}::paymentRequest/${ConversationId}/${ProposalId}/${PaymentRequestId}. */
  paymentRequest:
    "|,paymentRequest|arn:|Partition|:iq:|Region|::paymentRequest/|ConversationId|/|ProposalId|/|PaymentRequestId|",
  /** ARN of a paymentSchedule resource: arn:${Partition}:iq:${Region}::paymentSchedule/${ConversationId}/${ProposalId}/${VersionId}. */
  paymentSchedule:
    "|,paymentSchedule|arn:|Partition|:iq:|Region|::paymentSchedule/|ConversationId|/|ProposalId|/|VersionId|",
  /** ARN of a permission resource: arn:${Partition}:iq-permission:${Region}::permission/${PermissionRequestId}. */
  permission: "|,permission|arn:|Partition|:iq-permission:|Region|::permission/|PermissionRequestId|",
  /** ARN of a proposal resource: arn:${Partition}:iq:${Region}::proposal/${ConversationId}/${ProposalId}. */
  proposal: "|,proposal|arn:|Partition|:iq:|Region|::proposal/|ConversationId|/|ProposalId|",
  /** ARN of a request resource: arn:${Partition}:iq:${Region}::request/${RequestId}. */
  request: "|,request|arn:|Partition|:iq:|Region|::request/|RequestId|",
  /** ARN of a seller resource: arn:${Partition}:iq:${Region}::seller/${SellerAwsAccountId}. */
  seller: "|,seller|arn:|Partition|:iq:|Region|::seller/|SellerAwsAccountId|",
  /** ARN of a token resource: arn:${Partition}:iq:${Region}::token/${TokenId}. */
  token: "|,token|arn:|Partition|:iq:|Region|::token/|TokenId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "attachment",
  "buyer",
  "call",
  "company",
  "conversation",
  "expert",
  "listing",
  "paymentRequest",
  "paymentSchedule",
  "permission",
  "proposal",
  "request",
  "seller",
  "token",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iq">;
/** Any iq action. */
export type Action = ActionOf<typeof actionFacts, "iq">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iq">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iq action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "iq",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
