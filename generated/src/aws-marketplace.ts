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
export const prefix: "aws-marketplace" = "aws-marketplace";
/** The service's name in the reference. */
export const serviceName: "AWS Marketplace" = "AWS Marketplace";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Marketplace",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplace.html",
  },
  {
    name: "AWS Marketplace Catalog",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplacecatalog.html",
  },
  {
    name: "AWS Marketplace Deployment Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplacedeploymentservice.html",
  },
  {
    name: "AWS Marketplace Discovery",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplacediscovery.html",
  },
  {
    name: "AWS Marketplace Entitlement Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplaceentitlementservice.html",
  },
  {
    name: "AWS Marketplace Image Building Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplaceimagebuildingservice.html",
  },
  {
    name: "AWS Marketplace Metering Service",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplacemeteringservice.html",
  },
  {
    name: "AWS Marketplace Private Marketplace",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplaceprivatemarketplace.html",
  },
  {
    name: "AWS Marketplace Procurement Systems Integration",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplaceprocurementsystemsintegration.html",
  },
  {
    name: "AWS Marketplace Reporting",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplacereporting.html",
  },
  {
    name: "AWS Marketplace Seller Reporting",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsmarketplacesellerreporting.html",
  },
];
const conditionKeyList = [
  "aws-marketplace:AgreementType",
  "aws-marketplace:Intent",
  "aws-marketplace:PartyType",
  "aws-marketplace:ProductId",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "catalog:ChangeType",
] as const;
const dependentActionList = [
  "aws-marketplace:Subscribe",
  "aws-marketplace:TagResource",
  "aws-marketplace:ViewSubscriptions",
] as const;
const actionFacts = {
  /** Grants permission to approve an incoming subscription request (for providers who provide products that require subscription verification). Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  AcceptAgreementApprovalRequest: "W||||||",
  /** Grants permission to accept an agreement cancellation request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  AcceptAgreementCancellationRequest: "W||||0,2|aws-marketplace:CancelAgreement|;",
  /** Grants permission to accept a payment request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  AcceptAgreementPaymentRequest: "W||||0,2||;",
  /** Grants permission to accept an agreement request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  AcceptAgreementRequest: "W||||0,3|0,aws-marketplace:UpdatePurchaseOrders|;",
  /** Grants permission to approve a request for a product to be associated with the Private Marketplace. This action can be performed by any account in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it. Access level: Write. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/private-marketplace.html */
  AssociateProductsWithPrivateMarketplace: "W||1||||",
  /** Grants permission to create a billing adjustment request against an agreement. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  BatchCreateBillingAdjustmentRequest: "W||||0,2||;",
  /** Grants permission to post metering records for a set of customers for SaaS applications. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-metering_BatchMeterUsage.html */
  BatchMeterUsage: "W||||||;",
  /** Grants permission to cancel agreements. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  CancelAgreement: "W||||0|aws-marketplace:Unsubscribe|AcceptAgreementCancellationRequest,;",
  /** Grants permission to cancel a pending agreement cancellation request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  CancelAgreementCancellationRequest: "W||||0,2||;",
  /** Grants permission to cancel a payment request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  CancelAgreementPaymentRequest: "W||||0,2||;",
  /** Grants permission to cancel pending subscription requests for products that require subscription verification. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  CancelAgreementRequest: "W||||||",
  /** Grants permission to cancel a running change set. Access level: Write. Resources: ChangeSet*. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_CancelChangeSet.html */
  CancelChangeSet: "W|||3;1;|||;",
  /** Grants permission to create an agreement request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  CreateAgreementRequest: "W||||0,3|0|;",
  /** Grants permission to create a new request for a product or products to be associated with the Private Marketplace. This action can be performed by any account in an in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it. Access level: Write. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/private-marketplace.html */
  CreatePrivateMarketplaceRequests: "W||1||||",
  /** Grants permission to delete the resource policy of an existing entity. Access level: Permissions management. Resources: Entity*. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "P|||6;1;|||;",
  /** Grants permission to describe the metadata about the agreement. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  DescribeAgreement: "R||||0,2|2|;,StartChangeSet",
  /** Grants permission to return the details of an existing assessment. Access level: Read. Resources: Assessment. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_DescribeAssessment.html */
  DescribeAssessment: "R|||2;0;|||",
  /** Describes Image Builds identified by a build Id. Access level: Read. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/api-reference.html */
  DescribeBuilds: "R||1||||",
  /** Grants permission to return the details of an existing change set. Access level: Read. Resources: ChangeSet*. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_DescribeChangeSet.html */
  DescribeChangeSet: "R|||3;1;|||;,StartChangeSet",
  /** Grants permission to return the details of an existing entity. Access level: Read. Resources: Entity*. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_DescribeEntity.html */
  DescribeEntity: "R|||6;1;|||BatchDescribeEntities,;,StartChangeSet",
  /** Grants permission to describe requests and associated products in the Private Marketplace. This action can be performed by any account in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it. Access level: List. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/private-marketplace.html */
  DescribePrivateMarketplaceRequests: "L||1||||",
  /** Grants permission to describe the Procurement System integration configuration (e.g. Coupa) for the individual account, or for the entire AWS Organization if one exists. This action can only be performed by the master account if using an AWS Organization. Access level: Read. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/procurement-systems-integration.html */
  DescribeProcurementSystemConfiguration: "R||1||||",
  /** Grants permission to decline a request for a product to be associated with the Private Marketplace. This action can be performed by any account in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it. Access level: Write. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/private-marketplace.html */
  DisassociateProductsFromPrivateMarketplace: "W||1||||",
  /** Grants permission to view the details of incoming subscription requests (for providers who provide products that require subscription verification). Access level: Read. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  GetAgreementApprovalRequest: "R||||||",
  /** Grants permission to view the details of an agreement cancellation request. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  GetAgreementCancellationRequest: "R||||0,2||;",
  /** Grants permission to get the entitlements associated with an agreement. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  GetAgreementEntitlements: "R||||0|2|;",
  /** Grants permission to view details for a payment request. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  GetAgreementPaymentRequest: "R||||0,2||;",
  /** Grants permission to view the details of subscription requests for data products that require subscription verification. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  GetAgreementRequest: "R||||||",
  /** Grants permission to get a list of terms for an agreement. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  GetAgreementTerms: "L||||0,2|2|;,StartChangeSet",
  /** Grants permission to view the details of a billing adjustment request. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  GetBillingAdjustmentRequest: "R||||0,2||;",
  /** Grants permission to view a dashboard that shows a buyer's AWS Marketplace purchase data. Access level: Read. Resources: Dashboard*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-reporting_GetBuyerDashboard.html */
  GetBuyerDashboard: "R|||4;1;|||;",
  /** Grants permission to retrieve entitlement values for a given product. The results can be filtered based on customer identifier or product dimensions. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-entitlements_GetEntitlements.html */
  GetEntitlements: "R||||||;",
  /** Grants permission to retrieve details of an existing invoice submission task. Access level: Read. Resources: InvoiceSubmissionTask*. https://docs.aws.amazon.com/marketplace/latest/APIReference/compliance-api-access-control.html */
  GetInvoiceSubmissionTask: "R|||7;1;|||",
  /** Grants permission to retrieve details of a specific tax invoice issued by AWS on behalf of a seller. Access level: Read. Resources: IssuedTaxInvoice*. https://docs.aws.amazon.com/marketplace/latest/APIReference/compliance-api-access-control.html */
  GetIssuedTaxInvoice: "R|||8;1;|||",
  /** Grants permission to retrieve information about a listing. Access level: Read. Resources: Listing*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-discovery_GetListing.html */
  GetListing: "R|||9;1;|||;",
  /** Grants permission to retrieve information about an offer. Access level: Read. Resources: Offer*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-discovery_GetOffer.html */
  GetOffer: "R|||10;1;|||;",
  /** Grants permission to retrieve information about an offer set. Access level: Read. Resources: OfferSet*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-discovery_GetOfferSet.html */
  GetOfferSet: "R|||11;1;|||;",
  /** Grants permission to retrieve terms for an offer. Access level: Read. Resources: Offer*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-discovery_GetOfferTerms.html */
  GetOfferTerms: "R|||10;1;|||;",
  /** Grants permission to retrieve information about a product. Access level: Read. Resources: Product*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-discovery_GetProduct.html */
  GetProduct: "R|||12;1;|||;",
  /** Grants permission to get the resource policy of an existing entity. Access level: Read. Resources: Entity*. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_GetResourcePolicy.html */
  GetResourcePolicy: "R|||6;1;|||;",
  /** Grants permission to view a seller dashboard. Access level: Read. Resources: SellerDashboard*. https://docs.aws.amazon.com/marketplace/latest/userguide/dashboards.html#reports-accessing */
  GetSellerDashboard: "R|||14;1;|||",
  /** Grants permission to list incoming subscription requests (for providers who provide products that require subscription verification). Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  ListAgreementApprovalRequests: "L||||||",
  /** Grants permission to list agreement cancellation requests. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  ListAgreementCancellationRequests: "L||||0,2||;",
  /** Grants permission to list charges associated with an agreement. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  ListAgreementCharges: "L||||0||;",
  /** Grants permission to list invoice line items for an agreement. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  ListAgreementInvoiceLineItems: "L||||0,2||;",
  /** Grants permission to list payment requests for an agreement. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  ListAgreementPaymentRequests: "L||||0,2||;",
  /** Grants permission to list subscription requests for products that require subscription verification. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  ListAgreementRequests: "L||||||",
  /** Grants permission to list existing assessments. Access level: List. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_ListAssessments.html */
  ListAssessments: "L||||||",
  /** Grants permission to list billing adjustment requests. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  ListBillingAdjustmentRequests: "L||||0,2||;",
  /** Lists Image Builds. Access level: Read. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/api-reference.html */
  ListBuilds: "R||1||||",
  /** Grants permission to list existing change sets. Access level: List. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_ListChangeSets.html */
  ListChangeSets: "L||||||;",
  /** Grants permission to list existing entities. Access level: List. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_ListEntities.html */
  ListEntities: "L||||||;",
  /** Grants permission to list details of the entitlements associated with an agreement. Note that this action is not applicable to Marketplace purchases. Access level: Read. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  ListEntitlementDetails: "R||||||",
  /** Grants permission to list fulfillment options for a product. Access level: List. Resources: Product*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-discovery_ListFulfillmentOptions.html */
  ListFulfillmentOptions: "L|||12;1;|||;",
  /** Grants permission to list existing invoice submission tasks. Access level: List. https://docs.aws.amazon.com/marketplace/latest/APIReference/compliance-api-access-control.html */
  ListInvoiceSubmissionTasks: "L||||||",
  /** Grants permission to list tax invoices issued by AWS on behalf of a seller. Access level: List. https://docs.aws.amazon.com/marketplace/latest/APIReference/compliance-api-access-control.html */
  ListIssuedTaxInvoices: "L||||||",
  /** Grants permission to list payables of the specified payable provenance. Access level: List. https://docs.aws.amazon.com/marketplace/latest/APIReference/compliance-api-access-control.html */
  ListPayables: "L||||||",
  /** Grants permission to list private offers. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/private-offers-page.html */
  ListPrivateListings: "L||||||ListPurchaseOptions",
  /** Grants permission to get a queryable list for requests and associated products in the Private Marketplace. This action can be performed by any account in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it. Access level: List. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/private-marketplace.html */
  ListPrivateMarketplaceRequests: "L||1||||",
  /** Grants permission to list purchase options available to the buyer. Access level: List. Resources: AllPurchaseOptions*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-discovery_ListPurchaseOptions.html */
  ListPurchaseOptions: "L|||1;1;||aws-marketplace:ListPrivateListings|;",
  /** Grants permission to list tags on an existing entity, change set, invoice submission task, or issued tax invoice. Access level: Read. Resources: ChangeSet, DeploymentParameter, Entity, InvoiceSubmissionTask, IssuedTaxInvoice. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||3;0;,5;0;,6;0;,7;0;,8;0;|5||;",
  /** Grants permission to emit metering records. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-metering_MeterUsage.html */
  MeterUsage: "W||||||;",
  /** Grants permission to create or update a deployment parameter resource. Access level: Write. Resources: DeploymentParameter*. https://docs.aws.amazon.com/marketplace-deployment/latest/api-reference/API_PutDeploymentParameter.html */
  PutDeploymentParameter: "W|||5;1;4~5~6|4,5,6|1|;",
  /** Grants permission to create or update the Procurement System integration configuration (e.g. Coupa) for the individual account, or for the entire AWS Organization if one exists. This action can only be performed by the master account if using an AWS Organization. Access level: Write. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/procurement-systems-integration.html */
  PutProcurementSystemConfiguration: "W||1||||",
  /** Grants permission to attach a resource policy to an existing entity. Access level: Permissions management. Resources: Entity*. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_PutResourcePolicy.html */
  PutResourcePolicy: "P|||6;1;|||;",
  /** Grants permission to to verify that the customer running your paid software is subscribed to your product on AWS Marketplace, enabling you to guard against unauthorized use. Meters software use per ECS task, per hour, with usage prorated to the second. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-metering_RegisterUsage.html */
  RegisterUsage: "W||||||;",
  /** Grants permission to decline an incoming subscription requests (for providers who provide products that require subscription verification). Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  RejectAgreementApprovalRequest: "W||||||",
  /** Grants permission to reject an agreement cancellation request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  RejectAgreementCancellationRequest: "W||||0,2||;",
  /** Grants permission to reject a payment request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  RejectAgreementPaymentRequest: "W||||0,2||;",
  /** Grants permission to resolve a registration token to obtain a CustomerIdentifier and product code. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-metering_ResolveCustomer.html */
  ResolveCustomer: "W||||||;",
  /** Grants permission to search agreements. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  SearchAgreements: "L||||0,2|2|;",
  /** Grants permission to search for facet values to filter listings. Access level: List. Resources: AllListings*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-discovery_SearchFacets.html */
  SearchFacets: "L|||0;1;|||;",
  /** Grants permission to search for product listings. Access level: List. Resources: AllListings*. https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-discovery_SearchListings.html */
  SearchListings: "L|||0;1;|||;",
  /** Grants permission to send an agreement cancellation request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  SendAgreementCancellationRequest: "W||||0,2||;",
  /** Grants permission to send a payment request. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  SendAgreementPaymentRequest: "W||||0,2||;",
  /** Starts an Image Build. Access level: Write. Permission only. https://docs.aws.amazon.com/marketplace/latest/buyerguide/api-reference.html */
  StartBuild: "W||1||||",
  /** Grants permission to request a new change set (Note: resource-level permissions for this action and condition context keys for this action are only supported when used with Catalog API and are not supported when used with AWS Marketplace Management Portal). Access level: Write. Resources: Entity*. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_StartChangeSet.html */
  StartChangeSet:
    "W|||6;1;|1,4,6,7|aws-marketplace:DescribeAgreement,aws-marketplace:DescribeChangeSet,aws-marketplace:DescribeEntity,aws-marketplace:GetAgreementTerms,1,dataexchange:PublishDataSet,iam:PassRole|;",
  /** Grants permission to initiate tasks that submit invoices for processing in AWS Marketplace. Access level: Write. Resources: InvoiceSubmissionTask*. https://docs.aws.amazon.com/marketplace/latest/APIReference/compliance-api-access-control.html */
  StartInvoiceSubmissionTask: "W|||7;1;|4,6||",
  /** Grants permission to subscribe to AWS Marketplace products. Includes the ability to send a subscription request for products that require subscription verification. Includes the ability to enable auto-renewal for an existing subscription. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  Subscribe: "W||||||AcceptAgreementRequest,CreateAgreementRequest",
  /** Grants permission to add new tags to a resource. Supported resource: Entity, ChangeSet, InvoiceSubmissionTask, IssuedTaxInvoice. Access level: Tagging. Resources: ChangeSet, DeploymentParameter*, Entity, InvoiceSubmissionTask, IssuedTaxInvoice. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_TagResource.html */
  TagResource: "T|||3;0;,5;1;4~5~6,6;0;,7;0;,8;0;|4,5,6||PutDeploymentParameter,StartChangeSet,;",
  /** Grants permission to unsubscribe from AWS Marketplace products. Includes the ability to disable auto-renewal for an existing subscription. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  Unsubscribe: "W||||||CancelAgreement",
  /** Grants permission to remove tags from a resource. Supported resource: Entity, ChangeSet, InvoiceSubmissionTask, IssuedTaxInvoice. Access level: Tagging. Resources: ChangeSet, DeploymentParameter*, Entity, InvoiceSubmissionTask, IssuedTaxInvoice. https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_UntagResource.html */
  UntagResource: "T|||3;0;,5;1;5~6,6;0;,7;0;,8;0;|5,6||;",
  /** Grants permission to make changes to an incoming subscription request, including the ability to delete the prospective subscriber's information (for providers who provide products that require subscription verification). Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  UpdateAgreementApprovalRequest: "W||||||",
  /** Grants permission to update purchase orders for charges associated with an agreement. Access level: Write. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  UpdatePurchaseOrders: "W||||0||AcceptAgreementRequest,;",
  /** Grants permission to view account's subscriptions. Access level: List. https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-iam-users-groups-policies.html */
  ViewSubscriptions: "L||||||DescribeAgreement,GetAgreementEntitlements,GetAgreementTerms,SearchAgreements",
} as const;
const actionDetails = {
  AcceptAgreementApprovalRequest:
    "|,;~|Grants permission to approve an incoming subscription request (for providers who provide products that require subscription verification)",
  AcceptAgreementCancellationRequest: "|,;~~~|Grants permission to accept an agreement cancellation request",
  AcceptAgreementPaymentRequest: "|,;~~~|Grants permission to accept a payment request",
  AcceptAgreementRequest: "|,;~~~|Grants permission to accept an agreement request",
  AssociateProductsWithPrivateMarketplace:
    "|,;~|Grants permission to approve a request for a product to be associated with the Private Marketplace. This action can be performed by any account in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it",
  BatchCreateBillingAdjustmentRequest:
    "|,;~~~|Grants permission to create a billing adjustment request against an agreement",
  BatchMeterUsage:
    "|,;~~meteringmarketplace~|Grants permission to post metering records for a set of customers for SaaS applications",
  CancelAgreement: "|,;~~~,~~|Grants permission to cancel agreements",
  CancelAgreementCancellationRequest: "|,;~~~|Grants permission to cancel a pending agreement cancellation request",
  CancelAgreementPaymentRequest: "|,;~~~|Grants permission to cancel a payment request",
  CancelAgreementRequest:
    "|,;~|Grants permission to cancel pending subscription requests for products that require subscription verification",
  CancelChangeSet: "|,;~~marketplace-catalog~|Grants permission to cancel a running change set",
  CreateAgreementRequest: "|,;~~~|Grants permission to create an agreement request",
  CreatePrivateMarketplaceRequests:
    "|,;~|Grants permission to create a new request for a product or products to be associated with the Private Marketplace. This action can be performed by any account in an in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it",
  DeleteResourcePolicy:
    "|,;~~marketplace-catalog~|Grants permission to delete the resource policy of an existing entity",
  DescribeAgreement: "|,;~~~,~marketplace-catalog~|Grants permission to describe the metadata about the agreement",
  DescribeAssessment: "|,;~|Grants permission to return the details of an existing assessment",
  DescribeBuilds: "|,;~|Describes Image Builds identified by a build Id",
  DescribeChangeSet:
    "|,;~~marketplace-catalog~,~marketplace-catalog~|Grants permission to return the details of an existing change set",
  DescribeEntity:
    "|,;~~marketplace-catalog~,~marketplace-catalog~,~marketplace-catalog~|Grants permission to return the details of an existing entity",
  DescribePrivateMarketplaceRequests:
    "|,;~|Grants permission to describe requests and associated products in the Private Marketplace. This action can be performed by any account in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it",
  DescribeProcurementSystemConfiguration:
    "|,;~|Grants permission to describe the Procurement System integration configuration (e.g. Coupa) for the individual account, or for the entire AWS Organization if one exists. This action can only be performed by the master account if using an AWS Organization",
  DisassociateProductsFromPrivateMarketplace:
    "|,;~|Grants permission to decline a request for a product to be associated with the Private Marketplace. This action can be performed by any account in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it",
  GetAgreementApprovalRequest:
    "|,;~|Grants permission to view the details of incoming subscription requests (for providers who provide products that require subscription verification)",
  GetAgreementCancellationRequest: "|,;~~~|Grants permission to view the details of an agreement cancellation request",
  GetAgreementEntitlements: "|,;~~~|Grants permission to get the entitlements associated with an agreement",
  GetAgreementPaymentRequest: "|,;~~~|Grants permission to view details for a payment request",
  GetAgreementRequest:
    "|,;~|Grants permission to view the details of subscription requests for data products that require subscription verification",
  GetAgreementTerms: "|,;~~~,~marketplace-catalog~|Grants permission to get a list of terms for an agreement",
  GetBillingAdjustmentRequest: "|,;~~~|Grants permission to view the details of a billing adjustment request",
  GetBuyerDashboard:
    "|,;~~marketplace-reporting~|Grants permission to view a dashboard that shows a buyer's AWS Marketplace purchase data",
  GetEntitlements:
    "|,;~~marketplace-entitlement~|Grants permission to retrieve entitlement values for a given product. The results can be filtered based on customer identifier or product dimensions",
  GetInvoiceSubmissionTask: "|,;~|Grants permission to retrieve details of an existing invoice submission task",
  GetIssuedTaxInvoice:
    "|,;~|Grants permission to retrieve details of a specific tax invoice issued by AWS on behalf of a seller",
  GetListing: "|,;~~marketplace-discovery~|Grants permission to retrieve information about a listing",
  GetOffer: "|,;~~marketplace-discovery~|Grants permission to retrieve information about an offer",
  GetOfferSet: "|,;~~marketplace-discovery~|Grants permission to retrieve information about an offer set",
  GetOfferTerms: "|,;~~marketplace-discovery~|Grants permission to retrieve terms for an offer",
  GetProduct: "|,;~~marketplace-discovery~|Grants permission to retrieve information about a product",
  GetResourcePolicy: "|,;~~marketplace-catalog~|Grants permission to get the resource policy of an existing entity",
  GetSellerDashboard: "|,;~|Grants permission to view a seller dashboard",
  ListAgreementApprovalRequests:
    "|,;~|Grants permission to list incoming subscription requests (for providers who provide products that require subscription verification)",
  ListAgreementCancellationRequests: "|,;~~~|Grants permission to list agreement cancellation requests",
  ListAgreementCharges: "|,;~~~|Grants permission to list charges associated with an agreement",
  ListAgreementInvoiceLineItems: "|,;~~~|Grants permission to list invoice line items for an agreement",
  ListAgreementPaymentRequests: "|,;~~~|Grants permission to list payment requests for an agreement",
  ListAgreementRequests:
    "|,;~|Grants permission to list subscription requests for products that require subscription verification",
  ListAssessments: "|,;~|Grants permission to list existing assessments",
  ListBillingAdjustmentRequests: "|,;~~~|Grants permission to list billing adjustment requests",
  ListBuilds: "|,;~|Lists Image Builds.",
  ListChangeSets: "|,;~~marketplace-catalog~|Grants permission to list existing change sets",
  ListEntities: "|,;~~marketplace-catalog~|Grants permission to list existing entities",
  ListEntitlementDetails:
    "|,;~|Grants permission to list details of the entitlements associated with an agreement. Note that this action is not applicable to Marketplace purchases",
  ListFulfillmentOptions: "|,;~~marketplace-discovery~|Grants permission to list fulfillment options for a product",
  ListInvoiceSubmissionTasks: "|,;~|Grants permission to list existing invoice submission tasks",
  ListIssuedTaxInvoices: "|,;~|Grants permission to list tax invoices issued by AWS on behalf of a seller",
  ListPayables: "|,;~|Grants permission to list payables of the specified payable provenance",
  ListPrivateListings: "|,;~~marketplace-discovery~|Grants permission to list private offers",
  ListPrivateMarketplaceRequests:
    "|,;~|Grants permission to get a queryable list for requests and associated products in the Private Marketplace. This action can be performed by any account in an AWS Organization, provided the user has permissions to do so, and the Organization's Service Control Policies allow it",
  ListPurchaseOptions: "|,;~~marketplace-discovery~|Grants permission to list purchase options available to the buyer",
  ListTagsForResource:
    "|,;~~marketplace-catalog~;~marketplace-deployment~|Grants permission to list tags on an existing entity, change set, invoice submission task, or issued tax invoice",
  MeterUsage: "|,;~~meteringmarketplace~|Grants permission to emit metering records",
  PutDeploymentParameter:
    "|,;~~marketplace-deployment~|Grants permission to create or update a deployment parameter resource",
  PutProcurementSystemConfiguration:
    "|,;~|Grants permission to create or update the Procurement System integration configuration (e.g. Coupa) for the individual account, or for the entire AWS Organization if one exists. This action can only be performed by the master account if using an AWS Organization",
  PutResourcePolicy: "|,;~~marketplace-catalog~|Grants permission to attach a resource policy to an existing entity",
  RegisterUsage:
    "|,;~~meteringmarketplace~|Grants permission to to verify that the customer running your paid software is subscribed to your product on AWS Marketplace, enabling you to guard against unauthorized use. Meters software use per ECS task, per hour, with usage prorated to the second",
  RejectAgreementApprovalRequest:
    "|,;~|Grants permission to decline an incoming subscription requests (for providers who provide products that require subscription verification)",
  RejectAgreementCancellationRequest: "|,;~~~|Grants permission to reject an agreement cancellation request",
  RejectAgreementPaymentRequest: "|,;~~~|Grants permission to reject a payment request",
  ResolveCustomer:
    "|,;~~meteringmarketplace~|Grants permission to resolve a registration token to obtain a CustomerIdentifier and product code",
  SearchAgreements: "|,;~~~|Grants permission to search agreements",
  SearchFacets: "|,;~~marketplace-discovery~|Grants permission to search for facet values to filter listings",
  SearchListings: "|,;~~marketplace-discovery~|Grants permission to search for product listings",
  SendAgreementCancellationRequest: "|,;~~~|Grants permission to send an agreement cancellation request",
  SendAgreementPaymentRequest: "|,;~~~|Grants permission to send a payment request",
  StartBuild: "|,;~|Starts an Image Build",
  StartChangeSet:
    "|,;~~marketplace-catalog~|Grants permission to request a new change set (Note: resource-level permissions for this action and condition context keys for this action are only supported when used with Catalog API and are not supported when used with AWS Marketplace Management Portal)",
  StartInvoiceSubmissionTask:
    "|,;~|Grants permission to initiate tasks that submit invoices for processing in AWS Marketplace",
  Subscribe:
    "|,;~~~,~~|Grants permission to subscribe to AWS Marketplace products. Includes the ability to send a subscription request for products that require subscription verification. Includes the ability to enable auto-renewal for an existing subscription",
  TagResource:
    "|,;~~marketplace-deployment~,~marketplace-catalog~,~marketplace-catalog~;~marketplace-deployment~|Grants permission to add new tags to a resource. Supported resource: Entity, ChangeSet, InvoiceSubmissionTask, IssuedTaxInvoice",
  Unsubscribe:
    "|,;~~~|Grants permission to unsubscribe from AWS Marketplace products. Includes the ability to disable auto-renewal for an existing subscription",
  UntagResource:
    "|,;~~marketplace-catalog~;~marketplace-deployment~|Grants permission to remove tags from a resource. Supported resource: Entity, ChangeSet, InvoiceSubmissionTask, IssuedTaxInvoice",
  UpdateAgreementApprovalRequest:
    "|,;~|Grants permission to make changes to an incoming subscription request, including the ability to delete the prospective subscriber's information (for providers who provide products that require subscription verification)",
  UpdatePurchaseOrders:
    "|,;~~~,~~|Grants permission to update purchase orders for charges associated with an agreement",
  ViewSubscriptions: "|,;~~~,~~,~~,~~|Grants permission to view account's subscriptions",
};
const resourceTypeFacts = {
  /** The AllListings resource type: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/listing/* */
  AllListings: "|,allListings|",
  /** The AllPurchaseOptions resource type: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/purchaseOption/* */
  AllPurchaseOptions: "|,allPurchaseOptions|",
  /** The Assessment resource type: arn:${Partition}:aws-marketplace:${Region}::${Catalog}/Assessment/${ResourceId} */
  Assessment: "|,assessment|",
  /** The ChangeSet resource type: arn:${Partition}:aws-marketplace:${Region}:${Account}:${Catalog}/ChangeSet/${ResourceId} */
  ChangeSet: "|,changeSet|5,7",
  /** The Dashboard resource type: arn:${Partition}:aws-marketplace::${Account}:${Catalog}/ReportingData/${FactTable}/Dashboard/${DashboardName} */
  Dashboard: "|,dashboard|",
  /** The DeploymentParameter resource type: arn:${Partition}:aws-marketplace:${Region}:${Account}:DeploymentParameter:catalogs/${CatalogName}/products/${ProductId}/${ResourceId} */
  DeploymentParameter: "|,deploymentParameter|4,5,6",
  /** The Entity resource type: arn:${Partition}:aws-marketplace:${Region}:${Account}:${Catalog}/${EntityType}/${ResourceId} */
  Entity: "|,entity|5,7",
  /** The InvoiceSubmissionTask resource type: arn:${Partition}:aws-marketplace:${Region}:${Account}:catalog/${Catalog}/invoice-submission-task/${ResourceId} */
  InvoiceSubmissionTask: "|,invoiceSubmissionTask|5",
  /** The IssuedTaxInvoice resource type: arn:${Partition}:aws-marketplace:${Region}:${Account}:catalog/${Catalog}/issued-tax-invoice/${ResourceId} */
  IssuedTaxInvoice: "|,issuedTaxInvoice|5",
  /** The Listing resource type: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/listing/${ListingId} */
  Listing: "|,listing|",
  /** The Offer resource type: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/offer/${OfferId} */
  Offer: "|,offer|",
  /** The OfferSet resource type: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/offerSet/${OfferSetId} */
  OfferSet: "|,offerSet|",
  /** The Product resource type: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/product/${ProductId} */
  Product: "|,product|",
  /** The PurchaseOption resource type: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/purchaseOption/${PurchaseOptionId} */
  PurchaseOption: "|,purchaseOption|",
  /** The SellerDashboard resource type: arn:${Partition}:aws-marketplace::${Account}:${Catalog}/ReportingData/${FactTable}/Dashboard/${DashboardName} */
  SellerDashboard: "|,sellerDashboard|",
} as const;
const arnFormats = {
  /** ARN of a AllListings resource: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/listing/*. */
  allListings: "|,AllListings|arn:|Partition|:aws-marketplace:::catalog/|CatalogName|/listing/*",
  /** ARN of a AllPurchaseOptions resource: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/purchaseOption/*. */
  allPurchaseOptions: "|,AllPurchaseOptions|arn:|Partition|:aws-marketplace:::catalog/|CatalogName|/purchaseOption/*",
  /** ARN of a Assessment resource: arn:${Partition}:aws-marketplace:${Region}::${Catalog}/Assessment/${ResourceId}. */
  assessment: "|,Assessment|arn:|Partition|:aws-marketplace:|Region|::|Catalog|/Assessment/|ResourceId|",
  /** ARN of a ChangeSet resource: arn:${Partition}:aws-marketplace:${Region}:${Account}:${Catalog}/ChangeSet/${ResourceId}. */
  changeSet: "|,ChangeSet|arn:|Partition|:aws-marketplace:|Region|:|Account|:|Catalog|/ChangeSet/|ResourceId|",
  /** ARN of a Dashboard resource: arn:${Partition}:aws-marketplace::${Account}:${Catalog}/ReportingData/${FactTable}/Dashboard/${DashboardName}. */
  dashboard:
    "|,Dashboard|arn:|Partition|:aws-marketplace::|Account|:|Catalog|/ReportingData/|FactTable|/Dashboard/|DashboardName|",
  /** ARN of a DeploymentParameter resource: arn:${Partition}:aws-marketplace:${Region}:${Account}:DeploymentParameter:catalogs/${CatalogName}/products/${ProductId}/${ResourceId}. */
  deploymentParameter:
    "|,DeploymentParameter|arn:|Partition|:aws-marketplace:|Region|:|Account|:DeploymentParameter:catalogs/|CatalogName|/products/|ProductId|/|ResourceId|",
  /** ARN of a Entity resource: arn:${Partition}:aws-marketplace:${Region}:${Account}:${Catalog}/${EntityType}/${ResourceId}. */
  entity: "|,Entity|arn:|Partition|:aws-marketplace:|Region|:|Account|:|Catalog|/|EntityType|/|ResourceId|",
  /** ARN of a InvoiceSubmissionTask resource: arn:${Partition}:aws-marketplace:${Region}:${Account}:catalog/${Catalog}/invoice-submission-task/${ResourceId}. */
  invoiceSubmissionTask:
    "|,InvoiceSubmissionTask|arn:|Partition|:aws-marketplace:|Region|:|Account|:catalog/|Catalog|/invoice-submission-task/|ResourceId|",
  /** ARN of a IssuedTaxInvoice resource: arn:${Partition}:aws-marketplace:${Region}:${Account}:catalog/${Catalog}/issued-tax-invoice/${ResourceId}. */
  issuedTaxInvoice:
    "|,IssuedTaxInvoice|arn:|Partition|:aws-marketplace:|Region|:|Account|:catalog/|Catalog|/issued-tax-invoice/|ResourceId|",
  /** ARN of a Listing resource: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/listing/${ListingId}. */
  listing: "|,Listing|arn:|Partition|:aws-marketplace:::catalog/|CatalogName|/listing/|ListingId|",
  /** ARN of a Offer resource: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/offer/${OfferId}. */
  offer: "|,Offer|arn:|Partition|:aws-marketplace:::catalog/|CatalogName|/offer/|OfferId|",
  /** ARN of a OfferSet resource: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/offerSet/${OfferSetId}. */
  offerSet: "|,OfferSet|arn:|Partition|:aws-marketplace:::catalog/|CatalogName|/offerSet/|OfferSetId|",
  /** ARN of a Product resource: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/product/${ProductId}. */
  product: "|,Product|arn:|Partition|:aws-marketplace:::catalog/|CatalogName|/product/|ProductId|",
  /** ARN of a PurchaseOption resource: arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/purchaseOption/${PurchaseOptionId}. */
  purchaseOption:
    "|,PurchaseOption|arn:|Partition|:aws-marketplace:::catalog/|CatalogName|/purchaseOption/|PurchaseOptionId|",
  /** ARN of a SellerDashboard resource: arn:${Partition}:aws-marketplace::${Account}:${Catalog}/ReportingData/${FactTable}/Dashboard/${DashboardName}. */
  sellerDashboard:
    "|,SellerDashboard|arn:|Partition|:aws-marketplace::|Account|:|Catalog|/ReportingData/|FactTable|/Dashboard/|DashboardName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "AllListings",
  "AllPurchaseOptions",
  "Assessment",
  "ChangeSet",
  "Dashboard",
  "DeploymentParameter",
  "Entity",
  "InvoiceSubmissionTask",
  "IssuedTaxInvoice",
  "Listing",
  "Offer",
  "OfferSet",
  "Product",
  "PurchaseOption",
  "SellerDashboard",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "aws-marketplace">;
/** Any aws-marketplace action. */
export type Action = ActionOf<typeof actionFacts, "aws-marketplace">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "aws-marketplace">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "marketplace-agreement" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every aws-marketplace action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the type of the agreement. */
  "aws-marketplace:AgreementType": "ArrayOfString";
  /** Filters access by the Intent parameter in the StartChangeSet request. */
  "aws-marketplace:Intent": "String";
  /** Filters access by the party type of the agreement. */
  "aws-marketplace:PartyType": "String";
  /** Filters access by product id for AWS Marketplace purchases. */
  "aws-marketplace:ProductId": "ArrayOfString";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the change type in the StartChangeSet request. */
  "catalog:ChangeType": "String";
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
  "aws-marketplace:AgreementType": "|,ArrayOfString|0||Filters access by the type of the agreement",
  "aws-marketplace:Intent": "|,String|0||Filters access by the Intent parameter in the StartChangeSet request",
  "aws-marketplace:PartyType": "|,String|0||Filters access by the party type of the agreement",
  "aws-marketplace:ProductId": "|,ArrayOfString|0||Filters access by product id for AWS Marketplace purchases",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
  "catalog:ChangeType": "|,String|0||Filters access by the change type in the StartChangeSet request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "aws-marketplace",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
