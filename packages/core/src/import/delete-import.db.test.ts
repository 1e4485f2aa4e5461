import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestAnalysis } from "../analysis/request-analysis.ts";
import { createCampaign } from "../campaigns/create-campaign.ts";
import type { DbHandle } from "../db/db-type.ts";
import { analysisJobs, bureaux, importedFiles } from "../db/schema/index.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { deleteImport } from "./delete-import.ts";
import { importFiles } from "./import-files.ts";
import { frFile, hasFrData } from "./test-data.ts";

const T1 = frFile("brest/results/leg2024_t1_circos29-02-03_official.csv");
const T2 = frFile("brest/results/leg2024_t2_circos29-02-03_official.csv");

describe.skipIf(!hasFrData)(`deleteImport (${testDbKind()})`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => handle?.close());

  it("takes an election out with its analyses, and the bureaux once no election describes them", async () => {
    const { id } = await createCampaign(handle.db, { territory: "29019" });
    await importFiles(handle.db, { campaignId: id, files: [T1, T2] });
    await requestAnalysis(handle.db, id, {
      kind: "transfer",
      from: "leg2024t1",
      to: "leg2024t2",
      method: "lphom",
      seed: 1,
      side: { nuances: ["UG"] },
    });
    const files = await handle.db.select().from(importedFiles).where(eq(importedFiles.campaignId, id));
    const hashOf = (e: string) => files.find((f) => f.electionId === e)?.contentHash ?? "";
    const first = await deleteImport(handle.db, id, hashOf("leg2024t1"));
    expect(first).toEqual({
      files: ["leg2024_t1_circos29-02-03_official.csv"],
      electionId: "leg2024t1",
      bureaux: 0,
      analyses: 1,
    });
    expect(await handle.db.select().from(analysisJobs).where(eq(analysisJobs.campaignId, id))).toEqual([]);
    // round 2 still describes Brest's 104 bureaux; removing it too leaves none
    expect((await handle.db.select().from(bureaux).where(eq(bureaux.campaignId, id))).length).toBe(104);
    const second = await deleteImport(handle.db, id, hashOf("leg2024t2"));
    expect(second.bureaux).toBe(104);
    expect(await handle.db.select().from(bureaux).where(eq(bureaux.campaignId, id))).toEqual([]);
    await expect(deleteImport(handle.db, id, hashOf("leg2024t2"))).rejects.toThrow("introuvable");
  });
});
