/*! generated from snapshots/ - do not edit */

// Types shared by every service module of the generated package: partitions, access levels,
// condition operators, the typed Condition block, and the decoders of the compact strings in
// which service modules describe their members. Copied verbatim into generated/src/.
//
// Why strings: a consumer's compiler parses every module its imports reach, and importing the
// root reaches all ~400 services. One string literal per member parses in a fraction of the time
// of a tree of literal types; the decoders below expand a member only when it is used.

/** Partitions the ARN builders accept; `aws` when none is given. */
export type Partition = "aws" | "aws-cn" | "aws-us-gov";

/** The partition an ARN builder was called with: the one given, else `aws`. */
export type PartitionOf<T> = T extends { readonly partition: infer P extends string } ? P : "aws";

export type AccessLevel = "List" | "Read" | "Write" | "Permissions management" | "Tagging";

/** Condition key types as the Service Authorization Reference names them. */
export type ConditionKeyType =
  | "String"
  | "ArrayOfString"
  | "ARN"
  | "ArrayOfARN"
  | "Bool"
  | "ArrayOfBool"
  | "Numeric"
  | "ArrayOfNumeric"
  | "Date"
  | "ArrayOfDate"
  | "IPAddress"
  | "ArrayOfIPAddress";

/** The value type of a key of each type. */
export interface ConditionValueTypes {
  String: string;
  ArrayOfString: string[];
  ARN: string;
  ArrayOfARN: string[];
  Bool: boolean;
  ArrayOfBool: boolean[];
  Numeric: number;
  ArrayOfNumeric: number[];
  Date: string | Date;
  ArrayOfDate: (string | Date)[];
  IPAddress: string;
  ArrayOfIPAddress: string[];
}

/** Value type of a key whose types are `K` (`unknown` when the reference gives none). */
export type ConditionValue<K> = [K] extends [never]
  ? unknown
  : K extends keyof ConditionValueTypes
    ? ConditionValueTypes[K]
    : never;

/** A page of the Service Authorization Reference. */
export interface ReferencePage {
  readonly name: string;
  readonly url: string;
}

/** What the reference says about a condition key. */
export interface ConditionKeyInfo {
  readonly description: string;
  readonly types: readonly ConditionKeyType[];
  /** Present when the reference deprecates the key; `replacement` is the key to use instead. */
  readonly deprecated?: { readonly replacement?: string };
}

// ---------------------------------------------------------------------------------------------
// Decoders of the compact strings (see src/emit/encoding.ts in the generator for the writer).

/** The items of `a<D>b<D>c`; the empty string is the empty list. */
export type List<S extends string, D extends string, Acc extends string[] = []> = S extends ""
  ? Acc
  : S extends `${infer H}${D}${infer T}`
    ? ListRest<T, D, [...Acc, H]>
    : [...Acc, S];
type ListRest<S extends string, D extends string, Acc extends string[]> = S extends `${infer H}${D}${infer T}`
  ? ListRest<T, D, [...Acc, H]>
  : [...Acc, S];

type Flag<S> = S extends "1" ? true : false;

/** Condition keys, resource types or dependent actions as facts write them: an index (digits) into the service's list of them `Names`, or a name. */
type NamesAt<Items, Names> = { readonly [I in keyof Items]: NameAt<Items[I], Names> };
type NameAt<Item, Names> = Item extends `${number}` ? Names[Item & keyof Names] : Item;

type ResourceRows<Rows, R extends string, T extends string, Keys, Resources> = {
  readonly [I in keyof Rows]: Rows[I] extends `${infer N}${R}${infer Q}${R}${infer K}`
    ? {
        readonly name: NameAt<N, Resources>;
        readonly required: Flag<Q>;
        readonly conditionKeys: NamesAt<List<K, T>, Keys>;
      }
    : never;
};
/** An SDK method that calls an operation. */
export interface SdkMethod {
  /** e.g. Boto3 */
  readonly package: string;
  /** SDK client, e.g. kms */
  readonly name: string;
  /** e.g. cancel_key_deletion */
  readonly method: string;
}

/** Operations by name (the separator `R` alone stands for the action's own); their SDK methods come from the runtime data. */
type Operations<Names, Action extends string, R extends string> = {
  readonly [I in keyof Names]: {
    readonly name: Names[I] extends R ? Action : Names[I];
    readonly sdk: readonly SdkMethod[];
  };
};

/**
 * What the reference says about the action `Name`, decoded from its facts string (an empty
 * access level list stands for `[accessLevel]`); `Keys`, `Resources` and `DependentActions` are
 * the service's lists of condition keys, resource types and dependent actions, which facts index.
 */
export type ActionFacts<
  S extends string,
  Name extends string,
  Keys = readonly string[],
  Resources = readonly string[],
  DependentActions = readonly string[],
> = S extends `${keyof LevelCodes}${string}`
  ? FactsBody<"|", ",", ";", "~", S, Name, Keys, Resources, DependentActions>
  : S extends `${infer F}${infer L}${infer R}${infer T}${infer Body}`
    ? FactsBody<F, L, R, T, Body, Name, Keys, Resources, DependentActions>
    : never;
/** Access levels as facts write them. (Facts that start with one use the default separators `|,;~`.) */
interface LevelCodes {
  L: "List";
  R: "Read";
  W: "Write";
  P: "Permissions management";
  T: "Tagging";
}
type LevelOf<C> = C extends keyof LevelCodes ? LevelCodes[C] : never;
type LevelsOf<Codes> = Codes extends [infer C, ...infer Rest] ? [LevelOf<C>, ...LevelsOf<Rest>] : [];
type FactsBody<
  F extends string,
  L extends string,
  R extends string,
  T extends string,
  Body extends string,
  Name extends string,
  Keys,
  Resources,
  DependentActions,
> = Body extends `${infer Level}${F}${infer Levels}${F}${infer Only}${F}${infer Rows}${F}${infer ActionKeys}${F}${infer Deps}${F}${infer Ops}`
  ? {
      readonly description: string;
      readonly accessLevel: LevelOf<Level>;
      readonly accessLevels: Levels extends "" ? readonly [LevelOf<Level>] : Readonly<LevelsOf<List<Levels, L>>>;
      readonly permissionOnly: Flag<Only>;
      readonly resourceTypes: ResourceRows<List<Rows, L>, R, T, Keys, Resources>;
      readonly conditionKeys: NamesAt<List<ActionKeys, L>, Keys>;
      readonly dependentActions: NamesAt<List<Deps, L>, DependentActions>;
      readonly operations: Operations<List<Ops, L>, Name, R>;
    }
  : never;

/** A property name as it appears in a template literal. (Quoted names, "123" included, are string keys.) */
type NameOf<K> = K & string;

/** Action name -> full action name (`prefix:Name`); keeps the JSDoc of `Data`'s members. */
export type ActionsOf<Data, Prefix extends string> = { readonly [K in keyof Data]: `${Prefix}:${NameOf<K>}` };

/** Any action of `Data` (cheaper for the checker than indexing ActionsOf). */
export type ActionOf<Data, Prefix extends string> = `${Prefix}:${keyof Data & string}`;

/**
 * Action name -> decoded facts (condition keys, resource types and dependent actions from the
 * service's lists of them); keeps the JSDoc of `Data`'s members.
 */
export type ActionInfoOf<Data, Keys, Resources, DependentActions> = {
  readonly [K in keyof Data]: ActionFacts<Data[K] & string, `${NameOf<K>}`, Keys, Resources, DependentActions>;
};

/** Access level -> the actions the docs give that level. */
export type ActionsByAccessLevelOf<Data, Prefix extends string> = {
  readonly [Level in AccessLevel]: readonly {
    [K in keyof Data]: Level extends ActionFacts<Data[K] & string, `${NameOf<K>}`>["accessLevels"][number]
      ? `${Prefix}:${NameOf<K>}`
      : never;
  }[keyof Data][];
};

/**
 * The resource type `Name`'s ARN formats and condition keys, decoded: its formats are those of
 * the builders it names (itself when it names none), in `Arns`.
 */
export type ResourceTypeFacts<
  S extends string,
  Name extends string,
  Keys,
  Arns,
> = S extends `${infer F}${infer L}${infer Body}`
  ? Body extends `${infer Builders}${F}${infer RowKeys}`
    ? {
        readonly arnFormats: FormatTexts<BuilderList<Builders, L, Name>, Arns>;
        readonly conditionKeys: NamesAt<List<RowKeys, L>, Keys>;
      }
    : never
  : never;
type BuilderList<S extends string, L extends string, Name extends string> = S extends "" ? [Name] : List<S, L>;
type FormatTexts<Builders, Arns> = {
  readonly [I in keyof Builders]: ArnFormatText<Arns[Builders[I] & keyof Arns] & string>;
};

/**
 * Resource type -> decoded facts (condition keys from the service's key list `Keys`, ARN formats
 * from its builders' `Arns`); keeps the JSDoc of `Data`'s members.
 */
export type ResourceTypeInfoOf<Data, Keys, Arns> = {
  readonly [K in keyof Data]: ResourceTypeFacts<Data[K] & string, NameOf<K>, Keys, Arns>;
};

// ARN formats: `S P` resourceType S text S param S text ... (text first). A param is its
// placeholder, then P and its name unless that is the placeholder uncapitalized. Decoded to
// [resourceType, text, name, text, ...] with the partition named `partition?`.
type ArnParts<E extends string> = E extends `${infer S}${infer P}${infer Body}`
  ? ListRest<Body, S, []> extends [infer R, ...infer Rest]
    ? [R, ...ParamNames<Rest, P>]
    : never
  : never;
type ParamNames<Items, P extends string> = Items extends [infer Text, infer Item, ...infer Rest]
  ? [
      Text,
      Item extends "Partition"
        ? "partition?"
        : Item extends `${string}${P}${infer Name}`
          ? Name
          : Uncapitalize<Item & string>,
      ...ParamNames<Rest, P>,
    ]
  : Items;
/** An encoded format as the reference writes it: `arn:${Partition}:kms:...`. */
type ArnFormatText<E extends string> = E extends `${infer S}${infer P}${infer Body}`
  ? ListRest<Body, S, []> extends [string, ...infer Items]
    ? FormatText<Items, P>
    : never
  : never;
type FormatText<Items, P extends string> = Items extends [
  infer Text extends string,
  infer Item extends string,
  ...infer Rest,
]
  ? `${Text}\${${Item extends `${infer Placeholder}${P}${string}` ? Placeholder : Item}}${FormatText<Rest, P>}`
  : Items extends [infer Text extends string]
    ? Text
    : "";
type ParamsOf<P> = P extends [string, infer Param extends string, ...infer Rest] ? Param | ParamsOf<Rest> : never;
type ParamName<P> = P extends "partition?" ? "partition" : P;
type ArnParams<N extends string> = { readonly [K in Exclude<N, "partition?">]: string } & ("partition?" extends N
  ? { readonly partition?: Partition }
  : unknown);
type Fill<P, T> = P extends [infer Text extends string, infer Param extends string, ...infer Rest]
  ? `${Text}${Param extends "partition?" ? PartitionOf<T> : T[Param & keyof T] & string}${Fill<Rest, T>}`
  : P extends [infer Text extends string]
    ? Text
    : "";
type BuilderOf<P, N extends string> = [Exclude<N, "partition?">] extends [never]
  ? <const T extends ArnParams<N> = ArnParams<N>>(params?: T) => Fill<P, T>
  : <const T extends ArnParams<N>>(params: T) => Fill<P, T>;

/**
 * The builder of an encoded ARN format: takes the format's parameters (camelCase;
 * `partition` optional) and returns the ARN typed as a template literal of the arguments.
 */
export type ArnBuilder<E extends string> = ArnParts<E> extends [string, ...infer P] ? BuilderOf<P, ParamsOf<P>> : never;

/** Builder name -> builder; keeps the JSDoc of `Data`'s members. */
export type ArnBuildersOf<Data> = { readonly [K in keyof Data]: ArnBuilder<Data[K] & string> };

/** An ARN of an encoded format, taken apart: its resource type and parameters. */
export type ParsedArnOf<E extends string> =
  ArnParts<E> extends [infer R, ...infer P]
    ? { readonly [K in "resourceType" | ParamName<ParamsOf<P>>]: K extends "resourceType" ? R : string }
    : never;

/** Any ARN of the formats in `Data`, taken apart. */
export type ParsedArnsOf<Data> = { [K in keyof Data]: ParsedArnOf<Data[K] & string> }[keyof Data];

/**
 * parseArn of a service whose ARN formats are `Data`. (An interface, so that declaring and
 * checking it does not expand the union of every format.)
 */
export interface ArnParser<Data> {
  (arn: string): ParsedArnsOf<Data> | undefined;
}

/** Catalog key names (`aws:RequestTag/${TagKey}`) -> the TypeScript keys that stand for them. */
export type TypeKeyOf<Name, Patterns> = Name extends keyof Patterns ? Patterns[Name] : Name;

/**
 * Condition keys (catalog names) that apply to the actions named `N`: their own, those of their
 * resource rows, and those of their resource types.
 */
export type ActionConditionKeyNames<Info, ResourceInfo, N> = N extends keyof Info
  ? Info[N] extends {
      readonly conditionKeys: readonly (infer Own)[];
      readonly resourceTypes: readonly (infer Row)[];
    }
    ? | Own
      | (Row extends { readonly conditionKeys: readonly (infer K)[] } ? K : never)
      | (Row extends { readonly name: infer R }
          ? R extends keyof ResourceInfo
            ? ResourceInfo[R] extends { readonly conditionKeys: readonly (infer K)[] }
              ? K
              : never
            : never
          : never)
    : never
  : never;

/** Condition key -> value type, from condition key -> type names. */
export type ConditionKeysOf<Types> = { [K in keyof Types]: ConditionValue<Types[K]> };

/**
 * A statement for actions `A` of the service with prefix `Prefix`: its Condition takes the keys
 * that apply to `A` (their own, their resource rows' and their resource types') and global
 * `aws:` keys.
 */
export type StatementOf<Prefix extends string, A extends string, Info, ResourceInfo, Types, Patterns> = PolicyStatement<
  A,
  ConditionBlock<
    Types,
    TypeKeyOf<ActionConditionKeyNames<Info, ResourceInfo, A extends `${Prefix}:${infer N}` ? N : never>, Patterns>
  >
>;

/**
 * A name -> value table packed into strings (the root module's form of a service's facts): each
 * chunk is `R E a E value R b E value ...`, its first two characters being its separators (see
 * RowsOf). Rows accumulate in a union, not a tuple: a tuple of each length would be a new type.
 */
export type Table<Chunks extends readonly string[]> = { readonly [Row in ChunkRows<Chunks[number]> as Row[0]]: Row[1] };
type ChunkRows<S> = S extends `${infer R}${infer E}${infer Body}` ? RowsOf<Body, R, E, never> : never;
/** `[name, value]` of the rows `name E value R name E value ...`. */
type RowsOf<S extends string, R extends string, E extends string, Acc> = S extends ""
  ? Acc
  : S extends `${infer K}${E}${infer V}${R}${infer Rest}`
    ? RowsOf<Rest, R, E, Acc | [K, V]>
    : S extends `${infer K}${E}${infer V}`
      ? Acc | [K, V]
      : Acc;

/** The texts `a P b P c` of a condition key joined by `${string}`: its template-literal key. */
type KeyPattern<S extends string, P extends string> = S extends `${infer H}${P}${infer T}`
  ? `${H}${string}${KeyPattern<T, P>}`
  : S;
/** Rows of a packed condition key table: `R E P` then rows whose texts are joined by P. */
type KeyRows<S extends string> = S extends `${infer R}${infer E}${infer P}${infer Body}`
  ? WithSeparator<RowsOf<Body, R, E, never>, P>
  : never;
type WithSeparator<Row, P> = Row extends [infer K, infer V] ? [K, V, P] : never;

/** TypeScript condition key (a name, or a template-literal pattern) -> its type names. */
export type KeyTypeTable<Chunks extends readonly string[]> = {
  [Row in KeyRows<Chunks[number]> as KeyPattern<Row[0], Row[2]>]: List<Row[1], ",">[number];
};
/**
 * The names of KeyTypeTable's keys without a placeholder. (Not `keyof`: a pattern absorbs the
 * names it matches, e.g. `aws:RequestTag/${string}` absorbs "aws:RequestTag/Project".)
 */
export type KeyNameList<Chunks extends readonly string[]> =
  KeyRows<Chunks[number]> extends infer Row
    ? Row extends [infer K extends string, string, infer P extends string]
      ? K extends `${string}${P}${string}`
        ? never
        : K
      : never
    : never;
/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export type KeyPatternTable<Chunks extends readonly string[]> = {
  [Row in KeyRows<Chunks[number]> as Row[0]]: KeyPattern<Row[1], Row[2]>;
};

/** A list packed into a string `D a D b ...` (its first character is its separator): a service's condition keys, resource types or dependent actions. */
type PackedList<S extends string> = S extends `${infer D}${infer Body}` ? List<Body, D> : [];
/** The items of a packed list as a union (no tuple of each length on the way): a service's action names. */
type PackedNames<S extends string> = S extends `${infer D}${infer Body}` ? NamesOf<Body, D, never> : never;
type NamesOf<S extends string, D extends string, Acc> = S extends `${infer H}${D}${infer T}`
  ? NamesOf<T, D, Acc | H>
  : Acc | S;

/**
 * Every type of a service module, from its facts packed into strings (the root module's form):
 * actions, resource types and ARN formats (see Table); condition key types (KeyTypeTable) and
 * patterns (KeyPatternTable); the lists of condition keys, resource types and dependent actions
 * that facts index (PackedList); and the action names alone (PackedNames), so that `Action` and
 * `actions` need not decode the facts. `module` is the type of the module's values. The tables
 * are given as their strings and decoded inside each member, so that a member is decoded only
 * when used.
 */
export interface ServiceTypes<
  Prefix extends string,
  Name extends string,
  Actions extends readonly string[],
  Resources extends readonly string[],
  Arns extends readonly string[],
  KeyTypes extends readonly string[],
  KeyPatterns extends readonly string[],
  KeyList extends string,
  ResourceList extends string,
  ActionList extends string,
  DependentActionList extends string,
> {
  Prefix: Prefix;
  Actions: { readonly [K in PackedNames<ActionList>]: `${Prefix}:${K}` };
  Action: `${Prefix}:${PackedNames<ActionList>}`;
  ActionInfo: ActionInfoOf<
    Table<Actions>,
    PackedList<KeyList>,
    PackedList<ResourceList>,
    PackedList<DependentActionList>
  >;
  ActionsByAccessLevel: ActionsByAccessLevelOf<Table<Actions>, Prefix>;
  ResourceTypeInfo: ResourceTypeInfoOf<Table<Resources>, PackedList<KeyList>, Table<Arns>>;
  ArnBuilders: ArnBuildersOf<Table<Arns>>;
  ConditionKeyTypes: KeyTypeTable<KeyTypes>;
  ConditionKeys: ConditionKeysOf<KeyTypeTable<KeyTypes>>;
  ConditionKeyPatterns: KeyPatternTable<KeyPatterns>;
  ConditionKeyName: KeyNameList<KeyTypes> | keyof KeyPatternTable<KeyPatterns>;
  Condition: ConditionBlock<KeyTypeTable<KeyTypes>>;
  module: {
    readonly prefix: Prefix;
    readonly serviceName: Name;
    readonly referencePages: readonly ReferencePage[];
    readonly actions: { readonly [K in PackedNames<ActionList>]: `${Prefix}:${K}` };
    readonly actionInfo: ActionInfoOf<
      Table<Actions>,
      PackedList<KeyList>,
      PackedList<ResourceList>,
      PackedList<DependentActionList>
    >;
    readonly actionsByAccessLevel: ActionsByAccessLevelOf<Table<Actions>, Prefix>;
    readonly resourceTypeInfo: ResourceTypeInfoOf<Table<Resources>, PackedList<KeyList>, Table<Arns>>;
    readonly arn: ArnBuildersOf<Table<Arns>>;
    readonly parseArn: ArnParser<Table<Arns>>;
    readonly conditionKeyInfo: {
      readonly [N in KeyNameList<KeyTypes> | keyof KeyPatternTable<KeyPatterns>]: ConditionKeyInfo;
    };
    readonly statement: <const S extends `${Prefix}:${PackedNames<ActionList>}`>(
      statement: StatementFor<
        ServiceTypes<
          Prefix,
          Name,
          Actions,
          Resources,
          Arns,
          KeyTypes,
          KeyPatterns,
          KeyList,
          ResourceList,
          ActionList,
          DependentActionList
        >,
        S
      >,
    ) => StatementFor<
      ServiceTypes<
        Prefix,
        Name,
        Actions,
        Resources,
        Arns,
        KeyTypes,
        KeyPatterns,
        KeyList,
        ResourceList,
        ActionList,
        DependentActionList
      >,
      S
    >;
  };
}

/** A statement for actions `A` of the service whose types are `S` (see StatementOf). */
export type StatementFor<
  S extends {
    Prefix: string;
    ActionInfo: unknown;
    ResourceTypeInfo: unknown;
    ConditionKeyTypes: unknown;
    ConditionKeyPatterns: unknown;
  },
  A extends string,
> = StatementOf<
  S["Prefix"],
  A,
  S["ActionInfo"],
  S["ResourceTypeInfo"],
  S["ConditionKeyTypes"],
  S["ConditionKeyPatterns"]
>;

// ---------------------------------------------------------------------------------------------
// Condition operators and the typed Condition block.

type WithIfExists<O extends string> = O | `${O}IfExists`;

export type StringOperator = WithIfExists<
  | "StringEquals"
  | "StringNotEquals"
  | "StringEqualsIgnoreCase"
  | "StringNotEqualsIgnoreCase"
  | "StringLike"
  | "StringNotLike"
>;
export type NumericOperator = WithIfExists<
  | "NumericEquals"
  | "NumericNotEquals"
  | "NumericLessThan"
  | "NumericLessThanEquals"
  | "NumericGreaterThan"
  | "NumericGreaterThanEquals"
>;
export type DateOperator = WithIfExists<
  "DateEquals" | "DateNotEquals" | "DateLessThan" | "DateLessThanEquals" | "DateGreaterThan" | "DateGreaterThanEquals"
>;
export type BoolOperator = WithIfExists<"Bool">;
export type IpAddressOperator = WithIfExists<"IpAddress" | "NotIpAddress">;
export type ArnOperator = WithIfExists<"ArnEquals" | "ArnLike" | "ArnNotEquals" | "ArnNotLike">;
/** An operator applied to each value of a multivalued key. */
export type SetOperator<O extends string> = `ForAnyValue:${O}` | `ForAllValues:${O}`;

type ScalarOperator = StringOperator | NumericOperator | DateOperator | BoolOperator | IpAddressOperator | ArnOperator;
export type ConditionOperator = ScalarOperator | SetOperator<ScalarOperator> | "Null";

export type NumericValue = number | `${number}`;
export type DateValue = string | Date;
export type BoolValue = boolean | "true" | "false";
type OneOrMore<V> = V | readonly V[];

/**
 * The keys an operator may test: those among `Allowed` whose type (in `Types`, key -> type
 * names) is one of `Kinds`, plus any global `aws:` key, each with the operator's value type.
 */
export type OperatorKeys<Types, Allowed, Kinds, V> = {
  [
    P in keyof Types as P extends Allowed ? ([Extract<Types[P], Kinds>] extends [never] ? never : P) : never
  ]?: OneOrMore<V>;
} & { [key: `aws:${string}`]: OneOrMore<V> };

/**
 * A policy Condition block over the keys `Allowed` of `Types` (key -> type names): each operator
 * accepts only the keys whose type it can compare, so `{ NumericEquals: { "kms:CallerAccount": 1 } }`
 * is an error for a String key. Multivalued keys (ArrayOf...) need ForAnyValue:/ForAllValues:.
 * ARN keys accept the Arn... and the String... operators. Global `aws:` keys are accepted by name.
 */
export type ConditionBlock<Types, Allowed = keyof Types> = {
  [O in StringOperator]?: OperatorKeys<Types, Allowed, "String" | "ARN", string>;
} & {
  [O in ArnOperator]?: OperatorKeys<Types, Allowed, "ARN", string>;
} & {
  [O in NumericOperator]?: OperatorKeys<Types, Allowed, "Numeric", NumericValue>;
} & {
  [O in DateOperator]?: OperatorKeys<Types, Allowed, "Date", DateValue>;
} & {
  [O in BoolOperator]?: OperatorKeys<Types, Allowed, "Bool", BoolValue>;
} & {
  [O in IpAddressOperator]?: OperatorKeys<Types, Allowed, "IPAddress", string>;
} & {
  [O in SetOperator<StringOperator>]?: OperatorKeys<Types, Allowed, "ArrayOfString" | "ArrayOfARN", string>;
} & {
  [O in SetOperator<ArnOperator>]?: OperatorKeys<Types, Allowed, "ArrayOfARN", string>;
} & {
  [O in SetOperator<NumericOperator>]?: OperatorKeys<Types, Allowed, "ArrayOfNumeric", NumericValue>;
} & {
  [O in SetOperator<DateOperator>]?: OperatorKeys<Types, Allowed, "ArrayOfDate", DateValue>;
} & {
  [O in SetOperator<BoolOperator>]?: OperatorKeys<Types, Allowed, "ArrayOfBool", BoolValue>;
} & {
  [O in SetOperator<IpAddressOperator>]?: OperatorKeys<Types, Allowed, "ArrayOfIPAddress", string>;
} & {
  /** Tests whether a key is absent (`true`) or present (`false`); any key. */
  Null?: OperatorKeys<Types, Allowed, ConditionKeyType, BoolValue>;
};

/** One statement of an IAM policy whose actions are `A` and whose Condition block is `C`. */
export interface PolicyStatement<A extends string, C> {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Action: A | readonly A[];
  Resource?: string | readonly string[];
  NotResource?: string | readonly string[];
  Condition?: C;
}
