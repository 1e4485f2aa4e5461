import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { signInThrottle } from "../db/schema/index.ts";
import { signInKey } from "./sign-in-key.ts";

/** Seconds before this account may try to sign in again (0: it may now), right password or not. */
export async function findSignInLock(db: Db, email: string, now: Date = new Date()): Promise<number> {
  const [row] = await db
    .select({ lockedUntil: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(eq(signInThrottle.key, signInKey(email)));
  const until = row?.lockedUntil?.getTime() ?? 0;
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}
