import { and, eq } from "drizzle-orm";
import { contacts } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import type { Tx } from "../import/write/insert-columns.ts";
import type { ContactRow } from "./contact-types.ts";

/**
 * A contact of the campaign, or not_found (also for another campaign's id). A merged
 * contact is refused for writes (`live`), naming the contact it was merged into.
 */
export async function findContact(
  tx: Tx,
  campaignId: string,
  contactId: string,
  options: { live?: boolean; lock?: boolean } = {},
): Promise<ContactRow> {
  const query = tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.campaignId, campaignId), eq(contacts.id, contactId)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", "Contact introuvable.");
  if (options.live && row.mergedInto) {
    throw new AppError("conflict", `Ce contact a été fusionné dans ${row.mergedInto}.`, {
      mergedInto: row.mergedInto,
    });
  }
  return row;
}
