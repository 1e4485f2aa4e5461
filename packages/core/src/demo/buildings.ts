import type { Cell, Grid } from "./grid.ts";
import { CELL_METRES } from "./options.ts";
import { chance, intBetween, type Rng } from "./random.ts";
import type { StreetNetwork } from "./streets.ts";

export type BuildingKind = "maison" | "immeuble" | "hlm" | "residence";

/** A postal address: one door onto the street (a house, or one entrance of a block). */
export interface Address {
  id: number;
  street: number;
  number: number;
  /** "", "bis", "ter" or "quater". */
  rep: string;
  /** Local coordinates in metres (east, north of the centre). */
  x: number;
  y: number;
  cell: number;
  building: number;
  /** Entrance label inside its building ("A", "B", …). */
  entrance: string;
}

export interface Building {
  id: number;
  kind: BuildingKind;
  cell: number;
  addresses: number[];
  floors: number;
  doorsPerFloor: number;
}

/** A dwelling (logement): building → entrance (address) → floor → door. */
export interface Dwelling {
  id: number;
  building: number;
  address: number;
  floor: number;
  door: string;
  kind: "maison" | "appartement";
  social: boolean;
}

export interface Built {
  addresses: Address[];
  buildings: Building[];
  dwellings: Dwelling[];
}

type Side = "south" | "north" | "west" | "east";
interface Plan {
  kind: BuildingKind;
  entrances: number;
  floors: number;
  doors: number;
}

const MARGIN = 12;

function plansFor(rng: Rng, cell: Cell): Plan[] {
  const list: Plan[] = [];
  switch (cell.quarter) {
    case "centre":
      for (let i = intBetween(rng, 3, 5); i > 0; i--) {
        if (chance(rng, 0.22)) list.push({ kind: "maison", entrances: 1, floors: 1, doors: 1 });
        else
          list.push({
            kind: "immeuble",
            entrances: 1,
            floors: intBetween(rng, 3, 6),
            doors: intBetween(rng, 2, 3),
          });
      }
      return list;
    case "hlm":
      return [
        {
          kind: "hlm",
          entrances: intBetween(rng, 3, 4),
          floors: intBetween(rng, 5, 10),
          doors: intBetween(rng, 3, 4),
        },
      ];
    case "etudiant":
      return chance(rng, 0.5)
        ? [{ kind: "residence", entrances: 2, floors: intBetween(rng, 4, 6), doors: intBetween(rng, 6, 8) }]
        : [];
    case "pavillonnaire":
      for (let i = intBetween(rng, 4, 7); i > 0; i--)
        list.push({ kind: "maison", entrances: 1, floors: 1, doors: 1 });
      if (chance(rng, 0.1))
        list.push({ kind: "immeuble", entrances: 1, floors: intBetween(rng, 2, 4), doors: 2 });
      return list;
    case "aise":
      for (let i = intBetween(rng, 3, 5); i > 0; i--)
        list.push({ kind: "maison", entrances: 1, floors: 1, doors: 1 });
      return list;
    default:
      return [];
  }
}

/**
 * Puts buildings on every block: rows of town houses and small blocks in the centre,
 * tower blocks with several entrances in the estates, student residences, detached houses
 * in the suburbs. Each entrance gets a numbered address on the street it faces (odd on the
 * left-hand side, numbers growing with the distance from the start of the street, "bis"
 * when two doors fall on the same number), at least 12 m inside its block.
 */
export function buildBuildings(rng: Rng, grid: Grid, network: StreetNetwork): Built {
  const addresses: Address[] = [];
  const buildings: Building[] = [];
  const dwellings: Dwelling[] = [];
  const taken = new Map<number, Set<string>>();
  const half = grid.width / 2;
  const origin = -half * CELL_METRES;
  const numberFor = (street: number, dist: number, odd: boolean): { number: number; rep: string } => {
    let set = taken.get(street);
    if (!set) {
      set = new Set();
      taken.set(street, set);
    }
    let n = 2 * Math.floor(Math.max(0, dist) / 9) + (odd ? 1 : 2);
    for (;;) {
      for (const rep of ["", "bis", "ter", "quater"]) {
        const key = `${n}${rep}`;
        if (!set.has(key)) {
          set.add(key);
          return { number: n, rep };
        }
      }
      n += 2;
    }
  };
  for (const cell of grid.inside) {
    const plans = plansFor(rng, cell);
    if (plans.length === 0) continue;
    const horizontalFront = chance(rng, 0.6);
    const sides: Side[] = horizontalFront ? ["south", "north"] : ["west", "east"];
    const oneSide = plans.length === 1 || plans[0].kind === "hlm";
    const groups: Plan[][] = oneSide ? [plans, []] : [[], []];
    if (!oneSide) {
      plans.forEach((p, i) => {
        groups[i % 2].push(p);
      });
    }
    for (let s = 0; s < 2; s++) {
      const side = sides[chance(rng, 0.5) && oneSide ? 1 - s : s];
      const group = groups[s];
      const slots = group.reduce((acc, p) => acc + p.entrances, 0);
      if (slots === 0) continue;
      const step = (CELL_METRES - 2 * MARGIN) / slots;
      let slot = 0;
      for (const plan of group) {
        const building: Building = {
          id: buildings.length,
          kind: plan.kind,
          cell: cell.index,
          addresses: [],
          floors: plan.floors,
          doorsPerFloor: plan.doors,
        };
        buildings.push(building);
        for (let e = 0; e < plan.entrances; e++, slot++) {
          const along = MARGIN + step * (slot + 0.5) + (rng.uniform() - 0.5) * step * 0.4;
          const depth = MARGIN + rng.uniform() * 6;
          let x: number;
          let y: number;
          let street: number;
          let odd: boolean;
          if (side === "south" || side === "north") {
            x = cell.x0 + along;
            y = side === "south" ? cell.y0 + depth : cell.y0 + CELL_METRES - depth;
            const line = side === "south" ? cell.gy : cell.gy + 1;
            street = network.horizontal[line * grid.width + cell.gx];
            odd = side === "south";
          } else {
            y = cell.y0 + along;
            x = side === "west" ? cell.x0 + depth : cell.x0 + CELL_METRES - depth;
            const line = side === "west" ? cell.gx : cell.gx + 1;
            street = network.vertical[line * grid.height + cell.gy];
            odd = side === "east";
          }
          const s0 = network.streets[street];
          const dist = (s0.axis === "h" ? x - origin : y - origin) - s0.from * CELL_METRES;
          const { number, rep } = numberFor(street, dist, odd);
          const address: Address = {
            id: addresses.length,
            street,
            number,
            rep,
            x,
            y,
            cell: cell.index,
            building: building.id,
            entrance: String.fromCharCode(65 + e),
          };
          addresses.push(address);
          building.addresses.push(address.id);
          for (let f = 0; f < plan.floors; f++) {
            for (let d = 0; d < plan.doors; d++) {
              dwellings.push({
                id: dwellings.length,
                building: building.id,
                address: address.id,
                floor: plan.kind === "maison" ? 0 : f,
                door: plan.kind === "maison" ? "" : `${f}${String.fromCharCode(65 + d)}`,
                kind: plan.kind === "maison" ? "maison" : "appartement",
                social:
                  plan.kind === "hlm" ||
                  (plan.kind === "immeuble" && cell.quarter === "centre" && building.id % 9 === 0),
              });
            }
          }
        }
      }
    }
  }
  return { addresses, buildings, dwellings };
}
