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
export const prefix: "wellarchitected" = "wellarchitected";
/** The service's name in the reference. */
export const serviceName: "AWS Well-Architected Tool" = "AWS Well-Architected Tool";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Well-Architected Tool",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awswell-architectedtool.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "wellarchitected:JiraProjectKey",
] as const;
const dependentActionList = ["wellarchitected:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate a lens to the specified workload. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_AssociateLenses.html */
  AssociateLenses: "W|||3;1;|1||;",
  /** Grants permission to associate a profile to the specified workload. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_AssociateProfiles.html */
  AssociateProfiles: "W|||3;1;|1||;",
  /** Grants permission to configure the integration. Access level: Write. Permission only. https://docs.aws.amazon.com/wellarchitected/latest/userguide/setting-up-jira.html */
  ConfigureIntegration: "W||1||||",
  /** Grants permission to an owner of a lens to share with other AWS accounts and IAM users. Access level: Write. Resources: lens*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateLensShare.html */
  CreateLensShare: "W|||0;1;|1||;",
  /** Grants permission to create a new lens version. Access level: Write. Resources: lens*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateLensVersion.html */
  CreateLensVersion: "W|||0;1;|1||;",
  /** Grants permission to create a new milestone for the specified workload. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateMilestone.html */
  CreateMilestone: "W|||3;1;|1||;",
  /** Grants permission to create a new profile. Access level: Write. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateProfile.html */
  CreateProfile: "W||||0,2|0|;",
  /** Grants permission to an owner of a profile to share with other AWS accounts and IAM users. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateProfileShare.html */
  CreateProfileShare: "W|||1;1;|1||;",
  /** Grants permission to create a new review template. Access level: Write. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateReviewTemplate.html */
  CreateReviewTemplate: "W||||0,2|0|;",
  /** Grants permission to an owner of a review template to share with other AWS accounts and IAM users. Access level: Write. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateTemplateShare.html */
  CreateTemplateShare: "W|||2;1;|1||;",
  /** Grants permission to create a new workload. Access level: Write. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateWorkload.html */
  CreateWorkload:
    "W||||0,2,3|wellarchitected:GetReviewTemplate,wellarchitected:GetReviewTemplateAnswer,wellarchitected:GetReviewTemplateLensReview,wellarchitected:ListReviewTemplateAnswers,0|;",
  /** Grants permission to share a workload with another account. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_CreateWorkloadShare.html */
  CreateWorkloadShare: "W|||3;1;|1||;",
  /** Grants permission to delete a lens. Access level: Write. Resources: lens*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteLens.html */
  DeleteLens: "W|||0;1;|1||;",
  /** Grants permission to delete an existing lens share. Access level: Write. Resources: lens*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteLensShare.html */
  DeleteLensShare: "W|||0;1;|1||;",
  /** Grants permission to delete a profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteProfile.html */
  DeleteProfile: "W|||1;1;|1||;",
  /** Grants permission to delete an existing profile share. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteProfileShare.html */
  DeleteProfileShare: "W|||1;1;|1||;",
  /** Grants permission to delete an existing review template. Access level: Write. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteReviewTemplate.html */
  DeleteReviewTemplate: "W|||2;1;|1||;",
  /** Grants permission to delete an existing review template share. Access level: Write. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteTemplateShare.html */
  DeleteTemplateShare: "W|||2;1;|1||;",
  /** Grants permission to delete an existing workload. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteWorkload.html */
  DeleteWorkload: "W|||3;1;|1||;",
  /** Grants permission to delete an existing workload share. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteWorkloadShare.html */
  DeleteWorkloadShare: "W|||3;1;|1||;",
  /** Grants permission to disassociate a lens from the specified workload. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DisassociateLenses.html */
  DisassociateLenses: "W|||3;1;|1||;",
  /** Grants permission to disassociate a profile from the specified workload. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DisassociateProfiles.html */
  DisassociateProfiles: "W|||3;1;|1||;",
  /** Grants permission to export an existing lens. Access level: Read. Resources: lens*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ExportLens.html */
  ExportLens: "R|||0;1;|1||;",
  /** Grants permission to retrieve the specified answer from the specified lens review. Access level: Read. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetAnswer.html */
  GetAnswer: "R|||3;1;|1||;",
  /** Grants permission to get consolidated report metrics or to generate the consolidated report PDF in this account. Access level: Read. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetConsolidatedReport.html */
  GetConsolidatedReport: "R||||||;",
  /** Grants permission to get all settings for the account. Access level: Read. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetGlobalSettings.html */
  GetGlobalSettings: "R||||||;",
  /** Grants permission to get an existing lens. Access level: Read. Resources: lens*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_DeleteLensShare.html */
  GetLens: "R|||0;1;|1||;",
  /** Grants permission to retrieve the specified lens review of the specified workload. Access level: Read. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetLensReview.html */
  GetLensReview: "R|||3;1;|1||;",
  /** Grants permission to retrieve the report for the specified lens review. Access level: Read. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetLensReviewReport.html */
  GetLensReviewReport: "R|||3;1;|1||;",
  /** Grants permission to get the difference between the specified lens version and latest available lens version. Access level: Read. Resources: lens*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetLensVersionDifference.html */
  GetLensVersionDifference: "R|||0;1;|1||;",
  /** Grants permission to retrieve the specified milestone of the specified workload. Access level: Read. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetMilestone.html */
  GetMilestone: "R|||3;1;|1||;",
  /** Grants permission to retrieve the specified profile. Access level: Read. Resources: profile*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetProfile.html */
  GetProfile: "R|||1;1;|1||;",
  /** Grants permission to retrieve the specified profile template. Access level: Read. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetProfileTemplate.html */
  GetProfileTemplate: "R||||||;",
  /** Grants permission to retrieve the specified review template. Access level: Read. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetReviewTemplate.html */
  GetReviewTemplate: "R|||2;1;|1||CreateWorkload,;",
  /** Grants permission to retrieve the specified answer from the specified review template lens review. Access level: Read. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetReviewTemplateAnswer.html */
  GetReviewTemplateAnswer: "R|||2;1;|1||CreateWorkload,;",
  /** Grants permission to retrieve the specified lens review of the specified review template. Access level: Read. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetReviewTemplateLensReview.html */
  GetReviewTemplateLensReview: "R|||2;1;|1||CreateWorkload,;",
  /** Grants permission to retrieve the specified workload. Access level: Read. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_GetWorkload.html */
  GetWorkload: "R|||3;1;|1||;",
  /** Grants permission to import a new lens. Access level: Write. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ImportLens.html */
  ImportLens: "W||||0,2|0|;",
  /** Grants permission to list the answers from the specified lens review. Access level: List. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListAnswers.html */
  ListAnswers: "L|||3;1;|1||;",
  /** Grants permission to list the check-details for the workload. Access level: List. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListCheckDetails.html */
  ListCheckDetails: "L|||3;1;|1||;",
  /** Grants permission to list the check-summaries for the workload. Access level: List. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListCheckSummaries.html */
  ListCheckSummaries: "L|||3;1;|1||;",
  /** Grants permission to list the improvements of the specified lens review. Access level: List. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListLensReviewImprovements.html */
  ListLensReviewImprovements: "L|||3;1;|1||;",
  /** Grants permission to list the lens reviews of the specified workload. Access level: List. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListLensReviews.html */
  ListLensReviews: "L|||3;1;|1||;",
  /** Grants permission to list all shares created for a lens. Access level: List. Resources: lens*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListLensShares.html */
  ListLensShares: "L|||0;1;|1||;",
  /** Grants permission to list the lenses available to this account. Access level: List. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListLenses.html */
  ListLenses: "L||||||;",
  /** Grants permission to list the milestones of the specified workload. Access level: List. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListMilestones.html */
  ListMilestones: "L|||3;1;|1||;",
  /** Grants permission to list notifications related to the account or specified resource. Access level: List. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListNotifications.html */
  ListNotifications: "L||||||;",
  /** Grants permission to list profile notifications related to specified resource. Access level: List. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListProfileNotifications.html */
  ListProfileNotifications: "L||||||;",
  /** Grants permission to list all shares created for a profile. Access level: List. Resources: profile*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListProfileShares.html */
  ListProfileShares: "L|||1;1;|1||;",
  /** Grants permission to list the profiles available to this account. Access level: List. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListProfiles.html */
  ListProfiles: "L||||||;",
  /** Grants permission to list the answers from the specified review template lens review. Access level: List. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListReviewTemplateAnswers.html */
  ListReviewTemplateAnswers: "L|||2;1;|1||CreateWorkload,;",
  /** Grants permission to list the review templates available to this account. Access level: List. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListReviewTemplates.html */
  ListReviewTemplates: "L||||||;",
  /** Grants permission to list the workload share invitations of the specified account or user. Access level: List. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListShareInvitations.html */
  ListShareInvitations: "L||||||;",
  /** Grants permission to list tags for a Well-Architected resource. Access level: Read. Resources: lens, profile, review-template, workload. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;|1||;",
  /** Grants permission to list all shares created for a review template. Access level: List. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListTemplateShares.html */
  ListTemplateShares: "L|||2;1;|1||;",
  /** Grants permission to list the workload shares of the specified workload. Access level: List. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListWorkloadShares.html */
  ListWorkloadShares: "L|||3;1;|1||;",
  /** Grants permission to list the workloads in this account. Access level: List. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_ListWorkloads.html */
  ListWorkloads: "L||||||;",
  /** Grants permission to tag a Well-Architected resource. Access level: Tagging. Resources: lens, profile, review-template, workload. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;,1;0;,2;0;,3;0;|0,2||CreateProfile,CreateReviewTemplate,CreateWorkload,ImportLens,;",
  /** Grants permission to untag a Well-Architected resource. Access level: Tagging. Resources: lens, profile, review-template, workload. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;|2||;",
  /** Grants permission to update properties of the specified answer. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateAnswer.html */
  UpdateAnswer: "W|||3;1;|1||;",
  /** Grants permission to manage all settings for the account. Access level: Write. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateGlobalSettings.html */
  UpdateGlobalSettings: "W||||3||;",
  /** Grants permission to update properties of the integration. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateIntegration.html */
  UpdateIntegration: "W|||3;1;|1||;",
  /** Grants permission to update properties of the specified lens review. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateLensReview.html */
  UpdateLensReview: "W|||3;1;|1||;",
  /** Grants permission to update properties of the specified profile. Access level: Write. Resources: profile*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateProfile.html */
  UpdateProfile: "W|||1;1;|1||;",
  /** Grants permission to update properties of the specified review template. Access level: Write. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateReviewTemplate.html */
  UpdateReviewTemplate: "W|||2;1;|1||;",
  /** Grants permission to update properties of the specified review template answer. Access level: Write. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateReviewTemplateAnswer.html */
  UpdateReviewTemplateAnswer: "W|||2;1;|1||;",
  /** Grants permission to update properties of the specified review template lens review. Access level: Write. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateReviewTemplateLensReview.html */
  UpdateReviewTemplateLensReview: "W|||2;1;|1||;",
  /** Grants permission to update status of the specified workload share invitation. Access level: Write. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateShareInvitation.html */
  UpdateShareInvitation: "W||||||;",
  /** Grants permission to update properties of the specified workload. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateWorkload.html */
  UpdateWorkload: "W|||3;1;|1,3||;",
  /** Grants permission to update properties of the specified workload share. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpdateWorkloadShare.html */
  UpdateWorkloadShare: "W|||3;1;|1||;",
  /** Grants permission to upgrade the specified lens review to use the latest version of the associated lens. Access level: Write. Resources: workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpgradeLensReview.html */
  UpgradeLensReview: "W|||3;1;|1||;",
  /** Grants permission to upgrade the specified workload to use the latest version of the associated profile. Access level: Write. Resources: profile*, workload*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpgradeProfileVersion.html */
  UpgradeProfileVersion: "W|||1;1;,3;1;|1||;",
  /** Grants permission to upgrade the specified lens review of the specified review template. Access level: Write. Resources: review-template*. https://docs.aws.amazon.com/wellarchitected/latest/APIReference/API_UpgradeReviewTemplateLensReview.html */
  UpgradeReviewTemplateLensReview: "W|||2;1;|1||;",
} as const;
const actionDetails = {
  AssociateLenses: "|,;~~~|Grants permission to associate a lens to the specified workload",
  AssociateProfiles: "|,;~~~|Grants permission to associate a profile to the specified workload",
  ConfigureIntegration: "|,;~|Grants permission to configure the integration",
  CreateLensShare: "|,;~~~|Grants permission to an owner of a lens to share with other AWS accounts and IAM users",
  CreateLensVersion: "|,;~~~|Grants permission to create a new lens version",
  CreateMilestone: "|,;~~~|Grants permission to create a new milestone for the specified workload",
  CreateProfile: "|,;~~~|Grants permission to create a new profile",
  CreateProfileShare:
    "|,;~~~|Grants permission to an owner of a profile to share with other AWS accounts and IAM users",
  CreateReviewTemplate: "|,;~~~|Grants permission to create a new review template",
  CreateTemplateShare:
    "|,;~~~|Grants permission to an owner of a review template to share with other AWS accounts and IAM users",
  CreateWorkload: "|,;~~~|Grants permission to create a new workload",
  CreateWorkloadShare: "|,;~~~|Grants permission to share a workload with another account",
  DeleteLens: "|,;~~~|Grants permission to delete a lens",
  DeleteLensShare: "|,;~~~|Grants permission to delete an existing lens share",
  DeleteProfile: "|,;~~~|Grants permission to delete a profile",
  DeleteProfileShare: "|,;~~~|Grants permission to delete an existing profile share",
  DeleteReviewTemplate: "|,;~~~|Grants permission to delete an existing review template",
  DeleteTemplateShare: "|,;~~~|Grants permission to delete an existing review template share",
  DeleteWorkload: "|,;~~~|Grants permission to delete an existing workload",
  DeleteWorkloadShare: "|,;~~~|Grants permission to delete an existing workload share",
  DisassociateLenses: "|,;~~~|Grants permission to disassociate a lens from the specified workload",
  DisassociateProfiles: "|,;~~~|Grants permission to disassociate a profile from the specified workload",
  ExportLens: "|,;~~~|Grants permission to export an existing lens",
  GetAnswer: "|,;~~~|Grants permission to retrieve the specified answer from the specified lens review",
  GetConsolidatedReport:
    "|,;~~~|Grants permission to get consolidated report metrics or to generate the consolidated report PDF in this account",
  GetGlobalSettings: "|,;~~~|Grants permission to get all settings for the account",
  GetLens: "|,;~~~|Grants permission to get an existing lens",
  GetLensReview: "|,;~~~|Grants permission to retrieve the specified lens review of the specified workload",
  GetLensReviewReport: "|,;~~~|Grants permission to retrieve the report for the specified lens review",
  GetLensVersionDifference:
    "|,;~~~|Grants permission to get the difference between the specified lens version and latest available lens version",
  GetMilestone: "|,;~~~|Grants permission to retrieve the specified milestone of the specified workload",
  GetProfile: "|,;~~~|Grants permission to retrieve the specified profile",
  GetProfileTemplate: "|,;~~~|Grants permission to retrieve the specified profile template",
  GetReviewTemplate: "|,;~~~,~~|Grants permission to retrieve the specified review template",
  GetReviewTemplateAnswer:
    "|,;~~~,~~|Grants permission to retrieve the specified answer from the specified review template lens review",
  GetReviewTemplateLensReview:
    "|,;~~~,~~|Grants permission to retrieve the specified lens review of the specified review template",
  GetWorkload: "|,;~~~|Grants permission to retrieve the specified workload",
  ImportLens: "|,;~~~|Grants permission to import a new lens",
  ListAnswers: "|,;~~~|Grants permission to list the answers from the specified lens review",
  ListCheckDetails: "|,;~~~|Grants permission to list the check-details for the workload",
  ListCheckSummaries: "|,;~~~|Grants permission to list the check-summaries for the workload",
  ListLensReviewImprovements: "|,;~~~|Grants permission to list the improvements of the specified lens review",
  ListLensReviews: "|,;~~~|Grants permission to list the lens reviews of the specified workload",
  ListLensShares: "|,;~~~|Grants permission to list all shares created for a lens",
  ListLenses: "|,;~~~|Grants permission to list the lenses available to this account",
  ListMilestones: "|,;~~~|Grants permission to list the milestones of the specified workload",
  ListNotifications: "|,;~~~|Grants permission to list notifications related to the account or specified resource",
  ListProfileNotifications: "|,;~~~|Grants permission to list profile notifications related to specified resource",
  ListProfileShares: "|,;~~~|Grants permission to list all shares created for a profile",
  ListProfiles: "|,;~~~|Grants permission to list the profiles available to this account",
  ListReviewTemplateAnswers:
    "|,;~~~,~~|Grants permission to list the answers from the specified review template lens review",
  ListReviewTemplates: "|,;~~~|Grants permission to list the review templates available to this account",
  ListShareInvitations:
    "|,;~~~|Grants permission to list the workload share invitations of the specified account or user",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a Well-Architected resource",
  ListTemplateShares: "|,;~~~|Grants permission to list all shares created for a review template",
  ListWorkloadShares: "|,;~~~|Grants permission to list the workload shares of the specified workload",
  ListWorkloads: "|,;~~~|Grants permission to list the workloads in this account",
  TagResource: "|,;~~~,~~,~~,~~,~~|Grants permission to tag a Well-Architected resource",
  UntagResource: "|,;~~~|Grants permission to untag a Well-Architected resource",
  UpdateAnswer: "|,;~~~|Grants permission to update properties of the specified answer",
  UpdateGlobalSettings: "|,;~~~|Grants permission to manage all settings for the account",
  UpdateIntegration: "|,;~~~|Grants permission to update properties of the integration",
  UpdateLensReview: "|,;~~~|Grants permission to update properties of the specified lens review",
  UpdateProfile: "|,;~~~|Grants permission to update properties of the specified profile",
  UpdateReviewTemplate: "|,;~~~|Grants permission to update properties of the specified review template",
  UpdateReviewTemplateAnswer: "|,;~~~|Grants permission to update properties of the specified review template answer",
  UpdateReviewTemplateLensReview:
    "|,;~~~|Grants permission to update properties of the specified review template lens review",
  UpdateShareInvitation: "|,;~~~|Grants permission to update status of the specified workload share invitation",
  UpdateWorkload: "|,;~~~|Grants permission to update properties of the specified workload",
  UpdateWorkloadShare: "|,;~~~|Grants permission to update properties of the specified workload share",
  UpgradeLensReview:
    "|,;~~~|Grants permission to upgrade the specified lens review to use the latest version of the associated lens",
  UpgradeProfileVersion:
    "|,;~~~|Grants permission to upgrade the specified workload to use the latest version of the associated profile",
  UpgradeReviewTemplateLensReview:
    "|,;~~~|Grants permission to upgrade the specified lens review of the specified review template",
};
const resourceTypeFacts = {
  /** The lens resource type: arn:${Partition}:wellarchitected:${Region}:${Account}:lens/${ResourceId} */
  lens: "|,|1",
  /** The profile resource type: arn:${Partition}:wellarchitected:${Region}:${Account}:profile/${ResourceId} */
  profile: "|,|1",
  /** The review-template resource type: arn:${Partition}:wellarchitected:${Region}:${Account}:review-template/${ResourceId} */
  "review-template": "|,reviewTemplate|1",
  /** The workload resource type: arn:${Partition}:wellarchitected:${Region}:${Account}:workload/${ResourceId} */
  workload: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a lens resource: arn:${Partition}:wellarchitected:${Region}:${Account}:lens/${ResourceId}. */
  lens: "|,lens|arn:|Partition|:wellarchitected:|Region|:|Account|:lens/|ResourceId|",
  /** ARN of a profile resource: arn:${Partition}:wellarchitected:${Region}:${Account}:profile/${ResourceId}. */
  profile: "|,profile|arn:|Partition|:wellarchitected:|Region|:|Account|:profile/|ResourceId|",
  /** ARN of a review-template resource: arn:${Partition}:wellarchitected:${Region}:${Account}:review-template/${ResourceId}. */
  reviewTemplate: "|,review-template|arn:|Partition|:wellarchitected:|Region|:|Account|:review-template/|ResourceId|",
  /** ARN of a workload resource: arn:${Partition}:wellarchitected:${Region}:${Account}:workload/${ResourceId}. */
  workload: "|,workload|arn:|Partition|:wellarchitected:|Region|:|Account|:workload/|ResourceId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["lens", "profile", "review-template", "workload"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "wellarchitected">;
/** Any wellarchitected action. */
export type Action = ActionOf<typeof actionFacts, "wellarchitected">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "wellarchitected">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "wellarchitected" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every wellarchitected action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by tag key-value pairs in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by tag key-value pairs attached to the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by project key. */
  "wellarchitected:JiraProjectKey": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by tag key-value pairs attached to the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by tag keys in the request",
  "wellarchitected:JiraProjectKey": "|,String|0||Filters access by project key",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "wellarchitected",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
