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
export const prefix: "servicediscovery" = "servicediscovery";
/** The service's name in the reference. */
export const serviceName: "AWS Cloud Map" = "AWS Cloud Map";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Cloud Map",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudmap.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "servicediscovery:NamespaceArn",
  "servicediscovery:NamespaceName",
  "servicediscovery:ServiceArn",
  "servicediscovery:ServiceCreatedByAccount",
  "servicediscovery:ServiceName",
] as const;
const dependentActionList = ["servicediscovery:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create an HTTP namespace. Access level: Write. https://docs.aws.amazon.com/cloud-map/latest/api/API_CreateHttpNamespace.html */
  CreateHttpNamespace: "W||||0,2|0|;",
  /** Grants permission to create a private namespace based on DNS, which will be visible only inside a specified Amazon VPC. Access level: Write. https://docs.aws.amazon.com/cloud-map/latest/api/API_CreatePrivateDnsNamespace.html */
  CreatePrivateDnsNamespace: "W||||0,2|0|;",
  /** Grants permission to create a public namespace based on DNS, which will be visible on the internet. Access level: Write. https://docs.aws.amazon.com/cloud-map/latest/api/API_CreatePublicDnsNamespace.html */
  CreatePublicDnsNamespace: "W||||0,2|0|;",
  /** Grants permission to create a service. Access level: Write. Resources: namespace*, service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_CreateService.html */
  CreateService: "W|||0;1;,1;1;|0,2,3|0|;",
  /** Grants permission to delete a specified namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/cloud-map/latest/api/API_DeleteNamespace.html */
  DeleteNamespace: "W|||0;1;|||;",
  /** Grants permission to delete the RAM access control policy for a namespace. Access level: Write. Resources: namespace*. Permission only. https://docs.aws.amazon.com/cloud-map/latest/dg/sharing-namespaces.html */
  DeleteResourcePolicy: "W||1|0;1;|||",
  /** Grants permission to delete a specified service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_DeleteService.html */
  DeleteService: "W|||1;1;|6||;",
  /** Grants permission to delete specified attributes from a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_DeleteServiceAttributes.html */
  DeleteServiceAttributes: "W|||1;1;|6||;",
  /** Grants permission to delete the records and the health check, if any, that Amazon Route 53 created for the specified instance. Access level: Write. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_DeregisterInstance.html */
  DeregisterInstance: "W|||1;1;|5,6||;",
  /** Grants permission to discover registered instances for a specified namespace and service. Access level: Read. Resources: namespace*, service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_DiscoverInstances.html */
  DiscoverInstances: "R|||0;1;,1;1;|4,7||;",
  /** Grants permission to discover the revision of the instances for a specified namespace and service. Access level: Read. Resources: namespace*, service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_DiscoverInstancesRevision.html */
  DiscoverInstancesRevision: "R|||0;1;,1;1;|4,7||;",
  /** Grants permission to get information about a specified instance. Access level: Read. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_GetInstance.html */
  GetInstance: "R|||1;1;|5||;",
  /** Grants permission to get the current health status (Healthy, Unhealthy, or Unknown) of one or more instances. Access level: Read. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_GetInstancesHealthStatus.html */
  GetInstancesHealthStatus: "R|||1;1;|5||;",
  /** Grants permission to get information about a namespace. Access level: Read. Resources: namespace*. https://docs.aws.amazon.com/cloud-map/latest/api/API_GetNamespace.html */
  GetNamespace: "R|||0;1;|||;",
  /** Grants permission to get information about a specific operation. Access level: Read. Resources: namespace*, service. https://docs.aws.amazon.com/cloud-map/latest/api/API_GetOperation.html */
  GetOperation: "R|||0;1;,1;0;|||;",
  /** Grants permission to read the RAM access control policy for a namespace. Access level: Read. Resources: namespace*. Permission only. https://docs.aws.amazon.com/cloud-map/latest/dg/sharing-namespaces.html */
  GetResourcePolicy: "R||1|0;1;|||",
  /** Grants permission to get the settings for a specified service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_GetService.html */
  GetService: "R|||1;1;|||;",
  /** Grants permission to get the attributes for a specified service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_GetServiceAttributes.html */
  GetServiceAttributes: "R|||1;1;|||;",
  /** Grants permission to get summary information about the instances that were registered with a specified service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_ListInstances.html */
  ListInstances: "R|||1;1;|5||;",
  /** Grants permission to get information about the namespaces. Access level: Read. https://docs.aws.amazon.com/cloud-map/latest/api/API_ListNamespaces.html */
  ListNamespaces: "R||||||;",
  /** Grants permission to list operations that match the criteria that you specify. Access level: List. https://docs.aws.amazon.com/cloud-map/latest/api/API_ListOperations.html */
  ListOperations: "L||||||;",
  /** Grants permission to get settings for all the services that match specified filters. Access level: Read. https://docs.aws.amazon.com/cloud-map/latest/api/API_ListServices.html */
  ListServices: "R||||||;",
  /** Grants permission to lists tags for the specified resource. Access level: Read. https://docs.aws.amazon.com/cloud-map/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to define the RAM access control policy for a namespace. Access level: Write. Resources: namespace*. Permission only. https://docs.aws.amazon.com/cloud-map/latest/dg/sharing-namespaces.html */
  PutResourcePolicy: "W||1|0;1;|||",
  /** Grants permission to register an instance based on the settings in a specified service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_RegisterInstance.html */
  RegisterInstance: "W|||1;1;|5,6||;",
  /** Grants permission to add one or more tags to the specified resource. Access level: Tagging. https://docs.aws.amazon.com/cloud-map/latest/api/API_TagResource.html */
  TagResource: "T||||0,2||CreateHttpNamespace,CreatePrivateDnsNamespace,CreatePublicDnsNamespace,CreateService,;",
  /** Grants permission to remove one or more tags from the specified resource. Access level: Tagging. https://docs.aws.amazon.com/cloud-map/latest/api/API_UntagResource.html */
  UntagResource: "T||||2||;",
  /** Grants permission to update the settings for a HTTP namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/cloud-map/latest/api/API_UpdateHttpNamespace.html */
  UpdateHttpNamespace: "W|||0;1;|||;",
  /** Grants permission to update the current health status for an instance that has a custom health check. Access level: Write. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_UpdateInstanceCustomHealthStatus.html */
  UpdateInstanceCustomHealthStatus: "W|||1;1;|5,6||;",
  /** Grants permission to update the settings for a private DNS namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/cloud-map/latest/api/API_UpdatePrivateDnsNamespace.html */
  UpdatePrivateDnsNamespace: "W|||0;1;|||;",
  /** Grants permission to update the settings for a public DNS namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/cloud-map/latest/api/API_UpdatePublicDnsNamespace.html */
  UpdatePublicDnsNamespace: "W|||0;1;|||;",
  /** Grants permission to update the settings in a specified service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_UpdateService.html */
  UpdateService: "W|||1;1;|6||;",
  /** Grants permission to update the attributes in a specified service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/cloud-map/latest/api/API_UpdateServiceAttributes.html */
  UpdateServiceAttributes: "W|||1;1;|6||;",
} as const;
const actionDetails = {
  CreateHttpNamespace: "|,;~~~|Grants permission to create an HTTP namespace",
  CreatePrivateDnsNamespace:
    "|,;~~~|Grants permission to create a private namespace based on DNS, which will be visible only inside a specified Amazon VPC",
  CreatePublicDnsNamespace:
    "|,;~~~|Grants permission to create a public namespace based on DNS, which will be visible on the internet",
  CreateService: "|,;~~~|Grants permission to create a service",
  DeleteNamespace: "|,;~~~|Grants permission to delete a specified namespace",
  DeleteResourcePolicy: "|,;~|Grants permission to delete the RAM access control policy for a namespace",
  DeleteService: "|,;~~~|Grants permission to delete a specified service",
  DeleteServiceAttributes: "|,;~~~|Grants permission to delete specified attributes from a service",
  DeregisterInstance:
    "|,;~~~|Grants permission to delete the records and the health check, if any, that Amazon Route 53 created for the specified instance",
  DiscoverInstances: "|,;~~~|Grants permission to discover registered instances for a specified namespace and service",
  DiscoverInstancesRevision:
    "|,;~~~|Grants permission to discover the revision of the instances for a specified namespace and service",
  GetInstance: "|,;~~~|Grants permission to get information about a specified instance",
  GetInstancesHealthStatus:
    "|,;~~~|Grants permission to get the current health status (Healthy, Unhealthy, or Unknown) of one or more instances",
  GetNamespace: "|,;~~~|Grants permission to get information about a namespace",
  GetOperation: "|,;~~~|Grants permission to get information about a specific operation",
  GetResourcePolicy: "|,;~|Grants permission to read the RAM access control policy for a namespace",
  GetService: "|,;~~~|Grants permission to get the settings for a specified service",
  GetServiceAttributes: "|,;~~~|Grants permission to get the attributes for a specified service",
  ListInstances:
    "|,;~~~|Grants permission to get summary information about the instances that were registered with a specified service",
  ListNamespaces: "|,;~~~|Grants permission to get information about the namespaces",
  ListOperations: "|,;~~~|Grants permission to list operations that match the criteria that you specify",
  ListServices: "|,;~~~|Grants permission to get settings for all the services that match specified filters",
  ListTagsForResource: "|,;~~~|Grants permission to lists tags for the specified resource",
  PutResourcePolicy: "|,;~|Grants permission to define the RAM access control policy for a namespace",
  RegisterInstance: "|,;~~~|Grants permission to register an instance based on the settings in a specified service",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to add one or more tags to the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove one or more tags from the specified resource",
  UpdateHttpNamespace: "|,;~~~|Grants permission to update the settings for a HTTP namespace",
  UpdateInstanceCustomHealthStatus:
    "|,;~~~|Grants permission to update the current health status for an instance that has a custom health check",
  UpdatePrivateDnsNamespace: "|,;~~~|Grants permission to update the settings for a private DNS namespace",
  UpdatePublicDnsNamespace: "|,;~~~|Grants permission to update the settings for a public DNS namespace",
  UpdateService: "|,;~~~|Grants permission to update the settings in a specified service",
  UpdateServiceAttributes: "|,;~~~|Grants permission to update the attributes in a specified service",
};
const resourceTypeFacts = {
  /** The namespace resource type: arn:${Partition}:servicediscovery:${Region}:${Account}:namespace/${NamespaceId} */
  namespace: "|,|1",
  /** The service resource type: arn:${Partition}:servicediscovery:${Region}:${Account}:service/${ServiceId} */
  service: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a namespace resource: arn:${Partition}:servicediscovery:${Region}:${Account}:namespace/${NamespaceId}. */
  namespace: "|,namespace|arn:|Partition|:servicediscovery:|Region|:|Account|:namespace/|NamespaceId|",
  /** ARN of a service resource: arn:${Partition}:servicediscovery:${Region}:${Account}:service/${ServiceId}. */
  service: "|,service|arn:|Partition|:servicediscovery:|Region|:|Account|:service/|ServiceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["namespace", "service"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "servicediscovery">;
/** Any servicediscovery action. */
export type Action = ActionOf<typeof actionFacts, "servicediscovery">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "servicediscovery">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "servicediscovery" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every servicediscovery action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by specifying the Amazon Resource Name (ARN) for the related namespace. */
  "servicediscovery:NamespaceArn": "ARN";
  /** Filters access by specifying the name of the related namespace. */
  "servicediscovery:NamespaceName": "String";
  /** Filters access by specifying the Amazon Resource Name (ARN) for the related service. */
  "servicediscovery:ServiceArn": "ARN";
  /** Filters access by specifying the account id of the related service creator. */
  "servicediscovery:ServiceCreatedByAccount": "String";
  /** Filters access by specifying the name of the related service. */
  "servicediscovery:ServiceName": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions based on the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the tag keys that are passed in the request",
  "servicediscovery:NamespaceArn":
    "|,ARN|0||Filters access by specifying the Amazon Resource Name (ARN) for the related namespace",
  "servicediscovery:NamespaceName": "|,String|0||Filters access by specifying the name of the related namespace",
  "servicediscovery:ServiceArn":
    "|,ARN|0||Filters access by specifying the Amazon Resource Name (ARN) for the related service",
  "servicediscovery:ServiceCreatedByAccount":
    "|,String|0||Filters access by specifying the account id of the related service creator",
  "servicediscovery:ServiceName": "|,String|0||Filters access by specifying the name of the related service",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "servicediscovery",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
