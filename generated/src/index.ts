/*! generated from snapshots/ — do not edit */

export type {
  AccessLevel,
  ConditionBlock,
  ConditionKeyInfo,
  ConditionKeyType,
  ConditionOperator,
  Partition,
  PolicyStatement,
  ReferencePage,
  SdkMethod,
} from "./_types.js";

export * as a2c from "./a2c.js";
export * as a4b from "./a4b.js";
export * as accessAnalyzer from "./access-analyzer.js";
export * as account from "./account.js";
export * as acm from "./acm.js";
export * as acmPca from "./acm-pca.js";
export * as acoAutomation from "./aco-automation.js";
export * as actionRecommendations from "./action-recommendations.js";
export * as activate from "./activate.js";
export * as agentaccessMcp from "./agentaccess-mcp.js";
export * as aidevops from "./aidevops.js";
export * as aiops from "./aiops.js";
export * as airflow from "./airflow.js";
export * as airflowServerless from "./airflow-serverless.js";
export * as amplify from "./amplify.js";
export * as amplifybackend from "./amplifybackend.js";
export * as amplifyuibuilder from "./amplifyuibuilder.js";
export * as aoss from "./aoss.js";
export * as apigateway from "./apigateway.js";
export * as appIntegrations from "./app-integrations.js";
export * as appconfig from "./appconfig.js";
export * as appfabric from "./appfabric.js";
export * as appflow from "./appflow.js";
export * as applicationAutoscaling from "./application-autoscaling.js";
export * as applicationCostProfiler from "./application-cost-profiler.js";
export * as applicationSignals from "./application-signals.js";
export * as applicationSignalsMcp from "./application-signals-mcp.js";
export * as applicationTransformation from "./application-transformation.js";
export * as applicationinsights from "./applicationinsights.js";
export * as appmesh from "./appmesh.js";
export * as appmeshPreview from "./appmesh-preview.js";
export * as apprunner from "./apprunner.js";
export * as appstream from "./appstream.js";
export * as appstudio from "./appstudio.js";
export * as appsync from "./appsync.js";
export * as apptest from "./apptest.js";
export * as aps from "./aps.js";
export * as arcRegionSwitch from "./arc-region-switch.js";
export * as arcZonalShift from "./arc-zonal-shift.js";
export * as arsenal from "./arsenal.js";
export * as artifact from "./artifact.js";
export * as athena from "./athena.js";
export * as auditmanager from "./auditmanager.js";
export * as autoscaling from "./autoscaling.js";
export * as autoscalingPlans from "./autoscaling-plans.js";
export * as awsExternalAnthropic from "./aws-external-anthropic.js";
export * as awsMarketplace from "./aws-marketplace.js";
export * as awsMarketplaceManagement from "./aws-marketplace-management.js";
export * as awsMcp from "./aws-mcp.js";
export * as awsPortal from "./aws-portal.js";
export * as awsbillingconsoleDeprecated from "./awsbillingconsole-deprecated.js";
export * as awsconnector from "./awsconnector.js";
export * as b2bi from "./b2bi.js";
export * as backup from "./backup.js";
export * as backupGateway from "./backup-gateway.js";
export * as backupSearch from "./backup-search.js";
export * as backupStorage from "./backup-storage.js";
export * as batch from "./batch.js";
export * as bcmDashboards from "./bcm-dashboards.js";
export * as bcmDataExports from "./bcm-data-exports.js";
export * as bcmPricingCalculator from "./bcm-pricing-calculator.js";
export * as bcmRecommendedActions from "./bcm-recommended-actions.js";
export * as bedrock from "./bedrock.js";
export * as bedrockAgentcore from "./bedrock-agentcore.js";
export * as bedrockMantle from "./bedrock-mantle.js";
export * as billing from "./billing.js";
export * as billingconductor from "./billingconductor.js";
export * as braket from "./braket.js";
export * as budgets from "./budgets.js";
export * as bugbust from "./bugbust.js";
export * as cases from "./cases.js";
export * as cassandra from "./cassandra.js";
export * as ce from "./ce.js";
export * as chatbot from "./chatbot.js";
export * as chime from "./chime.js";
export * as cleanrooms from "./cleanrooms.js";
export * as cleanroomsMl from "./cleanrooms-ml.js";
export * as cloud9 from "./cloud9.js";
export * as clouddirectory from "./clouddirectory.js";
export * as cloudformation from "./cloudformation.js";
export * as cloudfront from "./cloudfront.js";
export * as cloudfrontKeyvaluestore from "./cloudfront-keyvaluestore.js";
export * as cloudhsm from "./cloudhsm.js";
export * as cloudsearch from "./cloudsearch.js";
export * as cloudshell from "./cloudshell.js";
export * as cloudtrail from "./cloudtrail.js";
export * as cloudtrailData from "./cloudtrail-data.js";
export * as cloudwatch from "./cloudwatch.js";
export * as codeartifact from "./codeartifact.js";
export * as codebuild from "./codebuild.js";
export * as codecatalyst from "./codecatalyst.js";
export * as codecommit from "./codecommit.js";
export * as codeconnections from "./codeconnections.js";
export * as codedeploy from "./codedeploy.js";
export * as codedeployCommandsSecure from "./codedeploy-commands-secure.js";
export * as codeguru from "./codeguru.js";
export * as codeguruProfiler from "./codeguru-profiler.js";
export * as codeguruReviewer from "./codeguru-reviewer.js";
export * as codeguruSecurity from "./codeguru-security.js";
export * as codepipeline from "./codepipeline.js";
export * as codestar from "./codestar.js";
export * as codestarConnections from "./codestar-connections.js";
export * as codestarNotifications from "./codestar-notifications.js";
export * as codewhisperer from "./codewhisperer.js";
export * as cognitoIdentity from "./cognito-identity.js";
export * as cognitoIdp from "./cognito-idp.js";
export * as cognitoSync from "./cognito-sync.js";
export * as comprehend from "./comprehend.js";
export * as comprehendmedical from "./comprehendmedical.js";
export * as computeOptimizer from "./compute-optimizer.js";
export * as config from "./config.js";
export * as connect from "./connect.js";
export * as connectCampaigns from "./connect-campaigns.js";
export * as consoleapp from "./consoleapp.js";
export * as consolidatedbilling from "./consolidatedbilling.js";
export * as controlcatalog from "./controlcatalog.js";
export * as controltower from "./controltower.js";
export * as costOptimizationHub from "./cost-optimization-hub.js";
export * as cur from "./cur.js";
export * as customerVerification from "./customer-verification.js";
export * as databrew from "./databrew.js";
export * as dataexchange from "./dataexchange.js";
export * as datapipeline from "./datapipeline.js";
export * as datasync from "./datasync.js";
export * as datazone from "./datazone.js";
export * as dax from "./dax.js";
export * as dbqms from "./dbqms.js";
export * as deadline from "./deadline.js";
export * as deepcomposer from "./deepcomposer.js";
export * as deeplens from "./deeplens.js";
export * as deepracer from "./deepracer.js";
export * as detective from "./detective.js";
export * as devicefarm from "./devicefarm.js";
export * as devopsGuru from "./devops-guru.js";
export * as diode from "./diode.js";
export * as diodeMessaging from "./diode-messaging.js";
export * as directconnect from "./directconnect.js";
export * as discovery from "./discovery.js";
export * as dlm from "./dlm.js";
export * as dms from "./dms.js";
export * as docdbElastic from "./docdb-elastic.js";
export * as drs from "./drs.js";
export * as ds from "./ds.js";
export * as dsData from "./ds-data.js";
export * as dsql from "./dsql.js";
export * as dynamodb from "./dynamodb.js";
export * as ebs from "./ebs.js";
export * as ec2 from "./ec2.js";
export * as ec2InstanceConnect from "./ec2-instance-connect.js";
export * as ec2messages from "./ec2messages.js";
export * as ecr from "./ecr.js";
export * as ecrPublic from "./ecr-public.js";
export * as ecs from "./ecs.js";
export * as ecsMcp from "./ecs-mcp.js";
export * as eks from "./eks.js";
export * as eksAuth from "./eks-auth.js";
export * as eksMcp from "./eks-mcp.js";
export * as elasticache from "./elasticache.js";
export * as elasticbeanstalk from "./elasticbeanstalk.js";
export * as elasticfilesystem from "./elasticfilesystem.js";
export * as elasticloadbalancing from "./elasticloadbalancing.js";
export * as elasticmapreduce from "./elasticmapreduce.js";
export * as elastictranscoder from "./elastictranscoder.js";
export * as elementalActivations from "./elemental-activations.js";
export * as elementalAppliancesSoftware from "./elemental-appliances-software.js";
export * as elementalInference from "./elemental-inference.js";
export * as elementalSupportCases from "./elemental-support-cases.js";
export * as elementalSupportContent from "./elemental-support-content.js";
export * as emrContainers from "./emr-containers.js";
export * as emrServerless from "./emr-serverless.js";
export * as entityresolution from "./entityresolution.js";
export * as es from "./es.js";
export * as events from "./events.js";
export * as evidently from "./evidently.js";
export * as evs from "./evs.js";
export * as executeApi from "./execute-api.js";
export * as finspace from "./finspace.js";
export * as finspaceApi from "./finspace-api.js";
export * as firehose from "./firehose.js";
export * as fis from "./fis.js";
export * as fms from "./fms.js";
export * as forecast from "./forecast.js";
export * as frauddetector from "./frauddetector.js";
export * as freertos from "./freertos.js";
export * as freetier from "./freetier.js";
export * as fsx from "./fsx.js";
export * as gamelift from "./gamelift.js";
export * as gameliftstreams from "./gameliftstreams.js";
export * as geo from "./geo.js";
export * as geoMaps from "./geo-maps.js";
export * as geoPlaces from "./geo-places.js";
export * as geoRoutes from "./geo-routes.js";
export * as glacier from "./glacier.js";
export * as globalaccelerator from "./globalaccelerator.js";
export * as glue from "./glue.js";
export * as grafana from "./grafana.js";
export * as greengrass from "./greengrass.js";
export * as groundstation from "./groundstation.js";
export * as groundtruthlabeling from "./groundtruthlabeling.js";
export * as guardduty from "./guardduty.js";
export * as health from "./health.js";
export * as healthAgent from "./health-agent.js";
export * as healthlake from "./healthlake.js";
export * as honeycode from "./honeycode.js";
export * as iam from "./iam.js";
export * as identitySync from "./identity-sync.js";
export * as identitystore from "./identitystore.js";
export * as identitystoreAuth from "./identitystore-auth.js";
export * as imagebuilder from "./imagebuilder.js";
export * as importexport from "./importexport.js";
export * as inspector from "./inspector.js";
export * as inspectorScan from "./inspector-scan.js";
export * as inspector2 from "./inspector2.js";
export * as inspector2Telemetry from "./inspector2-telemetry.js";
export * as interconnect from "./interconnect.js";
export * as internetmonitor from "./internetmonitor.js";
export * as invoicing from "./invoicing.js";
export * as iot from "./iot.js";
export * as iotDeviceTester from "./iot-device-tester.js";
export * as iot1click from "./iot1click.js";
export * as iotanalytics from "./iotanalytics.js";
export * as iotdeviceadvisor from "./iotdeviceadvisor.js";
export * as iotevents from "./iotevents.js";
export * as iotfleethub from "./iotfleethub.js";
export * as iotfleetwise from "./iotfleetwise.js";
export * as iotjobsdata from "./iotjobsdata.js";
export * as iotmanagedintegrations from "./iotmanagedintegrations.js";
export * as iotsitewise from "./iotsitewise.js";
export * as iottwinmaker from "./iottwinmaker.js";
export * as iotwireless from "./iotwireless.js";
export * as iq from "./iq.js";
export * as iqPermission from "./iq-permission.js";
export * as ivs from "./ivs.js";
export * as ivschat from "./ivschat.js";
export * as kafka from "./kafka.js";
export * as kafkaCluster from "./kafka-cluster.js";
export * as kafkaconnect from "./kafkaconnect.js";
export * as kendra from "./kendra.js";
export * as kendraRanking from "./kendra-ranking.js";
export * as kinesis from "./kinesis.js";
export * as kinesisanalytics from "./kinesisanalytics.js";
export * as kinesisvideo from "./kinesisvideo.js";
export * as kms from "./kms.js";
export * as lakeformation from "./lakeformation.js";
export * as lambda from "./lambda.js";
export * as launchwizard from "./launchwizard.js";
export * as lex from "./lex.js";
export * as licenseManager from "./license-manager.js";
export * as licenseManagerLinuxSubscriptions from "./license-manager-linux-subscriptions.js";
export * as licenseManagerUserSubscriptions from "./license-manager-user-subscriptions.js";
export * as lightsail from "./lightsail.js";
export * as logs from "./logs.js";
export * as lookoutequipment from "./lookoutequipment.js";
export * as lookoutmetrics from "./lookoutmetrics.js";
export * as lookoutvision from "./lookoutvision.js";
export * as m2 from "./m2.js";
export * as machinelearning from "./machinelearning.js";
export * as macie2 from "./macie2.js";
export * as managedblockchain from "./managedblockchain.js";
export * as managedblockchainQuery from "./managedblockchain-query.js";
export * as mapcredits from "./mapcredits.js";
export * as marketplacecommerceanalytics from "./marketplacecommerceanalytics.js";
export * as mechanicalturk from "./mechanicalturk.js";
export * as mediaconnect from "./mediaconnect.js";
export * as mediaconvert from "./mediaconvert.js";
export * as mediaimport from "./mediaimport.js";
export * as medialive from "./medialive.js";
export * as mediapackage from "./mediapackage.js";
export * as mediapackageVod from "./mediapackage-vod.js";
export * as mediapackagev2 from "./mediapackagev2.js";
export * as mediastore from "./mediastore.js";
export * as mediatailor from "./mediatailor.js";
export * as medicalImaging from "./medical-imaging.js";
export * as memorydb from "./memorydb.js";
export * as mgh from "./mgh.js";
export * as mgn from "./mgn.js";
export * as migrationhubOrchestrator from "./migrationhub-orchestrator.js";
export * as migrationhubStrategy from "./migrationhub-strategy.js";
export * as mobileanalytics from "./mobileanalytics.js";
export * as mobiletargeting from "./mobiletargeting.js";
export * as monitron from "./monitron.js";
export * as mpa from "./mpa.js";
export * as mq from "./mq.js";
export * as neptuneDb from "./neptune-db.js";
export * as neptuneGraph from "./neptune-graph.js";
export * as networkFirewall from "./network-firewall.js";
export * as networkSecurityDirector from "./network-security-director.js";
export * as networkflowmonitor from "./networkflowmonitor.js";
export * as networkmanager from "./networkmanager.js";
export * as networkmanagerChat from "./networkmanager-chat.js";
export * as networkmonitor from "./networkmonitor.js";
export * as nimble from "./nimble.js";
export * as notifications from "./notifications.js";
export * as notificationsContacts from "./notifications-contacts.js";
export * as novaAct from "./nova-act.js";
export * as oam from "./oam.js";
export * as observabilityadmin from "./observabilityadmin.js";
export * as odb from "./odb.js";
export * as omics from "./omics.js";
export * as one from "./one.js";
export * as opensearch from "./opensearch.js";
export * as opsworks from "./opsworks.js";
export * as opsworksCm from "./opsworks-cm.js";
export * as organizations from "./organizations.js";
export * as osis from "./osis.js";
export * as outposts from "./outposts.js";
export * as panorama from "./panorama.js";
export * as partnercentral from "./partnercentral.js";
export * as partnercentralAccountManagement from "./partnercentral-account-management.js";
export * as paymentCryptography from "./payment-cryptography.js";
export * as payments from "./payments.js";
export * as pcaConnectorAd from "./pca-connector-ad.js";
export * as pcaConnectorScep from "./pca-connector-scep.js";
export * as pcs from "./pcs.js";
export * as personalize from "./personalize.js";
export * as pi from "./pi.js";
export * as pipes from "./pipes.js";
export * as polly from "./polly.js";
export * as pricing from "./pricing.js";
export * as pricingplanmanager from "./pricingplanmanager.js";
export * as privateNetworks from "./private-networks.js";
export * as profile from "./profile.js";
export * as proton from "./proton.js";
export * as purchaseOrders from "./purchase-orders.js";
export * as q from "./q.js";
export * as qapps from "./qapps.js";
export * as qbusiness from "./qbusiness.js";
export * as qdeveloper from "./qdeveloper.js";
export * as qldb from "./qldb.js";
export * as quicksight from "./quicksight.js";
export * as ram from "./ram.js";
export * as rbin from "./rbin.js";
export * as rds from "./rds.js";
export * as rdsData from "./rds-data.js";
export * as rdsDb from "./rds-db.js";
export * as redshift from "./redshift.js";
export * as redshiftData from "./redshift-data.js";
export * as redshiftServerless from "./redshift-serverless.js";
export * as refactorSpaces from "./refactor-spaces.js";
export * as rekognition from "./rekognition.js";
export * as repostspace from "./repostspace.js";
export * as researchstudio from "./researchstudio.js";
export * as resiliencehub from "./resiliencehub.js";
export * as resourceExplorer from "./resource-explorer.js";
export * as resourceExplorer2 from "./resource-explorer-2.js";
export * as resourceGroups from "./resource-groups.js";
export * as rhelkb from "./rhelkb.js";
export * as robomaker from "./robomaker.js";
export * as rolesanywhere from "./rolesanywhere.js";
export * as route53 from "./route53.js";
export * as route53RecoveryCluster from "./route53-recovery-cluster.js";
export * as route53RecoveryControlConfig from "./route53-recovery-control-config.js";
export * as route53RecoveryReadiness from "./route53-recovery-readiness.js";
export * as route53domains from "./route53domains.js";
export * as route53globalresolver from "./route53globalresolver.js";
export * as route53profiles from "./route53profiles.js";
export * as route53resolver from "./route53resolver.js";
export * as rtbfabric from "./rtbfabric.js";
export * as rum from "./rum.js";
export * as s3 from "./s3.js";
export * as s3ObjectLambda from "./s3-object-lambda.js";
export * as s3Outposts from "./s3-outposts.js";
export * as s3express from "./s3express.js";
export * as s3files from "./s3files.js";
export * as s3tables from "./s3tables.js";
export * as s3vectors from "./s3vectors.js";
export * as sagemaker from "./sagemaker.js";
export * as sagemakerDataScienceAssistant from "./sagemaker-data-science-assistant.js";
export * as sagemakerGeospatial from "./sagemaker-geospatial.js";
export * as sagemakerGroundtruthSynthetic from "./sagemaker-groundtruth-synthetic.js";
export * as sagemakerMlflow from "./sagemaker-mlflow.js";
export * as sagemakerUnifiedStudioMcp from "./sagemaker-unified-studio-mcp.js";
export * as savingsplans from "./savingsplans.js";
export * as scheduler from "./scheduler.js";
export * as schemas from "./schemas.js";
export * as scn from "./scn.js";
export * as sdb from "./sdb.js";
export * as secretsmanager from "./secretsmanager.js";
export * as securityIr from "./security-ir.js";
export * as securityagent from "./securityagent.js";
export * as securityhub from "./securityhub.js";
export * as securitylake from "./securitylake.js";
export * as serverlessrepo from "./serverlessrepo.js";
export * as servicecatalog from "./servicecatalog.js";
export * as servicediscovery from "./servicediscovery.js";
export * as serviceextract from "./serviceextract.js";
export * as servicequotas from "./servicequotas.js";
export * as ses from "./ses.js";
export * as shield from "./shield.js";
export * as signer from "./signer.js";
export * as signin from "./signin.js";
export * as simspaceweaver from "./simspaceweaver.js";
export * as sms from "./sms.js";
export * as smsVoice from "./sms-voice.js";
export * as snowDeviceManagement from "./snow-device-management.js";
export * as snowball from "./snowball.js";
export * as sns from "./sns.js";
export * as socialMessaging from "./social-messaging.js";
export * as sqlworkbench from "./sqlworkbench.js";
export * as sqs from "./sqs.js";
export * as ssm from "./ssm.js";
export * as ssmContacts from "./ssm-contacts.js";
export * as ssmGuiconnect from "./ssm-guiconnect.js";
export * as ssmIncidents from "./ssm-incidents.js";
export * as ssmQuicksetup from "./ssm-quicksetup.js";
export * as ssmSap from "./ssm-sap.js";
export * as ssmmessages from "./ssmmessages.js";
export * as sso from "./sso.js";
export * as ssoDirectory from "./sso-directory.js";
export * as ssoOauth from "./sso-oauth.js";
export * as states from "./states.js";
export * as storagegateway from "./storagegateway.js";
export * as sts from "./sts.js";
export * as support from "./support.js";
export * as supportConsole from "./support-console.js";
export * as supportapp from "./supportapp.js";
export * as supportplans from "./supportplans.js";
export * as supportrecommendations from "./supportrecommendations.js";
export * as sustainability from "./sustainability.js";
export * as swf from "./swf.js";
export * as synthetics from "./synthetics.js";
export * as tag from "./tag.js";
export * as tax from "./tax.js";
export * as textract from "./textract.js";
export * as thinclient from "./thinclient.js";
export * as timestream from "./timestream.js";
export * as timestreamInfluxdb from "./timestream-influxdb.js";
export * as tiros from "./tiros.js";
export * as tnb from "./tnb.js";
export * as transcribe from "./transcribe.js";
export * as transfer from "./transfer.js";
export * as transform from "./transform.js";
export * as transformCustom from "./transform-custom.js";
export * as translate from "./translate.js";
export * as trustedadvisor from "./trustedadvisor.js";
export * as ts from "./ts.js";
export * as userSubscriptions from "./user-subscriptions.js";
export * as uxc from "./uxc.js";
export * as vendorInsights from "./vendor-insights.js";
export * as verifiedAccess from "./verified-access.js";
export * as verifiedpermissions from "./verifiedpermissions.js";
export * as voiceid from "./voiceid.js";
export * as vpcLattice from "./vpc-lattice.js";
export * as vpcLatticeSvcs from "./vpc-lattice-svcs.js";
export * as vpce from "./vpce.js";
export * as waf from "./waf.js";
export * as wafRegional from "./waf-regional.js";
export * as wafv2 from "./wafv2.js";
export * as wam from "./wam.js";
export * as wellarchitected from "./wellarchitected.js";
export * as wickr from "./wickr.js";
export * as wisdom from "./wisdom.js";
export * as workdocs from "./workdocs.js";
export * as worklink from "./worklink.js";
export * as workmail from "./workmail.js";
export * as workmailmessageflow from "./workmailmessageflow.js";
export * as workspaces from "./workspaces.js";
export * as workspacesInstances from "./workspaces-instances.js";
export * as workspacesWeb from "./workspaces-web.js";
export * as xray from "./xray.js";

/** Every service prefix in the catalog. */
export const servicePrefixes = [
  "a2c",
  "a4b",
  "access-analyzer",
  "account",
  "acm",
  "acm-pca",
  "aco-automation",
  "action-recommendations",
  "activate",
  "agentaccess-mcp",
  "aidevops",
  "aiops",
  "airflow",
  "airflow-serverless",
  "amplify",
  "amplifybackend",
  "amplifyuibuilder",
  "aoss",
  "apigateway",
  "app-integrations",
  "appconfig",
  "appfabric",
  "appflow",
  "application-autoscaling",
  "application-cost-profiler",
  "application-signals",
  "application-signals-mcp",
  "application-transformation",
  "applicationinsights",
  "appmesh",
  "appmesh-preview",
  "apprunner",
  "appstream",
  "appstudio",
  "appsync",
  "apptest",
  "aps",
  "arc-region-switch",
  "arc-zonal-shift",
  "arsenal",
  "artifact",
  "athena",
  "auditmanager",
  "autoscaling",
  "autoscaling-plans",
  "aws-external-anthropic",
  "aws-marketplace",
  "aws-marketplace-management",
  "aws-mcp",
  "aws-portal",
  "awsbillingconsole-deprecated",
  "awsconnector",
  "b2bi",
  "backup",
  "backup-gateway",
  "backup-search",
  "backup-storage",
  "batch",
  "bcm-dashboards",
  "bcm-data-exports",
  "bcm-pricing-calculator",
  "bcm-recommended-actions",
  "bedrock",
  "bedrock-agentcore",
  "bedrock-mantle",
  "billing",
  "billingconductor",
  "braket",
  "budgets",
  "bugbust",
  "cases",
  "cassandra",
  "ce",
  "chatbot",
  "chime",
  "cleanrooms",
  "cleanrooms-ml",
  "cloud9",
  "clouddirectory",
  "cloudformation",
  "cloudfront",
  "cloudfront-keyvaluestore",
  "cloudhsm",
  "cloudsearch",
  "cloudshell",
  "cloudtrail",
  "cloudtrail-data",
  "cloudwatch",
  "codeartifact",
  "codebuild",
  "codecatalyst",
  "codecommit",
  "codeconnections",
  "codedeploy",
  "codedeploy-commands-secure",
  "codeguru",
  "codeguru-profiler",
  "codeguru-reviewer",
  "codeguru-security",
  "codepipeline",
  "codestar",
  "codestar-connections",
  "codestar-notifications",
  "codewhisperer",
  "cognito-identity",
  "cognito-idp",
  "cognito-sync",
  "comprehend",
  "comprehendmedical",
  "compute-optimizer",
  "config",
  "connect",
  "connect-campaigns",
  "consoleapp",
  "consolidatedbilling",
  "controlcatalog",
  "controltower",
  "cost-optimization-hub",
  "cur",
  "customer-verification",
  "databrew",
  "dataexchange",
  "datapipeline",
  "datasync",
  "datazone",
  "dax",
  "dbqms",
  "deadline",
  "deepcomposer",
  "deeplens",
  "deepracer",
  "detective",
  "devicefarm",
  "devops-guru",
  "diode",
  "diode-messaging",
  "directconnect",
  "discovery",
  "dlm",
  "dms",
  "docdb-elastic",
  "drs",
  "ds",
  "ds-data",
  "dsql",
  "dynamodb",
  "ebs",
  "ec2",
  "ec2-instance-connect",
  "ec2messages",
  "ecr",
  "ecr-public",
  "ecs",
  "ecs-mcp",
  "eks",
  "eks-auth",
  "eks-mcp",
  "elasticache",
  "elasticbeanstalk",
  "elasticfilesystem",
  "elasticloadbalancing",
  "elasticmapreduce",
  "elastictranscoder",
  "elemental-activations",
  "elemental-appliances-software",
  "elemental-inference",
  "elemental-support-cases",
  "elemental-support-content",
  "emr-containers",
  "emr-serverless",
  "entityresolution",
  "es",
  "events",
  "evidently",
  "evs",
  "execute-api",
  "finspace",
  "finspace-api",
  "firehose",
  "fis",
  "fms",
  "forecast",
  "frauddetector",
  "freertos",
  "freetier",
  "fsx",
  "gamelift",
  "gameliftstreams",
  "geo",
  "geo-maps",
  "geo-places",
  "geo-routes",
  "glacier",
  "globalaccelerator",
  "glue",
  "grafana",
  "greengrass",
  "groundstation",
  "groundtruthlabeling",
  "guardduty",
  "health",
  "health-agent",
  "healthlake",
  "honeycode",
  "iam",
  "identity-sync",
  "identitystore",
  "identitystore-auth",
  "imagebuilder",
  "importexport",
  "inspector",
  "inspector-scan",
  "inspector2",
  "inspector2-telemetry",
  "interconnect",
  "internetmonitor",
  "invoicing",
  "iot",
  "iot-device-tester",
  "iot1click",
  "iotanalytics",
  "iotdeviceadvisor",
  "iotevents",
  "iotfleethub",
  "iotfleetwise",
  "iotjobsdata",
  "iotmanagedintegrations",
  "iotsitewise",
  "iottwinmaker",
  "iotwireless",
  "iq",
  "iq-permission",
  "ivs",
  "ivschat",
  "kafka",
  "kafka-cluster",
  "kafkaconnect",
  "kendra",
  "kendra-ranking",
  "kinesis",
  "kinesisanalytics",
  "kinesisvideo",
  "kms",
  "lakeformation",
  "lambda",
  "launchwizard",
  "lex",
  "license-manager",
  "license-manager-linux-subscriptions",
  "license-manager-user-subscriptions",
  "lightsail",
  "logs",
  "lookoutequipment",
  "lookoutmetrics",
  "lookoutvision",
  "m2",
  "machinelearning",
  "macie2",
  "managedblockchain",
  "managedblockchain-query",
  "mapcredits",
  "marketplacecommerceanalytics",
  "mechanicalturk",
  "mediaconnect",
  "mediaconvert",
  "mediaimport",
  "medialive",
  "mediapackage",
  "mediapackage-vod",
  "mediapackagev2",
  "mediastore",
  "mediatailor",
  "medical-imaging",
  "memorydb",
  "mgh",
  "mgn",
  "migrationhub-orchestrator",
  "migrationhub-strategy",
  "mobileanalytics",
  "mobiletargeting",
  "monitron",
  "mpa",
  "mq",
  "neptune-db",
  "neptune-graph",
  "network-firewall",
  "network-security-director",
  "networkflowmonitor",
  "networkmanager",
  "networkmanager-chat",
  "networkmonitor",
  "nimble",
  "notifications",
  "notifications-contacts",
  "nova-act",
  "oam",
  "observabilityadmin",
  "odb",
  "omics",
  "one",
  "opensearch",
  "opsworks",
  "opsworks-cm",
  "organizations",
  "osis",
  "outposts",
  "panorama",
  "partnercentral",
  "partnercentral-account-management",
  "payment-cryptography",
  "payments",
  "pca-connector-ad",
  "pca-connector-scep",
  "pcs",
  "personalize",
  "pi",
  "pipes",
  "polly",
  "pricing",
  "pricingplanmanager",
  "private-networks",
  "profile",
  "proton",
  "purchase-orders",
  "q",
  "qapps",
  "qbusiness",
  "qdeveloper",
  "qldb",
  "quicksight",
  "ram",
  "rbin",
  "rds",
  "rds-data",
  "rds-db",
  "redshift",
  "redshift-data",
  "redshift-serverless",
  "refactor-spaces",
  "rekognition",
  "repostspace",
  "researchstudio",
  "resiliencehub",
  "resource-explorer",
  "resource-explorer-2",
  "resource-groups",
  "rhelkb",
  "robomaker",
  "rolesanywhere",
  "route53",
  "route53-recovery-cluster",
  "route53-recovery-control-config",
  "route53-recovery-readiness",
  "route53domains",
  "route53globalresolver",
  "route53profiles",
  "route53resolver",
  "rtbfabric",
  "rum",
  "s3",
  "s3-object-lambda",
  "s3-outposts",
  "s3express",
  "s3files",
  "s3tables",
  "s3vectors",
  "sagemaker",
  "sagemaker-data-science-assistant",
  "sagemaker-geospatial",
  "sagemaker-groundtruth-synthetic",
  "sagemaker-mlflow",
  "sagemaker-unified-studio-mcp",
  "savingsplans",
  "scheduler",
  "schemas",
  "scn",
  "sdb",
  "secretsmanager",
  "security-ir",
  "securityagent",
  "securityhub",
  "securitylake",
  "serverlessrepo",
  "servicecatalog",
  "servicediscovery",
  "serviceextract",
  "servicequotas",
  "ses",
  "shield",
  "signer",
  "signin",
  "simspaceweaver",
  "sms",
  "sms-voice",
  "snow-device-management",
  "snowball",
  "sns",
  "social-messaging",
  "sqlworkbench",
  "sqs",
  "ssm",
  "ssm-contacts",
  "ssm-guiconnect",
  "ssm-incidents",
  "ssm-quicksetup",
  "ssm-sap",
  "ssmmessages",
  "sso",
  "sso-directory",
  "sso-oauth",
  "states",
  "storagegateway",
  "sts",
  "support",
  "support-console",
  "supportapp",
  "supportplans",
  "supportrecommendations",
  "sustainability",
  "swf",
  "synthetics",
  "tag",
  "tax",
  "textract",
  "thinclient",
  "timestream",
  "timestream-influxdb",
  "tiros",
  "tnb",
  "transcribe",
  "transfer",
  "transform",
  "transform-custom",
  "translate",
  "trustedadvisor",
  "ts",
  "user-subscriptions",
  "uxc",
  "vendor-insights",
  "verified-access",
  "verifiedpermissions",
  "voiceid",
  "vpc-lattice",
  "vpc-lattice-svcs",
  "vpce",
  "waf",
  "waf-regional",
  "wafv2",
  "wam",
  "wellarchitected",
  "wickr",
  "wisdom",
  "workdocs",
  "worklink",
  "workmail",
  "workmailmessageflow",
  "workspaces",
  "workspaces-instances",
  "workspaces-web",
  "xray",
] as const;

/** A service prefix, e.g. `kms`. */
export type ServicePrefix = (typeof servicePrefixes)[number];

/** An action of any service in the catalog, by its prefix: cheap for the checker (KnownAwsAction is exact). */
export type AwsAction = `${ServicePrefix}:${string}`;

/** Exactly the actions in the catalog: the union of every service's Action type (tens of thousands of literals, so slower to check). */
export type KnownAwsAction =
  | import("./a2c.js").Action
  | import("./a4b.js").Action
  | import("./access-analyzer.js").Action
  | import("./account.js").Action
  | import("./acm.js").Action
  | import("./acm-pca.js").Action
  | import("./aco-automation.js").Action
  | import("./action-recommendations.js").Action
  | import("./activate.js").Action
  | import("./agentaccess-mcp.js").Action
  | import("./aidevops.js").Action
  | import("./aiops.js").Action
  | import("./airflow.js").Action
  | import("./airflow-serverless.js").Action
  | import("./amplify.js").Action
  | import("./amplifybackend.js").Action
  | import("./amplifyuibuilder.js").Action
  | import("./aoss.js").Action
  | import("./apigateway.js").Action
  | import("./app-integrations.js").Action
  | import("./appconfig.js").Action
  | import("./appfabric.js").Action
  | import("./appflow.js").Action
  | import("./application-autoscaling.js").Action
  | import("./application-cost-profiler.js").Action
  | import("./application-signals.js").Action
  | import("./application-signals-mcp.js").Action
  | import("./application-transformation.js").Action
  | import("./applicationinsights.js").Action
  | import("./appmesh.js").Action
  | import("./appmesh-preview.js").Action
  | import("./apprunner.js").Action
  | import("./appstream.js").Action
  | import("./appstudio.js").Action
  | import("./appsync.js").Action
  | import("./apptest.js").Action
  | import("./aps.js").Action
  | import("./arc-region-switch.js").Action
  | import("./arc-zonal-shift.js").Action
  | import("./arsenal.js").Action
  | import("./artifact.js").Action
  | import("./athena.js").Action
  | import("./auditmanager.js").Action
  | import("./autoscaling.js").Action
  | import("./autoscaling-plans.js").Action
  | import("./aws-external-anthropic.js").Action
  | import("./aws-marketplace.js").Action
  | import("./aws-marketplace-management.js").Action
  | import("./aws-mcp.js").Action
  | import("./aws-portal.js").Action
  | import("./awsbillingconsole-deprecated.js").Action
  | import("./awsconnector.js").Action
  | import("./b2bi.js").Action
  | import("./backup.js").Action
  | import("./backup-gateway.js").Action
  | import("./backup-search.js").Action
  | import("./backup-storage.js").Action
  | import("./batch.js").Action
  | import("./bcm-dashboards.js").Action
  | import("./bcm-data-exports.js").Action
  | import("./bcm-pricing-calculator.js").Action
  | import("./bcm-recommended-actions.js").Action
  | import("./bedrock.js").Action
  | import("./bedrock-agentcore.js").Action
  | import("./bedrock-mantle.js").Action
  | import("./billing.js").Action
  | import("./billingconductor.js").Action
  | import("./braket.js").Action
  | import("./budgets.js").Action
  | import("./bugbust.js").Action
  | import("./cases.js").Action
  | import("./cassandra.js").Action
  | import("./ce.js").Action
  | import("./chatbot.js").Action
  | import("./chime.js").Action
  | import("./cleanrooms.js").Action
  | import("./cleanrooms-ml.js").Action
  | import("./cloud9.js").Action
  | import("./clouddirectory.js").Action
  | import("./cloudformation.js").Action
  | import("./cloudfront.js").Action
  | import("./cloudfront-keyvaluestore.js").Action
  | import("./cloudhsm.js").Action
  | import("./cloudsearch.js").Action
  | import("./cloudshell.js").Action
  | import("./cloudtrail.js").Action
  | import("./cloudtrail-data.js").Action
  | import("./cloudwatch.js").Action
  | import("./codeartifact.js").Action
  | import("./codebuild.js").Action
  | import("./codecatalyst.js").Action
  | import("./codecommit.js").Action
  | import("./codeconnections.js").Action
  | import("./codedeploy.js").Action
  | import("./codedeploy-commands-secure.js").Action
  | import("./codeguru.js").Action
  | import("./codeguru-profiler.js").Action
  | import("./codeguru-reviewer.js").Action
  | import("./codeguru-security.js").Action
  | import("./codepipeline.js").Action
  | import("./codestar.js").Action
  | import("./codestar-connections.js").Action
  | import("./codestar-notifications.js").Action
  | import("./codewhisperer.js").Action
  | import("./cognito-identity.js").Action
  | import("./cognito-idp.js").Action
  | import("./cognito-sync.js").Action
  | import("./comprehend.js").Action
  | import("./comprehendmedical.js").Action
  | import("./compute-optimizer.js").Action
  | import("./config.js").Action
  | import("./connect.js").Action
  | import("./connect-campaigns.js").Action
  | import("./consoleapp.js").Action
  | import("./consolidatedbilling.js").Action
  | import("./controlcatalog.js").Action
  | import("./controltower.js").Action
  | import("./cost-optimization-hub.js").Action
  | import("./cur.js").Action
  | import("./customer-verification.js").Action
  | import("./databrew.js").Action
  | import("./dataexchange.js").Action
  | import("./datapipeline.js").Action
  | import("./datasync.js").Action
  | import("./datazone.js").Action
  | import("./dax.js").Action
  | import("./dbqms.js").Action
  | import("./deadline.js").Action
  | import("./deepcomposer.js").Action
  | import("./deeplens.js").Action
  | import("./deepracer.js").Action
  | import("./detective.js").Action
  | import("./devicefarm.js").Action
  | import("./devops-guru.js").Action
  | import("./diode.js").Action
  | import("./diode-messaging.js").Action
  | import("./directconnect.js").Action
  | import("./discovery.js").Action
  | import("./dlm.js").Action
  | import("./dms.js").Action
  | import("./docdb-elastic.js").Action
  | import("./drs.js").Action
  | import("./ds.js").Action
  | import("./ds-data.js").Action
  | import("./dsql.js").Action
  | import("./dynamodb.js").Action
  | import("./ebs.js").Action
  | import("./ec2.js").Action
  | import("./ec2-instance-connect.js").Action
  | import("./ec2messages.js").Action
  | import("./ecr.js").Action
  | import("./ecr-public.js").Action
  | import("./ecs.js").Action
  | import("./ecs-mcp.js").Action
  | import("./eks.js").Action
  | import("./eks-auth.js").Action
  | import("./eks-mcp.js").Action
  | import("./elasticache.js").Action
  | import("./elasticbeanstalk.js").Action
  | import("./elasticfilesystem.js").Action
  | import("./elasticloadbalancing.js").Action
  | import("./elasticmapreduce.js").Action
  | import("./elastictranscoder.js").Action
  | import("./elemental-activations.js").Action
  | import("./elemental-appliances-software.js").Action
  | import("./elemental-inference.js").Action
  | import("./elemental-support-cases.js").Action
  | import("./elemental-support-content.js").Action
  | import("./emr-containers.js").Action
  | import("./emr-serverless.js").Action
  | import("./entityresolution.js").Action
  | import("./es.js").Action
  | import("./events.js").Action
  | import("./evidently.js").Action
  | import("./evs.js").Action
  | import("./execute-api.js").Action
  | import("./finspace.js").Action
  | import("./finspace-api.js").Action
  | import("./firehose.js").Action
  | import("./fis.js").Action
  | import("./fms.js").Action
  | import("./forecast.js").Action
  | import("./frauddetector.js").Action
  | import("./freertos.js").Action
  | import("./freetier.js").Action
  | import("./fsx.js").Action
  | import("./gamelift.js").Action
  | import("./gameliftstreams.js").Action
  | import("./geo.js").Action
  | import("./geo-maps.js").Action
  | import("./geo-places.js").Action
  | import("./geo-routes.js").Action
  | import("./glacier.js").Action
  | import("./globalaccelerator.js").Action
  | import("./glue.js").Action
  | import("./grafana.js").Action
  | import("./greengrass.js").Action
  | import("./groundstation.js").Action
  | import("./groundtruthlabeling.js").Action
  | import("./guardduty.js").Action
  | import("./health.js").Action
  | import("./health-agent.js").Action
  | import("./healthlake.js").Action
  | import("./honeycode.js").Action
  | import("./iam.js").Action
  | import("./identity-sync.js").Action
  | import("./identitystore.js").Action
  | import("./identitystore-auth.js").Action
  | import("./imagebuilder.js").Action
  | import("./importexport.js").Action
  | import("./inspector.js").Action
  | import("./inspector-scan.js").Action
  | import("./inspector2.js").Action
  | import("./inspector2-telemetry.js").Action
  | import("./interconnect.js").Action
  | import("./internetmonitor.js").Action
  | import("./invoicing.js").Action
  | import("./iot.js").Action
  | import("./iot-device-tester.js").Action
  | import("./iot1click.js").Action
  | import("./iotanalytics.js").Action
  | import("./iotdeviceadvisor.js").Action
  | import("./iotevents.js").Action
  | import("./iotfleethub.js").Action
  | import("./iotfleetwise.js").Action
  | import("./iotjobsdata.js").Action
  | import("./iotmanagedintegrations.js").Action
  | import("./iotsitewise.js").Action
  | import("./iottwinmaker.js").Action
  | import("./iotwireless.js").Action
  | import("./iq.js").Action
  | import("./iq-permission.js").Action
  | import("./ivs.js").Action
  | import("./ivschat.js").Action
  | import("./kafka.js").Action
  | import("./kafka-cluster.js").Action
  | import("./kafkaconnect.js").Action
  | import("./kendra.js").Action
  | import("./kendra-ranking.js").Action
  | import("./kinesis.js").Action
  | import("./kinesisanalytics.js").Action
  | import("./kinesisvideo.js").Action
  | import("./kms.js").Action
  | import("./lakeformation.js").Action
  | import("./lambda.js").Action
  | import("./launchwizard.js").Action
  | import("./lex.js").Action
  | import("./license-manager.js").Action
  | import("./license-manager-linux-subscriptions.js").Action
  | import("./license-manager-user-subscriptions.js").Action
  | import("./lightsail.js").Action
  | import("./logs.js").Action
  | import("./lookoutequipment.js").Action
  | import("./lookoutmetrics.js").Action
  | import("./lookoutvision.js").Action
  | import("./m2.js").Action
  | import("./machinelearning.js").Action
  | import("./macie2.js").Action
  | import("./managedblockchain.js").Action
  | import("./managedblockchain-query.js").Action
  | import("./mapcredits.js").Action
  | import("./marketplacecommerceanalytics.js").Action
  | import("./mechanicalturk.js").Action
  | import("./mediaconnect.js").Action
  | import("./mediaconvert.js").Action
  | import("./mediaimport.js").Action
  | import("./medialive.js").Action
  | import("./mediapackage.js").Action
  | import("./mediapackage-vod.js").Action
  | import("./mediapackagev2.js").Action
  | import("./mediastore.js").Action
  | import("./mediatailor.js").Action
  | import("./medical-imaging.js").Action
  | import("./memorydb.js").Action
  | import("./mgh.js").Action
  | import("./mgn.js").Action
  | import("./migrationhub-orchestrator.js").Action
  | import("./migrationhub-strategy.js").Action
  | import("./mobileanalytics.js").Action
  | import("./mobiletargeting.js").Action
  | import("./monitron.js").Action
  | import("./mpa.js").Action
  | import("./mq.js").Action
  | import("./neptune-db.js").Action
  | import("./neptune-graph.js").Action
  | import("./network-firewall.js").Action
  | import("./network-security-director.js").Action
  | import("./networkflowmonitor.js").Action
  | import("./networkmanager.js").Action
  | import("./networkmanager-chat.js").Action
  | import("./networkmonitor.js").Action
  | import("./nimble.js").Action
  | import("./notifications.js").Action
  | import("./notifications-contacts.js").Action
  | import("./nova-act.js").Action
  | import("./oam.js").Action
  | import("./observabilityadmin.js").Action
  | import("./odb.js").Action
  | import("./omics.js").Action
  | import("./one.js").Action
  | import("./opensearch.js").Action
  | import("./opsworks.js").Action
  | import("./opsworks-cm.js").Action
  | import("./organizations.js").Action
  | import("./osis.js").Action
  | import("./outposts.js").Action
  | import("./panorama.js").Action
  | import("./partnercentral.js").Action
  | import("./partnercentral-account-management.js").Action
  | import("./payment-cryptography.js").Action
  | import("./payments.js").Action
  | import("./pca-connector-ad.js").Action
  | import("./pca-connector-scep.js").Action
  | import("./pcs.js").Action
  | import("./personalize.js").Action
  | import("./pi.js").Action
  | import("./pipes.js").Action
  | import("./polly.js").Action
  | import("./pricing.js").Action
  | import("./pricingplanmanager.js").Action
  | import("./private-networks.js").Action
  | import("./profile.js").Action
  | import("./proton.js").Action
  | import("./purchase-orders.js").Action
  | import("./q.js").Action
  | import("./qapps.js").Action
  | import("./qbusiness.js").Action
  | import("./qdeveloper.js").Action
  | import("./qldb.js").Action
  | import("./quicksight.js").Action
  | import("./ram.js").Action
  | import("./rbin.js").Action
  | import("./rds.js").Action
  | import("./rds-data.js").Action
  | import("./rds-db.js").Action
  | import("./redshift.js").Action
  | import("./redshift-data.js").Action
  | import("./redshift-serverless.js").Action
  | import("./refactor-spaces.js").Action
  | import("./rekognition.js").Action
  | import("./repostspace.js").Action
  | import("./researchstudio.js").Action
  | import("./resiliencehub.js").Action
  | import("./resource-explorer.js").Action
  | import("./resource-explorer-2.js").Action
  | import("./resource-groups.js").Action
  | import("./rhelkb.js").Action
  | import("./robomaker.js").Action
  | import("./rolesanywhere.js").Action
  | import("./route53.js").Action
  | import("./route53-recovery-cluster.js").Action
  | import("./route53-recovery-control-config.js").Action
  | import("./route53-recovery-readiness.js").Action
  | import("./route53domains.js").Action
  | import("./route53globalresolver.js").Action
  | import("./route53profiles.js").Action
  | import("./route53resolver.js").Action
  | import("./rtbfabric.js").Action
  | import("./rum.js").Action
  | import("./s3.js").Action
  | import("./s3-object-lambda.js").Action
  | import("./s3-outposts.js").Action
  | import("./s3express.js").Action
  | import("./s3files.js").Action
  | import("./s3tables.js").Action
  | import("./s3vectors.js").Action
  | import("./sagemaker.js").Action
  | import("./sagemaker-data-science-assistant.js").Action
  | import("./sagemaker-geospatial.js").Action
  | import("./sagemaker-groundtruth-synthetic.js").Action
  | import("./sagemaker-mlflow.js").Action
  | import("./sagemaker-unified-studio-mcp.js").Action
  | import("./savingsplans.js").Action
  | import("./scheduler.js").Action
  | import("./schemas.js").Action
  | import("./scn.js").Action
  | import("./sdb.js").Action
  | import("./secretsmanager.js").Action
  | import("./security-ir.js").Action
  | import("./securityagent.js").Action
  | import("./securityhub.js").Action
  | import("./securitylake.js").Action
  | import("./serverlessrepo.js").Action
  | import("./servicecatalog.js").Action
  | import("./servicediscovery.js").Action
  | import("./serviceextract.js").Action
  | import("./servicequotas.js").Action
  | import("./ses.js").Action
  | import("./shield.js").Action
  | import("./signer.js").Action
  | import("./signin.js").Action
  | import("./simspaceweaver.js").Action
  | import("./sms.js").Action
  | import("./sms-voice.js").Action
  | import("./snow-device-management.js").Action
  | import("./snowball.js").Action
  | import("./sns.js").Action
  | import("./social-messaging.js").Action
  | import("./sqlworkbench.js").Action
  | import("./sqs.js").Action
  | import("./ssm.js").Action
  | import("./ssm-contacts.js").Action
  | import("./ssm-guiconnect.js").Action
  | import("./ssm-incidents.js").Action
  | import("./ssm-quicksetup.js").Action
  | import("./ssm-sap.js").Action
  | import("./ssmmessages.js").Action
  | import("./sso.js").Action
  | import("./sso-directory.js").Action
  | import("./sso-oauth.js").Action
  | import("./states.js").Action
  | import("./storagegateway.js").Action
  | import("./sts.js").Action
  | import("./support.js").Action
  | import("./support-console.js").Action
  | import("./supportapp.js").Action
  | import("./supportplans.js").Action
  | import("./supportrecommendations.js").Action
  | import("./sustainability.js").Action
  | import("./swf.js").Action
  | import("./synthetics.js").Action
  | import("./tag.js").Action
  | import("./tax.js").Action
  | import("./textract.js").Action
  | import("./thinclient.js").Action
  | import("./timestream.js").Action
  | import("./timestream-influxdb.js").Action
  | import("./tiros.js").Action
  | import("./tnb.js").Action
  | import("./transcribe.js").Action
  | import("./transfer.js").Action
  | import("./transform.js").Action
  | import("./transform-custom.js").Action
  | import("./translate.js").Action
  | import("./trustedadvisor.js").Action
  | import("./ts.js").Action
  | import("./user-subscriptions.js").Action
  | import("./uxc.js").Action
  | import("./vendor-insights.js").Action
  | import("./verified-access.js").Action
  | import("./verifiedpermissions.js").Action
  | import("./voiceid.js").Action
  | import("./vpc-lattice.js").Action
  | import("./vpc-lattice-svcs.js").Action
  | import("./vpce.js").Action
  | import("./waf.js").Action
  | import("./waf-regional.js").Action
  | import("./wafv2.js").Action
  | import("./wam.js").Action
  | import("./wellarchitected.js").Action
  | import("./wickr.js").Action
  | import("./wisdom.js").Action
  | import("./workdocs.js").Action
  | import("./worklink.js").Action
  | import("./workmail.js").Action
  | import("./workmailmessageflow.js").Action
  | import("./workspaces.js").Action
  | import("./workspaces-instances.js").Action
  | import("./workspaces-web.js").Action
  | import("./xray.js").Action;
