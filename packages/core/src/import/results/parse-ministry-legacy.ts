import type { FileIssues } from "../issues.ts";
import { columnName, findColumn } from "../text/header.ts";
import type { CsvSource } from "../text/open-csv.ts";
import { communeCodeFromParts, normaliseBureauCode } from "./bureau-code.ts";
import { checkLength, readCount, registerCandidate, requireColumns } from "./read-counts.ts";
import type { BureauResult, Candidate, ResultsStream } from "./types.ts";

/** Whether a header is the older Ministry layout (2017–2022 `.txt`). */
export function isMinistryLegacy(header: readonly string[]): boolean {
  return findColumn(header, ["Code du b.vote"]) >= 0 && findColumn(header, ["Code de la commune"]) >= 0;
}

const BLOCK_STARTS = ["N°Panneau", "N°Liste", "Code Nuance", "Sexe", "Nuance"];

/**
 * Reads the older Ministry layout: general columns, then one header block naming the
 * fields of the first candidate (or list) while every row carries N such blocks one after
 * the other. The commune code comes without its département (`019` in `29`).
 */
export function parseMinistryLegacy(source: CsvSource, issues: FileIssues): ResultsStream | null {
  const { header } = source;
  const col = {
    "Code du département": findColumn(header, ["Code du département"]),
    "Code de la commune": findColumn(header, ["Code de la commune"]),
    "Code du b.vote": findColumn(header, ["Code du b.vote"]),
    Inscrits: findColumn(header, ["Inscrits"]),
    Votants: findColumn(header, ["Votants"]),
    Blancs: findColumn(header, ["Blancs"]),
    Nuls: findColumn(header, ["Nuls"]),
    Exprimés: findColumn(header, ["Exprimés"]),
  };
  if (!requireColumns(col, issues)) return null;
  const communeName = findColumn(header, ["Libellé de la commune"]);
  const blockStart = findColumn(header, BLOCK_STARTS, col.Exprimés + 1);
  const width = blockStart < 0 ? 0 : header.length - blockStart;
  const inBlock = (names: string[]): number => (blockStart < 0 ? -1 : findColumn(header, names, blockStart));
  const voix = inBlock(["Voix"]);
  if (blockStart >= 0 && voix < 0) {
    issues.error(1, "Voix", "missing_column");
    return null;
  }
  const block = {
    voix: voix - blockStart,
    name: inBlock(["Nom", "Libellé Abrégé Liste", "Libellé de la liste", "Nom Tête de Liste"]) - blockStart,
    firstName: inBlock(["Prénom"]) - blockStart,
    nuance: inBlock(["Nuance", "Code Nuance", "Nuance Liste"]) - blockStart,
    panel: inBlock(["N°Panneau", "N°Liste"]) - blockStart,
    elected: inBlock(["Elu", "Élu", "Sièges"]) - blockStart,
  };
  const general = blockStart < 0 ? header.length : blockStart;
  const candidates = new Map<string, Candidate>();

  function readBlocks(fields: string[], line: number, result: BureauResult): boolean {
    let end = fields.length;
    while (end > general && (end - general) % width !== 0 && fields[end - 1].trim() === "") end--;
    const remainder = (end - general) % width;
    if (remainder !== 0) {
      issues.error(line, columnName(header, blockStart + remainder), "truncated_block", {
        fields: remainder,
        width,
      });
      return false;
    }
    let ok = true;
    for (let start = general; start < end; start += width) {
      const at = (offset: number): string => (offset >= 0 ? fields[start + offset].trim() : "");
      const name = at(block.name);
      if (name === "" && at(block.voix) === "") continue;
      const count = readCount(fields, start + block.voix, header, line, issues);
      if (count === null) {
        ok = false;
        continue;
      }
      const key = registerCandidate(candidates, at, block);
      const elected = at(block.elected);
      result.votes.push({ candidateKey: key, voix: count, elected: elected !== "" && elected !== "0" });
    }
    return ok;
  }

  async function* rows(): AsyncGenerator<BureauResult> {
    for await (const { line, fields } of source.rows) {
      if (!checkLength(fields, general + (blockStart < 0 ? 0 : 1), header, line, issues)) continue;
      const counts = [col.Inscrits, col.Votants, col.Exprimés, col.Blancs, col.Nuls].map((i) =>
        readCount(fields, i, header, line, issues),
      );
      const communeCode = communeCodeFromParts(
        fields[col["Code du département"]],
        fields[col["Code de la commune"]],
      );
      const result: BureauResult = {
        line,
        communeCode,
        communeName: communeName >= 0 ? fields[communeName].trim() : null,
        bureauCode: normaliseBureauCode(communeCode, fields[col["Code du b.vote"]]),
        inscrits: counts[0] ?? 0,
        votants: counts[1] ?? 0,
        exprimes: counts[2] ?? 0,
        blancs: counts[3] ?? 0,
        nuls: counts[4] ?? 0,
        votes: [],
      };
      const blocksOk = blockStart < 0 || readBlocks(fields, line, result);
      if (counts.every((c) => c !== null) && blocksOk) yield result;
    }
  }
  // Presidential files name candidates by panel with no nuance; legislative ones give a nuance.
  const hint = block.panel >= 0 && block.nuance < 0 && block.firstName >= 0 ? { kind: "pres" as const } : {};
  return { format: "ministry-legacy", hint, candidates, rows: rows() };
}
