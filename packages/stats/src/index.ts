/**
 * @terrain/stats — the pure numerical engine of Terrain: ecological inference (bounds,
 * Goodman, King 2x2, Rosen et al. multinomial-Dirichlet, the lphom family) behind one
 * contract (contract.ts) and one dispatcher (runEi); turf cutting and walking order for
 * door-to-door (cut-turfs.ts). No I/O, no database.
 */
export * from "./aggregation-bias.ts";
export * from "./backtest.ts";
export * from "./bounds.ts";
export * from "./contract.ts";
export * from "./cut-turfs.ts";
export * from "./diagnostics.ts";
export * from "./goodman.ts";
export { type KingOptions, kingDataFromInput, runKing } from "./king.ts";
export {
  defaultKingPriors,
  type KingData,
  type KingPriors,
  type KingPsi,
  kingLogPosterior,
  kingPsi,
} from "./king-likelihood.ts";
export { drawTruncatedNormal, type KingSampler, type KingSimulation, simulateKing } from "./king-simulate.ts";
export * from "./linalg.ts";
export * from "./lphom-run.ts";
export * from "./md-bayes.ts";
export * from "./message-priority.ts";
export { NEW_AND_EXIT_OPTIONS, type NewAndExit } from "./new-and-exit.ts";
export * from "./rank-correlation.ts";
export * from "./rng.ts";
export * from "./run-ei.ts";
export * from "./run-ei-off-thread.ts";
export * from "./score-bureaux.ts";
export * from "./special-functions.ts";
export * from "./special-functions-bvn.ts";
export { bisectWeighted, type WeightedPoint } from "./turf-bisect.ts";
export { compareNatural, walkDistance } from "./turf-geometry.ts";
export { countSplitStreets, moveStreetRuns, type StreetUnit } from "./turf-street-runs.ts";
export { improveTwoOpt, nearestNeighbourTour, type TourNode, tourLength } from "./turf-tour.ts";
export * from "./turf-types.ts";
export {
  type BuildingPiece,
  orderTurfWalk,
  type TurfWalk,
  type WalkOrderOptions,
} from "./turf-walk-order.ts";
export * from "./validate-input.ts";
