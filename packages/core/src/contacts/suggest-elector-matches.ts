import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { electors } from "../db/schema/index.ts";
import { findContact } from "./find-contact.ts";
import { foldText } from "./fold-text.ts";
import { electorSearchVector } from "./search-people.ts";

export interface ElectorMatch {
  electorId: string;
  firstNames: string;
  usedName: string | null;
  birthName: string;
  birthYear: number | null;
  address: string;
  bureauCode: string | null;
  /** What agrees: always the name; the birth year and the address when both sides know them. */
  reasons: ("name" | "birth_year" | "address")[];
}

/**
 * Electors who may be this contact: same last name (used or birth name) and first name
 * (any of the elector's first names), accents and case ignored; a known birth year that
 * differs by more than one rules a candidate out. Best first (birth year, then address,
 * agreeing). Only a suggestion: linkContactElector records a human's confirmation.
 */
export async function suggestElectorMatches(
  db: Db,
  campaignId: string,
  contactId: string,
): Promise<ElectorMatch[]> {
  const contact = await findContact(db, campaignId, contactId);
  const last = foldText(contact.lastName);
  const first = foldText(contact.firstName).split(" ")[0] ?? "";
  const words = `${last} ${first}`.split(" ").filter((w) => /^[a-z0-9]+$/.test(w));
  if (!last || !first || words.length === 0) return [];
  const rows = await db
    .select()
    .from(electors)
    .where(
      and(
        eq(electors.campaignId, campaignId),
        sql`${electorSearchVector} @@ to_tsquery('simple', ${words.join(" & ")})`,
      ),
    )
    .limit(200);
  const contactAddress = foldText(`${contact.streetNumber ?? ""} ${contact.streetLabel ?? ""}`);
  const out: (ElectorMatch & { score: number })[] = [];
  for (const e of rows) {
    const names = [foldText(e.usedName), foldText(e.birthName)];
    if (!names.includes(last) || !foldText(e.firstNames).split(" ").includes(first)) continue;
    const reasons: ElectorMatch["reasons"] = ["name"];
    if (contact.birthYear !== null && e.birthYear !== null) {
      if (Math.abs(contact.birthYear - e.birthYear) > 1) continue;
      if (contact.birthYear === e.birthYear) reasons.push("birth_year");
    }
    const address = foldText(`${e.streetNumber ?? ""} ${e.streetLabel ?? ""}`);
    if (contactAddress !== "" && contactAddress === address) reasons.push("address");
    out.push({
      electorId: e.id,
      firstNames: e.firstNames,
      usedName: e.usedName,
      birthName: e.birthName,
      birthYear: e.birthYear,
      address: [e.streetNumber, e.streetLabel, e.postalCode, e.city].filter(Boolean).join(" "),
      bureauCode: e.bureauCode,
      reasons,
      score: reasons.length,
    });
  }
  out.sort((a, b) => b.score - a.score || a.electorId.localeCompare(b.electorId));
  return out.slice(0, 20).map(({ score: _score, ...m }) => m);
}
