import { logNormalInterval } from "./special-functions.ts";
import { bvnRectangle } from "./special-functions-bvn.ts";

/** The 2x2 data of King's model: per unit x (share of the group), t (share of the choice), n. */
export interface KingData {
  x: Float64Array;
  t: Float64Array;
  n: Float64Array;
}

/** Priors of the R package ei (its defaults are 0.5 each; 0 switches a prior off). */
export interface KingPriors {
  /** Standard deviation of the normal prior on φ5 (the Fisher-z of ρ). */
  erho: number;
  /** Standard deviation of the half-normal prior on σ̆_b and σ̆_w. */
  esigma: number;
  /** Scale of the "flat normal" prior on B̆_b and B̆_w outside the unit square. */
  ebeta: number;
}

/** ei's default priors: erho = esigma = ebeta = 0.5. */
export const defaultKingPriors: KingPriors = { erho: 0.5, esigma: 0.5, ebeta: 0.5 };

/** Parameters on the untruncated scale: means, standard deviations, correlation. */
export interface KingPsi {
  bb: number;
  bw: number;
  sb: number;
  sw: number;
  rho: number;
}

/**
 * Maps King's scale of estimation φ = (φ1…φ5) to the untruncated bivariate-normal
 * parameters: σ = exp(φ3,4), B̆ = φ1,2·(¼ + σ²) + ½, ρ = tanh(φ5) (King 1997, §7.4; as
 * ei's `.repar`). Cost: O(1).
 */
export function kingPsi(phi: ArrayLike<number>): KingPsi {
  const sb = Math.exp(phi[2]);
  const sw = Math.exp(phi[3]);
  return {
    bb: phi[0] * (0.25 + sb * sb) + 0.5,
    bw: phi[1] * (0.25 + sw * sw) + 0.5,
    sb,
    sw,
    rho: Math.tanh(phi[4]),
  };
}

/** Tolerance below which T is treated as 0 or 1 (ei's `enumtol`). */
export const KING_ENUM_TOL = 1e-4;

const HETEROGENEOUS = 0;
const ALL_WHITE = 1;
const ALL_BLACK = 2;
const T_ZERO = 3;
const T_ONE = 4;

interface Prepared {
  kind: Uint8Array;
  lo: Float64Array;
  hi: Float64Array;
}
const preparedCache = new WeakMap<KingData, Prepared>();

/** Per unit category (ei's homoindx, cT0, cT1) and β_b bounds: data-only, computed once. */
function prepared(data: KingData): Prepared {
  const hit = preparedCache.get(data);
  if (hit) return hit;
  const n = data.x.length;
  const kind = new Uint8Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = data.x[i];
    const t = data.t[i];
    if (x === 0) kind[i] = ALL_WHITE;
    else if (x === 1) kind[i] = ALL_BLACK;
    else if (t < KING_ENUM_TOL) kind[i] = T_ZERO;
    else if (t > 1 - KING_ENUM_TOL) kind[i] = T_ONE;
    else kind[i] = HETEROGENEOUS;
    lo[i] = Math.max(0, (t - (1 - x)) / x);
    hi[i] = Math.min(1, t / x);
  }
  const out = { kind, lo, hi };
  preparedCache.set(data, out);
  return out;
}

/**
 * Conditional normal of β_b given T on the tomography line of a heterogeneous unit: mean,
 * standard deviation and the bounds of β_b (King 1997, eq. 7.7–7.8; ei's `ebb`, `vbb`).
 * Cost: O(1).
 */
export function kingConditional(
  p: KingPsi,
  x: number,
  t: number,
): { mean: number; sd: number; lo: number; hi: number; s2: number; eps: number } {
  const omx = 1 - x;
  const sbw = p.rho * p.sb * p.sw;
  const s2 = p.sb * p.sb * x * x + p.sw * p.sw * omx * omx + 2 * sbw * x * omx;
  const omega = p.sb * p.sb * x + sbw * omx;
  const eps = t - p.bb * x - p.bw * omx;
  let vbb = p.sb * p.sb - (omega * omega) / s2;
  if (vbb < 1e-32) vbb = 1e-4;
  return {
    mean: p.bb + (omega / s2) * eps,
    sd: Math.sqrt(vbb),
    lo: Math.max(0, (t - omx) / x),
    hi: Math.min(1, t / x),
    s2,
    eps,
  };
}

function logBvnDensity(a: number, b: number, p: KingPsi): number {
  const za = (a - p.bb) / p.sb;
  const zb = (b - p.bw) / p.sw;
  const om = 1 - p.rho * p.rho;
  return (
    -Math.log(2 * Math.PI * p.sb * p.sw * Math.sqrt(om)) -
    (za * za - 2 * p.rho * za * zb + zb * zb) / (2 * om)
  );
}

/**
 * Log posterior of King's (1997) 2x2 ecological inference model at φ, as the R package ei
 * computes it (`like`): each unit's T_i is the tomography-line projection of (β_b, β_w),
 * drawn from a bivariate normal truncated to the unit square. For 0 < x < 1 the term is the
 * normal density of T_i plus the log probability of the conditional normal of β_b within
 * its Duncan–Davis bounds, minus log R, the mass of the untruncated normal in the square
 * (Genz bivariate normal, floored at 1e-14 as ei does); homogeneous units (x = 0 or 1) and
 * T at 0 or 1 follow ei's special cases. Priors: half-normal on σ̆ (esigma), normal on φ5
 * (erho), the flat-normal penalty on B̆ outside [0, 1] (ebeta, used as a variance as in ei).
 * Returns NaN where the model is undefined. Cost: O(n) normal CDF evaluations and one
 * bivariate normal.
 */
export function kingLogPosterior(phi: ArrayLike<number>, data: KingData, priors: KingPriors): number {
  const p = kingPsi(phi);
  const logR = Math.log(
    Math.max(1e-14, bvnRectangle(-p.bb / p.sb, (1 - p.bb) / p.sb, -p.bw / p.sw, (1 - p.bw) / p.sw, p.rho)),
  );
  const { kind, lo, hi } = prepared(data);
  const { x, t } = data;
  const sb2 = p.sb * p.sb;
  const sw2 = p.sw * p.sw;
  const sbw = p.rho * p.sb * p.sw;
  let ll = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const ti = t[i];
    const k = kind[i];
    if (k === HETEROGENEOUS) {
      // inlined kingConditional (hot loop: no allocation)
      const omx = 1 - xi;
      const s2 = sb2 * xi * xi + sw2 * omx * omx + 2 * sbw * xi * omx;
      const omega = sb2 * xi + sbw * omx;
      const eps = ti - p.bb * xi - p.bw * omx;
      let vbb = sb2 - (omega * omega) / s2;
      if (vbb < 1e-32) vbb = 1e-4;
      const sd = Math.sqrt(vbb);
      const mean = p.bb + (omega / s2) * eps;
      ll += -0.5 * (Math.log(s2) + (eps * eps) / s2);
      ll += logNormalInterval((lo[i] - mean) / sd, (hi[i] - mean) / sd) - logR;
    } else if (k === ALL_WHITE || k === ALL_BLACK) {
      // homogeneous unit: T observes one β directly; the other is conditionally normal on [0, 1]
      const white = k === ALL_WHITE;
      const mObs = white ? p.bw : p.bb;
      const sObs = white ? p.sw : p.sb;
      const mOther = white ? p.bb : p.bw;
      const sOther = white ? p.sb : p.sw;
      const eps = ti - mObs;
      ll += -0.5 * (Math.log(sObs * sObs) + (eps * eps) / (sObs * sObs));
      const m = mOther + p.rho * (sOther / sObs) * eps;
      let v = sOther * sOther * (1 - p.rho * p.rho);
      if (v < 1e-32) v = 1e-4;
      const s = Math.sqrt(v);
      ll += logNormalInterval((0 - m) / s, (1 - m) / s) - logR;
    } else if (k === T_ZERO) {
      ll += logBvnDensity(0, 0, p) - logR;
    } else {
      ll += logBvnDensity(1, 1, p) - logR;
    }
  }
  let prior = 0;
  if (priors.esigma > 0) prior -= (p.sb * p.sb + p.sw * p.sw) / (2 * priors.esigma ** 2);
  if (priors.erho > 0) {
    prior +=
      -0.5 * Math.log(2 * Math.PI) - Math.log(priors.erho) - (phi[4] * phi[4]) / (2 * priors.erho ** 2);
  }
  if (priors.ebeta > 0) {
    for (const b of [p.bb, p.bw]) {
      if (b < 0) prior -= (0.5 * b * b) / priors.ebeta;
      if (b > 1) prior -= (0.5 * (b - 1) ** 2) / priors.ebeta;
    }
  }
  const out = ll + prior;
  return Number.isFinite(out) ? out : Number.NaN;
}
