import { and, asc, eq, inArray } from "drizzle-orm";
import { writeCsv } from "../csv/write-csv.ts";
import type { Db } from "../db/db-type.ts";
import { consents, contacts, exportLog, personTags, segments } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { parseSegmentCriteria } from "../people/segments/segment-criteria.ts";
import { type ContactFilter, contactWhere } from "./contact-filter.ts";
import type { ConsentPurpose } from "./contact-types.ts";

/** The export's columns: their names are the importer's, so an exported file imports back. */
const HEADER = [
  "Prénom",
  "Nom",
  "E-mail",
  "Téléphone",
  "Portable",
  "Numéro",
  "Voie",
  "Complément",
  "Code postal",
  "Ville",
  "Année de naissance",
  "Sexe",
  "Étiquettes",
  "Bureau",
  "Ne pas appeler",
  "Ne pas contacter",
  "Consentement email",
  "Consentement SMS",
  "Consentement invitations",
  "Consentement bénévolat",
];
const PURPOSES: ConsentPurpose[] = ["news_email", "sms", "invitations", "volunteering"];

const yesNo = (v: boolean | undefined) => (v === undefined ? "" : v ? "oui" : "non");

/**
 * Exports the campaign's contacts chosen by a filter or a saved segment as a CSV for
 * Excel (UTF-8 BOM, `;`), with the consents in force; notes and opinions are never
 * exported. Each export is logged in export_log: who, when, which segment or criteria,
 * how many rows. Authorisation (admins and coordinators) is the route's policy.
 */
export async function exportContacts(
  db: Db,
  input: { campaignId: string; userId: string; filter?: ContactFilter; segmentId?: string },
): Promise<{ csv: string; rows: number; fileName: string }> {
  let filter: ContactFilter = input.filter ?? {};
  let segment: { id: string; name: string } | null = null;
  if (input.segmentId) {
    const [s] = await db
      .select()
      .from(segments)
      .where(and(eq(segments.campaignId, input.campaignId), eq(segments.id, input.segmentId)));
    if (!s) throw new AppError("not_found", "Segment introuvable.");
    const { source, ...criteria } = parseSegmentCriteria(s.criteria);
    if (source === "electoral_list") {
      throw new AppError(
        "bad_request",
        "Critère « source » : l'export de contacts ne porte pas sur la liste électorale.",
      );
    }
    filter = { ...criteria, source };
    segment = { id: s.id, name: s.name };
  }
  const rows = await db
    .select()
    .from(contacts)
    .where(contactWhere(input.campaignId, filter))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id));
  const ids = rows.map((r) => r.id);
  const tags = new Map<string, string[]>();
  const inForce = new Map<string, Map<ConsentPurpose, boolean>>();
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    for (const t of await db.select().from(personTags).where(inArray(personTags.contactId, chunk))) {
      if (t.contactId) tags.set(t.contactId, [...(tags.get(t.contactId) ?? []), t.tag]);
    }
    const history = await db
      .select({ contactId: consents.contactId, purpose: consents.purpose, granted: consents.granted })
      .from(consents)
      .where(inArray(consents.contactId, chunk))
      .orderBy(asc(consents.recordedAt), asc(consents.id));
    for (const c of history) {
      const map = inForce.get(c.contactId) ?? new Map<ConsentPurpose, boolean>();
      map.set(c.purpose, c.granted);
      inForce.set(c.contactId, map);
    }
  }
  const csv = writeCsv(
    HEADER,
    rows.map((c) => [
      c.firstName,
      c.lastName,
      c.email,
      c.phone,
      c.mobile,
      c.streetNumber,
      c.streetLabel,
      c.complement,
      c.postalCode,
      c.city,
      c.birthYear,
      c.sex,
      (tags.get(c.id) ?? []).sort().join(", "),
      c.bureauCode,
      yesNo(c.doNotCall),
      yesNo(c.doNotContact),
      ...PURPOSES.map((p) => yesNo(inForce.get(c.id)?.get(p))),
    ]),
  );
  await db.insert(exportLog).values({
    campaignId: input.campaignId,
    userId: input.userId,
    kind: "contacts",
    criteria: { segment, filter },
    rows: rows.length,
  });
  const day = new Date().toISOString().slice(0, 10);
  return { csv, rows: rows.length, fileName: `contacts-${day}.csv` };
}
