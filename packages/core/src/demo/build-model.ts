import { type Behaviour, drawBehaviour, isRegistered } from "./behaviour.ts";
import { type Built, buildBuildings } from "./buildings.ts";
import { ELECTIONS } from "./elections.ts";
import { buildGrid, type Grid } from "./grid.ts";
import { buildPopulation, type Population } from "./households.ts";
import type { ResolvedDemoOptions } from "./options.ts";
import { createRng, type Rng } from "./random.ts";
import { buildBureaux, buildIris, type Region, regionOfCells } from "./regions.ts";
import { buildStreets, type StreetNetwork } from "./streets.ts";
import { CENSUS_PERIOD } from "./timeline.ts";

/** Everything the generator knows about the demo commune, individual truth included. */
export interface DemoModel {
  options: ResolvedDemoOptions;
  grid: Grid;
  network: StreetNetwork;
  built: Built;
  population: Population;
  behaviour: Behaviour;
  bureaux: Region[];
  iris: Region[];
  /** Bureau / IRIS index of each cell (by cell index). */
  cellBureau: Int32Array;
  cellIris: Int32Array;
}

interface Draft {
  grid: Grid;
  network: StreetNetwork;
  built: Built;
  population: Population;
  behaviourRng: Rng;
}

function draft(seed: number, radius: number): Draft {
  const rng = createRng(seed);
  const grid = buildGrid(rng.fork(), radius);
  const network = buildStreets(rng.fork(), grid);
  const built = buildBuildings(rng.fork(), grid, network);
  const population = buildPopulation(rng.fork(), grid, built);
  return { grid, network, built, population, behaviourRng: rng.fork() };
}

const LATEST = ELECTIONS.findIndex((e) => e.id === "mun2026t1");

function registered(d: Draft): number {
  let n = 0;
  for (const p of d.population.persons)
    if (isRegistered(p, d.population.households[p.household], LATEST)) n++;
  return n;
}

/**
 * Builds the commune for the options: the radius is tuned (two secant steps on the
 * registered count, voters growing with the area) so that the latest register holds about
 * the requested number of voters; then bureaux and IRIS are cut. Deterministic in the seed.
 */
export function buildModel(options: ResolvedDemoOptions): DemoModel {
  let radius = 2520 * Math.sqrt(options.voters / 35_000);
  let d = draft(options.seed, radius);
  for (let step = 0; step < 2; step++) {
    radius *= Math.sqrt(options.voters / registered(d));
    d = draft(options.seed, radius);
  }
  const { grid, network, built, population } = d;
  const behaviour = drawBehaviour(d.behaviourRng, grid, built, population);
  const votersOfCell = new Float64Array(grid.width * grid.height);
  behaviour.votes[LATEST].forEach((v, i) => {
    if (v >= 0) votersOfCell[behaviour.cell[i]]++;
  });
  const populationOfCell = new Float64Array(grid.width * grid.height);
  for (const p of population.persons) {
    const h = population.households[p.household];
    if (h.arrive <= CENSUS_PERIOD && CENSUS_PERIOD < h.leave) populationOfCell[behaviour.cell[p.id]]++;
  }
  const bureaux = buildBureaux(grid, votersOfCell, options.bureaux);
  const iris = buildIris(grid, populationOfCell);
  return {
    options,
    grid,
    network,
    built,
    population,
    behaviour,
    bureaux,
    iris,
    cellBureau: regionOfCells(grid, bureaux),
    cellIris: regionOfCells(grid, iris),
  };
}
