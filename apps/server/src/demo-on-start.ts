import { type Db, loadDemo, schema } from "@terrain/core";

/**
 * On an empty database (no campaign yet), creates the demo commune from its fixed seed,
 * through the same import path as real data.
 */
export async function loadDemoIfEmpty(db: Db, print: (line: string) => void = console.log): Promise<void> {
  const existing = await db.select({ id: schema.campaigns.id }).from(schema.campaigns).limit(1);
  if (existing.length > 0) return;
  print("Empty database: creating the demo commune (données fictives)…");
  await loadDemo(db);
}
