import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import type { DbHandle } from "../db/db-type.ts";
import { analysisJobs, bureaux, campaigns, messageMatrices } from "../db/schema/index.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { getDataVersion } from "./get-data-version.ts";

const geometry = {
  type: "Polygon" as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
const bureau = (campaignId: string, code: string, label: string) => ({
  campaignId,
  code,
  communeCode: "29019",
  label,
  geometry,
  origin: "contours",
});

describe(`the campaign data version that keys cached maps and cards (${testDbKind()})`, () => {
  let handle: DbHandle;
  let a: string;
  let b: string;
  beforeAll(async () => {
    handle = await createTestDb();
    a = (await findOrCreateCampaign(handle.db, { territory: "29019" })).id;
    b = (await findOrCreateCampaign(handle.db, { territory: "35238" })).id;
  });
  afterAll(async () => handle?.close());

  it("moves when a campaign's rows are inserted, updated or deleted, and only that campaign's", async () => {
    const { db } = handle;
    const v0 = await getDataVersion(db, a);
    const other = await getDataVersion(db, b);
    await db.insert(bureaux).values([bureau(a, "0001", "École"), bureau(a, "0002", "Mairie")]);
    const v1 = await getDataVersion(db, a);
    expect(v1).toBeGreaterThan(v0);
    await db.update(bureaux).set({ label: "École Jaurès" }).where(eq(bureaux.code, "0001"));
    const v2 = await getDataVersion(db, a);
    expect(v2).toBeGreaterThan(v1);
    await db.delete(bureaux).where(eq(bureaux.code, "0002"));
    const v3 = await getDataVersion(db, a);
    expect(v3).toBeGreaterThan(v2);
    await db.insert(messageMatrices).values({ campaignId: a, points: [] });
    expect(await getDataVersion(db, a)).toBeGreaterThan(v3);
    expect(await getDataVersion(db, b)).toBe(other);
  });

  it("moves when an analysis becomes done or leaves done, not on its progress", async () => {
    const { db } = handle;
    await db.insert(analysisJobs).values({
      campaignId: a,
      id: "job-1",
      kind: "transfer",
      inputs: {},
      inputsHash: "h",
      method: "lphom",
      seed: 1,
    });
    const queued = await getDataVersion(db, a);
    await db.update(analysisJobs).set({ status: "running" }).where(eq(analysisJobs.id, "job-1"));
    await db
      .update(analysisJobs)
      .set({ progress: 0.5, heartbeat: new Date() })
      .where(eq(analysisJobs.id, "job-1"));
    expect(await getDataVersion(db, a)).toBe(queued);
    await db
      .update(analysisJobs)
      .set({ status: "done", result: {}, finishedAt: new Date() })
      .where(eq(analysisJobs.id, "job-1"));
    const done = await getDataVersion(db, a);
    expect(done).toBeGreaterThan(queued);
    await db.delete(analysisJobs).where(eq(analysisJobs.id, "job-1"));
    expect(await getDataVersion(db, a)).toBeGreaterThan(done);
  });

  it("lets a campaign be deleted with its rows", async () => {
    const { db } = handle;
    await db.insert(bureaux).values(bureau(b, "0001", "Salle"));
    await db.delete(campaigns).where(eq(campaigns.id, b));
    expect(await getDataVersion(db, b)).toBe(0);
    expect(await db.select().from(bureaux).where(eq(bureaux.campaignId, b))).toEqual([]);
  });
});
