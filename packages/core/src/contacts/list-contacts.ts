import { asc, count, inArray } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { contacts, personTags } from "../db/schema/index.ts";
import { type ContactFilter, contactWhere } from "./contact-filter.ts";

export interface ContactListItem {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  city: string | null;
  bureauCode: string | null;
  electorId: string | null;
  doNotContact: boolean;
  tags: string[];
  updatedAt: Date;
}

/** A page of the campaign's contacts (merged ones left out), by name, with the total matching. */
export async function listContacts(
  db: Db,
  input: { campaignId: string; filter: ContactFilter; limit: number; offset: number },
): Promise<{ total: number; items: ContactListItem[] }> {
  const where = contactWhere(input.campaignId, input.filter);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: contacts.id,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: contacts.email,
        phone: contacts.phone,
        mobile: contacts.mobile,
        city: contacts.city,
        bureauCode: contacts.bureauCode,
        electorId: contacts.electorId,
        doNotContact: contacts.doNotContact,
        updatedAt: contacts.updatedAt,
      })
      .from(contacts)
      .where(where)
      .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id))
      .limit(input.limit)
      .offset(input.offset),
    db.select({ total: count() }).from(contacts).where(where),
  ]);
  const tags = new Map<string, string[]>();
  if (rows.length > 0) {
    const tagRows = await db
      .select({ contactId: personTags.contactId, tag: personTags.tag })
      .from(personTags)
      .where(
        inArray(
          personTags.contactId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(personTags.tag));
    for (const t of tagRows)
      if (t.contactId) tags.set(t.contactId, [...(tags.get(t.contactId) ?? []), t.tag]);
  }
  return { total, items: rows.map((r) => ({ ...r, tags: tags.get(r.id) ?? [] })) };
}
