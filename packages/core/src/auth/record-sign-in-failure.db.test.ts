import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/db-type.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { clearSignInFailures } from "./clear-sign-in-failures.ts";
import { findSignInLock } from "./find-sign-in-lock.ts";
import { recordSignInFailure } from "./record-sign-in-failure.ts";

const at = (seconds: number) => new Date(Date.UTC(2026, 2, 1, 8, 0, 0) + seconds * 1000);

// Times are given to the functions: no test waits for a clock.
describe(`the per-account sign-in lock and its back-off (${testDbKind()})`, () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(async () => h?.close());

  async function fail(email: string, times: number, from: number): Promise<number[]> {
    const locks: number[] = [];
    for (let i = 0; i < times; i++)
      locks.push(await recordSignInFailure(h.db, email, undefined, at(from + i)));
    return locks;
  }

  it("locks on the 10th failure within a minute, for 1 minute, then 2, then 4", async () => {
    const locks = await fail("Alice@Example.org", 10, 0);
    expect(locks).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 60]);
    expect(await findSignInLock(h.db, " alice@example.ORG", at(10))).toBe(59);
    expect(await findSignInLock(h.db, "alice@example.org", at(70))).toBe(0);
    expect((await fail("alice@example.org", 10, 100)).at(-1)).toBe(120);
    expect(await findSignInLock(h.db, "alice@example.org", at(200))).toBe(29);
    expect((await fail("alice@example.org", 10, 300)).at(-1)).toBe(240);
  });

  it("does not lock for failures spread over more than a minute", async () => {
    const locks: number[] = [];
    for (let i = 0; i < 30; i++)
      locks.push(await recordSignInFailure(h.db, "bob@example.org", undefined, at(i * 7)));
    expect(locks.every((s) => s === 0)).toBe(true);
  });

  it("starts counting again after a success, but keeps the back-off until a day has passed", async () => {
    await fail("carol@example.org", 9, 0);
    await clearSignInFailures(h.db, "carol@example.org");
    expect((await fail("carol@example.org", 9, 10)).every((s) => s === 0)).toBe(true);
    expect((await fail("carol@example.org", 1, 20))[0]).toBe(60);
    await clearSignInFailures(h.db, "carol@example.org");
    expect((await fail("carol@example.org", 10, 200)).at(-1)).toBe(120);
    // A day after the last lock ended, the next one is short again.
    expect((await fail("carol@example.org", 10, 2 * 86_400)).at(-1)).toBe(60);
  });

  it("caps a lock at one hour", async () => {
    let last = 0;
    for (let round = 0; round < 9; round++)
      last = (await fail("dan@example.org", 10, round * 4000)).at(-1) ?? 0;
    expect(last).toBe(3600);
  });
});
