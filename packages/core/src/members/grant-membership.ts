import { sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { memberships } from "../db/schema/index.ts";
import type { Role } from "../policies/can.ts";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

/** Makes an account a member of a campaign with a role, replacing any former role there. */
export async function grantMembership(
  tx: Tx,
  input: { campaignId: string; userId: string; role: Role },
): Promise<void> {
  await tx
    .insert(memberships)
    .values(input)
    .onConflictDoUpdate({
      target: [memberships.campaignId, memberships.userId],
      set: { role: sql`excluded.role` },
    });
}
