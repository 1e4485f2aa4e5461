import { pnorm } from "./special-functions.ts";

/** Bivariate normal probabilities (for King's truncation constant R) and Gauss–Legendre rules. */

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Nodes and weights of the n-point Gauss–Legendre rule on [−1, 1].
 * Method: Newton iterations on the Legendre recurrence (Golub–Welsch would also do).
 * Cost: O(n²) once per n.
 */
export function gaussLegendre(n: number): { nodes: Float64Array; weights: Float64Array } {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (x * p1 - p0)) / (x * x - 1);
      const dx = p1 / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes[i] = x;
    weights[i] = 2 / ((1 - x * x) * dp * dp);
  }
  return { nodes, weights };
}

const GL6 = gaussLegendre(6);
const GL12 = gaussLegendre(12);
const GL20 = gaussLegendre(20);

/**
 * Upper bivariate normal probability P(X > h, Y > k) for standard margins and
 * correlation r.
 *
 * Method: Drezner & Wesolowsky (1990) as refined by Genz (2004), "Numerical computation of
 * rectangular bivariate and trivariate normal and t probabilities", Statistics and
 * Computing 14: Gauss–Legendre quadrature (6, 12 or 20 points by |r|) of the integral in
 * asin(r), and for |r| ≥ 0.925 the expansion around the singular point. Accuracy about
 * 1e-15 absolute. Cost: O(1), at most 20 exp.
 */
export function bvnUpper(h: number, k: number, r: number): number {
  const ar = Math.abs(r);
  const gl = ar < 0.3 ? GL6 : ar < 0.75 ? GL12 : GL20;
  const n = gl.nodes.length;
  let hk = h * k;
  let bvn = 0;
  if (ar < 0.925) {
    const hs = (h * h + k * k) / 2;
    const asr = Math.asin(r);
    for (let i = 0; i < n; i++) {
      const sn = Math.sin((asr * (gl.nodes[i] + 1)) / 2);
      bvn += gl.weights[i] * Math.exp((sn * hk - hs) / (1 - sn * sn));
    }
    return (bvn * asr) / (4 * Math.PI) + pnorm(-h) * pnorm(-k);
  }
  let kk = k;
  if (r < 0) {
    kk = -kk;
    hk = -hk;
  }
  if (ar < 1) {
    const as = (1 - r) * (1 + r);
    let a = Math.sqrt(as);
    const bs = (h - kk) ** 2;
    const c = (4 - hk) / 8;
    const d = (12 - hk) / 16;
    let asr = -(bs / as + hk) / 2;
    if (asr > -100)
      bvn = a * Math.exp(asr) * (1 - (c * (bs - as) * (1 - (d * bs) / 5)) / 3 + (c * d * as * as) / 5);
    if (-hk < 100) {
      const b = Math.sqrt(bs);
      bvn -= Math.exp(-hk / 2) * SQRT_2PI * pnorm(-b / a) * b * (1 - (c * bs * (1 - (d * bs) / 5)) / 3);
    }
    a /= 2;
    for (let i = 0; i < n; i++) {
      const xs = (a * (gl.nodes[i] + 1)) ** 2;
      const rs = Math.sqrt(1 - xs);
      asr = -(bs / xs + hk) / 2;
      if (asr > -100) {
        bvn +=
          a *
          gl.weights[i] *
          Math.exp(asr) *
          (Math.exp((-hk * xs) / (2 * (1 + rs) ** 2)) / rs - (1 + c * xs * (1 + d * xs)));
      }
    }
    bvn = -bvn / (2 * Math.PI);
  }
  if (r > 0) return bvn + pnorm(-Math.max(h, kk));
  bvn = -bvn;
  if (kk > h) bvn += h < 0 ? pnorm(kk) - pnorm(h) : pnorm(-h) - pnorm(-kk);
  return bvn;
}

/**
 * Bivariate normal rectangle probability P(l1 < X < u1, l2 < Y < u2) for standard margins
 * and correlation r (what R's mvtnorm::pmvnorm / sadmvn give for two dimensions).
 * Method: inclusion–exclusion on {@link bvnUpper}. Cost: O(1), four upper probabilities.
 */
export function bvnRectangle(l1: number, u1: number, l2: number, u2: number, r: number): number {
  const p = bvnUpper(l1, l2, r) - bvnUpper(u1, l2, r) - bvnUpper(l1, u2, r) + bvnUpper(u1, u2, r);
  return Math.max(0, Math.min(1, p));
}
