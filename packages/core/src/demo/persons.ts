import type { Quarter } from "./grid.ts";
import { chance, pickWeighted, type Rng } from "./random.ts";
import { CENSUS_YEAR } from "./timeline.ts";

export type Activity = "occupe" | "chomeur" | "etudiant" | "retraite" | "inactif" | "enfant";

/** INSEE diploma levels of people out of school, in base-ic order; -1: still at school. */
export const DIPLOMA_CODES = ["DIPLMIN", "BEPC", "CAPBEP", "BAC", "SUP2", "SUP34", "SUP5"] as const;

export interface Person {
  id: number;
  household: number;
  female: boolean;
  /** Age on 1 January 2021 (census), whole years. */
  age2021: number;
  /** Birth as a decimal year. */
  birth: number;
  french: boolean;
  /** Whether this person, when an adult French resident, is on the register. */
  registers: boolean;
  /** INSEE PCS group 1 … 8 (7 retired, 8 other inactive incl. students); 0 for children under 15. */
  csp: number;
  activity: Activity;
  /** Index into DIPLOMA_CODES, or -1 while at school. */
  diploma: number;
  /** Period from which this person is dead (99 when alive at the end). */
  death: number;
  /** Persistent individual turnout propensity (latent, logit scale). */
  civic: number;
}

const ACTIVE_CSP: Record<Quarter, number[]> = {
  centre: [0.2, 7, 26, 30, 26, 10.8],
  hlm: [0, 5, 4, 16, 40, 35],
  pavillonnaire: [1, 8, 12, 30, 28, 21],
  aise: [1, 12, 45, 25, 12, 5],
  etudiant: [0.2, 6, 30, 30, 24, 9.8],
  vide: [1, 8, 12, 30, 28, 21],
};
const UNEMPLOYMENT: Record<Quarter, number> = {
  centre: 0.1,
  hlm: 0.21,
  pavillonnaire: 0.07,
  aise: 0.05,
  etudiant: 0.12,
  vide: 0.08,
};
const STUDY_18_25: Record<Quarter, number> = {
  centre: 0.45,
  hlm: 0.3,
  pavillonnaire: 0.45,
  aise: 0.6,
  etudiant: 0.95,
  vide: 0.4,
};
const FRENCH: Record<Quarter, number> = {
  centre: 0.94,
  hlm: 0.86,
  pavillonnaire: 0.975,
  aise: 0.97,
  etudiant: 0.9,
  vide: 0.95,
};
/** Diploma weights by CSP 1 … 8 (DIPLMIN … SUP5). */
const DIPLOMA_BY_CSP: number[][] = [
  [],
  [25, 8, 35, 17, 8, 4, 3],
  [15, 7, 35, 20, 12, 7, 4],
  [1, 1, 3, 8, 12, 30, 45],
  [3, 3, 12, 22, 30, 20, 10],
  [15, 8, 33, 26, 10, 6, 2],
  [30, 7, 43, 13, 4, 2, 1],
  [38, 8, 25, 12, 8, 5, 4],
  [40, 10, 20, 15, 7, 5, 3],
];

function blank(age: number, female: boolean, rng: Rng): Person {
  return {
    id: -1,
    household: -1,
    female,
    age2021: age,
    birth: CENSUS_YEAR - age - rng.uniform(),
    french: true,
    registers: true,
    csp: 0,
    activity: "enfant",
    diploma: -1,
    death: 99,
    civic: rng.normal(),
  };
}

/** A child under 18 in 2021 (turns into a voter at 18). */
export function makeChild(rng: Rng, age: number): Person {
  const p = blank(age, chance(rng, 0.49), rng);
  p.french = chance(rng, 0.95);
  p.registers = chance(rng, 0.93);
  if (age >= 15) p.csp = 8;
  p.activity = age >= 15 ? "etudiant" : "enfant";
  return p;
}

/** An adult of the neighbourhood: nationality, activity, CSP, diploma, mortality. */
export function makeAdult(rng: Rng, quarter: Quarter, age: number, female: boolean, student = false): Person {
  const p = blank(age, female, rng);
  p.french = chance(rng, FRENCH[quarter]);
  p.registers = chance(rng, age < 25 ? 0.9 : quarter === "hlm" ? 0.9 : 0.95);
  if (student || (age <= 25 && chance(rng, STUDY_18_25[quarter] * (age <= 22 ? 1.2 : 0.6)))) {
    p.activity = "etudiant";
    p.csp = 8;
    p.diploma = -1;
  } else if (age >= 62 && (age >= 67 || chance(rng, 0.85))) {
    p.activity = "retraite";
    p.csp = 7;
  } else if (chance(rng, female ? 0.11 : 0.06)) {
    p.activity = "inactif";
    p.csp = 8;
  } else {
    p.csp = 1 + pickWeighted(rng, ACTIVE_CSP[quarter]);
    const jobless =
      UNEMPLOYMENT[quarter] * (p.csp >= 5 ? 1.3 : p.csp === 3 ? 0.5 : 0.9) * (age < 26 ? 1.8 : 1);
    p.activity = chance(rng, jobless) ? "chomeur" : "occupe";
  }
  if (p.activity !== "etudiant") {
    const weights = DIPLOMA_BY_CSP[p.csp].slice();
    const older = Math.max(0, Math.min(1, (age - 40) / 45));
    weights[0] *= 1 + 1.5 * older;
    for (let k = 4; k < 7; k++) weights[k] *= 1 - 0.6 * older;
    p.diploma = pickWeighted(rng, weights);
  }
  if (age >= 70) {
    const risk = Math.min(0.5, 0.01 * 1.1 ** (age - 70) * 4);
    if (chance(rng, risk)) p.death = chance(rng, 0.5) ? 2 : 4;
  }
  p.civic = rng.normal();
  return p;
}
