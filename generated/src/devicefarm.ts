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
export const prefix: "devicefarm" = "devicefarm";
/** The service's name in the reference. */
export const serviceName: "AWS Device Farm" = "AWS Device Farm";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Device Farm",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdevicefarm.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "ec2:CreateNetworkInterface",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcs",
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
] as const;
const actionFacts = {
  /** Grants permission to create a device pool within a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_CreateDevicePool.html */
  CreateDevicePool: "W|||7;1;|||;",
  /** Grants permission to create a device instance profile. Access level: Write. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_CreateInstanceProfile.html */
  CreateInstanceProfile: "W||||||;",
  /** Grants permission to create a network profile within a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_CreateNetworkProfile.html */
  CreateNetworkProfile: "W|||7;1;|||;",
  /** Grants permission to create a project for mobile testing. Access level: Write. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_CreateProject.html */
  CreateProject: "W|||||0,1,2,3,4,5|;",
  /** Grants permission to start a remote access session to a device instance. Access level: Write. Resources: device*, deviceinstance, project*, upload. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_CreateRemoteAccessSession.html */
  CreateRemoteAccessSession: "W|||1;1;,2;0;,7;1;,15;0;|||;",
  /** Grants permission to create a project for desktop testing. Access level: Write. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_CreateTestGridProject.html */
  CreateTestGridProject: "W|||||0,1,2,3,4|;",
  /** Grants permission to generate a new pre-signed url used to access our test grid service. Access level: Write. Resources: testgrid-project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_CreateTestGridUrl.html */
  CreateTestGridUrl: "W|||13;1;|||;",
  /** Grants permission to upload a new file or app within a project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_CreateUpload.html */
  CreateUpload: "W|||7;1;|||;",
  /** Grants permission to create an Amazon Virtual Private Cloud (VPC) endpoint configuration. Access level: Write. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_CreateVPCEConfiguration.html */
  CreateVPCEConfiguration: "W||||||;",
  /** Grants permission to delete a user-generated device pool. Access level: Write. Resources: devicepool*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_DeleteDevicePool.html */
  DeleteDevicePool: "W|||3;1;|||;",
  /** Grants permission to delete a user-generated instance profile. Access level: Write. Resources: instanceprofile*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_DeleteInstanceProfile.html */
  DeleteInstanceProfile: "W|||4;1;|||;",
  /** Grants permission to delete a user-generated network profile. Access level: Write. Resources: networkprofile*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/DeleteNetworkProfile.html */
  DeleteNetworkProfile: "W|||6;1;|||;",
  /** Grants permission to delete a mobile testing project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_DeleteProject.html */
  DeleteProject: "W|||7;1;|||;",
  /** Grants permission to delete a completed remote access session and its results. Access level: Write. Resources: session*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_DeleteRemoteAccessSession.html */
  DeleteRemoteAccessSession: "W|||10;1;|||;",
  /** Grants permission to delete a run. Access level: Write. Resources: run*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_DeleteRun.html */
  DeleteRun: "W|||8;1;|||;",
  /** Grants permission to delete a desktop testing project. Access level: Write. Resources: testgrid-project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_DeleteTestGridProject.html */
  DeleteTestGridProject: "W|||13;1;|||;",
  /** Grants permission to delete a user-uploaded file. Access level: Write. Resources: upload*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_DeleteUpload.html */
  DeleteUpload: "W|||15;1;|||;",
  /** Grants permission to delete an Amazon Virtual Private Cloud (VPC) endpoint configuration. Access level: Write. Resources: vpceconfiguration*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_DeleteVPCEConfiguration.html */
  DeleteVPCEConfiguration: "W|||16;1;|||;",
  /** Grants permission to retrieve the number of unmetered iOS and/or unmetered Android devices purchased by the account. Access level: Read. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetAccountSettings.html */
  GetAccountSettings: "R||||||;",
  /** Grants permission to retrieve the information of a unique device type. Access level: Read. Resources: device*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetDevice.html */
  GetDevice: "R|||1;1;|||;",
  /** Grants permission to retireve the information of a device instance. Access level: Read. Resources: deviceinstance*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetDeviceInstance.html */
  GetDeviceInstance: "R|||2;1;|||;",
  /** Grants permission to retireve the information of a device pool. Access level: Read. Resources: devicepool*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetDevicePool.html */
  GetDevicePool: "R|||3;1;|||;",
  /** Grants permission to retrieve information about the compatibility of a test and/or app with a device pool. Access level: Read. Resources: devicepool*, upload. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetDevicePoolCompatibility.html */
  GetDevicePoolCompatibility: "R|||3;1;,15;0;|||;",
  /** Grants permission to retireve the information of an instance profile. Access level: Read. Resources: instanceprofile*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetInstanceProfile.html */
  GetInstanceProfile: "R|||4;1;|||;",
  /** Grants permission to retireve the information of a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetJob.html */
  GetJob: "R|||5;1;|||;",
  /** Grants permission to retireve the information of a network profile. Access level: Read. Resources: networkprofile*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetNetworkProfile.html */
  GetNetworkProfile: "R|||6;1;|||;",
  /** Grants permission to retrieve the current status and future status of all offerings purchased by an AWS account. Access level: Read. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetOfferingStatus.html */
  GetOfferingStatus: "R||||||;",
  /** Grants permission to retrieve information about a mobile testing project. Access level: Read. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetProject.html */
  GetProject: "R|||7;1;|||;",
  /** Grants permission to retireve the link to a currently running remote access session. Access level: Read. Resources: session*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetRemoteAccessSession.html */
  GetRemoteAccessSession: "R|||10;1;|||;",
  /** Grants permission to retireve the information of a run. Access level: Read. Resources: run*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetRun.html */
  GetRun: "R|||8;1;|||;",
  /** Grants permission to retireve the information of a testing suite. Access level: Read. Resources: suite*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetSuite.html */
  GetSuite: "R|||11;1;|||;",
  /** Grants permission to retireve the information of a test case. Access level: Read. Resources: test*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetTest.html */
  GetTest: "R|||12;1;|||;",
  /** Grants permission to retrieve information about a desktop testing project. Access level: Read. Resources: testgrid-project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetTestGridProject.html */
  GetTestGridProject: "R|||13;1;|||;",
  /** Grants permission to retireve the information of a test grid session. Access level: Read. Resources: testgrid-project, testgrid-session. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetTestGridSession.html */
  GetTestGridSession: "R|||13;0;,14;0;|||;",
  /** Grants permission to retireve the information of an uploaded file. Access level: Read. Resources: upload*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetUpload.html */
  GetUpload: "R|||15;1;|||;",
  /** Grants permission to retireve the information of an Amazon Virtual Private Cloud (VPC) endpoint configuration. Access level: Read. Resources: vpceconfiguration*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_GetVPCEConfiguration.html */
  GetVPCEConfiguration: "R|||16;1;|||;",
  /** Grants permission to install an application to a device in a remote access session. Access level: Write. Resources: session*, upload*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_InstallToRemoteAccessSession.html */
  InstallToRemoteAccessSession: "W|||10;1;,15;1;|||;",
  /** Grants permission to list the artifacts in a project. Access level: List. Resources: job, run, suite, test. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListArtifacts.html */
  ListArtifacts: "L|||5;0;,8;0;,11;0;,12;0;|||;",
  /** Grants permission to list the information of device instances. Access level: List. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListDeviceInstances.html */
  ListDeviceInstances: "L||||||;",
  /** Grants permission to list the information of device pools. Access level: List. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListDevicePools.html */
  ListDevicePools: "L|||7;1;|||;",
  /** Grants permission to list the information of unique device types. Access level: List. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListDevices.html */
  ListDevices: "L||||||;",
  /** Grants permission to list the information of device instance profiles. Access level: List. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListInstanceProfiles.html */
  ListInstanceProfiles: "L||||||;",
  /** Grants permission to list the information of jobs within a run. Access level: List. Resources: run*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListJobs.html */
  ListJobs: "L|||8;1;|||;",
  /** Grants permission to list the information of network profiles within a project. Access level: List. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListNetworkProfiles.html */
  ListNetworkProfiles: "L|||7;1;|||;",
  /** Grants permission to list the offering promotions. Access level: List. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListOfferingPromotions.html */
  ListOfferingPromotions: "L||||||;",
  /** Grants permission to list all of the historical purchases, renewals, and system renewal transactions for an AWS account. Access level: List. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListOfferingTransactions.html */
  ListOfferingTransactions: "L||||||;",
  /** Grants permission to list the products or offerings that the user can manage through the API. Access level: List. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListOfferings.html */
  ListOfferings: "L||||||;",
  /** Grants permission to list the information of mobile testing projects for an AWS account. Access level: List. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListProjects.html */
  ListProjects: "L||||||;",
  /** Grants permission to list the information of currently running remote access sessions. Access level: List. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListRemoteAccessSessions.html */
  ListRemoteAccessSessions: "L|||7;1;|||;",
  /** Grants permission to list the information of runs within a project. Access level: List. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListRuns.html */
  ListRuns: "L|||7;1;|||;",
  /** Grants permission to list the information of samples within a project. Access level: List. Resources: job*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListSamples.html */
  ListSamples: "L|||5;1;|||;",
  /** Grants permission to list the information of testing suites within a job. Access level: List. Resources: job*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListSuites.html */
  ListSuites: "L|||5;1;|||;",
  /** Grants permission to list the tags of a resource. Access level: List. Resources: device, deviceinstance, devicepool, instanceprofile, networkprofile, project, run, session, testgrid-project, testgrid-session, vpceconfiguration. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||1;0;,2;0;,3;0;,4;0;,6;0;,7;0;,8;0;,10;0;,13;0;,14;0;,16;0;|||;",
  /** Grants permission to list the information of desktop testing projects for an AWS account. Access level: List. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListTestGridProjects.html */
  ListTestGridProjects: "L||||||;",
  /** Grants permission to list the session actions performed during a test grid session. Access level: List. Resources: testgrid-session*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListTestGridSessionActions.html */
  ListTestGridSessionActions: "L|||14;1;|||;",
  /** Grants permission to list the artifacts generated by a test grid session. Access level: List. Resources: testgrid-session*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListTestGridSessionArtifacts.html */
  ListTestGridSessionArtifacts: "L|||14;1;|||;",
  /** Grants permission to list the sessions within a test grid project. Access level: List. Resources: testgrid-project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListTestGridSessions.html */
  ListTestGridSessions: "L|||13;1;|||;",
  /** Grants permission to list the information of tests within a testing suite. Access level: List. Resources: suite*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListTests.html */
  ListTests: "L|||11;1;|||;",
  /** Grants permission to list the information of unique problems within a run. Access level: List. Resources: run*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListUniqueProblems.html */
  ListUniqueProblems: "L|||8;1;|||;",
  /** Grants permission to list the information of uploads within a project. Access level: List. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListUploads.html */
  ListUploads: "L|||7;1;|||;",
  /** Grants permission to list the information of Amazon Virtual Private Cloud (VPC) endpoint configurations. Access level: List. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ListVPCEConfigurations.html */
  ListVPCEConfigurations: "L||||||;",
  /** Grants permission to purchase offerings for an AWS account. Access level: Write. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_PurchaseOffering.html */
  PurchaseOffering: "W||||||;",
  /** Grants permission to set the quantity of devices to renew for an offering. Access level: Write. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_RenewOffering.html */
  RenewOffering: "W||||||;",
  /** Grants permission to schedule a run. Access level: Write. Resources: devicepool, project*, upload. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_ScheduleRun.html */
  ScheduleRun: "W|||3;0;,7;1;,15;0;||5|;",
  /** Grants permission to terminate a running job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_StopJob.html */
  StopJob: "W|||5;1;|||;",
  /** Grants permission to terminate a running remote access session. Access level: Write. Resources: session*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_StopRemoteAccessSession.html */
  StopRemoteAccessSession: "W|||10;1;|||;",
  /** Grants permission to terminate a running test run. Access level: Write. Resources: run*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_StopRun.html */
  StopRun: "W|||8;1;|||;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: device, deviceinstance, devicepool, instanceprofile, networkprofile, project, run, session, testgrid-project, testgrid-session, vpceconfiguration. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_TagResource.html */
  TagResource: "T|||1;0;,2;0;,3;0;,4;0;,6;0;,7;0;,8;0;,10;0;,13;0;,14;0;,16;0;|0,2||;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: device, deviceinstance, devicepool, instanceprofile, networkprofile, project, run, session, testgrid-project, testgrid-session, vpceconfiguration. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;,3;0;,4;0;,6;0;,7;0;,8;0;,10;0;,13;0;,14;0;,16;0;|2||;",
  /** Grants permission to modify an existing device instance. Access level: Write. Resources: deviceinstance*, instanceprofile. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_UpdateDeviceInstance.html */
  UpdateDeviceInstance: "W|||2;1;,4;0;|||;",
  /** Grants permission to modify an existing device pool. Access level: Write. Resources: devicepool*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_UpdateDevicePool.html */
  UpdateDevicePool: "W|||3;1;|||;",
  /** Grants permission to modify an existing instance profile. Access level: Write. Resources: instanceprofile*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_UpdateInstanceProfile.html */
  UpdateInstanceProfile: "W|||4;1;|||;",
  /** Grants permission to modify an existing network profile. Access level: Write. Resources: networkprofile*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_UpdateNetworkProfile.html */
  UpdateNetworkProfile: "W|||6;1;|||;",
  /** Grants permission to modify an existing mobile testing project. Access level: Write. Resources: project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_UpdateProject.html */
  UpdateProject: "W|||7;1;||0,1,2,3,4,5|;",
  /** Grants permission to modify an existing desktop testing project. Access level: Write. Resources: testgrid-project*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_UpdateTestGridProject.html */
  UpdateTestGridProject: "W|||13;1;||0,1,2,3,4|;",
  /** Grants permission to modify an existing upload. Access level: Write. Resources: upload*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_UpdateUpload.html */
  UpdateUpload: "W|||15;1;|||;",
  /** Grants permission to modify an existing Amazon Virtual Private Cloud (VPC) endpoint configuration. Access level: Write. Resources: vpceconfiguration*. https://docs.aws.amazon.com/devicefarm/latest/APIReference/API_UpdateVPCEConfiguration.html */
  UpdateVPCEConfiguration: "W|||16;1;|||;",
} as const;
const actionDetails = {
  CreateDevicePool: "|,;~~~|Grants permission to create a device pool within a project",
  CreateInstanceProfile: "|,;~~~|Grants permission to create a device instance profile",
  CreateNetworkProfile: "|,;~~~|Grants permission to create a network profile within a project",
  CreateProject: "|,;~~~|Grants permission to create a project for mobile testing",
  CreateRemoteAccessSession: "|,;~~~|Grants permission to start a remote access session to a device instance",
  CreateTestGridProject: "|,;~~~|Grants permission to create a project for desktop testing",
  CreateTestGridUrl: "|,;~~~|Grants permission to generate a new pre-signed url used to access our test grid service",
  CreateUpload: "|,;~~~|Grants permission to upload a new file or app within a project",
  CreateVPCEConfiguration:
    "|,;~~~|Grants permission to create an Amazon Virtual Private Cloud (VPC) endpoint configuration",
  DeleteDevicePool: "|,;~~~|Grants permission to delete a user-generated device pool",
  DeleteInstanceProfile: "|,;~~~|Grants permission to delete a user-generated instance profile",
  DeleteNetworkProfile: "|,;~~~|Grants permission to delete a user-generated network profile",
  DeleteProject: "|,;~~~|Grants permission to delete a mobile testing project",
  DeleteRemoteAccessSession: "|,;~~~|Grants permission to delete a completed remote access session and its results",
  DeleteRun: "|,;~~~|Grants permission to delete a run",
  DeleteTestGridProject: "|,;~~~|Grants permission to delete a desktop testing project",
  DeleteUpload: "|,;~~~|Grants permission to delete a user-uploaded file",
  DeleteVPCEConfiguration:
    "|,;~~~|Grants permission to delete an Amazon Virtual Private Cloud (VPC) endpoint configuration",
  GetAccountSettings:
    "|,;~~~|Grants permission to retrieve the number of unmetered iOS and/or unmetered Android devices purchased by the account",
  GetDevice: "|,;~~~|Grants permission to retrieve the information of a unique device type",
  GetDeviceInstance: "|,;~~~|Grants permission to retireve the information of a device instance",
  GetDevicePool: "|,;~~~|Grants permission to retireve the information of a device pool",
  GetDevicePoolCompatibility:
    "|,;~~~|Grants permission to retrieve information about the compatibility of a test and/or app with a device pool",
  GetInstanceProfile: "|,;~~~|Grants permission to retireve the information of an instance profile",
  GetJob: "|,;~~~|Grants permission to retireve the information of a job",
  GetNetworkProfile: "|,;~~~|Grants permission to retireve the information of a network profile",
  GetOfferingStatus:
    "|,;~~~|Grants permission to retrieve the current status and future status of all offerings purchased by an AWS account",
  GetProject: "|,;~~~|Grants permission to retrieve information about a mobile testing project",
  GetRemoteAccessSession: "|,;~~~|Grants permission to retireve the link to a currently running remote access session",
  GetRun: "|,;~~~|Grants permission to retireve the information of a run",
  GetSuite: "|,;~~~|Grants permission to retireve the information of a testing suite",
  GetTest: "|,;~~~|Grants permission to retireve the information of a test case",
  GetTestGridProject: "|,;~~~|Grants permission to retrieve information about a desktop testing project",
  GetTestGridSession: "|,;~~~|Grants permission to retireve the information of a test grid session",
  GetUpload: "|,;~~~|Grants permission to retireve the information of an uploaded file",
  GetVPCEConfiguration:
    "|,;~~~|Grants permission to retireve the information of an Amazon Virtual Private Cloud (VPC) endpoint configuration",
  InstallToRemoteAccessSession:
    "|,;~~~|Grants permission to install an application to a device in a remote access session",
  ListArtifacts: "|,;~~~|Grants permission to list the artifacts in a project",
  ListDeviceInstances: "|,;~~~|Grants permission to list the information of device instances",
  ListDevicePools: "|,;~~~|Grants permission to list the information of device pools",
  ListDevices: "|,;~~~|Grants permission to list the information of unique device types",
  ListInstanceProfiles: "|,;~~~|Grants permission to list the information of device instance profiles",
  ListJobs: "|,;~~~|Grants permission to list the information of jobs within a run",
  ListNetworkProfiles: "|,;~~~|Grants permission to list the information of network profiles within a project",
  ListOfferingPromotions: "|,;~~~|Grants permission to list the offering promotions",
  ListOfferingTransactions:
    "|,;~~~|Grants permission to list all of the historical purchases, renewals, and system renewal transactions for an AWS account",
  ListOfferings: "|,;~~~|Grants permission to list the products or offerings that the user can manage through the API",
  ListProjects: "|,;~~~|Grants permission to list the information of mobile testing projects for an AWS account",
  ListRemoteAccessSessions:
    "|,;~~~|Grants permission to list the information of currently running remote access sessions",
  ListRuns: "|,;~~~|Grants permission to list the information of runs within a project",
  ListSamples: "|,;~~~|Grants permission to list the information of samples within a project",
  ListSuites: "|,;~~~|Grants permission to list the information of testing suites within a job",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags of a resource",
  ListTestGridProjects:
    "|,;~~~|Grants permission to list the information of desktop testing projects for an AWS account",
  ListTestGridSessionActions:
    "|,;~~~|Grants permission to list the session actions performed during a test grid session",
  ListTestGridSessionArtifacts: "|,;~~~|Grants permission to list the artifacts generated by a test grid session",
  ListTestGridSessions: "|,;~~~|Grants permission to list the sessions within a test grid project",
  ListTests: "|,;~~~|Grants permission to list the information of tests within a testing suite",
  ListUniqueProblems: "|,;~~~|Grants permission to list the information of unique problems within a run",
  ListUploads: "|,;~~~|Grants permission to list the information of uploads within a project",
  ListVPCEConfigurations:
    "|,;~~~|Grants permission to list the information of Amazon Virtual Private Cloud (VPC) endpoint configurations",
  PurchaseOffering: "|,;~~~|Grants permission to purchase offerings for an AWS account",
  RenewOffering: "|,;~~~|Grants permission to set the quantity of devices to renew for an offering",
  ScheduleRun: "|,;~~~|Grants permission to schedule a run",
  StopJob: "|,;~~~|Grants permission to terminate a running job",
  StopRemoteAccessSession: "|,;~~~|Grants permission to terminate a running remote access session",
  StopRun: "|,;~~~|Grants permission to terminate a running test run",
  TagResource: "|,;~~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateDeviceInstance: "|,;~~~|Grants permission to modify an existing device instance",
  UpdateDevicePool: "|,;~~~|Grants permission to modify an existing device pool",
  UpdateInstanceProfile: "|,;~~~|Grants permission to modify an existing instance profile",
  UpdateNetworkProfile: "|,;~~~|Grants permission to modify an existing network profile",
  UpdateProject: "|,;~~~|Grants permission to modify an existing mobile testing project",
  UpdateTestGridProject: "|,;~~~|Grants permission to modify an existing desktop testing project",
  UpdateUpload: "|,;~~~|Grants permission to modify an existing upload",
  UpdateVPCEConfiguration:
    "|,;~~~|Grants permission to modify an existing Amazon Virtual Private Cloud (VPC) endpoint configuration",
};
const resourceTypeFacts = {
  /** The artifact resource type: arn:${Partition}:devicefarm:${Region}:${Account}:artifact:${ResourceId} */
  artifact: "|,|",
  /** The device resource type: arn:${Partition}:devicefarm:${Region}::device:${ResourceId} */
  device: "|,|1",
  /** The deviceinstance resource type: arn:${Partition}:devicefarm:${Region}::deviceinstance:${ResourceId} */
  deviceinstance: "|,|1",
  /** The devicepool resource type: arn:${Partition}:devicefarm:${Region}:${Account}:devicepool:${ResourceId} */
  devicepool: "|,|1",
  /** The instanceprofile resource type: arn:${Partition}:devicefarm:${Region}:${Account}:instanceprofile:${ResourceId} */
  instanceprofile: "|,|1",
  /** The job resource type: arn:${Partition}:devicefarm:${Region}:${Account}:job:${ResourceId} */
  job: "|,|",
  /** The networkprofile resource type: arn:${Partition}:devicefarm:${Region}:${Account}:networkprofile:${ResourceId} */
  networkprofile: "|,|1",
  /** The project resource type: arn:${Partition}:devicefarm:${Region}:${Account}:project:${ResourceId} */
  project: "|,|1",
  /** The run resource type: arn:${Partition}:devicefarm:${Region}:${Account}:run:${ResourceId} */
  run: "|,|1",
  /** The sample resource type: arn:${Partition}:devicefarm:${Region}:${Account}:sample:${ResourceId} */
  sample: "|,|",
  /** The session resource type: arn:${Partition}:devicefarm:${Region}:${Account}:session:${ResourceId} */
  session: "|,|1",
  /** The suite resource type: arn:${Partition}:devicefarm:${Region}:${Account}:suite:${ResourceId} */
  suite: "|,|",
  /** The test resource type: arn:${Partition}:devicefarm:${Region}:${Account}:test:${ResourceId} */
  test: "|,|",
  /** The testgrid-project resource type: arn:${Partition}:devicefarm:${Region}:${Account}:testgrid-project:${ResourceId} */
  "testgrid-project": "|,testgridProject|1",
  /** The testgrid-session resource type: arn:${Partition}:devicefarm:${Region}:${Account}:testgrid-session:${ResourceId} */
  "testgrid-session": "|,testgridSession|1",
  /** The upload resource type: arn:${Partition}:devicefarm:${Region}:${Account}:upload:${ResourceId} */
  upload: "|,|",
  /** The vpceconfiguration resource type: arn:${Partition}:devicefarm:${Region}:${Account}:vpceconfiguration:${ResourceId} */
  vpceconfiguration: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a artifact resource: arn:${Partition}:devicefarm:${Region}:${Account}:artifact:${ResourceId}. */
  artifact: "|,artifact|arn:|Partition|:devicefarm:|Region|:|Account|:artifact:|ResourceId|",
  /** ARN of a device resource: arn:${Partition}:devicefarm:${Region}::device:${ResourceId}. */
  device: "|,device|arn:|Partition|:devicefarm:|Region|::device:|ResourceId|",
  /** ARN of a deviceinstance resource: arn:${Partition}:devicefarm:${Region}::deviceinstance:${ResourceId}. */
  deviceinstance: "|,deviceinstance|arn:|Partition|:devicefarm:|Region|::deviceinstance:|ResourceId|",
  /** ARN of a devicepool resource: arn:${Partition}:devicefarm:${Region}:${Account}:devicepool:${ResourceId}. */
  devicepool: "|,devicepool|arn:|Partition|:devicefarm:|Region|:|Account|:devicepool:|ResourceId|",
  /** ARN of a instanceprofile resource: arn:${Partition}:devicefarm:${Region}:${Account}:instanceprofile:${ResourceId}. */
  instanceprofile: "|,instanceprofile|arn:|Partition|:devicefarm:|Region|:|Account|:instanceprofile:|ResourceId|",
  /** ARN of a job resource: arn:${Partition}:devicefarm:${Region}:${Account}:job:${ResourceId}. */
  job: "|,job|arn:|Partition|:devicefarm:|Region|:|Account|:job:|ResourceId|",
  /** ARN of a networkprofile resource: arn:${Partition}:devicefarm:${Region}:${Account}:networkprofile:${ResourceId}. */
  networkprofile: "|,networkprofile|arn:|Partition|:devicefarm:|Region|:|Account|:networkprofile:|ResourceId|",
  /** ARN of a project resource: arn:${Partition}:devicefarm:${Region}:${Account}:project:${ResourceId}. */
  project: "|,project|arn:|Partition|:devicefarm:|Region|:|Account|:project:|ResourceId|",
  /** ARN of a run resource: arn:${Partition}:devicefarm:${Region}:${Account}:run:${ResourceId}. */
  run: "|,run|arn:|Partition|:devicefarm:|Region|:|Account|:run:|ResourceId|",
  /** ARN of a sample resource: arn:${Partition}:devicefarm:${Region}:${Account}:sample:${ResourceId}. */
  sample: "|,sample|arn:|Partition|:devicefarm:|Region|:|Account|:sample:|ResourceId|",
  /** ARN of a session resource: arn:${Partition}:devicefarm:${Region}:${Account}:session:${ResourceId}. */
  session: "|,session|arn:|Partition|:devicefarm:|Region|:|Account|:session:|ResourceId|",
  /** ARN of a suite resource: arn:${Partition}:devicefarm:${Region}:${Account}:suite:${ResourceId}. */
  suite: "|,suite|arn:|Partition|:devicefarm:|Region|:|Account|:suite:|ResourceId|",
  /** ARN of a test resource: arn:${Partition}:devicefarm:${Region}:${Account}:test:${ResourceId}. */
  test: "|,test|arn:|Partition|:devicefarm:|Region|:|Account|:test:|ResourceId|",
  /** ARN of a testgrid-project resource: arn:${Partition}:devicefarm:${Region}:${Account}:testgrid-project:${ResourceId}. */
  testgridProject: "|,testgrid-project|arn:|Partition|:devicefarm:|Region|:|Account|:testgrid-project:|ResourceId|",
  /** ARN of a testgrid-session resource: arn:${Partition}:devicefarm:${Region}:${Account}:testgrid-session:${ResourceId}. */
  testgridSession: "|,testgrid-session|arn:|Partition|:devicefarm:|Region|:|Account|:testgrid-session:|ResourceId|",
  /** ARN of a upload resource: arn:${Partition}:devicefarm:${Region}:${Account}:upload:${ResourceId}. */
  upload: "|,upload|arn:|Partition|:devicefarm:|Region|:|Account|:upload:|ResourceId|",
  /** ARN of a vpceconfiguration resource: arn:${Partition}:devicefarm:${Region}:${Account}:vpceconfiguration:${ResourceId}. */
  vpceconfiguration: "|,vpceconfiguration|arn:|Partition|:devicefarm:|Region|:|Account|:vpceconfiguration:|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "artifact",
  "device",
  "deviceinstance",
  "devicepool",
  "instanceprofile",
  "job",
  "networkprofile",
  "project",
  "run",
  "sample",
  "session",
  "suite",
  "test",
  "testgrid-project",
  "testgrid-session",
  "upload",
  "vpceconfiguration",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "devicefarm">;
/** Any devicefarm action. */
export type Action = ActionOf<typeof actionFacts, "devicefarm">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "devicefarm">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "devicefarm" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every devicefarm action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the allowed set of values for each of the tags. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on tag-value assoicated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the presence of mandatory tags in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the allowed set of values for each of the tags",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on tag-value assoicated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the presence of mandatory tags in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "devicefarm",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
