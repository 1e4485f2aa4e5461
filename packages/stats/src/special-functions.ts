/**
 * Special functions of the normal family used by the EI methods: the univariate normal
 * CDF and quantile, a safe log of a normal interval probability, the bivariate normal
 * rectangle probability, Gauss–Legendre nodes and a Student t quantile.
 */

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Mills ratio m(z) = Φ(−z)/φ(z) computed slowly but to full precision (table building). */
function millsRatioExact(z: number): number {
  if (z < 2.5) {
    let term = z;
    let sum = z;
    for (let n = 1; term > 1e-17 * sum; n++) {
      term *= (z * z) / (2 * n + 1);
      sum += term;
    }
    return (0.5 * SQRT_2PI) / Math.exp((-z * z) / 2) - sum;
  }
  let f = z;
  for (let n = Math.ceil(12 + 380 / (z * z)); n >= 1; n--) f = z + n / f;
  return 1 / f;
}

const MILLS_STEP = 1 / 16;
const MILLS_MAX = 38.5;
const MILLS = Float64Array.from({ length: Math.ceil(MILLS_MAX / MILLS_STEP) + 2 }, (_, j) =>
  millsRatioExact(j * MILLS_STEP),
);

/**
 * Standard normal CDF Φ(x).
 *
 * Method: the upper tail is m(|x|)·φ(x) with m the Mills ratio, tabulated every 1/16 at
 * load time (series A&S 26.2.11 below 2.5, Laplace's continued fraction A&S 26.2.14 above)
 * and expanded to order 12 around the nearest node with the derivative recurrence
 * m⁽ᵏ⁺¹⁾ = k·m⁽ᵏ⁻¹⁾ + z·m⁽ᵏ⁾ that follows from m′ = z·m − 1 (the scheme of Marsaglia 2004,
 * "Evaluating the normal distribution", J. Stat. Softw. 11(4), on a finer grid). Accuracy
 * about 1e-15 relative in both tails, down to x = −38.5 below which it returns 0.
 * Assumptions: none. Cost: O(1), one exp and a dozen multiply–adds.
 */
export function pnorm(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (ax > MILLS_MAX) return x > 0 ? 1 : 0;
  const j = Math.round(ax / MILLS_STEP);
  const z = j * MILLS_STEP;
  const h = ax - z;
  let c0 = MILLS[j];
  let c1 = z * c0 - 1;
  let sum = c0 + h * c1;
  let pw = h;
  for (let k = 1; k < 12; k++) {
    const c2 = (c0 + z * c1) / (k + 1);
    pw *= h;
    sum += pw * c2;
    c0 = c1;
    c1 = c2;
  }
  const tail = (sum * Math.exp((-ax * ax) / 2)) / SQRT_2PI;
  return x > 0 ? 1 - tail : tail;
}

/** Standard normal density φ(x). Cost: O(1). */
export function dnorm(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/**
 * log(Φ(b) − Φ(a)) for a ≤ b, computed on the side of the smaller tail so that it stays
 * accurate far in the tails (where the naive difference cancels to 0).
 * Method: tail symmetry Φ(b) − Φ(a) = Φ(−a) − Φ(−b). Cost: O(1).
 */
export function logNormalInterval(a: number, b: number): number {
  if (!(b > a)) return Number.NEGATIVE_INFINITY;
  const p = a > 0 ? pnorm(-a) - pnorm(-b) : pnorm(b) - pnorm(a);
  return Math.log(p);
}

const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
];
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/**
 * Standard normal quantile Φ⁻¹(p).
 *
 * Method: Acklam's (2003) rational approximation (relative error 1.15e-9) followed by one
 * Halley step on {@link pnorm}, which brings it to about 1e-15. Assumptions: 0 ≤ p ≤ 1.
 * Cost: O(1), two exp and one log.
 */
export function qnorm(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const pLow = 0.02425;
  let x: number;
  if (p < pLow || p > 1 - pLow) {
    const q = Math.sqrt(-2 * Math.log(p < pLow ? p : 1 - p));
    const c = ACKLAM_C;
    const d = ACKLAM_D;
    x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    if (p > 1 - pLow) x = -x;
  } else {
    const q = p - 0.5;
    const r = q * q;
    const a = ACKLAM_A;
    const b = ACKLAM_B;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
  // Halley refinement, on the smaller tail to avoid cancellation.
  const e = x < 0 ? pnorm(x) - p : 1 - p - pnorm(-x);
  const u = e * SQRT_2PI * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/**
 * Quantile of Student's t with df degrees of freedom (for regression intervals).
 * Method: Cornish–Fisher expansion around the normal quantile (Abramowitz & Stegun
 * 26.7.5), within 1e-3 of the exact value for df ≥ 5 and exact as df → ∞; the closed
 * forms for df = 1 and 2. Assumption: df ≥ 1. Cost: O(1).
 */
export function qt(p: number, df: number): number {
  if (!Number.isFinite(df) || df > 1e7) return qnorm(p);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = qnorm(p);
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}
