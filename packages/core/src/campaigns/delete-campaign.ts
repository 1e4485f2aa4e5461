import { eq, type SQL, sql } from "drizzle-orm";
import { rowsOf } from "../analysis/claim-job.ts";
import type { Db } from "../db/db-type.ts";
import { analysisJobs, campaigns } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

/** What deleting a campaign removed: rows per table, and what only backups still hold. */
export interface CampaignDeletion {
  campaignId: string;
  name: string;
  /** Rows deleted per table (pg-boss messages as `pgboss.job` / `pgboss.archive`). */
  deleted: Record<string, number>;
  /** In French: what survives outside the database (backups). */
  remains: string;
}

const REMAINS =
  "La campagne est effacée de la base. Les sauvegardes faites avant cette suppression la contiennent " +
  "encore jusqu'à leur expiration : selon la durée de conservation de vos sauvegardes, elles seules " +
  "peuvent la restaurer. Les comptes des membres restent (ils peuvent appartenir à d'autres campagnes).";

/** Runs a delete and answers how many rows it removed (the same on PGlite and postgres.js). */
async function deleteCount(tx: Pick<Db, "execute">, del: SQL): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await tx.execute(sql`with d as (${del} returning 1) select count(*)::int as n from d`),
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Deletes a campaign and every row keyed by it in one transaction: every table with a
 * `campaign_id` column (found in the catalogue, so a table added later is covered too), its
 * analysis jobs' pg-boss messages (waiting or archived), then the campaign. Accounts stay.
 */
export async function deleteCampaign(db: Db, campaignId: string): Promise<CampaignDeletion> {
  return db.transaction(async (tx) => {
    const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for("update");
    if (!campaign) throw new AppError("not_found", "Campagne introuvable.");
    const deleted: Record<string, number> = {};
    const jobIds = (
      await tx
        .select({ id: analysisJobs.id })
        .from(analysisJobs)
        .where(eq(analysisJobs.campaignId, campaignId))
    ).map((j) => j.id);
    const ofJobs =
      jobIds.length > 0
        ? sql` or data->>'jobId' in (${sql.join(
            jobIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql``;
    for (const table of ["job", "archive"]) {
      const [found] = rowsOf<{ ok: boolean }>(
        await tx.execute(sql`select to_regclass(${`pgboss.${table}`}) is not null as ok`),
      );
      if (!found?.ok) continue;
      deleted[`pgboss.${table}`] = await deleteCount(
        tx,
        sql`delete from pgboss.${sql.identifier(table)} where data->>'campaignId' = ${campaignId}${ofJobs}`,
      );
    }
    const tables = rowsOf<{ table_name: string }>(
      await tx.execute(
        sql`select table_name from information_schema.columns
            where table_schema = current_schema() and column_name = 'campaign_id' and table_name <> 'campaigns'
            order by table_name`,
      ),
    ).map((r) => String(r.table_name));
    for (const table of tables) {
      deleted[table] = await deleteCount(
        tx,
        sql`delete from ${sql.identifier(table)} where campaign_id = ${campaignId}`,
      );
    }
    await tx.delete(campaigns).where(eq(campaigns.id, campaignId));
    deleted.campaigns = 1;
    return { campaignId, name: campaign.name, deleted, remains: REMAINS };
  });
}
