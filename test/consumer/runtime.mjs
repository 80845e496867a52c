// Run-time half of the consumer checks (see src/ for the types): loads the package the way Node
// resolves it for a user — by name, through package.json "exports" — and checks the values.
import assert from "node:assert/strict";
import { apigateway, kms, s3, servicePrefixes } from "aws-iam-catalog";
import * as kmsSubpath from "aws-iam-catalog/kms";
import * as ec2 from "aws-iam-catalog/ec2";

assert.equal(kms, kmsSubpath, "the namespace and the subpath are one module");
assert.deepEqual(servicePrefixes, ["apigateway", "ec2", "kms", "s3"]);
assert.equal(kms.actions.Decrypt, "kms:Decrypt");
assert.equal(kms.actionInfo.CreateGrant.accessLevel, "Permissions management");
assert.deepEqual(kms.actionInfo.CreateGrant.resourceTypes, [{ name: "key", required: true, conditionKeys: [] }]);
assert.deepEqual(kms.actionInfo.CreateGrant.operations, [{ name: "CreateGrant", sdk: [{ package: "Boto3", name: "kms", method: "create_grant" }] }]);
assert.equal(kms.actionInfo.SynchronizeMultiRegionKey.permissionOnly, true);
assert.ok(kms.actionsByAccessLevel.Tagging.includes("kms:TagResource"));
assert.equal(kms.arn.key({ region: "us-east-1", account: "111122223333", keyId: "k" }), "arn:aws:kms:us-east-1:111122223333:key/k");
assert.equal(kms.arn.key({ region: "r", account: "a", keyId: "k", partition: "aws-cn" }), "arn:aws-cn:kms:r:a:key/k");
assert.deepEqual(kms.parseArn("arn:aws:kms:us-east-1:1:key/k"), { resourceType: "key", partition: "aws", region: "us-east-1", account: "1", keyId: "k" });
assert.equal(kms.parseArn("arn:aws:s3:::b"), undefined);
assert.deepEqual(kms.conditionKeyInfo["kms:CustomerMasterKeySpec"].deprecated, { replacement: "kms:KeySpec" });
assert.deepEqual(s3.parseArn("arn:aws:s3:::b/photos/a.jpg"), { resourceType: "object", partition: "aws", bucketName: "b", objectName: "photos/a.jpg" });
assert.deepEqual(s3.parseArn("arn:aws:s3:::b"), { resourceType: "bucket", partition: "aws", bucketName: "b" });
assert.deepEqual(ec2.actionInfo.RunInstances.dependentActions, ["ec2:CreateTags", "iam:PassRole", "ssm:GetParameters"]);
assert.equal(apigateway.arn.stageByApiId({ region: "r", apiId: "a", stageName: "s" }), "arn:aws:apigateway:r::/apis/a/stages/s");
assert.equal(apigateway.arn.stageByRestApiId({ region: "r", restApiId: "a", stageName: "s" }), "arn:aws:apigateway:r::/restapis/a/stages/s");
assert.deepEqual(apigateway.parseArn("arn:aws:apigateway:r::/restapis/a/stages/s"), { resourceType: "Stage", partition: "aws", region: "r", restApiId: "a", stageName: "s" });
const statement = kms.statement({ Effect: "Allow", Action: "kms:Decrypt" });
assert.deepEqual(statement, { Effect: "Allow", Action: "kms:Decrypt" });
console.log("runtime checks passed");
