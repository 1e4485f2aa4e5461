import { and, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { memberships } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import type { Role } from "../policies/can.ts";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Inside a transaction: locks the campaign's administrators' rows, then refuses a change
 * that would leave the campaign without one (`newRole` null: the member is removed).
 * Returns the member's current role; not_found when they are not a member.
 */
export async function keepAnAdmin(
  tx: Tx,
  campaignId: string,
  userId: string,
  newRole: Role | null,
): Promise<Role> {
  const admins = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.campaignId, campaignId), eq(memberships.role, "admin")))
    .for("update");
  const [member] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.campaignId, campaignId), eq(memberships.userId, userId)))
    .for("update");
  if (!member) throw new AppError("not_found", "userId: ce compte n'est pas membre de la campagne.");
  const losesAdmin = member.role === "admin" && newRole !== "admin";
  if (losesAdmin && admins.length <= 1) {
    throw new AppError(
      "conflict",
      "role: la campagne doit garder au moins un administrateur ; nommez-en un autre d'abord.",
    );
  }
  return member.role;
}
