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
export const prefix: "license-manager" = "license-manager";
/** The service's name in the reference. */
export const serviceName: "AWS License Manager" = "AWS License Manager";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS License Manager",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awslicensemanager.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "license-manager:ResourceTag/${TagKey}",
] as const;
const dependentActionList = ["license-manager:TagResource"] as const;
const actionFacts = {
  /** Grants permission to accept a grant. Access level: Write. Resources: grant*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_AcceptGrant.html */
  AcceptGrant: "W|||0;1;|||;",
  /** Grants permission to check in license entitlements back to pool. Access level: Write. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CheckInLicense.html */
  CheckInLicense: "W||||||;",
  /** Grants permission to check out license entitlements for borrow use case. Access level: Write. Resources: license*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CheckoutBorrowLicense.html */
  CheckoutBorrowLicense: "W|||1;1;|||;",
  /** Grants permission to check out license entitlements. Access level: Write. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CheckoutLicense.html */
  CheckoutLicense: "W||||||;",
  /** Grants permission to create a new grant for license. Access level: Write. Resources: license*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateGrant.html */
  CreateGrant: "W|||1;1;|0,2|0|;",
  /** Grants permission to create new version of grant. Access level: Write. Resources: grant*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateGrantVersion.html */
  CreateGrantVersion: "W|||0;1;|||;",
  /** Grants permission to create a new license. Access level: Write. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateLicense.html */
  CreateLicense: "W||||0,2|0|;",
  /** Grants permission to create a license asset group. Access level: Write. Resources: license-asset-ruleset*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateLicenseAssetGroup.html */
  CreateLicenseAssetGroup: "W|||3;1;|0,2|0|;",
  /** Grants permission to create a license asset ruleset. Access level: Write. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateLicenseAssetRuleset.html */
  CreateLicenseAssetRuleset: "W||||0,2|0|;",
  /** Grants permission to create a new license configuration. Access level: Write. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateLicenseConfiguration.html */
  CreateLicenseConfiguration: "W||||0,2|0|;",
  /** Grants permission to create a license conversion task for a resource. Access level: Write. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateLicenseConversionTaskForResource.html */
  CreateLicenseConversionTaskForResource: "W||||||;",
  /** Grants permission to create a report generator for supported license manager resources. Access level: Write. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateLicenseManagerReportGenerator.html */
  CreateLicenseManagerReportGenerator: "W||||0,2|0|;",
  /** Grants permission to create new version of license. Access level: Write. Resources: license*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateLicenseVersion.html */
  CreateLicenseVersion: "W|||1;1;|||;",
  /** Grants permission to create a new token for license. Access level: Write. Resources: license*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_CreateToken.html */
  CreateToken: "W|||1;1;|||;",
  /** Grants permission to delete a grant. Access level: Write. Resources: grant*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_DeleteGrant.html */
  DeleteGrant: "W|||0;1;|||;",
  /** Grants permission to delete a license. Access level: Write. Resources: license*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_DeleteLicense.html */
  DeleteLicense: "W|||1;1;|||;",
  /** Grants permission to delete a license asset group. Access level: Write. Resources: license-asset-group*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_DeleteLicenseAssetGroup.html */
  DeleteLicenseAssetGroup: "W|||2;1;|||;",
  /** Grants permission to delete a license asset ruleset. Access level: Write. Resources: license-asset-ruleset*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_DeleteLicenseAssetRuleset.html */
  DeleteLicenseAssetRuleset: "W|||3;1;|||;",
  /** Grants permission to permanently delete a license configuration. Access level: Write. Resources: license-configuration*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_DeleteLicenseConfiguration.html */
  DeleteLicenseConfiguration: "W|||4;1;|||;",
  /** Grants permission to delete a report generator. Access level: Write. Resources: report-generator*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_DeleteLicenseManagerReportGenerator.html */
  DeleteLicenseManagerReportGenerator: "W|||5;1;|||;",
  /** Grants permission to delete token. Access level: Write. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_DeleteToken.html */
  DeleteToken: "W||||||;",
  /** Grants permission to extend consumption period of already checkout license entitlements. Access level: Write. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ExtendLicenseConsumption.html */
  ExtendLicenseConsumption: "W||||||;",
  /** Grants permission to get access token. Access level: Read. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetAccessToken.html */
  GetAccessToken: "R||||||;",
  /** Grants permission to get a grant. Access level: Read. Resources: grant*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetGrant.html */
  GetGrant: "R|||0;1;|||;",
  /** Grants permission to get a license. Access level: Read. Resources: license*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetLicense.html */
  GetLicense: "R|||1;1;|||;",
  /** Grants permission to get a license asset group. Access level: Read. Resources: license-asset-group*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetLicenseAssetGroup.html */
  GetLicenseAssetGroup: "R|||2;1;|||;",
  /** Grants permission to get a license asset ruleset. Access level: Read. Resources: license-asset-ruleset*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetLicenseAssetRuleset.html */
  GetLicenseAssetRuleset: "R|||3;1;|||;",
  /** Grants permission to get a license configuration. Access level: Read. Resources: license-configuration*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetLicenseConfiguration.html */
  GetLicenseConfiguration: "R|||4;1;|||;",
  /** Grants permission to retrieve a license conversion task. Access level: Read. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetLicenseConversionTask.html */
  GetLicenseConversionTask: "R||||||;",
  /** Grants permission to get a report generator. Access level: Read. Resources: report-generator*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetLicenseManagerReportGenerator.html */
  GetLicenseManagerReportGenerator: "R|||5;1;|||;",
  /** Grants permission to get a license usage. Access level: Read. Resources: license*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetLicenseUsage.html */
  GetLicenseUsage: "R|||1;1;|||;",
  /** Grants permission to get service settings. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_GetServiceSettings.html */
  GetServiceSettings: "L||||||;",
  /** Grants permission to list assets for a license asset group. Access level: List. Resources: license-asset-group*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListAssetsForLicenseAssetGroup.html */
  ListAssetsForLicenseAssetGroup: "L|||2;1;|||;",
  /** Grants permission to list associations for a selected license configuration. Access level: List. Resources: license-configuration*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListAssociationsForLicenseConfiguration.html */
  ListAssociationsForLicenseConfiguration: "L|||4;1;|||;",
  /** Grants permission to list distributed grants. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListDistributedGrants.html */
  ListDistributedGrants: "L||||||;",
  /** Grants permission to list the license configuration operations that failed. Access level: List. Resources: license-configuration*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListFailuresForLicenseConfigurationOperations.html */
  ListFailuresForLicenseConfigurationOperations: "L|||4;1;|||;",
  /** Grants permission to list license asset groups. Access level: List. Resources: license-asset-group. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListLicenseAssetGroups.html */
  ListLicenseAssetGroups: "L|||2;0;|||;",
  /** Grants permission to list license asset rulesets. Access level: List. Resources: license-asset-ruleset. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListLicenseAssetRulesets.html */
  ListLicenseAssetRulesets: "L|||3;0;|||;",
  /** Grants permission to list license configurations. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListLicenseConfigurations.html */
  ListLicenseConfigurations: "L||||||;",
  /** Grants permission to list license configurations for organization. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListLicenseConfigurationsForOrganization.html */
  ListLicenseConfigurationsForOrganization: "L||||||;",
  /** Grants permission to list license conversion tasks. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListLicenseConversionTasks.html */
  ListLicenseConversionTasks: "L||||||;",
  /** Grants permission to list report generators. Access level: List. Resources: license-configuration. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListLicenseManagerReportGenerators.html */
  ListLicenseManagerReportGenerators: "L|||4;0;|||;",
  /** Grants permission to list license specifications associated with a selected resource. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListLicenseSpecificationsForResource.html */
  ListLicenseSpecificationsForResource: "L||||||;",
  /** Grants permission to list license versions. Access level: List. Resources: license*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListLicenseVersions.html */
  ListLicenseVersions: "L|||1;1;|||;",
  /** Grants permission to list licenses. Access level: Read. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListLicenses.html */
  ListLicenses: "R||||||;",
  /** Grants permission to list received grants. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListReceivedGrants.html */
  ListReceivedGrants: "L||||||;",
  /** Grants permission to list received grants for organization. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListReceivedGrantsForOrganization.html */
  ListReceivedGrantsForOrganization: "L||||||;",
  /** Grants permission to list received licenses. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListReceivedLicenses.html */
  ListReceivedLicenses: "L||||||;",
  /** Grants permission to list received licenses for organization. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListReceivedLicensesForOrganization.html */
  ListReceivedLicensesForOrganization: "L||||||;",
  /** Grants permission to list resource inventory. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListResourceInventory.html */
  ListResourceInventory: "L||||||;",
  /** Grants permission to list tags for a selected resource. Access level: Read. Resources: grant, license, license-asset-group, license-asset-ruleset, license-configuration, report-generator. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|||;",
  /** Grants permission to list tokens. Access level: List. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListTokens.html */
  ListTokens: "L||||||;",
  /** Grants permission to list usage records for selected license configuration. Access level: List. Resources: license-configuration*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_ListUsageForLicenseConfiguration.html */
  ListUsageForLicenseConfiguration: "L|||4;1;|||;",
  /** Grants permission to reject a grant. Access level: Write. Resources: grant*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_RejectGrant.html */
  RejectGrant: "W|||0;1;|||;",
  /** Grants permission to tag a selected resource. Access level: Tagging. Resources: grant, license, license-asset-group, license-asset-ruleset, license-configuration, report-generator. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|0,2||CreateGrant,CreateLicense,CreateLicenseAssetGroup,CreateLicenseAssetRuleset,CreateLicenseConfiguration,CreateLicenseManagerReportGenerator,;",
  /** Grants permission to untag a selected resource. Access level: Tagging. Resources: grant, license, license-asset-group, license-asset-ruleset, license-configuration, report-generator. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|2||;",
  /** Grants permission to update a license asset group. Access level: Write. Resources: license-asset-group*, license-asset-ruleset*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_UpdateLicenseAssetGroup.html */
  UpdateLicenseAssetGroup: "W|||2;1;,3;1;|||;",
  /** Grants permission to update a license asset ruleset. Access level: Write. Resources: license-asset-ruleset*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_UpdateLicenseAssetRuleset.html */
  UpdateLicenseAssetRuleset: "W|||3;1;|||;",
  /** Grants permission to update an existing license configuration. Access level: Write. Resources: license-configuration*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_UpdateLicenseConfiguration.html */
  UpdateLicenseConfiguration: "W|||4;1;|||;",
  /** Grants permission to update a report generator for supported license manager resources. Access level: Write. Resources: report-generator*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_UpdateLicenseManagerReportGenerator.html */
  UpdateLicenseManagerReportGenerator: "W|||5;1;|||;",
  /** Grants permission to updates license specifications for a selected resource. Access level: Write. Resources: license-configuration*. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_UpdateLicenseSpecificationsForResource.html */
  UpdateLicenseSpecificationsForResource: "W|||4;1;|||;",
  /** Grants permission to updates service settings. Access level: Permissions management. https://docs.aws.amazon.com/license-manager/latest/APIReference/API_UpdateServiceSettings.html */
  UpdateServiceSettings: "P||||||;",
} as const;
const actionDetails = {
  AcceptGrant: "|,;~~~|Grants permission to accept a grant",
  CheckInLicense: "|,;~~~|Grants permission to check in license entitlements back to pool",
  CheckoutBorrowLicense: "|,;~~~|Grants permission to check out license entitlements for borrow use case",
  CheckoutLicense: "|,;~~~|Grants permission to check out license entitlements",
  CreateGrant: "|,;~~~|Grants permission to create a new grant for license",
  CreateGrantVersion: "|,;~~~|Grants permission to create new version of grant",
  CreateLicense: "|,;~~~|Grants permission to create a new license",
  CreateLicenseAssetGroup: "|,;~~~|Grants permission to create a license asset group",
  CreateLicenseAssetRuleset: "|,;~~~|Grants permission to create a license asset ruleset",
  CreateLicenseConfiguration: "|,;~~~|Grants permission to create a new license configuration",
  CreateLicenseConversionTaskForResource: "|,;~~~|Grants permission to create a license conversion task for a resource",
  CreateLicenseManagerReportGenerator:
    "|,;~~~|Grants permission to create a report generator for supported license manager resources",
  CreateLicenseVersion: "|,;~~~|Grants permission to create new version of license",
  CreateToken: "|,;~~~|Grants permission to create a new token for license",
  DeleteGrant: "|,;~~~|Grants permission to delete a grant",
  DeleteLicense: "|,;~~~|Grants permission to delete a license",
  DeleteLicenseAssetGroup: "|,;~~~|Grants permission to delete a license asset group",
  DeleteLicenseAssetRuleset: "|,;~~~|Grants permission to delete a license asset ruleset",
  DeleteLicenseConfiguration: "|,;~~~|Grants permission to permanently delete a license configuration",
  DeleteLicenseManagerReportGenerator: "|,;~~~|Grants permission to delete a report generator",
  DeleteToken: "|,;~~~|Grants permission to delete token",
  ExtendLicenseConsumption:
    "|,;~~~|Grants permission to extend consumption period of already checkout license entitlements",
  GetAccessToken: "|,;~~~|Grants permission to get access token",
  GetGrant: "|,;~~~|Grants permission to get a grant",
  GetLicense: "|,;~~~|Grants permission to get a license",
  GetLicenseAssetGroup: "|,;~~~|Grants permission to get a license asset group",
  GetLicenseAssetRuleset: "|,;~~~|Grants permission to get a license asset ruleset",
  GetLicenseConfiguration: "|,;~~~|Grants permission to get a license configuration",
  GetLicenseConversionTask: "|,;~~~|Grants permission to retrieve a license conversion task",
  GetLicenseManagerReportGenerator: "|,;~~~|Grants permission to get a report generator",
  GetLicenseUsage: "|,;~~~|Grants permission to get a license usage",
  GetServiceSettings: "|,;~~~|Grants permission to get service settings",
  ListAssetsForLicenseAssetGroup: "|,;~~~|Grants permission to list assets for a license asset group",
  ListAssociationsForLicenseConfiguration:
    "|,;~~~|Grants permission to list associations for a selected license configuration",
  ListDistributedGrants: "|,;~~~|Grants permission to list distributed grants",
  ListFailuresForLicenseConfigurationOperations:
    "|,;~~~|Grants permission to list the license configuration operations that failed",
  ListLicenseAssetGroups: "|,;~~~|Grants permission to list license asset groups",
  ListLicenseAssetRulesets: "|,;~~~|Grants permission to list license asset rulesets",
  ListLicenseConfigurations: "|,;~~~|Grants permission to list license configurations",
  ListLicenseConfigurationsForOrganization: "|,;~~~|Grants permission to list license configurations for organization",
  ListLicenseConversionTasks: "|,;~~~|Grants permission to list license conversion tasks",
  ListLicenseManagerReportGenerators: "|,;~~~|Grants permission to list report generators",
  ListLicenseSpecificationsForResource:
    "|,;~~~|Grants permission to list license specifications associated with a selected resource",
  ListLicenseVersions: "|,;~~~|Grants permission to list license versions",
  ListLicenses: "|,;~~~|Grants permission to list licenses",
  ListReceivedGrants: "|,;~~~|Grants permission to list received grants",
  ListReceivedGrantsForOrganization: "|,;~~~|Grants permission to list received grants for organization",
  ListReceivedLicenses: "|,;~~~|Grants permission to list received licenses",
  ListReceivedLicensesForOrganization: "|,;~~~|Grants permission to list received licenses for organization",
  ListResourceInventory: "|,;~~~|Grants permission to list resource inventory",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a selected resource",
  ListTokens: "|,;~~~|Grants permission to list tokens",
  ListUsageForLicenseConfiguration: "|,;~~~|Grants permission to list usage records for selected license configuration",
  RejectGrant: "|,;~~~|Grants permission to reject a grant",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a selected resource",
  UntagResource: "|,;~~~|Grants permission to untag a selected resource",
  UpdateLicenseAssetGroup: "|,;~~~|Grants permission to update a license asset group",
  UpdateLicenseAssetRuleset: "|,;~~~|Grants permission to update a license asset ruleset",
  UpdateLicenseConfiguration: "|,;~~~|Grants permission to update an existing license configuration",
  UpdateLicenseManagerReportGenerator:
    "|,;~~~|Grants permission to update a report generator for supported license manager resources",
  UpdateLicenseSpecificationsForResource:
    "|,;~~~|Grants permission to updates license specifications for a selected resource",
  UpdateServiceSettings: "|,;~~~|Grants permission to updates service settings",
};
const resourceTypeFacts = {
  /** The grant resource type: arn:${Partition}:license-manager::${Account}:grant:${GrantId} */
  grant: "|,|1",
  /** The license resource type: arn:${Partition}:license-manager::${Account}:license:${LicenseId} */
  license: "|,|1",
  /** The license-asset-group resource type: arn:${Partition}:license-manager:${Region}:${Account}:license-asset-group:${LicenseAssetGroupId} */
  "license-asset-group": "|,licenseAssetGroup|1",
  /** The license-asset-ruleset resource type: arn:${Partition}:license-manager:${Region}:${Account}:license-asset-ruleset:${LicenseAssetRulesetId} */
  "license-asset-ruleset": "|,licenseAssetRuleset|1",
  /** The license-configuration resource type: arn:${Partition}:license-manager:${Region}:${Account}:license-configuration:${LicenseConfigurationId} */
  "license-configuration": "|,licenseConfiguration|1,3",
  /** The report-generator resource type: arn:${Partition}:license-manager:${Region}:${Account}:report-generator:${ReportGeneratorId} */
  "report-generator": "|,reportGenerator|1,3",
} as const;
const arnFormats = {
  /** ARN of a grant resource: arn:${Partition}:license-manager::${Account}:grant:${GrantId}. */
  grant: "|,grant|arn:|Partition|:license-manager::|Account|:grant:|GrantId|",
  /** ARN of a license resource: arn:${Partition}:license-manager::${Account}:license:${LicenseId}. */
  license: "|,license|arn:|Partition|:license-manager::|Account|:license:|LicenseId|",
  /** ARN of a license-asset-group resource: arn:${Partition}:license-manager:${Region}:${Account}:license-asset-group:${LicenseAssetGroupId}. */
  licenseAssetGroup:
    "|,license-asset-group|arn:|Partition|:license-manager:|Region|:|Account|:license-asset-group:|LicenseAssetGroupId|",
  /** ARN of a license-asset-ruleset resource: arn:${Partition}:license-manager:${Region}:${Account}:license-asset-ruleset:${LicenseAssetRulesetId}. */
  licenseAssetRuleset:
    "|,license-asset-ruleset|arn:|Partition|:license-manager:|Region|:|Account|:license-asset-ruleset:|LicenseAssetRulesetId|",
  /** ARN of a license-configuration resource: arn:${Partition}:license-manager:${Region}:${Account}:license-configuration:${LicenseConfigurationId}. */
  licenseConfiguration:
    "|,license-configuration|arn:|Partition|:license-manager:|Region|:|Account|:license-configuration:|LicenseConfigurationId|",
  /** ARN of a report-generator resource: arn:${Partition}:license-manager:${Region}:${Account}:report-generator:${ReportGeneratorId}. */
  reportGenerator:
    "|,report-generator|arn:|Partition|:license-manager:|Region|:|Account|:report-generator:|ReportGeneratorId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "grant",
  "license",
  "license-asset-group",
  "license-asset-ruleset",
  "license-configuration",
  "report-generator",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "license-manager">;
/** Any license-manager action. */
export type Action = ActionOf<typeof actionFacts, "license-manager">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "license-manager">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "license-manager" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every license-manager action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `license-manager:ResourceTag/${string}`]: "String";
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
  /** license-manager:ResourceTag/${TagKey} */
  "license-manager:ResourceTag/${TagKey}": `license-manager:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys that are passed in the request",
  "license-manager:ResourceTag/${TagKey}":
    "|,String|0||Filters access by the tag key-value pairs attached to the resource",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "license-manager",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
