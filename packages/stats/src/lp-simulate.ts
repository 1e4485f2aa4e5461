import type { EiInput } from "./contract.ts";
import { createRng } from "./rng.ts";

/** Simulated unit margins with their true aggregate transfer table. */
export interface SimulatedTransfers {
  input: EiInput;
  /** R×C true aggregate transfer counts. */
  truth: number[][];
  /** R×C matrix the unit matrices scatter around. */
  global: number[][];
}

/**
 * Simulates ecological data with a known transfer table, for the lphom tests and
 * benchmark: a global R×C matrix with Dirichlet(1) rows; per unit, each row drawn
 * from Dirichlet(concentration · global row) (heterogeneity falls as concentration
 * grows; Infinity gives every unit the global matrix, the homogeneity hypothesis); unit sizes uniform in [400, 1600] with Dirichlet(2) origin shares; transfer
 * counts are the expected values x_ij·P_ijk (non-integer), so the margins are exact.
 * Seeded (xoshiro128**). Cost: O(units·R·C).
 */
export function simulateTransfers(
  units: number,
  R: number,
  C: number,
  seed: number,
  concentration = 50,
): SimulatedTransfers {
  const rng = createRng(seed);
  const global = Array.from({ length: R }, () => Array.from(rng.dirichlet(new Array<number>(C).fill(1))));
  const truth = Array.from({ length: R }, () => new Array<number>(C).fill(0));
  const list = [];
  for (let i = 0; i < units; i++) {
    const size = 400 + 1200 * rng.uniform();
    const shares = rng.dirichlet(new Array<number>(R).fill(2));
    const rows = Array.from(shares, (s) => s * size);
    const cols = new Array<number>(C).fill(0);
    for (let r = 0; r < R; r++) {
      const p =
        concentration === Number.POSITIVE_INFINITY
          ? global[r]
          : rng.dirichlet(global[r].map((g) => Math.max(1e-3, concentration * g)));
      for (let c = 0; c < C; c++) {
        const v = rows[r] * p[c];
        cols[c] += v;
        truth[r][c] += v;
      }
    }
    list.push({ id: `u${i + 1}`, rows, cols });
  }
  return {
    global,
    input: {
      rows: Array.from({ length: R }, (_, r) => `r${r + 1}`),
      cols: Array.from({ length: C }, (_, c) => `c${c + 1}`),
      units: list,
    },
    truth,
  };
}
