import type { DemoModel } from "./build-model.ts";
import type { Household } from "./households.ts";
import type { Person } from "./persons.ts";
import { CENSUS_PERIOD } from "./timeline.ts";

/** A person counted by the census, with the household and IRIS they live in. */
export interface Resident {
  person: Person;
  household: Household;
  iris: number;
}

const present = (h: Household) => h.arrive <= CENSUS_PERIOD && CENSUS_PERIOD < h.leave;

/**
 * The census population (households present at period 0), with their region: IRIS by
 * default, or any cell → region map (the bureaux, for the truth).
 */
export function censusResidents(model: DemoModel, regionOfCell: Int32Array = model.cellIris): Resident[] {
  const { persons, households } = model.population;
  const out: Resident[] = [];
  for (const p of persons) {
    const h = households[p.household];
    if (!present(h)) continue;
    out.push({ person: p, household: h, iris: regionOfCell[model.behaviour.cell[p.id]] });
  }
  return out;
}

/** Status of each dwelling at the census: occupied by a household, second home, or empty. */
export function dwellingStatus(model: DemoModel): ("rp" | "rsec" | "vac")[] {
  const status = model.built.dwellings.map(
    (d) => (model.population.secondary.has(d.id) ? "rsec" : "vac") as "rp" | "rsec" | "vac",
  );
  for (const h of model.population.households) if (present(h)) status[h.dwelling] = "rp";
  return status;
}

/** IRIS (or other region) of each dwelling, through its address's block. */
export function dwellingIris(model: DemoModel, regionOfCell: Int32Array = model.cellIris): Int32Array {
  const out = new Int32Array(model.built.dwellings.length);
  model.built.dwellings.forEach((d, i) => {
    out[i] = regionOfCell[model.built.addresses[d.address].cell];
  });
  return out;
}

/** Adds 1 (or `by`) to a named variable of a per-IRIS accumulator. */
export function bump(table: Map<string, number>, name: string, by = 1): void {
  table.set(name, (table.get(name) ?? 0) + by);
}
