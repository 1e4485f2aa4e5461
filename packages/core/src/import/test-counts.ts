import { count } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import {
  addresses,
  bureauResults,
  bureauVotes,
  bureaux,
  campaigns,
  electionCandidates,
  elections,
  importedFiles,
  iris,
  irisBureauWeights,
  irisValues,
} from "../db/schema/index.ts";

const TABLES = {
  campaigns,
  elections,
  electionCandidates,
  bureauResults,
  bureauVotes,
  importedFiles,
  bureaux,
  iris,
  irisValues,
  addresses,
  irisBureauWeights,
};

/** Row counts of every table the importers write (tests: "nothing changed"). */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(TABLES)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = Number(row.n);
  }
  return out;
}
