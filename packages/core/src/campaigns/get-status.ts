import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { campaigns } from "../db/schema/index.ts";
import { type ElectionSummary, getElectionSummaries } from "../import/get-election-summaries.ts";

export type ElectionStatus = ElectionSummary;

export interface CampaignStatus {
  id: string;
  name: string;
  territory: string;
  isDemo: boolean;
  elections: ElectionStatus[];
  bureaux: number;
  iris: number;
  addresses: number;
  contacts: number;
}

/** What the database holds, per campaign. */
export async function getStatus(
  db: Db,
  filter: { campaignId?: string } = {},
): Promise<{ campaigns: CampaignStatus[] }> {
  const rows = await db
    .select()
    .from(campaigns)
    .where(filter.campaignId ? eq(campaigns.id, filter.campaignId) : undefined)
    .orderBy(asc(campaigns.createdAt));
  const out: CampaignStatus[] = [];
  for (const c of rows) {
    const data = await getElectionSummaries(db, c.id);
    out.push({
      id: c.id,
      name: c.name,
      territory: c.territory,
      isDemo: c.isDemo,
      elections: data.elections,
      bureaux: data.bureaux,
      iris: data.iris,
      addresses: data.addresses,
      contacts: 0,
    });
  }
  return { campaigns: out };
}
