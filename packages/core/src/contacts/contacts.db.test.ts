import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import type { DbHandle } from "../db/db-type.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { createContact } from "./create-contact.ts";
import { getContact } from "./get-contact.ts";
import { linkContactElector } from "./link-contact-elector.ts";
import { listContacts } from "./list-contacts.ts";
import { recordConsent } from "./record-consent.ts";
import { recordOpinions } from "./record-opinions.ts";
import { suggestElectorMatches } from "./suggest-elector-matches.ts";
import { tagContacts } from "./tag-contacts.ts";
import { insertTestElectors } from "./test-people.ts";
import { updateContact } from "./update-contact.ts";

let handle: DbHandle;
let campaignId: string;
const manual = { source: "manual" as const, by: "user-1" };
const consent = {
  wordingVersion: "porte-a-porte-v2",
  wording: "J'accepte d'être recontacté(e) par l'équipe de campagne.",
  channel: "door" as const,
  collectedBy: "Marie (bénévole)",
};

beforeAll(async () => {
  handle = await createTestDb();
  campaignId = (await findOrCreateCampaign(handle.db, { territory: "29019" })).id;
});
afterAll(() => handle.close());

describe(`contacts (${testDbKind()})`, () => {
  it("creates a contact with normalised fields and the source of each", async () => {
    const c = await createContact(handle.db, {
      campaignId,
      fields: {
        firstName: " Anne ",
        lastName: "Le Gall",
        email: "Anne.LeGall@Exemple.FR",
        mobile: "06 12 34 56 78",
      },
      stamp: { source: "door", sourceRef: "session-7", by: "user-1" },
      tags: ["porte-à-porte"],
    });
    expect(c).toMatchObject({
      firstName: "Anne",
      email: "anne.legall@exemple.fr",
      mobile: "+33612345678",
      nameKey: "anne le gall",
    });
    const card = await getContact(handle.db, campaignId, c.id);
    expect(card.tags).toEqual(["porte-à-porte"]);
    expect(card.history.map((h) => [h.field, h.source, h.sourceRef]).sort()).toEqual([
      ["email", "door", "session-7"],
      ["firstName", "door", "session-7"],
      ["lastName", "door", "session-7"],
      ["mobile", "door", "session-7"],
    ]);
    await expect(
      createContact(handle.db, { campaignId, fields: { lastName: "X", phone: "12" }, stamp: manual }),
    ).rejects.toMatchObject({ code: "bad_request", message: expect.stringContaining("phone") });
  });

  it("keeps every value in the history and only writes what changed", async () => {
    const c = await createContact(handle.db, {
      campaignId,
      fields: { lastName: "Morvan", city: "Brest" },
      stamp: manual,
    });
    await updateContact(handle.db, {
      campaignId,
      contactId: c.id,
      patch: { city: "Brest", phone: "02 98 00 11 22" },
      stamp: { source: "meeting", by: "user-2" },
    });
    await updateContact(handle.db, { campaignId, contactId: c.id, patch: { phone: null }, stamp: manual });
    const card = await getContact(handle.db, campaignId, c.id);
    expect(card.contact.phone).toBeNull();
    const phone = card.history.filter((h) => h.field === "phone").map((h) => [h.value, h.source]);
    expect(phone).toEqual([
      [null, "manual"],
      ["+33298001122", "meeting"],
    ]);
    expect(card.history.filter((h) => h.field === "city")).toHaveLength(1);
    await expect(
      updateContact(handle.db, { campaignId: "other", contactId: c.id, patch: { city: "X" }, stamp: manual }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("never stores opinions without the person's 'opinions' consent, and erases them when it is withdrawn", async () => {
    const c = await createContact(handle.db, { campaignId, fields: { lastName: "Quéré" }, stamp: manual });
    const opinions = { q_tram: "pour", soutien: 4 };
    await expect(
      recordOpinions(handle.db, { campaignId, contactId: c.id, opinions, stamp: manual }),
    ).rejects.toMatchObject({ code: "forbidden" });
    // A consent for another purpose does not do.
    await recordConsent(handle.db, {
      campaignId,
      contactId: c.id,
      consent: { ...consent, purpose: "news_email", granted: true },
    });
    await expect(
      recordOpinions(handle.db, { campaignId, contactId: c.id, opinions, stamp: manual }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await getContact(handle.db, campaignId, c.id)).contact.opinions).toBeNull();

    await recordConsent(handle.db, {
      campaignId,
      contactId: c.id,
      consent: { ...consent, purpose: "opinions", granted: true },
    });
    expect(await recordOpinions(handle.db, { campaignId, contactId: c.id, opinions, stamp: manual })).toEqual(
      opinions,
    );
    let card = await getContact(handle.db, campaignId, c.id);
    expect(card.contact.opinions).toEqual(opinions);
    expect(card.history.find((h) => h.field === "opinions")?.value).toBe("q_tram, soutien");

    await recordConsent(handle.db, {
      campaignId,
      contactId: c.id,
      consent: { ...consent, purpose: "opinions", granted: false },
    });
    card = await getContact(handle.db, campaignId, c.id);
    expect(card.contact.opinions).toBeNull();
    expect(card.consents.map((x) => [x.purpose, x.granted])).toEqual([
      ["opinions", false],
      ["opinions", true],
      ["news_email", true],
    ]);
    expect(card.consents[0]).toMatchObject({
      wordingVersion: "porte-a-porte-v2",
      channel: "door",
      collectedBy: "Marie (bénévole)",
    });
    await expect(
      recordOpinions(handle.db, { campaignId, contactId: c.id, opinions, stamp: manual }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("lists contacts by tag, consent in force, source and search text", async () => {
    const a = await createContact(handle.db, {
      campaignId,
      fields: { firstName: "Hélène", lastName: "Kerjean", birthYear: 1960 },
      stamp: { source: "form", by: null },
    });
    const b = await createContact(handle.db, {
      campaignId,
      fields: { firstName: "Paul", lastName: "Kerjean", birthYear: 2000 },
      stamp: manual,
    });
    await tagContacts(handle.db, {
      campaignId,
      contactIds: [a.id, b.id],
      add: ["quartier nord"],
      by: "user-1",
    });
    await tagContacts(handle.db, { campaignId, contactIds: [b.id], remove: ["quartier nord"], by: "user-1" });
    await recordConsent(handle.db, {
      campaignId,
      contactId: a.id,
      consent: { ...consent, purpose: "sms", granted: true },
    });
    await recordConsent(handle.db, {
      campaignId,
      contactId: b.id,
      consent: { ...consent, purpose: "sms", granted: true },
    });
    await recordConsent(handle.db, {
      campaignId,
      contactId: b.id,
      consent: { ...consent, purpose: "sms", granted: false },
    });
    const ids = async (filter: Parameters<typeof listContacts>[1]["filter"]) =>
      (await listContacts(handle.db, { campaignId, filter, limit: 50, offset: 0 })).items.map((i) => i.id);
    expect(await ids({ tags: ["quartier nord"] })).toEqual([a.id]);
    expect(await ids({ consent: "sms" })).toEqual([a.id]);
    expect(await ids({ source: "form" })).toEqual([a.id]);
    expect(await ids({ q: "helene KER" })).toEqual([a.id]);
    expect(await ids({ q: "kerjean", ageMin: 50 })).toEqual([a.id]);
    expect(await ids({ q: "kerjean", ageMax: 30 })).toEqual([b.id]);
    expect(await ids({ q: "'&|!" })).toEqual([]);
    await expect(
      tagContacts(handle.db, { campaignId, contactIds: ["nope"], add: ["x"], by: null }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("suggests electors by name, birth year and address; a human confirms the link", async () => {
    const [same, homonym, older] = await insertTestElectors(handle.db, campaignId, [
      {
        birthName: "LE GOFF",
        usedName: "LE GOFF",
        firstNames: "Camille Marie",
        birthYear: 1984,
        streetNumber: "12",
        streetLabel: "RUE DE SIAM",
        bureauCode: "0101",
      },
      {
        birthName: "LE GOFF",
        firstNames: "Camille",
        birthYear: 1985,
        streetNumber: "3",
        streetLabel: "RUE KERÉON",
      },
      { birthName: "LE GOFF", firstNames: "Camille", birthYear: 1950 },
    ]);
    const c = await createContact(handle.db, {
      campaignId,
      fields: {
        firstName: "Camille",
        lastName: "Le Goff",
        birthYear: 1984,
        streetNumber: "12",
        streetLabel: "Rue de Siam",
      },
      stamp: manual,
    });
    const matches = await suggestElectorMatches(handle.db, campaignId, c.id);
    expect(matches.map((m) => [m.electorId, m.reasons])).toEqual([
      [same, ["name", "birth_year", "address"]],
      [homonym, ["name"]],
    ]);
    expect(matches.some((m) => m.electorId === older)).toBe(false);
    expect((await getContact(handle.db, campaignId, c.id)).contact.electorId).toBeNull();
    const linked = await linkContactElector(handle.db, {
      campaignId,
      contactId: c.id,
      electorId: same,
      by: "user-1",
    });
    expect(linked).toMatchObject({ electorId: same, bureauCode: "0101" });
    const card = await getContact(handle.db, campaignId, c.id);
    expect(card.elector?.id).toBe(same);
    expect(card.history[0]).toMatchObject({
      field: "electorId",
      value: same,
      source: "manual",
      recordedBy: "user-1",
    });
    const twin = await createContact(handle.db, {
      campaignId,
      fields: { lastName: "Le Goff" },
      stamp: manual,
    });
    await expect(
      linkContactElector(handle.db, { campaignId, contactId: twin.id, electorId: same, by: "user-1" }),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});
