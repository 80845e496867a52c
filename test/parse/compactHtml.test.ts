import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/parse/index.js";
import { compactHtml } from "./support/compactHtml.js";
import { classicDir, fixturePage } from "./support/fixtures.js";

// The corpus pages went through BeautifulSoup's prettify(); AWS serves them compact. The parser
// must read the same record from both.
describe("prettified and compact HTML give identical records", () => {
  const pages = [...readdirSync(classicDir).filter((f) => f.endsWith(".html")), "stale/list_amazonglacier.html", "stale/list_amazonmacieclassic.html"];
  for (const file of pages) {
    it(file, () => {
      const input = fixturePage(`2026-06-01/${file}`);
      const compact = compactHtml(input.html);
      expect(compact.length).toBeLessThan(input.html.length * 0.8);
      expect(compact).not.toMatch(/\$\s+<span>\s*\{/); // the ARN placeholders are glued again
      expect(parsePage({ ...input, html: compact })).toEqual(parsePage(input));
    });
  }

  it("compact form of a real ARN cell", () => {
    const html = compactHtml(
      '<td tabindex="-1">\n <code class="code">\n  arn:$\n  <span>\n   {\n  </span>\n  Partition}:kms:$\n  <span>\n   {\n  </span>\n  Region}\n </code>\n</td>',
    );
    expect(html).toBe('<td tabindex="-1"><code class="code">arn:$<span>{</span>Partition}:kms:$<span>{</span>Region}</code></td>\n');
  });
});
