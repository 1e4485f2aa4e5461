import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { signInThrottle } from "../db/schema/index.ts";
import { signInKey } from "./sign-in-key.ts";

/**
 * After a successful sign-in: the failure count starts again. The number of past locks is
 * kept (forgotten after a day), so an attacker's next lock is still longer.
 */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db
    .update(signInThrottle)
    .set({ failures: 0 })
    .where(eq(signInThrottle.key, signInKey(email)));
}
