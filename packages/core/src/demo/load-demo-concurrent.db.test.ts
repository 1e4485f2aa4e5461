import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/db-type.ts";
import { campaigns, elections } from "../db/schema/index.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { loadDemo } from "./load-demo.ts";

// Two server processes starting at once on an empty database both load the demo (ADR 6).
describe(`concurrent demo loads (${testDbKind()})`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => handle?.close());

  it("make one demo campaign, filled once, and both succeed", async () => {
    const small = { bureaux: 8, voters: 4000 };
    const ids = await Promise.all([loadDemo(handle.db, small), loadDemo(handle.db, small)]);
    expect(ids[0]).toBe(ids[1]);
    expect(await handle.db.select().from(campaigns).where(eq(campaigns.isDemo, true))).toHaveLength(1);
    const rounds = await handle.db.select().from(elections).where(eq(elections.campaignId, ids[0]));
    expect(new Set(rounds.map((e) => e.id)).size).toBe(rounds.length);
  });
});
