import { schema } from "@terrain/core";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp } from "../test-app.ts";

const TERRITORY = "29190";

/** A multipart/form-data body with the given files. */
function multipart(files: { name: string; bytes: Buffer }[]): { body: Buffer; type: string } {
  const boundary = "----terrain-geo-boundary";
  const parts = files.flatMap((f) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/geo+json\r\n\r\n`,
    ),
    f.bytes,
    Buffer.from("\r\n"),
  ]);
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

const ring = (x: number, y: number, d: number, n = 4): number[][] => {
  const points = Array.from({ length: n }, (_, k) => {
    const a = (2 * Math.PI * k) / n;
    return [Number((x + d * Math.cos(a)).toFixed(6)), Number((y + d * Math.sin(a)).toFixed(6))];
  });
  return [...points, points[0]];
};
const feature = (code: string, geometry: unknown) =>
  JSON.stringify({ type: "Feature", properties: { codeBureauVote: code }, geometry });
const polygon = (x: number, y: number, d = 0.004, n = 4) => ({
  type: "Polygon",
  coordinates: [ring(x, y, d, n)],
});
const collection = (features: string[]) =>
  Buffer.from(`{"type":"FeatureCollection","features":[${features.join(",\n")}]}`);

describe("contour uploads through the HTTP API", () => {
  let t: TestApp;
  let cookie: string;
  let campaignId: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = await t.userWithRole("geo-admin@example.org", "admin", TERRITORY);
    const [c] = await t.handle.db
      .select()
      .from(schema.campaigns)
      .where(eq(schema.campaigns.territory, TERRITORY));
    campaignId = c.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const upload = (name: string, bytes: Buffer) => {
    const { body, type } = multipart([{ name, bytes }]);
    return t.app.inject({
      method: "POST",
      url: `/api/campaigns/${campaignId}/imports`,
      headers: { "content-type": type, cookie, origin: baseUrl },
      payload: body,
    });
  };
  const map = () =>
    t.app.inject({ method: "GET", url: `/api/campaigns/${campaignId}/bureaux`, headers: { cookie } });

  it("answers 422 naming the feature for each invalid file, and the map keeps answering 200", async () => {
    const good = [feature("29190_0001", polygon(-4.5, 48.4)), feature("29190_0002", polygon(-4.49, 48.4))];
    expect((await upload("bureaux.geojson", collection(good))).statusCode).toBe(200);
    const deep = `${"[".repeat(5000)}1${"]".repeat(5000)}`;
    const bad: [string, string[], string][] = [
      [
        "abc.geojson",
        [good[0], feature("29190_0002", { type: "Polygon", coordinates: "abc" })],
        "abc.geojson:2:geometry: les coordonnées de l'objet 2 (29190_0002) ne sont pas imbriquées comme celles d'un Polygon (à coordinates)",
      ],
      [
        "vide.geojson",
        [feature("29190_0001", { type: "Polygon", coordinates: [] })],
        "vide.geojson:1:geometry: l'objet 1 (29190_0001) n'a aucune coordonnée : coordinates est vide",
      ],
      [
        "null.geojson",
        [good[0], "null"],
        "null.geojson:2:feature: l'objet 2 n'est pas un objet GeoJSON (Feature)",
      ],
      [
        "profond.geojson",
        [
          good[0],
          `{"type":"Feature","properties":{"codeBureauVote":"29190_0002"},"geometry":{"type":"Polygon","coordinates":${deep}}}`,
        ],
        "profond.geojson:2:1: l'objet 2 est imbriqué trop profondément (plus de 32 niveaux)",
      ],
    ];
    for (const [name, features, message] of bad) {
      const res = await upload(name, collection(features));
      expect(res.statusCode, name).toBe(422);
      expect(res.json(), name).toMatchObject({ error: { code: "invalid_file", message } });
      const m = await map();
      expect(m.statusCode, name).toBe(200);
      const geometries = (m.json() as { features: { geometry: { type: string } | null }[] }).features;
      expect(geometries.map((g) => g.geometry?.type)).toEqual(["Polygon", "Polygon"]);
    }
  });

  it("keeps answering /api/health while it streams a large contour file", async () => {
    // ~30 MB in the layout of a national file: 80 communes, this campaign's among them, 250
    // bureaux each, contours of 60 points.
    const features: string[] = [];
    for (let c = 0; c < 80; c++) {
      const commune = String(29150 + c);
      for (let b = 1; b <= 250; b++) {
        const code = `${commune}_${String(b).padStart(4, "0")}`;
        features.push(feature(code, polygon(-4.6 + c * 0.01, 48 + b * 0.001, 0.0004, 60)));
      }
    }
    const bytes = collection(features);
    expect(bytes.length).toBeGreaterThan(20e6);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = t.app.server.address() as { port: number };
    const url = `http://127.0.0.1:${port}`;
    const { body, type } = multipart([{ name: "bureaux-departement.geojson", bytes }]);
    const res = await fetch(`${url}/api/campaigns/${campaignId}/imports`, {
      method: "POST",
      headers: { "content-type": type, cookie, origin: baseUrl, accept: "application/x-ndjson" },
      body: new Uint8Array(body),
    });
    expect(res.status).toBe(200);
    // Once the file is being read (its first progress line), ask /api/health one request
    // after the other until the import says it is done; count the answers in between.
    let reading = false;
    type Done = { summaries: { status: string; bureaux?: number; skippedOutsideTerritory: number }[] };
    const state: { done: Done | null } = { done: null };
    let progressLines = 0;
    let answered = 0;
    let polling: Promise<void> | null = null;
    const poll = async () => {
      while (!state.done) {
        const health = await fetch(`${url}/api/health`);
        await health.json();
        if (health.ok && !state.done) answered++;
      }
    };
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = JSON.parse(buffer.slice(0, newline)) as { type: string; bytes?: number; size?: number };
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
        if (line.type === "progress" && (line.bytes ?? 0) > 0 && (line.bytes ?? 0) < (line.size ?? 0)) {
          progressLines++;
          if (!reading) {
            reading = true;
            polling = poll();
          }
        }
        if (line.type === "done") state.done = line as unknown as Done;
      }
    }
    await polling;
    expect(state.done?.summaries[0]).toMatchObject({
      status: "imported",
      bureaux: 250,
      skippedOutsideTerritory: 19750,
    });
    expect(progressLines).toBeGreaterThan(10);
    // A parse in one block (the whole file at once) lets at most one or two through.
    expect(answered).toBeGreaterThanOrEqual(5);
  });
});
