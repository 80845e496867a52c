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
export const prefix: "cases" = "cases";
/** The service's name in the reference. */
export const serviceName: "Amazon Connect Cases" = "Amazon Connect Cases";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Connect Cases",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnectcases.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "cases:CreatedBy",
  "cases:RelatedItemType",
  "connect:UserArn",
] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Grants permission to retrieve information about the case rules in the case domain. Access level: Read. Resources: CaseRule*, Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_BatchGetCaseRule.html */
  BatchGetCaseRule: "R|||1;1;,2;1;|||;",
  /** Grants permission to retrieve information about the fields in the case domain. Access level: Read. Resources: Domain*, Field*. https://docs.aws.amazon.com/cases/latest/APIReference/API_BatchGetField.html */
  BatchGetField: "R|||2;1;,3;1;|||;",
  /** Grants permission to update the field options in the case domain. Access level: Write. Resources: Domain*, Field*. https://docs.aws.amazon.com/cases/latest/APIReference/API_BatchPutFieldOptions.html */
  BatchPutFieldOptions: "W|||2;1;,3;1;|||;",
  /** Grants permission to create a case in the case domain. Access level: Write. Resources: Case*, Domain*, Field*, Template*. https://docs.aws.amazon.com/cases/latest/APIReference/API_CreateCase.html */
  CreateCase: "W|||0;1;,2;1;,3;1;,6;1;|5|cases:TagResource|;",
  /** Grants permission to create a case rule in the case domain. Access level: Write. Resources: CaseRule*, Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_CreateCaseRule.html */
  CreateCaseRule: "W|||1;1;,2;1;|||;",
  /** Grants permission to create a new case domain. Access level: Write. https://docs.aws.amazon.com/cases/latest/APIReference/API_CreateDomain.html */
  CreateDomain: "W||||||;",
  /** Grants permission to create a field in the case domain. Access level: Write. Resources: Domain*, Field*. https://docs.aws.amazon.com/cases/latest/APIReference/API_CreateField.html */
  CreateField: "W|||2;1;,3;1;|||;",
  /** Grants permission to create a layout in the case domain. Access level: Write. Resources: Domain*, Layout*. https://docs.aws.amazon.com/cases/latest/APIReference/API_CreateLayout.html */
  CreateLayout: "W|||2;1;,4;1;|||;",
  /** Grants permission to create a related item associated to a case in the case domain. Access level: Write. Resources: Case*, Domain*, RelatedItem*. https://docs.aws.amazon.com/cases/latest/APIReference/API_CreateRelatedItem.html */
  CreateRelatedItem: "W|||0;1;,2;1;,5;1;|5||;",
  /** Grants permission to create a template in the case domain. Access level: Write. Resources: Domain*, Layout*, Template*. https://docs.aws.amazon.com/cases/latest/APIReference/API_CreateTemplate.html */
  CreateTemplate: "W|||2;1;,4;1;,6;1;|||;",
  /** Grants permission to delete the case in the case domain. Access level: Write. Resources: Case*, Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_DeleteCase.html */
  DeleteCase: "W|||0;1;,2;1;|||;",
  /** Grants permission to delete the case rule in the case domain. Access level: Write. Resources: CaseRule*, Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_DeleteCaseRule.html */
  DeleteCaseRule: "W|||1;1;,2;1;|||;",
  /** Grants permission to delete the domain. Access level: Write. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_DeleteDomain.html */
  DeleteDomain: "W|||2;1;|||;",
  /** Grants permission to delete the field in the case domain. Access level: Write. Resources: Domain*, Field*. https://docs.aws.amazon.com/cases/latest/APIReference/API_DeleteField.html */
  DeleteField: "W|||2;1;,3;1;|||;",
  /** Grants permission to delete the layout in the case domain. Access level: Write. Resources: Domain*, Layout*. https://docs.aws.amazon.com/cases/latest/APIReference/API_DeleteLayout.html */
  DeleteLayout: "W|||2;1;,4;1;|||;",
  /** Grants permission to delete the related item associated to the case in the case domain. Access level: Write. Resources: Case*, Domain*, RelatedItem*. https://docs.aws.amazon.com/cases/latest/APIReference/API_DeleteRelatedItem.html */
  DeleteRelatedItem: "W|||0;1;,2;1;,5;1;|||;",
  /** Grants permission to delete the template in the case domain. Access level: Write. Resources: Domain*, Template*. https://docs.aws.amazon.com/cases/latest/APIReference/API_DeleteTemplate.html */
  DeleteTemplate: "W|||2;1;,6;1;|||;",
  /** Grants permission to retrieve information about a case in the case domain. Access level: Read. Resources: Case*, Domain*, Field*. https://docs.aws.amazon.com/cases/latest/APIReference/API_GetCase.html */
  GetCase: "R|||0;1;,2;1;,3;1;|||;",
  /** Grants permission to view audit history of a case. Access level: Read. Resources: Case*, Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_GetCaseAuditEvents.html */
  GetCaseAuditEvents: "R|||0;1;,2;1;|||;",
  /** Grants permission to retrieve information about the case event configuraton in the case domain. Access level: Read. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_GetCaseEventConfiguration.html */
  GetCaseEventConfiguration: "R|||2;1;|||;",
  /** Grants permission to retrieve information about the case domain. Access level: Read. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_GetDomain.html */
  GetDomain: "R|||2;1;|||;",
  /** Grants permission to retrieve information about the layout in the case domain. Access level: Read. Resources: Domain*, Layout*. https://docs.aws.amazon.com/cases/latest/APIReference/API_GetLayout.html */
  GetLayout: "R|||2;1;,4;1;|||;",
  /** Grants permission to retrieve information about the template in the case domain. Access level: Read. Resources: Domain*, Template*. https://docs.aws.amazon.com/cases/latest/APIReference/API_GetTemplate.html */
  GetTemplate: "R|||2;1;,6;1;|||;",
  /** Grants permission to list case rules in the case domain. Access level: List. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_ListCaseRules.html */
  ListCaseRules: "L|||2;1;|||;",
  /** Grants permission to list cases for a specific contact in the case domain. Access level: List. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_ListCasesForContact.html */
  ListCasesForContact: "L|||2;1;|||;",
  /** Grants permission to list all domains in the aws account. Access level: List. https://docs.aws.amazon.com/cases/latest/APIReference/API_ListDomains.html */
  ListDomains: "L||||||;",
  /** Grants permission to list field options for a single select field in the case domain. Access level: List. Resources: Domain*, Field*. https://docs.aws.amazon.com/cases/latest/APIReference/API_ListFieldOptions.html */
  ListFieldOptions: "L|||2;1;,3;1;|||;",
  /** Grants permission to list fields in the case domain. Access level: List. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_ListFields.html */
  ListFields: "L|||2;1;|||;",
  /** Grants permission to list layouts in the case domain. Access level: List. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_ListLayouts.html */
  ListLayouts: "L|||2;1;|||;",
  /** Grants permission to list the tags for the specified resource. Access level: Read. https://docs.aws.amazon.com/cases/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to list templates in the case domain. Access level: List. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_ListTemplates.html */
  ListTemplates: "L|||2;1;|||;",
  /** Grants permission to insert or update the case event configuration in the case domain. Access level: Write. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_PutCaseEventConfiguration.html */
  PutCaseEventConfiguration: "W|||2;1;|||;",
  /** Grants permission to search for related items in the case domain. Access level: Read. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_SearchAllRelatedItems.html */
  SearchAllRelatedItems: "R|||2;1;|||;",
  /** Grants permission to search for cases in the case domain. Access level: Read. Resources: Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_SearchCases.html */
  SearchCases: "R|||2;1;|||;",
  /** Grants permission to search for related items associated to the case in the case domain. Access level: Read. Resources: Case*, Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_SearchRelatedItems.html */
  SearchRelatedItems: "R|||0;1;,2;1;|||;",
  /** Grants permission to add the specified tags to the specified resource. Access level: Tagging. Resources: Case, CaseRule, Domain, Field, Layout, RelatedItem, Template. https://docs.aws.amazon.com/cases/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|0,2||CreateCase,;",
  /** Grants permission to remove the specified tags from the specified resource. Access level: Tagging. Resources: Case, CaseRule, Domain, Field, Layout, RelatedItem, Template. https://docs.aws.amazon.com/cases/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|2||;",
  /** Grants permission to update the field values on the case in the case domain. Access level: Write. Resources: Case*, Domain*, Field*. https://docs.aws.amazon.com/cases/latest/APIReference/API_UpdateCase.html */
  UpdateCase: "W|||0;1;,2;1;,3;1;|5||;",
  /** Grants permission to update the case rule in the case domain. Access level: Write. Resources: CaseRule*, Domain*. https://docs.aws.amazon.com/cases/latest/APIReference/API_UpdateCaseRule.html */
  UpdateCaseRule: "W|||1;1;,2;1;|||;",
  /** Grants permission to update the field in the case domain. Access level: Write. Resources: Domain*, Field*. https://docs.aws.amazon.com/cases/latest/APIReference/API_UpdateField.html */
  UpdateField: "W|||2;1;,3;1;|||;",
  /** Grants permission to update the layout in the case domain. Access level: Write. Resources: Domain*, Layout*. https://docs.aws.amazon.com/cases/latest/APIReference/API_UpdateLayout.html */
  UpdateLayout: "W|||2;1;,4;1;|||;",
  /** Grants permission to update a related item associated to a case in the case domain. Access level: Write. Resources: Case*, Domain*, RelatedItem*. https://docs.aws.amazon.com/cases/latest/APIReference/API_UpdateRelatedItem.html */
  UpdateRelatedItem: "W|||0;1;,2;1;,5;1;|||;",
  /** Grants permission to update the template in the case domain. Access level: Write. Resources: Domain*, Template*. https://docs.aws.amazon.com/cases/latest/APIReference/API_UpdateTemplate.html */
  UpdateTemplate: "W|||2;1;,6;1;|||;",
} as const;
const actionDetails = {
  BatchGetCaseRule: "|,;~~~|Grants permission to retrieve information about the case rules in the case domain",
  BatchGetField: "|,;~~~|Grants permission to retrieve information about the fields in the case domain",
  BatchPutFieldOptions: "|,;~~~|Grants permission to update the field options in the case domain",
  CreateCase: "|,;~~~|Grants permission to create a case in the case domain",
  CreateCaseRule: "|,;~~~|Grants permission to create a case rule in the case domain",
  CreateDomain: "|,;~~~|Grants permission to create a new case domain",
  CreateField: "|,;~~~|Grants permission to create a field in the case domain",
  CreateLayout: "|,;~~~|Grants permission to create a layout in the case domain",
  CreateRelatedItem: "|,;~~~|Grants permission to create a related item associated to a case in the case domain",
  CreateTemplate: "|,;~~~|Grants permission to create a template in the case domain",
  DeleteCase: "|,;~~~|Grants permission to delete the case in the case domain",
  DeleteCaseRule: "|,;~~~|Grants permission to delete the case rule in the case domain",
  DeleteDomain: "|,;~~~|Grants permission to delete the domain",
  DeleteField: "|,;~~~|Grants permission to delete the field in the case domain",
  DeleteLayout: "|,;~~~|Grants permission to delete the layout in the case domain",
  DeleteRelatedItem: "|,;~~~|Grants permission to delete the related item associated to the case in the case domain",
  DeleteTemplate: "|,;~~~|Grants permission to delete the template in the case domain",
  GetCase: "|,;~~~|Grants permission to retrieve information about a case in the case domain",
  GetCaseAuditEvents: "|,;~~~|Grants permission to view audit history of a case",
  GetCaseEventConfiguration:
    "|,;~~~|Grants permission to retrieve information about the case event configuraton in the case domain",
  GetDomain: "|,;~~~|Grants permission to retrieve information about the case domain",
  GetLayout: "|,;~~~|Grants permission to retrieve information about the layout in the case domain",
  GetTemplate: "|,;~~~|Grants permission to retrieve information about the template in the case domain",
  ListCaseRules: "|,;~~~|Grants permission to list case rules in the case domain",
  ListCasesForContact: "|,;~~~|Grants permission to list cases for a specific contact in the case domain",
  ListDomains: "|,;~~~|Grants permission to list all domains in the aws account",
  ListFieldOptions: "|,;~~~|Grants permission to list field options for a single select field in the case domain",
  ListFields: "|,;~~~|Grants permission to list fields in the case domain",
  ListLayouts: "|,;~~~|Grants permission to list layouts in the case domain",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for the specified resource",
  ListTemplates: "|,;~~~|Grants permission to list templates in the case domain",
  PutCaseEventConfiguration:
    "|,;~~~|Grants permission to insert or update the case event configuration in the case domain",
  SearchAllRelatedItems: "|,;~~~|Grants permission to search for related items in the case domain",
  SearchCases: "|,;~~~|Grants permission to search for cases in the case domain",
  SearchRelatedItems: "|,;~~~|Grants permission to search for related items associated to the case in the case domain",
  TagResource: "|,;~~~,~~|Grants permission to add the specified tags to the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove the specified tags from the specified resource",
  UpdateCase: "|,;~~~|Grants permission to update the field values on the case in the case domain",
  UpdateCaseRule: "|,;~~~|Grants permission to update the case rule in the case domain",
  UpdateField: "|,;~~~|Grants permission to update the field in the case domain",
  UpdateLayout: "|,;~~~|Grants permission to update the layout in the case domain",
  UpdateRelatedItem: "|,;~~~|Grants permission to update a related item associated to a case in the case domain",
  UpdateTemplate: "|,;~~~|Grants permission to update the template in the case domain",
};
const resourceTypeFacts = {
  /** The Case resource type: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/case/${CaseId} */
  Case: "|,case_|1",
  /** The CaseRule resource type: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/case-rule/${CaseRuleId} */
  CaseRule: "|,caseRule|1",
  /** The Domain resource type: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId} */
  Domain: "|,domain|1",
  /** The Field resource type: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/field/${FieldId} */
  Field: "|,field|1",
  /** The Layout resource type: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/layout/${LayoutId} */
  Layout: "|,layout|1",
  /** The RelatedItem resource type: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/case/${CaseId}/related-item/${RelatedItemId} */
  RelatedItem: "|,relatedItem|1,3,4",
  /** The Template resource type: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/template/${TemplateId} */
  Template: "|,template|1",
} as const;
const arnFormats = {
  /** ARN of a CaseRule resource: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/case-rule/${CaseRuleId}. */
  caseRule: "|,CaseRule|arn:|Partition|:cases:|Region|:|Account|:domain/|DomainId|/case-rule/|CaseRuleId|",
  /** ARN of a Case resource: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/case/${CaseId}. */
  case_: "|,Case|arn:|Partition|:cases:|Region|:|Account|:domain/|DomainId|/case/|CaseId|",
  /** ARN of a Domain resource: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}. */
  domain: "|,Domain|arn:|Partition|:cases:|Region|:|Account|:domain/|DomainId|",
  /** ARN of a Field resource: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/field/${FieldId}. */
  field: "|,Field|arn:|Partition|:cases:|Region|:|Account|:domain/|DomainId|/field/|FieldId|",
  /** ARN of a Layout resource: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/layout/${LayoutId}. */
  layout: "|,Layout|arn:|Partition|:cases:|Region|:|Account|:domain/|DomainId|/layout/|LayoutId|",
  /** ARN of a RelatedItem resource: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/case/${CaseId}/related-item/${RelatedItemId}. */
  relatedItem:
    "|,RelatedItem|arn:|Partition|:cases:|Region|:|Account|:domain/|DomainId|/case/|CaseId|/related-item/|RelatedItemId|",
  /** ARN of a Template resource: arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/template/${TemplateId}. */
  template: "|,Template|arn:|Partition|:cases:|Region|:|Account|:domain/|DomainId|/template/|TemplateId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Case", "CaseRule", "Domain", "Field", "Layout", "RelatedItem", "Template"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cases">;
/** Any cases action. */
export type Action = ActionOf<typeof actionFacts, "cases">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cases">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "connectcases" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cases action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by who created the the resource (user ARN or custom entity). */
  "cases:CreatedBy": "String";
  /** Filters access by the type of related item. Possible values: Contact, Comment, File, Sla, ConnectCase, Custom. */
  "cases:RelatedItemType": "String";
  /** Filters access by connect's UserArn. */
  "connect:UserArn": "ARN";
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
  "cases:CreatedBy": "|,String|0||Filters access by who created the the resource (user ARN or custom entity)",
  "cases:RelatedItemType":
    "|,String|0||Filters access by the type of related item. Possible values: Contact, Comment, File, Sla, ConnectCase, Custom",
  "connect:UserArn": "|,ARN|0||Filters access by connect's UserArn",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cases",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
