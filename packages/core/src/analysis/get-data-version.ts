import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { campaignDataVersions } from "../db/schema/index.ts";

/**
 * The campaign's data version: a counter the database's triggers raise whenever an import,
 * the message matrix or a finished analysis changes what the map and cards show (see the
 * campaign_data_versions table). Equal versions mean equal answers, so answers computed at one
 * version can be served again, from any process, until it moves. One primary-key read.
 */
export async function getDataVersion(db: Db, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ version: campaignDataVersions.version })
    .from(campaignDataVersions)
    .where(eq(campaignDataVersions.campaignId, campaignId));
  return row?.version ?? 0;
}
