import type { FileIssues } from "../issues.ts";
import { findColumn } from "../text/header.ts";
import type { CsvSource } from "../text/open-csv.ts";
import { normaliseBureauCode } from "./bureau-code.ts";
import { readElectionHint } from "./election-id.ts";
import { checkLength, readCount, requireColumns } from "./read-counts.ts";
import type { BureauResult, Candidate, ResultsStream } from "./types.ts";

const VOTES = / - votes$/i;

/** Whether a header is a Brest city export (`Numéro;Bureau;…;Scrutin;…;M. NOM Prénom - votes`). */
export function isBrestCity(header: readonly string[]): boolean {
  return (
    findColumn(header, ["Numéro"]) >= 0 &&
    findColumn(header, ["Scrutin"]) >= 0 &&
    header.some((h) => VOTES.test(h))
  );
}

/** Splits `M. LE CORRE Jean-Yves` into the upper-case surname and the first name. */
export function splitCandidate(column: string): { name: string; firstName: string | null } {
  const words = column
    .replace(VOTES, "")
    .replace(/^(M\.|Mme|MME|Mlle)\s+/, "")
    .trim()
    .split(/\s+/);
  const upper = (w: string) => w === w.toUpperCase() && /\p{L}/u.test(w);
  let i = 0;
  while (i < words.length - 1 && upper(words[i])) i++;
  if (i === 0) i = 1;
  return { name: words.slice(0, i).join(" "), firstName: words.slice(i).join(" ") || null };
}

/**
 * Reads the city of Brest's own exports: one file per constituency, candidates as column
 * headers (`M. CADALEN Pierre-Yves - votes`), bureau numbers without commune (the commune
 * is the campaign's), the round in the `Scrutin` column. The files of one election are read
 * one after the other as a single election.
 */
export function parseBrestCity(
  parts: { source: CsvSource; issues: FileIssues }[],
  commune: string | null,
): ResultsStream | null {
  if (!commune) {
    const { issues } = parts[0];
    issues.error(1, "Numéro", "city_export_needs_commune");
    return null;
  }
  const candidates = new Map<string, Candidate>();
  const layouts = parts.map(({ source, issues }) => {
    const { header } = source;
    const col = {
      Numéro: findColumn(header, ["Numéro"]),
      Inscrits: findColumn(header, ["Inscrits"]),
      Votants: findColumn(header, ["Votants"]),
      Blancs: findColumn(header, ["Blancs"]),
      Nuls: findColumn(header, ["Nuls"]),
      Exprimés: findColumn(header, ["Exprimés"]),
    };
    const ok = requireColumns(col, issues);
    const votes = header.flatMap((h, index) => {
      if (!VOTES.test(h)) return [];
      const { name, firstName } = splitCandidate(h);
      const key = firstName ? `${name} ${firstName}` : name;
      if (!candidates.has(key)) candidates.set(key, { key, name, firstName, nuance: null, panel: null });
      return [{ index, key }];
    });
    return { source, issues, col, votes, ok, scrutin: findColumn(header, ["Scrutin"]) };
  });
  if (layouts.some((l) => !l.ok)) return null;
  const stream: ResultsStream = { format: "brest-city", hint: {}, candidates, rows: rows() };
  async function* rows(): AsyncGenerator<BureauResult> {
    for (const { source, issues, col, votes, scrutin } of layouts) {
      const { header } = source;
      for await (const { line, fields } of source.rows) {
        if (!checkLength(fields, header.length, header, line, issues)) continue;
        if (!stream.hint.kind) Object.assign(stream.hint, readElectionHint(fields[scrutin]));
        const counts = [col.Inscrits, col.Votants, col.Exprimés, col.Blancs, col.Nuls].map((i) =>
          readCount(fields, i, header, line, issues),
        );
        const voix = votes.map((v) => ({ key: v.key, n: readCount(fields, v.index, header, line, issues) }));
        if (counts.some((c) => c === null) || voix.some((v) => v.n === null)) continue;
        yield {
          line,
          communeCode: commune as string,
          communeName: null,
          bureauCode: normaliseBureauCode(commune as string, fields[col.Numéro]),
          inscrits: counts[0] ?? 0,
          votants: counts[1] ?? 0,
          exprimes: counts[2] ?? 0,
          blancs: counts[3] ?? 0,
          nuls: counts[4] ?? 0,
          votes: voix.map((v) => ({ candidateKey: v.key, voix: v.n ?? 0, elected: false })),
        };
      }
    }
  }
  return stream;
}
