import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { addresses, bureauResults, bureaux, elections, iris } from "../db/schema/index.ts";

export interface ElectionSummary {
  id: string;
  label: string;
  round: number;
  bureaux: number;
  inscrits: number;
  votants: number;
  exprimes: number;
}

export interface CampaignDataSummary {
  elections: ElectionSummary[];
  bureaux: number;
  iris: number;
  addresses: number;
}

/** The elections of a campaign with their totals, and its counts of bureaux, IRIS and addresses (for `terrain status`). */
export async function getElectionSummaries(db: Db, campaignId: string): Promise<CampaignDataSummary> {
  const rows = await db
    .select({
      id: elections.id,
      label: elections.label,
      round: elections.round,
      bureaux: sql<number>`count(${bureauResults.bureauCode})::int`,
      inscrits: sql<number>`coalesce(sum(${bureauResults.inscrits}), 0)::int`,
      votants: sql<number>`coalesce(sum(${bureauResults.votants}), 0)::int`,
      exprimes: sql<number>`coalesce(sum(${bureauResults.exprimes}), 0)::int`,
    })
    .from(elections)
    .leftJoin(
      bureauResults,
      sql`${bureauResults.campaignId} = ${elections.campaignId} and ${bureauResults.electionId} = ${elections.id}`,
    )
    .where(eq(elections.campaignId, campaignId))
    .groupBy(elections.id, elections.label, elections.round, elections.year)
    .orderBy(elections.year, elections.id);
  const countOf = async (table: typeof bureaux | typeof iris | typeof addresses): Promise<number> => {
    const [row] = await db.select({ n: count() }).from(table).where(eq(table.campaignId, campaignId));
    return Number(row?.n ?? 0);
  };
  return {
    elections: rows.map((r) => ({
      ...r,
      bureaux: Number(r.bureaux),
      inscrits: Number(r.inscrits),
      votants: Number(r.votants),
      exprimes: Number(r.exprimes),
    })),
    bureaux: await countOf(bureaux),
    iris: await countOf(iris),
    addresses: await countOf(addresses),
  };
}
