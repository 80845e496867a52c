import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../model/paths.js";

/**
 * The User-Agent sent with every request: the project, its version and where to find it, so the
 * site's operators can see who is fetching and reach us. Name, version and URL come from
 * package.json (`homepage`, else `repository`).
 */
export function defaultUserAgent(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
    name?: string;
    version?: string;
    homepage?: string;
    repository?: string | { url?: string };
  };
  const name = (pkg.name ?? "aws-iam-catalog").replace(/-pipeline$/, "");
  const repo = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  const url = pkg.homepage ?? repo?.replace(/^git\+/, "").replace(/\.git$/, "");
  return `${name}/${pkg.version ?? "0.0.0"} (${url ? `+${url}; ` : ""}IAM catalog scraper; node ${process.versions.node})`;
}
