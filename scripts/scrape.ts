// npm run scrape -- --html-dir DIR [--out DIR] [--date YYYY-MM-DD]
// Parses the SAR pages at the top of DIR into a catalog folder (<prefix>.json + index.json).
// Exit 0 when written, 2 on any error (nothing is written then).
import { parseArgs } from "node:util";
import { writeCatalog } from "../src/model/catalog.js";
import { defaultSnapshotsDir } from "../src/model/paths.js";
import { catalogFromHtmlDir } from "../src/parse/index.js";

const USAGE = "usage: npm run scrape -- --html-dir DIR [--out DIR] [--date YYYY-MM-DD]";

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        "html-dir": { type: "string" },
        out: { type: "string" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" },
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
  const htmlDir = values["html-dir"];
  if (!htmlDir) {
    console.error(`scrape: --html-dir is required\n${USAGE}`);
    return 2;
  }
  const out = values.out ?? defaultSnapshotsDir;
  try {
    const { catalog, pages } = await catalogFromHtmlDir(htmlDir, values.date === undefined ? {} : { date: values.date });
    await writeCatalog(out, catalog);
    console.log(`scrape: ${pages} pages → ${catalog.services.length} services written to ${out} (date: ${catalog.source.date ?? "unknown"})`);
    return 0;
  } catch (e) {
    console.error(`scrape: ${(e as Error).message}`);
    return 2;
  }
}

process.exitCode = await main();
