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
export const prefix: "application-transformation" = "application-transformation";
/** The service's name in the reference. */
export const serviceName: "AWS Application Transformation Service" = "AWS Application Transformation Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Application Transformation Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsapplicationtransformationservice.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to get the details of all Containerization jobs. Access level: Read. https://docs.aws.amazon.com/tk-dotnet-refactoring/latest/userguide/what-is-tk-dotnet-refactoring.html */
  GetContainerization: "R||||||",
  /** Grants permission to get the details of all Deployment jobs. Access level: Read. https://docs.aws.amazon.com/tk-dotnet-refactoring/latest/userguide/what-is-tk-dotnet-refactoring.html */
  GetDeployment: "R||||||",
  /** Grants permission to Get the details of a Grouping Assessment Operation. Access level: Read. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  GetGroupingAssessment: "R||||||",
  /** Grants permission to Get Porting Compatibility Operation. Access level: Read. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  GetPortingCompatibilityAssessment: "R||||||",
  /** Grants permission to Get the details of a Porting Recommendation Assessment Operation. Access level: Read. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  GetPortingRecommendationAssessment: "R||||||",
  /** Grants permission to Get the details of a Runtime Assessment Operation. Access level: Read. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  GetRuntimeAssessment: "R||||||",
  /** Grants permission to Push Logs (Intended for Clients Only). Access level: Write. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  PutLogData: "W||||||",
  /** Grants permission to Push Metrics Data (Intended for Clients Only). Access level: Write. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  PutMetricData: "W||||||",
  /** Grants permission to start a Containerization job. Access level: Write. https://docs.aws.amazon.com/tk-dotnet-refactoring/latest/userguide/what-is-tk-dotnet-refactoring.html */
  StartContainerization: "W||||||",
  /** Grants permission to start a Deployment job. Access level: Write. https://docs.aws.amazon.com/tk-dotnet-refactoring/latest/userguide/what-is-tk-dotnet-refactoring.html */
  StartDeployment: "W||||||",
  /** Grants permission to Start a Grouping Assessment Operation. Access level: Write. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  StartGroupingAssessment: "W||||||",
  /** Grants permission to Start Porting Compatibility Operation. Access level: Write. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  StartPortingCompatibilityAssessment: "W||||||",
  /** Grants permission to Start the Porting Recommendation Assessment Operation. Access level: Write. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  StartPortingRecommendationAssessment: "W||||||",
  /** Grants permission to Start a Runtime Assessment Operation. Access level: Write. https://docs.aws.amazon.com/microservice-extractor/latest/userguide/what-is-microservice-extractor.html */
  StartRuntimeAssessment: "W||||||",
} as const;
const actionDetails = {
  GetContainerization: "|,;~|Grants permission to get the details of all Containerization jobs",
  GetDeployment: "|,;~|Grants permission to get the details of all Deployment jobs",
  GetGroupingAssessment: "|,;~|Grants permission to Get the details of a Grouping Assessment Operation",
  GetPortingCompatibilityAssessment: "|,;~|Grants permission to Get Porting Compatibility Operation",
  GetPortingRecommendationAssessment:
    "|,;~|Grants permission to Get the details of a Porting Recommendation Assessment Operation",
  GetRuntimeAssessment: "|,;~|Grants permission to Get the details of a Runtime Assessment Operation",
  PutLogData: "|,;~|Grants permission to Push Logs (Intended for Clients Only)",
  PutMetricData: "|,;~|Grants permission to Push Metrics Data (Intended for Clients Only)",
  StartContainerization: "|,;~|Grants permission to start a Containerization job",
  StartDeployment: "|,;~|Grants permission to start a Deployment job",
  StartGroupingAssessment: "|,;~|Grants permission to Start a Grouping Assessment Operation",
  StartPortingCompatibilityAssessment: "|,;~|Grants permission to Start Porting Compatibility Operation",
  StartPortingRecommendationAssessment:
    "|,;~|Grants permission to Start the Porting Recommendation Assessment Operation",
  StartRuntimeAssessment: "|,;~|Grants permission to Start a Runtime Assessment Operation",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "application-transformation">;
/** Any application-transformation action. */
export type Action = ActionOf<typeof actionFacts, "application-transformation">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "application-transformation">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every application-transformation action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
export interface ConditionKeyTypes {}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "application-transformation",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
