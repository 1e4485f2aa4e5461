import type { FileIssues } from "../issues.ts";
import { findColumn, foldName } from "../text/header.ts";
import type { CsvSource } from "../text/open-csv.ts";
import { normaliseBureauCode } from "./bureau-code.ts";
import { checkLength, readCount, requireColumns } from "./read-counts.ts";
import type { BureauResult, Candidate, ResultsStream } from "./types.ts";

/** Whether a header is the long layout of totals per bureau (`maille;code;libelle;inscrits;…`). */
export function isLongTotals(header: readonly string[]): boolean {
  return findColumn(header, ["maille"]) === 0 && findColumn(header, ["inscrits"]) >= 0;
}

/** Whether a header is the long layout of votes per bureau × candidate (`maille;code;label;nuance;voix;elu`). */
export function isLongCandidates(header: readonly string[]): boolean {
  return findColumn(header, ["maille"]) === 0 && findColumn(header, ["voix"]) >= 0;
}

type Vote = BureauResult["votes"][number];

/** Votes per bureau read from a long candidates file, and the candidates met. */
export interface LongVotes {
  byBureau: Map<string, Vote[]>;
  candidates: Map<string, Candidate>;
}

function isBureauRow(maille: string): boolean {
  const m = foldName(maille);
  return m === "bureaux" || m === "bureau" || m === "bv";
}

/** Reads a whole long candidates file (one election's votes: bounded by its bureaux × candidates). */
export async function readLongVotes(source: CsvSource, issues: FileIssues): Promise<LongVotes | null> {
  const { header } = source;
  const col = {
    maille: findColumn(header, ["maille"]),
    code: findColumn(header, ["code"]),
    label: findColumn(header, ["label", "libelle", "nom"]),
    voix: findColumn(header, ["voix"]),
  };
  if (!requireColumns(col, issues)) return null;
  const nuance = findColumn(header, ["nuance"]);
  const elu = findColumn(header, ["elu"]);
  const byBureau = new Map<string, Vote[]>();
  const candidates = new Map<string, Candidate>();
  const width = Math.max(col.maille, col.code, col.label, col.voix) + 1;
  for await (const { line, fields } of source.rows) {
    if (!checkLength(fields, width, header, line, issues)) continue;
    if (!isBureauRow(fields[col.maille])) continue;
    const voix = readCount(fields, col.voix, header, line, issues);
    if (voix === null) continue;
    const key = fields[col.label].trim();
    if (!candidates.has(key)) {
      candidates.set(key, {
        key,
        name: key,
        firstName: null,
        nuance: nuance >= 0 ? fields[nuance].trim() || null : null,
        panel: null,
      });
    }
    const bureau = normaliseBureauCode("", fields[col.code]);
    const votes = byBureau.get(bureau) ?? [];
    if (votes.some((v) => v.candidateKey === key)) {
      issues.error(line, "label", "candidate_twice", { candidate: key, bureau });
      continue;
    }
    votes.push({
      candidateKey: key,
      voix,
      elected: elu >= 0 && /^(true|1|oui|elu)$/i.test(fields[elu].trim()),
    });
    byBureau.set(bureau, votes);
  }
  return { byBureau, candidates };
}

/**
 * Reads the long layouts: the totals file streams one row per bureau (`code` is
 * `CCCCC_BBBB`); the votes of its paired candidates file, when given, are attached to each
 * bureau. Rows at another level than bureaux (`maille` communes…) are skipped.
 */
export function parseLongTotals(
  source: CsvSource,
  issues: FileIssues,
  votes: LongVotes | null,
): ResultsStream | null {
  const { header } = source;
  const col = {
    maille: findColumn(header, ["maille"]),
    code: findColumn(header, ["code"]),
    inscrits: findColumn(header, ["inscrits"]),
    votants: findColumn(header, ["votants"]),
    exprimes: findColumn(header, ["exprimes"]),
    blancs: findColumn(header, ["blancs"]),
    nuls: findColumn(header, ["nuls"]),
  };
  if (!requireColumns(col, issues)) return null;
  const libelle = findColumn(header, ["libelle"]);
  const width = Math.max(...Object.values(col)) + 1;

  async function* rows(): AsyncGenerator<BureauResult> {
    for await (const { line, fields } of source.rows) {
      if (!checkLength(fields, width, header, line, issues)) continue;
      if (!isBureauRow(fields[col.maille])) continue;
      const counts = [col.inscrits, col.votants, col.exprimes, col.blancs, col.nuls].map((i) =>
        readCount(fields, i, header, line, issues),
      );
      if (counts.some((c) => c === null)) continue;
      const bureauCode = normaliseBureauCode("", fields[col.code]);
      yield {
        line,
        communeCode: bureauCode.slice(0, bureauCode.indexOf("_")),
        communeName: libelle >= 0 ? (fields[libelle].split("·")[1]?.trim() ?? null) : null,
        bureauCode,
        inscrits: counts[0] ?? 0,
        votants: counts[1] ?? 0,
        exprimes: counts[2] ?? 0,
        blancs: counts[3] ?? 0,
        nuls: counts[4] ?? 0,
        votes: votes?.byBureau.get(bureauCode) ?? [],
      };
    }
  }
  return { format: "long-totals", hint: {}, candidates: votes?.candidates ?? new Map(), rows: rows() };
}
