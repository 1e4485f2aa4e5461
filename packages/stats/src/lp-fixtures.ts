/**
 * Test-only loaders for the lphom validation sets in ../shared/data/ei (never copied
 * into the repository); each returns null when the data folder is absent so that tests
 * can skip. Not exported from the package index.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { EiInput } from "./contract.ts";
import { eiDataDir } from "./king-fixtures.ts";

/** France 2017 presidential, round 1 → round 2 by département (lphom's France2017D). */
export function loadFrance2017D(): EiInput | null {
  const file = path.join(eiDataDir, "France2017D.csv");
  if (!existsSync(file)) return null;
  const [head, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const names = head.split(",");
  return {
    rows: names.slice(1, 10),
    cols: names.slice(10, 14),
    units: lines.map((l) => {
      const f = l.split(",");
      return { id: f[0], rows: f.slice(1, 10).map(Number), cols: f.slice(10, 14).map(Number) };
    }),
  };
}

export interface NzDistrict {
  name: string;
  input: EiInput;
  /** True party × candidate vote table of the district. */
  truth: number[][];
}

interface RawDistrict {
  district: string;
  parties: string[];
  candidates: string[];
  unit_party_votes: number[][];
  unit_candidate_votes: number[][];
  cross_votes: number[][];
}

/** New Zealand 2002: 69 districts, polling-place party and candidate votes, true tables. */
export function loadNz2002(): NzDistrict[] | null {
  const file = path.join(eiDataDir, "ei_NZ_2002.json.gz");
  if (!existsSync(file)) return null;
  const raw = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as { districts: RawDistrict[] };
  return raw.districts.map((d) => ({
    name: d.district,
    truth: d.cross_votes,
    input: {
      rows: d.parties,
      cols: d.candidates,
      units: d.unit_party_votes.map((rows, i) => ({
        id: `${d.district}-${i + 1}`,
        rows,
        cols: d.unit_candidate_votes[i],
      })),
    },
  }));
}

/** Per district: [name, units, R, C, EI of a global lphom, EI of the independence table]. */
export function loadNzBaseline(): [string, number, number, number, number, number][] | null {
  const file = path.join(eiDataDir, "nz2002_lphom_scipy_baseline.json");
  if (!existsSync(file)) return null;
  return (
    JSON.parse(readFileSync(file, "utf8")) as {
      per_district: [string, number, number, number, number, number][];
    }
  ).per_district;
}

/** Error index EI = 100 · ½ Σ|V̂ − V| / Σ V (Romero et al. 2020, eq. 12). */
export function errorIndex(
  estimate: readonly (readonly number[])[],
  truth: readonly (readonly number[])[],
): number {
  let dev = 0;
  let total = 0;
  truth.forEach((row, j) => {
    row.forEach((v, k) => {
      dev += Math.abs(estimate[j][k] - v);
      total += v;
    });
  });
  return (50 * dev) / total;
}
