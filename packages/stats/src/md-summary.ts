import type { EiUnitEstimate } from "./contract.ts";
import { effectiveSampleSize, splitRhat } from "./convergence.ts";
import type { MdChainResult } from "./md-chain.ts";
import type { MdData } from "./md-data.ts";

/** Posterior summaries of the aggregate cells of an MD fit. */
export interface MdCellSummary {
  estimate: number[][];
  lower: number[][];
  upper: number[][];
  counts: number[][];
  rhat: number[][];
  ess: number[][];
}

/** Empirical quantile (type 7, as R's default) of sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function grid(R: number, C: number): number[][] {
  return Array.from({ length: R }, () => new Array<number>(C).fill(0));
}

/**
 * Shares of row r going to column c per draw (cell count over the row's total), the
 * posterior means, 95% equal-tailed intervals, mean counts, split R-hat and ESS per cell,
 * pooled over chains. A row with no voters gets the population mean α_rc / Σ_c α_rc
 * (plain model) or NaN. Cost: O(M·S·R·C log S).
 */
export function summarizeCells(data: MdData, chains: MdChainResult[]): MdCellSummary {
  const { R, C, n, N } = data;
  const RC = R * C;
  const rowTotal = new Float64Array(R);
  for (let i = 0; i < n; i++) for (let r = 0; r < R; r++) rowTotal[r] += N[i * R + r];
  const out: MdCellSummary = {
    estimate: grid(R, C),
    lower: grid(R, C),
    upper: grid(R, C),
    counts: grid(R, C),
    rhat: grid(R, C),
    ess: grid(R, C),
  };
  const S = chains[0].samples;
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const k = r * C + c;
      const perChain = chains.map((ch) => {
        const x = new Float64Array(S);
        for (let s = 0; s < S; s++) {
          x[s] = rowTotal[r] > 0 ? ch.cells[s * RC + k] / rowTotal[r] : alphaShare(ch, s, r, C, RC);
        }
        return x;
      });
      const pooled = new Float64Array(S * chains.length);
      perChain.forEach((x, m) => {
        pooled.set(x, m * S);
      });
      let sum = 0;
      for (const v of pooled) sum += v;
      const mean = sum / pooled.length;
      pooled.sort();
      out.estimate[r][c] = mean;
      out.lower[r][c] = quantileSorted(pooled, 0.025);
      out.upper[r][c] = quantileSorted(pooled, 0.975);
      out.counts[r][c] = mean * rowTotal[r];
      out.rhat[r][c] = splitRhat(perChain);
      out.ess[r][c] = effectiveSampleSize(perChain);
    }
  }
  return out;
}

function alphaShare(ch: MdChainResult, s: number, r: number, C: number, RC: number): number {
  if (ch.hyperSize !== RC) return Number.NaN;
  let tot = 0;
  for (let c = 0; c < C; c++) tot += ch.hyper[s * RC + r * C + c];
  return tot > 0 ? ch.hyper[s * RC + r * C] / tot : Number.NaN;
}

/**
 * Per unit: posterior mean and 95% interval of β[i, r, c] (the share of row r of unit i
 * going to column c), from the kept unit draws of every chain. Cost: O(n·R·C·M·S log(M·S)).
 */
export function summarizeUnits(data: MdData, chains: MdChainResult[], ids: string[]): EiUnitEstimate[] {
  const { n, R, C } = data;
  const RC = R * C;
  const S = chains[0].samples;
  const buf = new Float64Array(S * chains.length);
  const units: EiUnitEstimate[] = [];
  for (let i = 0; i < n; i++) {
    const u: EiUnitEstimate = { id: ids[i], estimate: grid(R, C), lower: grid(R, C), upper: grid(R, C) };
    for (let k = 0; k < RC; k++) {
      let j = 0;
      let sum = 0;
      for (const ch of chains) {
        const draws = ch.units;
        if (!draws) throw new Error("unit draws were not kept");
        for (let s = 0; s < S; s++) {
          const v = draws[(s * n + i) * RC + k];
          buf[j++] = v;
          sum += v;
        }
      }
      buf.sort();
      const r = Math.floor(k / C);
      const c = k % C;
      u.estimate[r][c] = sum / buf.length;
      u.lower[r][c] = quantileSorted(buf, 0.025);
      u.upper[r][c] = quantileSorted(buf, 0.975);
    }
    units.push(u);
  }
  return units;
}
