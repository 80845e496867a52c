// npm run diff -- OLD NEW [--format markdown|json] [--out FILE] [--allow-shrink] [--index FILE]
// OLD and NEW: catalog folders, or git:REV for snapshots/ at a git revision.
// Exit 0 equal, 1 differ, 3 shrink guard refused NEW, 2 error.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { EXIT, loadCatalog, readIndexedPrefixes, runDiffCommand, type DiffFormat } from "../src/diff/index.js";

const usage = `usage: npm run diff -- OLD NEW [--format markdown|json] [--out FILE] [--allow-shrink] [--index FILE]
  OLD, NEW        catalog folders (snapshots/ or any scrape output), or git:REV for snapshots/ at REV
  --format        markdown (default): the PR body on stdout, cut to 65,536 characters; or json
  --out FILE      also write the full report to FILE (markdown: never truncated; json: instead of stdout)
  --allow-shrink  diff even when the shrink guard refuses NEW
  --index FILE    prefixes AWS still lists (aws-servicereference-index.json, index.json, or one per line):
                  a lost service missing from it was retired and does not trip the guard
exit: 0 equal, 1 differ, 2 error, 3 refused by the shrink guard`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string", default: "markdown" },
      out: { type: "string" },
      "allow-shrink": { type: "boolean", default: false },
      index: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return EXIT.equal;
  }
  if (positionals.length !== 2) throw new Error(`expected OLD and NEW, got ${positionals.length} argument(s)\n${usage}`);
  if (values.format !== "markdown" && values.format !== "json")
    throw new Error(`--format must be markdown or json, not "${values.format}"`);
  const [oldSpec, newSpec] = positionals as [string, string];
  const [before, after, indexedPrefixes] = await Promise.all([
    loadCatalog(oldSpec),
    loadCatalog(newSpec),
    values.index ? readIndexedPrefixes(values.index) : Promise.resolve(undefined),
  ]);
  const result = runDiffCommand({
    before,
    after,
    format: values.format as DiffFormat,
    allowShrink: values["allow-shrink"],
    indexedPrefixes,
    outFile: values.out,
  });
  if (result.exitCode !== EXIT.refused) {
    if (values.out) await writeFile(values.out, result.fullReport);
    if (!values.out || values.format === "markdown") process.stdout.write(result.report);
  }
  process.stderr.write(result.log);
  return result.exitCode;
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`diff: ${(e as Error).message}`);
  process.exitCode = EXIT.error;
}
