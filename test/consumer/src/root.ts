// The root: service namespaces, ServicePrefix, AwsAction, shared types.
import { expectTypeOf } from "vitest";
import { apigateway, ec2, kms, s3, servicePrefixes, type AwsAction, type KnownAwsAction, type ServicePrefix, type Partition } from "aws-iam-catalog";
import * as apigatewaySubpath from "aws-iam-catalog/apigateway";
import * as ec2Subpath from "aws-iam-catalog/ec2";
import * as kmsSubpath from "aws-iam-catalog/kms";
import * as s3Subpath from "aws-iam-catalog/s3";

expectTypeOf(servicePrefixes).toEqualTypeOf<readonly ["apigateway", "ec2", "kms", "s3"]>();
expectTypeOf<ServicePrefix>().toEqualTypeOf<"apigateway" | "ec2" | "kms" | "s3">();
expectTypeOf<KnownAwsAction>().toEqualTypeOf<apigateway.Action | ec2.Action | kms.Action | s3.Action>();
expectTypeOf<"kms:Decrypt">().toExtend<KnownAwsAction>();
expectTypeOf<"kms:Nope">().not.toExtend<KnownAwsAction>();
// AwsAction: any action name under a known prefix, without the cost of the exact union.
expectTypeOf<AwsAction>().toEqualTypeOf<`${ServicePrefix}:${string}`>();
expectTypeOf<KnownAwsAction>().toExtend<AwsAction>();
expectTypeOf<"kms:Nope">().toExtend<AwsAction>();
expectTypeOf<"nosuchservice:Decrypt">().not.toExtend<AwsAction>();
expectTypeOf<Partition>().toEqualTypeOf<"aws" | "aws-cn" | "aws-us-gov">();
// The root declares each namespace from packed facts, not by re-exporting the module: every value
// and type must still be exactly the module's (the same objects at run time: runtime.mjs). The
// root's namespaces have the values and Action, ConditionKeys, Condition and Statement; the other
// types are the module's alone.
expectTypeOf(kms.actions).toEqualTypeOf(kmsSubpath.actions);
expectTypeOf(s3.prefix).toEqualTypeOf<"s3">();
expectTypeOf(kms.prefix).toEqualTypeOf(kmsSubpath.prefix);
expectTypeOf(kms.serviceName).toEqualTypeOf(kmsSubpath.serviceName);
expectTypeOf(kms.referencePages).toEqualTypeOf(kmsSubpath.referencePages);
expectTypeOf(kms.actionInfo).toEqualTypeOf(kmsSubpath.actionInfo);
expectTypeOf(kms.actionsByAccessLevel).toEqualTypeOf(kmsSubpath.actionsByAccessLevel);
expectTypeOf(kms.resourceTypeInfo).toEqualTypeOf(kmsSubpath.resourceTypeInfo);
expectTypeOf(kms.arn).toEqualTypeOf(kmsSubpath.arn);
expectTypeOf(kms.parseArn).toEqualTypeOf(kmsSubpath.parseArn);
expectTypeOf(kms.conditionKeyInfo).toEqualTypeOf(kmsSubpath.conditionKeyInfo);
// (Generic functions are compared through instantiations: expectTypeOf cannot relate their type parameters.)
expectTypeOf(kms.statement<"kms:Decrypt">).toEqualTypeOf(kmsSubpath.statement<"kms:Decrypt">);
expectTypeOf(kms.statement<"kms:Decrypt" | "kms:CreateGrant">).toEqualTypeOf(kmsSubpath.statement<"kms:Decrypt" | "kms:CreateGrant">);
expectTypeOf(kms.arn.key({ region: "r", account: "a", keyId: "k" })).toEqualTypeOf<"arn:aws:kms:r:a:key/k">();
expectTypeOf(kms.parseArn("arn:aws:kms:r:a:key/k")).toEqualTypeOf(kmsSubpath.parseArn("arn:aws:kms:r:a:key/k"));
expectTypeOf(kms.actions).toEqualTypeOf<kmsSubpath.Actions>();
expectTypeOf<kms.Action>().toEqualTypeOf<kmsSubpath.Action>();
expectTypeOf(kms.actionInfo).toEqualTypeOf<kmsSubpath.ActionInfo>();
expectTypeOf(kms.actionsByAccessLevel).toEqualTypeOf<kmsSubpath.ActionsByAccessLevel>();
expectTypeOf(kms.resourceTypeInfo).toEqualTypeOf<kmsSubpath.ResourceTypeInfo>();
expectTypeOf(kms.arn).toEqualTypeOf<kmsSubpath.ArnBuilders>();
expectTypeOf<NonNullable<ReturnType<typeof kms.parseArn>>>().toEqualTypeOf<kmsSubpath.ParsedArn>();
expectTypeOf<kms.ConditionKeys>().toEqualTypeOf<kmsSubpath.ConditionKeys>();
expectTypeOf<keyof typeof kms.conditionKeyInfo>().toEqualTypeOf<kmsSubpath.ConditionKeyName>();
expectTypeOf(kms.conditionKeyInfo).toEqualTypeOf<kmsSubpath.ConditionKeyInfos>();
expectTypeOf<kms.Condition>().toEqualTypeOf<kmsSubpath.Condition>();
expectTypeOf<kms.Statement>().toEqualTypeOf<kmsSubpath.Statement>();
expectTypeOf<kms.Statement<"kms:Decrypt">>().toEqualTypeOf<kmsSubpath.Statement<"kms:Decrypt">>();
// S3 (`<key>`-style keys, two ARN formats per name), EC2 (many keys per action) and API Gateway
// (one resource name, two ARN formats across two pages).
expectTypeOf(s3.actionInfo).toEqualTypeOf(s3Subpath.actionInfo);
expectTypeOf(s3.resourceTypeInfo).toEqualTypeOf(s3Subpath.resourceTypeInfo);
expectTypeOf(s3.arn).toEqualTypeOf(s3Subpath.arn);
expectTypeOf(s3.conditionKeyInfo).toEqualTypeOf(s3Subpath.conditionKeyInfo);
expectTypeOf<s3.ConditionKeys>().toEqualTypeOf<s3Subpath.ConditionKeys>();
expectTypeOf<s3.Condition>().toEqualTypeOf<s3Subpath.Condition>();
expectTypeOf<keyof typeof s3.conditionKeyInfo>().toEqualTypeOf<s3Subpath.ConditionKeyName>();
expectTypeOf<NonNullable<ReturnType<typeof s3.parseArn>>>().toEqualTypeOf<s3Subpath.ParsedArn>();
expectTypeOf<s3.Statement<"s3:GetObject">>().toEqualTypeOf<s3Subpath.Statement<"s3:GetObject">>();
expectTypeOf(ec2.actionInfo).toEqualTypeOf(ec2Subpath.actionInfo);
expectTypeOf(ec2.actionsByAccessLevel).toEqualTypeOf(ec2Subpath.actionsByAccessLevel);
expectTypeOf(ec2.arn).toEqualTypeOf(ec2Subpath.arn);
expectTypeOf<ec2.ConditionKeys>().toEqualTypeOf<ec2Subpath.ConditionKeys>();
expectTypeOf<ec2.Condition>().toEqualTypeOf<ec2Subpath.Condition>();
expectTypeOf<keyof typeof ec2.conditionKeyInfo>().toEqualTypeOf<ec2Subpath.ConditionKeyName>();
expectTypeOf<ec2.Statement<"ec2:RunInstances">>().toEqualTypeOf<ec2Subpath.Statement<"ec2:RunInstances">>();
expectTypeOf(apigateway.actionInfo).toEqualTypeOf(apigatewaySubpath.actionInfo);
expectTypeOf(apigateway.resourceTypeInfo).toEqualTypeOf(apigatewaySubpath.resourceTypeInfo);
expectTypeOf(apigateway.arn).toEqualTypeOf(apigatewaySubpath.arn);
expectTypeOf(apigateway.parseArn).toEqualTypeOf(apigatewaySubpath.parseArn);
expectTypeOf<NonNullable<ReturnType<typeof apigateway.parseArn>>>().toEqualTypeOf<apigatewaySubpath.ParsedArn>();
expectTypeOf<apigateway.ConditionKeys>().toEqualTypeOf<apigatewaySubpath.ConditionKeys>();
// @ts-expect-error the module's other types are not in the root's namespace
export type NotInRoot = kms.ActionInfo;
// @ts-expect-error no such service
import { nosuchservice } from "aws-iam-catalog";

export { nosuchservice };
