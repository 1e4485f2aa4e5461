import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { normaliseEmail } from "../auth/normalise-email.ts";
import type { Db } from "../db/db-type.ts";
import { invitations, memberships, user } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import type { Role } from "../policies/can.ts";

/**
 * Invites an e-mail into a campaign with a role: a pending invitation that the account of
 * that e-mail accepts (or declines) once signed in; inviting again changes the role. It
 * answers the same whether or not an account exists, so it reveals nothing about other
 * tenants' accounts; only a current member of this campaign (listed to the admin) is refused.
 */
export async function inviteMember(
  db: Db,
  input: { campaignId: string; email: string; role: Role; invitedBy: string | null },
): Promise<{ id: string; email: string; role: Role }> {
  const email = normaliseEmail(input.email);
  const [member] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(and(eq(memberships.campaignId, input.campaignId), eq(user.email, email)));
  if (member) {
    throw new AppError(
      "conflict",
      `email: ${email} fait déjà partie de l'équipe ; changez son rôle dans la liste.`,
    );
  }
  const [row] = await db
    .insert(invitations)
    .values({
      id: randomUUID(),
      campaignId: input.campaignId,
      email,
      role: input.role,
      invitedBy: input.invitedBy,
    })
    .onConflictDoUpdate({
      target: [invitations.campaignId, invitations.email],
      set: { role: sql`excluded.role`, invitedBy: sql`excluded.invited_by`, createdAt: sql`now()` },
    })
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  return row;
}
