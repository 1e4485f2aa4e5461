import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { user } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import type { Role } from "../policies/can.ts";
import { grantMembership } from "./grant-membership.ts";

/**
 * Gives an existing account a role in a campaign (replacing any former role there), without
 * asking it: for the operator's CLI and the first administrator only. The team screen
 * invites instead (inviteMember), and the invitee consents.
 */
export async function addMember(
  db: Db,
  input: { campaignId: string; email: string; role: Role },
): Promise<void> {
  const [u] = await db.select({ id: user.id }).from(user).where(eq(user.email, input.email.toLowerCase()));
  if (!u) throw new AppError("not_found", `email: aucun compte pour ${input.email}`);
  await grantMembership(db, { campaignId: input.campaignId, userId: u.id, role: input.role });
}
