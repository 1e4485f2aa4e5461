import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import { AppError } from "../errors.ts";
import { createDb } from "./create-db.ts";
import { campaigns } from "./schema/index.ts";
import { createTestDb, testDbKind } from "./test-db.ts";

describe(`database (${testDbKind()})`, () => {
  it("applies the migrations and scopes campaigns by territory", async () => {
    const h = await createTestDb();
    try {
      const a = await findOrCreateCampaign(h.db, { territory: "29019" });
      const again = await findOrCreateCampaign(h.db, { territory: "29019" });
      const b = await findOrCreateCampaign(h.db, { territory: "29" });
      expect(again.id).toBe(a.id);
      expect(a.territoryKind).toBe("commune");
      expect(b.territoryKind).toBe("departement");
      const rows = await h.db.select().from(campaigns);
      expect(rows).toHaveLength(2);
    } finally {
      await h.close();
    }
  });

  it("rejects a territory that is not a commune, a département or FR", async () => {
    const h = await createTestDb();
    try {
      await expect(findOrCreateCampaign(h.db, { territory: "Brest" })).rejects.toThrow(/territory/);
    } finally {
      await h.close();
    }
  });
});

describe("embedded database on disk", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "terrain-db-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps its data across a restart", async () => {
    const first = await createDb({ dataDir: dir });
    const c = await findOrCreateCampaign(first.db, { territory: "FR", name: "National" });
    await first.close();
    const second = await createDb({ dataDir: dir });
    const rows = await second.db.select().from(campaigns).where(eq(campaigns.id, c.id));
    await second.close();
    expect(rows[0]?.name).toBe("National");
  });

  it("says clearly when the data folder cannot be written", async () => {
    // A regular file where the folder should be: not writable as a folder, even for root.
    const file = path.join(dir, "not-a-folder");
    writeFileSync(file, "x");
    const err = await createDb({ dataDir: path.join(file, "data") }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/cannot be written/);
  });

  it("says clearly when PostgreSQL cannot be reached", async () => {
    const err = await createDb({ databaseUrl: "postgres://u:secret@127.0.0.1:1/none" }).catch(
      (e: unknown) => e,
    );
    expect((err as AppError).message).toMatch(/cannot be reached/);
    expect((err as AppError).message).not.toMatch(/secret/);
  });
});
