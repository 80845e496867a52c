import type { HtmlPageInput } from "../model/inputs.js";
import { ParseError } from "./errors.js";
import { parsePage } from "./parsePage.js";
import type { PageRecord } from "./types.js";

export type PageOutcome = { ok: true; record: PageRecord } | { ok: false; error: ParseError };

/** parsePage that never throws: even an unexpected exception comes back naming its page. */
export function tryParsePage(input: HtmlPageInput): PageOutcome {
  try {
    return { ok: true, record: parsePage(input) };
  } catch (e) {
    const error = e instanceof ParseError ? e : new ParseError({ page: input.file }, `unexpected error: ${(e as Error)?.stack ?? String(e)}`);
    return { ok: false, error };
  }
}
