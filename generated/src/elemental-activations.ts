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
export const prefix: "elemental-activations" = "elemental-activations";
/** The service's name in the reference. */
export const serviceName: "AWS Elemental Appliances and Software Activation Service" =
  "AWS Elemental Appliances and Software Activation Service";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Elemental Appliances and Software Activation Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalappliancesandsoftwareactivationservice.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to complete the process of registering customer account for AWS Elemental Appliances and Software Purchases. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  CompleteAccountRegistration: "W||1||||",
  /** Grants permission to complete the process of uploading a Software file for AWS Elemental Appliances and Software Purchases. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  CompleteFileUpload: "W||1||||",
  /** Grants permission to confirm asset ownership. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  ConfirmAccount: "W||1||||",
  /** Grants permission to download the kickstart files for AWS Elemental Appliances and Software purchases. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  DownloadKickstart: "R||1||||",
  /** Grants permission to download the Software files for AWS Elemental Appliances and Software Purchases. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  DownloadSoftware: "R||1||||",
  /** Grants permission to generate a software license for an AWS Elemental Appliances and Software purchase. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  GenerateLicense: "W||1||||",
  /** Grants permission to generate Software Licenses for AWS Elemental Appliances and Software Purchases. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  GenerateLicenses: "W||1||||",
  /** Grants permission to describe the software version of an artifact group. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  GetArtifactGroupSoftwareVersions: "R||1||||",
  /** Grants permission to describe an asset. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  GetAsset: "R||1||||",
  /** Grants permission to describe assets associated to the requesting account. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  GetAssets: "R||1||||",
  /** Grants permission to get all product advisories. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  GetProductAdvisories: "R||1||||",
  /** Grants permission to describe available software versions. Access level: Read. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  GetSoftwareVersions: "R||1||||",
  /** Grants permission to start the process of uploading a Software file for AWS Elemental Appliances and Software Purchases. Access level: Write. Permission only. https://docs.aws.amazon.com/elemental-appliances-software/ */
  StartFileUpload: "W||1||||",
} as const;
const actionDetails = {
  CompleteAccountRegistration:
    "|,;~|Grants permission to complete the process of registering customer account for AWS Elemental Appliances and Software Purchases",
  CompleteFileUpload:
    "|,;~|Grants permission to complete the process of uploading a Software file for AWS Elemental Appliances and Software Purchases",
  ConfirmAccount: "|,;~|Grants permission to confirm asset ownership",
  DownloadKickstart:
    "|,;~|Grants permission to download the kickstart files for AWS Elemental Appliances and Software purchases",
  DownloadSoftware:
    "|,;~|Grants permission to download the Software files for AWS Elemental Appliances and Software Purchases",
  GenerateLicense:
    "|,;~|Grants permission to generate a software license for an AWS Elemental Appliances and Software purchase",
  GenerateLicenses:
    "|,;~|Grants permission to generate Software Licenses for AWS Elemental Appliances and Software Purchases",
  GetArtifactGroupSoftwareVersions: "|,;~|Grants permission to describe the software version of an artifact group",
  GetAsset: "|,;~|Grants permission to describe an asset",
  GetAssets: "|,;~|Grants permission to describe assets associated to the requesting account",
  GetProductAdvisories: "|,;~|Grants permission to get all product advisories",
  GetSoftwareVersions: "|,;~|Grants permission to describe available software versions",
  StartFileUpload:
    "|,;~|Grants permission to start the process of uploading a Software file for AWS Elemental Appliances and Software Purchases",
};
const resourceTypeFacts = {} as const;
const arnFormats = {} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "elemental-activations">;
/** Any elemental-activations action. */
export type Action = ActionOf<typeof actionFacts, "elemental-activations">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "elemental-activations">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every elemental-activations action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "elemental-activations",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
