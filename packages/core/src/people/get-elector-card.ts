import { and, asc, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import {
  buildings,
  contacts,
  doors,
  electoralListRequests,
  electoralLists,
  electors,
  personTags,
} from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

type ElectorRow = typeof electors.$inferSelect;

/** A person of the household: an elector or a contact at the same door. */
export interface HouseholdMember {
  kind: "elector" | "contact";
  id: string;
  name: string;
}

/**
 * An elector's card: what the list says (never a birthplace nor a nationality: they are not
 * stored), the door as building → entrance → floor → door, the household at that door, the
 * contacts a human confirmed to be this person, tags, and the list it came from with its
 * L.37 request (the source shown to the person on request, and what the purge will follow).
 */
export interface ElectorCard {
  elector: Omit<ElectorRow, "campaignId" | "listId" | "birthDay" | "doorId" | "createdAt" | "updatedAt">;
  source: { fileName: string; importedAt: Date; authority: "mairie" | "prefecture"; requestedOn: string };
  door: { building: string; entrance: string; floor: number | null; door: string } | null;
  household: HouseholdMember[];
  contacts: { id: string; name: string }[];
  tags: string[];
}

const electorName = (e: { firstNames: string; usedName: string | null; birthName: string }) =>
  `${e.firstNames} ${e.usedName ?? e.birthName}`;
const contactName = (c: { firstName: string | null; lastName: string | null }) =>
  [c.firstName, c.lastName].filter(Boolean).join(" ");

/** The card of one elector of the campaign (not_found otherwise, also for another campaign's id). */
export async function getElectorCard(db: Db, campaignId: string, electorId: string): Promise<ElectorCard> {
  const [row] = await db
    .select({ elector: electors, list: electoralLists, request: electoralListRequests })
    .from(electors)
    .innerJoin(electoralLists, eq(electoralLists.id, electors.listId))
    .innerJoin(electoralListRequests, eq(electoralListRequests.id, electoralLists.requestId))
    .where(and(eq(electors.campaignId, campaignId), eq(electors.id, electorId)));
  if (!row) throw new AppError("not_found", "Électeur introuvable.");
  const {
    campaignId: _c,
    listId: _l,
    birthDay: _b,
    doorId,
    createdAt: _cr,
    updatedAt: _u,
    ...elector
  } = row.elector;
  const [door] = doorId
    ? await db
        .select({
          number: buildings.number,
          street: buildings.streetLabel,
          entrance: doors.entrance,
          floor: doors.floor,
          door: doors.door,
        })
        .from(doors)
        .innerJoin(buildings, eq(buildings.id, doors.buildingId))
        .where(eq(doors.id, doorId))
    : [];
  const [neighbours, sameDoorContacts, linked, tags] = await Promise.all([
    doorId
      ? db
          .select({
            id: electors.id,
            firstNames: electors.firstNames,
            usedName: electors.usedName,
            birthName: electors.birthName,
          })
          .from(electors)
          .where(
            and(eq(electors.campaignId, campaignId), eq(electors.doorId, doorId), ne(electors.id, electorId)),
          )
          .orderBy(asc(electors.birthName), asc(electors.firstNames))
      : [],
    doorId
      ? db
          .select({
            id: contacts.id,
            firstName: contacts.firstName,
            lastName: contacts.lastName,
            electorId: contacts.electorId,
          })
          .from(contacts)
          .where(
            and(
              eq(contacts.campaignId, campaignId),
              eq(contacts.doorId, doorId),
              isNull(contacts.mergedInto),
            ),
          )
      : [],
    db
      .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })
      .from(contacts)
      .where(
        and(
          eq(contacts.campaignId, campaignId),
          eq(contacts.electorId, electorId),
          isNull(contacts.mergedInto),
        ),
      ),
    db
      .select({ tag: personTags.tag })
      .from(personTags)
      .where(and(eq(personTags.campaignId, campaignId), eq(personTags.electorId, electorId)))
      .orderBy(asc(personTags.tag)),
  ]);
  return {
    elector,
    source: {
      fileName: row.list.fileName,
      importedAt: row.list.importedAt,
      authority: row.request.authority,
      requestedOn: row.request.requestedOn,
    },
    door: door
      ? {
          building: [door.number, door.street].filter(Boolean).join(" "),
          entrance: door.entrance,
          floor: door.floor,
          door: door.door,
        }
      : null,
    household: [
      ...neighbours.map((n) => ({ kind: "elector" as const, id: n.id, name: electorName(n) })),
      // A contact confirmed to be one of these electors is the same person: listed once, as the elector.
      ...sameDoorContacts
        .filter((c) => c.electorId === null)
        .map((c) => ({ kind: "contact" as const, id: c.id, name: contactName(c) })),
    ],
    contacts: linked.map((c) => ({ id: c.id, name: contactName(c) })),
    tags: tags.map((t) => t.tag),
  };
}
