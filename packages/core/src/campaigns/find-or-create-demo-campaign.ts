import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { campaigns } from "../db/schema/index.ts";
import type { Campaign } from "./find-or-create-campaign.ts";
import { parseTerritory } from "./parse-territory.ts";

/**
 * The installation's one demo campaign (isDemo), created when missing. A partial unique
 * index (`campaigns_one_demo`) keeps it unique, so concurrent demo loads share one campaign
 * instead of checking then inserting.
 */
export async function findOrCreateDemoCampaign(
  db: Db,
  input: { territory: string; name: string },
): Promise<Campaign> {
  const { territory, kind } = parseTerritory(input.territory);
  const [created] = await db
    .insert(campaigns)
    .values({ id: randomUUID(), name: input.name, territory, territoryKind: kind, isDemo: true })
    .onConflictDoNothing({ target: campaigns.isDemo, where: sql`is_demo` })
    .returning();
  if (created) return created;
  const [existing] = await db.select().from(campaigns).where(eq(campaigns.isDemo, true));
  return existing;
}
