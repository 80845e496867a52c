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
export const prefix: "iotevents" = "iotevents";
/** The service's name in the reference. */
export const serviceName: "AWS IoT Events" = "AWS IoT Events";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS IoT Events",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiotevents.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "iotevents:keyValue",
] as const;
const dependentActionList = ["iam:PassRole", "iotevents:TagResource", "iotevents:UpdateInputRouting"] as const;
const actionFacts = {
  /** Grants permission to send one or more acknowledge action requests to AWS IoT Events. Access level: Write. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_BatchAcknowledgeAlarm.html */
  BatchAcknowledgeAlarm: "W|||0;1;|||;",
  /** Grants permission to delete a detector instance within the AWS IoT Events system. Access level: Write. Resources: detectorModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_BatchDeleteDetector.html */
  BatchDeleteDetector: "W|||1;1;|||;",
  /** Grants permission to disable one or more alarm instances. Access level: Write. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_BatchDisableAlarm.html */
  BatchDisableAlarm: "W|||0;1;|||;",
  /** Grants permission to enable one or more alarm instances. Access level: Write. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_BatchEnableAlarm.html */
  BatchEnableAlarm: "W|||0;1;|||;",
  /** Grants permission to send a set of messages to the AWS IoT Events system. Access level: Write. Resources: input*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_BatchPutMessage.html */
  BatchPutMessage: "W|||2;1;|||;",
  /** Grants permission to reset one or more alarm instances. Access level: Write. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_BatchResetAlarm.html */
  BatchResetAlarm: "W|||0;1;|||;",
  /** Grants permission to change one or more alarm instances to the snooze mode. Access level: Write. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_BatchSnoozeAlarm.html */
  BatchSnoozeAlarm: "W|||0;1;|||;",
  /** Grants permission to update a detector instance within the AWS IoT Events system. Access level: Write. Resources: detectorModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_BatchUpdateDetector.html */
  BatchUpdateDetector: "W|||1;1;|||;",
  /** Grants permission to create an alarm model to monitor an AWS IoT Events input attribute or an AWS IoT SiteWise asset property. Access level: Write. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_CreateAlarmModel.html */
  CreateAlarmModel: "W|||0;1;|0,2|0,1,2|;",
  /** Grants permission to create a detector model to monitor an AWS IoT Events input attribute. Access level: Write. Resources: detectorModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_CreateDetectorModel.html */
  CreateDetectorModel: "W|||1;1;|0,2|0,1,2|;",
  /** Grants permission to create an Input in IotEvents. Access level: Write. Resources: input*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_CreateInput.html */
  CreateInput: "W|||2;1;|0,2|1|;",
  /** Grants permission to delete an alarm model. Access level: Write. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_DeleteAlarmModel.html */
  DeleteAlarmModel: "W|||0;1;|||;",
  /** Grants permission to delete a detector model. Access level: Write. Resources: detectorModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_DeleteDetectorModel.html */
  DeleteDetectorModel: "W|||1;1;|||;",
  /** Grants permission to delete an input. Access level: Write. Resources: input*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_DeleteInput.html */
  DeleteInput: "W|||2;1;|||;",
  /** Grants permission to retrieve information about an alarm instance. Access level: Read. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_DescribeAlarm.html */
  DescribeAlarm: "R|||0;1;|||;",
  /** Grants permission to retrieve information about an alarm model. Access level: Read. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_DescribeAlarmModel.html */
  DescribeAlarmModel: "R|||0;1;|||;",
  /** Grants permission to retriev information about a detector instance. Access level: Read. Resources: detectorModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_DescribeDetector.html */
  DescribeDetector: "R|||1;1;|||;",
  /** Grants permission to retrieve information about a detector model. Access level: Read. Resources: detectorModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_DescribeDetectorModel.html */
  DescribeDetectorModel: "R|||1;1;|||;",
  /** Grants permission to retrieve the detector model analysis information. Access level: Read. https://docs.aws.amazon.com/iotevents/latest/apireference/API_DescribeDetectorModelAnalysis.html */
  DescribeDetectorModelAnalysis: "R||||||;",
  /** Grants permission to retrieve an information about Input. Access level: Read. Resources: input*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_DescribeInput.html */
  DescribeInput: "R|||2;1;|||;",
  /** Grants permission to retrieve the current settings of the AWS IoT Events logging options. Access level: Read. https://docs.aws.amazon.com/iotevents/latest/apireference/API_DescribeLoggingOptions.html */
  DescribeLoggingOptions: "R||||||;",
  /** Grants permission to retrieve the detector model analysis results. Access level: Read. https://docs.aws.amazon.com/iotevents/latest/apireference/API_GetDetectorModelAnalysisResults.html */
  GetDetectorModelAnalysisResults: "R||||||;",
  /** Grants permission to list all the versions of an alarm model. Access level: List. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_ListAlarmModelVersions.html */
  ListAlarmModelVersions: "L|||0;1;|||;",
  /** Grants permission to list the alarm models that you created. Access level: List. https://docs.aws.amazon.com/iotevents/latest/apireference/API_ListAlarmModels.html */
  ListAlarmModels: "L||||||;",
  /** Grants permission to retrieve information about all alarm instances per alarmModel. Access level: List. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_ListAlarms.html */
  ListAlarms: "L|||0;1;|||;",
  /** Grants permission to list all the versions of a detector model. Access level: List. Resources: detectorModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_ListDetectorModelVersions.html */
  ListDetectorModelVersions: "L|||1;1;|||;",
  /** Grants permission to list the detector models that you created. Access level: List. https://docs.aws.amazon.com/iotevents/latest/apireference/API_ListDetectorModels.html */
  ListDetectorModels: "L||||||;",
  /** Grants permission to retrieve information about all detector instances per detectormodel. Access level: List. Resources: detectorModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_ListDetectors.html */
  ListDetectors: "L|||1;1;|||;",
  /** Grants permission to list one or more input routings. Access level: List. https://docs.aws.amazon.com/iotevents/latest/apireference/API_ListInputRoutings.html */
  ListInputRoutings: "L||||||;",
  /** Grants permission to lists the inputs you have created. Access level: List. https://docs.aws.amazon.com/iotevents/latest/apireference/API_ListInputs.html */
  ListInputs: "L||||||;",
  /** Grants permission to list the tags (metadata) which you have assigned to the resource. Access level: Read. Resources: alarmModel, detectorModel, input. https://docs.aws.amazon.com/iotevents/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to set or update the AWS IoT Events logging options. Access level: Write. https://docs.aws.amazon.com/iotevents/latest/apireference/API_PutLoggingOptions.html */
  PutLoggingOptions: "W|||||0|;",
  /** Grants permission to start the detector model analysis. Access level: Write. https://docs.aws.amazon.com/iotevents/latest/apireference/API_StartDetectorModelAnalysis.html */
  StartDetectorModelAnalysis: "W||||||;",
  /** Grants permission to adds to or modifies the tags of the given resource.Tags are metadata which can be used to manage a resource. Access level: Tagging. Resources: alarmModel, detectorModel, input. https://docs.aws.amazon.com/iotevents/latest/apireference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateAlarmModel,CreateDetectorModel,CreateInput,;",
  /** Grants permission to remove the given tags (metadata) from the resource. Access level: Tagging. Resources: alarmModel, detectorModel, input. https://docs.aws.amazon.com/iotevents/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to update an alarm model. Access level: Write. Resources: alarmModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_UpdateAlarmModel.html */
  UpdateAlarmModel: "W|||0;1;||0,2|;",
  /** Grants permission to update a detector model. Access level: Write. Resources: detectorModel*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_UpdateDetectorModel.html */
  UpdateDetectorModel: "W|||1;1;||0,2|;",
  /** Grants permission to update an input. Access level: Write. Resources: input*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_UpdateInput.html */
  UpdateInput: "W|||2;1;|||;",
  /** Grants permission to update input routing. Access level: Write. Resources: input*. https://docs.aws.amazon.com/iotevents/latest/apireference/API_UpdateInputRouting.html */
  UpdateInputRouting: "W|||2;1;|||CreateAlarmModel,CreateDetectorModel,UpdateAlarmModel,UpdateDetectorModel",
} as const;
const actionDetails = {
  BatchAcknowledgeAlarm:
    "|,;~~iotevents-data~|Grants permission to send one or more acknowledge action requests to AWS IoT Events",
  BatchDeleteDetector:
    "|,;~~iotevents-data~|Grants permission to delete a detector instance within the AWS IoT Events system",
  BatchDisableAlarm: "|,;~~iotevents-data~|Grants permission to disable one or more alarm instances",
  BatchEnableAlarm: "|,;~~iotevents-data~|Grants permission to enable one or more alarm instances",
  BatchPutMessage: "|,;~~iotevents-data~|Grants permission to send a set of messages to the AWS IoT Events system",
  BatchResetAlarm: "|,;~~iotevents-data~|Grants permission to reset one or more alarm instances",
  BatchSnoozeAlarm: "|,;~~iotevents-data~|Grants permission to change one or more alarm instances to the snooze mode",
  BatchUpdateDetector:
    "|,;~~iotevents-data~|Grants permission to update a detector instance within the AWS IoT Events system",
  CreateAlarmModel:
    "|,;~~~|Grants permission to create an alarm model to monitor an AWS IoT Events input attribute or an AWS IoT SiteWise asset property",
  CreateDetectorModel:
    "|,;~~~|Grants permission to create a detector model to monitor an AWS IoT Events input attribute",
  CreateInput: "|,;~~~|Grants permission to create an Input in IotEvents",
  DeleteAlarmModel: "|,;~~~|Grants permission to delete an alarm model",
  DeleteDetectorModel: "|,;~~~|Grants permission to delete a detector model",
  DeleteInput: "|,;~~~|Grants permission to delete an input",
  DescribeAlarm: "|,;~~iotevents-data~|Grants permission to retrieve information about an alarm instance",
  DescribeAlarmModel: "|,;~~~|Grants permission to retrieve information about an alarm model",
  DescribeDetector: "|,;~~iotevents-data~|Grants permission to retriev information about a detector instance",
  DescribeDetectorModel: "|,;~~~|Grants permission to retrieve information about a detector model",
  DescribeDetectorModelAnalysis: "|,;~~~|Grants permission to retrieve the detector model analysis information",
  DescribeInput: "|,;~~~|Grants permission to retrieve an information about Input",
  DescribeLoggingOptions:
    "|,;~~~|Grants permission to retrieve the current settings of the AWS IoT Events logging options",
  GetDetectorModelAnalysisResults: "|,;~~~|Grants permission to retrieve the detector model analysis results",
  ListAlarmModelVersions: "|,;~~~|Grants permission to list all the versions of an alarm model",
  ListAlarmModels: "|,;~~~|Grants permission to list the alarm models that you created",
  ListAlarms: "|,;~~iotevents-data~|Grants permission to retrieve information about all alarm instances per alarmModel",
  ListDetectorModelVersions: "|,;~~~|Grants permission to list all the versions of a detector model",
  ListDetectorModels: "|,;~~~|Grants permission to list the detector models that you created",
  ListDetectors:
    "|,;~~iotevents-data~|Grants permission to retrieve information about all detector instances per detectormodel",
  ListInputRoutings: "|,;~~~|Grants permission to list one or more input routings",
  ListInputs: "|,;~~~|Grants permission to lists the inputs you have created",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags (metadata) which you have assigned to the resource",
  PutLoggingOptions: "|,;~~~|Grants permission to set or update the AWS IoT Events logging options",
  StartDetectorModelAnalysis: "|,;~~~|Grants permission to start the detector model analysis",
  TagResource:
    "|,;~~~,~~,~~,~~|Grants permission to adds to or modifies the tags of the given resource.Tags are metadata which can be used to manage a resource",
  UntagResource: "|,;~~~|Grants permission to remove the given tags (metadata) from the resource",
  UpdateAlarmModel: "|,;~~~|Grants permission to update an alarm model",
  UpdateDetectorModel: "|,;~~~|Grants permission to update a detector model",
  UpdateInput: "|,;~~~|Grants permission to update an input",
  UpdateInputRouting: "|,;~~~,~~,~~,~~|Grants permission to update input routing",
};
const resourceTypeFacts = {
  /** The alarmModel resource type: arn:${Partition}:iotevents:${Region}:${Account}:alarmModel/${AlarmModelName} */
  alarmModel: "|,|1",
  /** The detectorModel resource type: arn:${Partition}:iotevents:${Region}:${Account}:detectorModel/${DetectorModelName} */
  detectorModel: "|,|1",
  /** The input resource type: arn:${Partition}:iotevents:${Region}:${Account}:input/${InputName} */
  input: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a alarmModel resource: arn:${Partition}:iotevents:${Region}:${Account}:alarmModel/${AlarmModelName}. */
  alarmModel: "|,alarmModel|arn:|Partition|:iotevents:|Region|:|Account|:alarmModel/|AlarmModelName|",
  /** ARN of a detectorModel resource: arn:${Partition}:iotevents:${Region}:${Account}:detectorModel/${DetectorModelName}. */
  detectorModel: "|,detectorModel|arn:|Partition|:iotevents:|Region|:|Account|:detectorModel/|DetectorModelName|",
  /** ARN of a input resource: arn:${Partition}:iotevents:${Region}:${Account}:input/${InputName}. */
  input: "|,input|arn:|Partition|:iotevents:|Region|:|Account|:input/|InputName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["alarmModel", "detectorModel", "input"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iotevents">;
/** Any iotevents action. */
export type Action = ActionOf<typeof actionFacts, "iotevents">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iotevents">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "iotevents" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iotevents action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions by the tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the instanceId (key-value) of the message. */
  "iotevents:keyValue": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions by the tag keys in the request",
  "iotevents:keyValue": "|,String|0||Filters access by the instanceId (key-value) of the message",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iotevents",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
