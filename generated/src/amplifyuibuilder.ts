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
export const prefix: "amplifyuibuilder" = "amplifyuibuilder";
/** The service's name in the reference. */
export const serviceName: "AWS Amplify UI Builder" = "AWS Amplify UI Builder";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Amplify UI Builder",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsamplifyuibuilder.html",
  },
];
const conditionKeyList = [
  "amplifyuibuilder:CodegenJobResourceAppId",
  "amplifyuibuilder:CodegenJobResourceEnvironmentName",
  "amplifyuibuilder:CodegenJobResourceId",
  "amplifyuibuilder:ComponentResourceAppId",
  "amplifyuibuilder:ComponentResourceEnvironmentName",
  "amplifyuibuilder:ComponentResourceId",
  "amplifyuibuilder:FormResourceAppId",
  "amplifyuibuilder:FormResourceEnvironmentName",
  "amplifyuibuilder:FormResourceId",
  "amplifyuibuilder:ThemeResourceAppId",
  "amplifyuibuilder:ThemeResourceEnvironmentName",
  "amplifyuibuilder:ThemeResourceId",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = [
  "amplify:GetApp",
  "amplifyuibuilder:GetForm",
  "amplifyuibuilder:GetTheme",
  "amplifyuibuilder:TagResource",
  "amplifyuibuilder:UntagResource",
] as const;
const actionFacts = {
  /** Grants permission to create a component. Access level: Write. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_CreateComponent.html */
  CreateComponent: "W||||12,14|0,amplifyuibuilder:GetComponent,3|;",
  /** Grants permission to create a form. Access level: Write. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_CreateForm.html */
  CreateForm: "W||||12,14|0,1,3,4|;",
  /** Grants permission to create a theme. Access level: Write. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_CreateTheme.html */
  CreateTheme: "W||||12,14|0,2,3|;",
  /** Grants permission to delete a component. Access level: Write. Resources: ComponentResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_DeleteComponent.html */
  DeleteComponent: "W|||1;1;||0,4|;",
  /** Grants permission to delete a form. Access level: Write. Resources: FormResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_DeleteForm.html */
  DeleteForm: "W|||2;1;||0,3,4|;",
  /** Grants permission to delete a theme. Access level: Write. Resources: ThemeResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_DeleteTheme.html */
  DeleteTheme: "W|||3;1;||0,4|;",
  /** Grants permission to exchange a code for a token. Access level: Write. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ExchangeCodeForToken.html */
  ExchangeCodeForToken: "W||||||;",
  /** Grants permission to export components. Access level: Read. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ExportComponents.html */
  ExportComponents: "R||||||;",
  /** Grants permission to export forms. Access level: Read. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ExportForms.html */
  ExportForms: "R||||||;",
  /** Grants permission to export themes. Access level: Read. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ExportThemes.html */
  ExportThemes: "R||||||;",
  /** Grants permission to get an existing codegen job. Access level: Read. Resources: CodegenJobResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_GetCodegenJob.html */
  GetCodegenJob: "R|||0;1;||0|;",
  /** Grants permission to get an existing component. Access level: Read. Resources: ComponentResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_GetComponent.html */
  GetComponent: "R|||1;1;||0|;",
  /** Grants permission to get an existing form. Access level: Read. Resources: FormResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_GetForm.html */
  GetForm: "R|||2;1;||0|;",
  /** Grants permission to get an existing metadata. Access level: Read. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_GetMetadata.html */
  GetMetadata: "R||||||;",
  /** Grants permission to get an existing theme. Access level: Read. Resources: ThemeResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_GetTheme.html */
  GetTheme: "R|||3;1;||0|;",
  /** Grants permission to list codegen jobs. Access level: List. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ListCodegenJobs.html */
  ListCodegenJobs: "L|||||0|;",
  /** Grants permission to list components. Access level: List. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ListComponents.html */
  ListComponents: "L|||||0|;",
  /** Grants permission to list forms. Access level: List. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ListForms.html */
  ListForms: "L|||||0|;",
  /** Grants permission to list tags for a specified Amazon Resource Name (ARN). Access level: List. Resources: CodegenJobResource, ComponentResource, FormResource, ThemeResource. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;|||;",
  /** Grants permission to list themes. Access level: List. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ListThemes.html */
  ListThemes: "L|||||0|;",
  /** Grants permission to put an existing metadata. Access level: Write. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_PutMetadataFlag.html */
  PutMetadataFlag: "W||||||;",
  /** Grants permission to refresh an access token. Access level: Write. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_RefreshToken.html */
  RefreshToken: "W||||||;",
  /** Grants permission to reset an existing metadata. Access level: Write. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_ResetMetadataFlag.html */
  ResetMetadataFlag: "W||||||",
  /** Grants permission to start a codegen job. Access level: Write. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_StartCodegenJob.html */
  StartCodegenJob: "W||||12,14|0|;",
  /** Grants permission to tag the resource with a tag key and value. Access level: Tagging. Resources: CodegenJobResource, ComponentResource, FormResource, ThemeResource. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;|12,14||CreateComponent,CreateForm,CreateTheme,;",
  /** Grants permission to untag a resource with a specified Amazon Resource Name (ARN). Access level: Tagging. Resources: CodegenJobResource, ComponentResource, FormResource, ThemeResource. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|14||;",
  /** Grants permission to update a component. Access level: Write. Resources: ComponentResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_UpdateComponent.html */
  UpdateComponent: "W|||1;1;||0,3,4|;",
  /** Grants permission to update a form. Access level: Write. Resources: FormResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_UpdateForm.html */
  UpdateForm: "W|||2;1;||0,1,3,4|;",
  /** Grants permission to update a theme. Access level: Write. Resources: ThemeResource*. https://docs.aws.amazon.com/amplifyuibuilder/latest/APIReference/API_UpdateTheme.html */
  UpdateTheme: "W|||3;1;||0,2,3,4|;",
} as const;
const actionDetails = {
  CreateComponent: "|,;~~~|Grants permission to create a component",
  CreateForm: "|,;~~~|Grants permission to create a form",
  CreateTheme: "|,;~~~|Grants permission to create a theme",
  DeleteComponent: "|,;~~~|Grants permission to delete a component",
  DeleteForm: "|,;~~~|Grants permission to delete a form",
  DeleteTheme: "|,;~~~|Grants permission to delete a theme",
  ExchangeCodeForToken: "|,;~~~|Grants permission to exchange a code for a token",
  ExportComponents: "|,;~~~|Grants permission to export components",
  ExportForms: "|,;~~~|Grants permission to export forms",
  ExportThemes: "|,;~~~|Grants permission to export themes",
  GetCodegenJob: "|,;~~~|Grants permission to get an existing codegen job",
  GetComponent: "|,;~~~|Grants permission to get an existing component",
  GetForm: "|,;~~~|Grants permission to get an existing form",
  GetMetadata: "|,;~~~|Grants permission to get an existing metadata",
  GetTheme: "|,;~~~|Grants permission to get an existing theme",
  ListCodegenJobs: "|,;~~~|Grants permission to list codegen jobs",
  ListComponents: "|,;~~~|Grants permission to list components",
  ListForms: "|,;~~~|Grants permission to list forms",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a specified Amazon Resource Name (ARN)",
  ListThemes: "|,;~~~|Grants permission to list themes",
  PutMetadataFlag: "|,;~~~|Grants permission to put an existing metadata",
  RefreshToken: "|,;~~~|Grants permission to refresh an access token",
  ResetMetadataFlag: "|,;~|Grants permission to reset an existing metadata",
  StartCodegenJob: "|,;~~~|Grants permission to start a codegen job",
  TagResource: "|,;~~~,~~,~~,~~|Grants permission to tag the resource with a tag key and value",
  UntagResource: "|,;~~~|Grants permission to untag a resource with a specified Amazon Resource Name (ARN)",
  UpdateComponent: "|,;~~~|Grants permission to update a component",
  UpdateForm: "|,;~~~|Grants permission to update a form",
  UpdateTheme: "|,;~~~|Grants permission to update a theme",
};
const resourceTypeFacts = {
  /** The CodegenJobResource resource type: arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/codegen-jobs/${Id} */
  CodegenJobResource: "|,codegenJobResource|0,1,2,13",
  /** The ComponentResource resource type: arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/components/${Id} */
  ComponentResource: "|,componentResource|3,4,5,13",
  /** The FormResource resource type: arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/forms/${Id} */
  FormResource: "|,formResource|6,7,8,13",
  /** The ThemeResource resource type: arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/themes/${Id} */
  ThemeResource: "|,themeResource|9,10,11,13",
} as const;
const arnFormats = {
  /** ARN of a CodegenJobResource resource: arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/codegen-jobs/${Id}. */
  codegenJobResource:
    "|,CodegenJobResource|arn:|Partition|:amplifyuibuilder:|Region|:|Account|:app/|AppId|/environment/|EnvironmentName|/codegen-jobs/|Id|",
  /** ARN of a ComponentResource resource: arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/components/${Id}. */
  componentResource:
    "|,ComponentResource|arn:|Partition|:amplifyuibuilder:|Region|:|Account|:app/|AppId|/environment/|EnvironmentName|/components/|Id|",
  /** ARN of a FormResource resource: arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/forms/${Id}. */
  formResource:
    "|,FormResource|arn:|Partition|:amplifyuibuilder:|Region|:|Account|:app/|AppId|/environment/|EnvironmentName|/forms/|Id|",
  /** ARN of a ThemeResource resource: arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/themes/${Id}. */
  themeResource:
    "|,ThemeResource|arn:|Partition|:amplifyuibuilder:|Region|:|Account|:app/|AppId|/environment/|EnvironmentName|/themes/|Id|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["CodegenJobResource", "ComponentResource", "FormResource", "ThemeResource"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "amplifyuibuilder">;
/** Any amplifyuibuilder action. */
export type Action = ActionOf<typeof actionFacts, "amplifyuibuilder">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "amplifyuibuilder">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "amplifyuibuilder" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every amplifyuibuilder action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the app ID. */
  "amplifyuibuilder:CodegenJobResourceAppId": "String";
  /** Filters access by the backend environment name. */
  "amplifyuibuilder:CodegenJobResourceEnvironmentName": "String";
  /** Filters access by the codegen job ID. */
  "amplifyuibuilder:CodegenJobResourceId": "String";
  /** Filters access by the app ID. */
  "amplifyuibuilder:ComponentResourceAppId": "String";
  /** Filters access by the backend environment name. */
  "amplifyuibuilder:ComponentResourceEnvironmentName": "String";
  /** Filters access by the component ID. */
  "amplifyuibuilder:ComponentResourceId": "String";
  /** Filters access by the app ID. */
  "amplifyuibuilder:FormResourceAppId": "String";
  /** Filters access by the backend environment name. */
  "amplifyuibuilder:FormResourceEnvironmentName": "String";
  /** Filters access by the form ID. */
  "amplifyuibuilder:FormResourceId": "String";
  /** Filters access by the app ID. */
  "amplifyuibuilder:ThemeResourceAppId": "String";
  /** Filters access by the backend environment name. */
  "amplifyuibuilder:ThemeResourceEnvironmentName": "String";
  /** Filters access by the theme ID. */
  "amplifyuibuilder:ThemeResourceId": "String";
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
  "amplifyuibuilder:CodegenJobResourceAppId": "|,String|0||Filters access by the app ID",
  "amplifyuibuilder:CodegenJobResourceEnvironmentName": "|,String|0||Filters access by the backend environment name",
  "amplifyuibuilder:CodegenJobResourceId": "|,String|0||Filters access by the codegen job ID",
  "amplifyuibuilder:ComponentResourceAppId": "|,String|0||Filters access by the app ID",
  "amplifyuibuilder:ComponentResourceEnvironmentName": "|,String|0||Filters access by the backend environment name",
  "amplifyuibuilder:ComponentResourceId": "|,String|0||Filters access by the component ID",
  "amplifyuibuilder:FormResourceAppId": "|,String|0||Filters access by the app ID",
  "amplifyuibuilder:FormResourceEnvironmentName": "|,String|0||Filters access by the backend environment name",
  "amplifyuibuilder:FormResourceId": "|,String|0||Filters access by the form ID",
  "amplifyuibuilder:ThemeResourceAppId": "|,String|0||Filters access by the app ID",
  "amplifyuibuilder:ThemeResourceEnvironmentName": "|,String|0||Filters access by the backend environment name",
  "amplifyuibuilder:ThemeResourceId": "|,String|0||Filters access by the theme ID",
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
  "amplifyuibuilder",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
