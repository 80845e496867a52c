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
export const prefix: "lakeformation" = "lakeformation";
/** The service's name in the reference. */
export const serviceName: "AWS Lake Formation" = "AWS Lake Formation";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Lake Formation",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awslakeformation.html",
  },
];
const conditionKeyList = ["lakeformation:EnabledOnlyForMetaDataAccess"] as const;
const dependentActionList = ["lakeformation:StartQueryPlanning"] as const;
const actionFacts = {
  /** Grants permission to attach Lake Formation tags to catalog resources. Access level: Tagging. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_AddLFTagsToResource.html */
  AddLFTagsToResource: "T||||||",
  /** Grants permission to data lake permissions to one or more principals in a batch. Access level: Permissions management. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_BatchGrantPermissions.html */
  BatchGrantPermissions: "P||||||;",
  /** Grants permission to revoke data lake permissions from one or more principals in a batch. Access level: Permissions management. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_BatchRevokePermissions.html */
  BatchRevokePermissions: "P||||||;",
  /** Grants permission to cancel the given transaction. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_CancelTransaction.html */
  CancelTransaction: "W||||||",
  /** Grants permission to commit the given transaction. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_CommitTransaction.html */
  CommitTransaction: "W||||||",
  /** Grants permission to create a Lake Formation data cell filter. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_CreateDataCellsFilter.html */
  CreateDataCellsFilter: "W||||||;",
  /** Grants permission to create a Lake Formation tag. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_CreateLFTag.html */
  CreateLFTag: "W||||||",
  /** Grants permission to create a Lake Formation tag expression. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_CreateLFTagExpression.html */
  CreateLFTagExpression: "W||||||;",
  /** Grants permission to create an IAM Identity Center connection with Lake Formation to allow IAM Identity Center users and groups to access Data Catalog resources. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_CreateLakeFormationIdentityCenterConfiguration.html */
  CreateLakeFormationIdentityCenterConfiguration: "W||||||;",
  /** Grants permission to enforce Lake Formation permissions for the given databases, tables, and principals. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_CreateLakeFormationOptIn.html */
  CreateLakeFormationOptIn: "W||||||;",
  /** Grants permission to delete a Lake Formation data cell filter. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DeleteDataCellsFilter.html */
  DeleteDataCellsFilter: "W||||||;",
  /** Grants permission to delete a Lake Formation tag. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DeleteLFTag.html */
  DeleteLFTag: "W||||||",
  /** Grants permission to delete a Lake Formation expression. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DeleteLFTagExpression.html */
  DeleteLFTagExpression: "W||||||;",
  /** Grants permission to delete an IAM Identity Center connection with Lake Formation. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DeleteLakeFormationIdentityCenterConfiguration.html */
  DeleteLakeFormationIdentityCenterConfiguration: "W||||||;",
  /** Grants permission to remove the Lake Formation permissions enforcement of the given databases, tables, and principals. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DeleteLakeFormationOptIn.html */
  DeleteLakeFormationOptIn: "W||||||;",
  /** Grants permission to delete the specified objects if the transaction is canceled. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DeleteObjectsOnCancel.html */
  DeleteObjectsOnCancel: "W||||||",
  /** Grants permission to deregister a registered location. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DeregisterResource.html */
  DeregisterResource: "W||||||",
  /** Grants permission to describe the IAM Identity Center connection with Lake Formation. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DescribeLakeFormationIdentityCenterConfiguration.html */
  DescribeLakeFormationIdentityCenterConfiguration: "R||||||;",
  /** Grants permission to describe a registered location. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DescribeResource.html */
  DescribeResource: "R||||||",
  /** Grants permission to get status of the given transaction. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_DescribeTransaction.html */
  DescribeTransaction: "R||||||",
  /** Grants permission to extend the timeout of the given transaction. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_ExtendTransaction.html */
  ExtendTransaction: "W||||||",
  /** Grants permission to virtual data lake access. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/dg/access-control-underlying-data.html */
  GetDataAccess: "W||||0||GetTemporaryDataLocationCredentials",
  /** Grants permission to retrieve a Lake Formation data cell filter. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetDataCellsFilter.html */
  GetDataCellsFilter: "R||||||;",
  /** Grants permission to retrieve the identity of the invoking principal. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetDataLakePrincipal.html */
  GetDataLakePrincipal: "R||||||;",
  /** Grants permission to retrieve data lake settings such as the list of data lake administrators and database and table default permissions. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetDataLakeSettings.html */
  GetDataLakeSettings: "R||||||;",
  /** Grants permission to retrieve permissions attached to resources in the given path. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetEffectivePermissionsForPath.html */
  GetEffectivePermissionsForPath: "R||||||;",
  /** Grants permission to retrieve a Lake Formation tag. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetLFTag.html */
  GetLFTag: "R||||||",
  /** Grants permission to retrieve a Lake Formation tag expression. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetLFTagExpression.html */
  GetLFTagExpression: "R||||||;",
  /** Grants permission to retrieve the state of the given query. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetQueryState.html */
  GetQueryState: "R|||||0|;",
  /** Grants permission to retrieve the statistics for the given query. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetQueryStatistics.html */
  GetQueryStatistics: "R|||||0|;",
  /** Grants permission to retrieve lakeformation tags on a catalog resource. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetResourceLFTags.html */
  GetResourceLFTags: "R||||||",
  /** Grants permission to retrieve objects from a table. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetTableObjects.html */
  GetTableObjects: "R||||||",
  /** Grants permission to get temporary credentials to access Glue partition data through Lake Formation. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetTemporaryGluePartitionCredentials.html */
  GetTemporaryGluePartitionCredentials: "R||||||",
  /** Grants permission to get temporary credentials to access Glue table data through Lake Formation. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetTemporaryGlueTableCredentials.html */
  GetTemporaryGlueTableCredentials: "R||||||",
  /** Grants permission to retrieve the results for the given work units. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetWorkUnitResults.html */
  GetWorkUnitResults: "R|||||lakeformation:GetWorkUnits,0|;",
  /** Grants permission to retrieve the work units for the given query. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GetWorkUnits.html */
  GetWorkUnits: "R|||||0|;",
  /** Grants permission to data lake permissions to a principal. Access level: Permissions management. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GrantPermissions.html */
  GrantPermissions: "P||||||",
  /** Grants permission to list cell filters. Access level: List. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_ListDataCellsFilter.html */
  ListDataCellsFilter: "L||||||;",
  /** Grants permission to list Lake Foramtion tag expressions. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_ListLFTagExpressions.html */
  ListLFTagExpressions: "R||||||;",
  /** Grants permission to list Lake Formation tags. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_ListLFTags.html */
  ListLFTags: "R||||||",
  /** Grants permission to retrieve the current list of resources and principals that are opt in to enforce Lake Formation permissions. Access level: List. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_ListLakeFormationOptIns.html */
  ListLakeFormationOptIns: "L||||||;",
  /** Grants permission to list permissions filtered by principal or resource. Access level: List. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_ListPermissions.html */
  ListPermissions: "L||||||;",
  /** Grants permission to List registered locations. Access level: List. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_ListResources.html */
  ListResources: "L||||||",
  /** Grants permission to list all the storage optimizers for the Governed table. Access level: List. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_ListTableStorageOptimizers.html */
  ListTableStorageOptimizers: "L||||||",
  /** Grants permission to list all transactions in the system. Access level: List. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_ListTransactions.html */
  ListTransactions: "L||||||",
  /** Grants permission to overwrite data lake settings such as the list of data lake administrators and database and table default permissions. Access level: Permissions management. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_PutDataLakeSettings.html */
  PutDataLakeSettings: "P||||||;",
  /** Grants permission to register a new location to be managed by Lake Formation. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_RegisterResource.html */
  RegisterResource: "W||||||",
  /** Grants permission to register a new location to be managed by Lake Formation, with privileged access. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_RegisterResource.html */
  RegisterResourceWithPrivilegedAccess: "W||||||",
  /** Grants permission to remove lakeformation tags from catalog resources. Access level: Tagging. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_RemoveLFTagsFromResource.html */
  RemoveLFTagsFromResource: "T||||||",
  /** Grants permission to revoke data lake permissions from a principal. Access level: Permissions management. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_RevokePermissions.html */
  RevokePermissions: "P||||||",
  /** Grants permission to list catalog databases with Lake Formation tags. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_SearchTablesByLFTags.html */
  SearchDatabasesByLFTags: "R||||||",
  /** Grants permission to list catalog tables with Lake Formation tags. Access level: Read. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_SearchTablesByLFTags.html */
  SearchTablesByLFTags: "R||||||",
  /** Grants permission to initiate the planning of the given query. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_StartQueryPlanning.html */
  StartQueryPlanning: "W||||||;",
  /** Grants permission to start a new transaction. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_StartTransaction.html */
  StartTransaction: "W||||||",
  /** Grants permission to update a Lake Formation data cell filter. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_UpdateDataCellsFilter.html */
  UpdateDataCellsFilter: "W||||||;",
  /** Grants permission to update a Lake Formation tag. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_UpdateLFTag.html */
  UpdateLFTag: "W||||||",
  /** Grants permission to update a Lake Formation expression. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_UpdateLFTagExpression.html */
  UpdateLFTagExpression: "W||||||;",
  /** Grants permission to update the IAM Identity Center connection parameters. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_UpdateLakeFormationIdentityCenterConfiguration.html */
  UpdateLakeFormationIdentityCenterConfiguration: "W||||||;",
  /** Grants permission to update a registered location. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_UpdateResource.html */
  UpdateResource: "W||||||",
  /** Grants permission to add or delete the specified objects to or from a table. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_UpdateTableObjects.html */
  UpdateTableObjects: "W||||||",
  /** Grants permission to update the configuration of the storage optimizer for the Governed table. Access level: Write. https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_UpdateTableStorageOptimizer.html */
  UpdateTableStorageOptimizer: "W||||||",
} as const;
const actionDetails = {
  AddLFTagsToResource: "|,;~|Grants permission to attach Lake Formation tags to catalog resources",
  BatchGrantPermissions: "|,;~~~|Grants permission to data lake permissions to one or more principals in a batch",
  BatchRevokePermissions:
    "|,;~~~|Grants permission to revoke data lake permissions from one or more principals in a batch",
  CancelTransaction: "|,;~|Grants permission to cancel the given transaction",
  CommitTransaction: "|,;~|Grants permission to commit the given transaction",
  CreateDataCellsFilter: "|,;~~~|Grants permission to create a Lake Formation data cell filter",
  CreateLFTag: "|,;~|Grants permission to create a Lake Formation tag",
  CreateLFTagExpression: "|,;~~~|Grants permission to create a Lake Formation tag expression",
  CreateLakeFormationIdentityCenterConfiguration:
    "|,;~~~|Grants permission to create an IAM Identity Center connection with Lake Formation to allow IAM Identity Center users and groups to access Data Catalog resources",
  CreateLakeFormationOptIn:
    "|,;~~~|Grants permission to enforce Lake Formation permissions for the given databases, tables, and principals",
  DeleteDataCellsFilter: "|,;~~~|Grants permission to delete a Lake Formation data cell filter",
  DeleteLFTag: "|,;~|Grants permission to delete a Lake Formation tag",
  DeleteLFTagExpression: "|,;~~~|Grants permission to delete a Lake Formation expression",
  DeleteLakeFormationIdentityCenterConfiguration:
    "|,;~~~|Grants permission to delete an IAM Identity Center connection with Lake Formation",
  DeleteLakeFormationOptIn:
    "|,;~~~|Grants permission to remove the Lake Formation permissions enforcement of the given databases, tables, and principals",
  DeleteObjectsOnCancel: "|,;~|Grants permission to delete the specified objects if the transaction is canceled",
  DeregisterResource: "|,;~|Grants permission to deregister a registered location",
  DescribeLakeFormationIdentityCenterConfiguration:
    "|,;~~~|Grants permission to describe the IAM Identity Center connection with Lake Formation",
  DescribeResource: "|,;~|Grants permission to describe a registered location",
  DescribeTransaction: "|,;~|Grants permission to get status of the given transaction",
  ExtendTransaction: "|,;~|Grants permission to extend the timeout of the given transaction",
  GetDataAccess: "|,;~~~|Grants permission to virtual data lake access",
  GetDataCellsFilter: "|,;~~~|Grants permission to retrieve a Lake Formation data cell filter",
  GetDataLakePrincipal: "|,;~~~|Grants permission to retrieve the identity of the invoking principal",
  GetDataLakeSettings:
    "|,;~~~|Grants permission to retrieve data lake settings such as the list of data lake administrators and database and table default permissions",
  GetEffectivePermissionsForPath:
    "|,;~~~|Grants permission to retrieve permissions attached to resources in the given path",
  GetLFTag: "|,;~|Grants permission to retrieve a Lake Formation tag",
  GetLFTagExpression: "|,;~~~|Grants permission to retrieve a Lake Formation tag expression",
  GetQueryState: "|,;~~~|Grants permission to retrieve the state of the given query",
  GetQueryStatistics: "|,;~~~|Grants permission to retrieve the statistics for the given query",
  GetResourceLFTags: "|,;~|Grants permission to retrieve lakeformation tags on a catalog resource",
  GetTableObjects: "|,;~|Grants permission to retrieve objects from a table",
  GetTemporaryGluePartitionCredentials:
    "|,;~|Grants permission to get temporary credentials to access Glue partition data through Lake Formation",
  GetTemporaryGlueTableCredentials:
    "|,;~|Grants permission to get temporary credentials to access Glue table data through Lake Formation",
  GetWorkUnitResults: "|,;~~~|Grants permission to retrieve the results for the given work units",
  GetWorkUnits: "|,;~~~|Grants permission to retrieve the work units for the given query",
  GrantPermissions: "|,;~|Grants permission to data lake permissions to a principal",
  ListDataCellsFilter: "|,;~~~|Grants permission to list cell filters",
  ListLFTagExpressions: "|,;~~~|Grants permission to list Lake Foramtion tag expressions",
  ListLFTags: "|,;~|Grants permission to list Lake Formation tags",
  ListLakeFormationOptIns:
    "|,;~~~|Grants permission to retrieve the current list of resources and principals that are opt in to enforce Lake Formation permissions",
  ListPermissions: "|,;~~~|Grants permission to list permissions filtered by principal or resource",
  ListResources: "|,;~|Grants permission to List registered locations",
  ListTableStorageOptimizers: "|,;~|Grants permission to list all the storage optimizers for the Governed table",
  ListTransactions: "|,;~|Grants permission to list all transactions in the system",
  PutDataLakeSettings:
    "|,;~~~|Grants permission to overwrite data lake settings such as the list of data lake administrators and database and table default permissions",
  RegisterResource: "|,;~|Grants permission to register a new location to be managed by Lake Formation",
  RegisterResourceWithPrivilegedAccess:
    "|,;~|Grants permission to register a new location to be managed by Lake Formation, with privileged access",
  RemoveLFTagsFromResource: "|,;~|Grants permission to remove lakeformation tags from catalog resources",
  RevokePermissions: "|,;~|Grants permission to revoke data lake permissions from a principal",
  SearchDatabasesByLFTags: "|,;~|Grants permission to list catalog databases with Lake Formation tags",
  SearchTablesByLFTags: "|,;~|Grants permission to list catalog tables with Lake Formation tags",
  StartQueryPlanning: "|,;~~~|Grants permission to initiate the planning of the given query",
  StartTransaction: "|,;~|Grants permission to start a new transaction",
  UpdateDataCellsFilter: "|,;~~~|Grants permission to update a Lake Formation data cell filter",
  UpdateLFTag: "|,;~|Grants permission to update a Lake Formation tag",
  UpdateLFTagExpression: "|,;~~~|Grants permission to update a Lake Formation expression",
  UpdateLakeFormationIdentityCenterConfiguration:
    "|,;~~~|Grants permission to update the IAM Identity Center connection parameters",
  UpdateResource: "|,;~|Grants permission to update a registered location",
  UpdateTableObjects: "|,;~|Grants permission to add or delete the specified objects to or from a table",
  UpdateTableStorageOptimizer:
    "|,;~|Grants permission to update the configuration of the storage optimizer for the Governed table",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "lakeformation">;
/** Any lakeformation action. */
export type Action = ActionOf<typeof actionFacts, "lakeformation">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "lakeformation">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "lakeformation" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every lakeformation action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of the key configured for role's identity-based policy. */
  "lakeformation:EnabledOnlyForMetaDataAccess": "Bool";
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
  "lakeformation:EnabledOnlyForMetaDataAccess":
    "|,Bool|0||Filters access by the presence of the key configured for role's identity-based policy",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "lakeformation",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
