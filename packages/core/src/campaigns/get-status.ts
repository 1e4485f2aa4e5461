import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { campaigns } from "../db/schema/index.ts";

export interface ElectionStatus {
  id: string;
  label: string;
  round: number;
  bureaux: number;
  inscrits: number;
  votants: number;
  exprimes: number;
}

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
    const status: CampaignStatus = {
      id: c.id,
      name: c.name,
      territory: c.territory,
      isDemo: c.isDemo,
      elections: [],
      bureaux: 0,
      iris: 0,
      addresses: 0,
      contacts: 0,
    };
    out.push(status);
  }
  return { campaigns: out };
}
