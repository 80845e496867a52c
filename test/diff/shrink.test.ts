import { beforeAll, describe, expect, it } from "vitest";
import { checkShrink, renderShrinkReport } from "../../src/diff/index.js";
import type { Catalog } from "../../src/model/catalog.js";
import { readFixture } from "./helpers.js";
import { cutToFraction, widen } from "./catalogs.js";

let base: Catalog;
beforeAll(async () => {
  base = await readFixture("base");
});

/** `cat` without the named actions (prefix:Action). */
const without = (cat: Catalog, ...names: string[]): Catalog => ({
  source: cat.source,
  services: cat.services.map((s) => ({ ...s, actions: s.actions.filter((a) => !names.includes(`${s.prefix}:${a.name}`)) })),
});
const withoutService = (cat: Catalog, prefix: string): Catalog => ({
  source: cat.source,
  services: cat.services.filter((s) => s.prefix !== prefix),
});
const prefixesOf = (cat: Catalog) => new Set(cat.services.map((s) => s.prefix));

describe("checkShrink", () => {
  it("passes a catalog that loses nothing", () => {
    const r = checkShrink(base, base);
    expect(r).toMatchObject({
      refused: false,
      reasons: [],
      oldActions: 24,
      newActions: 24,
      lostActions: 0,
      lostServices: [],
      shrunkServices: [],
    });
  });

  it("refuses losing more than 2% of all actions, not 2% or less", () => {
    const big = widen(base, 10); // 240 actions, 24 per copy
    const four = ["braket-0000:CancelJob", "braket-0001:CancelJob", "braket-0002:CancelJob", "braket-0003:CancelJob"];
    const ok = checkShrink(big, without(big, ...four));
    expect(ok.refused).toBe(false);
    expect(ok.lostActions).toBe(4);
    const bad = checkShrink(big, without(big, ...four, "braket-0004:CancelJob"));
    expect(bad.refused).toBe(true);
    expect(bad.reasons).toEqual(["5 of 240 actions (2.08%) would be lost; the limit is 2.00%"]);
  });

  it("counts lost actions, not the net change: additions elsewhere do not hide a loss", async () => {
    const edited = await readFixture("edited");
    const big = widen(base, 10);
    // Each edited copy adds actions (mobileanalytics, AccessBraketFeature) but loses AcceptUserAgreement and codeguru.
    const r = checkShrink(big, widen(edited, 10), { indexedPrefixes: prefixesOf(widen(edited, 10)) });
    expect(r.newActions).toBeGreaterThan(r.oldActions);
    expect(r.lostActions).toBe(20);
    expect(r.refused).toBe(true);
  });

  it("refuses losing a service still in AWS's index, allows one AWS retired, counts every lost service without an index", () => {
    const big = widen(base, 30); // codeguru-0000 has 1 of 720 actions: far below 2%
    const lost = withoutService(big, "codeguru-0000");
    const noIndex = checkShrink(big, lost);
    expect(noIndex.refused).toBe(true);
    expect(noIndex.lostServices).toEqual([{ prefix: "codeguru-0000", name: "Amazon CodeGuru", actions: 1, indexed: null }]);
    expect(noIndex.reasons).toEqual(["1 service(s) (no index given, so every lost service counts) would be lost: codeguru-0000"]);

    const stillIndexed = checkShrink(big, lost, { indexedPrefixes: prefixesOf(big) });
    expect(stillIndexed.refused).toBe(true);
    expect(stillIndexed.reasons).toEqual(["1 service(s) still in AWS's index would be lost: codeguru-0000"]);

    const retired = checkShrink(big, lost, { indexedPrefixes: prefixesOf(lost) });
    expect(retired.refused).toBe(false);
    expect(retired.lostServices[0]?.indexed).toBe(false);
    expect(renderShrinkReport(retired)).toContain("codeguru-0000 (Amazon CodeGuru): 1 actions, retired by AWS");
  });

  it("refuses a service that loses more than half of its actions, not exactly half", () => {
    const big = widen(base, 30); // braket-0000: 20 of 720 actions
    const braket = big.services.find((s) => s.prefix === "braket-0000")!.actions.map((a) => `braket-0000:${a.name}`);
    const half = checkShrink(big, without(big, ...braket.slice(0, 10)));
    expect(half.refused).toBe(false);
    const more = checkShrink(big, without(big, ...braket.slice(0, 11)));
    expect(more.refused).toBe(true);
    expect(more.reasons).toEqual(["1 service(s) would lose more than half of their actions: braket-0000 (11 of 20)"]);
    expect(more.shrunkServices[0]).toMatchObject({ prefix: "braket-0000", oldActions: 20, newActions: 9 });
    expect(more.shrunkServices[0]?.lostActions).toEqual(
      braket
        .slice(0, 11)
        .map((n) => n.split(":")[1])
        .sort(),
    );
  });

  it("refuses the iam-dataset failure (a catalog cut to about 1% of its actions) and says what would be lost", () => {
    const big = widen(base, 50); // 1,200 actions
    const cut = cutToFraction(big, 0.01);
    const r = checkShrink(big, cut);
    expect(r.refused).toBe(true);
    expect(r.newActions / r.oldActions).toBeLessThan(0.03);
    expect(r.reasons[0]).toMatch(/^\d+ of 1200 actions \(9\d\.\d\d%\) would be lost; the limit is 2\.00%$/);
    const text = renderShrinkReport(r);
    expect(text).toContain("Shrink guard: the new catalog is REFUSED.");
    expect(text).toMatch(/and \d+ more/);
  });
});
