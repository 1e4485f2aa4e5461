import { randomUUID } from "node:crypto";
import type { Db } from "../db/db-type.ts";
import { electoralListRequests, electoralLists, electors } from "../db/schema/index.ts";

/** Electors for db tests, on a list stamped with an L.37 request (what the importer writes). */
export async function insertTestElectors(
  db: Db,
  campaignId: string,
  people: Partial<typeof electors.$inferInsert>[],
): Promise<string[]> {
  const requestId = randomUUID();
  const listId = randomUUID();
  await db.insert(electoralListRequests).values({
    id: requestId,
    campaignId,
    authority: "mairie",
    requestedOn: "2026-01-05",
    requester: "test",
  });
  await db.insert(electoralLists).values({
    id: listId,
    campaignId,
    requestId,
    fileName: "liste.csv",
    fileHash: randomUUID(),
    layout: "reu",
    rows: people.length,
    electors: people.length,
  });
  const rows = people.map((p, i) => ({
    id: randomUUID(),
    campaignId,
    listId,
    lists: ["principale"],
    birthName: "DUPONT",
    firstNames: "Jean",
    orderNumber: i + 1,
    ...p,
  }));
  for (let i = 0; i < rows.length; i += 5000) await db.insert(electors).values(rows.slice(i, i + 5000));
  return rows.map((r) => r.id);
}
