import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { EiInput } from "./contract.ts";

/** The senc data set (eiPack): margins as an EiInput and the true internal cells. */
export interface SencData {
  input: EiInput;
  /** truth[i][r][c]: registered voters of race r and party c in precinct i. */
  truth: number[][][];
}

const RACES = ["white", "black", "natam"];
const PARTIES = ["dem", "rep", "non"];

/**
 * Reads ../shared/data/ei/senc.tab.gz (North Carolina 2001, 212 precincts, race ×
 * party registration) into an EiInput with its ground truth; null when the file is
 * absent. Test and benchmark helper only (I/O); not exported by the package index.
 */
export function loadSenc(dataDir: string): SencData | null {
  const file = path.join(dataDir, "ei", "senc.tab.gz");
  if (!existsSync(file)) return null;
  const lines = gunzipSync(readFileSync(file)).toString("utf8").trim().split("\n");
  const header = lines[0].split(" ").map((h) => h.replaceAll('"', ""));
  const col = (name: string): number => header.indexOf(name) + 1; // data rows start with a row name
  const units: EiInput["units"] = [];
  const truth: number[][][] = [];
  for (const line of lines.slice(1)) {
    const f = parseQuoted(line);
    const id = f[0];
    const num = (name: string): number => Number(f[col(name)]);
    units.push({ id, rows: RACES.map(num), cols: PARTIES.map(num) });
    truth.push(
      RACES.map((r) =>
        PARTIES.map((p) => num(`${r === "white" ? "wh" : r === "black" ? "bl" : "natam"}${p}`)),
      ),
    );
  }
  return { input: { rows: RACES, cols: PARTIES, units }, truth };
}

function parseQuoted(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2]);
  return out;
}
