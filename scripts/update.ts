// npm run update -- [--snapshots DIR] [--generated DIR] [--work DIR] [--allow-shrink] [--date YYYY-MM-DD]
//                   [fetch flags: --base-url URL --json-base-url URL --concurrency N --cache DIR --offline --retries N --timeout S]
// Scrapes both publications, guards, diffs against the snapshots and, when the catalog changed,
// replaces snapshots/ and generated/ together and writes the PR title and body.
// Exit 0 no change, 1 changed (PR files written), 2 failed, 3 refused by the shrink guard;
// in every case --work gets summary.json and report.md, and only exit 1 leaves PR files.
import { parseArgs } from "node:util";
import { CAPTURE_DATE } from "../src/model/catalog.js";
import { renderShrinkReport } from "../src/diff/index.js";
import { FETCH_FLAGS, FetchFlagError, fetchOptionsFromFlags } from "../src/fetch/index.js";
import { runUpdate, UPDATE_EXIT } from "../src/update/index.js";

const USAGE = `usage: npm run update -- [--snapshots DIR] [--generated DIR] [--work DIR] [--allow-shrink] [--date YYYY-MM-DD]
                          [--base-url URL] [--json-base-url URL] [--concurrency N] [--cache DIR]
                          [--offline] [--retries N] [--timeout S]
Exit codes: 0 no change, 1 changed, 2 failed, 3 refused by the shrink guard.`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        snapshots: { type: "string" },
        generated: { type: "string" },
        work: { type: "string" },
        date: { type: "string" },
        "allow-shrink": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        ...FETCH_FLAGS,
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    console.error(`update: ${(e as Error).message}\n${USAGE}`);
    return UPDATE_EXIT.failed;
  }
  if (values.help) {
    console.log(USAGE);
    return UPDATE_EXIT.unchanged;
  }
  if (values.date !== undefined && !CAPTURE_DATE.test(values.date)) {
    console.error(`update: --date must be YYYY-MM-DD, got "${values.date}"`);
    return UPDATE_EXIT.failed;
  }
  let fetch;
  try {
    fetch = fetchOptionsFromFlags(values);
  } catch (e) {
    if (e instanceof FetchFlagError) {
      console.error(`update: ${e.message}\n${USAGE}`);
      return UPDATE_EXIT.failed;
    }
    throw e;
  }
  const { outcome, exitCode, files, timings } = await runUpdate({
    snapshotsDir: values.snapshots,
    generatedDir: values.generated,
    workDir: values.work,
    allowShrink: values["allow-shrink"] ?? false,
    date: values.date,
    fetch,
    log: (line) => console.error(line),
  });
  if (outcome.status === "changed" || outcome.status === "unchanged") {
    for (const w of outcome.warnings) console.error(`update: warning: ${w}`);
    for (const r of outcome.removed) console.error(`update: removed from AWS's index: ${r.name} (${r.url})`);
  }
  switch (outcome.status) {
    case "changed":
      console.log(`update: changed: ${outcome.pr.title}`);
      break;
    case "unchanged":
      console.log(`update: no change (${outcome.catalog.services} services, ${outcome.catalog.actions} actions)`);
      break;
    case "refused":
      console.error(renderShrinkReport(outcome.shrink).trimEnd());
      console.error(`update: refused by the shrink guard; nothing written (--allow-shrink to override)`);
      break;
    case "failed":
      console.error(`update: failed (${outcome.stage}); nothing written: ${outcome.message}`);
      break;
  }
  console.error(`update: wrote ${files.join(", ")} (${(timings.total / 1000).toFixed(1)} s in all)`);
  return exitCode;
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`update: ${(e as Error).stack ?? e}`);
  process.exitCode = UPDATE_EXIT.failed;
}
