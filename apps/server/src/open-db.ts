import { createDb, type DbHandle } from "@terrain/core";
import type { Config } from "./config.ts";

/** Opens the database the settings name: PostgreSQL with DATABASE_URL, else PGlite in the data folder. */
export function openDb(config: Pick<Config, "dataDir" | "databaseUrl">): Promise<DbHandle> {
  return createDb(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
}
