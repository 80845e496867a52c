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
export const prefix: "appmesh" = "appmesh";
/** The service's name in the reference. */
export const serviceName: "AWS App Mesh" = "AWS App Mesh";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS App Mesh",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsappmesh.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["appmesh:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create a gateway route that is associated with a virtual gateway. Access level: Write. Resources: gatewayRoute*, virtualService. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_CreateGatewayRoute.html */
  CreateGatewayRoute: "W|||0;1;0~2,6;0;||0|;",
  /** Grants permission to create a service mesh. Access level: Write. Resources: mesh*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_CreateMesh.html */
  CreateMesh: "W|||1;1;|0,2|0|;",
  /** Grants permission to create a route that is associated with a virtual router. Access level: Write. Resources: route*, virtualNode. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_CreateRoute.html */
  CreateRoute: "W|||2;1;0~2,4;0;||0|;",
  /** Grants permission to create a virtual gateway within a service mesh. Access level: Write. Resources: virtualGateway*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_CreateVirtualGateway.html */
  CreateVirtualGateway: "W|||3;1;|0,2|0|;",
  /** Grants permission to create a virtual node within a service mesh. Access level: Write. Resources: virtualNode*, virtualService. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_CreateVirtualNode.html */
  CreateVirtualNode: "W|||4;1;0~2,6;0;||0,iam:PassRole|;",
  /** Grants permission to create a virtual router within a service mesh. Access level: Write. Resources: virtualRouter*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_CreateVirtualRouter.html */
  CreateVirtualRouter: "W|||5;1;|0,2|0|;",
  /** Grants permission to create a virtual service within a service mesh. Access level: Write. Resources: virtualNode, virtualRouter, virtualService*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_CreateVirtualService.html */
  CreateVirtualService: "W|||4;0;,5;0;,6;1;0~2||0|;",
  /** Grants permission to delete an existing gateway route. Access level: Write. Resources: gatewayRoute*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DeleteGatewayRoute.html */
  DeleteGatewayRoute: "W|||0;1;|||;",
  /** Grants permission to delete an existing service mesh. Access level: Write. Resources: mesh*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DeleteMesh.html */
  DeleteMesh: "W|||1;1;|||;",
  /** Grants permission to delete the RAM access control policy for a mesh. Access level: Write. Resources: mesh*. Permission only. https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html */
  DeleteMeshPolicy: "W||1|1;1;|||",
  /** Grants permission to delete an existing route. Access level: Write. Resources: route*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DeleteRoute.html */
  DeleteRoute: "W|||2;1;|||;",
  /** Grants permission to delete an existing virtual gateway. Access level: Write. Resources: virtualGateway*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DeleteVirtualGateway.html */
  DeleteVirtualGateway: "W|||3;1;|||;",
  /** Grants permission to delete an existing virtual node. Access level: Write. Resources: virtualNode*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DeleteVirtualNode.html */
  DeleteVirtualNode: "W|||4;1;|||;",
  /** Grants permission to delete an existing virtual router. Access level: Write. Resources: virtualRouter*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DeleteVirtualRouter.html */
  DeleteVirtualRouter: "W|||5;1;|||;",
  /** Grants permission to delete an existing virtual service. Access level: Write. Resources: virtualService*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DeleteVirtualService.html */
  DeleteVirtualService: "W|||6;1;|||;",
  /** Grants permission to describe an existing gateway route. Access level: Read. Resources: gatewayRoute*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DescribeGatewayRoute.html */
  DescribeGatewayRoute: "R|||0;1;|||;",
  /** Grants permission to describe an existing service mesh. Access level: Read. Resources: mesh*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DescribeMesh.html */
  DescribeMesh: "R|||1;1;|||;",
  /** Grants permission to describe an existing route. Access level: Read. Resources: route*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DescribeRoute.html */
  DescribeRoute: "R|||2;1;|||;",
  /** Grants permission to describe an existing virtual gateway. Access level: Read. Resources: virtualGateway*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DescribeVirtualGateway.html */
  DescribeVirtualGateway: "R|||3;1;|||;",
  /** Grants permission to describe an existing virtual node. Access level: Read. Resources: virtualNode*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DescribeVirtualNode.html */
  DescribeVirtualNode: "R|||4;1;|||;",
  /** Grants permission to describe an existing virtual router. Access level: Read. Resources: virtualRouter*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DescribeVirtualRouter.html */
  DescribeVirtualRouter: "R|||5;1;|||;",
  /** Grants permission to describe an existing virtual service. Access level: Read. Resources: virtualService*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_DescribeVirtualService.html */
  DescribeVirtualService: "R|||6;1;|||;",
  /** Grants permission to read the RAM access control policy for a mesh. Access level: Read. Resources: mesh*. Permission only. https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html */
  GetMeshPolicy: "R||1|1;1;|||",
  /** Grants permission to list existing gateway routes in a service mesh. Access level: List. Resources: virtualGateway*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_ListGatewayRoutes.html */
  ListGatewayRoutes: "L|||3;1;|||;",
  /** Grants permission to list existing service meshes. Access level: List. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_ListMeshes.html */
  ListMeshes: "L||||||;",
  /** Grants permission to list existing routes in a service mesh. Access level: List. Resources: virtualRouter*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_ListRoutes.html */
  ListRoutes: "L|||5;1;|||;",
  /** Grants permission to list the tags for an App Mesh resource. Access level: List. Resources: gatewayRoute, mesh, route, virtualGateway, virtualNode, virtualRouter, virtualService. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|||;",
  /** Grants permission to list existing virtual gateways in a service mesh. Access level: List. Resources: mesh*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_ListVirtualGateways.html */
  ListVirtualGateways: "L|||1;1;|||;",
  /** Grants permission to list existing virtual nodes. Access level: List. Resources: mesh*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_ListVirtualNodes.html */
  ListVirtualNodes: "L|||1;1;|||;",
  /** Grants permission to list existing virtual routers in a service mesh. Access level: List. Resources: mesh*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_ListVirtualRouters.html */
  ListVirtualRouters: "L|||1;1;|||;",
  /** Grants permission to list existing virtual services in a service mesh. Access level: List. Resources: mesh*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_ListVirtualServices.html */
  ListVirtualServices: "L|||1;1;|||;",
  /** Grants permission to define the RAM access control policy for a mesh. Access level: Write. Resources: mesh*. Permission only. https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html */
  PutMeshPolicy: "W||1|1;1;|||",
  /** Grants permission to receive streamed resources for an App Mesh endpoint (VirtualNode/VirtualGateway). Access level: Read. Resources: virtualGateway, virtualNode. https://docs.aws.amazon.com/app-mesh/latest/userguide/envoy.html */
  StreamAggregatedResources: "R|||3;0;,4;0;|||",
  /** Grants permission to tag a resource with a specified resourceArn. Access level: Tagging. Resources: gatewayRoute, mesh, route, virtualGateway, virtualNode, virtualRouter, virtualService. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|0,2||CreateGatewayRoute,CreateMesh,CreateRoute,CreateVirtualGateway,CreateVirtualNode,CreateVirtualRouter,CreateVirtualService,;",
  /** Grants permission to delete a tag from a resource. Access level: Tagging. Resources: gatewayRoute, mesh, route, virtualGateway, virtualNode, virtualRouter, virtualService. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|2||;",
  /** Grants permission to update an existing gateway route for a specified service mesh and virtual gateway. Access level: Write. Resources: gatewayRoute*, virtualService. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_UpdateGatewayRoute.html */
  UpdateGatewayRoute: "W|||0;1;,6;0;|||;",
  /** Grants permission to update an existing service mesh. Access level: Write. Resources: mesh*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_UpdateMesh.html */
  UpdateMesh: "W|||1;1;|||;",
  /** Grants permission to update an existing route for a specified service mesh and virtual router. Access level: Write. Resources: route*, virtualNode. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_UpdateRoute.html */
  UpdateRoute: "W|||2;1;,4;0;|||;",
  /** Grants permission to update an existing virtual gateway in a specified service mesh. Access level: Write. Resources: virtualGateway*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_UpdateVirtualGateway.html */
  UpdateVirtualGateway: "W|||3;1;|||;",
  /** Grants permission to update an existing virtual node in a specified service mesh. Access level: Write. Resources: virtualNode*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_UpdateVirtualNode.html */
  UpdateVirtualNode: "W|||4;1;|||;",
  /** Grants permission to update an existing virtual router in a specified service mesh. Access level: Write. Resources: virtualRouter*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_UpdateVirtualRouter.html */
  UpdateVirtualRouter: "W|||5;1;|||;",
  /** Grants permission to update an existing virtual service in a specified service mesh. Access level: Write. Resources: virtualNode, virtualRouter, virtualService*. https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_UpdateVirtualService.html */
  UpdateVirtualService: "W|||4;0;,5;0;,6;1;|||;",
} as const;
const actionDetails = {
  CreateGatewayRoute: "|,;~~~|Grants permission to create a gateway route that is associated with a virtual gateway",
  CreateMesh: "|,;~~~|Grants permission to create a service mesh",
  CreateRoute: "|,;~~~|Grants permission to create a route that is associated with a virtual router",
  CreateVirtualGateway: "|,;~~~|Grants permission to create a virtual gateway within a service mesh",
  CreateVirtualNode: "|,;~~~|Grants permission to create a virtual node within a service mesh",
  CreateVirtualRouter: "|,;~~~|Grants permission to create a virtual router within a service mesh",
  CreateVirtualService: "|,;~~~|Grants permission to create a virtual service within a service mesh",
  DeleteGatewayRoute: "|,;~~~|Grants permission to delete an existing gateway route",
  DeleteMesh: "|,;~~~|Grants permission to delete an existing service mesh",
  DeleteMeshPolicy: "|,;~|Grants permission to delete the RAM access control policy for a mesh",
  DeleteRoute: "|,;~~~|Grants permission to delete an existing route",
  DeleteVirtualGateway: "|,;~~~|Grants permission to delete an existing virtual gateway",
  DeleteVirtualNode: "|,;~~~|Grants permission to delete an existing virtual node",
  DeleteVirtualRouter: "|,;~~~|Grants permission to delete an existing virtual router",
  DeleteVirtualService: "|,;~~~|Grants permission to delete an existing virtual service",
  DescribeGatewayRoute: "|,;~~~|Grants permission to describe an existing gateway route",
  DescribeMesh: "|,;~~~|Grants permission to describe an existing service mesh",
  DescribeRoute: "|,;~~~|Grants permission to describe an existing route",
  DescribeVirtualGateway: "|,;~~~|Grants permission to describe an existing virtual gateway",
  DescribeVirtualNode: "|,;~~~|Grants permission to describe an existing virtual node",
  DescribeVirtualRouter: "|,;~~~|Grants permission to describe an existing virtual router",
  DescribeVirtualService: "|,;~~~|Grants permission to describe an existing virtual service",
  GetMeshPolicy: "|,;~|Grants permission to read the RAM access control policy for a mesh",
  ListGatewayRoutes: "|,;~~~|Grants permission to list existing gateway routes in a service mesh",
  ListMeshes: "|,;~~~|Grants permission to list existing service meshes",
  ListRoutes: "|,;~~~|Grants permission to list existing routes in a service mesh",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for an App Mesh resource",
  ListVirtualGateways: "|,;~~~|Grants permission to list existing virtual gateways in a service mesh",
  ListVirtualNodes: "|,;~~~|Grants permission to list existing virtual nodes",
  ListVirtualRouters: "|,;~~~|Grants permission to list existing virtual routers in a service mesh",
  ListVirtualServices: "|,;~~~|Grants permission to list existing virtual services in a service mesh",
  PutMeshPolicy: "|,;~|Grants permission to define the RAM access control policy for a mesh",
  StreamAggregatedResources:
    "|,;~|Grants permission to receive streamed resources for an App Mesh endpoint (VirtualNode/VirtualGateway)",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource with a specified resourceArn",
  UntagResource: "|,;~~~|Grants permission to delete a tag from a resource",
  UpdateGatewayRoute:
    "|,;~~~|Grants permission to update an existing gateway route for a specified service mesh and virtual gateway",
  UpdateMesh: "|,;~~~|Grants permission to update an existing service mesh",
  UpdateRoute: "|,;~~~|Grants permission to update an existing route for a specified service mesh and virtual router",
  UpdateVirtualGateway: "|,;~~~|Grants permission to update an existing virtual gateway in a specified service mesh",
  UpdateVirtualNode: "|,;~~~|Grants permission to update an existing virtual node in a specified service mesh",
  UpdateVirtualRouter: "|,;~~~|Grants permission to update an existing virtual router in a specified service mesh",
  UpdateVirtualService: "|,;~~~|Grants permission to update an existing virtual service in a specified service mesh",
};
const resourceTypeFacts = {
  /** The gatewayRoute resource type: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualGateway/${VirtualGatewayName}/gatewayRoute/${GatewayRouteName} */
  gatewayRoute: "|,|1",
  /** The mesh resource type: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName} */
  mesh: "|,|1",
  /** The route resource type: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualRouter/${VirtualRouterName}/route/${RouteName} */
  route: "|,|1",
  /** The virtualGateway resource type: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualGateway/${VirtualGatewayName} */
  virtualGateway: "|,|1",
  /** The virtualNode resource type: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualNode/${VirtualNodeName} */
  virtualNode: "|,|1",
  /** The virtualRouter resource type: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualRouter/${VirtualRouterName} */
  virtualRouter: "|,|1",
  /** The virtualService resource type: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualService/${VirtualServiceName} */
  virtualService: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a gatewayRoute resource: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualGateway/${VirtualGatewayName}/gatewayRoute/${GatewayRouteName}. */
  gatewayRoute:
    "|,gatewayRoute|arn:|Partition|:appmesh:|Region|:|Account|:mesh/|MeshName|/virtualGateway/|VirtualGatewayName|/gatewayRoute/|GatewayRouteName|",
  /** ARN of a mesh resource: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}. */
  mesh: "|,mesh|arn:|Partition|:appmesh:|Region|:|Account|:mesh/|MeshName|",
  /** ARN of a route resource: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualRouter/${VirtualRouterName}/route/${RouteName}. */
  route:
    "|,route|arn:|Partition|:appmesh:|Region|:|Account|:mesh/|MeshName|/virtualRouter/|VirtualRouterName|/route/|RouteName|",
  /** ARN of a virtualGateway resource: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualGateway/${VirtualGatewayName}. */
  virtualGateway:
    "|,virtualGateway|arn:|Partition|:appmesh:|Region|:|Account|:mesh/|MeshName|/virtualGateway/|VirtualGatewayName|",
  /** ARN of a virtualNode resource: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualNode/${VirtualNodeName}. */
  virtualNode: "|,virtualNode|arn:|Partition|:appmesh:|Region|:|Account|:mesh/|MeshName|/virtualNode/|VirtualNodeName|",
  /** ARN of a virtualRouter resource: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualRouter/${VirtualRouterName}. */
  virtualRouter:
    "|,virtualRouter|arn:|Partition|:appmesh:|Region|:|Account|:mesh/|MeshName|/virtualRouter/|VirtualRouterName|",
  /** ARN of a virtualService resource: arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualService/${VirtualServiceName}. */
  virtualService:
    "|,virtualService|arn:|Partition|:appmesh:|Region|:|Account|:mesh/|MeshName|/virtualService/|VirtualServiceName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "gatewayRoute",
  "mesh",
  "route",
  "virtualGateway",
  "virtualNode",
  "virtualRouter",
  "virtualService",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "appmesh">;
/** Any appmesh action. */
export type Action = ActionOf<typeof actionFacts, "appmesh">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "appmesh">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "appmesh" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every appmesh action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions by the presence of tag keys in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters actions by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "appmesh",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
