import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/db-type.ts";
import { electoralListRequests } from "../../db/schema/index.ts";
import { AppError } from "../../errors.ts";
import type { Tx } from "../../import/write/insert-columns.ts";

/** The campaign's request for the list (article L.37 du code électoral). */
export const listRequestInput = z.object({
  authority: z.enum(["mairie", "prefecture"]),
  requestedOn: z.iso.date(),
  requester: z.string().trim().min(1).max(200),
});
export type ListRequestInput = z.infer<typeof listRequestInput> & {
  recordedBy?: string | null;
  isDemo?: boolean;
};

/** The sentence of a refused import: the list serves only under L.37, once the request is recorded. */
export const L37_REFUSAL =
  "Import refusé : la liste électorale ne peut être utilisée qu'au titre de l'article L.37 du code électoral, enregistrez d'abord la demande faite à la mairie ou à la préfecture (autorité, date, demandeur), par exemple --electoral-list-request \"mairie;2026-01-15;Prénom Nom\".";

/** Reads `AUTHORITY;YYYY-MM-DD;REQUESTER` (the command line's form of a request). */
export function parseListRequest(text: string): ListRequestInput {
  const [authority = "", requestedOn = "", ...rest] = text.split(";");
  const folded = authority
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();
  const parsed = listRequestInput.safeParse({
    authority: folded,
    requestedOn: requestedOn.trim(),
    requester: rest.join(";"),
  });
  if (!parsed.success) {
    throw new AppError(
      "bad_request",
      `demande de liste électorale illisible « ${text} » : attendu « AUTORITÉ;AAAA-MM-JJ;DEMANDEUR », l'autorité étant mairie ou prefecture`,
    );
  }
  return parsed.data;
}

/** Records a request (the same authority, date and requester again is the same request); returns its id. */
export async function recordListRequest(
  db: Db | Tx,
  campaignId: string,
  input: ListRequestInput,
): Promise<string> {
  const same = await db
    .select({ id: electoralListRequests.id })
    .from(electoralListRequests)
    .where(
      and(
        eq(electoralListRequests.campaignId, campaignId),
        eq(electoralListRequests.authority, input.authority),
        eq(electoralListRequests.requestedOn, input.requestedOn),
        eq(electoralListRequests.requester, input.requester),
      ),
    );
  if (same[0]) return same[0].id;
  const id = randomUUID();
  await db.insert(electoralListRequests).values({
    id,
    campaignId,
    authority: input.authority,
    requestedOn: input.requestedOn,
    requester: input.requester,
    recordedBy: input.recordedBy ?? null,
    isDemo: input.isDemo ?? false,
  });
  return id;
}

/** The campaign's latest recorded request, or null (then an electoral list is refused). */
export async function latestListRequest(db: Db | Tx, campaignId: string): Promise<string | null> {
  const rows = await db
    .select({ id: electoralListRequests.id })
    .from(electoralListRequests)
    .where(eq(electoralListRequests.campaignId, campaignId))
    .orderBy(desc(electoralListRequests.createdAt))
    .limit(1);
  return rows[0]?.id ?? null;
}

/** The campaign's recorded requests, newest first (shown on the Données page). */
export async function listListRequests(db: Db, campaignId: string) {
  const rows = await db
    .select()
    .from(electoralListRequests)
    .where(eq(electoralListRequests.campaignId, campaignId))
    .orderBy(desc(electoralListRequests.createdAt));
  return rows.map((r) => ({
    id: r.id,
    authority: r.authority,
    requestedOn: r.requestedOn,
    requester: r.requester,
    isDemo: r.isDemo,
    createdAt: r.createdAt.toISOString(),
  }));
}
