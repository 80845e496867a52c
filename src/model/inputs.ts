/**
 * Raw inputs of the parse stage, the same whether they were read from a folder or fetched over
 * HTTP: the fetcher and the folder readers both produce these, the parsers consume them.
 */

/** One SAR documentation page. */
export interface HtmlPageInput {
  /** File name, e.g. list_awskeymanagementservice.html: how errors name the page. */
  file: string;
  /** Canonical URL of the page (https://docs.aws.amazon.com/service-authorization/latest/reference/<file>). */
  url: string;
  html: string;
}

/** One per-service file of the official JSON reference. */
export interface JsonServiceInput {
  /** The service name as the index gives it (or the folder/file name when there is no index). */
  service: string;
  /** Where it came from (path or URL): how errors name the file. */
  file: string;
  text: string;
}

export const SAR_BASE_URL = "https://docs.aws.amazon.com/service-authorization/latest/reference/";
export const SAR_INDEX_PAGE = "reference_policies_actions-resources-contextkeys.html";
export const JSON_BASE_URL = "https://servicereference.us-east-1.amazonaws.com/";
export const JSON_INDEX_FILE = "aws-servicereference-index.json";
