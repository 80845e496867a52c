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
export const prefix: "rtbfabric" = "rtbfabric";
/** The service's name in the reference. */
export const serviceName: "AWS RTB Fabric" = "AWS RTB Fabric";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS RTB Fabric",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsrtbfabric.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "rtbfabric:InboundExternalLinkGatewayId",
  "rtbfabric:InboundExternalLinkLinkId",
  "rtbfabric:LinkLinkId",
  "rtbfabric:LinkRoutingRuleRuleId",
  "rtbfabric:OutboundExternalLinkLinkId",
  "rtbfabric:RequesterGatewayGatewayId",
  "rtbfabric:ResponderGatewayGatewayId",
] as const;
const dependentActionList = ["rtbfabric:TagResource"] as const;
const actionFacts = {
  /** Grants permission to accept a link invitation from another Gateway. Access level: Write. Resources: Link*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_AcceptLink.html */
  AcceptLink: "W|||1;1;|||;",
  /** Grants permission to associate an ACM certificate with a responder gateway. Access level: Write. Resources: ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_AssociateCertificate.html */
  AssociateCertificate: "W|||5;1;|||;",
  /** Grants permission to create an inbound external link for a responder gateway. Access level: Write. Resources: ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_CreateInboundExternalLink.html */
  CreateInboundExternalLink: "W|||5;1;|0,2|0|;",
  /** Grants permission to create a new link between RTB applications. Access level: Write. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_CreateLink.html */
  CreateLink: "W||||0,2|0|;",
  /** Grants permission to create a routing rule for a link. Access level: Write. Resources: Link*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_CreateLinkRoutingRule.html */
  CreateLinkRoutingRule: "W|||1;1;|0,2||;",
  /** Grants permission to create an outbound external link for a requester gateway to connect to external public responder endpoints. Access level: Write. Resources: RequesterGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_CreateOutboundExternalLink.html */
  CreateOutboundExternalLink: "W|||4;1;|0,2|0|;",
  /** Grants permission to create a requester gateway. Access level: Write. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_CreateRequesterGateway.html */
  CreateRequesterGateway: "W||||0,2|0|;",
  /** Grants permission to create a responder gateway. Access level: Write. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_CreateResponderGateway.html */
  CreateResponderGateway: "W||||0,2|0|;",
  /** Grants permission to delete an inbound external link. Access level: Write. Resources: InboundExternalLink*, ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_DeleteInboundExternalLink.html */
  DeleteInboundExternalLink: "W|||0;1;,5;1;|||;",
  /** Grants permission to delete a link between RTB applications. Access level: Write. Resources: Link*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_DeleteLink.html */
  DeleteLink: "W|||1;1;|||;",
  /** Grants permission to delete a routing rule from a link. Access level: Write. Resources: Link*, LinkRoutingRule*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_DeleteLinkRoutingRule.html */
  DeleteLinkRoutingRule: "W|||1;1;,2;1;|||",
  /** Grants permission to delete an outbound external link. Access level: Write. Resources: OutboundExternalLink*, RequesterGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_DeleteOutboundExternalLink.html */
  DeleteOutboundExternalLink: "W|||3;1;,4;1;|||;",
  /** Grants permission to delete a requester gateway. Access level: Write. Resources: RequesterGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_DeleteRequesterGateway.html */
  DeleteRequesterGateway: "W|||4;1;|||;",
  /** Grants permission to delete a responder gateway. Access level: Write. Resources: ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_DeleteResponderGateway.html */
  DeleteResponderGateway: "W|||5;1;|||;",
  /** Grants permission to remove a certificate association from a responder gateway. Access level: Write. Resources: ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_DisassociateCertificate.html */
  DisassociateCertificate: "W|||5;1;|||;",
  /** Grants permission to retrieve details of a certificate association with a responder gateway. Access level: Read. Resources: ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_GetCertificateAssociation.html */
  GetCertificateAssociation: "R|||5;1;|||;",
  /** Grants permission to retrieve information about an inbound external link. Access level: Read. Resources: InboundExternalLink*, ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_GetInboundExternalLink.html */
  GetInboundExternalLink: "R|||0;1;,5;1;|||;",
  /** Grants permission to retrieve information about a link between RTB applications. Access level: Read. Resources: Link*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_GetLink.html */
  GetLink: "R|||1;1;|||;",
  /** Grants permission to retrieve information about a routing rule for a link. Access level: Read. Resources: Link*, LinkRoutingRule*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_GetLinkRoutingRule.html */
  GetLinkRoutingRule: "R|||1;1;,2;1;|||;",
  /** Grants permission to retrieve information about an outbound external link. Access level: Read. Resources: OutboundExternalLink*, RequesterGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_GetOutboundExternalLink.html */
  GetOutboundExternalLink: "R|||3;1;,4;1;|||;",
  /** Grants permission to retrieve information about a requester gateway. Access level: Read. Resources: RequesterGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_GetRequesterGateway.html */
  GetRequesterGateway: "R|||4;1;|||;",
  /** Grants permission to retrieve information about a responder gateway. Access level: Read. Resources: ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_GetResponderGateway.html */
  GetResponderGateway: "R|||5;1;|||;",
  /** Grants permission to list certificate associations for a responder gateway. Access level: List. Resources: ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_ListCertificateAssociations.html */
  ListCertificateAssociations: "L|||5;1;|||;",
  /** Grants permission to list routing rules for a link. Access level: List. Resources: Link*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_ListLinkRoutingRules.html */
  ListLinkRoutingRules: "L|||1;1;|||;",
  /** Grants permission to list links associated with an RTB application. Access level: List. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_ListLinks.html */
  ListLinks: "L||||||;",
  /** Grants permission to list requester gateways with optional filtering and pagination. Access level: List. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_ListRequesterGateways.html */
  ListRequesterGateways: "L||||||;",
  /** Grants permission to list responder gateways with optional filtering and pagination. Access level: List. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_ListResponderGateways.html */
  ListResponderGateways: "L||||||;",
  /** Grants permission to list tags for a resource. Access level: Read. Resources: InboundExternalLink, Link, LinkRoutingRule, OutboundExternalLink, RequesterGateway, ResponderGateway. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|||;",
  /** Grants permission to reject a link request between RTB applications. Access level: Write. Resources: Link*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_RejectLink.html */
  RejectLink: "W|||1;1;|||;",
  /** Grants permission to assign one or more tags (key-value pairs) to the specified resource. Access level: Tagging. Resources: InboundExternalLink, Link, LinkRoutingRule, OutboundExternalLink, RequesterGateway, ResponderGateway. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|0,2||CreateInboundExternalLink,CreateLink,CreateOutboundExternalLink,CreateRequesterGateway,CreateResponderGateway,;",
  /** Grants permission to remove a tag or tags from a resource. Access level: Tagging. Resources: InboundExternalLink, Link, LinkRoutingRule, OutboundExternalLink, RequesterGateway, ResponderGateway. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|2||;",
  /** Grants permission to update configuration settings for an existing link. Access level: Write. Resources: Link*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_UpdateLink.html */
  UpdateLink: "W|||1;1;|||;",
  /** Grants permission to update a link module flow. Access level: Write. Resources: Link*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_UpdateLinkModuleFlow.html */
  UpdateLinkModuleFlow: "W|||1;1;|||;",
  /** Grants permission to update a routing rule for a link. Access level: Write. Resources: Link*, LinkRoutingRule*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_UpdateLinkRoutingRule.html */
  UpdateLinkRoutingRule: "W|||1;1;,2;1;|||;",
  /** Grants permission to update a requester gateway. Access level: Write. Resources: RequesterGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_UpdateRequesterGateway.html */
  UpdateRequesterGateway: "W|||4;1;|||;",
  /** Grants permission to update a responder gateway. Access level: Write. Resources: ResponderGateway*. https://docs.aws.amazon.com/rtb-fabric/latest/api/API_UpdateResponderGateway.html */
  UpdateResponderGateway: "W|||5;1;|||;",
} as const;
const actionDetails = {
  AcceptLink: "|,;~~~|Grants permission to accept a link invitation from another Gateway",
  AssociateCertificate: "|,;~~~|Grants permission to associate an ACM certificate with a responder gateway",
  CreateInboundExternalLink: "|,;~~~|Grants permission to create an inbound external link for a responder gateway",
  CreateLink: "|,;~~~|Grants permission to create a new link between RTB applications",
  CreateLinkRoutingRule: "|,;~~~|Grants permission to create a routing rule for a link",
  CreateOutboundExternalLink:
    "|,;~~~|Grants permission to create an outbound external link for a requester gateway to connect to external public responder endpoints",
  CreateRequesterGateway: "|,;~~~|Grants permission to create a requester gateway",
  CreateResponderGateway: "|,;~~~|Grants permission to create a responder gateway",
  DeleteInboundExternalLink: "|,;~~~|Grants permission to delete an inbound external link",
  DeleteLink: "|,;~~~|Grants permission to delete a link between RTB applications",
  DeleteLinkRoutingRule: "|,;~|Grants permission to delete a routing rule from a link",
  DeleteOutboundExternalLink: "|,;~~~|Grants permission to delete an outbound external link",
  DeleteRequesterGateway: "|,;~~~|Grants permission to delete a requester gateway",
  DeleteResponderGateway: "|,;~~~|Grants permission to delete a responder gateway",
  DisassociateCertificate: "|,;~~~|Grants permission to remove a certificate association from a responder gateway",
  GetCertificateAssociation:
    "|,;~~~|Grants permission to retrieve details of a certificate association with a responder gateway",
  GetInboundExternalLink: "|,;~~~|Grants permission to retrieve information about an inbound external link",
  GetLink: "|,;~~~|Grants permission to retrieve information about a link between RTB applications",
  GetLinkRoutingRule: "|,;~~~|Grants permission to retrieve information about a routing rule for a link",
  GetOutboundExternalLink: "|,;~~~|Grants permission to retrieve information about an outbound external link",
  GetRequesterGateway: "|,;~~~|Grants permission to retrieve information about a requester gateway",
  GetResponderGateway: "|,;~~~|Grants permission to retrieve information about a responder gateway",
  ListCertificateAssociations: "|,;~~~|Grants permission to list certificate associations for a responder gateway",
  ListLinkRoutingRules: "|,;~~~|Grants permission to list routing rules for a link",
  ListLinks: "|,;~~~|Grants permission to list links associated with an RTB application",
  ListRequesterGateways: "|,;~~~|Grants permission to list requester gateways with optional filtering and pagination",
  ListResponderGateways: "|,;~~~|Grants permission to list responder gateways with optional filtering and pagination",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  RejectLink: "|,;~~~|Grants permission to reject a link request between RTB applications",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~|Grants permission to assign one or more tags (key-value pairs) to the specified resource",
  UntagResource: "|,;~~~|Grants permission to remove a tag or tags from a resource",
  UpdateLink: "|,;~~~|Grants permission to update configuration settings for an existing link",
  UpdateLinkModuleFlow: "|,;~~~|Grants permission to update a link module flow",
  UpdateLinkRoutingRule: "|,;~~~|Grants permission to update a routing rule for a link",
  UpdateRequesterGateway: "|,;~~~|Grants permission to update a requester gateway",
  UpdateResponderGateway: "|,;~~~|Grants permission to update a responder gateway",
};
const resourceTypeFacts = {
  /** The InboundExternalLink resource type: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId} */
  InboundExternalLink: "|,inboundExternalLink|1,4,9",
  /** The Link resource type: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId} */
  Link: "|,link|1,5,8,9",
  /** The LinkRoutingRule resource type: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId}/routing-rule/${RuleId} */
  LinkRoutingRule: "|,linkRoutingRule|1,5,6",
  /** The OutboundExternalLink resource type: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId} */
  OutboundExternalLink: "|,outboundExternalLink|1,7,8",
  /** The RequesterGateway resource type: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId} */
  RequesterGateway: "|,requesterGateway|1,8",
  /** The ResponderGateway resource type: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId} */
  ResponderGateway: "|,responderGateway|1,9",
} as const;
const arnFormats = {
  /** ARN of a InboundExternalLink resource: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId}. */
  inboundExternalLink:
    "|,InboundExternalLink|arn:|Partition|:rtbfabric:|Region|:|Account|:gateway/|GatewayId|/link/|LinkId|",
  /** ARN of a Link resource: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId}. */
  link: "|,Link|arn:|Partition|:rtbfabric:|Region|:|Account|:gateway/|GatewayId|/link/|LinkId|",
  /** ARN of a LinkRoutingRule resource: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId}/routing-rule/${RuleId}. */
  linkRoutingRule:
    "|,LinkRoutingRule|arn:|Partition|:rtbfabric:|Region|:|Account|:gateway/|GatewayId|/link/|LinkId|/routing-rule/|RuleId|",
  /** ARN of a OutboundExternalLink resource: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId}. */
  outboundExternalLink:
    "|,OutboundExternalLink|arn:|Partition|:rtbfabric:|Region|:|Account|:gateway/|GatewayId|/link/|LinkId|",
  /** ARN of a RequesterGateway resource: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}. */
  requesterGateway: "|,RequesterGateway|arn:|Partition|:rtbfabric:|Region|:|Account|:gateway/|GatewayId|",
  /** ARN of a ResponderGateway resource: arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}. */
  responderGateway: "|,ResponderGateway|arn:|Partition|:rtbfabric:|Region|:|Account|:gateway/|GatewayId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "InboundExternalLink",
  "Link",
  "LinkRoutingRule",
  "OutboundExternalLink",
  "RequesterGateway",
  "ResponderGateway",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "rtbfabric">;
/** Any rtbfabric action. */
export type Action = ActionOf<typeof actionFacts, "rtbfabric">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "rtbfabric">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "rtbfabric" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every rtbfabric action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key and value pair that is allowed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key and value pair of a resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by a list of tag keys that are allowed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by gateway identifier supporting rtb-gw-* formats. */
  "rtbfabric:InboundExternalLinkGatewayId": "String";
  /** Filters access by InboundExternalLink resource linkId identifier. */
  "rtbfabric:InboundExternalLinkLinkId": "String";
  /** Filters access by Link resource linkId identifier. */
  "rtbfabric:LinkLinkId": "String";
  /** Filters access by routing rule identifier supporting rule-* formats. */
  "rtbfabric:LinkRoutingRuleRuleId": "String";
  /** Filters access by OutboundExternalLink resource linkId identifier. */
  "rtbfabric:OutboundExternalLinkLinkId": "String";
  /** Filters access by gateway identifier supporting rtb-gw-* formats. */
  "rtbfabric:RequesterGatewayGatewayId": "String";
  /** Filters access by gateway identifier supporting rtb-gw-* formats. */
  "rtbfabric:ResponderGatewayGatewayId": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair that is allowed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by a tag key and value pair of a resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by a list of tag keys that are allowed in the request",
  "rtbfabric:InboundExternalLinkGatewayId":
    "|,String|0||Filters access by gateway identifier supporting rtb-gw-* formats",
  "rtbfabric:InboundExternalLinkLinkId": "|,String|0||Filters access by InboundExternalLink resource linkId identifier",
  "rtbfabric:LinkLinkId": "|,String|0||Filters access by Link resource linkId identifier",
  "rtbfabric:LinkRoutingRuleRuleId": "|,String|0||Filters access by routing rule identifier supporting rule-* formats",
  "rtbfabric:OutboundExternalLinkLinkId":
    "|,String|0||Filters access by OutboundExternalLink resource linkId identifier",
  "rtbfabric:RequesterGatewayGatewayId": "|,String|0||Filters access by gateway identifier supporting rtb-gw-* formats",
  "rtbfabric:ResponderGatewayGatewayId": "|,String|0||Filters access by gateway identifier supporting rtb-gw-* formats",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "rtbfabric",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
