import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findOrCreateCampaign, importFiles, schema } from "@terrain/core";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test-app.ts";

const HEADER =
  "code du l'ugle;libellé de l'ugle;libellé du type de liste;nom de naissance;nom d'usage;prénoms;sexe;date de naissance;code commune de naissance;libellé commune de naissance;code département de naissance;pays de naissance;libellé nationalité;numéro de voie;libellé de voie;complément 1;complément 2;lieu-dit;code postal;commune;pays;code du bureau de vote;libellé du bureau de vote;code circonscription législative du bureau de vote;libellé canton du bureau de vote;libellé circonscription métropolitaine du bureau de vote;numéro d'ordre dans le bureau de vote";
const row = (first: string, order: number) =>
  `"29999";"KERBRENN";"Liste principale";"KERJEAN";;"${first}";"F";"01/02/1980";"29019";"BREST";"29";"FRANCE";"Française";"12";"RUE DE SIAM";"APT 34";;;"29999";"KERBRENN";;"0001";"ECOLE";"29-06";;;${order}`;

describe("GET /people/electors/:id, the elector's card, by role", () => {
  let t: TestApp;
  let dir: string;
  let campaignId: string;
  let electorId: string;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    dir = mkdtempSync(path.join(tmpdir(), "terrain-elector-route-"));
    campaignId = (await findOrCreateCampaign(t.handle.db, { territory: "29999" })).id;
    for (const role of ["coordinator", "analyst", "volunteer"] as const) {
      cookies[role] = await t.userWithRole(`${role}@example.org`, role, "29999");
    }
    const file = path.join(dir, "liste.csv");
    writeFileSync(file, `${[HEADER, row("Maëlle", 1), row("Rozenn", 2)].join("\n")}\n`);
    const request = {
      authority: "mairie" as const,
      requestedOn: "2026-01-10",
      requester: "Jeanne Candidate",
    };
    await importFiles(t.handle.db, { territory: "29999", files: [file], electoralListRequest: request });
    const [maelle] = await t.handle.db
      .select({ id: schema.electors.id })
      .from(schema.electors)
      .where(eq(schema.electors.firstNames, "Maëlle"));
    electorId = maelle.id;
  });
  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const get = (role: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/campaigns/${campaignId}/people/electors/${electorId}`,
      headers: { cookie: cookies[role] },
    });

  it("gives a coordinator the card with the household and the list's L.37 request", async () => {
    const res = await get("coordinator");
    expect(res.statusCode).toBe(200);
    const card = res.json();
    expect(card.elector).toMatchObject({ firstNames: "Maëlle", birthName: "KERJEAN" });
    expect(card.household).toEqual([expect.objectContaining({ kind: "elector", name: "Rozenn KERJEAN" })]);
    expect(card.source).toMatchObject({
      fileName: "liste.csv",
      authority: "mairie",
      requestedOn: "2026-01-10",
    });
  });

  it("refuses analysts and volunteers (no names for them)", async () => {
    expect((await get("analyst")).statusCode).toBe(403);
    expect((await get("volunteer")).statusCode).toBe(403);
  });
});
