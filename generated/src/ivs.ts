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
export const prefix: "ivs" = "ivs";
/** The service's name in the reference. */
export const serviceName: "Amazon Interactive Video Service" = "Amazon Interactive Video Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Interactive Video Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoninteractivevideoservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["ivs:TagResource"] as const;
const actionFacts = {
  /** Grants permission to get multiple channels simultaneously by channel ARN. Access level: Read. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_BatchGetChannel.html */
  BatchGetChannel: "R|||1;1;|||;",
  /** Grants permission to get multiple stream keys simultaneously by stream key ARN. Access level: Read. Resources: Stream-Key*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_BatchGetStreamKey.html */
  BatchGetStreamKey: "R|||11;1;|||;",
  /** Grants permission to perform StartViewerSessionRevocation on multiple channel ARN and viewer ID pairs simultaneously. Access level: Write. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_BatchStartViewerSessionRevocation.html */
  BatchStartViewerSessionRevocation: "W|||1;1;|||;",
  /** Grants permission to create a new ad configuration. Access level: Write. Resources: Ad-Configuration*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_CreateAdConfiguration.html */
  CreateAdConfiguration: "W|||0;1;|0,2|0|;",
  /** Grants permission to create a new channel and an associated stream key. Access level: Write. Resources: Channel*, Stream-Key*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_CreateChannel.html */
  CreateChannel: "W|||1;1;,11;1;|0,2|0|;",
  /** Grants permission to create a new encoder configuration. Access level: Write. Resources: Encoder-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_CreateEncoderConfiguration.html */
  CreateEncoderConfiguration: "W|||3;1;|0,2|0|;",
  /** Grants permission to create a new ingest configuration. Access level: Write. Resources: Ingest-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_CreateIngestConfiguration.html */
  CreateIngestConfiguration: "W|||4;1;|0,2|0|;",
  /** Grants permission to create a participant token. Access level: Write. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_CreateParticipantToken.html */
  CreateParticipantToken: "W|||9;1;|0,2||;",
  /** Grants permission to create a playback restriction policy. Access level: Write. Resources: Playback-Restriction-Policy*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_CreatePlaybackRestrictionPolicy.html */
  CreatePlaybackRestrictionPolicy: "W|||6;1;|0,2|0|;",
  /** Grants permission to create a a new recording configuration. Access level: Write. Resources: Recording-Configuration*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_CreateRecordingConfiguration.html */
  CreateRecordingConfiguration: "W|||8;1;|0,2|0|;",
  /** Grants permission to create a stage. Access level: Write. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_CreateStage.html */
  CreateStage: "W|||9;1;|0,2|0|;",
  /** Grants permission to create a new storage configuration. Access level: Write. Resources: Storage-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_CreateStorageConfiguration.html */
  CreateStorageConfiguration: "W|||10;1;|0,2|0|;",
  /** Grants permission to create a stream key. Access level: Write. Resources: Stream-Key*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_CreateStreamKey.html */
  CreateStreamKey: "W|||11;1;|0,2|0|;",
  /** Grants permission to delete an ad configuration for the specified ARN. Access level: Write. Resources: Ad-Configuration*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_DeleteAdConfiguration.html */
  DeleteAdConfiguration: "W|||0;1;|||;",
  /** Grants permission to delete a channel and channel's stream keys. Access level: Write. Resources: Channel*, Stream-Key*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_DeleteChannel.html */
  DeleteChannel: "W|||1;1;,11;1;|||;",
  /** Grants permission to delete an encoder configuration for the specified ARN. Access level: Write. Resources: Encoder-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_DeleteEncoderConfiguration.html */
  DeleteEncoderConfiguration: "W|||3;1;|||;",
  /** Grants permission to delete an ingest configuration for the specified ARN. Access level: Write. Resources: Ingest-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_DeleteIngestConfiguration.html */
  DeleteIngestConfiguration: "W|||4;1;|||;",
  /** Grants permission to delete the playback key pair for a specified ARN. Access level: Write. Resources: Playback-Key-Pair*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_DeletePlaybackKeyPair.html */
  DeletePlaybackKeyPair: "W|||5;1;|||;",
  /** Grants permission to delete the playback restriction policy for a specified ARN. Access level: Write. Resources: Playback-Restriction-Policy*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_DeletePlaybackRestrictionPolicy.html */
  DeletePlaybackRestrictionPolicy: "W|||6;1;|||;",
  /** Grants permission to delete the public key for the specified ARN. Access level: Write. Resources: Public-Key*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_DeletePublicKey.html */
  DeletePublicKey: "W|||7;1;|||;",
  /** Grants permission to delete a recording configuration for the specified ARN. Access level: Write. Resources: Recording-Configuration*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_DeleteRecordingConfiguration.html */
  DeleteRecordingConfiguration: "W|||8;1;|||;",
  /** Grants permission to delete the stage for a specified ARN. Access level: Write. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_DeleteStage.html */
  DeleteStage: "W|||9;1;|||;",
  /** Grants permission to delete an storage configuration for the specified ARN. Access level: Write. Resources: Storage-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_DeleteStorageConfiguration.html */
  DeleteStorageConfiguration: "W|||10;1;|||;",
  /** Grants permission to delete the stream key for a specified ARN. Access level: Write. Resources: Stream-Key*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_DeleteStreamKey.html */
  DeleteStreamKey: "W|||11;1;|||;",
  /** Grants permission to disconnect a participant from for the specified stage ARN. Access level: Write. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_DisconnectParticipant.html */
  DisconnectParticipant: "W|||9;1;|||;",
  /** Grants permission to get the ad configuration for the specified ARN. Access level: Read. Resources: Ad-Configuration*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_GetAdConfiguration.html */
  GetAdConfiguration: "R|||0;1;|||;",
  /** Grants permission to get the channel configuration for a specified channel ARN. Access level: Read. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_GetChannel.html */
  GetChannel: "R|||1;1;|||;",
  /** Grants permission to get the composition for the specified ARN. Access level: Read. Resources: Composition*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_GetComposition.html */
  GetComposition: "R|||2;1;|||;",
  /** Grants permission to get the encoder configuration for the specified ARN. Access level: Read. Resources: Encoder-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_GetEncoderConfiguration.html */
  GetEncoderConfiguration: "R|||3;1;|||;",
  /** Grants permission to get the ingest configuration for the specified ARN. Access level: Read. Resources: Ingest-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_GetIngestConfiguration.html */
  GetIngestConfiguration: "R|||4;1;|||;",
  /** Grants permission to get participant information for a specified stage ARN, session, and participant. Access level: Read. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_GetParticipant.html */
  GetParticipant: "R|||9;1;|||;",
  /** Grants permission to get the playback keypair information for a specified ARN. Access level: Read. Resources: Playback-Key-Pair*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_GetPlaybackKeyPair.html */
  GetPlaybackKeyPair: "R|||5;1;|||;",
  /** Grants permission to get the playback restriction policy for a specified ARN. Access level: Read. Resources: Playback-Restriction-Policy*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_GetPlaybackRestrictionPolicy.html */
  GetPlaybackRestrictionPolicy: "R|||6;1;|||;",
  /** Grants permission to get the public key for the specified ARN. Access level: Read. Resources: Public-Key*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_GetPublicKey.html */
  GetPublicKey: "R|||7;1;|||;",
  /** Grants permission to get the recording configuration for the specified ARN. Access level: Read. Resources: Recording-Configuration*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_GetRecordingConfiguration.html */
  GetRecordingConfiguration: "R|||8;1;|||;",
  /** Grants permission to get stage information for a specified ARN. Access level: Read. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_GetStage.html */
  GetStage: "R|||9;1;|||;",
  /** Grants permission to get stage session information for a specified stage ARN and session. Access level: Read. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_GetStageSession.html */
  GetStageSession: "R|||9;1;|||;",
  /** Grants permission to get the storage configuration for the specified ARN. Access level: Read. Resources: Storage-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_GetStorageConfiguration.html */
  GetStorageConfiguration: "R|||10;1;|||;",
  /** Grants permission to get information about the active (live) stream on a specified channel. Access level: Read. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_GetStream.html */
  GetStream: "R|||1;1;|||;",
  /** Grants permission to get stream-key information for a specified ARN. Access level: Read. Resources: Stream-Key*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_GetStreamKey.html */
  GetStreamKey: "R|||11;1;|||;",
  /** Grants permission to get information about the stream session on a specified channel. Access level: Read. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_GetStreamSession.html */
  GetStreamSession: "R|||1;1;|||;",
  /** Grants permission to import the public key. Access level: Write. Resources: Playback-Key-Pair*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ImportPlaybackKeyPair.html */
  ImportPlaybackKeyPair: "W|||5;1;|0,2|0|;",
  /** Grants permission to import a public key. Access level: Write. Resources: Public-Key*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ImportPublicKey.html */
  ImportPublicKey: "W|||7;1;|0,2|0|;",
  /** Grants permission to request an ad insertion on a channel using an associated ad configuration. Access level: Write. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_InsertAdBreak.html */
  InsertAdBreak: "W|||1;1;|||;",
  /** Grants permission to get summary information about ad configurations. Access level: List. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ListAdConfigurations.html */
  ListAdConfigurations: "L||||||;",
  /** Grants permission to get summary information about channels. Access level: List. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ListChannels.html */
  ListChannels: "L|||1;1;|||;",
  /** Grants permission to get summary information about compositions. Access level: List. Resources: Encoder-Configuration, Stage. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListCompositions.html */
  ListCompositions: "L|||3;0;,9;0;|||;",
  /** Grants permission to get summary information about encoder configurations. Access level: List. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListEncoderConfigurations.html */
  ListEncoderConfigurations: "L||||||;",
  /** Grants permission to get summary information about ingest configurations. Access level: List. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListIngestConfigurations.html */
  ListIngestConfigurations: "L||||||;",
  /** Grants permission to list participant events for a specified stage ARN, session, and participant. Access level: List. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListParticipantEvents.html */
  ListParticipantEvents: "L|||9;1;|||;",
  /** Grants permission to get summary information about participant replicas. Access level: List. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListParticipantReplicas.html */
  ListParticipantReplicas: "L|||9;1;|||;",
  /** Grants permission to list participants for a specified stage ARN and session. Access level: List. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListParticipants.html */
  ListParticipants: "L|||9;1;|||;",
  /** Grants permission to get summary information about playback key pairs. Access level: List. Resources: Playback-Key-Pair*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ListPlaybackKeyPairs.html */
  ListPlaybackKeyPairs: "L|||5;1;|||;",
  /** Grants permission to get summary information about playback restriction policies. Access level: List. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ListPlaybackRestrictionPolicies.html */
  ListPlaybackRestrictionPolicies: "L||||||;",
  /** Grants permission to get summary information about public keys. Access level: List. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListPublicKeys.html */
  ListPublicKeys: "L||||||;",
  /** Grants permission to get summary information about recording configurations. Access level: List. Resources: Recording-Configuration*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ListRecordingConfigurations.html */
  ListRecordingConfigurations: "L|||8;1;|||;",
  /** Grants permission to list stage sessions for a specified stage ARN. Access level: List. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListStageSessions.html */
  ListStageSessions: "L|||9;1;|||;",
  /** Grants permission to get summary information about stages. Access level: List. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListStages.html */
  ListStages: "L|||9;1;|||;",
  /** Grants permission to get summary information about storage configurations. Access level: List. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_ListStorageConfigurations.html */
  ListStorageConfigurations: "L||||||;",
  /** Grants permission to get summary information about stream keys. Access level: List. Resources: Channel*, Stream-Key*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ListStreamKeys.html */
  ListStreamKeys: "L|||1;1;,11;1;|||;",
  /** Grants permission to get summary information about streams sessions on a specified channel. Access level: List. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ListStreamSessions.html */
  ListStreamSessions: "L|||1;1;|||;",
  /** Grants permission to get summary information about live streams. Access level: List. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ListStreams.html */
  ListStreams: "L|||1;1;|||;",
  /** Grants permission to get information about the tags for a specified ARN. Access level: Read. Resources: Ad-Configuration, Channel, Composition, Encoder-Configuration, Ingest-Configuration, Playback-Key-Pair, Playback-Restriction-Policy, Public-Key, Recording-Configuration, Stage, Storage-Configuration, Stream-Key. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;|0,2||;",
  /** Grants permission to insert metadata into an RTMP stream for a specified channel. Access level: Write. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_PutMetadata.html */
  PutMetadata: "W|||1;1;|||;",
  /** Grants permission to start a new composition. Access level: Write. Resources: Channel, Encoder-Configuration*, Stage*, Storage-Configuration. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_StartComposition.html */
  StartComposition: "W|||1;0;,3;1;,9;1;,10;0;|0,2|0|;",
  /** Grants permission to start a new participant replication. Access level: Write. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_StartParticipantReplication.html */
  StartParticipantReplication: "W|||9;1;|0,2||;",
  /** Grants permission to start the process of revoking the viewer session associated with a specified channel ARN and viewer ID. Access level: Write. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_StartViewerSessionRevocation.html */
  StartViewerSessionRevocation: "W|||1;1;|||;",
  /** Grants permission to stop the composition for the specified ARN. Access level: Write. Resources: Composition*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_StopComposition.html */
  StopComposition: "W|||2;1;|||;",
  /** Grants permission to stop the participant replication for the specified ARN. Access level: Write. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_StopParticipantReplication.html */
  StopParticipantReplication: "W|||9;1;|||;",
  /** Grants permission to disconnect a streamer on a specified channel. Access level: Write. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_StopStream.html */
  StopStream: "W|||1;1;|||;",
  /** Grants permission to add or update tags for a resource with a specified ARN. Access level: Tagging. Resources: Ad-Configuration, Channel, Composition, Encoder-Configuration, Ingest-Configuration, Playback-Key-Pair, Playback-Restriction-Policy, Public-Key, Recording-Configuration, Stage, Storage-Configuration, Stream-Key. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;|0,2||CreateAdConfiguration,CreateChannel,CreateEncoderConfiguration,CreateIngestConfiguration,CreatePlaybackRestrictionPolicy,CreateRecordingConfiguration,CreateStage,CreateStorageConfiguration,CreateStreamKey,ImportPlaybackKeyPair,ImportPublicKey,StartComposition,;",
  /** Grants permission to remove tags for a resource with a specified ARN. Access level: Tagging. Resources: Ad-Configuration, Channel, Composition, Encoder-Configuration, Ingest-Configuration, Playback-Key-Pair, Playback-Restriction-Policy, Public-Key, Recording-Configuration, Stage, Storage-Configuration, Stream-Key. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;|2||;",
  /** Grants permission to update a channel's configuration. Access level: Write. Resources: Channel*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_UpdateChannel.html */
  UpdateChannel: "W|||1;1;|||;",
  /** Grants permission to update ingest configuration for a specified ARN. Access level: Write. Resources: Ingest-Configuration*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_UpdateIngestConfiguration.html */
  UpdateIngestConfiguration: "W|||4;1;|||;",
  /** Grants permission to update a playback restriction policy for a specified ARN. Access level: Write. Resources: Playback-Restriction-Policy*. https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_UpdatePlaybackRestrictionPolicy.html */
  UpdatePlaybackRestrictionPolicy: "W|||6;1;|||;",
  /** Grants permission to update a stage's configuration. Access level: Write. Resources: Stage*. https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_UpdateStage.html */
  UpdateStage: "W|||9;1;|||;",
} as const;
const actionDetails = {
  BatchGetChannel: "|,;~~~|Grants permission to get multiple channels simultaneously by channel ARN",
  BatchGetStreamKey: "|,;~~~|Grants permission to get multiple stream keys simultaneously by stream key ARN",
  BatchStartViewerSessionRevocation:
    "|,;~~~|Grants permission to perform StartViewerSessionRevocation on multiple channel ARN and viewer ID pairs simultaneously",
  CreateAdConfiguration: "|,;~~~|Grants permission to create a new ad configuration",
  CreateChannel: "|,;~~~|Grants permission to create a new channel and an associated stream key",
  CreateEncoderConfiguration: "|,;~~ivs-realtime~|Grants permission to create a new encoder configuration",
  CreateIngestConfiguration: "|,;~~ivs-realtime~|Grants permission to create a new ingest configuration",
  CreateParticipantToken: "|,;~~ivs-realtime~|Grants permission to create a participant token",
  CreatePlaybackRestrictionPolicy: "|,;~~~|Grants permission to create a playback restriction policy",
  CreateRecordingConfiguration: "|,;~~~|Grants permission to create a a new recording configuration",
  CreateStage: "|,;~~ivs-realtime~|Grants permission to create a stage",
  CreateStorageConfiguration: "|,;~~ivs-realtime~|Grants permission to create a new storage configuration",
  CreateStreamKey: "|,;~~~|Grants permission to create a stream key",
  DeleteAdConfiguration: "|,;~~~|Grants permission to delete an ad configuration for the specified ARN",
  DeleteChannel: "|,;~~~|Grants permission to delete a channel and channel's stream keys",
  DeleteEncoderConfiguration:
    "|,;~~ivs-realtime~|Grants permission to delete an encoder configuration for the specified ARN",
  DeleteIngestConfiguration:
    "|,;~~ivs-realtime~|Grants permission to delete an ingest configuration for the specified ARN",
  DeletePlaybackKeyPair: "|,;~~~|Grants permission to delete the playback key pair for a specified ARN",
  DeletePlaybackRestrictionPolicy:
    "|,;~~~|Grants permission to delete the playback restriction policy for a specified ARN",
  DeletePublicKey: "|,;~~ivs-realtime~|Grants permission to delete the public key for the specified ARN",
  DeleteRecordingConfiguration: "|,;~~~|Grants permission to delete a recording configuration for the specified ARN",
  DeleteStage: "|,;~~ivs-realtime~|Grants permission to delete the stage for a specified ARN",
  DeleteStorageConfiguration:
    "|,;~~ivs-realtime~|Grants permission to delete an storage configuration for the specified ARN",
  DeleteStreamKey: "|,;~~~|Grants permission to delete the stream key for a specified ARN",
  DisconnectParticipant:
    "|,;~~ivs-realtime~|Grants permission to disconnect a participant from for the specified stage ARN",
  GetAdConfiguration: "|,;~~~|Grants permission to get the ad configuration for the specified ARN",
  GetChannel: "|,;~~~|Grants permission to get the channel configuration for a specified channel ARN",
  GetComposition: "|,;~~ivs-realtime~|Grants permission to get the composition for the specified ARN",
  GetEncoderConfiguration:
    "|,;~~ivs-realtime~|Grants permission to get the encoder configuration for the specified ARN",
  GetIngestConfiguration: "|,;~~ivs-realtime~|Grants permission to get the ingest configuration for the specified ARN",
  GetParticipant:
    "|,;~~ivs-realtime~|Grants permission to get participant information for a specified stage ARN, session, and participant",
  GetPlaybackKeyPair: "|,;~~~|Grants permission to get the playback keypair information for a specified ARN",
  GetPlaybackRestrictionPolicy: "|,;~~~|Grants permission to get the playback restriction policy for a specified ARN",
  GetPublicKey: "|,;~~ivs-realtime~|Grants permission to get the public key for the specified ARN",
  GetRecordingConfiguration: "|,;~~~|Grants permission to get the recording configuration for the specified ARN",
  GetStage: "|,;~~ivs-realtime~|Grants permission to get stage information for a specified ARN",
  GetStageSession:
    "|,;~~ivs-realtime~|Grants permission to get stage session information for a specified stage ARN and session",
  GetStorageConfiguration:
    "|,;~~ivs-realtime~|Grants permission to get the storage configuration for the specified ARN",
  GetStream: "|,;~~~|Grants permission to get information about the active (live) stream on a specified channel",
  GetStreamKey: "|,;~~~|Grants permission to get stream-key information for a specified ARN",
  GetStreamSession: "|,;~~~|Grants permission to get information about the stream session on a specified channel",
  ImportPlaybackKeyPair: "|,;~~~|Grants permission to import the public key",
  ImportPublicKey: "|,;~~ivs-realtime~|Grants permission to import a public key",
  InsertAdBreak:
    "|,;~~~|Grants permission to request an ad insertion on a channel using an associated ad configuration",
  ListAdConfigurations: "|,;~~~|Grants permission to get summary information about ad configurations",
  ListChannels: "|,;~~~|Grants permission to get summary information about channels",
  ListCompositions: "|,;~~ivs-realtime~|Grants permission to get summary information about compositions",
  ListEncoderConfigurations:
    "|,;~~ivs-realtime~|Grants permission to get summary information about encoder configurations",
  ListIngestConfigurations:
    "|,;~~ivs-realtime~|Grants permission to get summary information about ingest configurations",
  ListParticipantEvents:
    "|,;~~ivs-realtime~|Grants permission to list participant events for a specified stage ARN, session, and participant",
  ListParticipantReplicas: "|,;~~ivs-realtime~|Grants permission to get summary information about participant replicas",
  ListParticipants: "|,;~~ivs-realtime~|Grants permission to list participants for a specified stage ARN and session",
  ListPlaybackKeyPairs: "|,;~~~|Grants permission to get summary information about playback key pairs",
  ListPlaybackRestrictionPolicies:
    "|,;~~~|Grants permission to get summary information about playback restriction policies",
  ListPublicKeys: "|,;~~ivs-realtime~|Grants permission to get summary information about public keys",
  ListRecordingConfigurations: "|,;~~~|Grants permission to get summary information about recording configurations",
  ListStageSessions: "|,;~~ivs-realtime~|Grants permission to list stage sessions for a specified stage ARN",
  ListStages: "|,;~~ivs-realtime~|Grants permission to get summary information about stages",
  ListStorageConfigurations:
    "|,;~~ivs-realtime~|Grants permission to get summary information about storage configurations",
  ListStreamKeys: "|,;~~~|Grants permission to get summary information about stream keys",
  ListStreamSessions:
    "|,;~~~|Grants permission to get summary information about streams sessions on a specified channel",
  ListStreams: "|,;~~~|Grants permission to get summary information about live streams",
  ListTagsForResource: "|,;~~~;~ivs-realtime~|Grants permission to get information about the tags for a specified ARN",
  PutMetadata: "|,;~~~|Grants permission to insert metadata into an RTMP stream for a specified channel",
  StartComposition: "|,;~~ivs-realtime~|Grants permission to start a new composition",
  StartParticipantReplication: "|,;~~ivs-realtime~|Grants permission to start a new participant replication",
  StartViewerSessionRevocation:
    "|,;~~~|Grants permission to start the process of revoking the viewer session associated with a specified channel ARN and viewer ID",
  StopComposition: "|,;~~ivs-realtime~|Grants permission to stop the composition for the specified ARN",
  StopParticipantReplication:
    "|,;~~ivs-realtime~|Grants permission to stop the participant replication for the specified ARN",
  StopStream: "|,;~~~|Grants permission to disconnect a streamer on a specified channel",
  TagResource:
    "|,;~~~,~~,~ivs-realtime~,~ivs-realtime~,~~,~~,~ivs-realtime~,~ivs-realtime~,~~,~~,~ivs-realtime~,~ivs-realtime~,~~;~ivs-realtime~|Grants permission to add or update tags for a resource with a specified ARN",
  UntagResource: "|,;~~~;~ivs-realtime~|Grants permission to remove tags for a resource with a specified ARN",
  UpdateChannel: "|,;~~~|Grants permission to update a channel's configuration",
  UpdateIngestConfiguration: "|,;~~ivs-realtime~|Grants permission to update ingest configuration for a specified ARN",
  UpdatePlaybackRestrictionPolicy:
    "|,;~~~|Grants permission to update a playback restriction policy for a specified ARN",
  UpdateStage: "|,;~~ivs-realtime~|Grants permission to update a stage's configuration",
};
const resourceTypeFacts = {
  /** The Ad-Configuration resource type: arn:${Partition}:ivs:${Region}:${Account}:ad-configuration/${ResourceId} */
  "Ad-Configuration": "|,adConfiguration|1",
  /** The Channel resource type: arn:${Partition}:ivs:${Region}:${Account}:channel/${ResourceId} */
  Channel: "|,channel|1",
  /** The Composition resource type: arn:${Partition}:ivs:${Region}:${Account}:composition/${ResourceId} */
  Composition: "|,composition|1",
  /** The Encoder-Configuration resource type: arn:${Partition}:ivs:${Region}:${Account}:encoder-configuration/${ResourceId} */
  "Encoder-Configuration": "|,encoderConfiguration|1",
  /** The Ingest-Configuration resource type: arn:${Partition}:ivs:${Region}:${Account}:ingest-configuration/${ResourceId} */
  "Ingest-Configuration": "|,ingestConfiguration|1",
  /** The Playback-Key-Pair resource type: arn:${Partition}:ivs:${Region}:${Account}:playback-key/${ResourceId} */
  "Playback-Key-Pair": "|,playbackKeyPair|1",
  /** The Playback-Restriction-Policy resource type: arn:${Partition}:ivs:${Region}:${Account}:playback-restriction-policy/${ResourceId} */
  "Playback-Restriction-Policy": "|,playbackRestrictionPolicy|1",
  /** The Public-Key resource type: arn:${Partition}:ivs:${Region}:${Account}:public-key/${ResourceId} */
  "Public-Key": "|,publicKey|1",
  /** The Recording-Configuration resource type: arn:${Partition}:ivs:${Region}:${Account}:recording-configuration/${ResourceId} */
  "Recording-Configuration": "|,recordingConfiguration|1",
  /** The Stage resource type: arn:${Partition}:ivs:${Region}:${Account}:stage/${ResourceId} */
  Stage: "|,stage|1",
  /** The Storage-Configuration resource type: arn:${Partition}:ivs:${Region}:${Account}:storage-configuration/${ResourceId} */
  "Storage-Configuration": "|,storageConfiguration|1",
  /** The Stream-Key resource type: arn:${Partition}:ivs:${Region}:${Account}:stream-key/${ResourceId} */
  "Stream-Key": "|,streamKey|1",
} as const;
const arnFormats = {
  /** ARN of a Ad-Configuration resource: arn:${Partition}:ivs:${Region}:${Account}:ad-configuration/${ResourceId}. */
  adConfiguration: "|,Ad-Configuration|arn:|Partition|:ivs:|Region|:|Account|:ad-configuration/|ResourceId|",
  /** ARN of a Channel resource: arn:${Partition}:ivs:${Region}:${Account}:channel/${ResourceId}. */
  channel: "|,Channel|arn:|Partition|:ivs:|Region|:|Account|:channel/|ResourceId|",
  /** ARN of a Composition resource: arn:${Partition}:ivs:${Region}:${Account}:composition/${ResourceId}. */
  composition: "|,Composition|arn:|Partition|:ivs:|Region|:|Account|:composition/|ResourceId|",
  /** ARN of a Encoder-Configuration resource: arn:${Partition}:ivs:${Region}:${Account}:encoder-configuration/${ResourceId}. */
  encoderConfiguration:
    "|,Encoder-Configuration|arn:|Partition|:ivs:|Region|:|Account|:encoder-configuration/|ResourceId|",
  /** ARN of a Ingest-Configuration resource: arn:${Partition}:ivs:${Region}:${Account}:ingest-configuration/${ResourceId}. */
  ingestConfiguration:
    "|,Ingest-Configuration|arn:|Partition|:ivs:|Region|:|Account|:ingest-configuration/|ResourceId|",
  /** ARN of a Playback-Key-Pair resource: arn:${Partition}:ivs:${Region}:${Account}:playback-key/${ResourceId}. */
  playbackKeyPair: "|,Playback-Key-Pair|arn:|Partition|:ivs:|Region|:|Account|:playback-key/|ResourceId|",
  /** ARN of a Playback-Restriction-Policy resource: arn:${Partition}:ivs:${Region}:${Account}:playback-restriction-policy/${ResourceId}. */
  playbackRestrictionPolicy:
    "|,Playback-Restriction-Policy|arn:|Partition|:ivs:|Region|:|Account|:playback-restriction-policy/|ResourceId|",
  /** ARN of a Public-Key resource: arn:${Partition}:ivs:${Region}:${Account}:public-key/${ResourceId}. */
  publicKey: "|,Public-Key|arn:|Partition|:ivs:|Region|:|Account|:public-key/|ResourceId|",
  /** ARN of a Recording-Configuration resource: arn:${Partition}:ivs:${Region}:${Account}:recording-configuration/${ResourceId}. */
  recordingConfiguration:
    "|,Recording-Configuration|arn:|Partition|:ivs:|Region|:|Account|:recording-configuration/|ResourceId|",
  /** ARN of a Stage resource: arn:${Partition}:ivs:${Region}:${Account}:stage/${ResourceId}. */
  stage: "|,Stage|arn:|Partition|:ivs:|Region|:|Account|:stage/|ResourceId|",
  /** ARN of a Storage-Configuration resource: arn:${Partition}:ivs:${Region}:${Account}:storage-configuration/${ResourceId}. */
  storageConfiguration:
    "|,Storage-Configuration|arn:|Partition|:ivs:|Region|:|Account|:storage-configuration/|ResourceId|",
  /** ARN of a Stream-Key resource: arn:${Partition}:ivs:${Region}:${Account}:stream-key/${ResourceId}. */
  streamKey: "|,Stream-Key|arn:|Partition|:ivs:|Region|:|Account|:stream-key/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "Ad-Configuration",
  "Channel",
  "Composition",
  "Encoder-Configuration",
  "Ingest-Configuration",
  "Playback-Key-Pair",
  "Playback-Restriction-Policy",
  "Public-Key",
  "Recording-Configuration",
  "Stage",
  "Storage-Configuration",
  "Stream-Key",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "ivs">;
/** Any ivs action. */
export type Action = ActionOf<typeof actionFacts, "ivs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "ivs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "ivs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every ivs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags associated with the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags associated with the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "ivs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
