import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import { createContact } from "../contacts/create-contact.ts";
import { linkContactElector } from "../contacts/link-contact-elector.ts";
import type { DbHandle } from "../db/db-type.ts";
import { electors } from "../db/schema/index.ts";
import { createTestDb } from "../db/test-db.ts";
import { importFiles } from "../import/import-files.ts";
import { getElectorCard } from "./get-elector-card.ts";

const HEADER =
  "code du l'ugle;libellé de l'ugle;libellé du type de liste;nom de naissance;nom d'usage;prénoms;sexe;date de naissance;code commune de naissance;libellé commune de naissance;code département de naissance;pays de naissance;libellé nationalité;numéro de voie;libellé de voie;complément 1;complément 2;lieu-dit;code postal;commune;pays;code du bureau de vote;libellé du bureau de vote;code circonscription législative du bureau de vote;libellé canton du bureau de vote;libellé circonscription métropolitaine du bureau de vote;numéro d'ordre dans le bureau de vote";

/** first names, birth name, birth date, number, street, complement 1, complement 2, order */
function row(
  first: string,
  birth: string,
  date: string,
  num: string,
  street: string,
  c1: string,
  c2: string,
  order: number,
) {
  const fields = [
    "29999",
    "Kerbrenn",
    "Liste principale",
    birth,
    "",
    first,
    "F",
    date,
    "29019",
    "Brest",
    "29",
    "France",
  ];
  fields.push(
    "Française",
    num,
    street,
    c1,
    c2,
    "",
    "29999",
    "Kerbrenn",
    "",
    "0001",
    "Mairie",
    "29-01",
    "",
    "",
  );
  return `${fields.map((f) => (f === "" ? "" : `"${f}"`)).join(";")};${order}`;
}

describe("getElectorCard", () => {
  let handle: DbHandle;
  let dir: string;
  let campaignId: string;

  beforeAll(async () => {
    handle = await createTestDb();
    dir = mkdtempSync(path.join(tmpdir(), "terrain-card-"));
    campaignId = (await findOrCreateCampaign(handle.db, { territory: "29999" })).id;
    const file = path.join(dir, "liste.csv");
    writeFileSync(
      file,
      [
        HEADER,
        row("Maëlle", "KERJEAN", "12/04/1984", "12", "RUE DE SIAM", "APT 34", "BAT B", 1),
        row("Erwan", "KERJEAN", "03/09/1981", "12", "RUE DE SIAM", "APT 34", "BAT B", 2),
        row("Anne", "LE GALL", "00/00/1953", "12", "RUE DE SIAM", "APT 35", "BAT B", 3),
      ].join("\n"),
    );
    const [summary] = await importFiles(handle.db, {
      territory: "29999",
      files: [file],
      electoralListRequest: {
        authority: "prefecture",
        requestedOn: "2026-01-15",
        requester: "Camille Martin",
      },
    });
    expect(summary.errors).toEqual([]);
  });
  afterAll(async () => {
    await handle?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const idOf = async (firstNames: string) =>
    (
      await handle.db
        .select({ id: electors.id })
        .from(electors)
        .where(and(eq(electors.campaignId, campaignId), eq(electors.firstNames, firstNames)))
    )[0].id;

  it("shows the door, the household at that door only, the list and its L.37 request", async () => {
    const card = await getElectorCard(handle.db, campaignId, await idOf("Maëlle"));
    expect(card.elector).toMatchObject({
      firstNames: "Maëlle",
      birthName: "KERJEAN",
      birthYear: 1984,
      bureauCode: expect.stringMatching(/0001$/),
    });
    expect(card.elector).not.toHaveProperty("birthDay");
    expect(card.door).toMatchObject({ building: "12 RUE DE SIAM", door: "34" });
    expect(card.household.map((p) => p.name)).toEqual(["Erwan KERJEAN"]);
    expect(card.source).toMatchObject({
      fileName: "liste.csv",
      authority: "prefecture",
      requestedOn: "2026-01-15",
    });
    expect(card.contacts).toEqual([]);
  });

  it("lists the contact a human linked to the elector, not twice in the household", async () => {
    const erwan = await idOf("Erwan");
    const contact = await createContact(handle.db, {
      campaignId,
      fields: { firstName: "Erwan", lastName: "Kerjean", email: "erwan@example.org" },
      stamp: { source: "door", by: null },
    });
    await linkContactElector(handle.db, { campaignId, contactId: contact.id, electorId: erwan, by: null });
    const card = await getElectorCard(handle.db, campaignId, erwan);
    expect(card.contacts).toEqual([{ id: contact.id, name: "Erwan Kerjean" }]);
    expect(card.household.map((p) => p.kind)).toEqual(["elector"]);
  });

  it("knows no elector of another campaign", async () => {
    const other = await findOrCreateCampaign(handle.db, { territory: "29019" });
    await expect(getElectorCard(handle.db, other.id, await idOf("Anne"))).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
