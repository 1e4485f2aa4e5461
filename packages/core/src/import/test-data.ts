import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root, from this file's place in packages/core/src/import. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** The shared real test data (../shared/data/fr next to the repository); never copied in. */
export const FR_DATA = path.resolve(REPO_ROOT, "../shared/data/fr");

/** Whether the real data is there; tests that need it skip with a message otherwise. */
export const hasFrData = existsSync(FR_DATA);
if (!hasFrData) console.warn(`skipping tests on real files: ${FR_DATA} is absent`);

/** A file of the shared data, by its path under fr/. */
export function frFile(relative: string): string {
  return path.join(FR_DATA, relative);
}
