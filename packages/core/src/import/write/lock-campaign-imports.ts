import { sql } from "drizzle-orm";
import type { Tx } from "./insert-columns.ts";

/**
 * Serialises the imports of one campaign: a transaction-level advisory lock taken first in
 * every file's transaction. Two imports of one campaign at once (two servers loading the
 * demo on an empty PostgreSQL, two uploads of one file) would otherwise both delete-then-
 * insert the same election and one would fail on its primary key; with the lock the second
 * waits and replaces what the first wrote, as a re-import does. Other campaigns never wait.
 */
export async function lockCampaignImports(tx: Tx, campaignId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`terrain:import:${campaignId}`}))`);
}
