// Types shared by every service module of the generated package: partitions, access levels,
// condition operators and the typed Condition block. Copied verbatim into generated/src/.

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

type WithIfExists<O extends string> = O | `${O}IfExists`;

export type StringOperator = WithIfExists<
  "StringEquals" | "StringNotEquals" | "StringEqualsIgnoreCase" | "StringNotEqualsIgnoreCase" | "StringLike" | "StringNotLike"
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
 * The keys an operator may test: those among `Allowed` whose type (in `Types`, key → type
 * name) is one of `Kinds`, plus any global `aws:` key, each with the operator's value type.
 */
export type OperatorKeys<Types, Allowed, Kinds, V> = {
  [P in keyof Types as P extends Allowed ? ([Extract<Types[P], Kinds>] extends [never] ? never : P) : never]?: OneOrMore<V>;
} & { [key: `aws:${string}`]: OneOrMore<V> };

/**
 * A policy Condition block over the keys `Allowed` of `Types` (key → type name): each operator
 * accepts only the keys whose type it can compare, so `{ NumericEquals: { "kms:CallerAccount": 1 } }`
 * is an error for a String key. Multivalued keys (ArrayOf…) need ForAnyValue:/ForAllValues:.
 * ARN keys accept the Arn… and the String… operators. Global `aws:` keys are accepted by name.
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
