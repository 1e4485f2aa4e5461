import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { EiOutput } from "./contract.ts";
import { runMd } from "./md-bayes.ts";
import { loadSenc } from "./md-senc.ts";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const dataDir = path.resolve(repoRoot, "../shared/data");
const senc = loadSenc(dataDir);
const referenceFile = path.join(repoRoot, "packages/stats/reference/eipack_md_senc.json");
const reference = existsSync(referenceFile)
  ? (JSON.parse(readFileSync(referenceFile, "utf8")) as { shares: number[][]; counts: number[][] })
  : null;

if (!senc) console.warn(`md-senc.slow.test: ${dataDir}/ei/senc.tab.gz is absent; skipping`);

describe.skipIf(!senc)("MD on senc (North Carolina 2001, race × party registration)", () => {
  let out: EiOutput;
  const fit = async (): Promise<EiOutput> => {
    if (!out && senc) {
      out = await runMd(senc.input, { seed: 2001, samples: 8000, burnin: 30000, thin: 10, chains: 2 });
    }
    return out;
  };

  it("posterior means of the aggregate cells are within 0.01 of eiPack's ei.MD.bayes", async () => {
    expect(reference, "run packages/stats/reference/eipack_md_senc.R").not.toBeNull();
    const o = await fit();
    const diffs = o.estimate.flat().map((v, k) => Math.abs(v - (reference?.shares.flat()[k] ?? 0)));
    console.log(`senc: largest |Terrain − eiPack| over the 9 shares ${Math.max(...diffs).toFixed(4)}`);
    for (const d of diffs) expect(d).toBeLessThan(0.01);
  });

  it("is closer to the true internal cells than the independence table, by a wide margin", async () => {
    const o = await fit();
    const truth = [0, 1, 2].map((r) =>
      [0, 1, 2].map((c) => senc?.truth.reduce((a, u) => a + u[r][c], 0) ?? 0),
    );
    const rowTot = truth.map((row) => row.reduce((a, b) => a + b, 0));
    const colTot = [0, 1, 2].map((c) => truth.reduce((a, row) => a + row[c], 0));
    const grand = rowTot.reduce((a, b) => a + b, 0);
    let errMd = 0;
    let errIndep = 0;
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        errMd += Math.abs(o.estimate[r][c] * rowTot[r] - truth[r][c]);
        errIndep += Math.abs((rowTot[r] * colTot[c]) / grand - truth[r][c]);
      }
    }
    // Error index (½ Σ|V̂ − V| / Σ V, in %) of the MD estimate and of independence.
    const eiMd = (50 * errMd) / grand;
    const eiIndep = (50 * errIndep) / grand;
    console.log(`senc error index: MD ${eiMd.toFixed(2)}%, independence ${eiIndep.toFixed(2)}%`);
    expect(eiMd).toBeLessThan(eiIndep / 3);
    // The two large groups: each share within 0.04 of the truth.
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 3; c++)
        expect(Math.abs(o.estimate[r][c] - truth[r][c] / rowTot[r])).toBeLessThan(0.04);
    }
  });
});
