import type { EiInput } from "./contract.ts";
import type { Rng } from "./rng.ts";

/** Settings of a data set drawn from the MD model. */
export interface MdSimulationSpec {
  units: number;
  R: number;
  C: number;
  /** Unit sizes are uniform integers in [minSize, maxSize]. */
  minSize: number;
  maxSize: number;
  /** Dirichlet parameter of each unit's row composition (default 2: varied units). */
  compositionAlpha?: number;
  /** Fixed α (R×C); drawn from Gamma(lambda1, rate lambda2) when absent. */
  alpha?: number[][];
  lambda1?: number;
  lambda2?: number;
  /** Covariate model: α_irc = d_r exp(γ_rc + δ_rc Z_i), Z_i ~ N(0, 1). */
  covariate?: { d: number[]; gamma: number[][]; delta: number[][] };
}

/** A simulated data set with its truth. */
export interface MdSimulation {
  input: EiInput;
  /** The α used (R×C; for the covariate model, that of a unit with Z = 0). */
  alpha: number[][];
  /** True aggregate shares Σ_i N_ir β_irc / Σ_i N_ir (the quantity runMd estimates). */
  shares: number[][];
}

/**
 * Draws a data set from the Rosen et al. (2001) model as eiPack's likelihood states it:
 * row compositions X_i ~ Dirichlet(compositionAlpha), N_ir = size_i · X_ir (non-integer),
 * β_ir ~ Dirichlet(α_r) (or the covariate α_ir), and the column counts
 * T_i ~ Multinomial(size_i, Σ_r X_ir β_ir). Used by the tests, the coverage study and the
 * benchmark. Cost: O(units · (size · C + R · C)) draws.
 */
export function simulateMd(spec: MdSimulationSpec, rng: Rng): MdSimulation {
  const { R, C } = spec;
  const l1 = spec.lambda1 ?? 4;
  const l2 = spec.lambda2 ?? 2;
  const alpha =
    spec.alpha ?? Array.from({ length: R }, () => Array.from({ length: C }, () => rng.gamma(l1) / l2));
  const comp = new Float64Array(R).fill(spec.compositionAlpha ?? 2);
  const num = Array.from({ length: R }, () => new Array<number>(C).fill(0));
  const den = new Array<number>(R).fill(0);
  const units: EiInput["units"] = [];
  const x = new Float64Array(R);
  const beta = new Float64Array(C);
  const p = new Float64Array(C);
  const a = new Float64Array(C);
  for (let i = 0; i < spec.units; i++) {
    const size = spec.minSize + Math.floor(rng.uniform() * (spec.maxSize - spec.minSize + 1));
    rng.dirichlet(comp, x);
    const z = spec.covariate ? rng.normal() : undefined;
    p.fill(0);
    const rows: number[] = [];
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        const cov = spec.covariate;
        a[c] =
          cov && z !== undefined ? cov.d[r] * Math.exp(cov.gamma[r][c] + cov.delta[r][c] * z) : alpha[r][c];
      }
      rng.dirichlet(a, beta);
      const nr = size * x[r];
      rows.push(nr);
      den[r] += nr;
      for (let c = 0; c < C; c++) {
        p[c] += x[r] * beta[c];
        num[r][c] += nr * beta[c];
      }
    }
    const cols = new Array<number>(C).fill(0);
    for (let v = 0; v < size; v++) {
      let u = rng.uniform();
      let c = 0;
      while (c < C - 1 && u >= p[c]) {
        u -= p[c];
        c++;
      }
      cols[c]++;
    }
    units.push({ id: String(i + 1), rows, cols, ...(z !== undefined ? { covariate: z } : {}) });
  }
  const names = (prefix: string, k: number): string[] =>
    Array.from({ length: k }, (_, j) => `${prefix}${j + 1}`);
  return {
    input: { rows: names("r", R), cols: names("c", C), units },
    alpha: spec.covariate ? covariateAlphaAtZero(spec.covariate) : alpha,
    shares: num.map((row, r) => row.map((v) => v / den[r])),
  };
}

function covariateAlphaAtZero(cov: NonNullable<MdSimulationSpec["covariate"]>): number[][] {
  return cov.gamma.map((g, r) => g.map((gc) => cov.d[r] * Math.exp(gc)));
}
