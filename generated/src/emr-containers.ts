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
export const prefix: "emr-containers" = "emr-containers";
/** The service's name in the reference. */
export const serviceName: "Amazon EMR on EKS (EMR Containers)" = "Amazon EMR on EKS (EMR Containers)";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon EMR on EKS (EMR Containers)",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonemroneksemrcontainers.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "emr-containers:ExecutionRoleArn",
  "emr-containers:JobTemplateArn",
] as const;
const dependentActionList = [
  "ec2:DeleteSecurityGroup",
  "ec2:RevokeSecurityGroupEgress",
  "ec2:RevokeSecurityGroupIngress",
  "emr-containers:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to cancel a job run. Access level: Write. Resources: jobRun*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CancelJobRun.html */
  CancelJobRun: "W|||0;1;|||;",
  /** Grants permission to call the CreateCertificate method to accept the CertificateSigningRequest, and return the signed certificate. Access level: Write. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CreateCertificate.html */
  CreateCertificate: "W||||||",
  /** Grants permission to create a job template. Access level: Write. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CreateJobTemplate.html */
  CreateJobTemplate: "W||||0,2|3|;",
  /** Grants permission to create a managed endpoint. Access level: Write. Resources: virtualCluster*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CreateManagedEndpoint.html */
  CreateManagedEndpoint:
    "W|||4;1;|0,2,3|ec2:AuthorizeSecurityGroupEgress,ec2:AuthorizeSecurityGroupIngress,ec2:CreateSecurityGroup,0,1,2,3|;",
  /** Grants permission to create a security configuration. Access level: Write. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CreateSecurityConfiguration.html */
  CreateSecurityConfiguration: "W||||0,2|3|;",
  /** Grants permission to create a virtual cluster. Access level: Write. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CreateVirtualCluster.html */
  CreateVirtualCluster: "W||||0,2|3|;",
  /** Grants permission to delete a job template. Access level: Write. Resources: jobTemplate*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DeleteJobTemplate.html */
  DeleteJobTemplate: "W|||1;1;|||;",
  /** Grants permission to delete a managed endpoint. Access level: Write. Resources: managedEndpoint*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DeleteManagedEndpoint.html */
  DeleteManagedEndpoint: "W|||2;1;||0,1,2|;",
  /** Grants permission to delete a security configuration. Access level: Write. Resources: securityConfiguration*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DeleteSecurityConfiguration.html */
  DeleteSecurityConfiguration: "W|||3;1;|||",
  /** Grants permission to delete a virtual cluster. Access level: Write. Resources: virtualCluster*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DeleteVirtualCluster.html */
  DeleteVirtualCluster:
    "W|||4;1;||eks:AssociateAccessPolicy,eks:DeleteAccessEntry,eks:DescribeAccessEntry,eks:DisassociateAccessPolicy,eks:ListAssociatedAccessPolicies|;",
  /** Grants permission to describe a job run. Access level: Read. Resources: jobRun*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DescribeJobRun.html */
  DescribeJobRun: "R|||0;1;|||;",
  /** Grants permission to describe a job template. Access level: Read. Resources: jobTemplate*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DescribeJobTemplate.html */
  DescribeJobTemplate: "R|||1;1;|||;,StartJobRun",
  /** Grants permission to describe a managed endpoint. Access level: Read. Resources: managedEndpoint*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DescribeManagedEndpoint.html */
  DescribeManagedEndpoint: "R|||2;1;|||;",
  /** Grants permission to describe a security configuration. Access level: Read. Resources: securityConfiguration*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DescribeSecurityConfiguration.html */
  DescribeSecurityConfiguration: "R|||3;1;|||;",
  /** Grants permission to describe a virtual cluster. Access level: Read. Resources: virtualCluster*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DescribeVirtualCluster.html */
  DescribeVirtualCluster: "R|||4;1;|||;",
  /** Grants permission to generate a session token used to connect to a managed endpoint. Access level: Write. Resources: managedEndpoint*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_GetManagedEndpointSessionCredentials.html */
  GetManagedEndpointSessionCredentials: "W|||2;1;|||;",
  /** Grants permission to list job runs associated with a virtual cluster. Access level: List. Resources: virtualCluster*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_ListJobRuns.html */
  ListJobRuns: "L|||4;1;|||;",
  /** Grants permission to list job templates. Access level: List. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_ListJobTemplates.html */
  ListJobTemplates: "L||||||;",
  /** Grants permission to list managed endpoints associated with a virtual cluster. Access level: List. Resources: virtualCluster*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_ListManagedEndpoints.html */
  ListManagedEndpoints: "L|||4;1;|||;",
  /** Grants permission to list security configurations. Access level: List. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_ListSecurityConfigurations.html */
  ListSecurityConfigurations: "L||||||;",
  /** Grants permission to list tags for the specified resource. Access level: List. Resources: jobRun, jobTemplate, managedEndpoint, securityConfiguration, virtualCluster. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;,4;0;|||;",
  /** Grants permission to list virtual clusters. Access level: List. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_ListVirtualClusters.html */
  ListVirtualClusters: "L||||||;",
  /** Grants permission to start a job run. Access level: Write. Resources: virtualCluster*. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_StartJobRun.html */
  StartJobRun: "W|||4;1;|0,2,3,4|emr-containers:DescribeJobTemplate,3,iam:PassRole|;",
  /** Grants permission to tag the specified resource. Access level: Tagging. Resources: jobRun, jobTemplate, managedEndpoint, securityConfiguration, virtualCluster. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;|0,2||CreateJobTemplate,CreateManagedEndpoint,CreateSecurityConfiguration,CreateVirtualCluster,StartJobRun,;",
  /** Grants permission to untag the specified resource. Access level: Tagging. Resources: jobRun, jobTemplate, managedEndpoint, securityConfiguration, virtualCluster. https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;|2||;",
} as const;
const actionDetails = {
  CancelJobRun: "|,;~~~|Grants permission to cancel a job run",
  CreateCertificate:
    "|,;~|Grants permission to call the CreateCertificate method to accept the CertificateSigningRequest, and return the signed certificate",
  CreateJobTemplate: "|,;~~~|Grants permission to create a job template",
  CreateManagedEndpoint: "|,;~~~|Grants permission to create a managed endpoint",
  CreateSecurityConfiguration: "|,;~~~|Grants permission to create a security configuration",
  CreateVirtualCluster: "|,;~~~|Grants permission to create a virtual cluster",
  DeleteJobTemplate: "|,;~~~|Grants permission to delete a job template",
  DeleteManagedEndpoint: "|,;~~~|Grants permission to delete a managed endpoint",
  DeleteSecurityConfiguration: "|,;~|Grants permission to delete a security configuration",
  DeleteVirtualCluster: "|,;~~~|Grants permission to delete a virtual cluster",
  DescribeJobRun: "|,;~~~|Grants permission to describe a job run",
  DescribeJobTemplate: "|,;~~~,~~|Grants permission to describe a job template",
  DescribeManagedEndpoint: "|,;~~~|Grants permission to describe a managed endpoint",
  DescribeSecurityConfiguration: "|,;~~~|Grants permission to describe a security configuration",
  DescribeVirtualCluster: "|,;~~~|Grants permission to describe a virtual cluster",
  GetManagedEndpointSessionCredentials:
    "|,;~~~|Grants permission to generate a session token used to connect to a managed endpoint",
  ListJobRuns: "|,;~~~|Grants permission to list job runs associated with a virtual cluster",
  ListJobTemplates: "|,;~~~|Grants permission to list job templates",
  ListManagedEndpoints: "|,;~~~|Grants permission to list managed endpoints associated with a virtual cluster",
  ListSecurityConfigurations: "|,;~~~|Grants permission to list security configurations",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for the specified resource",
  ListVirtualClusters: "|,;~~~|Grants permission to list virtual clusters",
  StartJobRun: "|,;~~~|Grants permission to start a job run",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to tag the specified resource",
  UntagResource: "|,;~~~|Grants permission to untag the specified resource",
};
const resourceTypeFacts = {
  /** The jobRun resource type: arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/${VirtualClusterId}/jobruns/${JobRunId} */
  jobRun: "|,|1",
  /** The jobTemplate resource type: arn:${Partition}:emr-containers:${Region}:${Account}:/jobtemplates/${JobTemplateId} */
  jobTemplate: "|,|1",
  /** The managedEndpoint resource type: arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/${VirtualClusterId}/endpoints/${EndpointId} */
  managedEndpoint: "|,|1",
  /** The securityConfiguration resource type: arn:${Partition}:emr-containers:${Region}:${Account}:/securityconfigurations/${SecurityConfigurationId} */
  securityConfiguration: "|,|1",
  /** The virtualCluster resource type: arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/${VirtualClusterId} */
  virtualCluster: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a jobRun resource: arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/${VirtualClusterId}/jobruns/${JobRunId}. */
  jobRun:
    "|,jobRun|arn:|Partition|:emr-containers:|Region|:|Account|:/virtualclusters/|VirtualClusterId|/jobruns/|JobRunId|",
  /** ARN of a jobTemplate resource: arn:${Partition}:emr-containers:${Region}:${Account}:/jobtemplates/${JobTemplateId}. */
  jobTemplate: "|,jobTemplate|arn:|Partition|:emr-containers:|Region|:|Account|:/jobtemplates/|JobTemplateId|",
  /** ARN of a managedEndpoint resource: arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/${VirtualClusterId}/endpoints/${EndpointId}. */
  managedEndpoint:
    "|,managedEndpoint|arn:|Partition|:emr-containers:|Region|:|Account|:/virtualclusters/|VirtualClusterId|/endpoints/|EndpointId|",
  /** ARN of a securityConfiguration resource: arn:${Partition}:emr-containers:${Region}:${Account}:/securityconfigurations/${SecurityConfigurationId}. */
  securityConfiguration:
    "|,securityConfiguration|arn:|Partition|:emr-containers:|Region|:|Account|:/securityconfigurations/|SecurityConfigurationId|",
  /** ARN of a virtualCluster resource: arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/${VirtualClusterId}. */
  virtualCluster:
    "|,virtualCluster|arn:|Partition|:emr-containers:|Region|:|Account|:/virtualclusters/|VirtualClusterId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "jobRun",
  "jobTemplate",
  "managedEndpoint",
  "securityConfiguration",
  "virtualCluster",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "emr-containers">;
/** Any emr-containers action. */
export type Action = ActionOf<typeof actionFacts, "emr-containers">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "emr-containers">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "emr-containers" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every emr-containers action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs present in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys present in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the execution role arn present in the request. */
  "emr-containers:ExecutionRoleArn": "ARN";
  /** Filters access by the job template arn present in the request. */
  "emr-containers:JobTemplateArn": "ARN";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs present in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys present in the request",
  "emr-containers:ExecutionRoleArn": "|,ARN|0||Filters access by the execution role arn present in the request",
  "emr-containers:JobTemplateArn": "|,ARN|0||Filters access by the job template arn present in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "emr-containers",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
