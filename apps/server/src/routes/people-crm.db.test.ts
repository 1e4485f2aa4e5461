import { readFileSync } from "node:fs";
import { findOrCreateCampaign } from "@terrain/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp } from "../test-app.ts";

const nationbuilder = readFileSync(
  new URL("../../../../packages/core/src/contacts/fixtures/nationbuilder-people.csv", import.meta.url),
);

/** A multipart/form-data body with one file in the field `file`. */
function multipart(name: string, bytes: Buffer): { payload: Buffer; type: string } {
  const boundary = "----terrain-people-boundary";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

let t: TestApp;
let campaignId: string;
const cookies: Record<"admin" | "coordinator" | "volunteer" | "analyst" | "stranger", string> = {
  admin: "",
  coordinator: "",
  volunteer: "",
  analyst: "",
  stranger: "",
};

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ["admin", "coordinator", "volunteer", "analyst"] as const) {
    cookies[role] = await t.userWithRole(`${role}@exemple.fr`, role, "29019");
  }
  cookies.stranger = await t.userWithRole("stranger@exemple.fr", "admin", "35238");
  campaignId = (await findOrCreateCampaign(t.handle.db, { territory: "29019" })).id;
});
afterAll(() => t.close());

type Who = keyof typeof cookies;
const call = (who: Who, method: "GET" | "POST" | "PATCH" | "PUT", path: string, payload?: unknown) =>
  t.app.inject({
    method,
    url: `/api/campaigns/${campaignId}/people${path}`,
    headers: { cookie: cookies[who], origin: baseUrl },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

describe("people API", () => {
  it("creates, reads, updates and lists contacts (admins and coordinators)", async () => {
    const created = await call("coordinator", "POST", "/contacts", {
      fields: {
        firstName: "Maëlle",
        lastName: "Quéré",
        email: "Maelle@Exemple.fr",
        mobile: "06 98 76 54 32",
      },
      source: "meeting",
      tags: ["réunion publique"],
      consents: [
        {
          purpose: "invitations",
          granted: true,
          wordingVersion: "reunion-v1",
          wording: "J'accepte d'être invitée",
          channel: "meeting",
          collectedBy: "Jeanne",
        },
      ],
    });
    expect(created.statusCode).toBe(201);
    const contact = created.json() as { id: string; email: string; mobile: string };
    expect(contact).toMatchObject({ email: "maelle@exemple.fr", mobile: "+33698765432" });
    const patched = await call("admin", "PATCH", `/contacts/${contact.id}`, { fields: { city: "Brest" } });
    expect(patched.json()).toMatchObject({ city: "Brest" });
    const card = (await call("admin", "GET", `/contacts/${contact.id}`)).json() as {
      tags: string[];
      currentConsents: { purpose: string; channel: string }[];
      history: { field: string; source: string }[];
    };
    expect(card.tags).toEqual(["réunion publique"]);
    expect(card.currentConsents).toMatchObject([{ purpose: "invitations", channel: "meeting" }]);
    expect(card.history.map((h) => `${h.field}:${h.source}`)).toContain("city:manual");
    const list = (await call("admin", "GET", "/contacts?q=maelle&tags=r%C3%A9union%20publique")).json() as {
      total: number;
    };
    expect(list.total).toBe(1);
    const bad = await call("admin", "POST", "/contacts", { fields: { lastName: "X", phone: "123" } });
    expect(bad.statusCode).toBe(400);
  });

  it("keeps people lists away from volunteers and analysts; analysts get aggregates; other campaigns see nothing", async () => {
    const list = await call("admin", "GET", "/contacts");
    const id = (list.json() as { items: { id: string }[] }).items[0].id;
    const personal: [string, string, unknown?][] = [
      ["GET", "/contacts"],
      ["GET", `/contacts/${id}`],
      ["GET", "/search?q=que"],
      ["GET", "/duplicates"],
      ["GET", "/merges"],
      ["GET", `/contacts/${id}/elector-matches`],
      ["POST", "/contacts", { fields: { lastName: "X" } }],
      ["POST", "/exports", {}],
      ["GET", "/exports"],
    ];
    for (const who of ["volunteer", "analyst"] as const) {
      for (const [method, path, body] of personal) {
        const res = await call(who, method as "GET", path, body);
        expect(res.statusCode, `${who} ${method} ${path}`).toBe(403);
      }
    }
    expect((await call("volunteer", "GET", "/stats")).statusCode).toBe(403);
    const stats = await call("analyst", "GET", "/stats");
    expect(stats.statusCode).toBe(200);
    expect(stats.json()).toMatchObject({ contacts: 1, consents: { invitations: 1 } });
    expect((await call("stranger", "GET", "/contacts")).statusCode).toBe(404);
    expect((await call("stranger", "GET", "/stats")).statusCode).toBe(404);
  });

  it("stores opinions only with the 'opinions' consent (403 otherwise)", async () => {
    const list = (await call("admin", "GET", "/contacts?q=quere")).json() as { items: { id: string }[] };
    const id = list.items[0].id;
    const refused = await call("admin", "POST", `/contacts/${id}/opinions`, { opinions: { tram: "pour" } });
    expect(refused.statusCode).toBe(403);
    const consent = {
      purpose: "opinions",
      granted: true,
      wordingVersion: "q-v1",
      wording: "J'accepte que mes réponses soient enregistrées",
      channel: "door",
      collectedBy: "Jeanne",
    };
    expect((await call("admin", "POST", `/contacts/${id}/consents`, consent)).statusCode).toBe(204);
    const stored = await call("admin", "POST", `/contacts/${id}/opinions`, { opinions: { tram: "pour" } });
    expect(stored.json()).toEqual({ opinions: { tram: "pour" } });
  });

  it("imports NationBuilder's export through upload → preview → confirm, refusing it without a source", async () => {
    const { payload, type } = multipart("nationbuilder-people.csv", nationbuilder);
    const upload = await t.app.inject({
      method: "POST",
      url: `/api/campaigns/${campaignId}/people/imports`,
      headers: { cookie: cookies.coordinator, origin: baseUrl, "content-type": type },
      payload,
    });
    expect(upload.statusCode).toBe(201);
    const preview = upload.json() as {
      importId: string;
      rows: number;
      mapping: Record<string, string | null>;
      opinionColumns: string[];
    };
    expect(preview).toMatchObject({ rows: 10, opinionColumns: ["support_level"] });
    const remapped = await call("coordinator", "POST", `/imports/${preview.importId}/preview`, {
      mapping: { ...preview.mapping, note: null },
    });
    expect(
      (remapped.json() as { sample: { fields: { notes?: string } }[] }).sample[0].fields.notes,
    ).toBeUndefined();
    expect(
      (await call("coordinator", "POST", `/imports/${preview.importId}/confirm`, { source: "" })).statusCode,
    ).toBe(400);
    expect((await call("coordinator", "POST", `/imports/${preview.importId}/confirm`, {})).statusCode).toBe(
      400,
    );
    const done = await call("coordinator", "POST", `/imports/${preview.importId}/confirm`, {
      source: "Export NationBuilder 2020",
    });
    expect(done.json()).toMatchObject({ created: 10, updated: 0 });
    const volunteer = await t.app.inject({
      method: "POST",
      url: `/api/campaigns/${campaignId}/people/imports`,
      headers: { cookie: cookies.volunteer, origin: baseUrl, "content-type": type },
      payload,
    });
    expect(volunteer.statusCode).toBe(403);
  });

  it("searches, finds duplicates, merges, and exports with a log entry", async () => {
    const hits = (await call("admin", "GET", "/search?q=KERHERVE")).json() as {
      kind: string;
      name: string;
    }[];
    expect(hits).toEqual([expect.objectContaining({ kind: "contact", name: "Jean-Yves Kerhervé" })]);
    const quere = (await call("admin", "GET", "/contacts?q=quere")).json() as { items: { id: string }[] };
    expect(quere.items).toHaveLength(2);
    const pairs = (await call("admin", "GET", "/duplicates")).json() as {
      a: { id: string };
      b: { id: string };
      reasons: string[];
    }[];
    const pair = pairs.find((p) => p.reasons.includes("name"));
    if (!pair) throw new Error("no duplicate found");
    const merged = await call("coordinator", "POST", "/merges", { keptId: pair.a.id, mergedId: pair.b.id });
    expect(merged.statusCode).toBe(201);
    expect(((await call("admin", "GET", "/merges")).json() as unknown[]).length).toBe(1);
    const exported = await call("coordinator", "POST", "/exports", { filter: { consent: "news_email" } });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-type"]).toContain("text/csv");
    expect(exported.body.startsWith("\uFEFFPrénom;Nom;")).toBe(true);
    const rows = Number(exported.headers["x-export-rows"]);
    expect(rows).toBeGreaterThan(0);
    const log = (await call("admin", "GET", "/exports")).json() as {
      userName: string;
      rows: number;
      criteria: unknown;
    }[];
    expect(log).toEqual([
      expect.objectContaining({
        userName: "coordinator",
        rows,
        criteria: expect.objectContaining({ filter: { consent: "news_email" } }),
      }),
    ]);
  });
});
