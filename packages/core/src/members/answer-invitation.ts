import { and, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { invitations, user } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { grantMembership } from "./grant-membership.ts";

/**
 * The invitee's answer: accepting makes them a member with the invited role, declining
 * drops the invitation. Only the account whose e-mail was invited may answer; any other
 * gets not_found, as for an unknown invitation. Returns the campaign's id.
 */
export async function answerInvitation(
  db: Db,
  input: { invitationId: string; userId: string; accept: boolean },
): Promise<{ campaignId: string }> {
  return db.transaction(async (tx) => {
    const [inv] = await tx
      .select({ campaignId: invitations.campaignId, role: invitations.role })
      .from(invitations)
      .innerJoin(user, eq(user.email, invitations.email))
      .where(and(eq(invitations.id, input.invitationId), eq(user.id, input.userId)))
      .for("update", { of: invitations });
    if (!inv) throw new AppError("not_found", "Invitation introuvable.");
    await tx.delete(invitations).where(eq(invitations.id, input.invitationId));
    if (input.accept) {
      await grantMembership(tx, { campaignId: inv.campaignId, userId: input.userId, role: inv.role });
    }
    return { campaignId: inv.campaignId };
  });
}
