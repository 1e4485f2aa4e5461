import type { DemoModel } from "./build-model.ts";
import { candidateKey, ELECTIONS } from "./elections.ts";
import { DEMO_COMMUNE_NAME, DEMO_TERRITORY } from "./options.ts";
import { DIPLOMA_CODES, type Person } from "./persons.ts";
import { bureauOfPersons, type Counts, tallyResults } from "./tally.ts";
import { ELECTION_DAYS } from "./timeline.ts";
import { censusTables } from "./write-census.ts";
import type { TruthElector } from "./write-electoral-list.ts";

/** A true cross-table: rows × cols counts for the commune and for each bureau. */
export interface TruthTable {
  rows: string[];
  cols: string[];
  total: number[][];
  byBureau: Record<string, number[][]>;
}

export interface TruthResults {
  inscrits: number;
  abstentions: number;
  votants: number;
  blancs: number;
  nuls: number;
  exprimes: number;
  voix: Record<string, number>;
}

export interface DemoTruth {
  generator: "terrain-demo";
  note: string;
  seed: number;
  territory: string;
  communeName: string;
  elections: { id: string; date: string; round: number; candidates: string[]; choices: string[] }[];
  /** Bureaux; `electors`: persons on the demo's electoral list (= inscrits of the latest election). */
  bureaux: { code: string; name: string; electors: number }[];
  /**
   * The electoral list (liste-electorale.csv): persons per bureau, and each person as the
   * importer keeps them, [bureau, sex, birth year, birth month or null], to count segments.
   */
  electors: { total: number; byBureau: Record<string, number>; ageRule: string; persons: TruthElector[] };
  results: Record<string, { total: TruthResults; byBureau: Record<string, TruthResults> }>;
  /** Per election, per dimension (age, sexe, csp, diplome, logement): group × choice. */
  groups: Record<string, Record<string, TruthTable>>;
  /** Per bureau: the census variables (base-ic names) counted on its residents at the census. */
  bureauCensus: Record<string, Record<string, number>>;
  /** Per pair "from>to" of elections: choice in `from` (or new voter) × choice in `to` (or gone). */
  transfers: Record<string, TruthTable>;
}

/** How segments count ages (segment-criteria.ts): the day is not kept, an unknown month is January. */
export const AGE_RULE =
  "age on the day = year of the day - birth year, minus 1 when the day's month is before the birth month (unknown month: January)";

export const NEW_VOTERS = "Nouveaux inscrits";
export const GONE_VOTERS = "Sortis des listes";
const FIXED = ["Abstentions", "Blancs", "Nuls"];

/**
 * Choice labels of an election: abstention, blank, null, then candidates as the importer
 * keys them; a vote code (behaviour.ts: 0 abstention, 1 blank, 2 null, 3 + k) is its column.
 */
export function choicesOf(e: number): string[] {
  return [...FIXED, ...ELECTIONS[e].candidates.map(candidateKey)];
}

/** Group dimensions of a voter at an election (age at the election date). */
export const DIMENSIONS: Record<
  string,
  { groups: string[]; of: (p: Person, tenure: string, age: number) => number }
> = {
  age: {
    groups: ["18-24", "25-39", "40-54", "55-64", "65-79", "80+"],
    of: (_p, _t, a) => (a < 25 ? 0 : a < 40 ? 1 : a < 55 ? 2 : a < 65 ? 3 : a < 80 ? 4 : 5),
  },
  sexe: { groups: ["Hommes", "Femmes"], of: (p) => (p.female ? 1 : 0) },
  csp: {
    groups: ["CS1", "CS2", "CS3", "CS4", "CS5", "CS6", "CS7", "CS8"],
    // Persons under 15 at the census have no CSP (code 0); as voters they are young adults,
    // mostly students, whom INSEE counts among "autres personnes sans activité" (CS8).
    of: (p) => (p.csp === 0 ? 8 : p.csp) - 1,
  },
  diplome: {
    groups: [...DIPLOMA_CODES, "SCOL"],
    of: (p) => (p.diploma < 0 ? DIPLOMA_CODES.length : p.diploma),
  },
  logement: {
    groups: ["proprietaire", "locataire", "hlm", "gratuit"],
    of: (_p, t) => ["proprietaire", "locataire", "hlm", "gratuit"].indexOf(t),
  },
};

const zeros = (r: number, c: number) => Array.from({ length: r }, () => new Array<number>(c).fill(0));

function newTable(rows: string[], cols: string[], codes: string[]): TruthTable {
  return {
    rows,
    cols,
    total: zeros(rows.length, cols.length),
    byBureau: Object.fromEntries(codes.map((c) => [c, zeros(rows.length, cols.length)])),
  };
}

function asResults(c: Counts, keys: string[]): TruthResults {
  const { voix, ...rest } = c;
  return { ...rest, voix: Object.fromEntries(keys.map((k, i) => [k, voix[i]])) };
}

/**
 * The truth of the demo, counted from the individual voters: published results, group ×
 * choice tables for five dimensions and transfer tables between every pair of rounds
 * (with new and departed voters), per bureau and for the commune.
 */
export function buildTruth(model: DemoModel, listed: TruthElector[]): DemoTruth {
  const codes = model.bureaux.map((b) => b.code);
  const bureauOf = bureauOfPersons(model);
  const tallies = tallyResults(model);
  const { persons, households } = model.population;
  const results: DemoTruth["results"] = {};
  const byBureau: Record<string, number> = {};
  for (const [code] of listed) byBureau[code] = (byBureau[code] ?? 0) + 1;
  const groups: DemoTruth["groups"] = {};
  ELECTIONS.forEach((spec, e) => {
    const keys = spec.candidates.map(candidateKey);
    results[spec.id] = {
      total: asResults(tallies[e].total, keys),
      byBureau: Object.fromEntries(codes.map((c, b) => [c, asResults(tallies[e].byBureau[b], keys)])),
    };
    const cols = choicesOf(e);
    const year = ELECTION_DAYS[e].year;
    groups[spec.id] = {};
    for (const [dim, def] of Object.entries(DIMENSIONS)) {
      const table = newTable(def.groups, cols, codes);
      const perBureau = codes.map((c) => table.byBureau[c]);
      const votes = model.behaviour.votes[e];
      for (let i = 0; i < votes.length; i++) {
        const v = votes[i];
        if (v < 0) continue;
        const p = persons[i];
        const g = def.of(p, households[p.household].tenure, year - p.birth);
        table.total[g][v]++;
        perBureau[bureauOf[i]][g][v]++;
      }
      groups[spec.id][dim] = table;
    }
  });
  const transfers: DemoTruth["transfers"] = {};
  for (let a = 0; a < ELECTIONS.length; a++) {
    for (let b = a + 1; b < ELECTIONS.length; b++) {
      const rows = [...choicesOf(a), NEW_VOTERS];
      const cols = [...choicesOf(b), GONE_VOTERS];
      const table = newTable(rows, cols, codes);
      const va = model.behaviour.votes[a];
      const vb = model.behaviour.votes[b];
      const perBureau = codes.map((c) => table.byBureau[c]);
      for (let i = 0; i < va.length; i++) {
        if (va[i] < 0 && vb[i] < 0) continue;
        const r = va[i] < 0 ? rows.length - 1 : va[i];
        const c = vb[i] < 0 ? cols.length - 1 : vb[i];
        table.total[r][c]++;
        perBureau[bureauOf[i]][r][c]++;
      }
      transfers[`${ELECTIONS[a].id}>${ELECTIONS[b].id}`] = table;
    }
  }
  return {
    generator: "terrain-demo",
    note: "Données fictives : commune, électeurs et résultats générés par Terrain (terrain demo).",
    seed: model.options.seed,
    territory: DEMO_TERRITORY,
    communeName: DEMO_COMMUNE_NAME,
    elections: ELECTIONS.map((spec, e) => ({
      id: spec.id,
      date: ELECTION_DAYS[e].date,
      round: spec.round,
      candidates: spec.candidates.map(candidateKey),
      choices: choicesOf(e),
    })),
    bureaux: model.bureaux.map((b) => ({ code: b.code, name: b.name, electors: byBureau[b.code] ?? 0 })),
    electors: { total: listed.length, byBureau, ageRule: AGE_RULE, persons: listed },
    results,
    groups,
    bureauCensus: Object.fromEntries(
      censusTables(model, true).map((t, b) => [
        codes[b],
        Object.fromEntries([...t].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))),
      ]),
    ),
    transfers,
  };
}
