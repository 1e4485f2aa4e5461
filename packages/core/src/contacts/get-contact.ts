import { and, asc, desc, eq, isNull, ne, or } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import {
  consents,
  contactFieldSources,
  contactMerges,
  contacts,
  electors,
  personTags,
} from "../db/schema/index.ts";
import type { ContactRow } from "./contact-types.ts";
import type { ConsentRow } from "./current-consents.ts";
import { findContact } from "./find-contact.ts";

export type FieldSourceRow = typeof contactFieldSources.$inferSelect;
export type MergeRow = typeof contactMerges.$inferSelect;

/** A person card: the contact and everything known about where its data came from. */
export interface ContactCard {
  contact: ContactRow;
  tags: string[];
  /** Every field write, newest first (the source of each value; opinions by question only). */
  history: FieldSourceRow[];
  /** Every consent recorded, newest first; the first of each purpose is in force. */
  consents: ConsentRow[];
  elector: {
    id: string;
    firstNames: string;
    usedName: string | null;
    birthName: string;
    birthYear: number | null;
    bureauCode: string | null;
  } | null;
  /** The other people at the same door (the household): contacts and electors. */
  household: { kind: "contact" | "elector"; id: string; name: string }[];
  /** Merges into this contact (or of this contact into another), oldest first. */
  merges: MergeRow[];
}

/** The card of one contact of the campaign (not_found otherwise); a merged one too, with its mergedInto. */
export async function getContact(db: Db, campaignId: string, contactId: string): Promise<ContactCard> {
  const contact = await findContact(db, campaignId, contactId);
  const [tags, history, consentRows, merges] = await Promise.all([
    db
      .select({ tag: personTags.tag })
      .from(personTags)
      .where(and(eq(personTags.campaignId, campaignId), eq(personTags.contactId, contactId)))
      .orderBy(asc(personTags.tag)),
    db
      .select()
      .from(contactFieldSources)
      .where(
        and(eq(contactFieldSources.campaignId, campaignId), eq(contactFieldSources.contactId, contactId)),
      )
      .orderBy(desc(contactFieldSources.recordedAt), desc(contactFieldSources.id)),
    db
      .select()
      .from(consents)
      .where(and(eq(consents.campaignId, campaignId), eq(consents.contactId, contactId)))
      .orderBy(desc(consents.recordedAt), desc(consents.id)),
    db
      .select()
      .from(contactMerges)
      .where(
        and(
          eq(contactMerges.campaignId, campaignId),
          or(eq(contactMerges.keptId, contactId), eq(contactMerges.mergedId, contactId)),
        ),
      )
      .orderBy(asc(contactMerges.mergedAt)),
  ]);
  const [elector] = contact.electorId
    ? await db
        .select({
          id: electors.id,
          firstNames: electors.firstNames,
          usedName: electors.usedName,
          birthName: electors.birthName,
          birthYear: electors.birthYear,
          bureauCode: electors.bureauCode,
          doorId: electors.doorId,
        })
        .from(electors)
        .where(and(eq(electors.campaignId, campaignId), eq(electors.id, contact.electorId)))
    : [];
  const doorId = contact.doorId ?? elector?.doorId ?? null;
  const household: ContactCard["household"] = [];
  if (doorId !== null) {
    const others = await db
      .select({ id: contacts.id, first: contacts.firstName, last: contacts.lastName })
      .from(contacts)
      .where(
        and(
          eq(contacts.campaignId, campaignId),
          eq(contacts.doorId, doorId),
          ne(contacts.id, contactId),
          isNull(contacts.mergedInto),
        ),
      );
    for (const o of others)
      household.push({ kind: "contact", id: o.id, name: `${o.first ?? ""} ${o.last ?? ""}`.trim() });
    const people = await db
      .select({
        id: electors.id,
        first: electors.firstNames,
        used: electors.usedName,
        birth: electors.birthName,
      })
      .from(electors)
      .where(and(eq(electors.campaignId, campaignId), eq(electors.doorId, doorId)));
    for (const p of people) {
      if (p.id !== contact.electorId)
        household.push({ kind: "elector", id: p.id, name: `${p.first} ${p.used ?? p.birth}` });
    }
  }
  return {
    contact,
    tags: tags.map((t) => t.tag),
    history,
    consents: consentRows,
    elector: elector
      ? {
          id: elector.id,
          firstNames: elector.firstNames,
          usedName: elector.usedName,
          birthName: elector.birthName,
          birthYear: elector.birthYear,
          bureauCode: elector.bureauCode,
        }
      : null,
    household,
    merges,
  };
}
