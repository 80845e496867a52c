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
export const prefix: "managedblockchain" = "managedblockchain";
/** The service's name in the reference. */
export const serviceName: "Amazon Managed Blockchain" = "Amazon Managed Blockchain";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Managed Blockchain",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmanagedblockchain.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = ["iam:CreateServiceLinkedRole", "managedblockchain:TagResource"] as const;
const actionFacts = {
  /** Grants permission to create an Amazon Managed Blockchain accessor. Access level: Write. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_CreateAccessor.html */
  CreateAccessor: "W||||0,2|1|;",
  /** Grants permission to create a member of an Amazon Managed Blockchain network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_CreateMember.html */
  CreateMember: "W|||3;1;|0,2|0,1|;",
  /** Grants permission to create an Amazon Managed Blockchain network. Access level: Write. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_CreateNetwork.html */
  CreateNetwork: "W||||0,2|0,1|;",
  /** Grants permission to create a node within a member of an Amazon Managed Blockchain network. Access level: Write. Resources: member, network. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_CreateNode.html */
  CreateNode: "W|||2;0;,3;0;|0,2|0,1|;",
  /** Grants permission to create a proposal that other blockchain network members can vote on to add or remove a member in an Amazon Managed Blockchain network. Access level: Write. Resources: network*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_CreateProposal.html */
  CreateProposal: "W|||3;1;|0,2|1|;",
  /** Grants permission to delete an Amazon Managed Blockchain accessor. Access level: Write. Resources: accessor*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_DeleteAccessor.html */
  DeleteAccessor: "W|||0;1;|||;",
  /** Grants permission to delete a member and all associated resources from an Amazon Managed Blockchain network. Access level: Write. Resources: member*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_DeleteMember.html */
  DeleteMember: "W|||2;1;|||;",
  /** Grants permission to delete a node from a member of an Amazon Managed Blockchain network. Access level: Write. Resources: node*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_DeleteNode.html */
  DeleteNode: "W|||4;1;|||;",
  /** Grants permission to send HTTP GET requests to an Ethereum node. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/managed-blockchain/latest/ethereum-dev/security_iam_id-based-policy-examples.html */
  GET: "P||1||||",
  /** Grants permission to return detailed information about an Amazon Managed Blockchain accessor. Access level: Read. Resources: accessor*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_GetAccessor.html */
  GetAccessor: "R|||0;1;|||;",
  /** Grants permission to return detailed information about a member of an Amazon Managed Blockchain network. Access level: Read. Resources: member*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_GetMember.html */
  GetMember: "R|||2;1;|||;",
  /** Grants permission to return detailed information about an Amazon Managed Blockchain network. Access level: Read. Resources: network*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_GetNetwork.html */
  GetNetwork: "R|||3;1;|||;",
  /** Grants permission to return detailed information about a node within a member of an Amazon Managed Blockchain network. Access level: Read. Resources: node*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_GetNode.html */
  GetNode: "R|||4;1;|||;",
  /** Grants permission to return detailed information about a proposal of an Amazon Managed Blockchain network. Access level: Read. Resources: proposal*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_GetProposal.html */
  GetProposal: "R|||5;1;|||;",
  /** Grants permission to create WebSocket connections to an Ethereum node. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/managed-blockchain/latest/ethereum-dev/security_iam_id-based-policy-examples.html */
  Invoke: "P||1||||",
  /** Grants permission to invoke the Bitcoin Mainnet RPCs. Access level: Read. https://docs.aws.amazon.com/managed-blockchain/latest/ambbtc-dg/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-access-bitcoin-networks */
  InvokeRpcBitcoinMainnet: "R||||||",
  /** Grants permission to invoke the Bitcoin Testnet RPCs. Access level: Read. https://docs.aws.amazon.com/managed-blockchain/latest/ambbtc-dg/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-access-bitcoin-networks */
  InvokeRpcBitcoinTestnet: "R||||||",
  /** Grants permission to invoke the Polygon Mainnet RPCs. Access level: Read. https://docs.aws.amazon.com/managed-blockchain/latest/ambp-dg/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-access-polygon-networks */
  InvokeRpcPolygonMainnet: "R||||||",
  /** Grants permission to invoke the Polygon Mumbai Testnet RPCs. Access level: Read. https://docs.aws.amazon.com/managed-blockchain/latest/ambp-dg/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-access-polygon-networks */
  InvokeRpcPolygonMumbaiTestnet: "R||||||",
  /** Grants permission to list the Amazon Managed Blockchain accessors owned by the current AWS account. Access level: List. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_ListAccessors.html */
  ListAccessors: "L||||||;",
  /** Grants permission to list the invitations extended to the active AWS account from any Managed Blockchain network. Access level: List. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_ListInvitations.html */
  ListInvitations: "L||||||;",
  /** Grants permission to list the members of an Amazon Managed Blockchain network and the properties of their memberships. Access level: List. Resources: network*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_ListMembers.html */
  ListMembers: "L|||3;1;|||;",
  /** Grants permission to list the Amazon Managed Blockchain networks in which the current AWS account participates. Access level: List. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_ListNetworks.html */
  ListNetworks: "L||||||;",
  /** Grants permission to list the nodes within a member of an Amazon Managed Blockchain network. Access level: List. Resources: member, network. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_ListNodes.html */
  ListNodes: "L|||2;0;,3;0;|||;",
  /** Grants permission to list all votes for a proposal, including the value of the vote and the unique identifier of the member that cast the vote for the given Amazon Managed Blockchain network. Access level: Read. Resources: proposal*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_ListProposalVotes.html */
  ListProposalVotes: "R|||5;1;|||;",
  /** Grants permission to list proposals for the given Amazon Managed Blockchain network. Access level: List. Resources: network*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_ListProposals.html */
  ListProposals: "L|||3;1;|||;",
  /** Grants permission to view tags associated with an Amazon Managed Blockchain resource. Access level: Read. Resources: accessor, invitation, member, network, node, proposal. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|||;",
  /** Grants permission to send HTTP POST requests to an Ethereum node. Access level: Permissions management. Permission only. https://docs.aws.amazon.com/managed-blockchain/latest/ethereum-dev/security_iam_id-based-policy-examples.html */
  POST: "P||1||||",
  /** Grants permission to reject the invitation to join the blockchain network. Access level: Write. Resources: invitation*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_RejectInvitation.html */
  RejectInvitation: "W|||1;1;|||;",
  /** Grants permission to add tags to an Amazon Managed Blockchain resource. Access level: Tagging. Resources: accessor, invitation, member, network, node, proposal. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|0,2||CreateAccessor,CreateMember,CreateNetwork,CreateNode,CreateProposal,;",
  /** Grants permission to remove tags from an Amazon Managed Blockchain resource. Access level: Tagging. Resources: accessor, invitation, member, network, node, proposal. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;|2||;",
  /** Grants permission to update a member of an Amazon Managed Blockchain network. Access level: Write. Resources: member*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_UpdateMember.html */
  UpdateMember: "W|||2;1;||0|;",
  /** Grants permission to update a node from a member of an Amazon Managed Blockchain network. Access level: Write. Resources: node*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_UpdateNode.html */
  UpdateNode: "W|||4;1;||0|;",
  /** Grants permission to cast a vote for a proposal on behalf of the blockchain network member specified. Access level: Write. Resources: proposal*. https://docs.aws.amazon.com/managed-blockchain/latest/APIReference/API_VoteOnProposal.html */
  VoteOnProposal: "W|||5;1;|||;",
} as const;
const actionDetails = {
  CreateAccessor: "|,;~~~|Grants permission to create an Amazon Managed Blockchain accessor",
  CreateMember: "|,;~~~|Grants permission to create a member of an Amazon Managed Blockchain network",
  CreateNetwork: "|,;~~~|Grants permission to create an Amazon Managed Blockchain network",
  CreateNode: "|,;~~~|Grants permission to create a node within a member of an Amazon Managed Blockchain network",
  CreateProposal:
    "|,;~~~|Grants permission to create a proposal that other blockchain network members can vote on to add or remove a member in an Amazon Managed Blockchain network",
  DeleteAccessor: "|,;~~~|Grants permission to delete an Amazon Managed Blockchain accessor",
  DeleteMember:
    "|,;~~~|Grants permission to delete a member and all associated resources from an Amazon Managed Blockchain network",
  DeleteNode: "|,;~~~|Grants permission to delete a node from a member of an Amazon Managed Blockchain network",
  GET: "|,;~|Grants permission to send HTTP GET requests to an Ethereum node",
  GetAccessor: "|,;~~~|Grants permission to return detailed information about an Amazon Managed Blockchain accessor",
  GetMember:
    "|,;~~~|Grants permission to return detailed information about a member of an Amazon Managed Blockchain network",
  GetNetwork: "|,;~~~|Grants permission to return detailed information about an Amazon Managed Blockchain network",
  GetNode:
    "|,;~~~|Grants permission to return detailed information about a node within a member of an Amazon Managed Blockchain network",
  GetProposal:
    "|,;~~~|Grants permission to return detailed information about a proposal of an Amazon Managed Blockchain network",
  Invoke: "|,;~|Grants permission to create WebSocket connections to an Ethereum node",
  InvokeRpcBitcoinMainnet: "|,;~|Grants permission to invoke the Bitcoin Mainnet RPCs",
  InvokeRpcBitcoinTestnet: "|,;~|Grants permission to invoke the Bitcoin Testnet RPCs",
  InvokeRpcPolygonMainnet: "|,;~|Grants permission to invoke the Polygon Mainnet RPCs",
  InvokeRpcPolygonMumbaiTestnet: "|,;~|Grants permission to invoke the Polygon Mumbai Testnet RPCs",
  ListAccessors:
    "|,;~~~|Grants permission to list the Amazon Managed Blockchain accessors owned by the current AWS account",
  ListInvitations:
    "|,;~~~|Grants permission to list the invitations extended to the active AWS account from any Managed Blockchain network",
  ListMembers:
    "|,;~~~|Grants permission to list the members of an Amazon Managed Blockchain network and the properties of their memberships",
  ListNetworks:
    "|,;~~~|Grants permission to list the Amazon Managed Blockchain networks in which the current AWS account participates",
  ListNodes: "|,;~~~|Grants permission to list the nodes within a member of an Amazon Managed Blockchain network",
  ListProposalVotes:
    "|,;~~~|Grants permission to list all votes for a proposal, including the value of the vote and the unique identifier of the member that cast the vote for the given Amazon Managed Blockchain network",
  ListProposals: "|,;~~~|Grants permission to list proposals for the given Amazon Managed Blockchain network",
  ListTagsForResource: "|,;~~~|Grants permission to view tags associated with an Amazon Managed Blockchain resource",
  POST: "|,;~|Grants permission to send HTTP POST requests to an Ethereum node",
  RejectInvitation: "|,;~~~|Grants permission to reject the invitation to join the blockchain network",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~|Grants permission to add tags to an Amazon Managed Blockchain resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from an Amazon Managed Blockchain resource",
  UpdateMember: "|,;~~~|Grants permission to update a member of an Amazon Managed Blockchain network",
  UpdateNode: "|,;~~~|Grants permission to update a node from a member of an Amazon Managed Blockchain network",
  VoteOnProposal:
    "|,;~~~|Grants permission to cast a vote for a proposal on behalf of the blockchain network member specified",
};
const resourceTypeFacts = {
  /** The accessor resource type: arn:${Partition}:managedblockchain:${Region}:${Account}:accessors/${AccessorId} */
  accessor: "|,|1",
  /** The invitation resource type: arn:${Partition}:managedblockchain:${Region}:${Account}:invitations/${InvitationId} */
  invitation: "|,|1",
  /** The member resource type: arn:${Partition}:managedblockchain:${Region}:${Account}:members/${MemberId} */
  member: "|,|1",
  /** The network resource type: arn:${Partition}:managedblockchain:${Region}::networks/${NetworkId} */
  network: "|,|1",
  /** The node resource type: arn:${Partition}:managedblockchain:${Region}:${Account}:nodes/${NodeId} */
  node: "|,|1",
  /** The proposal resource type: arn:${Partition}:managedblockchain:${Region}::proposals/${ProposalId} */
  proposal: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a accessor resource: arn:${Partition}:managedblockchain:${Region}:${Account}:accessors/${AccessorId}. */
  accessor: "|,accessor|arn:|Partition|:managedblockchain:|Region|:|Account|:accessors/|AccessorId|",
  /** ARN of a invitation resource: arn:${Partition}:managedblockchain:${Region}:${Account}:invitations/${InvitationId}. */
  invitation: "|,invitation|arn:|Partition|:managedblockchain:|Region|:|Account|:invitations/|InvitationId|",
  /** ARN of a member resource: arn:${Partition}:managedblockchain:${Region}:${Account}:members/${MemberId}. */
  member: "|,member|arn:|Partition|:managedblockchain:|Region|:|Account|:members/|MemberId|",
  /** ARN of a network resource: arn:${Partition}:managedblockchain:${Region}::networks/${NetworkId}. */
  network: "|,network|arn:|Partition|:managedblockchain:|Region|::networks/|NetworkId|",
  /** ARN of a node resource: arn:${Partition}:managedblockchain:${Region}:${Account}:nodes/${NodeId}. */
  node: "|,node|arn:|Partition|:managedblockchain:|Region|:|Account|:nodes/|NodeId|",
  /** ARN of a proposal resource: arn:${Partition}:managedblockchain:${Region}::proposals/${ProposalId}. */
  proposal: "|,proposal|arn:|Partition|:managedblockchain:|Region|::proposals/|ProposalId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["accessor", "invitation", "member", "network", "node", "proposal"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "managedblockchain">;
/** Any managedblockchain action. */
export type Action = ActionOf<typeof actionFacts, "managedblockchain">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "managedblockchain">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "managedblockchain" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every managedblockchain action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters actions based on the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters actions based on the tags associated with an Amazon Managed Blockchain resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters actions based on the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters actions based on the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters actions based on the tags associated with an Amazon Managed Blockchain resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters actions based on the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "managedblockchain",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
