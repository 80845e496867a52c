// One service of the catalog -> the TypeScript module generated/src/<file>.ts (before formatting).
//
// Each action, resource type and ARN format is declared once, as a documented property of an
// `as const` object whose value is its encoded facts (see encoding.ts); each condition key once,
// as a documented member of the ConditionKeyTypes interface. Everything else — `actions`,
// `actionInfo`, `arn`, `ConditionKeys`, `Statement` — is a mapped type over those, which keeps
// the members' JSDoc and costs a consumer's compiler nothing until used. The runtime values
// are decoded from the same strings.
import type { StatementStructures, TypeAliasDeclarationStructure, VariableStatementStructure, WriterFunction } from "ts-morph";
import type { Service } from "../model/types.js";
import { arnFormatsOf } from "./arn.js";
import { kindType, keySlots, typeKeyOf } from "./conditionKeys.js";
import { actionDocLines, arnBuilderDocLines, conditionKeyDocLines, docBlock, docString, resourceTypeDocLines } from "./docs.js";
import {
  buildersByResourceType,
  encodeActionDetails,
  encodeActionFacts,
  encodeArnFormat,
  encodeConditionKeyRow,
  encodeResourceType,
  memberIndexOf,
  sdkDefaults,
} from "./encoding.js";
import { docText, objectKey, stringLiteral, templateText } from "./escape.js";
import { printStructure, StructureKind, VariableDeclarationKind } from "./tsMorph.js";

/** Source text of the module for `service`, starting with `header`. */
export function emitService(service: Service, header: string): string {
  return header + printStructure({ kind: StructureKind.SourceFile, statements: serviceStatements(service) });
}

const TYPE_IMPORTS = [
  "ActionInfoOf",
  "ActionOf",
  "ActionsByAccessLevelOf",
  "ActionsOf",
  "ArnBuildersOf",
  "ArnParser",
  "ConditionBlock",
  "ConditionKeyInfo",
  "ConditionKeysOf",
  "ParsedArnsOf",
  "ReferencePage",
  "ResourceTypeInfoOf",
  "StatementOf",
];
const RUNTIME_IMPORTS = ["arnBuilders", "arnParser", "decodeActions", "decodeConditionKeys", "decodeResourceTypes"];

interface Entry {
  key: string;
  value: string;
  doc?: string[];
}

export function serviceStatements(service: Service): (StatementStructures | WriterFunction)[] {
  const p = service.prefix;
  const prefixType = stringLiteral(p);
  const where = (kind: string, name: string) => `${p}: ${kind} ${JSON.stringify(name)}`;
  const resourceTypes = new Map(service.resourceTypes.map((rt) => [rt.name, rt]));
  const formats = arnFormatsOf(service.resourceTypes);
  const slots = keySlots(service.conditionKeys);
  const patternKeys = service.conditionKeys.filter((k) => typeKeyOf(k.name).pattern);

  const index = memberIndexOf(service);
  const builders = buildersByResourceType(service.resourceTypes, formats);
  const actionFacts = service.actions.map((a) => ({
    key: a.name,
    value: stringLiteral(encodeActionFacts(a, index, where("action", a.name))),
    doc: actionDocLines(service, a),
  }));
  const sdk = sdkDefaults(service.actions);
  const actionDetails = service.actions.map((a) => ({
    key: a.name,
    value: stringLiteral(encodeActionDetails(a, sdk, where("action", a.name))),
  }));
  const resourceTypeFacts = service.resourceTypes.map((rt) => ({
    key: rt.name,
    value: stringLiteral(encodeResourceType(rt, builders.get(rt.name)!, index.keys, where("resource type", rt.name))),
    doc: resourceTypeDocLines(rt),
  }));
  const arnFormats = formats.map((f) => ({
    key: f.builder,
    value: stringLiteral(encodeArnFormat(f, where("ARN format", f.format))),
    doc: arnBuilderDocLines(resourceTypes.get(f.resourceType)!, f),
  }));
  const conditionKeyRows = service.conditionKeys.map((k) => ({
    key: k.name,
    value: stringLiteral(encodeConditionKeyRow(k, where("condition key", k.name))),
  }));

  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./_types.js", namedImports: TYPE_IMPORTS },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./_runtime.js", namedImports: RUNTIME_IMPORTS },

    constant("prefix", stringLiteral(p), ["The service prefix."], prefixType),
    constant("serviceName", stringLiteral(service.name), ["The service's name in the reference."], stringLiteral(service.name)),
    constant(
      "referencePages",
      `[${service.pages.map((pg) => `{ name: ${stringLiteral(pg.name)}, url: ${stringLiteral(pg.url)} }`).join(", ")}]`,
      ["The reference pages of this service."],
      "readonly ReferencePage[]",
    ),

    local("conditionKeyList", `[${service.conditionKeys.map((k) => stringLiteral(k.name)).join(", ")}] as const`),
    local("dependentActionList", `[${index.dependentActionList.map(stringLiteral).join(", ")}] as const`),
    dataConstant("actionFacts", actionFacts, { asConst: true }),
    dataConstant("actionDetails", actionDetails),
    dataConstant("resourceTypeFacts", resourceTypeFacts, { asConst: true }),
    dataConstant("arnFormats", arnFormats, { asConst: true }),
    {
      kind: StructureKind.TypeAlias,
      name: "ResourceTypeList",
      type: `readonly [${service.resourceTypes.map((rt) => stringLiteral(rt.name)).join(", ")}]`,
      docs: ["The resource types, in the order action facts index them (the keys of resourceTypeFacts)."],
    },
    typeAlias("Actions", `ActionsOf<typeof actionFacts, ${prefixType}>`, ["Action name -> full action name."]),
    typeAlias("Action", `ActionOf<typeof actionFacts, ${prefixType}>`, [`Any ${docText(p)} action.`]),
    typeAlias("ActionInfo", "ActionInfoOf<typeof actionFacts, typeof conditionKeyList, ResourceTypeList, typeof dependentActionList>", ["Action name -> what the reference says about it."]),
    typeAlias("ActionsByAccessLevel", `ActionsByAccessLevelOf<typeof actionFacts, ${prefixType}>`, ["Access level -> its actions."]),
    local(
      "actionTables",
      `decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(prefix, actionFacts, actionDetails, { package: ${stringLiteral(sdk.package)}, client: ${stringLiteral(sdk.client)} }, { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList })`,
    ),
    constant("actions", "actionTables.actions", [`Every ${docText(p)} action: action name -> full action name (in each JSDoc, * marks a required resource type).`], "Actions"),
    constant("actionInfo", "actionTables.actionInfo", [
      "Action name -> access level(s), resource types (required flags, condition keys), condition keys, dependent actions, operations (SDK methods), description.",
    ], "ActionInfo"),
    constant("actionsByAccessLevel", "actionTables.actionsByAccessLevel", ["Access level -> its actions (an action with several levels is under each)."], "ActionsByAccessLevel"),

    typeAlias("ResourceTypeInfo", "ResourceTypeInfoOf<typeof resourceTypeFacts, typeof conditionKeyList, typeof arnFormats>", ["Resource type -> its ARN formats and condition keys."]),
    constant(
      "resourceTypeInfo",
      "decodeResourceTypes<ResourceTypeInfo>(resourceTypeFacts, conditionKeyList, arnFormats)",
      ["Resource type -> its ARN formats and condition keys."],
      "ResourceTypeInfo",
    ),

    typeAlias("ArnBuilders", "ArnBuildersOf<typeof arnFormats>", ["ARN builders, one per resource type and ARN format."]),
    typeAlias("ParsedArn", "ParsedArnsOf<typeof arnFormats>", ["An ARN taken apart by parseArn."]),
    constant(
      "arn",
      "arnBuilders<ArnBuilders>(arnFormats)",
      ["ARN builders, one per resource type and ARN format; `partition` defaults to `aws`."],
      "ArnBuilders",
    ),
    constant(
      "parseArn",
      "arnParser<ArnParser<typeof arnFormats>>(arnFormats)",
      ["`{ resourceType, ...parameters }` of an ARN of this service; undefined when no ARN format matches."],
      "ArnParser<typeof arnFormats>",
    ),

    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "ConditionKeyTypes",
      docs: ["Condition key -> its type names (a key with a placeholder, `${TagKey}`, is a template-literal key)."],
      properties: slots
        .filter((s) => !s.pattern)
        .map((s) => ({ name: s.typeKey, type: kindType(s.types), docs: [docString(conditionKeyDocLines(s.keys))] })),
      indexSignatures: slots.filter((s) => s.pattern).map((s) => ({
        keyName: "key",
        keyType: s.typeKey,
        returnType: kindType(s.types),
        docs: [docString(conditionKeyDocLines(s.keys))],
      })),
    },
    typeAlias("ConditionKeys", "ConditionKeysOf<ConditionKeyTypes>", ["Condition key -> value type."]),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "ConditionKeyPatterns",
      docs: ["Condition key with a placeholder, as the reference writes it -> its template-literal key."],
      properties: patternKeys.map((k) => ({ name: stringLiteral(k.name), type: typeKeyOf(k.name).typeKey, docs: [docText(k.name)] })),
    },
    typeAlias("ConditionKeyName", "(typeof conditionKeyList)[number]", ["A condition key as the reference writes it."]),
    typeAlias("ConditionKeyInfos", "{ readonly [K in ConditionKeyName]: ConditionKeyInfo }", ["Condition key -> description, types, deprecation."]),
    dataConstant("conditionKeyRows", conditionKeyRows, { type: "{ readonly [K in ConditionKeyName]: string }" }),
    constant(
      "conditionKeyInfo",
      "decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows)",
      ["Condition key -> description, types and, when deprecated, the replacement."],
      "ConditionKeyInfos",
    ),

    typeAlias("Condition", "ConditionBlock<ConditionKeyTypes>", ["A Condition block: each operator takes only keys of a type it compares."]),
    typeAlias(
      "Statement<A extends Action = Action>",
      `StatementOf<${prefixType}, A, ActionInfo, ResourceTypeInfo, ConditionKeyTypes, ConditionKeyPatterns>`,
      ["A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys."],
    ),
    constant("statement", "<const A extends Action>(statement: Statement<A>): Statement<A> => statement", [
      "The statement, typed as Statement<A> with `A` inferred from its Action.",
    ]),
  ];
}

function constant(name: string, initializer: string, doc: string[], type?: string): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc.join("\n")],
    declarations: [{ name, initializer, ...(type ? { type } : {}) }],
  };
}

function local(name: string, initializer: string): VariableStatementStructure {
  return { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name, initializer }] };
}

/**
 * `const name[: type] = { … }[ as const];` for a data object, written by a writer function:
 * printed as a statement it goes to the writer in one piece (as a declaration initializer,
 * ts-morph would rescan all of it to place commas). The entries are inserted rather than written:
 * the writer scans every character written to it to track strings and comments, and the entries,
 * most of a module, leave none open.
 */
function dataConstant(name: string, entries: Entry[], options: { asConst?: boolean; type?: string } = {}): WriterFunction {
  return (w) => {
    let body = "";
    for (const e of entries) body += (e.doc ? docBlock(e.doc) : "") + `${objectKey(e.key)}: ${e.value},\n`;
    const end = "}" + (options.asConst ? " as const" : "") + ";";
    w.write(`const ${name}${options.type ? `: ${options.type}` : ""} = {\n${end}`);
    if (body) w.unsafeInsert(w.getLength() - end.length, body);
  };
}

function typeAlias(nameAndParams: string, type: string, doc: string[]): TypeAliasDeclarationStructure {
  const [, name, params] = /^(\w+)(?:<(.*)>)?$/.exec(nameAndParams)!;
  return { kind: StructureKind.TypeAlias, isExported: true, name: name!, type, docs: [doc.join("\n")], ...(params ? { typeParameters: [params] } : {}) };
}


