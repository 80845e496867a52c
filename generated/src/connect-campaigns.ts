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
export const prefix: "connect-campaigns" = "connect-campaigns";
/** The service's name in the reference. */
export const serviceName: "Amazon Connect Outbound Campaigns" = "Amazon Connect Outbound Campaigns";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Connect Outbound Campaigns",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnectoutboundcampaigns.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  CreateCampaign: "W|||0;1;|0,2|connect-campaigns:TagResource|;",
  /** Grants permission to delete a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  DeleteCampaign: "W|||0;1;|||;",
  /** Grants permission to delete the channel subtype configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  DeleteCampaignChannelSubtypeConfig: "W|||0;1;|||;",
  /** Grants permission to delete the communication limits configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  DeleteCampaignCommunicationLimits: "W|||0;1;|||;",
  /** Grants permission to delete the communication time configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  DeleteCampaignCommunicationTime: "W|||0;1;|||;",
  /** Grants permission to delete the entry limits configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  DeleteCampaignEntryLimits: "W|||0;1;|||;",
  /** Grants permission to remove configuration information for an Amazon Connect instance. Access level: Write. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  DeleteConnectInstanceConfig: "W||||||;",
  /** Grants permission to remove integration information for an Amazon Connect instance. Access level: Write. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  DeleteConnectInstanceIntegration: "W||||||;",
  /** Grants permission to remove onboarding job for an Amazon Connect instance. Access level: Write. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  DeleteInstanceOnboardingJob: "W||||||;",
  /** Grants permission to describe a specific campaign. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  DescribeCampaign: "R|||0;1;|0||;",
  /** Grants permission to get state of a campaign. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  GetCampaignState: "R|||0;1;|0||;",
  /** Grants permission to get state of campaigns. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  GetCampaignStateBatch: "R|||0;1;|0||;",
  /** Grants permission to get configuration information for an Amazon Connect instance. Access level: Read. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  GetConnectInstanceConfig: "R||||||;",
  /** Grants permission to get the communication limits configuration of an Amazon Connect instance. Access level: Read. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  GetInstanceCommunicationLimits: "R||||||;",
  /** Grants permission to get onboarding job status for an Amazon Connect instance. Access level: Read. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  GetInstanceOnboardingJobStatus: "R||||||;",
  /** Grants permission to provide summary of all campaigns. Access level: List. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  ListCampaigns: "L||||0||;",
  /** Grants permission to provide summary of all integrations with an Amazon Connect instance. Access level: List. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  ListConnectInstanceIntegrations: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: campaign. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  ListTagsForResource: "R|||0;0;|1||;",
  /** Grants permission to pause a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  PauseCampaign: "W|||0;1;|||;",
  /** Grants permission to put an integration configuration with an Amazon Connect instance. Access level: Write. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  PutConnectInstanceIntegration: "W||||||;",
  /** Grants permission to create dial requests for the specified campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  PutDialRequestBatch: "W|||0;1;|||;",
  /** Grants permission to put the communication limits configuration of an Amazon Connect instance. Access level: Write. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  PutInstanceCommunicationLimits: "W||||||;",
  /** Grants permission to create dial requests for the specified campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  PutOutboundRequestBatch: "W|||0;1;|||;",
  /** Grants permission to create profile outbound requests for the specified campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  PutProfileOutboundRequestBatch: "W|||0;1;|||;",
  /** Grants permission to resume a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  ResumeCampaign: "W|||0;1;|||;",
  /** Grants permission to start a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  StartCampaign: "W|||0;1;|||;",
  /** Grants permission to start onboarding job for an Amazon Connect instance. Access level: Write. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  StartInstanceOnboardingJob: "W||||||;",
  /** Grants permission to stop a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  StopCampaign: "W|||0;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  TagResource: "T|||0;1;|0,2||CreateCampaign,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to update the channel subtype configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignChannelSubtypeConfig: "W|||0;1;|||;",
  /** Grants permission to update the communication limits configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignCommunicationLimits: "W|||0;1;|||;",
  /** Grants permission to update the communication time configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignCommunicationTime: "W|||0;1;|||;",
  /** Grants permission to update the dialer configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignDialerConfig: "W|||0;1;|||;",
  /** Grants permission to update the entry limits configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignEntryLimits: "W|||0;1;|||;",
  /** Grants permission to update the flow association of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignFlowAssociation: "W|||0;1;|||;",
  /** Grants permission to update the name of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignName: "W|||0;1;|||;",
  /** Grants permission to update the outbound call configuration of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignOutboundCallConfig: "W|||0;1;|||;",
  /** Grants permission to update the schedule of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignSchedule: "W|||0;1;|||;",
  /** Grants permission to update the source of a campaign. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html */
  UpdateCampaignSource: "W|||0;1;|||;",
} as const;
const actionDetails = {
  CreateCampaign: "|,;~~connectcampaigns~;~~|Grants permission to create a campaign",
  DeleteCampaign: "|,;~~connectcampaigns~;~~|Grants permission to delete a campaign",
  DeleteCampaignChannelSubtypeConfig:
    "|,;~~~|Grants permission to delete the channel subtype configuration of a campaign",
  DeleteCampaignCommunicationLimits:
    "|,;~~~|Grants permission to delete the communication limits configuration of a campaign",
  DeleteCampaignCommunicationTime:
    "|,;~~~|Grants permission to delete the communication time configuration of a campaign",
  DeleteCampaignEntryLimits: "|,;~~~|Grants permission to delete the entry limits configuration of a campaign",
  DeleteConnectInstanceConfig:
    "|,;~~connectcampaigns~;~~|Grants permission to remove configuration information for an Amazon Connect instance",
  DeleteConnectInstanceIntegration:
    "|,;~~~|Grants permission to remove integration information for an Amazon Connect instance",
  DeleteInstanceOnboardingJob:
    "|,;~~connectcampaigns~;~~|Grants permission to remove onboarding job for an Amazon Connect instance",
  DescribeCampaign: "|,;~~connectcampaigns~;~~|Grants permission to describe a specific campaign",
  GetCampaignState: "|,;~~connectcampaigns~;~~|Grants permission to get state of a campaign",
  GetCampaignStateBatch: "|,;~~connectcampaigns~;~~|Grants permission to get state of campaigns",
  GetConnectInstanceConfig:
    "|,;~~connectcampaigns~;~~|Grants permission to get configuration information for an Amazon Connect instance",
  GetInstanceCommunicationLimits:
    "|,;~~~|Grants permission to get the communication limits configuration of an Amazon Connect instance",
  GetInstanceOnboardingJobStatus:
    "|,;~~connectcampaigns~;~~|Grants permission to get onboarding job status for an Amazon Connect instance",
  ListCampaigns: "|,;~~connectcampaigns~;~~|Grants permission to provide summary of all campaigns",
  ListConnectInstanceIntegrations:
    "|,;~~~|Grants permission to provide summary of all integrations with an Amazon Connect instance",
  ListTagsForResource: "|,;~~connectcampaigns~;~~|Grants permission to list tags for a resource",
  PauseCampaign: "|,;~~connectcampaigns~;~~|Grants permission to pause a campaign",
  PutConnectInstanceIntegration:
    "|,;~~~|Grants permission to put an integration configuration with an Amazon Connect instance",
  PutDialRequestBatch: "|,;~~connectcampaigns~|Grants permission to create dial requests for the specified campaign",
  PutInstanceCommunicationLimits:
    "|,;~~~|Grants permission to put the communication limits configuration of an Amazon Connect instance",
  PutOutboundRequestBatch: "|,;~~~|Grants permission to create dial requests for the specified campaign",
  PutProfileOutboundRequestBatch:
    "|,;~~~|Grants permission to create profile outbound requests for the specified campaign",
  ResumeCampaign: "|,;~~connectcampaigns~;~~|Grants permission to resume a campaign",
  StartCampaign: "|,;~~connectcampaigns~;~~|Grants permission to start a campaign",
  StartInstanceOnboardingJob:
    "|,;~~connectcampaigns~;~~|Grants permission to start onboarding job for an Amazon Connect instance",
  StopCampaign: "|,;~~connectcampaigns~;~~|Grants permission to stop a campaign",
  TagResource: "|,;~~connectcampaigns~;~~,~connectcampaigns~;~~|Grants permission to tag a resource",
  UntagResource: "|,;~~connectcampaigns~;~~|Grants permission to untag a resource",
  UpdateCampaignChannelSubtypeConfig:
    "|,;~~~|Grants permission to update the channel subtype configuration of a campaign",
  UpdateCampaignCommunicationLimits:
    "|,;~~~|Grants permission to update the communication limits configuration of a campaign",
  UpdateCampaignCommunicationTime:
    "|,;~~~|Grants permission to update the communication time configuration of a campaign",
  UpdateCampaignDialerConfig:
    "|,;~~connectcampaigns~|Grants permission to update the dialer configuration of a campaign",
  UpdateCampaignEntryLimits: "|,;~~~|Grants permission to update the entry limits configuration of a campaign",
  UpdateCampaignFlowAssociation: "|,;~~~|Grants permission to update the flow association of a campaign",
  UpdateCampaignName: "|,;~~connectcampaigns~;~~|Grants permission to update the name of a campaign",
  UpdateCampaignOutboundCallConfig:
    "|,;~~connectcampaigns~|Grants permission to update the outbound call configuration of a campaign",
  UpdateCampaignSchedule: "|,;~~~|Grants permission to update the schedule of a campaign",
  UpdateCampaignSource: "|,;~~~|Grants permission to update the source of a campaign",
};
const resourceTypeFacts = {
  /** The campaign resource type: arn:${Partition}:connect-campaigns:${Region}:${Account}:campaign/${CampaignId} */
  campaign: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a campaign resource: arn:${Partition}:connect-campaigns:${Region}:${Account}:campaign/${CampaignId}. */
  campaign: "|,campaign|arn:|Partition|:connect-campaigns:|Region|:|Account|:campaign/|CampaignId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["campaign"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "connect-campaigns">;
/** Any connect-campaigns action. */
export type Action = ActionOf<typeof actionFacts, "connect-campaigns">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "connect-campaigns">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "connectcampaignsv2" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every connect-campaigns action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by actions based on the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by actions based on tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by actions based on the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by actions based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "connect-campaigns",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
