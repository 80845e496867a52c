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
export const prefix: "transform-custom" = "transform-custom";
/** The service's name in the reference. */
export const serviceName: "AWS Transform custom" = "AWS Transform custom";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Transform custom",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awstransformcustom.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to invoke CompleteTransformationPackageUpload on AWS Transform custom. Access level: Write. Resources: package*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  CompleteTransformationPackageUpload: "W|||2;1;|1||",
  /** Grants permission to invoke ConverseStream on AWS Transform custom. Access level: Write. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  ConverseStream: "W||||||",
  /** Grants permission to invoke CreateCampaign on AWS Transform custom. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  CreateCampaign: "W|||0;1;|0,1,2||",
  /** Grants permission to invoke CreateTransformationPackageUrl on AWS Transform custom. Access level: Write. Resources: package*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  CreateTransformationPackageUrl: "W|||2;1;|0,1,2||",
  /** Grants permission to invoke DeleteCampaign on AWS Transform custom. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  DeleteCampaign: "W|||0;1;|1||",
  /** Grants permission to invoke DeleteKnowledgeItem on AWS Transform custom. Access level: Write. Resources: knowledge-item*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  DeleteKnowledgeItem: "W|||1;1;|1||",
  /** Grants permission to invoke DeleteTransformationPackage on AWS Transform custom. Access level: Write. Resources: package*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  DeleteTransformationPackage: "W|||2;1;|1||",
  /** Grants permission to invoke ExecuteTransformation on AWS Transform custom. Access level: Write. Resources: package*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  ExecuteTransformation: "W|||2;1;|1||",
  /** Grants permission to invoke GetCampaign on AWS Transform custom. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  GetCampaign: "R|||0;1;|1||",
  /** Grants permission to invoke GetKnowledgeItem on AWS Transform custom. Access level: Read. Resources: knowledge-item*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  GetKnowledgeItem: "R|||1;1;|1||",
  /** Grants permission to invoke GetTransformationPackageUrl on AWS Transform custom. Access level: Read. Resources: package*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  GetTransformationPackageUrl: "R|||2;1;|1||",
  /** Grants permission to invoke ListCampaignRepositories on AWS Transform custom. Access level: Read. Resources: campaign*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  ListCampaignRepositories: "R|||0;1;|1||",
  /** Grants permission to invoke ListCampaign on AWS Transform custom. Access level: List. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  ListCampaigns: "L||||||",
  /** Grants permission to invoke ListKnowledgeItems on AWS Transform custom. Access level: List. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  ListKnowledgeItems: "L||||||",
  /** Grants permission to invoke ListTagsForResource on AWS Transform custom. Access level: Read. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  ListTagsForResource: "R||||||",
  /** Grants permission to invoke ListTransformationPackageMetadata on AWS Transform custom. Access level: List. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  ListTransformationPackageMetadata: "L||||||",
  /** Grants permission to invoke TagResource on AWS Transform custom. Access level: Tagging. Resources: campaign, knowledge-item, package. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  TagResource: "T|||0;0;,1;0;,2;0;|0,1,2||",
  /** Grants permission to invoke UntagResource on AWS Transform custom. Access level: Tagging. Resources: campaign, knowledge-item, package. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  UntagResource: "T|||0;0;,1;0;,2;0;|2||",
  /** Grants permission to invoke UpdateCampaign on AWS Transform custom. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  UpdateCampaign: "W|||0;1;|1||",
  /** Grants permission to invoke UpdateCampaignRepositories on AWS Transform custom. Access level: Write. Resources: campaign*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  UpdateCampaignRepositoryStatus: "W|||0;1;|1||",
  /** Grants permission to invoke UpdateKnowledgeItemConfiguration on AWS Transform custom. Access level: Write. Resources: package*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  UpdateKnowledgeItemConfiguration: "W|||2;1;|1||",
  /** Grants permission to invoke UpdateKnowledgeItemStatus on AWS Transform custom. Access level: Write. Resources: knowledge-item*. https://docs.aws.amazon.com/transform/latest/userguide/custom.html */
  UpdateKnowledgeItemStatus: "W|||1;1;|1||",
} as const;
const actionDetails = {
  CompleteTransformationPackageUpload:
    "|,;~|Grants permission to invoke CompleteTransformationPackageUpload on AWS Transform custom",
  ConverseStream: "|,;~|Grants permission to invoke ConverseStream on AWS Transform custom",
  CreateCampaign: "|,;~|Grants permission to invoke CreateCampaign on AWS Transform custom",
  CreateTransformationPackageUrl:
    "|,;~|Grants permission to invoke CreateTransformationPackageUrl on AWS Transform custom",
  DeleteCampaign: "|,;~|Grants permission to invoke DeleteCampaign on AWS Transform custom",
  DeleteKnowledgeItem: "|,;~|Grants permission to invoke DeleteKnowledgeItem on AWS Transform custom",
  DeleteTransformationPackage: "|,;~|Grants permission to invoke DeleteTransformationPackage on AWS Transform custom",
  ExecuteTransformation: "|,;~|Grants permission to invoke ExecuteTransformation on AWS Transform custom",
  GetCampaign: "|,;~|Grants permission to invoke GetCampaign on AWS Transform custom",
  GetKnowledgeItem: "|,;~|Grants permission to invoke GetKnowledgeItem on AWS Transform custom",
  GetTransformationPackageUrl: "|,;~|Grants permission to invoke GetTransformationPackageUrl on AWS Transform custom",
  ListCampaignRepositories: "|,;~|Grants permission to invoke ListCampaignRepositories on AWS Transform custom",
  ListCampaigns: "|,;~|Grants permission to invoke ListCampaign on AWS Transform custom",
  ListKnowledgeItems: "|,;~|Grants permission to invoke ListKnowledgeItems on AWS Transform custom",
  ListTagsForResource: "|,;~|Grants permission to invoke ListTagsForResource on AWS Transform custom",
  ListTransformationPackageMetadata:
    "|,;~|Grants permission to invoke ListTransformationPackageMetadata on AWS Transform custom",
  TagResource: "|,;~|Grants permission to invoke TagResource on AWS Transform custom",
  UntagResource: "|,;~|Grants permission to invoke UntagResource on AWS Transform custom",
  UpdateCampaign: "|,;~|Grants permission to invoke UpdateCampaign on AWS Transform custom",
  UpdateCampaignRepositoryStatus: "|,;~|Grants permission to invoke UpdateCampaignRepositories on AWS Transform custom",
  UpdateKnowledgeItemConfiguration:
    "|,;~|Grants permission to invoke UpdateKnowledgeItemConfiguration on AWS Transform custom",
  UpdateKnowledgeItemStatus: "|,;~|Grants permission to invoke UpdateKnowledgeItemStatus on AWS Transform custom",
};
const resourceTypeFacts = {
  /** The campaign resource type: arn:${Partition}:transform-custom:${Region}:${Account}:campaign/${Name} */
  campaign: "|,|1",
  /** The knowledge-item resource type: arn:${Partition}:transform-custom:${Region}:${Account}:package/${TransformationPackageName}/knowledge-item/${Id} */
  "knowledge-item": "|,knowledgeItem|1",
  /** The package resource type: arn:${Partition}:transform-custom:${Region}:${Account}:package/${Name} */
  package: "|,package_|1",
} as const;
const arnFormats = {
  /** ARN of a campaign resource: arn:${Partition}:transform-custom:${Region}:${Account}:campaign/${Name}. */
  campaign: "|,campaign|arn:|Partition|:transform-custom:|Region|:|Account|:campaign/|Name|",
  /** ARN of a knowledge-item resource: arn:${Partition}:transform-custom:${Region}:${Account}:package/${TransformationPackageName}/knowledge-item/${Id}. */
  knowledgeItem:
    "|,knowledge-item|arn:|Partition|:transform-custom:|Region|:|Account|:package/|TransformationPackageName|/knowledge-item/|Id|",
  /** ARN of a package resource: arn:${Partition}:transform-custom:${Region}:${Account}:package/${Name}. */
  package_: "|,package|arn:|Partition|:transform-custom:|Region|:|Account|:package/|Name|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["campaign", "knowledge-item", "package"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "transform-custom">;
/** Any transform-custom action. */
export type Action = ActionOf<typeof actionFacts, "transform-custom">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "transform-custom">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "", client: "" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every transform-custom action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "transform-custom",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
