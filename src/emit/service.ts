// One service of the catalog → the TypeScript module generated/src/<file>.ts (unformatted).
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type InterfaceDeclarationStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
} from "ts-morph";
import type { AccessLevel, Action, Service } from "../model/types.js";
import { uniqueSorted } from "../model/normalize.js";
import { arnFormatsOf, arnRegexSource, isPartitionParam, parseOrder, type ArnFormat } from "./arn.js";
import { kindType, keySlots, typeKeyOf, valueType, type KeySlot } from "./conditionKeys.js";
import { actionDocLines, arnBuilderDocLines, conditionKeyDocLines, docBlock } from "./docs.js";
import { docText, objectKey, propertyName, stringLiteral, templateText } from "./escape.js";
import { literal, Raw, type LiteralValue } from "./literal.js";

const ACCESS_LEVELS: AccessLevel[] = ["List", "Read", "Write", "Permissions management", "Tagging"];

/** ts-morph project used only to print structures: nothing touches the disk. */
const printer = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });

/** Source text of the module for `service`, starting with `header`. */
export function emitService(service: Service, header: string): string {
  const file = printer.createSourceFile("service.ts", { statements: serviceStatements(service) }, { overwrite: true });
  const text = file.getFullText();
  printer.removeSourceFile(file);
  return header + text;
}

export function serviceStatements(service: Service): StatementStructures[] {
  const fullName = (a: Action) => `${service.prefix}:${a.name}`;
  const slots = keySlots(service.conditionKeys);
  const formats = arnFormatsOf(service.resourceTypes);
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./_types.js",
      namedImports: ["ConditionBlock", "Partition", "PartitionOf", "PolicyStatement"],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./_arn.js", namedImports: ["arnParser"] },
    constant("prefix", stringLiteral(service.prefix), [`The service prefix in IAM action names.`]),
    constant("serviceName", stringLiteral(service.name), [`The service's name in the Service Authorization Reference.`]),
    constant("referencePages", literal(service.pages.map((p) => ({ name: p.name, url: p.url }))) + " as const", [
      "The Service Authorization Reference pages that describe this service.",
    ]),
    constant("actions", (w) => writeActions(w, service), [
      `Every ${docText(service.prefix)} action: the action name (without prefix) → the full name used in policies.`,
    ]),
    typeAlias("Action", "(typeof actions)[keyof typeof actions]", [`Any ${docText(service.prefix)} action.`]),
    constant("actionsByAccessLevel", literal(byAccessLevel(service)) + " as const", [
      "Actions grouped by access level; an action the docs give several levels appears under each.",
    ]),
    constant("actionInfo", (w) => writeActionInfo(w, service), [
      "What the reference says about each action: access level(s), resource types, condition keys, dependent actions, SDK operations.",
    ]),
    constant("resourceTypeInfo", (w) => writeResourceTypeInfo(w, service), [
      "Resource types: their ARN formats and condition keys.",
    ]),
    constant("arn", (w) => writeArnBuilders(w, service, formats), [
      "ARN builders, one per resource type and ARN format. `partition` defaults to `aws`.",
    ]),
    typeAlias("ParsedArn", parsedArnType(formats), ["An ARN taken apart by parseArn: its resource type and the parameters of its format."]),
    constant(
      "parseArn",
      `arnParser<ParsedArn>(${literal(
        [...formats].sort(parseOrder).map((f) => [f.resourceType, arnRegexSource(f.parts), f.params] as LiteralValue),
      )})`,
      ["The resource type and parameters of an ARN of this service, or undefined when it matches no ARN format."],
      "(arn: string) => ParsedArn | undefined",
    ),
    keysInterface("ConditionKeys", slots, (s) => valueType(s.types), conditionKeyDocLines, [
      "Condition keys of this service → the type of their value. Keys with a placeholder (`${TagKey}`) are template-literal keys.",
    ]),
    keysInterface("ConditionKeyTypes", slots, (s) => kindType(s.types), (keys) => [`Type of ${docText(keys.map((k) => k.name).join(", "))}.`], [
      "Condition keys of this service → their type names as the reference gives them; what Condition operators are chosen by.",
    ]),
    constant("conditionKeyInfo", (w) => writeConditionKeyInfo(w, service), [
      "Condition keys: description, types, and the replacement of deprecated keys.",
    ]),
    resourceTypeKeysInterface(service, slots),
    actionKeysInterface(service, slots, fullName),
    typeAlias("Condition", "ConditionBlock<ConditionKeyTypes>", [
      "A Condition block over this service's keys (and global `aws:` keys): each operator takes only keys of a type it compares.",
    ]),
    typeAlias(
      "Statement<A extends Action = Action>",
      "PolicyStatement<A, ConditionBlock<ConditionKeyTypes, ActionConditionKeys[A]>>",
      ["A policy statement for actions `A` whose Condition accepts only the keys that apply to `A` (and global `aws:` keys)."],
    ),
    constant("statement", "<const A extends Action>(statement: Statement<A>): Statement<A> => statement", [
      "Returns the statement unchanged; `A` is inferred from its Action, so its Condition is checked against those actions.",
    ]),
  ];
}

function constant(
  name: string,
  initializer: string | ((w: CodeBlockWriter) => void),
  doc: string[],
  type?: string,
): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc.join("\n")],
    declarations: [{ name, initializer, ...(type ? { type } : {}) }],
  };
}

function typeAlias(nameAndParams: string, type: string, doc: string[]): TypeAliasDeclarationStructure {
  const [, name, params] = /^(\w+)(?:<(.*)>)?$/.exec(nameAndParams)!;
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: name!,
    type,
    docs: [doc.join("\n")],
    ...(params ? { typeParameters: [params] } : {}),
  };
}

/** Writes `{ … }` with one documented entry per item. */
function writeEntries<T>(w: CodeBlockWriter, items: T[], entry: (item: T) => { key: string; doc: string[]; value: string }) {
  let text = "{\n";
  for (const item of items) {
    const { key, doc, value } = entry(item);
    text += docBlock(doc, "  ") + `  ${key}: ${value},\n`;
  }
  w.write(text + "} as const");
}

function writeActions(w: CodeBlockWriter, service: Service) {
  writeEntries(w, service.actions, (a) => ({
    key: objectKey(a.name),
    doc: actionDocLines(service, a),
    value: stringLiteral(`${service.prefix}:${a.name}`),
  }));
}

function byAccessLevel(service: Service): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const level of ACCESS_LEVELS)
    out[level] = service.actions.filter((a) => a.accessLevels.includes(level)).map((a) => `${service.prefix}:${a.name}`);
  return out;
}

function writeActionInfo(w: CodeBlockWriter, service: Service) {
  writeEntries(w, service.actions, (a) => {
    const info: Record<string, LiteralValue> = {
      description: new Raw(`${stringLiteral(a.description)} as string`),
      accessLevel: a.accessLevel,
      accessLevels: a.accessLevels,
      permissionOnly: a.permissionOnly,
      resourceTypes: a.resourceTypes.map((r) => ({ name: r.name, required: r.required, conditionKeys: r.conditionKeys })),
      conditionKeys: a.conditionKeys,
      dependentActions: a.dependentActions,
      operations: a.operations.map((o) => ({
        name: o.name,
        sdk: o.sdk.map((m) => ({ package: m.package, name: m.name, method: m.method })),
      })),
    };
    if (a.apiDocUrl !== undefined) info.apiDocUrl = a.apiDocUrl;
    return { key: objectKey(a.name), doc: actionDocLines(service, a), value: literal(info) };
  });
}

function writeResourceTypeInfo(w: CodeBlockWriter, service: Service) {
  writeEntries(w, service.resourceTypes, (rt) => ({
    key: objectKey(rt.name),
    doc: [`The ${docText(rt.name)} resource type.`],
    value: literal({ arnFormats: rt.arnFormats, conditionKeys: rt.conditionKeys }),
  }));
}

function writeConditionKeyInfo(w: CodeBlockWriter, service: Service) {
  writeEntries(w, service.conditionKeys, (k) => {
    const info: Record<string, LiteralValue> = {
      description: new Raw(`${stringLiteral(k.description)} as string`),
      types: k.types,
    };
    if (k.deprecated) info.deprecated = k.deprecated.replacement === undefined ? {} : { replacement: k.deprecated.replacement };
    return { key: objectKey(k.name), doc: conditionKeyDocLines([k]), value: literal(info) };
  });
}

function writeArnBuilders(w: CodeBlockWriter, service: Service, formats: ArnFormat[]) {
  const byName = new Map(service.resourceTypes.map((rt) => [rt.name, rt]));
  let text = "{\n";
  for (const f of formats) {
    text += docBlock(arnBuilderDocLines(byName.get(f.resourceType)!, f.format), "  ");
    text += `  ${f.builder}: ${arnBuilder(f)},\n`;
  }
  w.write(text + "}");
}

/**
 * `<const T extends {…}>(p: T): \`arn:${PartitionOf<T>}:…\` => \`arn:${p.partition ?? "aws"}:…\``:
 * the result type is the ARN with the literal types of the arguments filled in.
 */
function arnBuilder(f: ArnFormat): string {
  const partition = f.parts.find(isPartitionParam);
  const partitionParam = partition && "param" in partition ? partition.param : undefined;
  const optionalOnly = f.params.every((p) => p === partitionParam);
  const access = optionalOnly ? "p?." : "p.";
  let type = "";
  let value = "";
  for (const part of f.parts) {
    if ("text" in part) {
      type += templateText(part.text);
      value += templateText(part.text);
    } else if (isPartitionParam(part)) {
      type += "${PartitionOf<T>}";
      value += `\${${access}${part.param} ?? "aws"}`;
    } else {
      type += `\${T[${stringLiteral(part.param)}]}`;
      value += `\${${access}${part.param}}`;
    }
  }
  if (f.params.length === 0) return `(): \`${type}\` => \`${value}\``;
  const members = f.params.map((p) => (p === partitionParam ? `${propertyName(p)}?: Partition` : `${propertyName(p)}: string`));
  const constraint = `{ ${members.join("; ")} }`;
  const generic = optionalOnly ? `<const T extends ${constraint} = {}>` : `<const T extends ${constraint}>`;
  return `${generic}(p${optionalOnly ? "?" : ""}: T): \`${type}\` => \`${value}\` as \`${type}\``;
}

function parsedArnType(formats: ArnFormat[]): string {
  if (formats.length === 0) return "never";
  const members = new Set<string>();
  for (const f of formats) {
    const fields = [`resourceType: ${stringLiteral(f.resourceType)}`, ...f.params.map((p) => `${propertyName(p)}: string`)];
    members.add(`{ ${fields.join("; ")} }`);
  }
  return [...members].join(" | ");
}

function keysInterface(
  name: string,
  slots: KeySlot[],
  type: (slot: KeySlot) => string,
  doc: (keys: KeySlot["keys"]) => string[],
  interfaceDoc: string[],
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name,
    docs: [interfaceDoc.join("\n")],
    properties: slots
      .filter((s) => !s.pattern)
      .map((s) => ({ name: s.typeKey, type: type(s), docs: [doc(s.keys).join("\n")] })),
    indexSignatures: slots
      .filter((s) => s.pattern)
      .map((s) => ({ keyName: "key", keyType: s.typeKey, returnType: type(s), docs: [doc(s.keys).join("\n")] })),
  };
}

/** The TypeScript keys (slots) of catalog key names; names the service does not define are left out. */
function slotKeys(names: string[], slots: KeySlot[]): string[] {
  const defined = new Set(slots.map((s) => s.typeKey));
  return uniqueSorted(names.map((n) => typeKeyOf(n).typeKey).filter((k) => defined.has(k)));
}

const union = (members: string[]) => (members.length ? members.join(" | ") : "never");

function resourceTypeKeysInterface(service: Service, slots: KeySlot[]): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: "ResourceTypeConditionKeys",
    docs: ["Resource type → the condition keys it supports."],
    properties: service.resourceTypes.map((rt) => ({
      name: propertyName(rt.name),
      type: union(slotKeys(rt.conditionKeys, slots)),
      docs: [`Condition keys of the ${docText(rt.name)} resource type.`],
    })),
  };
}

function actionKeysInterface(service: Service, slots: KeySlot[], fullName: (a: Action) => string): InterfaceDeclarationStructure {
  const resourceTypes = new Map(service.resourceTypes.map((rt) => [rt.name, rt]));
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: "ActionConditionKeys",
    docs: ["Action → the condition keys that apply to it: its own and those of its resource types."],
    properties: service.actions.map((a) => {
      const own = new Set(a.conditionKeys);
      const refs: string[] = [];
      for (const r of a.resourceTypes) {
        const rt = resourceTypes.get(r.name);
        if (rt) refs.push(`ResourceTypeConditionKeys[${stringLiteral(r.name)}]`);
        for (const k of r.conditionKeys) if (!rt?.conditionKeys.includes(k)) own.add(k);
      }
      return {
        name: stringLiteral(fullName(a)),
        type: union([...slotKeys([...own], slots), ...uniqueSorted(refs)]),
        docs: [`Condition keys that apply to ${docText(fullName(a))}.`],
      };
    }),
  };
}

