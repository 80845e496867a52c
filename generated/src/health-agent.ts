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
export const prefix: "health-agent" = "health-agent";
/** The service's name in the reference. */
export const serviceName: "Amazon Connect Health" = "Amazon Connect Health";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Connect Health",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnecthealth.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to activate a subscription to enable billing for a user. Access level: Write. Resources: Domain*, Subscription*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_ActivateSubscription.html */
  ActivateSubscription: "W|||1;1;,5;1;|||;",
  /** Grants permission to cancel an appointment. Access level: Write. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  CancelAppointment: "W||1|1;1;,2;1;|||",
  /** Grants permission to create a new agent with an initial version in DRAFT state. Access level: Write. Resources: Agent*, Domain*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  CreateAgent: "W||1|0;1;,1;1;|||",
  /** Grants permission to create a new domain for managing HealthAgent resources. Access level: Write. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_CreateDomain.html */
  CreateDomain: "W||||0,2|health-agent:TagResource,iam:PassRole|;",
  /** Grants permission to create a new integration for a domain. Access level: Write. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  CreateIntegration: "W||1|1;1;,2;1;|||",
  /** Grants permission to create a new session with specified agent configurations. Access level: Write. Resources: Agent*, Domain*, Session*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  CreateSession: "W||1|0;1;,1;1;,4;1;|||",
  /** Grants permission to create a new subscription within a domain for billing and user management. Access level: Write. Resources: Domain*, Subscription*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_CreateSubscription.html */
  CreateSubscription: "W|||1;1;,5;1;|||;",
  /** Grants permission to deactivate a subscription to stop billing for a user. Access level: Write. Resources: Domain*, Subscription*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_DeactivateSubscription.html */
  DeactivateSubscription: "W|||1;1;,5;1;|||;",
  /** Grants permission to delete an agent configuration and all its versions. Access level: Write. Resources: Agent*, Domain*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  DeleteAgent: "W||1|0;1;,1;1;|||",
  /** Grants permission to delete a domain and all associated resources. Access level: Write. Resources: Domain*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_DeleteDomain.html */
  DeleteDomain: "W|||1;1;|||;",
  /** Grants permission to delete an integration. Access level: Write. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  DeleteIntegration: "W||1|1;1;,2;1;|||",
  /** Grants permission to retrieve an agent configuration, defaulting to the most recent version if not specified. Access level: Read. Resources: Agent*, Domain*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  GetAgent: "R||1|0;1;,1;1;|||",
  /** Grants permission to retrieve the care team provider of a patient. Access level: Read. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  GetCareTeamProvider: "R||1|1;1;,2;1;|||",
  /** Grants permission to retrieve information about a domain. Access level: Read. Resources: Domain*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_GetDomain.html */
  GetDomain: "R|||1;1;|||;",
  /** Grants permission to get an existing integration. Access level: Read. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  GetIntegration: "R||1|1;1;,2;1;|||",
  /** Grants permission to retrieve details about an existing Medical Scribe listening session. Access level: Read. Resources: Domain*, Subscription*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_GetMedicalScribeListeningSession.html */
  GetMedicalScribeListeningSession: "R|||1;1;,5;1;|||;",
  /** Grants permission to retrieve patient information. Access level: Read. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  GetPatient: "R||1|1;1;,2;1;|||",
  /** Grants permission to get details of a started patient insights job. Access level: Read. Resources: Domain*, PatientInsightsJob*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_GetPatientInsightsJob.html */
  GetPatientInsightsJob: "R|||1;1;,3;1;|||;",
  /** Grants permission to retrieve practitioner information. Access level: Read. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  GetPractitioner: "R||1|1;1;,2;1;|||",
  /** Grants permission to retrieve structured session context including attributes and collected data. Access level: Read. Resources: Domain*, Session*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  GetSessionContext: "R||1|1;1;,4;1;|||",
  /** Grants permission to retrieve information about a subscription. Access level: Read. Resources: Domain*, Subscription*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_GetSubscription.html */
  GetSubscription: "R|||1;1;,5;1;|||;",
  /** Grants permission to invoke an agent within a session with streaming response support. Access level: Write. Resources: Domain*, Session*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  InvokeAgent: "W||1|1;1;,4;1;|||",
  /** Grants permission to list all agents in a domain. Access level: List. Resources: Domain*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  ListAgents: "L||1|1;1;|||",
  /** Grants permission to list available appointment slots. Access level: Read. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  ListAppointmentSlots: "R||1|1;1;,2;1;|||",
  /** Grants permission to list domains for a given account. Access level: List. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_ListDomains.html */
  ListDomains: "L||||||;",
  /** Grants permission to list integrations for a domain. Access level: List. Resources: Domain*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  ListIntegrations: "L||1|1;1;|||",
  /** Grants permission to list patient appointments. Access level: Read. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  ListPatientAppointments: "R||1|1;1;,2;1;|||",
  /** Grants permission to list patient insurance coverages. Access level: Read. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  ListPatientInsuranceCoverages: "R||1|1;1;,2;1;|||",
  /** Grants permission to retrieve active providers available for scheduling appointments with a patient. Access level: Read. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  ListProviders: "R||1|1;1;,2;1;|||",
  /** Grants permission to list all subscriptions within a domain. Access level: List. Resources: Domain*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_ListSubscriptions.html */
  ListSubscriptions: "L|||1;1;|||;",
  /** Grants permission to list the tags for the specified resource. Access level: List. Resources: Domain. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||1;0;|||;",
  /** Grants permission to match a patient. Access level: Read. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  MatchPatient: "R||1|1;1;,2;1;|||",
  /** Grants permission to publish an agent configuration version. Access level: Write. Resources: Agent*, Domain*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  PublishAgent: "W||1|0;1;,1;1;|||",
  /** Grants permission to reschedule an appointment. Access level: Write. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  RescheduleAppointment: "W||1|1;1;,2;1;|||",
  /** Grants permission to schedule an appointment for a patient. Access level: Write. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  ScheduleAppointment: "W||1|1;1;,2;1;|||",
  /** Grants permission to start a new Medical Scribe listening session for real-time audio transcription. Access level: Write. Resources: Domain*, Subscription*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_StartMedicalScribeListeningSession.html */
  StartMedicalScribeListeningSession: "W|||1;1;,5;1;|||;",
  /** Grants permission to start a new patient insights job. Access level: Write. Resources: Domain*, PatientInsightsJob*. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_StartPatientInsightsJob.html */
  StartPatientInsightsJob: "W|||1;1;,3;1;|||;",
  /** Grants permission to add the specified tags to the specified resource. Access level: Tagging. Resources: Domain. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_TagResource.html */
  TagResource: "T|||1;0;1|0,2||CreateDomain,;",
  /** Grants permission to remove the tags identified by the TagKeys list from a resource. Access level: Tagging. Resources: Domain. https://docs.aws.amazon.com/connecthealth/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;0;|2||;",
  /** Grants permission to update a draft agent configuration, creating a new draft version if none exists. Access level: Write. Resources: Agent*, Domain*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  UpdateAgent: "W||1|0;1;,1;1;|||",
  /** Grants permission to update an existing integration. Access level: Write. Resources: Domain*, Integration*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  UpdateIntegration: "W||1|1;1;,2;1;|||",
  /** Grants permission to update session attributes such as departmentId and appointmentType. Access level: Write. Resources: Domain*, Session*. Permission only. https://docs.aws.amazon.com/connecthealth/latest/userguide/patient-engagement-overview.html */
  UpdateSession: "W||1|1;1;,4;1;|||",
} as const;
const actionDetails = {
  ActivateSubscription: "|,;~~~|Grants permission to activate a subscription to enable billing for a user",
  CancelAppointment: "|,;~|Grants permission to cancel an appointment",
  CreateAgent: "|,;~|Grants permission to create a new agent with an initial version in DRAFT state",
  CreateDomain: "|,;~~~|Grants permission to create a new domain for managing HealthAgent resources",
  CreateIntegration: "|,;~|Grants permission to create a new integration for a domain",
  CreateSession: "|,;~|Grants permission to create a new session with specified agent configurations",
  CreateSubscription:
    "|,;~~~|Grants permission to create a new subscription within a domain for billing and user management",
  DeactivateSubscription: "|,;~~~|Grants permission to deactivate a subscription to stop billing for a user",
  DeleteAgent: "|,;~|Grants permission to delete an agent configuration and all its versions",
  DeleteDomain: "|,;~~~|Grants permission to delete a domain and all associated resources",
  DeleteIntegration: "|,;~|Grants permission to delete an integration",
  GetAgent:
    "|,;~|Grants permission to retrieve an agent configuration, defaulting to the most recent version if not specified",
  GetCareTeamProvider: "|,;~|Grants permission to retrieve the care team provider of a patient",
  GetDomain: "|,;~~~|Grants permission to retrieve information about a domain",
  GetIntegration: "|,;~|Grants permission to get an existing integration",
  GetMedicalScribeListeningSession:
    "|,;~~~|Grants permission to retrieve details about an existing Medical Scribe listening session",
  GetPatient: "|,;~|Grants permission to retrieve patient information",
  GetPatientInsightsJob: "|,;~~~|Grants permission to get details of a started patient insights job",
  GetPractitioner: "|,;~|Grants permission to retrieve practitioner information",
  GetSessionContext:
    "|,;~|Grants permission to retrieve structured session context including attributes and collected data",
  GetSubscription: "|,;~~~|Grants permission to retrieve information about a subscription",
  InvokeAgent: "|,;~|Grants permission to invoke an agent within a session with streaming response support",
  ListAgents: "|,;~|Grants permission to list all agents in a domain",
  ListAppointmentSlots: "|,;~|Grants permission to list available appointment slots",
  ListDomains: "|,;~~~|Grants permission to list domains for a given account",
  ListIntegrations: "|,;~|Grants permission to list integrations for a domain",
  ListPatientAppointments: "|,;~|Grants permission to list patient appointments",
  ListPatientInsuranceCoverages: "|,;~|Grants permission to list patient insurance coverages",
  ListProviders:
    "|,;~|Grants permission to retrieve active providers available for scheduling appointments with a patient",
  ListSubscriptions: "|,;~~~|Grants permission to list all subscriptions within a domain",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for the specified resource",
  MatchPatient: "|,;~|Grants permission to match a patient",
  PublishAgent: "|,;~|Grants permission to publish an agent configuration version",
  RescheduleAppointment: "|,;~|Grants permission to reschedule an appointment",
  ScheduleAppointment: "|,;~|Grants permission to schedule an appointment for a patient",
  StartMedicalScribeListeningSession:
    "|,;~~~|Grants permission to start a new Medical Scribe listening session for real-time audio transcription",
  StartPatientInsightsJob: "|,;~~~|Grants permission to start a new patient insights job",
  TagResource: "|,;~~~,~~|Grants permission to add the specified tags to the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove the tags identified by the TagKeys list from a resource",
  UpdateAgent:
    "|,;~|Grants permission to update a draft agent configuration, creating a new draft version if none exists",
  UpdateIntegration: "|,;~|Grants permission to update an existing integration",
  UpdateSession: "|,;~|Grants permission to update session attributes such as departmentId and appointmentType",
};
const resourceTypeFacts = {
  /** The Agent resource type: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/agent/${AgentId} */
  Agent: "|,agent|1",
  /** The Domain resource type: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId} */
  Domain: "|,domain|1",
  /** The Integration resource type: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/integration/${IntegrationId} */
  Integration: "|,integration|1",
  /** The PatientInsightsJob resource type: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/patient-insights-job/${JobId} */
  PatientInsightsJob: "|,patientInsightsJob|1",
  /** The Session resource type: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/session/${SessionId} */
  Session: "|,session|1",
  /** The Subscription resource type: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/subscription/${SubscriptionId} */
  Subscription: "|,subscription|1",
} as const;
const arnFormats = {
  /** ARN of a Agent resource: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/agent/${AgentId}. */
  agent: "|,Agent|arn:|Partition|:health-agent:|Region|:|Account|:domain/|DomainId|/agent/|AgentId|",
  /** ARN of a Domain resource: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}. */
  domain: "|,Domain|arn:|Partition|:health-agent:|Region|:|Account|:domain/|DomainId|",
  /** ARN of a Integration resource: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/integration/${IntegrationId}. */
  integration:
    "|,Integration|arn:|Partition|:health-agent:|Region|:|Account|:domain/|DomainId|/integration/|IntegrationId|",
  /** ARN of a PatientInsightsJob resource: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/patient-insights-job/${JobId}. */
  patientInsightsJob:
    "|,PatientInsightsJob|arn:|Partition|:health-agent:|Region|:|Account|:domain/|DomainId|/patient-insights-job/|JobId|",
  /** ARN of a Session resource: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/session/${SessionId}. */
  session: "|,Session|arn:|Partition|:health-agent:|Region|:|Account|:domain/|DomainId|/session/|SessionId|",
  /** ARN of a Subscription resource: arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/subscription/${SubscriptionId}. */
  subscription:
    "|,Subscription|arn:|Partition|:health-agent:|Region|:|Account|:domain/|DomainId|/subscription/|SubscriptionId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Agent", "Domain", "Integration", "PatientInsightsJob", "Session", "Subscription"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "health-agent">;
/** Any health-agent action. */
export type Action = ActionOf<typeof actionFacts, "health-agent">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "health-agent">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "connecthealth" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every health-agent action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "health-agent",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
