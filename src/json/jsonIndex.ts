import { ObjectReader, arrayOf, asName, child, fail, parseJsonText, pointerOf, type JsonLocation } from "./jsonValue.js";

/** One entry of aws-servicereference-index.json. */
export interface JsonIndexEntry {
  service: string;
  url: string;
}

function absoluteUrl(value: unknown, at: JsonLocation): string {
  const s = asName(value, at);
  if (!URL.canParse(s)) fail(at, `"${s}" is not an absolute URL`);
  return s;
}

const entry = (value: unknown, at: JsonLocation): JsonIndexEntry => {
  const r = new ObjectReader(value, at);
  return { service: r.required("service", asName), url: r.required("url", absoluteUrl) };
};

/** The index of the official JSON reference: `[{service, url}]`, each service once. */
export function parseJsonIndex(text: string, file: string): JsonIndexEntry[] {
  const at: JsonLocation = { file, path: [] };
  const entries = arrayOf(entry)(parseJsonText(text, file), at);
  const first = new Map<string, number>();
  entries.forEach((e, i) => {
    const earlier = first.get(e.service);
    if (earlier !== undefined) fail(child(child(at, i), "service"), `duplicate service "${e.service}" (first at ${pointerOf([earlier])})`);
    first.set(e.service, i);
  });
  return entries;
}
