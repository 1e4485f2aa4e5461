import type { Rng } from "./rng.ts";

/** The two draws the MD sampler's inner loop needs. */
export interface FastRng {
  /** Uniform on the open interval (0, 1), 32-bit resolution. */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
}

const LAYERS = 128;
const SCALE = 2 ** 24; // the 25 high bits of a draw are a signed value, the 7 low bits the layer
const R_TAIL = 3.442619855899;
const kn = new Float64Array(LAYERS);
const wn = new Float64Array(LAYERS);
const fn = new Float64Array(LAYERS);
{
  let dn = R_TAIL;
  let tn = dn;
  const vn = 9.91256303526217e-3;
  const q = vn / Math.exp(-0.5 * dn * dn);
  kn[0] = (dn / q) * SCALE;
  kn[1] = 0;
  wn[0] = q / SCALE;
  wn[LAYERS - 1] = dn / SCALE;
  fn[0] = 1;
  fn[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = (dn / tn) * SCALE;
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / SCALE;
  }
}

/**
 * A fast generator for the MD sampler's inner loop, seeded from (a fork of) the engine's
 * Rng so that runs stay reproducible from one seed. Uniforms: xoshiro128** (Blackman &
 * Vigna 2018) with its state in closure variables, one 32-bit output per draw. Normals:
 * the ziggurat of Marsaglia & Tsang (2000, J. Stat. Software 5(8)) with 128 layers, taking
 * the layer from the 7 low bits and the value from the 25 high bits of one output, so that
 * the two are independent (the correlation Doornik 2005 found in the original). Cost: about
 * one 32-bit draw per normal (vs. two uniforms, a log and a square root for the polar
 * method). Hand-written because the inner loop spends most of its time drawing.
 */
export function createFastRng(parent: Rng): FastRng {
  const seed = (): number => Math.floor(parent.uniform() * 4294967296) >>> 0;
  let a = seed();
  let b = seed();
  let c = seed();
  let d = seed();
  if ((a | b | c | d) === 0) a = 1;
  const next = (): number => {
    const x = Math.imul(b, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return result >>> 0;
  };
  const uniform = (): number => (next() + 0.5) * 2.3283064365386963e-10;
  const normal = (): number => {
    for (;;) {
      const u = next();
      const iz = u & 127;
      const hz = (u | 0) >> 7;
      if (Math.abs(hz) < kn[iz]) return hz * wn[iz];
      if (iz === 0) {
        let x: number;
        let y: number;
        do {
          x = -Math.log(uniform()) / R_TAIL;
          y = -Math.log(uniform());
        } while (y + y < x * x);
        return hz > 0 ? R_TAIL + x : -R_TAIL - x;
      }
      const x = hz * wn[iz];
      if (fn[iz] + uniform() * (fn[iz - 1] - fn[iz]) < Math.exp(-0.5 * x * x)) return x;
    }
  };
  return { uniform, normal };
}
