/** Income bands (disposable income per consumption unit, € a year), lower bounds; the last is open. */
export const INCOME_BANDS = [
  { key: "R1", label: "moins de 15 000 €", from: 0 },
  { key: "R2", label: "15 000 à 20 000 €", from: 15_000 },
  { key: "R3", label: "20 000 à 25 000 €", from: 20_000 },
  { key: "R4", label: "25 000 à 32 000 €", from: 25_000 },
  { key: "R5", label: "32 000 € ou plus", from: 32_000 },
] as const;

/**
 * Shares of an IRIS's persons in each income band, from its FiLoSoFi deciles D1…D9: the
 * distribution function is taken piecewise linear through (D_k, k/10), from
 * (max(0, 2·D1 − D2), 0) to (D9 + 2·(D9 − D8), 1) — an approximation of both tails.
 * Returns null when a decile is missing (IRIS under statistical secrecy).
 */
export function incomeBandShares(deciles: readonly (number | undefined)[]): number[] | null {
  if (deciles.length !== 9 || deciles.some((d) => d === undefined || !Number.isFinite(d))) return null;
  const d = deciles as number[];
  const xs = [Math.max(0, 2 * d[0] - d[1]), ...d, d[8] + 2 * (d[8] - d[7])];
  const ps = xs.map((_, k) => k / 10);
  const cdf = (x: number) => {
    if (x <= xs[0]) return 0;
    if (x >= xs[10]) return 1;
    let k = 0;
    while (xs[k + 1] < x) k++;
    const span = xs[k + 1] - xs[k];
    return span > 0 ? ps[k] + ((x - xs[k]) / span) * (ps[k + 1] - ps[k]) : ps[k + 1];
  };
  return INCOME_BANDS.map((b, i) => {
    const next = INCOME_BANDS[i + 1];
    return (next ? cdf(next.from) : 1) - cdf(b.from);
  });
}
