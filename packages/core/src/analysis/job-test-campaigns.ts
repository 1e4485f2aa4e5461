import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import type { Db } from "../db/db-type.ts";
import { loadDemo } from "../demo/load-demo.ts";
import { importablePaths, writeDemo } from "../demo/write-demo.ts";
import { assertImported, importFiles } from "../import/import-files.ts";
import type { AnalysisRequest } from "./request-analysis.ts";

/**
 * Test data for the job queue: two campaigns with the small demo's elections (the demo
 * commune's, and the département's made of the same files), so that jobs of two tenants
 * compete for the workers.
 */
export async function loadTwoCampaigns(db: Db): Promise<{ a: string; b: string }> {
  const a = await loadDemo(db, { bureaux: 8, voters: 4000 });
  const dir = await mkdtemp(path.join(tmpdir(), "terrain-jobs-test-"));
  try {
    const { paths } = await writeDemo(dir, { bureaux: 8, voters: 4000, seed: 7 });
    const b = (await findOrCreateCampaign(db, { territory: "29" })).id;
    // the elections are what analyses read (an electoral list would need its L.37 request)
    const files = importablePaths(paths).filter((p) => !p.endsWith("liste-electorale.csv"));
    assertImported(await importFiles(db, { campaignId: b, files }));
    return { a, b };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A transfer analysis of the demo's législatives, round 1 → 2, for the left. */
export const transferRequest = (method: "md" | "lphom", seed = 1): AnalysisRequest => ({
  kind: "transfer",
  from: "leg2024t1",
  to: "leg2024t2",
  side: { nuances: ["UG", "ECO", "LUG", "LECO", "LFI"] },
  method,
  seed,
});
