import { describe, expect, it } from "vitest";
import { eiDataMissing, missingDataMessage } from "./king-fixtures.ts";
import { errorIndex, loadNz2002, loadNzBaseline } from "./lp-fixtures.ts";
import { runLphomFamily } from "./lphom-run.ts";

/**
 * New Zealand 2002, all 69 districts (Pavía 2022, ei.Datasets): mean error index
 * EI = 100·½Σ|V̂ − V|/ΣV against the true party × candidate tables. The independence
 * table scores 36.9%; issue 5 asks lphom ≤ 18% and nslphom better than lphom.
 */
describe.skipIf(eiDataMissing)("lphom family on NZ 2002, all 69 districts", () => {
  it("lphom ≤ 18%, tslphom and nslphom below lphom", async () => {
    if (eiDataMissing) return console.warn(missingDataMessage);
    const districts = loadNz2002()!;
    const baseline = loadNzBaseline()!;
    expect(districts).toHaveLength(69);
    const mean = { lphom: 0, tslphom: 0, nslphom: 0 };
    let independence = 0;
    for (const [d, district] of districts.entries()) {
      independence += baseline[d][5] / 69;
      for (const method of ["lphom", "tslphom", "nslphom"] as const) {
        const out = await runLphomFamily(district.input, method, { newAndExit: "simultaneous" });
        mean[method] += errorIndex(out.counts, district.truth) / 69;
      }
    }
    console.info(
      `NZ 2002 mean EI: independence ${independence.toFixed(2)}, lphom ${mean.lphom.toFixed(2)}, ` +
        `tslphom ${mean.tslphom.toFixed(2)}, nslphom ${mean.nslphom.toFixed(2)}`,
    );
    expect(independence).toBeCloseTo(36.9, 0);
    expect(mean.lphom).toBeLessThanOrEqual(18);
    expect(mean.tslphom).toBeLessThan(mean.lphom);
    expect(mean.nslphom).toBeLessThan(mean.lphom);
  }, 900_000);
});
