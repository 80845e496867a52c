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
export const prefix: "lex" = "lex";
/** The service's name in the reference. */
export const serviceName: "Amazon Lex" = "Amazon Lex";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "Amazon Lex", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlex.html" },
  {
    name: "Amazon Lex V2",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlexv2.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "lex:associatedIntents",
  "lex:associatedSlotTypes",
  "lex:channelType",
] as const;
const dependentActionList = [
  "iam:PassRole",
  "lex:CreateIntent",
  "lex:CreateSlot",
  "lex:CreateSlotType",
  "lex:DeleteBotLocale",
  "lex:DeleteCustomVocabulary",
  "lex:DeleteIntent",
  "lex:DeleteResourcePolicy",
  "lex:DeleteSlot",
  "lex:DeleteSlotType",
  "lex:DescribeBotAlias",
  "lex:DescribeBotVersion",
  "lex:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to create new items in an existing custom vocabulary. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_BatchCreateCustomVocabularyItem.html */
  BatchCreateCustomVocabularyItem: "W|||0;1;|||;",
  /** Grants permission to delete existing items in an existing custom vocabulary. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_BatchDeleteCustomVocabularyItem.html */
  BatchDeleteCustomVocabularyItem: "W|||0;1;|||;",
  /** Grants permission to update existing items in an existing custom vocabulary. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_BatchUpdateCustomVocabularyItem.html */
  BatchUpdateCustomVocabularyItem: "W|||0;1;|||;",
  /** Grants permission to build an existing bot locale in a bot. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_BuildBotLocale.html */
  BuildBotLocale: "W|||0;1;|||;",
  /** Grants permission to create a new bot and a test bot alias pointing to the DRAFT bot version. Access level: Write. Resources: bot*, bot alias*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateBot.html */
  CreateBot: "W|||0;1;,1;1;|0,2|0,10,11,12|;,StartImport",
  /** Grants permission to create a new bot alias in a bot. Access level: Write. Resources: bot alias*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateBotAlias.html */
  CreateBotAlias: "W|||1;1;|0,2|12|;",
  /** Grants permission to create a bot channel in an existing bot. Access level: Write. Resources: bot*. Permission only. https://docs.aws.amazon.com/lexv2/latest/dg/deploying-messaging-platform.html */
  CreateBotChannel: "W||1|0;1;|||",
  /** Grants permission to create a new bot locale in an existing bot. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateBotLocale.html */
  CreateBotLocale: "W|||0;1;|||;,StartImport",
  /** Grants permission to create bot replica for a bot. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateBotReplica.html */
  CreateBotReplica: "W|||0;1;|||;",
  /** Creates a new version based on the $LATEST version of the specified bot. Access level: Write. Resources: bot*, bot version*. https://docs.aws.amazon.com/lex/latest/dg/API_CreateBotVersion.html */
  CreateBotVersion: "W|||0;1;,2;1;|||;",
  /** Grants permission to create a new custom vocabulary in an existing bot locale. Access level: Write. Resources: bot*. Permission only. https://docs.aws.amazon.com/lexv2/latest/dg/vocab.html */
  CreateCustomVocabulary: "W||1|0;1;|||StartImport",
  /** Grants permission to create an export for an existing resource. Access level: Write. Resources: bot, test set. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateExport.html */
  CreateExport: "W|||0;0;,6;0;|||;",
  /** Grants permission to create a new intent in an existing bot locale. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateIntent.html */
  CreateIntent: "W|||0;1;|||;,StartBotRecommendation,StartImport",
  /** Creates a new version based on the $LATEST version of the specified intent. Access level: Write. Resources: intent version*. https://docs.aws.amazon.com/lex/latest/dg/API_CreateIntentVersion.html */
  CreateIntentVersion: "W|||4;1;|||",
  /** Grants permission to create a new resource policy for a Lex resource. Access level: Write. Resources: bot, bot alias. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateResourcePolicy.html */
  CreateResourcePolicy: "W|||0;0;,1;0;|||;,CreateResourcePolicyStatement",
  /** Grants permission to create a new resource policy statement for a Lex resource. Access level: Write. Resources: bot, bot alias. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateResourcePolicyStatement.html */
  CreateResourcePolicyStatement: "W|||0;0;,1;0;|||",
  /** Grants permission to create a new slot in an intent. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateSlot.html */
  CreateSlot: "W|||0;1;|||;,StartBotRecommendation,StartImport",
  /** Grants permission to create a new slot type in an existing bot locale. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateSlotType.html */
  CreateSlotType: "W|||0;1;|||;,StartBotRecommendation,StartImport",
  /** Creates a new version based on the $LATEST version of the specified slot type. Access level: Write. Resources: slottype version*. https://docs.aws.amazon.com/lex/latest/dg/API_CreateSlotTypeVersion.html */
  CreateSlotTypeVersion: "W|||5;1;|||;",
  /** Grants permission to import a new test-set. Access level: Write. Permission only. https://docs.aws.amazon.com/lexv2/latest/dg/create-test-set-from-CSV.html */
  CreateTestSet: "W||1||||StartImport",
  /** Grants permission to create a test set discrepancy report. Access level: Write. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateTestSetDiscrepancyReport.html */
  CreateTestSetDiscrepancyReport: "W|||6;1;|||;",
  /** Grants permission to create an upload url for import file. Access level: Write. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateUploadUrl.html */
  CreateUploadUrl: "W||||||;",
  /** Deletes all versions of a bot. Access level: Write. Resources: bot*, bot alias*, bot version*. https://docs.aws.amazon.com/lex/latest/dg/API_DeleteBot.html */
  DeleteBot: "W|||0;1;,1;1;,2;1;||lex:DeleteBotAlias,lex:DeleteBotChannel,4,lex:DeleteBotVersion,5,6,7,8,9|;",
  /** Deletes an alias for a specific bot. Access level: Write. Resources: bot alias*. https://docs.aws.amazon.com/lex/latest/dg/API_DeleteBotAlias.html */
  DeleteBotAlias: "W|||1;1;||7|DeleteBot,;",
  /** Grants permission to delete a bot analyzer recommendation. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteBotAnalyzerRecommendation.html */
  DeleteBotAnalyzerRecommendation: "W|||0;1;|||;",
  /** Grants permission to delete an existing bot channel. Access level: Write. Resources: bot*. Permission only. https://docs.aws.amazon.com/lexv2/latest/dg/deploying-messaging-platform.html */
  DeleteBotChannel: "W||1|0;1;|||DeleteBot",
  /** Deletes the association between a Amazon Lex bot alias and a messaging platform. Access level: Write. Resources: channel*. https://docs.aws.amazon.com/lex/latest/dg/API_DeleteBotChannelAssociation.html */
  DeleteBotChannelAssociation: "W|||3;1;|||;",
  /** Grants permission to delete an existing bot locale in a bot. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteBotLocale.html */
  DeleteBotLocale: "W|||0;1;||5,6,8,9|DeleteBot,;,StartImport",
  /** Grants permission to delete an existing bot replica. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteBotReplica.html */
  DeleteBotReplica: "W|||0;1;|||;",
  /** Deletes a specific version of a bot. Access level: Write. Resources: bot*, bot version*. https://docs.aws.amazon.com/lex/latest/dg/API_DeleteBotVersion.html */
  DeleteBotVersion: "W|||0;1;,2;1;|||DeleteBot,;",
  /** Grants permission to delete an existing custom vocabulary in a bot locale. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteCustomVocabulary.html */
  DeleteCustomVocabulary: "W|||0;1;|||DeleteBot,DeleteBotLocale,;,StartImport",
  /** Grants permission to delete an existing export. Access level: Write. Resources: bot, test set. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteExport.html */
  DeleteExport: "W|||0;0;,6;0;|||;",
  /** Grants permission to delete an existing import. Access level: Write. Resources: bot, test set. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteImport.html */
  DeleteImport: "W|||0;0;,6;0;|||;",
  /** Deletes all versions of an intent. Access level: Write. Resources: bot*, intent version*. https://docs.aws.amazon.com/lex/latest/dg/API_DeleteIntent.html */
  DeleteIntent: "W|||0;1;,4;1;|||DeleteBot,DeleteBotLocale,;,StartBotRecommendation,StartImport",
  /** Deletes a specific version of an intent. Access level: Write. Resources: intent version*. https://docs.aws.amazon.com/lex/latest/dg/API_DeleteIntentVersion.html */
  DeleteIntentVersion: "W|||4;1;|||;",
  /** Grants permission to delete an existing resource policy for a Lex resource. Access level: Write. Resources: bot, bot alias. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteResourcePolicy.html */
  DeleteResourcePolicy: "W|||0;0;,1;0;|||DeleteBot,DeleteBotAlias,;,DeleteResourcePolicyStatement",
  /** Grants permission to delete an existing resource policy statement for a Lex resource. Access level: Write. Resources: bot, bot alias. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteResourcePolicyStatement.html */
  DeleteResourcePolicyStatement: "W|||0;0;,1;0;|||",
  /** Removes session information for a specified bot, alias, and user ID. Access level: Write. Resources: bot alias, bot version. https://docs.aws.amazon.com/lex/latest/dg/API_runtime_DeleteSession.html */
  DeleteSession: "W|||1;0;,2;0;|||;",
  /** Grants permission to delete an existing slot in an intent. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteSlot.html */
  DeleteSlot: "W|||0;1;|||DeleteBot,DeleteBotLocale,;,StartBotRecommendation,StartImport",
  /** Deletes all versions of a slot type. Access level: Write. Resources: bot*, slottype version*. https://docs.aws.amazon.com/lex/latest/dg/API_DeleteSlotType.html */
  DeleteSlotType: "W|||0;1;,5;1;|||DeleteBot,DeleteBotLocale,;,StartBotRecommendation,StartImport",
  /** Deletes a specific version of a slot type. Access level: Write. Resources: slottype version*. https://docs.aws.amazon.com/lex/latest/dg/API_DeleteSlotTypeVersion.html */
  DeleteSlotTypeVersion: "W|||5;1;|||;",
  /** Grants permission to delete an existing test set. Access level: Write. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DeleteTestSet.html */
  DeleteTestSet: "W|||6;1;|||;",
  /** Deletes the information Amazon Lex maintains for utterances on a specific bot and userId. Access level: Write. Resources: bot*, bot version*. https://docs.aws.amazon.com/lex/latest/dg/API_DeleteUtterances.html */
  DeleteUtterances: "W|||0;1;,2;1;|||;",
  /** Grants permission to retrieve an existing bot. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeBot.html */
  DescribeBot: "R|||0;1;||10,11|;,DescribeExport",
  /** Grants permission to retrieve an existing bot alias. Access level: Read. Resources: bot alias*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeBotAlias.html */
  DescribeBotAlias: "R|||1;1;|||CreateBot,DescribeBot,;,DescribeBotVersion,UpdateBot",
  /** Grants permission to describe a bot analyzer recommendation. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeBotAnalyzerRecommendation.html */
  DescribeBotAnalyzerRecommendation: "R|||0;1;|||;",
  /** Grants permission to retrieve an existing bot channel. Access level: Read. Resources: bot*. Permission only. https://docs.aws.amazon.com/lexv2/latest/dg/deploying-messaging-platform.html */
  DescribeBotChannel: "R||1|0;1;|||",
  /** Grants permission to retrieve an existing bot locale. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeBotLocale.html */
  DescribeBotLocale: "R|||0;1;|||;,DescribeExport",
  /** Grants permission to retrieve metadata information about a bot recommendation. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeBotRecommendation.html */
  DescribeBotRecommendation: "R|||0;1;|||;",
  /** Grants permission to retrieve an existing bot replica. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeBotReplica.html */
  DescribeBotReplica: "R|||0;1;|||;",
  /** Grants permission to retrieve metadata information for a bot resource generation. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeBotResourceGeneration.html */
  DescribeBotResourceGeneration: "R|||0;1;|||;",
  /** Grants permission to retrieve an existing bot version. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeBotVersion.html */
  DescribeBotVersion: "R|||0;1;||10|CreateBot,DescribeBot,;,UpdateBot",
  /** Grants permission to retrieve an existing custom vocabulary. Access level: Read. Resources: bot*. Permission only. https://docs.aws.amazon.com/lexv2/latest/dg/vocab.html */
  DescribeCustomVocabulary: "R||1|0;1;|||DescribeExport",
  /** Grants permission to retrieve metadata of an existing custom vocabulary. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeCustomVocabularyMetadata.html */
  DescribeCustomVocabularyMetadata: "R|||0;1;|||;",
  /** Grants permission to retrieve an existing export. Access level: Read. Resources: bot, test set. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeExport.html */
  DescribeExport:
    "R|||0;0;,6;0;||lex:DescribeBot,lex:DescribeBotLocale,lex:DescribeCustomVocabulary,lex:DescribeIntent,lex:DescribeSlot,lex:DescribeSlotType,lex:DescribeTestSet,lex:ListBotLocales,lex:ListIntents,lex:ListSlotTypes,lex:ListSlots|;",
  /** Grants permission to retrieve an existing import. Access level: Read. Resources: bot, test set. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeImport.html */
  DescribeImport: "R|||0;0;,6;0;|||;",
  /** Grants permission to retrieve an existing intent. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeIntent.html */
  DescribeIntent: "R|||0;1;|||DescribeExport,;",
  /** Grants permission to retrieve an existing resource policy for a Lex resource. Access level: Read. Resources: bot, bot alias. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeResourcePolicy.html */
  DescribeResourcePolicy: "R|||0;0;,1;0;|||;",
  /** Grants permission to retrieve an existing slot. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeSlot.html */
  DescribeSlot: "R|||0;1;|||DescribeExport,;",
  /** Grants permission to retrieve an existing slot type. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeSlotType.html */
  DescribeSlotType: "R|||0;1;|||DescribeExport,;",
  /** Grants permission to retrieve test execution metadata. Access level: Read. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeTestExecution.html */
  DescribeTestExecution: "R|||6;1;|||;",
  /** Grants permission to retrieve an existing test set. Access level: Read. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeTestSet.html */
  DescribeTestSet: "R|||6;1;|||DescribeExport,;",
  /** Grants permission to retrieve test set discrepancy report metadata. Access level: Read. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeTestSetDiscrepancyReport.html */
  DescribeTestSetDiscrepancyReport: "R|||6;1;|||;",
  /** Grants permission to retrieve test set generation metadata. Access level: Read. Resources: test set. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_DescribeTestSetGeneration.html */
  DescribeTestSetGeneration: "R|||6;0;|||;",
  /** Grants permission to generate supported fields or elements for a bot. Access level: Read. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_GenerateBotElement.html */
  GenerateBotElement: "R|||0;1;|||;",
  /** Returns information for a specific bot. In addition to the bot name, the bot version or alias is required. Access level: Read. Resources: bot alias, bot version. https://docs.aws.amazon.com/lex/latest/dg/API_GetBot.html */
  GetBot: "R|||1;0;,2;0;|||;",
  /** Returns information about a Amazon Lex bot alias. Access level: Read. Resources: bot alias*. https://docs.aws.amazon.com/lex/latest/dg/API_GetBotAlias.html */
  GetBotAlias: "R|||1;1;|||;",
  /** Returns a list of aliases for a given Amazon Lex bot. Access level: List. https://docs.aws.amazon.com/lex/latest/dg/API_GetBotAliases.html */
  GetBotAliases: "L||||||;",
  /** Returns information about the association between a Amazon Lex bot and a messaging platform. Access level: Read. Resources: channel*. https://docs.aws.amazon.com/lex/latest/dg/API_GetBotChannelAssociation.html */
  GetBotChannelAssociation: "R|||3;1;|||;",
  /** Returns a list of all of the channels associated with a single bot. Access level: List. Resources: channel*. https://docs.aws.amazon.com/lex/latest/dg/API_GetBotChannelAssociations.html */
  GetBotChannelAssociations: "L|||3;1;|||;",
  /** Returns information for all versions of a specific bot. Access level: List. Resources: bot version*. https://docs.aws.amazon.com/lex/latest/dg/API_GetBotVersions.html */
  GetBotVersions: "L|||2;1;|||;",
  /** Returns information for the $LATEST version of all bots, subject to filters provided by the client. Access level: List. https://docs.aws.amazon.com/lex/latest/dg/API_GetBots.html */
  GetBots: "L||||||;",
  /** Returns information about a built-in intent. Access level: Read. https://docs.aws.amazon.com/lex/latest/dg/API_GetBuiltinIntent.html */
  GetBuiltinIntent: "R||||||;",
  /** Gets a list of built-in intents that meet the specified criteria. Access level: Read. https://docs.aws.amazon.com/lex/latest/dg/API_GetBuiltinIntents.html */
  GetBuiltinIntents: "R||||||;",
  /** Gets a list of built-in slot types that meet the specified criteria. Access level: Read. https://docs.aws.amazon.com/lex/latest/dg/API_GetBuiltinSlotTypes.html */
  GetBuiltinSlotTypes: "R||||||;",
  /** Exports Amazon Lex Resource in a requested format. Access level: Read. Resources: bot version*. https://docs.aws.amazon.com/lex/latest/dg/API_GetExport.html */
  GetExport: "R|||2;1;|||;",
  /** Gets information about an import job started with StartImport. Access level: Read. https://docs.aws.amazon.com/lex/latest/dg/API_GetImport.html */
  GetImport: "R||||||;",
  /** Returns information for a specific intent. In addition to the intent name, you must also specify the intent version. Access level: Read. Resources: intent version*. https://docs.aws.amazon.com/lex/latest/dg/API_GetIntent.html */
  GetIntent: "R|||4;1;|||;",
  /** Returns information for all versions of a specific intent. Access level: List. Resources: intent version*. https://docs.aws.amazon.com/lex/latest/dg/API_GetIntentVersions.html */
  GetIntentVersions: "L|||4;1;|||;",
  /** Returns information for the $LATEST version of all intents, subject to filters provided by the client. Access level: List. https://docs.aws.amazon.com/lex/latest/dg/API_GetIntents.html */
  GetIntents: "L||||||;",
  /** Grants permission to view an ongoing or completed migration. Access level: Read. https://docs.aws.amazon.com/lex/latest/dg/API_GetMigration.html */
  GetMigration: "R||||||;",
  /** Grants permission to view list of migrations from Amazon Lex v1 to Amazon Lex v2. Access level: List. https://docs.aws.amazon.com/lex/latest/dg/API_GetMigrations.html */
  GetMigrations: "L||||||;",
  /** Returns session information for a specified bot, alias, and user ID. Access level: Read. Resources: bot alias, bot version. https://docs.aws.amazon.com/lex/latest/dg/API_runtime_GetSession.html */
  GetSession: "R|||1;0;,2;0;|||;",
  /** Returns information about a specific version of a slot type. In addition to specifying the slot type name, you must also specify the slot type version. Access level: Read. Resources: slottype version*. https://docs.aws.amazon.com/lex/latest/dg/API_GetSlotType.html */
  GetSlotType: "R|||5;1;|||;",
  /** Returns information for all versions of a specific slot type. Access level: List. Resources: slottype version*. https://docs.aws.amazon.com/lex/latest/dg/API_GetSlotTypeVersions.html */
  GetSlotTypeVersions: "L|||5;1;|||;",
  /** Returns information for the $LATEST version of all slot types, subject to filters provided by the client. Access level: List. https://docs.aws.amazon.com/lex/latest/dg/API_GetSlotTypes.html */
  GetSlotTypes: "L||||||;",
  /** Grants permission to retrieve artifacts URL for a test execution. Access level: Read. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_GetTestExecutionArtifactsUrl.html */
  GetTestExecutionArtifactsUrl: "R|||6;1;|||;",
  /** Returns a view of aggregate utterance data for versions of a bot for a recent time period. Access level: List. Resources: bot version*. https://docs.aws.amazon.com/lex/latest/dg/API_GetUtterancesView.html */
  GetUtterancesView: "L|||2;1;|||;",
  /** Grants permission to list utterances and statistics for a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListAggregatedUtterances.html */
  ListAggregatedUtterances: "L|||0;1;|||;,ListUtteranceAnalyticsData,ListUtteranceMetrics",
  /** Grants permission to list alias replicas in a bot replica. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBotAliasReplicas.html */
  ListBotAliasReplicas: "L|||0;1;|||;",
  /** Grants permission to list bot aliases in an bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBotAliases.html */
  ListBotAliases: "L|||0;1;|||;",
  /** Grants permission to list bot analyzer recommendations. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBotAnalyzerRecommendations.html */
  ListBotAnalyzerRecommendations: "L|||0;1;|||",
  /** Grants permission to list bot channels. Access level: List. Resources: bot*. Permission only. https://docs.aws.amazon.com/lexv2/latest/dg/deploying-messaging-platform.html */
  ListBotChannels: "L||1|0;1;|||",
  /** Grants permission to list bot locales in a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBotLocales.html */
  ListBotLocales: "L|||0;1;|||DescribeExport,;",
  /** Grants permission to get a list of bot recommendations that meet the specified criteria. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBotRecommendations.html */
  ListBotRecommendations: "L|||0;1;|||;",
  /** Grants permission to list replicas of a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBotReplicas.html */
  ListBotReplicas: "L|||0;1;|||;",
  /** Grants permission to list the resource generations for a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBotResourceGenerations.html */
  ListBotResourceGenerations: "L|||0;1;|||;",
  /** Grants permission to list version replicas in a bot replica. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBotVersionReplicas.html */
  ListBotVersionReplicas: "L|||0;1;|||;",
  /** Grants permission to list existing bot versions. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBotVersions.html */
  ListBotVersions: "L|||0;1;|||;",
  /** Grants permission to list existing bots. Access level: List. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBots.html */
  ListBots: "L||||||;",
  /** Grants permission to list built-in intents. Access level: List. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBuiltInIntents.html */
  ListBuiltInIntents: "L||||||;",
  /** Grants permission to list built-in slot types. Access level: List. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListBuiltInSlotTypes.html */
  ListBuiltInSlotTypes: "L||||||;",
  /** Grants permission to list items of an existing custom vocabulary. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListCustomVocabularyItems.html */
  ListCustomVocabularyItems: "L|||0;1;|||;",
  /** Grants permission to list existing exports. Access level: List. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListExports.html */
  ListExports: "L||||||;",
  /** Grants permission to list existing imports. Access level: List. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListImports.html */
  ListImports: "L||||||;",
  /** Grants permission to list intent analytics metrics for a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListIntentMetrics.html */
  ListIntentMetrics: "L|||0;1;|||;",
  /** Grants permission to list intent path analytics for a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListIntentPaths.html */
  ListIntentPaths: "L|||0;1;|||;",
  /** Grants permission to list intentStage analytics metrics for a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListIntentStageMetrics.html */
  ListIntentStageMetrics: "L|||0;1;|||;",
  /** Grants permission to list intents in a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListIntents.html */
  ListIntents: "L|||0;1;|||DescribeExport,;",
  /** Grants permission to get a list of recommended intents provided by the bot recommendation. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListRecommendedIntents.html */
  ListRecommendedIntents: "L|||0;1;|||;",
  /** Grants permission to list session analytics data for a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListSessionAnalyticsData.html */
  ListSessionAnalyticsData: "L|||0;1;|||;",
  /** Grants permission to list session analytics metrics for a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListSessionMetrics.html */
  ListSessionMetrics: "L|||0;1;|||;",
  /** Grants permission to list slot types in a bot. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListSlotTypes.html */
  ListSlotTypes: "L|||0;1;|||DescribeExport,;",
  /** Grants permission to list slots in an intent. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListSlots.html */
  ListSlots: "L|||0;1;|||DescribeExport,;",
  /** Lists tags for a Lex resource. Access level: Read. Resources: bot, bot alias, channel, test set. https://docs.aws.amazon.com/lex/latest/dg/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,3;0;,6;0;|||;",
  /** Grants permission to retrieve test results data for a test execution. Access level: Read. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListTestExecutionResultItems.html */
  ListTestExecutionResultItems: "R|||6;1;||lex:ListTestSetRecords|;",
  /** Grants permission to list test executions. Access level: List. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListTestExecutions.html */
  ListTestExecutions: "L||||||;",
  /** Grants permission to retrieve records inside an existing test set. Access level: Read. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListTestSetRecords.html */
  ListTestSetRecords: "R|||6;1;|||ListTestExecutionResultItems,;",
  /** Grants permission to list test sets. Access level: List. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_ListTestSets.html */
  ListTestSets: "L||||||;",
  /** Sends user input (text or speech) to Amazon Lex. Access level: Write. Resources: bot alias, bot version. https://docs.aws.amazon.com/lex/latest/dg/API_runtime_PostContent.html */
  PostContent: "W|||1;0;,2;0;|||;",
  /** Sends user input (text-only) to Amazon Lex. Access level: Write. Resources: bot alias, bot version. https://docs.aws.amazon.com/lex/latest/dg/API_runtime_PostText.html */
  PostText: "W|||1;0;,2;0;|||;",
  /** Creates or updates the $LATEST version of a Amazon Lex conversational bot. Access level: Write. Resources: bot version*. https://docs.aws.amazon.com/lex/latest/dg/API_PutBot.html */
  PutBot: "W|||2;1;|0,2|12|;",
  /** Creates or updates an alias for the specific bot. Access level: Write. Resources: bot alias*. https://docs.aws.amazon.com/lex/latest/dg/API_PutBotAlias.html */
  PutBotAlias: "W|||1;1;|0,2|12|;",
  /** Creates or updates the $LATEST version of an intent. Access level: Write. Resources: intent version*. https://docs.aws.amazon.com/lex/latest/dg/API_PutIntent.html */
  PutIntent: "W|||4;1;|||;",
  /** Creates a new session or modifies an existing session with an Amazon Lex bot. Access level: Write. Resources: bot alias, bot version. https://docs.aws.amazon.com/lex/latest/dg/API_runtime_PutSession.html */
  PutSession: "W|||1;0;,2;0;|||;",
  /** Creates or updates the $LATEST version of a slot type. Access level: Write. Resources: slottype version*. https://docs.aws.amazon.com/lex/latest/dg/API_PutSlotType.html */
  PutSlotType: "W|||5;1;|||;",
  /** Grants permission to send user input (text-only) to an bot alias. Access level: Write. Resources: bot alias*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_runtime_RecognizeText.html */
  RecognizeText: "W|||1;1;|||;",
  /** Grants permission to send user input (text or speech) to an bot alias. Access level: Write. Resources: bot alias*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_runtime_RecognizeUtterance.html */
  RecognizeUtterance: "W|||1;1;|||;",
  /** Grants permission to search for associated transcripts that meet the specified criteria. Access level: List. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_SearchAssociatedTranscripts.html */
  SearchAssociatedTranscripts: "L|||0;1;|||;",
  /** Grants permission to start a bot analyzer for an existing bot locale. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_StartBotAnalyzer.html */
  StartBotAnalyzer: "W|||0;1;|||;",
  /** Grants permission to start a bot recommendation for an existing bot locale. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_StartBotRecommendation.html */
  StartBotRecommendation: "W|||0;1;||1,2,3,6,8,9|;",
  /** Grants permission to start a resource generation for an existing bot locale. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_StartBotResourceGeneration.html */
  StartBotResourceGeneration: "W|||0;1;|||;",
  /** Grants permission to stream user input (speech/text/DTMF) to a bot alias. Access level: Write. Resources: bot alias*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_runtime_StartConversation.html */
  StartConversation: "W|||1;1;|||;",
  /** Starts a job to import a resource to Amazon Lex. Access level: Write. Resources: bot, bot alias, test set. https://docs.aws.amazon.com/lex/latest/dg/API_StartImport.html */
  StartImport:
    "W|||0;0;,1;0;,6;0;|0,2|0,lex:CreateBot,lex:CreateBotLocale,lex:CreateCustomVocabulary,1,2,3,lex:CreateTestSet,4,5,6,8,9,12,lex:UpdateBot,lex:UpdateBotLocale,lex:UpdateCustomVocabulary,lex:UpdateIntent,lex:UpdateSlot,lex:UpdateSlotType,lex:UpdateTestSet|;",
  /** Grants permission to migrate a bot from Amazon Lex v1 to Amazon Lex v2. Access level: Write. Resources: bot version*. https://docs.aws.amazon.com/lex/latest/dg/API_StartMigration.html */
  StartMigration: "W|||2;1;|||",
  /** Grants permission to start a test execution using a test set. Access level: Write. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_StartTestExecution.html */
  StartTestExecution: "W|||6;1;|||;",
  /** Grants permission to generate a test set. Access level: Write. Resources: test set. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_StartTestSetGeneration.html */
  StartTestSetGeneration: "W|||6;0;||0,12|;",
  /** Grants permission to stop a bot analyzer for an existing bot locale. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_StopBotAnalyzer.html */
  StopBotAnalyzer: "W|||0;1;|||;",
  /** Grants permission to stop a bot recommendation for an existing bot locale. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_StopBotRecommendation.html */
  StopBotRecommendation: "W|||0;1;|||;",
  /** Adds or overwrites tags to a Lex resource. Access level: Tagging. Resources: bot, bot alias, channel, test set. https://docs.aws.amazon.com/lex/latest/dg/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,3;0;,6;0;|0,2||CreateBot,CreateBotAlias,PutBot,PutBotAlias,StartImport,StartTestSetGeneration,;",
  /** Removes tags from a Lex resource. Access level: Tagging. Resources: bot, bot alias, channel, test set. https://docs.aws.amazon.com/lex/latest/dg/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,3;0;,6;0;|0,2||;",
  /** Grants permission to update an existing bot. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateBot.html */
  UpdateBot: "W|||0;1;||0,10,11|StartImport,;",
  /** Grants permission to update an existing bot alias. Access level: Write. Resources: bot alias*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateBotAlias.html */
  UpdateBotAlias: "W|||1;1;|||;",
  /** Grants permission to update an existing bot locale. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateBotLocale.html */
  UpdateBotLocale: "W|||0;1;|||StartImport,;",
  /** Grants permission to update an existing bot recommendation request. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateBotRecommendation.html */
  UpdateBotRecommendation: "W|||0;1;|||;",
  /** Grants permission to update an existing custom vocabulary. Access level: Write. Resources: bot*. Permission only. https://docs.aws.amazon.com/lexv2/latest/dg/vocab.html */
  UpdateCustomVocabulary: "W||1|0;1;|||StartImport",
  /** Grants permission to update an existing export. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateExport.html */
  UpdateExport: "W|||0;1;|||;",
  /** Grants permission to update an existing intent. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateIntent.html */
  UpdateIntent: "W|||0;1;|||StartImport,;",
  /** Grants permission to update an existing resource policy for a Lex resource. Access level: Write. Resources: bot, bot alias. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateResourcePolicy.html */
  UpdateResourcePolicy: "W|||0;0;,1;0;|||CreateResourcePolicyStatement,DeleteResourcePolicyStatement,;",
  /** Grants permission to update an existing slot. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateSlot.html */
  UpdateSlot: "W|||0;1;|||StartImport,;",
  /** Grants permission to update an existing slot type. Access level: Write. Resources: bot*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateSlotType.html */
  UpdateSlotType: "W|||0;1;|||StartImport,;",
  /** Grants permission to update an existing test set. Access level: Write. Resources: test set*. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_UpdateTestSet.html */
  UpdateTestSet: "W|||6;1;|||StartImport,;",
} as const;
const actionDetails = {
  BatchCreateCustomVocabularyItem: "|,;~~~|Grants permission to create new items in an existing custom vocabulary",
  BatchDeleteCustomVocabularyItem: "|,;~~~|Grants permission to delete existing items in an existing custom vocabulary",
  BatchUpdateCustomVocabularyItem: "|,;~~~|Grants permission to update existing items in an existing custom vocabulary",
  BuildBotLocale: "|,;~~~|Grants permission to build an existing bot locale in a bot",
  CreateBot:
    "|,;~~~,~lex-models~;~~|Grants permission to create a new bot and a test bot alias pointing to the DRAFT bot version",
  CreateBotAlias: "|,;~~~|Grants permission to create a new bot alias in a bot",
  CreateBotChannel: "|,;~|Grants permission to create a bot channel in an existing bot",
  CreateBotLocale: "|,;~~~,~lex-models~;~~|Grants permission to create a new bot locale in an existing bot",
  CreateBotReplica: "|,;~~~|Grants permission to create bot replica for a bot",
  CreateBotVersion: "|,;~~lex-models~;~~|Creates a new version based on the $LATEST version of the specified bot",
  CreateCustomVocabulary:
    "|,;~~lex-models~;~~|Grants permission to create a new custom vocabulary in an existing bot locale",
  CreateExport: "|,;~~~|Grants permission to create an export for an existing resource",
  CreateIntent: "|,;~~~,~~,~lex-models~;~~|Grants permission to create a new intent in an existing bot locale",
  CreateIntentVersion: "|,;~|Creates a new version based on the $LATEST version of the specified intent",
  CreateResourcePolicy: "|,;~~~,~~|Grants permission to create a new resource policy for a Lex resource",
  CreateResourcePolicyStatement: "|,;~|Grants permission to create a new resource policy statement for a Lex resource",
  CreateSlot: "|,;~~~,~~,~lex-models~;~~|Grants permission to create a new slot in an intent",
  CreateSlotType: "|,;~~~,~~,~lex-models~;~~|Grants permission to create a new slot type in an existing bot locale",
  CreateSlotTypeVersion:
    "|,;~~lex-models~|Creates a new version based on the $LATEST version of the specified slot type",
  CreateTestSet: "|,;~~lex-models~;~~|Grants permission to import a new test-set",
  CreateTestSetDiscrepancyReport: "|,;~~~|Grants permission to create a test set discrepancy report",
  CreateUploadUrl: "|,;~~~|Grants permission to create an upload url for import file",
  DeleteBot: "|,;~~lex-models~;~~|Deletes all versions of a bot",
  DeleteBotAlias: "|,;~~lex-models~;~~,~lex-models~;~~|Deletes an alias for a specific bot",
  DeleteBotAnalyzerRecommendation: "|,;~~~|Grants permission to delete a bot analyzer recommendation",
  DeleteBotChannel: "|,;~~lex-models~;~~|Grants permission to delete an existing bot channel",
  DeleteBotChannelAssociation:
    "|,;~~lex-models~|Deletes the association between a Amazon Lex bot alias and a messaging platform",
  DeleteBotLocale: "|,;~~lex-models~;~~,~~,~lex-models~;~~|Grants permission to delete an existing bot locale in a bot",
  DeleteBotReplica: "|,;~~~|Grants permission to delete an existing bot replica",
  DeleteBotVersion: "|,;~~lex-models~;~~,~lex-models~;~~|Deletes a specific version of a bot",
  DeleteCustomVocabulary:
    "|,;~~lex-models~;~~,~~,~~,~lex-models~;~~|Grants permission to delete an existing custom vocabulary in a bot locale",
  DeleteExport: "|,;~~~|Grants permission to delete an existing export",
  DeleteImport: "|,;~~~|Grants permission to delete an existing import",
  DeleteIntent: "|,;~~lex-models~;~~,~~,~lex-models~;~~,~~,~lex-models~;~~|Deletes all versions of an intent",
  DeleteIntentVersion: "|,;~~lex-models~|Deletes a specific version of an intent",
  DeleteResourcePolicy:
    "|,;~~lex-models~;~~,~lex-models~;~~,~~,~~|Grants permission to delete an existing resource policy for a Lex resource",
  DeleteResourcePolicyStatement:
    "|,;~|Grants permission to delete an existing resource policy statement for a Lex resource",
  DeleteSession:
    "|,;~~lex-runtime~;~lexv2-runtime~|Removes session information for a specified bot, alias, and user ID",
  DeleteSlot: "|,;~~lex-models~;~~,~~,~~,~~,~lex-models~;~~|Grants permission to delete an existing slot in an intent",
  DeleteSlotType: "|,;~~lex-models~;~~,~~,~lex-models~;~~,~~,~lex-models~;~~|Deletes all versions of a slot type",
  DeleteSlotTypeVersion: "|,;~~lex-models~|Deletes a specific version of a slot type",
  DeleteTestSet: "|,;~~~|Grants permission to delete an existing test set",
  DeleteUtterances:
    "|,;~~lex-models~;~~|Deletes the information Amazon Lex maintains for utterances on a specific bot and userId",
  DescribeBot: "|,;~~~,~~|Grants permission to retrieve an existing bot",
  DescribeBotAlias: "|,;~~~,~~,~~,~~,~~|Grants permission to retrieve an existing bot alias",
  DescribeBotAnalyzerRecommendation: "|,;~~~|Grants permission to describe a bot analyzer recommendation",
  DescribeBotChannel: "|,;~|Grants permission to retrieve an existing bot channel",
  DescribeBotLocale: "|,;~~~,~~|Grants permission to retrieve an existing bot locale",
  DescribeBotRecommendation: "|,;~~~|Grants permission to retrieve metadata information about a bot recommendation",
  DescribeBotReplica: "|,;~~~|Grants permission to retrieve an existing bot replica",
  DescribeBotResourceGeneration:
    "|,;~~~|Grants permission to retrieve metadata information for a bot resource generation",
  DescribeBotVersion: "|,;~~~,~~,~~,~~|Grants permission to retrieve an existing bot version",
  DescribeCustomVocabulary: "|,;~~~|Grants permission to retrieve an existing custom vocabulary",
  DescribeCustomVocabularyMetadata: "|,;~~~|Grants permission to retrieve metadata of an existing custom vocabulary",
  DescribeExport: "|,;~~~|Grants permission to retrieve an existing export",
  DescribeImport: "|,;~~~|Grants permission to retrieve an existing import",
  DescribeIntent: "|,;~~~,~~|Grants permission to retrieve an existing intent",
  DescribeResourcePolicy: "|,;~~~|Grants permission to retrieve an existing resource policy for a Lex resource",
  DescribeSlot: "|,;~~~,~~|Grants permission to retrieve an existing slot",
  DescribeSlotType: "|,;~~~,~~|Grants permission to retrieve an existing slot type",
  DescribeTestExecution: "|,;~~~|Grants permission to retrieve test execution metadata",
  DescribeTestSet: "|,;~~~,~~|Grants permission to retrieve an existing test set",
  DescribeTestSetDiscrepancyReport: "|,;~~~|Grants permission to retrieve test set discrepancy report metadata",
  DescribeTestSetGeneration: "|,;~~~|Grants permission to retrieve test set generation metadata",
  GenerateBotElement: "|,;~~~|Grants permission to generate supported fields or elements for a bot",
  GetBot:
    "|,;~~lex-models~|Returns information for a specific bot. In addition to the bot name, the bot version or alias is required",
  GetBotAlias: "|,;~~lex-models~|Returns information about a Amazon Lex bot alias",
  GetBotAliases: "|,;~~lex-models~|Returns a list of aliases for a given Amazon Lex bot",
  GetBotChannelAssociation:
    "|,;~~lex-models~|Returns information about the association between a Amazon Lex bot and a messaging platform",
  GetBotChannelAssociations: "|,;~~lex-models~|Returns a list of all of the channels associated with a single bot",
  GetBotVersions: "|,;~~lex-models~|Returns information for all versions of a specific bot",
  GetBots:
    "|,;~~lex-models~|Returns information for the $LATEST version of all bots, subject to filters provided by the client",
  GetBuiltinIntent: "|,;~~lex-models~|Returns information about a built-in intent",
  GetBuiltinIntents: "|,;~~lex-models~|Gets a list of built-in intents that meet the specified criteria",
  GetBuiltinSlotTypes: "|,;~~lex-models~|Gets a list of built-in slot types that meet the specified criteria",
  GetExport: "|,;~~lex-models~|Exports Amazon Lex Resource in a requested format",
  GetImport: "|,;~~lex-models~|Gets information about an import job started with StartImport",
  GetIntent:
    "|,;~~lex-models~|Returns information for a specific intent. In addition to the intent name, you must also specify the intent version",
  GetIntentVersions: "|,;~~lex-models~|Returns information for all versions of a specific intent",
  GetIntents:
    "|,;~~lex-models~|Returns information for the $LATEST version of all intents, subject to filters provided by the client",
  GetMigration: "|,;~~lex-models~|Grants permission to view an ongoing or completed migration",
  GetMigrations: "|,;~~lex-models~|Grants permission to view list of migrations from Amazon Lex v1 to Amazon Lex v2",
  GetSession: "|,;~~lex-runtime~;~lexv2-runtime~|Returns session information for a specified bot, alias, and user ID",
  GetSlotType:
    "|,;~~lex-models~|Returns information about a specific version of a slot type. In addition to specifying the slot type name, you must also specify the slot type version",
  GetSlotTypeVersions: "|,;~~lex-models~|Returns information for all versions of a specific slot type",
  GetSlotTypes:
    "|,;~~lex-models~|Returns information for the $LATEST version of all slot types, subject to filters provided by the client",
  GetTestExecutionArtifactsUrl: "|,;~~~|Grants permission to retrieve artifacts URL for a test execution",
  GetUtterancesView:
    "|,;~~lex-models~|Returns a view of aggregate utterance data for versions of a bot for a recent time period",
  ListAggregatedUtterances: "|,;~~~,~~,~~|Grants permission to list utterances and statistics for a bot",
  ListBotAliasReplicas: "|,;~~~|Grants permission to list alias replicas in a bot replica",
  ListBotAliases: "|,;~~~|Grants permission to list bot aliases in an bot",
  ListBotAnalyzerRecommendations: "|,;~|Grants permission to list bot analyzer recommendations",
  ListBotChannels: "|,;~|Grants permission to list bot channels",
  ListBotLocales: "|,;~~~,~~|Grants permission to list bot locales in a bot",
  ListBotRecommendations:
    "|,;~~~|Grants permission to get a list of bot recommendations that meet the specified criteria",
  ListBotReplicas: "|,;~~~|Grants permission to list replicas of a bot",
  ListBotResourceGenerations: "|,;~~~|Grants permission to list the resource generations for a bot",
  ListBotVersionReplicas: "|,;~~~|Grants permission to list version replicas in a bot replica",
  ListBotVersions: "|,;~~~|Grants permission to list existing bot versions",
  ListBots: "|,;~~~|Grants permission to list existing bots",
  ListBuiltInIntents: "|,;~~~|Grants permission to list built-in intents",
  ListBuiltInSlotTypes: "|,;~~~|Grants permission to list built-in slot types",
  ListCustomVocabularyItems: "|,;~~~|Grants permission to list items of an existing custom vocabulary",
  ListExports: "|,;~~~|Grants permission to list existing exports",
  ListImports: "|,;~~~|Grants permission to list existing imports",
  ListIntentMetrics: "|,;~~~|Grants permission to list intent analytics metrics for a bot",
  ListIntentPaths: "|,;~~~|Grants permission to list intent path analytics for a bot",
  ListIntentStageMetrics: "|,;~~~|Grants permission to list intentStage analytics metrics for a bot",
  ListIntents: "|,;~~~,~~|Grants permission to list intents in a bot",
  ListRecommendedIntents:
    "|,;~~~|Grants permission to get a list of recommended intents provided by the bot recommendation",
  ListSessionAnalyticsData: "|,;~~~|Grants permission to list session analytics data for a bot",
  ListSessionMetrics: "|,;~~~|Grants permission to list session analytics metrics for a bot",
  ListSlotTypes: "|,;~~~,~~|Grants permission to list slot types in a bot",
  ListSlots: "|,;~~~,~~|Grants permission to list slots in an intent",
  ListTagsForResource: "|,;~~lex-models~;~~|Lists tags for a Lex resource",
  ListTestExecutionResultItems: "|,;~~~|Grants permission to retrieve test results data for a test execution",
  ListTestExecutions: "|,;~~~|Grants permission to list test executions",
  ListTestSetRecords: "|,;~~~,~~|Grants permission to retrieve records inside an existing test set",
  ListTestSets: "|,;~~~|Grants permission to list test sets",
  PostContent: "|,;~~lex-runtime~|Sends user input (text or speech) to Amazon Lex",
  PostText: "|,;~~lex-runtime~|Sends user input (text-only) to Amazon Lex",
  PutBot: "|,;~~lex-models~|Creates or updates the $LATEST version of a Amazon Lex conversational bot",
  PutBotAlias: "|,;~~lex-models~|Creates or updates an alias for the specific bot",
  PutIntent: "|,;~~lex-models~|Creates or updates the $LATEST version of an intent",
  PutSession:
    "|,;~~lex-runtime~;~lexv2-runtime~|Creates a new session or modifies an existing session with an Amazon Lex bot",
  PutSlotType: "|,;~~lex-models~|Creates or updates the $LATEST version of a slot type",
  RecognizeText: "|,;~~lexv2-runtime~|Grants permission to send user input (text-only) to an bot alias",
  RecognizeUtterance: "|,;~~lexv2-runtime~|Grants permission to send user input (text or speech) to an bot alias",
  SearchAssociatedTranscripts:
    "|,;~~~|Grants permission to search for associated transcripts that meet the specified criteria",
  StartBotAnalyzer: "|,;~~~|Grants permission to start a bot analyzer for an existing bot locale",
  StartBotRecommendation: "|,;~~~|Grants permission to start a bot recommendation for an existing bot locale",
  StartBotResourceGeneration: "|,;~~~|Grants permission to start a resource generation for an existing bot locale",
  StartConversation: "|,;~~lexv2-runtime~|Grants permission to stream user input (speech/text/DTMF) to a bot alias",
  StartImport: "|,;~~lex-models~;~~|Starts a job to import a resource to Amazon Lex",
  StartMigration: "|,;~|Grants permission to migrate a bot from Amazon Lex v1 to Amazon Lex v2",
  StartTestExecution: "|,;~~~|Grants permission to start a test execution using a test set",
  StartTestSetGeneration: "|,;~~~|Grants permission to generate a test set",
  StopBotAnalyzer: "|,;~~~|Grants permission to stop a bot analyzer for an existing bot locale",
  StopBotRecommendation: "|,;~~~|Grants permission to stop a bot recommendation for an existing bot locale",
  TagResource:
    "|,;~~~,~~,~lex-models~,~lex-models~,~lex-models~;~~,~~,~lex-models~;~~|Adds or overwrites tags to a Lex resource",
  UntagResource: "|,;~~lex-models~;~~|Removes tags from a Lex resource",
  UpdateBot: "|,;~~lex-models~;~~,~~|Grants permission to update an existing bot",
  UpdateBotAlias: "|,;~~~|Grants permission to update an existing bot alias",
  UpdateBotLocale: "|,;~~lex-models~;~~,~~|Grants permission to update an existing bot locale",
  UpdateBotRecommendation: "|,;~~~|Grants permission to update an existing bot recommendation request",
  UpdateCustomVocabulary: "|,;~~lex-models~;~~|Grants permission to update an existing custom vocabulary",
  UpdateExport: "|,;~~~|Grants permission to update an existing export",
  UpdateIntent: "|,;~~lex-models~;~~,~~|Grants permission to update an existing intent",
  UpdateResourcePolicy: "|,;~~~,~~,~~|Grants permission to update an existing resource policy for a Lex resource",
  UpdateSlot: "|,;~~lex-models~;~~,~~|Grants permission to update an existing slot",
  UpdateSlotType: "|,;~~lex-models~;~~,~~|Grants permission to update an existing slot type",
  UpdateTestSet: "|,;~~lex-models~;~~,~~|Grants permission to update an existing test set",
};
const resourceTypeFacts = {
  /** The bot resource type: arn:${Partition}:lex:${Region}:${Account}:bot/${BotId} or arn:${Partition}:lex:${Region}:${Account}:bot:${BotName} */
  bot: "|,botByBotId,botByBotName|1",
  /** The bot alias resource type: arn:${Partition}:lex:${Region}:${Account}:bot-alias/${BotId}/${BotAliasId} or arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}:${BotAlias} */
  "bot alias": "|,botAliasByBotId,botAliasByBotName|1",
  /** The bot version resource type: arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}:${BotVersion} */
  "bot version": "|,botVersion|1",
  /** The channel resource type: arn:${Partition}:lex:${Region}:${Account}:bot-channel:${BotName}:${BotAlias}:${ChannelName} */
  channel: "|,|1",
  /** The intent version resource type: arn:${Partition}:lex:${Region}:${Account}:intent:${IntentName}:${IntentVersion} */
  "intent version": "|,intentVersion|",
  /** The slottype version resource type: arn:${Partition}:lex:${Region}:${Account}:slottype:${SlotName}:${SlotVersion} */
  "slottype version": "|,slottypeVersion|",
  /** The test set resource type: arn:${Partition}:lex:${Region}:${Account}:test-set/${TestSetId} */
  "test set": "|,testSet|1",
} as const;
const arnFormats = {
  /** ARN of a bot alias resource: arn:${Partition}:lex:${Region}:${Account}:bot-alias/${BotId}/${BotAliasId}. (One of the 2 ARN formats of this resource type.) */
  botAliasByBotId: "|,bot alias|arn:|Partition|:lex:|Region|:|Account|:bot-alias/|BotId|/|BotAliasId|",
  /** ARN of a bot alias resource: arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}:${BotAlias}. (One of the 2 ARN formats of this resource type.) */
  botAliasByBotName: "|,bot alias|arn:|Partition|:lex:|Region|:|Account|:bot:|BotName|:|BotAlias|",
  /** ARN of a bot resource: arn:${Partition}:lex:${Region}:${Account}:bot/${BotId}. (One of the 2 ARN formats of this resource type.) */
  botByBotId: "|,bot|arn:|Partition|:lex:|Region|:|Account|:bot/|BotId|",
  /** ARN of a bot resource: arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}. (One of the 2 ARN formats of this resource type.) */
  botByBotName: "|,bot|arn:|Partition|:lex:|Region|:|Account|:bot:|BotName|",
  /** ARN of a bot version resource: arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}:${BotVersion}. */
  botVersion: "|,bot version|arn:|Partition|:lex:|Region|:|Account|:bot:|BotName|:|BotVersion|",
  /** ARN of a channel resource: arn:${Partition}:lex:${Region}:${Account}:bot-channel:${BotName}:${BotAlias}:${ChannelName}. */
  channel: "|,channel|arn:|Partition|:lex:|Region|:|Account|:bot-channel:|BotName|:|BotAlias|:|ChannelName|",
  /** ARN of a intent version resource: arn:${Partition}:lex:${Region}:${Account}:intent:${IntentName}:${IntentVersion}. */
  intentVersion: "|,intent version|arn:|Partition|:lex:|Region|:|Account|:intent:|IntentName|:|IntentVersion|",
  /** ARN of a slottype version resource: arn:${Partition}:lex:${Region}:${Account}:slottype:${SlotName}:${SlotVersion}. */
  slottypeVersion: "|,slottype version|arn:|Partition|:lex:|Region|:|Account|:slottype:|SlotName|:|SlotVersion|",
  /** ARN of a test set resource: arn:${Partition}:lex:${Region}:${Account}:test-set/${TestSetId}. */
  testSet: "|,test set|arn:|Partition|:lex:|Region|:|Account|:test-set/|TestSetId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "bot",
  "bot alias",
  "bot version",
  "channel",
  "intent version",
  "slottype version",
  "test set",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "lex">;
/** Any lex action. */
export type Action = ActionOf<typeof actionFacts, "lex">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "lex">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "lexv2-models" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every lex action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access based on the tags in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags attached to a Lex resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access based on the set of tag keys in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Enables you to control access based on the intents included in the request. */
  "lex:associatedIntents": "ArrayOfString";
  /** Enables you to control access based on the slot types included in the request. */
  "lex:associatedSlotTypes": "ArrayOfString";
  /** Enables you to control access based on the channel type included in the request. */
  "lex:channelType": "String";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access based on the tags in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags attached to a Lex resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access based on the set of tag keys in the request",
  "lex:associatedIntents":
    "|,ArrayOfString|0||Enables you to control access based on the intents included in the request",
  "lex:associatedSlotTypes":
    "|,ArrayOfString|0||Enables you to control access based on the slot types included in the request",
  "lex:channelType": "|,String|0||Enables you to control access based on the channel type included in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "lex",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
