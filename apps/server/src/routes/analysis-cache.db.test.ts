import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { importFiles, loadDemo, writeDemo } from "@terrain/core";
import { runPendingJobs } from "@terrain/core/src/analysis/run-jobs.ts";
import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { DEMO_TERRITORY } from "@terrain/core/src/demo/options.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp } from "../test-app.ts";

type Map = {
  analysisId: string | null;
  features: { id: string; properties: Record<string, number | null> }[];
};

describe(`the map and bureau cards served from the cache, with ETags (${testDbKind()})`, () => {
  let t: TestApp;
  let cookie: string;
  let outsider: string;
  let campaignId: string;
  let dir: string;
  const get = (url: string, headers: Record<string, string> = {}, who = cookie) =>
    t.app.inject({ method: "GET", url, headers: { cookie: who, ...headers } });
  const api = () => `/api/campaigns/${campaignId}`;
  const analyse = async (seed: number) => {
    const asked = await t.app.inject({
      method: "POST",
      url: `${api()}/analyses`,
      headers: { cookie, origin: baseUrl, "content-type": "application/json" },
      payload: {
        kind: "transfer",
        from: "leg2024t1",
        to: "mun2026t1",
        method: "lphom",
        seed,
        side: { nuances: ["UG"] },
      },
    });
    expect(asked.statusCode, asked.body).toBe(202);
    await runPendingJobs(t.handle.db);
    return (asked.json() as { id: string }).id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    dir = await mkdtemp(path.join(tmpdir(), "terrain-cache-test-"));
    campaignId = await loadDemo(t.handle.db, { bureaux: 8, voters: 4000 });
    cookie = await t.userWithRole("director@example.org", "admin", DEMO_TERRITORY);
    outsider = await t.userWithRole("other@example.org", "admin", "35238");
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("answers 304 to a browser that holds the current map or card, 200 with the same bytes otherwise", async () => {
    const job = await analyse(1);
    for (const url of [`${api()}/bureaux?analysis=${job}`, `${api()}/bureaux`]) {
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers["cache-control"]).toBe("private, no-cache");
      expect(first.headers["content-type"]).toContain("application/json");
      expect((first.json() as Map).analysisId).toBe(job);
      const again = await get(url, { "if-none-match": etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe("");
      expect(again.headers.etag).toBe(etag);
      const listed = await get(url, { "if-none-match": `"other", W/${etag}` });
      expect(listed.statusCode).toBe(304);
      const plain = await get(url, { "if-none-match": '"not-it"' });
      expect(plain.statusCode).toBe(200);
      expect(plain.body).toBe(first.body);
      const zipped = await get(url, { "accept-encoding": "gzip, deflate, br" });
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(zipped.rawPayload).toString()).toBe(first.body);
    }
    const code = (JSON.parse((await get(`${api()}/bureaux`)).body) as Map).features[0].id;
    const card = await get(`${api()}/bureaux/${code}?analysis=${job}`);
    expect(card.statusCode).toBe(200);
    expect(card.json().priority).not.toBeNull();
    expect(
      (await get(`${api()}/bureaux/${code}?analysis=${job}`, { "if-none-match": String(card.headers.etag) }))
        .statusCode,
    ).toBe(304);
    const iris = await get(`${api()}/iris`);
    expect(iris.statusCode).toBe(200);
    expect((await get(`${api()}/iris`, { "if-none-match": String(iris.headers.etag) })).statusCode).toBe(304);
    const irisCode = (iris.json() as Map).features[0].id;
    const irisCard = await get(`${api()}/iris/${irisCode}`);
    expect(irisCard.json().code).toBe(irisCode);
    expect(
      (await get(`${api()}/iris/${irisCode}`, { "if-none-match": String(irisCard.headers.etag) })).statusCode,
    ).toBe(304);
    // an unknown bureau is still a 404, and is not remembered as an answer
    expect((await get(`${api()}/bureaux/99999_0000`)).statusCode).toBe(404);
  });

  it("shows a new analysis as soon as it is done: the latest map's ETag changes", async () => {
    const before = await get(`${api()}/bureaux`);
    const etag = String(before.headers.etag);
    const job = await analyse(2);
    const after = await get(`${api()}/bureaux`, { "if-none-match": etag });
    expect(after.statusCode).toBe(200);
    expect((after.json() as Map).analysisId).toBe(job);
    expect(after.headers.etag).not.toBe(etag);
  });

  it("shows a re-imported election at once, for an analysis whose map was cached", async () => {
    const job = await analyse(3);
    const url = `${api()}/bureaux?analysis=${job}`;
    const before = await get(url);
    const cardUrl = `${api()}/bureaux/${(before.json() as Map).features[0].id}?analysis=${job}`;
    const card = await get(cardUrl);
    // a corrected results file of the analysis's election (another seed: other counts) replaces it
    const { paths } = await writeDemo(dir, { bureaux: 8, voters: 4000, seed: 99 });
    const corrected = paths.filter((p) => path.basename(p).startsWith("mun2026_t1_"));
    const [summary] = await importFiles(t.handle.db, { territory: DEMO_TERRITORY, files: corrected });
    expect(summary.status).toBe("imported");
    const after = await get(url, { "if-none-match": String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    const turnout = (m: Map) => m.features.map((f) => f.properties.turnout);
    expect(turnout(after.json() as Map)).not.toEqual(turnout(before.json() as Map));
    // what is served is what the database holds now, not a copy of the cached answer
    const fresh = await t.app.inject({ method: "GET", url, headers: { cookie } });
    expect(fresh.body).toBe(after.body);
    const cardAfter = await get(cardUrl, { "if-none-match": String(card.headers.etag) });
    expect(cardAfter.statusCode).toBe(200);
    expect(cardAfter.json().history).not.toEqual(card.json().history);
  });

  it("still refuses a non-member (404) and a signed-out request (401), even with the current ETag", async () => {
    const map = await get(`${api()}/bureaux`);
    const etag = String(map.headers.etag);
    const code = (map.json() as Map).features[0].id;
    for (const url of [`${api()}/bureaux`, `${api()}/bureaux/${code}`, `${api()}/iris`]) {
      const member = await get(url);
      expect(member.statusCode).toBe(200);
      const stranger = await get(url, { "if-none-match": String(member.headers.etag) }, outsider);
      expect(stranger.statusCode).toBe(404);
      expect(stranger.headers.etag).toBeUndefined();
      expect(stranger.body).not.toContain(code);
      const anonymous = await t.app.inject({ method: "GET", url, headers: { "if-none-match": etag } });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers.etag).toBeUndefined();
    }
  });
});
