// S3 through the root's namespace: object vs bucket ARNs, `<key>`-style keys, ARN/Numeric/Date keys.
import { expectTypeOf } from "vitest";
import { s3 } from "aws-iam-catalog";
import type * as s3Module from "aws-iam-catalog/s3";

expectTypeOf(s3.actions.GetObject).toEqualTypeOf<"s3:GetObject">();
expectTypeOf<"s3:PutObject">().toExtend<s3.Action>();
expectTypeOf<"s3:ListBucket">().toExtend<(typeof s3.actionsByAccessLevel.List)[number]>();

const getObject = s3.actionInfo.GetObject;
expectTypeOf(getObject.accessLevel).toEqualTypeOf<"Read">();
expectTypeOf(getObject.resourceTypes[0]).toEqualTypeOf<{ readonly name: "accesspointobject"; readonly required: false; readonly conditionKeys: readonly [] }>();
expectTypeOf(getObject.resourceTypes[1].name).toEqualTypeOf<"object">();
expectTypeOf(getObject.conditionKeys[1]).toEqualTypeOf<"s3:ExistingObjectTag/<key>">();
expectTypeOf(getObject.dependentActions[0]).toEqualTypeOf<"s3-object-lambda:GetObject">();
expectTypeOf(s3.actionInfo.CreateBucket.dependentActions).toEqualTypeOf<
  readonly ["s3:PutBucketAcl", "s3:PutBucketObjectLockConfiguration", "s3:PutBucketOwnershipControls", "s3:PutBucketVersioning"]
>();
expectTypeOf(s3.actionInfo.ListBucket.operations[0].name).toEqualTypeOf<"HeadBucket">();

expectTypeOf(s3.arn.bucket({ bucketName: "my-bucket" })).toEqualTypeOf<"arn:aws:s3:::my-bucket">();
expectTypeOf(s3.arn.object({ bucketName: "b", objectName: "photos/a.jpg" })).toEqualTypeOf<"arn:aws:s3:::b/photos/a.jpg">();
expectTypeOf(s3.arn.accesspoint({ region: "eu-west-1", account: "1", accessPointName: "ap" })).toEqualTypeOf<"arn:aws:s3:eu-west-1:1:accesspoint/ap">();
// @ts-expect-error object ARNs need the object name
s3.arn.object({ bucketName: "b" });

const parsed = s3.parseArn("arn:aws:s3:::b/k");
if (parsed?.resourceType === "object") {
  expectTypeOf(parsed.bucketName).toEqualTypeOf<string>();
  expectTypeOf(parsed.objectName).toEqualTypeOf<string>();
  // @ts-expect-error an object ARN has no region
  parsed.region;
}

expectTypeOf<s3.ConditionKeys["s3:ExistingObjectTag/Project"]>().toEqualTypeOf<string>();
expectTypeOf<s3.ConditionKeys["s3:AccessGrantsInstanceArn"]>().toEqualTypeOf<string>();
expectTypeOf<s3.ConditionKeys["s3:max-keys"]>().toEqualTypeOf<number>();
expectTypeOf<s3.ConditionKeys["s3:object-lock-retain-until-date"]>().toEqualTypeOf<string | Date>();
expectTypeOf<s3Module.ConditionKeyTypes["s3:AccessGrantsInstanceArn"]>().toEqualTypeOf<"ARN">();

const condition: s3.Condition = {
  ArnLike: { "s3:AccessGrantsInstanceArn": "arn:aws:s3:*:*:access-grants/default" },
  StringEquals: { "s3:AccessGrantsInstanceArn": "arn:aws:s3:us-east-1:1:access-grants/default", "s3:ExistingObjectTag/Project": "x" },
  NumericLessThanEquals: { "s3:max-keys": 100, "s3:TlsVersion": "1.2" },
  DateGreaterThan: { "s3:object-lock-retain-until-date": new Date(0) },
  "ForAllValues:StringLike": { "s3:RequestObjectTagKeys": ["team-*"] },
};
// @ts-expect-error Arn operators compare ARN keys only
const arnOnString: s3.Condition = { ArnEquals: { "s3:prefix": "home/" } };
// @ts-expect-error Date operators compare Date keys only
const dateOnNumber: s3.Condition = { DateLessThan: { "s3:max-keys": "2020-01-01" } };
// @ts-expect-error a number is not a date string
const numberForDate: s3.Condition = { DateLessThan: { "s3:object-lock-retain-until-date": 1 } };

s3.statement({
  Effect: "Allow",
  Action: ["s3:GetObject"],
  Resource: s3.arn.object({ bucketName: "b", objectName: "*" }),
  Condition: { StringEquals: { "s3:ExistingObjectTag/Project": "x" } },
});
s3.statement({
  Effect: "Allow",
  Action: ["s3:GetObject"],
  // @ts-expect-error s3:max-keys applies to ListBucket, not GetObject
  Condition: { NumericLessThan: { "s3:max-keys": 10 } },
});

export { condition, arnOnString, dateOnNumber, numberForDate };
