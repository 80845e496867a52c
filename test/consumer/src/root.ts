// The root: service namespaces, ServicePrefix, AwsAction, shared types.
import { expectTypeOf } from "vitest";
import { apigateway, ec2, kms, s3, servicePrefixes, type AwsAction, type ServicePrefix, type Partition } from "aws-iam-catalog";
import * as kmsSubpath from "aws-iam-catalog/kms";

expectTypeOf(servicePrefixes).toEqualTypeOf<readonly ["apigateway", "ec2", "kms", "s3"]>();
expectTypeOf<ServicePrefix>().toEqualTypeOf<"apigateway" | "ec2" | "kms" | "s3">();
expectTypeOf<AwsAction>().toEqualTypeOf<apigateway.Action | ec2.Action | kms.Action | s3.Action>();
expectTypeOf<"kms:Decrypt">().toExtend<AwsAction>();
expectTypeOf<"kms:Nope">().not.toExtend<AwsAction>();
expectTypeOf<Partition>().toEqualTypeOf<"aws" | "aws-cn" | "aws-us-gov">();
// The namespace and the subpath are the same module.
expectTypeOf(kms.actions).toEqualTypeOf(kmsSubpath.actions);
expectTypeOf(s3.prefix).toEqualTypeOf<"s3">();
// @ts-expect-error no such service
import { nosuchservice } from "aws-iam-catalog";

export { nosuchservice };
