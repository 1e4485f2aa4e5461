import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findOrCreateDemoCampaign } from "../campaigns/find-or-create-demo-campaign.ts";
import type { Db } from "../db/db-type.ts";
import { assertImported, importFiles } from "../import/import-files.ts";
import { DEMO_COMMUNE_NAME, DEMO_DEFAULT_SEED, DEMO_TERRITORY, type DemoOptions } from "./options.ts";
import { importablePaths, writeDemo } from "./write-demo.ts";

export interface LoadDemoOptions extends DemoOptions {
  /** Folder to write the files into (kept); a temporary folder, removed after, by default. */
  dir?: string;
}

/** The demo's L.37 request, marked as the demo's (there is no real list behind it). */
export const DEMO_LIST_REQUEST = {
  authority: "mairie",
  requestedOn: "2026-01-05",
  requester: "Démonstration Terrain (données fictives)",
  isDemo: true,
} as const;

/** Name of the demo campaign: says that its data is fictional. */
export const DEMO_CAMPAIGN_NAME = `${DEMO_COMMUNE_NAME.replace(/ \(.*\)$/, "")} — démo, données fictives`;

/**
 * Creates the demo campaign (isDemo) and fills it through the same import path as real
 * data: generates the commune's official files (fixed seed by default) and imports them
 * with importFiles. Throws AppError("invalid_file") if any file is rejected. Returns the
 * campaign id.
 */
export async function loadDemo(db: Db, options: LoadDemoOptions = {}): Promise<string> {
  const campaign = await findOrCreateDemoCampaign(db, {
    territory: DEMO_TERRITORY,
    name: DEMO_CAMPAIGN_NAME,
  });
  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), "terrain-demo-")));
  try {
    const { paths } = await writeDemo(dir, { ...options, seed: options.seed ?? DEMO_DEFAULT_SEED });
    const files = importablePaths(paths);
    assertImported(
      await importFiles(db, { campaignId: campaign.id, files, electoralListRequest: DEMO_LIST_REQUEST }),
    );
  } finally {
    if (!options.dir) await rm(dir, { recursive: true, force: true });
  }
  return campaign.id;
}
