import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/db-type.ts";

/** A transaction or the database: both have the same query API. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export type ColumnType = "text" | "int4" | "float8" | "bool" | "jsonb";

/** One column of a bulk insert: its SQL name, type and values (one per row). */
export interface BulkColumn {
  name: string;
  type: ColumnType;
  values: unknown[];
}

/**
 * Inserts many rows in one statement by passing one array per column and letting the
 * server `unnest` them: one parameter per column instead of one per value, which keeps
 * statements small, avoids the 65,535-parameter limit and is close to COPY in speed on
 * both PGlite and PostgreSQL. `conflict` is an optional `on conflict …` clause.
 */
export async function insertColumns(
  tx: Tx,
  table: string,
  columns: BulkColumn[],
  conflict?: SQL,
): Promise<void> {
  const rows = columns[0]?.values.length ?? 0;
  if (rows === 0) return;
  const names = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map((c) =>
      c.type === "jsonb"
        ? sql`${sql.param(c.values.map((v) => (v === null ? null : JSON.stringify(v))))}::text[]`
        : c.type === "bool"
          ? // postgres.js types a boolean array parameter as a scalar boolean: send text.
            sql`${sql.param(c.values.map((v) => (v === null ? null : v ? "t" : "f")))}::text[]::bool[]`
          : sql`${sql.param(c.values)}::${sql.raw(c.type)}[]`,
    ),
    sql`, `,
  );
  const select = columns.some((c) => c.type === "jsonb")
    ? sql`select ${sql.join(
        columns.map((c, i) => (c.type === "jsonb" ? sql.raw(`c${i}::jsonb`) : sql.raw(`c${i}`))),
        sql`, `,
      )} from unnest(${arrays}) as u(${sql.raw(columns.map((_, i) => `c${i}`).join(", "))})`
    : sql`select * from unnest(${arrays})`;
  await tx.execute(sql`insert into ${sql.identifier(table)} (${names}) ${select} ${conflict ?? sql``}`);
}
