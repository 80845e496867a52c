// EC2 (a subset of its actions, all of their resource types and keys) through its subpath.
import { expectTypeOf } from "vitest";
import * as ec2 from "aws-iam-catalog/ec2";

expectTypeOf(ec2.actions.RunInstances).toEqualTypeOf<"ec2:RunInstances">();
expectTypeOf<ec2.Action>().toEqualTypeOf<
  | "ec2:AcceptAddressTransfer"
  | "ec2:AttachVolume"
  | "ec2:CreateTags"
  | "ec2:CreateVolume"
  | "ec2:DescribeInstances"
  | "ec2:RunInstances"
  | "ec2:StartInstances"
  | "ec2:TerminateInstances"
>();
expectTypeOf<(typeof ec2.actionsByAccessLevel.Tagging)[number]>().toEqualTypeOf<"ec2:CreateTags">();

const run = ec2.actionInfo.RunInstances;
expectTypeOf(run.accessLevel).toEqualTypeOf<"Write">();
expectTypeOf(run.dependentActions).toEqualTypeOf<readonly ["ec2:CreateTags", "iam:PassRole", "ssm:GetParameters"]>();
expectTypeOf(run.conditionKeys).toEqualTypeOf<readonly ["ec2:Region"]>();
expectTypeOf<Extract<(typeof run.resourceTypes)[number], { readonly name: "instance" }>["required"]>().toEqualTypeOf<true>();
expectTypeOf<Extract<(typeof run.resourceTypes)[number], { readonly name: "group" }>["required"]>().toEqualTypeOf<false>();
expectTypeOf(ec2.actionInfo.AttachVolume.resourceTypes[1].name).toEqualTypeOf<"volume">();
expectTypeOf(ec2.actionInfo.AttachVolume.operations).toEqualTypeOf<
  readonly [{ readonly name: "AttachVolume"; readonly sdk: readonly import("aws-iam-catalog").SdkMethod[] }]
>();

expectTypeOf(ec2.arn.instance({ region: "us-east-1", account: "111122223333", instanceId: "i-0abc" })).toEqualTypeOf<"arn:aws:ec2:us-east-1:111122223333:instance/i-0abc">();
expectTypeOf(ec2.arn.image({ region: "us-east-1", imageId: "ami-1", partition: "aws-us-gov" })).toEqualTypeOf<"arn:aws-us-gov:ec2:us-east-1::image/ami-1">();

expectTypeOf<ec2.ConditionKeys["ec2:VolumeSize"]>().toEqualTypeOf<number>();
expectTypeOf<ec2.ConditionKeys["ec2:Encrypted"]>().toEqualTypeOf<boolean>();
expectTypeOf<ec2.ConditionKeys["ec2:ResourceTag/Name"]>().toEqualTypeOf<string>();
expectTypeOf<ec2.ConditionKeys["ec2:CreateDate"]>().toEqualTypeOf<string | Date>();

ec2.statement({
  Effect: "Allow",
  Action: "ec2:RunInstances",
  Condition: {
    // instance and volume keys: RunInstances has both resource types
    StringEquals: { "ec2:InstanceType": "t3.micro", "ec2:Region": "eu-west-1" },
    NumericLessThanEquals: { "ec2:VolumeSize": 100 },
    Bool: { "ec2:Encrypted": true },
  },
});
ec2.statement({
  Effect: "Allow",
  Action: "ec2:DescribeInstances",
  // @ts-expect-error DescribeInstances has no volume among its resource types
  Condition: { NumericLessThanEquals: { "ec2:VolumeSize": 100 } },
});
// @ts-expect-error ec2:VolumeSize is Numeric
const stringOnNumeric: ec2.Condition = { StringEquals: { "ec2:VolumeSize": "100" } };

export { stringOnNumeric };
