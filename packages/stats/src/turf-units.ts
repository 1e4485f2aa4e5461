import { compareNatural } from "./turf-geometry.ts";
import type { TurfBuilding } from "./turf-types.ts";

/** A door as the cutter carries it: where it is in its building. */
export interface UnitDoor {
  id: string;
  entrance: string;
  floor: number;
  door: string;
  electors: number;
}

/** An indivisible piece of the cut: a whole building, an entrance, a group of floors or part of a floor. */
export interface TurfUnit {
  building: TurfBuilding;
  /** Rank of the unit inside its building (entrance order, then floor order). */
  part: number;
  /** Whether the unit is the whole building. */
  whole: boolean;
  doors: UnitDoor[];
}

/**
 * The doors of a building in building order: entrances in natural order, floors ascending,
 * doors in natural order; leaving out the given ids. Cost: O(d log d) for d doors.
 */
export function buildingDoors(b: TurfBuilding, leaveOut: ReadonlySet<string>): UnitDoor[][] {
  const entrances = [...b.entrances].sort((x, y) => compareNatural(x.entrance, y.entrance));
  return entrances.map((e) => {
    const floors = [...e.floors].sort((x, y) => x.floor - y.floor);
    const out: UnitDoor[] = [];
    for (const f of floors) {
      const doors = [...f.doors].sort(
        (x, y) => compareNatural(x.door ?? "", y.door ?? "") || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
      );
      for (const d of doors) {
        if (leaveOut.has(d.id)) continue;
        out.push({
          id: d.id,
          entrance: e.entrance,
          floor: f.floor,
          door: d.door ?? "",
          electors: d.electors ?? 0,
        });
      }
    }
    return out;
  });
}

/** Splits one entrance's doors (floor-ascending) into consecutive groups of at most maxDoors,
 * cutting between floors when a floor fits, else inside the floor in near-equal chunks. */
function splitEntrance(doors: UnitDoor[], maxDoors: number): UnitDoor[][] {
  const byFloor: UnitDoor[][] = [];
  for (const d of doors) {
    const last = byFloor[byFloor.length - 1];
    if (last && last[0].floor === d.floor) last.push(d);
    else byFloor.push([d]);
  }
  const groups: UnitDoor[][] = [];
  let current: UnitDoor[] = [];
  for (const floor of byFloor) {
    if (floor.length > maxDoors) {
      if (current.length) groups.push(current);
      current = [];
      const chunks = Math.ceil(floor.length / maxDoors);
      for (let c = 0; c < chunks; c++) {
        groups.push(
          floor.slice(Math.floor((c * floor.length) / chunks), Math.floor(((c + 1) * floor.length) / chunks)),
        );
      }
    } else if (current.length + floor.length > maxDoors) {
      groups.push(current);
      current = [...floor];
    } else current.push(...floor);
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * Cuts a building into the units of the cut. A building of at most maxDoors doors is one
 * unit; a larger one splits by entrance, and an entrance still larger by groups of whole
 * consecutive floors (a floor larger still, into near-equal runs of doors): the collective
 * housing hierarchy building → entrance → floor → door that French canvassers walk.
 * Assumption: maxDoors ≥ 1. Cost: O(d log d) for the building's d doors.
 */
export function splitBuilding(b: TurfBuilding, maxDoors: number, leaveOut: ReadonlySet<string>): TurfUnit[] {
  const entrances = buildingDoors(b, leaveOut).filter((e) => e.length > 0);
  const total = entrances.reduce((s, e) => s + e.length, 0);
  if (total === 0) return [];
  if (total <= maxDoors) return [{ building: b, part: 0, whole: true, doors: entrances.flat() }];
  const units: TurfUnit[] = [];
  for (const e of entrances) {
    const groups = e.length <= maxDoors ? [e] : splitEntrance(e, Math.max(1, Math.floor(maxDoors)));
    for (const g of groups) units.push({ building: b, part: units.length, whole: false, doors: g });
  }
  return units;
}
