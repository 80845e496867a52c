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
export const prefix: "codebuild" = "codebuild";
/** The service's name in the reference. */
export const serviceName: "AWS CodeBuild" = "AWS CodeBuild";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CodeBuild",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodebuild.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "codebuild:artifacts",
  "codebuild:artifacts.bucketOwnerAccess",
  "codebuild:artifacts.encryptionDisabled",
  "codebuild:artifacts.location",
  "codebuild:authType",
  "codebuild:autoRetryLimit",
  "codebuild:buildArn",
  "codebuild:buildBatchConfig",
  "codebuild:buildBatchConfig.restrictions.computeTypesAllowed",
  "codebuild:buildBatchConfig.restrictions.fleetsAllowed",
  "codebuild:buildBatchConfig.serviceRole",
  "codebuild:buildType",
  "codebuild:cache",
  "codebuild:cache.location",
  "codebuild:cache.modes",
  "codebuild:cache.type",
  "codebuild:computeConfiguration",
  "codebuild:computeConfiguration.disk",
  "codebuild:computeConfiguration.instanceType",
  "codebuild:computeConfiguration.machineType",
  "codebuild:computeConfiguration.memory",
  "codebuild:computeConfiguration.vCpu",
  "codebuild:computeType",
  "codebuild:concurrentBuildLimit",
  "codebuild:encryptionKey",
  "codebuild:environment",
  "codebuild:environment.certificate",
  "codebuild:environment.computeConfiguration",
  "codebuild:environment.computeConfiguration.disk",
  "codebuild:environment.computeConfiguration.instanceType",
  "codebuild:environment.computeConfiguration.machineType",
  "codebuild:environment.computeConfiguration.memory",
  "codebuild:environment.computeConfiguration.vCpu",
  "codebuild:environment.computeType",
  "codebuild:environment.environmentVariables",
  "codebuild:environment.environmentVariables.name",
  "codebuild:environment.environmentVariables.value",
  "codebuild:environment.environmentVariables/${name}.value",
  "codebuild:environment.fleet.fleetArn",
  "codebuild:environment.image",
  "codebuild:environment.imagePullCredentialsType",
  "codebuild:environment.privilegedMode",
  "codebuild:environment.registryCredential",
  "codebuild:environment.registryCredential.credential",
  "codebuild:environment.registryCredential.credentialProvider",
  "codebuild:environment.type",
  "codebuild:environmentType",
  "codebuild:exportConfig.s3Destination.bucket",
  "codebuild:exportConfig.s3Destination.bucketOwner",
  "codebuild:exportConfig.s3Destination.encryptionDisabled",
  "codebuild:exportConfig.s3Destination.encryptionKey",
  "codebuild:exportConfig.s3Destination.path",
  "codebuild:fileSystemLocations.identifier",
  "codebuild:fileSystemLocations.location",
  "codebuild:fileSystemLocations.type",
  "codebuild:fileSystemLocations/${identifier}.location",
  "codebuild:fileSystemLocations/${identifier}.type",
  "codebuild:fleetServiceRole",
  "codebuild:imageId",
  "codebuild:logsConfig",
  "codebuild:logsConfig.s3Logs",
  "codebuild:logsConfig.s3Logs.bucketOwnerAccess",
  "codebuild:logsConfig.s3Logs.encryptionDisabled",
  "codebuild:logsConfig.s3Logs.location",
  "codebuild:logsConfig.s3Logs.status",
  "codebuild:manualCreation",
  "codebuild:projectArn",
  "codebuild:projectVisibility",
  "codebuild:scopeConfiguration.domain",
  "codebuild:scopeConfiguration.name",
  "codebuild:scopeConfiguration.scope",
  "codebuild:secondaryArtifacts",
  "codebuild:secondaryArtifacts.artifactIdentifier",
  "codebuild:secondaryArtifacts.bucketOwnerAccess",
  "codebuild:secondaryArtifacts.encryptionDisabled",
  "codebuild:secondaryArtifacts.location",
  "codebuild:secondaryArtifacts/${artifactIdentifier}.bucketOwnerAccess",
  "codebuild:secondaryArtifacts/${artifactIdentifier}.encryptionDisabled",
  "codebuild:secondaryArtifacts/${artifactIdentifier}.location",
  "codebuild:secondarySources",
  "codebuild:secondarySources.auth.resource",
  "codebuild:secondarySources.auth.type",
  "codebuild:secondarySources.buildStatusConfig.context",
  "codebuild:secondarySources.buildStatusConfig.targetUrl",
  "codebuild:secondarySources.buildspec",
  "codebuild:secondarySources.insecureSsl",
  "codebuild:secondarySources.location",
  "codebuild:secondarySources.sourceIdentifier",
  "codebuild:secondarySources/${sourceIdentifier}.auth.resource",
  "codebuild:secondarySources/${sourceIdentifier}.auth.type",
  "codebuild:secondarySources/${sourceIdentifier}.buildStatusConfig.context",
  "codebuild:secondarySources/${sourceIdentifier}.buildStatusConfig.targetUrl",
  "codebuild:secondarySources/${sourceIdentifier}.buildspec",
  "codebuild:secondarySources/${sourceIdentifier}.insecureSsl",
  "codebuild:secondarySources/${sourceIdentifier}.location",
  "codebuild:serverType",
  "codebuild:serviceRole",
  "codebuild:shouldOverwrite",
  "codebuild:source",
  "codebuild:source.auth.resource",
  "codebuild:source.auth.type",
  "codebuild:source.buildStatusConfig.context",
  "codebuild:source.buildStatusConfig.targetUrl",
  "codebuild:source.buildspec",
  "codebuild:source.insecureSsl",
  "codebuild:source.location",
  "codebuild:token",
  "codebuild:username",
  "codebuild:vpcConfig",
  "codebuild:vpcConfig.securityGroupIds",
  "codebuild:vpcConfig.subnets",
  "codebuild:vpcConfig.vpcId",
] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to delete one or more builds. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchDeleteBuilds.html */
  BatchDeleteBuilds: "W|||3;1;|||;",
  /** Grants permission to get information about one or more build batches. Access level: Read. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetBuildBatches.html */
  BatchGetBuildBatches: "R|||3;1;|||;",
  /** Grants permission to get information about one or more builds. Access level: Read. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetBuilds.html */
  BatchGetBuilds: "R|||3;1;|||;",
  /** Grants permission to get information about one or more command executions. Access level: Read. Resources: sandbox*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetCommandExecutions.html */
  BatchGetCommandExecutions: "R|||6;1;|||;",
  /** Grants permission to return an array of the Fleet objects specified by the input parameter. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetFleets.html */
  BatchGetFleets: "R|||2;1;|||;",
  /** Grants permission to get information about one or more build projects. Access level: Read. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetProjects.html */
  BatchGetProjects: "R|||3;1;|||;",
  /** Grants permission to return an array of ReportGroup objects that are specified by the input reportGroupArns parameter. Access level: Read. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetReportGroups.html */
  BatchGetReportGroups: "R|||5;1;|||;",
  /** Grants permission to return an array of the Report objects specified by the input reportArns parameter. Access level: Read. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetReports.html */
  BatchGetReports: "R|||5;1;|||;",
  /** Grants permission to get information about one or more sandboxes. Access level: Read. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetSandboxes.html */
  BatchGetSandboxes: "R|||3;1;|||;",
  /** Grants permission to add or update information about a report. Access level: Write. Resources: report-group*. Permission only. https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#console-policies */
  BatchPutCodeCoverages: "W||1|5;1;|||",
  /** Grants permission to add or update information about a report. Access level: Write. Resources: report-group*. Permission only. https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#console-policies */
  BatchPutTestCases: "W||1|5;1;|||",
  /** Grants permission to create a compute fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_CreateFleet.html */
  CreateFleet: "W|||2;1;|0,2,19,20,21,22,23,24,25,49,60,61,111,112,113,114|0|;",
  /** Grants permission to create a build project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_CreateProject.html */
  CreateProject:
    "W|||3;1;|0,2,3,4,5,6,8,10,11,12,13,15,16,17,18,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,55,56,57,58,59,62,63,64,65,66,67,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,99,101,102,103,104,105,106,107,108,111,112,113,114|0|;",
  /** Grants permission to create a report. A report is created when tests specified in the buildspec file for a report groups run during the build of a project. Access level: Write. Resources: report-group*. Permission only. https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#console-policies */
  CreateReport: "W||1|5;1;|||",
  /** Grants permission to create a report group. Access level: Write. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_CreateReportGroup.html */
  CreateReportGroup: "W|||5;1;|0,2,50,51,52,53,54||;",
  /** Grants permission to create webhook. For an existing AWS CodeBuild build project that has its source code stored in a GitHub or Bitbucket repository, enables AWS CodeBuild to start rebuilding the source code every time a code change is pushed to the repository. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_CreateWebhook.html */
  CreateWebhook: "W|||3;1;|14,68,71,72,73||;",
  /** Grants permission to delete a build batch. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteBuildBatch.html */
  DeleteBuildBatch: "W|||3;1;|||;",
  /** Grants permission to delete a compute fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteFleet.html */
  DeleteFleet: "W|||2;1;|||;",
  /** Grants permission to delete an OAuth token from a connected third-party OAuth provider. Only used in the AWS CodeBuild console. Access level: Write. Permission only. https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#console-policies */
  DeleteOAuthToken: "W||1||||",
  /** Grants permission to delete a build project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteProject.html */
  DeleteProject: "W|||3;1;|||;",
  /** Grants permission to delete a report. Access level: Write. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteReport.html */
  DeleteReport: "W|||5;1;|||;",
  /** Grants permission to delete a report group. Access level: Write. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteReportGroup.html */
  DeleteReportGroup: "W|||5;1;|||;",
  /** Grants permission to delete a resource policy for the associated project or report group. Access level: Permissions management. Resources: project, report-group. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||3;0;,5;0;|||;",
  /** Grants permission to delete a set of GitHub, GitHub Enterprise, or Bitbucket source credentials. Access level: Write. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteSourceCredentials.html */
  DeleteSourceCredentials: "W||||||;",
  /** Grants permission to delete webhook. For an existing AWS CodeBuild build project that has its source code stored in a GitHub or Bitbucket repository, stops AWS CodeBuild from rebuilding the source code every time a code change is pushed to the repository. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteWebhook.html */
  DeleteWebhook: "W|||3;1;|||;",
  /** Grants permission to return an array of CodeCoverage objects. Access level: Read. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DescribeCodeCoverages.html */
  DescribeCodeCoverages: "R|||5;1;|||;",
  /** Grants permission to return an array of TestCase objects. Access level: Read. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DescribeTestCases.html */
  DescribeTestCases: "R|||5;1;|||;",
  /** Grants permission to analyze and accumulate test report values for the test reports in the specified report group. Access level: Read. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_GetReportGroupTrend.html */
  GetReportGroupTrend: "R|||5;1;|||;",
  /** Grants permission to return a resource policy for the specified project or report group. Access level: Read. Resources: project, report-group. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||3;0;,5;0;|||;",
  /** Grants permission to import the source repository credentials for an AWS CodeBuild project that has its source code stored in a GitHub, GitHub Enterprise, or Bitbucket repository. Access level: Write. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ImportSourceCredentials.html */
  ImportSourceCredentials: "W||||7,98,100,109,110||;",
  /** Grants permission to reset the cache for a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_InvalidateProjectCache.html */
  InvalidateProjectCache: "W|||3;1;|||;",
  /** Grants permission to get a list of build batch IDs, with each build batch ID representing a single build batch. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListBuildBatches.html */
  ListBuildBatches: "L||||||;",
  /** Grants permission to get a list of build batch IDs for the specified build project, with each build batch ID representing a single build batch. Access level: List. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListBuildBatchesForProject.html */
  ListBuildBatchesForProject: "L|||3;1;|||;",
  /** Grants permission to get a list of build IDs, with each build ID representing a single build. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListBuilds.html */
  ListBuilds: "L||||||;",
  /** Grants permission to get a list of build IDs for the specified build project, with each build ID representing a single build. Access level: List. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListBuildsForProject.html */
  ListBuildsForProject: "L|||3;1;|||;",
  /** Grants permission to get a list of command execution IDs for the specified sandbox, with each command execution ID representing a single command execution. Access level: List. Resources: sandbox*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListCommandExecutionsForSandbox.html */
  ListCommandExecutionsForSandbox: "L|||6;1;|||;",
  /** Grants permission to list connected third-party OAuth providers. Only used in the AWS CodeBuild console. Access level: List. Permission only. https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#console-policies */
  ListConnectedOAuthAccounts: "L||1||||",
  /** Grants permission to get information about Docker images that are managed by AWS CodeBuild. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListCuratedEnvironmentImages.html */
  ListCuratedEnvironmentImages: "L||||||;",
  /** Grants permission to get a list of compute fleet ARNs, with each compute fleet ARN representing a single fleet. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListFleets.html */
  ListFleets: "L||||||;",
  /** Grants permission to get a list of build project names, with each build project name representing a single build project. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListProjects.html */
  ListProjects: "L||||||;",
  /** Grants permission to return a list of report group ARNs. Each report group ARN represents one report group. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListReportGroups.html */
  ListReportGroups: "L||||||;",
  /** Grants permission to return a list of report ARNs. Each report ARN representing one report. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListReports.html */
  ListReports: "L||||||;",
  /** Grants permission to return a list of report ARNs that belong to the specified report group. Each report ARN represents one report. Access level: List. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListReportsForReportGroup.html */
  ListReportsForReportGroup: "L|||5;1;|||;",
  /** Grants permission to list source code repositories from a connected third-party OAuth provider. Only used in the AWS CodeBuild console. Access level: List. Permission only. https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#console-policies */
  ListRepositories: "L||1||||",
  /** Grants permission to get a list of sandbox IDs, with each sandbox ID representing a single sandbox. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListSandboxes.html */
  ListSandboxes: "L||||||;",
  /** Grants permission to get a list of sandbox IDs for the specified sandbox project, with each sandbox ID representing a single sandbox. Access level: List. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListSandboxesForProject.html */
  ListSandboxesForProject: "L|||3;1;|||;",
  /** Grants permission to return a list of project ARNs that have been shared with the requester. Each project ARN represents one project. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListSharedProjects.html */
  ListSharedProjects: "L||||||;",
  /** Grants permission to return a list of report group ARNs that have been shared with the requester. Each report group ARN represents one report group. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListSharedReportGroups.html */
  ListSharedReportGroups: "L||||||;",
  /** Grants permission to return a list of SourceCredentialsInfo objects. Access level: List. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListSourceCredentials.html */
  ListSourceCredentials: "L||||||;",
  /** Grants permission to save an OAuth token from a connected third-party OAuth provider. Only used in the AWS CodeBuild console. Access level: Write. Permission only. https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#console-policies */
  PersistOAuthToken: "W||1||||",
  /** Grants permission to create a resource policy for the associated project or report group. Access level: Permissions management. Resources: project, report-group. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||3;0;,5;0;|||;",
  /** Grants permission to retry a build. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_RetryBuild.html */
  RetryBuild: "W|||3;1;|||;",
  /** Grants permission to retry a build batch. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_RetryBuildBatch.html */
  RetryBuildBatch: "W|||3;1;|||;",
  /** Grants permission to start running a build. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html */
  StartBuild:
    "W|||3;1;|3,4,5,6,8,15,16,17,18,27,28,29,36,37,38,39,40,41,42,43,44,45,46,47,48,62,63,64,65,66,67,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,99,101,102,103,104,105,106,107,108|0|;",
  /** Grants permission to start running a build batch. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html */
  StartBuildBatch:
    "W|||3;1;|3,4,5,6,10,11,12,13,15,16,17,18,27,28,29,36,37,38,39,40,42,43,44,45,46,47,48,62,63,64,65,66,67,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,99,101,102,103,106,107,108|0|;",
  /** Grants permission to start running a command execution. Access level: Write. Resources: sandbox*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartCommandExecution.html */
  StartCommandExecution: "W|||6;1;|||;",
  /** Grants permission to start running a sandbox. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartSandbox.html */
  StartSandbox: "W|||3;1;|||;",
  /** Grants permission to establish a connection to the sandbox. Access level: Write. Resources: sandbox*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartSandboxConnection.html */
  StartSandboxConnection: "W|||6;1;|||;",
  /** Grants permission to attempt to stop running a build. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StopBuild.html */
  StopBuild: "W|||3;1;|||;",
  /** Grants permission to attempt to stop running a build batch. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StopBuildBatch.html */
  StopBuildBatch: "W|||3;1;|||;",
  /** Grants permission to attempt to stop running a sandbox. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StopSandbox.html */
  StopSandbox: "W|||3;1;|||;",
  /** Grants permission to change the settings of an existing compute fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_UpdateFleet.html */
  UpdateFleet: "W|||2;1;|0,2,19,20,21,22,23,24,25,49,60,61,111,112,113,114|0|;",
  /** Grants permission to change the settings of an existing build project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_UpdateProject.html */
  UpdateProject:
    "W|||3;1;|0,2,3,4,5,6,8,10,11,12,13,15,16,17,18,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,55,56,57,58,59,62,63,64,65,66,67,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,99,101,102,103,104,105,106,107,108,111,112,113,114|0|;",
  /** Grants permission to change the public visibility of a project and its builds. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_UpdateProjectVisibility.html */
  UpdateProjectVisibility: "W|||3;1;|0,2,70|0|;",
  /** Grants permission to update information about a report. Access level: Write. Resources: report-group*. Permission only. https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#console-policies */
  UpdateReport: "W||1|5;1;|||",
  /** Grants permission to change the settings of an existing report group. Access level: Write. Resources: report-group*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_UpdateReportGroup.html */
  UpdateReportGroup: "W|||5;1;|0,2,50,51,52,53,54||;",
  /** Grants permission to update the webhook associated with an AWS CodeBuild build project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/codebuild/latest/APIReference/API_UpdateWebhook.html */
  UpdateWebhook: "W|||3;1;|14,68,71,72,73||;",
} as const;
const actionDetails = {
  BatchDeleteBuilds: "|,;~~~|Grants permission to delete one or more builds",
  BatchGetBuildBatches: "|,;~~~|Grants permission to get information about one or more build batches",
  BatchGetBuilds: "|,;~~~|Grants permission to get information about one or more builds",
  BatchGetCommandExecutions: "|,;~~~|Grants permission to get information about one or more command executions",
  BatchGetFleets: "|,;~~~|Grants permission to return an array of the Fleet objects specified by the input parameter",
  BatchGetProjects: "|,;~~~|Grants permission to get information about one or more build projects",
  BatchGetReportGroups:
    "|,;~~~|Grants permission to return an array of ReportGroup objects that are specified by the input reportGroupArns parameter",
  BatchGetReports:
    "|,;~~~|Grants permission to return an array of the Report objects specified by the input reportArns parameter",
  BatchGetSandboxes: "|,;~~~|Grants permission to get information about one or more sandboxes",
  BatchPutCodeCoverages: "|,;~|Grants permission to add or update information about a report",
  BatchPutTestCases: "|,;~|Grants permission to add or update information about a report",
  CreateFleet: "|,;~~~|Grants permission to create a compute fleet",
  CreateProject: "|,;~~~|Grants permission to create a build project",
  CreateReport:
    "|,;~|Grants permission to create a report. A report is created when tests specified in the buildspec file for a report groups run during the build of a project",
  CreateReportGroup: "|,;~~~|Grants permission to create a report group",
  CreateWebhook:
    "|,;~~~|Grants permission to create webhook. For an existing AWS CodeBuild build project that has its source code stored in a GitHub or Bitbucket repository, enables AWS CodeBuild to start rebuilding the source code every time a code change is pushed to the repository",
  DeleteBuildBatch: "|,;~~~|Grants permission to delete a build batch",
  DeleteFleet: "|,;~~~|Grants permission to delete a compute fleet",
  DeleteOAuthToken:
    "|,;~|Grants permission to delete an OAuth token from a connected third-party OAuth provider. Only used in the AWS CodeBuild console",
  DeleteProject: "|,;~~~|Grants permission to delete a build project",
  DeleteReport: "|,;~~~|Grants permission to delete a report",
  DeleteReportGroup: "|,;~~~|Grants permission to delete a report group",
  DeleteResourcePolicy:
    "|,;~~~|Grants permission to delete a resource policy for the associated project or report group",
  DeleteSourceCredentials:
    "|,;~~~|Grants permission to delete a set of GitHub, GitHub Enterprise, or Bitbucket source credentials",
  DeleteWebhook:
    "|,;~~~|Grants permission to delete webhook. For an existing AWS CodeBuild build project that has its source code stored in a GitHub or Bitbucket repository, stops AWS CodeBuild from rebuilding the source code every time a code change is pushed to the repository",
  DescribeCodeCoverages: "|,;~~~|Grants permission to return an array of CodeCoverage objects",
  DescribeTestCases: "|,;~~~|Grants permission to return an array of TestCase objects",
  GetReportGroupTrend:
    "|,;~~~|Grants permission to analyze and accumulate test report values for the test reports in the specified report group",
  GetResourcePolicy: "|,;~~~|Grants permission to return a resource policy for the specified project or report group",
  ImportSourceCredentials:
    "|,;~~~|Grants permission to import the source repository credentials for an AWS CodeBuild project that has its source code stored in a GitHub, GitHub Enterprise, or Bitbucket repository",
  InvalidateProjectCache: "|,;~~~|Grants permission to reset the cache for a project",
  ListBuildBatches:
    "|,;~~~|Grants permission to get a list of build batch IDs, with each build batch ID representing a single build batch",
  ListBuildBatchesForProject:
    "|,;~~~|Grants permission to get a list of build batch IDs for the specified build project, with each build batch ID representing a single build batch",
  ListBuilds: "|,;~~~|Grants permission to get a list of build IDs, with each build ID representing a single build",
  ListBuildsForProject:
    "|,;~~~|Grants permission to get a list of build IDs for the specified build project, with each build ID representing a single build",
  ListCommandExecutionsForSandbox:
    "|,;~~~|Grants permission to get a list of command execution IDs for the specified sandbox, with each command execution ID representing a single command execution",
  ListConnectedOAuthAccounts:
    "|,;~|Grants permission to list connected third-party OAuth providers. Only used in the AWS CodeBuild console",
  ListCuratedEnvironmentImages:
    "|,;~~~|Grants permission to get information about Docker images that are managed by AWS CodeBuild",
  ListFleets:
    "|,;~~~|Grants permission to get a list of compute fleet ARNs, with each compute fleet ARN representing a single fleet",
  ListProjects:
    "|,;~~~|Grants permission to get a list of build project names, with each build project name representing a single build project",
  ListReportGroups:
    "|,;~~~|Grants permission to return a list of report group ARNs. Each report group ARN represents one report group",
  ListReports: "|,;~~~|Grants permission to return a list of report ARNs. Each report ARN representing one report",
  ListReportsForReportGroup:
    "|,;~~~|Grants permission to return a list of report ARNs that belong to the specified report group. Each report ARN represents one report",
  ListRepositories:
    "|,;~|Grants permission to list source code repositories from a connected third-party OAuth provider. Only used in the AWS CodeBuild console",
  ListSandboxes:
    "|,;~~~|Grants permission to get a list of sandbox IDs, with each sandbox ID representing a single sandbox",
  ListSandboxesForProject:
    "|,;~~~|Grants permission to get a list of sandbox IDs for the specified sandbox project, with each sandbox ID representing a single sandbox",
  ListSharedProjects:
    "|,;~~~|Grants permission to return a list of project ARNs that have been shared with the requester. Each project ARN represents one project",
  ListSharedReportGroups:
    "|,;~~~|Grants permission to return a list of report group ARNs that have been shared with the requester. Each report group ARN represents one report group",
  ListSourceCredentials: "|,;~~~|Grants permission to return a list of SourceCredentialsInfo objects",
  PersistOAuthToken:
    "|,;~|Grants permission to save an OAuth token from a connected third-party OAuth provider. Only used in the AWS CodeBuild console",
  PutResourcePolicy: "|,;~~~|Grants permission to create a resource policy for the associated project or report group",
  RetryBuild: "|,;~~~|Grants permission to retry a build",
  RetryBuildBatch: "|,;~~~|Grants permission to retry a build batch",
  StartBuild: "|,;~~~|Grants permission to start running a build",
  StartBuildBatch: "|,;~~~|Grants permission to start running a build batch",
  StartCommandExecution: "|,;~~~|Grants permission to start running a command execution",
  StartSandbox: "|,;~~~|Grants permission to start running a sandbox",
  StartSandboxConnection: "|,;~~~|Grants permission to establish a connection to the sandbox",
  StopBuild: "|,;~~~|Grants permission to attempt to stop running a build",
  StopBuildBatch: "|,;~~~|Grants permission to attempt to stop running a build batch",
  StopSandbox: "|,;~~~|Grants permission to attempt to stop running a sandbox",
  UpdateFleet: "|,;~~~|Grants permission to change the settings of an existing compute fleet",
  UpdateProject: "|,;~~~|Grants permission to change the settings of an existing build project",
  UpdateProjectVisibility: "|,;~~~|Grants permission to change the public visibility of a project and its builds",
  UpdateReport: "|,;~|Grants permission to update information about a report",
  UpdateReportGroup: "|,;~~~|Grants permission to change the settings of an existing report group",
  UpdateWebhook: "|,;~~~|Grants permission to update the webhook associated with an AWS CodeBuild build project",
};
const resourceTypeFacts = {
  /** The build resource type: arn:${Partition}:codebuild:${Region}:${Account}:build/${BuildId} */
  build: "|,|",
  /** The build-batch resource type: arn:${Partition}:codebuild:${Region}:${Account}:build-batch/${BuildBatchId} */
  "build-batch": "|,buildBatch|",
  /** The fleet resource type: arn:${Partition}:codebuild:${Region}:${Account}:fleet/${FleetName}:${FleetId} */
  fleet: "|,|",
  /** The project resource type: arn:${Partition}:codebuild:${Region}:${Account}:project/${ProjectName} */
  project: "|,|1",
  /** The report resource type: arn:${Partition}:codebuild:${Region}:${Account}:report/${ReportGroupName}:${ReportId} */
  report: "|,|",
  /** The report-group resource type: arn:${Partition}:codebuild:${Region}:${Account}:report-group/${ReportGroupName} */
  "report-group": "|,reportGroup|1",
  /** The sandbox resource type: arn:${Partition}:codebuild:${Region}:${Account}:sandbox/${SandboxId} */
  sandbox: "|,|",
} as const;
const arnFormats = {
  /** ARN of a build resource: arn:${Partition}:codebuild:${Region}:${Account}:build/${BuildId}. */
  build: "|,build|arn:|Partition|:codebuild:|Region|:|Account|:build/|BuildId|",
  /** ARN of a build-batch resource: arn:${Partition}:codebuild:${Region}:${Account}:build-batch/${BuildBatchId}. */
  buildBatch: "|,build-batch|arn:|Partition|:codebuild:|Region|:|Account|:build-batch/|BuildBatchId|",
  /** ARN of a fleet resource: arn:${Partition}:codebuild:${Region}:${Account}:fleet/${FleetName}:${FleetId}. */
  fleet: "|,fleet|arn:|Partition|:codebuild:|Region|:|Account|:fleet/|FleetName|:|FleetId|",
  /** ARN of a project resource: arn:${Partition}:codebuild:${Region}:${Account}:project/${ProjectName}. */
  project: "|,project|arn:|Partition|:codebuild:|Region|:|Account|:project/|ProjectName|",
  /** ARN of a report resource: arn:${Partition}:codebuild:${Region}:${Account}:report/${ReportGroupName}:${ReportId}. */
  report: "|,report|arn:|Partition|:codebuild:|Region|:|Account|:report/|ReportGroupName|:|ReportId|",
  /** ARN of a report-group resource: arn:${Partition}:codebuild:${Region}:${Account}:report-group/${ReportGroupName}. */
  reportGroup: "|,report-group|arn:|Partition|:codebuild:|Region|:|Account|:report-group/|ReportGroupName|",
  /** ARN of a sandbox resource: arn:${Partition}:codebuild:${Region}:${Account}:sandbox/${SandboxId}. */
  sandbox: "|,sandbox|arn:|Partition|:codebuild:|Region|:|Account|:sandbox/|SandboxId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["build", "build-batch", "fleet", "project", "report", "report-group", "sandbox"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codebuild">;
/** Any codebuild action. */
export type Action = ActionOf<typeof actionFacts, "codebuild">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codebuild">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "codebuild" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codebuild action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:environment.environmentVariables/${string}.value`]: "String";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:fileSystemLocations/${string}.location`]: "String";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:fileSystemLocations/${string}.type`]: "String";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondaryArtifacts/${string}.bucketOwnerAccess`]: "String";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondaryArtifacts/${string}.encryptionDisabled`]: "Bool";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondaryArtifacts/${string}.location`]: "String";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondarySources/${string}.auth.resource`]: "String";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondarySources/${string}.auth.type`]: "String";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondarySources/${string}.buildStatusConfig.context`]: "String";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondarySources/${string}.buildStatusConfig.targetUrl`]: "String";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondarySources/${string}.buildspec`]: "Bool";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondarySources/${string}.insecureSsl`]: "Bool";
  /** Filters access by the API corresponding argument value. */
  [key: `codebuild:secondarySources/${string}.location`]: "String";
  /** Filters access by actions based on the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:artifacts": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:artifacts.bucketOwnerAccess": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:artifacts.encryptionDisabled": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:artifacts.location": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:authType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:autoRetryLimit": "Numeric";
  /** Filters access by the ARN of the AWS CodeBuild build from which the request originated. */
  "codebuild:buildArn": "ARN";
  /** Filters access by the API corresponding argument value. */
  "codebuild:buildBatchConfig": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:buildBatchConfig.restrictions.computeTypesAllowed": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:buildBatchConfig.restrictions.fleetsAllowed": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:buildBatchConfig.serviceRole": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:buildType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:cache": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:cache.location": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:cache.modes": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:cache.type": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:computeConfiguration": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:computeConfiguration.disk": "Numeric";
  /** Filters access by the API corresponding argument value. */
  "codebuild:computeConfiguration.instanceType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:computeConfiguration.machineType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:computeConfiguration.memory": "Numeric";
  /** Filters access by the API corresponding argument value. */
  "codebuild:computeConfiguration.vCpu": "Numeric";
  /** Filters access by the API corresponding argument value. */
  "codebuild:computeType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:concurrentBuildLimit": "Numeric";
  /** Filters access by the API corresponding argument value. */
  "codebuild:encryptionKey": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.certificate": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.computeConfiguration": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.computeConfiguration.disk": "Numeric";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.computeConfiguration.instanceType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.computeConfiguration.machineType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.computeConfiguration.memory": "Numeric";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.computeConfiguration.vCpu": "Numeric";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.computeType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.environmentVariables": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.environmentVariables.name": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.environmentVariables.value": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.fleet.fleetArn": "ARN";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.image": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.imagePullCredentialsType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.privilegedMode": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.registryCredential": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.registryCredential.credential": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.registryCredential.credentialProvider": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environment.type": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:environmentType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:exportConfig.s3Destination.bucket": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:exportConfig.s3Destination.bucketOwner": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:exportConfig.s3Destination.encryptionDisabled": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:exportConfig.s3Destination.encryptionKey": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:exportConfig.s3Destination.path": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:fileSystemLocations.identifier": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:fileSystemLocations.location": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:fileSystemLocations.type": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:fleetServiceRole": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:imageId": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:logsConfig": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:logsConfig.s3Logs": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:logsConfig.s3Logs.bucketOwnerAccess": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:logsConfig.s3Logs.encryptionDisabled": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:logsConfig.s3Logs.location": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:logsConfig.s3Logs.status": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:manualCreation": "Bool";
  /** Filters access by the ARN of the AWS CodeBuild project from which the request originated. */
  "codebuild:projectArn": "ARN";
  /** Filters access by the API corresponding argument value. */
  "codebuild:projectVisibility": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:scopeConfiguration.domain": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:scopeConfiguration.name": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:scopeConfiguration.scope": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondaryArtifacts": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondaryArtifacts.artifactIdentifier": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondaryArtifacts.bucketOwnerAccess": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondaryArtifacts.encryptionDisabled": "ArrayOfBool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondaryArtifacts.location": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondarySources": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondarySources.auth.resource": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondarySources.auth.type": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondarySources.buildStatusConfig.context": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondarySources.buildStatusConfig.targetUrl": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondarySources.buildspec": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondarySources.insecureSsl": "ArrayOfBool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondarySources.location": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:secondarySources.sourceIdentifier": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:serverType": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:serviceRole": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:shouldOverwrite": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:source": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:source.auth.resource": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:source.auth.type": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:source.buildStatusConfig.context": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:source.buildStatusConfig.targetUrl": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:source.buildspec": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:source.insecureSsl": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:source.location": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:token": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:username": "String";
  /** Filters access by the API corresponding argument value. */
  "codebuild:vpcConfig": "Bool";
  /** Filters access by the API corresponding argument value. */
  "codebuild:vpcConfig.securityGroupIds": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:vpcConfig.subnets": "ArrayOfString";
  /** Filters access by the API corresponding argument value. */
  "codebuild:vpcConfig.vpcId": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** codebuild:environment.environmentVariables/${name}.value */
  "codebuild:environment.environmentVariables/${name}.value": `codebuild:environment.environmentVariables/${string}.value`;
  /** codebuild:fileSystemLocations/${identifier}.location */
  "codebuild:fileSystemLocations/${identifier}.location": `codebuild:fileSystemLocations/${string}.location`;
  /** codebuild:fileSystemLocations/${identifier}.type */
  "codebuild:fileSystemLocations/${identifier}.type": `codebuild:fileSystemLocations/${string}.type`;
  /** codebuild:secondaryArtifacts/${artifactIdentifier}.bucketOwnerAccess */
  "codebuild:secondaryArtifacts/${artifactIdentifier}.bucketOwnerAccess": `codebuild:secondaryArtifacts/${string}.bucketOwnerAccess`;
  /** codebuild:secondaryArtifacts/${artifactIdentifier}.encryptionDisabled */
  "codebuild:secondaryArtifacts/${artifactIdentifier}.encryptionDisabled": `codebuild:secondaryArtifacts/${string}.encryptionDisabled`;
  /** codebuild:secondaryArtifacts/${artifactIdentifier}.location */
  "codebuild:secondaryArtifacts/${artifactIdentifier}.location": `codebuild:secondaryArtifacts/${string}.location`;
  /** codebuild:secondarySources/${sourceIdentifier}.auth.resource */
  "codebuild:secondarySources/${sourceIdentifier}.auth.resource": `codebuild:secondarySources/${string}.auth.resource`;
  /** codebuild:secondarySources/${sourceIdentifier}.auth.type */
  "codebuild:secondarySources/${sourceIdentifier}.auth.type": `codebuild:secondarySources/${string}.auth.type`;
  /** codebuild:secondarySources/${sourceIdentifier}.buildStatusConfig.context */
  "codebuild:secondarySources/${sourceIdentifier}.buildStatusConfig.context": `codebuild:secondarySources/${string}.buildStatusConfig.context`;
  /** codebuild:secondarySources/${sourceIdentifier}.buildStatusConfig.targetUrl */
  "codebuild:secondarySources/${sourceIdentifier}.buildStatusConfig.targetUrl": `codebuild:secondarySources/${string}.buildStatusConfig.targetUrl`;
  /** codebuild:secondarySources/${sourceIdentifier}.buildspec */
  "codebuild:secondarySources/${sourceIdentifier}.buildspec": `codebuild:secondarySources/${string}.buildspec`;
  /** codebuild:secondarySources/${sourceIdentifier}.insecureSsl */
  "codebuild:secondarySources/${sourceIdentifier}.insecureSsl": `codebuild:secondarySources/${string}.insecureSsl`;
  /** codebuild:secondarySources/${sourceIdentifier}.location */
  "codebuild:secondarySources/${sourceIdentifier}.location": `codebuild:secondarySources/${string}.location`;
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
  "codebuild:artifacts": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:artifacts.bucketOwnerAccess": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:artifacts.encryptionDisabled": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:artifacts.location": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:authType": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:autoRetryLimit": "|,Numeric|0||Filters access by the API corresponding argument value",
  "codebuild:buildArn":
    "|,ARN|0||Filters access by the ARN of the AWS CodeBuild build from which the request originated",
  "codebuild:buildBatchConfig": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:buildBatchConfig.restrictions.computeTypesAllowed":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:buildBatchConfig.restrictions.fleetsAllowed":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:buildBatchConfig.serviceRole": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:buildType": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:cache": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:cache.location": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:cache.modes": "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:cache.type": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:computeConfiguration": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:computeConfiguration.disk": "|,Numeric|0||Filters access by the API corresponding argument value",
  "codebuild:computeConfiguration.instanceType": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:computeConfiguration.machineType": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:computeConfiguration.memory": "|,Numeric|0||Filters access by the API corresponding argument value",
  "codebuild:computeConfiguration.vCpu": "|,Numeric|0||Filters access by the API corresponding argument value",
  "codebuild:computeType": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:concurrentBuildLimit": "|,Numeric|0||Filters access by the API corresponding argument value",
  "codebuild:encryptionKey": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:environment.certificate": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment.computeConfiguration": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:environment.computeConfiguration.disk":
    "|,Numeric|0||Filters access by the API corresponding argument value",
  "codebuild:environment.computeConfiguration.instanceType":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment.computeConfiguration.machineType":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment.computeConfiguration.memory":
    "|,Numeric|0||Filters access by the API corresponding argument value",
  "codebuild:environment.computeConfiguration.vCpu":
    "|,Numeric|0||Filters access by the API corresponding argument value",
  "codebuild:environment.computeType": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment.environmentVariables": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:environment.environmentVariables.name":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:environment.environmentVariables.value":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:environment.environmentVariables/${name}.value":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment.fleet.fleetArn": "|,ARN|0||Filters access by the API corresponding argument value",
  "codebuild:environment.image": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment.imagePullCredentialsType":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment.privilegedMode": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:environment.registryCredential": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:environment.registryCredential.credential":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment.registryCredential.credentialProvider":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environment.type": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:environmentType": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:exportConfig.s3Destination.bucket": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:exportConfig.s3Destination.bucketOwner":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:exportConfig.s3Destination.encryptionDisabled":
    "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:exportConfig.s3Destination.encryptionKey":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:exportConfig.s3Destination.path": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:fileSystemLocations.identifier":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:fileSystemLocations.location": "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:fileSystemLocations.type": "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:fileSystemLocations/${identifier}.location":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:fileSystemLocations/${identifier}.type":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:fleetServiceRole": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:imageId": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:logsConfig": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:logsConfig.s3Logs": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:logsConfig.s3Logs.bucketOwnerAccess": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:logsConfig.s3Logs.encryptionDisabled": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:logsConfig.s3Logs.location": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:logsConfig.s3Logs.status": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:manualCreation": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:projectArn":
    "|,ARN|0||Filters access by the ARN of the AWS CodeBuild project from which the request originated",
  "codebuild:projectVisibility": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:scopeConfiguration.domain": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:scopeConfiguration.name": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:scopeConfiguration.scope": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:secondaryArtifacts": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:secondaryArtifacts.artifactIdentifier":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:secondaryArtifacts.bucketOwnerAccess":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:secondaryArtifacts.encryptionDisabled":
    "|,ArrayOfBool|0||Filters access by the API corresponding argument value",
  "codebuild:secondaryArtifacts.location": "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:secondaryArtifacts/${artifactIdentifier}.bucketOwnerAccess":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:secondaryArtifacts/${artifactIdentifier}.encryptionDisabled":
    "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:secondaryArtifacts/${artifactIdentifier}.location":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources.auth.resource":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources.auth.type": "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources.buildStatusConfig.context":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources.buildStatusConfig.targetUrl":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources.buildspec": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources.insecureSsl": "|,ArrayOfBool|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources.location": "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources.sourceIdentifier":
    "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources/${sourceIdentifier}.auth.resource":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources/${sourceIdentifier}.auth.type":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources/${sourceIdentifier}.buildStatusConfig.context":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources/${sourceIdentifier}.buildStatusConfig.targetUrl":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources/${sourceIdentifier}.buildspec":
    "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources/${sourceIdentifier}.insecureSsl":
    "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:secondarySources/${sourceIdentifier}.location":
    "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:serverType": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:serviceRole": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:shouldOverwrite": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:source": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:source.auth.resource": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:source.auth.type": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:source.buildStatusConfig.context": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:source.buildStatusConfig.targetUrl": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:source.buildspec": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:source.insecureSsl": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:source.location": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:token": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:username": "|,String|0||Filters access by the API corresponding argument value",
  "codebuild:vpcConfig": "|,Bool|0||Filters access by the API corresponding argument value",
  "codebuild:vpcConfig.securityGroupIds": "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:vpcConfig.subnets": "|,ArrayOfString|0||Filters access by the API corresponding argument value",
  "codebuild:vpcConfig.vpcId": "|,String|0||Filters access by the API corresponding argument value",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codebuild",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
