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
export const prefix: "snowball" = "snowball";
/** The service's name in the reference. */
export const serviceName: "AWS Snowball" = "AWS Snowball";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Snowball",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssnowball.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = ["iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to cancel a cluster job. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_CancelCluster.html */
  CancelCluster: "W||||||;",
  /** Grants permission to cancel the specified job. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_CancelJob.html */
  CancelJob: "W||||||;",
  /** Grants permission to create an address for a Snowball to be shipped to. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_CreateAddress.html */
  CreateAddress: "W||||||;",
  /** Grants permission to create an empty cluster. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_CreateCluster.html */
  CreateCluster: "W|||||0|;",
  /** Grants permission to creates a job to import or export data between Amazon S3 and your on-premises data center. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_CreateJob.html */
  CreateJob: "W|||||0|;",
  /** Grants permission to creates a LongTermPricingListEntry for allowing customers to add an upfront billing contract for a job. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_CreateLongTermPricing.html */
  CreateLongTermPricing: "W||||||;",
  /** Grants permission to create a shipping label that will be used to return the Snow device to AWS. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_CreateReturnShippingLabel.html */
  CreateReturnShippingLabel: "W||||||;",
  /** Grants permission to get specific details about that address in the form of an Address object. Access level: Read. https://docs.aws.amazon.com/snowball/latest/api-reference/API_DescribeAddress.html */
  DescribeAddress: "R||||||;",
  /** Grants permission to describe a specified number of ADDRESS objects. Access level: List. https://docs.aws.amazon.com/snowball/latest/api-reference/API_DescribeAddresses.html */
  DescribeAddresses: "L||||||;",
  /** Grants permission to describe information about a specific cluster including shipping information, cluster status, and other important metadata. Access level: Read. https://docs.aws.amazon.com/snowball/latest/api-reference/API_DescribeCluster.html */
  DescribeCluster: "R||||||;",
  /** Grants permission to describe information about a specific job including shipping information, job status, and other important metadata. Access level: Read. https://docs.aws.amazon.com/snowball/latest/api-reference/API_DescribeJob.html */
  DescribeJob: "R||||||;",
  /** Grants permission to describe information on the shipping label of a Snow device that is being returned to AWS. Access level: Read. https://docs.aws.amazon.com/snowball/latest/api-reference/API_DescribeReturnShippingLabel.html */
  DescribeReturnShippingLabel: "R||||||;",
  /** Grants permission to get a link to an Amazon S3 presigned URL for the manifest file associated with the specified JobId value. Access level: Read. https://docs.aws.amazon.com/snowball/latest/api-reference/API_GetJobManifest.html */
  GetJobManifest: "R||||||;",
  /** Grants permission to get the UnlockCode code value for the specified job. Access level: Read. https://docs.aws.amazon.com/snowball/latest/api-reference/API_GetJobUnlockCode.html */
  GetJobUnlockCode: "R||||||;",
  /** Grants permission to get information about the Snowball service limit for your account, and also the number of Snowballs your account has in use. Access level: Read. https://docs.aws.amazon.com/snowball/latest/api-reference/API_GetSnowballUsage.html */
  GetSnowballUsage: "R||||||;",
  /** Grants permission to return an Amazon S3 presigned URL for an update file associated with a specified JobId. Access level: Read. https://docs.aws.amazon.com/snowball/latest/api-reference/API_GetSoftwareUpdates.html */
  GetSoftwareUpdates: "R||||||;",
  /** Grants permission to list JobListEntry objects of the specified length. Access level: List. https://docs.aws.amazon.com/snowball/latest/api-reference/API_ListClusterJobs.html */
  ListClusterJobs: "L||||||;",
  /** Grants permission to list ClusterListEntry objects of the specified length. Access level: List. https://docs.aws.amazon.com/snowball/latest/api-reference/API_ListClusters.html */
  ListClusters: "L||||||;",
  /** Grants permission to return a list of the different Amazon EC2 Amazon Machine Images (AMIs) that are owned by your AWS account that would be supported for use on a Snow device. Access level: List. https://docs.aws.amazon.com/snowball/latest/api-reference/API_ListCompatibleImages.html */
  ListCompatibleImages: "L||||||;",
  /** Grants permission to list JobListEntry objects of the specified length. Access level: List. https://docs.aws.amazon.com/snowball/latest/api-reference/API_ListJobs.html */
  ListJobs: "L||||||;",
  /** Grants permission to list LongTermPricingListEntry objects for the account making the request. Access level: Read. https://docs.aws.amazon.com/snowball/latest/api-reference/API_ListLongTermPricing.html */
  ListLongTermPricing: "R||||||;",
  /** Grants permission to list Address objects where pickup is available, of the specified length. Access level: List. https://docs.aws.amazon.com/snowball/latest/api-reference/API_ListPickupLocations.html */
  ListPickupLocations: "L||||||;",
  /** Grants permission to list all supported versions for Snow on-device services. Access level: List. https://docs.aws.amazon.com/snowball/latest/api-reference/API_ListServiceVersions.html */
  ListServiceVersions: "L||||||;",
  /** Grants permission to update while a cluster's ClusterState value is in the AwaitingQuorum state, you can update some of the information associated with a cluster. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_UpdateCluster.html */
  UpdateCluster: "W||||||;",
  /** Grants permission to update while a job's JobState value is New, you can update some of the information associated with a job. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_UpdateJob.html */
  UpdateJob: "W||||||;",
  /** Grants permission to update the state when a the shipment states changes to a different state. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_UpdateJobShipmentState.html */
  UpdateJobShipmentState: "W||||||;",
  /** Grants permission to update a specific upfront billing contract for a job. Access level: Write. https://docs.aws.amazon.com/snowball/latest/api-reference/API_UpdateLongTermPricing.html */
  UpdateLongTermPricing: "W||||||;",
} as const;
const actionDetails = {
  CancelCluster: "|,;~~~|Grants permission to cancel a cluster job",
  CancelJob: "|,;~~~|Grants permission to cancel the specified job",
  CreateAddress: "|,;~~~|Grants permission to create an address for a Snowball to be shipped to",
  CreateCluster: "|,;~~~|Grants permission to create an empty cluster",
  CreateJob:
    "|,;~~~|Grants permission to creates a job to import or export data between Amazon S3 and your on-premises data center",
  CreateLongTermPricing:
    "|,;~~~|Grants permission to creates a LongTermPricingListEntry for allowing customers to add an upfront billing contract for a job",
  CreateReturnShippingLabel:
    "|,;~~~|Grants permission to create a shipping label that will be used to return the Snow device to AWS",
  DescribeAddress:
    "|,;~~~|Grants permission to get specific details about that address in the form of an Address object",
  DescribeAddresses: "|,;~~~|Grants permission to describe a specified number of ADDRESS objects",
  DescribeCluster:
    "|,;~~~|Grants permission to describe information about a specific cluster including shipping information, cluster status, and other important metadata",
  DescribeJob:
    "|,;~~~|Grants permission to describe information about a specific job including shipping information, job status, and other important metadata",
  DescribeReturnShippingLabel:
    "|,;~~~|Grants permission to describe information on the shipping label of a Snow device that is being returned to AWS",
  GetJobManifest:
    "|,;~~~|Grants permission to get a link to an Amazon S3 presigned URL for the manifest file associated with the specified JobId value",
  GetJobUnlockCode: "|,;~~~|Grants permission to get the UnlockCode code value for the specified job",
  GetSnowballUsage:
    "|,;~~~|Grants permission to get information about the Snowball service limit for your account, and also the number of Snowballs your account has in use",
  GetSoftwareUpdates:
    "|,;~~~|Grants permission to return an Amazon S3 presigned URL for an update file associated with a specified JobId",
  ListClusterJobs: "|,;~~~|Grants permission to list JobListEntry objects of the specified length",
  ListClusters: "|,;~~~|Grants permission to list ClusterListEntry objects of the specified length",
  ListCompatibleImages:
    "|,;~~~|Grants permission to return a list of the different Amazon EC2 Amazon Machine Images (AMIs) that are owned by your AWS account that would be supported for use on a Snow device",
  ListJobs: "|,;~~~|Grants permission to list JobListEntry objects of the specified length",
  ListLongTermPricing:
    "|,;~~~|Grants permission to list LongTermPricingListEntry objects for the account making the request",
  ListPickupLocations:
    "|,;~~~|Grants permission to list Address objects where pickup is available, of the specified length",
  ListServiceVersions: "|,;~~~|Grants permission to list all supported versions for Snow on-device services",
  UpdateCluster:
    "|,;~~~|Grants permission to update while a cluster's ClusterState value is in the AwaitingQuorum state, you can update some of the information associated with a cluster",
  UpdateJob:
    "|,;~~~|Grants permission to update while a job's JobState value is New, you can update some of the information associated with a job",
  UpdateJobShipmentState:
    "|,;~~~|Grants permission to update the state when a the shipment states changes to a different state",
  UpdateLongTermPricing: "|,;~~~|Grants permission to update a specific upfront billing contract for a job",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "snowball">;
/** Any snowball action. */
export type Action = ActionOf<typeof actionFacts, "snowball">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "snowball">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "snowball" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every snowball action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "snowball",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
