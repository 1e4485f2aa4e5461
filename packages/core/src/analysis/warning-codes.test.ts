import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { aggregationBiasWarning, runEi } from "@terrain/stats";
import { describe, expect, it } from "vitest";
import { ANALYSIS_WARNING_CODES, codeWarning, codeWarnings } from "./warning-codes.ts";

const unit = (id: string, rows: number[], cols: number[]) => ({ id, rows, cols });

describe("codeWarning", () => {
  it("codes the engine's own warnings with their parameters (texts produced by runEi)", async () => {
    const input = {
      rows: ["A", "B", "C"],
      cols: ["X", "Y"],
      units: [
        unit("1", [60, 40, 0], [50, 40]),
        unit("2", [30, 70, 0], [65, 55]),
        unit("3", [0, 0, 0], [0, 0]),
        unit("4", [50, 50, 0], [70, 30]),
      ],
    };
    const out = await runEi(input, "md", { seed: 2, samples: 20, burnin: 0, chains: 2, workers: false });
    const coded = codeWarnings(out.diagnostics.warnings);
    const byCode = Object.fromEntries(coded.map((w) => [w.code, w.params]));
    expect(byCode.empty_units).toEqual({ units: 1 });
    expect(byCode.margins_differ).toEqual({ units: 2 });
    expect(byCode.margins_rescaled).toEqual({ units: 2, side: "rows" });
    expect(byCode.zero_rows).toEqual({ rows: "C" });
    expect(byCode.md_low_ess?.ess).toBeLessThan(100);
    expect(coded.filter((w) => w.code === "other")).toEqual([]);
    for (const w of coded) expect(out.diagnostics.warnings).toContain(w.text);
  });

  it("reads R-hat, register changes and the side's absence; keeps unknown texts as other", () => {
    expect(codeWarning("chains have not converged: max R-hat 7.251 > 1.1; run longer")).toMatchObject({
      code: "md_not_converged",
      params: { rhat: 7.251 },
    });
    expect(
      codeWarning(
        "unit totals differ between elections: NET_ENTRIES 2.5000%, NET_EXITS 1.2500% of the origin total",
      ),
    ).toMatchObject({ code: "register_change", params: { entries: 2.5, exits: 1.25 } });
    expect(codeWarning("No list of our side in Municipales 2026.")).toMatchObject({
      code: "side_missing",
      params: { election: "Municipales 2026" },
    });
    expect(codeWarning("something new")).toEqual({ code: "other", params: {}, text: "something new" });
    const bias = aggregationBiasWarning({
      level: 0.95,
      cells: [{ row: "Abstentions", col: "LE GALL Thomas", estimate: -0.084, lower: -0.15, upper: -0.02 }],
    });
    expect(codeWarning(bias ?? "")).toMatchObject({
      code: "aggregation_bias",
      params: { cells: 1, row: "Abstentions", col: "LE GALL Thomas", value: -8.4 },
    });
  });

  it("has a French and an English sentence for every code", () => {
    const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../apps/web/src/i18n");
    for (const lang of ["fr", "en"]) {
      const keys = JSON.parse(readFileSync(path.join(web, `${lang}.json`), "utf8")).analysis
        .warnings as Record<string, string>;
      for (const code of ANALYSIS_WARNING_CODES.filter((c) => c !== "other")) {
        expect(keys[code] ?? keys[`${code}_other`], `${lang} ${code}`).toBeTypeOf("string");
      }
    }
  });
});
