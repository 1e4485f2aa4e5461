import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import type { DbHandle } from "../db/db-type.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { confirmContactImport } from "./confirm-contact-import.ts";
import { getContact } from "./get-contact.ts";
import { listContacts } from "./list-contacts.ts";
import { previewContactImport } from "./preview-contact-import.ts";
import { recordConsent } from "./record-consent.ts";
import { uploadContactFile } from "./upload-contact-file.ts";

let handle: DbHandle;
let campaignId: string;
let nationbuilder: Buffer;
const source = "Export NationBuilder de la campagne municipale 2020";

beforeAll(async () => {
  handle = await createTestDb();
  campaignId = (await findOrCreateCampaign(handle.db, { territory: "29019" })).id;
  nationbuilder = await readFile(new URL("./fixtures/nationbuilder-people.csv", import.meta.url));
});
afterAll(() => handle.close());

const upload = (bytes: Buffer, fileName = "nationbuilder-people.csv") =>
  uploadContactFile(handle.db, { campaignId, fileName, bytes, by: "user-1" });
const all = async () =>
  (await listContacts(handle.db, { campaignId, filter: {}, limit: 100, offset: 0 })).items;

describe(`contacts import (${testDbKind()})`, () => {
  it("previews NationBuilder's export: detected mapping, first rows, the opinion column left out", async () => {
    const { importId } = await upload(nationbuilder);
    const preview = await previewContactImport(handle.db, { campaignId, importId });
    expect(preview).toMatchObject({
      rows: 10,
      errorCount: 0,
      remembered: false,
      opinionColumns: ["support_level"],
    });
    expect(preview.mapping.support_level).toBeNull();
    expect(preview.sample[0].fields).toMatchObject({ externalId: "1042", mobile: "+33671234589" });
    expect(await all()).toEqual([]);
  });

  it("refuses an import without a declared source, and one with errors, changing nothing", async () => {
    const { importId } = await upload(nationbuilder);
    await expect(
      confirmContactImport(handle.db, { campaignId, importId, sourceLabel: " ", by: "user-1" }),
    ).rejects.toMatchObject({ code: "bad_request", message: expect.stringContaining("source") });
    const broken = Buffer.from(
      nationbuilder
        .toString("utf8")
        .replace("p.tanguy@exemple.net", "p.tanguy@")
        .replace("07 60 11 22 33", "07 60"),
    );
    const bad = await upload(broken, "nb-abime.csv");
    const preview = await previewContactImport(handle.db, { campaignId, importId: bad.importId });
    expect(preview.errors.map((e) => `${e.file}:${e.line}:${e.column}`)).toEqual([
      "nb-abime.csv:7:email",
      "nb-abime.csv:10:mobile_number",
    ]);
    await expect(
      confirmContactImport(handle.db, {
        campaignId,
        importId: bad.importId,
        sourceLabel: source,
        by: "user-1",
      }),
    ).rejects.toMatchObject({
      code: "invalid_file",
      message: expect.stringContaining("nb-abime.csv:7 (email)"),
    });
    await expect(
      previewContactImport(handle.db, { campaignId, importId, mapping: { support_level: "notes" } }),
    ).rejects.toMatchObject({ code: "bad_request", message: expect.stringContaining("opinions politiques") });
    expect(await all()).toEqual([]);
  });

  it("imports every person with sources, tags, objections and opt-ins as consents proved by the file", async () => {
    const { importId } = await upload(nationbuilder);
    const result = await confirmContactImport(handle.db, {
      campaignId,
      importId,
      sourceLabel: source,
      by: "user-1",
    });
    expect(result).toMatchObject({ rows: 10, created: 10, updated: 0, unchanged: 0 });
    const people = await all();
    expect(people).toHaveLength(10);
    const camille = people.find((p) => p.lastName === "Le Goff");
    if (!camille) throw new Error("Camille not imported");
    const card = await getContact(handle.db, campaignId, camille.id);
    expect(card.contact).toMatchObject({
      externalId: "1042",
      phone: "+33298441230",
      streetLabel: "rue de Siam",
      birthYear: 1984,
      opinions: null,
    });
    expect(card.tags).toEqual(["porte-à-porte", "quartier Siam"]);
    expect(new Set(card.history.map((h) => `${h.source}:${h.sourceRef}`))).toEqual(
      new Set([`import:${importId}`]),
    );
    expect(card.consents.map((c) => [c.purpose, c.granted, c.channel])).toEqual(
      expect.arrayContaining([
        ["news_email", true, "import"],
        ["sms", true, "import"],
      ]),
    );
    expect(card.consents[0].proof).toMatchObject({ importId, file: "nationbuilder-people.csv", line: 2 });
    expect(card.consents[0].collectedBy).toBe(source);
    const tanguy = people.find((p) => p.lastName === "Tanguy");
    expect(tanguy?.doNotContact).toBe(true);
  });

  it("re-imports idempotently, never re-granting a consent withdrawn since, and remembers the mapping", async () => {
    const people = await all();
    const camille = people.find((p) => p.lastName === "Le Goff");
    if (!camille) throw new Error("Camille not imported");
    await recordConsent(handle.db, {
      campaignId,
      contactId: camille.id,
      consent: {
        purpose: "sms",
        granted: false,
        wordingVersion: "v3",
        wording: "STOP",
        channel: "door",
        collectedBy: "Marie",
      },
    });
    const again = await upload(nationbuilder);
    const preview = await previewContactImport(handle.db, { campaignId, importId: again.importId });
    expect(preview.remembered).toBe(true);
    const result = await confirmContactImport(handle.db, {
      campaignId,
      importId: again.importId,
      sourceLabel: source,
      by: "user-1",
    });
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 10 });
    expect(await all()).toHaveLength(10);
    const card = await getContact(handle.db, campaignId, camille.id);
    expect(card.consents.find((c) => c.purpose === "sms")?.granted).toBe(false);
    await expect(
      confirmContactImport(handle.db, {
        campaignId,
        importId: again.importId,
        sourceLabel: source,
        by: "user-1",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("reads a French Excel file (windows-1252, `;`) with a mapping chosen by hand, then offers it again", async () => {
    const text =
      "Prénom;Nom;Téléphone;Remarque\r\nRené;Kerhervé;06 71 00 00 01;à rappeler\r\nZoé;Pétillon;;\r\n";
    const bytes = Buffer.from(text, "latin1");
    const first = await upload(bytes, "benevoles.csv");
    const detected = await previewContactImport(handle.db, { campaignId, importId: first.importId });
    expect(detected.mapping).toEqual({
      Prénom: "first_name",
      Nom: "last_name",
      Téléphone: "phone",
      Remarque: null,
    });
    const mapping = { ...detected.mapping, Téléphone: "mobile", Remarque: "notes" };
    await confirmContactImport(handle.db, {
      campaignId,
      importId: first.importId,
      mapping,
      sourceLabel: "Liste des bénévoles 2025",
      by: null,
    });
    const rene = (await listContacts(handle.db, { campaignId, filter: { q: "rene" }, limit: 5, offset: 0 }))
      .items[0];
    expect(rene).toMatchObject({ firstName: "René", lastName: "Kerhervé", mobile: "+33671000001" });
    const second = await upload(bytes, "benevoles-2.csv");
    const offered = await previewContactImport(handle.db, { campaignId, importId: second.importId });
    expect(offered).toMatchObject({ remembered: true, mapping });
  });
});
