import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { campaigns } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { createCampaign } from "./create-campaign.ts";
import { parseTerritory } from "./parse-territory.ts";

export type Campaign = typeof campaigns.$inferSelect;
export { parseTerritory, type TerritoryKind } from "./parse-territory.ts";

/** How a command line names a campaign: `--campaign ID`, or `--territory CODE` when it has one campaign. */
export interface CampaignChoice {
  campaignId?: string;
  territory?: string;
  /** Name of the campaign created when the territory has none. */
  name?: string;
  /** false: a territory without campaign is an error (commands that read, like analyze). */
  create?: boolean;
}

/**
 * The campaign a command line (or a test) names, for the CLI only: the API addresses
 * campaigns by id (ADR 6). By id: that campaign (its territory must match a territory also
 * given). By territory: its one campaign, created when it has none (unless `create` is
 * false; under a lock, so that
 * two commands at once make one); several → AppError("conflict") listing them, to be
 * chosen with --campaign.
 */
export async function findOrCreateCampaign(db: Db, choice: CampaignChoice): Promise<Campaign> {
  const wanted = choice.territory === undefined ? undefined : parseTerritory(choice.territory);
  if (choice.campaignId !== undefined) {
    const [c] = await db.select().from(campaigns).where(eq(campaigns.id, choice.campaignId));
    if (!c) throw new AppError("not_found", `campagne ${choice.campaignId} introuvable (campaign not found)`);
    if (wanted && wanted.territory !== c.territory) {
      throw new AppError(
        "bad_request",
        `la campagne ${c.id} est celle du territoire ${c.territory}, pas ${wanted.territory} ` +
          `(campaign ${c.id} belongs to territory ${c.territory}, not ${wanted.territory})`,
      );
    }
    return c;
  }
  if (!wanted) throw new AppError("bad_request", "--campaign ID ou --territory CODE requis (required)");
  const { territory } = wanted;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`terrain:territory:${territory}`}))`);
    const found = await tx
      .select()
      .from(campaigns)
      .where(eq(campaigns.territory, territory))
      .orderBy(asc(campaigns.createdAt));
    if (found.length === 1) return found[0];
    if (found.length === 0 && choice.create === false) {
      throw new AppError(
        "not_found",
        `aucune campagne pour le territoire ${territory} : importez d'abord ses résultats ` +
          `(no campaign for territory ${territory}: import its results first)`,
      );
    }
    if (found.length > 1) {
      const list = found.map((c) => `  --campaign ${c.id}  ${c.name}`).join("\n");
      throw new AppError(
        "conflict",
        `le territoire ${territory} a ${found.length} campagnes : choisissez-en une avec --campaign ID ` +
          `(territory ${territory} has ${found.length} campaigns: pick one with --campaign ID)\n${list}`,
        { campaigns: found.map((c) => ({ id: c.id, name: c.name })) },
      );
    }
    return createCampaign(tx, { territory, name: choice.name });
  });
}
