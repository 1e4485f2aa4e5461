import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { schema } from "@terrain/core";
import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp } from "../test-app.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const brest = path.resolve(repoRoot, "../shared/data/fr/brest");
const T1 = path.join(brest, "results/leg2024_t1_circos29-02-03_official.csv");
const T2 = path.join(brest, "results/leg2024_t2_circos29-02-03_official.csv");
const CONTOURS = path.join(brest, "contours/brest_contours_codeBureauVote.geojson");
const hasData = [T1, T2, CONTOURS].every((f) => existsSync(f));
if (!hasData) console.warn(`skipping the deletion API tests: ${brest} is absent`);

function multipart(files: string[]): { body: Buffer; type: string } {
  const boundary = "----terrain-deletion-test";
  const parts = files.flatMap((f) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${path.basename(f)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    readFileSync(f),
    Buffer.from("\r\n"),
  ]);
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

describe.skipIf(!hasData)(`deleting an import and a campaign through the API (${testDbKind()})`, () => {
  let t: TestApp;
  let admin: string;
  let volunteer: string;
  let campaignId: string;
  let otherId: string;
  const as = (cookie: string) => ({ cookie, origin: baseUrl });
  const upload = (files: string[]) => {
    const { body, type } = multipart(files);
    return t.app.inject({
      method: "POST",
      url: `/api/campaigns/${campaignId}/imports`,
      headers: { ...as(admin), "content-type": type },
      payload: body,
    });
  };
  const elections = async (id: string) =>
    (
      await t.handle.db
        .select({ id: schema.elections.id })
        .from(schema.elections)
        .where(eq(schema.elections.campaignId, id))
    )
      .map((e) => e.id)
      .sort();
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.userWithRole("admin@example.org", "admin", "29019");
    volunteer = await t.userWithRole("volunteer@example.org", "volunteer", "29019");
    const other = await t.userWithRole("other@example.org", "admin", "35238");
    campaignId = (await t.app.inject({ method: "GET", url: "/api/me", headers: as(admin) })).json()
      .campaigns[0].id;
    otherId = (await t.app.inject({ method: "GET", url: "/api/me", headers: as(other) })).json().campaigns[0]
      .id;
    expect((await upload([T1, T2, CONTOURS])).statusCode).toBe(200);
    await t.handle.db.insert(schema.elections).values({
      campaignId: otherId,
      id: "leg2024t1",
      kind: "leg",
      year: 2024,
      round: 1,
      label: "Législatives 2024, 1er tour",
      sourceFile: "x.csv",
      contentHash: "0".repeat(64),
      format: "ministry-2024",
    });
  }, 120_000);
  afterAll(async () => t?.close());

  const list = async () =>
    (
      await t.app.inject({ method: "GET", url: `/api/campaigns/${campaignId}/imports`, headers: as(admin) })
    ).json().files as { id: string; fileName: string; kind: string }[];

  it("removes a results file with its election, refuses contours with the reason, and lets the file come back", async () => {
    const files = await list();
    const t1 = files.find((f) => f.fileName === path.basename(T1));
    const contours = files.find((f) => f.kind.endsWith("contours"));
    if (!t1 || !contours) throw new Error(`imports: ${JSON.stringify(files)}`);
    const url = (id: string) => `/api/campaigns/${campaignId}/imports/${id}`;
    expect(
      (await t.app.inject({ method: "DELETE", url: url(t1.id), headers: as(volunteer) })).statusCode,
    ).toBe(403);
    const refused = await t.app.inject({ method: "DELETE", url: url(contours.id), headers: as(admin) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("ne peut pas être retiré seul : ses contours");

    const removed = await t.app.inject({ method: "DELETE", url: url(t1.id), headers: as(admin) });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ files: [path.basename(T1)], electionId: "leg2024t1" });
    expect(await elections(campaignId)).toEqual(["leg2024t2"]);
    expect(await elections(otherId)).toEqual(["leg2024t1"]);
    expect((await list()).map((f) => f.fileName)).not.toContain(path.basename(T1));
    expect((await t.app.inject({ method: "DELETE", url: url(t1.id), headers: as(admin) })).statusCode).toBe(
      404,
    );

    const again = await upload([T1]);
    expect(again.json().summaries[0].status).toBe("imported");
    expect(await elections(campaignId)).toEqual(["leg2024t1", "leg2024t2"]);
  });

  it("deletes the campaign for its admin only, and says what backups keep", async () => {
    const url = `/api/campaigns/${campaignId}`;
    expect((await t.app.inject({ method: "DELETE", url, headers: as(volunteer) })).statusCode).toBe(403);
    const res = await t.app.inject({ method: "DELETE", url, headers: as(admin) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().deleted).toMatchObject({ campaigns: 1, elections: 2, memberships: 2 });
    expect(res.json().remains).toContain("sauvegardes");
    expect((await t.app.inject({ method: "GET", url, headers: as(admin) })).statusCode).toBe(404);
    expect(await elections(campaignId)).toEqual([]);
    expect(await elections(otherId)).toEqual(["leg2024t1"]);
  });
});
