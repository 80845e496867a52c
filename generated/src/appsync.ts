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
export const prefix: "appsync" = "appsync";
/** The service's name in the reference. */
export const serviceName: "AWS AppSync" = "AWS AppSync";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS AppSync",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsappsync.html",
  },
];
const conditionKeyList = [
  "appsync:Visibility",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = ["appsync:TagResource", "iam:CreateServiceLinkedRole", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to attach a GraphQL API to a custom domain name in AppSync. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_AssociateApi.html */
  AssociateApi: "W|||3;1;|||;",
  /** Grants permission to associate a merged API to a source API. Access level: Write. Resources: graphqlapi*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_AssociateMergedGraphqlApi.html */
  AssociateMergedGraphqlApi: "W|||6;1;||appsync:AssociateSourceGraphqlApi|;,AssociateSourceGraphqlApi",
  /** Grants permission to associate a source API to a merged API. Access level: Write. Resources: graphqlapi*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_AssociateSourceGraphqlApi.html */
  AssociateSourceGraphqlApi: "W|||6;1;||appsync:AssociateMergedGraphqlApi|AssociateMergedGraphqlApi,;",
  /** Grants permission to associate a web ACL and a resource. Access level: Write. Resources: api, graphqlapi. Permission only. https://docs.aws.amazon.com/appsync/latest/devguide/WAF-Integration.html */
  AssociateWebACL: "W||1|0;0;,6;0;|||",
  /** Grants permission to create an API. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateApi.html */
  CreateApi: "W||||1,2,3|0,1,2|;",
  /** Grants permission to create an API cache in AppSync. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateApiCache.html */
  CreateApiCache: "W||||||;",
  /** Grants permission to create a unique key that you can distribute to clients who are executing your API. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateApiKey.html */
  CreateApiKey: "W||||||;",
  /** Grants permission to create a channel namespace. Access level: Write. Resources: channelNamespace*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateChannelNamespace.html */
  CreateChannelNamespace: "W|||1;1;|1,2,3|0|;",
  /** Grants permission to create a data source. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateDataSource.html */
  CreateDataSource: "W|||||2|;",
  /** Grants permission to create a custom domain name in AppSync. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateDomainName.html */
  CreateDomainName: "W|||3;1;|1,2,3|0|;",
  /** Grants permission to create a new function. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateFunction.html */
  CreateFunction: "W||||||;",
  /** Grants permission to create a GraphQL API, which is the top level AppSync resource. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateGraphqlApi.html */
  CreateGraphqlApi: "W||||0,1,3|0,1,2|;",
  /** Grants permission to create a resolver. A resolver converts incoming requests into a format that a data source can understand, and converts the data source's responses into GraphQL. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateResolver.html */
  CreateResolver: "W||||||;",
  /** Grants permission to create a type. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateType.html */
  CreateType: "W||||||;",
  /** Grants permission to delete a API. This will also clean up every AppSync resource below that API. Access level: Write. Resources: api*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteApi.html */
  DeleteApi: "W|||0;1;|2||;",
  /** Grants permission to delete an API cache in AppSync. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteApiCache.html */
  DeleteApiCache: "W||||||;",
  /** Grants permission to delete an API key. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteApiKey.html */
  DeleteApiKey: "W||||||;",
  /** Grants permission to delete a channel namespace. Access level: Write. Resources: channelNamespace*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteChannelNamespace.html */
  DeleteChannelNamespace: "W|||1;1;|2||;",
  /** Grants permission to delete a data source. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteDataSource.html */
  DeleteDataSource: "W||||||;",
  /** Grants permission to delete a custom domain name in AppSync. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteDomainName.html */
  DeleteDomainName: "W|||3;1;|2||;",
  /** Grants permission to delete a function. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteFunction.html */
  DeleteFunction: "W||||||;",
  /** Grants permission to delete a GraphQL Api. This will also clean up every AppSync resource below that API. Access level: Write. Resources: graphqlapi*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteGraphqlApi.html */
  DeleteGraphqlApi: "W|||6;1;|2||;",
  /** Grants permission to delete a resolver. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteResolver.html */
  DeleteResolver: "W||||||;",
  /** Grants permission to remove a resource policy. Access level: Write. Permission only. https://docs.aws.amazon.com/appsync/latest/devguide/merge-api.html */
  DeleteResourcePolicy: "W||1||||",
  /** Grants permission to delete a type. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DeleteType.html */
  DeleteType: "W||||||;",
  /** Grants permission to detach a GraphQL API to a custom domain name in AppSync. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DisassociateApi.html */
  DisassociateApi: "W|||3;1;|||;",
  /** Grants permission to remove an associated source API from a merged API identified by the source API. Access level: Write. Resources: mergedApiAssociation*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DisassociateMergedGraphqlApi.html */
  DisassociateMergedGraphqlApi: "W|||7;1;|||;",
  /** Grants permission to remove an associated source API from a merged API identified by the merged API. Access level: Write. Resources: sourceApiAssociation*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_DisassociateSourceGraphqlApi.html */
  DisassociateSourceGraphqlApi: "W|||8;1;|||;",
  /** Grants permission to disassociate a web ACL and a resource. Access level: Write. Resources: api, graphqlapi. Permission only. https://docs.aws.amazon.com/appsync/latest/devguide/WAF-Integration.html */
  DisassociateWebACL: "W||1|0;0;,6;0;|||",
  /** Grants permission to evaluate code with a runtime and context. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_EvaluateCode.html */
  EvaluateCode: "R||||||;",
  /** Grants permission to evaluate template mapping. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_EvaluateMappingTemplate.html */
  EvaluateMappingTemplate: "R||||||;",
  /** Grants permission to connect to an Event API. Access level: Write. Resources: api*. https://docs.aws.amazon.com/appsync/latest/devguide/using-your-event-api.html */
  EventConnect: "W|||0;1;|||",
  /** Grants permission to publish events to a channel namespace. Access level: Write. Resources: channelNamespace*. https://docs.aws.amazon.com/appsync/latest/devguide/using-your-event-api.html */
  EventPublish: "W|||1;1;|||",
  /** Grants permission to subscribe to a channel namespace. Access level: Write. Resources: channelNamespace*. https://docs.aws.amazon.com/appsync/latest/devguide/using-your-event-api.html */
  EventSubscribe: "W|||1;1;|||",
  /** Grants permission to flush an API cache in AppSync. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_FlushApiCache.html */
  FlushApiCache: "W||||||;",
  /** Grants permission to retrieve an API. Access level: Read. Resources: api*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetApi.html */
  GetApi: "R|||0;1;|2||;",
  /** Grants permission to read custom domain name - GraphQL API association details in AppSync. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetApiAssociation.html */
  GetApiAssociation: "R|||3;1;|||;",
  /** Grants permission to read information about an API cache in AppSync. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetApiCache.html */
  GetApiCache: "R||||||;",
  /** Grants permission to retrieve a channel namespace. Access level: Read. Resources: channelNamespace*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetChannelNamespace.html */
  GetChannelNamespace: "R|||1;1;|2||;",
  /** Grants permission to retrieve a data source. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetDataSource.html */
  GetDataSource: "R||||||;",
  /** Grants permission to retrieve a data source introspection. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetDataSourceIntrospection.html */
  GetDataSourceIntrospection: "R||||||;",
  /** Grants permission to read information about a custom domain name in AppSync. Access level: Read. Resources: domain*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetDomainName.html */
  GetDomainName: "R|||3;1;|2||;",
  /** Grants permission to retrieve a function. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetFunction.html */
  GetFunction: "R||||||;",
  /** Grants permission to retrieve a GraphQL API. Access level: Read. Resources: graphqlapi*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetGraphqlApi.html */
  GetGraphqlApi: "R|||6;1;|2||;",
  /** Grants permission to retrieve the environment variables for a GraphQL API. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetGraphqlApiEnvironmentVariables.html */
  GetGraphqlApiEnvironmentVariables: "R||||||;",
  /** Grants permission to retrieve the introspection schema for a GraphQL API. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetIntrospectionSchema.html */
  GetIntrospectionSchema: "R||||||;",
  /** Grants permission to retrieve a resolver. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetResolver.html */
  GetResolver: "R||||||;",
  /** Grants permission to read a resource policy. Access level: Read. Permission only. https://docs.aws.amazon.com/appsync/latest/devguide/merge-api.html */
  GetResourcePolicy: "R||1||||",
  /** Grants permission to retrieve the current status of a schema creation operation. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetSchemaCreationStatus.html */
  GetSchemaCreationStatus: "R||||||;",
  /** Grants permission to read information about a merged API associated source API. Access level: Read. Resources: sourceApiAssociation*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetSourceApiAssociation.html */
  GetSourceApiAssociation: "R|||8;1;|||;",
  /** Grants permission to retrieve a type. Access level: Read. https://docs.aws.amazon.com/appsync/latest/APIReference/API_GetType.html */
  GetType: "R||||||;",
  /** Grants permission to get associated web ACLs for a resource. Access level: Read. Resources: api, graphqlapi. Permission only. https://docs.aws.amazon.com/appsync/latest/devguide/WAF-Integration.html */
  GetWebACLForResource: "R||1|0;0;,6;0;|||",
  /** Grants permission to send a GraphQL query to a GraphQL API. Access level: Write. Resources: field*, graphqlapi*. Permission only. https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-iam-authorization */
  GraphQL: "W||1|4;1;,6;1;|||",
  /** Grants permission to list the API keys for a given API. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListApiKeys.html */
  ListApiKeys: "L||||||;",
  /** Grants permission to list APIs. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListApis.html */
  ListApis: "L||||2||;",
  /** Grants permission to list channel namespace. Access level: List. Resources: api*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListChannelNamespaces.html */
  ListChannelNamespaces: "L|||0;1;|2||;",
  /** Grants permission to list the data sources for a given API. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListDataSources.html */
  ListDataSources: "L||||||;",
  /** Grants permission to enumerate custom domain names in AppSync. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListDomainNames.html */
  ListDomainNames: "L||||2||;",
  /** Grants permission to list the functions for a given API. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListFunctions.html */
  ListFunctions: "L||||||;",
  /** Grants permission to list GraphQL APIs. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListGraphqlApis.html */
  ListGraphqlApis: "L||||||;",
  /** Grants permission to list the resolvers for a given API and type. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListResolvers.html */
  ListResolvers: "L||||||;",
  /** Grants permission to list the resolvers that are associated with a specific function. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListResolversByFunction.html */
  ListResolversByFunction: "L||||||;",
  /** Grants permission to get associated resources for a web ACL. Access level: List. Permission only. https://docs.aws.amazon.com/appsync/latest/devguide/WAF-Integration.html */
  ListResourcesForWebACL: "L||1||||",
  /** Grants permission to list source APIs associated to a given merged API. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListSourceApiAssociations.html */
  ListSourceApiAssociations: "L||||||;",
  /** Grants permission to list the tags for a resource. Access level: Read. Resources: api, channelNamespace, domain, graphqlapi. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,3;0;,6;0;|2||;",
  /** Grants permission to list the types for a given API. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListTypes.html */
  ListTypes: "L||||||;",
  /** Grants permission to list the types for a given merged API and source API association. Access level: List. https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListTypesByAssociation.html */
  ListTypesByAssociation: "L||||||;",
  /** Grants permission to update the environment variables for a GraphQL API. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_PutGraphqlApiEnvironmentVariables.html */
  PutGraphqlApiEnvironmentVariables: "W||||||;",
  /** Grants permission to set a resource policy. Access level: Write. Permission only. https://docs.aws.amazon.com/appsync/latest/devguide/merge-api.html */
  PutResourcePolicy: "W||1||||",
  /** Grants permission to set a web ACL. Access level: Permissions management. https://docs.aws.amazon.com/appsync/latest/devguide/WAF-Integration.html */
  SetWebACL: "P||||||",
  /** Grants permission to send a GraphQL query to a source API of a merged API. Access level: Write. Resources: field*, graphqlapi*. Permission only. https://docs.aws.amazon.com/appsync/latest/devguide/using-your-api.html */
  SourceGraphQL: "W||1|4;1;,6;1;|||",
  /** Grants permission to introspect a data source. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_StartDataSourceIntrospection.html */
  StartDataSourceIntrospection: "W||||||;",
  /** Grants permission to add a new schema to your GraphQL API. This operation is asynchronous - GetSchemaCreationStatus can show when it has completed. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_StartSchemaCreation.html */
  StartSchemaCreation: "W||||||;",
  /** Grants permission to initiate a schema merge for a given merged API and associated source API. Access level: Write. Resources: sourceApiAssociation*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_StartSchemaMerge.html */
  StartSchemaMerge: "W|||8;1;|||;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: api, channelNamespace, domain, graphqlapi. https://docs.aws.amazon.com/appsync/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,3;0;,6;0;|1,2,3||CreateApi,CreateChannelNamespace,CreateDomainName,CreateGraphqlApi,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: api, channelNamespace, domain, graphqlapi. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,3;0;,6;0;|2,3||;",
  /** Grants permission to update an API. Access level: Write. Resources: api*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateApi.html */
  UpdateApi: "W|||0;1;|2|1,2|;",
  /** Grants permission to update an API cache in AppSync. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateApiCache.html */
  UpdateApiCache: "W||||||;",
  /** Grants permission to update an API key for a given API. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateApiKey.html */
  UpdateApiKey: "W||||||;",
  /** Grants permission to update a channel namespace. Access level: Write. Resources: channelNamespace*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateChannelNamespace.html */
  UpdateChannelNamespace: "W|||1;1;|2||;",
  /** Grants permission to update a data source. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateDataSource.html */
  UpdateDataSource: "W|||||2|;",
  /** Grants permission to update a custom domain name in AppSync. Access level: Write. Resources: domain*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateDomainName.html */
  UpdateDomainName: "W|||3;1;|2||;",
  /** Grants permission to update an existing function. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateFunction.html */
  UpdateFunction: "W||||||;",
  /** Grants permission to update a GraphQL API. Access level: Write. Resources: graphqlapi*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateGraphqlApi.html */
  UpdateGraphqlApi: "W|||6;1;|2|1,2|;",
  /** Grants permission to update a resolver. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateResolver.html */
  UpdateResolver: "W||||||;",
  /** Grants permission to update a merged API source API association. Access level: Write. Resources: sourceApiAssociation*. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateSourceApiAssociation.html */
  UpdateSourceApiAssociation: "W|||8;1;|||;",
  /** Grants permission to update a type. Access level: Write. https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateType.html */
  UpdateType: "W||||||;",
} as const;
const actionDetails = {
  AssociateApi: "|,;~~~|Grants permission to attach a GraphQL API to a custom domain name in AppSync",
  AssociateMergedGraphqlApi: "|,;~~~,~~|Grants permission to associate a merged API to a source API",
  AssociateSourceGraphqlApi: "|,;~~~,~~|Grants permission to associate a source API to a merged API",
  AssociateWebACL: "|,;~|Grants permission to associate a web ACL and a resource",
  CreateApi: "|,;~~~|Grants permission to create an API",
  CreateApiCache: "|,;~~~|Grants permission to create an API cache in AppSync",
  CreateApiKey:
    "|,;~~~|Grants permission to create a unique key that you can distribute to clients who are executing your API",
  CreateChannelNamespace: "|,;~~~|Grants permission to create a channel namespace",
  CreateDataSource: "|,;~~~|Grants permission to create a data source",
  CreateDomainName: "|,;~~~|Grants permission to create a custom domain name in AppSync",
  CreateFunction: "|,;~~~|Grants permission to create a new function",
  CreateGraphqlApi: "|,;~~~|Grants permission to create a GraphQL API, which is the top level AppSync resource",
  CreateResolver:
    "|,;~~~|Grants permission to create a resolver. A resolver converts incoming requests into a format that a data source can understand, and converts the data source's responses into GraphQL",
  CreateType: "|,;~~~|Grants permission to create a type",
  DeleteApi: "|,;~~~|Grants permission to delete a API. This will also clean up every AppSync resource below that API",
  DeleteApiCache: "|,;~~~|Grants permission to delete an API cache in AppSync",
  DeleteApiKey: "|,;~~~|Grants permission to delete an API key",
  DeleteChannelNamespace: "|,;~~~|Grants permission to delete a channel namespace",
  DeleteDataSource: "|,;~~~|Grants permission to delete a data source",
  DeleteDomainName: "|,;~~~|Grants permission to delete a custom domain name in AppSync",
  DeleteFunction: "|,;~~~|Grants permission to delete a function",
  DeleteGraphqlApi:
    "|,;~~~|Grants permission to delete a GraphQL Api. This will also clean up every AppSync resource below that API",
  DeleteResolver: "|,;~~~|Grants permission to delete a resolver",
  DeleteResourcePolicy: "|,;~|Grants permission to remove a resource policy",
  DeleteType: "|,;~~~|Grants permission to delete a type",
  DisassociateApi: "|,;~~~|Grants permission to detach a GraphQL API to a custom domain name in AppSync",
  DisassociateMergedGraphqlApi:
    "|,;~~~|Grants permission to remove an associated source API from a merged API identified by the source API",
  DisassociateSourceGraphqlApi:
    "|,;~~~|Grants permission to remove an associated source API from a merged API identified by the merged API",
  DisassociateWebACL: "|,;~|Grants permission to disassociate a web ACL and a resource",
  EvaluateCode: "|,;~~~|Grants permission to evaluate code with a runtime and context",
  EvaluateMappingTemplate: "|,;~~~|Grants permission to evaluate template mapping",
  EventConnect: "|,;~|Grants permission to connect to an Event API",
  EventPublish: "|,;~|Grants permission to publish events to a channel namespace",
  EventSubscribe: "|,;~|Grants permission to subscribe to a channel namespace",
  FlushApiCache: "|,;~~~|Grants permission to flush an API cache in AppSync",
  GetApi: "|,;~~~|Grants permission to retrieve an API",
  GetApiAssociation: "|,;~~~|Grants permission to read custom domain name - GraphQL API association details in AppSync",
  GetApiCache: "|,;~~~|Grants permission to read information about an API cache in AppSync",
  GetChannelNamespace: "|,;~~~|Grants permission to retrieve a channel namespace",
  GetDataSource: "|,;~~~|Grants permission to retrieve a data source",
  GetDataSourceIntrospection: "|,;~~~|Grants permission to retrieve a data source introspection",
  GetDomainName: "|,;~~~|Grants permission to read information about a custom domain name in AppSync",
  GetFunction: "|,;~~~|Grants permission to retrieve a function",
  GetGraphqlApi: "|,;~~~|Grants permission to retrieve a GraphQL API",
  GetGraphqlApiEnvironmentVariables: "|,;~~~|Grants permission to retrieve the environment variables for a GraphQL API",
  GetIntrospectionSchema: "|,;~~~|Grants permission to retrieve the introspection schema for a GraphQL API",
  GetResolver: "|,;~~~|Grants permission to retrieve a resolver",
  GetResourcePolicy: "|,;~|Grants permission to read a resource policy",
  GetSchemaCreationStatus: "|,;~~~|Grants permission to retrieve the current status of a schema creation operation",
  GetSourceApiAssociation: "|,;~~~|Grants permission to read information about a merged API associated source API",
  GetType: "|,;~~~|Grants permission to retrieve a type",
  GetWebACLForResource: "|,;~|Grants permission to get associated web ACLs for a resource",
  GraphQL: "|,;~|Grants permission to send a GraphQL query to a GraphQL API",
  ListApiKeys: "|,;~~~|Grants permission to list the API keys for a given API",
  ListApis: "|,;~~~|Grants permission to list APIs",
  ListChannelNamespaces: "|,;~~~|Grants permission to list channel namespace",
  ListDataSources: "|,;~~~|Grants permission to list the data sources for a given API",
  ListDomainNames: "|,;~~~|Grants permission to enumerate custom domain names in AppSync",
  ListFunctions: "|,;~~~|Grants permission to list the functions for a given API",
  ListGraphqlApis: "|,;~~~|Grants permission to list GraphQL APIs",
  ListResolvers: "|,;~~~|Grants permission to list the resolvers for a given API and type",
  ListResolversByFunction:
    "|,;~~~|Grants permission to list the resolvers that are associated with a specific function",
  ListResourcesForWebACL: "|,;~|Grants permission to get associated resources for a web ACL",
  ListSourceApiAssociations: "|,;~~~|Grants permission to list source APIs associated to a given merged API",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags for a resource",
  ListTypes: "|,;~~~|Grants permission to list the types for a given API",
  ListTypesByAssociation:
    "|,;~~~|Grants permission to list the types for a given merged API and source API association",
  PutGraphqlApiEnvironmentVariables: "|,;~~~|Grants permission to update the environment variables for a GraphQL API",
  PutResourcePolicy: "|,;~|Grants permission to set a resource policy",
  SetWebACL: "|,;~|Grants permission to set a web ACL",
  SourceGraphQL: "|,;~|Grants permission to send a GraphQL query to a source API of a merged API",
  StartDataSourceIntrospection: "|,;~~~|Grants permission to introspect a data source",
  StartSchemaCreation:
    "|,;~~~|Grants permission to add a new schema to your GraphQL API. This operation is asynchronous - GetSchemaCreationStatus can show when it has completed",
  StartSchemaMerge:
    "|,;~~~|Grants permission to initiate a schema merge for a given merged API and associated source API",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateApi: "|,;~~~|Grants permission to update an API",
  UpdateApiCache: "|,;~~~|Grants permission to update an API cache in AppSync",
  UpdateApiKey: "|,;~~~|Grants permission to update an API key for a given API",
  UpdateChannelNamespace: "|,;~~~|Grants permission to update a channel namespace",
  UpdateDataSource: "|,;~~~|Grants permission to update a data source",
  UpdateDomainName: "|,;~~~|Grants permission to update a custom domain name in AppSync",
  UpdateFunction: "|,;~~~|Grants permission to update an existing function",
  UpdateGraphqlApi: "|,;~~~|Grants permission to update a GraphQL API",
  UpdateResolver: "|,;~~~|Grants permission to update a resolver",
  UpdateSourceApiAssociation: "|,;~~~|Grants permission to update a merged API source API association",
  UpdateType: "|,;~~~|Grants permission to update a type",
};
const resourceTypeFacts = {
  /** The api resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${ApiId} */
  api: "|,|2",
  /** The channelNamespace resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${ApiId}/channelNamespace/${ChannelNamespaceName} */
  channelNamespace: "|,|2",
  /** The datasource resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/datasources/${DatasourceName} */
  datasource: "|,|",
  /** The domain resource type: arn:${Partition}:appsync:${Region}:${Account}:domainnames/${DomainName} */
  domain: "|,|2",
  /** The field resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/types/${TypeName}/fields/${FieldName} */
  field: "|,|",
  /** The function resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/functions/${FunctionId} */
  function: "|,function_|",
  /** The graphqlapi resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId} */
  graphqlapi: "|,|2",
  /** The mergedApiAssociation resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${SourceGraphQLAPIId}/mergedApiAssociations/${Associationid} */
  mergedApiAssociation: "|,|",
  /** The sourceApiAssociation resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${MergedGraphQLAPIId}/sourceApiAssociations/${Associationid} */
  sourceApiAssociation: "|,|",
  /** The type resource type: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/types/${TypeName} */
  type: "|,|",
} as const;
const arnFormats = {
  /** ARN of a api resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${ApiId}. */
  api: "|,api|arn:|Partition|:appsync:|Region|:|Account|:apis/|ApiId|",
  /** ARN of a channelNamespace resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${ApiId}/channelNamespace/${ChannelNamespaceName}. */
  channelNamespace:
    "|,channelNamespace|arn:|Partition|:appsync:|Region|:|Account|:apis/|ApiId|/channelNamespace/|ChannelNamespaceName|",
  /** ARN of a datasource resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/datasources/${DatasourceName}. */
  datasource:
    "|,datasource|arn:|Partition|:appsync:|Region|:|Account|:apis/|GraphQLAPIId,graphQlapiId|/datasources/|DatasourceName|",
  /** ARN of a domain resource: arn:${Partition}:appsync:${Region}:${Account}:domainnames/${DomainName}. */
  domain: "|,domain|arn:|Partition|:appsync:|Region|:|Account|:domainnames/|DomainName|",
  /** ARN of a field resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/types/${TypeName}/fields/${FieldName}. */
  field:
    "|,field|arn:|Partition|:appsync:|Region|:|Account|:apis/|GraphQLAPIId,graphQlapiId|/types/|TypeName|/fields/|FieldName|",
  /** ARN of a function resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/functions/${FunctionId}. */
  function_:
    "|,function|arn:|Partition|:appsync:|Region|:|Account|:apis/|GraphQLAPIId,graphQlapiId|/functions/|FunctionId|",
  /** ARN of a graphqlapi resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}. */
  graphqlapi: "|,graphqlapi|arn:|Partition|:appsync:|Region|:|Account|:apis/|GraphQLAPIId,graphQlapiId|",
  /** ARN of a mergedApiAssociation resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${SourceGraphQLAPIId}/mergedApiAssociations/${Associationid}. */
  mergedApiAssociation:
    "|,mergedApiAssociation|arn:|Partition|:appsync:|Region|:|Account|:apis/|SourceGraphQLAPIId,sourceGraphQlapiId|/mergedApiAssociations/|Associationid|",
  /** ARN of a sourceApiAssociation resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${MergedGraphQLAPIId}/sourceApiAssociations/${Associationid}. */
  sourceApiAssociation:
    "|,sourceApiAssociation|arn:|Partition|:appsync:|Region|:|Account|:apis/|MergedGraphQLAPIId,mergedGraphQlapiId|/sourceApiAssociations/|Associationid|",
  /** ARN of a type resource: arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/types/${TypeName}. */
  type: "|,type|arn:|Partition|:appsync:|Region|:|Account|:apis/|GraphQLAPIId,graphQlapiId|/types/|TypeName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "api",
  "channelNamespace",
  "datasource",
  "domain",
  "field",
  "function",
  "graphqlapi",
  "mergedApiAssociation",
  "sourceApiAssociation",
  "type",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "appsync">;
/** Any appsync action. */
export type Action = ActionOf<typeof actionFacts, "appsync">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "appsync">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "appsync" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every appsync action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the visibility of an API. */
  "appsync:Visibility": "String";
  /** Filters access by the presence of tag keys in the request. */
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
  "appsync:Visibility": "|,String|0||Filters access by the visibility of an API",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "appsync",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
