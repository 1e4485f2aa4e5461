/**
 * Options and fixed identity of the demo commune.
 *
 * The commune is fictional. Its INSEE-like code "29999" sits in Finistère (29), where no
 * real commune uses it (Finistère codes stop near 29302), so it passes every importer's
 * code check without ever colliding with real data; its place is inland Finistère.
 */
export interface DemoOptions {
  /** Seed of every random draw; same seed, same bytes. */
  seed?: number;
  /** Number of bureaux de vote (default 40). */
  bureaux?: number;
  /** Target number of registered voters at the latest election (default 35,000). */
  voters?: number;
}

export interface ResolvedDemoOptions {
  seed: number;
  bureaux: number;
  voters: number;
}

export const DEMO_DEFAULT_SEED = 2026;
export const DEMO_TERRITORY = "29999";
export const DEMO_COMMUNE_NAME = "Kerbrenn (commune fictive)";
export const DEMO_DEPARTEMENT = { code: "29", name: "Finistère", region: "53" } as const;
export const DEMO_POSTAL_CODE = "29999";
/** Centre of the commune (WGS84), inland Finistère. */
export const DEMO_CENTRE = { lon: -3.952, lat: 48.224 } as const;
/** Side of a grid cell (one urban block) in metres. */
export const CELL_METRES = 100;

export function resolveDemoOptions(options: DemoOptions = {}): ResolvedDemoOptions {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const bureaux = options.bureaux ?? 40;
  const voters = options.voters ?? 35_000;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  // Up to 1,000 bureaux: the size of the largest French cities, and what the map benchmark draws.
  if (!Number.isInteger(bureaux) || bureaux < 2 || bureaux > 1_000) {
    throw new RangeError(`bureaux must be an integer between 2 and 1,000, got ${bureaux}`);
  }
  if (!Number.isInteger(voters) || voters < 1_000 || voters > 1_000_000) {
    throw new RangeError(`voters must be an integer between 1,000 and 1,000,000, got ${voters}`);
  }
  if (voters / bureaux < 150) throw new RangeError("fewer than 150 voters per bureau");
  return { seed, bureaux, voters };
}
