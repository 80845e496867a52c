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
export const prefix: "apprunner" = "apprunner";
/** The service's name in the reference. */
export const serviceName: "AWS App Runner" = "AWS App Runner";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS App Runner",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsapprunner.html",
  },
];
const conditionKeyList = [
  "apprunner:AutoScalingConfigurationArn",
  "apprunner:ConnectionArn",
  "apprunner:ObservabilityConfigurationArn",
  "apprunner:ServiceArn",
  "apprunner:VpcConnectorArn",
  "apprunner:VpcEndpointId",
  "apprunner:VpcId",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = ["apprunner:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to associate your own domain name with the AWS App Runner subdomain URL of your App Runner service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_AssociateCustomDomain.html */
  AssociateCustomDomain: "W|||3;1;|||;",
  /** Grants permission to associate the service with an AWS WAF web ACL. Access level: Write. Resources: service*, webacl*. Permission only. https://docs.aws.amazon.com/apprunner/latest/dg/waf-manage.html */
  AssociateWebAcl: "W||1|3;1;,6;1;|||",
  /** Grants permission to create an AWS App Runner automatic scaling configuration resource. Access level: Write. Resources: autoscalingconfiguration*. https://docs.aws.amazon.com/apprunner/latest/api/API_CreateAutoScalingConfiguration.html */
  CreateAutoScalingConfiguration: "W|||0;1;|7,9|0|;",
  /** Grants permission to create an AWS App Runner connection resource. Access level: Write. Resources: connection*. https://docs.aws.amazon.com/apprunner/latest/api/API_CreateConnection.html */
  CreateConnection: "W|||1;1;|7,9|0|;",
  /** Grants permission to create an AWS App Runner observability configuration resource. Access level: Write. Resources: observabilityconfiguration*. https://docs.aws.amazon.com/apprunner/latest/api/API_CreateObservabilityConfiguration.html */
  CreateObservabilityConfiguration: "W|||2;1;|7,9|0|;",
  /** Grants permission to create an AWS App Runner service resource. Access level: Write. Resources: autoscalingconfiguration, connection, observabilityconfiguration, service*, vpcconnector. https://docs.aws.amazon.com/apprunner/latest/api/API_CreateService.html */
  CreateService: "W|||0;0;,1;0;,2;0;,3;1;,4;0;|0,1,2,4,7,9|0,1|;",
  /** Grants permission to create an AWS App Runner VPC connector resource. Access level: Write. Resources: vpcconnector*. https://docs.aws.amazon.com/apprunner/latest/api/API_CreateVpcConnector.html */
  CreateVpcConnector: "W|||4;1;|7,9|0|;",
  /** Grants permission to create an AWS App Runner VpcIngressConnection resource. Access level: Write. Resources: vpcingressconnection*. https://docs.aws.amazon.com/apprunner/latest/api/API_CreateVpcIngressConnection.html */
  CreateVpcIngressConnection: "W|||5;1;|3,5,6,7,9|0|;",
  /** Grants permission to delete an AWS App Runner automatic scaling configuration resource. Access level: Write. Resources: autoscalingconfiguration*. https://docs.aws.amazon.com/apprunner/latest/api/API_DeleteAutoScalingConfiguration.html */
  DeleteAutoScalingConfiguration: "W|||0;1;|||;",
  /** Grants permission to delete an AWS App Runner connection resource. Access level: Write. Resources: connection*. https://docs.aws.amazon.com/apprunner/latest/api/API_DeleteConnection.html */
  DeleteConnection: "W|||1;1;|||;",
  /** Grants permission to delete an AWS App Runner observability configuration resource. Access level: Write. Resources: observabilityconfiguration*. https://docs.aws.amazon.com/apprunner/latest/api/API_DeleteObservabilityConfiguration.html */
  DeleteObservabilityConfiguration: "W|||2;1;|||;",
  /** Grants permission to delete an AWS App Runner service resource. Access level: Write. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_DeleteService.html */
  DeleteService: "W|||3;1;||apprunner:DisassociateCustomDomain|;",
  /** Grants permission to delete an AWS App Runner VPC connector resource. Access level: Write. Resources: vpcconnector*. https://docs.aws.amazon.com/apprunner/latest/api/API_DeleteVpcConnector.html */
  DeleteVpcConnector: "W|||4;1;|||;",
  /** Grants permission to delete an AWS App Runner VpcIngressConnection resource. Access level: Write. Resources: vpcingressconnection*. https://docs.aws.amazon.com/apprunner/latest/api/API_DeleteVpcIngressConnection.html */
  DeleteVpcIngressConnection: "W|||5;1;|||;",
  /** Grants permission to retrieve the description of an AWS App Runner automatic scaling configuration resource. Access level: Read. Resources: autoscalingconfiguration*. https://docs.aws.amazon.com/apprunner/latest/api/API_DescribeAutoScalingConfiguration.html */
  DescribeAutoScalingConfiguration: "R|||0;1;|||;",
  /** Grants permission to retrieve descriptions of custom domain names associated with an AWS App Runner service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_DescribeCustomDomains.html */
  DescribeCustomDomains: "R|||3;1;|||;",
  /** Grants permission to retrieve the description of an AWS App Runner observability configuration resource. Access level: Read. Resources: observabilityconfiguration*. https://docs.aws.amazon.com/apprunner/latest/api/API_DescribeObservabilityConfiguration.html */
  DescribeObservabilityConfiguration: "R|||2;1;|||;",
  /** Grants permission to retrieve the description of an operation that occurred on an AWS App Runner service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_DescribeOperation.html */
  DescribeOperation: "R|||3;1;|||",
  /** Grants permission to retrieve the description of an AWS App Runner service resource. Access level: Read. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_DescribeService.html */
  DescribeService: "R|||3;1;|||;",
  /** Grants permission to retrieve the description of an AWS App Runner VPC connector resource. Access level: Read. Resources: vpcconnector*. https://docs.aws.amazon.com/apprunner/latest/api/API_DescribeVpcConnector.html */
  DescribeVpcConnector: "R|||4;1;|||;",
  /** Grants permission to retrieve the description of an AWS App Runner VpcIngressConnection resource. Access level: Read. Resources: vpcingressconnection*. https://docs.aws.amazon.com/apprunner/latest/api/API_DescribeVpcIngressConnection.html */
  DescribeVpcIngressConnection: "R|||5;1;|||;",
  /** Grants permission to get the AWS WAF web ACL that is associated with an AWS App Runner service. Access level: Read. Resources: service*. Permission only. https://docs.aws.amazon.com/apprunner/latest/dg/waf-manage.html */
  DescribeWebAclForService: "R||1|3;1;|||",
  /** Grants permission to disassociate a custom domain name from an AWS App Runner service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_DisassociateCustomDomain.html */
  DisassociateCustomDomain: "W|||3;1;|||DeleteService,;",
  /** Grants permission to disassociate the service with an AWS WAF web ACL. Access level: Write. Resources: service*. Permission only. https://docs.aws.amazon.com/apprunner/latest/dg/waf-manage.html */
  DisassociateWebAcl: "W||1|3;1;|||",
  /** Grants permission to list the services that are associated with an AWS WAF web ACL. Access level: List. Resources: webacl*. Permission only. https://docs.aws.amazon.com/apprunner/latest/dg/waf-manage.html */
  ListAssociatedServicesForWebAcl: "L||1|6;1;|||",
  /** Grants permission to retrieve a list of AWS App Runner automatic scaling configurations in your AWS account. Access level: List. https://docs.aws.amazon.com/apprunner/latest/api/API_ListAutoScalingConfigurations.html */
  ListAutoScalingConfigurations: "L||||||;",
  /** Grants permission to retrieve a list of AWS App Runner connections in your AWS account. Access level: List. https://docs.aws.amazon.com/apprunner/latest/api/API_ListConnections.html */
  ListConnections: "L||||||;",
  /** Grants permission to retrieve a list of AWS App Runner observability configurations in your AWS account. Access level: List. https://docs.aws.amazon.com/apprunner/latest/api/API_ListObservabilityConfigurations.html */
  ListObservabilityConfigurations: "L||||||;",
  /** Grants permission to retrieve a list of operations that occurred on an AWS App Runner service resource. Access level: List. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_ListOperations.html */
  ListOperations: "L|||3;1;|||;",
  /** Grants permission to retrieve a list of running AWS App Runner services in your AWS account. Access level: List. https://docs.aws.amazon.com/apprunner/latest/api/API_ListServices.html */
  ListServices: "L||||||;",
  /** Grants permission to retrieve a list of associated AppRunner services of an AWS App Runner automatic scaling configuration in your AWS account. Access level: List. Resources: autoscalingconfiguration*. https://docs.aws.amazon.com/apprunner/latest/api/API_ListServicesForAutoScalingConfiguration.html */
  ListServicesForAutoScalingConfiguration: "L|||0;1;|||;",
  /** Grants permission to list tags associated with an AWS App Runner resource. Access level: Read. Resources: autoscalingconfiguration, connection, observabilityconfiguration, service, vpcconnector. https://docs.aws.amazon.com/apprunner/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;|||;",
  /** Grants permission to retrieve a list of AWS App Runner VPC connectors in your AWS account. Access level: List. https://docs.aws.amazon.com/apprunner/latest/api/API_ListVpcConnectors.html */
  ListVpcConnectors: "L||||||;",
  /** Grants permission to retrieve a list of AWS App Runner VpcIngressConnections in your AWS account. Access level: List. https://docs.aws.amazon.com/apprunner/latest/api/API_ListVpcConnections.html */
  ListVpcIngressConnections: "L||||||;",
  /** Grants permission to pause an active AWS App Runner service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_PauseService.html */
  PauseService: "W|||3;1;|||;",
  /** Grants permission to resume an active AWS App Runner service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_ResumeService.html */
  ResumeService: "W|||3;1;|||;",
  /** Grants permission to initiate a manual deployemnt to an AWS App Runner service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/apprunner/latest/api/API_StartDeployment.html */
  StartDeployment: "W|||3;1;|||;",
  /** Grants permission to add tags to, or update tag values of, an AWS App Runner resource. Access level: Tagging. Resources: autoscalingconfiguration, connection, observabilityconfiguration, service, vpcconnector, vpcingressconnection. https://docs.aws.amazon.com/apprunner/latest/api/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|7,9||CreateAutoScalingConfiguration,CreateConnection,CreateObservabilityConfiguration,CreateService,CreateVpcConnector,CreateVpcIngressConnection,;",
  /** Grants permission to remove tags from an AWS App Runner resource. Access level: Tagging. Resources: autoscalingconfiguration, connection, observabilityconfiguration, service, vpcconnector, vpcingressconnection. https://docs.aws.amazon.com/apprunner/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|9||;",
  /** Grants permission to update an AWS App Runner automatic scaling configuration to be the default in your AWS account. Access level: Write. Resources: autoscalingconfiguration*. https://docs.aws.amazon.com/apprunner/latest/api/API_UpdateDefaultAutoScalingConfiguration.html */
  UpdateDefaultAutoScalingConfiguration: "W|||0;1;|||;",
  /** Grants permission to update an AWS App Runner service resource. Access level: Write. Resources: autoscalingconfiguration, connection, observabilityconfiguration, service*, vpcconnector. https://docs.aws.amazon.com/apprunner/latest/api/API_UpdateService.html */
  UpdateService: "W|||0;0;,1;0;,2;0;,3;1;,4;0;|0,1,2,4|1|;",
  /** Grants permission to update an AWS App Runner VpcIngressConnection resource. Access level: Write. Resources: vpcingressconnection*. https://docs.aws.amazon.com/apprunner/latest/api/API_UpdateVpcIngressConnection.html */
  UpdateVpcIngressConnection: "W|||5;1;|5,6||;",
} as const;
const actionDetails = {
  AssociateCustomDomain:
    "|,;~~~|Grants permission to associate your own domain name with the AWS App Runner subdomain URL of your App Runner service",
  AssociateWebAcl: "|,;~|Grants permission to associate the service with an AWS WAF web ACL",
  CreateAutoScalingConfiguration:
    "|,;~~~|Grants permission to create an AWS App Runner automatic scaling configuration resource",
  CreateConnection: "|,;~~~|Grants permission to create an AWS App Runner connection resource",
  CreateObservabilityConfiguration:
    "|,;~~~|Grants permission to create an AWS App Runner observability configuration resource",
  CreateService: "|,;~~~|Grants permission to create an AWS App Runner service resource",
  CreateVpcConnector: "|,;~~~|Grants permission to create an AWS App Runner VPC connector resource",
  CreateVpcIngressConnection: "|,;~~~|Grants permission to create an AWS App Runner VpcIngressConnection resource",
  DeleteAutoScalingConfiguration:
    "|,;~~~|Grants permission to delete an AWS App Runner automatic scaling configuration resource",
  DeleteConnection: "|,;~~~|Grants permission to delete an AWS App Runner connection resource",
  DeleteObservabilityConfiguration:
    "|,;~~~|Grants permission to delete an AWS App Runner observability configuration resource",
  DeleteService: "|,;~~~|Grants permission to delete an AWS App Runner service resource",
  DeleteVpcConnector: "|,;~~~|Grants permission to delete an AWS App Runner VPC connector resource",
  DeleteVpcIngressConnection: "|,;~~~|Grants permission to delete an AWS App Runner VpcIngressConnection resource",
  DescribeAutoScalingConfiguration:
    "|,;~~~|Grants permission to retrieve the description of an AWS App Runner automatic scaling configuration resource",
  DescribeCustomDomains:
    "|,;~~~|Grants permission to retrieve descriptions of custom domain names associated with an AWS App Runner service",
  DescribeObservabilityConfiguration:
    "|,;~~~|Grants permission to retrieve the description of an AWS App Runner observability configuration resource",
  DescribeOperation:
    "|,;~|Grants permission to retrieve the description of an operation that occurred on an AWS App Runner service",
  DescribeService: "|,;~~~|Grants permission to retrieve the description of an AWS App Runner service resource",
  DescribeVpcConnector:
    "|,;~~~|Grants permission to retrieve the description of an AWS App Runner VPC connector resource",
  DescribeVpcIngressConnection:
    "|,;~~~|Grants permission to retrieve the description of an AWS App Runner VpcIngressConnection resource",
  DescribeWebAclForService:
    "|,;~|Grants permission to get the AWS WAF web ACL that is associated with an AWS App Runner service",
  DisassociateCustomDomain:
    "|,;~~~,~~|Grants permission to disassociate a custom domain name from an AWS App Runner service",
  DisassociateWebAcl: "|,;~|Grants permission to disassociate the service with an AWS WAF web ACL",
  ListAssociatedServicesForWebAcl:
    "|,;~|Grants permission to list the services that are associated with an AWS WAF web ACL",
  ListAutoScalingConfigurations:
    "|,;~~~|Grants permission to retrieve a list of AWS App Runner automatic scaling configurations in your AWS account",
  ListConnections: "|,;~~~|Grants permission to retrieve a list of AWS App Runner connections in your AWS account",
  ListObservabilityConfigurations:
    "|,;~~~|Grants permission to retrieve a list of AWS App Runner observability configurations in your AWS account",
  ListOperations:
    "|,;~~~|Grants permission to retrieve a list of operations that occurred on an AWS App Runner service resource",
  ListServices: "|,;~~~|Grants permission to retrieve a list of running AWS App Runner services in your AWS account",
  ListServicesForAutoScalingConfiguration:
    "|,;~~~|Grants permission to retrieve a list of associated AppRunner services of an AWS App Runner automatic scaling configuration in your AWS account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags associated with an AWS App Runner resource",
  ListVpcConnectors: "|,;~~~|Grants permission to retrieve a list of AWS App Runner VPC connectors in your AWS account",
  ListVpcIngressConnections:
    "|,;~~~|Grants permission to retrieve a list of AWS App Runner VpcIngressConnections in your AWS account",
  PauseService: "|,;~~~|Grants permission to pause an active AWS App Runner service",
  ResumeService: "|,;~~~|Grants permission to resume an active AWS App Runner service",
  StartDeployment: "|,;~~~|Grants permission to initiate a manual deployemnt to an AWS App Runner service",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to add tags to, or update tag values of, an AWS App Runner resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from an AWS App Runner resource",
  UpdateDefaultAutoScalingConfiguration:
    "|,;~~~|Grants permission to update an AWS App Runner automatic scaling configuration to be the default in your AWS account",
  UpdateService: "|,;~~~|Grants permission to update an AWS App Runner service resource",
  UpdateVpcIngressConnection: "|,;~~~|Grants permission to update an AWS App Runner VpcIngressConnection resource",
};
const resourceTypeFacts = {
  /** The autoscalingconfiguration resource type: arn:${Partition}:apprunner:${Region}:${Account}:autoscalingconfiguration/${AutoscalingConfigurationName}/${AutoscalingConfigurationVersion}/${AutoscalingConfigurationId} */
  autoscalingconfiguration: "|,|8",
  /** The connection resource type: arn:${Partition}:apprunner:${Region}:${Account}:connection/${ConnectionName}/${ConnectionId} */
  connection: "|,|8",
  /** The observabilityconfiguration resource type: arn:${Partition}:apprunner:${Region}:${Account}:observabilityconfiguration/${ObservabilityConfigurationName}/${ObservabilityConfigurationVersion}/${ObservabilityConfigurationId} */
  observabilityconfiguration: "|,|8",
  /** The service resource type: arn:${Partition}:apprunner:${Region}:${Account}:service/${ServiceName}/${ServiceId} */
  service: "|,|8",
  /** The vpcconnector resource type: arn:${Partition}:apprunner:${Region}:${Account}:vpcconnector/${VpcConnectorName}/${VpcConnectorVersion}/${VpcConnectorId} */
  vpcconnector: "|,|8",
  /** The vpcingressconnection resource type: arn:${Partition}:apprunner:${Region}:${Account}:vpcingressconnection/${VpcIngressConnectionName}/${VpcIngressConnectionId} */
  vpcingressconnection: "|,|8",
  /** The webacl resource type: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id} */
  webacl: "|,|",
} as const;
const arnFormats = {
  /** ARN of a autoscalingconfiguration resource: arn:${Partition}:apprunner:${Region}:${Account}:autoscalingconfiguration/${AutoscalingConfigurationName}/${AutoscalingConfigurationVersion}/${AutoscalingConfigurationId}. */
  autoscalingconfiguration:
    "|,autoscalingconfiguration|arn:|Partition|:apprunner:|Region|:|Account|:autoscalingconfiguration/|AutoscalingConfigurationName|/|AutoscalingConfigurationVersion|/|AutoscalingConfigurationId|",
  /** ARN of a connection resource: arn:${Partition}:apprunner:${Region}:${Account}:connection/${ConnectionName}/${ConnectionId}. */
  connection: "|,connection|arn:|Partition|:apprunner:|Region|:|Account|:connection/|ConnectionName|/|ConnectionId|",
  /** ARN of a observabilityconfiguration resource: arn:${Partition}:apprunner:${Region}:${Account}:observabilityconfiguration/${ObservabilityConfigurationName}/${ObservabilityConfigurationVersion}/${ObservabilityConfigurationId}. */
  observabilityconfiguration:
    "|,observabilityconfiguration|arn:|Partition|:apprunner:|Region|:|Account|:observabilityconfiguration/|ObservabilityConfigurationName|/|ObservabilityConfigurationVersion|/|ObservabilityConfigurationId|",
  /** ARN of a service resource: arn:${Partition}:apprunner:${Region}:${Account}:service/${ServiceName}/${ServiceId}. */
  service: "|,service|arn:|Partition|:apprunner:|Region|:|Account|:service/|ServiceName|/|ServiceId|",
  /** ARN of a vpcconnector resource: arn:${Partition}:apprunner:${Region}:${Account}:vpcconnector/${VpcConnectorName}/${VpcConnectorVersion}/${VpcConnectorId}. */
  vpcconnector:
    "|,vpcconnector|arn:|Partition|:apprunner:|Region|:|Account|:vpcconnector/|VpcConnectorName|/|VpcConnectorVersion|/|VpcConnectorId|",
  /** ARN of a vpcingressconnection resource: arn:${Partition}:apprunner:${Region}:${Account}:vpcingressconnection/${VpcIngressConnectionName}/${VpcIngressConnectionId}. */
  vpcingressconnection:
    "|,vpcingressconnection|arn:|Partition|:apprunner:|Region|:|Account|:vpcingressconnection/|VpcIngressConnectionName|/|VpcIngressConnectionId|",
  /** ARN of a webacl resource: arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id}. */
  webacl: "|,webacl|arn:|Partition|:wafv2:|Region|:|Account|:|Scope|/webacl/|Name|/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "autoscalingconfiguration",
  "connection",
  "observabilityconfiguration",
  "service",
  "vpcconnector",
  "vpcingressconnection",
  "webacl",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "apprunner">;
/** Any apprunner action. */
export type Action = ActionOf<typeof actionFacts, "apprunner">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "apprunner">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "apprunner" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every apprunner action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the CreateService and UpdateService actions based on the ARN of an associated AutoScalingConfiguration resource. */
  "apprunner:AutoScalingConfigurationArn": "ARN";
  /** Filters access by the CreateService and UpdateService actions based on the ARN of an associated Connection resource. */
  "apprunner:ConnectionArn": "ARN";
  /** Filters access by the CreateService and UpdateService actions based on the ARN of an associated ObservabilityConfiguration resource. */
  "apprunner:ObservabilityConfigurationArn": "ARN";
  /** Filters access by the CreateVpcIngressConnection action based on the ARN of an associated Service resource. */
  "apprunner:ServiceArn": "ARN";
  /** Filters access by the CreateService and UpdateService actions based on the ARN of an associated VpcConnector resource. */
  "apprunner:VpcConnectorArn": "ARN";
  /** Filters access by the CreateVpcIngressConnection and UpdateVpcIngressConnection actions based on the VPC Endpoint in the request. */
  "apprunner:VpcEndpointId": "String";
  /** Filters access by the CreateVpcIngressConnection and UpdateVpcIngressConnection actions based on the VPC in the request. */
  "apprunner:VpcId": "String";
  /** Filters access by actions based on the presence of tag keys in the request. */
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
  "apprunner:AutoScalingConfigurationArn":
    "|,ARN|0||Filters access by the CreateService and UpdateService actions based on the ARN of an associated AutoScalingConfiguration resource",
  "apprunner:ConnectionArn":
    "|,ARN|0||Filters access by the CreateService and UpdateService actions based on the ARN of an associated Connection resource",
  "apprunner:ObservabilityConfigurationArn":
    "|,ARN|0||Filters access by the CreateService and UpdateService actions based on the ARN of an associated ObservabilityConfiguration resource",
  "apprunner:ServiceArn":
    "|,ARN|0||Filters access by the CreateVpcIngressConnection action based on the ARN of an associated Service resource",
  "apprunner:VpcConnectorArn":
    "|,ARN|0||Filters access by the CreateService and UpdateService actions based on the ARN of an associated VpcConnector resource",
  "apprunner:VpcEndpointId":
    "|,String|0||Filters access by the CreateVpcIngressConnection and UpdateVpcIngressConnection actions based on the VPC Endpoint in the request",
  "apprunner:VpcId":
    "|,String|0||Filters access by the CreateVpcIngressConnection and UpdateVpcIngressConnection actions based on the VPC in the request",
  "aws:RequestTag/${TagKey}":
    "|,String|0||Filters access by actions based on the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by actions based on tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by actions based on the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "apprunner",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
