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
export const prefix: "appstream" = "appstream";
/** The service's name in the reference. */
export const serviceName: "Amazon AppStream 2.0" = "Amazon AppStream 2.0";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon AppStream 2.0",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonappstream2.0.html",
  },
];
const conditionKeyList = [
  "appstream:userId",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
] as const;
const dependentActionList = ["appstream:TagResource", "iam:PassRole"] as const;
const actionFacts = {
  /** Grants permission to associate the specified app block builder with the app block. Access level: Write. Resources: app-block*, app-block-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_AssociateAppBlockBuilderAppBlock.html */
  AssociateAppBlockBuilderAppBlock: "W|||0;1;,1;1;|2||",
  /** Grants permission to associate the specified application with the fleet. Access level: Write. Resources: application*, fleet*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_AssociateApplicationFleet.html */
  AssociateApplicationFleet: "W|||2;1;,3;1;|2||;",
  /** Grants permission to associate the specified application to the specified entitlement. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_AssociateApplicationToEntitlement.html */
  AssociateApplicationToEntitlement: "W|||6;1;|||",
  /** Grants permission to associate the specified fleet with the specified stack. Access level: Write. Resources: fleet*, stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_AssociateFleet.html */
  AssociateFleet: "W|||3;1;,6;1;|2||;",
  /** Grants permission to associate license included application(s) with an existing image builder instance. Access level: Write. Resources: image-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_AssociateSoftwareToImageBuilder.html */
  AssociateSoftwareToImageBuilder: "W|||5;1;|2||",
  /** Grants permission to associate the specified users with the specified stacks. Users in a user pool cannot be assigned to stacks with fleets that are joined to an Active Directory domain. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_BatchAssociateUserStack.html */
  BatchAssociateUserStack: "W|||6;1;|2||;",
  /** Grants permission to disassociate the specified users from the specified stacks. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_BatchDisassociateUserStack.html */
  BatchDisassociateUserStack: "W|||6;1;|2||;",
  /** Grants permission to copy the specified image within the same Region or to a new Region within the same AWS account. Access level: Write. Resources: image*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CopyImage.html */
  CopyImage: "W|||4;1;|2||;",
  /** Grants permission to create an app block. App blocks store details about the virtual hard disk that contains the files for the application in an S3 bucket. It also stores the setup script with details about how to mount the virtual hard disk. App blocks are only supported for Elastic fleets. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateAppBlock.html */
  CreateAppBlock: "W||||1,2,3||;",
  /** Grants permission to create an app block builder. An app block builder is a virtual machine that is used to create an app block. Access level: Write. Resources: app-block-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateAppBlockBuilder.html */
  CreateAppBlockBuilder: "W|||1;1;|1,3||",
  /** Grants permission to create a URL to start an app block builder streaming session. Access level: Write. Resources: app-block-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateAppBlockBuilderStreamingURL.html */
  CreateAppBlockBuilderStreamingURL: "W|||1;1;|2||",
  /** Grants permission to create an application within customer account. Applications store the details about how to launch applications on streaming instances. This is only supported for Elastic fleets. Access level: Write. Resources: app-block*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateApplication.html */
  CreateApplication: "W|||0;1;|1,2,3||;",
  /** Grants permission to create a Directory Config object in AppStream 2.0. This object includes the configuration information required to join fleets and image builders to Microsoft Active Directory domains. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateDirectoryConfig.html */
  CreateDirectoryConfig: "W||||||;",
  /** Grants permission to create an entitlement to control access to applications based on user attributes. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateEntitlement.html */
  CreateEntitlement: "W|||6;1;|||;",
  /** Grants permission to create an export task for an AppStream 2.0 image. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateExportImageTask.html */
  CreateExportImageTask: "W||||2||",
  /** Grants permission to create a fleet. A fleet is a group of streaming instances from which applications are launched and streamed to users. Access level: Write. Resources: fleet*, image. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateFleet.html */
  CreateFleet: "W|||3;1;,4;0;|1,3|0,1|;",
  /** Grants permission to create an image builder. An image builder is a virtual machine that is used to create an image. Access level: Write. Resources: image*, image-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateImageBuilder.html */
  CreateImageBuilder: "W|||4;1;,5;1;|1,3|0,1|;",
  /** Grants permission to create a URL to start an image builder streaming session. Access level: Write. Resources: image-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateImageBuilderStreamingURL.html */
  CreateImageBuilderStreamingURL: "W|||5;1;|2||;",
  /** Grants permission to create an AppStream 2.0 image from an imported AMI. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateImportedImage.html */
  CreateImportedImage: "W||||1,3||",
  /** Grants permission to create a stack to start streaming applications to users. A stack consists of an associated fleet, user access policies, and storage configurations. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateStack.html */
  CreateStack: "W|||6;1;|1,3|0|;",
  /** Grants permission to create a temporary URL to start an AppStream 2.0 streaming session for the specified user. A streaming URL enables application streaming to be tested without user setup. Access level: Write. Resources: fleet*, stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateStreamingURL.html */
  CreateStreamingURL: "W|||3;1;,6;1;|2||;",
  /** Grants permission to create a custom branding theme, which might includes a custom logo, website links, and other branding to display to your users. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateThemeForStack.html */
  CreateThemeForStack: "W|||6;1;|||",
  /** Grants permission to update an existing image within customer account. Access level: Write. Resources: image*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateUpdatedImage.html */
  CreateUpdatedImage: "W|||4;1;|1,2,3|0|;",
  /** Grants permission to create a usage report subscription. Usage reports are generated daily. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateUsageReportSubscription.html */
  CreateUsageReportSubscription: "W||||||;",
  /** Grants permission to create a new user in the user pool. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_CreateUser.html */
  CreateUser: "W||||||;",
  /** Grants permission to delete the specified app block. Access level: Write. Resources: app-block*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteAppBlock.html */
  DeleteAppBlock: "W|||0;1;|2||",
  /** Grants permission to delete the specified app block builder and release capacity. Access level: Write. Resources: app-block-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteAppBlockBuilder.html */
  DeleteAppBlockBuilder: "W|||1;1;|2||",
  /** Grants permission to delete the specified application. Access level: Write. Resources: application*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteApplication.html */
  DeleteApplication: "W|||2;1;|2||;",
  /** Grants permission to delete the specified Directory Config object from AppStream 2.0. This object includes the configuration information required to join fleets and image builders to Microsoft Active Directory domains. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteDirectoryConfig.html */
  DeleteDirectoryConfig: "W||||||;",
  /** Grants permission to delete the specified entitlement. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteEntitlement.html */
  DeleteEntitlement: "W|||6;1;|||;",
  /** Grants permission to delete the specified fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteFleet.html */
  DeleteFleet: "W|||3;1;|2||;",
  /** Grants permission to delete the specified image. An image cannot be deleted when it is in use. Access level: Write. Resources: image*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteImage.html */
  DeleteImage: "W|||4;1;|2||;",
  /** Grants permission to delete the specified image builder and release capacity. Access level: Write. Resources: image-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteImageBuilder.html */
  DeleteImageBuilder: "W|||5;1;|2||;",
  /** Grants permission to delete permissions for the specified private image. Access level: Write. Resources: image*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteImagePermissions.html */
  DeleteImagePermissions: "W|||4;1;|2||;",
  /** Grants permission to delete the specified stack. After the stack is deleted, the application streaming environment provided by the stack is no longer available to users. Also, any reservations made for application streaming sessions for the stack are released. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteStack.html */
  DeleteStack: "W|||6;1;|2||;",
  /** Grants permission to delete a custom branding theme, which might includes a custom logo, website links, and other branding to display to your users. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteThemeForStack.html */
  DeleteThemeForStack: "W|||6;1;|||",
  /** Grants permission to disable usage report generation. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteUsageReportSubscription.html */
  DeleteUsageReportSubscription: "W||||||;",
  /** Grants permission to delete a user from the user pool. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DeleteUser.html */
  DeleteUser: "W||||||;",
  /** Grants permission to retrieve the associations that are associated with the specified app block builder or app block. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeAppBlockBuilderAppBlockAssociations.html */
  DescribeAppBlockBuilderAppBlockAssociations: "L||||||;",
  /** Grants permission to retrieve a list that describes one or more specified app block builders, if the app block builder names are provided. Otherwise, all app block builders in the account are described. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeAppBlockBuilders.html */
  DescribeAppBlockBuilders: "L||||||;",
  /** Grants permission to retrieve a list that describes one or more specified app blocks, if the app block arns are provided. Otherwise, all app blocks in the account are described. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeAppBlocks.html */
  DescribeAppBlocks: "L||||||;",
  /** Grants permission to retrieve license included application usage information. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeAppLicenseUsage.html */
  DescribeAppLicenseUsage: "L||||||",
  /** Grants permission to retrieve the associations that are associated with the specified application or fleet. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeApplicationFleetAssociations.html */
  DescribeApplicationFleetAssociations: "L||||||;",
  /** Grants permission to retrieve a list that describes one or more specified applications, if the application arns are provided. Otherwise, all applications in the account are described. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeApplications.html */
  DescribeApplications: "L||||||;",
  /** Grants permission to retrieve a list that describes one or more specified Directory Config objects for AppStream 2.0, if the names for these objects are provided. Otherwise, all Directory Config objects in the account are described. This object includes the configuration information required to join fleets and image builders to Microsoft Active Directory domains. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeDirectoryConfigs.html */
  DescribeDirectoryConfigs: "L||||||;",
  /** Grants permission to retrieve one or all entitlements for the specified stack. Access level: List. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeEntitlements.html */
  DescribeEntitlements: "L|||6;1;|||;",
  /** Grants permission to retrieve a list that describes one or more specified fleets, if the fleet names are provided. Otherwise, all fleets in the account are described. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeFleets.html */
  DescribeFleets: "L||||||;",
  /** Grants permission to retrieve a list that describes one or more specified image builders, if the image builder names are provided. Otherwise, all image builders in the account are described. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeImageBuilders.html */
  DescribeImageBuilders: "L||||||;",
  /** Grants permission to retrieve a list that describes the permissions for shared AWS account IDs on a private image that you own. Access level: Read. Resources: image*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeImagePermissions.html */
  DescribeImagePermissions: "R|||4;1;|||;",
  /** Grants permission to retrieve a list that describes one or more specified images, if the image names or image ARNs are provided. Otherwise, all images in the account are described. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeImages.html */
  DescribeImages: "L||||||;",
  /** Grants permission to retrieve a list that describes the streaming sessions for the specified stack and fleet. If a user ID is provided for the stack and fleet, only the streaming sessions for that user are described. Access level: List. Resources: fleet*, stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeSessions.html */
  DescribeSessions: "L|||3;1;,6;1;|||;",
  /** Grants permission to retrieve license included application associations for a specified resource. Access level: List. Resources: image, image-builder. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeSoftwareAssociations.html */
  DescribeSoftwareAssociations: "L|||4;0;,5;0;|||",
  /** Grants permission to retrieve a list that describes one or more specified stacks, if the stack names are provided. Otherwise, all stacks in the account are described. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeStacks.html */
  DescribeStacks: "L||||||;",
  /** Grants permission to get the custom branding theme information, which might includes a custom logo, website links, and other branding to display to your users. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeThemeForStack.html */
  DescribeThemeForStack: "R|||6;1;|||;",
  /** Grants permission to retrieve a list that describes one or more usage report subscriptions. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeUsageReportSubscriptions.html */
  DescribeUsageReportSubscriptions: "L||||||;",
  /** Grants permission to retrieve a list that describes the UserStackAssociation objects. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeUserStackAssociations.html */
  DescribeUserStackAssociations: "L||||||;",
  /** Grants permission to retrieve a list that describes users in the user pool. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DescribeUsers.html */
  DescribeUsers: "L||||||;",
  /** Grants permission to disable the specified user in the user pool. This action does not delete the user. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DisableUser.html */
  DisableUser: "W||||||;",
  /** Grants permission to disassociate the specified app block builder with the app block. Access level: Write. Resources: app-block*, app-block-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DisassociateAppBlockBuilderAppBlock.html */
  DisassociateAppBlockBuilderAppBlock: "W|||0;1;,1;1;|2||",
  /** Grants permission to disassociate the specified application from the specified fleet. Access level: Write. Resources: application*, fleet*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DisassociateApplicationFleet.html */
  DisassociateApplicationFleet: "W|||2;1;,3;1;|2||;",
  /** Grants permission to disassociate the specified application from the specified entitlement. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DisassociateApplicationFromEntitlement.html */
  DisassociateApplicationFromEntitlement: "W|||6;1;|||;",
  /** Grants permission to disassociate the specified fleet from the specified stack. Access level: Write. Resources: fleet*, stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DisassociateFleet.html */
  DisassociateFleet: "W|||3;1;,6;1;|2||;",
  /** Grants permission to remove license included application(s) association(s) from an image builder instance. Access level: Write. Resources: image-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_DisassociateSoftwareFromImageBuilder.html */
  DisassociateSoftwareFromImageBuilder: "W|||5;1;|2||",
  /** Grants permission to enable a user in the user pool. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_EnableUser.html */
  EnableUser: "W||||||;",
  /** Grants permission to immediately stop the specified streaming session. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_ExpireSession.html */
  ExpireSession: "W||||||;",
  /** Grants permission to retrieve details of a specific export image task. Access level: Read. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_GetExportImageTask.html */
  GetExportImageTask: "R||||||",
  /** Grants permission to retrieve the name of the fleet that is associated with the specified stack. Access level: Read. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_ListAssociatedFleets.html */
  ListAssociatedFleets: "R|||6;1;|||;",
  /** Grants permission to retrieve the name of the stack with which the specified fleet is associated. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_ListAssociatedStacks.html */
  ListAssociatedStacks: "R|||3;1;|||;",
  /** Grants permission to retrieve the applications that are associated with the specified entitlement. Access level: List. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_ListEntitledApplications.html */
  ListEntitledApplications: "L|||6;1;|||;",
  /** Grants permission to list export image tasks. Access level: List. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_ListExportImageTasks.html */
  ListExportImageTasks: "L||||||",
  /** Grants permission to retrieve a list of all tags for the specified AppStream 2.0 resource. The following resources can be tagged: Image builders, images, fleets, and stacks. Access level: Read. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R||||||;",
  /** Grants permission to start the specified app block builder. Access level: Write. Resources: app-block-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_StartAppBlockBuilder.html */
  StartAppBlockBuilder: "W|||1;1;|2||",
  /** Grants permission to start the specified fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_StartFleet.html */
  StartFleet: "W|||3;1;|2||;",
  /** Grants permission to start the specified image builder. Access level: Write. Resources: image-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_StartImageBuilder.html */
  StartImageBuilder: "W|||5;1;|2||;",
  /** Grants permission to initiate license included applications deployment to an image builder instance. Access level: Write. Resources: image-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_StartSoftwareDeploymentToImageBuilder.html */
  StartSoftwareDeploymentToImageBuilder: "W|||5;1;|2||",
  /** Grants permission to stop the specified app block builder. Access level: Write. Resources: app-block-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_StopAppBlockBuilder.html */
  StopAppBlockBuilder: "W|||1;1;|2||",
  /** Grants permission to stop the specified fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_StopFleet.html */
  StopFleet: "W|||3;1;|2||;",
  /** Grants permission to stop the specified image builder. Access level: Write. Resources: image-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_StopImageBuilder.html */
  StopImageBuilder: "W|||5;1;|2||;",
  /** Grants permission to federated users to sign in by using their existing credentials and stream applications from the specified stack. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/developerguide/external-identity-providers-setting-up-saml.html#external-identity-providers-embed-inline-policy-for-IAM-role */
  Stream: "W|||6;1;|0||",
  /** Grants permission to add or overwrite one or more tags for the specified AppStream 2.0 resource. The following resources can be tagged: Image builders, images, fleets, stacks, app blocks and applications. Access level: Tagging. Resources: app-block, app-block-builder, application, fleet, image, image-builder, stack. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|1,2,3||CreateFleet,CreateImageBuilder,CreateStack,CreateUpdatedImage,;",
  /** Grants permission to disassociate one or more tags from the specified AppStream 2.0 resource. Access level: Tagging. Resources: app-block, app-block-builder, application, fleet, image, image-builder, stack. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|3||;",
  /** Grants permission to update a specific app block builder. An app block builder is a virtual machine that is used to create an app block. Access level: Write. Resources: app-block-builder*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_UpdateAppBlockBuilder.html */
  UpdateAppBlockBuilder: "W|||1;1;|2||",
  /** Grants permission to update the specified fields for the specified application. Access level: Write. Resources: app-block, application*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_UpdateApplication.html */
  UpdateApplication: "W|||0;0;,2;1;|2||",
  /** Grants permission to update the specified Directory Config object in AppStream 2.0. This object includes the configuration information required to join fleets and image builders to Microsoft Active Directory domains. Access level: Write. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_UpdateDirectoryConfig.html */
  UpdateDirectoryConfig: "W||||||;",
  /** Grants permission to update the specified fields for the specified entitlement. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_UpdateEntitlement.html */
  UpdateEntitlement: "W|||6;1;|||;",
  /** Grants permission to update the specified fleet. All attributes except the fleet name can be updated when the fleet is in the STOPPED state. Access level: Write. Resources: fleet*, image. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_UpdateFleet.html */
  UpdateFleet: "W|||3;1;,4;0;|2|1|;",
  /** Grants permission to add or update permissions for the specified private image. Access level: Write. Resources: image*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_UpdateImagePermissions.html */
  UpdateImagePermissions: "W|||4;1;|2||;",
  /** Grants permission to update the specified fields for the specified stack. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_UpdateStack.html */
  UpdateStack: "W|||6;1;|2||;",
  /** Grants permission to update the custom branding theme information, which might includes a custom logo, website links, and other branding to display to your users. Access level: Write. Resources: stack*. https://docs.aws.amazon.com/appstream2/latest/APIReference/API_UpdateThemeForStack.html */
  UpdateThemeForStack: "W|||6;1;|||",
} as const;
const actionDetails = {
  AssociateAppBlockBuilderAppBlock:
    "|,;~|Grants permission to associate the specified app block builder with the app block",
  AssociateApplicationFleet: "|,;~~~|Grants permission to associate the specified application with the fleet",
  AssociateApplicationToEntitlement:
    "|,;~|Grants permission to associate the specified application to the specified entitlement",
  AssociateFleet: "|,;~~~|Grants permission to associate the specified fleet with the specified stack",
  AssociateSoftwareToImageBuilder:
    "|,;~|Grants permission to associate license included application(s) with an existing image builder instance",
  BatchAssociateUserStack:
    "|,;~~~|Grants permission to associate the specified users with the specified stacks. Users in a user pool cannot be assigned to stacks with fleets that are joined to an Active Directory domain",
  BatchDisassociateUserStack: "|,;~~~|Grants permission to disassociate the specified users from the specified stacks",
  CopyImage:
    "|,;~~~|Grants permission to copy the specified image within the same Region or to a new Region within the same AWS account",
  CreateAppBlock:
    "|,;~~~|Grants permission to create an app block. App blocks store details about the virtual hard disk that contains the files for the application in an S3 bucket. It also stores the setup script with details about how to mount the virtual hard disk. App blocks are only supported for Elastic fleets",
  CreateAppBlockBuilder:
    "|,;~|Grants permission to create an app block builder. An app block builder is a virtual machine that is used to create an app block",
  CreateAppBlockBuilderStreamingURL:
    "|,;~|Grants permission to create a URL to start an app block builder streaming session",
  CreateApplication:
    "|,;~~~|Grants permission to create an application within customer account. Applications store the details about how to launch applications on streaming instances. This is only supported for Elastic fleets",
  CreateDirectoryConfig:
    "|,;~~~|Grants permission to create a Directory Config object in AppStream 2.0. This object includes the configuration information required to join fleets and image builders to Microsoft Active Directory domains",
  CreateEntitlement:
    "|,;~~~|Grants permission to create an entitlement to control access to applications based on user attributes",
  CreateExportImageTask: "|,;~|Grants permission to create an export task for an AppStream 2.0 image",
  CreateFleet:
    "|,;~~~|Grants permission to create a fleet. A fleet is a group of streaming instances from which applications are launched and streamed to users",
  CreateImageBuilder:
    "|,;~~~|Grants permission to create an image builder. An image builder is a virtual machine that is used to create an image",
  CreateImageBuilderStreamingURL:
    "|,;~~~|Grants permission to create a URL to start an image builder streaming session",
  CreateImportedImage: "|,;~|Grants permission to create an AppStream 2.0 image from an imported AMI",
  CreateStack:
    "|,;~~~|Grants permission to create a stack to start streaming applications to users. A stack consists of an associated fleet, user access policies, and storage configurations",
  CreateStreamingURL:
    "|,;~~~|Grants permission to create a temporary URL to start an AppStream 2.0 streaming session for the specified user. A streaming URL enables application streaming to be tested without user setup",
  CreateThemeForStack:
    "|,;~|Grants permission to create a custom branding theme, which might includes a custom logo, website links, and other branding to display to your users",
  CreateUpdatedImage: "|,;~~~|Grants permission to update an existing image within customer account",
  CreateUsageReportSubscription:
    "|,;~~~|Grants permission to create a usage report subscription. Usage reports are generated daily",
  CreateUser: "|,;~~~|Grants permission to create a new user in the user pool",
  DeleteAppBlock: "|,;~|Grants permission to delete the specified app block",
  DeleteAppBlockBuilder: "|,;~|Grants permission to delete the specified app block builder and release capacity",
  DeleteApplication: "|,;~~~|Grants permission to delete the specified application",
  DeleteDirectoryConfig:
    "|,;~~~|Grants permission to delete the specified Directory Config object from AppStream 2.0. This object includes the configuration information required to join fleets and image builders to Microsoft Active Directory domains",
  DeleteEntitlement: "|,;~~~|Grants permission to delete the specified entitlement",
  DeleteFleet: "|,;~~~|Grants permission to delete the specified fleet",
  DeleteImage: "|,;~~~|Grants permission to delete the specified image. An image cannot be deleted when it is in use",
  DeleteImageBuilder: "|,;~~~|Grants permission to delete the specified image builder and release capacity",
  DeleteImagePermissions: "|,;~~~|Grants permission to delete permissions for the specified private image",
  DeleteStack:
    "|,;~~~|Grants permission to delete the specified stack. After the stack is deleted, the application streaming environment provided by the stack is no longer available to users. Also, any reservations made for application streaming sessions for the stack are released",
  DeleteThemeForStack:
    "|,;~|Grants permission to delete a custom branding theme, which might includes a custom logo, website links, and other branding to display to your users",
  DeleteUsageReportSubscription: "|,;~~~|Grants permission to disable usage report generation",
  DeleteUser: "|,;~~~|Grants permission to delete a user from the user pool",
  DescribeAppBlockBuilderAppBlockAssociations:
    "|,;~~~|Grants permission to retrieve the associations that are associated with the specified app block builder or app block",
  DescribeAppBlockBuilders:
    "|,;~~~|Grants permission to retrieve a list that describes one or more specified app block builders, if the app block builder names are provided. Otherwise, all app block builders in the account are described",
  DescribeAppBlocks:
    "|,;~~~|Grants permission to retrieve a list that describes one or more specified app blocks, if the app block arns are provided. Otherwise, all app blocks in the account are described",
  DescribeAppLicenseUsage: "|,;~|Grants permission to retrieve license included application usage information",
  DescribeApplicationFleetAssociations:
    "|,;~~~|Grants permission to retrieve the associations that are associated with the specified application or fleet",
  DescribeApplications:
    "|,;~~~|Grants permission to retrieve a list that describes one or more specified applications, if the application arns are provided. Otherwise, all applications in the account are described",
  DescribeDirectoryConfigs:
    "|,;~~~|Grants permission to retrieve a list that describes one or more specified Directory Config objects for AppStream 2.0, if the names for these objects are provided. Otherwise, all Directory Config objects in the account are described. This object includes the configuration information required to join fleets and image builders to Microsoft Active Directory domains",
  DescribeEntitlements: "|,;~~~|Grants permission to retrieve one or all entitlements for the specified stack",
  DescribeFleets:
    "|,;~~~|Grants permission to retrieve a list that describes one or more specified fleets, if the fleet names are provided. Otherwise, all fleets in the account are described",
  DescribeImageBuilders:
    "|,;~~~|Grants permission to retrieve a list that describes one or more specified image builders, if the image builder names are provided. Otherwise, all image builders in the account are described",
  DescribeImagePermissions:
    "|,;~~~|Grants permission to retrieve a list that describes the permissions for shared AWS account IDs on a private image that you own",
  DescribeImages:
    "|,;~~~|Grants permission to retrieve a list that describes one or more specified images, if the image names or image ARNs are provided. Otherwise, all images in the account are described",
  DescribeSessions:
    "|,;~~~|Grants permission to retrieve a list that describes the streaming sessions for the specified stack and fleet. If a user ID is provided for the stack and fleet, only the streaming sessions for that user are described",
  DescribeSoftwareAssociations:
    "|,;~|Grants permission to retrieve license included application associations for a specified resource",
  DescribeStacks:
    "|,;~~~|Grants permission to retrieve a list that describes one or more specified stacks, if the stack names are provided. Otherwise, all stacks in the account are described",
  DescribeThemeForStack:
    "|,;~~~|Grants permission to get the custom branding theme information, which might includes a custom logo, website links, and other branding to display to your users",
  DescribeUsageReportSubscriptions:
    "|,;~~~|Grants permission to retrieve a list that describes one or more usage report subscriptions",
  DescribeUserStackAssociations:
    "|,;~~~|Grants permission to retrieve a list that describes the UserStackAssociation objects",
  DescribeUsers: "|,;~~~|Grants permission to retrieve a list that describes users in the user pool",
  DisableUser:
    "|,;~~~|Grants permission to disable the specified user in the user pool. This action does not delete the user",
  DisassociateAppBlockBuilderAppBlock:
    "|,;~|Grants permission to disassociate the specified app block builder with the app block",
  DisassociateApplicationFleet:
    "|,;~~~|Grants permission to disassociate the specified application from the specified fleet",
  DisassociateApplicationFromEntitlement:
    "|,;~~~|Grants permission to disassociate the specified application from the specified entitlement",
  DisassociateFleet: "|,;~~~|Grants permission to disassociate the specified fleet from the specified stack",
  DisassociateSoftwareFromImageBuilder:
    "|,;~|Grants permission to remove license included application(s) association(s) from an image builder instance",
  EnableUser: "|,;~~~|Grants permission to enable a user in the user pool",
  ExpireSession: "|,;~~~|Grants permission to immediately stop the specified streaming session",
  GetExportImageTask: "|,;~|Grants permission to retrieve details of a specific export image task",
  ListAssociatedFleets:
    "|,;~~~|Grants permission to retrieve the name of the fleet that is associated with the specified stack",
  ListAssociatedStacks:
    "|,;~~~|Grants permission to retrieve the name of the stack with which the specified fleet is associated",
  ListEntitledApplications:
    "|,;~~~|Grants permission to retrieve the applications that are associated with the specified entitlement",
  ListExportImageTasks: "|,;~|Grants permission to list export image tasks",
  ListTagsForResource:
    "|,;~~~|Grants permission to retrieve a list of all tags for the specified AppStream 2.0 resource. The following resources can be tagged: Image builders, images, fleets, and stacks",
  StartAppBlockBuilder: "|,;~|Grants permission to start the specified app block builder",
  StartFleet: "|,;~~~|Grants permission to start the specified fleet",
  StartImageBuilder: "|,;~~~|Grants permission to start the specified image builder",
  StartSoftwareDeploymentToImageBuilder:
    "|,;~|Grants permission to initiate license included applications deployment to an image builder instance",
  StopAppBlockBuilder: "|,;~|Grants permission to stop the specified app block builder",
  StopFleet: "|,;~~~|Grants permission to stop the specified fleet",
  StopImageBuilder: "|,;~~~|Grants permission to stop the specified image builder",
  Stream:
    "|,;~|Grants permission to federated users to sign in by using their existing credentials and stream applications from the specified stack",
  TagResource:
    "|,;~~~,~~,~~,~~,~~|Grants permission to add or overwrite one or more tags for the specified AppStream 2.0 resource. The following resources can be tagged: Image builders, images, fleets, stacks, app blocks and applications",
  UntagResource: "|,;~~~|Grants permission to disassociate one or more tags from the specified AppStream 2.0 resource",
  UpdateAppBlockBuilder:
    "|,;~|Grants permission to update a specific app block builder. An app block builder is a virtual machine that is used to create an app block",
  UpdateApplication: "|,;~|Grants permission to update the specified fields for the specified application",
  UpdateDirectoryConfig:
    "|,;~~~|Grants permission to update the specified Directory Config object in AppStream 2.0. This object includes the configuration information required to join fleets and image builders to Microsoft Active Directory domains",
  UpdateEntitlement: "|,;~~~|Grants permission to update the specified fields for the specified entitlement",
  UpdateFleet:
    "|,;~~~|Grants permission to update the specified fleet. All attributes except the fleet name can be updated when the fleet is in the STOPPED state",
  UpdateImagePermissions: "|,;~~~|Grants permission to add or update permissions for the specified private image",
  UpdateStack: "|,;~~~|Grants permission to update the specified fields for the specified stack",
  UpdateThemeForStack:
    "|,;~|Grants permission to update the custom branding theme information, which might includes a custom logo, website links, and other branding to display to your users",
};
const resourceTypeFacts = {
  /** The app-block resource type: arn:${Partition}:appstream:${Region}:${Account}:app-block/${AppBlockName} */
  "app-block": "|,appBlock|2",
  /** The app-block-builder resource type: arn:${Partition}:appstream:${Region}:${Account}:app-block-builder/${AppBlockBuilderName} */
  "app-block-builder": "|,appBlockBuilder|2",
  /** The application resource type: arn:${Partition}:appstream:${Region}:${Account}:application/${ApplicationName} */
  application: "|,|2",
  /** The fleet resource type: arn:${Partition}:appstream:${Region}:${Account}:fleet/${FleetName} */
  fleet: "|,|2",
  /** The image resource type: arn:${Partition}:appstream:${Region}:${Account}:image/${ImageName} */
  image: "|,|2",
  /** The image-builder resource type: arn:${Partition}:appstream:${Region}:${Account}:image-builder/${ImageBuilderName} */
  "image-builder": "|,imageBuilder|2",
  /** The stack resource type: arn:${Partition}:appstream:${Region}:${Account}:stack/${StackName} */
  stack: "|,|2",
} as const;
const arnFormats = {
  /** ARN of a app-block resource: arn:${Partition}:appstream:${Region}:${Account}:app-block/${AppBlockName}. */
  appBlock: "|,app-block|arn:|Partition|:appstream:|Region|:|Account|:app-block/|AppBlockName|",
  /** ARN of a app-block-builder resource: arn:${Partition}:appstream:${Region}:${Account}:app-block-builder/${AppBlockBuilderName}. */
  appBlockBuilder:
    "|,app-block-builder|arn:|Partition|:appstream:|Region|:|Account|:app-block-builder/|AppBlockBuilderName|",
  /** ARN of a application resource: arn:${Partition}:appstream:${Region}:${Account}:application/${ApplicationName}. */
  application: "|,application|arn:|Partition|:appstream:|Region|:|Account|:application/|ApplicationName|",
  /** ARN of a fleet resource: arn:${Partition}:appstream:${Region}:${Account}:fleet/${FleetName}. */
  fleet: "|,fleet|arn:|Partition|:appstream:|Region|:|Account|:fleet/|FleetName|",
  /** ARN of a image resource: arn:${Partition}:appstream:${Region}:${Account}:image/${ImageName}. */
  image: "|,image|arn:|Partition|:appstream:|Region|:|Account|:image/|ImageName|",
  /** ARN of a image-builder resource: arn:${Partition}:appstream:${Region}:${Account}:image-builder/${ImageBuilderName}. */
  imageBuilder: "|,image-builder|arn:|Partition|:appstream:|Region|:|Account|:image-builder/|ImageBuilderName|",
  /** ARN of a stack resource: arn:${Partition}:appstream:${Region}:${Account}:stack/${StackName}. */
  stack: "|,stack|arn:|Partition|:appstream:|Region|:|Account|:stack/|StackName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "app-block",
  "app-block-builder",
  "application",
  "fleet",
  "image",
  "image-builder",
  "stack",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "appstream">;
/** Any appstream action. */
export type Action = ActionOf<typeof actionFacts, "appstream">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "appstream">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "appstream" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every appstream action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the ID of the AppStream 2.0 user. */
  "appstream:userId": "String";
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
  "appstream:userId": "|,String|0||Filters access by the ID of the AppStream 2.0 user",
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the presence of tag keys in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "appstream",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
