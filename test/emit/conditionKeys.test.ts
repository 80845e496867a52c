import { describe, expect, it } from "vitest";
import { keySlots, kindType, typeKeyOf } from "../../src/emit/conditionKeys.js";
import type { ConditionKey } from "../../src/model/types.js";

const key = (name: string, ...types: ConditionKey["types"]): ConditionKey => ({ name, description: "", types, sources: ["html"] });

describe("typeKeyOf", () => {
  it("turns ${Placeholder} and <placeholder> into template-literal keys", () => {
    expect(typeKeyOf("kms:CallerAccount")).toEqual({ typeKey: '"kms:CallerAccount"', pattern: false });
    expect(typeKeyOf("aws:RequestTag/${TagKey}")).toEqual({ typeKey: "`aws:RequestTag/${string}`", pattern: true });
    expect(typeKeyOf("s3:ExistingObjectTag/<key>")).toEqual({ typeKey: "`s3:ExistingObjectTag/${string}`", pattern: true });
    expect(typeKeyOf("codebuild:x/${id}.value")).toEqual({ typeKey: "`codebuild:x/${string}.value`", pattern: true });
    expect(typeKeyOf("x:tick`${y}")).toEqual({ typeKey: "`x:tick\\`${string}`", pattern: true });
  });
});

describe("keySlots", () => {
  it("puts keys that become the same TypeScript key in one slot, with every type", () => {
    const slots = keySlots([key("s3:Tag/<key>", "String"), key("s3:Tag/${TagKey}", "ArrayOfString"), key("s3:Plain", "Bool")]);
    expect(slots.map((s) => [s.typeKey, s.keys.map((k) => k.name), s.types])).toEqual([
      ['"s3:Plain"', ["s3:Plain"], ["Bool"]],
      ["`s3:Tag/${string}`", ["s3:Tag/${TagKey}", "s3:Tag/<key>"], ["ArrayOfString", "String"]],
    ]);
  });
  it("widens a pattern to the types of the names it also matches, as TypeScript requires", () => {
    const slots = keySlots([key("x:Tag/${TagKey}", "String"), key("x:Tag/special", "Numeric"), key("x:Tag/deep/${K}", "Bool")]);
    const byKey = Object.fromEntries(slots.map((s) => [s.typeKey, s.types]));
    expect(byKey["`x:Tag/${string}`"]).toEqual(["Bool", "Numeric", "String"]);
    expect(byKey['"x:Tag/special"']).toEqual(["Numeric"]);
    expect(byKey["`x:Tag/deep/${string}`"]).toEqual(["Bool"]);
  });
  it("writes types as a union of their names, never when there is none", () => {
    expect(kindType(["ARN", "String"])).toBe('"ARN" | "String"');
    expect(kindType([])).toBe("never");
  });
});
