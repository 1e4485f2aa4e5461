import area from "@turf/area";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import { type GeneratedDemo, generateDemo } from "./generate-demo.ts";
import { CELL_METRES } from "./options.ts";
import { toLonLat } from "./project.ts";

type Shape = Feature<Polygon | MultiPolygon>;

const parse = (demo: GeneratedDemo, name: string) =>
  JSON.parse(demo.files.get(name)?.toString("utf8") ?? "") as FeatureCollection<Polygon | MultiPolygon>;

/** Rows of a quoted `,` CSV without embedded commas in quotes (REU table). */
const csvRows = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .slice(1)
    .map((l) => l.split(",").map((f) => f.replace(/^"|"$/g, "")));

describe("demo geography", () => {
  let demo: GeneratedDemo;
  let bureaux: Shape[];
  let iris: Shape[];
  beforeAll(() => {
    demo = generateDemo({ seed: 5, bureaux: 12, voters: 10_000 });
    bureaux = parse(demo, "contours-bureaux-de-vote.geojson").features;
    iris = parse(demo, "contours-iris.geojson").features;
  });

  it("bureaux and IRIS tile the commune: every block lies in exactly one of each, areas add up", () => {
    const { grid } = demo.model;
    const blockArea = CELL_METRES * CELL_METRES;
    const commune = grid.inside.length * blockArea;
    for (const regions of [bureaux, iris]) {
      const total = regions.reduce((a, f) => a + area(f), 0);
      // turf measures on the sphere; the local plane is equirectangular: within 0.5 %.
      expect(Math.abs(total / commune - 1)).toBeLessThan(0.005);
      for (const cell of grid.inside) {
        const centre = toLonLat(cell.x0 + CELL_METRES / 2, cell.y0 + CELL_METRES / 2);
        const holders = regions.filter((f) => booleanPointInPolygon(centre, f));
        expect(holders).toHaveLength(1);
      }
    }
    // Points just outside the commune belong to no bureau.
    const outside = grid.inside.find((c) => grid.cells[c.index - 1] === undefined);
    if (outside) {
      const p = toLonLat(outside.x0 - CELL_METRES / 2, outside.y0 + CELL_METRES / 2);
      expect(bureaux.some((f) => booleanPointInPolygon(p, f))).toBe(false);
    }
  });

  it("IRIS have the population of habitat IRIS (1,800 to 5,000) and borders that cross the bureaux", () => {
    const pop = demo.files.get("base-ic-evol-struct-pop-2021.csv")?.toString("utf8") ?? "";
    const lines = pop.trimEnd().split("\n");
    const at = lines[0].split(";").indexOf("P21_POP");
    for (const line of lines.slice(1)) {
      const n = Number(line.split(";")[at]);
      expect(n).toBeGreaterThanOrEqual(1_800);
      expect(n).toBeLessThanOrEqual(5_000);
    }
    const nested = demo.model.iris.every(
      (r) => new Set(r.cells.map((c) => demo.model.cellBureau[c.index])).size === 1,
    );
    expect(nested).toBe(false);
  });

  it("puts every REU address inside the polygon of its bureau", () => {
    const byCode = new Map(bureaux.map((f) => [String(f.properties?.id_bv), f]));
    const rows = csvRows(demo.files.get("table-adresses-reu.csv")?.toString("utf8") ?? "");
    expect(rows.length).toBeGreaterThan(1_000);
    let voters = 0;
    for (const [bv, , lon, lat, , , n] of rows) {
      const shape = byCode.get(bv);
      expect(shape, bv).toBeDefined();
      expect(booleanPointInPolygon([Number(lon), Number(lat)], shape as Shape), `${bv} ${lon} ${lat}`).toBe(
        true,
      );
      voters += Number(n);
    }
    expect(voters).toBe(demo.truth.results.mun2026t1.total.inscrits);
  });

  it("gives every BAN address a unique number on its street and a place in the commune", () => {
    const text = demo.files.get("adresses-ban.csv")?.toString("utf8") ?? "";
    const lines = text.trimEnd().split("\n").slice(1);
    expect(lines).toHaveLength(demo.model.built.addresses.length);
    const ids = new Set(lines.map((l) => l.split(",")[1]));
    expect(ids.size).toBe(lines.length);
    for (const a of demo.model.built.addresses) {
      const bureau = demo.model.bureaux[demo.model.cellBureau[a.cell]];
      expect(bureau).toBeDefined();
    }
  });
});
