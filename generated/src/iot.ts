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
export const prefix: "iot" = "iot";
/** The service's name in the reference. */
export const serviceName: "AWS IoT" = "AWS IoT";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  { name: "AWS IoT", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsiot.html" },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "iot:ClientMode",
  "iot:CommandExecutionParameterBoolean/${CommandParameterName}",
  "iot:CommandExecutionParameterNumber/${CommandParameterName}",
  "iot:CommandExecutionParameterString/${CommandParameterName}",
  "iot:Delete",
  "iot:DomainName",
  "iot:IncludeSocketInformation",
  "iot:ThingGroupArn",
  "iot:Topic",
  "iot:TunnelDestinationService",
  "iot:thingArn",
] as const;
const dependentActionList = [
  "iam:PassRole",
  "iot:GetIndexingConfiguration",
  "iot:TagResource",
  "s3:GetObjectVersion",
] as const;
const actionFacts = {
  /** Grants permission to accept a pending certificate transfer. Access level: Write. Resources: cert*. https://docs.aws.amazon.com/iot/latest/apireference/API_AcceptCertificateTransfer.html */
  AcceptCertificateTransfer: "W|||3;1;|||;",
  /** Grants permission to add a thing to the specified billing group. Access level: Write. Resources: billinggroup*, thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_AddThingToBillingGroup.html */
  AddThingToBillingGroup: "W|||1;1;,27;1;|||;",
  /** Grants permission to add a thing to the specified thing group. Access level: Write. Resources: thing*, thinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_AddThingToThingGroup.html */
  AddThingToThingGroup: "W|||27;1;,28;1;|||;",
  /** Grants permission to associate SBOM files to a package version. Access level: Write. Resources: packageversion*. https://docs.aws.amazon.com/iot/latest/apireference/API_AssociateSbomWithPackageVersion.html */
  AssociateSbomWithPackageVersion: "W|||19;1;||1|;",
  /** Grants permission to associate a group with a continuous job. Access level: Write. Resources: job*, thing*, thinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_AssociateTargetsWithJob.html */
  AssociateTargetsWithJob: "W|||14;1;,27;1;,28;1;|||;",
  /** Grants permission to attach a policy to the specified target. Access level: Permissions management. Resources: cert, thinggroup. https://docs.aws.amazon.com/iot/latest/apireference/API_AttachPolicy.html */
  AttachPolicy: "P|||3;0;,28;0;|||;",
  /** Grants permission to attach the specified policy to the specified principal (certificate or other credential). Access level: Permissions management. Resources: cert. https://docs.aws.amazon.com/iot/latest/apireference/API_AttachPrincipalPolicy.html */
  AttachPrincipalPolicy: "P|||3;0;|||;",
  /** Grants permission to associate a Device Defender security profile with a thing group or with this account. Access level: Write. Resources: custommetric, dimension, securityprofile*, thinggroup. https://docs.aws.amazon.com/iot/latest/apireference/API_AttachSecurityProfile.html */
  AttachSecurityProfile: "W|||7;0;,9;0;,25;1;,28;0;|||;",
  /** Grants permission to attach the specified principal to the specified thing. Access level: Write. Resources: cert. https://docs.aws.amazon.com/iot/latest/apireference/API_AttachThingPrincipal.html */
  AttachThingPrincipal: "W|||3;0;|13||;",
  /** Grants permission to cancel a mitigation action task that is in progress. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_CancelAuditMitigationActionsTask.html */
  CancelAuditMitigationActionsTask: "W||||||;",
  /** Grants permission to cancel an audit that is in progress. The audit can be either scheduled or on-demand. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_CancelAuditTask.html */
  CancelAuditTask: "W||||||;",
  /** Grants permission to cancel a pending transfer for the specified certificate. Access level: Write. Resources: cert*. https://docs.aws.amazon.com/iot/latest/apireference/API_CancelCertificateTransfer.html */
  CancelCertificateTransfer: "W|||3;1;|||;",
  /** Grants permission to cancel a Device Defender ML Detect mitigation action. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_CancelDetectMitigationActionsTask.html */
  CancelDetectMitigationActionsTask: "W||||||;",
  /** Grants permission to cancel a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/iot/latest/apireference/API_CancelJob.html */
  CancelJob: "W|||14;1;|||;",
  /** Grants permission to cancel a job execution on a particular device. Access level: Write. Resources: job*, thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_CancelJobExecution.html */
  CancelJobExecution: "W|||14;1;,27;1;|||;",
  /** Grants permission to clear the default authorizer. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_ClearDefaultAuthorizer.html */
  ClearDefaultAuthorizer: "W||||||;",
  /** Grants permission to close a tunnel. Access level: Write. Resources: tunnel*. https://docs.aws.amazon.com/iot/latest/apireference/API_iot-secure-tunneling_CloseTunnel.html */
  CloseTunnel: "W|||32;1;|7||;",
  /** Grants permission to confirm a http url TopicRuleDestinationDestination. Access level: Write. Resources: destination*. https://docs.aws.amazon.com/iot/latest/apireference/API_ConfirmTopicRuleDestination.html */
  ConfirmTopicRuleDestination: "W|||8;1;|||",
  /** Grants permission to connect as the specified client. Access level: Write. Resources: client*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  Connect: "W|||5;1;|||",
  /** Grants permission to create a Device Defender audit suppression. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateAuditSuppression.html */
  CreateAuditSuppression: "W||||||;",
  /** Grants permission to create an authorizer. Access level: Write. Resources: authorizer*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateAuthorizer.html */
  CreateAuthorizer: "W|||0;1;|0,2|2|;",
  /** Grants permission to create a billing group. Access level: Write. Resources: billinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateBillingGroup.html */
  CreateBillingGroup: "W|||1;1;|0,2|2|;",
  /** Grants permission to create an X.509 certificate using the specified certificate signing request. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateCertificateFromCsr.html */
  CreateCertificateFromCsr: "W||||||;",
  /** Grants permission to create a certificate provider. Access level: Write. Resources: certificateprovider*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateCertificateProvider.html */
  CreateCertificateProvider: "W|||4;1;|0,2|2|;",
  /** Grants permission to create a command that can be used to start new executions against a device. Access level: Write. Resources: command*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateCommand.html */
  CreateCommand: "W|||6;1;|0,2|0,2|;",
  /** Grants permission to create a custom metric for device side metric reporting and monitoring. Access level: Write. Resources: custommetric*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateCustomMetric.html */
  CreateCustomMetric: "W|||7;1;|0,2|2|;",
  /** Grants permission to define a dimension that can be used to to limit the scope of a metric used in a security profile. Access level: Write. Resources: dimension*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateDimension.html */
  CreateDimension: "W|||9;1;|0,2|2|;",
  /** Grants permission to create a domain configuration. Access level: Write. Resources: domainconfiguration*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateDomainConfiguration.html */
  CreateDomainConfiguration: "W|||10;1;|0,2,8|2|;",
  /** Grants permission to create a Dynamic Thing Group. Access level: Write. Resources: dynamicthinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateDynamicThingGroup.html */
  CreateDynamicThingGroup: "W|||11;1;|0,2|2|;",
  /** Grants permission to create a fleet metric. Access level: Write. Resources: fleetmetric*, index*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateFleetMetric.html */
  CreateFleetMetric: "W|||12;1;,13;1;|0,2|2|;",
  /** Grants permission to create a job. Access level: Write. Resources: job*, jobtemplate, package, packageversion, thing*, thinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateJob.html */
  CreateJob: "W|||14;1;,15;0;,18;0;,19;0;,27;1;,28;1;|0,2|0,2|;",
  /** Grants permission to create a job template. Access level: Write. Resources: job, jobtemplate*, package, packageversion. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateJobTemplate.html */
  CreateJobTemplate: "W|||14;0;,15;1;,18;0;,19;0;|0,2|0,2|;",
  /** Grants permission to create a 2048 bit RSA key pair and issues an X.509 certificate using the issued public key. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateKeysAndCertificate.html */
  CreateKeysAndCertificate: "W||||||;",
  /** Grants permission to define an action that can be applied to audit findings by using StartAuditMitigationActionsTask. Access level: Write. Resources: mitigationaction*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateMitigationAction.html */
  CreateMitigationAction: "W|||16;1;|0,2|0,2|;",
  /** Grants permission to create an OTA update job. Access level: Write. Resources: otaupdate*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateOTAUpdate.html */
  CreateOTAUpdate: "W|||17;1;|0,2|0,2|;",
  /** Grants permission to create a software package that you can deploy to your devices. Access level: Write. Resources: package*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreatePackage.html */
  CreatePackage: "W|||18;1;|0,2|1,2|;",
  /** Grants permission to create a version under the specified package. Access level: Write. Resources: package*, packageversion*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreatePackageVersion.html */
  CreatePackageVersion: "W|||18;1;,19;1;|0,2|1,2,3|;",
  /** Grants permission to create an AWS IoT policy. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreatePolicy.html */
  CreatePolicy: "P|||20;1;|0,2|2|;",
  /** Grants permission to create a new version of the specified AWS IoT policy. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreatePolicyVersion.html */
  CreatePolicyVersion: "P|||20;1;|||;",
  /** Grants permission to create a provisioning claim. Access level: Write. Resources: provisioningtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateProvisioningClaim.html */
  CreateProvisioningClaim: "W|||21;1;|||;",
  /** Grants permission to create a fleet provisioning template. Access level: Write. Resources: provisioningtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateProvisioningTemplate.html */
  CreateProvisioningTemplate: "W|||21;1;|0,2|0,2|;",
  /** Grants permission to create a new version of a fleet provisioning template. Access level: Write. Resources: provisioningtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateProvisioningTemplateVersion.html */
  CreateProvisioningTemplateVersion: "W|||21;1;|||;",
  /** Grants permission to create a role alias. Access level: Write. Resources: rolealias*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateRoleAlias.html */
  CreateRoleAlias: "W|||22;1;|0,2|0,2|;",
  /** Grants permission to create a scheduled audit that is run at a specified time interval. Access level: Write. Resources: scheduledaudit*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateScheduledAudit.html */
  CreateScheduledAudit: "W|||24;1;|0,2|2|;",
  /** Grants permission to create a Device Defender security profile. Access level: Write. Resources: custommetric, dimension, securityprofile*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateSecurityProfile.html */
  CreateSecurityProfile: "W|||7;0;,9;0;,25;1;|0,2|0,2|;",
  /** Grants permission to create a new AWS IoT stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateStream.html */
  CreateStream: "W|||26;1;|0,2|0,2|;",
  /** Grants permission to create a thing in the thing registry. Access level: Write. Resources: billinggroup, thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateThing.html */
  CreateThing: "W|||1;0;,27;1;|||;",
  /** Grants permission to create a thing group. Access level: Write. Resources: thinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateThingGroup.html */
  CreateThingGroup: "W|||28;1;|0,2|2|;",
  /** Grants permission to create a new thing type. Access level: Write. Resources: thingtype*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateThingType.html */
  CreateThingType: "W|||29;1;|0,2|2|;",
  /** Grants permission to create a rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateTopicRule.html */
  CreateTopicRule: "W|||23;1;|0,2|0,2|;",
  /** Grants permission to create a TopicRuleDestination. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_CreateTopicRuleDestination.html */
  CreateTopicRuleDestination: "W|||||0|;",
  /** Grants permission to delete the audit configuration associated with the account. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteAccountAuditConfiguration.html */
  DeleteAccountAuditConfiguration: "W||||||;",
  /** Grants permission to delete a Device Defender audit suppression. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteAuditSuppression.html */
  DeleteAuditSuppression: "W||||||;",
  /** Grants permission to delete the specified authorizer. Access level: Write. Resources: authorizer*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteAuthorizer.html */
  DeleteAuthorizer: "W|||0;1;|||;",
  /** Grants permission to delete the specified billing group. Access level: Write. Resources: billinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteBillingGroup.html */
  DeleteBillingGroup: "W|||1;1;|||;",
  /** Grants permission to delete a registered CA certificate. Access level: Write. Resources: cacert*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteCACertificate.html */
  DeleteCACertificate: "W|||2;1;|||;",
  /** Grants permission to delete the specified certificate. Access level: Write. Resources: cert*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteCertificate.html */
  DeleteCertificate: "W|||3;1;|||;",
  /** Grants permission to delete a certificate provider. Access level: Write. Resources: certificateprovider*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteCertificateProvider.html */
  DeleteCertificateProvider: "W|||4;1;|||;",
  /** Grants permission to delete a command. Access level: Write. Resources: command*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteCommand.html */
  DeleteCommand: "W|||6;1;|||;",
  /** Grants permission to delete a command execution. Access level: Write. Resources: client, thing. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteCommandExecution.html */
  DeleteCommandExecution: "W|||5;0;,27;0;|||;",
  /** Grants permission to disconnect the specified connection. Access level: Write. Resources: client*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  DeleteConnection: "W|||5;1;|||",
  /** Grants permission to deletes the specified custom metric from your AWS account. Access level: Write. Resources: custommetric*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteCustomMetric.html */
  DeleteCustomMetric: "W|||7;1;|||;",
  /** Grants permission to remove the specified dimension from your AWS account. Access level: Write. Resources: dimension*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteDimension.html */
  DeleteDimension: "W|||9;1;|||;",
  /** Grants permission to delete a domain configuration. Access level: Write. Resources: domainconfiguration*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteDomainConfiguration.html */
  DeleteDomainConfiguration: "W|||10;1;|||;",
  /** Grants permission to delete the specified Dynamic Thing Group. Access level: Write. Resources: dynamicthinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteDynamicThingGroup.html */
  DeleteDynamicThingGroup: "W|||11;1;|||;",
  /** Grants permission to delete the specified fleet metric. Access level: Write. Resources: fleetmetric*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteFleetMetric.html */
  DeleteFleetMetric: "W|||12;1;|||;",
  /** Grants permission to delete a job and its related job executions. Access level: Write. Resources: job*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteJob.html */
  DeleteJob: "W|||14;1;|||;",
  /** Grants permission to delete a job execution. Access level: Write. Resources: job*, thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteJobExecution.html */
  DeleteJobExecution: "W|||14;1;,27;1;|||;",
  /** Grants permission to delete a job template. Access level: Write. Resources: jobtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteJobTemplate.html */
  DeleteJobTemplate: "W|||15;1;|||;",
  /** Grants permission to delete a defined mitigation action from your AWS account. Access level: Write. Resources: mitigationaction*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteMitigationAction.html */
  DeleteMitigationAction: "W|||16;1;|||;",
  /** Grants permission to delete an OTA update job. Access level: Write. Resources: otaupdate*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteOTAUpdate.html */
  DeleteOTAUpdate: "W|||17;1;|||;",
  /** Grants permission to delete a package. Access level: Write. Resources: package*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeletePackage.html */
  DeletePackage: "W|||18;1;|||;",
  /** Grants permission to delete a version of the specified package. Access level: Write. Resources: package*, packageversion*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeletePackageVersion.html */
  DeletePackageVersion: "W|||18;1;,19;1;|||;",
  /** Grants permission to delete the specified policy. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeletePolicy.html */
  DeletePolicy: "P|||20;1;|||;",
  /** Grants permission to Delete the specified version of the specified policy. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeletePolicyVersion.html */
  DeletePolicyVersion: "P|||20;1;|||;",
  /** Grants permission to delete a fleet provisioning template. Access level: Write. Resources: provisioningtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteProvisioningTemplate.html */
  DeleteProvisioningTemplate: "W|||21;1;|||;",
  /** Grants permission to delete a fleet provisioning template version. Access level: Write. Resources: provisioningtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteProvisioningTemplateVersion.html */
  DeleteProvisioningTemplateVersion: "W|||21;1;|||;",
  /** Grants permission to delete a CA certificate registration code. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteRegistrationCode.html */
  DeleteRegistrationCode: "W||||||;",
  /** Grants permission to delete the specified role alias. Access level: Write. Resources: rolealias*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteRoleAlias.html */
  DeleteRoleAlias: "W|||22;1;|||;",
  /** Grants permission to delete a scheduled audit. Access level: Write. Resources: scheduledaudit*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteScheduledAudit.html */
  DeleteScheduledAudit: "W|||24;1;|||;",
  /** Grants permission to delete a Device Defender security profile. Access level: Write. Resources: custommetric, dimension, securityprofile*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteSecurityProfile.html */
  DeleteSecurityProfile: "W|||7;0;,9;0;,25;1;|||;",
  /** Grants permission to delete a specified stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteStream.html */
  DeleteStream: "W|||26;1;|||;",
  /** Grants permission to delete the specified thing. Access level: Write. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteThing.html */
  DeleteThing: "W|||27;1;|||;",
  /** Grants permission to delete the specified thing group. Access level: Write. Resources: thinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteThingGroup.html */
  DeleteThingGroup: "W|||28;1;|||;",
  /** Grants permission to delete the specified thing shadow. Access level: Write. Resources: thing*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  DeleteThingShadow: "W|||27;1;|||",
  /** Grants permission to delete the specified thing type. Access level: Write. Resources: thingtype*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteThingType.html */
  DeleteThingType: "W|||29;1;|||;",
  /** Grants permission to delete the specified rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteTopicRule.html */
  DeleteTopicRule: "W|||23;1;|||;",
  /** Grants permission to delete a TopicRuleDestination. Access level: Write. Resources: destination*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteTopicRuleDestination.html */
  DeleteTopicRuleDestination: "W|||8;1;|||;",
  /** Grants permission to delete the specified v2 logging level. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_DeleteV2LoggingLevel.html */
  DeleteV2LoggingLevel: "W||||||;",
  /** Grants permission to deprecate the specified thing type. Access level: Write. Resources: thingtype*. https://docs.aws.amazon.com/iot/latest/apireference/API_DeprecateThingType.html */
  DeprecateThingType: "W|||29;1;|||;",
  /** Grants permission to get information about audit configurations for the account. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeAccountAuditConfiguration.html */
  DescribeAccountAuditConfiguration: "R||||||;",
  /** Grants permission to get information about a single audit finding. Properties include the reason for noncompliance, the severity of the issue, and when the audit that returned the finding was started. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeAuditFinding.html */
  DescribeAuditFinding: "R||||||;",
  /** Grants permission to get information about an audit mitigation task that is used to apply mitigation actions to a set of audit findings. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeAuditMitigationActionsTask.html */
  DescribeAuditMitigationActionsTask: "R||||||;",
  /** Grants permission to get information about a Device Defender audit suppression. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeAuditSuppression.html */
  DescribeAuditSuppression: "R||||||;",
  /** Grants permission to get information about a Device Defender audit. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeAuditTask.html */
  DescribeAuditTask: "R||||||;",
  /** Grants permission to describe an authorizer. Access level: Read. Resources: authorizer*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeAuthorizer.html */
  DescribeAuthorizer: "R|||0;1;|||;",
  /** Grants permission to get information about the specified billing group. Access level: Read. Resources: billinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeBillingGroup.html */
  DescribeBillingGroup: "R|||1;1;|||;",
  /** Grants permission to describe a registered CA certificate. Access level: Read. Resources: cacert*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeCACertificate.html */
  DescribeCACertificate: "R|||2;1;|||;",
  /** Grants permission to get information about the specified certificate. Access level: Read. Resources: cert*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeCertificate.html */
  DescribeCertificate: "R|||3;1;|||;",
  /** Grants permission to describe a certificate provider. Access level: Read. Resources: certificateprovider*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeCertificateProvider.html */
  DescribeCertificateProvider: "R|||4;1;|||;",
  /** Grants permission to describe a custom metric that is defined in your AWS account. Access level: Read. Resources: custommetric*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeCustomMetric.html */
  DescribeCustomMetric: "R|||7;1;|||;",
  /** Grants permission to describe the default authorizer. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeDefaultAuthorizer.html */
  DescribeDefaultAuthorizer: "R||||||;",
  /** Grants permission to describe a Device Defender ML Detect mitigation action. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeDetectMitigationActionsTask.html */
  DescribeDetectMitigationActionsTask: "R||||||;",
  /** Grants permission to get details about a dimension that is defined in your AWS account. Access level: Read. Resources: dimension*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeDimension.html */
  DescribeDimension: "R|||9;1;|||;",
  /** Grants permission to get information about the domain configuration. Access level: Read. Resources: domainconfiguration*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeDomainConfiguration.html */
  DescribeDomainConfiguration: "R|||10;1;|||;",
  /** Grants permission to describe the encryption configuration for the account. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeEncryptionConfiguration.html */
  DescribeEncryptionConfiguration: "R||||||;",
  /** Grants permission to get a unique endpoint specific to the AWS account making the call. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeEndpoint.html */
  DescribeEndpoint: "R||||||;",
  /** Grants permission to get account event configurations. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeEventConfigurations.html */
  DescribeEventConfigurations: "R||||||;",
  /** Grants permission to get information about the specified fleet metric. Access level: Read. Resources: fleetmetric*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeFleetMetric.html */
  DescribeFleetMetric: "R|||12;1;|||;",
  /** Grants permission to get information about the specified index. Access level: Read. Resources: index*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeIndex.html */
  DescribeIndex: "R|||13;1;|||;",
  /** Grants permission to describe a job. Access level: Read. Resources: job*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeJob.html */
  DescribeJob: "R|||14;1;|||;",
  /** Grants permission to describe a job execution. Access level: Read. Resources: job, thing. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeJobExecution.html */
  DescribeJobExecution: "R|||14;0;,27;0;|||;",
  /** Grants permission to describe a job template. Access level: Read. Resources: jobtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeJobTemplate.html */
  DescribeJobTemplate: "R|||15;1;|||;",
  /** Grants permission to describe a managed job template. Access level: Read. Resources: jobtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeManagedJobTemplate.html */
  DescribeManagedJobTemplate: "R|||15;1;|||;",
  /** Grants permission to get information about a mitigation action. Access level: Read. Resources: mitigationaction*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeMitigationAction.html */
  DescribeMitigationAction: "R|||16;1;|||;",
  /** Grants permission to get information about a fleet provisioning template. Access level: Read. Resources: provisioningtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeProvisioningTemplate.html */
  DescribeProvisioningTemplate: "R|||21;1;|||;",
  /** Grants permission to get information about a fleet provisioning template version. Access level: Read. Resources: provisioningtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeProvisioningTemplateVersion.html */
  DescribeProvisioningTemplateVersion: "R|||21;1;|||;",
  /** Grants permission to describe a role alias. Access level: Read. Resources: rolealias*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeRoleAlias.html */
  DescribeRoleAlias: "R|||22;1;|||;",
  /** Grants permission to get information about a scheduled audit. Access level: Read. Resources: scheduledaudit*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeScheduledAudit.html */
  DescribeScheduledAudit: "R|||24;1;|||;",
  /** Grants permission to get information about a Device Defender security profile. Access level: Read. Resources: securityprofile*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeSecurityProfile.html */
  DescribeSecurityProfile: "R|||25;1;|||;",
  /** Grants permission to get information about the specified stream. Access level: Read. Resources: stream*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeStream.html */
  DescribeStream: "R|||26;1;|||;",
  /** Grants permission to get information about the specified thing. Access level: Read. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeThing.html */
  DescribeThing: "R|||27;1;|||;",
  /** Grants permission to get information about the specified thing group. Access level: Read. Resources: thinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeThingGroup.html */
  DescribeThingGroup: "R|||28;1;|||;",
  /** Grants permission to get information about the bulk thing registration task. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeThingRegistrationTask.html */
  DescribeThingRegistrationTask: "R||||||;",
  /** Grants permission to get information about the specified thing type. Access level: Read. Resources: thingtype*. https://docs.aws.amazon.com/iot/latest/apireference/API_DescribeThingType.html */
  DescribeThingType: "R|||29;1;|||;",
  /** Grants permission to describe a tunnel. Access level: Read. Resources: tunnel*. https://docs.aws.amazon.com/iot/latest/apireference/API_iot-secure-tunneling_DescribeTunnel.html */
  DescribeTunnel: "R|||32;1;|||;",
  /** Grants permission to detach a policy from the specified target. Access level: Permissions management. Resources: cert, thinggroup. https://docs.aws.amazon.com/iot/latest/apireference/API_DetachPolicy.html */
  DetachPolicy: "P|||3;0;,28;0;|||;",
  /** Grants permission to remove the specified policy from the specified certificate. Access level: Permissions management. Resources: cert. https://docs.aws.amazon.com/iot/latest/apireference/API_DetachPrincipalPolicy.html */
  DetachPrincipalPolicy: "P|||3;0;|||;",
  /** Grants permission to disassociate a Device Defender security profile from a thing group or from this account. Access level: Write. Resources: custommetric, dimension, securityprofile*, thinggroup. https://docs.aws.amazon.com/iot/latest/apireference/API_DetachSecurityProfile.html */
  DetachSecurityProfile: "W|||7;0;,9;0;,25;1;,28;0;|||;",
  /** Grants permission to detach the specified principal from the specified thing. Access level: Write. Resources: cert. https://docs.aws.amazon.com/iot/latest/apireference/API_DetachThingPrincipal.html */
  DetachThingPrincipal: "W|||3;0;|13||;",
  /** Grants permission to disable the specified rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/iot/latest/apireference/API_DisableTopicRule.html */
  DisableTopicRule: "W|||23;1;|||;",
  /** Grants permission to disassociate SBOM files from a package version. Access level: Write. Resources: packageversion*. https://docs.aws.amazon.com/iot/latest/apireference/API_DisassociateSbomFromPackageVersion.html */
  DisassociateSbomFromPackageVersion: "W|||19;1;|||;",
  /** Grants permission to enable the specified rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/iot/latest/apireference/API_EnableTopicRule.html */
  EnableTopicRule: "W|||23;1;|||;",
  /** Grants permission to fetch a Device Defender's ML Detect Security Profile training model's status. Access level: List. Resources: securityprofile. https://docs.aws.amazon.com/iot/latest/apireference/API_GetBehaviorModelTrainingSummaries.html */
  GetBehaviorModelTrainingSummaries: "L|||25;0;|||;",
  /** Grants permission to get buckets aggregation for IoT fleet index. Access level: Read. Resources: index*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetBucketsAggregation.html */
  GetBucketsAggregation: "R|||13;1;|||;",
  /** Grants permission to get cardinality for IoT fleet index. Access level: Read. Resources: index*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetCardinality.html */
  GetCardinality: "R|||13;1;|||;",
  /** Grants permission to get the information about the command. Access level: Read. Resources: command*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetCommand.html */
  GetCommand: "R|||6;1;|||;",
  /** Grants permission to get the information of a command execution. Access level: Read. Resources: client, thing. https://docs.aws.amazon.com/iot/latest/apireference/API_GetCommandExecution.html */
  GetCommandExecution: "R|||5;0;,27;0;|||;",
  /** Grants permission to retrieve the specified connection information. Access level: Write. Resources: client*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  GetConnection: "W|||5;1;|9||",
  /** Grants permission to get effective policies. Access level: Read. Resources: cert. https://docs.aws.amazon.com/iot/latest/apireference/API_GetEffectivePolicies.html */
  GetEffectivePolicies: "R|||3;0;|||;",
  /** Grants permission to get current fleet indexing configuration. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_GetIndexingConfiguration.html */
  GetIndexingConfiguration: "R||||||;",
  /** Grants permission to get a job document. Access level: Read. Resources: job*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetJobDocument.html */
  GetJobDocument: "R|||14;1;|||;",
  /** Grants permission to get the logging options. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_GetLoggingOptions.html */
  GetLoggingOptions: "R||||||;",
  /** Grants permission to get the information about the OTA update job. Access level: Read. Resources: otaupdate*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetOTAUpdate.html */
  GetOTAUpdate: "R|||17;1;|||;",
  /** Grants permission to get the information about the package. Access level: Read. Resources: package*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetPackage.html */
  GetPackage: "R|||18;1;|||;",
  /** Grants permission to get the package configuration of the account. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_GetPackageConfiguration.html */
  GetPackageConfiguration: "R||||||;",
  /** Grants permission to get the version of the package. Access level: Read. Resources: package*, packageversion*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetPackageVersion.html */
  GetPackageVersion: "R|||18;1;,19;1;|||;",
  /** Grants permission to get percentiles for IoT fleet index. Access level: Read. Resources: index*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetPercentiles.html */
  GetPercentiles: "R|||13;1;|||;",
  /** Grants permission to get information about the specified policy with the policy document of the default version. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetPolicy.html */
  GetPolicy: "R|||20;1;|||;",
  /** Grants permission to get information about the specified policy version. Access level: Read. Resources: policy*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetPolicyVersion.html */
  GetPolicyVersion: "R|||20;1;|||;",
  /** Grants permission to get a registration code used to register a CA certificate with AWS IoT. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_GetRegistrationCode.html */
  GetRegistrationCode: "R||||||;",
  /** Grants permission to get the retained message on the specified topic. Access level: Read. Resources: topic*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  GetRetainedMessage: "R|||30;1;|||",
  /** Grants permission to get statistics for IoT fleet index. Access level: Read. Resources: index*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetStatistics.html */
  GetStatistics: "R|||13;1;|||;",
  /** Grants permission to get the thing's connectivity data. Access level: Read. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetThingConnectivityData.html */
  GetThingConnectivityData: "R|||27;1;|||;",
  /** Grants permission to get the thing shadow. Access level: Read. Resources: thing*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  GetThingShadow: "R|||27;1;|||",
  /** Grants permission to get information about the specified rule. Access level: Read. Resources: rule*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetTopicRule.html */
  GetTopicRule: "R|||23;1;|||;",
  /** Grants permission to get a TopicRuleDestination. Access level: Read. Resources: destination*. https://docs.aws.amazon.com/iot/latest/apireference/API_GetTopicRuleDestination.html */
  GetTopicRuleDestination: "R|||8;1;|||;",
  /** Grants permission to get v2 logging options. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_GetV2LoggingOptions.html */
  GetV2LoggingOptions: "R||||||;",
  /** Grants permission to list the active violations for a given Device Defender security profile or Thing. Access level: List. Resources: securityprofile, thing. https://docs.aws.amazon.com/iot/latest/apireference/API_ListActiveViolations.html */
  ListActiveViolations: "L|||25;0;,27;0;|||;",
  /** Grants permission to list the policies attached to the specified thing group. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListAttachedPolicies.html */
  ListAttachedPolicies: "L||||||;",
  /** Grants permission to list the findings (results) of a Device Defender audit or of the audits performed during a specified time period. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListAuditFindings.html */
  ListAuditFindings: "L||||||;",
  /** Grants permission to get the status of audit mitigation action tasks that were executed. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListAuditMitigationActionsExecutions.html */
  ListAuditMitigationActionsExecutions: "L||||||;",
  /** Grants permission to get a list of audit mitigation action tasks that match the specified filters. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListAuditMitigationActionsTasks.html */
  ListAuditMitigationActionsTasks: "L||||||;",
  /** Grants permission to list your Device Defender audit suppressions. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListAuditSuppressions.html */
  ListAuditSuppressions: "L||||||;",
  /** Grants permission to list the Device Defender audits that have been performed during a given time period. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListAuditTasks.html */
  ListAuditTasks: "L||||||;",
  /** Grants permission to list the authorizers registered in your account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListAuthorizers.html */
  ListAuthorizers: "L||||||;",
  /** Grants permission to list all billing groups. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListBillingGroups.html */
  ListBillingGroups: "L||||||;",
  /** Grants permission to list the CA certificates registered for your AWS account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListCACertificates.html */
  ListCACertificates: "L||||||;",
  /** Grants permission to list certificate providers in the account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListCertificateProviders.html */
  ListCertificateProviders: "L||||||;",
  /** Grants permission to list your certificates. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListCertificates.html */
  ListCertificates: "L||||||;",
  /** Grants permission to list the device certificates signed by the specified CA certificate. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListCertificatesByCA.html */
  ListCertificatesByCA: "L||||||;",
  /** Grants permission to list commands executions in the account. Access level: List. Resources: client, command, thing. https://docs.aws.amazon.com/iot/latest/apireference/API_ListCommandExecutions.html */
  ListCommandExecutions: "L|||5;0;,6;0;,27;0;|||;",
  /** Grants permission to list commands in the account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListCommands.html */
  ListCommands: "L||||||;",
  /** Grants permission to list the custom metrics in your AWS account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListCustomMetrics.html */
  ListCustomMetrics: "L||||||;",
  /** Grants permission to lists mitigation actions executions for a Device Defender ML Detect Security Profile. Access level: List. Resources: thing. https://docs.aws.amazon.com/iot/latest/apireference/API_ListDetectMitigationActionsExecutions.html */
  ListDetectMitigationActionsExecutions: "L|||27;0;|||;",
  /** Grants permission to list Device Defender ML Detect mitigation actions tasks. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListDetectMitigationActionsTasks.html */
  ListDetectMitigationActionsTasks: "L||||||;",
  /** Grants permission to list the dimensions that are defined for your AWS account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListDimensions.html */
  ListDimensions: "L||||||;",
  /** Grants permission to list the domain configuration created by your AWS account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListDomainConfigurations.html */
  ListDomainConfigurations: "L||||||;",
  /** Grants permission to list the fleet metrics in your account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListFleetMetrics.html */
  ListFleetMetrics: "L||||||;",
  /** Grants permission to list all indices for fleet index. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListIndices.html */
  ListIndices: "L||||||;",
  /** Grants permission to list the job executions for a job. Access level: List. Resources: job*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListJobExecutionsForJob.html */
  ListJobExecutionsForJob: "L|||14;1;|||;",
  /** Grants permission to list the job executions for the specified thing. Access level: List. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListJobExecutionsForThing.html */
  ListJobExecutionsForThing: "L|||27;1;|||;",
  /** Grants permission to list job templates. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListJobTemplates.html */
  ListJobTemplates: "L||||||;",
  /** Grants permission to list jobs. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListJobs.html */
  ListJobs: "L||||||;",
  /** Grants permission to list managed job templates. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListManagedJobTemplates.html */
  ListManagedJobTemplates: "L||||||;",
  /** Grants permissions to list the metric values for a thing based on the metricName, and dimension if specified. Access level: List. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListMetricValues.html */
  ListMetricValues: "L|||27;1;|||;",
  /** Grants permission to get a list of all mitigation actions that match the specified filter criteria. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListMitigationActions.html */
  ListMitigationActions: "L||||||;",
  /** Grants permission to list all named shadows for a given thing. Access level: List. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListNamedShadowsForThing.html */
  ListNamedShadowsForThing: "L|||27;1;|||",
  /** Grants permission to list OTA update jobs in the account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListOTAUpdates.html */
  ListOTAUpdates: "L||||||;",
  /** Grants permission to list certificates that are being transfered but not yet accepted. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListOutgoingCertificates.html */
  ListOutgoingCertificates: "L||||||;",
  /** Grants permission to list versions for a package in the account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListPackageVersions.html */
  ListPackageVersions: "L||||||;",
  /** Grants permission to list packages in the account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListPackages.html */
  ListPackages: "L||||||;",
  /** Grants permission to list your policies. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListPolicies.html */
  ListPolicies: "L||||||;",
  /** Grants permission to list the principals associated with the specified policy. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListPolicyPrincipals.html */
  ListPolicyPrincipals: "L||||||;",
  /** Grants permission to list the versions of the specified policy, and identifies the default version. Access level: List. Resources: policy*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListPolicyVersions.html */
  ListPolicyVersions: "L|||20;1;|||;",
  /** Grants permission to list the policies attached to the specified principal. If you use an Amazon Cognito identity, the ID needs to be in Amazon Cognito Identity format. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListPrincipalPolicies.html */
  ListPrincipalPolicies: "L||||||;",
  /** Grants permission to list the things associated with the specified principal. Access level: List. Resources: cert. https://docs.aws.amazon.com/iot/latest/apireference/API_ListPrincipalThings.html */
  ListPrincipalThings: "L|||3;0;|||;",
  /** Grants permission to list the things associated with the specified principal. Access level: List. Resources: cert. https://docs.aws.amazon.com/iot/latest/apireference/API_ListPrincipalThingsV2.html */
  ListPrincipalThingsV2: "L|||3;0;|||;",
  /** Grants permission to get a list of fleet provisioning template versions. Access level: List. Resources: provisioningtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListProvisioningTemplateVersions.html */
  ListProvisioningTemplateVersions: "L|||21;1;|||;",
  /** Grants permission to list the fleet provisioning templates in your AWS account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListProvisioningTemplates.html */
  ListProvisioningTemplates: "L||||||;",
  /** Grants permission to list related resources for a single audit finding. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListRelatedResourcesForAuditFinding.html */
  ListRelatedResourcesForAuditFinding: "L||||||;",
  /** Grants permission to list the retained messages for your account. Access level: List. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  ListRetainedMessages: "L||||||",
  /** Grants permission to list role aliases. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListRoleAliases.html */
  ListRoleAliases: "L||||||;",
  /** Grants permission to list SBOM validation results of a package version. Access level: List. Resources: packageversion*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListSbomValidationResults.html */
  ListSbomValidationResults: "L|||19;1;|||;",
  /** Grants permission to list all of your scheduled audits. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListScheduledAudits.html */
  ListScheduledAudits: "L||||||;",
  /** Grants permission to list the Device Defender security profiles you have created. Access level: List. Resources: custommetric, dimension. https://docs.aws.amazon.com/iot/latest/apireference/API_ListSecurityProfiles.html */
  ListSecurityProfiles: "L|||7;0;,9;0;|||;",
  /** Grants permission to list the Device Defender security profiles attached to a target. Access level: List. Resources: thinggroup. https://docs.aws.amazon.com/iot/latest/apireference/API_ListSecurityProfilesForTarget.html */
  ListSecurityProfilesForTarget: "L|||28;0;|||;",
  /** Grants permission to list the streams in your account. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListStreams.html */
  ListStreams: "L||||||;",
  /** Grants permission to retrieve the specified connection's subscriptions. Access level: Write. Resources: client*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  ListSubscriptions: "W|||5;1;|||",
  /** Grants permission to list all tags for a given resource. Access level: Read. Resources: authorizer, billinggroup, cacert, certificateprovider, command, custommetric, dimension, domainconfiguration, dynamicthinggroup, fleetmetric, job, jobtemplate, mitigationaction, otaupdate, policy, provisioningtemplate, rolealias, rule, scheduledaudit, securityprofile, stream, thinggroup, thingtype. https://docs.aws.amazon.com/iot/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource:
    "R|||0;0;,1;0;,2;0;,4;0;,6;0;,7;0;,9;0;,10;0;,11;0;,12;0;,14;0;,15;0;,16;0;,17;0;,20;0;,21;0;,22;0;,23;0;,24;0;,25;0;,26;0;,28;0;,29;0;|||;",
  /** Grants permission to list targets for the specified policy. Access level: List. Resources: policy*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListTargetsForPolicy.html */
  ListTargetsForPolicy: "L|||20;1;|||;",
  /** Grants permission to list the targets associated with a given Device Defender security profile. Access level: List. Resources: securityprofile*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListTargetsForSecurityProfile.html */
  ListTargetsForSecurityProfile: "L|||25;1;|||;",
  /** Grants permission to list all thing groups. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThingGroups.html */
  ListThingGroups: "L||||||;",
  /** Grants permission to list thing groups to which the specified thing belongs. Access level: List. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThingGroupsForThing.html */
  ListThingGroupsForThing: "L|||27;1;|||;",
  /** Grants permission to list the principals associated with the specified thing. Access level: List. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThingPrincipals.html */
  ListThingPrincipals: "L|||27;1;|||;",
  /** Grants permission to list the principals associated with the specified thing. Access level: List. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThingPrincipalsV2.html */
  ListThingPrincipalsV2: "L|||27;1;|||;",
  /** Grants permission to list information about bulk thing registration tasks. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThingRegistrationTaskReports.html */
  ListThingRegistrationTaskReports: "L||||||;",
  /** Grants permission to list bulk thing registration tasks. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThingRegistrationTasks.html */
  ListThingRegistrationTasks: "L||||||;",
  /** Grants permission to list all thing types. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThingTypes.html */
  ListThingTypes: "L||||||;",
  /** Grants permission to list all things. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThings.html */
  ListThings: "L||||||;",
  /** Grants permission to list all things in the specified billing group. Access level: List. Resources: billinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThingsInBillingGroup.html */
  ListThingsInBillingGroup: "L|||1;1;|||;",
  /** Grants permission to list all things in the specified thing group. Access level: List. Resources: thinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_ListThingsInThingGroup.html */
  ListThingsInThingGroup: "L|||28;1;|||;",
  /** Grants permission to list all TopicRuleDestinations. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListTopicRuleDestinations.html */
  ListTopicRuleDestinations: "L||||||;",
  /** Grants permission to list the rules for the specific topic. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListTopicRules.html */
  ListTopicRules: "L||||||;",
  /** Grants permission to list tunnels. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_iot-secure-tunneling_ListTunnels.html */
  ListTunnels: "L||||||;",
  /** Grants permission to list the v2 logging levels. Access level: List. https://docs.aws.amazon.com/iot/latest/apireference/API_ListV2LoggingLevels.html */
  ListV2LoggingLevels: "L||||||;",
  /** Grants permission to list the Device Defender security profile violations discovered during the given time period. Access level: List. Resources: securityprofile, thing. https://docs.aws.amazon.com/iot/latest/apireference/API_ListViolationEvents.html */
  ListViolationEvents: "L|||25;0;,27;0;|||;",
  /** Grants permission to open a tunnel. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_iot-secure-tunneling_OpenTunnel.html */
  OpenTunnel: "W||||0,2,10,12||;",
  /** Grants permission to publish to the specified topic. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  Publish: "W|||30;1;|||",
  /** Grants permission to put verification state on a violation. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_PutVerificationStateOnViolation.html */
  PutVerificationStateOnViolation: "W||||||;",
  /** Grants permission to receive from the specified topic. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  Receive: "W|||30;1;|||",
  /** Grants permission to register a CA certificate with AWS IoT. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_RegisterCACertificate.html */
  RegisterCACertificate: "W||||0,1,2|0,2|;",
  /** Grants permission to register a device certificate with AWS IoT. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_RegisterCertificate.html */
  RegisterCertificate: "W||||||;",
  /** Grants permission to register a device certificate with AWS IoT without a registered CA (certificate authority). Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_RegisterCertificateWithoutCA.html */
  RegisterCertificateWithoutCA: "W||||||;",
  /** Grants permission to register your thing. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_RegisterThing.html */
  RegisterThing: "W||||||;",
  /** Grants permission to reject a pending certificate transfer. Access level: Write. Resources: cert*. https://docs.aws.amazon.com/iot/latest/apireference/API_RejectCertificateTransfer.html */
  RejectCertificateTransfer: "W|||3;1;|||;",
  /** Grants permission to remove thing from the specified billing group. Access level: Write. Resources: billinggroup*, thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_RemoveThingFromBillingGroup.html */
  RemoveThingFromBillingGroup: "W|||1;1;,27;1;|||;",
  /** Grants permission to remove thing from the specified thing group. Access level: Write. Resources: thing*, thinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_RemoveThingFromThingGroup.html */
  RemoveThingFromThingGroup: "W|||27;1;,28;1;|||;",
  /** Grants permission to replace the specified rule. Access level: Write. Resources: rule*. https://docs.aws.amazon.com/iot/latest/apireference/API_ReplaceTopicRule.html */
  ReplaceTopicRule: "W|||23;1;||0|;",
  /** Grants permission to publish a retained message to the specified topic. Access level: Write. Resources: topic*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  RetainPublish: "W|||30;1;|||",
  /** Grants permission to rotate the access token of a tunnel. Access level: Write. Resources: tunnel*. https://docs.aws.amazon.com/iot/latest/apireference/API_iot-secure-tunneling_RotateTunnelAccessToken.html */
  RotateTunnelAccessToken: "W|||32;1;|3,10,12||;",
  /** Grants permission to search IoT fleet index. Access level: Read. Resources: index*. https://docs.aws.amazon.com/iot/latest/apireference/API_SearchIndex.html */
  SearchIndex: "R|||13;1;|||;",
  /** Grants permission to send a direct message to an IoT client. Access level: Write. Resources: client*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  SendDirectMessage: "W|||5;1;|11||",
  /** Grants permission to set the default authorizer. This will be used if a websocket connection is made without specifying an authorizer. Access level: Permissions management. Resources: authorizer*. https://docs.aws.amazon.com/iot/latest/apireference/API_SetDefaultAuthorizer.html */
  SetDefaultAuthorizer: "P|||0;1;|||;",
  /** Grants permission to set the specified version of the specified policy as the policy's default (operative) version. Access level: Permissions management. Resources: policy*. https://docs.aws.amazon.com/iot/latest/apireference/API_SetDefaultPolicyVersion.html */
  SetDefaultPolicyVersion: "P|||20;1;|||;",
  /** Grants permission to set the logging options. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_SetLoggingOptions.html */
  SetLoggingOptions: "W|||||0|;",
  /** Grants permission to set the v2 logging level. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_SetV2LoggingLevel.html */
  SetV2LoggingLevel: "W||||||;",
  /** Grants permission to set the v2 logging options. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_SetV2LoggingOptions.html */
  SetV2LoggingOptions: "W|||||0|;",
  /** Grants permission to start a task that applies a set of mitigation actions to the specified target. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_StartAuditMitigationActionsTask.html */
  StartAuditMitigationActionsTask: "W||||||;",
  /** Grants permission to start a new command execution. Access level: Write. Resources: client, command*, thing. https://docs.aws.amazon.com/iot/latest/apireference/API_iot-jobs-data_StartCommandExecution.html */
  StartCommandExecution: "W|||5;0;,6;1;,27;0;|4,5,6||",
  /** Grants permission to start a Device Defender ML Detect mitigation actions task. Access level: Write. Resources: securityprofile. https://docs.aws.amazon.com/iot/latest/apireference/API_StartDetectMitigationActionsTask.html */
  StartDetectMitigationActionsTask: "W|||25;0;|||;",
  /** Grants permission to start an on-demand Device Defender audit. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_StartOnDemandAuditTask.html */
  StartOnDemandAuditTask: "W||||||;",
  /** Grants permission to start a bulk thing registration task. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_StartThingRegistrationTask.html */
  StartThingRegistrationTask: "W|||||0|;",
  /** Grants permission to stop a bulk thing registration task. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_StopThingRegistrationTask.html */
  StopThingRegistrationTask: "W||||||;",
  /** Grants permission to subscribe to the specified TopicFilter. Access level: Write. Resources: topicfilter*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  Subscribe: "W|||31;1;|||",
  /** Grants permission to tag a specified resource. Access level: Tagging. Resources: authorizer, billinggroup, cacert, certificateprovider, command, custommetric, dimension, domainconfiguration, dynamicthinggroup, fleetmetric, job, jobtemplate, mitigationaction, otaupdate, package, packageversion, policy, provisioningtemplate, rolealias, rule, scheduledaudit, securityprofile, stream, thinggroup, thingtype. https://docs.aws.amazon.com/iot/latest/apireference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,4;0;,6;0;,7;0;,9;0;,10;0;,11;0;,12;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;,21;0;,22;0;,23;0;,24;0;,25;0;,26;0;,28;0;,29;0;|0,2||CreateAuthorizer,CreateBillingGroup,CreateCertificateProvider,CreateCommand,CreateCustomMetric,CreateDimension,CreateDomainConfiguration,CreateDynamicThingGroup,CreateFleetMetric,CreateJob,CreateJobTemplate,CreateMitigationAction,CreateOTAUpdate,CreatePackage,CreatePackageVersion,CreatePolicy,CreateProvisioningTemplate,CreateRoleAlias,CreateScheduledAudit,CreateSecurityProfile,CreateStream,CreateThingGroup,CreateThingType,CreateTopicRule,RegisterCACertificate,;",
  /** Grants permission to test the policies evaluation for group policies. Access level: Read. Resources: cert. https://docs.aws.amazon.com/iot/latest/apireference/API_TestAuthorization.html */
  TestAuthorization: "R|||3;0;|||;",
  /** Grants permission to test invoke the specified custom authorizer for testing purposes. Access level: Read. Resources: authorizer*. https://docs.aws.amazon.com/iot/latest/apireference/API_TestInvokeAuthorizer.html */
  TestInvokeAuthorizer: "R|||0;1;|||;",
  /** Grants permission to transfer the specified certificate to the specified AWS account. Access level: Write. Resources: cert*. https://docs.aws.amazon.com/iot/latest/apireference/API_TransferCertificate.html */
  TransferCertificate: "W|||3;1;|||;",
  /** Grants permission to untag a specified resource. Access level: Tagging. Resources: authorizer, billinggroup, cacert, certificateprovider, command, custommetric, dimension, domainconfiguration, dynamicthinggroup, fleetmetric, job, jobtemplate, mitigationaction, otaupdate, package, packageversion, policy, provisioningtemplate, rolealias, rule, scheduledaudit, securityprofile, stream, thinggroup, thingtype. https://docs.aws.amazon.com/iot/latest/apireference/API_UntagResource.html */
  UntagResource:
    "T|||0;0;,1;0;,2;0;,4;0;,6;0;,7;0;,9;0;,10;0;,11;0;,12;0;,14;0;,15;0;,16;0;,17;0;,18;0;,19;0;,20;0;,21;0;,22;0;,23;0;,24;0;,25;0;,26;0;,28;0;,29;0;|2||;",
  /** Grants permission to configure or reconfigure the Device Defender audit settings for this account. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateAccountAuditConfiguration.html */
  UpdateAccountAuditConfiguration: "W|||||0|;",
  /** Grants permission to update a Device Defender audit suppression. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateAuditSuppression.html */
  UpdateAuditSuppression: "W||||||",
  /** Grants permission to update an authorizer. Access level: Write. Resources: authorizer*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateAuthorizer.html */
  UpdateAuthorizer: "W|||0;1;|||;",
  /** Grants permission to update information associated with the specified billing group. Access level: Write. Resources: billinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateBillingGroup.html */
  UpdateBillingGroup: "W|||1;1;|||;",
  /** Grants permission to update a registered CA certificate. Access level: Write. Resources: cacert*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateCACertificate.html */
  UpdateCACertificate: "W|||2;1;||0|;",
  /** Grants permission to update the status of the specified certificate. This operation is idempotent. Access level: Write. Resources: cert*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateCertificate.html */
  UpdateCertificate: "W|||3;1;|||;",
  /** Grants permission to update a certificate provider. Access level: Write. Resources: certificateprovider*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateCertificateProvider.html */
  UpdateCertificateProvider: "W|||4;1;|||;",
  /** Grants permission to update a command. Access level: Write. Resources: command*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateCommand.html */
  UpdateCommand: "W|||6;1;|||;",
  /** Grants permission to update the specified custom metric. Access level: Write. Resources: custommetric*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateCustomMetric.html */
  UpdateCustomMetric: "W|||7;1;|||;",
  /** Grants permission to update the definition for a dimension. Access level: Write. Resources: dimension*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateDimension.html */
  UpdateDimension: "W|||9;1;|||;",
  /** Grants permission to update a domain configuration. Access level: Write. Resources: domainconfiguration*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateDomainConfiguration.html */
  UpdateDomainConfiguration: "W|||10;1;|||;",
  /** Grants permission to update a Dynamic Thing Group. Access level: Write. Resources: dynamicthinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateDynamicThingGroup.html */
  UpdateDynamicThingGroup: "W|||11;1;|||;",
  /** Grants permission to update the encryption configuration for the account. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateEncryptionConfiguration.html */
  UpdateEncryptionConfiguration: "W|||||0|;",
  /** Grants permission to update event configurations. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateEventConfigurations.html */
  UpdateEventConfigurations: "W||||||;",
  /** Grants permission to update a fleet metric. Access level: Write. Resources: fleetmetric*, index*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateFleetMetric.html */
  UpdateFleetMetric: "W|||12;1;,13;1;|||;",
  /** Grants permission to update fleet indexing configuration. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateIndexingConfiguration.html */
  UpdateIndexingConfiguration: "W||||||;",
  /** Grants permission to update a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateJob.html */
  UpdateJob: "W|||14;1;|||;",
  /** Grants permission to update the definition for the specified mitigation action. Access level: Write. Resources: mitigationaction*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateMitigationAction.html */
  UpdateMitigationAction: "W|||16;1;||0|;",
  /** Grants permission to update a package. Access level: Write. Resources: package*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdatePackage.html */
  UpdatePackage: "W|||18;1;||1|;",
  /** Grants permission to update the package configuration of the account. Access level: Write. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdatePackageConfiguration.html */
  UpdatePackageConfiguration: "W|||||0|;",
  /** Grants permission to update the version of the specified package. Access level: Write. Resources: package*, packageversion*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdatePackageVersion.html */
  UpdatePackageVersion: "W|||18;1;,19;1;||1,3|;",
  /** Grants permission to update a fleet provisioning template. Access level: Write. Resources: provisioningtemplate*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateProvisioningTemplate.html */
  UpdateProvisioningTemplate: "W|||21;1;||0|;",
  /** Grants permission to update the role alias. Access level: Write. Resources: rolealias*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateRoleAlias.html */
  UpdateRoleAlias: "W|||22;1;||0|;",
  /** Grants permission to update a scheduled audit, including what checks are performed and how often the audit takes place. Access level: Write. Resources: scheduledaudit*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateScheduledAudit.html */
  UpdateScheduledAudit: "W|||24;1;|||;",
  /** Grants permission to update a Device Defender security profile. Access level: Write. Resources: custommetric, dimension, securityprofile*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateSecurityProfile.html */
  UpdateSecurityProfile: "W|||7;0;,9;0;,25;1;||0|;",
  /** Grants permission to update the data for a stream. Access level: Write. Resources: stream*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateStream.html */
  UpdateStream: "W|||26;1;||0|;",
  /** Grants permission to update information associated with the specified thing. Access level: Write. Resources: thing*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateThing.html */
  UpdateThing: "W|||27;1;|||;",
  /** Grants permission to update information associated with the specified thing group. Access level: Write. Resources: thinggroup*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateThingGroup.html */
  UpdateThingGroup: "W|||28;1;|||;",
  /** Grants permission to update the thing groups to which the thing belongs. Access level: Write. Resources: thing*, thinggroup. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateThingGroupsForThing.html */
  UpdateThingGroupsForThing: "W|||27;1;,28;0;|||;",
  /** Grants permission to update the thing shadow. Access level: Write. Resources: thing*. https://docs.aws.amazon.com/iot/latest/developerguide/policy-actions.html */
  UpdateThingShadow: "W|||27;1;|||",
  /** Grants permission to update information associated with the specified thing type. Access level: Write. Resources: thingtype*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateThingType.html */
  UpdateThingType: "W|||29;1;|||;",
  /** Grants permission to update a TopicRuleDestination. Access level: Write. Resources: destination*. https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateTopicRuleDestination.html */
  UpdateTopicRuleDestination: "W|||8;1;|||;",
  /** Grants permission to validate a Device Defender security profile behaviors specification. Access level: Read. https://docs.aws.amazon.com/iot/latest/apireference/API_ValidateSecurityProfileBehaviors.html */
  ValidateSecurityProfileBehaviors: "R||||||;",
} as const;
const actionDetails = {
  AcceptCertificateTransfer: "|,;~~~|Grants permission to accept a pending certificate transfer",
  AddThingToBillingGroup: "|,;~~~|Grants permission to add a thing to the specified billing group",
  AddThingToThingGroup: "|,;~~~|Grants permission to add a thing to the specified thing group",
  AssociateSbomWithPackageVersion: "|,;~~~|Grants permission to associate SBOM files to a package version",
  AssociateTargetsWithJob: "|,;~~~|Grants permission to associate a group with a continuous job",
  AttachPolicy: "|,;~~~|Grants permission to attach a policy to the specified target",
  AttachPrincipalPolicy:
    "|,;~~~|Grants permission to attach the specified policy to the specified principal (certificate or other credential)",
  AttachSecurityProfile:
    "|,;~~~|Grants permission to associate a Device Defender security profile with a thing group or with this account",
  AttachThingPrincipal: "|,;~~~|Grants permission to attach the specified principal to the specified thing",
  CancelAuditMitigationActionsTask: "|,;~~~|Grants permission to cancel a mitigation action task that is in progress",
  CancelAuditTask:
    "|,;~~~|Grants permission to cancel an audit that is in progress. The audit can be either scheduled or on-demand",
  CancelCertificateTransfer: "|,;~~~|Grants permission to cancel a pending transfer for the specified certificate",
  CancelDetectMitigationActionsTask: "|,;~~~|Grants permission to cancel a Device Defender ML Detect mitigation action",
  CancelJob: "|,;~~~|Grants permission to cancel a job",
  CancelJobExecution: "|,;~~~|Grants permission to cancel a job execution on a particular device",
  ClearDefaultAuthorizer: "|,;~~~|Grants permission to clear the default authorizer",
  CloseTunnel: "|,;~~iotsecuretunneling~|Grants permission to close a tunnel",
  ConfirmTopicRuleDestination: "|,;~|Grants permission to confirm a http url TopicRuleDestinationDestination",
  Connect: "|,;~|Grants permission to connect as the specified client",
  CreateAuditSuppression: "|,;~~~|Grants permission to create a Device Defender audit suppression",
  CreateAuthorizer: "|,;~~~|Grants permission to create an authorizer",
  CreateBillingGroup: "|,;~~~|Grants permission to create a billing group",
  CreateCertificateFromCsr:
    "|,;~~~|Grants permission to create an X.509 certificate using the specified certificate signing request",
  CreateCertificateProvider: "|,;~~~|Grants permission to create a certificate provider",
  CreateCommand:
    "|,;~~~|Grants permission to create a command that can be used to start new executions against a device",
  CreateCustomMetric:
    "|,;~~~|Grants permission to create a custom metric for device side metric reporting and monitoring",
  CreateDimension:
    "|,;~~~|Grants permission to define a dimension that can be used to to limit the scope of a metric used in a security profile",
  CreateDomainConfiguration: "|,;~~~|Grants permission to create a domain configuration",
  CreateDynamicThingGroup: "|,;~~~|Grants permission to create a Dynamic Thing Group",
  CreateFleetMetric: "|,;~~~|Grants permission to create a fleet metric",
  CreateJob: "|,;~~~|Grants permission to create a job",
  CreateJobTemplate: "|,;~~~|Grants permission to create a job template",
  CreateKeysAndCertificate:
    "|,;~~~|Grants permission to create a 2048 bit RSA key pair and issues an X.509 certificate using the issued public key",
  CreateMitigationAction:
    "|,;~~~|Grants permission to define an action that can be applied to audit findings by using StartAuditMitigationActionsTask",
  CreateOTAUpdate: "|,;~~~|Grants permission to create an OTA update job",
  CreatePackage: "|,;~~~|Grants permission to create a software package that you can deploy to your devices",
  CreatePackageVersion: "|,;~~~|Grants permission to create a version under the specified package",
  CreatePolicy: "|,;~~~|Grants permission to create an AWS IoT policy",
  CreatePolicyVersion: "|,;~~~|Grants permission to create a new version of the specified AWS IoT policy",
  CreateProvisioningClaim: "|,;~~~|Grants permission to create a provisioning claim",
  CreateProvisioningTemplate: "|,;~~~|Grants permission to create a fleet provisioning template",
  CreateProvisioningTemplateVersion:
    "|,;~~~|Grants permission to create a new version of a fleet provisioning template",
  CreateRoleAlias: "|,;~~~|Grants permission to create a role alias",
  CreateScheduledAudit: "|,;~~~|Grants permission to create a scheduled audit that is run at a specified time interval",
  CreateSecurityProfile: "|,;~~~|Grants permission to create a Device Defender security profile",
  CreateStream: "|,;~~~|Grants permission to create a new AWS IoT stream",
  CreateThing: "|,;~~~|Grants permission to create a thing in the thing registry",
  CreateThingGroup: "|,;~~~|Grants permission to create a thing group",
  CreateThingType: "|,;~~~|Grants permission to create a new thing type",
  CreateTopicRule: "|,;~~~|Grants permission to create a rule",
  CreateTopicRuleDestination: "|,;~~~|Grants permission to create a TopicRuleDestination",
  DeleteAccountAuditConfiguration:
    "|,;~~~|Grants permission to delete the audit configuration associated with the account",
  DeleteAuditSuppression: "|,;~~~|Grants permission to delete a Device Defender audit suppression",
  DeleteAuthorizer: "|,;~~~|Grants permission to delete the specified authorizer",
  DeleteBillingGroup: "|,;~~~|Grants permission to delete the specified billing group",
  DeleteCACertificate: "|,;~~~|Grants permission to delete a registered CA certificate",
  DeleteCertificate: "|,;~~~|Grants permission to delete the specified certificate",
  DeleteCertificateProvider: "|,;~~~|Grants permission to delete a certificate provider",
  DeleteCommand: "|,;~~~|Grants permission to delete a command",
  DeleteCommandExecution: "|,;~~~|Grants permission to delete a command execution",
  DeleteConnection: "|,;~|Grants permission to disconnect the specified connection",
  DeleteCustomMetric: "|,;~~~|Grants permission to deletes the specified custom metric from your AWS account",
  DeleteDimension: "|,;~~~|Grants permission to remove the specified dimension from your AWS account",
  DeleteDomainConfiguration: "|,;~~~|Grants permission to delete a domain configuration",
  DeleteDynamicThingGroup: "|,;~~~|Grants permission to delete the specified Dynamic Thing Group",
  DeleteFleetMetric: "|,;~~~|Grants permission to delete the specified fleet metric",
  DeleteJob: "|,;~~~|Grants permission to delete a job and its related job executions",
  DeleteJobExecution: "|,;~~~|Grants permission to delete a job execution",
  DeleteJobTemplate: "|,;~~~|Grants permission to delete a job template",
  DeleteMitigationAction: "|,;~~~|Grants permission to delete a defined mitigation action from your AWS account",
  DeleteOTAUpdate: "|,;~~~|Grants permission to delete an OTA update job",
  DeletePackage: "|,;~~~|Grants permission to delete a package",
  DeletePackageVersion: "|,;~~~|Grants permission to delete a version of the specified package",
  DeletePolicy: "|,;~~~|Grants permission to delete the specified policy",
  DeletePolicyVersion: "|,;~~~|Grants permission to Delete the specified version of the specified policy",
  DeleteProvisioningTemplate: "|,;~~~|Grants permission to delete a fleet provisioning template",
  DeleteProvisioningTemplateVersion: "|,;~~~|Grants permission to delete a fleet provisioning template version",
  DeleteRegistrationCode: "|,;~~~|Grants permission to delete a CA certificate registration code",
  DeleteRoleAlias: "|,;~~~|Grants permission to delete the specified role alias",
  DeleteScheduledAudit: "|,;~~~|Grants permission to delete a scheduled audit",
  DeleteSecurityProfile: "|,;~~~|Grants permission to delete a Device Defender security profile",
  DeleteStream: "|,;~~~|Grants permission to delete a specified stream",
  DeleteThing: "|,;~~~|Grants permission to delete the specified thing",
  DeleteThingGroup: "|,;~~~|Grants permission to delete the specified thing group",
  DeleteThingShadow: "|,;~|Grants permission to delete the specified thing shadow",
  DeleteThingType: "|,;~~~|Grants permission to delete the specified thing type",
  DeleteTopicRule: "|,;~~~|Grants permission to delete the specified rule",
  DeleteTopicRuleDestination: "|,;~~~|Grants permission to delete a TopicRuleDestination",
  DeleteV2LoggingLevel: "|,;~~~|Grants permission to delete the specified v2 logging level",
  DeprecateThingType: "|,;~~~|Grants permission to deprecate the specified thing type",
  DescribeAccountAuditConfiguration:
    "|,;~~~|Grants permission to get information about audit configurations for the account",
  DescribeAuditFinding:
    "|,;~~~|Grants permission to get information about a single audit finding. Properties include the reason for noncompliance, the severity of the issue, and when the audit that returned the finding was started",
  DescribeAuditMitigationActionsTask:
    "|,;~~~|Grants permission to get information about an audit mitigation task that is used to apply mitigation actions to a set of audit findings",
  DescribeAuditSuppression: "|,;~~~|Grants permission to get information about a Device Defender audit suppression",
  DescribeAuditTask: "|,;~~~|Grants permission to get information about a Device Defender audit",
  DescribeAuthorizer: "|,;~~~|Grants permission to describe an authorizer",
  DescribeBillingGroup: "|,;~~~|Grants permission to get information about the specified billing group",
  DescribeCACertificate: "|,;~~~|Grants permission to describe a registered CA certificate",
  DescribeCertificate: "|,;~~~|Grants permission to get information about the specified certificate",
  DescribeCertificateProvider: "|,;~~~|Grants permission to describe a certificate provider",
  DescribeCustomMetric: "|,;~~~|Grants permission to describe a custom metric that is defined in your AWS account",
  DescribeDefaultAuthorizer: "|,;~~~|Grants permission to describe the default authorizer",
  DescribeDetectMitigationActionsTask:
    "|,;~~~|Grants permission to describe a Device Defender ML Detect mitigation action",
  DescribeDimension: "|,;~~~|Grants permission to get details about a dimension that is defined in your AWS account",
  DescribeDomainConfiguration: "|,;~~~|Grants permission to get information about the domain configuration",
  DescribeEncryptionConfiguration: "|,;~~~|Grants permission to describe the encryption configuration for the account",
  DescribeEndpoint: "|,;~~~|Grants permission to get a unique endpoint specific to the AWS account making the call",
  DescribeEventConfigurations: "|,;~~~|Grants permission to get account event configurations",
  DescribeFleetMetric: "|,;~~~|Grants permission to get information about the specified fleet metric",
  DescribeIndex: "|,;~~~|Grants permission to get information about the specified index",
  DescribeJob: "|,;~~~|Grants permission to describe a job",
  DescribeJobExecution: "|,;~~~|Grants permission to describe a job execution",
  DescribeJobTemplate: "|,;~~~|Grants permission to describe a job template",
  DescribeManagedJobTemplate: "|,;~~~|Grants permission to describe a managed job template",
  DescribeMitigationAction: "|,;~~~|Grants permission to get information about a mitigation action",
  DescribeProvisioningTemplate: "|,;~~~|Grants permission to get information about a fleet provisioning template",
  DescribeProvisioningTemplateVersion:
    "|,;~~~|Grants permission to get information about a fleet provisioning template version",
  DescribeRoleAlias: "|,;~~~|Grants permission to describe a role alias",
  DescribeScheduledAudit: "|,;~~~|Grants permission to get information about a scheduled audit",
  DescribeSecurityProfile: "|,;~~~|Grants permission to get information about a Device Defender security profile",
  DescribeStream: "|,;~~~|Grants permission to get information about the specified stream",
  DescribeThing: "|,;~~~|Grants permission to get information about the specified thing",
  DescribeThingGroup: "|,;~~~|Grants permission to get information about the specified thing group",
  DescribeThingRegistrationTask: "|,;~~~|Grants permission to get information about the bulk thing registration task",
  DescribeThingType: "|,;~~~|Grants permission to get information about the specified thing type",
  DescribeTunnel: "|,;~~iotsecuretunneling~|Grants permission to describe a tunnel",
  DetachPolicy: "|,;~~~|Grants permission to detach a policy from the specified target",
  DetachPrincipalPolicy: "|,;~~~|Grants permission to remove the specified policy from the specified certificate",
  DetachSecurityProfile:
    "|,;~~~|Grants permission to disassociate a Device Defender security profile from a thing group or from this account",
  DetachThingPrincipal: "|,;~~~|Grants permission to detach the specified principal from the specified thing",
  DisableTopicRule: "|,;~~~|Grants permission to disable the specified rule",
  DisassociateSbomFromPackageVersion: "|,;~~~|Grants permission to disassociate SBOM files from a package version",
  EnableTopicRule: "|,;~~~|Grants permission to enable the specified rule",
  GetBehaviorModelTrainingSummaries:
    "|,;~~~|Grants permission to fetch a Device Defender's ML Detect Security Profile training model's status",
  GetBucketsAggregation: "|,;~~~|Grants permission to get buckets aggregation for IoT fleet index",
  GetCardinality: "|,;~~~|Grants permission to get cardinality for IoT fleet index",
  GetCommand: "|,;~~~|Grants permission to get the information about the command",
  GetCommandExecution: "|,;~~~|Grants permission to get the information of a command execution",
  GetConnection: "|,;~|Grants permission to retrieve the specified connection information",
  GetEffectivePolicies: "|,;~~~|Grants permission to get effective policies",
  GetIndexingConfiguration: "|,;~~~|Grants permission to get current fleet indexing configuration",
  GetJobDocument: "|,;~~~|Grants permission to get a job document",
  GetLoggingOptions: "|,;~~~|Grants permission to get the logging options",
  GetOTAUpdate: "|,;~~~|Grants permission to get the information about the OTA update job",
  GetPackage: "|,;~~~|Grants permission to get the information about the package",
  GetPackageConfiguration: "|,;~~~|Grants permission to get the package configuration of the account",
  GetPackageVersion: "|,;~~~|Grants permission to get the version of the package",
  GetPercentiles: "|,;~~~|Grants permission to get percentiles for IoT fleet index",
  GetPolicy:
    "|,;~~~|Grants permission to get information about the specified policy with the policy document of the default version",
  GetPolicyVersion: "|,;~~~|Grants permission to get information about the specified policy version",
  GetRegistrationCode:
    "|,;~~~|Grants permission to get a registration code used to register a CA certificate with AWS IoT",
  GetRetainedMessage: "|,;~|Grants permission to get the retained message on the specified topic",
  GetStatistics: "|,;~~~|Grants permission to get statistics for IoT fleet index",
  GetThingConnectivityData: "|,;~~~|Grants permission to get the thing's connectivity data",
  GetThingShadow: "|,;~|Grants permission to get the thing shadow",
  GetTopicRule: "|,;~~~|Grants permission to get information about the specified rule",
  GetTopicRuleDestination: "|,;~~~|Grants permission to get a TopicRuleDestination",
  GetV2LoggingOptions: "|,;~~~|Grants permission to get v2 logging options",
  ListActiveViolations:
    "|,;~~~|Grants permission to list the active violations for a given Device Defender security profile or Thing",
  ListAttachedPolicies: "|,;~~~|Grants permission to list the policies attached to the specified thing group",
  ListAuditFindings:
    "|,;~~~|Grants permission to list the findings (results) of a Device Defender audit or of the audits performed during a specified time period",
  ListAuditMitigationActionsExecutions:
    "|,;~~~|Grants permission to get the status of audit mitigation action tasks that were executed",
  ListAuditMitigationActionsTasks:
    "|,;~~~|Grants permission to get a list of audit mitigation action tasks that match the specified filters",
  ListAuditSuppressions: "|,;~~~|Grants permission to list your Device Defender audit suppressions",
  ListAuditTasks:
    "|,;~~~|Grants permission to list the Device Defender audits that have been performed during a given time period",
  ListAuthorizers: "|,;~~~|Grants permission to list the authorizers registered in your account",
  ListBillingGroups: "|,;~~~|Grants permission to list all billing groups",
  ListCACertificates: "|,;~~~|Grants permission to list the CA certificates registered for your AWS account",
  ListCertificateProviders: "|,;~~~|Grants permission to list certificate providers in the account",
  ListCertificates: "|,;~~~|Grants permission to list your certificates",
  ListCertificatesByCA:
    "|,;~~~|Grants permission to list the device certificates signed by the specified CA certificate",
  ListCommandExecutions: "|,;~~~|Grants permission to list commands executions in the account",
  ListCommands: "|,;~~~|Grants permission to list commands in the account",
  ListCustomMetrics: "|,;~~~|Grants permission to list the custom metrics in your AWS account",
  ListDetectMitigationActionsExecutions:
    "|,;~~~|Grants permission to lists mitigation actions executions for a Device Defender ML Detect Security Profile",
  ListDetectMitigationActionsTasks:
    "|,;~~~|Grants permission to list Device Defender ML Detect mitigation actions tasks",
  ListDimensions: "|,;~~~|Grants permission to list the dimensions that are defined for your AWS account",
  ListDomainConfigurations: "|,;~~~|Grants permission to list the domain configuration created by your AWS account",
  ListFleetMetrics: "|,;~~~|Grants permission to list the fleet metrics in your account",
  ListIndices: "|,;~~~|Grants permission to list all indices for fleet index",
  ListJobExecutionsForJob: "|,;~~~|Grants permission to list the job executions for a job",
  ListJobExecutionsForThing: "|,;~~~|Grants permission to list the job executions for the specified thing",
  ListJobTemplates: "|,;~~~|Grants permission to list job templates",
  ListJobs: "|,;~~~|Grants permission to list jobs",
  ListManagedJobTemplates: "|,;~~~|Grants permission to list managed job templates",
  ListMetricValues:
    "|,;~~~|Grants permissions to list the metric values for a thing based on the metricName, and dimension if specified",
  ListMitigationActions:
    "|,;~~~|Grants permission to get a list of all mitigation actions that match the specified filter criteria",
  ListNamedShadowsForThing: "|,;~|Grants permission to list all named shadows for a given thing",
  ListOTAUpdates: "|,;~~~|Grants permission to list OTA update jobs in the account",
  ListOutgoingCertificates:
    "|,;~~~|Grants permission to list certificates that are being transfered but not yet accepted",
  ListPackageVersions: "|,;~~~|Grants permission to list versions for a package in the account",
  ListPackages: "|,;~~~|Grants permission to list packages in the account",
  ListPolicies: "|,;~~~|Grants permission to list your policies",
  ListPolicyPrincipals: "|,;~~~|Grants permission to list the principals associated with the specified policy",
  ListPolicyVersions:
    "|,;~~~|Grants permission to list the versions of the specified policy, and identifies the default version",
  ListPrincipalPolicies:
    "|,;~~~|Grants permission to list the policies attached to the specified principal. If you use an Amazon Cognito identity, the ID needs to be in Amazon Cognito Identity format",
  ListPrincipalThings: "|,;~~~|Grants permission to list the things associated with the specified principal",
  ListPrincipalThingsV2: "|,;~~~|Grants permission to list the things associated with the specified principal",
  ListProvisioningTemplateVersions: "|,;~~~|Grants permission to get a list of fleet provisioning template versions",
  ListProvisioningTemplates: "|,;~~~|Grants permission to list the fleet provisioning templates in your AWS account",
  ListRelatedResourcesForAuditFinding: "|,;~~~|Grants permission to list related resources for a single audit finding",
  ListRetainedMessages: "|,;~|Grants permission to list the retained messages for your account",
  ListRoleAliases: "|,;~~~|Grants permission to list role aliases",
  ListSbomValidationResults: "|,;~~~|Grants permission to list SBOM validation results of a package version",
  ListScheduledAudits: "|,;~~~|Grants permission to list all of your scheduled audits",
  ListSecurityProfiles: "|,;~~~|Grants permission to list the Device Defender security profiles you have created",
  ListSecurityProfilesForTarget:
    "|,;~~~|Grants permission to list the Device Defender security profiles attached to a target",
  ListStreams: "|,;~~~|Grants permission to list the streams in your account",
  ListSubscriptions: "|,;~|Grants permission to retrieve the specified connection's subscriptions",
  ListTagsForResource: "|,;~~~;~iotsecuretunneling~|Grants permission to list all tags for a given resource",
  ListTargetsForPolicy: "|,;~~~|Grants permission to list targets for the specified policy",
  ListTargetsForSecurityProfile:
    "|,;~~~|Grants permission to list the targets associated with a given Device Defender security profile",
  ListThingGroups: "|,;~~~|Grants permission to list all thing groups",
  ListThingGroupsForThing: "|,;~~~|Grants permission to list thing groups to which the specified thing belongs",
  ListThingPrincipals: "|,;~~~|Grants permission to list the principals associated with the specified thing",
  ListThingPrincipalsV2: "|,;~~~|Grants permission to list the principals associated with the specified thing",
  ListThingRegistrationTaskReports: "|,;~~~|Grants permission to list information about bulk thing registration tasks",
  ListThingRegistrationTasks: "|,;~~~|Grants permission to list bulk thing registration tasks",
  ListThingTypes: "|,;~~~|Grants permission to list all thing types",
  ListThings: "|,;~~~|Grants permission to list all things",
  ListThingsInBillingGroup: "|,;~~~|Grants permission to list all things in the specified billing group",
  ListThingsInThingGroup: "|,;~~~|Grants permission to list all things in the specified thing group",
  ListTopicRuleDestinations: "|,;~~~|Grants permission to list all TopicRuleDestinations",
  ListTopicRules: "|,;~~~|Grants permission to list the rules for the specific topic",
  ListTunnels: "|,;~~iotsecuretunneling~|Grants permission to list tunnels",
  ListV2LoggingLevels: "|,;~~~|Grants permission to list the v2 logging levels",
  ListViolationEvents:
    "|,;~~~|Grants permission to list the Device Defender security profile violations discovered during the given time period",
  OpenTunnel: "|,;~~iotsecuretunneling~|Grants permission to open a tunnel",
  Publish: "|,;~|Grants permission to publish to the specified topic",
  PutVerificationStateOnViolation: "|,;~~~|Grants permission to put verification state on a violation",
  Receive: "|,;~|Grants permission to receive from the specified topic",
  RegisterCACertificate: "|,;~~~|Grants permission to register a CA certificate with AWS IoT",
  RegisterCertificate: "|,;~~~|Grants permission to register a device certificate with AWS IoT",
  RegisterCertificateWithoutCA:
    "|,;~~~|Grants permission to register a device certificate with AWS IoT without a registered CA (certificate authority)",
  RegisterThing: "|,;~~~|Grants permission to register your thing",
  RejectCertificateTransfer: "|,;~~~|Grants permission to reject a pending certificate transfer",
  RemoveThingFromBillingGroup: "|,;~~~|Grants permission to remove thing from the specified billing group",
  RemoveThingFromThingGroup: "|,;~~~|Grants permission to remove thing from the specified thing group",
  ReplaceTopicRule: "|,;~~~|Grants permission to replace the specified rule",
  RetainPublish: "|,;~|Grants permission to publish a retained message to the specified topic",
  RotateTunnelAccessToken: "|,;~~iotsecuretunneling~|Grants permission to rotate the access token of a tunnel",
  SearchIndex: "|,;~~~|Grants permission to search IoT fleet index",
  SendDirectMessage: "|,;~|Grants permission to send a direct message to an IoT client",
  SetDefaultAuthorizer:
    "|,;~~~|Grants permission to set the default authorizer. This will be used if a websocket connection is made without specifying an authorizer",
  SetDefaultPolicyVersion:
    "|,;~~~|Grants permission to set the specified version of the specified policy as the policy's default (operative) version",
  SetLoggingOptions: "|,;~~~|Grants permission to set the logging options",
  SetV2LoggingLevel: "|,;~~~|Grants permission to set the v2 logging level",
  SetV2LoggingOptions: "|,;~~~|Grants permission to set the v2 logging options",
  StartAuditMitigationActionsTask:
    "|,;~~~|Grants permission to start a task that applies a set of mitigation actions to the specified target",
  StartCommandExecution: "|,;~|Grants permission to start a new command execution",
  StartDetectMitigationActionsTask:
    "|,;~~~|Grants permission to start a Device Defender ML Detect mitigation actions task",
  StartOnDemandAuditTask: "|,;~~~|Grants permission to start an on-demand Device Defender audit",
  StartThingRegistrationTask: "|,;~~~|Grants permission to start a bulk thing registration task",
  StopThingRegistrationTask: "|,;~~~|Grants permission to stop a bulk thing registration task",
  Subscribe: "|,;~|Grants permission to subscribe to the specified TopicFilter",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~;~iotsecuretunneling~|Grants permission to tag a specified resource",
  TestAuthorization: "|,;~~~|Grants permission to test the policies evaluation for group policies",
  TestInvokeAuthorizer: "|,;~~~|Grants permission to test invoke the specified custom authorizer for testing purposes",
  TransferCertificate: "|,;~~~|Grants permission to transfer the specified certificate to the specified AWS account",
  UntagResource: "|,;~~~;~iotsecuretunneling~|Grants permission to untag a specified resource",
  UpdateAccountAuditConfiguration:
    "|,;~~~|Grants permission to configure or reconfigure the Device Defender audit settings for this account",
  UpdateAuditSuppression: "|,;~|Grants permission to update a Device Defender audit suppression",
  UpdateAuthorizer: "|,;~~~|Grants permission to update an authorizer",
  UpdateBillingGroup: "|,;~~~|Grants permission to update information associated with the specified billing group",
  UpdateCACertificate: "|,;~~~|Grants permission to update a registered CA certificate",
  UpdateCertificate:
    "|,;~~~|Grants permission to update the status of the specified certificate. This operation is idempotent",
  UpdateCertificateProvider: "|,;~~~|Grants permission to update a certificate provider",
  UpdateCommand: "|,;~~~|Grants permission to update a command",
  UpdateCustomMetric: "|,;~~~|Grants permission to update the specified custom metric",
  UpdateDimension: "|,;~~~|Grants permission to update the definition for a dimension",
  UpdateDomainConfiguration: "|,;~~~|Grants permission to update a domain configuration",
  UpdateDynamicThingGroup: "|,;~~~|Grants permission to update a Dynamic Thing Group",
  UpdateEncryptionConfiguration: "|,;~~~|Grants permission to update the encryption configuration for the account",
  UpdateEventConfigurations: "|,;~~~|Grants permission to update event configurations",
  UpdateFleetMetric: "|,;~~~|Grants permission to update a fleet metric",
  UpdateIndexingConfiguration: "|,;~~~|Grants permission to update fleet indexing configuration",
  UpdateJob: "|,;~~~|Grants permission to update a job",
  UpdateMitigationAction: "|,;~~~|Grants permission to update the definition for the specified mitigation action",
  UpdatePackage: "|,;~~~|Grants permission to update a package",
  UpdatePackageConfiguration: "|,;~~~|Grants permission to update the package configuration of the account",
  UpdatePackageVersion: "|,;~~~|Grants permission to update the version of the specified package",
  UpdateProvisioningTemplate: "|,;~~~|Grants permission to update a fleet provisioning template",
  UpdateRoleAlias: "|,;~~~|Grants permission to update the role alias",
  UpdateScheduledAudit:
    "|,;~~~|Grants permission to update a scheduled audit, including what checks are performed and how often the audit takes place",
  UpdateSecurityProfile: "|,;~~~|Grants permission to update a Device Defender security profile",
  UpdateStream: "|,;~~~|Grants permission to update the data for a stream",
  UpdateThing: "|,;~~~|Grants permission to update information associated with the specified thing",
  UpdateThingGroup: "|,;~~~|Grants permission to update information associated with the specified thing group",
  UpdateThingGroupsForThing: "|,;~~~|Grants permission to update the thing groups to which the thing belongs",
  UpdateThingShadow: "|,;~|Grants permission to update the thing shadow",
  UpdateThingType: "|,;~~~|Grants permission to update information associated with the specified thing type",
  UpdateTopicRuleDestination: "|,;~~~|Grants permission to update a TopicRuleDestination",
  ValidateSecurityProfileBehaviors:
    "|,;~~~|Grants permission to validate a Device Defender security profile behaviors specification",
};
const resourceTypeFacts = {
  /** The authorizer resource type: arn:${Partition}:iot:${Region}:${Account}:authorizer/${AuthorizerName} */
  authorizer: "|,|1",
  /** The billinggroup resource type: arn:${Partition}:iot:${Region}:${Account}:billinggroup/${BillingGroupName} */
  billinggroup: "|,|1",
  /** The cacert resource type: arn:${Partition}:iot:${Region}:${Account}:cacert/${CACertificate} */
  cacert: "|,|1",
  /** The cert resource type: arn:${Partition}:iot:${Region}:${Account}:cert/${Certificate} */
  cert: "|,|",
  /** The certificateprovider resource type: arn:${Partition}:iot:${Region}:${Account}:certificateprovider/${CertificateProviderName} */
  certificateprovider: "|,|1",
  /** The client resource type: arn:${Partition}:iot:${Region}:${Account}:client/${ClientId} */
  client: "|,|",
  /** The command resource type: arn:${Partition}:iot:${Region}:${Account}:command/${CommandId} */
  command: "|,|1",
  /** The custommetric resource type: arn:${Partition}:iot:${Region}:${Account}:custommetric/${MetricName} */
  custommetric: "|,|1",
  /** The destination resource type: arn:${Partition}:iot:${Region}:${Account}:ruledestination/${DestinationType}/${Uuid} */
  destination: "|,|",
  /** The dimension resource type: arn:${Partition}:iot:${Region}:${Account}:dimension/${DimensionName} */
  dimension: "|,|1",
  /** The domainconfiguration resource type: arn:${Partition}:iot:${Region}:${Account}:domainconfiguration/${DomainConfigurationName}/${Id} */
  domainconfiguration: "|,|1",
  /** The dynamicthinggroup resource type: arn:${Partition}:iot:${Region}:${Account}:thinggroup/${ThingGroupName} */
  dynamicthinggroup: "|,|1",
  /** The fleetmetric resource type: arn:${Partition}:iot:${Region}:${Account}:fleetmetric/${FleetMetricName} */
  fleetmetric: "|,|1",
  /** The index resource type: arn:${Partition}:iot:${Region}:${Account}:index/${IndexName} */
  index: "|,|",
  /** The job resource type: arn:${Partition}:iot:${Region}:${Account}:job/${JobId} */
  job: "|,|1",
  /** The jobtemplate resource type: arn:${Partition}:iot:${Region}:${Account}:jobtemplate/${JobTemplateId} */
  jobtemplate: "|,|1",
  /** The mitigationaction resource type: arn:${Partition}:iot:${Region}:${Account}:mitigationaction/${MitigationActionName} */
  mitigationaction: "|,|1",
  /** The otaupdate resource type: arn:${Partition}:iot:${Region}:${Account}:otaupdate/${OtaUpdateId} */
  otaupdate: "|,|1",
  /** The package resource type: arn:${Partition}:iot:${Region}:${Account}:package/${PackageName} */
  package: "|,package_|1",
  /** The packageversion resource type: arn:${Partition}:iot:${Region}:${Account}:package/${PackageName}/version/${VersionName} */
  packageversion: "|,|1",
  /** The policy resource type: arn:${Partition}:iot:${Region}:${Account}:policy/${PolicyName} */
  policy: "|,|1",
  /** The provisioningtemplate resource type: arn:${Partition}:iot:${Region}:${Account}:provisioningtemplate/${ProvisioningTemplate} */
  provisioningtemplate: "|,|1",
  /** The rolealias resource type: arn:${Partition}:iot:${Region}:${Account}:rolealias/${RoleAlias} */
  rolealias: "|,|1",
  /** The rule resource type: arn:${Partition}:iot:${Region}:${Account}:rule/${RuleName} */
  rule: "|,|1",
  /** The scheduledaudit resource type: arn:${Partition}:iot:${Region}:${Account}:scheduledaudit/${ScheduleName} */
  scheduledaudit: "|,|1",
  /** The securityprofile resource type: arn:${Partition}:iot:${Region}:${Account}:securityprofile/${SecurityProfileName} */
  securityprofile: "|,|1",
  /** The stream resource type: arn:${Partition}:iot:${Region}:${Account}:stream/${StreamId} */
  stream: "|,|1",
  /** The thing resource type: arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName} */
  thing: "|,|",
  /** The thinggroup resource type: arn:${Partition}:iot:${Region}:${Account}:thinggroup/${ThingGroupName} */
  thinggroup: "|,|1",
  /** The thingtype resource type: arn:${Partition}:iot:${Region}:${Account}:thingtype/${ThingTypeName} */
  thingtype: "|,|1",
  /** The topic resource type: arn:${Partition}:iot:${Region}:${Account}:topic/${TopicName} */
  topic: "|,|",
  /** The topicfilter resource type: arn:${Partition}:iot:${Region}:${Account}:topicfilter/${TopicFilter} */
  topicfilter: "|,|",
  /** The tunnel resource type: arn:${Partition}:iot:${Region}:${Account}:tunnel/${TunnelId} */
  tunnel: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a authorizer resource: arn:${Partition}:iot:${Region}:${Account}:authorizer/${AuthorizerName}. */
  authorizer: "|,authorizer|arn:|Partition|:iot:|Region|:|Account|:authorizer/|AuthorizerName|",
  /** ARN of a billinggroup resource: arn:${Partition}:iot:${Region}:${Account}:billinggroup/${BillingGroupName}. */
  billinggroup: "|,billinggroup|arn:|Partition|:iot:|Region|:|Account|:billinggroup/|BillingGroupName|",
  /** ARN of a cacert resource: arn:${Partition}:iot:${Region}:${Account}:cacert/${CACertificate}. */
  cacert: "|,cacert|arn:|Partition|:iot:|Region|:|Account|:cacert/|CACertificate,caCertificate|",
  /** ARN of a cert resource: arn:${Partition}:iot:${Region}:${Account}:cert/${Certificate}. */
  cert: "|,cert|arn:|Partition|:iot:|Region|:|Account|:cert/|Certificate|",
  /** ARN of a certificateprovider resource: arn:${Partition}:iot:${Region}:${Account}:certificateprovider/${CertificateProviderName}. */
  certificateprovider:
    "|,certificateprovider|arn:|Partition|:iot:|Region|:|Account|:certificateprovider/|CertificateProviderName|",
  /** ARN of a client resource: arn:${Partition}:iot:${Region}:${Account}:client/${ClientId}. */
  client: "|,client|arn:|Partition|:iot:|Region|:|Account|:client/|ClientId|",
  /** ARN of a command resource: arn:${Partition}:iot:${Region}:${Account}:command/${CommandId}. */
  command: "|,command|arn:|Partition|:iot:|Region|:|Account|:command/|CommandId|",
  /** ARN of a custommetric resource: arn:${Partition}:iot:${Region}:${Account}:custommetric/${MetricName}. */
  custommetric: "|,custommetric|arn:|Partition|:iot:|Region|:|Account|:custommetric/|MetricName|",
  /** ARN of a destination resource: arn:${Partition}:iot:${Region}:${Account}:ruledestination/${DestinationType}/${Uuid}. */
  destination: "|,destination|arn:|Partition|:iot:|Region|:|Account|:ruledestination/|DestinationType|/|Uuid|",
  /** ARN of a dimension resource: arn:${Partition}:iot:${Region}:${Account}:dimension/${DimensionName}. */
  dimension: "|,dimension|arn:|Partition|:iot:|Region|:|Account|:dimension/|DimensionName|",
  /** ARN of a domainconfiguration resource: arn:${Partition}:iot:${Region}:${Account}:domainconfiguration/${DomainConfigurationName}/${Id}. */
  domainconfiguration:
    "|,domainconfiguration|arn:|Partition|:iot:|Region|:|Account|:domainconfiguration/|DomainConfigurationName|/|Id|",
  /** ARN of a dynamicthinggroup resource: arn:${Partition}:iot:${Region}:${Account}:thinggroup/${ThingGroupName}. */
  dynamicthinggroup: "|,dynamicthinggroup|arn:|Partition|:iot:|Region|:|Account|:thinggroup/|ThingGroupName|",
  /** ARN of a fleetmetric resource: arn:${Partition}:iot:${Region}:${Account}:fleetmetric/${FleetMetricName}. */
  fleetmetric: "|,fleetmetric|arn:|Partition|:iot:|Region|:|Account|:fleetmetric/|FleetMetricName|",
  /** ARN of a index resource: arn:${Partition}:iot:${Region}:${Account}:index/${IndexName}. */
  index: "|,index|arn:|Partition|:iot:|Region|:|Account|:index/|IndexName|",
  /** ARN of a job resource: arn:${Partition}:iot:${Region}:${Account}:job/${JobId}. */
  job: "|,job|arn:|Partition|:iot:|Region|:|Account|:job/|JobId|",
  /** ARN of a jobtemplate resource: arn:${Partition}:iot:${Region}:${Account}:jobtemplate/${JobTemplateId}. */
  jobtemplate: "|,jobtemplate|arn:|Partition|:iot:|Region|:|Account|:jobtemplate/|JobTemplateId|",
  /** ARN of a mitigationaction resource: arn:${Partition}:iot:${Region}:${Account}:mitigationaction/${MitigationActionName}. */
  mitigationaction: "|,mitigationaction|arn:|Partition|:iot:|Region|:|Account|:mitigationaction/|MitigationActionName|",
  /** ARN of a otaupdate resource: arn:${Partition}:iot:${Region}:${Account}:otaupdate/${OtaUpdateId}. */
  otaupdate: "|,otaupdate|arn:|Partition|:iot:|Region|:|Account|:otaupdate/|OtaUpdateId|",
  /** ARN of a package resource: arn:${Partition}:iot:${Region}:${Account}:package/${PackageName}. */
  package_: "|,package|arn:|Partition|:iot:|Region|:|Account|:package/|PackageName|",
  /** ARN of a packageversion resource: arn:${Partition}:iot:${Region}:${Account}:package/${PackageName}/version/${VersionName}. */
  packageversion: "|,packageversion|arn:|Partition|:iot:|Region|:|Account|:package/|PackageName|/version/|VersionName|",
  /** ARN of a policy resource: arn:${Partition}:iot:${Region}:${Account}:policy/${PolicyName}. */
  policy: "|,policy|arn:|Partition|:iot:|Region|:|Account|:policy/|PolicyName|",
  /** ARN of a provisioningtemplate resource: arn:${Partition}:iot:${Region}:${Account}:provisioningtemplate/${ProvisioningTemplate}. */
  provisioningtemplate:
    "|,provisioningtemplate|arn:|Partition|:iot:|Region|:|Account|:provisioningtemplate/|ProvisioningTemplate|",
  /** ARN of a rolealias resource: arn:${Partition}:iot:${Region}:${Account}:rolealias/${RoleAlias}. */
  rolealias: "|,rolealias|arn:|Partition|:iot:|Region|:|Account|:rolealias/|RoleAlias|",
  /** ARN of a rule resource: arn:${Partition}:iot:${Region}:${Account}:rule/${RuleName}. */
  rule: "|,rule|arn:|Partition|:iot:|Region|:|Account|:rule/|RuleName|",
  /** ARN of a scheduledaudit resource: arn:${Partition}:iot:${Region}:${Account}:scheduledaudit/${ScheduleName}. */
  scheduledaudit: "|,scheduledaudit|arn:|Partition|:iot:|Region|:|Account|:scheduledaudit/|ScheduleName|",
  /** ARN of a securityprofile resource: arn:${Partition}:iot:${Region}:${Account}:securityprofile/${SecurityProfileName}. */
  securityprofile: "|,securityprofile|arn:|Partition|:iot:|Region|:|Account|:securityprofile/|SecurityProfileName|",
  /** ARN of a stream resource: arn:${Partition}:iot:${Region}:${Account}:stream/${StreamId}. */
  stream: "|,stream|arn:|Partition|:iot:|Region|:|Account|:stream/|StreamId|",
  /** ARN of a thing resource: arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName}. */
  thing: "|,thing|arn:|Partition|:iot:|Region|:|Account|:thing/|ThingName|",
  /** ARN of a thinggroup resource: arn:${Partition}:iot:${Region}:${Account}:thinggroup/${ThingGroupName}. */
  thinggroup: "|,thinggroup|arn:|Partition|:iot:|Region|:|Account|:thinggroup/|ThingGroupName|",
  /** ARN of a thingtype resource: arn:${Partition}:iot:${Region}:${Account}:thingtype/${ThingTypeName}. */
  thingtype: "|,thingtype|arn:|Partition|:iot:|Region|:|Account|:thingtype/|ThingTypeName|",
  /** ARN of a topic resource: arn:${Partition}:iot:${Region}:${Account}:topic/${TopicName}. */
  topic: "|,topic|arn:|Partition|:iot:|Region|:|Account|:topic/|TopicName|",
  /** ARN of a topicfilter resource: arn:${Partition}:iot:${Region}:${Account}:topicfilter/${TopicFilter}. */
  topicfilter: "|,topicfilter|arn:|Partition|:iot:|Region|:|Account|:topicfilter/|TopicFilter|",
  /** ARN of a tunnel resource: arn:${Partition}:iot:${Region}:${Account}:tunnel/${TunnelId}. */
  tunnel: "|,tunnel|arn:|Partition|:iot:|Region|:|Account|:tunnel/|TunnelId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "authorizer",
  "billinggroup",
  "cacert",
  "cert",
  "certificateprovider",
  "client",
  "command",
  "custommetric",
  "destination",
  "dimension",
  "domainconfiguration",
  "dynamicthinggroup",
  "fleetmetric",
  "index",
  "job",
  "jobtemplate",
  "mitigationaction",
  "otaupdate",
  "package",
  "packageversion",
  "policy",
  "provisioningtemplate",
  "rolealias",
  "rule",
  "scheduledaudit",
  "securityprofile",
  "stream",
  "thing",
  "thinggroup",
  "thingtype",
  "topic",
  "topicfilter",
  "tunnel",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "iot">;
/** Any iot action. */
export type Action = ActionOf<typeof actionFacts, "iot">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "iot">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "iot" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every iot action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag key that is present in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by a tag key component of a tag associated to the IoT resource in the request. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the command parameter name and boolean value. */
  [key: `iot:CommandExecutionParameterBoolean/${string}`]: "Bool";
  /** Filters access by the command parameter name and numeric value. */
  [key: `iot:CommandExecutionParameterNumber/${string}`]: "Numeric";
  /** Filters access by the command parameter name and string value. */
  [key: `iot:CommandExecutionParameterString/${string}`]: "String";
  /** Filters access by a list of tag keys associated to the IoT resource in the request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the mode of the client for IoT Tunnel. */
  "iot:ClientMode": "String";
  /** Filters access by a flag indicating whether or not to also delete an IoT Tunnel immediately when making iot:CloseTunnel request. */
  "iot:Delete": "Bool";
  /** Filters access by based on the domain name of an IoT DomainConfiguration. */
  "iot:DomainName": "String";
  /** Filters access by GetConnection includeSocketInformation request parameter. */
  "iot:IncludeSocketInformation": "String";
  /** Filters access by a list of IoT Thing Group ARNs that the destination IoT Thing belongs to for an IoT Tunnel. */
  "iot:ThingGroupArn": "ArrayOfARN";
  /** Filters access by based on the topic. */
  "iot:Topic": "String";
  /** Filters access by a list of destination services for an IoT Tunnel. */
  "iot:TunnelDestinationService": "ArrayOfString";
  /** Filters access by the ARN of an IoT Thing. */
  "iot:thingArn": "ARN";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
  /** iot:CommandExecutionParameterBoolean/${CommandParameterName} */
  "iot:CommandExecutionParameterBoolean/${CommandParameterName}": `iot:CommandExecutionParameterBoolean/${string}`;
  /** iot:CommandExecutionParameterNumber/${CommandParameterName} */
  "iot:CommandExecutionParameterNumber/${CommandParameterName}": `iot:CommandExecutionParameterNumber/${string}`;
  /** iot:CommandExecutionParameterString/${CommandParameterName} */
  "iot:CommandExecutionParameterString/${CommandParameterName}": `iot:CommandExecutionParameterString/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag key that is present in the request",
  "aws:ResourceTag/${TagKey}":
    "|,String|0||Filters access by a tag key component of a tag associated to the IoT resource in the request",
  "aws:TagKeys":
    "|,ArrayOfString|0||Filters access by a list of tag keys associated to the IoT resource in the request",
  "iot:ClientMode": "|,String|0||Filters access by the mode of the client for IoT Tunnel",
  "iot:CommandExecutionParameterBoolean/${CommandParameterName}":
    "|,Bool|0||Filters access by the command parameter name and boolean value",
  "iot:CommandExecutionParameterNumber/${CommandParameterName}":
    "|,Numeric|0||Filters access by the command parameter name and numeric value",
  "iot:CommandExecutionParameterString/${CommandParameterName}":
    "|,String|0||Filters access by the command parameter name and string value",
  "iot:Delete":
    "|,Bool|0||Filters access by a flag indicating whether or not to also delete an IoT Tunnel immediately when making iot:CloseTunnel request",
  "iot:DomainName": "|,String|0||Filters access by based on the domain name of an IoT DomainConfiguration",
  "iot:IncludeSocketInformation":
    "|,String|0||Filters access by GetConnection includeSocketInformation request parameter",
  "iot:ThingGroupArn":
    "|,ArrayOfARN|0||Filters access by a list of IoT Thing Group ARNs that the destination IoT Thing belongs to for an IoT Tunnel",
  "iot:Topic": "|,String|0||Filters access by based on the topic",
  "iot:TunnelDestinationService":
    "|,ArrayOfString|0||Filters access by a list of destination services for an IoT Tunnel",
  "iot:thingArn": "|,ARN|0||Filters access by the ARN of an IoT Thing",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "iot",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
