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
export const prefix: "nimble" = "nimble";
/** The service's name in the reference. */
export const serviceName: "Amazon Nimble Studio" = "Amazon Nimble Studio";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Nimble Studio",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonnimblestudio.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "nimble:createdBy",
  "nimble:ownedBy",
  "nimble:principalId",
  "nimble:requesterPrincipalId",
  "nimble:studioId",
] as const;
const dependentActionList = [
  "ds:AuthorizeApplication",
  "ds:DescribeDirectories",
  "ec2:CreateNetworkInterface",
  "ec2:DescribeNatGateways",
  "ec2:DescribeNetworkAcls",
  "ec2:DescribeRouteTables",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcEndpoints",
  "ec2:ModifyInstanceAttribute",
  "ec2:ModifySnapshotAttribute",
  "fsx:DescribeFileSystems",
  "iam:PassRole",
  "nimble:GetLaunchProfile",
  "sso-directory:DescribeUsers",
  "sso:CreateManagedApplicationInstance",
] as const;
const actionFacts = {
  /** Grants permission to accept EULAs. Access level: Write. Resources: eula*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_AcceptEulas.html */
  AcceptEulas: "W|||0;1;|||",
  /** Grants permission to create a launch profile. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_CreateLaunchProfile.html */
  CreateLaunchProfile: "W|||6;1;|0,2|2,3,4,5,7,8,ec2:RunInstances|",
  /** Grants permission to create a streaming image. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_CreateStreamingImage.html */
  CreateStreamingImage: "W|||6;1;|0,2|ec2:DescribeImages,ec2:DescribeSnapshots,9,10,ec2:RegisterImage|",
  /** Grants permission to create a streaming session. Access level: Write. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_CreateStreamingSession.html */
  CreateStreamingSession:
    "W|||2;1;|0,2|2,ec2:CreateNetworkInterfacePermission,13,nimble:GetLaunchProfileInitialization,nimble:ListEulaAcceptances|",
  /** Grants permission to create a StreamingSessionStream. Access level: Write. Resources: streaming-session*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_CreateStreamingSessionStream.html */
  CreateStreamingSessionStream: "W|||4;1;|6||",
  /** Grants permission to create a studio. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_CreateStudio.html */
  CreateStudio: "W|||6;1;|0,2|12,15|",
  /** Grants permission to create a studio component. A studio component designates a network resource to which a launch profile will provide access. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_CreateStudioComponent.html */
  CreateStudioComponent: "W|||6;1;|0,2|0,1,6,11,12|",
  /** Grants permission to delete a launch profile. Access level: Write. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_DeleteLaunchProfile.html */
  DeleteLaunchProfile: "W|||2;1;|||",
  /** Grants permission to delete a launch profile member. Access level: Write. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_DeleteLaunchProfileMember.html */
  DeleteLaunchProfileMember: "W|||2;1;|||",
  /** Grants permission to delete a streaming image. Access level: Write. Resources: streaming-image*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_DeleteStreamingImage.html */
  DeleteStreamingImage: "W|||3;1;||ec2:DeleteSnapshot,ec2:DeregisterImage,9,10|",
  /** Grants permission to delete a streaming session. Access level: Write. Resources: streaming-session*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_DeleteStreamingSession.html */
  DeleteStreamingSession: "W|||4;1;|6|ec2:DeleteNetworkInterface|",
  /** Grants permission to delete a studio. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_DeleteStudio.html */
  DeleteStudio: "W|||6;1;||sso:DeleteManagedApplicationInstance|",
  /** Grants permission to delete a studio component. Access level: Write. Resources: studio-component*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_DeleteStudioComponent.html */
  DeleteStudioComponent: "W|||7;1;||ds:UnauthorizeApplication|",
  /** Grants permission to delete a studio member. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_DeleteStudioMember.html */
  DeleteStudioMember: "W|||6;1;|||",
  /** Grants permission to get a EULA. Access level: Read. Resources: eula*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetEula.html */
  GetEula: "R|||0;1;|||",
  /** Grants permission to allow Nimble Studio portal to show the appropriate features for this account. Access level: Read. Permission only. https://docs.aws.amazon.com/nimble-studio/latest/userguide/security-iam-service-with-iam.html */
  GetFeatureMap: "R||1||||",
  /** Grants permission to get a launch profile. Access level: Read. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetLaunchProfile.html */
  GetLaunchProfile: "R|||2;1;|||",
  /** Grants permission to get a launch profile's details, which includes the summary of studio components and streaming images used by the launch profile. Access level: Read. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetLaunchProfileDetails.html */
  GetLaunchProfileDetails: "R|||2;1;|||",
  /** Grants permission to get a launch profile initialization. A launch profile initialization is a dereferenced version of a launch profile, including attached studio component connection information. Access level: Read. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetLaunchProfileInitialization.html */
  GetLaunchProfileInitialization: "R|||2;1;||1,6,11|",
  /** Grants permission to get a launch profile member. Access level: Read. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetLaunchProfileMember.html */
  GetLaunchProfileMember: "R|||2;1;|||",
  /** Grants permission to get a streaming image. Access level: Read. Resources: streaming-image*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetStreamingImage.html */
  GetStreamingImage: "R|||3;1;|||",
  /** Grants permission to get a streaming session. Access level: Read. Resources: streaming-session*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetStreamingSession.html */
  GetStreamingSession: "R|||4;1;|6||",
  /** Grants permission to get a streaming session backup. Access level: Read. Resources: streaming-session-backup*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetStreamingSessionBackup.html */
  GetStreamingSessionBackup: "R|||5;1;|6||",
  /** Grants permission to get a streaming session stream. Access level: Read. Resources: streaming-session*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetStreamingSessionStream.html */
  GetStreamingSessionStream: "R|||4;1;|6||",
  /** Grants permission to get a studio. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetStudio.html */
  GetStudio: "R|||6;1;|||",
  /** Grants permission to get a studio component. Access level: Read. Resources: studio-component*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetStudioComponent.html */
  GetStudioComponent: "R|||7;1;|||",
  /** Grants permission to get a studio member. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_GetStudioMember.html */
  GetStudioMember: "R|||6;1;|||",
  /** Grants permission to list EULA acceptances. Access level: Read. Resources: eula-acceptance*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListEulaAcceptances.html */
  ListEulaAcceptances: "R|||1;1;|||",
  /** Grants permission to list EULAs. Access level: Read. Resources: eula*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListEulas.html */
  ListEulas: "R|||0;1;|||",
  /** Grants permission to list launch profile members. Access level: Read. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListLaunchProfileMembers.html */
  ListLaunchProfileMembers: "R|||2;1;|||",
  /** Grants permission to list launch profiles. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListLaunchProfiles.html */
  ListLaunchProfiles: "R|||6;1;|5,6||",
  /** Grants permission to list streaming images. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListStreamingImages.html */
  ListStreamingImages: "R|||6;1;|||",
  /** Grants permission to list streaming session backups. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListStreamingSessionBackups.html */
  ListStreamingSessionBackups: "R|||6;1;|6||",
  /** Grants permission to list streaming sessions. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListStreamingSessions.html */
  ListStreamingSessions: "R|||6;1;|3,4,6||",
  /** Grants permission to list studio components. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListStudioComponents.html */
  ListStudioComponents: "R|||6;1;|||",
  /** Grants permission to list studio members. Access level: Read. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListStudioMembers.html */
  ListStudioMembers: "R|||6;1;|||",
  /** Grants permission to list all studios. Access level: Read. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListStudios.html */
  ListStudios: "R||||||",
  /** Grants permission to list all tags on a Nimble Studio resource. Access level: Read. Resources: launch-profile, streaming-image, streaming-session, streaming-session-backup, studio, studio-component. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|||",
  /** Grants permission to add/update launch profile members. Access level: Write. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_PutLaunchProfileMembers.html */
  PutLaunchProfileMembers: "W|||2;1;||14|",
  /** Grants permission to report metrics and logs for the Nimble Studio portal to monitor application health. Access level: Write. Resources: studio*. Permission only. https://docs.aws.amazon.com/nimble-studio/latest/userguide/security-iam-service-with-iam.html */
  PutStudioLogEvents: "W||1|6;1;|||",
  /** Grants permission to add/update studio members. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_PutStudioMembers.html */
  PutStudioMembers: "W|||6;1;||14|",
  /** Grants permission to start a streaming session. Access level: Write. Resources: streaming-session*, streaming-session-backup. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_StartStreamingSession.html */
  StartStreamingSession: "W|||4;1;,5;0;|6|13,nimble:GetLaunchProfileMember|",
  /** Grants permission to repair the studio's AWS IAM Identity Center configuration. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_StartStudioSSOConfigurationRepair.html */
  StartStudioSSOConfigurationRepair: "W|||6;1;||15,sso:GetManagedApplicationInstance|",
  /** Grants permission to stop a streaming session. Access level: Write. Resources: streaming-session*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_StopStreamingSession.html */
  StopStreamingSession: "W|||4;1;|6|13|",
  /** Grants permission to add or overwrite one or more tags for the specified Nimble Studio resource. Access level: Tagging. Resources: launch-profile, streaming-image, streaming-session, streaming-session-backup, studio, studio-component. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_TagResource.html */
  TagResource: "T|||2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|0,1,2||",
  /** Grants permission to disassociate one or more tags from the specified Nimble Studio resource. Access level: Tagging. Resources: launch-profile, streaming-image, streaming-session, streaming-session-backup, studio, studio-component. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||2;0;,3;0;,4;0;,5;0;,6;0;,7;0;|2||",
  /** Grants permission to update a launch profile. Access level: Write. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_UpdateLaunchProfile.html */
  UpdateLaunchProfile: "W|||2;1;||3,4,5,7,8|",
  /** Grants permission to update a launch profile member. Access level: Write. Resources: launch-profile*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_UpdateLaunchProfileMember.html */
  UpdateLaunchProfileMember: "W|||2;1;|||",
  /** Grants permission to update a streaming image. Access level: Write. Resources: streaming-image*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_UpdateStreamingImage.html */
  UpdateStreamingImage: "W|||3;1;|||",
  /** Grants permission to update a studio. Access level: Write. Resources: studio*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_UpdateStudio.html */
  UpdateStudio: "W|||6;1;||12|",
  /** Grants permission to update a studio component. Access level: Write. Resources: studio-component*. https://docs.aws.amazon.com/nimble-studio/latest/APIReference/API_UpdateStudioComponent.html */
  UpdateStudioComponent: "W|||7;1;||0,1,6,11,12|",
} as const;
const actionDetails = {
  AcceptEulas: "|,;~|Grants permission to accept EULAs",
  CreateLaunchProfile: "|,;~|Grants permission to create a launch profile",
  CreateStreamingImage: "|,;~|Grants permission to create a streaming image",
  CreateStreamingSession: "|,;~|Grants permission to create a streaming session",
  CreateStreamingSessionStream: "|,;~|Grants permission to create a StreamingSessionStream",
  CreateStudio: "|,;~|Grants permission to create a studio",
  CreateStudioComponent:
    "|,;~|Grants permission to create a studio component. A studio component designates a network resource to which a launch profile will provide access",
  DeleteLaunchProfile: "|,;~|Grants permission to delete a launch profile",
  DeleteLaunchProfileMember: "|,;~|Grants permission to delete a launch profile member",
  DeleteStreamingImage: "|,;~|Grants permission to delete a streaming image",
  DeleteStreamingSession: "|,;~|Grants permission to delete a streaming session",
  DeleteStudio: "|,;~|Grants permission to delete a studio",
  DeleteStudioComponent: "|,;~|Grants permission to delete a studio component",
  DeleteStudioMember: "|,;~|Grants permission to delete a studio member",
  GetEula: "|,;~|Grants permission to get a EULA",
  GetFeatureMap:
    "|,;~|Grants permission to allow Nimble Studio portal to show the appropriate features for this account",
  GetLaunchProfile: "|,;~|Grants permission to get a launch profile",
  GetLaunchProfileDetails:
    "|,;~|Grants permission to get a launch profile's details, which includes the summary of studio components and streaming images used by the launch profile",
  GetLaunchProfileInitialization:
    "|,;~|Grants permission to get a launch profile initialization. A launch profile initialization is a dereferenced version of a launch profile, including attached studio component connection information",
  GetLaunchProfileMember: "|,;~|Grants permission to get a launch profile member",
  GetStreamingImage: "|,;~|Grants permission to get a streaming image",
  GetStreamingSession: "|,;~|Grants permission to get a streaming session",
  GetStreamingSessionBackup: "|,;~|Grants permission to get a streaming session backup",
  GetStreamingSessionStream: "|,;~|Grants permission to get a streaming session stream",
  GetStudio: "|,;~|Grants permission to get a studio",
  GetStudioComponent: "|,;~|Grants permission to get a studio component",
  GetStudioMember: "|,;~|Grants permission to get a studio member",
  ListEulaAcceptances: "|,;~|Grants permission to list EULA acceptances",
  ListEulas: "|,;~|Grants permission to list EULAs",
  ListLaunchProfileMembers: "|,;~|Grants permission to list launch profile members",
  ListLaunchProfiles: "|,;~|Grants permission to list launch profiles",
  ListStreamingImages: "|,;~|Grants permission to list streaming images",
  ListStreamingSessionBackups: "|,;~|Grants permission to list streaming session backups",
  ListStreamingSessions: "|,;~|Grants permission to list streaming sessions",
  ListStudioComponents: "|,;~|Grants permission to list studio components",
  ListStudioMembers: "|,;~|Grants permission to list studio members",
  ListStudios: "|,;~|Grants permission to list all studios",
  ListTagsForResource: "|,;~|Grants permission to list all tags on a Nimble Studio resource",
  PutLaunchProfileMembers: "|,;~|Grants permission to add/update launch profile members",
  PutStudioLogEvents:
    "|,;~|Grants permission to report metrics and logs for the Nimble Studio portal to monitor application health",
  PutStudioMembers: "|,;~|Grants permission to add/update studio members",
  StartStreamingSession: "|,;~|Grants permission to start a streaming session",
  StartStudioSSOConfigurationRepair:
    "|,;~|Grants permission to repair the studio's AWS IAM Identity Center configuration",
  StopStreamingSession: "|,;~|Grants permission to stop a streaming session",
  TagResource: "|,;~|Grants permission to add or overwrite one or more tags for the specified Nimble Studio resource",
  UntagResource: "|,;~|Grants permission to disassociate one or more tags from the specified Nimble Studio resource",
  UpdateLaunchProfile: "|,;~|Grants permission to update a launch profile",
  UpdateLaunchProfileMember: "|,;~|Grants permission to update a launch profile member",
  UpdateStreamingImage: "|,;~|Grants permission to update a streaming image",
  UpdateStudio: "|,;~|Grants permission to update a studio",
  UpdateStudioComponent: "|,;~|Grants permission to update a studio component",
};
const resourceTypeFacts = {
  /** The eula resource type: arn:${Partition}:nimble:${Region}:${Account}:eula/${EulaId} */
  eula: "|,|",
  /** The eula-acceptance resource type: arn:${Partition}:nimble:${Region}:${Account}:eula-acceptance/${EulaAcceptanceId} */
  "eula-acceptance": "|,eulaAcceptance|7",
  /** The launch-profile resource type: arn:${Partition}:nimble:${Region}:${Account}:launch-profile/${LaunchProfileId} */
  "launch-profile": "|,launchProfile|0,1,2,7",
  /** The streaming-image resource type: arn:${Partition}:nimble:${Region}:${Account}:streaming-image/${StreamingImageId} */
  "streaming-image": "|,streamingImage|0,1,2,7",
  /** The streaming-session resource type: arn:${Partition}:nimble:${Region}:${Account}:streaming-session/${StreamingSessionId} */
  "streaming-session": "|,streamingSession|0,1,2,3,4",
  /** The streaming-session-backup resource type: arn:${Partition}:nimble:${Region}:${Account}:streaming-session-backup/${StreamingSessionBackupId} */
  "streaming-session-backup": "|,streamingSessionBackup|0,1,2,4",
  /** The studio resource type: arn:${Partition}:nimble:${Region}:${Account}:studio/${StudioId} */
  studio: "|,|0,1,2,7",
  /** The studio-component resource type: arn:${Partition}:nimble:${Region}:${Account}:studio-component/${StudioComponentId} */
  "studio-component": "|,studioComponent|0,1,2,7",
} as const;
const arnFormats = {
  /** ARN of a eula resource: arn:${Partition}:nimble:${Region}:${Account}:eula/${EulaId}. */
  eula: "|,eula|arn:|Partition|:nimble:|Region|:|Account|:eula/|EulaId|",
  /** ARN of a eula-acceptance resource: arn:${Partition}:nimble:${Region}:${Account}:eula-acceptance/${EulaAcceptanceId}. */
  eulaAcceptance: "|,eula-acceptance|arn:|Partition|:nimble:|Region|:|Account|:eula-acceptance/|EulaAcceptanceId|",
  /** ARN of a launch-profile resource: arn:${Partition}:nimble:${Region}:${Account}:launch-profile/${LaunchProfileId}. */
  launchProfile: "|,launch-profile|arn:|Partition|:nimble:|Region|:|Account|:launch-profile/|LaunchProfileId|",
  /** ARN of a streaming-image resource: arn:${Partition}:nimble:${Region}:${Account}:streaming-image/${StreamingImageId}. */
  streamingImage: "|,streaming-image|arn:|Partition|:nimble:|Region|:|Account|:streaming-image/|StreamingImageId|",
  /** ARN of a streaming-session resource: arn:${Partition}:nimble:${Region}:${Account}:streaming-session/${StreamingSessionId}. */
  streamingSession:
    "|,streaming-session|arn:|Partition|:nimble:|Region|:|Account|:streaming-session/|StreamingSessionId|",
  /** ARN of a streaming-session-backup resource: arn:${Partition}:nimble:${Region}:${Account}:streaming-session-backup/${StreamingSessionBackupId}. */
  streamingSessionBackup:
    "|,streaming-session-backup|arn:|Partition|:nimble:|Region|:|Account|:streaming-session-backup/|StreamingSessionBackupId|",
  /** ARN of a studio resource: arn:${Partition}:nimble:${Region}:${Account}:studio/${StudioId}. */
  studio: "|,studio|arn:|Partition|:nimble:|Region|:|Account|:studio/|StudioId|",
  /** ARN of a studio-component resource: arn:${Partition}:nimble:${Region}:${Account}:studio-component/${StudioComponentId}. */
  studioComponent: "|,studio-component|arn:|Partition|:nimble:|Region|:|Account|:studio-component/|StudioComponentId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "eula",
  "eula-acceptance",
  "launch-profile",
  "streaming-image",
  "streaming-session",
  "streaming-session-backup",
  "studio",
  "studio-component",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "nimble">;
/** Any nimble action. */
export type Action = ActionOf<typeof actionFacts, "nimble">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "nimble">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every nimble action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the createdBy request parameter or the ID of the creator of the resource. */
  "nimble:createdBy": "String";
  /** Filters access by the ownedBy request parameter or the ID of the owner of the resource. */
  "nimble:ownedBy": "String";
  /** Filters access by the principalId request parameter. */
  "nimble:principalId": "String";
  /** Filters access by the ID of the logged in user. */
  "nimble:requesterPrincipalId": "String";
  /** Filters access by a specific studio. */
  "nimble:studioId": "ARN";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "nimble:createdBy":
    "|,String|0||Filters access by the createdBy request parameter or the ID of the creator of the resource",
  "nimble:ownedBy":
    "|,String|0||Filters access by the ownedBy request parameter or the ID of the owner of the resource",
  "nimble:principalId": "|,String|0||Filters access by the principalId request parameter",
  "nimble:requesterPrincipalId": "|,String|0||Filters access by the ID of the logged in user",
  "nimble:studioId": "|,ARN|0||Filters access by a specific studio",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "nimble",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
