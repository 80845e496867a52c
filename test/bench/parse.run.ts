// One measured run of the HTML parse for parse.bench.ts, in its own process so that its peak
// memory (maxRSS, which covers the worker threads too) is not inflated by another run's.
// Usage: node --import tsx test/bench/parse.run.ts DIR WORKERS|default
import { parseHtmlPages, readHtmlDir } from "../../src/parse/index.js";

const [dir, workersArg] = process.argv.slice(2);
if (!dir) throw new Error("usage: parse.run.ts DIR [WORKERS|default]");
const workers = workersArg === undefined || workersArg === "default" ? undefined : Number(workersArg);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const inputs = await readHtmlDir(dir);
const t1 = performance.now();
const services = await parseHtmlPages(inputs, workers === undefined ? {} : { workers });
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
const bytes = inputs.reduce((n, i) => n + i.html.length, 0);
console.log(
  JSON.stringify({
    pages: inputs.length,
    services: services.length,
    megabytes: bytes / 1e6,
    readMs: t1 - t0,
    parseMs: t2 - t1,
    wallMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
