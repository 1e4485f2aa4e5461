/**
 * Test-only loaders for the EI validation sets in ../shared/data/ei (never copied into the
 * repository). Each returns null when the data folder is absent so that tests can skip.
 * Not exported from the package index.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { EiInput } from "./contract.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** Folder of the EI validation data, relative to the repository. */
export const eiDataDir = path.resolve(repoRoot, "../shared/data/ei");
export const eiDataMissing = !existsSync(path.join(eiDataDir, "reference_numbers.json"));
export const missingDataMessage = `EI validation data not found at ${eiDataDir}: skipping (CI always has it)`;

export interface Matproii {
  input: EiInput;
  x: number[];
  t: number[];
  n: number[];
  tb: number[];
  tw: number[];
}

/** King (1997) ch. 10 data: 268 counties, x = black share, t = turnout, with truth tb, tw. */
export function loadMatproii(): Matproii | null {
  const file = path.join(eiDataDir, "matproii.txt.gz");
  if (!existsSync(file)) return null;
  const lines = gunzipSync(readFileSync(file)).toString("utf8").trim().split(/\r?\n/).slice(1);
  const rows = lines.map((l) => l.trim().split(/\s+/).map(Number));
  const x = rows.map((r) => r[0]);
  const t = rows.map((r) => r[1]);
  const n = rows.map((r) => r[2]);
  const input: EiInput = {
    rows: ["black", "white"],
    cols: ["vote", "novote"],
    units: rows.map((r, i) => ({
      id: String(i + 1),
      rows: [r[2] * r[0], r[2] * (1 - r[0])],
      cols: [r[2] * r[1], r[2] * (1 - r[1])],
    })),
  };
  return { input, x, t, n, tb: rows.map((r) => r[3]), tw: rows.map((r) => r[4]) };
}

export interface Senc {
  input: EiInput;
  /** Per unit true internal cells, R×C counts. */
  cells: number[][][];
}

/** eiPack's senc: 212 North Carolina precincts, race × party registration, with full truth. */
export function loadSenc(): Senc | null {
  const file = path.join(eiDataDir, "senc.tab.gz");
  if (!existsSync(file)) return null;
  const lines = gunzipSync(readFileSync(file)).toString("utf8").trim().split(/\r?\n/);
  const header = (lines[0].match(/"[^"]*"|\S+/g) ?? []).map((s) => s.replace(/"/g, ""));
  const col = (name: string) => header.indexOf(name) + 1; // data lines start with a row name
  const rowsL = ["white", "black", "natam"];
  const colsL = ["dem", "rep", "non"];
  const units = lines.slice(1).map((line) => {
    const f = (line.match(/"[^"]*"|\S+/g) ?? []).map((s) => s.replace(/"/g, ""));
    const cells = rowsL.map((r) =>
      colsL.map((c) => Number(f[col(`${r === "white" ? "wh" : r === "black" ? "bl" : "natam"}${c}`)])),
    );
    return {
      id: `${f[col("county")]}/${f[col("precinct")]}`,
      rows: rowsL.map((r) => Number(f[col(r)])),
      cols: colsL.map((c) => Number(f[col(c)])),
      cells,
    };
  });
  return {
    input: { rows: rowsL, cols: colsL, units: units.map(({ cells: _c, ...u }) => u) },
    cells: units.map((u) => u.cells),
  };
}

/** reference_numbers.json, untyped beyond what the tests read. */
export function loadReferenceNumbers(): Record<string, Record<string, unknown>> | null {
  const file = path.join(eiDataDir, "reference_numbers.json");
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;
}
