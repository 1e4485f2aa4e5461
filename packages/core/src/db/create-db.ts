import { mkdirSync } from "node:fs";
import { access, constants } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { AppError } from "../errors.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import type { Db, DbHandle } from "./db-type.ts";
import * as schema from "./schema/index.ts";

export const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

export interface CreateDbOptions {
  /** Folder of the embedded database (PGlite); ignored when databaseUrl is set. */
  dataDir?: string;
  /** A PostgreSQL URL: use that server instead of the embedded database. */
  databaseUrl?: string;
  /** An in-memory embedded database (tests). */
  memory?: boolean;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

/**
 * Opens the database: PGlite persisted in `dataDir` (or in memory), or PostgreSQL when
 * `databaseUrl` is given, and applies the committed migrations. Failures become one
 * clear AppError("unavailable") sentence.
 */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  const handle = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.memory ? undefined : (options.dataDir ?? ".terrain"));
  if (options.migrate !== false) {
    try {
      if (handle.kind === "pglite") await migratePglite(handle.db as never, { migrationsFolder });
      else await migratePostgres(handle.db as never, { migrationsFolder });
    } catch (error) {
      await handle.close().catch(() => {});
      throw new AppError("unavailable", `Database migration failed: ${(error as Error).message}`);
    }
  }
  return handle;
}

async function openPglite(dataDir: string | undefined): Promise<DbHandle> {
  let dir: string | undefined;
  if (dataDir) {
    dir = path.resolve(dataDir, "pgdata");
    try {
      mkdirSync(dir, { recursive: true });
      await access(dir, constants.W_OK);
    } catch {
      throw new AppError("unavailable", `The data folder ${path.resolve(dataDir)} cannot be written to.`);
    }
  }
  const release = dataDir ? lockDataDir(path.resolve(dataDir)) : () => {};
  let client: PGlite;
  try {
    client = dir ? new PGlite(dir) : new PGlite();
    await client.waitReady;
  } catch (error) {
    release();
    throw new AppError(
      "unavailable",
      `The embedded database in ${dir ?? "memory"} could not be opened: ${(error as Error).message}`,
    );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(url: string): Promise<DbHandle> {
  const sql = postgres(url, { max: 10, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql`select 1`;
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw new AppError(
      "unavailable",
      `The PostgreSQL server at ${redactUrl(url)} cannot be reached: ${(error as Error).message}`,
    );
  }
  const db = drizzlePostgres(sql, { schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => sql.end({ timeout: 5 }) };
}

/** Hides the password of a connection URL in messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}
