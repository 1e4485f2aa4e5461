import { and, eq, gte, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { signInThrottle } from "../db/schema/index.ts";
import { signInKey } from "./sign-in-key.ts";

export interface SignInLimits {
  /** Failures of one account within `windowMs` that lock it. */
  max: number;
  windowMs: number;
  /** The first lock; each further lock doubles, up to `maxLockMs`. */
  lockMs: number;
  maxLockMs: number;
}

export const defaultSignInLimits: SignInLimits = {
  max: 10,
  windowMs: 60_000,
  lockMs: 60_000,
  maxLockMs: 60 * 60_000,
};

/** Locks are forgotten a day after the last one ended. */
const forgetLocksMs = 24 * 60 * 60_000;

/**
 * Counts a failed sign-in for an account (known or not, so a lock reveals nothing) and, at
 * the limit, locks it: 1 minute, then 2, 4… up to an hour. Returns the seconds the account
 * is now locked for, 0 when it is not. One upsert, safe between processes.
 */
export async function recordSignInFailure(
  db: Db,
  email: string,
  limits: SignInLimits = defaultSignInLimits,
  now: Date = new Date(),
): Promise<number> {
  const key = signInKey(email);
  const windowOpen = new Date(now.getTime() - limits.windowMs);
  const forgotten = new Date(now.getTime() - forgetLocksMs);
  const t = signInThrottle;
  const stale = sql`${t.windowStart} <= ${windowOpen.toISOString()}::timestamptz`;
  await db
    .insert(t)
    .values({ key, failures: 1, windowStart: now })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures: sql`CASE WHEN ${stale} THEN 1 ELSE ${t.failures} + 1 END`,
        windowStart: sql`CASE WHEN ${stale} THEN ${now.toISOString()}::timestamptz ELSE ${t.windowStart} END`,
        locks: sql`CASE WHEN ${t.lockedUntil} < ${forgotten.toISOString()}::timestamptz THEN 0 ELSE ${t.locks} END`,
      },
    });
  // Only the request that reached the limit locks (the counter starts again for the next lock).
  const lockMs = sql`LEAST(${limits.lockMs}::float8 * power(2, ${t.locks}), ${limits.maxLockMs}::float8)`;
  const [locked] = await db
    .update(t)
    .set({
      failures: 0,
      windowStart: now,
      locks: sql`${t.locks} + 1`,
      lockedUntil: sql`${now.toISOString()}::timestamptz + ${lockMs} * interval '1 millisecond'`,
    })
    .where(and(eq(t.key, key), gte(t.failures, limits.max)))
    .returning({ lockedUntil: t.lockedUntil });
  // Now and then, forget the accounts (or sprayed e-mails) that have been quiet for a day.
  if (Math.random() < 0.01) {
    await db
      .delete(t)
      .where(and(lt(t.windowStart, forgotten), or(isNull(t.lockedUntil), lt(t.lockedUntil, forgotten))));
  }
  if (!locked?.lockedUntil) return 0;
  return Math.ceil((locked.lockedUntil.getTime() - now.getTime()) / 1000);
}
