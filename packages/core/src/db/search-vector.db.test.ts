import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldText } from "../contacts/fold-text.ts";
import type { DbHandle } from "./db-type.ts";
import { searchVector } from "./search-vector.ts";
import { createTestDb, testDbKind } from "./test-db.ts";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describe(`search vector (${testDbKind()})`, () => {
  it("folds in SQL as foldText does in TypeScript, whatever the database's locale", async () => {
    const text =
      "ÀÁÂÃÄÅàáâãäå Çç ÈÉÊËèéêë ÌÍÎÏìíîï Ññ ÒÓÔÕÖòóôõö ÙÚÛÜùúûü ÝŸýÿ Œuvre cœur Æsop LEFÈVRE-O'Brien";
    const result = (await handle.db.execute(
      sql`select ${searchVector([sql`${text}::text`])}::text as v`,
    )) as unknown as { v: string }[] | { rows: { v: string }[] };
    const [{ v }] = Array.isArray(result) ? result : result.rows;
    const words = new Set([...v.matchAll(/'([^']+)'/g)].map((m) => m[1]));
    const folded = new Set(foldText(text).split(" "));
    // Every word the search box sends is in the vector; the parser also keeps hyphenated
    // compounds whole ("lefevre-o"), made of the same words.
    expect([...folded].filter((w) => !words.has(w))).toEqual([]);
    expect([...words].flatMap((w) => w.split("-")).filter((w) => !folded.has(w))).toEqual([]);
  });
});
