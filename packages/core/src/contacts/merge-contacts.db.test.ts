import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import type { DbHandle } from "../db/db-type.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { createContact } from "./create-contact.ts";
import { findDuplicateContacts } from "./find-duplicate-contacts.ts";
import { getContact } from "./get-contact.ts";
import { linkContactElector } from "./link-contact-elector.ts";
import { listContactMerges } from "./list-contact-merges.ts";
import { listContacts } from "./list-contacts.ts";
import { mergeContacts } from "./merge-contacts.ts";
import { recordConsent } from "./record-consent.ts";
import { recordOpinions } from "./record-opinions.ts";
import { insertTestElectors } from "./test-people.ts";
import { updateContact } from "./update-contact.ts";

let handle: DbHandle;
let campaignId: string;
const manual = { source: "manual" as const, by: "user-1" };
const proof = {
  wordingVersion: "v1",
  wording: "J'accepte…",
  channel: "form" as const,
  collectedBy: "site web",
};

beforeAll(async () => {
  handle = await createTestDb();
  campaignId = (await findOrCreateCampaign(handle.db, { territory: "29019" })).id;
});
afterAll(() => handle.close());

describe(`duplicates and merges (${testDbKind()})`, () => {
  it("finds pairs by folded name, e-mail and phone, with their reasons; an address alone is a household", async () => {
    const yann = await createContact(handle.db, {
      campaignId,
      fields: { firstName: "Yann", lastName: "L'Hostis", email: "yann@exemple.fr" },
      stamp: manual,
    });
    const yann2 = await createContact(handle.db, {
      campaignId,
      fields: { firstName: "yann", lastName: "L’HOSTIS", mobile: "06 11 22 33 44" },
      stamp: { source: "door", by: "user-2" },
    });
    const yann3 = await createContact(handle.db, {
      campaignId,
      fields: { firstName: "Y.", lastName: "Hostis", phone: "+33 6 11 22 33 44", email: "YANN@exemple.fr" },
      stamp: manual,
    });
    const a = await createContact(handle.db, {
      campaignId,
      fields: {
        firstName: "Léa",
        lastName: "Abiven",
        streetNumber: "3",
        streetLabel: "rue Bugeaud",
        postalCode: "29200",
      },
      stamp: manual,
    });
    const b = await createContact(handle.db, {
      campaignId,
      fields: {
        firstName: "Tom",
        lastName: "Abiven",
        streetNumber: "3",
        streetLabel: "Rue Bugeaud",
        postalCode: "29200",
      },
      stamp: manual,
    });
    const pairs = await findDuplicateContacts(handle.db, campaignId);
    const found = pairs.map((p) => [[p.a.id, p.b.id].sort().join("|"), p.reasons]);
    const key = (x: string, y: string) => [x, y].sort().join("|");
    expect(found).toContainEqual([key(yann.id, yann3.id), ["email"]]);
    expect(found).toContainEqual([key(yann2.id, yann3.id), ["phone"]]);
    expect(found).toContainEqual([key(yann.id, yann2.id), ["name"]]);
    expect(found.some(([k]) => k === key(a.id, b.id))).toBe(false);
    expect(found).toHaveLength(3);
  });

  it("merges keeping every source, consent and tag, with a snapshot; the merged one points to the kept one", async () => {
    const [elector] = await insertTestElectors(handle.db, campaignId, [
      { birthName: "TANGUY", firstNames: "Patrick", bureauCode: "0203" },
    ]);
    const kept = await createContact(handle.db, {
      campaignId,
      fields: {
        firstName: "Patrick",
        lastName: "Tanguy",
        email: "p.tanguy@exemple.net",
        notes: "Rencontré au marché",
      },
      stamp: { source: "meeting", by: "user-1" },
      tags: ["réunion publique"],
    });
    const merged = await createContact(handle.db, {
      campaignId,
      fields: {
        firstName: "Pat",
        lastName: "Tanguy",
        mobile: "07 60 11 22 33",
        city: "Guipavas",
        doNotCall: true,
        notes: "Ne pas appeler le soir",
      },
      stamp: { source: "door", sourceRef: "session-3", by: "user-2" },
      tags: ["porte-à-porte", "réunion publique"],
    });
    await linkContactElector(handle.db, {
      campaignId,
      contactId: merged.id,
      electorId: elector,
      by: "user-2",
    });
    await recordConsent(handle.db, {
      campaignId,
      contactId: kept.id,
      consent: { ...proof, purpose: "news_email", granted: true, collectedAt: new Date("2026-01-01") },
    });
    await recordConsent(handle.db, {
      campaignId,
      contactId: merged.id,
      consent: { ...proof, purpose: "news_email", granted: false, collectedAt: new Date("2026-02-01") },
    });
    await recordConsent(handle.db, {
      campaignId,
      contactId: merged.id,
      consent: { ...proof, purpose: "opinions", granted: true },
    });
    await recordOpinions(handle.db, {
      campaignId,
      contactId: merged.id,
      opinions: { tram: "contre" },
      stamp: manual,
    });

    const { kept: after, mergeId } = await mergeContacts(handle.db, {
      campaignId,
      keptId: kept.id,
      mergedId: merged.id,
      take: ["firstName"],
      by: "user-1",
    });
    expect(after).toMatchObject({
      firstName: "Pat",
      email: "p.tanguy@exemple.net",
      mobile: "+33760112233",
      city: "Guipavas",
      doNotCall: true,
      notes: "Rencontré au marché\n\nNe pas appeler le soir",
      electorId: elector,
      bureauCode: "0203",
      opinions: { tram: "contre" },
    });
    const card = await getContact(handle.db, campaignId, kept.id);
    expect(card.tags).toEqual(["porte-à-porte", "réunion publique"]);
    expect(card.consents.map((c) => [c.purpose, c.granted])).toEqual(
      expect.arrayContaining([
        ["news_email", true],
        ["news_email", false],
        ["opinions", true],
      ]),
    );
    expect(card.consents.find((c) => c.purpose === "news_email")?.granted).toBe(false); // the latest is in force
    const sources = card.history.map((h) => `${h.field}:${h.source}`);
    expect(sources).toEqual(
      expect.arrayContaining([
        "mobile:door",
        "email:meeting",
        "city:door",
        "city:manual",
        "electorId:manual",
      ]),
    );
    expect(card.history.find((h) => h.field === "city" && h.source === "manual")?.sourceRef).toBe(
      `merge:${mergeId}`,
    );

    const old = await getContact(handle.db, campaignId, merged.id);
    expect(old.contact.mergedInto).toBe(kept.id);
    expect(old.contact.opinions).toBeNull();
    const history = await listContactMerges(handle.db, { campaignId, contactId: kept.id });
    expect(history).toHaveLength(1);
    const snapshot = history[0].snapshot as { merged: Record<string, unknown>; mergedTags: string[] };
    expect(snapshot.merged).toMatchObject({
      firstName: "Pat",
      mobile: "+33760112233",
      opinionKeys: ["tram"],
    });
    expect(snapshot.merged).not.toHaveProperty("opinions");
    expect(snapshot.mergedTags.sort()).toEqual(["porte-à-porte", "réunion publique"]);

    const listed = await listContacts(handle.db, {
      campaignId,
      filter: { q: "tanguy" },
      limit: 10,
      offset: 0,
    });
    expect(listed.items.map((i) => i.id)).toEqual([kept.id]);
    await expect(
      updateContact(handle.db, { campaignId, contactId: merged.id, patch: { city: "Brest" }, stamp: manual }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      mergeContacts(handle.db, { campaignId, keptId: kept.id, mergedId: merged.id, by: null }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses to merge contacts linked to two different electors", async () => {
    const [e1, e2] = await insertTestElectors(handle.db, campaignId, [
      { birthName: "MORVAN" },
      { birthName: "MORVAN" },
    ]);
    const a = await createContact(handle.db, { campaignId, fields: { lastName: "Morvan" }, stamp: manual });
    const b = await createContact(handle.db, { campaignId, fields: { lastName: "Morvan" }, stamp: manual });
    await linkContactElector(handle.db, { campaignId, contactId: a.id, electorId: e1, by: null });
    await linkContactElector(handle.db, { campaignId, contactId: b.id, electorId: e2, by: null });
    await expect(
      mergeContacts(handle.db, { campaignId, keptId: a.id, mergedId: b.id, by: null }),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});
