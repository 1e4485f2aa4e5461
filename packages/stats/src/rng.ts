/**
 * Seeded pseudo-random numbers for every stochastic method of the engine.
 *
 * Generator: xoshiro128** (Blackman & Vigna 2018), 32-bit state words seeded through
 * SplitMix32, so that a run is reproducible from one integer seed on any platform.
 * Normal draws use the polar Marsaglia method; gamma draws Marsaglia & Tsang (2000),
 * with the Ahrens–Dieter boost for shape < 1. Cost: O(1) per draw.
 */
export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
  /** Gamma(shape, rate = 1). */
  gamma(shape: number): number;
  /** Beta(a, b). */
  beta(a: number, b: number): number;
  /** Dirichlet(alpha) written into out (allocated when absent). */
  dirichlet(alpha: ArrayLike<number>, out?: Float64Array): Float64Array;
  /** An independent generator derived from this one (for chains and workers). */
  fork(): Rng;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a seeded generator (xoshiro128**). */
export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  if ((a | b | c | d) === 0) a = 1;
  let spare: number | null = null;

  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const uniform = (): number => {
    // 53 bits from two 32-bit outputs.
    const hi = nextU32() >>> 5;
    const lo = nextU32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  };
  const normal = (): number => {
    if (spare !== null) {
      const v = spare;
      spare = null;
      return v;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = uniform() * 2 - 1;
      v = uniform() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * m;
    return u * m;
  };
  const gamma = (shape: number): number => {
    if (!(shape > 0)) throw new RangeError(`gamma shape must be > 0, got ${shape}`);
    if (shape < 1) {
      const g = gamma(shape + 1);
      let u = uniform();
      while (u === 0) u = uniform();
      return g * u ** (1 / shape);
    }
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (u < 1 - 0.0331 * x * x * x * x) return dd * v;
      if (Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v;
    }
  };
  const rng: Rng = {
    uniform,
    normal,
    gamma,
    beta(x, y) {
      const g1 = gamma(x);
      const g2 = gamma(y);
      return g1 / (g1 + g2);
    },
    dirichlet(alpha, out) {
      const n = alpha.length;
      const res = out ?? new Float64Array(n);
      let sum = 0;
      for (let i = 0; i < n; i++) {
        res[i] = gamma(alpha[i]);
        sum += res[i];
      }
      for (let i = 0; i < n; i++) res[i] /= sum;
      return res;
    },
    fork() {
      return createRng(nextU32() ^ Math.imul(nextU32(), 0x27d4eb2d));
    },
  };
  return rng;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
