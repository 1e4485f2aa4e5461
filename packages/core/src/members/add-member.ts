import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { memberships, user } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import type { Role } from "../policies/can.ts";

/** Gives an existing account a role in a campaign (replacing any former role there). */
export async function addMember(
  db: Db,
  input: { campaignId: string; email: string; role: Role },
): Promise<void> {
  const [u] = await db.select({ id: user.id }).from(user).where(eq(user.email, input.email.toLowerCase()));
  if (!u) throw new AppError("not_found", `email: aucun compte pour ${input.email}`);
  await db
    .insert(memberships)
    .values({ campaignId: input.campaignId, userId: u.id, role: input.role })
    .onConflictDoUpdate({
      target: [memberships.campaignId, memberships.userId],
      set: { role: sql`excluded.role` },
    });
}
