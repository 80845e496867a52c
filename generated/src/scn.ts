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
export const prefix: "scn" = "scn";
/** The service's name in the reference. */
export const serviceName: "AWS Supply Chain" = "AWS Supply Chain";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Supply Chain",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["scn:TagResource"] as const;
const actionFacts = {
  /** Grants permission to add AWS Supply Chain administrator permission to federated user. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  AssignAdminPermissionsToUser: "W|||3;1;|||",
  /** Grants permission to create a BillOfMaterialsImportJob which will import a CSV file of BillOfMaterials records. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  CreateBillOfMaterialsImportJob: "W|||3;1;|||;",
  /** Grants permission to create DataIntegrationFlow that can transform from multiple sources to one target. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  CreateDataIntegrationFlow: "W|||3;1;|0,2|0|;",
  /** Grants permission to create the data lake dataset. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  CreateDataLakeDataset: "W|||3;1;|0,2|0|;",
  /** Grants permission to create the data lake namespace. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  CreateDataLakeNamespace: "W|||3;1;|0,2|0|;",
  /** Grants permission to create a new AWS Supply Chain instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  CreateInstance: "W|||3;1;|0,2|0|;",
  /** Grants permission to create IAM Identity Center application for a AWS Supply Chain instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  CreateSSOApplication: "W|||3;1;|||",
  /** Grants permission to delete the DataIntegrationFlow. Access level: Write. Resources: data-integration-flow*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  DeleteDataIntegrationFlow: "W|||1;1;|||;",
  /** Grants permission to delete the data lake dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  DeleteDataLakeDataset: "W|||2;1;|||;",
  /** Grants permission to delete the data lake namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  DeleteDataLakeNamespace: "W|||4;1;|||;",
  /** Grants permission to delete an AWS Supply Chain instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  DeleteInstance: "W|||3;1;|||;",
  /** Grants permission to delete IAM Identity Center application of the AWS Supply Chain instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  DeleteSSOApplication: "W|||3;1;|||",
  /** Grants permission to view details of an AWS Supply Chain instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  DescribeInstance: "R|||3;1;|||",
  /** Grants permission to view status and details of a BillOfMaterialsImportJob. Access level: Read. Resources: bill-of-materials-import-job*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  GetBillOfMaterialsImportJob: "R|||0;1;|||;",
  /** Grants permission to get a DataIntegrationEvent. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  GetDataIntegrationEvent: "R|||3;1;|||;",
  /** Grants permission to get the DataIntegrationFlow details. Access level: Read. Resources: data-integration-flow*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  GetDataIntegrationFlow: "R|||1;1;|||;",
  /** Grants permission to get a particular execution of one specified DataIntegrationFlow. Access level: Read. Resources: data-integration-flow*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  GetDataIntegrationFlowExecution: "R|||1;1;|||;",
  /** Grants permission to get the dataset details. Access level: Read. Resources: dataset*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  GetDataLakeDataset: "R|||2;1;|||;",
  /** Grants permission to get the namespace details. Access level: Read. Resources: namespace*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  GetDataLakeNamespace: "R|||4;1;|||;",
  /** Grants permission to view details of an AWS Supply Chain instance. Access level: Read. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  GetInstance: "R|||3;1;|||;",
  /** Grants permission to list AWS Supply Chain administrators of an instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  ListAdminUsers: "L|||3;1;|||",
  /** Grants permission to list all DataIntegrationEvents under an instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  ListDataIntegrationEvents: "L|||3;1;|||;",
  /** Grants permission to list all executions of one specified DataIntegrationFlow. Access level: List. Resources: data-integration-flow*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  ListDataIntegrationFlowExecutions: "L|||1;1;|||;",
  /** Grants permission to list all the DataIntegrationFlows in a paginated way. Access level: List. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  ListDataIntegrationFlows: "L|||3;1;|||;",
  /** Grants permission to list the data lake datasets under specific instance or namespace. Access level: List. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  ListDataLakeDatasets: "L|||3;1;|||;",
  /** Grants permission to list the data lake namespaces under specific instance. Access level: List. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  ListDataLakeNamespaces: "L|||3;1;|||;",
  /** Grants permission to view the AWS Supply Chain instances associated with an AWS account. Access level: List. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  ListInstances: "L|||3;1;|||;",
  /** Grants permission to list tags for an AWS Supply Chain resource. Access level: List. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  ListTagsForResource: "L|||3;1;|||;",
  /** Grants permission to remove AWS Supply Chain administrator permission from federated user. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  RemoveAdminPermissionsForUser: "W|||3;1;|||",
  /** Grants permission to create a DataIntegrationEvent which will ingest data in real-time. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  SendDataIntegrationEvent: "W|||3;1;|||;",
  /** Grants permission to tag an AWS Supply Chain resource. Access level: Tagging. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  TagResource: "T|||3;1;|0,2||CreateDataIntegrationFlow,CreateDataLakeDataset,CreateDataLakeNamespace,CreateInstance,;",
  /** Grants permission to remove tag from an AWS Supply Chain resource. Access level: Tagging. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  UntagResource: "T|||3;1;|2||;",
  /** Grants permission to update the DataIntegrationFlow. Access level: Write. Resources: data-integration-flow*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  UpdateDataIntegrationFlow: "W|||1;1;|||;",
  /** Grants permission to update the data lake dataset. Access level: Write. Resources: dataset*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  UpdateDataLakeDataset: "W|||2;1;|||;",
  /** Grants permission to update the data lake namespace. Access level: Write. Resources: namespace*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  UpdateDataLakeNamespace: "W|||4;1;|||;",
  /** Grants permission to update an AWS Supply Chain instance. Access level: Write. Resources: instance*. https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssupplychain.html */
  UpdateInstance: "W|||3;1;|||;",
} as const;
const actionDetails = {
  AssignAdminPermissionsToUser:
    "|,;~|Grants permission to add AWS Supply Chain administrator permission to federated user",
  CreateBillOfMaterialsImportJob:
    "|,;~~~|Grants permission to create a BillOfMaterialsImportJob which will import a CSV file of BillOfMaterials records",
  CreateDataIntegrationFlow:
    "|,;~~~|Grants permission to create DataIntegrationFlow that can transform from multiple sources to one target",
  CreateDataLakeDataset: "|,;~~~|Grants permission to create the data lake dataset",
  CreateDataLakeNamespace: "|,;~~~|Grants permission to create the data lake namespace",
  CreateInstance: "|,;~~~|Grants permission to create a new AWS Supply Chain instance",
  CreateSSOApplication:
    "|,;~|Grants permission to create IAM Identity Center application for a AWS Supply Chain instance",
  DeleteDataIntegrationFlow: "|,;~~~|Grants permission to delete the DataIntegrationFlow",
  DeleteDataLakeDataset: "|,;~~~|Grants permission to delete the data lake dataset",
  DeleteDataLakeNamespace: "|,;~~~|Grants permission to delete the data lake namespace",
  DeleteInstance: "|,;~~~|Grants permission to delete an AWS Supply Chain instance",
  DeleteSSOApplication:
    "|,;~|Grants permission to delete IAM Identity Center application of the AWS Supply Chain instance",
  DescribeInstance: "|,;~|Grants permission to view details of an AWS Supply Chain instance",
  GetBillOfMaterialsImportJob: "|,;~~~|Grants permission to view status and details of a BillOfMaterialsImportJob",
  GetDataIntegrationEvent: "|,;~~~|Grants permission to get a DataIntegrationEvent",
  GetDataIntegrationFlow: "|,;~~~|Grants permission to get the DataIntegrationFlow details",
  GetDataIntegrationFlowExecution:
    "|,;~~~|Grants permission to get a particular execution of one specified DataIntegrationFlow",
  GetDataLakeDataset: "|,;~~~|Grants permission to get the dataset details",
  GetDataLakeNamespace: "|,;~~~|Grants permission to get the namespace details",
  GetInstance: "|,;~~~|Grants permission to view details of an AWS Supply Chain instance",
  ListAdminUsers: "|,;~|Grants permission to list AWS Supply Chain administrators of an instance",
  ListDataIntegrationEvents: "|,;~~~|Grants permission to list all DataIntegrationEvents under an instance",
  ListDataIntegrationFlowExecutions:
    "|,;~~~|Grants permission to list all executions of one specified DataIntegrationFlow",
  ListDataIntegrationFlows: "|,;~~~|Grants permission to list all the DataIntegrationFlows in a paginated way",
  ListDataLakeDatasets: "|,;~~~|Grants permission to list the data lake datasets under specific instance or namespace",
  ListDataLakeNamespaces: "|,;~~~|Grants permission to list the data lake namespaces under specific instance",
  ListInstances: "|,;~~~|Grants permission to view the AWS Supply Chain instances associated with an AWS account",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for an AWS Supply Chain resource",
  RemoveAdminPermissionsForUser:
    "|,;~|Grants permission to remove AWS Supply Chain administrator permission from federated user",
  SendDataIntegrationEvent:
    "|,;~~~|Grants permission to create a DataIntegrationEvent which will ingest data in real-time",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag an AWS Supply Chain resource",
  UntagResource: "|,;~~~|Grants permission to remove tag from an AWS Supply Chain resource",
  UpdateDataIntegrationFlow: "|,;~~~|Grants permission to update the DataIntegrationFlow",
  UpdateDataLakeDataset: "|,;~~~|Grants permission to update the data lake dataset",
  UpdateDataLakeNamespace: "|,;~~~|Grants permission to update the data lake namespace",
  UpdateInstance: "|,;~~~|Grants permission to update an AWS Supply Chain instance",
};
const resourceTypeFacts = {
  /** The bill-of-materials-import-job resource type: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/bill-of-materials-import-job/${JobId} */
  "bill-of-materials-import-job": "|,billOfMaterialsImportJob|",
  /** The data-integration-flow resource type: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/data-integration-flows/${FlowName} */
  "data-integration-flow": "|,dataIntegrationFlow|1",
  /** The dataset resource type: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/namespaces/${Namespace}/datasets/${DatasetName} */
  dataset: "|,|1",
  /** The instance resource type: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId} */
  instance: "|,|1",
  /** The namespace resource type: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/namespaces/${Namespace} */
  namespace: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a bill-of-materials-import-job resource: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/bill-of-materials-import-job/${JobId}. */
  billOfMaterialsImportJob:
    "|,bill-of-materials-import-job|arn:|Partition|:scn:|Region|:|Account|:instance/|InstanceId|/bill-of-materials-import-job/|JobId|",
  /** ARN of a data-integration-flow resource: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/data-integration-flows/${FlowName}. */
  dataIntegrationFlow:
    "|,data-integration-flow|arn:|Partition|:scn:|Region|:|Account|:instance/|InstanceId|/data-integration-flows/|FlowName|",
  /** ARN of a dataset resource: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/namespaces/${Namespace}/datasets/${DatasetName}. */
  dataset:
    "|,dataset|arn:|Partition|:scn:|Region|:|Account|:instance/|InstanceId|/namespaces/|Namespace|/datasets/|DatasetName|",
  /** ARN of a instance resource: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}. */
  instance: "|,instance|arn:|Partition|:scn:|Region|:|Account|:instance/|InstanceId|",
  /** ARN of a namespace resource: arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/namespaces/${Namespace}. */
  namespace: "|,namespace|arn:|Partition|:scn:|Region|:|Account|:instance/|InstanceId|/namespaces/|Namespace|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "bill-of-materials-import-job",
  "data-integration-flow",
  "dataset",
  "instance",
  "namespace",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "scn">;
/** Any scn action. */
export type Action = ActionOf<typeof actionFacts, "scn">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "scn">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "supplychain" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every scn action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by using tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by using tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by using tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by using tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by using tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by using tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "scn",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
