import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../analysis/claim-job.ts";
import { openJobQueue } from "../analysis/job-queue-pgboss.ts";
import { requestAnalysis } from "../analysis/request-analysis.ts";
import type { DbHandle } from "../db/db-type.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { importFiles } from "../import/import-files.ts";
import { frFile, hasFrData } from "../import/test-data.ts";
import { createCampaign } from "./create-campaign.ts";
import { deleteCampaign } from "./delete-campaign.ts";

const T1 = frFile("brest/results/leg2024_t1_circos29-02-03_official.csv");
const T2 = frFile("brest/results/leg2024_t2_circos29-02-03_official.csv");

/** Rows per table with a campaign_id column, for one campaign. */
async function rowsPerTable(handle: DbHandle, campaignId: string): Promise<Record<string, number>> {
  const tables = rowsOf<{ table_name: string }>(
    await handle.db.execute(
      sql`select table_name from information_schema.columns where table_schema = current_schema() and column_name = 'campaign_id'`,
    ),
  ).map((r) => r.table_name);
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [r] = rowsOf<{ n: number }>(
      await handle.db.execute(
        sql`select count(*)::int as n from ${sql.identifier(t)} where campaign_id = ${campaignId}`,
      ),
    );
    out[t] = Number(r.n);
  }
  return out;
}

describe.skipIf(!hasFrData)(`deleteCampaign (${testDbKind()})`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => handle?.close());

  it("deletes every row of the campaign and its pg-boss messages in one go, and nothing of another", async () => {
    const a = await createCampaign(handle.db, { territory: "29019", name: "A" });
    const b = await createCampaign(handle.db, { territory: "29019", name: "B" });
    for (const c of [a, b]) await importFiles(handle.db, { campaignId: c.id, files: [T1, T2] });
    const ask = (campaignId: string) =>
      requestAnalysis(handle.db, campaignId, {
        kind: "transfer",
        from: "leg2024t1",
        to: "leg2024t2",
        method: "lphom",
        seed: 1,
        side: { nuances: ["UG"] },
      });
    const { job } = await ask(a.id);
    await ask(b.id);
    const queue = await openJobQueue(handle.db);
    try {
      expect(await queue.announce(job.id)).not.toBeNull();
    } finally {
      await queue.stop(1000);
    }
    const beforeB = await rowsPerTable(handle, b.id);
    const beforeA = await rowsPerTable(handle, a.id);
    expect(beforeA.elections).toBe(2);
    expect(beforeA.analysis_jobs).toBe(1);

    const done = await deleteCampaign(handle.db, a.id);
    expect(done.deleted.elections).toBe(2);
    expect(done.deleted["pgboss.job"]).toBe(1);
    expect(done.remains).toContain("sauvegardes");
    for (const [table, n] of Object.entries(await rowsPerTable(handle, a.id))) expect(n, table).toBe(0);
    expect(await rowsPerTable(handle, b.id)).toEqual(beforeB);
    const [left] = rowsOf<{ n: number }>(
      await handle.db.execute(
        sql`select count(*)::int as n from pgboss.job where data->>'jobId' = ${job.id}`,
      ),
    );
    expect(Number(left.n)).toBe(0);
    await expect(deleteCampaign(handle.db, a.id)).rejects.toThrow("Campagne introuvable");
  });
});
