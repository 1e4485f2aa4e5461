import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { campaigns } from "../db/schema/index.ts";
import { type ElectionSummary, getElectionSummaries } from "../import/get-election-summaries.ts";
import { countPeople } from "../people/count-people.ts";

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
  /** Persons on the imported electoral list, one per person. */
  electors: number;
  /** Contacts not merged into another. */
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
    const people = await countPeople(db, c.id);
    out.push({
      id: c.id,
      name: c.name,
      territory: c.territory,
      isDemo: c.isDemo,
      elections: data.elections,
      bureaux: data.bureaux,
      iris: data.iris,
      addresses: data.addresses,
      electors: people.electors,
      contacts: people.contacts,
    });
  }
  return { campaigns: out };
}
