import { describe, expect, it } from "vitest";
import { eiDataMissing, missingDataMessage } from "./king-fixtures.ts";
import { errorIndex, loadNz2002, loadNzBaseline } from "./lp-fixtures.ts";
import { runLphomFamily } from "./lphom-run.ts";

/**
 * New Zealand 2002 (Pavía 2022): party × candidate votes with the true district tables.
 * The unit tier checks the first 4 districts; lphom-nz.slow.test.ts checks all 69.
 */
describe.skipIf(eiDataMissing)("lphom family on NZ 2002, first 4 districts", () => {
  it("lphom matches an independent (scipy-HiGHS) implementation and nslphom, tslphom beat it", async () => {
    if (eiDataMissing) return console.warn(missingDataMessage);
    const districts = loadNz2002()!.slice(0, 4);
    const baseline = loadNzBaseline()!;
    const mean = { lphom: 0, tslphom: 0, nslphom: 0 };
    for (const [d, district] of districts.entries()) {
      for (const method of ["lphom", "tslphom", "nslphom"] as const) {
        const out = await runLphomFamily(district.input, method, { newAndExit: "simultaneous" });
        const ei = errorIndex(out.counts, district.truth);
        mean[method] += ei / districts.length;
        if (method === "lphom") expect(Math.abs(ei - baseline[d][4])).toBeLessThan(0.05);
        // Far better than the independence table of the baseline file.
        expect(ei).toBeLessThan(baseline[d][5]);
      }
    }
    expect(mean.nslphom).toBeLessThan(mean.lphom);
    expect(mean.tslphom).toBeLessThan(mean.lphom);
  }, 60_000);
});
