// KMS through its subpath: every bullet of the per-service API, as types.
import { expectTypeOf } from "vitest";
import * as kms from "aws-iam-catalog/kms";

// actions: a const object of literal types; Action: their union; grouped by access level.
expectTypeOf(kms.actions.Decrypt).toEqualTypeOf<"kms:Decrypt">();
expectTypeOf(kms.actions.CreateGrant).toEqualTypeOf<"kms:CreateGrant">();
expectTypeOf<"kms:Decrypt">().toExtend<kms.Action>();
expectTypeOf<"kms:NoSuchAction">().not.toExtend<kms.Action>();
expectTypeOf<"s3:GetObject">().not.toExtend<kms.Action>();
// @ts-expect-error not a KMS action
kms.actions.NoSuchAction;
// @ts-expect-error literal, read-only
kms.actions.Decrypt = "kms:Encrypt";
expectTypeOf<"kms:TagResource">().toExtend<(typeof kms.actionsByAccessLevel.Tagging)[number]>();
expectTypeOf<"kms:ListAliases">().toExtend<(typeof kms.actionsByAccessLevel.List)[number]>();
expectTypeOf<"kms:Decrypt">().not.toExtend<(typeof kms.actionsByAccessLevel.List)[number]>();

// actionInfo: access level(s), resource types with required flags, condition keys, dependent actions, SDK operations.
const createGrant = kms.actionInfo.CreateGrant;
expectTypeOf(createGrant.accessLevel).toEqualTypeOf<"Permissions management">();
expectTypeOf(createGrant.accessLevels).toEqualTypeOf<readonly ["Permissions management"]>();
expectTypeOf(createGrant.permissionOnly).toEqualTypeOf<false>();
expectTypeOf(createGrant.resourceTypes).toEqualTypeOf<
  readonly [{ readonly name: "key"; readonly required: true; readonly conditionKeys: readonly [] }]
>();
expectTypeOf(createGrant.conditionKeys[0]).toEqualTypeOf<"kms:CallerAccount">();
expectTypeOf(createGrant.conditionKeys[1]).toEqualTypeOf<"kms:EncryptionContext:${EncryptionContextKey}">();
expectTypeOf(createGrant.dependentActions).toEqualTypeOf<readonly []>();
expectTypeOf(createGrant.operations[0].name).toEqualTypeOf<"CreateGrant">();
expectTypeOf<(typeof createGrant.operations)[0]["sdk"][number]>().toEqualTypeOf<import("aws-iam-catalog").SdkMethod>();
expectTypeOf(createGrant.description).toEqualTypeOf<string>();
expectTypeOf(kms.actionInfo.SynchronizeMultiRegionKey.permissionOnly).toEqualTypeOf<true>();
expectTypeOf(kms.actionInfo.TagResource.operations).toEqualTypeOf<
  readonly [
    { readonly name: "CreateKey"; readonly sdk: readonly import("aws-iam-catalog").SdkMethod[] },
    { readonly name: "TagResource"; readonly sdk: readonly import("aws-iam-catalog").SdkMethod[] },
  ]
>();

// arn: one builder per resource type, typed as a template literal of the arguments.
expectTypeOf(kms.arn.key({ region: "us-east-1", account: "111122223333", keyId: "1234abcd" })).toEqualTypeOf<"arn:aws:kms:us-east-1:111122223333:key/1234abcd">();
expectTypeOf(kms.arn.key({ region: "cn-north-1", account: "1", keyId: "k", partition: "aws-cn" })).toEqualTypeOf<"arn:aws-cn:kms:cn-north-1:1:key/k">();
expectTypeOf(kms.arn.alias({ region: "r", account: "a", alias: "alias/x", partition: "aws-us-gov" })).toEqualTypeOf<"arn:aws-us-gov:kms:r:a:alias/alias/x">();
declare const region: string;
expectTypeOf(kms.arn.key({ region, account: "1", keyId: "k" })).toEqualTypeOf<`arn:aws:kms:${string}:1:key/k`>();
// @ts-expect-error keyId is required
kms.arn.key({ region: "r", account: "a" });
// @ts-expect-error only aws, aws-cn and aws-us-gov
kms.arn.key({ region: "r", account: "a", keyId: "k", partition: "aws-eu" });

// parseArn: { resourceType, ...params } or undefined.
const parsed = kms.parseArn("arn:aws:kms:us-east-1:1:key/k");
expectTypeOf(parsed).toEqualTypeOf<
  | { readonly resourceType: "alias"; readonly partition: string; readonly region: string; readonly account: string; readonly alias: string }
  | { readonly resourceType: "key"; readonly partition: string; readonly region: string; readonly account: string; readonly keyId: string }
  | undefined
>();
if (parsed?.resourceType === "key") expectTypeOf(parsed.keyId).toEqualTypeOf<string>();

// ConditionKeys: key → value type; ${TagKey}-style keys are template-literal keys.
expectTypeOf<kms.ConditionKeys["kms:CallerAccount"]>().toEqualTypeOf<string>();
expectTypeOf<kms.ConditionKeys["kms:EncryptionContextKeys"]>().toEqualTypeOf<string[]>();
expectTypeOf<kms.ConditionKeys["kms:BypassPolicyLockoutSafetyCheck"]>().toEqualTypeOf<boolean>();
expectTypeOf<kms.ConditionKeys["aws:RequestTag/CostCenter"]>().toEqualTypeOf<string>();
expectTypeOf<kms.ConditionKeys["kms:EncryptionContext:Department"]>().toEqualTypeOf<string>();
expectTypeOf<kms.ConditionKeys>().toHaveProperty("kms:CustomerMasterKeySpec");
expectTypeOf(kms.conditionKeyInfo["kms:CustomerMasterKeySpec"].deprecated).toEqualTypeOf<{ readonly replacement?: string } | undefined>();

// Condition: operators only for keys of a type they compare.
const fine: kms.Condition = {
  StringEquals: { "kms:CallerAccount": "111122223333", "aws:RequestTag/Owner": ["a", "b"] },
  StringLikeIfExists: { "kms:ViaService": "s3.*.amazonaws.com" },
  Bool: { "kms:BypassPolicyLockoutSafetyCheck": false },
  "ForAnyValue:StringEquals": { "kms:GrantOperations": ["Decrypt", "Encrypt"] },
  Null: { "kms:EncryptionContextKeys": "false" },
};
// @ts-expect-error NumericEquals does not compare the String key kms:CallerAccount
const numericOnString: kms.Condition = { NumericEquals: { "kms:CallerAccount": 1 } };
// @ts-expect-error a multivalued key needs ForAnyValue:/ForAllValues:
const plainOnArray: kms.Condition = { StringEquals: { "kms:GrantOperations": "Decrypt" } };
// @ts-expect-error Bool takes a boolean
const stringForBool: kms.Condition = { Bool: { "kms:BypassPolicyLockoutSafetyCheck": "maybe" } };
// @ts-expect-error no such operator
const noOperator: kms.Condition = { StringSort: { "kms:CallerAccount": "x" } };

// Statement<A>: Condition keys limited to those of A (its own and its resource types') and aws: globals.
const grant = kms.statement({
  Effect: "Allow",
  Action: ["kms:CreateGrant"],
  Resource: "*",
  Condition: {
    "ForAllValues:StringEquals": { "kms:GrantOperations": ["Decrypt"] },
    Bool: { "kms:GrantIsForAWSResource": true, "aws:SecureTransport": "true" },
    StringEquals: { "kms:KeyOrigin": "AWS_KMS", "aws:ResourceTag/Env": "prod", "aws:PrincipalOrgID": "o-1" },
  },
});
expectTypeOf(grant).toEqualTypeOf<kms.Statement<"kms:CreateGrant">>();
kms.statement({
  Effect: "Deny",
  Action: "kms:ListAliases",
  // @ts-expect-error kms:GrantOperations does not apply to kms:ListAliases
  Condition: { "ForAnyValue:StringEquals": { "kms:GrantOperations": ["Decrypt"] } },
});
// @ts-expect-error not a KMS action
kms.statement({ Effect: "Allow", Action: "kms:Nope" });
const all: kms.Statement = { Effect: "Allow", Action: ["kms:Decrypt", "kms:Encrypt"], Condition: { StringEquals: { "kms:EncryptionAlgorithm": "RSAES_OAEP_SHA_256" } } };

export { fine, numericOnString, plainOnArray, stringForBool, noOperator, all };
