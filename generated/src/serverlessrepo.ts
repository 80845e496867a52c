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
export const prefix: "serverlessrepo" = "serverlessrepo";
/** The service's name in the reference. */
export const serviceName: "AWS Serverless Application Repository" = "AWS Serverless Application Repository";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Serverless Application Repository",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsserverlessapplicationrepository.html",
  },
];
const conditionKeyList = ["serverlessrepo:applicationType"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to create an application, optionally including an AWS SAM file to create the first application version in the same call. Access level: Write. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications.html */
  CreateApplication: "W||||||;",
  /** Grants permission to create an application version. Access level: Write. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid-versions-semanticversion.html */
  CreateApplicationVersion: "W|||0;1;|||;",
  /** Grants permission to create an AWS CloudFormation ChangeSet for the given application. Access level: Write. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid-changesets.html */
  CreateCloudFormationChangeSet: "W|||0;1;|0||;",
  /** Grants permission to create an AWS CloudFormation template. Access level: Write. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid-templates.html */
  CreateCloudFormationTemplate: "W|||0;1;|0||;",
  /** Grants permission to delete the specified application. Access level: Write. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid.html */
  DeleteApplication: "W|||0;1;|||;",
  /** Grants permission to get the specified application. Access level: Read. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid.html */
  GetApplication: "R|||0;1;|0||;",
  /** Grants permission to get the policy for the specified application. Access level: Read. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid-policy.html */
  GetApplicationPolicy: "R|||0;1;|||;",
  /** Grants permission to get the specified AWS CloudFormation template. Access level: Read. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid-templates-templateid.html */
  GetCloudFormationTemplate: "R|||0;1;|||;",
  /** Grants permission to retrieve the list of applications nested in the containing application. Access level: List. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid-dependencies.html */
  ListApplicationDependencies: "L|||0;1;|0||;",
  /** Grants permission to list versions for the specified application owned by the requester. Access level: List. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid-versions.html */
  ListApplicationVersions: "L|||0;1;|0||;",
  /** Grants permission to list applications owned by the requester. Access level: List. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications.html */
  ListApplications: "L||||||;",
  /** Grants permission to put the policy for the specified application. Access level: Write. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid-policy.html */
  PutApplicationPolicy: "W|||0;1;|||;",
  /** Grants permission to get all applications authorized for this user. Access level: Read. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid.html */
  SearchApplications: "R||||0||",
  /** Grants permission to unshare the specified application. Access level: Write. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid.html */
  UnshareApplication: "W|||0;1;|||;",
  /** Grants permission to update meta-data of the application. Access level: Write. Resources: applications*. https://docs.aws.amazon.com/serverlessrepo/latest/devguide/applications-applicationid.html */
  UpdateApplication: "W|||0;1;|||;",
} as const;
const actionDetails = {
  CreateApplication:
    "|,;~~~|Grants permission to create an application, optionally including an AWS SAM file to create the first application version in the same call",
  CreateApplicationVersion: "|,;~~~|Grants permission to create an application version",
  CreateCloudFormationChangeSet:
    "|,;~~~|Grants permission to create an AWS CloudFormation ChangeSet for the given application",
  CreateCloudFormationTemplate: "|,;~~~|Grants permission to create an AWS CloudFormation template",
  DeleteApplication: "|,;~~~|Grants permission to delete the specified application",
  GetApplication: "|,;~~~|Grants permission to get the specified application",
  GetApplicationPolicy: "|,;~~~|Grants permission to get the policy for the specified application",
  GetCloudFormationTemplate: "|,;~~~|Grants permission to get the specified AWS CloudFormation template",
  ListApplicationDependencies:
    "|,;~~~|Grants permission to retrieve the list of applications nested in the containing application",
  ListApplicationVersions:
    "|,;~~~|Grants permission to list versions for the specified application owned by the requester",
  ListApplications: "|,;~~~|Grants permission to list applications owned by the requester",
  PutApplicationPolicy: "|,;~~~|Grants permission to put the policy for the specified application",
  SearchApplications: "|,;~|Grants permission to get all applications authorized for this user",
  UnshareApplication: "|,;~~~|Grants permission to unshare the specified application",
  UpdateApplication: "|,;~~~|Grants permission to update meta-data of the application",
};
const resourceTypeFacts = {
  /** The applications resource type: arn:${Partition}:serverlessrepo:${Region}:${Account}:applications/${ResourceId} */
  applications: "|,|",
} as const;
const arnFormats = {
  /** ARN of a applications resource: arn:${Partition}:serverlessrepo:${Region}:${Account}:applications/${ResourceId}. */
  applications: "|,applications|arn:|Partition|:serverlessrepo:|Region|:|Account|:applications/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["applications"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "serverlessrepo">;
/** Any serverlessrepo action. */
export type Action = ActionOf<typeof actionFacts, "serverlessrepo">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "serverlessrepo">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "serverlessrepo" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every serverlessrepo action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by application type. */
  "serverlessrepo:applicationType": "String";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "serverlessrepo:applicationType": "|,String|0||Filters access by application type",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "serverlessrepo",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
