import type { Built } from "./buildings.ts";
import { BLOCS, ELECTIONS, type ElectionSpec } from "./elections.ts";
import type { Grid, Quarter } from "./grid.ts";
import type { Household, Population } from "./households.ts";
import type { Person } from "./persons.ts";
import { logistic, pickWeighted, type Rng } from "./random.ts";
import { ELECTION_DAYS } from "./timeline.ts";

/** Vote codes: -1 not registered, 0 abstention, 1 blank, 2 null, 3 + k candidate k. */
export const NOT_REGISTERED = -1;
export const ABSTENTION = 0;
export const BLANK = 1;
export const NULL_VOTE = 2;
export const FIRST_CANDIDATE = 3;

export interface Behaviour {
  /** Cell of each person (through household → dwelling → building). */
  cell: Int32Array;
  /** Bloc index of each person (BLOCS). */
  bloc: Uint8Array;
  /** Per election (ELECTIONS order), per person: vote code. */
  votes: Int8Array[];
}

/** Logit shift of round-2 turnout for round-1 voters (+) and abstainers (−). */
const ROUND_HABIT = 1.3;

/**
 * Where a round-1 vote goes in round 2 when the voter stays loyal: the same candidate if
 * still running (loyalty 0.93), or the list it merged into (0.8); null otherwise.
 */
function secondRoundOf(
  spec: ElectionSpec,
  e: number,
  firstIndex: number,
): { index: number; loyalty: number } | null {
  const first = ELECTIONS[e - 1].candidates[firstIndex];
  const same = spec.candidates.findIndex((c) => c.nom === first.nom && c.prenom === first.prenom);
  if (same >= 0) return { index: same, loyalty: 0.93 };
  const target = spec.merges?.[first.panel];
  const merged = target === undefined ? -1 : spec.candidates.findIndex((c) => c.panel === target);
  return merged >= 0 ? { index: merged, loyalty: 0.8 } : null;
}

const QUARTER_SHIFT: Record<Quarter, number[]> = {
  centre: [0.1, 0.25, 0.35, 0.1, -0.1, -0.35],
  hlm: [0.55, 0.1, -0.3, -0.35, -0.45, 0.25],
  pavillonnaire: [-0.15, 0.05, -0.1, 0, 0.1, 0.25],
  aise: [-0.45, -0.05, 0.05, 0.35, 0.5, -0.25],
  etudiant: [0.5, 0.05, 0.5, 0, -0.3, -0.4],
  vide: [0, 0, 0, 0, 0, 0],
};
/** Contextual turnout effect of the neighbourhood (beyond its composition). */
const QUARTER_CIVIC: Record<Quarter, number> = {
  centre: 0,
  hlm: -0.35,
  pavillonnaire: 0.05,
  aise: 0.2,
  etudiant: -0.2,
  vide: 0,
};
/** Bloc utility shifts by CSP 1 … 8 (index 0 unused). */
const CSP_SHIFT: number[][] = [
  [0, 0, 0, 0, 0, 0],
  [-0.6, -0.3, -0.3, 0.2, 0.9, 0.5],
  [-0.4, -0.2, -0.2, 0.3, 0.5, 0.45],
  [0.05, 0.3, 0.6, 0.6, 0.3, -0.9],
  [0.2, 0.3, 0.35, 0.2, -0.1, -0.3],
  [0.2, 0.1, -0.1, -0.2, -0.2, 0.5],
  [0.3, 0, -0.5, -0.5, -0.3, 0.9],
  [-0.4, 0.15, -0.4, 0.5, 0.6, 0.05],
  [0.6, 0, 0.4, -0.1, -0.3, 0],
];
const DIPLOMA_SHIFT: number[][] = [
  [0.1, 0, -0.3, -0.2, 0, 0.45],
  [0, 0, -0.2, -0.1, 0, 0.3],
  [0.05, 0, -0.25, -0.15, 0, 0.4],
  [0, 0, 0, 0, 0.05, 0.1],
  [0, 0.1, 0.15, 0.15, 0, -0.2],
  [0.05, 0.15, 0.3, 0.25, 0, -0.5],
  [0.05, 0.15, 0.35, 0.35, 0.05, -0.7],
];
const TENURE_SHIFT: Record<string, number[]> = {
  proprietaire: [-0.2, 0, 0, 0.2, 0.3, 0],
  locataire: [0.1, 0.05, 0.1, 0, -0.1, 0],
  hlm: [0.45, 0.05, -0.2, -0.3, -0.5, 0.2],
  gratuit: [0, 0, 0, 0, 0, 0],
};

function ageShift(age: number): number[] {
  if (age < 25) return [0.55, -0.1, 0.35, -0.2, -0.45, 0];
  if (age < 40) return [0.25, 0, 0.2, -0.1, -0.3, 0.1];
  if (age < 65) return [0, 0, 0, 0, 0, 0.1];
  return [-0.5, 0.1, -0.3, 0.45, 0.45, -0.15];
}

function civicShift(p: Person, age: number, tenure: string): number {
  let z = age < 25 ? -0.85 : age < 40 ? -0.5 : age < 55 ? 0 : age < 65 ? 0.35 : age < 80 ? 0.65 : 0.15;
  if (p.diploma >= 4) z += 0.35;
  else if (p.diploma === 0) z -= 0.35;
  if (tenure === "proprietaire") z += 0.3;
  else if (tenure === "hlm") z -= 0.4;
  if (p.csp === 8 && p.activity !== "etudiant") z -= 0.3;
  if (p.activity === "chomeur") z -= 0.3;
  return z;
}

/** Whether a person is on the register used at a period (a first round's index). */
export function isRegistered(p: Person, household: Household, period: number): boolean {
  const present = household.arrive <= period && period < household.leave;
  const ageThen = ELECTION_DAYS[period].year - p.birth;
  return present && p.french && p.registers && ageThen >= 18 && p.death > period;
}

/**
 * Draws every person's political family and, for each round, registration, turnout and
 * choice. Families come from group effects (CSP, diploma, age, tenure) plus place effects
 * (neighbourhood kind and a random district effect: contextual effects, hence aggregation
 * bias); turnout from a persistent civic propensity, a district effect and a per-election
 * shock shared by the two rounds of an election (so abstention carries over between
 * rounds); choices from the family's distribution over that round's candidates, blank
 * and null. Cost O(persons × rounds).
 */
export function drawBehaviour(rng: Rng, grid: Grid, built: Built, population: Population): Behaviour {
  const { persons, households } = population;
  const n = persons.length;
  const cell = new Int32Array(n);
  const bloc = new Uint8Array(n);
  const districtBloc = Array.from({ length: grid.districtCount }, () => BLOCS.map(() => 0.3 * rng.normal()));
  const districtCivic = Array.from({ length: grid.districtCount }, () => 0.3 * rng.normal());
  const votes = ELECTIONS.map(() => new Int8Array(n).fill(NOT_REGISTERED));
  const utilities = new Float64Array(BLOCS.length);
  for (const p of persons) {
    const household = households[p.household];
    const building = built.buildings[built.dwellings[household.dwelling].building];
    const c = grid.cells[building.cell];
    if (!c) throw new Error("person outside the commune");
    cell[p.id] = c.index;
    const age = 2024 - p.birth;
    const shifts = [
      QUARTER_SHIFT[c.quarter],
      districtBloc[c.district],
      CSP_SHIFT[p.csp],
      TENURE_SHIFT[household.tenure],
      ageShift(age),
    ];
    if (p.diploma >= 0) shifts.push(DIPLOMA_SHIFT[p.diploma]);
    let best = 0;
    for (let b = 0; b < BLOCS.length; b++) {
      let u = [0.25, 0.35, 0.05, 0.45, 0.2, 0.3][b];
      for (const s of shifts) u += s[b];
      // Gumbel noise: a multinomial logit choice of family.
      utilities[b] = u - Math.log(-Math.log(rng.uniform() || Number.MIN_VALUE));
      if (utilities[b] > utilities[best]) best = b;
    }
    bloc[p.id] = best;
    const electionShock = new Map<string, number>();
    for (let e = 0; e < ELECTIONS.length; e++) {
      const spec = ELECTIONS[e];
      const registerPeriod = spec.round === 2 ? e - 1 : e;
      const ageThen = ELECTION_DAYS[registerPeriod].year - p.birth;
      if (!isRegistered(p, household, registerPeriod)) continue;
      let shock = electionShock.get(spec.kind);
      if (shock === undefined) {
        shock = 0.6 * rng.normal();
        electionShock.set(spec.kind, shock);
      }
      const z =
        spec.turnout +
        civicShift(p, ageThen, household.tenure) +
        districtCivic[c.district] +
        QUARTER_CIVIC[c.quarter] +
        0.9 * p.civic +
        shock +
        0.35 * rng.normal() +
        (spec.blocTurnout?.[BLOCS[best]] ?? 0) +
        (household.arrive === registerPeriod && registerPeriod > 0 ? -0.3 : 0);
      const before = spec.round === 2 ? votes[e - 1][p.id] : NOT_REGISTERED;
      const habit = spec.round === 2 ? (before === ABSTENTION ? -ROUND_HABIT : ROUND_HABIT) : 0;
      if (rng.uniform() >= logistic(z + habit)) {
        votes[e][p.id] = ABSTENTION;
        continue;
      }
      const kept = before >= FIRST_CANDIDATE ? secondRoundOf(spec, e, before - FIRST_CANDIDATE) : null;
      if (kept && rng.uniform() < kept.loyalty) {
        votes[e][p.id] = FIRST_CANDIDATE + kept.index;
        continue;
      }
      const weights = spec.choice[BLOCS[best]];
      const k = pickWeighted(rng, weights);
      const nc = spec.candidates.length;
      votes[e][p.id] = k < nc ? FIRST_CANDIDATE + k : k === nc ? BLANK : NULL_VOTE;
    }
  }
  return { cell, bloc, votes };
}
