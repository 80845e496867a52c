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
export const prefix: "clouddirectory" = "clouddirectory";
/** The service's name in the reference. */
export const serviceName: "Amazon Cloud Directory" = "Amazon Cloud Directory";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Cloud Directory",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonclouddirectory.html",
  },
];
const conditionKeyList = [] as const;
const dependentActionList = ["clouddirectory:AttachObject"] as const;
const actionFacts = {
  /** Grants permission to add a new Facet to an object. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_AddFacetToObject.html */
  AddFacetToObject: "W|||2;1;|||;,BatchWrite",
  /** Grants permission to copy input published schema into Directory with same name and version as that of published schema. Access level: Write. Resources: directory*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ApplySchema.html */
  ApplySchema: "W|||2;1;,3;1;|||;",
  /** Grants permission to attach an existing object to another existing object. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_AttachObject.html */
  AttachObject: "W|||2;1;|||;,BatchWrite,CreateIndex,CreateObject",
  /** Grants permission to attach a policy object to any other object. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_AttachPolicy.html */
  AttachPolicy: "W|||2;1;|||;,BatchWrite",
  /** Grants permission to attach the specified object to the specified index. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_AttachToIndex.html */
  AttachToIndex: "W|||2;1;|||;,BatchWrite",
  /** Grants permission to attach a typed link b/w a source & target object reference. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_AttachTypedLink.html */
  AttachTypedLink: "W|||2;1;|||;,BatchWrite",
  /** Grants permission to perform all the read operations in a batch. Each individual operation inside BatchRead needs to be granted permissions explicitly. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_BatchRead.html */
  BatchRead:
    "R|||2;1;||clouddirectory:GetLinkAttributes,clouddirectory:GetObjectAttributes,clouddirectory:GetObjectInformation,clouddirectory:ListAttachedIndices,clouddirectory:ListIncomingTypedLinks,clouddirectory:ListIndex,clouddirectory:ListObjectAttributes,clouddirectory:ListObjectChildren,clouddirectory:ListObjectParentPaths,clouddirectory:ListObjectParents,clouddirectory:ListObjectPolicies,clouddirectory:ListOutgoingTypedLinks,clouddirectory:ListPolicyAttachments,clouddirectory:LookupPolicy|;",
  /** Grants permission to perform all the write operations in a batch. Each individual operation inside BatchWrite needs to be granted permissions explicitly. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_BatchWrite.html */
  BatchWrite:
    "W|||2;1;||clouddirectory:AddFacetToObject,0,clouddirectory:AttachPolicy,clouddirectory:AttachToIndex,clouddirectory:AttachTypedLink,clouddirectory:CreateIndex,clouddirectory:CreateObject,clouddirectory:DeleteObject,clouddirectory:DetachFromIndex,clouddirectory:DetachObject,clouddirectory:DetachTypedLink,clouddirectory:RemoveFacetFromObject,clouddirectory:UpdateLinkAttributes,clouddirectory:UpdateObjectAttributes|;",
  /** Grants permission to create a Directory by copying the published schema into the directory. Access level: Write. Resources: publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_CreateDirectory.html */
  CreateDirectory: "W|||3;1;|||;",
  /** Grants permission to create a new Facet in a schema. Access level: Write. Resources: appliedSchema*, developmentSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_CreateFacet.html */
  CreateFacet: "W|||0;1;,1;1;|||;",
  /** Grants permission to create an index object. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_CreateIndex.html */
  CreateIndex: "W|||2;1;||0|BatchWrite,;",
  /** Grants permission to create an object in a Directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_CreateObject.html */
  CreateObject: "W|||2;1;||0|BatchWrite,;",
  /** Grants permission to create a new schema in a development state. Access level: Write. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_CreateSchema.html */
  CreateSchema: "W||||||;",
  /** Grants permission to create a new Typed Link facet in a schema. Access level: Write. Resources: appliedSchema*, developmentSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_CreateTypedLinkFacet.html */
  CreateTypedLinkFacet: "W|||0;1;,1;1;|||;",
  /** Grants permission to delete a directory. Only disabled directories can be deleted. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DeleteDirectory.html */
  DeleteDirectory: "W|||2;1;|||;",
  /** Grants permission to delete a given Facet. All attributes and Rules associated with the facet will be deleted. Access level: Write. Resources: developmentSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DeleteFacet.html */
  DeleteFacet: "W|||1;1;|||;",
  /** Grants permission to delete an object and its associated attributes. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DeleteObject.html */
  DeleteObject: "W|||2;1;|||BatchWrite,;",
  /** Grants permission to delete a given schema. Access level: Write. Resources: developmentSchema*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DeleteSchema.html */
  DeleteSchema: "W|||1;1;,3;1;|||;",
  /** Grants permission to delete a given TypedLink Facet. All attributes and Rules associated with the facet will be deleted. Access level: Write. Resources: developmentSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DeleteTypedLinkFacet.html */
  DeleteTypedLinkFacet: "W|||1;1;|||;",
  /** Grants permission to detach the specified object from the specified index. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DetachFromIndex.html */
  DetachFromIndex: "W|||2;1;|||BatchWrite,;",
  /** Grants permission to detach a given object from the parent object. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DetachObject.html */
  DetachObject: "W|||2;1;|||BatchWrite,;",
  /** Grants permission to detach a policy from an object. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DetachPolicy.html */
  DetachPolicy: "W|||2;1;|||;",
  /** Grants permission to detach a given typed link b/w given source and target object reference. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DetachTypedLink.html */
  DetachTypedLink: "W|||2;1;|||BatchWrite,;",
  /** Grants permission to disable the specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_DisableDirectory.html */
  DisableDirectory: "W|||2;1;|||;",
  /** Grants permission to enable the specified directory. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_EnableDirectory.html */
  EnableDirectory: "W|||2;1;|||;",
  /** Grants permission to return current applied schema version ARN, including the minor version in use. Access level: Read. Resources: appliedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_GetAppliedSchemaVersion.html */
  GetAppliedSchemaVersion: "R|||0;1;|||;",
  /** Grants permission to retrieve metadata about a directory. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_GetDirectory.html */
  GetDirectory: "R|||2;1;|||;",
  /** Grants permission to get details of the Facet, such as Facet Name, Attributes, Rules, or ObjectType. Access level: Read. Resources: appliedSchema*, developmentSchema*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_GetFacet.html */
  GetFacet: "R|||0;1;,1;1;,3;1;|||;",
  /** Grants permission to retrieve attributes that are associated with a typed link. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_GetLinkAttributes.html */
  GetLinkAttributes: "R|||2;1;|||BatchRead,;",
  /** Grants permission to retrieve attributes within a facet that are associated with an object. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_GetObjectAttributes.html */
  GetObjectAttributes: "R|||2;1;|||BatchRead,;",
  /** Grants permission to retrieve metadata about an object. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_GetObjectInformation.html */
  GetObjectInformation: "R|||2;1;|||BatchRead,;",
  /** Grants permission to retrieve a JSON representation of the schema. Access level: Read. Resources: appliedSchema*, developmentSchema*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_GetSchemaAsJson.html */
  GetSchemaAsJson: "R|||0;1;,1;1;,3;1;|||;",
  /** Grants permission to return identity attributes order information associated with a given typed link facet. Access level: Read. Resources: appliedSchema*, developmentSchema*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_GetTypedLinkFacetInformation.html */
  GetTypedLinkFacetInformation: "R|||0;1;,1;1;,3;1;|||;",
  /** Grants permission to list schemas applied to a directory. Access level: List. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListAppliedSchemaArns.html */
  ListAppliedSchemaArns: "L|||2;1;|||;",
  /** Grants permission to list indices attached to an object. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListAttachedIndices.html */
  ListAttachedIndices: "R|||2;1;|||BatchRead,;",
  /** Grants permission to retrieve the ARNs of schemas in the development state. Access level: List. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListDevelopmentSchemaArns.html */
  ListDevelopmentSchemaArns: "L||||||;",
  /** Grants permission to list directories created within an account. Access level: List. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListDirectories.html */
  ListDirectories: "L||||||;",
  /** Grants permission to retrieve attributes attached to the facet. Access level: Read. Resources: appliedSchema*, developmentSchema*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListFacetAttributes.html */
  ListFacetAttributes: "R|||0;1;,1;1;,3;1;|||;",
  /** Grants permission to retrieve the names of facets that exist in a schema. Access level: Read. Resources: appliedSchema*, developmentSchema*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListFacetNames.html */
  ListFacetNames: "R|||0;1;,1;1;,3;1;|||;",
  /** Grants permission to return a paginated list of all incoming TypedLinks for a given object. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListIncomingTypedLinks.html */
  ListIncomingTypedLinks: "R|||2;1;|||BatchRead,;",
  /** Grants permission to list objects attached to the specified index. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListIndex.html */
  ListIndex: "R|||2;1;|||BatchRead,;",
  /** Grants permission to list the major version families of each managed schema. If a major version ARN is provided as SchemaArn, the minor version revisions in that family are listed instead. Access level: List. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListManagedSchemaArns.html */
  ListManagedSchemaArns: "L||||||;",
  /** Grants permission to list all attributes associated with an object. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListObjectAttributes.html */
  ListObjectAttributes: "R|||2;1;|||BatchRead,;",
  /** Grants permission to return a paginated list of child objects associated with a given object. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListObjectChildren.html */
  ListObjectChildren: "R|||2;1;|||BatchRead,;",
  /** Grants permission to retrieve all available parent paths for any object type such as node, leaf node, policy node, and index node objects. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListObjectParentPaths.html */
  ListObjectParentPaths: "R|||2;1;|||BatchRead,;",
  /** Grants permission to list parent objects associated with a given object in pagination fashion. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListObjectParents.html */
  ListObjectParents: "R|||2;1;|||BatchRead,;",
  /** Grants permission to return policies attached to an object in pagination fashion. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListObjectPolicies.html */
  ListObjectPolicies: "R|||2;1;|||BatchRead,;",
  /** Grants permission to return a paginated list of all outgoing TypedLinks for a given object. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListOutgoingTypedLinks.html */
  ListOutgoingTypedLinks: "R|||2;1;|||BatchRead,;",
  /** Grants permission to return all of the ObjectIdentifiers to which a given policy is attached. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListPolicyAttachments.html */
  ListPolicyAttachments: "R|||2;1;|||BatchRead,;",
  /** Grants permission to retrieve published schema ARNs. Access level: List. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListPublishedSchemaArns.html */
  ListPublishedSchemaArns: "L||||||;",
  /** Grants permission to return tags for a resource. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||2;1;|||;",
  /** Grants permission to return a paginated list of attributes associated with typed link facet. Access level: Read. Resources: appliedSchema*, developmentSchema*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListTypedLinkFacetAttributes.html */
  ListTypedLinkFacetAttributes: "R|||0;1;,1;1;,3;1;|||;",
  /** Grants permission to return a paginated list of typed link facet names that exist in a schema. Access level: Read. Resources: appliedSchema*, developmentSchema*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_ListTypedLinkFacetNames.html */
  ListTypedLinkFacetNames: "R|||0;1;,1;1;,3;1;|||;",
  /** Grants permission to list all policies from the root of the Directory to the object specified. Access level: Read. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_LookupPolicy.html */
  LookupPolicy: "R|||2;1;|||BatchRead,;",
  /** Grants permission to publish a development schema with a version. Access level: Write. Resources: developmentSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_PublishSchema.html */
  PublishSchema: "W|||1;1;|||;",
  /** Grants permission to update a schema using JSON upload. Only available for development schemas. Access level: Write. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_PutSchemaFromJson.html */
  PutSchemaFromJson: "W||||||;",
  /** Grants permission to remove the specified facet from the specified object. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_RemoveFacetFromObject.html */
  RemoveFacetFromObject: "W|||2;1;|||BatchWrite,;",
  /** Grants permission to add tags to a resource. Access level: Tagging. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_TagResource.html */
  TagResource: "T|||2;1;|||;",
  /** Grants permission to remove tags from a resource. Access level: Tagging. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||2;1;|||;",
  /** Grants permission to add/update/delete existing Attributes, Rules, or ObjectType of a Facet. Access level: Write. Resources: appliedSchema*, developmentSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_UpdateFacet.html */
  UpdateFacet: "W|||0;1;,1;1;|||;",
  /** Grants permission to update a given typed link's attributes. Attributes to be updated must not contribute to the typed link's identity, as defined by its IdentityAttributeOrder. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_UpdateLinkAttributes.html */
  UpdateLinkAttributes: "W|||2;1;|||BatchWrite,;",
  /** Grants permission to update a given object's attributes. Access level: Write. Resources: directory*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_UpdateObjectAttributes.html */
  UpdateObjectAttributes: "W|||2;1;|||BatchWrite,;",
  /** Grants permission to update the schema name with a new name. Access level: Write. Resources: developmentSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_UpdateSchema.html */
  UpdateSchema: "W|||1;1;|||;",
  /** Grants permission to add/update/delete existing Attributes, Rules, identity attribute order of a TypedLink Facet. Access level: Write. Resources: developmentSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_UpdateTypedLinkFacet.html */
  UpdateTypedLinkFacet: "W|||1;1;|||;",
  /** Grants permission to upgrade a single directory in-place using the PublishedSchemaArn with schema updates found in MinorVersion. Backwards-compatible minor version upgrades are instantaneously available for readers on all objects in the directory. Access level: Write. Resources: directory*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_UpgradeAppliedSchema.html */
  UpgradeAppliedSchema: "W|||2;1;,3;1;|||;",
  /** Grants permission to upgrade a published schema under a new minor version revision using the current contents of DevelopmentSchemaArn. Access level: Write. Resources: developmentSchema*, publishedSchema*. https://docs.aws.amazon.com/directoryservice/latest/APIReference/API_UpgradePublishedSchema.html */
  UpgradePublishedSchema: "W|||1;1;,3;1;|||;",
} as const;
const actionDetails = {
  AddFacetToObject: "|,;~~~,~~|Grants permission to add a new Facet to an object",
  ApplySchema:
    "|,;~~~|Grants permission to copy input published schema into Directory with same name and version as that of published schema",
  AttachObject: "|,;~~~,~~,~~,~~|Grants permission to attach an existing object to another existing object",
  AttachPolicy: "|,;~~~,~~|Grants permission to attach a policy object to any other object",
  AttachToIndex: "|,;~~~,~~|Grants permission to attach the specified object to the specified index",
  AttachTypedLink: "|,;~~~,~~|Grants permission to attach a typed link b/w a source & target object reference",
  BatchRead:
    "|,;~~~|Grants permission to perform all the read operations in a batch. Each individual operation inside BatchRead needs to be granted permissions explicitly",
  BatchWrite:
    "|,;~~~|Grants permission to perform all the write operations in a batch. Each individual operation inside BatchWrite needs to be granted permissions explicitly",
  CreateDirectory: "|,;~~~|Grants permission to create a Directory by copying the published schema into the directory",
  CreateFacet: "|,;~~~|Grants permission to create a new Facet in a schema",
  CreateIndex: "|,;~~~,~~|Grants permission to create an index object",
  CreateObject: "|,;~~~,~~|Grants permission to create an object in a Directory",
  CreateSchema: "|,;~~~|Grants permission to create a new schema in a development state",
  CreateTypedLinkFacet: "|,;~~~|Grants permission to create a new Typed Link facet in a schema",
  DeleteDirectory: "|,;~~~|Grants permission to delete a directory. Only disabled directories can be deleted",
  DeleteFacet:
    "|,;~~~|Grants permission to delete a given Facet. All attributes and Rules associated with the facet will be deleted",
  DeleteObject: "|,;~~~,~~|Grants permission to delete an object and its associated attributes",
  DeleteSchema: "|,;~~~|Grants permission to delete a given schema",
  DeleteTypedLinkFacet:
    "|,;~~~|Grants permission to delete a given TypedLink Facet. All attributes and Rules associated with the facet will be deleted",
  DetachFromIndex: "|,;~~~,~~|Grants permission to detach the specified object from the specified index",
  DetachObject: "|,;~~~,~~|Grants permission to detach a given object from the parent object",
  DetachPolicy: "|,;~~~|Grants permission to detach a policy from an object",
  DetachTypedLink:
    "|,;~~~,~~|Grants permission to detach a given typed link b/w given source and target object reference",
  DisableDirectory: "|,;~~~|Grants permission to disable the specified directory",
  EnableDirectory: "|,;~~~|Grants permission to enable the specified directory",
  GetAppliedSchemaVersion:
    "|,;~~~|Grants permission to return current applied schema version ARN, including the minor version in use",
  GetDirectory: "|,;~~~|Grants permission to retrieve metadata about a directory",
  GetFacet:
    "|,;~~~|Grants permission to get details of the Facet, such as Facet Name, Attributes, Rules, or ObjectType",
  GetLinkAttributes: "|,;~~~,~~|Grants permission to retrieve attributes that are associated with a typed link",
  GetObjectAttributes:
    "|,;~~~,~~|Grants permission to retrieve attributes within a facet that are associated with an object",
  GetObjectInformation: "|,;~~~,~~|Grants permission to retrieve metadata about an object",
  GetSchemaAsJson: "|,;~~~|Grants permission to retrieve a JSON representation of the schema",
  GetTypedLinkFacetInformation:
    "|,;~~~|Grants permission to return identity attributes order information associated with a given typed link facet",
  ListAppliedSchemaArns: "|,;~~~|Grants permission to list schemas applied to a directory",
  ListAttachedIndices: "|,;~~~,~~|Grants permission to list indices attached to an object",
  ListDevelopmentSchemaArns: "|,;~~~|Grants permission to retrieve the ARNs of schemas in the development state",
  ListDirectories: "|,;~~~|Grants permission to list directories created within an account",
  ListFacetAttributes: "|,;~~~|Grants permission to retrieve attributes attached to the facet",
  ListFacetNames: "|,;~~~|Grants permission to retrieve the names of facets that exist in a schema",
  ListIncomingTypedLinks:
    "|,;~~~,~~|Grants permission to return a paginated list of all incoming TypedLinks for a given object",
  ListIndex: "|,;~~~,~~|Grants permission to list objects attached to the specified index",
  ListManagedSchemaArns:
    "|,;~~~|Grants permission to list the major version families of each managed schema. If a major version ARN is provided as SchemaArn, the minor version revisions in that family are listed instead",
  ListObjectAttributes: "|,;~~~,~~|Grants permission to list all attributes associated with an object",
  ListObjectChildren:
    "|,;~~~,~~|Grants permission to return a paginated list of child objects associated with a given object",
  ListObjectParentPaths:
    "|,;~~~,~~|Grants permission to retrieve all available parent paths for any object type such as node, leaf node, policy node, and index node objects",
  ListObjectParents:
    "|,;~~~,~~|Grants permission to list parent objects associated with a given object in pagination fashion",
  ListObjectPolicies: "|,;~~~,~~|Grants permission to return policies attached to an object in pagination fashion",
  ListOutgoingTypedLinks:
    "|,;~~~,~~|Grants permission to return a paginated list of all outgoing TypedLinks for a given object",
  ListPolicyAttachments:
    "|,;~~~,~~|Grants permission to return all of the ObjectIdentifiers to which a given policy is attached",
  ListPublishedSchemaArns: "|,;~~~|Grants permission to retrieve published schema ARNs",
  ListTagsForResource: "|,;~~~|Grants permission to return tags for a resource",
  ListTypedLinkFacetAttributes:
    "|,;~~~|Grants permission to return a paginated list of attributes associated with typed link facet",
  ListTypedLinkFacetNames:
    "|,;~~~|Grants permission to return a paginated list of typed link facet names that exist in a schema",
  LookupPolicy:
    "|,;~~~,~~|Grants permission to list all policies from the root of the Directory to the object specified",
  PublishSchema: "|,;~~~|Grants permission to publish a development schema with a version",
  PutSchemaFromJson:
    "|,;~~~|Grants permission to update a schema using JSON upload. Only available for development schemas",
  RemoveFacetFromObject: "|,;~~~,~~|Grants permission to remove the specified facet from the specified object",
  TagResource: "|,;~~~|Grants permission to add tags to a resource",
  UntagResource: "|,;~~~|Grants permission to remove tags from a resource",
  UpdateFacet: "|,;~~~|Grants permission to add/update/delete existing Attributes, Rules, or ObjectType of a Facet",
  UpdateLinkAttributes:
    "|,;~~~,~~|Grants permission to update a given typed link's attributes. Attributes to be updated must not contribute to the typed link's identity, as defined by its IdentityAttributeOrder",
  UpdateObjectAttributes: "|,;~~~,~~|Grants permission to update a given object's attributes",
  UpdateSchema: "|,;~~~|Grants permission to update the schema name with a new name",
  UpdateTypedLinkFacet:
    "|,;~~~|Grants permission to add/update/delete existing Attributes, Rules, identity attribute order of a TypedLink Facet",
  UpgradeAppliedSchema:
    "|,;~~~|Grants permission to upgrade a single directory in-place using the PublishedSchemaArn with schema updates found in MinorVersion. Backwards-compatible minor version upgrades are instantaneously available for readers on all objects in the directory",
  UpgradePublishedSchema:
    "|,;~~~|Grants permission to upgrade a published schema under a new minor version revision using the current contents of DevelopmentSchemaArn",
};
const resourceTypeFacts = {
  /** The appliedSchema resource type: arn:${Partition}:clouddirectory:${Region}:${Account}:directory/${DirectoryId}/schema/${SchemaName}/${Version} */
  appliedSchema: "|,|",
  /** The developmentSchema resource type: arn:${Partition}:clouddirectory:${Region}:${Account}:schema/development/${SchemaName} */
  developmentSchema: "|,|",
  /** The directory resource type: arn:${Partition}:clouddirectory:${Region}:${Account}:directory/${DirectoryId} */
  directory: "|,|",
  /** The publishedSchema resource type: arn:${Partition}:clouddirectory:${Region}:${Account}:schema/published/${SchemaName}/${Version} */
  publishedSchema: "|,|",
} as const;
const arnFormats = {
  /** ARN of a appliedSchema resource: arn:${Partition}:clouddirectory:${Region}:${Account}:directory/${DirectoryId}/schema/${SchemaName}/${Version}. */
  appliedSchema:
    "|,appliedSchema|arn:|Partition|:clouddirectory:|Region|:|Account|:directory/|DirectoryId|/schema/|SchemaName|/|Version|",
  /** ARN of a developmentSchema resource: arn:${Partition}:clouddirectory:${Region}:${Account}:schema/development/${SchemaName}. */
  developmentSchema:
    "|,developmentSchema|arn:|Partition|:clouddirectory:|Region|:|Account|:schema/development/|SchemaName|",
  /** ARN of a directory resource: arn:${Partition}:clouddirectory:${Region}:${Account}:directory/${DirectoryId}. */
  directory: "|,directory|arn:|Partition|:clouddirectory:|Region|:|Account|:directory/|DirectoryId|",
  /** ARN of a publishedSchema resource: arn:${Partition}:clouddirectory:${Region}:${Account}:schema/published/${SchemaName}/${Version}. */
  publishedSchema:
    "|,publishedSchema|arn:|Partition|:clouddirectory:|Region|:|Account|:schema/published/|SchemaName|/|Version|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["appliedSchema", "developmentSchema", "directory", "publishedSchema"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "clouddirectory">;
/** Any clouddirectory action. */
export type Action = ActionOf<typeof actionFacts, "clouddirectory">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "clouddirectory">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "clouddirectory" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every clouddirectory action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  "clouddirectory",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
