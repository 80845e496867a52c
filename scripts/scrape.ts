// npm run scrape -- [--html-dir DIR] [--json-dir DIR] [--source html|json|both] [--out DIR]
//                   [--date YYYY-MM-DD] [--allow-shrink] [fetch flags: --base-url URL …]
// Builds the catalog from folders, or fetches both publications over HTTP when no folder is given,
// checks it with the shrink guard against what is in --out, and replaces --out as a whole.
// Exit 0 written, 2 on any error (nothing written), 3 refused by the shrink guard (nothing written).
import { parseArgs } from "node:util";
import { CAPTURE_DATE } from "../src/model/catalog.js";
import { defaultSnapshotsDir } from "../src/model/paths.js";
import { FETCH_FLAGS, FetchFlagError, fetchOptionsFromFlags } from "../src/fetch/index.js";
import { runScrape, ShrinkRefusedError, type ScrapeOptions } from "../src/scrape/runScrape.js";
import type { CatalogSource } from "../src/merge/index.js";

const USAGE = `usage: npm run scrape -- [--html-dir DIR] [--json-dir DIR] [--source html|json|both] [--out DIR]
                          [--date YYYY-MM-DD] [--allow-shrink]
                          [--base-url URL] [--json-base-url URL] [--concurrency N] [--cache DIR]
                          [--offline] [--retries N] [--timeout S]
Without --html-dir/--json-dir both publications are fetched over HTTP.`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        "html-dir": { type: "string" },
        "json-dir": { type: "string" },
        source: { type: "string" },
        out: { type: "string" },
        date: { type: "string" },
        "allow-shrink": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        ...FETCH_FLAGS,
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    console.error(`scrape: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const source = values.source;
  if (source !== undefined && !["html", "json", "both"].includes(source)) {
    console.error(`scrape: --source must be html, json or both, got "${source}"\n${USAGE}`);
    return 2;
  }
  if (values.date !== undefined && !CAPTURE_DATE.test(values.date)) {
    console.error(`scrape: --date must be YYYY-MM-DD, got "${values.date}"`);
    return 2;
  }
  const out = values.out ?? defaultSnapshotsDir;
  try {
    const opts: ScrapeOptions = {
      htmlDir: values["html-dir"],
      jsonDir: values["json-dir"],
      source: source as CatalogSource | undefined,
      date: values.date,
      allowShrink: values["allow-shrink"] ?? false,
      fetch: fetchOptionsFromFlags(values),
    };
    const result = await runScrape(opts, out);
    for (const w of result.warnings) console.error(`scrape: warning: ${w}`);
    for (const r of result.removed) console.error(`scrape: removed from AWS's index: ${r.name} (${r.url})`);
    if (result.shrink?.refused) console.error(`scrape: the shrink guard objected; written anyway (--allow-shrink)`);
    const totals = result.catalog.services.reduce((n, s) => n + s.actions.length, 0);
    const agreement = result.reconcile ? `; pages vs JSON agreement ${(result.reconcile.overall.agreeing / result.reconcile.overall.compared * 100).toFixed(3)}%` : "";
    const read = [result.inputs.pages && `${result.inputs.pages} pages`, result.inputs.jsonFiles && `${result.inputs.jsonFiles} JSON files`].filter(Boolean).join(" + ");
    console.log(
      `scrape: ${read} → ${result.catalog.services.length} services, ${totals} actions written to ${out} (date: ${result.catalog.source.date ?? "unknown"})${agreement}`,
    );
    return 0;
  } catch (e) {
    if (e instanceof ShrinkRefusedError) {
      console.error(`scrape: ${e.message}`);
      return 3;
    }
    if (e instanceof FetchFlagError) {
      console.error(`scrape: ${e.message}\n${USAGE}`);
      return 2;
    }
    console.error(`scrape: ${(e as Error).message}`);
    return 2;
  }
}

process.exitCode = await main();
