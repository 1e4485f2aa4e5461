import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeoJsonShapeError, MAX_GEOJSON_DEPTH, streamFeatures } from "./stream-features.ts";

const dir = mkdtempSync(path.join(tmpdir(), "terrain-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const feature = (i: number) =>
  JSON.stringify({ type: "Feature", id: `f${i}`, properties: { n: i, label: "é".repeat(20) } });

async function readAll(p: string) {
  const seen: unknown[] = [];
  const progress: number[] = [];
  const result = await streamFeatures(
    p,
    (value, index) => {
      seen.push([index, value]);
      return true;
    },
    (bytes) => progress.push(bytes),
  );
  return { result, seen, progress };
}

async function shapeError(p: string): Promise<GeoJsonShapeError> {
  const error = await readAll(p).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GeoJsonShapeError);
  return error as GeoJsonShapeError;
}

describe("streaming the features of a GeoJSON file", () => {
  it("hands over every feature in order, across many chunks, with the root's type and byte progress", async () => {
    const features = Array.from({ length: 3000 }, (_, i) => feature(i));
    const text = `{"type":"FeatureCollection","name":"x","features":[${features.join(",\n")}]}`;
    expect(text.length).toBeGreaterThan(3 * 64 * 1024);
    const { result, seen, progress } = await readAll(file("many.geojson", text));
    expect(result).toEqual({ rootType: "FeatureCollection", count: 3000 });
    expect(seen[0]).toEqual([1, JSON.parse(features[0])]);
    expect(seen[2999]).toEqual([3000, JSON.parse(features[2999])]);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(Buffer.byteLength(text));
  });

  it("gives the root's type even when it comes last, and null features as they are", async () => {
    const { result, seen } = await readAll(file("last.geojson", '{"features":[null, 3],"type":"Other"}'));
    expect(result).toEqual({ rootType: "Other", count: 2 });
    expect(seen).toEqual([
      [1, null],
      [2, 3],
    ]);
  });

  it("stops reading when told to", async () => {
    const text = `{"type":"FeatureCollection","features":[${feature(1)},${feature(2)},${feature(3)}]}`;
    const seen: number[] = [];
    const result = await streamFeatures(file("stop.geojson", text), (_, index) => {
      seen.push(index);
      return index < 2;
    });
    expect(seen).toEqual([1, 2]);
    expect(result.count).toBe(2);
  });

  it("says which feature the JSON breaks in, and a truncated file is invalid", async () => {
    const broken = await shapeError(
      file("broken.geojson", `{"type":"FeatureCollection","features":[${feature(1)},{"type": Feature}]}`),
    );
    expect(broken.code).toBe("invalid_json");
    expect(broken.line).toBe(2);
    const cut = await shapeError(
      file("cut.geojson", `{"type":"FeatureCollection","features":[${feature(1)},{"ty`),
    );
    expect(cut.code).toBe("invalid_json");
  });

  it("refuses 5,000-deep nesting before building it, naming the feature", async () => {
    const deep = `${"[".repeat(5000)}1${"]".repeat(5000)}`;
    const text = `{"type":"FeatureCollection","features":[${feature(1)},{"type":"Feature","geometry":{"type":"Polygon","coordinates":${deep}}}]}`;
    const error = await shapeError(file("deep.geojson", text));
    expect(error.code).toBe("geojson_too_deep");
    expect(error.line).toBe(2);
    expect(error.params).toEqual({ feature: 2, max: MAX_GEOJSON_DEPTH });
  });
});
describe("trailing bytes", () => {
  it("accepts a final newline and refuses trailing garbage", async () => {
    const ok = await readAll(
      file("nl.geojson", `{"type":"FeatureCollection","features":[${feature(1)}]}\n\n`),
    );
    expect(ok.result.count).toBe(1);
    const error = await shapeError(
      file("trail.geojson", `{"type":"FeatureCollection","features":[${feature(1)}]} x`),
    );
    expect(error.code).toBe("invalid_json");
  });
});
