import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type PgBoss from "pg-boss";
import type { Db } from "../db/db-type.ts";

/**
 * pg-boss's bring-your-own-connection adapter over PGlite: parameterised statements go
 * through `query`; pg-boss's multi-statement scripts (schema install, migrations, locked
 * maintenance, each `BEGIN; …; COMMIT;`) run in one PGlite transaction, so a script that
 * fails (two instances installing the schema at once) rolls back instead of leaving the
 * shared connection in an aborted transaction.
 */
export function pgliteExecutor(client: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
      const body = text.replace(/^\s*BEGIN\s*;/i, "").replace(/COMMIT\s*;\s*$/i, "");
      const results = await client.transaction((tx) => tx.exec(body));
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

interface PostgresJsOptions {
  host: string[];
  port: number[];
  path?: string | false;
  database: string;
  user: string;
  pass?: string | (() => Promise<string>) | null;
  ssl?: unknown;
}

/** node-postgres settings equal to a postgres.js client's (host or socket, database, user, TLS). */
export function pgSettingsOf(options: PostgresJsOptions): PgBoss.DatabaseOptions {
  const ssl = options.ssl;
  return {
    host: options.path ? path.dirname(options.path) : options.host[0],
    port: options.port[0],
    database: options.database,
    user: options.user,
    ...(options.pass ? { password: options.pass } : {}),
    ...(ssl && typeof ssl === "object"
      ? { ssl }
      : ssl === true || ssl === "verify-full"
        ? { ssl: true }
        : ssl === "require" || ssl === "prefer" || ssl === "allow"
          ? { ssl: { rejectUnauthorized: false } }
          : {}),
  };
}

/** How pg-boss reaches the database of `db`: PGlite through the adapter, PostgreSQL through its own pool. */
export function connectionOf(db: Db, databaseUrl: string | undefined): PgBoss.DatabaseOptions {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof PGlite) return { db: pgliteExecutor(client) };
  if (databaseUrl) return { connectionString: databaseUrl, max: 3 };
  const options = (client as { options?: PostgresJsOptions }).options;
  if (!options?.host) throw new Error("job queue: the database handle is neither PGlite nor postgres.js");
  return { ...pgSettingsOf(options), max: 3 };
}
