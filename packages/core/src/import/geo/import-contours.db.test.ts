import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBureauxMap } from "../../analysis/get-bureaux-map.ts";
import { findOrCreateCampaign } from "../../campaigns/find-or-create-campaign.ts";
import type { DbHandle } from "../../db/db-type.ts";
import { bureaux, importedFiles } from "../../db/schema/index.ts";
import { createTestDb } from "../../db/test-db.ts";
import { type ImportProgress, importFiles } from "../import-files.ts";

const dir = mkdtempSync(path.join(tmpdir(), "terrain-contours-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TERRITORY = "29190";
const square = (x0: number, y0: number, d = 0.01) => [
  [x0, y0],
  [x0 + d, y0],
  [x0 + d, y0 + d],
  [x0, y0 + d],
  [x0, y0],
];
const bureau = (n: number, geometry: unknown) => ({
  type: "Feature",
  properties: { codeBureauVote: `29190_000${n}` },
  geometry,
});
const good = (d = 0.01) => [
  bureau(1, { type: "Polygon", coordinates: [square(-4.5, 48.4, d)] }),
  bureau(2, { type: "Polygon", coordinates: [square(-4.49, 48.4, d)] }),
];

function write(name: string, features: unknown[] | string): string {
  const file = path.join(dir, name);
  const list = typeof features === "string" ? features : features.map((f) => JSON.stringify(f)).join(",");
  writeFileSync(file, `{"type":"FeatureCollection","features":[${list}]}`);
  return file;
}

describe("contour files are checked before anything is written, and a re-import repairs", () => {
  let handle: DbHandle;
  let campaignId: string;
  const stored = async () =>
    (
      await handle.db
        .select({ code: bureaux.code, geometry: bureaux.geometry })
        .from(bureaux)
        .where(eq(bureaux.campaignId, campaignId))
        .orderBy(bureaux.code)
    ).map((b) => [b.code, b.geometry]);

  beforeAll(async () => {
    handle = await createTestDb();
    campaignId = (await findOrCreateCampaign(handle.db, { territory: TERRITORY })).id;
    const [first] = await importFiles(handle.db, {
      territory: TERRITORY,
      files: [write("good.geojson", good())],
    });
    expect(first.status).toBe("imported");
  });
  afterAll(async () => {
    await handle?.close();
  });

  const deep = `${"[".repeat(5000)}1${"]".repeat(5000)}`;
  it.each([
    [
      '"coordinates": "abc"',
      [good()[0], bureau(2, { type: "Polygon", coordinates: "abc" })],
      2,
      "geometry",
      "geometry_bad_nesting",
      { feature: "2 (29190_0002)", type: "Polygon", path: "coordinates" },
    ],
    [
      "empty coordinates",
      [bureau(1, { type: "Polygon", coordinates: [] })],
      1,
      "geometry",
      "geometry_empty",
      { feature: "1 (29190_0001)", path: "coordinates" },
    ],
    ["a null feature", [good()[0], null], 2, "feature", "feature_not_object", { feature: 2 }],
    [
      "a null geometry",
      [bureau(1, null)],
      1,
      "geometry",
      "feature_no_geometry",
      { feature: "1 (29190_0001)" },
    ],
    [
      "an open ring",
      [bureau(1, { type: "Polygon", coordinates: [square(-4.5, 48.4).slice(0, 4)] })],
      1,
      "geometry",
      "ring_not_closed",
      { feature: "1 (29190_0001)", path: "coordinates[0]" },
    ],
    [
      "a position out of range",
      [bureau(1, { type: "Polygon", coordinates: [[[5000, 5000], ...square(-4.5, 48.4).slice(1)]] })],
      1,
      "geometry",
      "coordinate_out_of_range",
      { feature: "1 (29190_0001)", path: "coordinates[0][0]", x: 5000, y: 5000 },
    ],
    [
      "5,000-deep nesting",
      `${JSON.stringify(good()[0])},{"type":"Feature","properties":{"codeBureauVote":"29190_0002"},"geometry":{"type":"Polygon","coordinates":${deep}}}`,
      2,
      1,
      "geojson_too_deep",
      { feature: 2, max: 32 },
    ],
    [
      "a number too large for a double",
      `{"type":"Feature","properties":{"codeBureauVote":"29190_0001"},"geometry":{"type":"Polygon","coordinates":[[[1e999,48.4],[-4.49,48.4],[-4.49,48.41],[1e999,48.4]]]}}`,
      1,
      "geometry",
      "coordinate_not_number",
      { feature: "1 (29190_0001)", path: "coordinates[0][0]" },
    ],
  ])(
    "rejects %s, naming the feature, and leaves the contours and the map as they were",
    async (_, features, line, column, code, params) => {
      const before = await stored();
      const name = `bad-${code}.geojson`;
      const [summary] = await importFiles(handle.db, {
        territory: TERRITORY,
        files: [write(name, features as unknown[] | string)],
      });
      expect(summary.status).toBe("rejected");
      expect(summary.errorCodes).toEqual([{ code, params, file: name, line, column }]);
      expect(summary.errors[0]).toMatch(new RegExp(`^${name.replace(".", "\\.")}:${line}:${column}: `));
      expect(await stored()).toEqual(before);
      const map = await getBureauxMap(handle.db, campaignId);
      expect(map.features.map((f) => f.geometry?.type)).toEqual(["Polygon", "Polygon"]);
    },
  );

  it("draws the other bureaux when one stored contour is damaged, and a re-import of the file repairs it", async () => {
    const file = write("good-again.geojson", good()); // the same bytes as good.geojson
    const [unchanged] = await importFiles(handle.db, { territory: TERRITORY, files: [file] });
    expect(unchanged.status).toBe("unchanged");
    // A contour damaged in the database (as an import before these checks could leave it).
    await handle.db.execute(
      sql`update bureaux set geometry = '{"type":"Polygon","coordinates":"abc"}'::jsonb where campaign_id = ${campaignId} and code = '29190_0002'`,
    );
    const map = await getBureauxMap(handle.db, campaignId);
    expect(map.features.map((f) => [f.id, f.geometry?.type ?? null])).toEqual([
      ["29190_0001", "Polygon"],
      ["29190_0002", null],
    ]);
    const [repaired] = await importFiles(handle.db, { territory: TERRITORY, files: [file] });
    expect(repaired.status).toBe("imported");
    expect((await stored())[1][1]).toEqual(good()[1].geometry);
    const [again] = await importFiles(handle.db, { territory: TERRITORY, files: [file] });
    expect(again.status).toBe("unchanged");
  });

  it("imports a file again when another file changed its contours since", async () => {
    const first = write("first.geojson", good());
    const other = write("other.geojson", good(0.005));
    const statuses = async (f: string) =>
      (await importFiles(handle.db, { territory: TERRITORY, files: [f] }))[0].status;
    expect(await statuses(first)).toBe("unchanged");
    expect(await statuses(other)).toBe("imported");
    expect(await statuses(first)).toBe("imported");
    expect((await stored())[0][1]).toEqual(good()[0].geometry);
    const records = await handle.db
      .select()
      .from(importedFiles)
      .where(and(eq(importedFiles.campaignId, campaignId), eq(importedFiles.kind, "bureau-contours")));
    expect(records.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses a contour file over its size limit, saying the limit and its setting", async () => {
    const file = write("big.geojson", good());
    const [summary] = await importFiles(handle.db, {
      territory: TERRITORY,
      files: [file],
      maxSizeMb: { contours: 0.0001 },
    });
    expect(summary.status).toBe("rejected");
    expect(summary.errorCodes).toEqual([
      {
        code: "file_too_large",
        params: { size: 1, max: 0.0001, setting: "TERRAIN_IMPORT_MAX_CONTOURS_MB" },
        file: "big.geojson",
        line: 1,
        column: 1,
      },
    ]);
  });

  it("reports progress while it reads a contour file", async () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      bureau(1, { type: "MultiPolygon", coordinates: [[square(-4.5 + (i % 20) * 0.001, 48.4, 0.001)]] }),
    );
    const file = write("many.geojson", many);
    const events: ImportProgress[] = [];
    const [summary] = await importFiles(handle.db, {
      territory: TERRITORY,
      files: [file],
      onProgress: (p) => events.push(p),
    });
    expect(summary.status).toBe("imported");
    expect(events.length).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ file: "many.geojson", rows: 400 });
    expect(events.at(-1)?.bytes).toBe(events.at(-1)?.size);
  });
});
