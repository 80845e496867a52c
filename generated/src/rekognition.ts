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
export const prefix: "rekognition" = "rekognition";
/** The service's name in the reference. */
export const serviceName: "Amazon Rekognition" = "Amazon Rekognition";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Rekognition",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonrekognition.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:PassRole", "rekognition:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate multiple individual faces with a single user. Access level: Write. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_AssociateFaces.html */
  AssociateFaces: "W|||0;1;|||;",
  /** Grants permission to compare faces in the source input image with each face detected in the target input image. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CompareFaces.html */
  CompareFaces: "R||||||;",
  /** Grants permission to copy an existing model version to a new model version. Access level: Write. Resources: project*, projectversion*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CopyProjectVersion.html */
  CopyProjectVersion: "W|||2;1;,3;1;|0,2|rekognition:CreateProjectVersion,1|;",
  /** Grants permission to create a collection in an AWS Region. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateCollection.html */
  CreateCollection: "W||||0,2|1|;",
  /** Grants permission to create a new Amazon Rekognition Custom Labels dataset. Access level: Write. Resources: project*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateDataset.html */
  CreateDataset: "W|||2;1;|0,2|rekognition:ListDatasetEntries,1|;",
  /** Grants permission to create a face liveness session. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateFaceLivenessSession.html */
  CreateFaceLivenessSession: "W||||||;",
  /** Grants permission to create an Amazon Rekognition Custom Labels project. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateProject.html */
  CreateProject: "W||||0,2|1|;",
  /** Grants permission to begin training a new version of a model. Access level: Write. Resources: project*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateProjectVersion.html */
  CreateProjectVersion: "W|||2;1;|0,2|1|CopyProjectVersion,;",
  /** Grants permission to create an Amazon Rekognition stream processor. Access level: Write. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateStreamProcessor.html */
  CreateStreamProcessor: "W|||0;1;|0,2|0,1|;",
  /** Grants permission to create a new user in a collection using a unique user ID you provide. Access level: Write. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateUser.html */
  CreateUser: "W|||0;1;|||;",
  /** Grants permission to delete the specified collection. Access level: Write. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DeleteCollection.html */
  DeleteCollection: "W|||0;1;|||;",
  /** Grants permission to delete an existing Amazon Rekognition Custom Labels dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DeleteDataset.html */
  DeleteDataset: "W|||1;1;|||;",
  /** Grants permission to delete faces from a collection. Access level: Write. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DeleteFaces.html */
  DeleteFaces: "W|||0;1;|||;",
  /** Grants permission to delete a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DeleteProject.html */
  DeleteProject: "W|||2;1;|||;",
  /** Grants permission to delete a resource policy attached to a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DeleteProjectPolicy.html */
  DeleteProjectPolicy: "W|||2;1;|||;",
  /** Grants permission to delete a model. Access level: Write. Resources: projectversion*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DeleteProjectVersion.html */
  DeleteProjectVersion: "W|||3;1;|||;",
  /** Grants permission to delete the specified stream processor. Access level: Write. Resources: streamprocessor*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DeleteStreamProcessor.html */
  DeleteStreamProcessor: "W|||4;1;|||;",
  /** Grants permission to delete a user from a collection based on the provided user ID. Access level: Write. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W|||0;1;|||;",
  /** Grants permission to read details about a collection. Access level: Read. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DescribeCollection.html */
  DescribeCollection: "R|||0;1;|||;",
  /** Grants permission to describe an Amazon Rekognition Custom Labels dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DescribeDataset.html */
  DescribeDataset: "R|||1;1;|||;",
  /** Grants permission to list the versions of a model in an Amazon Rekognition Custom Labels project. Access level: Read. Resources: project*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DescribeProjectVersions.html */
  DescribeProjectVersions: "R|||2;1;|||;",
  /** Grants permission to list Amazon Rekognition Custom Labels projects. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DescribeProjects.html */
  DescribeProjects: "R||||||;",
  /** Grants permission to get information about the specified stream processor. Access level: Read. Resources: streamprocessor*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DescribeStreamProcessor.html */
  DescribeStreamProcessor: "R|||4;1;|||;",
  /** Grants permission to detect custom labels in a supplied image. Access level: Read. Resources: projectversion*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DetectCustomLabels.html */
  DetectCustomLabels: "R|||3;1;|||;",
  /** Grants permission to detect human faces within an image provided as input. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DetectFaces.html */
  DetectFaces: "R||||||;",
  /** Grants permission to detect instances of real-world labels within an image provided as input. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DetectLabels.html */
  DetectLabels: "R||||||;",
  /** Grants permission to detect moderation labels within the input image. Access level: Read. Resources: projectversion. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DetectModerationLabels.html */
  DetectModerationLabels: "R|||3;0;|||;",
  /** Grants permission to detect Personal Protective Equipment in the input image. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DetectProtectiveEquipment.html */
  DetectProtectiveEquipment: "R||||||;",
  /** Grants permission to detect text in the input image and convert it into machine-readable text. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DetectText.html */
  DetectText: "R||||||;",
  /** Grants permission to remove the association between a user ID and a face ID. Access level: Write. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DisassociateFaces.html */
  DisassociateFaces: "W|||0;1;|||;",
  /** Grants permission to distribute the entries in a training dataset across the training dataset and the test dataset for a project. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DistributeDatasetEntries.html */
  DistributeDatasetEntries: "W|||1;1;|||;",
  /** Grants permission to read the name, and additional information, of a celebrity. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetCelebrityInfo.html */
  GetCelebrityInfo: "R||||||;",
  /** Grants permission to read the celebrity recognition results found in a stored video by an asynchronous celebrity recognition job. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetCelebrityRecognition.html */
  GetCelebrityRecognition: "R||||||;",
  /** Grants permission to read the content moderation analysis results found in a stored video by an asynchronous content moderation job. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetContentModeration.html */
  GetContentModeration: "R||||||;",
  /** Grants permission to read the faces detection results found in a stored video by an asynchronous face detection job. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetFaceDetection.html */
  GetFaceDetection: "R||||||;",
  /** Grants permission to get results of a face liveness session. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetFaceLivenessSessionResults.html */
  GetFaceLivenessSessionResults: "R||||||;",
  /** Grants permission to read the matching collection faces found in a stored video by an asynchronous face search job. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetFaceSearch.html */
  GetFaceSearch: "R||||||;",
  /** Grants permission to read the label detected resuls found in a stored video by an asynchronous label detection job. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetLabelDetection.html */
  GetLabelDetection: "R||||||;",
  /** Grants permission to read the reference to job results in S3 and additional information about a media analysis job. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetMediaAnalysisJob.html */
  GetMediaAnalysisJob: "R||||||;",
  /** Grants permission to read the list of persons detected in a stored video by an asynchronous person tracking job. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetPersonTracking.html */
  GetPersonTracking: "R||||||;",
  /** Grants permission to get the vdeo segments found in a stored video by an asynchronous segment detection job. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetSegmentDetection.html */
  GetSegmentDetection: "R||||||;",
  /** Grants permission to get the text found in a stored video by an asynchronous text detection job. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_GetTextDetection.html */
  GetTextDetection: "R||||||;",
  /** Grants permission to update an existing collection with faces detected in the input image. Access level: Write. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_IndexFaces.html */
  IndexFaces: "W|||0;1;|||;",
  /** Grants permission to read the collection Id's in your account. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_ListCollections.html */
  ListCollections: "R||||||;",
  /** Grants permission to list the dataset entries in an existing Amazon Rekognition Custom Labels dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_ListDatasetEntries.html */
  ListDatasetEntries: "R|||1;1;|||CreateDataset,;",
  /** Grants permission to list the labels in a dataset. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_ListDatasetLabels.html */
  ListDatasetLabels: "R|||1;1;|||;",
  /** Grants permission to read metadata for faces in the specificed collection. Access level: Read. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_ListFaces.html */
  ListFaces: "R|||0;1;|||;",
  /** Grants permission to read the list of media analysis jobs. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_ListMediaAnalysisJobs.html */
  ListMediaAnalysisJobs: "R||||||;",
  /** Grants permission to list the resource policies attached to a project. Access level: Read. Resources: project*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_ListProjectPolicies.html */
  ListProjectPolicies: "R|||2;1;|||;",
  /** Grants permission to get a list of your stream processors. Access level: List. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_ListStreamProcessors.html */
  ListStreamProcessors: "L||||||;",
  /** Grants permission to return a list of tags associated with a resource. Access level: Read. Resources: collection, dataset, project, projectversion, streamprocessor. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;|||;",
  /** Grants permission to list UserIds and the UserStatus. Access level: Read. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_ListUsers.html */
  ListUsers: "R|||0;1;|||;",
  /** Grants permission to attach a resource policy to a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_PutProjectPolicy.html */
  PutProjectPolicy: "W|||2;1;|||;",
  /** Grants permission to detect celebrities in the input image. Access level: Read. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_RecognizeCelebrities.html */
  RecognizeCelebrities: "R||||||;",
  /** Grants permission to search the specificed collection for the supplied face ID. Access level: Read. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_SearchFaces.html */
  SearchFaces: "R|||0;1;|||;",
  /** Grants permission to search the specificed collection for the largest face in the input image. Access level: Read. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_SearchFacesByImage.html */
  SearchFacesByImage: "R|||0;1;|||;",
  /** Grants permission to search the specificed collection for user match result with given either face ID or user ID. Access level: Read. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_SearchUsers.html */
  SearchUsers: "R|||0;1;|||;",
  /** Grants permission to search the specificed collection for user match result by using the largest face in the input image. Access level: Read. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_SearchUsersByImage.html */
  SearchUsersByImage: "R|||0;1;|||;",
  /** Grants permission to start the asynchronous recognition of celebrities in a stored video. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartCelebrityRecognition.html */
  StartCelebrityRecognition: "W|||||0|;",
  /** Grants permission to start asynchronous detection of explicit or suggestive adult content in a stored video. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartContentModeration.html */
  StartContentModeration: "W|||||0|;",
  /** Grants permission to start asynchronous detection of faces in a stored video. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartFaceDetection.html */
  StartFaceDetection: "W|||||0|;",
  /** Grants permission to start streaming video for a face liveness session. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_rekognitionstreaming_StartFaceLivenessSession.html */
  StartFaceLivenessSession: "W||||||",
  /** Grants permission to start an asynchronous search for faces in a collection that match the faces of persons detected in a stored video. Access level: Write. Resources: collection*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartFaceSearch.html */
  StartFaceSearch: "W|||0;1;||0|;",
  /** Grants permission to start asynchronous detection of labels in a stored video. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartLabelDetection.html */
  StartLabelDetection: "W|||||0|;",
  /** Grants permission to start a media analysis job. Access level: Write. Resources: projectversion. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartMediaAnalysisJob.html */
  StartMediaAnalysisJob: "W|||3;0;|||;",
  /** Grants permission to start the asynchronous tracking of persons in a stored video. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartPersonTracking.html */
  StartPersonTracking: "W|||||0|;",
  /** Grants permission to start running a model version. Access level: Write. Resources: projectversion*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartProjectVersion.html */
  StartProjectVersion: "W|||3;1;|||;",
  /** Grants permission to start the asynchronous detection of segments in a stored video. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartSegmentDetection.html */
  StartSegmentDetection: "W|||||0|;",
  /** Grants permission to start running a stream processor. Access level: Write. Resources: streamprocessor*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartStreamProcessor.html */
  StartStreamProcessor: "W|||4;1;|||;",
  /** Grants permission to start the asynchronous detection of text in a stored video. Access level: Write. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StartTextDetection.html */
  StartTextDetection: "W|||||0|;",
  /** Grants permission to stop a running model version. Access level: Write. Resources: projectversion*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StopProjectVersion.html */
  StopProjectVersion: "W|||3;1;|||;",
  /** Grants permission to stop a running stream processor. Access level: Write. Resources: streamprocessor*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StopStreamProcessor.html */
  StopStreamProcessor: "W|||4;1;|||;",
  /** Grants permission to add one or more tags to a resource. Access level: Tagging. Resources: collection, dataset, project, projectversion, streamprocessor. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||CopyProjectVersion,CreateCollection,CreateDataset,CreateProject,CreateProjectVersion,CreateStreamProcessor,;",
  /** Grants permission to remove one or more tags from a resource. Access level: Tagging. Resources: collection, dataset, project, projectversion, streamprocessor. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||;",
  /** Grants permission to add or update one or more JSON Lines (entries) in a dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_UpdateDatasetEntries.html */
  UpdateDatasetEntries: "W|||1;1;|||;",
  /** Grants permission to modify properties for a stream processor. Access level: Write. Resources: streamprocessor*. https://docs.aws.amazon.com/rekognition/latest/APIReference/API_UpdateStreamProcessor.html */
  UpdateStreamProcessor: "W|||4;1;|||;",
} as const;
const actionDetails = {
  AssociateFaces: "|,;~~~|Grants permission to associate multiple individual faces with a single user",
  CompareFaces:
    "|,;~~~|Grants permission to compare faces in the source input image with each face detected in the target input image",
  CopyProjectVersion: "|,;~~~|Grants permission to copy an existing model version to a new model version",
  CreateCollection: "|,;~~~|Grants permission to create a collection in an AWS Region",
  CreateDataset: "|,;~~~|Grants permission to create a new Amazon Rekognition Custom Labels dataset",
  CreateFaceLivenessSession: "|,;~~~|Grants permission to create a face liveness session",
  CreateProject: "|,;~~~|Grants permission to create an Amazon Rekognition Custom Labels project",
  CreateProjectVersion: "|,;~~~,~~|Grants permission to begin training a new version of a model",
  CreateStreamProcessor: "|,;~~~|Grants permission to create an Amazon Rekognition stream processor",
  CreateUser: "|,;~~~|Grants permission to create a new user in a collection using a unique user ID you provide",
  DeleteCollection: "|,;~~~|Grants permission to delete the specified collection",
  DeleteDataset: "|,;~~~|Grants permission to delete an existing Amazon Rekognition Custom Labels dataset",
  DeleteFaces: "|,;~~~|Grants permission to delete faces from a collection",
  DeleteProject: "|,;~~~|Grants permission to delete a project",
  DeleteProjectPolicy: "|,;~~~|Grants permission to delete a resource policy attached to a project",
  DeleteProjectVersion: "|,;~~~|Grants permission to delete a model",
  DeleteStreamProcessor: "|,;~~~|Grants permission to delete the specified stream processor",
  DeleteUser: "|,;~~~|Grants permission to delete a user from a collection based on the provided user ID",
  DescribeCollection: "|,;~~~|Grants permission to read details about a collection",
  DescribeDataset: "|,;~~~|Grants permission to describe an Amazon Rekognition Custom Labels dataset",
  DescribeProjectVersions:
    "|,;~~~|Grants permission to list the versions of a model in an Amazon Rekognition Custom Labels project",
  DescribeProjects: "|,;~~~|Grants permission to list Amazon Rekognition Custom Labels projects",
  DescribeStreamProcessor: "|,;~~~|Grants permission to get information about the specified stream processor",
  DetectCustomLabels: "|,;~~~|Grants permission to detect custom labels in a supplied image",
  DetectFaces: "|,;~~~|Grants permission to detect human faces within an image provided as input",
  DetectLabels: "|,;~~~|Grants permission to detect instances of real-world labels within an image provided as input",
  DetectModerationLabels: "|,;~~~|Grants permission to detect moderation labels within the input image",
  DetectProtectiveEquipment: "|,;~~~|Grants permission to detect Personal Protective Equipment in the input image",
  DetectText: "|,;~~~|Grants permission to detect text in the input image and convert it into machine-readable text",
  DisassociateFaces: "|,;~~~|Grants permission to remove the association between a user ID and a face ID",
  DistributeDatasetEntries:
    "|,;~~~|Grants permission to distribute the entries in a training dataset across the training dataset and the test dataset for a project",
  GetCelebrityInfo: "|,;~~~|Grants permission to read the name, and additional information, of a celebrity",
  GetCelebrityRecognition:
    "|,;~~~|Grants permission to read the celebrity recognition results found in a stored video by an asynchronous celebrity recognition job",
  GetContentModeration:
    "|,;~~~|Grants permission to read the content moderation analysis results found in a stored video by an asynchronous content moderation job",
  GetFaceDetection:
    "|,;~~~|Grants permission to read the faces detection results found in a stored video by an asynchronous face detection job",
  GetFaceLivenessSessionResults: "|,;~~~|Grants permission to get results of a face liveness session",
  GetFaceSearch:
    "|,;~~~|Grants permission to read the matching collection faces found in a stored video by an asynchronous face search job",
  GetLabelDetection:
    "|,;~~~|Grants permission to read the label detected resuls found in a stored video by an asynchronous label detection job",
  GetMediaAnalysisJob:
    "|,;~~~|Grants permission to read the reference to job results in S3 and additional information about a media analysis job",
  GetPersonTracking:
    "|,;~~~|Grants permission to read the list of persons detected in a stored video by an asynchronous person tracking job",
  GetSegmentDetection:
    "|,;~~~|Grants permission to get the vdeo segments found in a stored video by an asynchronous segment detection job",
  GetTextDetection:
    "|,;~~~|Grants permission to get the text found in a stored video by an asynchronous text detection job",
  IndexFaces: "|,;~~~|Grants permission to update an existing collection with faces detected in the input image",
  ListCollections: "|,;~~~|Grants permission to read the collection Id's in your account",
  ListDatasetEntries:
    "|,;~~~,~~|Grants permission to list the dataset entries in an existing Amazon Rekognition Custom Labels dataset",
  ListDatasetLabels: "|,;~~~|Grants permission to list the labels in a dataset",
  ListFaces: "|,;~~~|Grants permission to read metadata for faces in the specificed collection",
  ListMediaAnalysisJobs: "|,;~~~|Grants permission to read the list of media analysis jobs",
  ListProjectPolicies: "|,;~~~|Grants permission to list the resource policies attached to a project",
  ListStreamProcessors: "|,;~~~|Grants permission to get a list of your stream processors",
  ListTagsForResource: "|,;~~~|Grants permission to return a list of tags associated with a resource",
  ListUsers: "|,;~~~|Grants permission to list UserIds and the UserStatus",
  PutProjectPolicy: "|,;~~~|Grants permission to attach a resource policy to a project",
  RecognizeCelebrities: "|,;~~~|Grants permission to detect celebrities in the input image",
  SearchFaces: "|,;~~~|Grants permission to search the specificed collection for the supplied face ID",
  SearchFacesByImage:
    "|,;~~~|Grants permission to search the specificed collection for the largest face in the input image",
  SearchUsers:
    "|,;~~~|Grants permission to search the specificed collection for user match result with given either face ID or user ID",
  SearchUsersByImage:
    "|,;~~~|Grants permission to search the specificed collection for user match result by using the largest face in the input image",
  StartCelebrityRecognition:
    "|,;~~~|Grants permission to start the asynchronous recognition of celebrities in a stored video",
  StartContentModeration:
    "|,;~~~|Grants permission to start asynchronous detection of explicit or suggestive adult content in a stored video",
  StartFaceDetection: "|,;~~~|Grants permission to start asynchronous detection of faces in a stored video",
  StartFaceLivenessSession: "|,;~|Grants permission to start streaming video for a face liveness session",
  StartFaceSearch:
    "|,;~~~|Grants permission to start an asynchronous search for faces in a collection that match the faces of persons detected in a stored video",
  StartLabelDetection: "|,;~~~|Grants permission to start asynchronous detection of labels in a stored video",
  StartMediaAnalysisJob: "|,;~~~|Grants permission to start a media analysis job",
  StartPersonTracking: "|,;~~~|Grants permission to start the asynchronous tracking of persons in a stored video",
  StartProjectVersion: "|,;~~~|Grants permission to start running a model version",
  StartSegmentDetection: "|,;~~~|Grants permission to start the asynchronous detection of segments in a stored video",
  StartStreamProcessor: "|,;~~~|Grants permission to start running a stream processor",
  StartTextDetection: "|,;~~~|Grants permission to start the asynchronous detection of text in a stored video",
  StopProjectVersion: "|,;~~~|Grants permission to stop a running model version",
  StopStreamProcessor: "|,;~~~|Grants permission to stop a running stream processor",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to add one or more tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from a resource",
  UpdateDatasetEntries: "|,;~~~|Grants permission to add or update one or more JSON Lines (entries) in a dataset",
  UpdateStreamProcessor: "|,;~~~|Grants permission to modify properties for a stream processor",
};
const resourceTypeFacts = {
  /** The collection resource type: arn:${Partition}:rekognition:${Region}:${Account}:collection/${CollectionId} */
  collection: "|,|1",
  /** The dataset resource type: arn:${Partition}:rekognition:${Region}:${Account}:project/${ProjectName}/dataset/${DatasetType}/${CreationTimestamp} */
  dataset: "|,|1",
  /** The project resource type: arn:${Partition}:rekognition:${Region}:${Account}:project/${ProjectName}/${CreationTimestamp} */
  project: "|,|1",
  /** The projectversion resource type: arn:${Partition}:rekognition:${Region}:${Account}:project/${ProjectName}/version/${VersionName}/${CreationTimestamp} */
  projectversion: "|,|1",
  /** The streamprocessor resource type: arn:${Partition}:rekognition:${Region}:${Account}:streamprocessor/${StreamprocessorId} */
  streamprocessor: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a collection resource: arn:${Partition}:rekognition:${Region}:${Account}:collection/${CollectionId}. */
  collection: "|,collection|arn:|Partition|:rekognition:|Region|:|Account|:collection/|CollectionId|",
  /** ARN of a dataset resource: arn:${Partition}:rekognition:${Region}:${Account}:project/${ProjectName}/dataset/${DatasetType}/${CreationTimestamp}. */
  dataset:
    "|,dataset|arn:|Partition|:rekognition:|Region|:|Account|:project/|ProjectName|/dataset/|DatasetType|/|CreationTimestamp|",
  /** ARN of a project resource: arn:${Partition}:rekognition:${Region}:${Account}:project/${ProjectName}/${CreationTimestamp}. */
  project: "|,project|arn:|Partition|:rekognition:|Region|:|Account|:project/|ProjectName|/|CreationTimestamp|",
  /** ARN of a projectversion resource: arn:${Partition}:rekognition:${Region}:${Account}:project/${ProjectName}/version/${VersionName}/${CreationTimestamp}. */
  projectversion:
    "|,projectversion|arn:|Partition|:rekognition:|Region|:|Account|:project/|ProjectName|/version/|VersionName|/|CreationTimestamp|",
  /** ARN of a streamprocessor resource: arn:${Partition}:rekognition:${Region}:${Account}:streamprocessor/${StreamprocessorId}. */
  streamprocessor:
    "|,streamprocessor|arn:|Partition|:rekognition:|Region|:|Account|:streamprocessor/|StreamprocessorId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["collection", "dataset", "project", "projectversion", "streamprocessor"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "rekognition">;
/** Any rekognition action. */
export type Action = ActionOf<typeof actionFacts, "rekognition">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "rekognition">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "rekognition" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every rekognition action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "rekognition",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
