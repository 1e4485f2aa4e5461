/**
 * The six polling days of the demo and the census date, as decimal years. A period is the
 * index of a polling day; households move and voters register only between elections.
 */
export interface ElectionDay {
  id: string;
  /** ISO date of the vote. */
  date: string;
  year: number;
}

export const ELECTION_DAYS: readonly ElectionDay[] = [
  { id: "pres2022t1", date: "2022-04-10", year: 2022.27 },
  { id: "pres2022t2", date: "2022-04-24", year: 2022.31 },
  { id: "leg2024t1", date: "2024-06-30", year: 2024.49 },
  { id: "leg2024t2", date: "2024-07-07", year: 2024.51 },
  { id: "mun2026t1", date: "2026-03-15", year: 2026.2 },
  { id: "mun2026t2", date: "2026-03-22", year: 2026.22 },
];

/** The census (recensement 2021) describes the population present at period 0. */
export const CENSUS_YEAR = 2021;
export const CENSUS_PERIOD = 0;
/** Periods at which households may move in (the register is revised before them). */
export const MOVE_PERIODS = [2, 4] as const;
/** A leave period meaning "still there". */
export const STILL_THERE = 99;
