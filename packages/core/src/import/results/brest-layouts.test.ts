import { describe, expect, it } from "vitest";
import { detectFormat } from "../detect-format.ts";
import { createFileIssues } from "../issues.ts";
import { frFile, hasFrData } from "../test-data.ts";
import { parseBrestCity, splitCandidate } from "./parse-brest-city.ts";
import { parseLongTotals, readLongVotes } from "./parse-long.ts";
import { parseMinistry2024 } from "./parse-ministry-2024.ts";
import { parseMinistryLegacy } from "./parse-ministry-legacy.ts";
import type { ResultsStream } from "./types.ts";

interface Figures {
  inscrits: number;
  votants: number;
  exprimes: number;
  blancs: number;
  nuls: number;
  votes: Record<string, number>;
}

/** Brest's bureaux of a results file (or long pair), with candidate votes keyed by surname. */
async function brestBureaux(file: string, candidatesFile?: string): Promise<Map<string, Figures>> {
  const issues = createFileIssues(file);
  const d = await detectFormat(frFile(`brest/results/${file}`));
  if (d.kind !== "results") throw new Error(`${file}: ${d.kind}`);
  let stream: ResultsStream | null;
  if (d.format === "brest-city") {
    const other = await detectFormat(frFile(`brest/results/${candidatesFile}`));
    if (other.kind !== "results") throw new Error(`${candidatesFile}: ${other.kind}`);
    stream = parseBrestCity(
      [
        { source: d.source, issues },
        { source: other.source, issues },
      ],
      "29019",
    );
  } else if (d.format === "ministry-legacy") stream = parseMinistryLegacy(d.source, issues);
  else if (d.format === "ministry-2024") stream = parseMinistry2024(d.source, issues);
  else {
    const c = await detectFormat(frFile(`brest/results/${candidatesFile}`));
    if (c.kind !== "long-candidates") throw new Error(`${candidatesFile}: ${c.kind}`);
    stream = parseLongTotals(d.source, issues, await readLongVotes(c.source, issues));
  }
  if (!stream) throw new Error(issues.errors.join("\n"));
  const out = new Map<string, Figures>();
  for await (const r of stream.rows) {
    if (r.communeCode !== "29019") continue;
    const votes: Record<string, number> = {};
    for (const v of r.votes) votes[v.candidateKey] = v.voix;
    out.set(r.bureauCode, {
      inscrits: r.inscrits,
      votants: r.votants,
      exprimes: r.exprimes,
      blancs: r.blancs,
      nuls: r.nuls,
      votes,
    });
  }
  expect(issues.errors).toEqual([]);
  // Candidates are keyed by surname and first name where the layout has both: compare surnames.
  const names = new Map([...stream.candidates.values()].map((c) => [c.key, c.name]));
  for (const figures of out.values()) {
    figures.votes = Object.fromEntries(Object.entries(figures.votes).map(([k, v]) => [names.get(k) ?? k, v]));
  }
  return out;
}

const ALL_104 = Array.from({ length: 104 }, (_, i) => `29019_${String(i + 1).padStart(4, "0")}`);

describe.skipIf(!hasFrData)("Brest's 104 bureaux agree across layouts of the same round", () => {
  it("Législatives 2024 round 2: official, rebuilt from the national file, and long", async () => {
    const official = await brestBureaux("leg2024_t2_circos29-02-03_official.csv");
    const rebuilt = await brestBureaux("leg2024_t2_brest_from-national_reconstructed.csv");
    const long = await brestBureaux(
      "long_legis-2024-t2_bureaux_territoires_brest.csv",
      "long_legis-2024-t2_bureaux_candidats_brest.csv",
    );
    expect([...official.keys()].sort()).toEqual(ALL_104);
    for (const code of ALL_104) {
      expect(rebuilt.get(code), code).toEqual(official.get(code));
      expect(long.get(code), code).toEqual(official.get(code));
    }
    // Bureau 1, read by hand in the official file: 911 inscrits, LE GAC 450, DONVAL 161.
    expect(official.get("29019_0001")).toMatchObject({ inscrits: 911, votants: 651, exprimes: 611 });
    expect(official.get("29019_0001")?.votes).toEqual({ "LE GAC": 450, DONVAL: 161 });
  });

  it("Législatives 2024 round 1: the unquoted official re-save and the long layout", async () => {
    const official = await brestBureaux("leg2024_t1_circos29-02-03_official.csv");
    const long = await brestBureaux(
      "long_legis-2024-t1_bureaux_territoires_brest.csv",
      "long_legis-2024-t1_bureaux_candidats_brest.csv",
    );
    expect([...official.keys()].sort()).toEqual(ALL_104);
    for (const code of ALL_104) expect(long.get(code), code).toEqual(official.get(code));
  });

  it("Présidentielle 2022 round 2: the older cp1252 layout and the long layout", async () => {
    const legacy = await brestBureaux("pres2022_t2_brest_ministry-layout_reconstructed.txt");
    const long = await brestBureaux(
      "long_presid-2022-t2_bureaux_territoires_brest.csv",
      "long_presid-2022-t2_bureaux_candidats_brest.csv",
    );
    expect([...legacy.keys()].sort()).toEqual(ALL_104);
    for (const code of ALL_104) expect(long.get(code), code).toEqual(legacy.get(code));
    // First data line of the .txt: bureau 0027, 900 inscrits, MACRON 473, LE PEN 137.
    expect(legacy.get("29019_0027")).toEqual({
      inscrits: 900,
      votants: 667,
      exprimes: 610,
      blancs: 57,
      nuls: 0,
      votes: { MACRON: 473, "LE PEN": 137 },
    });
  });

  it.each([1, 2])(
    "Législatives 2022 round %i: the city's two constituency exports and the long layout",
    async (round) => {
      const city = await brestBureaux(
        `leg2022_t${round}_circo29-02_brest-city-format.csv`,
        `leg2022_t${round}_circo29-03_brest-city-format.csv`,
      );
      const long = await brestBureaux(
        `long_legis-2022-t${round}_bureaux_territoires_brest.csv`,
        `long_legis-2022-t${round}_bureaux_candidats_brest.csv`,
      );
      expect([...city.keys()].sort()).toEqual(ALL_104);
      // Spelling differs between sources (GÉLÉBART / GELEBART): compare surnames without accents.
      const fold = (f: Figures | undefined) =>
        f && {
          ...f,
          votes: Object.fromEntries(
            Object.entries(f.votes).map(([k, v]) => [k.normalize("NFD").replace(/[\u0300-\u036f]/g, ""), v]),
          ),
        };
      // The city's round-2 export has an empty row (all zeros) for bureau 71; every other bureau agrees.
      const empty = ALL_104.filter((code) => city.get(code)?.inscrits === 0);
      expect(empty).toEqual(round === 2 ? ["29019_0071"] : []);
      for (const code of ALL_104.filter((c) => !empty.includes(c))) {
        expect(fold(city.get(code)), code).toEqual(fold(long.get(code)));
      }
    },
  );
});

describe("city export candidate columns", () => {
  it.each([
    ["M. CADALEN Pierre-Yves - votes", "CADALEN", "Pierre-Yves"],
    ["M. LE CORRE Jean-Yves - votes", "LE CORRE", "Jean-Yves"],
    ["Mme LE MOIGN Patricia - votes", "LE MOIGN", "Patricia"],
    ["M. SALAMI Réza - votes", "SALAMI", "Réza"],
  ])("%s", (column, name, firstName) => {
    expect(splitCandidate(column)).toEqual({ name, firstName });
  });
});
