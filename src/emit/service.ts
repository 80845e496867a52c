// One service of the catalog → the TypeScript module generated/src/<file>.ts (before formatting).
//
// Each action, resource type and ARN format is declared once, as a documented property of an
// `as const` object whose value is its encoded facts (see encoding.ts); each condition key once,
// as a documented member of the ConditionKeyTypes interface. Everything else — `actions`,
// `actionInfo`, `arn`, `ConditionKeys`, `Statement` — is a mapped type over those, which keeps
// the members' JSDoc and costs a consumer's compiler nothing until used. The runtime values
// are decoded from the same strings.
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
} from "ts-morph";
import type { Service } from "../model/types.js";
import { arnFormatsOf } from "./arn.js";
import { kindType, keySlots, typeKeyOf } from "./conditionKeys.js";
import { actionDocLines, arnBuilderDocLines, conditionKeyDocLines, docBlock, resourceTypeDocLines } from "./docs.js";
import { encodeActionDetails, encodeActionFacts, encodeArnFormat, encodeConditionKeyRow, encodeResourceType } from "./encoding.js";
import { docText, objectKey, stringLiteral, templateText } from "./escape.js";

/** ts-morph project used only to print structures: nothing touches the disk. */
const printer = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });

/** Source text of the module for `service`, starting with `header`. */
export function emitService(service: Service, header: string): string {
  const file = printer.createSourceFile("service.ts", { statements: serviceStatements(service) }, { overwrite: true });
  const text = file.getFullText();
  printer.removeSourceFile(file);
  return header + text;
}

const TYPE_IMPORTS = [
  "ActionConditionKeyNames",
  "ActionInfoOf",
  "ActionsByAccessLevelOf",
  "ActionsOf",
  "ArnBuildersOf",
  "ArnParser",
  "ConditionBlock",
  "ConditionKeyInfo",
  "ConditionValue",
  "ParsedArnsOf",
  "PolicyStatement",
  "ReferencePage",
  "ResourceTypeInfoOf",
  "TypeKeyOf",
];
const RUNTIME_IMPORTS = ["arnBuilders", "arnParser", "decodeActions", "decodeConditionKeys", "decodeResourceTypes"];

interface Entry {
  key: string;
  value: string;
  doc?: string[];
}

export function serviceStatements(service: Service): StatementStructures[] {
  const p = service.prefix;
  const prefixType = stringLiteral(p);
  const where = (kind: string, name: string) => `${p}: ${kind} ${JSON.stringify(name)}`;
  const resourceTypes = new Map(service.resourceTypes.map((rt) => [rt.name, rt]));
  const formats = arnFormatsOf(service.resourceTypes);
  const slots = keySlots(service.conditionKeys);
  const patternKeys = service.conditionKeys.filter((k) => typeKeyOf(k.name).pattern);

  const actionFacts = service.actions.map((a) => ({
    key: a.name,
    value: stringLiteral(encodeActionFacts(a, where("action", a.name))),
    doc: actionDocLines(service, a),
  }));
  const actionDetails = service.actions.map((a) => ({ key: a.name, value: stringLiteral(encodeActionDetails(a, where("action", a.name))) }));
  const resourceTypeFacts = service.resourceTypes.map((rt) => ({
    key: rt.name,
    value: stringLiteral(encodeResourceType(rt, where("resource type", rt.name))),
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

    constant("prefix", stringLiteral(p), ["The service prefix in IAM action names."]),
    constant("serviceName", stringLiteral(service.name), ["The service's name in the Service Authorization Reference."]),
    constant(
      "referencePages",
      `[${service.pages.map((pg) => `{ name: ${stringLiteral(pg.name)}, url: ${stringLiteral(pg.url)} }`).join(", ")}]`,
      ["The Service Authorization Reference pages that describe this service."],
      "readonly ReferencePage[]",
    ),

    local("actionFacts", (w) => writeObject(w, actionFacts, true)),
    local("actionDetails", (w) => writeObject(w, actionDetails, false)),
    typeAlias("ActionData", "typeof actionFacts", [
      `Every ${docText(p)} action, documented, with its facts encoded (decoded by ActionInfo; see ActionFacts in _types).`,
    ]),
    typeAlias("Actions", `ActionsOf<ActionData, ${prefixType}>`, [`Every ${docText(p)} action: action name → full action name.`]),
    typeAlias("Action", "Actions[keyof Actions]", [`Any ${docText(p)} action.`]),
    typeAlias("ActionInfo", "ActionInfoOf<ActionData>", [
      "Action name → what the reference says about it: access level(s), resource types (with required flags and their condition keys), condition keys, dependent actions, SDK operations, description and API doc link.",
    ]),
    typeAlias("ActionsByAccessLevel", `ActionsByAccessLevelOf<ActionData, ${prefixType}>`, [
      "Access level → the actions with that level (an action the docs give several levels appears under each).",
    ]),
    local(
      "actionTables",
      "decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(prefix, actionFacts, actionDetails)",
    ),
    constant("actions", "actionTables.actions", [`Every ${docText(p)} action: action name → full action name.`], "Actions"),
    constant("actionInfo", "actionTables.actionInfo", ["What the reference says about each action."], "ActionInfo"),
    constant("actionsByAccessLevel", "actionTables.actionsByAccessLevel", ["Actions grouped by access level."], "ActionsByAccessLevel"),

    local("resourceTypeFacts", (w) => writeObject(w, resourceTypeFacts, true)),
    typeAlias("ResourceTypeData", "typeof resourceTypeFacts", [
      "Every resource type, documented, with its ARN formats and condition keys encoded (see ResourceTypeFacts in _types).",
    ]),
    typeAlias("ResourceTypeInfo", "ResourceTypeInfoOf<ResourceTypeData>", ["Resource type → its ARN formats and condition keys."]),
    constant(
      "resourceTypeInfo",
      "decodeResourceTypes<ResourceTypeInfo>(resourceTypeFacts)",
      ["Resource type → its ARN formats and condition keys."],
      "ResourceTypeInfo",
    ),

    local("arnFormats", (w) => writeObject(w, arnFormats, true)),
    typeAlias("ArnData", "typeof arnFormats", ["Every ARN format, by builder name, documented and encoded (see ArnBuilder in _types)."]),
    typeAlias("ArnBuilders", "ArnBuildersOf<ArnData>", ["ARN builders, one per resource type and ARN format."]),
    typeAlias("ParsedArn", "ParsedArnsOf<ArnData>", ["An ARN taken apart by parseArn: its resource type and the parameters of its format."]),
    constant(
      "arn",
      "arnBuilders<ArnBuilders>(arnFormats)",
      ["ARN builders, one per resource type and ARN format: `arn.key({ region, account, keyId })`; `partition` defaults to `aws`."],
      "ArnBuilders",
    ),
    constant(
      "parseArn",
      "arnParser<ArnParser<ArnData>>(arnFormats)",
      ["The resource type and parameters of an ARN of this service, or undefined when it matches none of its ARN formats."],
      "ArnParser<ArnData>",
    ),

    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "ConditionKeyTypes",
      docs: ["Condition keys of this service → their type names. Keys with a placeholder (`${TagKey}`) are template-literal keys."],
      properties: slots
        .filter((s) => !s.pattern)
        .map((s) => ({ name: s.typeKey, type: kindType(s.types), docs: [conditionKeyDocLines(s.keys).join("\n")] })),
      indexSignatures: slots.filter((s) => s.pattern).map((s) => ({
        keyName: "key",
        keyType: s.typeKey,
        returnType: kindType(s.types),
        docs: [conditionKeyDocLines(s.keys).join("\n")],
      })),
    },
    typeAlias("ConditionKeys", "{ [K in keyof ConditionKeyTypes]: ConditionValue<ConditionKeyTypes[K]> }", [
      "Condition keys of this service → the type of their value.",
    ]),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "ConditionKeyPatterns",
      docs: ["Condition keys with a placeholder, as the reference writes them → the template-literal key that stands for them."],
      properties: patternKeys.map((k) => ({ name: stringLiteral(k.name), type: typeKeyOf(k.name).typeKey, docs: [`The key ${docText(k.name)}.`] })),
    },
    typeAlias("ConditionKeyName", union(service.conditionKeys.map((k) => stringLiteral(k.name))), [
      "A condition key of this service as the reference writes it.",
    ]),
    typeAlias("ConditionKeyInfos", "{ readonly [K in ConditionKeyName]: ConditionKeyInfo }", [
      "Condition key (as the reference writes it) → its description, types and, when deprecated, the replacement.",
    ]),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        { name: "conditionKeyRows", type: "{ readonly [K in ConditionKeyName]: string }", initializer: (w) => writeObject(w, conditionKeyRows, false) },
      ],
    },
    constant(
      "conditionKeyInfo",
      "decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows)",
      ["Condition key → its description, types and, when deprecated, the replacement."],
      "ConditionKeyInfos",
    ),

    typeAlias("Condition", "ConditionBlock<ConditionKeyTypes>", [
      "A Condition block over this service's keys (and global `aws:` keys): each operator takes only keys of a type it compares.",
    ]),
    typeAlias(
      "Statement<A extends Action = Action>",
      `PolicyStatement<A, ConditionBlock<ConditionKeyTypes, TypeKeyOf<ActionConditionKeyNames<ActionInfo, ResourceTypeInfo, A extends \`${templateText(p)}:\${infer N}\` ? N : never>, ConditionKeyPatterns>>>`,
      ["A policy statement for actions `A` whose Condition accepts only the keys that apply to `A` (and global `aws:` keys)."],
    ),
    constant("statement", "<const A extends Action>(statement: Statement<A>): Statement<A> => statement", [
      "Returns the statement unchanged; `A` is inferred from its Action, so its Condition is checked against those actions' keys.",
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

function local(name: string, initializer: string | ((w: CodeBlockWriter) => void)): VariableStatementStructure {
  return { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name, initializer }] };
}

function typeAlias(nameAndParams: string, type: string, doc: string[]): TypeAliasDeclarationStructure {
  const [, name, params] = /^(\w+)(?:<(.*)>)?$/.exec(nameAndParams)!;
  return { kind: StructureKind.TypeAlias, isExported: true, name: name!, type, docs: [doc.join("\n")], ...(params ? { typeParameters: [params] } : {}) };
}

/** `{ key: value, … }` (with `as const` when `asConst`), each entry with its JSDoc, written in one piece. */
function writeObject(w: CodeBlockWriter, entries: Entry[], asConst: boolean) {
  let text = "{\n";
  for (const e of entries) text += (e.doc ? docBlock(e.doc) : "") + `${objectKey(e.key)}: ${e.value},\n`;
  w.write(text + "}" + (asConst ? " as const" : ""));
}

const union = (members: string[]) => (members.length ? members.join(" | ") : "never");
