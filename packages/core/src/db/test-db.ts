import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb } from "./create-db.ts";
import type { DbHandle } from "./db-type.ts";

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on
 * the PostgreSQL server named by TERRAIN_TEST_DATABASE_URL (dropped on close). In CI the
 * PostgreSQL run must not silently fall back to PGlite: TERRAIN_TEST_DB=postgres without
 * a URL is an error.
 */
export async function createTestDb(): Promise<DbHandle> {
  const url = process.env.TERRAIN_TEST_DATABASE_URL;
  if (!url) {
    if (process.env.TERRAIN_TEST_DB === "postgres") {
      throw new Error("TERRAIN_TEST_DB=postgres but TERRAIN_TEST_DATABASE_URL is not set");
    }
    return createDb({ memory: true });
  }
  const name = `terrain_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const handle = await createDb({ databaseUrl: u.toString() });
  return {
    ...handle,
    async close() {
      await handle.close();
      const again = postgres(url, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** The kind of database the db tier runs on now, for test names. */
export function testDbKind(): "pglite" | "postgres" {
  return process.env.TERRAIN_TEST_DATABASE_URL ? "postgres" : "pglite";
}
