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
export const prefix: "aidevops" = "aidevops";
/** The service's name in the reference. */
export const serviceName: "AWS DevOps Agent Service" = "AWS DevOps Agent Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS DevOps Agent Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdevopsagentservice.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["aidevops:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to authorize vended logs. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/devopsagent/latest/userguide/configuring-capabilities-for-aws-devops-agent-vended-logs-and-metrics.html */
  AllowVendedLogDeliveryForResource: "P||1||||",
  /** Grants permission to associate service. Access level: Write. Resources: agentspace*, associations*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_AssociateService.html */
  AssociateService: "W|||0;1;,1;1;||1|;",
  /** Grants permission to create agentspace. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_CreateAgentSpace.html */
  CreateAgentSpace: "W|||0;1;|0,1,2|0|;",
  /** Grants permission to create a new backlog task. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_CreateBacklogTask.html */
  CreateBacklogTask: "W|||0;1;|||",
  /** Grants permission to create a chat. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_CreateChat.html */
  CreateChat: "W|||0;1;|||",
  /** Grants permission to create a new knowledge item. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_CreateKnowledgeItem.html */
  CreateKnowledgeItem: "W|||0;1;|||",
  /** Grants permission to generate secure one-time session for initiating off-console Application login. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  CreateOneTimeLoginSession: "W|||0;1;|||",
  /** Grants permission to create a private connection. Access level: Write. Resources: private-connection*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_CreatePrivateConnection.html */
  CreatePrivateConnection: "W|||2;1;|0,1,2|0|;",
  /** Grants permission to delete agentspace. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_DeleteAgentSpace.html */
  DeleteAgentSpace: "W|||0;1;|1||;",
  /** Grants permission to delete a knowledge item. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  DeleteKnowledgeItem: "W|||0;1;|||",
  /** Grants permission to delete a private connection. Access level: Write. Resources: private-connection*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_DeletePrivateConnection.html */
  DeletePrivateConnection: "W|||2;1;|1||;",
  /** Grants permission to deregister a service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_DeregisterService.html */
  DeregisterService: "W|||3;1;|1||;",
  /** Grants permission to describe a private connection. Access level: Read. Resources: private-connection*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_DescribePrivateConnection.html */
  DescribePrivateConnection: "R|||2;1;|1||;",
  /** Grants permission to describe support services. Access level: Read. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  DescribeServices: "R|||0;1;|||",
  /** Grants permission to describe customer support level. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  DescribeSupportLevel: "W|||0;1;|||",
  /** Grants permission to disable the Operator App access to the given AgentSpace. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_DisableOperatorApp.html */
  DisableOperatorApp: "W|||0;1;|||;",
  /** Grants permission to disassociate service. Access level: Write. Resources: agentspace*, associations*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_DisassociateService.html */
  DisassociateService: "W|||0;1;,1;1;|||;",
  /** Grants permission to discover topology information. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  DiscoverTopology: "W|||0;1;|||",
  /** Grants permission to enable the Operator App to access the given AgentSpace. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_EnableOperatorApp.html */
  EnableOperatorApp: "W|||0;1;||1|;",
  /** Grants permission to end a chat for a case. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  EndChatForCase: "W|||0;1;|||",
  /** Grants permission to retrieve account usage information. Access level: Read. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_GetAccountUsage.html */
  GetAccountUsage: "R||||||",
  /** Grants permission to get agentspace. Access level: Read. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_GetAgentSpace.html */
  GetAgentSpace: "R|||0;1;|1||;",
  /** Grants permission to get association. Access level: Read. Resources: agentspace*, associations*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_GetAssociation.html */
  GetAssociation: "R|||0;1;,1;1;|||;",
  /** Grants permission to get a backlog task. Access level: Read. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_GetBacklogTask.html */
  GetBacklogTask: "R|||0;1;|||",
  /** Grants permission to get a knowledge item. Access level: Read. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  GetKnowledgeItem: "R|||0;1;|||",
  /** Grants permission to get operator auth config for any enabled auth flow. Access level: Read. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_GetOperatorApp.html */
  GetOperatorApp: "R|||0;1;|||;",
  /** Grants permission to get a recommendation. Access level: Read. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_GetRecommendation.html */
  GetRecommendation: "R|||0;1;|||",
  /** Grants permission to get services. Access level: Read. Resources: service*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_GetService.html */
  GetService: "R|||3;1;|1||;",
  /** Grants permission to initiate a chat for a case. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  InitiateChatForCase: "W|||0;1;|||",
  /** Grants permission to list agentspace. Access level: List. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListAgentSpaces.html */
  ListAgentSpaces: "L||||||;",
  /** Grants permission to list associations. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListAssociations.html */
  ListAssociations: "L|||0;1;|||;",
  /** Grants permission to list backlog tasks. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListBacklogTasks.html */
  ListBacklogTasks: "L|||0;1;|||",
  /** Grants permission to list chats. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListChats.html */
  ListChats: "L|||0;1;|||",
  /** Grants permission to list executions. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListExecutions.html */
  ListExecutions: "L|||0;1;|||",
  /** Grants permission to list goals. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListGoals.html */
  ListGoals: "L|||0;1;|||",
  /** Grants permission to list journal records. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListJournalRecords.html */
  ListJournalRecords: "L|||0;1;|||",
  /** Grants permission to list knowledge item versions. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  ListKnowledgeItemVersions: "L|||0;1;|||",
  /** Grants permission to list knowledge items. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  ListKnowledgeItems: "L|||0;1;|||",
  /** Grants permission to list pending messages. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListPendingMessages.html */
  ListPendingMessages: "L|||0;1;|||",
  /** Grants permission to list private connections. Access level: List. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListPrivateConnections.html */
  ListPrivateConnections: "L||||||;",
  /** Grants permission to list recommendations. Access level: List. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListRecommendations.html */
  ListRecommendations: "L|||0;1;|||",
  /** Grants permission to list services. Access level: List. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListServices.html */
  ListServices: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: agentspace, private-connection, service. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;0~1~2,2;0;0~1~2,3;0;0~1~2|1||;",
  /** Grants permission to list webhooks for association. Access level: List. Resources: agentspace*, associations*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ListWebhooks.html */
  ListWebhooks: "L|||0;1;,1;1;|||;",
  /** Grants permission to register specific service. Access level: Write. Resources: service*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_RegisterService.html */
  RegisterService: "W|||3;1;|0,1,2|0,1|;",
  /** Grants permission to look up a registered service accessible resources. Access level: Read. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  SearchServiceAccessibleResource: "R||||||",
  /** Grants permission to send chat messages. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_SendMessage.html */
  SendMessage: "W|||0;1;|||",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: agentspace, private-connection, service. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;0~1~2,2;0;0~1~2,3;0;0~1~2|0,1,2||CreateAgentSpace,CreatePrivateConnection,RegisterService,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: agentspace, private-connection, service. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;1~2,2;0;1~2,3;0;1~2|1,2||;",
  /** Grants permission to update agentspace. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_UpdateAgentSpace.html */
  UpdateAgentSpace: "W|||0;1;|1||;",
  /** Grants permission to update association. Access level: Write. Resources: agentspace*, associations*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_UpdateAssociation.html */
  UpdateAssociation: "W|||0;1;,1;1;||1|;",
  /** Grants permission to update a task. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_UpdateBacklogTask.html */
  UpdateBacklogTask: "W|||0;1;|||",
  /** Grants permission to update a goal. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_UpdateGoal.html */
  UpdateGoal: "W|||0;1;|||",
  /** Grants permission to update a knowledge item. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/what-is.html */
  UpdateKnowledgeItem: "W|||0;1;|||",
  /** Grants permission to update the external Identity Provider configuration for the Operator App. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_UpdateOperatorAppIdpConfig.html */
  UpdateOperatorAppIdpConfig: "W|||0;1;|||",
  /** Grants permission to update a private connection certificate. Access level: Write. Resources: private-connection*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_UpdatePrivateConnectionCertificate.html */
  UpdatePrivateConnectionCertificate: "W|||2;1;|1||;",
  /** Grants permission to update a recommendation. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_UpdateRecommendation.html */
  UpdateRecommendation: "W|||0;1;|||",
  /** Grants permission to validate aws association. Access level: Write. Resources: agentspace*. https://docs.aws.amazon.com/devopsagent/latest/APIReference/API_ValidateAwsAssociations.html */
  ValidateAwsAssociations: "W|||0;1;|||;",
} as const;
const actionDetails = {
  AllowVendedLogDeliveryForResource: "|,;~|Grants permission to authorize vended logs",
  AssociateService: "|,;~~~|Grants permission to associate service",
  CreateAgentSpace: "|,;~~~|Grants permission to create agentspace",
  CreateBacklogTask: "|,;~|Grants permission to create a new backlog task",
  CreateChat: "|,;~|Grants permission to create a chat",
  CreateKnowledgeItem: "|,;~|Grants permission to create a new knowledge item",
  CreateOneTimeLoginSession:
    "|,;~|Grants permission to generate secure one-time session for initiating off-console Application login",
  CreatePrivateConnection: "|,;~~~|Grants permission to create a private connection",
  DeleteAgentSpace: "|,;~~~|Grants permission to delete agentspace",
  DeleteKnowledgeItem: "|,;~|Grants permission to delete a knowledge item",
  DeletePrivateConnection: "|,;~~~|Grants permission to delete a private connection",
  DeregisterService: "|,;~~~|Grants permission to deregister a service",
  DescribePrivateConnection: "|,;~~~|Grants permission to describe a private connection",
  DescribeServices: "|,;~|Grants permission to describe support services",
  DescribeSupportLevel: "|,;~|Grants permission to describe customer support level",
  DisableOperatorApp: "|,;~~~|Grants permission to disable the Operator App access to the given AgentSpace",
  DisassociateService: "|,;~~~|Grants permission to disassociate service",
  DiscoverTopology: "|,;~|Grants permission to discover topology information",
  EnableOperatorApp: "|,;~~~|Grants permission to enable the Operator App to access the given AgentSpace",
  EndChatForCase: "|,;~|Grants permission to end a chat for a case",
  GetAccountUsage: "|,;~|Grants permission to retrieve account usage information",
  GetAgentSpace: "|,;~~~|Grants permission to get agentspace",
  GetAssociation: "|,;~~~|Grants permission to get association",
  GetBacklogTask: "|,;~|Grants permission to get a backlog task",
  GetKnowledgeItem: "|,;~|Grants permission to get a knowledge item",
  GetOperatorApp: "|,;~~~|Grants permission to get operator auth config for any enabled auth flow",
  GetRecommendation: "|,;~|Grants permission to get a recommendation",
  GetService: "|,;~~~|Grants permission to get services",
  InitiateChatForCase: "|,;~|Grants permission to initiate a chat for a case",
  ListAgentSpaces: "|,;~~~|Grants permission to list agentspace",
  ListAssociations: "|,;~~~|Grants permission to list associations",
  ListBacklogTasks: "|,;~|Grants permission to list backlog tasks",
  ListChats: "|,;~|Grants permission to list chats",
  ListExecutions: "|,;~|Grants permission to list executions",
  ListGoals: "|,;~|Grants permission to list goals",
  ListJournalRecords: "|,;~|Grants permission to list journal records",
  ListKnowledgeItemVersions: "|,;~|Grants permission to list knowledge item versions",
  ListKnowledgeItems: "|,;~|Grants permission to list knowledge items",
  ListPendingMessages: "|,;~|Grants permission to list pending messages",
  ListPrivateConnections: "|,;~~~|Grants permission to list private connections",
  ListRecommendations: "|,;~|Grants permission to list recommendations",
  ListServices: "|,;~~~|Grants permission to list services",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  ListWebhooks: "|,;~~~|Grants permission to list webhooks for association",
  RegisterService: "|,;~~~|Grants permission to register specific service",
  SearchServiceAccessibleResource: "|,;~|Grants permission to look up a registered service accessible resources",
  SendMessage: "|,;~|Grants permission to send chat messages",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateAgentSpace: "|,;~~~|Grants permission to update agentspace",
  UpdateAssociation: "|,;~~~|Grants permission to update association",
  UpdateBacklogTask: "|,;~|Grants permission to update a task",
  UpdateGoal: "|,;~|Grants permission to update a goal",
  UpdateKnowledgeItem: "|,;~|Grants permission to update a knowledge item",
  UpdateOperatorAppIdpConfig:
    "|,;~|Grants permission to update the external Identity Provider configuration for the Operator App",
  UpdatePrivateConnectionCertificate: "|,;~~~|Grants permission to update a private connection certificate",
  UpdateRecommendation: "|,;~|Grants permission to update a recommendation",
  ValidateAwsAssociations: "|,;~~~|Grants permission to validate aws association",
};
const resourceTypeFacts = {
  /** The agentspace resource type: arn:${Partition}:aidevops:${Region}:${Account}:agentspace/${AgentSpaceId} */
  agentspace: "|,|1",
  /** The associations resource type: arn:${Partition}:aidevops:${Region}:${Account}:agentspace/${AgentSpaceId}/association/${AssociationId} */
  associations: "|,|",
  /** The private-connection resource type: arn:${Partition}:aidevops:${Region}:${Account}:private-connection/${Name} */
  "private-connection": "|,privateConnection|1",
  /** The service resource type: arn:${Partition}:aidevops:${Region}:${Account}:service/${ServiceId} */
  service: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a agentspace resource: arn:${Partition}:aidevops:${Region}:${Account}:agentspace/${AgentSpaceId}. */
  agentspace: "|,agentspace|arn:|Partition|:aidevops:|Region|:|Account|:agentspace/|AgentSpaceId|",
  /** ARN of a associations resource: arn:${Partition}:aidevops:${Region}:${Account}:agentspace/${AgentSpaceId}/association/${AssociationId}. */
  associations:
    "|,associations|arn:|Partition|:aidevops:|Region|:|Account|:agentspace/|AgentSpaceId|/association/|AssociationId|",
  /** ARN of a private-connection resource: arn:${Partition}:aidevops:${Region}:${Account}:private-connection/${Name}. */
  privateConnection: "|,private-connection|arn:|Partition|:aidevops:|Region|:|Account|:private-connection/|Name|",
  /** ARN of a service resource: arn:${Partition}:aidevops:${Region}:${Account}:service/${ServiceId}. */
  service: "|,service|arn:|Partition|:aidevops:|Region|:|Account|:service/|ServiceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["agentspace", "associations", "private-connection", "service"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "aidevops">;
/** Any aidevops action. */
export type Action = ActionOf<typeof actionFacts, "aidevops">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "aidevops">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "devops-agent" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every aidevops action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "aidevops",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
