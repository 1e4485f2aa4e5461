import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../../campaigns/find-or-create-campaign.ts";
import type { DbHandle } from "../../db/db-type.ts";
import {
  consents,
  contactFieldSources,
  contacts,
  electoralListRequests,
  electoralLists,
  electors,
  personTags,
} from "../../db/schema/index.ts";
import { createTestDb, testDbKind } from "../../db/test-db.ts";
import { countSegment } from "./count-segment.ts";
import { parseSegmentCriteria } from "./segment-criteria.ts";

const ON = new Date(Date.UTC(2026, 5, 15));

describe(`segment counts on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let campaignId: string;
  const count = async (where: object) =>
    (await countSegment(handle.db, campaignId, parseSegmentCriteria(where), ON)).count;
  beforeAll(async () => {
    handle = await createTestDb();
    const db = handle.db;
    campaignId = (await findOrCreateCampaign(db, { territory: "29999" })).id;
    await db.insert(electoralListRequests).values({
      id: "r",
      campaignId,
      authority: "mairie",
      requestedOn: "2026-01-01",
      requester: "X",
    });
    await db.insert(electoralLists).values({
      id: "l",
      campaignId,
      requestId: "r",
      fileName: "l.csv",
      fileHash: "h",
      layout: "reu",
      rows: 4,
      electors: 4,
    });
    const elector = (id: string, bureau: string, sex: "F" | "M", year: number, month: number | null) => ({
      id,
      campaignId,
      listId: "l",
      bureauCode: bureau,
      lists: ["principale"],
      birthName: id.toUpperCase(),
      firstNames: "A",
      sex,
      birthYear: year,
      birthMonth: month,
      irisCode: bureau === "29999_0001" ? "299990101" : "299990102",
    });
    await db.insert(electors).values([
      elector("ana", "29999_0001", "F", 2008, 6), // 18 on the day (June, born June)
      elector("bob", "29999_0001", "M", 2008, 7), // 17: birthday in July
      elector("cat", "29999_0002", "F", 1950, null), // 76 (unknown month: January)
      elector("dan", "29999_0002", "M", 1980, 3),
    ]);
    const contact = (id: string, over: Partial<typeof contacts.$inferInsert>) => ({
      id,
      campaignId,
      firstName: id,
      ...over,
    });
    await db.insert(contacts).values([
      contact("c-ana", { electorId: "ana", bureauCode: "29999_0001", sex: "F" }), // the same person as ana
      contact("c-eve", { bureauCode: "29999_0001", sex: "F", birthYear: 1990 }), // a person of her own
      contact("c-old", { bureauCode: "29999_0002", sex: "M", mergedInto: "c-eve" }), // merged: not a person
    ]);
    await db.insert(personTags).values([
      { campaignId, contactId: "c-ana", tag: "benevole" },
      { campaignId, electorId: "dan", tag: "benevole" },
      { campaignId, contactId: "c-old", tag: "benevole" },
    ]);
    const consent = (contactId: string, granted: boolean, at: string) => ({
      campaignId,
      contactId,
      purpose: "news_email" as const,
      granted,
      wordingVersion: "v1",
      wording: "J'accepte…",
      channel: "form" as const,
      recordedAt: new Date(at),
    });
    await db.insert(consents).values([
      consent("c-ana", true, "2026-01-01"),
      consent("c-eve", true, "2026-01-01"),
      consent("c-eve", false, "2026-02-01"), // withdrawn: the latest is in force
    ]);
    await db.insert(contactFieldSources).values({
      campaignId,
      contactId: "c-eve",
      field: "email",
      source: "door",
      sourceRef: randomUUID(),
    });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("counts electors and unlinked live contacts, a linked contact once", async () => {
    expect(await count({})).toBe(5);
    expect(await count({ bureaux: ["0001"] })).toBe(3);
    expect(await count({ bureaux: ["29999_0002"], sex: "M" })).toBe(1);
    expect(await count({ iris: ["299990101"] })).toBe(2);
  });

  it("counts ages on the day, the birth month deciding, an unknown month as January", async () => {
    expect(await count({ ageMin: 18, ageMax: 18 })).toBe(1);
    expect(await count({ ageMax: 17 })).toBe(1);
    expect(await count({ ageMin: 76, ageMax: 76 })).toBe(1);
    expect(await count({ ageMin: 36, ageMax: 46 })).toBe(2);
  });

  it("filters by tags, consent in force and source", async () => {
    expect(await count({ tags: ["benevole"] })).toBe(2);
    expect(await count({ consent: "news_email" })).toBe(1);
    expect(await count({ source: "electoral_list" })).toBe(4);
    expect(await count({ source: "door" })).toBe(1);
  });

  it("refuses criteria that do not exist, naming them", () => {
    expect(() => parseSegmentCriteria({ lastName: "X" })).toThrow(/Critère non autorisé « lastName »/);
    expect(() => parseSegmentCriteria({ sex: "X" })).toThrow(/Critère « sex » invalide/);
    expect(() => parseSegmentCriteria({ ageMin: 40, ageMax: 30 })).toThrow(/ageMin/);
  });
});
