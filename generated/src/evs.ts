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
export const prefix: "evs" = "evs";
/** The service's name in the reference. */
export const serviceName: "Amazon Elastic VMware Service" = "Amazon Elastic VMware Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Elastic VMware Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticvmwareservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "ec2:CreateNetworkInterface",
  "ec2:CreateTags",
  "ec2:DeleteNetworkInterface",
  "ec2:DeleteSubnet",
  "ec2:DescribeAddresses",
  "ec2:DescribeDhcpOptions",
  "ec2:DescribeHosts",
  "ec2:DescribeInstanceStatus",
  "ec2:DescribeInstances",
  "ec2:DescribeKeyPairs",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribePlacementGroups",
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSubnets",
  "ec2:DescribeVpcs",
  "ec2:ModifyInstanceAttribute",
  "ec2:ModifyNetworkInterfaceAttribute",
  "ec2:RunInstances",
  "ec2:TerminateInstances",
  "secretsmanager:CreateSecret",
  "secretsmanager:DeleteSecret",
  "secretsmanager:GetRandomPassword",
  "secretsmanager:GetSecretValue",
  "secretsmanager:TagResource",
  "secretsmanager:UpdateSecret",
  "servicequotas:GetServiceQuota",
  "servicequotas:ListServiceQuotas",
] as const;
const actionFacts = {
  /** Grants permission to associate an Elastic IP address (EIP) with a public VLAN in an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_AssociateEipToVlan.html */
  AssociateEipToVlan: "W|||0;1;||ec2:AssociateAddress,4|;",
  /** Grants permission to create an entitlement in an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_CreateEntitlement.html */
  CreateEntitlement: "W|||0;1;|||;",
  /** Grants permission to create an Amazon EVS environment. Access level: Write. https://docs.aws.amazon.com/evs/latest/APIReference/API_CreateEnvironment.html */
  CreateEnvironment:
    "W||||0,2|0,ec2:CreateSubnet,1,2,3,ec2:DeleteVolume,4,5,6,7,8,9,10,11,ec2:DescribeRouteServerEndpoints,ec2:DescribeRouteServerPeers,ec2:DescribeRouteServers,12,13,ec2:DescribeVolumes,14,ec2:DetachNetworkInterface,ec2:DetachVolume,ec2:GetAllowedImagesSettings,ec2:GetRouteServerAssociations,15,16,17,18,evs:TagResource,iam:CreateServiceLinkedRole,kms:DescribeKey,kms:ListAliases,19,20,21,22,23,24,25,26,support:DescribeServices,support:DescribeSupportLevel|;",
  /** Grants permission to create a connector in an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_CreateEnvironmentConnector.html */
  CreateEnvironmentConnector: "W|||0;1;|||;",
  /** Grants permission to add host to an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_CreateEnvironmentHost.html */
  CreateEnvironmentHost:
    "W|||0;1;||0,1,2,5,6,7,8,9,10,11,12,13,14,16,17,evs:CreateEnvironmentHost,19,20,21,22,23,24,25,26|;",
  /** Grants permission to delete an entitlement from an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_DeleteEntitlement.html */
  DeleteEntitlement: "W|||0;1;|||;",
  /** Grants permission to delete an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_DeleteEnvironment.html */
  DeleteEnvironment: "W|||0;1;||2,3,7,8,10,13,15,16,18,20,22|;",
  /** Grants permission to delete a connector from an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_DeleteEnvironmentConnector.html */
  DeleteEnvironmentConnector: "W|||0;1;|||;",
  /** Grants permission to delete a host from an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_DeleteEnvironmentHost.html */
  DeleteEnvironmentHost: "W|||0;1;||2,7,8,10,15,16,18,20,22|;",
  /** Grants permission to disassociate an Elastic IP address (EIP) from a public VLAN in an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_DisassociateEipFromVlan.html */
  DisassociateEipFromVlan: "W|||0;1;||ec2:DisassociateAddress|;",
  /** Grants permission to get an Amazon EVS environment depot url. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_GetDepotUrl.html */
  GetDepotUrl: "R|||0;1;|||;",
  /** Grants permission to get an Amazon EVS environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_GetEnvironment.html */
  GetEnvironment: "R|||0;1;|||;",
  /** Grants permission to get versions provided for launch by Amazon EVS. Access level: Read. https://docs.aws.amazon.com/evs/latest/APIReference/API_GetVersions.html */
  GetVersions: "R||||||;",
  /** Grants permission to retrieve a list of connectors associated with an Amazon EVS environment. Access level: List. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_ListEnvironmentConnectors.html */
  ListEnvironmentConnectors: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of hosts associated with an Amazon EVS environment. Access level: List. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_ListEnvironmentHosts.html */
  ListEnvironmentHosts: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of Amazon EVS environment VLANs. Access level: List. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_ListEnvironmentVlans.html */
  ListEnvironmentVlans: "L|||0;1;|||;",
  /** Grants permission to retrieve a list of Amazon EVS environments in an account. Access level: List. https://docs.aws.amazon.com/evs/latest/APIReference/API_ListEnvironments.html */
  ListEnvironments: "L||||||;",
  /** Grants permission to list the tags on a specified resource ARN. Access level: Read. Resources: environment. https://docs.aws.amazon.com/evs/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;|||;",
  /** Grants permission to retrieve a list of entitlements associated with an Amazon EVS environment. Access level: List. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_ListVmEntitlements.html */
  ListVmEntitlements: "L|||0;1;|||;",
  /** Grants permission to tag a specified resource ARN. Access level: Tagging. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,1,2||CreateEnvironment,;",
  /** Grants permission to remove tags from a specified resource ARN. Access level: Tagging. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|1,2||;",
  /** Grants permission to update a connector in an Amazon EVS environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/evs/latest/APIReference/API_UpdateEnvironmentConnector.html */
  UpdateEnvironmentConnector: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AssociateEipToVlan:
    "|,;~~~|Grants permission to associate an Elastic IP address (EIP) with a public VLAN in an Amazon EVS environment",
  CreateEntitlement: "|,;~~~|Grants permission to create an entitlement in an Amazon EVS environment",
  CreateEnvironment: "|,;~~~|Grants permission to create an Amazon EVS environment",
  CreateEnvironmentConnector: "|,;~~~|Grants permission to create a connector in an Amazon EVS environment",
  CreateEnvironmentHost: "|,;~~~|Grants permission to add host to an Amazon EVS environment",
  DeleteEntitlement: "|,;~~~|Grants permission to delete an entitlement from an Amazon EVS environment",
  DeleteEnvironment: "|,;~~~|Grants permission to delete an Amazon EVS environment",
  DeleteEnvironmentConnector: "|,;~~~|Grants permission to delete a connector from an Amazon EVS environment",
  DeleteEnvironmentHost: "|,;~~~|Grants permission to delete a host from an Amazon EVS environment",
  DisassociateEipFromVlan:
    "|,;~~~|Grants permission to disassociate an Elastic IP address (EIP) from a public VLAN in an Amazon EVS environment",
  GetDepotUrl: "|,;~~~|Grants permission to get an Amazon EVS environment depot url",
  GetEnvironment: "|,;~~~|Grants permission to get an Amazon EVS environment",
  GetVersions: "|,;~~~|Grants permission to get versions provided for launch by Amazon EVS",
  ListEnvironmentConnectors:
    "|,;~~~|Grants permission to retrieve a list of connectors associated with an Amazon EVS environment",
  ListEnvironmentHosts:
    "|,;~~~|Grants permission to retrieve a list of hosts associated with an Amazon EVS environment",
  ListEnvironmentVlans: "|,;~~~|Grants permission to retrieve a list of Amazon EVS environment VLANs",
  ListEnvironments: "|,;~~~|Grants permission to retrieve a list of Amazon EVS environments in an account",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags on a specified resource ARN",
  ListVmEntitlements:
    "|,;~~~|Grants permission to retrieve a list of entitlements associated with an Amazon EVS environment",
  TagResource: "|,;~~~,~~|Grants permission to tag a specified resource ARN",
  UntagResource: "|,;~~~|Grants permission to remove tags from a specified resource ARN",
  UpdateEnvironmentConnector: "|,;~~~|Grants permission to update a connector in an Amazon EVS environment",
};
const resourceTypeFacts = {
  /** The environment resource type: arn:${Partition}:evs:${Region}:${Account}:environment/${EnvironmentIdentifier} */
  environment: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a environment resource: arn:${Partition}:evs:${Region}:${Account}:environment/${EnvironmentIdentifier}. */
  environment: "|,environment|arn:|Partition|:evs:|Region|:|Account|:environment/|EnvironmentIdentifier|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["environment"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "evs">;
/** Any evs action. */
export type Action = ActionOf<typeof actionFacts, "evs">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "evs">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "evs" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every evs action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "evs",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
