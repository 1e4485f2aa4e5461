import { bigint, pgTable, text } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns.ts";

/**
 * A counter per campaign that database triggers raise whenever what its map and cards show
 * changes (an import's rows, the message matrix, an analysis becoming done or leaving done):
 * the key under which computed answers are cached and the source of their ETag. The triggers
 * are in the migration 0005_data_version_triggers.sql, so every writer, present and future, in any
 * process, moves it.
 */
export const campaignDataVersions = pgTable("campaign_data_versions", {
  campaignId: text("campaign_id")
    .primaryKey()
    .references(() => campaigns.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
