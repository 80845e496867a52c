// The root: service namespaces, ServicePrefix, AwsAction, shared types.
import { expectTypeOf } from "vitest";
import { apigateway, ec2, kms, s3, servicePrefixes, type AwsAction, type KnownAwsAction, type ServicePrefix, type Partition } from "aws-iam-catalog";
import * as kmsSubpath from "aws-iam-catalog/kms";

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
// The namespace and the subpath are the same module.
expectTypeOf(kms.actions).toEqualTypeOf(kmsSubpath.actions);
expectTypeOf(s3.prefix).toEqualTypeOf<"s3">();
// @ts-expect-error no such service
import { nosuchservice } from "aws-iam-catalog";

export { nosuchservice };
