import { findOrCreateCampaign } from "@terrain/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp } from "../test-app.ts";

const HEADER =
  "code du l'ugle;libellé de l'ugle;libellé du type de liste;nom de naissance;nom d'usage;prénoms;sexe;date de naissance;code commune de naissance;libellé commune de naissance;code département de naissance;pays de naissance;libellé nationalité;numéro de voie;libellé de voie;complément 1;complément 2;lieu-dit;code postal;commune;pays;code du bureau de vote;libellé du bureau de vote;code circonscription législative du bureau de vote;libellé canton du bureau de vote;libellé circonscription métropolitaine du bureau de vote;numéro d'ordre dans le bureau de vote";
const row = (name: string, sex: string, date: string, order: number) =>
  `"29999";"KERBRENN";"Liste principale";"${name}";;"Anne";"${sex}";"${date}";"29999";"KERBRENN";"29";"FRANCE";"Française";"3";"R DES CHENES";;;;"29999";"KERBRENN";;"0001";"ECOLE";"29-06";"CARHAIX";"6e";${order}`;
const LIST = `${[HEADER, ...Array.from({ length: 12 }, (_, i) => row(`NOM${i}`, i < 3 ? "M" : "F", `01/02/${1950 + i}`, i + 1))].join("\n")}\n`;

function multipart(name: string, text: string) {
  const boundary = "----terrain-people-boundary";
  return {
    payload: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n--${boundary}--\r\n`,
    ),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

describe("people API: L.37 request, list upload, segment counts by role", () => {
  let t: TestApp;
  let campaignId: string;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    campaignId = (await findOrCreateCampaign(t.handle.db, { territory: "29999" })).id;
    for (const role of ["admin", "analyst", "volunteer"] as const) {
      cookies[role] = await t.userWithRole(`${role}@example.org`, role, "29999");
    }
  });
  afterAll(async () => {
    await t?.close();
  });
  const post = (role: string, url: string, payload: object) =>
    t.app.inject({ method: "POST", url, headers: { cookie: cookies[role], origin: baseUrl }, payload });
  const upload = () => {
    const { payload, type } = multipart("liste.csv", LIST);
    return t.app.inject({
      method: "POST",
      url: `/api/campaigns/${campaignId}/imports`,
      headers: { cookie: cookies.admin, origin: baseUrl, "content-type": type },
      payload,
    });
  };

  it("refuses the list upload until the request is recorded, then imports it", async () => {
    const refused = await upload();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/article L\.37 du code électoral/);
    const request = { authority: "mairie", requestedOn: "2026-01-10", requester: "Jeanne Candidate" };
    expect(
      (await post("analyst", `/api/campaigns/${campaignId}/electoral-list-requests`, request)).statusCode,
    ).toBe(403);
    const recorded = await post("admin", `/api/campaigns/${campaignId}/electoral-list-requests`, request);
    expect(recorded.statusCode).toBe(201);
    const res = await upload();
    expect(res.statusCode).toBe(200);
    expect(res.json().summaries[0]).toMatchObject({
      kind: "electoral-list",
      electoralList: { electors: 12 },
    });
  });

  it("counts for admins, counts without small groups for analysts, nothing for volunteers", async () => {
    const url = `/api/campaigns/${campaignId}/people/segments/count`;
    expect((await post("admin", url, { criteria: { sex: "M" } })).json()).toEqual({
      count: 3,
      belowThreshold: false,
    });
    expect((await post("analyst", url, { criteria: { sex: "M" } })).json()).toEqual({
      count: null,
      belowThreshold: true,
    });
    expect((await post("analyst", url, { criteria: { sex: "F" } })).json()).toEqual({
      count: null,
      belowThreshold: true,
    });
    expect((await post("analyst", url, { criteria: {} })).json()).toEqual({
      count: 12,
      belowThreshold: false,
    });
    expect((await post("volunteer", url, { criteria: {} })).statusCode).toBe(403);
    const bad = await post("admin", url, { criteria: { birthplace: "BREST" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Critère non autorisé « birthplace »/);
  });

  it("saves a segment and counts it", async () => {
    const saved = await post("admin", `/api/campaigns/${campaignId}/people/segments`, {
      name: "Femmes",
      criteria: { sex: "F", bureaux: ["0001"] },
    });
    expect(saved.statusCode).toBe(201);
    const { id } = saved.json() as { id: string };
    const res = await t.app.inject({
      method: "GET",
      url: `/api/campaigns/${campaignId}/people/segments/${id}/count`,
      headers: { cookie: cookies.admin },
    });
    expect(res.json()).toEqual({ count: 9, belowThreshold: false });
    expect(
      (await post("analyst", `/api/campaigns/${campaignId}/people/segments`, { name: "x", criteria: {} }))
        .statusCode,
    ).toBe(403);
  });
});
