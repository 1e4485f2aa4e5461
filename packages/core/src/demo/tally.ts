import { ABSTENTION, BLANK, FIRST_CANDIDATE, NULL_VOTE } from "./behaviour.ts";
import type { DemoModel } from "./build-model.ts";
import { ELECTIONS } from "./elections.ts";

/** Published figures of one bureau (or the commune) for one round. */
export interface Counts {
  inscrits: number;
  abstentions: number;
  votants: number;
  blancs: number;
  nuls: number;
  exprimes: number;
  /** Votes per candidate, in the election's candidate order. */
  voix: number[];
}

export function emptyCounts(candidates: number): Counts {
  return {
    inscrits: 0,
    abstentions: 0,
    votants: 0,
    blancs: 0,
    nuls: 0,
    exprimes: 0,
    voix: new Array(candidates).fill(0),
  };
}

/** Bureau of each person (through the cell of their dwelling). */
export function bureauOfPersons(model: DemoModel): Int32Array {
  const out = new Int32Array(model.population.persons.length);
  model.behaviour.cell.forEach((cell, i) => {
    out[i] = model.cellBureau[cell];
  });
  return out;
}

/**
 * Counts the individual votes into the published figures: per election, per bureau (in
 * bureau order) and the commune total.
 */
export function tallyResults(model: DemoModel): { byBureau: Counts[]; total: Counts }[] {
  const bureauOf = bureauOfPersons(model);
  return ELECTIONS.map((spec, e) => {
    const nc = spec.candidates.length;
    const byBureau = model.bureaux.map(() => emptyCounts(nc));
    const total = emptyCounts(nc);
    model.behaviour.votes[e].forEach((v, i) => {
      if (v < 0) return;
      for (const c of [byBureau[bureauOf[i]], total]) {
        c.inscrits++;
        if (v === ABSTENTION) c.abstentions++;
        else {
          c.votants++;
          if (v === BLANK) c.blancs++;
          else if (v === NULL_VOTE) c.nuls++;
          else {
            c.exprimes++;
            c.voix[v - FIRST_CANDIDATE]++;
          }
        }
      }
    });
    return { byBureau, total };
  });
}
