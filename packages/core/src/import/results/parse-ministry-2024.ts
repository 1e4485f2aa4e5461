import type { FileIssues } from "../issues.ts";
import { findColumn, foldName } from "../text/header.ts";
import type { CsvSource } from "../text/open-csv.ts";
import { normaliseBureauCode, normaliseCommuneCode } from "./bureau-code.ts";
import { checkLength, readCount, registerCandidate, requireColumns } from "./read-counts.ts";
import type { BureauResult, Candidate, ResultsStream } from "./types.ts";

/** Whether a header is the 2024 Ministry layout (numbered blocks `Voix 1`, `Voix 2`…). */
export function isMinistry2024(header: readonly string[]): boolean {
  return findColumn(header, ["Code BV"]) >= 0 && findColumn(header, ["Voix 1"]) >= 0;
}

interface Block {
  voix: number;
  name: number;
  firstName: number;
  nuance: number;
  panel: number;
  elected: number;
}

function blocksOf(header: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (const name of header) {
    const match = /^voix (\d+)$/.exec(foldName(name));
    if (!match) continue;
    const n = match[1];
    const find = (names: string[]): number =>
      findColumn(
        header,
        names.map((prefix) => `${prefix} ${n}`),
      );
    blocks.push({
      voix: header.indexOf(name),
      name: find(["Nom candidat", "Libellé abrégé de liste", "Libellé de liste", "Nom tête de liste"]),
      firstName: find(["Prénom candidat"]),
      nuance: find(["Nuance candidat", "Nuance liste", "Nuance"]),
      panel: find(["Numéro de panneau", "Numéro de liste"]),
      elected: find(["Elu", "Élu", "Sièges"]),
    });
  }
  return blocks;
}

/**
 * Reads the 2024 Ministry layout: one row per bureau, 5-character commune codes, numbered
 * column blocks per candidate or list (`Nuance candidat 1`, `Voix 1`, `Elu 1`…), quoted
 * fields and percentages such as "71,46%" (ignored: recomputed from counts).
 */
export function parseMinistry2024(source: CsvSource, issues: FileIssues): ResultsStream | null {
  const { header } = source;
  const col = {
    "Code commune": findColumn(header, ["Code commune"]),
    "Code BV": findColumn(header, ["Code BV"]),
    Inscrits: findColumn(header, ["Inscrits"]),
    Votants: findColumn(header, ["Votants"]),
    Exprimés: findColumn(header, ["Exprimés"]),
    Blancs: findColumn(header, ["Blancs"]),
    Nuls: findColumn(header, ["Nuls"]),
  };
  if (!requireColumns(col, issues)) return null;
  const communeName = findColumn(header, ["Libellé commune"]);
  const blocks = blocksOf(header);
  const candidates = new Map<string, Candidate>();

  async function* rows(): AsyncGenerator<BureauResult> {
    for await (const { line, fields } of source.rows) {
      if (!checkLength(fields, header.length, header, line, issues)) continue;
      const counts = [col.Inscrits, col.Votants, col.Exprimés, col.Blancs, col.Nuls].map((i) =>
        readCount(fields, i, header, line, issues),
      );
      const communeCode = normaliseCommuneCode(fields[col["Code commune"]]);
      const result: BureauResult = {
        line,
        communeCode,
        communeName: communeName >= 0 ? fields[communeName].trim() : null,
        bureauCode: normaliseBureauCode(communeCode, fields[col["Code BV"]]),
        inscrits: counts[0] ?? 0,
        votants: counts[1] ?? 0,
        exprimes: counts[2] ?? 0,
        blancs: counts[3] ?? 0,
        nuls: counts[4] ?? 0,
        votes: [],
      };
      let ok = counts.every((c) => c !== null);
      for (const block of blocks) {
        const at = (i: number): string => (i >= 0 ? fields[i].trim() : "");
        const name = at(block.name);
        if (name === "" && at(block.voix) === "") continue;
        const voix = readCount(fields, block.voix, header, line, issues);
        if (voix === null) {
          ok = false;
          continue;
        }
        const key = registerCandidate(candidates, at, block);
        const elected = foldName(at(block.elected));
        result.votes.push({ candidateKey: key, voix, elected: elected === "elu" || /^[1-9]/.test(elected) });
      }
      if (ok) yield result;
    }
  }
  return { format: "ministry-2024", hint: {}, candidates, rows: rows() };
}
