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
export const prefix: "codecommit" = "codecommit";
/** The service's name in the reference. */
export const serviceName: "AWS CodeCommit" = "AWS CodeCommit";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS CodeCommit",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscodecommit.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "codecommit:References",
] as const;
const dependentActionList = ["codecommit:TagResource"] as const;
const actionFacts = {
  /** Grants permission to associate an approval rule template with a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_AssociateApprovalRuleTemplateWithRepository.html */
  AssociateApprovalRuleTemplateWithRepository: "W|||0;1;|||;",
  /** Grants permission to associate an approval rule template with multiple repositories in a single operation. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_BatchAssociateApprovalRuleTemplateWithRepositories.html */
  BatchAssociateApprovalRuleTemplateWithRepositories: "W|||0;1;|||;",
  /** Grants permission to get information about multiple merge conflicts when attempting to merge two commits using either the three-way merge or the squash merge option. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_BatchDescribeMergeConflicts.html */
  BatchDescribeMergeConflicts: "R|||0;1;|||;",
  /** Grants permission to remove the association between an approval rule template and multiple repositories in a single operation. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_BatchDisassociateApprovalRuleTemplateFromRepositories.html */
  BatchDisassociateApprovalRuleTemplateFromRepositories: "W|||0;1;|||;",
  /** Grants permission to return information about one or more commits in an AWS CodeCommit repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_BatchGetCommits.html */
  BatchGetCommits: "R|||0;1;|||;",
  /** Grants permission to return information about one or more pull requests in an AWS CodeCommit repository. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-pr */
  BatchGetPullRequests: "R||1|0;1;|||",
  /** Grants permission to get information about multiple repositories. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_BatchGetRepositories.html */
  BatchGetRepositories: "R|||0;1;|||;",
  /** Grants permission to cancel the uploading of an archive to a pipeline in AWS CodePipeline. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-acp */
  CancelUploadArchive: "R||1|0;1;|||",
  /** Grants permission to create an approval rule template that will automatically create approval rules in pull requests that match the conditions defined in the template; does not grant permission to create approval rules for individual pull requests. Access level: Write. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_CreateApprovalRuleTemplate.html */
  CreateApprovalRuleTemplate: "W||||||;",
  /** Grants permission to create a branch in an AWS CodeCommit repository with this API; does not control Git create branch actions. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_CreateBranch.html */
  CreateBranch: "W|||0;1;|3||;",
  /** Grants permission to add, copy, move or update single or multiple files in a branch in an AWS CodeCommit repository, and generate a commit for the changes in the specified branch. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_CreateCommit.html */
  CreateCommit: "W|||0;1;|3||;",
  /** Grants permission to create a pull request in the specified repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_CreatePullRequest.html */
  CreatePullRequest: "W|||0;1;|||;",
  /** Grants permission to create an approval rule specific to an individual pull request; does not grant permission to create approval rule templates. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_CreatePullRequestApprovalRule.html */
  CreatePullRequestApprovalRule: "W|||0;1;|||;",
  /** Grants permission to create an AWS CodeCommit repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_CreateRepository.html */
  CreateRepository: "W|||0;1;|0,2|0|;",
  /** Grants permission to create an unreferenced commit that contains the result of merging two commits using either the three-way or the squash merge option; does not control Git merge actions. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_CreateUnreferencedMergeCommit.html */
  CreateUnreferencedMergeCommit: "W|||0;1;|3||;",
  /** Grants permission to delete an approval rule template. Access level: Write. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_DeleteApprovalRuleTemplate.html */
  DeleteApprovalRuleTemplate: "W||||||;",
  /** Grants permission to delete a branch in an AWS CodeCommit repository with this API; does not control Git delete branch actions. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_DeleteBranch.html */
  DeleteBranch: "W|||0;1;|3||;",
  /** Grants permission to delete the content of a comment made on a change, file, or commit in a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_DeleteCommentContent.html */
  DeleteCommentContent: "W|||0;1;|||;",
  /** Grants permission to delete a specified file from a specified branch. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_DeleteFile.html */
  DeleteFile: "W|||0;1;|3||;",
  /** Grants permission to delete approval rule created for a pull request if the rule was not created by an approval rule template. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_DeletePullRequestApprovalRule.html */
  DeletePullRequestApprovalRule: "W|||0;1;|||;",
  /** Grants permission to delete an AWS CodeCommit repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_DeleteRepository.html */
  DeleteRepository: "W|||0;1;|||;",
  /** Grants permission to get information about specific merge conflicts when attempting to merge two commits using either the three-way or the squash merge option. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_DescribeMergeConflicts.html */
  DescribeMergeConflicts: "R|||0;1;|||;",
  /** Grants permission to return information about one or more pull request events. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_DescribePullRequestEvents.html */
  DescribePullRequestEvents: "R|||0;1;|||;",
  /** Grants permission to remove the association between an approval rule template and a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_DisassociateApprovalRuleTemplateFromRepository.html */
  DisassociateApprovalRuleTemplateFromRepository: "W|||0;1;|||;",
  /** Grants permission to evaluate whether a pull request is mergable based on its current approval state and approval rule requirements. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_EvaluatePullRequestApprovalRules.html */
  EvaluatePullRequestApprovalRules: "R|||0;1;|||;",
  /** Grants permission to return information about an approval rule template. Access level: Read. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetApprovalRuleTemplate.html */
  GetApprovalRuleTemplate: "R||||||;",
  /** Grants permission to view the encoded content of an individual file in an AWS CodeCommit repository from the AWS CodeCommit console. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetBlob.html */
  GetBlob: "R|||0;1;|||;",
  /** Grants permission to get details about a branch in an AWS CodeCommit repository with this API; does not control Git branch actions. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetBranch.html */
  GetBranch: "R|||0;1;|||;",
  /** Grants permission to get the content of a comment made on a change, file, or commit in a repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetComment.html */
  GetComment: "R|||0;1;|||;",
  /** Grants permission to get the reactions on a comment. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetCommentReactions.html */
  GetCommentReactions: "R|||0;1;|||;",
  /** Grants permission to get information about comments made on the comparison between two commits. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetCommentsForComparedCommit.html */
  GetCommentsForComparedCommit: "R|||0;1;|||;",
  /** Grants permission to get comments made on a pull request. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetCommentsForPullRequest.html */
  GetCommentsForPullRequest: "R|||0;1;|||;",
  /** Grants permission to return information about a commit, including commit message and committer information, with this API; does not control Git log actions. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetCommit.html */
  GetCommit: "R|||0;1;|||;",
  /** Grants permission to get information about the history of commits in a repository. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-code */
  GetCommitHistory: "R||1|0;1;|||",
  /** Grants permission to get information about the difference between commits in the context of a potential merge. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-pr */
  GetCommitsFromMergeBase: "R||1|0;1;|||",
  /** Grants permission to view information about the differences between valid commit specifiers such as a branch, tag, HEAD, commit ID, or other fully qualified reference. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetDifferences.html */
  GetDifferences: "R|||0;1;|||;",
  /** Grants permission to return the base-64 encoded contents of a specified file and its metadata. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetFile.html */
  GetFile: "R|||0;1;|||;",
  /** Grants permission to return the contents of a specified folder in a repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetFolder.html */
  GetFolder: "R|||0;1;|||;",
  /** Grants permission to get information about a merge commit created by one of the merge options for pull requests that creates merge commits. Not all merge options create merge commits. This permission does not control Git merge actions. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetMergeCommit.html */
  GetMergeCommit: "R|||0;1;|3||;",
  /** Grants permission to get information about merge conflicts between the before and after commit IDs for a pull request in a repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetMergeConflicts.html */
  GetMergeConflicts: "R|||0;1;|||;",
  /** Grants permission to get information about merge options for pull requests that can be used to merge two commits; does not control Git merge actions. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetMergeOptions.html */
  GetMergeOptions: "R|||0;1;|||;",
  /** Grants permission to resolve blobs, trees, and commits to their identifier. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-code */
  GetObjectIdentifier: "R||1|0;1;|||",
  /** Grants permission to get information about a pull request in a specified repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetPullRequest.html */
  GetPullRequest: "R|||0;1;|||;",
  /** Grants permission to retrieve the current approvals on an inputted pull request. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetPullRequestApprovalStates.html */
  GetPullRequestApprovalStates: "R|||0;1;|||;",
  /** Grants permission to retrieve the current override state of a given pull request. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetPullRequestOverrideState.html */
  GetPullRequestOverrideState: "R|||0;1;|||;",
  /** Grants permission to get details about references in an AWS CodeCommit repository; does not control Git reference actions. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-code */
  GetReferences: "R||1|0;1;|||",
  /** Grants permission to get information about an AWS CodeCommit repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetRepository.html */
  GetRepository: "R|||0;1;|||;",
  /** Grants permission to get information about triggers configured for a repository. Access level: Read. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_GetRepositoryTriggers.html */
  GetRepositoryTriggers: "R|||0;1;|||;",
  /** Grants permission to view the contents of a specified tree in an AWS CodeCommit repository from the AWS CodeCommit console. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-code */
  GetTree: "R||1|0;1;|||",
  /** Grants permission to get status information about an archive upload to a pipeline in AWS CodePipeline. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-acp */
  GetUploadArchiveStatus: "R||1|0;1;|||",
  /** Grants permission to pull information from an AWS CodeCommit repository to a local repo. Access level: Read. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-git */
  GitPull: "R||1|0;1;|||",
  /** Grants permission to push information from a local repo to an AWS CodeCommit repository. Access level: Write. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-git */
  GitPush: "W||1|0;1;|3||",
  /** Grants permission to list all approval rule templates in an AWS Region for the AWS account. Access level: List. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_ListApprovalRuleTemplates.html */
  ListApprovalRuleTemplates: "L||||||;",
  /** Grants permission to list approval rule templates that are associated with a repository. Access level: List. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_ListAssociatedApprovalRuleTemplatesForRepository.html */
  ListAssociatedApprovalRuleTemplatesForRepository: "L|||0;1;|||;",
  /** Grants permission to list branches for an AWS CodeCommit repository with this API; does not control Git branch actions. Access level: List. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_ListBranches.html */
  ListBranches: "L|||0;1;|||;",
  /** Grants permission to list commits and changes to a specified file. Access level: List. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_ListFileCommitHistory.html */
  ListFileCommitHistory: "L|||0;1;|||;",
  /** Grants permission to list pull requests for a specified repository. Access level: List. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_ListPullRequests.html */
  ListPullRequests: "L|||0;1;|||;",
  /** Grants permission to list information about AWS CodeCommit repositories in the current Region for your AWS account. Access level: List. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_ListRepositories.html */
  ListRepositories: "L||||||;",
  /** Grants permission to list repositories that are associated with an approval rule template. Access level: List. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_ListRepositoriesForApprovalRuleTemplate.html */
  ListRepositoriesForApprovalRuleTemplate: "L||||||;",
  /** Grants permission to list the resource attached to a CodeCommit resource ARN. Access level: List. Resources: repository. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;|||;",
  /** Grants permission to merge two commits into the specified destination branch using the fast-forward merge option. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_MergeBranchesByFastForward.html */
  MergeBranchesByFastForward: "W|||0;1;|3||;",
  /** Grants permission to merge two commits into the specified destination branch using the squash merge option. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_MergeBranchesBySquash.html */
  MergeBranchesBySquash: "W|||0;1;|3||;",
  /** Grants permission to merge two commits into the specified destination branch using the three-way merge option. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_MergeBranchesByThreeWay.html */
  MergeBranchesByThreeWay: "W|||0;1;|3||;",
  /** Grants permission to close a pull request and attempt to merge it into the specified destination branch for that pull request at the specified commit using the fast-forward merge option. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_MergePullRequestByFastForward.html */
  MergePullRequestByFastForward: "W|||0;1;|3||;",
  /** Grants permission to close a pull request and attempt to merge it into the specified destination branch for that pull request at the specified commit using the squash merge option. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_MergePullRequestBySquash.html */
  MergePullRequestBySquash: "W|||0;1;|3||;",
  /** Grants permission to close a pull request and attempt to merge it into the specified destination branch for that pull request at the specified commit using the three-way merge option. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_MergePullRequestByThreeWay.html */
  MergePullRequestByThreeWay: "W|||0;1;|3||;",
  /** Grants permission to override all approval rules for a pull request, including approval rules created by a template. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_OverridePullRequestApprovalRules.html */
  OverridePullRequestApprovalRules: "W|||0;1;|||;",
  /** Grants permission to post a comment on the comparison between two commits. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_PostCommentForComparedCommit.html */
  PostCommentForComparedCommit: "W|||0;1;|||;",
  /** Grants permission to post a comment on a pull request. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_PostCommentForPullRequest.html */
  PostCommentForPullRequest: "W|||0;1;|||;",
  /** Grants permission to post a comment in reply to a comment on a comparison between commits or a pull request. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_PostCommentReply.html */
  PostCommentReply: "W|||0;1;|||;",
  /** Grants permission to post a reaction on a comment. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_PutCommentReaction.html */
  PutCommentReaction: "W|||0;1;|||;",
  /** Grants permission to add or update a file in a branch in an AWS CodeCommit repository, and generate a commit for the addition in the specified branch. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_PutFile.html */
  PutFile: "W|||0;1;|3||;",
  /** Grants permission to create, update, or delete triggers for a repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_PutRepositoryTriggers.html */
  PutRepositoryTriggers: "W|||0;1;|||;",
  /** Grants permission to attach resource tags to a CodeCommit resource ARN. Access level: Tagging. Resources: repository. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_TagResource.html */
  TagResource: "T|||0;0;|0,1,2||CreateRepository,;,UpdateRepositoryName",
  /** Grants permission to test the functionality of repository triggers by sending information to the trigger target. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_TestRepositoryTriggers.html */
  TestRepositoryTriggers: "W|||0;1;|||;",
  /** Grants permission to disassociate resource tags from a CodeCommit resource ARN. Access level: Tagging. Resources: repository. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UntagResource.html */
  UntagResource: "T|||0;0;|1,2||;",
  /** Grants permission to update the content of approval rule templates; does not grant permission to update content of approval rules created specifically for pull requests. Access level: Write. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdateApprovalRuleTemplateContent.html */
  UpdateApprovalRuleTemplateContent: "W||||||;",
  /** Grants permission to update the description of approval rule templates. Access level: Write. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdateApprovalRuleTemplateDescription.html */
  UpdateApprovalRuleTemplateDescription: "W||||||;",
  /** Grants permission to update the name of approval rule templates. Access level: Write. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdateApprovalRuleTemplateName.html */
  UpdateApprovalRuleTemplateName: "W||||||;",
  /** Grants permission to update the contents of a comment if the identity matches the identity used to create the comment. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdateComment.html */
  UpdateComment: "W|||0;1;|||;",
  /** Grants permission to change the default branch in an AWS CodeCommit repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdateDefaultBranch.html */
  UpdateDefaultBranch: "W|||0;1;|||;",
  /** Grants permission to update the content for approval rules created for a specific pull requests; does not grant permission to update approval rule content for rules created with an approval rule template. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdatePullRequestApprovalRuleContent.html */
  UpdatePullRequestApprovalRuleContent: "W|||0;1;|||;",
  /** Grants permission to update the approval state for pull requests. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdatePullRequestApprovalState.html */
  UpdatePullRequestApprovalState: "W|||0;1;|||;",
  /** Grants permission to update the description of a pull request. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdatePullRequestDescription.html */
  UpdatePullRequestDescription: "W|||0;1;|||;",
  /** Grants permission to update the status of a pull request. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdatePullRequestStatus.html */
  UpdatePullRequestStatus: "W|||0;1;|||;",
  /** Grants permission to update the title of a pull request. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdatePullRequestTitle.html */
  UpdatePullRequestTitle: "W|||0;1;|||;",
  /** Grants permission to change the description of an AWS CodeCommit repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdateRepositoryDescription.html */
  UpdateRepositoryDescription: "W|||0;1;|||;",
  /** Grants permission to change the AWS KMS encryption key used to encrypt and decrypt an AWS CodeCommit repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdateRepositoryEncryptionKey.html */
  UpdateRepositoryEncryptionKey: "W|||0;1;|||;",
  /** Grants permission to change the name of an AWS CodeCommit repository. Access level: Write. Resources: repository*. https://docs.aws.amazon.com/codecommit/latest/APIReference/API_UpdateRepositoryName.html */
  UpdateRepositoryName: "W|||0;1;||0|;",
  /** Grants permission to the service role for AWS CodePipeline to upload repository changes into a pipeline. Access level: Write. Resources: repository*. Permission only. https://docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html#aa-acp */
  UploadArchive: "W||1|0;1;|||",
} as const;
const actionDetails = {
  AssociateApprovalRuleTemplateWithRepository:
    "|,;~~~|Grants permission to associate an approval rule template with a repository",
  BatchAssociateApprovalRuleTemplateWithRepositories:
    "|,;~~~|Grants permission to associate an approval rule template with multiple repositories in a single operation",
  BatchDescribeMergeConflicts:
    "|,;~~~|Grants permission to get information about multiple merge conflicts when attempting to merge two commits using either the three-way merge or the squash merge option",
  BatchDisassociateApprovalRuleTemplateFromRepositories:
    "|,;~~~|Grants permission to remove the association between an approval rule template and multiple repositories in a single operation",
  BatchGetCommits:
    "|,;~~~|Grants permission to return information about one or more commits in an AWS CodeCommit repository",
  BatchGetPullRequests:
    "|,;~|Grants permission to return information about one or more pull requests in an AWS CodeCommit repository",
  BatchGetRepositories: "|,;~~~|Grants permission to get information about multiple repositories",
  CancelUploadArchive: "|,;~|Grants permission to cancel the uploading of an archive to a pipeline in AWS CodePipeline",
  CreateApprovalRuleTemplate:
    "|,;~~~|Grants permission to create an approval rule template that will automatically create approval rules in pull requests that match the conditions defined in the template; does not grant permission to create approval rules for individual pull requests",
  CreateBranch:
    "|,;~~~|Grants permission to create a branch in an AWS CodeCommit repository with this API; does not control Git create branch actions",
  CreateCommit:
    "|,;~~~|Grants permission to add, copy, move or update single or multiple files in a branch in an AWS CodeCommit repository, and generate a commit for the changes in the specified branch",
  CreatePullRequest: "|,;~~~|Grants permission to create a pull request in the specified repository",
  CreatePullRequestApprovalRule:
    "|,;~~~|Grants permission to create an approval rule specific to an individual pull request; does not grant permission to create approval rule templates",
  CreateRepository: "|,;~~~|Grants permission to create an AWS CodeCommit repository",
  CreateUnreferencedMergeCommit:
    "|,;~~~|Grants permission to create an unreferenced commit that contains the result of merging two commits using either the three-way or the squash merge option; does not control Git merge actions",
  DeleteApprovalRuleTemplate: "|,;~~~|Grants permission to delete an approval rule template",
  DeleteBranch:
    "|,;~~~|Grants permission to delete a branch in an AWS CodeCommit repository with this API; does not control Git delete branch actions",
  DeleteCommentContent:
    "|,;~~~|Grants permission to delete the content of a comment made on a change, file, or commit in a repository",
  DeleteFile: "|,;~~~|Grants permission to delete a specified file from a specified branch",
  DeletePullRequestApprovalRule:
    "|,;~~~|Grants permission to delete approval rule created for a pull request if the rule was not created by an approval rule template",
  DeleteRepository: "|,;~~~|Grants permission to delete an AWS CodeCommit repository",
  DescribeMergeConflicts:
    "|,;~~~|Grants permission to get information about specific merge conflicts when attempting to merge two commits using either the three-way or the squash merge option",
  DescribePullRequestEvents: "|,;~~~|Grants permission to return information about one or more pull request events",
  DisassociateApprovalRuleTemplateFromRepository:
    "|,;~~~|Grants permission to remove the association between an approval rule template and a repository",
  EvaluatePullRequestApprovalRules:
    "|,;~~~|Grants permission to evaluate whether a pull request is mergable based on its current approval state and approval rule requirements",
  GetApprovalRuleTemplate: "|,;~~~|Grants permission to return information about an approval rule template",
  GetBlob:
    "|,;~~~|Grants permission to view the encoded content of an individual file in an AWS CodeCommit repository from the AWS CodeCommit console",
  GetBranch:
    "|,;~~~|Grants permission to get details about a branch in an AWS CodeCommit repository with this API; does not control Git branch actions",
  GetComment:
    "|,;~~~|Grants permission to get the content of a comment made on a change, file, or commit in a repository",
  GetCommentReactions: "|,;~~~|Grants permission to get the reactions on a comment",
  GetCommentsForComparedCommit:
    "|,;~~~|Grants permission to get information about comments made on the comparison between two commits",
  GetCommentsForPullRequest: "|,;~~~|Grants permission to get comments made on a pull request",
  GetCommit:
    "|,;~~~|Grants permission to return information about a commit, including commit message and committer information, with this API; does not control Git log actions",
  GetCommitHistory: "|,;~|Grants permission to get information about the history of commits in a repository",
  GetCommitsFromMergeBase:
    "|,;~|Grants permission to get information about the difference between commits in the context of a potential merge",
  GetDifferences:
    "|,;~~~|Grants permission to view information about the differences between valid commit specifiers such as a branch, tag, HEAD, commit ID, or other fully qualified reference",
  GetFile: "|,;~~~|Grants permission to return the base-64 encoded contents of a specified file and its metadata",
  GetFolder: "|,;~~~|Grants permission to return the contents of a specified folder in a repository",
  GetMergeCommit:
    "|,;~~~|Grants permission to get information about a merge commit created by one of the merge options for pull requests that creates merge commits. Not all merge options create merge commits. This permission does not control Git merge actions",
  GetMergeConflicts:
    "|,;~~~|Grants permission to get information about merge conflicts between the before and after commit IDs for a pull request in a repository",
  GetMergeOptions:
    "|,;~~~|Grants permission to get information about merge options for pull requests that can be used to merge two commits; does not control Git merge actions",
  GetObjectIdentifier: "|,;~|Grants permission to resolve blobs, trees, and commits to their identifier",
  GetPullRequest: "|,;~~~|Grants permission to get information about a pull request in a specified repository",
  GetPullRequestApprovalStates:
    "|,;~~~|Grants permission to retrieve the current approvals on an inputted pull request",
  GetPullRequestOverrideState:
    "|,;~~~|Grants permission to retrieve the current override state of a given pull request",
  GetReferences:
    "|,;~|Grants permission to get details about references in an AWS CodeCommit repository; does not control Git reference actions",
  GetRepository: "|,;~~~|Grants permission to get information about an AWS CodeCommit repository",
  GetRepositoryTriggers: "|,;~~~|Grants permission to get information about triggers configured for a repository",
  GetTree:
    "|,;~|Grants permission to view the contents of a specified tree in an AWS CodeCommit repository from the AWS CodeCommit console",
  GetUploadArchiveStatus:
    "|,;~|Grants permission to get status information about an archive upload to a pipeline in AWS CodePipeline",
  GitPull: "|,;~|Grants permission to pull information from an AWS CodeCommit repository to a local repo",
  GitPush: "|,;~|Grants permission to push information from a local repo to an AWS CodeCommit repository",
  ListApprovalRuleTemplates:
    "|,;~~~|Grants permission to list all approval rule templates in an AWS Region for the AWS account",
  ListAssociatedApprovalRuleTemplatesForRepository:
    "|,;~~~|Grants permission to list approval rule templates that are associated with a repository",
  ListBranches:
    "|,;~~~|Grants permission to list branches for an AWS CodeCommit repository with this API; does not control Git branch actions",
  ListFileCommitHistory: "|,;~~~|Grants permission to list commits and changes to a specified file",
  ListPullRequests: "|,;~~~|Grants permission to list pull requests for a specified repository",
  ListRepositories:
    "|,;~~~|Grants permission to list information about AWS CodeCommit repositories in the current Region for your AWS account",
  ListRepositoriesForApprovalRuleTemplate:
    "|,;~~~|Grants permission to list repositories that are associated with an approval rule template",
  ListTagsForResource: "|,;~~~|Grants permission to list the resource attached to a CodeCommit resource ARN",
  MergeBranchesByFastForward:
    "|,;~~~|Grants permission to merge two commits into the specified destination branch using the fast-forward merge option",
  MergeBranchesBySquash:
    "|,;~~~|Grants permission to merge two commits into the specified destination branch using the squash merge option",
  MergeBranchesByThreeWay:
    "|,;~~~|Grants permission to merge two commits into the specified destination branch using the three-way merge option",
  MergePullRequestByFastForward:
    "|,;~~~|Grants permission to close a pull request and attempt to merge it into the specified destination branch for that pull request at the specified commit using the fast-forward merge option",
  MergePullRequestBySquash:
    "|,;~~~|Grants permission to close a pull request and attempt to merge it into the specified destination branch for that pull request at the specified commit using the squash merge option",
  MergePullRequestByThreeWay:
    "|,;~~~|Grants permission to close a pull request and attempt to merge it into the specified destination branch for that pull request at the specified commit using the three-way merge option",
  OverridePullRequestApprovalRules:
    "|,;~~~|Grants permission to override all approval rules for a pull request, including approval rules created by a template",
  PostCommentForComparedCommit: "|,;~~~|Grants permission to post a comment on the comparison between two commits",
  PostCommentForPullRequest: "|,;~~~|Grants permission to post a comment on a pull request",
  PostCommentReply:
    "|,;~~~|Grants permission to post a comment in reply to a comment on a comparison between commits or a pull request",
  PutCommentReaction: "|,;~~~|Grants permission to post a reaction on a comment",
  PutFile:
    "|,;~~~|Grants permission to add or update a file in a branch in an AWS CodeCommit repository, and generate a commit for the addition in the specified branch",
  PutRepositoryTriggers: "|,;~~~|Grants permission to create, update, or delete triggers for a repository",
  TagResource: "|,;~~~,~~,~~|Grants permission to attach resource tags to a CodeCommit resource ARN",
  TestRepositoryTriggers:
    "|,;~~~|Grants permission to test the functionality of repository triggers by sending information to the trigger target",
  UntagResource: "|,;~~~|Grants permission to disassociate resource tags from a CodeCommit resource ARN",
  UpdateApprovalRuleTemplateContent:
    "|,;~~~|Grants permission to update the content of approval rule templates; does not grant permission to update content of approval rules created specifically for pull requests",
  UpdateApprovalRuleTemplateDescription:
    "|,;~~~|Grants permission to update the description of approval rule templates",
  UpdateApprovalRuleTemplateName: "|,;~~~|Grants permission to update the name of approval rule templates",
  UpdateComment:
    "|,;~~~|Grants permission to update the contents of a comment if the identity matches the identity used to create the comment",
  UpdateDefaultBranch: "|,;~~~|Grants permission to change the default branch in an AWS CodeCommit repository",
  UpdatePullRequestApprovalRuleContent:
    "|,;~~~|Grants permission to update the content for approval rules created for a specific pull requests; does not grant permission to update approval rule content for rules created with an approval rule template",
  UpdatePullRequestApprovalState: "|,;~~~|Grants permission to update the approval state for pull requests",
  UpdatePullRequestDescription: "|,;~~~|Grants permission to update the description of a pull request",
  UpdatePullRequestStatus: "|,;~~~|Grants permission to update the status of a pull request",
  UpdatePullRequestTitle: "|,;~~~|Grants permission to update the title of a pull request",
  UpdateRepositoryDescription: "|,;~~~|Grants permission to change the description of an AWS CodeCommit repository",
  UpdateRepositoryEncryptionKey:
    "|,;~~~|Grants permission to change the AWS KMS encryption key used to encrypt and decrypt an AWS CodeCommit repository",
  UpdateRepositoryName: "|,;~~~|Grants permission to change the name of an AWS CodeCommit repository",
  UploadArchive:
    "|,;~|Grants permission to the service role for AWS CodePipeline to upload repository changes into a pipeline",
};
const resourceTypeFacts = {
  /** The repository resource type: arn:${Partition}:codecommit:${Region}:${Account}:${RepositoryName} */
  repository: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a repository resource: arn:${Partition}:codecommit:${Region}:${Account}:${RepositoryName}. */
  repository: "|,repository|arn:|Partition|:codecommit:|Region|:|Account|:|RepositoryName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly ["repository"];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "codecommit">;
/** Any codecommit action. */
export type Action = ActionOf<typeof actionFacts, "codecommit">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "codecommit">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "codecommit" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every codecommit action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by Git reference to specified AWS CodeCommit actions. */
  "codecommit:References": "String";
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
  "codecommit:References": "|,String|0||Filters access by Git reference to specified AWS CodeCommit actions",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "codecommit",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
