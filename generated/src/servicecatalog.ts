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
export const prefix: "servicecatalog" = "servicecatalog";
/** The service's name in the reference. */
export const serviceName: "AWS Service Catalog" = "AWS Service Catalog";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Service Catalog",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsservicecatalog.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "servicecatalog:Resource",
  "servicecatalog:ResourceType",
  "servicecatalog:accountLevel",
  "servicecatalog:roleLevel",
  "servicecatalog:userLevel",
] as const;
const dependentActionList = [
  "codestar-connections:PassConnection",
  "iam:CreateServiceLinkedRole",
  "iam:PassRole",
  "servicecatalog:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to accept a portfolio that has been shared with you. Access level: Write. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_AcceptPortfolioShare.html */
  AcceptPortfolioShare: "W|||2;1;|||;",
  /** Grants permission to associate an attribute group with an application. Access level: Write. Resources: Application*, AttributeGroup*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_AssociateAttributeGroup.html */
  AssociateAttributeGroup: "W|||0;1;,1;1;|||;",
  /** Grants permission to associate a budget with a resource. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_AssociateBudgetWithResource.html */
  AssociateBudgetWithResource: "W||||||;",
  /** Grants permission to associate an IAM principal with a portfolio, giving the specified principal access to any products associated with the specified portfolio. Access level: Write. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_AssociatePrincipalWithPortfolio.html */
  AssociatePrincipalWithPortfolio: "W|||2;1;|||;",
  /** Grants permission to associate a product with a portfolio. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_AssociateProductWithPortfolio.html */
  AssociateProductWithPortfolio: "W||||||;",
  /** Grants permission to associate a resource with an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_AssociateResource.html */
  AssociateResource:
    "W|||0;1;|3,4|cloudformation:DescribeStacks,resource-groups:CreateGroup,resource-groups:GetGroup,resource-groups:Tag|;",
  /** Grants permission to associate an action with a provisioning artifact. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_AssociateServiceActionWithProvisioningArtifact.html */
  AssociateServiceActionWithProvisioningArtifact: "W|||3;1;|||;",
  /** Grants permission to associate the specified TagOption with the specified portfolio or product. Access level: Write. Resources: Portfolio, Product. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_AssociateTagOptionWithResource.html */
  AssociateTagOptionWithResource: "W|||2;0;,3;0;|||;",
  /** Grants permission to associate multiple self-service actions with provisioning artifacts. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_BatchAssociateServiceActionWithProvisioningArtifact.html */
  BatchAssociateServiceActionWithProvisioningArtifact: "W||||||;",
  /** Grants permission to disassociate a batch of self-service actions from the specified provisioning artifact. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_BatchDisassociateServiceActionFromProvisioningArtifact.html */
  BatchDisassociateServiceActionFromProvisioningArtifact: "W||||||;",
  /** Grants permission to copy the specified source product to the specified target product or a new product. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_CopyProduct.html */
  CopyProduct: "W||||||;",
  /** Grants permission to create an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_CreateApplication.html */
  CreateApplication: "W|||0;1;|0,2|1,3|;",
  /** Grants permission to create an attribute group. Access level: Write. Resources: AttributeGroup*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_CreateAttributeGroup.html */
  CreateAttributeGroup: "W|||1;1;|0,2|3|;",
  /** Grants permission to create a constraint on an associated product and portfolio. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_CreateConstraint.html */
  CreateConstraint: "W|||3;1;||2|;",
  /** Grants permission to create a portfolio. Access level: Write. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_CreatePortfolio.html */
  CreatePortfolio: "W|||2;1;|0,2|3|;",
  /** Grants permission to share a portfolio you own with another AWS account. Access level: Permissions management. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_CreatePortfolioShare.html */
  CreatePortfolioShare: "P|||2;1;|||;",
  /** Grants permission to create a product and that product's first provisioning artifact. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_CreateProduct.html */
  CreateProduct: "W|||3;1;|0,2|0,3|;",
  /** Grants permission to add a new provisioned product plan. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_CreateProvisionedProductPlan.html */
  CreateProvisionedProductPlan: "W||||5,6,7||;",
  /** Grants permission to add a new provisioning artifact to an existing product. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_CreateProvisioningArtifact.html */
  CreateProvisioningArtifact: "W|||3;1;|||;",
  /** Grants permission to create a self-service action. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_CreateServiceAction.html */
  CreateServiceAction: "W||||||;",
  /** Grants permission to create a TagOption. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_CreateTagOption.html */
  CreateTagOption: "W||||||;",
  /** Grants permission to delete an application if all associations have been removed from the application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_DeleteApplication.html */
  DeleteApplication: "W|||0;1;|||;",
  /** Grants permission to delete an attribute group if all associations have been removed from the attribute group. Access level: Write. Resources: AttributeGroup*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_DeleteAttributeGroup.html */
  DeleteAttributeGroup: "W|||1;1;|||;",
  /** Grants permission to remove and delete an existing constraint from an associated product and portfolio. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DeleteConstraint.html */
  DeleteConstraint: "W||||||;",
  /** Grants permission to delete a portfolio if all associations and shares have been removed from the portfolio. Access level: Write. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DeletePortfolio.html */
  DeletePortfolio: "W|||2;1;|||;",
  /** Grants permission to unshare a portfolio you own from an AWS account you previously shared the portfolio with. Access level: Permissions management. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DeletePortfolioShare.html */
  DeletePortfolioShare: "P|||2;1;|||;",
  /** Grants permission to delete a product if all associations have been removed from the product. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DeleteProduct.html */
  DeleteProduct: "W|||3;1;|||;",
  /** Grants permission to delete a provisioned product plan. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DeleteProvisionedProductPlan.html */
  DeleteProvisionedProductPlan: "W||||5,6,7||;",
  /** Grants permission to delete a provisioning artifact from a product. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DeleteProvisioningArtifact.html */
  DeleteProvisioningArtifact: "W|||3;1;|||;",
  /** Grants permission to delete a resource-based policy for the specified resource. Access level: Write. Resources: Application, AttributeGroup. Permission only. https://docs.aws.amazon.com/servicecatalog/latest/arguide/sharing-definitions.html */
  DeleteResourcePolicy: "W||1|0;0;,1;0;|||",
  /** Grants permission to delete a self-service action. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DeleteServiceAction.html */
  DeleteServiceAction: "W||||||;",
  /** Grants permission to delete the specified TagOption. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DeleteTagOption.html */
  DeleteTagOption: "W||||||;",
  /** Grants permission to describe a constraint. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeConstraint.html */
  DescribeConstraint: "R||||||;",
  /** Grants permission to get the status of the specified copy product operation. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeCopyProductStatus.html */
  DescribeCopyProductStatus: "R||||||;",
  /** Grants permission to describe a portfolio. Access level: Read. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribePortfolio.html */
  DescribePortfolio: "R|||2;1;|||;",
  /** Grants permission to get the status of the specified portfolio share operation. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribePortfolioShareStatus.html */
  DescribePortfolioShareStatus: "R||||||;",
  /** Grants permission to view a summary of each of the portfolio shares that were created for the specified portfolio. Access level: List. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribePortfolioShares.html */
  DescribePortfolioShares: "L|||2;1;|||;",
  /** Grants permission to describe a product as an end-user. Access level: Read. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeProduct.html */
  DescribeProduct: "R|||3;1;|||;",
  /** Grants permission to describe a product as an admin. Access level: Read. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeProductAsAdmin.html */
  DescribeProductAsAdmin: "R|||3;1;|||;",
  /** Grants permission to describe a product as an end-user. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeProductView.html */
  DescribeProductView: "R||||||;",
  /** Grants permission to describe a provisioned product. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeProvisionedProduct.html */
  DescribeProvisionedProduct: "R||||5,6,7||;",
  /** Grants permission to describe a provisioned product plan. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeProvisionedProductPlan.html */
  DescribeProvisionedProductPlan: "R||||5,6,7||;",
  /** Grants permission to describe a provisioning artifact. Access level: Read. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeProvisioningArtifact.html */
  DescribeProvisioningArtifact: "R|||3;1;|||;",
  /** Grants permission to describe the parameters that you need to specify to successfully provision a specified provisioning artifact. Access level: Read. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeProvisioningParameters.html */
  DescribeProvisioningParameters: "R|||3;1;|||;",
  /** Grants permission to describe a record and lists any outputs. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeRecord.html */
  DescribeRecord: "R||||5,6,7||;",
  /** Grants permission to describe a self-service action. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeServiceAction.html */
  DescribeServiceAction: "R||||||;",
  /** Grants permission to get the default parameters if you executed the specified Service Action on the specified Provisioned Product. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeServiceActionExecutionParameters.html */
  DescribeServiceActionExecutionParameters: "R||||5,6,7||;",
  /** Grants permission to get information about the specified TagOption. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeTagOption.html */
  DescribeTagOption: "R||||||;",
  /** Grants permission to disable portfolio sharing through AWS Organizations feature. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DisableAWSOrganizationsAccess.html */
  DisableAWSOrganizationsAccess: "W||||||;",
  /** Grants permission to disassociate an attribute group from an application. Access level: Write. Resources: Application*, AttributeGroup*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_DisassociateAttributeGroup.html */
  DisassociateAttributeGroup: "W|||0;1;,1;1;|||;",
  /** Grants permission to disassociate a budget from a resource. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DisassociateBudgetFromResource.html */
  DisassociateBudgetFromResource: "W||||||;",
  /** Grants permission to disassociate an IAM principal from a portfolio. Access level: Write. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DisassociatePrincipalFromPortfolio.html */
  DisassociatePrincipalFromPortfolio: "W|||2;1;|||;",
  /** Grants permission to disassociate a product from a portfolio. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DisassociateProductFromPortfolio.html */
  DisassociateProductFromPortfolio: "W||||||;",
  /** Grants permission to disassociate a resource from an application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_DisassociateResource.html */
  DisassociateResource: "W|||0;1;|3,4|resource-groups:DeleteGroup|;",
  /** Grants permission to disassociate the specified self-service action association from the specified provisioning artifact. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DisassociateServiceActionFromProvisioningArtifact.html */
  DisassociateServiceActionFromProvisioningArtifact: "W|||3;1;|||;",
  /** Grants permission to disassociate the specified TagOption from the specified resource. Access level: Write. Resources: Portfolio, Product. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DisassociateTagOptionFromResource.html */
  DisassociateTagOptionFromResource: "W|||2;0;,3;0;|||;",
  /** Grants permission to enable portfolio sharing feature through AWS Organizations. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_EnableAWSOrganizationsAccess.html */
  EnableAWSOrganizationsAccess: "W||||||;",
  /** Grants permission to execute a provisioned product plan. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ExecuteProvisionedProductPlan.html */
  ExecuteProvisionedProductPlan: "W||||5,6,7||;",
  /** Grants permission to executes a provisioned product plan. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ExecuteProvisionedProductServiceAction.html */
  ExecuteProvisionedProductServiceAction: "W||||5,6,7||;",
  /** Grants permission to get the access status of AWS Organization portfolio share feature. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_GetAWSOrganizationsAccessStatus.html */
  GetAWSOrganizationsAccessStatus: "R||||||;",
  /** Grants permission to get an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_GetApplication.html */
  GetApplication: "R|||0;1;|||;",
  /** Grants permission to get information about a resource associated to an application. Access level: Read. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_GetAssociatedResource.html */
  GetAssociatedResource: "R|||0;1;|3,4||;",
  /** Grants permission to get an attribute group. Access level: Read. Resources: AttributeGroup*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_GetAttributeGroup.html */
  GetAttributeGroup: "R|||1;1;|||;",
  /** Grants permission to read AppRegistry configurations. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_GetConfiguration.html */
  GetConfiguration: "R||||||;",
  /** Grants permission to get the provisioned product output with either provisioned product id or name. Access level: Read. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_GetProvisionedProductOutputs.html */
  GetProvisionedProductOutputs: "R||||||;",
  /** Grants permission to get a resource-based policy for the specified resource. Access level: Read. Resources: Application, AttributeGroup. Permission only. https://docs.aws.amazon.com/servicecatalog/latest/arguide/sharing-definitions.html */
  GetResourcePolicy: "R||1|0;0;,1;0;|||",
  /** Grants permission to import a resource into a provisioned product. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ImportAsProvisionedProduct.html */
  ImportAsProvisionedProduct: "W|||3;1;|||;",
  /** Grants permission to list the portfolios that have been shared with you and you have accepted. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListAcceptedPortfolioShares.html */
  ListAcceptedPortfolioShares: "L||||||;",
  /** Grants permission to list your applications. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_ListApplications.html */
  ListApplications: "L||||||;",
  /** Grants permission to list the attribute groups associated with an application. Access level: List. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_ListAssociatedAttributeGroups.html */
  ListAssociatedAttributeGroups: "L|||0;1;|||;",
  /** Grants permission to list the resources associated with an application. Access level: List. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_ListAssociatedResources.html */
  ListAssociatedResources: "L|||0;1;|||;",
  /** Grants permission to list your attribute groups. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_ListAttributeGroups.html */
  ListAttributeGroups: "L||||||;",
  /** Grants permission to list the associated attribute groups for a given application. Access level: List. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_ListAttributeGroupsForApplication.html */
  ListAttributeGroupsForApplication: "L|||0;1;|||;",
  /** Grants permission to list all the budgets associated to a resource. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListBudgetsForResource.html */
  ListBudgetsForResource: "L||||||;",
  /** Grants permission to list constraints associated with a given portfolio. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListConstraintsForPortfolio.html */
  ListConstraintsForPortfolio: "L||||||;",
  /** Grants permission to list the different ways to launch a given product as an end-user. Access level: List. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListLaunchPaths.html */
  ListLaunchPaths: "L|||3;1;|||;",
  /** Grants permission to list the organization nodes that have access to the specified portfolio. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListOrganizationPortfolioAccess.html */
  ListOrganizationPortfolioAccess: "L||||||;",
  /** Grants permission to list the AWS accounts you have shared a given portfolio with. Access level: List. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListPortfolioAccess.html */
  ListPortfolioAccess: "L|||2;1;|||;",
  /** Grants permission to list the portfolios in your account. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListPortfolios.html */
  ListPortfolios: "L||||||;",
  /** Grants permission to list the portfolios associated with a given product. Access level: List. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListPortfoliosForProduct.html */
  ListPortfoliosForProduct: "L|||3;1;|||;",
  /** Grants permission to list the IAM principals associated with a given portfolio. Access level: List. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListPrincipalsForPortfolio.html */
  ListPrincipalsForPortfolio: "L|||2;1;|||;",
  /** Grants permission to list the provisioned product plans. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListProvisionedProductPlans.html */
  ListProvisionedProductPlans: "L||||5,6,7||;",
  /** Grants permission to list the provisioning artifacts associated with a given product. Access level: List. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListProvisioningArtifacts.html */
  ListProvisioningArtifacts: "L|||3;1;|||;",
  /** Grants permission to list all provisioning artifacts for the specified self-service action. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListProvisioningArtifactsForServiceAction.html */
  ListProvisioningArtifactsForServiceAction: "L||||||;",
  /** Grants permission to list all the records in your account or all the records related to a given provisioned product. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListRecordHistory.html */
  ListRecordHistory: "L||||5,6,7||;",
  /** Grants permission to list the resources associated with the specified TagOption. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListResourcesForTagOption.html */
  ListResourcesForTagOption: "L||||||;",
  /** Grants permission to list all self-service actions. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListServiceActions.html */
  ListServiceActions: "L||||||;",
  /** Grants permission to list all the service actions associated with the specified provisioning artifact in your account. Access level: List. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListServiceActionsForProvisioningArtifact.html */
  ListServiceActionsForProvisioningArtifact: "L|||3;1;|5,6,7||;",
  /** Grants permission to list account, region and status of each stack instances that are associated with a CFN_STACKSET type provisioned product. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListStackInstancesForProvisionedProduct.html */
  ListStackInstancesForProvisionedProduct: "L||||5,6,7||;",
  /** Grants permission to list the specified TagOptions or all TagOptions. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListTagOptions.html */
  ListTagOptions: "L||||||;",
  /** Grants permission to list the tags for a service catalog appregistry resource. Access level: Read. Resources: Application, AttributeGroup. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;|||;",
  /** Grants permission to notify the result of the provisioning engine execution. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_NotifyProvisionProductEngineWorkflowResult.html */
  NotifyProvisionProductEngineWorkflowResult: "W||||||;",
  /** Grants permission to notify the result of the terminate engine execution. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_NotifyTerminateProvisionedProductEngineWorkflowResult.html */
  NotifyTerminateProvisionedProductEngineWorkflowResult: "W||||||;",
  /** Grants permission to notify the result of the update engine execution. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_NotifyUpdateProvisionedProductEngineWorkflowResult.html */
  NotifyUpdateProvisionedProductEngineWorkflowResult: "W||||||;",
  /** Grants permission to provision a product with a specified provisioning artifact and launch parameters. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ProvisionProduct.html */
  ProvisionProduct: "W|||3;1;|||;",
  /** Grants permission to assign AppRegistry configurations. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_PutConfiguration.html */
  PutConfiguration: "W||||||;",
  /** Grants permission to add a resource-based policy for the specified resource. Access level: Write. Resources: Application, AttributeGroup. Permission only. https://docs.aws.amazon.com/servicecatalog/latest/arguide/sharing-definitions.html */
  PutResourcePolicy: "W||1|0;0;,1;0;|||",
  /** Grants permission to reject a portfolio that has been shared with you that you previously accepted. Access level: Write. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_RejectPortfolioShare.html */
  RejectPortfolioShare: "W|||2;1;|||;",
  /** Grants permission to list all the provisioned products in your account. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ScanProvisionedProducts.html */
  ScanProvisionedProducts: "L||||5,6,7||;",
  /** Grants permission to list the products available to you as an end-user. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_SearchProducts.html */
  SearchProducts: "L||||||;",
  /** Grants permission to list all the products in your account or all the products associated with a given portfolio. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_SearchProductsAsAdmin.html */
  SearchProductsAsAdmin: "L||||||;",
  /** Grants permission to list all the provisioned products in your account. Access level: List. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_SearchProvisionedProducts.html */
  SearchProvisionedProducts: "L||||5,6,7||;",
  /** Grants permission to sync a resource with its current state in AppRegistry. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_SyncResource.html */
  SyncResource: "W|||||cloudformation:UpdateStack|;",
  /** Grants permission to tag a service catalog appregistry resource. Access level: Tagging. Resources: Application, AttributeGroup. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_TagResource.html */
  TagResource: "T|||0;0;,1;0;|0,2||CreateApplication,CreateAttributeGroup,CreatePortfolio,CreateProduct,;",
  /** Grants permission to terminate an existing provisioned product. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_TerminateProvisionedProduct.html */
  TerminateProvisionedProduct: "W||||5,6,7||;",
  /** Grants permission to remove a tag from a service catalog appregistry resource. Access level: Tagging. Resources: Application, AttributeGroup. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;|2||;",
  /** Grants permission to update the attributes of an existing application. Access level: Write. Resources: Application*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_UpdateApplication.html */
  UpdateApplication: "W|||0;1;||1|;",
  /** Grants permission to update the attributes of an existing attribute group. Access level: Write. Resources: AttributeGroup*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_app-registry_UpdateAttributeGroup.html */
  UpdateAttributeGroup: "W|||1;1;|||;",
  /** Grants permission to update the metadata fields of an existing constraint. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_UpdateConstraint.html */
  UpdateConstraint: "W|||||2|;",
  /** Grants permission to update the metadata fields and/or tags of an existing portfolio. Access level: Write. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_UpdatePortfolio.html */
  UpdatePortfolio: "W|||2;1;|0,2||;",
  /** Grants permission to enable or disable resource sharing for an existing portfolio share. Access level: Permissions management. Resources: Portfolio*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_UpdatePortfolioShare.html */
  UpdatePortfolioShare: "P|||2;1;|||;",
  /** Grants permission to update the metadata fields and/or tags of an existing product. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_UpdateProduct.html */
  UpdateProduct: "W|||3;1;|0,2|0|;",
  /** Grants permission to update an existing provisioned product. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_UpdateProvisionedProduct.html */
  UpdateProvisionedProduct: "W||||5,6,7||;",
  /** Grants permission to update the properties of an existing provisioned product. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_UpdateProvisionedProductProperties.html */
  UpdateProvisionedProductProperties: "W||||||;",
  /** Grants permission to update the metadata fields of an existing provisioning artifact. Access level: Write. Resources: Product*. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_UpdateProvisioningArtifact.html */
  UpdateProvisioningArtifact: "W|||3;1;|||;",
  /** Grants permission to update a self-service action. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_UpdateServiceAction.html */
  UpdateServiceAction: "W||||||;",
  /** Grants permission to update the specified TagOption. Access level: Write. https://docs.aws.amazon.com/servicecatalog/latest/dg/API_UpdateTagOption.html */
  UpdateTagOption: "W||||||;",
} as const;
const actionDetails = {
  AcceptPortfolioShare: "|,;~~~|Grants permission to accept a portfolio that has been shared with you",
  AssociateAttributeGroup:
    "|,;~~servicecatalog-appregistry~|Grants permission to associate an attribute group with an application",
  AssociateBudgetWithResource: "|,;~~~|Grants permission to associate a budget with a resource",
  AssociatePrincipalWithPortfolio:
    "|,;~~~|Grants permission to associate an IAM principal with a portfolio, giving the specified principal access to any products associated with the specified portfolio",
  AssociateProductWithPortfolio: "|,;~~~|Grants permission to associate a product with a portfolio",
  AssociateResource: "|,;~~servicecatalog-appregistry~|Grants permission to associate a resource with an application",
  AssociateServiceActionWithProvisioningArtifact:
    "|,;~~~|Grants permission to associate an action with a provisioning artifact",
  AssociateTagOptionWithResource:
    "|,;~~~|Grants permission to associate the specified TagOption with the specified portfolio or product",
  BatchAssociateServiceActionWithProvisioningArtifact:
    "|,;~~~|Grants permission to associate multiple self-service actions with provisioning artifacts",
  BatchDisassociateServiceActionFromProvisioningArtifact:
    "|,;~~~|Grants permission to disassociate a batch of self-service actions from the specified provisioning artifact",
  CopyProduct:
    "|,;~~~|Grants permission to copy the specified source product to the specified target product or a new product",
  CreateApplication: "|,;~~servicecatalog-appregistry~|Grants permission to create an application",
  CreateAttributeGroup: "|,;~~servicecatalog-appregistry~|Grants permission to create an attribute group",
  CreateConstraint: "|,;~~~|Grants permission to create a constraint on an associated product and portfolio",
  CreatePortfolio: "|,;~~~|Grants permission to create a portfolio",
  CreatePortfolioShare: "|,;~~~|Grants permission to share a portfolio you own with another AWS account",
  CreateProduct: "|,;~~~|Grants permission to create a product and that product's first provisioning artifact",
  CreateProvisionedProductPlan: "|,;~~~|Grants permission to add a new provisioned product plan",
  CreateProvisioningArtifact: "|,;~~~|Grants permission to add a new provisioning artifact to an existing product",
  CreateServiceAction: "|,;~~~|Grants permission to create a self-service action",
  CreateTagOption: "|,;~~~|Grants permission to create a TagOption",
  DeleteApplication:
    "|,;~~servicecatalog-appregistry~|Grants permission to delete an application if all associations have been removed from the application",
  DeleteAttributeGroup:
    "|,;~~servicecatalog-appregistry~|Grants permission to delete an attribute group if all associations have been removed from the attribute group",
  DeleteConstraint:
    "|,;~~~|Grants permission to remove and delete an existing constraint from an associated product and portfolio",
  DeletePortfolio:
    "|,;~~~|Grants permission to delete a portfolio if all associations and shares have been removed from the portfolio",
  DeletePortfolioShare:
    "|,;~~~|Grants permission to unshare a portfolio you own from an AWS account you previously shared the portfolio with",
  DeleteProduct: "|,;~~~|Grants permission to delete a product if all associations have been removed from the product",
  DeleteProvisionedProductPlan: "|,;~~~|Grants permission to delete a provisioned product plan",
  DeleteProvisioningArtifact: "|,;~~~|Grants permission to delete a provisioning artifact from a product",
  DeleteResourcePolicy: "|,;~|Grants permission to delete a resource-based policy for the specified resource",
  DeleteServiceAction: "|,;~~~|Grants permission to delete a self-service action",
  DeleteTagOption: "|,;~~~|Grants permission to delete the specified TagOption",
  DescribeConstraint: "|,;~~~|Grants permission to describe a constraint",
  DescribeCopyProductStatus: "|,;~~~|Grants permission to get the status of the specified copy product operation",
  DescribePortfolio: "|,;~~~|Grants permission to describe a portfolio",
  DescribePortfolioShareStatus: "|,;~~~|Grants permission to get the status of the specified portfolio share operation",
  DescribePortfolioShares:
    "|,;~~~|Grants permission to view a summary of each of the portfolio shares that were created for the specified portfolio",
  DescribeProduct: "|,;~~~|Grants permission to describe a product as an end-user",
  DescribeProductAsAdmin: "|,;~~~|Grants permission to describe a product as an admin",
  DescribeProductView: "|,;~~~|Grants permission to describe a product as an end-user",
  DescribeProvisionedProduct: "|,;~~~|Grants permission to describe a provisioned product",
  DescribeProvisionedProductPlan: "|,;~~~|Grants permission to describe a provisioned product plan",
  DescribeProvisioningArtifact: "|,;~~~|Grants permission to describe a provisioning artifact",
  DescribeProvisioningParameters:
    "|,;~~~|Grants permission to describe the parameters that you need to specify to successfully provision a specified provisioning artifact",
  DescribeRecord: "|,;~~~|Grants permission to describe a record and lists any outputs",
  DescribeServiceAction: "|,;~~~|Grants permission to describe a self-service action",
  DescribeServiceActionExecutionParameters:
    "|,;~~~|Grants permission to get the default parameters if you executed the specified Service Action on the specified Provisioned Product",
  DescribeTagOption: "|,;~~~|Grants permission to get information about the specified TagOption",
  DisableAWSOrganizationsAccess:
    "|,;~~~|Grants permission to disable portfolio sharing through AWS Organizations feature",
  DisassociateAttributeGroup:
    "|,;~~servicecatalog-appregistry~|Grants permission to disassociate an attribute group from an application",
  DisassociateBudgetFromResource: "|,;~~~|Grants permission to disassociate a budget from a resource",
  DisassociatePrincipalFromPortfolio: "|,;~~~|Grants permission to disassociate an IAM principal from a portfolio",
  DisassociateProductFromPortfolio: "|,;~~~|Grants permission to disassociate a product from a portfolio",
  DisassociateResource:
    "|,;~~servicecatalog-appregistry~|Grants permission to disassociate a resource from an application",
  DisassociateServiceActionFromProvisioningArtifact:
    "|,;~~~|Grants permission to disassociate the specified self-service action association from the specified provisioning artifact",
  DisassociateTagOptionFromResource:
    "|,;~~~|Grants permission to disassociate the specified TagOption from the specified resource",
  EnableAWSOrganizationsAccess:
    "|,;~~~|Grants permission to enable portfolio sharing feature through AWS Organizations",
  ExecuteProvisionedProductPlan: "|,;~~~|Grants permission to execute a provisioned product plan",
  ExecuteProvisionedProductServiceAction: "|,;~~~|Grants permission to executes a provisioned product plan",
  GetAWSOrganizationsAccessStatus:
    "|,;~~~|Grants permission to get the access status of AWS Organization portfolio share feature",
  GetApplication: "|,;~~servicecatalog-appregistry~|Grants permission to get an application",
  GetAssociatedResource:
    "|,;~~servicecatalog-appregistry~|Grants permission to get information about a resource associated to an application",
  GetAttributeGroup: "|,;~~servicecatalog-appregistry~|Grants permission to get an attribute group",
  GetConfiguration: "|,;~~servicecatalog-appregistry~|Grants permission to read AppRegistry configurations",
  GetProvisionedProductOutputs:
    "|,;~~~|Grants permission to get the provisioned product output with either provisioned product id or name",
  GetResourcePolicy: "|,;~|Grants permission to get a resource-based policy for the specified resource",
  ImportAsProvisionedProduct: "|,;~~~|Grants permission to import a resource into a provisioned product",
  ListAcceptedPortfolioShares:
    "|,;~~~|Grants permission to list the portfolios that have been shared with you and you have accepted",
  ListApplications: "|,;~~servicecatalog-appregistry~|Grants permission to list your applications",
  ListAssociatedAttributeGroups:
    "|,;~~servicecatalog-appregistry~|Grants permission to list the attribute groups associated with an application",
  ListAssociatedResources:
    "|,;~~servicecatalog-appregistry~|Grants permission to list the resources associated with an application",
  ListAttributeGroups: "|,;~~servicecatalog-appregistry~|Grants permission to list your attribute groups",
  ListAttributeGroupsForApplication:
    "|,;~~servicecatalog-appregistry~|Grants permission to list the associated attribute groups for a given application",
  ListBudgetsForResource: "|,;~~~|Grants permission to list all the budgets associated to a resource",
  ListConstraintsForPortfolio: "|,;~~~|Grants permission to list constraints associated with a given portfolio",
  ListLaunchPaths: "|,;~~~|Grants permission to list the different ways to launch a given product as an end-user",
  ListOrganizationPortfolioAccess:
    "|,;~~~|Grants permission to list the organization nodes that have access to the specified portfolio",
  ListPortfolioAccess: "|,;~~~|Grants permission to list the AWS accounts you have shared a given portfolio with",
  ListPortfolios: "|,;~~~|Grants permission to list the portfolios in your account",
  ListPortfoliosForProduct: "|,;~~~|Grants permission to list the portfolios associated with a given product",
  ListPrincipalsForPortfolio: "|,;~~~|Grants permission to list the IAM principals associated with a given portfolio",
  ListProvisionedProductPlans: "|,;~~~|Grants permission to list the provisioned product plans",
  ListProvisioningArtifacts:
    "|,;~~~|Grants permission to list the provisioning artifacts associated with a given product",
  ListProvisioningArtifactsForServiceAction:
    "|,;~~~|Grants permission to list all provisioning artifacts for the specified self-service action",
  ListRecordHistory:
    "|,;~~~|Grants permission to list all the records in your account or all the records related to a given provisioned product",
  ListResourcesForTagOption: "|,;~~~|Grants permission to list the resources associated with the specified TagOption",
  ListServiceActions: "|,;~~~|Grants permission to list all self-service actions",
  ListServiceActionsForProvisioningArtifact:
    "|,;~~~|Grants permission to list all the service actions associated with the specified provisioning artifact in your account",
  ListStackInstancesForProvisionedProduct:
    "|,;~~~|Grants permission to list account, region and status of each stack instances that are associated with a CFN_STACKSET type provisioned product",
  ListTagOptions: "|,;~~~|Grants permission to list the specified TagOptions or all TagOptions",
  ListTagsForResource:
    "|,;~~servicecatalog-appregistry~|Grants permission to list the tags for a service catalog appregistry resource",
  NotifyProvisionProductEngineWorkflowResult:
    "|,;~~~|Grants permission to notify the result of the provisioning engine execution",
  NotifyTerminateProvisionedProductEngineWorkflowResult:
    "|,;~~~|Grants permission to notify the result of the terminate engine execution",
  NotifyUpdateProvisionedProductEngineWorkflowResult:
    "|,;~~~|Grants permission to notify the result of the update engine execution",
  ProvisionProduct:
    "|,;~~~|Grants permission to provision a product with a specified provisioning artifact and launch parameters",
  PutConfiguration: "|,;~~servicecatalog-appregistry~|Grants permission to assign AppRegistry configurations",
  PutResourcePolicy: "|,;~|Grants permission to add a resource-based policy for the specified resource",
  RejectPortfolioShare:
    "|,;~~~|Grants permission to reject a portfolio that has been shared with you that you previously accepted",
  ScanProvisionedProducts: "|,;~~~|Grants permission to list all the provisioned products in your account",
  SearchProducts: "|,;~~~|Grants permission to list the products available to you as an end-user",
  SearchProductsAsAdmin:
    "|,;~~~|Grants permission to list all the products in your account or all the products associated with a given portfolio",
  SearchProvisionedProducts: "|,;~~~|Grants permission to list all the provisioned products in your account",
  SyncResource:
    "|,;~~servicecatalog-appregistry~|Grants permission to sync a resource with its current state in AppRegistry",
  TagResource:
    "|,;~~servicecatalog-appregistry~,~servicecatalog-appregistry~,~~,~~,~servicecatalog-appregistry~|Grants permission to tag a service catalog appregistry resource",
  TerminateProvisionedProduct: "|,;~~~|Grants permission to terminate an existing provisioned product",
  UntagResource:
    "|,;~~servicecatalog-appregistry~|Grants permission to remove a tag from a service catalog appregistry resource",
  UpdateApplication:
    "|,;~~servicecatalog-appregistry~|Grants permission to update the attributes of an existing application",
  UpdateAttributeGroup:
    "|,;~~servicecatalog-appregistry~|Grants permission to update the attributes of an existing attribute group",
  UpdateConstraint: "|,;~~~|Grants permission to update the metadata fields of an existing constraint",
  UpdatePortfolio: "|,;~~~|Grants permission to update the metadata fields and/or tags of an existing portfolio",
  UpdatePortfolioShare:
    "|,;~~~|Grants permission to enable or disable resource sharing for an existing portfolio share",
  UpdateProduct: "|,;~~~|Grants permission to update the metadata fields and/or tags of an existing product",
  UpdateProvisionedProduct: "|,;~~~|Grants permission to update an existing provisioned product",
  UpdateProvisionedProductProperties:
    "|,;~~~|Grants permission to update the properties of an existing provisioned product",
  UpdateProvisioningArtifact:
    "|,;~~~|Grants permission to update the metadata fields of an existing provisioning artifact",
  UpdateServiceAction: "|,;~~~|Grants permission to update a self-service action",
  UpdateTagOption: "|,;~~~|Grants permission to update the specified TagOption",
};
const resourceTypeFacts = {
  /** The Application resource type: arn:${Partition}:servicecatalog:${Region}:${Account}:/applications/${ApplicationId} */
  Application: "|,application|1",
  /** The AttributeGroup resource type: arn:${Partition}:servicecatalog:${Region}:${Account}:/attribute-groups/${AttributeGroupId} */
  AttributeGroup: "|,attributeGroup|1",
  /** The Portfolio resource type: arn:${Partition}:catalog:${Region}:${Account}:portfolio/${PortfolioId} */
  Portfolio: "|,portfolio|1",
  /** The Product resource type: arn:${Partition}:catalog:${Region}:${Account}:product/${ProductId} */
  Product: "|,product|1",
} as const;
const arnFormats = {
  /** ARN of a Application resource: arn:${Partition}:servicecatalog:${Region}:${Account}:/applications/${ApplicationId}. */
  application: "|,Application|arn:|Partition|:servicecatalog:|Region|:|Account|:/applications/|ApplicationId|",
  /** ARN of a AttributeGroup resource: arn:${Partition}:servicecatalog:${Region}:${Account}:/attribute-groups/${AttributeGroupId}. */
  attributeGroup:
    "|,AttributeGroup|arn:|Partition|:servicecatalog:|Region|:|Account|:/attribute-groups/|AttributeGroupId|",
  /** ARN of a Portfolio resource: arn:${Partition}:catalog:${Region}:${Account}:portfolio/${PortfolioId}. */
  portfolio: "|,Portfolio|arn:|Partition|:catalog:|Region|:|Account|:portfolio/|PortfolioId|",
  /** ARN of a Product resource: arn:${Partition}:catalog:${Region}:${Account}:product/${ProductId}. */
  product: "|,Product|arn:|Partition|:catalog:|Region|:|Account|:product/|ProductId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["Application", "AttributeGroup", "Portfolio", "Product"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "servicecatalog">;
/** Any servicecatalog action. */
export type Action = ActionOf<typeof actionFacts, "servicecatalog">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "servicecatalog">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "servicecatalog" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every servicecatalog action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the presence of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by controlling what value can be specified as the Resource parameter in an AppRegistry associate resource API. */
  "servicecatalog:Resource": "String";
  /** Filters access by controlling what value can be specified as the ResourceType parameter in an AppRegistry associate resource API. */
  "servicecatalog:ResourceType": "String";
  /** Filters access by user to see and perform actions on resources created by anyone in the account. */
  "servicecatalog:accountLevel": "String";
  /** Filters access by user to see and perform actions on resources created either by them or by anyone federating into the same role as them. */
  "servicecatalog:roleLevel": "String";
  /** Filters access by user to see and perform actions on only resources that they created. */
  "servicecatalog:userLevel": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
  "servicecatalog:Resource":
    "|,String|0||Filters access by controlling what value can be specified as the Resource parameter in an AppRegistry associate resource API",
  "servicecatalog:ResourceType":
    "|,String|0||Filters access by controlling what value can be specified as the ResourceType parameter in an AppRegistry associate resource API",
  "servicecatalog:accountLevel":
    "|,String|0||Filters access by user to see and perform actions on resources created by anyone in the account",
  "servicecatalog:roleLevel":
    "|,String|0||Filters access by user to see and perform actions on resources created either by them or by anyone federating into the same role as them",
  "servicecatalog:userLevel":
    "|,String|0||Filters access by user to see and perform actions on only resources that they created",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "servicecatalog",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
