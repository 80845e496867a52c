/* Generated from schemas/*.schema.json by `npm run schema:types` — do not edit. */

/**
 * html: the documentation pages; json: AWS's official JSON reference.
 */
export type Source = "html" | "json";
/**
 * Which publications contain this record.
 *
 * @minItems 1
 */
export type Sources = Source[];
export type AccessLevel = "List" | "Read" | "Write" | "Permissions management" | "Tagging";
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

/**
 * The two kinds of file in a catalog folder: <prefix>.json and index.json.
 */
export interface CatalogFolder {
  service: Service;
  index: CatalogIndex;
}
/**
 * One AWS service prefix of the Service Authorization Reference: its actions, resource types and condition keys, merged from every documentation page (and the official JSON) that uses the prefix.
 */
export interface Service {
  /**
   * The service prefix used in IAM action names, e.g. kms.
   */
  prefix: string;
  /**
   * Display name from the first documentation page (by URL); the prefix for a JSON-only service.
   */
  name: string;
  sources: Sources;
  /**
   * Documentation pages that describe this prefix, sorted by URL.
   */
  pages: Page[];
  actions: Action[];
  resourceTypes: ResourceType[];
  conditionKeys: ConditionKey[];
}
export interface Page {
  /**
   * Service name given by the page title.
   */
  name: string;
  /**
   * Canonical URL of the page.
   */
  url: string;
}
/**
 * An IAM action. accessLevel is the page's classification (for a combined value such as "Tagging, Write" the non-Write one); accessLevels holds every level the docs give.
 */
export interface Action {
  /**
   * Action name without the prefix.
   */
  name: string;
  /**
   * Empty for JSON-only actions.
   */
  description: string;
  accessLevel: AccessLevel;
  /**
   * Every level the docs give.
   *
   * @minItems 1
   */
  accessLevels: AccessLevel[];
  annotations?: Annotations;
  /**
   * Marked [permission only]: no API operation of the same name.
   */
  permissionOnly: boolean;
  /**
   * Link to the API reference of the operation.
   */
  apiDocUrl?: string;
  resourceTypes: ActionResourceType[];
  /**
   * Action-level keys (the row with an empty resource cell).
   */
  conditionKeys: string[];
  /**
   * Full action names (service:Action) that may also be needed.
   */
  dependentActions: string[];
  /**
   * SDK operations that this action authorizes (from the official JSON).
   */
  operations: Operation[];
  sources: Sources;
}
/**
 * Access-level flags from the official JSON (Annotations.Properties); all false means Read.
 */
export interface Annotations {
  isList: boolean;
  isPermissionManagement: boolean;
  isTaggingOnly: boolean;
  isWrite: boolean;
}
export interface ActionResourceType {
  /**
   * Name of a resource type of this service (see resourceTypes).
   */
  name: string;
  /**
   * Marked with * on the page. Always false for JSON-only actions (the JSON has no marker).
   */
  required: boolean;
  /**
   * Keys listed on this resource row of the actions table.
   */
  conditionKeys: string[];
}
export interface Operation {
  /**
   * API operation name.
   */
  name: string;
  sdk: SdkMethod[];
  /**
   * Every action the operation authorizes (this one included).
   */
  authorizedActions: AuthorizedAction[];
}
export interface SdkMethod {
  /**
   * e.g. Boto3
   */
  package: string;
  /**
   * SDK client name, e.g. kms
   */
  name: string;
  /**
   * e.g. cancel_key_deletion
   */
  method: string;
}
export interface AuthorizedAction {
  /**
   * Full action name, service:Action.
   */
  action: string;
  /**
   * Condition context under which the action is authorized, e.g. iam:PassedToService.
   */
  context?: {
    [k: string]: string[];
  };
}
export interface ResourceType {
  name: string;
  /**
   * ARN patterns with ${Placeholders}; several when pages sharing a prefix disagree.
   *
   * @minItems 1
   */
  arnFormats: string[];
  conditionKeys: string[];
  sources: Sources;
}
export interface ConditionKey {
  name: string;
  description: string;
  types: ConditionKeyType[];
  deprecated?: {
    /**
     * The key to use instead.
     */
    replacement?: string;
  };
  sources: Sources;
}
/**
 * index.json of a catalog folder: one entry per service prefix, and where the catalog came from.
 */
export interface CatalogIndex {
  source: {
    /**
     * Publications the catalog was built from.
     *
     * @minItems 1
     */
    kinds: ("html" | "json")[];
    /**
     * Capture date (YYYY-MM-DD) when known: --date, or the input folder's name.
     */
    date: string | null;
  };
  services: IndexEntry[];
  totals: Counts;
}
export interface IndexEntry {
  prefix: string;
  name: string;
  pages: Page[];
  counts: Counts;
}
export interface Counts {
  actions: number;
  resourceTypes: number;
  conditionKeys: number;
}
