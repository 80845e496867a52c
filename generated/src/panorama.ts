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
export const prefix: "panorama" = "panorama";
/** The service's name in the reference. */
export const serviceName: "AWS Panorama" = "AWS Panorama";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Panorama",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awspanorama.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["panorama:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create an AWS Panorama Application Instance. Access level: Write. https://docs.aws.amazon.com/panorama/latest/api/API_CreateApplicationInstance.html */
  CreateApplicationInstance: "W||||0,2|iam:PassRole,0|;",
  /** Grants permission to create a job for an AWS Panorama Appliance. Access level: Write. https://docs.aws.amazon.com/panorama/latest/api/API_CreateJobForDevices.html */
  CreateJobForDevices: "W||||||;",
  /** Grants permission to create an AWS Panorama Node. Access level: Write. https://docs.aws.amazon.com/panorama/latest/api/API_CreateNodeFromTemplateJob.html */
  CreateNodeFromTemplateJob: "W||||||;",
  /** Grants permission to create an AWS Panorama Package. Access level: Write. https://docs.aws.amazon.com/panorama/latest/api/API_CreatePackage.html */
  CreatePackage: "W||||0,2|0|;",
  /** Grants permission to create an AWS Panorama Package. Access level: Write. https://docs.aws.amazon.com/panorama/latest/api/API_CreatePackageImportJob.html */
  CreatePackageImportJob: "W||||||;",
  /** Grants permission to deregister an AWS Panorama Appliance. Access level: Write. Resources: device*. https://docs.aws.amazon.com/panorama/latest/api/API_DeleteDevice.html */
  DeleteDevice: "W|||1;1;|||;",
  /** Grants permission to delete an AWS Panorama Package. Access level: Write. Resources: package*. https://docs.aws.amazon.com/panorama/latest/api/API_DeletePackage.html */
  DeletePackage: "W|||2;1;|||;",
  /** Grants permission to deregister an AWS Panorama package version. Access level: Write. Resources: package*. https://docs.aws.amazon.com/panorama/latest/api/API_DeregisterPackageVersion.html */
  DeregisterPackageVersion: "W|||2;1;|||;",
  /** Grants permission to view details about an AWS Panorama application instance. Access level: Read. Resources: applicationInstance*. https://docs.aws.amazon.com/panorama/latest/api/API_DescribeApplicationInstance.html */
  DescribeApplicationInstance: "R|||0;1;|||;",
  /** Grants permission to view details about an AWS Panorama application instance. Access level: Read. Resources: applicationInstance*. https://docs.aws.amazon.com/panorama/latest/api/API_DescribeApplicationInstanceDetails.html */
  DescribeApplicationInstanceDetails: "R|||0;1;|||;",
  /** Grants permission to view details about an AWS Panorama Appliance. Access level: Read. Resources: device*. https://docs.aws.amazon.com/panorama/latest/api/API_DescribeDevice.html */
  DescribeDevice: "R|||1;1;|||;",
  /** Grants permission to view job details for an AWS Panorama Appliance. Access level: Read. https://docs.aws.amazon.com/panorama/latest/api/API_DescribeDeviceJob.html */
  DescribeDeviceJob: "R||||||;",
  /** Grants permission to view details about an AWS Panorama application node. Access level: Read. https://docs.aws.amazon.com/panorama/latest/api/API_DescribeNode.html */
  DescribeNode: "R||||||;",
  /** Grants permission to view details about AWS Panorama application node. Access level: Read. https://docs.aws.amazon.com/panorama/latest/api/API_DescribeNodeFromTemplateJob.html */
  DescribeNodeFromTemplateJob: "R||||||;",
  /** Grants permission to view details about an AWS Panorama package. Access level: Read. Resources: package*. https://docs.aws.amazon.com/panorama/latest/api/API_DescribePackage.html */
  DescribePackage: "R|||2;1;|||;",
  /** Grants permission to view details about an AWS Panorama package. Access level: Read. https://docs.aws.amazon.com/panorama/latest/api/API_DescribePackageImportJob.html */
  DescribePackageImportJob: "R||||||;",
  /** Grants permission to view details about an AWS Panorama package version. Access level: Read. Resources: package*. https://docs.aws.amazon.com/panorama/latest/api/API_DescribePackageVersion.html */
  DescribePackageVersion: "R|||2;1;|||;",
  /** Grants permission to view details about a software version for the AWS Panorama Appliance. Access level: Read. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awspanorama.html */
  DescribeSoftware: "R||1||||",
  /** Grants permission to generate a WebSocket endpoint for communication with AWS Panorama. Access level: Read. Permission only. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awspanorama.html */
  GetWebSocketURL: "R||1||||",
  /** Grants permission to retrieve a list of application instance dependencies in AWS Panorama. Access level: List. Resources: applicationInstance*. https://docs.aws.amazon.com/panorama/latest/api/API_ListApplicationInstanceDependencies.html */
  ListApplicationInstanceDependencies: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of node instances of application instances in AWS Panorama. Access level: List. Resources: applicationInstance*. https://docs.aws.amazon.com/panorama/latest/api/API_ListApplicationInstanceNodeInstances.html */
  ListApplicationInstanceNodeInstances: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of application instances in AWS Panorama. Access level: List. Resources: device. https://docs.aws.amazon.com/panorama/latest/api/API_ListApplicationInstances.html */
  ListApplicationInstances: "L|||1;0;|||;",
  /** Grants permission to retrieve a list of appliances in AWS Panorama. Access level: List. https://docs.aws.amazon.com/panorama/latest/api/API_ListDevices.html */
  ListDevices: "L||||||;",
  /** Grants permission to retrieve a list of jobs for an AWS Panorama Appliance. Access level: List. Resources: device. https://docs.aws.amazon.com/panorama/latest/api/API_ListDevicesJobs.html */
  ListDevicesJobs: "L|||1;0;|||;",
  /** Grants permission to retrieve a list of Nodes for an AWS Panorama Appliance. Access level: List. https://docs.aws.amazon.com/panorama/latest/api/API_ListNodeFromTemplateJobs.html */
  ListNodeFromTemplateJobs: "L||||||;",
  /** Grants permission to retrieve a list of nodes in AWS Panorama. Access level: List. https://docs.aws.amazon.com/panorama/latest/api/API_ListNodes.html */
  ListNodes: "L||||||;",
  /** Grants permission to retrieve a list of packages in AWS Panorama. Access level: List. https://docs.aws.amazon.com/panorama/latest/api/API_ListPackageImportJobs.html */
  ListPackageImportJobs: "L||||||;",
  /** Grants permission to retrieve a list of packages in AWS Panorama. Access level: List. https://docs.aws.amazon.com/panorama/latest/api/API_ListPackages.html */
  ListPackages: "L||||||;",
  /** Grants permission to retrieve a list of tags for a resource in AWS Panorama. Access level: Read. Resources: applicationInstance, device, package. https://docs.aws.amazon.com/panorama/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;|||;",
  /** Grants permission to register an AWS Panorama Appliance. Access level: Write. https://docs.aws.amazon.com/panorama/latest/api/API_ProvisionDevice.html */
  ProvisionDevice: "W||||0,2|0|;",
  /** Grants permission to register an AWS Panorama package version. Access level: Write. Resources: package*. https://docs.aws.amazon.com/panorama/latest/api/API_RegisterPackageVersion.html */
  RegisterPackageVersion: "W|||2;1;|||;",
  /** Grants permission to remove an AWS Panorama application instance. Access level: Write. Resources: applicationInstance*. https://docs.aws.amazon.com/panorama/latest/api/API_RemoveApplicationInstance.html */
  RemoveApplicationInstance: "W|||0;1;|||;",
  /** Grants permission to signal camera nodes in an application instance to pause or resume. Access level: Write. Resources: applicationInstance*. https://docs.aws.amazon.com/panorama/latest/api/API_SignalApplicationInstanceNodeInstances.html */
  SignalApplicationInstanceNodeInstances: "W|||0;1;|||;",
  /** Grants permission to add tags to a resource in AWS Panorama. Access level: Tagging. Resources: applicationInstance, device, package. https://docs.aws.amazon.com/panorama/latest/api/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,2||CreateApplicationInstance,CreatePackage,ProvisionDevice,;",
  /** Grants permission to remove tags from a resource in AWS Panorama. Access level: Tagging. Resources: applicationInstance, device, package. https://docs.aws.amazon.com/panorama/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||;",
  /** Grants permission to modify basic settings for an AWS Panorama Appliance. Access level: Write. Resources: device*. https://docs.aws.amazon.com/panorama/latest/api/API_UpdateDeviceMetadata.html */
  UpdateDeviceMetadata: "W|||1;1;|||;",
} as const;
const actionDetails = {
  CreateApplicationInstance: "|,;~~~|Grants permission to create an AWS Panorama Application Instance",
  CreateJobForDevices: "|,;~~~|Grants permission to create a job for an AWS Panorama Appliance",
  CreateNodeFromTemplateJob: "|,;~~~|Grants permission to create an AWS Panorama Node",
  CreatePackage: "|,;~~~|Grants permission to create an AWS Panorama Package",
  CreatePackageImportJob: "|,;~~~|Grants permission to create an AWS Panorama Package",
  DeleteDevice: "|,;~~~|Grants permission to deregister an AWS Panorama Appliance",
  DeletePackage: "|,;~~~|Grants permission to delete an AWS Panorama Package",
  DeregisterPackageVersion: "|,;~~~|Grants permission to deregister an AWS Panorama package version",
  DescribeApplicationInstance: "|,;~~~|Grants permission to view details about an AWS Panorama application instance",
  DescribeApplicationInstanceDetails:
    "|,;~~~|Grants permission to view details about an AWS Panorama application instance",
  DescribeDevice: "|,;~~~|Grants permission to view details about an AWS Panorama Appliance",
  DescribeDeviceJob: "|,;~~~|Grants permission to view job details for an AWS Panorama Appliance",
  DescribeNode: "|,;~~~|Grants permission to view details about an AWS Panorama application node",
  DescribeNodeFromTemplateJob: "|,;~~~|Grants permission to view details about AWS Panorama application node",
  DescribePackage: "|,;~~~|Grants permission to view details about an AWS Panorama package",
  DescribePackageImportJob: "|,;~~~|Grants permission to view details about an AWS Panorama package",
  DescribePackageVersion: "|,;~~~|Grants permission to view details about an AWS Panorama package version",
  DescribeSoftware: "|,;~|Grants permission to view details about a software version for the AWS Panorama Appliance",
  GetWebSocketURL: "|,;~|Grants permission to generate a WebSocket endpoint for communication with AWS Panorama",
  ListApplicationInstanceDependencies:
    "|,;~~~|Grants permission to retrieve a list of application instance dependencies in AWS Panorama",
  ListApplicationInstanceNodeInstances:
    "|,;~~~|Grants permission to retrieve a list of node instances of application instances in AWS Panorama",
  ListApplicationInstances: "|,;~~~|Grants permission to retrieve a list of application instances in AWS Panorama",
  ListDevices: "|,;~~~|Grants permission to retrieve a list of appliances in AWS Panorama",
  ListDevicesJobs: "|,;~~~|Grants permission to retrieve a list of jobs for an AWS Panorama Appliance",
  ListNodeFromTemplateJobs: "|,;~~~|Grants permission to retrieve a list of Nodes for an AWS Panorama Appliance",
  ListNodes: "|,;~~~|Grants permission to retrieve a list of nodes in AWS Panorama",
  ListPackageImportJobs: "|,;~~~|Grants permission to retrieve a list of packages in AWS Panorama",
  ListPackages: "|,;~~~|Grants permission to retrieve a list of packages in AWS Panorama",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve a list of tags for a resource in AWS Panorama",
  ProvisionDevice: "|,;~~~|Grants permission to register an AWS Panorama Appliance",
  RegisterPackageVersion: "|,;~~~|Grants permission to register an AWS Panorama package version",
  RemoveApplicationInstance: "|,;~~~|Grants permission to remove an AWS Panorama application instance",
  SignalApplicationInstanceNodeInstances:
    "|,;~~~|Grants permission to signal camera nodes in an application instance to pause or resume",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to add tags to a resource in AWS Panorama",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource in AWS Panorama",
  UpdateDeviceMetadata: "|,;~~~|Grants permission to modify basic settings for an AWS Panorama Appliance",
};
const resourceTypeFacts = {
  /** The applicationInstance resource type: arn:${Partition}:panorama:${Region}:${Account}:applicationInstance/${ApplicationInstanceId} */
  applicationInstance: "|,|1",
  /** The device resource type: arn:${Partition}:panorama:${Region}:${Account}:device/${DeviceId} */
  device: "|,|1",
  /** The package resource type: arn:${Partition}:panorama:${Region}:${Account}:package/${PackageId} */
  package: "|,package_|1",
} as const;
const arnFormats = {
  /** ARN of a applicationInstance resource: arn:${Partition}:panorama:${Region}:${Account}:applicationInstance/${ApplicationInstanceId}. */
  applicationInstance:
    "|,applicationInstance|arn:|Partition|:panorama:|Region|:|Account|:applicationInstance/|ApplicationInstanceId|",
  /** ARN of a device resource: arn:${Partition}:panorama:${Region}:${Account}:device/${DeviceId}. */
  device: "|,device|arn:|Partition|:panorama:|Region|:|Account|:device/|DeviceId|",
  /** ARN of a package resource: arn:${Partition}:panorama:${Region}:${Account}:package/${PackageId}. */
  package_: "|,package|arn:|Partition|:panorama:|Region|:|Account|:package/|PackageId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["applicationInstance", "device", "package"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "panorama">;
/** Any panorama action. */
export type Action = ActionOf<typeof actionFacts, "panorama">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "panorama">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "panorama" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every panorama action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "panorama",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
