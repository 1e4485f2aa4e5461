import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/db-type.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { loadDemo } from "../demo/load-demo.ts";
import type { DemoTruth } from "../demo/truth.ts";
import { getIrisDetail, type IrisDetail } from "./get-iris-detail.ts";

// The IRIS cards of the demo commune, read back against the INSEE files the demo wrote and
// the importer read (not against the card's own output).
describe(`IRIS cards on the demo commune (${testDbKind()})`, () => {
  let handle: DbHandle;
  let dir: string;
  let campaignId: string;
  let census: Record<string, string>[];
  let contours: { properties: { CODE_IRIS: string; NOM_IRIS: string } }[];
  let truth: DemoTruth;
  const cards: IrisDetail[] = [];
  beforeAll(async () => {
    handle = await createTestDb();
    dir = await mkdtemp(path.join(tmpdir(), "terrain-iris-card-"));
    campaignId = await loadDemo(handle.db, { dir });
    census = parse(await readFile(path.join(dir, "base-ic-evol-struct-pop-2021.csv"), "utf8"), {
      columns: true,
      delimiter: ";",
    });
    contours = JSON.parse(await readFile(path.join(dir, "contours-iris.geojson"), "utf8")).features;
    truth = JSON.parse(await readFile(path.join(dir, "truth.json"), "utf8"));
    for (const row of census) cards.push(await getIrisDetail(handle.db, campaignId, row.IRIS));
  }, 240_000);
  afterAll(async () => {
    await handle?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("gives each IRIS its name and the population and age bands of the census file", () => {
    expect(cards.length).toBeGreaterThan(0);
    for (const [i, row] of census.entries()) {
      const card = cards[i];
      expect(card.code).toBe(row.IRIS);
      expect(card.name).toBe(contours.find((c) => c.properties.CODE_IRIS === row.IRIS)?.properties.NOM_IRIS);
      expect(card.figures.population).toBe(Math.round(Number(row.P21_POP)));
      const age = Object.fromEntries(
        (card.demographics.find((d) => d.dimension === "age")?.groups ?? []).map((g) => [g.key, g.count]),
      );
      const expected: Record<string, number> = {};
      for (const [key, column] of [
        ["18-24", "P21_POP1824"],
        ["25-39", "P21_POP2539"],
        ["40-54", "P21_POP4054"],
        ["55-64", "P21_POP5564"],
        ["65-79", "P21_POP6579"],
        ["80+", "P21_POP80P"],
      ]) {
        const n = Number(row[column]);
        if (n >= 11) expected[key] = Math.round(n);
      }
      expect(age).toEqual(expected);
    }
  });

  it("spreads each IRIS over demo bureaux, its shares summing to one, largest first", () => {
    const codes = new Set(truth.bureaux.map((b) => b.code));
    for (const card of cards) {
      expect(card.bureaux.length).toBeGreaterThan(0);
      for (const b of card.bureaux) expect(codes.has(b.code)).toBe(true);
      expect(card.bureaux.reduce((s, b) => s + b.shareOfIris, 0)).toBeCloseTo(1, 9);
      const shares = card.bureaux.map((b) => b.shareOfIris);
      expect(shares).toEqual([...shares].sort((a, b) => b - a));
    }
    // seen from the bureaux: each one is entirely made of IRIS parts
    const ofBureau = new Map<string, number>();
    for (const card of cards)
      for (const b of card.bureaux) ofBureau.set(b.code, (ofBureau.get(b.code) ?? 0) + b.shareOfBureau);
    for (const total of ofBureau.values()) expect(total).toBeCloseTo(1, 9);
  });

  it("answers not found for an IRIS the campaign does not have", async () => {
    await expect(getIrisDetail(handle.db, campaignId, "751010101")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
