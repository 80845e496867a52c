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
export const prefix: "vendor-insights" = "vendor-insights";
/** The service's name in the reference. */
export const serviceName: "AWS Marketplace Vendor Insights" = "AWS Marketplace Vendor Insights";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Marketplace Vendor Insights",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplacevendorinsights.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["vendor-insights:GetDataSource", "vendor-insights:TagResource"] as const;
const actionFacts = {
  /** Grants permission to activate the security profile. Access level: Write. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  ActivateSecurityProfile: "W|||1;1;|1||",
  /** Grants permission to associate security profile with a data source. Access level: Write. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  AssociateDataSource: "W|||1;1;|1|0|",
  /** Grants permission to create a new data source. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  CreateDataSource: "W||||0,1,2|1|",
  /** Grants permission to create a new security profile. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  CreateSecurityProfile: "W||||0,1,2|1|",
  /** Grants permission to deactivate the security profile. Access level: Write. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  DeactivateSecurityProfile: "W|||1;1;|1||",
  /** Grants permission to delete a data source. Access level: Write. Resources: DataSource*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  DeleteDataSource: "W|||0;1;|1||",
  /** Grants permission to disassociate security profile from a data source. Access level: Write. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  DisassociateDataSource: "W|||1;1;|1|0|",
  /** Grants permission to retrieve the details of an existing data source. Access level: Read. Resources: DataSource*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  GetDataSource: "R|||0;1;|1||",
  /** Grants permission to return the details of a security profile snapshot that requester is entitled to read. Access level: Read. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-vendor-insights-controlling-access.html */
  GetEntitledSecurityProfileSnapshot: "R|||1;1;|||",
  /** Grants permission to get the access terms for a vendor insights profile. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-vendor-insights-controlling-access.html */
  GetProfileAccessTerms: "R||||||",
  /** Grants permission to return the details of an existing security profile. Access level: Read. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  GetSecurityProfile: "R|||1;1;|1||",
  /** Grants permission to return the details of a security profile snapshot. Access level: Read. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  GetSecurityProfileSnapshot: "R|||1;1;|1||",
  /** Grants permission to list existing data sources. Access level: List. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  ListDataSources: "L||||||",
  /** Grants permission to return the snapshot summary list for an existing security profile that requester is entitled to list. Access level: List. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-vendor-insights-controlling-access.html */
  ListEntitledSecurityProfileSnapshots: "L|||1;1;|||",
  /** Grants permission to list entitled security profiles. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-vendor-insights-controlling-access.html */
  ListEntitledSecurityProfiles: "L||||||",
  /** Grants permission to return the snapshot summary list for an existing security profile. Access level: List. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  ListSecurityProfileSnapshots: "L|||1;1;|1||",
  /** Grants permission to list existing security profiles. Access level: List. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  ListSecurityProfiles: "L||||||",
  /** Grants permission to list tags for vendor insights resource. Access level: Read. Resources: DataSource, SecurityProfile. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  ListTagsForResource: "R|||0;0;,1;0;|1||",
  /** Grants permission to tag vendor insights resource. Access level: Tagging. Resources: DataSource, SecurityProfile. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  TagResource: "T|||0;0;,1;0;|0,1,2||",
  /** Grants permission to untag vendor insights resource. Access level: Tagging. Resources: DataSource, SecurityProfile. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  UntagResource: "T|||0;0;,1;0;|1,2||",
  /** Grants permission to update an existing data source. Access level: Write. Resources: DataSource*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  UpdateDataSource: "W|||0;1;|1||",
  /** Grants permission to update the security profile. Access level: Write. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  UpdateSecurityProfile: "W|||1;1;|1||",
  /** Grants permission to update the security profile snapshot creation configuration. Access level: Write. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  UpdateSecurityProfileSnapshotCreationConfiguration: "W|||1;1;|1||",
  /** Grants permission to update the security profile snapshot release configuration. Access level: Write. Resources: SecurityProfile*. https://docs.aws.amazon.com/marketplace/latest/userguide/vendor-insights-seller-controlling-access.html */
  UpdateSecurityProfileSnapshotReleaseConfiguration: "W|||1;1;|1||",
} as const;
const actionDetails = {
  ActivateSecurityProfile: "|,;~|Grants permission to activate the security profile",
  AssociateDataSource: "|,;~|Grants permission to associate security profile with a data source",
  CreateDataSource: "|,;~|Grants permission to create a new data source",
  CreateSecurityProfile: "|,;~|Grants permission to create a new security profile",
  DeactivateSecurityProfile: "|,;~|Grants permission to deactivate the security profile",
  DeleteDataSource: "|,;~|Grants permission to delete a data source",
  DisassociateDataSource: "|,;~|Grants permission to disassociate security profile from a data source",
  GetDataSource: "|,;~|Grants permission to retrieve the details of an existing data source",
  GetEntitledSecurityProfileSnapshot:
    "|,;~|Grants permission to return the details of a security profile snapshot that requester is entitled to read",
  GetProfileAccessTerms: "|,;~|Grants permission to get the access terms for a vendor insights profile",
  GetSecurityProfile: "|,;~|Grants permission to return the details of an existing security profile",
  GetSecurityProfileSnapshot: "|,;~|Grants permission to return the details of a security profile snapshot",
  ListDataSources: "|,;~|Grants permission to list existing data sources",
  ListEntitledSecurityProfileSnapshots:
    "|,;~|Grants permission to return the snapshot summary list for an existing security profile that requester is entitled to list",
  ListEntitledSecurityProfiles: "|,;~|Grants permission to list entitled security profiles",
  ListSecurityProfileSnapshots:
    "|,;~|Grants permission to return the snapshot summary list for an existing security profile",
  ListSecurityProfiles: "|,;~|Grants permission to list existing security profiles",
  ListTagsForResource: "|,;~|Grants permission to list tags for vendor insights resource",
  TagResource: "|,;~|Grants permission to tag vendor insights resource",
  UntagResource: "|,;~|Grants permission to untag vendor insights resource",
  UpdateDataSource: "|,;~|Grants permission to update an existing data source",
  UpdateSecurityProfile: "|,;~|Grants permission to update the security profile",
  UpdateSecurityProfileSnapshotCreationConfiguration:
    "|,;~|Grants permission to update the security profile snapshot creation configuration",
  UpdateSecurityProfileSnapshotReleaseConfiguration:
    "|,;~|Grants permission to update the security profile snapshot release configuration",
};
const resourceTypeFacts = {
  /** The DataSource resource type: arn:${Partition}:vendor-insights:::data-source:${ResourceId} */
  DataSource: "|,dataSource|0,1,2",
  /** The SecurityProfile resource type: arn:${Partition}:vendor-insights:::security-profile:${ResourceId} */
  SecurityProfile: "|,securityProfile|0,1,2",
} as const;
const arnFormats = {
  /** ARN of a DataSource resource: arn:${Partition}:vendor-insights:::data-source:${ResourceId}. */
  dataSource: "|,DataSource|arn:|Partition|:vendor-insights:::data-source:|ResourceId|",
  /** ARN of a SecurityProfile resource: arn:${Partition}:vendor-insights:::security-profile:${ResourceId}. */
  securityProfile: "|,SecurityProfile|arn:|Partition|:vendor-insights:::security-profile:|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["DataSource", "SecurityProfile"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "vendor-insights">;
/** Any vendor-insights action. */
export type Action = ActionOf<typeof actionFacts, "vendor-insights">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "vendor-insights">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every vendor-insights action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "vendor-insights",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
