import type { FileIssues } from "../issues.ts";
import type { BureauResult } from "./types.ts";

/** Column names used in messages, per layout. */
export interface CountColumns {
  bureau: string;
  votants: string;
  exprimes: string;
  voix: string;
}

/**
 * Checks a bureau's figures for consistency and reports each failure on the bureau's line:
 * votants above inscrits, exprimés + blancs + nuls different from votants, candidate votes
 * a bureau seen twice. Candidate votes not summing to exprimés is only a warning
 * (it happens in the official files: one bureau of the national 2024 round 2).
 * `seen` maps bureau codes to the line they first appeared on. Returns false on any error.
 */
export function checkBureauResult(
  result: BureauResult,
  issues: FileIssues,
  seen: Map<string, number>,
  columns: CountColumns,
): boolean {
  let ok = true;
  const { line } = result;
  const first = seen.get(result.bureauCode);
  if (first !== undefined) {
    issues.error(line, columns.bureau, "bureau_seen", { bureau: result.bureauCode, line: first });
    ok = false;
  } else seen.set(result.bureauCode, line);
  if (result.inscrits === 0) {
    issues.warn("no_inscrits", { bureau: result.bureauCode }, { line, column: columns.bureau });
  }
  if (result.votants > result.inscrits) {
    issues.error(line, columns.votants, "votants_exceed_inscrits", {
      votants: result.votants,
      inscrits: result.inscrits,
    });
    ok = false;
  }
  const sum = result.exprimes + result.blancs + result.nuls;
  if (sum !== result.votants) {
    issues.error(line, columns.votants, "votants_sum", {
      exprimes: result.exprimes,
      blancs: result.blancs,
      nuls: result.nuls,
      sum,
      votants: result.votants,
    });
    ok = false;
  }
  if (result.votes.length > 0) {
    const voix = result.votes.reduce((total, vote) => total + vote.voix, 0);
    if (voix !== result.exprimes) {
      issues.warn("candidate_votes_sum", { voix, exprimes: result.exprimes }, { line, column: columns.voix });
    }
  }
  return ok;
}
