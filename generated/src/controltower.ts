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
export const prefix: "controltower" = "controltower";
/** The service's name in the reference. */
export const serviceName: "AWS Control Tower" = "AWS Control Tower";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Control Tower",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscontroltower.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "controltower:GetLandingZoneStatus",
  "controltower:ManageOrganizationalUnit",
  "controltower:SetupLandingZone",
  "controltower:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to create a landing zone. Access level: Write. https://docs.aws.amazon.com/controltower/latest/APIReference/API_CreateLandingZone.html */
  CreateLandingZone: "W||||0,2|controltower:PerformPreLaunchChecks,2,3|;",
  /** Grants permission to create an account managed by AWS Control Tower. Access level: Write. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/account-factory.html */
  CreateManagedAccount: "W||1||||",
  /** Grants permission to delete AWS Control Tower landing zone. Access level: Write. Resources: LandingZone*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_DeleteLandingZone.html */
  DeleteLandingZone: "W|||3;1;|||;",
  /** Grants permission to deregister an account created through the account factory from AWS Control Tower. Access level: Write. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/account-factory.html */
  DeregisterManagedAccount: "W||1||||",
  /** Grants permission to deregister an organizational unit from AWS Control Tower management. Access level: Write. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/organizations.html */
  DeregisterOrganizationalUnit: "W||1||||DisableBaseline",
  /** Grants permission to describe the current account factory configuration. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/account-factory.html */
  DescribeAccountFactoryConfig: "R||1||||",
  /** Grants permission to describe resources managed by core accounts in AWS Control Tower. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/how-control-tower-works.html#what-shared */
  DescribeCoreService: "R||1||||",
  /** Grants permission to describe a guardrail. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/controls.html */
  DescribeGuardrail: "R||1||||",
  /** Grants permission to describe a guardrail for a organizational unit. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/controls.html */
  DescribeGuardrailForTarget: "R||1||||GetEnabledControl",
  /** Grants permission to describe the current Landing Zone configuration. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/step-two.html */
  DescribeLandingZoneConfiguration: "R||1||||GetLandingZone",
  /** Grants permission to describe an account created through account factory. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/account-factory.html */
  DescribeManagedAccount: "R||1||||GetEnabledBaseline",
  /** Grants permission to describe an AWS Organizations organizational unit managed by AWS Control Tower. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/organizations.html */
  DescribeManagedOrganizationalUnit: "R||1||||GetEnabledBaseline",
  /** Grants permission to describe a Register Organizational Unit Operation. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/about-extending-governance.html */
  DescribeRegisterOrganizationalUnitOperation: "R||1||||GetBaselineOperation",
  /** Grants permission to describe the current AWS Control Tower IAM Identity Center configuration. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/sso.html */
  DescribeSingleSignOn: "R||1||||",
  /** Grants permission to disable a Baseline on a target. Access level: Write. Resources: EnabledBaseline*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_DisableBaseline.html */
  DisableBaseline: "W|||1;1;||controltower:DeregisterOrganizationalUnit|;",
  /** Grants permission to remove a control from an organizational unit. Access level: Write. Resources: EnabledControl*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_DisableControl.html */
  DisableControl: "W|||2;1;||controltower:DisableGuardrail|;",
  /** Grants permission to disable a guardrail from an organizational unit. Access level: Write. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/enable-controls-on-ou.html */
  DisableGuardrail: "W||1||||DisableControl",
  /** Grants permission to enable a Baseline on a target. Access level: Write. https://docs.aws.amazon.com/controltower/latest/APIReference/API_EnableBaseline.html */
  EnableBaseline: "W||||0,2|1,3|;",
  /** Grants permission to activate a control for an organizational unit. Access level: Write. Resources: EnabledControl. https://docs.aws.amazon.com/controltower/latest/APIReference/API_EnableControl.html */
  EnableControl: "W|||2;0;|0,2|controltower:EnableGuardrail,3|;",
  /** Grants permission to enable a guardrail to an organizational unit. Access level: Write. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/enable-controls-on-ou.html */
  EnableGuardrail: "W||1||||EnableControl",
  /** Grants permission to describe an account email and validate that it exists. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/accounts.html */
  GetAccountInfo: "R||1||||",
  /** Grants permission to list available updates for the current AWS Control Tower deployment. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/configuration-updates.html */
  GetAvailableUpdates: "R||1||||GetLandingZone",
  /** Grants permission to get Baseline details. Access level: Read. Resources: Baseline*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_GetBaseline.html */
  GetBaseline: "R|||0;1;|||;",
  /** Grants permission to get the current status of a particular Baseline operation. Access level: Read. https://docs.aws.amazon.com/controltower/latest/APIReference/API_GetBaselineOperation.html */
  GetBaselineOperation: "R|||||controltower:DescribeRegisterOrganizationalUnitOperation|;",
  /** Grants permission to get the current status of a particular EnabledControl or DisableControl operation. Access level: Read. https://docs.aws.amazon.com/controltower/latest/APIReference/API_GetControlOperation.html */
  GetControlOperation: "R||||||;",
  /** Grants permission to get an enabled Baseline. Access level: Read. Resources: EnabledBaseline*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_GetEnabledBaseline.html */
  GetEnabledBaseline: "R|||1;1;||controltower:DescribeManagedAccount,controltower:DescribeManagedOrganizationalUnit|;",
  /** Grants permission to get an enabled control from an organizational unit. Access level: Read. Resources: EnabledControl*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_GetEnabledControl.html */
  GetEnabledControl: "R|||2;1;||controltower:DescribeGuardrailForTarget|;",
  /** Grants permission to get the current compliance status of a guardrail. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/controls.html */
  GetGuardrailComplianceStatus: "R||1||||",
  /** Grants permission to get the home region of the AWS Control Tower setup. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/how-control-tower-works.html#region-how */
  GetHomeRegion: "R||1||||ListLandingZones",
  /** Grants permission to get the current status of the landing zone setup. Access level: Read. Resources: LandingZone*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_GetLandingZone.html */
  GetLandingZone:
    "R|||3;1;||controltower:DescribeLandingZoneConfiguration,controltower:GetAvailableUpdates,controltower:GetLandingZoneDriftStatus,0|;",
  /** Grants permission to get the current landing zone drift status. Access level: Read. https://docs.aws.amazon.com/controltower/latest/userguide/drift.html */
  GetLandingZoneDriftStatus: "R||||||GetLandingZone",
  /** Grants permission to get the current status of a particular landing zone operation. Access level: Read. https://docs.aws.amazon.com/controltower/latest/APIReference/API_GetLandingZoneOperation.html */
  GetLandingZoneOperation: "R|||||0|;",
  /** Grants permission to get the current status of the landing zone setup. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/getting-started-with-control-tower.html#step-two */
  GetLandingZoneStatus: "R||1||||GetLandingZone,GetLandingZoneOperation,ListLandingZoneOperations",
  /** Grants permission to list Baselines. Access level: List. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ListBaselines.html */
  ListBaselines: "L||||||;",
  /** Grants permission to list all control operations. Access level: List. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ListControlOperations.html */
  ListControlOperations: "L||||||;",
  /** Grants permission to list the current directory groups available through IAM Identity Center. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/sso.html */
  ListDirectoryGroups: "L||1||||",
  /** Grants permission to list occurrences of drift in AWS Control Tower. Access level: Read. https://docs.aws.amazon.com/controltower/latest/userguide/drift.html */
  ListDriftDetails: "R||||||",
  /** Grants permission to list enabled Baselines. Access level: List. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ListEnabledBaselines.html */
  ListEnabledBaselines: "L|||||controltower:ListManagedAccounts,controltower:ListManagedOrganizationalUnits|;",
  /** Grants permission to list all enabled controls in a specified organizational unit. Access level: List. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ListEnabledControls.html */
  ListEnabledControls: "L|||||controltower:ListGuardrailsForTarget|;",
  /** Grants permission to list currently enabled guardrails. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/controls.html */
  ListEnabledGuardrails: "L||1||||",
  /** Grants permission to list Precheck details for an Organizational Unit. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/about-extending-governance.html */
  ListExtendGovernancePrecheckDetails: "L||1||||",
  /** Grants permission to list the compliance of external AWS Config rules. Access level: Read. https://docs.aws.amazon.com/controltower/latest/userguide/review-compliance.html */
  ListExternalConfigRuleCompliance: "R||||||",
  /** Grants permission to list existing guardrail violations. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/controls.html */
  ListGuardrailViolations: "L||1||||",
  /** Grants permission to list all available guardrails. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/controls.html */
  ListGuardrails: "L||1||||",
  /** Grants permission to list guardrails and their current state for a organizational unit. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/controls.html */
  ListGuardrailsForTarget: "L||1||||ListEnabledControls",
  /** Grants permission to list all landing zone operations. Access level: List. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ListLandingZoneOperations.html */
  ListLandingZoneOperations: "L|||||0|;",
  /** Grants permission to list all landing zones. Access level: List. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ListLandingZones.html */
  ListLandingZones: "L|||||controltower:GetHomeRegion|;",
  /** Grants permission to list accounts managed through AWS Control Tower. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/account-factory.html */
  ListManagedAccounts: "L||1||||ListEnabledBaselines",
  /** Grants permission to list managed accounts with a specified guardrail applied. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/account-factory.html */
  ListManagedAccountsForGuardrail: "L||1||||",
  /** Grants permission to list managed accounts under an organizational unit. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/account-factory.html */
  ListManagedAccountsForParent: "L||1||||",
  /** Grants permission to list organizational units managed by AWS Control Tower. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/organizations.html */
  ListManagedOrganizationalUnits: "L||1||||ListEnabledBaselines",
  /** Grants permission to list managed organizational units that have a specified guardrail applied. Access level: List. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/organizations.html */
  ListManagedOrganizationalUnitsForGuardrail: "L||1||||",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: EnabledBaseline, EnabledControl, LandingZone. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||1;0;,2;0;,3;0;|||;",
  /** Grants permission to set up an organizational unit to be managed by AWS Control Tower. Access level: Write. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/organizations.html */
  ManageOrganizationalUnit: "W||1||||EnableBaseline,ResetEnabledBaseline,UpdateEnabledBaseline",
  /** Grants permission to perform validations in an account. Access level: Read. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/getting-started-prereqs.html */
  PerformPreLaunchChecks: "R||1||||CreateLandingZone",
  /** Grants permission to reset an enabled Baseline. Access level: Write. Resources: EnabledBaseline*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ResetEnabledBaseline.html */
  ResetEnabledBaseline: "W|||1;1;||1|;",
  /** Grants permission to reset an enabled control for an organizational unit. Access level: Write. Resources: EnabledControl*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ResetEnabledControl.html */
  ResetEnabledControl: "W|||2;1;|||;",
  /** Grants permission to reset a landing zone. Access level: Write. Resources: LandingZone*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_ResetLandingZone.html */
  ResetLandingZone: "W|||3;1;||2|;",
  /** Grants permission to set up or update AWS Control Tower landing zone. Access level: Write. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/getting-started-with-control-tower.html#step-two */
  SetupLandingZone: "W||1||||CreateLandingZone,ResetLandingZone,UpdateLandingZone",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: EnabledBaseline, EnabledControl, LandingZone. https://docs.aws.amazon.com/controltower/latest/APIReference/API_TagResource.html */
  TagResource: "T|||1;0;,2;0;,3;0;|0,2||CreateLandingZone,EnableBaseline,EnableControl,;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: EnabledBaseline, EnabledControl, LandingZone. https://docs.aws.amazon.com/controltower/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||1;0;,2;0;,3;0;|2||;",
  /** Grants permission to update the account factory configuration. Access level: Write. Permission only. https://docs.aws.amazon.com/controltower/latest/userguide/account-factory.html */
  UpdateAccountFactoryConfig: "W||1||||",
  /** Grants permission to update an enabled Baseline. Access level: Write. Resources: EnabledBaseline*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_UpdateEnabledBaseline.html */
  UpdateEnabledBaseline: "W|||1;1;||1|;",
  /** Grants permission to update an enabled control for an organizational unit. Access level: Write. Resources: EnabledControl*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_UpdateEnabledControl.html */
  UpdateEnabledControl: "W|||2;1;|||;",
  /** Grants permission to update a landing zone. Access level: Write. Resources: LandingZone*. https://docs.aws.amazon.com/controltower/latest/APIReference/API_UpdateLandingZone.html */
  UpdateLandingZone: "W|||3;1;||2|;",
} as const;
const actionDetails = {
  CreateLandingZone: "|,;~~~|Grants permission to create a landing zone",
  CreateManagedAccount: "|,;~|Grants permission to create an account managed by AWS Control Tower",
  DeleteLandingZone: "|,;~~~|Grants permission to delete AWS Control Tower landing zone",
  DeregisterManagedAccount:
    "|,;~|Grants permission to deregister an account created through the account factory from AWS Control Tower",
  DeregisterOrganizationalUnit:
    "|,;~~~|Grants permission to deregister an organizational unit from AWS Control Tower management",
  DescribeAccountFactoryConfig: "|,;~|Grants permission to describe the current account factory configuration",
  DescribeCoreService: "|,;~|Grants permission to describe resources managed by core accounts in AWS Control Tower",
  DescribeGuardrail: "|,;~|Grants permission to describe a guardrail",
  DescribeGuardrailForTarget: "|,;~~~|Grants permission to describe a guardrail for a organizational unit",
  DescribeLandingZoneConfiguration: "|,;~~~|Grants permission to describe the current Landing Zone configuration",
  DescribeManagedAccount: "|,;~~~|Grants permission to describe an account created through account factory",
  DescribeManagedOrganizationalUnit:
    "|,;~~~|Grants permission to describe an AWS Organizations organizational unit managed by AWS Control Tower",
  DescribeRegisterOrganizationalUnitOperation:
    "|,;~~~|Grants permission to describe a Register Organizational Unit Operation",
  DescribeSingleSignOn:
    "|,;~|Grants permission to describe the current AWS Control Tower IAM Identity Center configuration",
  DisableBaseline: "|,;~~~|Grants permission to disable a Baseline on a target",
  DisableControl: "|,;~~~|Grants permission to remove a control from an organizational unit",
  DisableGuardrail: "|,;~~~|Grants permission to disable a guardrail from an organizational unit",
  EnableBaseline: "|,;~~~|Grants permission to enable a Baseline on a target",
  EnableControl: "|,;~~~|Grants permission to activate a control for an organizational unit",
  EnableGuardrail: "|,;~~~|Grants permission to enable a guardrail to an organizational unit",
  GetAccountInfo: "|,;~|Grants permission to describe an account email and validate that it exists",
  GetAvailableUpdates:
    "|,;~~~|Grants permission to list available updates for the current AWS Control Tower deployment",
  GetBaseline: "|,;~~~|Grants permission to get Baseline details",
  GetBaselineOperation: "|,;~~~|Grants permission to get the current status of a particular Baseline operation",
  GetControlOperation:
    "|,;~~~|Grants permission to get the current status of a particular EnabledControl or DisableControl operation",
  GetEnabledBaseline: "|,;~~~|Grants permission to get an enabled Baseline",
  GetEnabledControl: "|,;~~~|Grants permission to get an enabled control from an organizational unit",
  GetGuardrailComplianceStatus: "|,;~|Grants permission to get the current compliance status of a guardrail",
  GetHomeRegion: "|,;~~~|Grants permission to get the home region of the AWS Control Tower setup",
  GetLandingZone: "|,;~~~|Grants permission to get the current status of the landing zone setup",
  GetLandingZoneDriftStatus: "|,;~~~|Grants permission to get the current landing zone drift status",
  GetLandingZoneOperation: "|,;~~~|Grants permission to get the current status of a particular landing zone operation",
  GetLandingZoneStatus: "|,;~~~,~~,~~|Grants permission to get the current status of the landing zone setup",
  ListBaselines: "|,;~~~|Grants permission to list Baselines",
  ListControlOperations: "|,;~~~|Grants permission to list all control operations",
  ListDirectoryGroups:
    "|,;~|Grants permission to list the current directory groups available through IAM Identity Center",
  ListDriftDetails: "|,;~|Grants permission to list occurrences of drift in AWS Control Tower",
  ListEnabledBaselines: "|,;~~~|Grants permission to list enabled Baselines",
  ListEnabledControls: "|,;~~~|Grants permission to list all enabled controls in a specified organizational unit",
  ListEnabledGuardrails: "|,;~|Grants permission to list currently enabled guardrails",
  ListExtendGovernancePrecheckDetails: "|,;~|Grants permission to list Precheck details for an Organizational Unit",
  ListExternalConfigRuleCompliance: "|,;~|Grants permission to list the compliance of external AWS Config rules",
  ListGuardrailViolations: "|,;~|Grants permission to list existing guardrail violations",
  ListGuardrails: "|,;~|Grants permission to list all available guardrails",
  ListGuardrailsForTarget:
    "|,;~~~|Grants permission to list guardrails and their current state for a organizational unit",
  ListLandingZoneOperations: "|,;~~~|Grants permission to list all landing zone operations",
  ListLandingZones: "|,;~~~|Grants permission to list all landing zones",
  ListManagedAccounts: "|,;~~~|Grants permission to list accounts managed through AWS Control Tower",
  ListManagedAccountsForGuardrail: "|,;~|Grants permission to list managed accounts with a specified guardrail applied",
  ListManagedAccountsForParent: "|,;~|Grants permission to list managed accounts under an organizational unit",
  ListManagedOrganizationalUnits: "|,;~~~|Grants permission to list organizational units managed by AWS Control Tower",
  ListManagedOrganizationalUnitsForGuardrail:
    "|,;~|Grants permission to list managed organizational units that have a specified guardrail applied",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  ManageOrganizationalUnit:
    "|,;~~~,~~,~~|Grants permission to set up an organizational unit to be managed by AWS Control Tower",
  PerformPreLaunchChecks: "|,;~~~|Grants permission to perform validations in an account",
  ResetEnabledBaseline: "|,;~~~|Grants permission to reset an enabled Baseline",
  ResetEnabledControl: "|,;~~~|Grants permission to reset an enabled control for an organizational unit",
  ResetLandingZone: "|,;~~~|Grants permission to reset a landing zone",
  SetupLandingZone: "|,;~~~,~~,~~|Grants permission to set up or update AWS Control Tower landing zone",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateAccountFactoryConfig: "|,;~|Grants permission to update the account factory configuration",
  UpdateEnabledBaseline: "|,;~~~|Grants permission to update an enabled Baseline",
  UpdateEnabledControl: "|,;~~~|Grants permission to update an enabled control for an organizational unit",
  UpdateLandingZone: "|,;~~~|Grants permission to update a landing zone",
};
const resourceTypeFacts = {
  /** The Baseline resource type: arn:${Partition}:controltower:${Region}::baseline/${BaselineId} */
  Baseline: "|,baseline|",
  /** The EnabledBaseline resource type: arn:${Partition}:controltower:${Region}:${Account}:enabledbaseline/${EnabledBaselineId} */
  EnabledBaseline: "|,enabledBaseline|1",
  /** The EnabledControl resource type: arn:${Partition}:controltower:${Region}:${Account}:enabledcontrol/${EnabledControlId} */
  EnabledControl: "|,enabledControl|1",
  /** The LandingZone resource type: arn:${Partition}:controltower:${Region}:${Account}:landingzone/${LandingZoneId} */
  LandingZone: "|,landingZone|1",
} as const;
const arnFormats = {
  /** ARN of a Baseline resource: arn:${Partition}:controltower:${Region}::baseline/${BaselineId}. */
  baseline: "|,Baseline|arn:|Partition|:controltower:|Region|::baseline/|BaselineId|",
  /** ARN of a EnabledBaseline resource: arn:${Partition}:controltower:${Region}:${Account}:enabledbaseline/${EnabledBaselineId}. */
  enabledBaseline:
    "|,EnabledBaseline|arn:|Partition|:controltower:|Region|:|Account|:enabledbaseline/|EnabledBaselineId|",
  /** ARN of a EnabledControl resource: arn:${Partition}:controltower:${Region}:${Account}:enabledcontrol/${EnabledControlId}. */
  enabledControl: "|,EnabledControl|arn:|Partition|:controltower:|Region|:|Account|:enabledcontrol/|EnabledControlId|",
  /** ARN of a LandingZone resource: arn:${Partition}:controltower:${Region}:${Account}:landingzone/${LandingZoneId}. */
  landingZone: "|,LandingZone|arn:|Partition|:controltower:|Region|:|Account|:landingzone/|LandingZoneId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Baseline", "EnabledBaseline", "EnabledControl", "LandingZone"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "controltower">;
/** Any controltower action. */
export type Action = ActionOf<typeof actionFacts, "controltower">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "controltower">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "controltower" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every controltower action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "controltower",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
