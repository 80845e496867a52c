import { describe, expect, it } from "vitest";
import { bindingName, camelCase, NameScope, pascalCase } from "../../src/emit/identifiers.js";

describe("camelCase", () => {
  it.each([
    ["KeyId", "keyId"],
    ["RoleNameWithPath", "roleNameWithPath"],
    ["ARN", "arn"],
    ["UrlEncodedResourceARN", "urlEncodedResourceArn"],
    ["access-point", "accessPoint"],
    ["custom plugin", "customPlugin"],
    ["aws-marketplace", "awsMarketplace"],
    ["ec2", "ec2"],
    ["3d-hostile", "_3dHostile"],
    ["delete", "delete_"],
    ["Thing`Id", "thingId"],
    ["", "_"],
  ])("%j → %j", (raw, expected) => {
    expect(camelCase(raw)).toBe(expected);
  });
});

describe("pascalCase and bindingName", () => {
  it("builds suffixes and valid bindings", () => {
    expect(pascalCase("restApiId")).toBe("RestApiId");
    expect(bindingName("2fa")).toBe("_2fa");
    expect(bindingName("function")).toBe("function_");
    expect(bindingName("kms")).toBe("kms");
  });
});

describe("NameScope", () => {
  it("gives each claimant a distinct name, in claim order", () => {
    const scope = new NameScope(["index"]);
    expect(["key", "key", "index", "key2", "key"].map((n) => scope.claim(n))).toEqual(["key", "key2", "index2", "key22", "key3"]);
  });
});
