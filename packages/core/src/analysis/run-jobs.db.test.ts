import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import type { DbHandle } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { claimJob } from "./run-jobs.ts";

describe(`job queue (${testDbKind()})`, () => {
  let handle: DbHandle;
  let campaignId: string;
  beforeAll(async () => {
    handle = await createTestDb();
    campaignId = (await findOrCreateCampaign(handle.db, { territory: "29019" })).id;
  });
  afterAll(async () => handle?.close());

  it("gives each of several workers a different job, each at most once", async () => {
    const ids = Array.from({ length: 4 }, () => randomUUID());
    for (const [k, id] of ids.entries()) {
      await handle.db.insert(analysisJobs).values({
        campaignId,
        id,
        kind: "transfer",
        inputs: { k },
        inputsHash: `h${k}`,
        method: "lphom",
        seed: 1,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, k)),
      });
    }
    const claimed = await Promise.all([1, 2, 3, 4, 5].map((w) => claimJob(handle.db, `worker-${w}`)));
    const got = claimed.filter((j) => j !== null);
    expect(got).toHaveLength(4);
    expect(new Set(got.map((j) => j.id))).toEqual(new Set(ids));
    expect(new Set(got.map((j) => j.lockedBy)).size).toBe(4);
    expect(got.every((j) => j.status === "running" && j.attempts === 1)).toBe(true);
    expect(claimed.filter((j) => j === null)).toHaveLength(1);
  });

  // PGlite has one connection, so a second worker cannot run while a transaction is open.
  it.skipIf(testDbKind() !== "postgres")(
    "skips a job another worker holds locked instead of waiting",
    async () => {
      const ids = [randomUUID(), randomUUID()];
      for (const [k, id] of ids.entries()) {
        await handle.db.insert(analysisJobs).values({
          campaignId,
          id,
          kind: "groups",
          inputs: { k },
          inputsHash: `lock${k}`,
          method: "lphom",
          seed: 1,
          createdAt: new Date(Date.UTC(2027, 0, 1, 0, 0, k)),
        });
      }
      let release = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      let locked = "";
      const holder = handle.db.transaction(async (tx) => {
        await tx.execute(sql`select id from analysis_jobs where id = ${ids[0]} for update`);
        locked = ids[0];
        await held;
      });
      while (!locked) await new Promise((r) => setTimeout(r, 10));
      const other = await Promise.race([
        claimJob(handle.db, "second"),
        new Promise<"blocked">((r) => setTimeout(() => r("blocked"), 3000)),
      ]);
      release();
      await holder;
      expect(other).not.toBe("blocked");
      expect(other === "blocked" ? null : other?.id).toBe(ids[1]);
    },
  );
});
