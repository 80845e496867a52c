// The Condition block on its own, over a made-up service with a key of every type (the fixture
// services have no IPAddress keys): which operator takes which key, with which value.
import { expectTypeOf } from "vitest";
import type { ConditionBlock } from "aws-iam-catalog";

interface Types {
  "x:String": "String";
  "x:Strings": "ArrayOfString";
  "x:Arn": "ARN";
  "x:Arns": "ArrayOfARN";
  "x:Bool": "Bool";
  "x:Bools": "ArrayOfBool";
  "x:Number": "Numeric";
  "x:Numbers": "ArrayOfNumeric";
  "x:Date": "Date";
  "x:Dates": "ArrayOfDate";
  "x:Ip": "IPAddress";
  "x:Ips": "ArrayOfIPAddress";
  [key: `x:Tag/${string}`]: "String";
}
type C = ConditionBlock<Types>;

const ok: C = {
  StringEquals: { "x:String": "a", "x:Arn": "arn:aws:x:::y", "x:Tag/Team": ["a", "b"] },
  StringNotLikeIfExists: { "x:String": "a*" },
  StringEqualsIgnoreCase: { "x:String": "A" },
  ArnLike: { "x:Arn": "arn:aws:x:::*" },
  ArnNotEqualsIfExists: { "x:Arn": "arn:aws:x:::y" },
  Bool: { "x:Bool": true },
  BoolIfExists: { "x:Bool": "false" },
  NumericGreaterThanEquals: { "x:Number": 3 },
  NumericNotEquals: { "x:Number": "4" },
  DateLessThan: { "x:Date": "2026-01-01T00:00:00Z" },
  DateGreaterThanIfExists: { "x:Date": new Date() },
  IpAddress: { "x:Ip": "10.0.0.0/8" },
  NotIpAddressIfExists: { "x:Ip": ["192.0.2.0/24"] },
  "ForAnyValue:StringLike": { "x:Strings": ["a*"], "x:Arns": "arn:*" },
  "ForAllValues:ArnEquals": { "x:Arns": ["arn:aws:x:::y"] },
  "ForAnyValue:Bool": { "x:Bools": [true] },
  "ForAllValues:NumericLessThan": { "x:Numbers": [1, "2"] },
  "ForAnyValue:DateEquals": { "x:Dates": new Date() },
  "ForAllValues:IpAddress": { "x:Ips": "10.0.0.0/8" },
  Null: { "x:String": true, "x:Strings": "false", "x:Ip": false },
  StringLike: { "aws:PrincipalTag/team": "a*" },
};

// @ts-expect-error IpAddress takes IPAddress keys only
const ipOnString: C = { IpAddress: { "x:String": "10.0.0.0/8" } };
// @ts-expect-error String operators do not take numbers
const stringOnNumber: C = { StringEquals: { "x:Number": "3" } };
// @ts-expect-error Numeric operators do not take strings
const numberOnString: C = { NumericEquals: { "x:String": 1 } };
// @ts-expect-error Bool takes Bool keys only
const boolOnString: C = { Bool: { "x:String": true } };
// @ts-expect-error a single-valued key cannot take a set operator
const setOnScalar: C = { "ForAnyValue:StringEquals": { "x:String": "a" } };
// @ts-expect-error a multivalued key needs a set operator
const scalarOnSet: C = { NumericEquals: { "x:Numbers": 1 } };
// @ts-expect-error Null takes true or false
const nullValue: C = { Null: { "x:String": "yes" } };
// @ts-expect-error no key of that name
const unknownKey: C = { StringEquals: { "x:Nope": "a" } };
// Arn… operators on an ARN key; String… operators too (AWS accepts both).
expectTypeOf<NonNullable<C["ArnLike"]>>().toHaveProperty("x:Arn");
expectTypeOf<NonNullable<C["StringLike"]>>().toHaveProperty("x:Arn");

export { ok, ipOnString, stringOnNumber, numberOnString, boolOnString, setOnScalar, scalarOnSet, nullValue, unknownKey };
