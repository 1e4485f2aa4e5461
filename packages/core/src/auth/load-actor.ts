import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { memberships, user } from "../db/schema/index.ts";
import type { Actor, Role } from "../policies/can.ts";

/** The actor of a signed-in user: platform role and role per campaign. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const [u] = await db.select({ platformRole: user.platformRole }).from(user).where(eq(user.id, userId));
  if (!u) return null;
  const rows = await db
    .select({ campaignId: memberships.campaignId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  const roles: Record<string, Role> = {};
  for (const r of rows) roles[r.campaignId] = r.role;
  return { userId, platformRole: u.platformRole === "superadmin" ? "superadmin" : "user", roles };
}
