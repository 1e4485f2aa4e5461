import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { ELECTIONS } from "./elections.ts";
import { type GeneratedDemo, generateDemo } from "./generate-demo.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const shared = path.resolve(repoRoot, "../shared/data/fr/brest/results");

const hashes = (demo: GeneratedDemo) =>
  new Map([...demo.files].map(([name, bytes]) => [name, createHash("sha256").update(bytes).digest("hex")]));

/** Splits a `;` line, honouring double quotes. */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

describe("demo generator: determinism", () => {
  it("writes identical bytes for the same seed and different ones for another seed", () => {
    const small = { bureaux: 4, voters: 3000 };
    const a = hashes(generateDemo({ ...small, seed: 11 }));
    const b = hashes(generateDemo({ ...small, seed: 11 }));
    const c = hashes(generateDemo({ ...small, seed: 12 }));
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(b).toEqual(a);
    for (const name of a.keys()) expect(c.get(name), name).not.toBe(a.get(name));
  });

  it("rejects impossible options with a clear message", () => {
    expect(() => generateDemo({ bureaux: 1 })).toThrow(/bureaux/);
    expect(() => generateDemo({ voters: 2000, bureaux: 40 })).toThrow(/150 voters per bureau/);
  });
});

describe("demo generator: the default commune", () => {
  let demo: GeneratedDemo;
  beforeAll(() => {
    demo = generateDemo();
  });

  it("has about 35,000 voters in 40 bureaux of 600 to 1,500 registered, in every round", () => {
    const { truth } = demo;
    expect(truth.territory).toBe("29999");
    expect(truth.bureaux).toHaveLength(40);
    expect(Math.abs(truth.results.mun2026t1.total.inscrits - 35_000)).toBeLessThan(1_750);
    for (const e of ELECTIONS) {
      for (const r of Object.values(truth.results[e.id].byBureau)) {
        expect(r.inscrits).toBeGreaterThanOrEqual(600);
        expect(r.inscrits).toBeLessThanOrEqual(1_500);
      }
    }
  });

  it("has plausible turnout, blank and null votes, and shares", () => {
    const turnout: Record<string, [number, number]> = {
      pres2022t1: [0.68, 0.85],
      pres2022t2: [0.62, 0.82],
      leg2024t1: [0.55, 0.75],
      leg2024t2: [0.55, 0.75],
      mun2026t1: [0.38, 0.62],
      mun2026t2: [0.38, 0.65],
    };
    for (const e of ELECTIONS) {
      const t = demo.truth.results[e.id].total;
      const rate = t.votants / t.inscrits;
      expect(rate, e.id).toBeGreaterThan(turnout[e.id][0]);
      expect(rate, e.id).toBeLessThan(turnout[e.id][1]);
      expect(t.blancs / t.votants, e.id).toBeLessThan(e.round === 2 ? 0.12 : 0.04);
      expect(t.nuls / t.votants, e.id).toBeLessThan(0.04);
      const shares = Object.values(t.voix).map((v) => v / t.exprimes);
      expect(Math.max(...shares), e.id).toBeLessThan(e.round === 2 ? 0.75 : 0.45);
      for (const b of Object.values(demo.truth.results[e.id].byBureau)) {
        expect(b.votants / b.inscrits, `${e.id} bureau turnout`).toBeGreaterThan(turnout[e.id][0] - 0.2);
        expect(b.votants / b.inscrits, `${e.id} bureau turnout`).toBeLessThan(turnout[e.id][1] + 0.15);
      }
    }
    // The presidential round 1 leaders, as in Finistère in 2022: Macron first, then Mélenchon and Le Pen.
    const p = demo.truth.results.pres2022t1.total.voix;
    expect(p["MACRON Emmanuel"]).toBe(Math.max(...Object.values(p)));
  });

  it("has new and departed voters between elections", () => {
    const t = demo.truth.transfers["pres2022t1>mun2026t1"];
    const newVoters = t.total[t.rows.length - 1].reduce((a, b) => a + b, 0);
    const gone = t.total.reduce((a, row) => a + row[t.cols.length - 1], 0);
    const base = demo.truth.results.pres2022t1.total.inscrits;
    expect(newVoters / base).toBeGreaterThan(0.08);
    expect(newVoters / base).toBeLessThan(0.3);
    expect(gone / base).toBeGreaterThan(0.05);
    expect(gone / base).toBeLessThan(0.3);
  });

  it("writes the 2024 layout as the Ministry does (UTF-8, `;`, quoted codes, numbered blocks)", () => {
    const text =
      demo.files.get("leg2024_t2_resultats-definitifs-par-bureau-de-vote.csv")?.toString("utf8") ?? "";
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(41);
    const header = fields(lines[0]);
    const row = fields(lines[1]);
    expect(row).toHaveLength(header.length);
    expect(lines[1].startsWith('"29";Finistère;"29999";')).toBe(true);
    expect(row[4]).toBe("0001");
    expect(row[header.indexOf("% Votants")]).toMatch(/^\d+,\d\d%$/);
    const file = path.join(shared, "leg2024_t2_circos29-02-03_official.csv");
    if (!existsSync(file)) {
      console.warn(`skipped the comparison with the real header: ${file} is absent`);
      return;
    }
    const real = readFileSync(file, "utf8").split("\n")[0];
    expect(lines[0]).toBe(real.slice(0, lines[0].length));
  });

  it("writes the older layout as the Ministry does (cp1252, CRLF, one header block)", () => {
    const bytes = demo.files.get("pres2022_t2_resultats-par-niveau-burvot.txt") as Buffer;
    expect(bytes.includes(Buffer.from("Ã"))).toBe(false);
    const text = iconv.decode(bytes, "win1252");
    const lines = text.split("\r\n");
    expect(lines[1].split(";")).toHaveLength(lines[0].split(";").length + 7);
    expect(lines[1].startsWith("29;Finistère;06;6ème circonscription;999;")).toBe(true);
    const file = path.join(shared, "pres2022_t2_brest_ministry-layout_reconstructed.txt");
    if (!existsSync(file)) {
      console.warn(`skipped the comparison with the real header: ${file} is absent`);
      return;
    }
    expect(lines[0]).toBe(iconv.decode(readFileSync(file), "win1252").split("\r\n")[0]);
  });

  it("publishes results that are the sums of the individual votes (files = truth)", () => {
    for (const e of ELECTIONS.filter((x) => x.layout === "2024")) {
      const name = `${e.id.replace(/t(\d)$/, "_t$1")}_resultats-definitifs-par-bureau-de-vote.csv`;
      const lines = (demo.files.get(name)?.toString("utf8") ?? "").trimEnd().split("\n");
      const header = fields(lines[0]);
      for (const line of lines.slice(1)) {
        const f = fields(line);
        const truth = demo.truth.results[e.id].byBureau[`29999_${f[4]}`];
        expect(Number(f[header.indexOf("Inscrits")])).toBe(truth.inscrits);
        expect(Number(f[header.indexOf("Votants")])).toBe(truth.votants);
        expect(Number(f[header.indexOf("Exprimés")])).toBe(truth.exprimes);
        expect(Number(f[header.indexOf("Blancs")])).toBe(truth.blancs);
        const voix = Object.values(truth.voix);
        voix.forEach((v, k) => {
          expect(Number(f[header.indexOf(`Voix ${k + 1}`)])).toBe(v);
        });
        expect(truth.exprimes + truth.blancs + truth.nuls).toBe(truth.votants);
        expect(voix.reduce((a, b) => a + b, 0)).toBe(truth.exprimes);
      }
    }
  });
});
