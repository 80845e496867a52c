// npm run reconcile -- --html-dir DIR --json-dir DIR [--format md|json] [--out FILE]
// Compares the documentation pages with the official JSON and prints (or writes) the report of
// every disagreement. Exit 0 on success (disagreements are data, not failures), 2 on error.
import { parseArgs } from "node:util";
import { reconcileDirs } from "../src/merge/reconcileDirs.js";
import { writeFileAtomic } from "../src/model/catalog.js";
import { renderReconcileJson, renderReconcileMarkdown } from "../src/merge/renderReconcile.js";

const USAGE = "usage: npm run reconcile -- --html-dir DIR --json-dir DIR [--format md|json] [--out FILE]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      "html-dir": { type: "string" },
      "json-dir": { type: "string" },
      format: { type: "string", default: "md" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const htmlDir = values["html-dir"];
  const jsonDir = values["json-dir"];
  const format = values.format;
  if (!htmlDir || !jsonDir) throw new Error(`--html-dir and --json-dir are both required\n${USAGE}`);
  if (format !== "md" && format !== "json") throw new Error(`--format must be md or json, not "${format}"\n${USAGE}`);

  const { report, labels, warnings } = await reconcileDirs(htmlDir, jsonDir);
  for (const w of warnings) console.error(`warning: ${w}`);
  const text = format === "md" ? renderReconcileMarkdown(report, labels) : renderReconcileJson(report, labels);
  if (values.out) {
    await writeFileAtomic(values.out, text);
    const o = report.overall;
    console.error(`reconcile: ${report.disagreements.length} disagreements, ${o.agreeing}/${o.compared} items agree; wrote ${values.out}`);
  } else process.stdout.write(text);
  return 0;
}

// exitCode rather than exit(): a large report piped to stdout must be flushed first.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`reconcile: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
