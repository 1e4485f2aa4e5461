import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import type { DbHandle } from "../db/db-type.ts";
import { segments } from "../db/schema/index.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { createContact } from "./create-contact.ts";
import { exportContacts } from "./export-contacts.ts";
import { getPeopleStats } from "./get-people-stats.ts";
import { listExportLog } from "./list-export-log.ts";
import { recordConsent } from "./record-consent.ts";
import { searchPeople } from "./search-people.ts";
import { insertTestElectors } from "./test-people.ts";

let handle: DbHandle;
let campaignId: string;
const manual = { source: "manual" as const, by: "user-1" };

beforeAll(async () => {
  handle = await createTestDb();
  campaignId = (await findOrCreateCampaign(handle.db, { territory: "29019" })).id;
});
afterAll(() => handle.close());

describe(`export, aggregates and search (${testDbKind()})`, () => {
  it("exports for Excel with the consents in force and logs who, when, which segment, how many rows", async () => {
    const a = await createContact(handle.db, {
      campaignId,
      fields: {
        firstName: "Noémie",
        lastName: "Prigent",
        email: "noemie@exemple.org",
        mobile: "07 81 22 33 44",
        notes: "secret",
      },
      stamp: manual,
      tags: ["bénévole", "tractage"],
    });
    await createContact(handle.db, {
      campaignId,
      fields: { firstName: '=HYPERLINK("x")', lastName: "Abgrall" },
      stamp: manual,
    });
    await recordConsent(handle.db, {
      campaignId,
      contactId: a.id,
      consent: {
        purpose: "news_email",
        granted: true,
        wordingVersion: "v1",
        wording: "Oui",
        channel: "form",
        collectedBy: "site",
      },
    });
    const all = await exportContacts(handle.db, { campaignId, userId: "user-1" });
    expect(all.rows).toBe(2);
    expect(all.csv.startsWith("\uFEFFPrénom;Nom;E-mail;")).toBe(true);
    const lines = all.csv.slice(1).split("\r\n");
    expect(lines[1]).toBe(
      '\'=HYPERLINK(""x"")'.replace(/^/, '"').concat('";Abgrall;;;;;;;;;;;;;non;non;;;;'),
    );
    expect(lines[2]).toContain("Noémie;Prigent;noemie@exemple.org;;'+33781223344;");
    expect(lines[2]).toContain(";bénévole, tractage;");
    expect(lines[2]).toMatch(/;non;non;oui;;;$/);
    expect(all.csv).not.toContain("secret");

    const segmentId = randomUUID();
    await handle.db
      .insert(segments)
      .values({ id: segmentId, campaignId, name: "Newsletter", criteria: { consent: "news_email" } });
    const seg = await exportContacts(handle.db, { campaignId, userId: "user-2", segmentId });
    expect(seg.rows).toBe(1);
    const log = await listExportLog(handle.db, campaignId);
    expect(log.map((l) => [l.userId, l.kind, l.rows])).toEqual([
      ["user-2", "contacts", 1],
      ["user-1", "contacts", 2],
    ]);
    expect(log[0].criteria).toMatchObject({ segment: { id: segmentId, name: "Newsletter" } });
    const bad = randomUUID();
    await handle.db
      .insert(segments)
      .values({ id: bad, campaignId, name: "Interdit", criteria: { birthplace: "Alger" } });
    await expect(
      exportContacts(handle.db, { campaignId, userId: "user-1", segmentId: bad }),
    ).rejects.toMatchObject({
      code: "bad_request",
      message: expect.stringContaining("birthplace"),
    });
    expect(await listExportLog(handle.db, campaignId)).toHaveLength(2);
  });

  it("gives analysts aggregates with small groups hidden", async () => {
    const stats = await getPeopleStats(handle.db, campaignId);
    expect(stats).toMatchObject({ contacts: 2, withEmail: 1, withPhone: 1 });
    expect(stats.consents.news_email).toBe(1);
    expect(stats.sources.manual).toBe(2);
    expect(stats.bureaux.every((b) => b.contacts === null)).toBe(true);
  });

  it("searches electors and contacts as one types, accents and case ignored", async () => {
    await insertTestElectors(handle.db, campaignId, [
      {
        birthName: "LE BIHAN",
        usedName: "MORVAN",
        firstNames: "Éloïse Anne",
        streetNumber: "140",
        streetLabel: "RUE DE PARIS",
        birthYear: 1970,
      },
      { birthName: "KERÉON", firstNames: "Loïc", streetLabel: "IMPASSE DES AJONCS" },
      { birthName: "CŒUR", firstNames: "Gaël" },
    ]);
    const names = async (q: string) =>
      (await searchPeople(handle.db, { campaignId, q })).map((h) => `${h.kind}:${h.name}`);
    expect(await names("eloi")).toEqual(["elector:Éloïse Anne MORVAN"]);
    expect(await names("ELOÏSE le bi")).toEqual(["elector:Éloïse Anne MORVAN"]);
    expect(await names("kereon")).toEqual(["elector:Loïc KERÉON"]);
    expect(await names("ajon")).toEqual(["elector:Loïc KERÉON"]);
    expect(await names("coeur")).toEqual(["elector:Gaël CŒUR"]);
    expect(await names("noemie prig")).toEqual(["contact:Noémie Prigent"]);
    expect(await names("rue de paris 140")).toEqual(["elector:Éloïse Anne MORVAN"]);
    expect(await names("  ")).toEqual([]);
    expect(await names("zzz")).toEqual([]);
    const hit = (await searchPeople(handle.db, { campaignId, q: "morvan" }))[0];
    expect(hit).toMatchObject({ birthName: "LE BIHAN", birthYear: 1970, address: "140 RUE DE PARIS" });
  });
});
