/**
 * Natural logarithm of the gamma function for positive arguments.
 *
 * Method: Lanczos (1964) approximation with g = 7 and 9 coefficients (as tabulated by
 * Press et al., Numerical Recipes, 3rd ed., §6.1), with the reflection formula below 0.5.
 * Assumptions: x > 0 (the MD sampler only evaluates it on Dirichlet parameters).
 * Accuracy: about 1e-15 relative. Cost: one log, one division loop of 8 terms.
 * Hand-written because it is 20 lines and the engine avoids a dependency for it.
 */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046728;

export function lgamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
