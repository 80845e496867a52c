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
export const prefix: "refactor-spaces" = "refactor-spaces";
/** The service's name in the reference. */
export const serviceName: "AWS Migration Hub Refactor Spaces" = "AWS Migration Hub Refactor Spaces";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Migration Hub Refactor Spaces",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmigrationhubrefactorspaces.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "refactor-spaces:ApplicationCreatedByAccount",
  "refactor-spaces:CreatedByAccountIds",
  "refactor-spaces:RouteCreatedByAccount",
  "refactor-spaces:ServiceCreatedByAccount",
  "refactor-spaces:SourcePath",
] as const;
const dependentActionList = ["refactor-spaces:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create an application within an environment. Access level: Write. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W||||0,2,3,4|0|;",
  /** Grants permission to create an environment. Access level: Write. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_CreateEnvironment.html */
  CreateEnvironment: "W||||0,2|0|;",
  /** Grants permission to create a route within an application. Access level: Write. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_CreateRoute.html */
  CreateRoute: "W||||0,2,3,4,5,6,7|0|;",
  /** Grants permission to create a service within an application. Access level: Write. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_CreateService.html */
  CreateService: "W||||0,2,3,4,6|0|;",
  /** Grants permission to delete an application from an environment. Access level: Write. Resources: application*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|1,3,4||;",
  /** Grants permission to delete an environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_DeleteEnvironment.html */
  DeleteEnvironment: "W|||1;1;|1||;",
  /** Grants permission to delete a resource policy. Access level: Write. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W||||||;",
  /** Grants permission to delete a route from an application. Access level: Write. Resources: route*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_DeleteRoute.html */
  DeleteRoute: "W|||2;1;|1,3,4,5,6,7||;",
  /** Grants permission to delete a service from an application. Access level: Write. Resources: service*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_DeleteService.html */
  DeleteService: "W|||3;1;|1,3,4,6||;",
  /** Grants permission to get more information about an application. Access level: Read. Resources: application*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_GetApplication.html */
  GetApplication: "R|||0;1;|1,3,4||;",
  /** Grants permission to get more information for an environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_GetEnvironment.html */
  GetEnvironment: "R|||1;1;|1||;",
  /** Grants permission to get the details about a resource policy. Access level: Read. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R||||||;",
  /** Grants permission to get more information about a route. Access level: Read. Resources: route*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_GetRoute.html */
  GetRoute: "R|||2;1;|1,3,4,5,6,7||;",
  /** Grants permission to get more information about a service. Access level: Read. Resources: service*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_GetService.html */
  GetService: "R|||3;1;|1,3,4,6||;",
  /** Grants permission to list all the applications in an environment. Access level: Read. Resources: application*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_ListApplications.html */
  ListApplications: "R|||0;1;|||;",
  /** Grants permission to list all the VPCs for the environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_ListEnvironmentVpcs.html */
  ListEnvironmentVpcs: "R|||1;1;|||;",
  /** Grants permission to list all environments. Access level: Read. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_ListEnvironments.html */
  ListEnvironments: "R||||||;",
  /** Grants permission to list all the routes in an application. Access level: Read. Resources: route*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_ListRoutes.html */
  ListRoutes: "R|||2;1;|||;",
  /** Grants permission to list all the services in an environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_ListServices.html */
  ListServices: "R|||1;1;|||;",
  /** Grants permission to list all the tags for a given resource. Access level: Read. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to add a resource policy. Access level: Write. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_PutResourcePolicy.html */
  PutResourcePolicy: "W||||||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: application, environment, route, service. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;|0,1,2,3,4,5,6,7||CreateApplication,CreateEnvironment,CreateRoute,CreateService,;",
  /** Grants permission to remove a tag from a resource. Access level: Tagging. Resources: application, environment, route, service. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,1,2,3,4,5,6,7||;",
  /** Grants permission to update a route from an application. Access level: Write. Resources: route*. https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_UpdateRoute.html */
  UpdateRoute: "W|||2;1;|1,3,4,5,6,7||;",
} as const;
const actionDetails = {
  CreateApplication: "|,;~~~|Grants permission to create an application within an environment",
  CreateEnvironment: "|,;~~~|Grants permission to create an environment",
  CreateRoute: "|,;~~~|Grants permission to create a route within an application",
  CreateService: "|,;~~~|Grants permission to create a service within an application",
  DeleteApplication: "|,;~~~|Grants permission to delete an application from an environment",
  DeleteEnvironment: "|,;~~~|Grants permission to delete an environment",
  DeleteResourcePolicy: "|,;~~~|Grants permission to delete a resource policy",
  DeleteRoute: "|,;~~~|Grants permission to delete a route from an application",
  DeleteService: "|,;~~~|Grants permission to delete a service from an application",
  GetApplication: "|,;~~~|Grants permission to get more information about an application",
  GetEnvironment: "|,;~~~|Grants permission to get more information for an environment",
  GetResourcePolicy: "|,;~~~|Grants permission to get the details about a resource policy",
  GetRoute: "|,;~~~|Grants permission to get more information about a route",
  GetService: "|,;~~~|Grants permission to get more information about a service",
  ListApplications: "|,;~~~|Grants permission to list all the applications in an environment",
  ListEnvironmentVpcs: "|,;~~~|Grants permission to list all the VPCs for the environment",
  ListEnvironments: "|,;~~~|Grants permission to list all environments",
  ListRoutes: "|,;~~~|Grants permission to list all the routes in an application",
  ListServices: "|,;~~~|Grants permission to list all the services in an environment",
  ListTagsForResource: "|,;~~~|Grants permission to list all the tags for a given resource",
  PutResourcePolicy: "|,;~~~|Grants permission to add a resource policy",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from a resource",
  UpdateRoute: "|,;~~~|Grants permission to update a route from an application",
};
const resourceTypeFacts = {
  /** The application resource type: arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}/application/${ApplicationId} */
  application: "|,|1,3,4",
  /** The environment resource type: arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId} */
  environment: "|,|1",
  /** The route resource type: arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}/application/${ApplicationId}/route/${RouteId} */
  route: "|,|1,3,4,5,6,7",
  /** The service resource type: arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}/application/${ApplicationId}/service/${ServiceId} */
  service: "|,|1,3,4,6",
} as const;
const arnFormats = {
  /** ARN of a application resource: arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}/application/${ApplicationId}. */
  application:
    "|,application|arn:|Partition|:refactor-spaces:|Region|:|Account|:environment/|EnvironmentId|/application/|ApplicationId|",
  /** ARN of a environment resource: arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}. */
  environment: "|,environment|arn:|Partition|:refactor-spaces:|Region|:|Account|:environment/|EnvironmentId|",
  /** ARN of a route resource: arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}/application/${ApplicationId}/route/${RouteId}. */
  route:
    "|,route|arn:|Partition|:refactor-spaces:|Region|:|Account|:environment/|EnvironmentId|/application/|ApplicationId|/route/|RouteId|",
  /** ARN of a service resource: arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}/application/${ApplicationId}/service/${ServiceId}. */
  service:
    "|,service|arn:|Partition|:refactor-spaces:|Region|:|Account|:environment/|EnvironmentId|/application/|ApplicationId|/service/|ServiceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["application", "environment", "route", "service"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "refactor-spaces">;
/** Any refactor-spaces action. */
export type Action = ActionOf<typeof actionFacts, "refactor-spaces">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "refactor-spaces">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "migration-hub-refactor-spaces" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every refactor-spaces action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by restricting the action to only those accounts that created the application within an environment. */
  "refactor-spaces:ApplicationCreatedByAccount": "String";
  /** Filters access by the accounts that created the resource. */
  "refactor-spaces:CreatedByAccountIds": "ArrayOfString";
  /** Filters access by restricting the action to only those accounts that created the route within an application. */
  "refactor-spaces:RouteCreatedByAccount": "String";
  /** Filters access by restricting the action to only those accounts that created the service within an application. */
  "refactor-spaces:ServiceCreatedByAccount": "String";
  /** Filters access by the path of the route. */
  "refactor-spaces:SourcePath": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "refactor-spaces:ApplicationCreatedByAccount":
    "|,String|0||Filters access by restricting the action to only those accounts that created the application within an environment",
  "refactor-spaces:CreatedByAccountIds": "|,ArrayOfString|0||Filters access by the accounts that created the resource",
  "refactor-spaces:RouteCreatedByAccount":
    "|,String|0||Filters access by restricting the action to only those accounts that created the route within an application",
  "refactor-spaces:ServiceCreatedByAccount":
    "|,String|0||Filters access by restricting the action to only those accounts that created the service within an application",
  "refactor-spaces:SourcePath": "|,String|0||Filters access by the path of the route",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "refactor-spaces",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
