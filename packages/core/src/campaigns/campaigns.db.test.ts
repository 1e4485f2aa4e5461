import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/db-type.ts";
import { campaigns } from "../db/schema/index.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { AppError } from "../errors.ts";
import { createCampaign } from "./create-campaign.ts";
import { findOrCreateCampaign } from "./find-or-create-campaign.ts";
import { findOrCreateDemoCampaign } from "./find-or-create-demo-campaign.ts";

describe(`campaigns and territories (${testDbKind()})`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => handle?.close());

  it("creates a new campaign each time, even for a territory that has one (ADR 6)", async () => {
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        createCampaign(handle.db, { territory: "35238", name: `Liste ${i}` }),
      ),
    );
    expect(new Set(made.map((c) => c.id)).size).toBe(6);
  });

  it("finds a territory's one campaign, creating it once under concurrent commands", async () => {
    const found = await Promise.all(
      Array.from({ length: 6 }, () => findOrCreateCampaign(handle.db, { territory: "29019" })),
    );
    expect(new Set(found.map((c) => c.id)).size).toBe(1);
    const rows = await handle.db.select().from(campaigns).where(eq(campaigns.territory, "29019"));
    expect(rows).toHaveLength(1);
  });

  it("refuses a territory with several campaigns, listing them, and takes --campaign", async () => {
    const a = await createCampaign(handle.db, { territory: "56121", name: "Liste A" });
    const b = await createCampaign(handle.db, { territory: "56121", name: "Liste B" });
    const error = await findOrCreateCampaign(handle.db, { territory: "56121" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
    expect((error as AppError).message).toContain("--campaign");
    expect((error as AppError).message).toContain(a.id);
    expect((error as AppError).message).toContain(b.id);
    expect((await findOrCreateCampaign(handle.db, { territory: "56121", campaignId: b.id })).id).toBe(b.id);
    await expect(findOrCreateCampaign(handle.db, { territory: "29", campaignId: b.id })).rejects.toThrow(
      /territoire 56121/,
    );
    await expect(findOrCreateCampaign(handle.db, { territory: "22113", create: false })).rejects.toThrow(
      /aucune campagne/,
    );
  });

  it("keeps one demo campaign per installation, with a constraint", async () => {
    const demos = await Promise.all(
      Array.from({ length: 6 }, () =>
        findOrCreateDemoCampaign(handle.db, { territory: "99001", name: "démo" }),
      ),
    );
    expect(new Set(demos.map((c) => c.id)).size).toBe(1);
    await expect(
      handle.db.insert(campaigns).values({
        id: "second-demo",
        name: "démo 2",
        territory: "99001",
        territoryKind: "commune",
        isDemo: true,
      }),
    ).rejects.toThrow();
    expect(await handle.db.select().from(campaigns).where(eq(campaigns.isDemo, true))).toHaveLength(1);
  });
});
