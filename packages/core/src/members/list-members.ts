import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { memberships, user } from "../db/schema/index.ts";

/** The members of one campaign with their role, by name. */
export async function listMembers(db: Db, campaignId: string) {
  return db
    .select({ userId: user.id, name: user.name, email: user.email, role: memberships.role })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(eq(memberships.campaignId, campaignId))
    .orderBy(user.name);
}
