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
export const prefix: "amplify" = "amplify";
/** The service's name in the reference. */
export const serviceName: "AWS Amplify" = "AWS Amplify";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Amplify",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsamplify.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["amplify:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to associate a WebACL to a Resource. Access level: Write. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  AssociateWebACL: "W|||0;1;|||",
  /** Grants permission to create a new Amplify App. Access level: Write. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  CreateApp: "W||||0,2|0,1|;",
  /** Grants permission to create a new backend environment for an Amplify App. Access level: Write. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  CreateBackendEnvironment: "W|||0;1;|||;",
  /** Grants permission to create a new Branch for an Amplify App. Access level: Write. Resources: branches*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  CreateBranch: "W|||1;1;|0,2|0,1|;",
  /** Grants permission to create a deployment for manual deploy apps. (Apps are not connected to repository). Access level: Write. Resources: branches*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  CreateDeployment: "W|||1;1;|||;",
  /** Grants permission to create a new DomainAssociation on an App. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  CreateDomainAssociation: "W|||2;1;||1|;",
  /** Grants permission to create a new webhook on an App. Access level: Write. Resources: branches*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  CreateWebHook: "W|||1;1;|||CreateWebhook",
  /** Grants permission to delete an existing Amplify App by appId. Access level: Write. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  DeleteApp: "W|||0;1;|||;",
  /** Grants permission to delete a branch for an Amplify App. Access level: Write. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  DeleteBackendEnvironment: "W|||0;1;|||;",
  /** Grants permission to delete a branch for an Amplify App. Access level: Write. Resources: branches*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  DeleteBranch: "W|||1;1;|||;",
  /** Grants permission to delete a DomainAssociation. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  DeleteDomainAssociation: "W|||2;1;|||;",
  /** Grants permission to delete a job, for an Amplify branch, part of Amplify App. Access level: Write. Resources: jobs*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  DeleteJob: "W|||3;1;|||;",
  /** Grants permission to delete a webhook by id. Access level: Write. Resources: webhooks*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  DeleteWebHook: "W|||4;1;|||DeleteWebhook",
  /** Grants permission to disassociate a WebACL from a Resource. Access level: Write. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  DisassociateWebACL: "W|||0;1;|||",
  /** Grants permission to generate website access logs for a specific time range via a pre-signed URL. Access level: Write. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  GenerateAccessLogs: "W|||0;1;|||;",
  /** Grants permission to retrieve an existing Amplify App by appId. Access level: Read. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  GetApp: "R|||0;1;|||;",
  /** Grants permission to retrieve artifact info that corresponds to a artifactId. Access level: Read. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  GetArtifactUrl: "R|||0;1;|||;",
  /** Grants permission to retrieve a backend environment for an Amplify App. Access level: Read. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  GetBackendEnvironment: "R|||0;1;|||;",
  /** Grants permission to retrieve a branch for an Amplify App. Access level: Read. Resources: branches*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  GetBranch: "R|||1;1;|||;",
  /** Grants permission to retrieve domain info that corresponds to an appId and domainName. Access level: Read. Resources: domains*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  GetDomainAssociation: "R|||2;1;|||;",
  /** Grants permission to get a job for a branch, part of an Amplify App. Access level: Read. Resources: jobs*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  GetJob: "R|||3;1;|||;",
  /** Grants permission to retrieve the WebACL associated with a Resource. Access level: Read. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  GetWebACLForResource: "R|||0;1;|||",
  /** Grants permission to retrieve webhook info that corresponds to a webhookId. Access level: Read. Resources: webhooks*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  GetWebHook: "R|||4;1;|||GetWebhook",
  /** Grants permission to list existing Amplify Apps. Access level: List. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  ListApps: "L||||||;",
  /** Grants permission to list artifacts with an app, a branch, a job and an artifact type. Access level: List. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  ListArtifacts: "L|||0;1;|||;",
  /** Grants permission to list backend environments for an Amplify App. Access level: List. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  ListBackendEnvironments: "L|||0;1;|||;",
  /** Grants permission to list branches for an Amplify App. Access level: List. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  ListBranches: "L|||0;1;|||;",
  /** Grants permission to list domains with an app. Access level: List. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  ListDomainAssociations: "L|||0;1;|||;",
  /** Grants permission to list Jobs for a branch, part of an Amplify App. Access level: List. Resources: branches*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  ListJobs: "L|||1;1;|||;",
  /** Grants permission to list the Resources associated with a WebACL. Access level: List. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  ListResourcesForWebACL: "L||||||",
  /** Grants permission to list tags for an AWS Amplify Console resource. Access level: Read. Resources: apps, branches, domains, webhooks. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,4;0;|||;",
  /** Grants permission to list webhooks on an App. Access level: List. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  ListWebHooks: "L|||0;1;|||ListWebhooks",
  /** Grants permission to start a deployment for manual deploy apps. (Apps are not connected to repository). Access level: Write. Resources: branches*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  StartDeployment: "W|||1;1;|||;",
  /** Grants permission to start a new job for a branch, part of an Amplify App. Access level: Write. Resources: jobs*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  StartJob: "W|||3;1;|||;",
  /** Grants permission to stop a job that is in progress, for an Amplify branch, part of Amplify App. Access level: Write. Resources: jobs*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  StopJob: "W|||3;1;|||;",
  /** Grants permission to tag an AWS Amplify Console resource. Access level: Tagging. Resources: apps, branches, domains, webhooks. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  TagResource: "T|||0;0;,1;0;,2;0;,4;0;|0,2||CreateApp,CreateBranch,;",
  /** Grants permission to remove a tag from an AWS Amplify Console resource. Access level: Tagging. Resources: apps, branches, domains, webhooks. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,4;0;|2||;",
  /** Grants permission to update an existing Amplify App. Access level: Write. Resources: apps*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  UpdateApp: "W|||0;1;||1|;",
  /** Grants permission to update a branch for an Amplify App. Access level: Write. Resources: branches*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  UpdateBranch: "W|||1;1;||1|;",
  /** Grants permission to update a DomainAssociation on an App. Access level: Write. Resources: domains*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  UpdateDomainAssociation: "W|||2;1;||1|;",
  /** Grants permission to update a webhook. Access level: Write. Resources: webhooks*. https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html */
  UpdateWebHook: "W|||4;1;|||UpdateWebhook",
} as const;
const actionDetails = {
  AssociateWebACL: "|,;~|Grants permission to associate a WebACL to a Resource",
  CreateApp: "|,;~~~|Grants permission to create a new Amplify App",
  CreateBackendEnvironment: "|,;~~~|Grants permission to create a new backend environment for an Amplify App",
  CreateBranch: "|,;~~~|Grants permission to create a new Branch for an Amplify App",
  CreateDeployment:
    "|,;~~~|Grants permission to create a deployment for manual deploy apps. (Apps are not connected to repository)",
  CreateDomainAssociation: "|,;~~~|Grants permission to create a new DomainAssociation on an App",
  CreateWebHook: "|,;~~~|Grants permission to create a new webhook on an App",
  DeleteApp: "|,;~~~|Grants permission to delete an existing Amplify App by appId",
  DeleteBackendEnvironment: "|,;~~~|Grants permission to delete a branch for an Amplify App",
  DeleteBranch: "|,;~~~|Grants permission to delete a branch for an Amplify App",
  DeleteDomainAssociation: "|,;~~~|Grants permission to delete a DomainAssociation",
  DeleteJob: "|,;~~~|Grants permission to delete a job, for an Amplify branch, part of Amplify App",
  DeleteWebHook: "|,;~~~|Grants permission to delete a webhook by id",
  DisassociateWebACL: "|,;~|Grants permission to disassociate a WebACL from a Resource",
  GenerateAccessLogs:
    "|,;~~~|Grants permission to generate website access logs for a specific time range via a pre-signed URL",
  GetApp: "|,;~~~|Grants permission to retrieve an existing Amplify App by appId",
  GetArtifactUrl: "|,;~~~|Grants permission to retrieve artifact info that corresponds to a artifactId",
  GetBackendEnvironment: "|,;~~~|Grants permission to retrieve a backend environment for an Amplify App",
  GetBranch: "|,;~~~|Grants permission to retrieve a branch for an Amplify App",
  GetDomainAssociation: "|,;~~~|Grants permission to retrieve domain info that corresponds to an appId and domainName",
  GetJob: "|,;~~~|Grants permission to get a job for a branch, part of an Amplify App",
  GetWebACLForResource: "|,;~|Grants permission to retrieve the WebACL associated with a Resource",
  GetWebHook: "|,;~~~|Grants permission to retrieve webhook info that corresponds to a webhookId",
  ListApps: "|,;~~~|Grants permission to list existing Amplify Apps",
  ListArtifacts: "|,;~~~|Grants permission to list artifacts with an app, a branch, a job and an artifact type",
  ListBackendEnvironments: "|,;~~~|Grants permission to list backend environments for an Amplify App",
  ListBranches: "|,;~~~|Grants permission to list branches for an Amplify App",
  ListDomainAssociations: "|,;~~~|Grants permission to list domains with an app",
  ListJobs: "|,;~~~|Grants permission to list Jobs for a branch, part of an Amplify App",
  ListResourcesForWebACL: "|,;~|Grants permission to list the Resources associated with a WebACL",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an AWS Amplify Console resource",
  ListWebHooks: "|,;~~~|Grants permission to list webhooks on an App",
  StartDeployment:
    "|,;~~~|Grants permission to start a deployment for manual deploy apps. (Apps are not connected to repository)",
  StartJob: "|,;~~~|Grants permission to start a new job for a branch, part of an Amplify App",
  StopJob: "|,;~~~|Grants permission to stop a job that is in progress, for an Amplify branch, part of Amplify App",
  TagResource: "|,;~~~,~~,~~|Grants permission to tag an AWS Amplify Console resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag from an AWS Amplify Console resource",
  UpdateApp: "|,;~~~|Grants permission to update an existing Amplify App",
  UpdateBranch: "|,;~~~|Grants permission to update a branch for an Amplify App",
  UpdateDomainAssociation: "|,;~~~|Grants permission to update a DomainAssociation on an App",
  UpdateWebHook: "|,;~~~|Grants permission to update a webhook",
};
const resourceTypeFacts = {
  /** The apps resource type: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId} */
  apps: "|,|1",
  /** The branches resource type: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}/branches/${BranchName} */
  branches: "|,|1",
  /** The domains resource type: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}/domains/${DomainName} */
  domains: "|,|1",
  /** The jobs resource type: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}/branches/${BranchName}/jobs/${JobId} */
  jobs: "|,|",
  /** The webhooks resource type: arn:${Partition}:amplify:${Region}:${Account}:webhooks/${WebhookId} */
  webhooks: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a apps resource: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}. */
  apps: "|,apps|arn:|Partition|:amplify:|Region|:|Account|:apps/|AppId|",
  /** ARN of a branches resource: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}/branches/${BranchName}. */
  branches: "|,branches|arn:|Partition|:amplify:|Region|:|Account|:apps/|AppId|/branches/|BranchName|",
  /** ARN of a domains resource: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}/domains/${DomainName}. */
  domains: "|,domains|arn:|Partition|:amplify:|Region|:|Account|:apps/|AppId|/domains/|DomainName|",
  /** ARN of a jobs resource: arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}/branches/${BranchName}/jobs/${JobId}. */
  jobs: "|,jobs|arn:|Partition|:amplify:|Region|:|Account|:apps/|AppId|/branches/|BranchName|/jobs/|JobId|",
  /** ARN of a webhooks resource: arn:${Partition}:amplify:${Region}:${Account}:webhooks/${WebhookId}. */
  webhooks: "|,webhooks|arn:|Partition|:amplify:|Region|:|Account|:webhooks/|WebhookId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["apps", "branches", "domains", "jobs", "webhooks"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "amplify">;
/** Any amplify action. */
export type Action = ActionOf<typeof actionFacts, "amplify">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "amplify">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "amplify" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every amplify action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag's key associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in a request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag's key associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in a request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "amplify",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
