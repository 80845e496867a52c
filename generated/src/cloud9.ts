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
export const prefix: "cloud9" = "cloud9";
/** The service's name in the reference. */
export const serviceName: "AWS Cloud9" = "AWS Cloud9";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS Cloud9", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloud9.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "cloud9:EnvironmentId",
  "cloud9:EnvironmentName",
  "cloud9:InstanceType",
  "cloud9:OwnerArn",
  "cloud9:Permissions",
  "cloud9:SubnetId",
  "cloud9:UserArn",
] as const;
const dependentActionList = ["iam:CreateServiceLinkedRole"] as const;
const actionFacts = {
  /** Grants permission to start the Amazon EC2 instance that your AWS Cloud9 IDE connects to. Access level: Write. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  ActivateEC2Remote: "W||1|0;1;|||",
  /** Grants permission to create an AWS Cloud9 development environment, launches an Amazon Elastic Compute Cloud (Amazon EC2) instance, and then hosts the environment on the instance. Access level: Write. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_CreateEnvironmentEC2.html */
  CreateEnvironmentEC2: "W||||0,2,4,5,6,8,9|cloud9:TagResource,ec2:DescribeSubnets,ec2:DescribeVpcs,0|;",
  /** Grants permission to add an environment member to an AWS Cloud9 development environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_CreateEnvironmentMembership.html */
  CreateEnvironmentMembership: "W|||0;1;|3,7,9||;",
  /** Grants permission to create an AWS Cloud9 SSH development environment. Access level: Write. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  CreateEnvironmentSSH: "W||1||0,2,4,6||",
  /** Grants permission to create an authentication token that allows a connection between the AWS Cloud9 IDE and the user's environment. Access level: Read. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  CreateEnvironmentToken: "R||1|0;1;|||",
  /** Grants permission to delete an AWS Cloud9 development environment. If the environment is hosted on an Amazon Elastic Compute Cloud (Amazon EC2) instance, also terminates the instance. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_DeleteEnvironment.html */
  DeleteEnvironment: "W|||0;1;||0|;",
  /** Grants permission to delete an environment member from an AWS Cloud9 development environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_DeleteEnvironmentMembership.html */
  DeleteEnvironmentMembership: "W|||0;1;|3,9||;",
  /** Grants permission to get details about the connection to the EC2 development environment, including host, user, and port. Access level: Read. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  DescribeEC2Remote: "R||1|0;1;|||",
  /** Grants permission to get information about environment members for an AWS Cloud9 development environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_DescribeEnvironmentMemberships.html */
  DescribeEnvironmentMemberships: "R|||0;1;|3,9||;",
  /** Grants permission to get status information for an AWS Cloud9 development environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_DescribeEnvironmentStatus.html */
  DescribeEnvironmentStatus: "R|||0;1;|||;",
  /** Grants permission to get information about AWS Cloud9 development environments. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_DescribeEnvironments.html */
  DescribeEnvironments: "R|||0;1;|||;",
  /** Grants permission to get details about the connection to the SSH development environment, including host, user, and port. Access level: Read. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  DescribeSSHRemote: "R||1|0;1;|||",
  /** Grants permission to get configuration information that's used to initialize the AWS Cloud9 IDE. Access level: Read. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  GetEnvironmentConfig: "R||1|0;1;|||",
  /** Grants permission to get the AWS Cloud9 IDE settings for a specified development environment. Access level: Read. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  GetEnvironmentSettings: "R||1|0;1;|||",
  /** Grants permission to get the AWS Cloud9 IDE settings for a specified environment member. Access level: Read. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  GetMembershipSettings: "R||1|0;1;|||",
  /** Grants permission to get the migration experience for a cloud9 user. Access level: Read. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  GetMigrationExperiences: "R||1||||",
  /** Grants permission to get the user's public SSH key, which is used by AWS Cloud9 to connect to SSH development environments. Access level: Read. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  GetUserPublicKey: "R||1||9||",
  /** Grants permission to get the AWS Cloud9 IDE settings for a specified user. Access level: Read. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  GetUserSettings: "R||1||||",
  /** Grants permission to get a list of AWS Cloud9 development environment identifiers. Access level: Read. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_ListEnvironments.html */
  ListEnvironments: "R||||||;",
  /** Grants permission to list tags for a cloud9 environment. Access level: Read. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;1;|||;",
  /** Grants permission to set AWS managed temporary credentials on the Amazon EC2 instance that's used by the AWS Cloud9 integrated development environment (IDE). Access level: Write. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  ModifyTemporaryCredentialsOnEnvironmentEC2: "W||1|0;1;|||",
  /** Grants permission to add tags to a cloud9 environment. Access level: Tagging. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;1;|0,2||CreateEnvironmentEC2,;",
  /** Grants permission to remove tags from a cloud9 environment. Access level: Tagging. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;1;|2||;",
  /** Grants permission to change the settings of an existing AWS Cloud9 development environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_UpdateEnvironment.html */
  UpdateEnvironment: "W|||0;1;|||;",
  /** Grants permission to change the settings of an existing environment member for an AWS Cloud9 development environment. Access level: Write. Resources: environment*. https://docs.aws.amazon.com/cloud9/latest/APIReference/API_UpdateEnvironmentMembership.html */
  UpdateEnvironmentMembership: "W|||0;1;|3,7,9||;",
  /** Grants permission to update the AWS Cloud9 IDE settings for a specified development environment. Access level: Write. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  UpdateEnvironmentSettings: "W||1|0;1;|||",
  /** Grants permission to update the AWS Cloud9 IDE settings for a specified environment member. Access level: Write. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  UpdateMembershipSettings: "W||1|0;1;|||",
  /** Grants permission to update details about the connection to the SSH development environment, including host, user, and port. Access level: Write. Resources: environment*. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  UpdateSSHRemote: "W||1|0;1;|||",
  /** Grants permission to update IDE-specific settings of an AWS Cloud9 user. Access level: Write. Permission only. https://docs.aws.amazon.com/cloud9/latest/user-guide/security-iam.html#auth-and-access-control-ref-matrix */
  UpdateUserSettings: "W||1||||",
} as const;
const actionDetails = {
  ActivateEC2Remote: "|,;~|Grants permission to start the Amazon EC2 instance that your AWS Cloud9 IDE connects to",
  CreateEnvironmentEC2:
    "|,;~~~|Grants permission to create an AWS Cloud9 development environment, launches an Amazon Elastic Compute Cloud (Amazon EC2) instance, and then hosts the environment on the instance",
  CreateEnvironmentMembership:
    "|,;~~~|Grants permission to add an environment member to an AWS Cloud9 development environment",
  CreateEnvironmentSSH: "|,;~|Grants permission to create an AWS Cloud9 SSH development environment",
  CreateEnvironmentToken:
    "|,;~|Grants permission to create an authentication token that allows a connection between the AWS Cloud9 IDE and the user's environment",
  DeleteEnvironment:
    "|,;~~~|Grants permission to delete an AWS Cloud9 development environment. If the environment is hosted on an Amazon Elastic Compute Cloud (Amazon EC2) instance, also terminates the instance",
  DeleteEnvironmentMembership:
    "|,;~~~|Grants permission to delete an environment member from an AWS Cloud9 development environment",
  DescribeEC2Remote:
    "|,;~|Grants permission to get details about the connection to the EC2 development environment, including host, user, and port",
  DescribeEnvironmentMemberships:
    "|,;~~~|Grants permission to get information about environment members for an AWS Cloud9 development environment",
  DescribeEnvironmentStatus:
    "|,;~~~|Grants permission to get status information for an AWS Cloud9 development environment",
  DescribeEnvironments: "|,;~~~|Grants permission to get information about AWS Cloud9 development environments",
  DescribeSSHRemote:
    "|,;~|Grants permission to get details about the connection to the SSH development environment, including host, user, and port",
  GetEnvironmentConfig:
    "|,;~|Grants permission to get configuration information that's used to initialize the AWS Cloud9 IDE",
  GetEnvironmentSettings:
    "|,;~|Grants permission to get the AWS Cloud9 IDE settings for a specified development environment",
  GetMembershipSettings: "|,;~|Grants permission to get the AWS Cloud9 IDE settings for a specified environment member",
  GetMigrationExperiences: "|,;~|Grants permission to get the migration experience for a cloud9 user",
  GetUserPublicKey:
    "|,;~|Grants permission to get the user's public SSH key, which is used by AWS Cloud9 to connect to SSH development environments",
  GetUserSettings: "|,;~|Grants permission to get the AWS Cloud9 IDE settings for a specified user",
  ListEnvironments: "|,;~~~|Grants permission to get a list of AWS Cloud9 development environment identifiers",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a cloud9 environment",
  ModifyTemporaryCredentialsOnEnvironmentEC2:
    "|,;~|Grants permission to set AWS managed temporary credentials on the Amazon EC2 instance that's used by the AWS Cloud9 integrated development environment (IDE)",
  TagResource: "|,;~~~,~~|Grants permission to add tags to a cloud9 environment",
  UntagResource: "|,;~~~|Grants permission to remove tags from a cloud9 environment",
  UpdateEnvironment:
    "|,;~~~|Grants permission to change the settings of an existing AWS Cloud9 development environment",
  UpdateEnvironmentMembership:
    "|,;~~~|Grants permission to change the settings of an existing environment member for an AWS Cloud9 development environment",
  UpdateEnvironmentSettings:
    "|,;~|Grants permission to update the AWS Cloud9 IDE settings for a specified development environment",
  UpdateMembershipSettings:
    "|,;~|Grants permission to update the AWS Cloud9 IDE settings for a specified environment member",
  UpdateSSHRemote:
    "|,;~|Grants permission to update details about the connection to the SSH development environment, including host, user, and port",
  UpdateUserSettings: "|,;~|Grants permission to update IDE-specific settings of an AWS Cloud9 user",
};
const resourceTypeFacts = {
  /** The environment resource type: arn:${Partition}:cloud9:${Region}:${Account}:environment:${ResourceId} */
  environment: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a environment resource: arn:${Partition}:cloud9:${Region}:${Account}:environment:${ResourceId}. */
  environment: "|,environment|arn:|Partition|:cloud9:|Region|:|Account|:environment:|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["environment"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cloud9">;
/** Any cloud9 action. */
export type Action = ActionOf<typeof actionFacts, "cloud9">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cloud9">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cloud9" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cloud9 action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the AWS Cloud9 environment ID. */
  "cloud9:EnvironmentId": "String";
  /** Filters access by the AWS Cloud9 environment name. */
  "cloud9:EnvironmentName": "String";
  /** Filters access by the instance type of the AWS Cloud9 environment's Amazon EC2 instance. */
  "cloud9:InstanceType": "String";
  /** Filters access by the owner ARN specified. */
  "cloud9:OwnerArn": "ARN";
  /** Filters access by the type of AWS Cloud9 permissions. */
  "cloud9:Permissions": "String";
  /** Filters access by the subnet ID that the AWS Cloud9 environment will be created in. */
  "cloud9:SubnetId": "String";
  /** Filters access by the user ARN specified. */
  "cloud9:UserArn": "ARN";
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
  "cloud9:EnvironmentId": "|,String|0||Filters access by the AWS Cloud9 environment ID",
  "cloud9:EnvironmentName": "|,String|0||Filters access by the AWS Cloud9 environment name",
  "cloud9:InstanceType":
    "|,String|0||Filters access by the instance type of the AWS Cloud9 environment's Amazon EC2 instance",
  "cloud9:OwnerArn": "|,ARN|0||Filters access by the owner ARN specified",
  "cloud9:Permissions": "|,String|0||Filters access by the type of AWS Cloud9 permissions",
  "cloud9:SubnetId": "|,String|0||Filters access by the subnet ID that the AWS Cloud9 environment will be created in",
  "cloud9:UserArn": "|,ARN|0||Filters access by the user ARN specified",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cloud9",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
