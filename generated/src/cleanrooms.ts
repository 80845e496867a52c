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
export const prefix: "cleanrooms" = "cleanrooms";
/** The service's name in the reference. */
export const serviceName: "AWS Clean Rooms" = "AWS Clean Rooms";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "AWS Clean Rooms",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscleanrooms.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "athena:GetTableMetadata",
  "cleanrooms-ml:DeleteConfiguredAudienceModelPolicy",
  "cleanrooms-ml:GetConfiguredAudienceModelPolicy",
  "cleanrooms-ml:PutConfiguredAudienceModelPolicy",
  "cleanrooms:GetCollaborationAnalysisTemplate",
  "cleanrooms:GetSchema",
  "cleanrooms:TagResource",
  "entityresolution:AddPolicyStatement",
  "entityresolution:DeletePolicyStatement",
  "entityresolution:GetIdMappingWorkflow",
  "entityresolution:GetIdNamespace",
  "glue:BatchGetPartition",
  "glue:GetDatabase",
  "glue:GetDatabases",
  "glue:GetPartition",
  "glue:GetPartitions",
  "glue:GetSchemaVersion",
  "glue:GetTable",
  "glue:GetTables",
  "iam:PassRole",
  "logs:CreateLogDelivery",
  "logs:CreateLogGroup",
  "logs:DeleteLogDelivery",
  "logs:DescribeLogGroups",
  "logs:DescribeResourcePolicies",
  "logs:GetLogDelivery",
  "logs:ListLogDeliveries",
  "logs:PutResourcePolicy",
  "logs:UpdateLogDelivery",
  "s3:GetBucketLocation",
] as const;
const actionFacts = {
  /** Grants permission to view details of analysisTemplates associated to the collaboration. Access level: Read. Resources: analysistemplate*, collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_BatchGetCollaborationAnalysisTemplate.html */
  BatchGetCollaborationAnalysisTemplate: "R|||0;1;,1;1;||4|;",
  /** Grants permission to view details for schemas. Access level: Read. Resources: collaboration*, configuredtableassociation, idmappingtable. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_BatchGetSchema.html */
  BatchGetSchema: "R|||1;1;,4;0;,5;0;||5|;",
  /** Grants permission to view analysis rules associated with schemas. Access level: Read. Resources: collaboration*, configuredtableassociation, idmappingtable. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_BatchGetSchemaAnalysisRule.html */
  BatchGetSchemaAnalysisRule: "R|||1;1;,4;0;,5;0;||5|;",
  /** Grants permission to create a new analysis template. Access level: Write. Resources: analysistemplate*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateAnalysisTemplate.html */
  CreateAnalysisTemplate: "W|||0;1;0~1~2,7;1;0~1~2||6,19|;",
  /** Grants permission to create a new collaboration, a shared data collaboration environment. Access level: Write. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateCollaboration.html */
  CreateCollaboration: "W|||1;1;0~1~2||6|;",
  /** Grants permission to create a change request in a collaboration. Access level: Write. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateCollaborationChangeRequest.html */
  CreateCollaborationChangeRequest: "W|||1;1;0~1~2|||;",
  /** Grants permission to link a Cleanrooms ML configured audience model with a collaboration by creating a new association. Access level: Write. Resources: configuredaudiencemodelassociation*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateConfiguredAudienceModelAssociation.html */
  CreateConfiguredAudienceModelAssociation: "W|||2;1;0~1~2,7;1;0~1~2||cleanrooms-ml:GetConfiguredAudienceModel,2,3,6|;",
  /** Grants permission to create a new configured table. Access level: Write. Resources: configuredtable*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateConfiguredTable.html */
  CreateConfiguredTable: "W|||3;1;0~1~2||0,6,11,12,13,14,15,16,17,18|;",
  /** Grants permission to create a analysis rule for a configured table. Access level: Write. Resources: configuredtable*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateConfiguredTableAnalysisRule.html */
  CreateConfiguredTableAnalysisRule: "W|||3;1;|||;",
  /** Grants permission to link a configured table with a collaboration by creating a new association. Access level: Write. Resources: configuredtable*, configuredtableassociation*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateConfiguredTableAssociation.html */
  CreateConfiguredTableAssociation: "W|||3;1;0~1~2,4;1;0~1~2,7;1;0~1~2||6,19|;",
  /** Grants permission to create an analysis rule for a configured table association. Access level: Write. Resources: configuredtableassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateConfiguredTableAssociationAnalysisRule.html */
  CreateConfiguredTableAssociationAnalysisRule: "W|||4;1;0~1~2|||;",
  /** Grants permission to link an id mapping workflow with a collaboration by creating a new id mapping table. Access level: Write. Resources: idmappingtable*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateIdMappingTable.html */
  CreateIdMappingTable: "W|||5;1;0~1~2,7;1;0~1~2||6,7,9|;",
  /** Grants permission to link an AWS Entity Resolution Id Namespace with a collaboration by creating a new association. Access level: Write. Resources: idnamespaceassociation*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateIdNamespaceAssociation.html */
  CreateIdNamespaceAssociation: "W|||6;1;0~1~2,7;1;0~1~2||6,7,10|;",
  /** Grants permission to join collaborations by creating a membership. Access level: Write. Resources: collaboration*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreateMembership.html */
  CreateMembership: "W|||1;1;0~1~2,7;1;0~1~2||6,19,20,21,22,23,24,25,26,27,28,29|;",
  /** Grants permission to create a new privacy budget template. Access level: Write. Resources: membership*, privacybudgettemplate*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_CreatePrivacyBudgetTemplate.html */
  CreatePrivacyBudgetTemplate: "W|||7;1;0~1~2,8;1;0~1~2||6|;",
  /** Grants permission to delete an existing analysis template. Access level: Write. Resources: analysistemplate*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteAnalysisTemplate.html */
  DeleteAnalysisTemplate: "W|||0;1;|||;",
  /** Grants permission to delete an existing collaboration. Access level: Write. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteCollaboration.html */
  DeleteCollaboration: "W|||1;1;||1,2,3|;",
  /** Grants permission to delete an existing configured audience model association. Access level: Write. Resources: configuredaudiencemodelassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteConfiguredAudienceModelAssociation.html */
  DeleteConfiguredAudienceModelAssociation: "W|||2;1;||1,2,3|;",
  /** Grants permission to delete a configured table. Access level: Write. Resources: configuredtable*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteConfiguredTable.html */
  DeleteConfiguredTable: "W|||3;1;|||;",
  /** Grants permission to delete an existing analysis rule. Access level: Write. Resources: configuredtable*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteConfiguredTableAnalysisRule.html */
  DeleteConfiguredTableAnalysisRule: "W|||3;1;|||;",
  /** Grants permission to remove a configured table association from a collaboration. Access level: Write. Resources: configuredtableassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteConfiguredTableAssociation.html */
  DeleteConfiguredTableAssociation: "W|||4;1;|||;",
  /** Grants permission to delete an existing configured table association analysis rule. Access level: Write. Resources: configuredtableassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteConfiguredTableAssociationAnalysisRule.html */
  DeleteConfiguredTableAssociationAnalysisRule: "W|||4;1;|||;",
  /** Grants permission to remove an id mapping table from a collaboration. Access level: Write. Resources: idmappingtable*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteIdMappingTable.html */
  DeleteIdMappingTable: "W|||5;1;,7;1;||8|;",
  /** Grants permission to remove an Id Namespace Association from a collaboration. Access level: Write. Resources: idnamespaceassociation*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteIdNamespaceAssociation.html */
  DeleteIdNamespaceAssociation: "W|||6;1;,7;1;||8|;",
  /** Grants permission to delete members from a collaboration. Access level: Write. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteMember.html */
  DeleteMember: "W|||1;1;||1,2,3|;",
  /** Grants permission to leave collaborations by deleting a membership. Access level: Write. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeleteMembership.html */
  DeleteMembership: "W|||7;1;|||;",
  /** Grants permission to delete an existing privacy budget template. Access level: Write. Resources: privacybudgettemplate*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_DeletePrivacyBudgetTemplate.html */
  DeletePrivacyBudgetTemplate: "W|||8;1;|||;",
  /** Grants permission to view details for an analysis template. Access level: Read. Resources: analysistemplate*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetAnalysisTemplate.html */
  GetAnalysisTemplate: "R|||0;1;|||;",
  /** Grants permission to view details for a collaboration. Access level: Read. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetCollaboration.html */
  GetCollaboration: "R|||1;1;|||;",
  /** Grants permission to view details for an analysis template within a collaboration. Access level: Read. Resources: analysistemplate*, collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetCollaborationAnalysisTemplate.html */
  GetCollaborationAnalysisTemplate: "R|||0;1;,1;1;|||;",
  /** Grants permission to get a change request in a collaboration. Access level: Read. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetCollaborationChangeRequest.html */
  GetCollaborationChangeRequest: "R|||1;1;|||;",
  /** Grants permission to view details for a configured audience model association within a collaboration. Access level: Read. Resources: collaboration*, configuredaudiencemodelassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetCollaborationConfiguredAudienceModelAssociation.html */
  GetCollaborationConfiguredAudienceModelAssociation: "R|||1;1;,2;1;|||;",
  /** Grants permission to get id namespace association within a collaboration. Access level: Read. Resources: collaboration*, idnamespaceassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetCollaborationIdNamespaceAssociation.html */
  GetCollaborationIdNamespaceAssociation: "R|||1;1;,6;1;|||;",
  /** Grants permission to view details for a privacy budget template within a collaboration. Access level: Read. Resources: collaboration*, privacybudgettemplate*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetCollaborationPrivacyBudgetTemplate.html */
  GetCollaborationPrivacyBudgetTemplate: "R|||1;1;,8;1;|||;",
  /** Grants permission to view details for a configured audience model association. Access level: Read. Resources: configuredaudiencemodelassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetConfiguredAudienceModelAssociation.html */
  GetConfiguredAudienceModelAssociation: "R|||2;1;|||;",
  /** Grants permission to view details for a configured table. Access level: Read. Resources: configuredtable*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetConfiguredTable.html */
  GetConfiguredTable: "R|||3;1;|||;",
  /** Grants permission to view analysis rules for a configured table. Access level: Read. Resources: configuredtable*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetConfiguredTableAnalysisRule.html */
  GetConfiguredTableAnalysisRule: "R|||3;1;|||;",
  /** Grants permission to view details for a configured table association. Access level: Read. Resources: configuredtableassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetConfiguredTableAssociation.html */
  GetConfiguredTableAssociation: "R|||4;1;|||;",
  /** Grants permission to view analysis rules for a configured table association. Access level: Read. Resources: configuredtableassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetConfiguredTableAssociationAnalysisRule.html */
  GetConfiguredTableAssociationAnalysisRule: "R|||4;1;|||;",
  /** Grants permission to view details of an id mapping table. Access level: Read. Resources: idmappingtable*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetIdMappingTable.html */
  GetIdMappingTable: "R|||5;1;,7;1;|||;",
  /** Grants permission to view details of an id namespace association. Access level: Read. Resources: idnamespaceassociation*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetIdNamespaceAssociation.html */
  GetIdNamespaceAssociation: "R|||6;1;,7;1;||10|;",
  /** Grants permission to view details about a membership. Access level: Read. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetMembership.html */
  GetMembership: "R|||7;1;|||;",
  /** Grants permission to view details for a privacy budget template. Access level: Read. Resources: privacybudgettemplate*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetPrivacyBudgetTemplate.html */
  GetPrivacyBudgetTemplate: "R|||8;1;|||;",
  /** Grants permission to view a protected job. Access level: Read. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetProtectedJob.html */
  GetProtectedJob: "R|||7;1;|||;",
  /** Grants permission to view a protected query. Access level: Read. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetProtectedQuery.html */
  GetProtectedQuery: "R|||7;1;|||;",
  /** Grants permission to view details for a schema. Access level: Read. Resources: collaboration*, configuredtableassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetSchema.html */
  GetSchema: "R|||1;1;,4;1;|||;",
  /** Grants permission to view analysis rules associated with a schema. Access level: Read. Resources: collaboration*, configuredtableassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_GetSchemaAnalysisRule.html */
  GetSchemaAnalysisRule: "R|||1;1;,4;1;||5|;",
  /** Grants permission to list available analysis templates. Access level: List. Resources: analysistemplate*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListAnalysisTemplates.html */
  ListAnalysisTemplates: "L|||0;1;,7;1;|||;",
  /** Grants permission to list available analysis templates within a collaboration. Access level: List. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListCollaborationAnalysisTemplates.html */
  ListCollaborationAnalysisTemplates: "L|||1;1;|||;",
  /** Grants permission to list change requests in a collaboration. Access level: List. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListCollaborationChangeRequests.html */
  ListCollaborationChangeRequests: "L|||1;1;|||;",
  /** Grants permission to list available configured audience model association within a collaboration. Access level: List. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListCollaborationConfiguredAudienceModelAssociations.html */
  ListCollaborationConfiguredAudienceModelAssociations: "L|||1;1;|||;",
  /** Grants permission to list id namespace within a collaboration. Access level: List. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListCollaborationIdNamespaceAssociations.html */
  ListCollaborationIdNamespaceAssociations: "L|||1;1;|||;",
  /** Grants permission to list available privacy budget templates within a collaboration. Access level: List. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListCollaborationPrivacyBudgetTemplates.html */
  ListCollaborationPrivacyBudgetTemplates: "L|||1;1;|||;",
  /** Grants permission to list privacy budgets within a collaboration. Access level: List. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListCollaborationPrivacyBudgets.html */
  ListCollaborationPrivacyBudgets: "L|||1;1;|||;",
  /** Grants permission to list available collaborations. Access level: List. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListCollaborations.html */
  ListCollaborations: "L||||||;",
  /** Grants permission to list available configured audience model associations for a membership. Access level: List. Resources: configuredaudiencemodelassociation*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListConfiguredAudienceModelAssociations.html */
  ListConfiguredAudienceModelAssociations: "L|||2;1;,7;1;|||;",
  /** Grants permission to list available configured table associations for a membership. Access level: List. Resources: configuredtableassociation*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListConfiguredTableAssociations.html */
  ListConfiguredTableAssociations: "L|||4;1;,7;1;|||;",
  /** Grants permission to list available configured tables. Access level: List. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListConfiguredTables.html */
  ListConfiguredTables: "L||||||;",
  /** Grants permission to list available id mapping tables for a membership. Access level: List. Resources: idmappingtable*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListIdMappingTables.html */
  ListIdMappingTables: "L|||5;1;,7;1;|||;",
  /** Grants permission to list entity resolution data associations for a membership. Access level: List. Resources: idnamespaceassociation*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListIdNamespaceAssociations.html */
  ListIdNamespaceAssociations: "L|||6;1;,7;1;|||;",
  /** Grants permission to list the members of a collaboration. Access level: List. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListMembers.html */
  ListMembers: "L|||1;1;|||;",
  /** Grants permission to list available memberships. Access level: List. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListMemberships.html */
  ListMemberships: "L||||||;",
  /** Grants permission to list available privacy budget templates. Access level: List. Resources: membership*, privacybudgettemplate*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListPrivacyBudgetTemplates.html */
  ListPrivacyBudgetTemplates: "L|||7;1;,8;1;|||;",
  /** Grants permission to list available privacy budgets. Access level: List. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListPrivacyBudgets.html */
  ListPrivacyBudgets: "L|||7;1;|||;",
  /** Grants permission to list protected jobs. Access level: List. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListProtectedJobs.html */
  ListProtectedJobs: "L|||7;1;|||;",
  /** Grants permission to list protected queries. Access level: List. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListProtectedQueries.html */
  ListProtectedQueries: "L|||7;1;|||;",
  /** Grants permission to view available schemas for a collaboration. Access level: List. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListSchemas.html */
  ListSchemas: "L|||1;1;|||;",
  /** Grants permission to list tags for a resource. Access level: List. Resources: analysistemplate, collaboration, configuredaudiencemodelassociation, configuredtable, configuredtableassociation, membership, privacybudgettemplate. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "L|||0;0;,1;0;,2;0;,3;0;,4;0;,7;0;,8;0;|||;",
  /** Grants permission to access a collaboration in the context of Clean Rooms ML custom models. Access level: Read. Resources: collaboration*. Permission only. https://docs.aws.amazon.com/clean-rooms/latest/userguide/ml-behaviors-byom.html#ml-behaviors-byom-membership-collaboration-access */
  PassCollaboration: "R||1|1;1;|||",
  /** Grants permission to access a membership in the context of Clean Rooms ML custom models. Access level: Read. Resources: membership*. Permission only. https://docs.aws.amazon.com/clean-rooms/latest/userguide/ml-behaviors-byom.html#ml-behaviors-byom-membership-collaboration-access */
  PassMembership: "R||1|7;1;|||",
  /** Grants permission to start an Id Mapping Job in AWS Entity Resolution to generate id mapping results in cleanrooms collaboration. Access level: Write. Resources: idmappingtable*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_PopulateIdMappingTable.html */
  PopulateIdMappingTable: "W|||5;1;,7;1;||9|;",
  /** Grants permission to preview privacy budget template settings. Access level: Read. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_PreviewPrivacyImpact.html */
  PreviewPrivacyImpact: "R|||7;1;|||;",
  /** Grants permission to start protected jobs. Access level: Write. Resources: analysistemplate, configuredtableassociation, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_StartProtectedJob.html */
  StartProtectedJob: "W|||0;0;,4;0;,7;1;||4,5|;",
  /** Grants permission to start protected queries. Access level: Write. Resources: analysistemplate, configuredtableassociation, idmappingtable, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_StartProtectedQuery.html */
  StartProtectedQuery: "W|||0;0;,4;0;,5;0;,7;1;||4,5,29,s3:ListBucket,s3:PutObject|;",
  /** Grants permission to tag a resource. Access level: Tagging. Resources: analysistemplate, collaboration, configuredaudiencemodelassociation, configuredtable, configuredtableassociation, idmappingtable, idnamespaceassociation, membership, privacybudgettemplate. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|0,2||CreateAnalysisTemplate,CreateCollaboration,CreateConfiguredAudienceModelAssociation,CreateConfiguredTable,CreateConfiguredTableAssociation,CreateIdMappingTable,CreateIdNamespaceAssociation,CreateMembership,CreatePrivacyBudgetTemplate,;",
  /** Grants permission to untag a resource. Access level: Tagging. Resources: analysistemplate, collaboration, configuredaudiencemodelassociation, configuredtable, configuredtableassociation, idmappingtable, idnamespaceassociation, membership, privacybudgettemplate. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;|2||;",
  /** Grants permission to update details of the analysis template. Access level: Write. Resources: analysistemplate*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateAnalysisTemplate.html */
  UpdateAnalysisTemplate: "W|||0;1;|||;",
  /** Grants permission to update details of the collaboration. Access level: Write. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateCollaboration.html */
  UpdateCollaboration: "W|||1;1;|||;",
  /** Grants permission to update a change request in a collaboration. Access level: Write. Resources: collaboration*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateCollaborationChangeRequest.html */
  UpdateCollaborationChangeRequest: "W|||1;1;|||;",
  /** Grants permission to update a configured audience model association. Access level: Write. Resources: configuredaudiencemodelassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateConfiguredAudienceModelAssociation.html */
  UpdateConfiguredAudienceModelAssociation: "W|||2;1;|||;",
  /** Grants permission to update an existing configured table. Access level: Write. Resources: configuredtable*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateConfiguredTable.html */
  UpdateConfiguredTable:
    "W|||3;1;||0,cleanrooms:UpdateConfiguredTableAllowedColumns,cleanrooms:UpdateConfiguredTableReference,11,12,13,14,15,16,17,18|;",
  /** Grants permission to update the allowed columns of an existing configured table. Access level: Write. Resources: configuredtable*. Permission only. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateConfiguredTable.html */
  UpdateConfiguredTableAllowedColumns: "W||1|3;1;|||UpdateConfiguredTable",
  /** Grants permission to update analysis rules for a configured table. Access level: Write. Resources: configuredtable*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateConfiguredTableAnalysisRule.html */
  UpdateConfiguredTableAnalysisRule: "W|||3;1;|||;",
  /** Grants permission to update a configured table association. Access level: Write. Resources: configuredtableassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateConfiguredTableAssociation.html */
  UpdateConfiguredTableAssociation: "W|||4;1;||19|;",
  /** Grants permission to update analysis rules for a configured table association. Access level: Write. Resources: configuredtableassociation*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateConfiguredTableAssociationAnalysisRule.html */
  UpdateConfiguredTableAssociationAnalysisRule: "W|||4;1;|||;",
  /** Grants permission to update the table reference of an existing configured table. Access level: Write. Resources: configuredtable*. Permission only. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateConfiguredTable.html */
  UpdateConfiguredTableReference: "W||1|3;1;|||UpdateConfiguredTable",
  /** Grants permission to update an id mapping table. Access level: Write. Resources: idmappingtable*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateIdMappingTable.html */
  UpdateIdMappingTable: "W|||5;1;,7;1;|||;",
  /** Grants permission to update a entity resolution input association. Access level: Write. Resources: idnamespaceassociation*, membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateIdNamespaceAssociation.html */
  UpdateIdNamespaceAssociation: "W|||6;1;,7;1;||10|;",
  /** Grants permission to update details of a membership. Access level: Write. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateMembership.html */
  UpdateMembership: "W|||7;1;||19,20,21,22,23,24,25,26,27,28,29|;",
  /** Grants permission to update details of the privacy budget template. Access level: Write. Resources: privacybudgettemplate*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdatePrivacyBudgetTemplate.html */
  UpdatePrivacyBudgetTemplate: "W|||8;1;|||;",
  /** Grants permission to update protected jobs. Access level: Write. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateProtectedJob.html */
  UpdateProtectedJob: "W|||7;1;|||;",
  /** Grants permission to update protected queries. Access level: Write. Resources: membership*. https://docs.aws.amazon.com/clean-rooms/latest/apireference/API_UpdateProtectedQuery.html */
  UpdateProtectedQuery: "W|||7;1;|||;",
} as const;
const actionDetails = {
  BatchGetCollaborationAnalysisTemplate:
    "|,;~~~|Grants permission to view details of analysisTemplates associated to the collaboration",
  BatchGetSchema: "|,;~~~|Grants permission to view details for schemas",
  BatchGetSchemaAnalysisRule: "|,;~~~|Grants permission to view analysis rules associated with schemas",
  CreateAnalysisTemplate: "|,;~~~|Grants permission to create a new analysis template",
  CreateCollaboration:
    "|,;~~~|Grants permission to create a new collaboration, a shared data collaboration environment",
  CreateCollaborationChangeRequest: "|,;~~~|Grants permission to create a change request in a collaboration",
  CreateConfiguredAudienceModelAssociation:
    "|,;~~~|Grants permission to link a Cleanrooms ML configured audience model with a collaboration by creating a new association",
  CreateConfiguredTable: "|,;~~~|Grants permission to create a new configured table",
  CreateConfiguredTableAnalysisRule: "|,;~~~|Grants permission to create a analysis rule for a configured table",
  CreateConfiguredTableAssociation:
    "|,;~~~|Grants permission to link a configured table with a collaboration by creating a new association",
  CreateConfiguredTableAssociationAnalysisRule:
    "|,;~~~|Grants permission to create an analysis rule for a configured table association",
  CreateIdMappingTable:
    "|,;~~~|Grants permission to link an id mapping workflow with a collaboration by creating a new id mapping table",
  CreateIdNamespaceAssociation:
    "|,;~~~|Grants permission to link an AWS Entity Resolution Id Namespace with a collaboration by creating a new association",
  CreateMembership: "|,;~~~|Grants permission to join collaborations by creating a membership",
  CreatePrivacyBudgetTemplate: "|,;~~~|Grants permission to create a new privacy budget template",
  DeleteAnalysisTemplate: "|,;~~~|Grants permission to delete an existing analysis template",
  DeleteCollaboration: "|,;~~~|Grants permission to delete an existing collaboration",
  DeleteConfiguredAudienceModelAssociation:
    "|,;~~~|Grants permission to delete an existing configured audience model association",
  DeleteConfiguredTable: "|,;~~~|Grants permission to delete a configured table",
  DeleteConfiguredTableAnalysisRule: "|,;~~~|Grants permission to delete an existing analysis rule",
  DeleteConfiguredTableAssociation:
    "|,;~~~|Grants permission to remove a configured table association from a collaboration",
  DeleteConfiguredTableAssociationAnalysisRule:
    "|,;~~~|Grants permission to delete an existing configured table association analysis rule",
  DeleteIdMappingTable: "|,;~~~|Grants permission to remove an id mapping table from a collaboration",
  DeleteIdNamespaceAssociation: "|,;~~~|Grants permission to remove an Id Namespace Association from a collaboration",
  DeleteMember: "|,;~~~|Grants permission to delete members from a collaboration",
  DeleteMembership: "|,;~~~|Grants permission to leave collaborations by deleting a membership",
  DeletePrivacyBudgetTemplate: "|,;~~~|Grants permission to delete an existing privacy budget template",
  GetAnalysisTemplate: "|,;~~~|Grants permission to view details for an analysis template",
  GetCollaboration: "|,;~~~|Grants permission to view details for a collaboration",
  GetCollaborationAnalysisTemplate:
    "|,;~~~|Grants permission to view details for an analysis template within a collaboration",
  GetCollaborationChangeRequest: "|,;~~~|Grants permission to get a change request in a collaboration",
  GetCollaborationConfiguredAudienceModelAssociation:
    "|,;~~~|Grants permission to view details for a configured audience model association within a collaboration",
  GetCollaborationIdNamespaceAssociation:
    "|,;~~~|Grants permission to get id namespace association within a collaboration",
  GetCollaborationPrivacyBudgetTemplate:
    "|,;~~~|Grants permission to view details for a privacy budget template within a collaboration",
  GetConfiguredAudienceModelAssociation:
    "|,;~~~|Grants permission to view details for a configured audience model association",
  GetConfiguredTable: "|,;~~~|Grants permission to view details for a configured table",
  GetConfiguredTableAnalysisRule: "|,;~~~|Grants permission to view analysis rules for a configured table",
  GetConfiguredTableAssociation: "|,;~~~|Grants permission to view details for a configured table association",
  GetConfiguredTableAssociationAnalysisRule:
    "|,;~~~|Grants permission to view analysis rules for a configured table association",
  GetIdMappingTable: "|,;~~~|Grants permission to view details of an id mapping table",
  GetIdNamespaceAssociation: "|,;~~~|Grants permission to view details of an id namespace association",
  GetMembership: "|,;~~~|Grants permission to view details about a membership",
  GetPrivacyBudgetTemplate: "|,;~~~|Grants permission to view details for a privacy budget template",
  GetProtectedJob: "|,;~~~|Grants permission to view a protected job",
  GetProtectedQuery: "|,;~~~|Grants permission to view a protected query",
  GetSchema: "|,;~~~|Grants permission to view details for a schema",
  GetSchemaAnalysisRule: "|,;~~~|Grants permission to view analysis rules associated with a schema",
  ListAnalysisTemplates: "|,;~~~|Grants permission to list available analysis templates",
  ListCollaborationAnalysisTemplates:
    "|,;~~~|Grants permission to list available analysis templates within a collaboration",
  ListCollaborationChangeRequests: "|,;~~~|Grants permission to list change requests in a collaboration",
  ListCollaborationConfiguredAudienceModelAssociations:
    "|,;~~~|Grants permission to list available configured audience model association within a collaboration",
  ListCollaborationIdNamespaceAssociations: "|,;~~~|Grants permission to list id namespace within a collaboration",
  ListCollaborationPrivacyBudgetTemplates:
    "|,;~~~|Grants permission to list available privacy budget templates within a collaboration",
  ListCollaborationPrivacyBudgets: "|,;~~~|Grants permission to list privacy budgets within a collaboration",
  ListCollaborations: "|,;~~~|Grants permission to list available collaborations",
  ListConfiguredAudienceModelAssociations:
    "|,;~~~|Grants permission to list available configured audience model associations for a membership",
  ListConfiguredTableAssociations:
    "|,;~~~|Grants permission to list available configured table associations for a membership",
  ListConfiguredTables: "|,;~~~|Grants permission to list available configured tables",
  ListIdMappingTables: "|,;~~~|Grants permission to list available id mapping tables for a membership",
  ListIdNamespaceAssociations: "|,;~~~|Grants permission to list entity resolution data associations for a membership",
  ListMembers: "|,;~~~|Grants permission to list the members of a collaboration",
  ListMemberships: "|,;~~~|Grants permission to list available memberships",
  ListPrivacyBudgetTemplates: "|,;~~~|Grants permission to list available privacy budget templates",
  ListPrivacyBudgets: "|,;~~~|Grants permission to list available privacy budgets",
  ListProtectedJobs: "|,;~~~|Grants permission to list protected jobs",
  ListProtectedQueries: "|,;~~~|Grants permission to list protected queries",
  ListSchemas: "|,;~~~|Grants permission to view available schemas for a collaboration",
  ListTagsForResource: "|,;~~~|Grants permission to list tags for a resource",
  PassCollaboration: "|,;~|Grants permission to access a collaboration in the context of Clean Rooms ML custom models",
  PassMembership: "|,;~|Grants permission to access a membership in the context of Clean Rooms ML custom models",
  PopulateIdMappingTable:
    "|,;~~~|Grants permission to start an Id Mapping Job in AWS Entity Resolution to generate id mapping results in cleanrooms collaboration.",
  PreviewPrivacyImpact: "|,;~~~|Grants permission to preview privacy budget template settings",
  StartProtectedJob: "|,;~~~|Grants permission to start protected jobs",
  StartProtectedQuery: "|,;~~~|Grants permission to start protected queries",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag a resource",
  UntagResource: "|,;~~~|Grants permission to untag a resource",
  UpdateAnalysisTemplate: "|,;~~~|Grants permission to update details of the analysis template",
  UpdateCollaboration: "|,;~~~|Grants permission to update details of the collaboration",
  UpdateCollaborationChangeRequest: "|,;~~~|Grants permission to update a change request in a collaboration",
  UpdateConfiguredAudienceModelAssociation:
    "|,;~~~|Grants permission to update a configured audience model association",
  UpdateConfiguredTable: "|,;~~~|Grants permission to update an existing configured table",
  UpdateConfiguredTableAllowedColumns:
    "|,;~~~|Grants permission to update the allowed columns of an existing configured table",
  UpdateConfiguredTableAnalysisRule: "|,;~~~|Grants permission to update analysis rules for a configured table",
  UpdateConfiguredTableAssociation: "|,;~~~|Grants permission to update a configured table association",
  UpdateConfiguredTableAssociationAnalysisRule:
    "|,;~~~|Grants permission to update analysis rules for a configured table association",
  UpdateConfiguredTableReference:
    "|,;~~~|Grants permission to update the table reference of an existing configured table",
  UpdateIdMappingTable: "|,;~~~|Grants permission to update an id mapping table",
  UpdateIdNamespaceAssociation: "|,;~~~|Grants permission to update a entity resolution input association",
  UpdateMembership: "|,;~~~|Grants permission to update details of a membership",
  UpdatePrivacyBudgetTemplate: "|,;~~~|Grants permission to update details of the privacy budget template",
  UpdateProtectedJob: "|,;~~~|Grants permission to update protected jobs",
  UpdateProtectedQuery: "|,;~~~|Grants permission to update protected queries",
};
const resourceTypeFacts = {
  /** The analysistemplate resource type: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/analysistemplate/${AnalysisTemplateId} */
  analysistemplate: "|,|1",
  /** The collaboration resource type: arn:${Partition}:cleanrooms:${Region}:${Account}:collaboration/${CollaborationId} */
  collaboration: "|,|1",
  /** The configuredaudiencemodelassociation resource type: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/configuredaudiencemodelassociation/${ConfiguredAudienceModelAssociationId} */
  configuredaudiencemodelassociation: "|,|1",
  /** The configuredtable resource type: arn:${Partition}:cleanrooms:${Region}:${Account}:configuredtable/${ConfiguredTableId} */
  configuredtable: "|,|1",
  /** The configuredtableassociation resource type: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/configuredtableassociation/${ConfiguredTableAssociationId} */
  configuredtableassociation: "|,|1",
  /** The idmappingtable resource type: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/idmappingtable/${IdMappingTableId} */
  idmappingtable: "|,|1",
  /** The idnamespaceassociation resource type: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/idnamespaceassociation/${IdNamespaceAssociationId} */
  idnamespaceassociation: "|,|1",
  /** The membership resource type: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId} */
  membership: "|,|1",
  /** The privacybudgettemplate resource type: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/privacybudgettemplate/${PrivacyBudgetTemplateId} */
  privacybudgettemplate: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a analysistemplate resource: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/analysistemplate/${AnalysisTemplateId}. */
  analysistemplate:
    "|,analysistemplate|arn:|Partition|:cleanrooms:|Region|:|Account|:membership/|MembershipId|/analysistemplate/|AnalysisTemplateId|",
  /** ARN of a collaboration resource: arn:${Partition}:cleanrooms:${Region}:${Account}:collaboration/${CollaborationId}. */
  collaboration: "|,collaboration|arn:|Partition|:cleanrooms:|Region|:|Account|:collaboration/|CollaborationId|",
  /** ARN of a configuredaudiencemodelassociation resource: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/configuredaudiencemodelassociation/${ConfiguredAudienceModelAssociationId}. */
  configuredaudiencemodelassociation:
    "|,configuredaudiencemodelassociation|arn:|Partition|:cleanrooms:|Region|:|Account|:membership/|MembershipId|/configuredaudiencemodelassociation/|ConfiguredAudienceModelAssociationId|",
  /** ARN of a configuredtable resource: arn:${Partition}:cleanrooms:${Region}:${Account}:configuredtable/${ConfiguredTableId}. */
  configuredtable:
    "|,configuredtable|arn:|Partition|:cleanrooms:|Region|:|Account|:configuredtable/|ConfiguredTableId|",
  /** ARN of a configuredtableassociation resource: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/configuredtableassociation/${ConfiguredTableAssociationId}. */
  configuredtableassociation:
    "|,configuredtableassociation|arn:|Partition|:cleanrooms:|Region|:|Account|:membership/|MembershipId|/configuredtableassociation/|ConfiguredTableAssociationId|",
  /** ARN of a idmappingtable resource: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/idmappingtable/${IdMappingTableId}. */
  idmappingtable:
    "|,idmappingtable|arn:|Partition|:cleanrooms:|Region|:|Account|:membership/|MembershipId|/idmappingtable/|IdMappingTableId|",
  /** ARN of a idnamespaceassociation resource: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/idnamespaceassociation/${IdNamespaceAssociationId}. */
  idnamespaceassociation:
    "|,idnamespaceassociation|arn:|Partition|:cleanrooms:|Region|:|Account|:membership/|MembershipId|/idnamespaceassociation/|IdNamespaceAssociationId|",
  /** ARN of a membership resource: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}. */
  membership: "|,membership|arn:|Partition|:cleanrooms:|Region|:|Account|:membership/|MembershipId|",
  /** ARN of a privacybudgettemplate resource: arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/privacybudgettemplate/${PrivacyBudgetTemplateId}. */
  privacybudgettemplate:
    "|,privacybudgettemplate|arn:|Partition|:cleanrooms:|Region|:|Account|:membership/|MembershipId|/privacybudgettemplate/|PrivacyBudgetTemplateId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "analysistemplate",
  "collaboration",
  "configuredaudiencemodelassociation",
  "configuredtable",
  "configuredtableassociation",
  "idmappingtable",
  "idnamespaceassociation",
  "membership",
  "privacybudgettemplate",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "cleanrooms">;
/** Any cleanrooms action. */
export type Action = ActionOf<typeof actionFacts, "cleanrooms">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "cleanrooms">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "cleanrooms" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every cleanrooms action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by the tag keys that are passed in the request. */
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "cleanrooms",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
