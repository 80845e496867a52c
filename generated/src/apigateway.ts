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
export const prefix: "apigateway" = "apigateway";
/** The service's name in the reference. */
export const serviceName: "Amazon API Gateway Management" = "Amazon API Gateway Management";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon API Gateway Management",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonapigatewaymanagement.html",
  },
  {
    name: "Amazon API Gateway Management V2",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonapigatewaymanagementv2.html",
  },
];
const conditionKeyList = [
  "apigateway:Request/AccessAssociationSource",
  "apigateway:Request/AccessLoggingDestination",
  "apigateway:Request/AccessLoggingFormat",
  "apigateway:Request/ApiKeyRequired",
  "apigateway:Request/ApiName",
  "apigateway:Request/AuthorizerType",
  "apigateway:Request/AuthorizerUri",
  "apigateway:Request/CognitoUserPoolArn",
  "apigateway:Request/ConditionBasePaths",
  "apigateway:Request/DisableExecuteApiEndpoint",
  "apigateway:Request/DomainNameArn",
  "apigateway:Request/EndpointType",
  "apigateway:Request/Method",
  "apigateway:Request/MtlsTrustStoreUri",
  "apigateway:Request/MtlsTrustStoreVersion",
  "apigateway:Request/PortalDisplayName",
  "apigateway:Request/PortalDomainName",
  "apigateway:Request/PortalProductDisplayName",
  "apigateway:Request/Priority",
  "apigateway:Request/ProductPageTitle",
  "apigateway:Request/ProductRestEndpointPageEndpointPrefix",
  "apigateway:Request/RestApiId",
  "apigateway:Request/RouteAuthorizationType",
  "apigateway:Request/RoutingMode",
  "apigateway:Request/SecurityPolicy",
  "apigateway:Request/Stage",
  "apigateway:Request/StageName",
  "apigateway:Resource/AccessLoggingDestination",
  "apigateway:Resource/AccessLoggingFormat",
  "apigateway:Resource/ApiKeyRequired",
  "apigateway:Resource/ApiName",
  "apigateway:Resource/AuthorizerType",
  "apigateway:Resource/AuthorizerUri",
  "apigateway:Resource/CognitoUserPoolArn",
  "apigateway:Resource/ConditionBasePaths",
  "apigateway:Resource/DisableExecuteApiEndpoint",
  "apigateway:Resource/EndpointType",
  "apigateway:Resource/Method",
  "apigateway:Resource/MtlsTrustStoreUri",
  "apigateway:Resource/MtlsTrustStoreVersion",
  "apigateway:Resource/PortalDisplayName",
  "apigateway:Resource/PortalDomainName",
  "apigateway:Resource/PortalProductDisplayName",
  "apigateway:Resource/PortalPublishStatus",
  "apigateway:Resource/Priority",
  "apigateway:Resource/ProductPageTitle",
  "apigateway:Resource/ProductRestEndpointPageEndpointPrefix",
  "apigateway:Resource/RestApiId",
  "apigateway:Resource/RouteAuthorizationType",
  "apigateway:Resource/RoutingMode",
  "apigateway:Resource/SecurityPolicy",
  "apigateway:Resource/Stage",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = ["apigateway:GetPortalProduct", "apigateway:POST"] as const;
const actionFacts = {
  /** Grants permission to add certificates for mutual TLS authentication to a domain name. This is an additional authorization control for managing the DomainName resource due to the sensitive nature of mTLS. Access level: Permissions management. Resources: DomainName, DomainNames. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  AddCertificateToDomain: "P|||22;0;,25;0;|||CreateDomainName,UpdateDomainName",
  /** Grants permission to create an access association from an access association source to a custom domain name for private APIs. Access level: Permissions management. Resources: PrivateDomainName. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  CreateAccessAssociation: "P|||42;0;|||CreateDomainNameAccessAssociation",
  /** Grants permission to create a Portal. Access level: Write. Resources: Portal*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portals.html#portalspost */
  CreatePortal: "W|||38;1;|7,15,16,52,54|0,1|;",
  /** Grants permission to create a Portal Product. Access level: Write. Resources: PortalProduct*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts.html#portalproductspost */
  CreatePortalProduct: "W|||39;1;|17,52,54|1|;",
  /** Grants permission to create a Product Page. Access level: Write. Resources: ProductPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productpages.html#portalproducts-portalproductid-productpagespost */
  CreateProductPage: "W|||43;1;|19||;",
  /** Grants permission to create a Product REST Endpoint Page. Access level: Write. Resources: ProductRestEndpointPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productrestendpointpages.html#portalproducts-portalproductid-productrestendpointpagespost */
  CreateProductRestEndpointPage: "W|||44;1;|12,20,21,25||;",
  /** Grants permission to create a routing rule. Access level: Write. Resources: RoutingRule*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/domainnames-domainname-routingrules.html#domainnames-domainname-routingrulespost */
  CreateRoutingRule: "W|||57;1;8~18|8,18,53||;",
  /** Grants permission to delete a particular resource. Access level: Write. Resources: AccessLogSettings, Api, ApiKey, ApiMapping, Authorizer, AuthorizersCache, BasePathMapping, ClientCertificate, Cors, Deployment, DocumentationPart, DocumentationVersion, DomainName, DomainNameAccessAssociation, GatewayResponse, Integration, IntegrationResponse, Method, MethodResponse, Model, PrivateBasePathMapping, PrivateDomainName, RequestValidator, Resource, RestApi, Route, RouteRequestParameter, RouteResponse, RouteSettings, Stage, Tags, Template, UsagePlan, UsagePlanKey, VpcLink. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  DELETE:
    "W|||0;0;,2;0;,3;0;,5;0;,8;0;,10;0;,11;0;,13;0;,15;0;,16;0;,18;0;,20;0;,22;0;,23;0;,27;0;,29;0;,30;0;,33;0;,34;0;,35;0;,40;0;,42;0;,45;0;,47;0;,49;0;,51;0;,52;0;,53;0;,55;0;,59;0;,61;0;,62;0;,63;0;,64;0;,67;0;|52,54||DeleteAccessLogSettings,DeleteApi,DeleteApiKey,DeleteApiMapping,DeleteAuthorizer,DeleteBasePathMapping,DeleteClientCertificate,DeleteCorsConfiguration,DeleteDeployment,DeleteDocumentationPart,DeleteDocumentationVersion,DeleteDomainName,DeleteDomainNameAccessAssociation,DeleteGatewayResponse,DeleteIntegration,DeleteIntegrationResponse,DeleteMethod,DeleteMethodResponse,DeleteModel,DeleteRequestValidator,DeleteResource,DeleteRestApi,DeleteRoute,DeleteRouteRequestParameter,DeleteRouteResponse,DeleteRouteSettings,DeleteStage,DeleteUsagePlan,DeleteUsagePlanKey,DeleteVpcLink,FlushStageAuthorizersCache,FlushStageCache,ReimportApi,ResetAuthorizersCache,UntagResource",
  /** Grants permission to delete a Portal. Access level: Write. Resources: Portal*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portals-portalid.html#portals-portaliddelete */
  DeletePortal: "W|||38;1;|||;",
  /** Grants permission to delete a Portal Product. Access level: Write. Resources: PortalProduct*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid.html#portalproducts-portalproductiddelete */
  DeletePortalProduct: "W|||39;1;|||;",
  /** Grants permission to delete a Portal Product Sharing Policy. Access level: Permissions management. Resources: PortalProduct*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-sharingpolicy.html#portalproducts-portalproductid-sharingpolicydelete */
  DeletePortalProductSharingPolicy: "P|||39;1;|||;",
  /** Grants permission to delete a Product Page. Access level: Write. Resources: ProductPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productpages-productpageid.html#portalproducts-portalproductid-productpages-productpageiddelete */
  DeleteProductPage: "W|||43;1;|||;",
  /** Grants permission to delete a Product REST Endpoint Page. Access level: Write. Resources: PortalProduct*, ProductRestEndpointPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productrestendpointpages-productrestendpointpageid.html#portalproducts-portalproductid-productrestendpointpages-productrestendpointpageiddelete */
  DeleteProductRestEndpointPage: "W|||39;1;,44;1;|||;",
  /** Grants permission to delete a routing rule. Access level: Write. Resources: RoutingRule*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/domainnames-domainname-routingrules-routingruleid.html#domainnames-domainname-routingrules-routingruleiddelete */
  DeleteRoutingRule: "W|||57;1;34~44|34,44,53||;",
  /** Grants permission to disable a Portal. Access level: Write. Resources: Portal*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portals-portalid-publish.html#portals-portalid-publishdelete */
  DisablePortal: "W|||38;1;|||;",
  /** Grants permission to read a particular resource. Access level: Read. Resources: AccessLogSettings, Account, Api, ApiKey, ApiKeys, ApiMapping, ApiMappings, Apis, Authorizer, Authorizers, AuthorizersCache, BasePathMapping, BasePathMappings, ClientCertificate, ClientCertificates, Cors, Deployment, Deployments, DocumentationPart, DocumentationParts, DocumentationVersion, DocumentationVersions, DomainName, DomainNameAccessAssociations, DomainNames, ExportedAPI, GatewayResponse, GatewayResponses, Integration, IntegrationResponse, IntegrationResponses, Integrations, Method, MethodResponse, Model, ModelTemplate, Models, PrivateBasePathMapping, PrivateBasePathMappings, PrivateDomainName, RequestValidator, RequestValidators, Resource, Resources, RestApi, RestApis, Route, RouteRequestParameter, RouteResponse, RouteResponses, RouteSettings, Routes, Sdk, Stage, Stages, Tags, UsagePlan, UsagePlanKey, UsagePlanKeys, UsagePlans, VpcLink, VpcLinks. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  GET: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;,11;0;,12;0;,13;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;,21;0;,22;0;,24;0;,25;0;,26;0;,27;0;,28;0;,29;0;,30;0;,31;0;,32;0;,33;0;,34;0;,35;0;,36;0;,37;0;,40;0;,41;0;,42;0;,45;0;,46;0;,47;0;,48;0;,49;0;,50;0;,51;0;,52;0;,53;0;,54;0;,55;0;,56;0;,58;0;,59;0;,60;0;,61;0;,63;0;,64;0;,65;0;,66;0;,67;0;,68;0;|||ExportApi,GetAccount,GetApi,GetApiKey,GetApiKeys,GetApiMapping,GetApiMappings,GetApis,GetAuthorizer,GetAuthorizers,GetBasePathMapping,GetBasePathMappings,GetClientCertificate,GetClientCertificates,GetDeployment,GetDeployments,GetDocumentationPart,GetDocumentationParts,GetDocumentationVersion,GetDocumentationVersions,GetDomainName,GetDomainNameAccessAssociations,GetDomainNames,GetExport,GetGatewayResponse,GetGatewayResponses,GetIntegration,GetIntegrationResponse,GetIntegrationResponses,GetIntegrations,GetMethod,GetMethodResponse,GetModel,GetModelTemplate,GetModels,GetRequestValidator,GetRequestValidators,GetResource,GetResources,GetRestApi,GetRestApis,GetRoute,GetRouteResponse,GetRouteResponses,GetRoutes,GetSdk,GetSdkType,GetSdkTypes,GetStage,GetStages,GetTags,GetUsage,GetUsagePlan,GetUsagePlanKey,GetUsagePlanKeys,GetUsagePlans,GetVpcLink,GetVpcLinks",
  /** Grants permission to read a Portal. Access level: Read. Resources: Portal*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portals-portalid.html#portals-portalidget */
  GetPortal: "R|||38;1;|||;",
  /** Grants permission to read a Portal Product. Access level: Read. Resources: PortalProduct*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid.html#portalproducts-portalproductidget */
  GetPortalProduct: "R|||39;1;|||CreatePortal,;,PreviewPortal,PublishPortal,UpdatePortal",
  /** Grants permission to read a Portal Product Sharing Policy. Access level: Read. Resources: PortalProduct*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-sharingpolicy.html#portalproducts-portalproductid-sharingpolicyget */
  GetPortalProductSharingPolicy: "R|||39;1;|||;",
  /** Grants permission to read a Product Page. Access level: Read. Resources: PortalProduct, ProductPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productpages-productpageid.html#portalproducts-portalproductid-productpages-productpageidget */
  GetProductPage: "R|||39;0;,43;1;|||;",
  /** Grants permission to read a Product REST Endpoint Page. Access level: Read. Resources: PortalProduct, ProductRestEndpointPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productrestendpointpages-productrestendpointpageid.html#portalproducts-portalproductid-productrestendpointpages-productrestendpointpageidget */
  GetProductRestEndpointPage: "R|||39;0;,44;1;|||;",
  /** Grants permission to read a routing rule. Access level: Read. Resources: RoutingRule*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/domainnames-domainname-routingrules-routingruleid.html#domainnames-domainname-routingrules-routingruleidget */
  GetRoutingRule: "R|||57;1;|53||;",
  /** Grants permission to list Portal Products. Access level: List. Resources: PortalProduct*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts.html#portalproductsget */
  ListPortalProducts: "L|||39;1;|||;",
  /** Grants permission to list Portals. Access level: List. Resources: Portal*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portals.html#portalsget */
  ListPortals: "L|||38;1;|||;",
  /** Grants permission to list Product Pages. Access level: List. Resources: PortalProduct, ProductPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productpages.html#portalproducts-portalproductid-productpagesget */
  ListProductPages: "L|||39;0;,43;1;|||;",
  /** Grants permission to list Product REST Endpoint Pages. Access level: List. Resources: PortalProduct, ProductRestEndpointPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productrestendpointpages.html#portalproducts-portalproductid-productrestendpointpagesget */
  ListProductRestEndpointPages: "L|||39;0;,44;1;|||;",
  /** Grants permission to list routing rules under a domain name. Access level: List. Resources: RoutingRule*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/domainnames-domainname-routingrules.html#domainnames-domainname-routingrulesget */
  ListRoutingRules: "L|||57;1;|53||;",
  /** Grants permission to update a particular resource. Access level: Write. Resources: Account, Api, ApiKey, ApiMapping, Authorizer, BasePathMapping, ClientCertificate, Deployment, DocumentationPart, DocumentationVersion, DomainName, GatewayResponse, Integration, IntegrationResponse, Method, MethodResponse, Model, PrivateBasePathMapping, PrivateDomainName, RequestValidator, Resource, RestApi, Route, RouteRequestParameter, RouteResponse, Stage, Template, UsagePlan, UsagePlanKey, VpcLink. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  PATCH:
    "W|||1;0;,2;0;,3;0;,5;0;,8;0;,11;0;,13;0;,16;0;,18;0;,20;0;,22;0;,27;0;,29;0;,30;0;,33;0;,34;0;,35;0;,40;0;,42;0;,45;0;,47;0;,49;0;,51;0;,52;0;,53;0;,59;0;,62;0;,63;0;,64;0;,67;0;|52,54||TagResource,UntagResource,UpdateAccount,UpdateApi,UpdateApiKey,UpdateApiMapping,UpdateAuthorizer,UpdateBasePathMapping,UpdateClientCertificate,UpdateDeployment,UpdateDocumentationPart,UpdateDocumentationVersion,UpdateDomainName,UpdateGatewayResponse,UpdateIntegration,UpdateIntegrationResponse,UpdateMethod,UpdateMethodResponse,UpdateModel,UpdateRequestValidator,UpdateResource,UpdateRestApi,UpdateRoute,UpdateRouteResponse,UpdateStage,UpdateUsage,UpdateUsagePlan,UpdateVpcLink",
  /** Grants permission to create a particular resource. Access level: Write. Resources: ApiKeys, ApiMappings, Apis, Authorizers, BasePathMappings, ClientCertificates, Deployments, DocumentationParts, DocumentationVersions, DomainNameAccessAssociations, DomainNames, GatewayResponses, IntegrationResponse, IntegrationResponses, Integrations, MethodResponse, Models, PrivateBasePathMappings, RequestValidators, Resources, RestApis, RouteResponses, Routes, Stages, UsagePlanKeys, UsagePlans, VpcLinks. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  POST: "W|||4;0;,6;0;,7;0;,9;0;,12;0;,14;0;,17;0;,19;0;,21;0;,24;0;,25;0;,28;0;,30;0;,31;0;,32;0;,34;0;,37;0;,41;0;,46;0;,48;0;,50;0;,54;0;,56;0;,60;0;,65;0;,66;0;,68;0;|52,54||CreateApi,CreateApiKey,CreateApiMapping,CreateAuthorizer,CreateBasePathMapping,CreateDeployment,CreateDocumentationPart,CreateDocumentationVersion,CreateDomainName,CreateDomainNameAccessAssociation,CreateIntegration,CreateIntegrationResponse,CreateModel,CreatePortal,CreatePortalProduct,CreateRequestValidator,CreateResource,CreateRestApi,CreateRoute,CreateRouteResponse,CreateStage,CreateUsagePlan,CreateUsagePlanKey,CreateVpcLink,GenerateClientCertificate,ImportApi,ImportApiKeys,ImportRestApi,ReimportApi,TagResource,TestInvokeAuthorizer,TestInvokeMethod",
  /** Grants permission to update a particular resource. Access level: Write. Resources: Api, Apis, DocumentationPart, GatewayResponse, IntegrationResponse, MethodResponse, RestApi, Tags. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  PUT: "W|||2;0;,7;0;,18;0;,27;0;,30;0;,34;0;,49;0;,61;0;|52,54||CreateApiKey,CreateDomainName,CreateDomainNameAccessAssociation,CreateRestApi,CreateStage,CreateUsagePlan,CreateVpcLink,GenerateClientCertificate,ImportApi,ImportDocumentationParts,PutGatewayResponse,PutIntegration,PutIntegrationResponse,PutMethod,PutMethodResponse,PutRestApi,ReimportApi,TagResource",
  /** Grants permission to preview a Portal. Access level: Write. Resources: Portal*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portals-portalid-preview.html#portals-portalid-previewpost */
  PreviewPortal: "W|||38;1;||0|;",
  /** Grants permission to publish a Portal. Access level: Write. Resources: Portal*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portals-portalid-publish.html#portals-portalid-publishpost */
  PublishPortal: "W|||38;1;||0|;",
  /** Grants permission to put a Portal Product Sharing Policy. Access level: Permissions management. Resources: PortalProduct*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-sharingpolicy.html#portalproducts-portalproductid-sharingpolicyput */
  PutPortalProductSharingPolicy: "P|||39;1;|||;",
  /** Grants permission to reject an existing access association owned by another account to a custom domain name for private APIs. Access level: Permissions management. Resources: PrivateDomainName. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  RejectAccessAssociation: "P|||42;0;|||RejectDomainNameAccessAssociation",
  /** Grants permission to remove certificates for mutual TLS authentication from a domain name. This is an additional authorization control for managing the DomainName resource due to the sensitive nature of mTLS. Access level: Permissions management. Resources: DomainName, DomainNames. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  RemoveCertificateFromDomain: "P|||22;0;,25;0;|||DeleteDomainName,UpdateDomainName",
  /** Grants permission to set a WAF access control list (ACL). This is an additional authorization control for managing the Stage resource due to the sensitive nature of WebAcl's. Access level: Permissions management. Resources: Stage, Stages. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  SetWebACL: "P|||59;0;,60;0;|||",
  /** Grants permission to update the management policy of a custom domain name for private APIs. Access level: Permissions management. Resources: PrivateDomainName. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  UpdateDomainNameManagementPolicy: "P|||42;0;|||UpdateDomainName",
  /** Grants permission to update the invoke policy of a custom domain name for private APIs. Access level: Permissions management. Resources: DomainNames, PrivateDomainName. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  UpdateDomainNamePolicy: "P|||25;0;,42;0;|||CreateDomainName,UpdateDomainName",
  /** Grants permission to update a Portal. Access level: Write. Resources: Portal*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portals-portalid.html#portals-portalidpatch */
  UpdatePortal: "W|||38;1;|7,15,16,52,54|0|;",
  /** Grants permission to update a Portal Product. Access level: Write. Resources: PortalProduct*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid.html#portalproducts-portalproductidpatch */
  UpdatePortalProduct: "W|||39;1;|17,52,54||;",
  /** Grants permission to update a Product Page. Access level: Write. Resources: ProductPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productpages-productpageid.html#portalproducts-portalproductid-productpages-productpageidpatch */
  UpdateProductPage: "W|||43;1;|19||;",
  /** Grants permission to update a Product REST Endpoint Page. Access level: Write. Resources: ProductRestEndpointPage*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/portalproducts-portalproductid-productrestendpointpages-productrestendpointpageid.html#portalproducts-portalproductid-productrestendpointpages-productrestendpointpageidpatch */
  UpdateProductRestEndpointPage: "W|||44;1;|20||;",
  /** Grants permission to manage the IAM resource policy for an API. This is an additional authorization control for managing an API due to the sensitive nature of the resource policy. Access level: Permissions management. Resources: RestApi, RestApis. https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html */
  UpdateRestApiPolicy: "P|||49;0;,50;0;|||CreateRestApi,ImportRestApi,PutRestApi,UpdateRestApi",
  /** Grants permission to update a routing rule using the PutRoutingRule API. Access level: Write. Resources: RoutingRule*. https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/domainnames-domainname-routingrules-routingruleid.html#domainnames-domainname-routingrules-routingruleidput */
  UpdateRoutingRule: "W|||57;1;8~18~34~44|8,18,34,44,53||PutRoutingRule",
} as const;
const actionDetails = {
  AddCertificateToDomain:
    "|,;~~~;~apigatewayv2~,~~;~apigatewayv2~|Grants permission to add certificates for mutual TLS authentication to a domain name. This is an additional authorization control for managing the DomainName resource due to the sensitive nature of mTLS",
  CreateAccessAssociation:
    "|,;~~~|Grants permission to create an access association from an access association source to a custom domain name for private APIs",
  CreatePortal: "|,;~~apigatewayv2~|Grants permission to create a Portal",
  CreatePortalProduct: "|,;~~apigatewayv2~|Grants permission to create a Portal Product",
  CreateProductPage: "|,;~~apigatewayv2~|Grants permission to create a Product Page",
  CreateProductRestEndpointPage: "|,;~~apigatewayv2~|Grants permission to create a Product REST Endpoint Page",
  CreateRoutingRule: "|,;~~apigatewayv2~|Grants permission to create a routing rule",
  DELETE:
    "|,;~~apigatewayv2~,~apigatewayv2~,~~,~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~,~~,~~,~apigatewayv2~,~apigatewayv2~,~apigatewayv2~,~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~,~~,~apigatewayv2~,~apigatewayv2~,~~;~apigatewayv2~|Grants permission to delete a particular resource",
  DeletePortal: "|,;~~apigatewayv2~|Grants permission to delete a Portal",
  DeletePortalProduct: "|,;~~apigatewayv2~|Grants permission to delete a Portal Product",
  DeletePortalProductSharingPolicy: "|,;~~apigatewayv2~|Grants permission to delete a Portal Product Sharing Policy",
  DeleteProductPage: "|,;~~apigatewayv2~|Grants permission to delete a Product Page",
  DeleteProductRestEndpointPage: "|,;~~apigatewayv2~|Grants permission to delete a Product REST Endpoint Page",
  DeleteRoutingRule: "|,;~~apigatewayv2~|Grants permission to delete a routing rule",
  DisablePortal: "|,;~~apigatewayv2~|Grants permission to disable a Portal",
  GET: "|,;~~apigatewayv2~,~~,~apigatewayv2~,~~,~~,~apigatewayv2~,~apigatewayv2~,~apigatewayv2~,~~;~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~,~~,~~;~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~,~~,~~;~apigatewayv2~,~~,~~;~apigatewayv2~,~~,~~,~~,~~;~apigatewayv2~,~~;~apigatewayv2~,~apigatewayv2~,~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~;~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~,~~,~~,~~,~apigatewayv2~,~apigatewayv2~,~apigatewayv2~,~apigatewayv2~,~~,~~,~~,~~;~apigatewayv2~,~~;~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~,~~,~~,~~;~apigatewayv2~,~~;~apigatewayv2~|Grants permission to read a particular resource",
  GetPortal: "|,;~~apigatewayv2~|Grants permission to read a Portal",
  GetPortalProduct:
    "|,;~~apigatewayv2~,~apigatewayv2~,~apigatewayv2~,~apigatewayv2~,~apigatewayv2~|Grants permission to read a Portal Product",
  GetPortalProductSharingPolicy: "|,;~~apigatewayv2~|Grants permission to read a Portal Product Sharing Policy",
  GetProductPage: "|,;~~apigatewayv2~|Grants permission to read a Product Page",
  GetProductRestEndpointPage: "|,;~~apigatewayv2~|Grants permission to read a Product REST Endpoint Page",
  GetRoutingRule: "|,;~~apigatewayv2~|Grants permission to read a routing rule",
  ListPortalProducts: "|,;~~apigatewayv2~|Grants permission to list Portal Products",
  ListPortals: "|,;~~apigatewayv2~|Grants permission to list Portals",
  ListProductPages: "|,;~~apigatewayv2~|Grants permission to list Product Pages",
  ListProductRestEndpointPages: "|,;~~apigatewayv2~|Grants permission to list Product REST Endpoint Pages",
  ListRoutingRules: "|,;~~apigatewayv2~|Grants permission to list routing rules under a domain name",
  PATCH:
    "|,;~~~;~apigatewayv2~,~~;~apigatewayv2~,~~,~apigatewayv2~,~~,~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~,~~;~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~,~~,~~,~apigatewayv2~,~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~|Grants permission to update a particular resource",
  POST: "|,;~~apigatewayv2~,~~,~apigatewayv2~,~~;~apigatewayv2~,~~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~,~apigatewayv2~,~apigatewayv2~,~~;~apigatewayv2~,~apigatewayv2~,~apigatewayv2~,~~,~~,~~,~apigatewayv2~,~apigatewayv2~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~,~apigatewayv2~,~~,~~,~apigatewayv2~,~~;~apigatewayv2~,~~,~~|Grants permission to create a particular resource",
  PUT: "|,;~~~,~~;~apigatewayv2~,~~,~~,~~;~apigatewayv2~,~~,~~;~apigatewayv2~,~~,~apigatewayv2~,~~,~~,~~,~~,~~,~~,~~,~apigatewayv2~,~~;~apigatewayv2~|Grants permission to update a particular resource",
  PreviewPortal: "|,;~~apigatewayv2~|Grants permission to preview a Portal",
  PublishPortal: "|,;~~apigatewayv2~|Grants permission to publish a Portal",
  PutPortalProductSharingPolicy: "|,;~~apigatewayv2~|Grants permission to put a Portal Product Sharing Policy",
  RejectAccessAssociation:
    "|,;~~~|Grants permission to reject an existing access association owned by another account to a custom domain name for private APIs",
  RemoveCertificateFromDomain:
    "|,;~~~;~apigatewayv2~,~~;~apigatewayv2~|Grants permission to remove certificates for mutual TLS authentication from a domain name. This is an additional authorization control for managing the DomainName resource due to the sensitive nature of mTLS",
  SetWebACL:
    "|,;~|Grants permission to set a WAF access control list (ACL). This is an additional authorization control for managing the Stage resource due to the sensitive nature of WebAcl's",
  UpdateDomainNameManagementPolicy:
    "|,;~~~;~apigatewayv2~|Grants permission to update the management policy of a custom domain name for private APIs",
  UpdateDomainNamePolicy:
    "|,;~~~;~apigatewayv2~,~~;~apigatewayv2~|Grants permission to update the invoke policy of a custom domain name for private APIs",
  UpdatePortal: "|,;~~apigatewayv2~|Grants permission to update a Portal",
  UpdatePortalProduct: "|,;~~apigatewayv2~|Grants permission to update a Portal Product",
  UpdateProductPage: "|,;~~apigatewayv2~|Grants permission to update a Product Page",
  UpdateProductRestEndpointPage: "|,;~~apigatewayv2~|Grants permission to update a Product REST Endpoint Page",
  UpdateRestApiPolicy:
    "|,;~~~,~~,~~,~~|Grants permission to manage the IAM resource policy for an API. This is an additional authorization control for managing an API due to the sensitive nature of the resource policy",
  UpdateRoutingRule: "|,;~~apigatewayv2~|Grants permission to update a routing rule using the PutRoutingRule API",
};
const resourceTypeFacts = {
  /** The AccessLogSettings resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}/accesslogsettings */
  AccessLogSettings: "|,accessLogSettings|53",
  /** The Account resource type: arn:${Partition}:apigateway:${Region}::/account */
  Account: "|,account|",
  /** The Api resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId} */
  Api: "|,api|3,4,5,6,9,11,22,29,30,31,32,35,36,48,53",
  /** The ApiKey resource type: arn:${Partition}:apigateway:${Region}::/apikeys/${ApiKeyId} */
  ApiKey: "|,apiKey|53",
  /** The ApiKeys resource type: arn:${Partition}:apigateway:${Region}::/apikeys */
  ApiKeys: "|,apiKeys|53",
  /** The ApiMapping resource type: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/apimappings/${ApiMappingId} */
  ApiMapping: "|,apiMapping|53",
  /** The ApiMappings resource type: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/apimappings */
  ApiMappings: "|,apiMappings|53",
  /** The Apis resource type: arn:${Partition}:apigateway:${Region}::/apis */
  Apis: "|,apis|3,4,5,6,9,11,22,53",
  /** The Authorizer resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/authorizers/${AuthorizerId} or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/authorizers/${AuthorizerId} */
  Authorizer: "|,authorizerByApiId,authorizerByRestApiId|5,6,31,32,53",
  /** The Authorizers resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/authorizers or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/authorizers */
  Authorizers: "|,authorizersByApiId,authorizersByRestApiId|5,6,53",
  /** The AuthorizersCache resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}/cache/authorizers */
  AuthorizersCache: "|,authorizersCache|53",
  /** The BasePathMapping resource type: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/basepathmappings/${BasePath} */
  BasePathMapping: "|,basePathMapping|53",
  /** The BasePathMappings resource type: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/basepathmappings */
  BasePathMappings: "|,basePathMappings|53",
  /** The ClientCertificate resource type: arn:${Partition}:apigateway:${Region}::/clientcertificates/${ClientCertificateId} */
  ClientCertificate: "|,clientCertificate|53",
  /** The ClientCertificates resource type: arn:${Partition}:apigateway:${Region}::/clientcertificates */
  ClientCertificates: "|,clientCertificates|53",
  /** The Cors resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/cors */
  Cors: "|,cors|53",
  /** The Deployment resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/deployments/${DeploymentId} or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/deployments/${DeploymentId} */
  Deployment: "|,deploymentByApiId,deploymentByRestApiId|53",
  /** The Deployments resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/deployments or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/deployments */
  Deployments: "|,deploymentsByApiId,deploymentsByRestApiId|26,53",
  /** The DocumentationPart resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/parts/${DocumentationPartId} */
  DocumentationPart: "|,documentationPart|53",
  /** The DocumentationParts resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/parts */
  DocumentationParts: "|,documentationParts|53",
  /** The DocumentationVersion resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/versions/${DocumentationVersionId} */
  DocumentationVersion: "|,documentationVersion|53",
  /** The DocumentationVersions resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/versions */
  DocumentationVersions: "|,documentationVersions|53",
  /** The DomainName resource type: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName} */
  DomainName: "|,domainName|11,13,14,24,36,38,39,49,50,53",
  /** The DomainNameAccessAssociation resource type: arn:${Partition}:apigateway:${Region}:${Account}:/domainnameaccessassociations/domainname/${DomainName}/${SourceType}/${SourceId} */
  DomainNameAccessAssociation: "|,domainNameAccessAssociation|",
  /** The DomainNameAccessAssociations resource type: arn:${Partition}:apigateway:${Region}:${Account}:/domainnameaccessassociations */
  DomainNameAccessAssociations: "|,domainNameAccessAssociations|0,10,53",
  /** The DomainNames resource type: arn:${Partition}:apigateway:${Region}::/domainnames */
  DomainNames: "|,domainNames|11,13,14,24,49,53",
  /** The ExportedAPI resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/exports/${Specification} */
  ExportedAPI: "|,exportedApi|53",
  /** The GatewayResponse resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/gatewayresponses/${ResponseType} */
  GatewayResponse: "|,gatewayResponse|53",
  /** The GatewayResponses resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/gatewayresponses */
  GatewayResponses: "|,gatewayResponses|53",
  /** The Integration resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations/${IntegrationId} or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/integration */
  Integration: "|,integrationByApiId,integrationByRestApiId|53",
  /** The IntegrationResponse resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations/${IntegrationId}/integrationresponses/${IntegrationResponseId} or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/integration/responses/${StatusCode} */
  IntegrationResponse: "|,integrationResponseByApiId,integrationResponseByRestApiId|53",
  /** The IntegrationResponses resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations/${IntegrationId}/integrationresponses */
  IntegrationResponses: "|,integrationResponses|53",
  /** The Integrations resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations */
  Integrations: "|,integrations|53",
  /** The Method resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType} */
  Method: "|,method|3,22,29,48,53",
  /** The MethodResponse resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/responses/${StatusCode} */
  MethodResponse: "|,methodResponse|53",
  /** The Model resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/models/${ModelId} or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/models/${ModelName} */
  Model: "|,modelByApiId,modelByRestApiId|53",
  /** The ModelTemplate resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/models/${ModelId}/template */
  ModelTemplate: "|,modelTemplate|53",
  /** The Models resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/models or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/models */
  Models: "|,modelsByApiId,modelsByRestApiId|53",
  /** The Portal resource type: arn:${Partition}:apigateway:${Region}:${Account}:/portals/${PortalId} */
  Portal: "|,portal|33,40,41,43,53",
  /** The PortalProduct resource type: arn:${Partition}:apigateway:${Region}:${Account}:/portalproducts/${PortalProductId} */
  PortalProduct: "|,portalProduct|42,53",
  /** The PrivateBasePathMapping resource type: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}+${DomainIdentifier}/basepathmappings/${BasePath} */
  PrivateBasePathMapping: "|,privateBasePathMapping|53",
  /** The PrivateBasePathMappings resource type: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}+${DomainIdentifier}/basepathmappings */
  PrivateBasePathMappings: "|,privateBasePathMappings|53",
  /** The PrivateDomainName resource type: arn:${Partition}:apigateway:${Region}:${Account}:/domainnames/${DomainName}+${DomainIdentifier} */
  PrivateDomainName: "|,privateDomainName|11,36,49,53",
  /** The ProductPage resource type: arn:${Partition}:apigateway:${Region}:${Account}:/portalproducts/${PortalProductId}/productpages/${ProductPageId} */
  ProductPage: "|,productPage|45,53",
  /** The ProductRestEndpointPage resource type: arn:${Partition}:apigateway:${Region}:${Account}:/portalproducts/${PortalProductId}/productrestendpointpages/${ProductRestEndpointPageId} */
  ProductRestEndpointPage: "|,productRestEndpointPage|37,46,47,51,53",
  /** The RequestValidator resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/requestvalidators/${RequestValidatorId} */
  RequestValidator: "|,requestValidator|53",
  /** The RequestValidators resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/requestvalidators */
  RequestValidators: "|,requestValidators|53",
  /** The Resource resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId} */
  Resource: "|,resource|53",
  /** The Resources resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources */
  Resources: "|,resources|53",
  /** The RestApi resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId} */
  RestApi: "|,restApi|3,4,5,9,11,22,24,29,30,31,35,36,48,50,53",
  /** The RestApis resource type: arn:${Partition}:apigateway:${Region}::/restapis */
  RestApis: "|,restApis|3,4,5,9,11,22,24,53",
  /** The Route resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId} */
  Route: "|,route|3,22,29,48,53",
  /** The RouteRequestParameter resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}/requestparameters/${RequestParameterKey} */
  RouteRequestParameter: "|,routeRequestParameter|53",
  /** The RouteResponse resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}/routeresponses/${RouteResponseId} */
  RouteResponse: "|,routeResponse|53",
  /** The RouteResponses resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}/routeresponses */
  RouteResponses: "|,routeResponses|53",
  /** The RouteSettings resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}/routesettings/${RouteKey} */
  RouteSettings: "|,routeSettings|53",
  /** The Routes resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes */
  Routes: "|,routes|3,22,53",
  /** The RoutingRule resource type: arn:${Partition}:apigateway:${Region}:${Account}:/domainnames/${DomainName}/routingrules/${RoutingRuleId} */
  RoutingRule: "|,routingRule|34,44,53",
  /** The Sdk resource type: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}/sdks/${SdkType} */
  Sdk: "|,sdk|53",
  /** The Stage resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName} or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName} */
  Stage: "|,stageByApiId,stageByRestApiId|1,2,27,28,53",
  /** The Stages resource type: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages or arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages */
  Stages: "|,stagesByApiId,stagesByRestApiId|1,2,53",
  /** The Tags resource type: arn:${Partition}:apigateway:${Region}::/tags/${UrlEncodedResourceARN} */
  Tags: "|,tags|",
  /** The Template resource type: arn:${Partition}:apigateway:${Region}::/restapis/models/${ModelName}/template */
  Template: "|,template|53",
  /** The UsagePlan resource type: arn:${Partition}:apigateway:${Region}::/usageplans/${UsagePlanId} */
  UsagePlan: "|,usagePlan|53",
  /** The UsagePlanKey resource type: arn:${Partition}:apigateway:${Region}::/usageplans/${UsagePlanId}/keys/${Id} */
  UsagePlanKey: "|,usagePlanKey|53",
  /** The UsagePlanKeys resource type: arn:${Partition}:apigateway:${Region}::/usageplans/${UsagePlanId}/keys */
  UsagePlanKeys: "|,usagePlanKeys|53",
  /** The UsagePlans resource type: arn:${Partition}:apigateway:${Region}::/usageplans */
  UsagePlans: "|,usagePlans|53",
  /** The VpcLink resource type: arn:${Partition}:apigateway:${Region}::/vpclinks/${VpcLinkId} */
  VpcLink: "|,vpcLink|53",
  /** The VpcLinks resource type: arn:${Partition}:apigateway:${Region}::/vpclinks */
  VpcLinks: "|,vpcLinks|53",
} as const;
const arnFormats = {
  /** ARN of a AccessLogSettings resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}/accesslogsettings. */
  accessLogSettings:
    "|,AccessLogSettings|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/stages/|StageName|/accesslogsettings",
  /** ARN of a Account resource: arn:${Partition}:apigateway:${Region}::/account. */
  account: "|,Account|arn:|Partition|:apigateway:|Region|::/account",
  /** ARN of a Api resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}. */
  api: "|,Api|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|",
  /** ARN of a ApiKey resource: arn:${Partition}:apigateway:${Region}::/apikeys/${ApiKeyId}. */
  apiKey: "|,ApiKey|arn:|Partition|:apigateway:|Region|::/apikeys/|ApiKeyId|",
  /** ARN of a ApiKeys resource: arn:${Partition}:apigateway:${Region}::/apikeys. */
  apiKeys: "|,ApiKeys|arn:|Partition|:apigateway:|Region|::/apikeys",
  /** ARN of a ApiMapping resource: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/apimappings/${ApiMappingId}. */
  apiMapping: "|,ApiMapping|arn:|Partition|:apigateway:|Region|::/domainnames/|DomainName|/apimappings/|ApiMappingId|",
  /** ARN of a ApiMappings resource: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/apimappings. */
  apiMappings: "|,ApiMappings|arn:|Partition|:apigateway:|Region|::/domainnames/|DomainName|/apimappings",
  /** ARN of a Apis resource: arn:${Partition}:apigateway:${Region}::/apis. */
  apis: "|,Apis|arn:|Partition|:apigateway:|Region|::/apis",
  /** ARN of a Authorizer resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/authorizers/${AuthorizerId}. (One of the 2 ARN formats of this resource type.) */
  authorizerByApiId: "|,Authorizer|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/authorizers/|AuthorizerId|",
  /** ARN of a Authorizer resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/authorizers/${AuthorizerId}. (One of the 2 ARN formats of this resource type.) */
  authorizerByRestApiId:
    "|,Authorizer|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/authorizers/|AuthorizerId|",
  /** ARN of a Authorizers resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/authorizers. (One of the 2 ARN formats of this resource type.) */
  authorizersByApiId: "|,Authorizers|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/authorizers",
  /** ARN of a Authorizers resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/authorizers. (One of the 2 ARN formats of this resource type.) */
  authorizersByRestApiId: "|,Authorizers|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/authorizers",
  /** ARN of a AuthorizersCache resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}/cache/authorizers. */
  authorizersCache:
    "|,AuthorizersCache|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/stages/|StageName|/cache/authorizers",
  /** ARN of a BasePathMapping resource: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/basepathmappings/${BasePath}. */
  basePathMapping:
    "|,BasePathMapping|arn:|Partition|:apigateway:|Region|::/domainnames/|DomainName|/basepathmappings/|BasePath|",
  /** ARN of a BasePathMappings resource: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/basepathmappings. */
  basePathMappings:
    "|,BasePathMappings|arn:|Partition|:apigateway:|Region|::/domainnames/|DomainName|/basepathmappings",
  /** ARN of a ClientCertificate resource: arn:${Partition}:apigateway:${Region}::/clientcertificates/${ClientCertificateId}. */
  clientCertificate:
    "|,ClientCertificate|arn:|Partition|:apigateway:|Region|::/clientcertificates/|ClientCertificateId|",
  /** ARN of a ClientCertificates resource: arn:${Partition}:apigateway:${Region}::/clientcertificates. */
  clientCertificates: "|,ClientCertificates|arn:|Partition|:apigateway:|Region|::/clientcertificates",
  /** ARN of a Cors resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/cors. */
  cors: "|,Cors|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/cors",
  /** ARN of a Deployment resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/deployments/${DeploymentId}. (One of the 2 ARN formats of this resource type.) */
  deploymentByApiId: "|,Deployment|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/deployments/|DeploymentId|",
  /** ARN of a Deployment resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/deployments/${DeploymentId}. (One of the 2 ARN formats of this resource type.) */
  deploymentByRestApiId:
    "|,Deployment|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/deployments/|DeploymentId|",
  /** ARN of a Deployments resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/deployments. (One of the 2 ARN formats of this resource type.) */
  deploymentsByApiId: "|,Deployments|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/deployments",
  /** ARN of a Deployments resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/deployments. (One of the 2 ARN formats of this resource type.) */
  deploymentsByRestApiId: "|,Deployments|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/deployments",
  /** ARN of a DocumentationPart resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/parts/${DocumentationPartId}. */
  documentationPart:
    "|,DocumentationPart|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/documentation/parts/|DocumentationPartId|",
  /** ARN of a DocumentationParts resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/parts. */
  documentationParts:
    "|,DocumentationParts|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/documentation/parts",
  /** ARN of a DocumentationVersion resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/versions/${DocumentationVersionId}. */
  documentationVersion:
    "|,DocumentationVersion|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/documentation/versions/|DocumentationVersionId|",
  /** ARN of a DocumentationVersions resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/versions. */
  documentationVersions:
    "|,DocumentationVersions|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/documentation/versions",
  /** ARN of a DomainName resource: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}. */
  domainName: "|,DomainName|arn:|Partition|:apigateway:|Region|::/domainnames/|DomainName|",
  /** ARN of a DomainNameAccessAssociation resource: arn:${Partition}:apigateway:${Region}:${Account}:/domainnameaccessassociations/domainname/${DomainName}/${SourceType}/${SourceId}. */
  domainNameAccessAssociation:
    "|,DomainNameAccessAssociation|arn:|Partition|:apigateway:|Region|:|Account|:/domainnameaccessassociations/domainname/|DomainName|/|SourceType|/|SourceId|",
  /** ARN of a DomainNameAccessAssociations resource: arn:${Partition}:apigateway:${Region}:${Account}:/domainnameaccessassociations. */
  domainNameAccessAssociations:
    "|,DomainNameAccessAssociations|arn:|Partition|:apigateway:|Region|:|Account|:/domainnameaccessassociations",
  /** ARN of a DomainNames resource: arn:${Partition}:apigateway:${Region}::/domainnames. */
  domainNames: "|,DomainNames|arn:|Partition|:apigateway:|Region|::/domainnames",
  /** ARN of a ExportedAPI resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/exports/${Specification}. */
  exportedApi: "|,ExportedAPI|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/exports/|Specification|",
  /** ARN of a GatewayResponse resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/gatewayresponses/${ResponseType}. */
  gatewayResponse:
    "|,GatewayResponse|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/gatewayresponses/|ResponseType|",
  /** ARN of a GatewayResponses resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/gatewayresponses. */
  gatewayResponses: "|,GatewayResponses|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/gatewayresponses",
  /** ARN of a Integration resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations/${IntegrationId}. (One of the 2 ARN formats of this resource type.) */
  integrationByApiId: "|,Integration|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/integrations/|IntegrationId|",
  /** ARN of a Integration resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/integration. (One of the 2 ARN formats of this resource type.) */
  integrationByRestApiId:
    "|,Integration|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/resources/|ResourceId|/methods/|HttpMethodType|/integration",
  /** ARN of a IntegrationResponse resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations/${IntegrationId}/integrationresponses/${IntegrationResponseId}. (One of the 2 ARN formats of this resource type.) */
  integrationResponseByApiId:
    "|,IntegrationResponse|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/integrations/|IntegrationId|/integrationresponses/|IntegrationResponseId|",
  /** ARN of a IntegrationResponse resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/integration/responses/${StatusCode}. (One of the 2 ARN formats of this resource type.) */
  integrationResponseByRestApiId:
    "|,IntegrationResponse|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/resources/|ResourceId|/methods/|HttpMethodType|/integration/responses/|StatusCode|",
  /** ARN of a IntegrationResponses resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations/${IntegrationId}/integrationresponses. */
  integrationResponses:
    "|,IntegrationResponses|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/integrations/|IntegrationId|/integrationresponses",
  /** ARN of a Integrations resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations. */
  integrations: "|,Integrations|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/integrations",
  /** ARN of a Method resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}. */
  method:
    "|,Method|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/resources/|ResourceId|/methods/|HttpMethodType|",
  /** ARN of a MethodResponse resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/responses/${StatusCode}. */
  methodResponse:
    "|,MethodResponse|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/resources/|ResourceId|/methods/|HttpMethodType|/responses/|StatusCode|",
  /** ARN of a Model resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/models/${ModelId}. (One of the 2 ARN formats of this resource type.) */
  modelByApiId: "|,Model|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/models/|ModelId|",
  /** ARN of a Model resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/models/${ModelName}. (One of the 2 ARN formats of this resource type.) */
  modelByRestApiId: "|,Model|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/models/|ModelName|",
  /** ARN of a ModelTemplate resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/models/${ModelId}/template. */
  modelTemplate: "|,ModelTemplate|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/models/|ModelId|/template",
  /** ARN of a Models resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/models. (One of the 2 ARN formats of this resource type.) */
  modelsByApiId: "|,Models|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/models",
  /** ARN of a Models resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/models. (One of the 2 ARN formats of this resource type.) */
  modelsByRestApiId: "|,Models|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/models",
  /** ARN of a Portal resource: arn:${Partition}:apigateway:${Region}:${Account}:/portals/${PortalId}. */
  portal: "|,Portal|arn:|Partition|:apigateway:|Region|:|Account|:/portals/|PortalId|",
  /** ARN of a PortalProduct resource: arn:${Partition}:apigateway:${Region}:${Account}:/portalproducts/${PortalProductId}. */
  portalProduct: "|,PortalProduct|arn:|Partition|:apigateway:|Region|:|Account|:/portalproducts/|PortalProductId|",
  /** ARN of a PrivateBasePathMapping resource: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}+${DomainIdentifier}/basepathmappings/${BasePath}. */
  privateBasePathMapping:
    "|,PrivateBasePathMapping|arn:|Partition|:apigateway:|Region|::/domainnames/|DomainName|+|DomainIdentifier|/basepathmappings/|BasePath|",
  /** ARN of a PrivateBasePathMappings resource: arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}+${DomainIdentifier}/basepathmappings. */
  privateBasePathMappings:
    "|,PrivateBasePathMappings|arn:|Partition|:apigateway:|Region|::/domainnames/|DomainName|+|DomainIdentifier|/basepathmappings",
  /** ARN of a PrivateDomainName resource: arn:${Partition}:apigateway:${Region}:${Account}:/domainnames/${DomainName}+${DomainIdentifier}. */
  privateDomainName:
    "|,PrivateDomainName|arn:|Partition|:apigateway:|Region|:|Account|:/domainnames/|DomainName|+|DomainIdentifier|",
  /** ARN of a ProductPage resource: arn:${Partition}:apigateway:${Region}:${Account}:/portalproducts/${PortalProductId}/productpages/${ProductPageId}. */
  productPage:
    "|,ProductPage|arn:|Partition|:apigateway:|Region|:|Account|:/portalproducts/|PortalProductId|/productpages/|ProductPageId|",
  /** ARN of a ProductRestEndpointPage resource: arn:${Partition}:apigateway:${Region}:${Account}:/portalproducts/${PortalProductId}/productrestendpointpages/${ProductRestEndpointPageId}. */
  productRestEndpointPage:
    "|,ProductRestEndpointPage|arn:|Partition|:apigateway:|Region|:|Account|:/portalproducts/|PortalProductId|/productrestendpointpages/|ProductRestEndpointPageId|",
  /** ARN of a RequestValidator resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/requestvalidators/${RequestValidatorId}. */
  requestValidator:
    "|,RequestValidator|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/requestvalidators/|RequestValidatorId|",
  /** ARN of a RequestValidators resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/requestvalidators. */
  requestValidators: "|,RequestValidators|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/requestvalidators",
  /** ARN of a Resource resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}. */
  resource: "|,Resource|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/resources/|ResourceId|",
  /** ARN of a Resources resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources. */
  resources: "|,Resources|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/resources",
  /** ARN of a RestApi resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}. */
  restApi: "|,RestApi|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|",
  /** ARN of a RestApis resource: arn:${Partition}:apigateway:${Region}::/restapis. */
  restApis: "|,RestApis|arn:|Partition|:apigateway:|Region|::/restapis",
  /** ARN of a Route resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}. */
  route: "|,Route|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/routes/|RouteId|",
  /** ARN of a RouteRequestParameter resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}/requestparameters/${RequestParameterKey}. */
  routeRequestParameter:
    "|,RouteRequestParameter|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/routes/|RouteId|/requestparameters/|RequestParameterKey|",
  /** ARN of a RouteResponse resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}/routeresponses/${RouteResponseId}. */
  routeResponse:
    "|,RouteResponse|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/routes/|RouteId|/routeresponses/|RouteResponseId|",
  /** ARN of a RouteResponses resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}/routeresponses. */
  routeResponses: "|,RouteResponses|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/routes/|RouteId|/routeresponses",
  /** ARN of a RouteSettings resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}/routesettings/${RouteKey}. */
  routeSettings:
    "|,RouteSettings|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/stages/|StageName|/routesettings/|RouteKey|",
  /** ARN of a Routes resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes. */
  routes: "|,Routes|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/routes",
  /** ARN of a RoutingRule resource: arn:${Partition}:apigateway:${Region}:${Account}:/domainnames/${DomainName}/routingrules/${RoutingRuleId}. */
  routingRule:
    "|,RoutingRule|arn:|Partition|:apigateway:|Region|:|Account|:/domainnames/|DomainName|/routingrules/|RoutingRuleId|",
  /** ARN of a Sdk resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}/sdks/${SdkType}. */
  sdk: "|,Sdk|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/stages/|StageName|/sdks/|SdkType|",
  /** ARN of a Stage resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}. (One of the 2 ARN formats of this resource type.) */
  stageByApiId: "|,Stage|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/stages/|StageName|",
  /** ARN of a Stage resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}. (One of the 2 ARN formats of this resource type.) */
  stageByRestApiId: "|,Stage|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/stages/|StageName|",
  /** ARN of a Stages resource: arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages. (One of the 2 ARN formats of this resource type.) */
  stagesByApiId: "|,Stages|arn:|Partition|:apigateway:|Region|::/apis/|ApiId|/stages",
  /** ARN of a Stages resource: arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages. (One of the 2 ARN formats of this resource type.) */
  stagesByRestApiId: "|,Stages|arn:|Partition|:apigateway:|Region|::/restapis/|RestApiId|/stages",
  /** ARN of a Tags resource: arn:${Partition}:apigateway:${Region}::/tags/${UrlEncodedResourceARN}. */
  tags: "|,Tags|arn:|Partition|:apigateway:|Region|::/tags/|UrlEncodedResourceARN,urlEncodedResourceArn|",
  /** ARN of a Template resource: arn:${Partition}:apigateway:${Region}::/restapis/models/${ModelName}/template. */
  template: "|,Template|arn:|Partition|:apigateway:|Region|::/restapis/models/|ModelName|/template",
  /** ARN of a UsagePlan resource: arn:${Partition}:apigateway:${Region}::/usageplans/${UsagePlanId}. */
  usagePlan: "|,UsagePlan|arn:|Partition|:apigateway:|Region|::/usageplans/|UsagePlanId|",
  /** ARN of a UsagePlanKey resource: arn:${Partition}:apigateway:${Region}::/usageplans/${UsagePlanId}/keys/${Id}. */
  usagePlanKey: "|,UsagePlanKey|arn:|Partition|:apigateway:|Region|::/usageplans/|UsagePlanId|/keys/|Id|",
  /** ARN of a UsagePlanKeys resource: arn:${Partition}:apigateway:${Region}::/usageplans/${UsagePlanId}/keys. */
  usagePlanKeys: "|,UsagePlanKeys|arn:|Partition|:apigateway:|Region|::/usageplans/|UsagePlanId|/keys",
  /** ARN of a UsagePlans resource: arn:${Partition}:apigateway:${Region}::/usageplans. */
  usagePlans: "|,UsagePlans|arn:|Partition|:apigateway:|Region|::/usageplans",
  /** ARN of a VpcLink resource: arn:${Partition}:apigateway:${Region}::/vpclinks/${VpcLinkId}. */
  vpcLink: "|,VpcLink|arn:|Partition|:apigateway:|Region|::/vpclinks/|VpcLinkId|",
  /** ARN of a VpcLinks resource: arn:${Partition}:apigateway:${Region}::/vpclinks. */
  vpcLinks: "|,VpcLinks|arn:|Partition|:apigateway:|Region|::/vpclinks",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "AccessLogSettings",
  "Account",
  "Api",
  "ApiKey",
  "ApiKeys",
  "ApiMapping",
  "ApiMappings",
  "Apis",
  "Authorizer",
  "Authorizers",
  "AuthorizersCache",
  "BasePathMapping",
  "BasePathMappings",
  "ClientCertificate",
  "ClientCertificates",
  "Cors",
  "Deployment",
  "Deployments",
  "DocumentationPart",
  "DocumentationParts",
  "DocumentationVersion",
  "DocumentationVersions",
  "DomainName",
  "DomainNameAccessAssociation",
  "DomainNameAccessAssociations",
  "DomainNames",
  "ExportedAPI",
  "GatewayResponse",
  "GatewayResponses",
  "Integration",
  "IntegrationResponse",
  "IntegrationResponses",
  "Integrations",
  "Method",
  "MethodResponse",
  "Model",
  "ModelTemplate",
  "Models",
  "Portal",
  "PortalProduct",
  "PrivateBasePathMapping",
  "PrivateBasePathMappings",
  "PrivateDomainName",
  "ProductPage",
  "ProductRestEndpointPage",
  "RequestValidator",
  "RequestValidators",
  "Resource",
  "Resources",
  "RestApi",
  "RestApis",
  "Route",
  "RouteRequestParameter",
  "RouteResponse",
  "RouteResponses",
  "RouteSettings",
  "Routes",
  "RoutingRule",
  "Sdk",
  "Stage",
  "Stages",
  "Tags",
  "Template",
  "UsagePlan",
  "UsagePlanKey",
  "UsagePlanKeys",
  "UsagePlans",
  "VpcLink",
  "VpcLinks",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "apigateway">;
/** Any apigateway action. */
export type Action = ActionOf<typeof actionFacts, "apigateway">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "apigateway">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "apigateway" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every apigateway action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tags attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by access association source. Available during the CreateDomainNameAccessAssociation operation. */
  "apigateway:Request/AccessAssociationSource": "String";
  /** Filters access by access log destination. Available during the CreateStage and UpdateStage operations. */
  "apigateway:Request/AccessLoggingDestination": "String";
  /** Filters access by access log format. Available during the CreateStage and UpdateStage operations. */
  "apigateway:Request/AccessLoggingFormat": "String";
  /** Filters access by whether an API key is required or not. Available during the CreateMethod and PutMethod operations. Also available as a collection during import and reimport. */
  "apigateway:Request/ApiKeyRequired": "ArrayOfBool";
  /** Filters access by API name. Available during the CreateRestApi and UpdateRestApi operations. */
  "apigateway:Request/ApiName": "String";
  /** Filters access by type of authorizer in the request, for example TOKEN, REQUEST, JWT. Available during CreateAuthorizer and UpdateAuthorizer. Also available during import and reimport as an ArrayOfString. */
  "apigateway:Request/AuthorizerType": "ArrayOfString";
  /** Filters access by URI of a Lambda authorizer function. Available during CreateAuthorizer and UpdateAuthorizer. Also available during import and reimport as an ArrayOfString. */
  "apigateway:Request/AuthorizerUri": "ArrayOfString";
  /** Filters access by a Portal's CognitoUserPoolArn that is passed in the request. */
  "apigateway:Request/CognitoUserPoolArn": "ARN";
  /** Filters access by base paths defined on the condition of a routing rule. Available during the CreateRoutingRule and UpdateRoutingRule operations. */
  "apigateway:Request/ConditionBasePaths": "ArrayOfString";
  /** Filters access by status of the default execute-api endpoint. Available during the CreateRestApi and DeleteRestApi operations. */
  "apigateway:Request/DisableExecuteApiEndpoint": "Bool";
  /** Filters access by domain name ARN. Available during the CreateDomainNameAccessAssociation operation. */
  "apigateway:Request/DomainNameArn": "ARN";
  /** Filters access by endpoint type. Available during the CreateDomainName, UpdateDomainName, CreateRestApi, and UpdateRestApi operations. */
  "apigateway:Request/EndpointType": "ArrayOfString";
  /** Filters access by a ProductRestEndpointPage's HTTP Method that is passed in the request. */
  "apigateway:Request/Method": "String";
  /** Filters access by URI of the truststore used for mutual TLS authentication. Available during the CreateDomainName and UpdateDomainName operations. */
  "apigateway:Request/MtlsTrustStoreUri": "String";
  /** Filters access by version of the truststore used for mutual TLS authentication. Available during the CreateDomainName and UpdateDomainName operations. */
  "apigateway:Request/MtlsTrustStoreVersion": "String";
  /** Filters access by a Portal's Display Name that is passed in the request. */
  "apigateway:Request/PortalDisplayName": "String";
  /** Filters access by a Portal's vanity domain name that is passed in the request. */
  "apigateway:Request/PortalDomainName": "String";
  /** Filters access by a PortalProduct's Display Name that is passed in the request. */
  "apigateway:Request/PortalProductDisplayName": "String";
  /** Filters access by priority of the routing rule. Available during the CreateRoutingRule and UpdateRoutingRule operations. */
  "apigateway:Request/Priority": "Numeric";
  /** Filters access by a ProductPage's Title that is passed in the request. */
  "apigateway:Request/ProductPageTitle": "String";
  /** Filters access by a ProductRestEndpointPage's EndpointPrefix that is passed in the request. */
  "apigateway:Request/ProductRestEndpointPageEndpointPrefix": "String";
  /** Filters access by a ProductRestEndpointPage's Amazon API Gateway API ID that is passed in the request. */
  "apigateway:Request/RestApiId": "String";
  /** Filters access by authorization type, for example NONE, AWS_IAM, CUSTOM, JWT, COGNITO_USER_POOLS. Available during the CreateMethod and PutMethod operations Also available as a collection during import. */
  "apigateway:Request/RouteAuthorizationType": "ArrayOfString";
  /** Filters access by routing mode of the domain name. Available during the CreateDomainName and UpdateDomainName operations. */
  "apigateway:Request/RoutingMode": "String";
  /** Filters access by TLS version. Available during the CreateDomain and UpdateDomain operations. */
  "apigateway:Request/SecurityPolicy": "ArrayOfString";
  /** Filters access by a ProductRestEndpointPage's Amazon API Gateway Stage Name that is passed in the request. */
  "apigateway:Request/Stage": "String";
  /** Filters access by stage name of the deployment that you attempt to create. Available during the CreateDeployment operation. */
  "apigateway:Request/StageName": "String";
  /** Filters access by access log destination of the current Stage resource. Available during the UpdateStage and DeleteStage operations. */
  "apigateway:Resource/AccessLoggingDestination": "String";
  /** Filters access by access log format of the current Stage resource. Available during the UpdateStage and DeleteStage operations. */
  "apigateway:Resource/AccessLoggingFormat": "String";
  /** Filters access by whether an API key is required or not for the existing Method resource. Available during the PutMethod and DeleteMethod operations. Also available as a collection during reimport. */
  "apigateway:Resource/ApiKeyRequired": "ArrayOfBool";
  /** Filters access by API name of the existing RestApi resource. Available during UpdateRestApi and DeleteRestApi operations. */
  "apigateway:Resource/ApiName": "String";
  /** Filters access by the current type of authorizer, for example TOKEN, REQUEST, JWT. Available during UpdateAuthorizer and DeleteAuthorizer operations. Also available during reimport as an ArrayOfString. */
  "apigateway:Resource/AuthorizerType": "ArrayOfString";
  /** Filters access by the URI of the current Lambda authorizer associated with the current API. Available during UpdateAuthorizer and DeleteAuthorizer. Also available as a collection during reimport. */
  "apigateway:Resource/AuthorizerUri": "ArrayOfString";
  /** Filters access by a Portal's CognitoUserPoolArn associated with the resource. */
  "apigateway:Resource/CognitoUserPoolArn": "ARN";
  /** Filters access by base paths defined on the condition of the existing routing rule. Available during the UpdateRoutingRule and DeleteRoutingRule operations. */
  "apigateway:Resource/ConditionBasePaths": "ArrayOfString";
  /** Filters access by status of the default execute-api endpoint of the current RestApi resource. Available during UpdateRestApi and DeleteRestApi operations. */
  "apigateway:Resource/DisableExecuteApiEndpoint": "Bool";
  /** Filters access by endpoint type. Available during the UpdateDomainName, DeleteDomainName, UpdateRestApi, and DeleteRestApi operations. */
  "apigateway:Resource/EndpointType": "ArrayOfString";
  /** Filters access by a ProductRestEndpointPage's HTTP Method associated with the resource. */
  "apigateway:Resource/Method": "String";
  /** Filters access by URI of the truststore used for mutual TLS authentication. Available during UpdateDomainName and DeleteDomainName operations. */
  "apigateway:Resource/MtlsTrustStoreUri": "String";
  /** Filters access by version of the truststore used for mutual TLS authentication. Available during UpdateDomainName and DeleteDomainName operations. */
  "apigateway:Resource/MtlsTrustStoreVersion": "String";
  /** Filters access by a Portal's Display Name associated with the resource. */
  "apigateway:Resource/PortalDisplayName": "String";
  /** Filters access by a Portal's vanity domain name associated with the resource. */
  "apigateway:Resource/PortalDomainName": "String";
  /** Filters access by a PortalProduct's Display Name associated with the resource. */
  "apigateway:Resource/PortalProductDisplayName": "String";
  /** Filters access by a Portal's published status associated with the resource. */
  "apigateway:Resource/PortalPublishStatus": "String";
  /** Filters access by priority of the existing routing rule. Available during the UpdateRoutingRule and DeleteRoutingRule operations. */
  "apigateway:Resource/Priority": "Numeric";
  /** Filters access by a ProductPage's Title associated with the resource. */
  "apigateway:Resource/ProductPageTitle": "String";
  /** Filters access by a ProductRestEndpointPage's EndpointPrefix associated with the resource. */
  "apigateway:Resource/ProductRestEndpointPageEndpointPrefix": "String";
  /** Filters access by a ProductRestEndpointPage's Amazon API Gateway API ID associated with the resource. */
  "apigateway:Resource/RestApiId": "String";
  /** Filters access by authorization type of the existing Method resource, for example NONE, AWS_IAM, CUSTOM, JWT, COGNITO_USER_POOLS. Available during the PutMethod and DeleteMethod operations. Also available as a collection during reimport. */
  "apigateway:Resource/RouteAuthorizationType": "ArrayOfString";
  /** Filters access by routing mode of the domain name. Available during the UpdateDomainName and DeleteDomainName operations. */
  "apigateway:Resource/RoutingMode": "String";
  /** Filters access by TLS version. Available during UpdateDomain and DeleteDomain operations. */
  "apigateway:Resource/SecurityPolicy": "ArrayOfString";
  /** Filters access by a ProductRestEndpointPage's Amazon API Gateway Stage Name associated with the resource. */
  "apigateway:Resource/Stage": "String";
  /** Filters access by the tag keys in the request. */
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
  "apigateway:Request/AccessAssociationSource":
    "|,String|0||Filters access by access association source. Available during the CreateDomainNameAccessAssociation operation",
  "apigateway:Request/AccessLoggingDestination":
    "|,String|0||Filters access by access log destination. Available during the CreateStage and UpdateStage operations",
  "apigateway:Request/AccessLoggingFormat":
    "|,String|0||Filters access by access log format. Available during the CreateStage and UpdateStage operations",
  "apigateway:Request/ApiKeyRequired":
    "|,ArrayOfBool|0||Filters access by whether an API key is required or not. Available during the CreateMethod and PutMethod operations. Also available as a collection during import and reimport",
  "apigateway:Request/ApiName":
    "|,String|0||Filters access by API name. Available during the CreateRestApi and UpdateRestApi operations",
  "apigateway:Request/AuthorizerType":
    "|,ArrayOfString|0||Filters access by type of authorizer in the request, for example TOKEN, REQUEST, JWT. Available during CreateAuthorizer and UpdateAuthorizer. Also available during import and reimport as an ArrayOfString",
  "apigateway:Request/AuthorizerUri":
    "|,ArrayOfString|0||Filters access by URI of a Lambda authorizer function. Available during CreateAuthorizer and UpdateAuthorizer. Also available during import and reimport as an ArrayOfString",
  "apigateway:Request/CognitoUserPoolArn":
    "|,ARN|0||Filters access by a Portal's CognitoUserPoolArn that is passed in the request",
  "apigateway:Request/ConditionBasePaths":
    "|,ArrayOfString|0||Filters access by base paths defined on the condition of a routing rule. Available during the CreateRoutingRule and UpdateRoutingRule operations",
  "apigateway:Request/DisableExecuteApiEndpoint":
    "|,Bool|0||Filters access by status of the default execute-api endpoint. Available during the CreateRestApi and DeleteRestApi operations",
  "apigateway:Request/DomainNameArn":
    "|,ARN|0||Filters access by domain name ARN. Available during the CreateDomainNameAccessAssociation operation",
  "apigateway:Request/EndpointType":
    "|,ArrayOfString|0||Filters access by endpoint type. Available during the CreateDomainName, UpdateDomainName, CreateRestApi, and UpdateRestApi operations",
  "apigateway:Request/Method":
    "|,String|0||Filters access by a ProductRestEndpointPage's HTTP Method that is passed in the request",
  "apigateway:Request/MtlsTrustStoreUri":
    "|,String|0||Filters access by URI of the truststore used for mutual TLS authentication. Available during the CreateDomainName and UpdateDomainName operations",
  "apigateway:Request/MtlsTrustStoreVersion":
    "|,String|0||Filters access by version of the truststore used for mutual TLS authentication. Available during the CreateDomainName and UpdateDomainName operations",
  "apigateway:Request/PortalDisplayName":
    "|,String|0||Filters access by a Portal's Display Name that is passed in the request",
  "apigateway:Request/PortalDomainName":
    "|,String|0||Filters access by a Portal's vanity domain name that is passed in the request",
  "apigateway:Request/PortalProductDisplayName":
    "|,String|0||Filters access by a PortalProduct's Display Name that is passed in the request",
  "apigateway:Request/Priority":
    "|,Numeric|0||Filters access by priority of the routing rule. Available during the CreateRoutingRule and UpdateRoutingRule operations",
  "apigateway:Request/ProductPageTitle":
    "|,String|0||Filters access by a ProductPage's Title that is passed in the request",
  "apigateway:Request/ProductRestEndpointPageEndpointPrefix":
    "|,String|0||Filters access by a ProductRestEndpointPage's EndpointPrefix that is passed in the request",
  "apigateway:Request/RestApiId":
    "|,String|0||Filters access by a ProductRestEndpointPage's Amazon API Gateway API ID that is passed in the request",
  "apigateway:Request/RouteAuthorizationType":
    "|,ArrayOfString|0||Filters access by authorization type, for example NONE, AWS_IAM, CUSTOM, JWT, COGNITO_USER_POOLS. Available during the CreateMethod and PutMethod operations Also available as a collection during import",
  "apigateway:Request/RoutingMode":
    "|,String|0||Filters access by routing mode of the domain name. Available during the CreateDomainName and UpdateDomainName operations",
  "apigateway:Request/SecurityPolicy":
    "|,ArrayOfString|0||Filters access by TLS version. Available during the CreateDomain and UpdateDomain operations",
  "apigateway:Request/Stage":
    "|,String|0||Filters access by a ProductRestEndpointPage's Amazon API Gateway Stage Name that is passed in the request",
  "apigateway:Request/StageName":
    "|,String|0||Filters access by stage name of the deployment that you attempt to create. Available during the CreateDeployment operation",
  "apigateway:Resource/AccessLoggingDestination":
    "|,String|0||Filters access by access log destination of the current Stage resource. Available during the UpdateStage and DeleteStage operations",
  "apigateway:Resource/AccessLoggingFormat":
    "|,String|0||Filters access by access log format of the current Stage resource. Available during the UpdateStage and DeleteStage operations",
  "apigateway:Resource/ApiKeyRequired":
    "|,ArrayOfBool|0||Filters access by whether an API key is required or not for the existing Method resource. Available during the PutMethod and DeleteMethod operations. Also available as a collection during reimport",
  "apigateway:Resource/ApiName":
    "|,String|0||Filters access by API name of the existing RestApi resource. Available during UpdateRestApi and DeleteRestApi operations",
  "apigateway:Resource/AuthorizerType":
    "|,ArrayOfString|0||Filters access by the current type of authorizer, for example TOKEN, REQUEST, JWT. Available during UpdateAuthorizer and DeleteAuthorizer operations. Also available during reimport as an ArrayOfString",
  "apigateway:Resource/AuthorizerUri":
    "|,ArrayOfString|0||Filters access by the URI of the current Lambda authorizer associated with the current API. Available during UpdateAuthorizer and DeleteAuthorizer. Also available as a collection during reimport",
  "apigateway:Resource/CognitoUserPoolArn":
    "|,ARN|0||Filters access by a Portal's CognitoUserPoolArn associated with the resource",
  "apigateway:Resource/ConditionBasePaths":
    "|,ArrayOfString|0||Filters access by base paths defined on the condition of the existing routing rule. Available during the UpdateRoutingRule and DeleteRoutingRule operations",
  "apigateway:Resource/DisableExecuteApiEndpoint":
    "|,Bool|0||Filters access by status of the default execute-api endpoint of the current RestApi resource. Available during UpdateRestApi and DeleteRestApi operations",
  "apigateway:Resource/EndpointType":
    "|,ArrayOfString|0||Filters access by endpoint type. Available during the UpdateDomainName, DeleteDomainName, UpdateRestApi, and DeleteRestApi operations",
  "apigateway:Resource/Method":
    "|,String|0||Filters access by a ProductRestEndpointPage's HTTP Method associated with the resource",
  "apigateway:Resource/MtlsTrustStoreUri":
    "|,String|0||Filters access by URI of the truststore used for mutual TLS authentication. Available during UpdateDomainName and DeleteDomainName operations",
  "apigateway:Resource/MtlsTrustStoreVersion":
    "|,String|0||Filters access by version of the truststore used for mutual TLS authentication. Available during UpdateDomainName and DeleteDomainName operations",
  "apigateway:Resource/PortalDisplayName":
    "|,String|0||Filters access by a Portal's Display Name associated with the resource",
  "apigateway:Resource/PortalDomainName":
    "|,String|0||Filters access by a Portal's vanity domain name associated with the resource",
  "apigateway:Resource/PortalProductDisplayName":
    "|,String|0||Filters access by a PortalProduct's Display Name associated with the resource",
  "apigateway:Resource/PortalPublishStatus":
    "|,String|0||Filters access by a Portal's published status associated with the resource",
  "apigateway:Resource/Priority":
    "|,Numeric|0||Filters access by priority of the existing routing rule. Available during the UpdateRoutingRule and DeleteRoutingRule operations",
  "apigateway:Resource/ProductPageTitle":
    "|,String|0||Filters access by a ProductPage's Title associated with the resource",
  "apigateway:Resource/ProductRestEndpointPageEndpointPrefix":
    "|,String|0||Filters access by a ProductRestEndpointPage's EndpointPrefix associated with the resource",
  "apigateway:Resource/RestApiId":
    "|,String|0||Filters access by a ProductRestEndpointPage's Amazon API Gateway API ID associated with the resource",
  "apigateway:Resource/RouteAuthorizationType":
    "|,ArrayOfString|0||Filters access by authorization type of the existing Method resource, for example NONE, AWS_IAM, CUSTOM, JWT, COGNITO_USER_POOLS. Available during the PutMethod and DeleteMethod operations. Also available as a collection during reimport",
  "apigateway:Resource/RoutingMode":
    "|,String|0||Filters access by routing mode of the domain name. Available during the UpdateDomainName and DeleteDomainName operations",
  "apigateway:Resource/SecurityPolicy":
    "|,ArrayOfString|0||Filters access by TLS version. Available during UpdateDomain and DeleteDomain operations",
  "apigateway:Resource/Stage":
    "|,String|0||Filters access by a ProductRestEndpointPage's Amazon API Gateway Stage Name associated with the resource",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "apigateway",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
