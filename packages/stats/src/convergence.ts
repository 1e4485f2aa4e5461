/**
 * MCMC convergence diagnostics: split R-hat and effective sample size.
 *
 * Both follow Gelman et al., Bayesian Data Analysis (3rd ed., 2013, §11.4–11.5) as Stan
 * computes them (without rank normalisation): every chain is split in two halves, so that
 * drift within a chain also inflates R-hat. The ESS uses Geyer's (1992) initial monotone
 * sequence on the multi-chain autocorrelations. Autocovariances are computed by FFT
 * (radix-2, hand-written: 40 lines instead of a dependency). Cost: O(M·N log N) for M
 * chains of N draws. Assumes chains of equal length ≥ 4.
 */

/** Splits each chain into its two halves (dropping a middle draw when the length is odd). */
function splitChains(chains: ArrayLike<number>[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const ch of chains) {
    const h = Math.floor(ch.length / 2);
    const a = new Float64Array(h);
    const b = new Float64Array(h);
    for (let i = 0; i < h; i++) {
      a[i] = ch[i];
      b[i] = ch[ch.length - h + i];
    }
    out.push(a, b);
  }
  return out;
}

function mean(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

function variance(x: Float64Array, m: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - m) ** 2;
  return s / (x.length - 1);
}

interface Pooled {
  chains: Float64Array[];
  means: number[];
  W: number;
  varPlus: number;
  n: number;
}

function pool(chains: ArrayLike<number>[]): Pooled {
  const split = splitChains(chains);
  const n = split[0].length;
  const means = split.map(mean);
  const vars = split.map((c, k) => variance(c, means[k]));
  const W = vars.reduce((a, b) => a + b, 0) / split.length;
  const grand = means.reduce((a, b) => a + b, 0) / split.length;
  const B = (n * means.reduce((a, m) => a + (m - grand) ** 2, 0)) / Math.max(1, split.length - 1);
  return { chains: split, means, W, varPlus: ((n - 1) / n) * W + B / n, n };
}

/**
 * Split R-hat (Gelman & Rubin 1992; split version of Gelman et al. 2013): √(var⁺ / W).
 * Returns 1 for a constant quantity, NaN for chains shorter than 4 draws.
 */
export function splitRhat(chains: ArrayLike<number>[]): number {
  if (chains.length === 0 || chains[0].length < 4) return Number.NaN;
  const p = pool(chains);
  if (p.W === 0) return p.varPlus === 0 ? 1 : Number.POSITIVE_INFINITY;
  return Math.sqrt(p.varPlus / p.W);
}

/**
 * Effective sample size over all chains (Stan's estimator, Gelman et al. 2013 eq. 11.8):
 * ρ_t = 1 − (W − mean autocovariance_t) / var⁺ on split chains, summed in pairs with
 * Geyer's initial positive and monotone sequence; ESS = M·N / τ, capped at M·N·log10(M·N).
 */
export function effectiveSampleSize(chains: ArrayLike<number>[]): number {
  if (chains.length === 0 || chains[0].length < 4) return Number.NaN;
  const p = pool(chains);
  const M = p.chains.length;
  const N = p.n;
  if (p.varPlus === 0) return M * N;
  const acov = new Float64Array(N);
  for (let k = 0; k < M; k++) {
    const a = autocovariance(p.chains[k], p.means[k]);
    for (let t = 0; t < N; t++) acov[t] += a[t] / M;
  }
  const rho = (t: number): number => 1 - (p.W - acov[t]) / p.varPlus;
  let tau = -1;
  let prevPair = Number.POSITIVE_INFINITY;
  for (let t = 0; t + 1 < N; t += 2) {
    let pair = (t === 0 ? 1 : rho(t)) + rho(t + 1);
    if (pair < 0) break;
    if (pair > prevPair) pair = prevPair;
    prevPair = pair;
    tau += 2 * pair;
  }
  const total = M * N;
  const ess = total / Math.max(tau, 1 / Math.log10(total));
  return ess;
}

/** Biased autocovariance (divided by N) of x at lags 0..N−1, by zero-padded FFT. */
export function autocovariance(x: Float64Array, m: number): Float64Array {
  const N = x.length;
  let size = 1;
  while (size < 2 * N) size <<= 1;
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let i = 0; i < N; i++) re[i] = x[i] - m;
  fft(re, im, false);
  for (let i = 0; i < size; i++) {
    re[i] = re[i] * re[i] + im[i] * im[i];
    im[i] = 0;
  }
  fft(re, im, true);
  const out = new Float64Array(N);
  for (let t = 0; t < N; t++) out[t] = re[t] / size / N;
  return out;
}

/** In-place iterative radix-2 Cooley–Tukey FFT (unnormalised inverse). */
function fft(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = ((inverse ? 2 : -2) * Math.PI) / len;
    const wr = Math.cos(ang);
    const wi = Math.sin(ang);
    for (let i = 0; i < n; i += len) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < len / 2; k++) {
        const a = i + k;
        const b = a + len / 2;
        const xr = re[b] * cr - im[b] * ci;
        const xi = re[b] * ci + im[b] * cr;
        re[b] = re[a] - xr;
        im[b] = im[a] - xi;
        re[a] += xr;
        im[a] += xi;
        const t = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = t;
      }
    }
  }
}
