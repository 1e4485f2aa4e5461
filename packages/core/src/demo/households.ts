import type { Built, Dwelling } from "./buildings.ts";
import type { Grid, Quarter } from "./grid.ts";
import { makeAdult, makeChild, type Person } from "./persons.ts";
import { chance, intBetween, pickWeighted, type Rng } from "./random.ts";
import { MOVE_PERIODS, STILL_THERE } from "./timeline.ts";

export type Tenure = "proprietaire" | "locataire" | "hlm" | "gratuit";

export interface Household {
  id: number;
  dwelling: number;
  tenure: Tenure;
  /** Disposable income per consumption unit (niveau de vie), euros a year. */
  incomeUc: number;
  /** First period present (0: already there at the first election). */
  arrive: number;
  /** First period absent (STILL_THERE when still there). */
  leave: number;
  persons: number[];
}

export interface Population {
  households: Household[];
  persons: Person[];
  /** Dwellings left empty the whole time. */
  vacant: Set<number>;
  /** Dwellings used as second homes. */
  secondary: Set<number>;
}

type Shape =
  | "jeune"
  | "actif"
  | "vieux"
  | "couple"
  | "vieuxcouple"
  | "famille"
  | "monoparent"
  | "etudiant"
  | "coloc";
const SHAPES: Shape[] = [
  "jeune",
  "actif",
  "vieux",
  "couple",
  "vieuxcouple",
  "famille",
  "monoparent",
  "etudiant",
  "coloc",
];
const SHAPE_WEIGHTS: Record<Quarter, number[]> = {
  centre: [26, 13, 17, 14, 10, 9, 7, 3, 1],
  hlm: [10, 15, 17, 8, 8, 25, 16, 1, 0],
  pavillonnaire: [5, 9, 15, 8, 27, 30, 6, 0, 0],
  aise: [4, 6, 13, 5, 32, 36, 4, 0, 0],
  etudiant: [4, 0, 0, 1, 0, 0, 0, 80, 15],
  vide: [1, 0, 0, 0, 0, 0, 0, 0, 0],
};
const INCOME_MEDIAN: Record<Quarter, number> = {
  centre: 21500,
  hlm: 16500,
  pavillonnaire: 23000,
  aise: 31000,
  etudiant: 12500,
  vide: 20000,
};
const CSP_INCOME = [1, 0.85, 1.1, 1.5, 1.12, 0.86, 0.84, 1.02, 0.78];

/** Children of a family: 1, 2 or 3 (4 more often in social housing), as French families. */
function childCount(rng: Rng, large: boolean): number {
  return (
    1 +
    (chance(rng, 0.55) ? 1 : 0) +
    (chance(rng, large ? 0.35 : 0.18) ? 1 : 0) +
    (large && chance(rng, 0.15) ? 1 : 0)
  );
}

function tenureFor(rng: Rng, dwelling: Dwelling, kind: string, quarter: Quarter): Tenure {
  if (kind === "hlm" || dwelling.social) return "hlm";
  if (kind === "residence") return "locataire";
  const u = rng.uniform();
  const own = dwelling.kind === "maison" ? (quarter === "aise" ? 0.9 : 0.8) : 0.36;
  if (u < own) return "proprietaire";
  return u < 0.97 ? "locataire" : "gratuit";
}

/** Probability that a household of this tenure moved in after the first election. */
const TURNOVER: Record<Tenure, number> = { proprietaire: 0.12, locataire: 0.4, hlm: 0.18, gratuit: 0.2 };

/**
 * Fills the dwellings with households and persons: composition, ages, nationality,
 * activity, CSP, diploma, tenure and income follow the neighbourhood (orders of magnitude
 * of French urban IRIS). Some households moved in before the 2024 or 2026 elections,
 * replacing an earlier household (whose voters left the register) or an empty dwelling.
 */
export function buildPopulation(rng: Rng, grid: Grid, built: Built): Population {
  const households: Household[] = [];
  const persons: Person[] = [];
  const vacant = new Set<number>();
  const secondary = new Set<number>();
  const addHousehold = (
    dwelling: Dwelling,
    quarter: Quarter,
    tenure: Tenure,
    arrive: number,
    leave: number,
  ) => {
    const shape = SHAPES[pickWeighted(rng, SHAPE_WEIGHTS[quarter])];
    const household: Household = {
      id: households.length,
      dwelling: dwelling.id,
      tenure,
      incomeUc: 0,
      arrive,
      leave,
      persons: [],
    };
    households.push(household);
    const add = (p: Person) => {
      p.id = persons.length;
      p.household = household.id;
      persons.push(p);
      household.persons.push(p.id);
    };
    const female = chance(rng, 0.5);
    switch (shape) {
      case "jeune":
        add(makeAdult(rng, quarter, intBetween(rng, 19, 34), chance(rng, 0.5)));
        break;
      case "actif":
        add(makeAdult(rng, quarter, intBetween(rng, 35, 64), chance(rng, 0.5)));
        break;
      case "vieux":
        add(makeAdult(rng, quarter, intBetween(rng, 65, 96), chance(rng, 0.68)));
        break;
      case "etudiant":
        add(makeAdult(rng, quarter, intBetween(rng, 18, 25), chance(rng, 0.55), true));
        break;
      case "coloc":
        add(makeAdult(rng, quarter, intBetween(rng, 18, 25), chance(rng, 0.5), true));
        add(makeAdult(rng, quarter, intBetween(rng, 18, 25), chance(rng, 0.5), true));
        break;
      case "couple":
      case "vieuxcouple":
      case "famille": {
        const age =
          shape === "couple"
            ? intBetween(rng, 24, 40)
            : shape === "vieuxcouple"
              ? intBetween(rng, 60, 90)
              : intBetween(rng, 28, 56);
        add(makeAdult(rng, quarter, age, female));
        add(makeAdult(rng, quarter, Math.max(19, age + intBetween(rng, -4, 4)), !female));
        if (shape === "famille") {
          for (let k = childCount(rng, quarter === "hlm"); k > 0; k--) {
            const childAge = intBetween(rng, 0, Math.min(22, age - 21));
            add(
              childAge >= 18
                ? makeAdult(rng, quarter, childAge, chance(rng, 0.5), chance(rng, 0.7))
                : makeChild(rng, childAge),
            );
          }
        }
        break;
      }
      case "monoparent": {
        const age = intBetween(rng, 26, 55);
        add(makeAdult(rng, quarter, age, chance(rng, 0.84)));
        for (let k = childCount(rng, false); k > 0; k--) {
          const childAge = intBetween(rng, 0, Math.min(21, age - 20));
          add(
            childAge >= 18
              ? makeAdult(rng, quarter, childAge, chance(rng, 0.5), chance(rng, 0.6))
              : makeChild(rng, childAge),
          );
        }
        break;
      }
    }
    const members = household.persons.map((i) => persons[i]);
    let uc = 1;
    for (const m of members.slice(1)) uc += m.age2021 >= 14 ? 0.5 : 0.3;
    const earners = members.filter((m) => m.age2021 >= 18);
    const cspFactor =
      earners.reduce((acc, m) => acc + CSP_INCOME[m.csp] * (m.activity === "chomeur" ? 0.75 : 1), 0) /
      earners.length;
    // Household income grows with its earners and is shared by its consumption units.
    const sharing = (earners.length / uc) ** 0.7;
    const base = INCOME_MEDIAN[quarter] * cspFactor * sharing * Math.exp(0.3 * rng.normal());
    household.incomeUc = Math.max(
      3000,
      Math.round(base * (tenure === "proprietaire" ? 1.12 : tenure === "hlm" ? 0.9 : 1)),
    );
  };
  for (const dwelling of built.dwellings) {
    const building = built.buildings[dwelling.building];
    const quarter = grid.cells[building.cell]?.quarter ?? "pavillonnaire";
    const u = rng.uniform();
    if (u < 0.065) {
      vacant.add(dwelling.id);
      continue;
    }
    if (u < 0.085 && dwelling.kind === "maison") {
      secondary.add(dwelling.id);
      continue;
    }
    const tenure = tenureFor(rng, dwelling, building.kind, quarter);
    const turnover = building.kind === "residence" ? 0.85 : TURNOVER[tenure];
    if (chance(rng, turnover)) {
      const moveAt = MOVE_PERIODS[Math.floor(rng.uniform() * MOVE_PERIODS.length)];
      if (chance(rng, 0.85))
        addHousehold(dwelling, quarter, tenureFor(rng, dwelling, building.kind, quarter), 0, moveAt);
      addHousehold(dwelling, quarter, tenure, moveAt, STILL_THERE);
    } else {
      addHousehold(dwelling, quarter, tenure, 0, STILL_THERE);
    }
  }
  return { households, persons, vacant, secondary };
}
