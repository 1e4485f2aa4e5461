import { compareIds, compareNatural, walkDistance } from "./turf-geometry.ts";
import { type CutTurfsOptions, TURF_DEFAULTS, type TurfBuilding } from "./turf-types.ts";
import { splitBuilding, type TurfUnit } from "./turf-units.ts";

/** A unit with its weight (doors, or minutes) and its rank along its street. */
export interface WeighedUnit extends TurfUnit {
  weight: number;
  /** Rank of the building along its street (bureau, street key), house-number order. */
  streetRank: number;
}

/** Longest walk allowed to one building in the minutes model (metres): beyond, it is a new street. */
const MAX_GAP_M = 150;

/**
 * The units of a cut and their weights. In doors mode a unit weighs its doors. In minutes
 * mode it weighs doors × minutesPerDoor, plus the floors climbed on foot (top floor of each
 * entrance without a lift) × minutesPerFloor, plus, for the building's first unit, the walk
 * from the previous building of its street (capped at 150 m) at the walking speed: an a-priori
 * share of the route, before the route exists. Buildings are taken in id order so that the
 * result does not depend on the input order. Cost: O(d log d) for d doors.
 */
export function weighUnits(
  buildings: readonly TurfBuilding[],
  options: CutTurfsOptions,
): { units: WeighedUnit[]; target: number } {
  const minutesMode = "minutes" in options.target;
  const target = "minutes" in options.target ? options.target.minutes : options.target.doors;
  const perDoor = options.minutesPerDoor ?? TURF_DEFAULTS.minutesPerDoor;
  const perFloor = options.minutesPerFloor ?? TURF_DEFAULTS.minutesPerFloor;
  const speed = ((options.speedKmh ?? TURF_DEFAULTS.speedKmh) * 1000) / 60;
  const share = options.unitShare ?? TURF_DEFAULTS.unitShare;
  const maxDoors = Math.max(1, Math.floor((share * target) / (minutesMode ? perDoor : 1)));
  const leaveOut = new Set(options.leaveOut ?? []);
  const sorted = [...buildings].sort((a, b) => compareIds(a.id, b.id));
  const streets = new Map<string, TurfBuilding[]>();
  for (const b of sorted) {
    const key = `${b.bureau}\u0001${b.streetKey}`;
    const list = streets.get(key);
    if (list) list.push(b);
    else streets.set(key, [b]);
  }
  const rank = new Map<string, number>();
  const walkMinutes = new Map<string, number>();
  const dist = walkDistance(options);
  for (const list of streets.values()) {
    list.sort((a, b) => compareNatural(a.number, b.number) || compareIds(a.id, b.id));
    list.forEach((b, i) => {
      rank.set(b.id, i);
      const other = list[i > 0 ? i - 1 : i + 1];
      const gap = other ? Math.min(MAX_GAP_M, dist(other, b)) : MAX_GAP_M;
      walkMinutes.set(b.id, gap / speed);
    });
  }
  const units: WeighedUnit[] = [];
  for (const b of sorted) {
    for (const u of splitBuilding(b, maxDoors, leaveOut)) {
      let weight = u.doors.length;
      if (minutesMode) {
        const top = new Map<string, number>();
        for (const d of u.doors) top.set(d.entrance, Math.max(top.get(d.entrance) ?? 0, d.floor));
        const climbed = b.lift ? 0 : [...top.values()].reduce((s, f) => s + Math.max(0, f), 0);
        weight =
          u.doors.length * perDoor + climbed * perFloor + (u.part === 0 ? (walkMinutes.get(b.id) ?? 0) : 0);
      }
      units.push({ ...u, weight, streetRank: rank.get(b.id) ?? 0 });
    }
  }
  return { units, target };
}

/**
 * The number of turfs for a bureau of total weight w: the k whose mean turf w/k is closest
 * to the target in relative terms (at least 1). Cost: O(1).
 */
export function turfCount(w: number, target: number): number {
  const lo = Math.max(1, Math.floor(w / target));
  const hi = lo + 1;
  return Math.abs(w / lo / target - 1) <= Math.abs(w / hi / target - 1) ? lo : hi;
}
