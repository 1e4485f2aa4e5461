import { and, eq, inArray, isNull, ne, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../db/db-type.ts";
import { contacts } from "../db/schema/index.ts";
import type { ContactRow } from "./contact-types.ts";

export type DuplicateReason = "name" | "email" | "phone" | "address";

export interface DuplicatePair {
  a: ContactRow;
  b: ContactRow;
  /** What the two share (folded name, e-mail, a phone number on either line, number + street + postal code). */
  reasons: DuplicateReason[];
}

const phones = (c: ContactRow) => [c.phone, c.mobile].filter((p): p is string => p !== null);

/** Why two contacts may be one person. */
export function duplicateReasons(a: ContactRow, b: ContactRow): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (a.nameKey !== "" && a.nameKey === b.nameKey) reasons.push("name");
  if (a.email !== null && a.email === b.email) reasons.push("email");
  if (phones(a).some((p) => phones(b).includes(p))) reasons.push("phone");
  if (a.addressKey !== "" && a.addressKey === b.addressKey) reasons.push("address");
  return reasons;
}

const weight = (r: DuplicateReason[]) =>
  r.length * 10 +
  (r.includes("email") ? 4 : 0) +
  (r.includes("phone") ? 3 : 0) +
  (r.includes("name") ? 2 : 0);

/**
 * Candidate duplicates among the campaign's live contacts: pairs sharing a folded name, an
 * e-mail or a phone number (each found through its index). A pair sharing only an address
 * is a household, not a duplicate, and is not proposed. Strongest first: more reasons,
 * then e-mail, phone, name.
 */
export async function findDuplicateContacts(
  db: Db,
  campaignId: string,
  options: { limit?: number } = {},
): Promise<DuplicatePair[]> {
  const a = alias(contacts, "a");
  const b = alias(contacts, "b");
  const pairQuery = (on: SQL | undefined) =>
    db
      .select({ a: a.id, b: b.id })
      .from(a)
      .innerJoin(b, and(eq(b.campaignId, a.campaignId), on, isNull(b.mergedInto)))
      .where(and(eq(a.campaignId, campaignId), isNull(a.mergedInto)))
      .limit(5000);
  const found = await Promise.all([
    pairQuery(and(ne(a.nameKey, ""), eq(a.nameKey, b.nameKey))),
    pairQuery(eq(a.email, b.email)),
    pairQuery(eq(a.phone, b.phone)),
    pairQuery(eq(a.mobile, b.mobile)),
    pairQuery(eq(a.phone, b.mobile)),
  ]);
  const keys = new Set<string>();
  for (const list of found) {
    for (const p of list) if (p.a !== p.b) keys.add(p.a < p.b ? `${p.a}|${p.b}` : `${p.b}|${p.a}`);
  }
  const ids = [...new Set([...keys].flatMap((k) => k.split("|")))];
  const rows = new Map<string, ContactRow>();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = await db
      .select()
      .from(contacts)
      .where(inArray(contacts.id, ids.slice(i, i + 1000)));
    for (const r of chunk) rows.set(r.id, r);
  }
  const pairs: DuplicatePair[] = [];
  for (const key of keys) {
    const [ida, idb] = key.split("|");
    const ra = rows.get(ida);
    const rb = rows.get(idb);
    if (!ra || !rb) continue;
    const reasons = duplicateReasons(ra, rb);
    if (reasons.length > 0) pairs.push({ a: ra, b: rb, reasons });
  }
  pairs.sort((x, y) => weight(y.reasons) - weight(x.reasons) || x.a.id.localeCompare(y.a.id));
  return pairs.slice(0, options.limit ?? 200);
}
