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
export const prefix: "amplifybackend" = "amplifybackend";
/** The service's name in the reference. */
export const serviceName: "AWS Amplify Admin" = "AWS Amplify Admin";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Amplify Admin",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsamplifyadmin.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to clone an existing Amplify Admin backend environment into a new Amplify Admin backend enviroment. Access level: Write. Resources: backend*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-environments-backendenvironmentname-clone.html#CloneBackend */
  CloneBackend: "W|||2;1;|||;",
  /** Grants permission to create a new Amplify Admin backend environment by Amplify appId. Access level: Write. Resources: created-backend*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend.html#CreateBackend */
  CreateBackend: "W|||4;1;|||;",
  /** Grants permission to create an API for an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: api*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-api.html#CreateBackendAPI */
  CreateBackendAPI: "W|||0;1;,2;1;,5;1;|||;",
  /** Grants permission to create an auth resource for an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: auth*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-auth.html#CreateBackendAuth */
  CreateBackendAuth: "W|||1;1;,2;1;,5;1;|||;",
  /** Grants permission to create a new Amplify Admin backend config by Amplify appId. Access level: Write. Resources: config*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-config.html#CreateBackendConfig */
  CreateBackendConfig: "W|||3;1;|||;",
  /** Grants permission to create a backend storage resource. Access level: Write. Resources: backend*, environment*, storage*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-storage.html#CreateBackendStorage */
  CreateBackendStorage: "W|||2;1;,5;1;,7;1;|||;",
  /** Grants permission to create an Amplify Admin challenge token by appId. Access level: Write. Resources: backend*, token*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-challenge.html#CreateToken */
  CreateToken: "W|||2;1;,8;1;|||;",
  /** Grants permission to delete an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-environments-backendenvironmentname-remove.html#DeleteBackend */
  DeleteBackend: "W|||2;1;,5;1;|||;",
  /** Grants permission to delete an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: api*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-api-backendenvironmentname-remove.html#DeleteBackendAPI */
  DeleteBackendAPI: "W|||0;1;,2;1;,5;1;|||;",
  /** Grants permission to delete an auth resource of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: auth*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-auth-backendenvironmentname-remove.html#DeleteBackendAuth */
  DeleteBackendAuth: "W|||1;1;,2;1;,5;1;|||;",
  /** Grants permission to delete a backend storage resource. Access level: Write. Resources: backend*, environment*, storage*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-storage.html#DeleteBackendStorage */
  DeleteBackendStorage: "W|||2;1;,5;1;,7;1;|||;",
  /** Grants permission to delete an Amplify Admin challenge token by appId. Access level: Write. Resources: backend*, token*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-challenge-sessionid-remove.html#DeleteToken */
  DeleteToken: "W|||2;1;,8;1;|||;",
  /** Grants permission to generate models for an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: api*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-api-backendenvironmentname-generatemodels.html#GenerateBackendAPIModels */
  GenerateBackendAPIModels: "W|||0;1;,2;1;,5;1;|||;",
  /** Grants permission to retrieve an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Read. Resources: backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-details.html#GetBackend */
  GetBackend: "R|||2;1;,5;1;|||;",
  /** Grants permission to retrieve an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Read. Resources: api*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-api-backendenvironmentname-details.html#GetBackendAPI */
  GetBackendAPI: "R|||0;1;,2;1;,5;1;|||;",
  /** Grants permission to retrieve models for an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Read. Resources: api*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-api-backendenvironmentname-getmodels.html#GetBackendAPIModels */
  GetBackendAPIModels: "R|||0;1;,2;1;,5;1;|||;",
  /** Grants permission to retrieve an auth resource of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Read. Resources: auth*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-auth-backendenvironmentname-details.html#GetBackendAuth */
  GetBackendAuth: "R|||1;1;,2;1;,5;1;|||;",
  /** Grants permission to retrieve a job of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Read. Resources: backend*, job*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-job-backendenvironmentname-jobid.html#GetBackendJob */
  GetBackendJob: "R|||2;1;,6;1;|||;",
  /** Grants permission to retrieve an existing backend storage resource. Access level: Read. Resources: backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-storage.html#GetBackendStorage */
  GetBackendStorage: "R|||2;1;,5;1;|||;",
  /** Grants permission to retrieve an Amplify Admin challenge token by appId. Access level: Read. Resources: backend*, token*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-challenge-sessionid.html#GetToken */
  GetToken: "R|||2;1;,8;1;|||;",
  /** Grants permission to import an existing auth resource of an Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: auth*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-auth-backendenvironmentname.html#ImportBackendAuth */
  ImportBackendAuth: "W|||1;1;,2;1;,5;1;|||;",
  /** Grants permission to import an existing backend storage resource. Access level: Write. Resources: backend*, environment*, storage*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-storage.html#ImportBackendStorage */
  ImportBackendStorage: "W|||2;1;,5;1;,7;1;|||;",
  /** Grants permission to retrieve the jobs of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: List. Resources: backend*, job*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-job-backendenvironmentname.html#ListBackendJobs */
  ListBackendJobs: "L|||2;1;,6;1;|||;",
  /** Grants permission to retrieve s3 buckets. Access level: List. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-storage.html#ListS3Buckets */
  ListS3Buckets: "L|||||s3:ListAllMyBuckets|;",
  /** Grants permission to delete all existing Amplify Admin backend environments by appId. Access level: Write. Resources: backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-remove.html#RemoveAllBackends */
  RemoveAllBackends: "W|||2;1;,5;1;|||;",
  /** Grants permission to delete an Amplify Admin backend config by Amplify appId. Access level: Write. Resources: config*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-config-remove.html#RemoveBackendConfig */
  RemoveBackendConfig: "W|||3;1;|||;",
  /** Grants permission to update an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: api*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-api-backendenvironmentname.html#UpdateBackendAPI */
  UpdateBackendAPI: "W|||0;1;,2;1;,5;1;|||;",
  /** Grants permission to update an auth resource of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: auth*, backend*, environment*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-auth-backendenvironmentname.html#UpdateBackendAuth */
  UpdateBackendAuth: "W|||1;1;,2;1;,5;1;|||;",
  /** Grants permission to update an Amplify Admin backend config by Amplify appId. Access level: Write. Resources: config*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-config-update.html#UpdateBackendConfig */
  UpdateBackendConfig: "W|||3;1;|||;",
  /** Grants permission to update a job of an existing Amplify Admin backend environment by appId and backendEnvironmentName. Access level: Write. Resources: backend*, job*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-job-backendenvironmentname-jobid.html#UpdateBackendJob */
  UpdateBackendJob: "W|||2;1;,6;1;|||;",
  /** Grants permission to update a backend storage resource. Access level: Write. Resources: backend*, environment*, storage*. https://docs.aws.amazon.com/amplify-admin-ui/latest/APIReference/backend-appid-storage.html#UpdateBackendStorage */
  UpdateBackendStorage: "W|||2;1;,5;1;,7;1;|||;",
} as const;
const actionDetails = {
  CloneBackend:
    "|,;~~~|Grants permission to clone an existing Amplify Admin backend environment into a new Amplify Admin backend enviroment",
  CreateBackend: "|,;~~~|Grants permission to create a new Amplify Admin backend environment by Amplify appId",
  CreateBackendAPI:
    "|,;~~~|Grants permission to create an API for an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  CreateBackendAuth:
    "|,;~~~|Grants permission to create an auth resource for an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  CreateBackendConfig: "|,;~~~|Grants permission to create a new Amplify Admin backend config by Amplify appId",
  CreateBackendStorage: "|,;~~~|Grants permission to create a backend storage resource",
  CreateToken: "|,;~~~|Grants permission to create an Amplify Admin challenge token by appId",
  DeleteBackend:
    "|,;~~~|Grants permission to delete an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  DeleteBackendAPI:
    "|,;~~~|Grants permission to delete an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  DeleteBackendAuth:
    "|,;~~~|Grants permission to delete an auth resource of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  DeleteBackendStorage: "|,;~~~|Grants permission to delete a backend storage resource",
  DeleteToken: "|,;~~~|Grants permission to delete an Amplify Admin challenge token by appId",
  GenerateBackendAPIModels:
    "|,;~~~|Grants permission to generate models for an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  GetBackend:
    "|,;~~~|Grants permission to retrieve an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  GetBackendAPI:
    "|,;~~~|Grants permission to retrieve an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  GetBackendAPIModels:
    "|,;~~~|Grants permission to retrieve models for an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  GetBackendAuth:
    "|,;~~~|Grants permission to retrieve an auth resource of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  GetBackendJob:
    "|,;~~~|Grants permission to retrieve a job of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  GetBackendStorage: "|,;~~~|Grants permission to retrieve an existing backend storage resource",
  GetToken: "|,;~~~|Grants permission to retrieve an Amplify Admin challenge token by appId",
  ImportBackendAuth:
    "|,;~~~|Grants permission to import an existing auth resource of an Amplify Admin backend environment by appId and backendEnvironmentName",
  ImportBackendStorage: "|,;~~~|Grants permission to import an existing backend storage resource",
  ListBackendJobs:
    "|,;~~~|Grants permission to retrieve the jobs of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  ListS3Buckets: "|,;~~~|Grants permission to retrieve s3 buckets",
  RemoveAllBackends: "|,;~~~|Grants permission to delete all existing Amplify Admin backend environments by appId",
  RemoveBackendConfig: "|,;~~~|Grants permission to delete an Amplify Admin backend config by Amplify appId",
  UpdateBackendAPI:
    "|,;~~~|Grants permission to update an API of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  UpdateBackendAuth:
    "|,;~~~|Grants permission to update an auth resource of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  UpdateBackendConfig: "|,;~~~|Grants permission to update an Amplify Admin backend config by Amplify appId",
  UpdateBackendJob:
    "|,;~~~|Grants permission to update a job of an existing Amplify Admin backend environment by appId and backendEnvironmentName",
  UpdateBackendStorage: "|,;~~~|Grants permission to update a backend storage resource",
};
const resourceTypeFacts = {
  /** The api resource type: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/api/* */
  api: "|,|",
  /** The auth resource type: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/auth/* */
  auth: "|,|",
  /** The backend resource type: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/* */
  backend: "|,|",
  /** The config resource type: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/config/* */
  config: "|,|",
  /** The created-backend resource type: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/* */
  "created-backend": "|,createdBackend|",
  /** The environment resource type: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/environments/* */
  environment: "|,|",
  /** The job resource type: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/job/* */
  job: "|,|",
  /** The storage resource type: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/storage/* */
  storage: "|,|",
  /** The token resource type: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/challenge/* */
  token: "|,|",
} as const;
const arnFormats = {
  /** ARN of a api resource: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/api/*. */
  api: "|,api|arn:|Partition|:amplifybackend:|Region|:|Account|:/backend/|AppId|/api/*",
  /** ARN of a auth resource: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/auth/*. */
  auth: "|,auth|arn:|Partition|:amplifybackend:|Region|:|Account|:/backend/|AppId|/auth/*",
  /** ARN of a backend resource: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/*. */
  backend: "|,backend|arn:|Partition|:amplifybackend:|Region|:|Account|:/backend/|AppId|/*",
  /** ARN of a config resource: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/config/*. */
  config: "|,config|arn:|Partition|:amplifybackend:|Region|:|Account|:/backend/|AppId|/config/*",
  /** ARN of a created-backend resource: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/*. */
  createdBackend: "|,created-backend|arn:|Partition|:amplifybackend:|Region|:|Account|:/backend/*",
  /** ARN of a environment resource: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/environments/*. */
  environment: "|,environment|arn:|Partition|:amplifybackend:|Region|:|Account|:/backend/|AppId|/environments/*",
  /** ARN of a job resource: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/job/*. */
  job: "|,job|arn:|Partition|:amplifybackend:|Region|:|Account|:/backend/|AppId|/job/*",
  /** ARN of a storage resource: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/storage/*. */
  storage: "|,storage|arn:|Partition|:amplifybackend:|Region|:|Account|:/backend/|AppId|/storage/*",
  /** ARN of a token resource: arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/challenge/*. */
  token: "|,token|arn:|Partition|:amplifybackend:|Region|:|Account|:/backend/|AppId|/challenge/*",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "api",
  "auth",
  "backend",
  "config",
  "created-backend",
  "environment",
  "job",
  "storage",
  "token",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "amplifybackend">;
/** Any amplifybackend action. */
export type Action = ActionOf<typeof actionFacts, "amplifybackend">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "amplifybackend">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "amplifybackend" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every amplifybackend action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "amplifybackend",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
