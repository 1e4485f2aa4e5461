import { randomUUID } from "node:crypto";
import type { Db } from "../db/db-type.ts";
import { campaigns, memberships } from "../db/schema/index.ts";
import type { Campaign } from "./find-or-create-campaign.ts";
import { parseTerritory } from "./parse-territory.ts";

/**
 * Creates a new campaign for a territory, always: a territory may hold several campaigns
 * (two lists of one party in one city), so it is never a key (ADR 6). The creator, when
 * given, becomes its admin in the same transaction. Never joins an existing campaign.
 */
export async function createCampaign(
  db: Db,
  input: { territory: string; name?: string; adminUserId?: string },
): Promise<Campaign> {
  const { territory, kind } = parseTerritory(input.territory);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(campaigns)
      .values({
        id: randomUUID(),
        name: input.name ?? `Campagne ${territory}`,
        territory,
        territoryKind: kind,
      })
      .returning();
    if (input.adminUserId) {
      await tx
        .insert(memberships)
        .values({ campaignId: created.id, userId: input.adminUserId, role: "admin" });
    }
    return created;
  });
}
