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
export const prefix: "cloudsearch" = "cloudsearch";
/** The service's name in the reference. */
export const serviceName: "Amazon CloudSearch" = "Amazon CloudSearch";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon CloudSearch",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudsearch.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = [] as const;
const actionFacts = {
  /** Attaches resource tags to an Amazon CloudSearch domain. Access level: Tagging. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_AddTags.html */
  AddTags: "T|||0;1;|||",
  /** Indexes the search suggestions. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_BuildSuggesters.html */
  BuildSuggesters: "W|||0;1;|||;",
  /** Creates a new search domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_CreateDomain.html */
  CreateDomain: "W|||0;1;|||;",
  /** Configures an analysis scheme that can be applied to a text or text-array field to define language-specific text processing options. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DefineAnalysisScheme.html */
  DefineAnalysisScheme: "W|||0;1;|||;",
  /** Configures an Expression for the search domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DefineExpression.html */
  DefineExpression: "W|||0;1;|||;",
  /** Configures an IndexField for the search domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DefineIndexField.html */
  DefineIndexField: "W|||0;1;|||;",
  /** Configures a suggester for a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DefineSuggester.html */
  DefineSuggester: "W|||0;1;|||;",
  /** Deletes an analysis scheme. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DeleteAnalysisScheme.html */
  DeleteAnalysisScheme: "W|||0;1;|||;",
  /** Permanently deletes a search domain and all of its data. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DeleteDomain.html */
  DeleteDomain: "W|||0;1;|||;",
  /** Removes an Expression from the search domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DeleteExpression.html */
  DeleteExpression: "W|||0;1;|||;",
  /** Removes an IndexField from the search domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DeleteIndexField.html */
  DeleteIndexField: "W|||0;1;|||;",
  /** Deletes a suggester. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DeleteSuggester.html */
  DeleteSuggester: "W|||0;1;|||;",
  /** Gets the analysis schemes configured for a domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DescribeAnalysisSchemes.html */
  DescribeAnalysisSchemes: "R|||0;1;|||;",
  /** Gets the availability options configured for a domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DescribeAvailabilityOptions.html */
  DescribeAvailabilityOptions: "R|||0;1;|||;",
  /** Gets the domain endpoint options configured for a domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DescribeDomainEndpointOptions.html */
  DescribeDomainEndpointOptions: "R|||0;1;|||;",
  /** Gets information about the search domains owned by this account. Access level: List. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DescribeDomains.html */
  DescribeDomains: "L|||0;1;|||;",
  /** Gets the expressions configured for the search domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DescribeExpressions.html */
  DescribeExpressions: "R|||0;1;|||;",
  /** Gets information about the index fields configured for the search domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DescribeIndexFields.html */
  DescribeIndexFields: "R|||0;1;|||;",
  /** Gets the scaling parameters configured for a domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DescribeScalingParameters.html */
  DescribeScalingParameters: "R|||0;1;|||;",
  /** Gets information about the access policies that control access to the domain's document and search endpoints. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DescribeServiceAccessPolicies.html */
  DescribeServiceAccessPolicies: "R|||0;1;|||;",
  /** Gets the suggesters configured for a domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DescribeSuggesters.html */
  DescribeSuggesters: "R|||0;1;|||;",
  /** Tells the search domain to start indexing its documents using the latest indexing options. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_IndexDocuments.html */
  IndexDocuments: "W|||0;1;|||;",
  /** Lists all search domains owned by an account. Access level: List. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_ListDomainNames.html */
  ListDomainNames: "L|||0;1;|||;",
  /** Displays all of the resource tags for an Amazon CloudSearch domain. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_ListTags.html */
  ListTags: "R|||0;1;|||",
  /** Removes the specified resource tags from an Amazon ES domain. Access level: Tagging. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_RemoveTags.html */
  RemoveTags: "T|||0;1;|||",
  /** Configures the availability options for a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_UpdateAvailabilityOptions.html */
  UpdateAvailabilityOptions: "W|||0;1;|||;",
  /** Configures the domain endpoint options for a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_UpdateDomainEndpointOptions.html */
  UpdateDomainEndpointOptions: "W|||0;1;|||;",
  /** Configures scaling parameters for a domain. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_UpdateScalingParameters.html */
  UpdateScalingParameters: "W|||0;1;|||;",
  /** Configures the access rules that control access to the domain's document and search endpoints. Access level: Permissions management. Resources: domain*. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_UpdateServiceAccessPolicies.html */
  UpdateServiceAccessPolicies: "P|||0;1;|||;",
  /** Allows access to the document service operations. Access level: Write. Resources: domain. Permission only. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/configuring-access.html#cloudsearch-actions */
  document: "W||1|0;0;|||",
  /** Allows access to the search operations. Access level: Read. Resources: domain. Permission only. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/configuring-access.html#cloudsearch-actions */
  search: "R||1|0;0;|||",
  /** Allows access to the suggest operations. Access level: Read. Resources: domain. Permission only. https://docs.aws.amazon.com/cloudsearch/latest/developerguide/configuring-access.html#cloudsearch-actions */
  suggest: "R||1|0;0;|||",
} as const;
const actionDetails = {
  AddTags: "|,;~|Attaches resource tags to an Amazon CloudSearch domain",
  BuildSuggesters: "|,;~~~|Indexes the search suggestions",
  CreateDomain: "|,;~~~|Creates a new search domain",
  DefineAnalysisScheme:
    "|,;~~~|Configures an analysis scheme that can be applied to a text or text-array field to define language-specific text processing options",
  DefineExpression: "|,;~~~|Configures an Expression for the search domain",
  DefineIndexField: "|,;~~~|Configures an IndexField for the search domain",
  DefineSuggester: "|,;~~~|Configures a suggester for a domain",
  DeleteAnalysisScheme: "|,;~~~|Deletes an analysis scheme",
  DeleteDomain: "|,;~~~|Permanently deletes a search domain and all of its data",
  DeleteExpression: "|,;~~~|Removes an Expression from the search domain",
  DeleteIndexField: "|,;~~~|Removes an IndexField from the search domain",
  DeleteSuggester: "|,;~~~|Deletes a suggester",
  DescribeAnalysisSchemes: "|,;~~~|Gets the analysis schemes configured for a domain",
  DescribeAvailabilityOptions: "|,;~~~|Gets the availability options configured for a domain",
  DescribeDomainEndpointOptions: "|,;~~~|Gets the domain endpoint options configured for a domain",
  DescribeDomains: "|,;~~~|Gets information about the search domains owned by this account",
  DescribeExpressions: "|,;~~~|Gets the expressions configured for the search domain",
  DescribeIndexFields: "|,;~~~|Gets information about the index fields configured for the search domain",
  DescribeScalingParameters: "|,;~~~|Gets the scaling parameters configured for a domain",
  DescribeServiceAccessPolicies:
    "|,;~~~|Gets information about the access policies that control access to the domain's document and search endpoints",
  DescribeSuggesters: "|,;~~~|Gets the suggesters configured for a domain",
  IndexDocuments: "|,;~~~|Tells the search domain to start indexing its documents using the latest indexing options",
  ListDomainNames: "|,;~~~|Lists all search domains owned by an account",
  ListTags: "|,;~|Displays all of the resource tags for an Amazon CloudSearch domain",
  RemoveTags: "|,;~|Removes the specified resource tags from an Amazon ES domain",
  UpdateAvailabilityOptions: "|,;~~~|Configures the availability options for a domain",
  UpdateDomainEndpointOptions: "|,;~~~|Configures the domain endpoint options for a domain",
  UpdateScalingParameters: "|,;~~~|Configures scaling parameters for a domain",
  UpdateServiceAccessPolicies:
    "|,;~~~|Configures the access rules that control access to the domain's document and search endpoints",
  document: "|,;~|Allows access to the document service operations",
  search: "|,;~|Allows access to the search operations",
  suggest: "|,;~|Allows access to the suggest operations",
};
const resourceTypeFacts = {
  /** The domain resource type: arn:${Partition}:cloudsearch:${Region}:${Account}:domain/${DomainName} */
  domain: "|,|",
} as const;
const arnFormats = {
  /** ARN of a domain resource: arn:${Partition}:cloudsearch:${Region}:${Account}:domain/${DomainName}. */
  domain: "|,domain|arn:|Partition|:cloudsearch:|Region|:|Account|:domain/|DomainName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["domain"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cloudsearch">;
/** Any cloudsearch action. */
export type Action = ActionOf<typeof actionFacts, "cloudsearch">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cloudsearch">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cloudsearch" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cloudsearch action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "cloudsearch",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
