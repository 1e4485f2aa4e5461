import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/db-type.ts";
import { bureauResults, bureauVotes, bureaux } from "../db/schema/index.ts";
import { createTestDb } from "../db/test-db.ts";
import { getElectionSummaries } from "./get-election-summaries.ts";
import { importFiles } from "./import-files.ts";
import { countRows } from "./test-counts.ts";
import { frFile, hasFrData } from "./test-data.ts";

const LEGACY = frFile("brest/results/pres2022_t2_brest_ministry-layout_reconstructed.txt");
const OFFICIAL_2024 = frFile("brest/results/leg2024_t2_circos29-02-03_official.csv");
const dir = mkdtempSync(path.join(tmpdir(), "terrain-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a variant of the Brest .txt (cp1252, CRLF) changed by `edit` on its lines. */
function legacyVariant(name: string, edit: (lines: string[][]) => string[][]): string {
  const lines = iconv
    .decode(readFileSync(LEGACY), "windows-1252")
    .split("\r\n")
    .filter((l) => l !== "")
    .map((l) => l.split(";"));
  const file = path.join(dir, name);
  writeFileSync(
    file,
    iconv.encode(
      `${edit(lines)
        .map((l) => l.join(";"))
        .join("\r\n")}\r\n`,
      "windows-1252",
    ),
  );
  return file;
}

const setField = (lines: string[][], line: number, index: number, value: string): string[][] => {
  lines[line - 1][index] = value;
  return lines;
};

describe.skipIf(!hasFrData)("importing results into the database", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("imports Brest's Présidentielle 2022 round 2 and the Législatives 2024 round 2, skipping other communes", async () => {
    const summaries = await importFiles(handle.db, { territory: "29019", files: [LEGACY, OFFICIAL_2024] });
    expect(summaries.map((s) => [s.status, s.election?.id, s.bureaux])).toEqual([
      ["imported", "pres2022t2", 104],
      ["imported", "leg2024t2", 104],
    ]);
    expect(summaries[0].totals).toEqual({
      inscrits: 86270,
      votants: 60123,
      exprimes: 53742,
      blancs: 6381,
      nuls: 0,
    });
    // The older layout prints no nuance: the presidential candidates get theirs from the Ministry's labels.
    expect(summaries[0].candidates?.map((c) => [c.name, c.nuance, c.voix])).toEqual([
      ["MACRON", "ENS", 37529],
      ["LE PEN", "RN", 16213],
    ]);
    expect(summaries[1].skippedOutsideTerritory).toBe(97);
    expect(summaries[1].candidates?.map((c) => [c.name, c.nuance])).toEqual([
      ["CADALEN", "UG"],
      ["LARSONNEUR", "DVC"],
      ["KERVELLA", "RN"],
      ["LE GAC", "ENS"],
      ["DONVAL", "RN"],
    ]);
    expect(summaries[1].bureauMatching).toMatchObject({ matched: 104, added: 0, absent: 0 });
    const campaignId = (await handle.db.select().from(bureaux).limit(1))[0].campaignId;
    const status = await getElectionSummaries(handle.db, campaignId);
    expect(status.elections).toEqual([
      {
        id: "pres2022t2",
        label: "Présidentielle 2022, 2e tour",
        round: 2,
        bureaux: 104,
        inscrits: 86270,
        votants: 60123,
        exprimes: 53742,
      },
      {
        id: "leg2024t2",
        label: "Législatives 2024, 2e tour",
        round: 2,
        bureaux: 104,
        inscrits: 85122,
        votants: 58215,
        exprimes: 56128,
      },
    ]);
    expect(status.bureaux).toBe(104);
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await countRows(handle.db);
    const summaries = await importFiles(handle.db, { territory: "29019", files: [LEGACY, OFFICIAL_2024] });
    expect(summaries.map((s) => s.status)).toEqual(["unchanged", "unchanged"]);
    expect(await countRows(handle.db)).toEqual(before);
  });

  it("replaces an election's data with a corrected file", async () => {
    // Bureau 0027 corrected: 10 more inscrits (an abstention count does not enter the checks).
    const corrected = legacyVariant("pres2022_t2_corrige.txt", (l) => setField(l, 2, 7, "910"));
    const before = await countRows(handle.db);
    const [summary] = await importFiles(handle.db, { territory: "29019", files: [corrected] });
    expect(summary.status).toBe("imported");
    expect(summary.totals?.inscrits).toBe(86280);
    const after = await countRows(handle.db);
    expect(after).toEqual({ ...before, importedFiles: before.importedFiles });
    const [row] = await handle.db
      .select()
      .from(bureauResults)
      .where(and(eq(bureauResults.electionId, "pres2022t2"), eq(bureauResults.bureauCode, "29019_0027")));
    expect(row.inscrits).toBe(910);
    // Re-importing the original file now restores it (its hash was forgotten with the replaced data).
    const [restored] = await importFiles(handle.db, { territory: "29019", files: [LEGACY] });
    expect(restored.status).toBe("imported");
    expect(restored.totals?.inscrits).toBe(86270);
  });

  const N = "pres2022_t2_";
  // Each error names the file, the line and the column (header name), then says what is wrong in French.
  const broken: [string, () => string, (string | RegExp)[]][] = [
    [
      "a line truncated inside a candidate block",
      () => legacyVariant(`${N}tronque.txt`, (l) => [...l.slice(0, -1), l[l.length - 1].slice(0, 30)]),
      [`${N}tronque.txt:105:Nom: ligne tronquée : le dernier bloc de candidat a 2 champs sur 7`],
    ],
    [
      "a line truncated in the general columns",
      () => legacyVariant(`${N}coupe.txt`, (l) => [...l.slice(0, 3), l[3].slice(0, 10), ...l.slice(4)]),
      [`${N}coupe.txt:4:Votants: ligne tronquée : 10 champs au lieu de 22`],
    ],
    [
      "a missing column",
      () => legacyVariant(`${N}sans-votants.txt`, (l) => setField(l, 1, 10, "Votes")),
      [`${N}sans-votants.txt:1:Votants: colonne absente`],
    ],
    [
      "a non-numeric count and a duplicated bureau (both reported)",
      () => legacyVariant(`${N}doublon.txt`, (l) => [...setField(l, 2, 7, "9OO"), [...l[2]]]),
      [
        `${N}doublon.txt:2:Inscrits: pas un nombre entier : « 9OO »`,
        `${N}doublon.txt:106:Code du b.vote: bureau 29019_0028 déjà présent ligne 3`,
      ],
    ],
    [
      "votants above inscrits",
      () => legacyVariant(`${N}votants.txt`, (l) => setField(l, 2, 7, "600")),
      [`${N}votants.txt:2:Votants: plus de votants (667) que d'inscrits (600)`],
    ],
    [
      "exprimés + blancs + nuls different from votants",
      () => legacyVariant(`${N}nuls.txt`, (l) => setField(l, 3, 15, "5")),
      [`${N}nuls.txt:3:Votants: exprimés (560) + blancs (60) + nuls (5) = 625, au lieu des votants (620)`],
    ],
    [
      "a quote left open",
      () => {
        const file = path.join(dir, "leg2024_t1_guillemet.csv");
        const header = "Code commune;Code BV;Inscrits;Votants;Exprimés;Blancs;Nuls;Voix 1";
        writeFileSync(
          file,
          `${header}\n29019;1;900;600;590;5;5;590\n29019;"2;900;600;590;5;5;590\n29019;3;9;6;5;1;0;5\n`,
        );
        return file;
      },
      ["leg2024_t1_guillemet.csv:4:1: CSV mal formé : un guillemet ouvert n'est jamais refermé"],
    ],
    [
      "an Excel file",
      () => {
        const file = path.join(dir, "base-ic-evol-struct-pop-2021.xlsx");
        writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
        return file;
      },
      [
        "base-ic-evol-struct-pop-2021.xlsx:1:1: fichier zip ou Excel : décompressez-le, ou prenez la version CSV de la table (l'Insee publie les deux)",
      ],
    ],
    [
      "a file that does not exist",
      () => path.join(dir, "pres2022_t2_absent.txt"),
      [`${N}absent.txt:1:1: fichier introuvable`],
    ],
    [
      "an unknown layout",
      () => {
        const file = path.join(dir, "tableau.csv");
        writeFileSync(file, "nom;age\nMartin;42\n");
        return file;
      },
      [
        /^tableau\.csv:1:1: format non reconnu : Terrain attend un fichier de résultats du ministère .+ ou des contours GeoJSON$/,
      ],
    ],
    [
      "an election that cannot be recognised",
      () => {
        const file = path.join(dir, "resultats.txt");
        copyFileSync(LEGACY, file);
        writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from("\r\n")]));
        return file;
      },
      [
        "resultats.txt:1:1: élection non reconnue : nommez le fichier d'après elle, par exemple leg2024_t1_….csv ou presid-2022-t2…",
      ],
    ],
  ];

  it.each(broken)("rejects %s with the exact message and changes nothing", async (_, make, errors) => {
    const file = make();
    const before = await countRows(handle.db);
    const [summary] = await importFiles(handle.db, { territory: "29019", files: [file] });
    expect(summary.status).toBe("rejected");
    expect(summary.errors).toEqual(errors.map((e) => (typeof e === "string" ? e : expect.stringMatching(e))));
    // the same errors as codes, at the same places (the web words them in English)
    const place = (e: { file: string; line?: number; column?: string | number }) =>
      `${e.file}:${e.line}:${e.column}: `;
    expect(summary.errorCodes?.map(place)).toEqual(
      summary.errors.map((e) => e.slice(0, e.indexOf(": ") + 2)),
    );
    expect(await countRows(handle.db)).toEqual(before);
  });

  it("keeps the votes of the good import after the rejections", async () => {
    const votes = await handle.db
      .select()
      .from(bureauVotes)
      .where(and(eq(bureauVotes.electionId, "pres2022t2"), eq(bureauVotes.bureauCode, "29019_0027")));
    expect(votes.map((v) => [v.candidateKey, v.voix]).sort()).toEqual([
      ["LE PEN Marine", 137],
      ["MACRON Emmanuel", 473],
    ]);
  });
});

describe.skipIf(!hasFrData)("importing the city of Brest's own exports", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("imports the two constituency files of one round as one election, and warns about the empty row", async () => {
    const summaries = await importFiles(handle.db, {
      territory: "29019",
      files: [
        frFile("brest/results/leg2022_t2_circo29-02_brest-city-format.csv"),
        frFile("brest/results/leg2022_t2_circo29-03_brest-city-format.csv"),
      ],
    });
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({
      status: "imported",
      format: "brest-city",
      election: { id: "leg2022t2" },
      bureaux: 104,
      pairedWith: "leg2022_t2_circo29-03_brest-city-format.csv",
    });
    expect(summaries[0].warnings).toEqual([
      "leg2022_t2_circo29-02_brest-city-format.csv:13:Numéro: bureau 29019_0071 sans inscrits (ligne vide ?)",
    ]);
  });

  it("refuses a city export outside a commune's campaign", async () => {
    const [summary] = await importFiles(handle.db, {
      territory: "29",
      files: [frFile("brest/results/leg2022_t1_circo29-03_brest-city-format.csv")],
    });
    expect(summary.errors).toEqual([
      "leg2022_t1_circo29-03_brest-city-format.csv:1:Numéro: un export de la ville n'a pas de code commune : importez-le dans la campagne d'une commune (--territory 29019)",
    ]);
  });
});

describe.skipIf(!hasFrData)("matching bureaux across elections and contours", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("reports bureaux added and absent when an election's bureaux differ, and a changed boundary", async () => {
    await importFiles(handle.db, { territory: "29019", files: [LEGACY] });
    // A re-cut: bureau 0104 is gone and a bureau 0105 appears in the next election.
    const totals = readFileSync(
      frFile("brest/results/long_legis-2024-t1_bureaux_territoires_brest.csv"),
      "utf8",
    );
    const recut = path.join(dir, "long_legis-2024-t1_bureaux_territoires_recut.csv");
    writeFileSync(recut, totals.replace("29019_0104", "29019_0105"));
    const [summary] = await importFiles(handle.db, { territory: "29019", files: [recut] });
    expect(summary.bureauMatching).toEqual({
      matched: 103,
      added: 1,
      absent: 1,
      addedCodes: ["29019_0105"],
      absentCodes: ["29019_0104"],
    });
    expect(summary.warnings).toEqual([
      "aucun fichier des voix par candidat avec ce fichier de totaux : totaux seulement",
      "1 bureau de leg2024t1 n'était pas encore connu (nouveau ou redécoupé) : 29019_0105",
    ]);
    // Contours: the second import moves one vertex of bureau 0001.
    const contours = frFile("brest/contours/brest_contours_codeBureauVote.geojson");
    await importFiles(handle.db, { territory: "29019", files: [contours] });
    const geo = JSON.parse(readFileSync(contours, "utf8")) as {
      features: { properties: { codeBureauVote: string }; geometry: { coordinates: number[][][] } }[];
    };
    const one = geo.features.find((f) => f.properties.codeBureauVote === "29019_0001");
    if (!one) throw new Error("bureau 0001 missing from the contours");
    one.geometry.coordinates[0][1][0] += 0.0005;
    const moved = path.join(dir, "contours_moved.geojson");
    writeFileSync(moved, JSON.stringify(geo));
    const [changed] = await importFiles(handle.db, { territory: "29019", files: [moved] });
    expect(changed.warnings).toEqual([
      "contour modifié pour 1 bureau : 29019_0001",
      "1 bureau sans contour : 29019_0105",
    ]);
  });
});

describe.skipIf(!hasFrData)("re-importing the long layouts", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("imports a pair again when one of its two files was corrected, keeping the votes", async () => {
    const totals = frFile("brest/results/long_presid-2022-t2_bureaux_territoires_brest.csv");
    const candidates = frFile("brest/results/long_presid-2022-t2_bureaux_candidats_brest.csv");
    const first = await importFiles(handle.db, { territory: "29019", files: [totals, candidates] });
    expect(first.map((s) => [s.status, s.pairedWith])).toEqual([
      ["imported", "long_presid-2022-t2_bureaux_candidats_brest.csv"],
    ]);
    const votes = await countRows(handle.db);
    expect(votes.bureauVotes).toBe(208);
    // Bureau 0096: 10 more inscrits and 10 more abstentions, votes unchanged.
    const corrected = path.join(dir, "long_presid-2022-t2_bureaux_territoires_corrige.csv");
    writeFileSync(
      corrected,
      readFileSync(totals, "utf8").replace(
        "29019_0096;Bureau 0096 · Brest;668;494;454;174",
        "29019_0096;Bureau 0096 · Brest;678;494;454;184",
      ),
    );
    const again = await importFiles(handle.db, { territory: "29019", files: [corrected, candidates] });
    expect(again.map((s) => [s.status, s.totals?.inscrits])).toEqual([["imported", 86280]]);
    expect((await countRows(handle.db)).bureauVotes).toBe(208);
    const same = await importFiles(handle.db, { territory: "29019", files: [corrected, candidates] });
    expect(same.map((s) => s.status)).toEqual(["unchanged", "unchanged"]);
  });
});
