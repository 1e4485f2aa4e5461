/**
 * Input and output types of the turf cutter ({@link cutTurfs}) and of the walking order
 * ({@link orderTurfWalk}). They mirror the people tables (buildings, doors) so that core
 * can feed them as read: one building per street number, its doors per entrance and floor.
 */

/** A point in WGS84 degrees. */
export interface LonLat {
  lon: number;
  lat: number;
}

/** One door (a dwelling a volunteer knocks on), with the electors registered there if known. */
export interface TurfDoor {
  id: string;
  /** The door's label inside its floor ('' none): ordered naturally ("2" before "10"). */
  door?: string;
  electors?: number;
}

/** The doors of one floor of one entrance. Floor 0 is the ground floor (null in the table → 0). */
export interface TurfFloor {
  floor: number;
  doors: readonly TurfDoor[];
}

/** One entrance (bâtiment / escalier; '' when the building has a single one). */
export interface TurfEntrance {
  entrance: string;
  floors: readonly TurfFloor[];
}

/**
 * One building: a street number of a street. Coordinates are required: the caller gives a
 * building geocoded only to its street the street's point, and leaves out the rest.
 */
export interface TurfBuilding extends LonLat {
  id: string;
  /** The bureau (bureau de vote) code: a hard boundary of the cut. */
  bureau: string;
  /** The normalised street key (buildings of one street share it). */
  streetKey: string;
  /** The house number as written ("12", "12 bis", "3B"); '' when none. */
  number: string;
  /** Whether a lift serves the floors (then floors are walked top-down and not climbed). */
  lift?: boolean;
  entrances: readonly TurfEntrance[];
}

/** Walking distance in metres between two points: the routing interface (an OSRM adapter can fill it). */
export type WalkDistance = (a: LonLat, b: LonLat) => number;

/** Settings of the walking-time model, each with a default (see {@link TURF_DEFAULTS}). */
export interface WalkSettings {
  /** Walking speed in km/h (default 4.5). */
  speedKmh?: number;
  /** Street distance ÷ the metric distance (default 1.3 for straight lines, use ~1.05 with manhattan). */
  detour?: number;
  /** 'straight' (equirectangular great-circle approximation) or 'manhattan' (default 'straight'). */
  metric?: "straight" | "manhattan";
  /** Minutes spent at each door (default 1.5: knock, wait, a short talk or a leaflet). */
  minutesPerDoor?: number;
  /** Minutes to climb one floor on foot, counted only without a lift (default 0.4). */
  minutesPerFloor?: number;
  /** A routing function replacing the metric model (metres). */
  distance?: WalkDistance;
}

/** The size a turf should have: doors, or minutes of one session under the walking-time model. */
export type TurfTarget = { doors: number } | { minutes: number };

/** Options of {@link cutTurfs}. */
export interface CutTurfsOptions extends WalkSettings {
  target: TurfTarget;
  /** Door ids to leave out (already visited, "ne pas revenir"). */
  leaveOut?: Iterable<string>;
  /** Allowed relative deviation from the target (default 0.25). */
  tolerance?: number;
  /** Largest indivisible unit as a share of the target (default 1/3): larger buildings split. */
  unitShare?: number;
  /** Order of the two sides of a street in the walking order (default 'loop'). */
  streetOrder?: "loop" | "zigzag";
}

/** One door in walking order, with the distance walked to reach it from the previous stop. */
export interface WalkStop {
  doorId: string;
  buildingId: string;
  entrance: string;
  floor: number;
  /** Metres walked from the previous door (0 inside a building; from the start for the first). */
  legMeters: number;
}

/** One turf of a cut. */
export interface Turf {
  /** Stable within a cut: bureau code and rank ("0101-3"). */
  id: string;
  bureau: string;
  doors: number;
  electors: number;
  /** Buildings with at least one door in the turf (a split building counts in each of its turfs). */
  buildings: number;
  /** Estimated minutes: walking the route plus the time at doors and on stairs. */
  minutes: number;
  /** Street keys, in walking order. */
  streets: string[];
  /** Metres walked along the route. */
  routeMeters: number;
  /** Doors in walking order. */
  walk: WalkStop[];
}

/** A whole cut and its figures. */
export interface TurfCut {
  turfs: Turf[];
  summary: {
    turfs: number;
    doors: number;
    /** Smallest and largest turf size ÷ target (doors, or minutes in minutes mode). */
    minRatio: number;
    maxRatio: number;
    /** Turfs outside the tolerance that are not a single building. */
    unbalanced: number;
    /** (bureau, street) pairs whose buildings fall in more than one turf. */
    splitStreets: number;
    /** Σ over streets of (turfs touching the street − 1): what the street-run pass lowers. */
    streetBreaks: number;
  };
}

/** Defaults of the walking-time model and of the cut. */
export const TURF_DEFAULTS = {
  speedKmh: 4.5,
  detour: 1.3,
  metric: "straight",
  minutesPerDoor: 1.5,
  minutesPerFloor: 0.4,
  tolerance: 0.25,
  unitShare: 1 / 3,
  streetOrder: "loop",
} as const;
