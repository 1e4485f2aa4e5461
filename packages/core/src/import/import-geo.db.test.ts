import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/db-type.ts";
import { addresses, bureaux, campaigns, iris, irisBureauWeights, irisValues } from "../db/schema/index.ts";
import { createTestDb } from "../db/test-db.ts";
import { importFiles } from "./import-files.ts";
import { frFile, hasFrData } from "./test-data.ts";

const dir = mkdtempSync(path.join(tmpdir(), "terrain-geo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function campaignId(handle: DbHandle, territory: string): Promise<string> {
  const [c] = await handle.db.select().from(campaigns).where(eq(campaigns.territory, territory));
  return c.id;
}

describe.skipIf(!hasFrData)("importing contours, IRIS and addresses", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it.each([
    ["brest/contours/brest_contours_codeBureauVote.geojson"],
    ["brest/contours/BureauxVoteBrest_LIM_ADM_BureauxVote_s.geojson"],
  ])("attaches the contours %s to all 104 bureaux of Brest", async (contours) => {
    const summaries = await importFiles(handle.db, {
      territory: "29019",
      files: [frFile("brest/results/pres2022_t2_brest_ministry-layout_reconstructed.txt"), frFile(contours)],
    });
    const geo = summaries.find((s) => s.kind === "bureau-contours");
    expect(geo?.status).toBe("imported");
    expect(geo?.bureaux).toBe(104);
    expect(geo?.skippedOutsideTerritory).toBe(18); // Guilers and Plouzané bureaux in the same file
    expect(geo?.bureauMatching).toMatchObject({ matched: 104, added: 0, absent: 0 });
    const id = await campaignId(handle, "29019");
    const rows = await handle.db.select().from(bureaux).where(eq(bureaux.campaignId, id));
    expect(rows).toHaveLength(104);
    expect(rows.filter((b) => b.geometry === null)).toEqual([]);
    // First vertex of bureau 76 (GS Kerinou) in both files.
    const kerinou = rows.find((b) => b.code === "29019_0076")?.geometry;
    expect(kerinou?.type).toBe("Polygon");
    expect((kerinou!.coordinates as number[][][])[0][0]).toEqual([-4.4854748, 48.4094512]);
  });

  it("attaches the REU register addresses to their bureaux", async () => {
    const [summary] = await importFiles(handle.db, {
      territory: "29",
      files: [frFile("samples/reu/table-adresses-reu_sample_29039_29046_29116.csv")],
    });
    expect(summary.status).toBe("imported");
    expect(summary.addresses).toEqual({ total: 12335, withBureau: 12335, withIris: 0 });
    const id = await campaignId(handle, "29");
    const [first] = await handle.db
      .select()
      .from(addresses)
      .where(eq(addresses.campaignId, id))
      .orderBy(addresses.id)
      .limit(1);
    // First data line: "29039_1","29039",-3.913795,47.872888,"housenumber",0.96,2
    expect(first).toMatchObject({
      bureauCode: "29039_0001",
      communeCode: "29039",
      lon: -3.913795,
      lat: 47.872888,
      count: 2,
    });
  });

  it("imports the BAN addresses of Bondy", async () => {
    const [summary] = await importFiles(handle.db, {
      territory: "93010",
      files: [frFile("samples/ban/ban_adresses_bondy_93010.csv")],
    });
    expect(summary.status).toBe("imported");
    expect(summary.addresses?.total).toBe(8413);
    const id = await campaignId(handle, "93010");
    const [row] = await handle.db
      .select()
      .from(addresses)
      .where(and(eq(addresses.campaignId, id), eq(addresses.sourceId, "93010_i7xf1o_00001")));
    expect(row).toMatchObject({
      label: "1 Allee Marguerite Duras",
      lon: 2.488881,
      lat: 48.893494,
      source: "ban",
    });
  });

  it("loads the Strasbourg IRIS contours", async () => {
    const [summary] = await importFiles(handle.db, {
      territory: "67",
      files: [frFile("samples/iris-contours/iris_eurometropole_strasbourg.geojson")],
    });
    expect(summary).toMatchObject({ status: "imported", kind: "iris-contours", iris: 195 });
    const id = await campaignId(handle, "67");
    const rows = await handle.db.select().from(iris).where(eq(iris.campaignId, id));
    expect(rows).toHaveLength(195);
    expect(rows.find((r) => r.code === "674820901")?.name).toBe("Vauban Sud");
    expect(
      await handle.db
        .select()
        .from(iris)
        .where(and(eq(iris.campaignId, id), isNull(iris.geometry))),
    ).toEqual([]);
  });

  it("imports FiLoSoFi for Brest's 58 IRIS", async () => {
    const [summary] = await importFiles(handle.db, {
      territory: "29019",
      files: [frFile("brest/iris/filosofi_disp_iris_2018_brest.csv")],
    });
    expect(summary).toMatchObject({ status: "imported", iris: 58, variables: 28, format: "filosofi" });
    const rows = await handle.db.execute(
      sql`select value from iris_values where iris_code = '290190103' and variable = 'DISP_MED18'`,
    );
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { value: number }[];
    expect(list[0].value).toBe(23550);
  });

  it("builds the IRIS → bureau weights from areas, then from addresses (Lambert-93 contours reprojected)", async () => {
    // Two IRIS stacked north–south, two bureaux side by side, in Lambert-93 metres around Brest.
    const square = (x0: number, y0: number, x1: number, y1: number) => ({
      type: "Polygon",
      coordinates: [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    });
    const fc = (features: unknown[]) =>
      JSON.stringify({
        type: "FeatureCollection",
        crs: { type: "name", properties: { name: "EPSG:2154" } },
        features,
      });
    const bureauFile = path.join(dir, "bureaux_lambert93.geojson");
    writeFileSync(
      bureauFile,
      fc([
        {
          type: "Feature",
          properties: { codeBureauVote: "29190_0001" },
          geometry: square(145000, 6836000, 146000, 6838000),
        },
        {
          type: "Feature",
          properties: { codeBureauVote: "29190_0002" },
          geometry: square(146000, 6836000, 147000, 6838000),
        },
      ]),
    );
    const irisFile = path.join(dir, "iris_lambert93.geojson");
    writeFileSync(
      irisFile,
      fc([
        {
          type: "Feature",
          properties: { CODE_IRIS: "291900101" },
          geometry: square(145000, 6836000, 147000, 6837000),
        },
        {
          type: "Feature",
          properties: { CODE_IRIS: "291900102" },
          geometry: square(145000, 6837000, 147000, 6838000),
        },
      ]),
    );
    const areas = await importFiles(handle.db, { territory: "29190", files: [bureauFile, irisFile] });
    expect(areas.map((s) => s.status)).toEqual(["imported", "imported"]);
    expect(areas[1].weights).toEqual({ method: "area", cells: 4 });
    const id = await campaignId(handle, "29190");
    const cells = await handle.db
      .select()
      .from(irisBureauWeights)
      .where(eq(irisBureauWeights.campaignId, id));
    // Each 1 km² cell of Lambert-93 is a quarter of each IRIS and half of each bureau (to the
    // projection's scale error, far below 1%).
    for (const c of cells) {
      expect(c.shareOfIris).toBeCloseTo(0.5, 2);
      expect(c.shareOfBureau).toBeCloseTo(0.5, 2);
      expect(c.amount / 1e6).toBeCloseTo(1, 1);
    }
    // Addresses: 3 dwellings in IRIS 0101 × bureau 1, 1 in 0101 × 2, 2 in 0102 × 2 (BAN layout, Lambert-93 centres).
    const ban = path.join(dir, "ban_29190.csv");
    const point = (x: number, y: number) => {
      const p = [x, y];
      return p;
    };
    const { lambert93ToWgs84 } = await import("./geo/reproject.ts");
    const lines = [
      point(145500, 6836500),
      point(145600, 6836500),
      point(145700, 6836500),
      point(146500, 6836500),
      point(146500, 6837500),
      point(146600, 6837500),
    ].map(([x, y], i) => {
      const [lon, lat] = lambert93ToWgs84(x, y);
      return `29190_a_${i},${i + 1},,Rue Test,29190,${lon},${lat}`;
    });
    writeFileSync(ban, `id,numero,rep,nom_voie,code_insee,lon,lat\n${lines.join("\n")}\n`);
    const [withAddresses] = await importFiles(handle.db, { territory: "29190", files: [ban] });
    expect(withAddresses.addresses).toEqual({ total: 6, withBureau: 6, withIris: 6 });
    expect(withAddresses.weights).toEqual({ method: "addresses", cells: 3 });
    const byAddress = await handle.db
      .select()
      .from(irisBureauWeights)
      .where(eq(irisBureauWeights.campaignId, id))
      .orderBy(irisBureauWeights.irisCode, irisBureauWeights.bureauCode);
    expect(
      byAddress.map((c) => [c.irisCode, c.bureauCode, c.amount, c.shareOfIris, c.shareOfBureau]),
    ).toEqual([
      ["291900101", "29190_0001", 3, 0.75, 1],
      ["291900101", "29190_0002", 1, 0.25, 1 / 3],
      ["291900102", "29190_0002", 2, 1, 2 / 3],
    ]);
  });

  it("reads an older INSEE table keyed by DCOMIRIS, with French decimals and secret cells", async () => {
    const file = path.join(dir, "base-ic-evol-struct-pop-2012.csv");
    writeFileSync(
      file,
      "DCOMIRIS;LIBIRIS;P12_POP;P12_POP65P_PCT\n291900101;Centre;1234,5;s\n291900102;Gare;980;12,25\n",
    );
    const [summary] = await importFiles(handle.db, { territory: "29190", files: [file] });
    expect(summary).toMatchObject({
      status: "imported",
      iris: 2,
      variables: 2,
      format: "base-ic-population",
    });
    const id = await campaignId(handle, "29190");
    const rows = await handle.db.select().from(iris).where(eq(iris.campaignId, id)).orderBy(iris.code);
    expect(rows.map((r) => [r.code, r.name])).toEqual([
      ["291900101", "Centre"],
      ["291900102", "Gare"],
    ]);
    const values = await handle.db
      .select({ iris: irisValues.irisCode, variable: irisValues.variable, value: irisValues.value })
      .from(irisValues)
      .where(eq(irisValues.campaignId, id))
      .orderBy(irisValues.irisCode, irisValues.variable);
    expect(values.map((v) => [v.iris, v.variable, v.value])).toEqual([
      ["291900101", "P12_POP", 1234.5],
      ["291900101", "P12_POP65P_PCT", null],
      ["291900102", "P12_POP", 980],
      ["291900102", "P12_POP65P_PCT", 12.25],
    ]);
    const bad = path.join(dir, "base-ic-evol-struct-pop-2012-bad.csv");
    writeFileSync(bad, "DCOMIRIS;LIBIRIS;P12_POP\n291900101;Centre;douze\n2919001;Court;3\n");
    const [rejected] = await importFiles(handle.db, { territory: "29190", files: [bad] });
    expect(rejected.errors).toEqual([
      "base-ic-evol-struct-pop-2012-bad.csv:2:P12_POP: pas un nombre : « douze »",
      "base-ic-evol-struct-pop-2012-bad.csv:3:DCOMIRIS: pas un code IRIS (9 caractères) : « 2919001 »",
    ]);
    expect(rejected.errorCodes).toEqual([
      {
        code: "not_number",
        params: { value: "douze" },
        file: "base-ic-evol-struct-pop-2012-bad.csv",
        line: 2,
        column: "P12_POP",
      },
      {
        code: "not_iris_code",
        params: { value: "2919001" },
        file: "base-ic-evol-struct-pop-2012-bad.csv",
        line: 3,
        column: "DCOMIRIS",
      },
    ]);
  });
});
