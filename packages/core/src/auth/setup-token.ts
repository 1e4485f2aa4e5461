import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { setupTokens, user } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** True while no account exists: the installation still needs its first administrator. */
export async function needsFirstAdmin(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(user);
  return Number(row.n) === 0;
}

/**
 * A one-time token for the first-administrator link, valid 24 hours; only its hash is
 * stored. Returns null when an account already exists.
 */
export async function createSetupToken(db: Db): Promise<string | null> {
  if (!(await needsFirstAdmin(db))) return null;
  const token = randomBytes(24).toString("base64url");
  await db
    .insert(setupTokens)
    .values({ tokenHash: hash(token), expiresAt: new Date(Date.now() + 86_400_000) });
  return token;
}

/** Marks the token used; throws when it is unknown, used, expired or when an admin already exists. */
export async function consumeSetupToken(db: Db, token: string): Promise<void> {
  if (!(await needsFirstAdmin(db))) {
    throw new AppError("conflict", "Un administrateur existe déjà : connectez-vous.");
  }
  const used = await db
    .update(setupTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(setupTokens.tokenHash, hash(token)),
        isNull(setupTokens.usedAt),
        gt(setupTokens.expiresAt, new Date()),
      ),
    )
    .returning();
  if (used.length === 0)
    throw new AppError("forbidden", "token: ce lien de création est invalide ou expiré.");
}
