import type { ContactListItem, PersonHit } from "../../api/types.ts";

/** A line of the people list, whether it comes from the search (electors and contacts) or the contacts list. */
export interface PersonRow {
  kind: "elector" | "contact";
  id: string;
  name: string;
  birthName: string | null;
  birthYear: number | null;
  address: string;
  bureauCode: string | null;
  tags: string[];
}

export const rowKey = (r: Pick<PersonRow, "kind" | "id">) => `${r.kind}:${r.id}`;

export function rowOfHit(h: PersonHit): PersonRow {
  return {
    kind: h.kind,
    id: h.id,
    name: h.name,
    birthName: h.birthName,
    birthYear: h.birthYear,
    address: h.address,
    bureauCode: h.bureauCode,
    tags: [],
  };
}

export function rowOfContact(c: ContactListItem): PersonRow {
  return {
    kind: "contact",
    id: c.id,
    name: [c.firstName, c.lastName].filter(Boolean).join(" ") || c.email || "—",
    birthName: null,
    birthYear: null,
    address: c.city ?? "",
    bureauCode: c.bureauCode,
    tags: c.tags,
  };
}

/**
 * Which list answers the page: the search over electors and contacts when only a text is
 * typed; the contacts list (filtered by the server) as soon as a criterion is set or no
 * text is typed.
 */
export function listSource(q: string, criteria: number): "search" | "contacts" {
  return q.trim() !== "" && criteria === 0 ? "search" : "contacts";
}
