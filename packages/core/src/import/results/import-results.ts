import { and, eq } from "drizzle-orm";
import type { Campaign } from "../../campaigns/find-or-create-campaign.ts";
import type { Db } from "../../db/db-type.ts";
import { electionCandidates, elections, importedFiles } from "../../db/schema/index.ts";
import { createFileIssues, type FileIssues, putIssues, reportCsvShape } from "../issues.ts";
import { emptySummary, type ImportSummary } from "../summary.ts";
import { CsvShapeError, type CsvSource } from "../text/open-csv.ts";
import { lockCampaignImports } from "../write/lock-campaign-imports.ts";
import { inTerritory } from "./bureau-code.ts";
import { checkBureauResult } from "./check-bureau-result.ts";
import { electionFromHint, electionLabel, mergeHints, readElectionHint } from "./election-id.ts";
import { matchBureaux } from "./match-bureaux.ts";
import { parseBrestCity } from "./parse-brest-city.ts";
import { parseLongTotals, readLongVotes } from "./parse-long.ts";
import { parseMinistry2024 } from "./parse-ministry-2024.ts";
import { parseMinistryLegacy } from "./parse-ministry-legacy.ts";
import { presidentialNuance } from "./presidential-nuances.ts";
import type { BureauResult, ResultsStream } from "./types.ts";
import { createResultsWriter } from "./write-results.ts";

/** A results file to import, with its paired candidates file for the long layouts. */
export interface ResultsUnit {
  name: string;
  hash: string;
  format: "ministry-legacy" | "ministry-2024" | "long-totals" | "brest-city";
  source: CsvSource;
  candidates?: { name: string; hash: string; source: CsvSource };
  /** Further files of the same election in a layout split by constituency (Brest city exports). */
  more?: { name: string; hash: string; source: CsvSource; issues?: FileIssues }[];
  /** The campaign's commune, for layouts that do not name it. */
  commune?: string | null;
}

class Rejected extends Error {}

const COLUMNS = {
  "ministry-legacy": { bureau: "Code du b.vote", votants: "Votants", exprimes: "Exprimés", voix: "Voix" },
  "ministry-2024": { bureau: "Code BV", votants: "Votants", exprimes: "Exprimés", voix: "Voix 1" },
  "long-totals": { bureau: "code", votants: "votants", exprimes: "exprimes", voix: "voix" },
  "brest-city": { bureau: "Numéro", votants: "Votants", exprimes: "Exprimés", voix: "votes" },
};

async function openStream(
  unit: ResultsUnit,
  issues: FileIssues,
  other: FileIssues,
): Promise<ResultsStream | null> {
  if (unit.format === "ministry-legacy") return parseMinistryLegacy(unit.source, issues);
  if (unit.format === "ministry-2024") return parseMinistry2024(unit.source, issues);
  if (unit.format === "brest-city") {
    const parts = [
      { source: unit.source, issues },
      ...(unit.more ?? []).map((m) => ({ source: m.source, issues: m.issues ?? other })),
    ];
    return parseBrestCity(parts, unit.commune ?? null);
  }
  const votes = unit.candidates ? await readLongVotes(unit.candidates.source, other) : null;
  if (!unit.candidates) issues.warn("totals_only");
  return parseLongTotals(unit.source, issues, votes);
}

/**
 * Imports one results file (or long pair) into a campaign in one transaction: the
 * election's previous data is replaced, rows outside the territory are skipped and counted,
 * every bureau is checked, and any error rolls everything back.
 */
export async function importResults(
  db: Db,
  campaign: Campaign,
  unit: ResultsUnit,
  onRows?: (rows: number) => void,
): Promise<ImportSummary> {
  const issues = createFileIssues(unit.name);
  const otherIssues = createFileIssues(unit.candidates?.name ?? "");
  const summary = emptySummary(unit.name, "results");
  summary.format = unit.format;
  if (unit.candidates) summary.pairedWith = unit.candidates.name;
  for (const m of unit.more ?? []) m.issues = createFileIssues(m.name);
  if (unit.more?.length) summary.pairedWith = unit.more.map((m) => m.name).join(", ");
  const allIssues = (): FileIssues[] => [
    issues,
    otherIssues,
    ...(unit.more ?? []).flatMap((m) => (m.issues ? [m.issues] : [])),
  ];
  const errorCount = (): number => allIssues().reduce((n, i) => n + i.errorCount, 0);
  const reject = (): ImportSummary => {
    unit.source.close();
    for (const m of unit.more ?? []) m.source.close();
    summary.status = "rejected";
    putIssues(summary, allIssues(), true);
    return summary;
  };
  let stream: ResultsStream | null;
  try {
    stream = await openStream(unit, issues, otherIssues);
  } catch (error) {
    if (!(error instanceof CsvShapeError)) throw error;
    reportCsvShape(otherIssues, error);
    return reject();
  }
  if (!stream || errorCount() > 0) return reject();
  // The first bureau is read before the election is named: some layouts tell it in their rows.
  const iterator = stream.rows[Symbol.asyncIterator]();
  let first: IteratorResult<BureauResult>;
  try {
    first = await iterator.next();
  } catch (error) {
    // a file broken from its first bureau on (a quote never closed, a line too long)
    if (!(error instanceof CsvShapeError)) throw error;
    reportCsvShape(issues, error);
    return reject();
  }
  const hint = mergeHints(
    readElectionHint(unit.name),
    readElectionHint(unit.candidates?.name ?? ""),
    stream.hint,
  );
  const election = electionFromHint(hint);
  if (!election) {
    issues.error(1, 1, "election_not_recognised");
    return reject();
  }
  const label = electionLabel(election);
  summary.election = { id: election.id, label, round: election.round };
  const totals = { inscrits: 0, votants: 0, exprimes: 0, blancs: 0, nuls: 0 };
  const voix = new Map<string, number>();
  const codes = new Map<string, string>();
  try {
    await db.transaction(async (tx) => {
      await lockCampaignImports(tx, campaign.id);
      const where = and(eq(elections.campaignId, campaign.id), eq(elections.id, election.id));
      await tx.delete(elections).where(where);
      await tx
        .delete(importedFiles)
        .where(and(eq(importedFiles.campaignId, campaign.id), eq(importedFiles.electionId, election.id)));
      await tx.insert(elections).values({
        campaignId: campaign.id,
        ...election,
        label,
        sourceFile: unit.name,
        contentHash: unit.hash,
        format: unit.format,
      });
      const writer = createResultsWriter(tx, campaign.id, election.id);
      const seen = new Map<string, number>();
      let rows = 0;
      for (let next = first; !next.done; next = await iterator.next()) {
        const result = next.value;
        if (++rows % 5000 === 0) onRows?.(rows);
        if (!inTerritory(result.communeCode, campaign.territory)) {
          summary.skippedOutsideTerritory++;
          continue;
        }
        if (!checkBureauResult(result, issues, seen, COLUMNS[unit.format]) || errorCount() > 0) continue;
        codes.set(result.bureauCode, result.communeCode);
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += result[key];
        for (const vote of result.votes)
          voix.set(vote.candidateKey, (voix.get(vote.candidateKey) ?? 0) + vote.voix);
        await writer.add(result);
      }
      onRows?.(rows);
      await writer.flush();
      if (errorCount() > 0) throw new Rejected();
      if (codes.size === 0) {
        issues.error(1, 1, "no_bureau_in_territory", { territory: campaign.territory });
        throw new Rejected();
      }
      const candidates = [...stream.candidates.values()].filter((c) => voix.has(c.key));
      if (election.kind === "pres")
        for (const c of candidates) c.nuance ??= presidentialNuance(election.year, c.name);
      if (candidates.length > 0) {
        await tx
          .insert(electionCandidates)
          .values(candidates.map((c) => ({ campaignId: campaign.id, electionId: election.id, ...c })));
      }
      summary.bureaux = codes.size;
      summary.totals = totals;
      summary.candidates = candidates
        .map((c) => ({ key: c.key, name: c.name, nuance: c.nuance, voix: voix.get(c.key) ?? 0 }))
        .sort((a, b) => b.voix - a.voix);
      summary.bureauMatching = await matchBureaux(tx, campaign.id, election.id, codes);
      if (summary.bureauMatching.added > 0 && summary.bureauMatching.matched > 0) {
        issues.warn("bureaux_added", {
          count: summary.bureauMatching.added,
          election: election.id,
          codes: summary.bureauMatching.addedCodes.join(", "),
        });
      }
      putIssues(summary, allIssues(), false);
      const files = [{ name: unit.name, hash: unit.hash }];
      if (unit.candidates) files.push({ name: unit.candidates.name, hash: unit.candidates.hash });
      for (const m of unit.more ?? []) files.push({ name: m.name, hash: m.hash });
      for (const file of files) {
        await tx
          .insert(importedFiles)
          .values({
            campaignId: campaign.id,
            contentHash: file.hash,
            fileName: file.name,
            kind: "results",
            electionId: election.id,
            summary,
          })
          .onConflictDoNothing();
      }
    });
  } catch (error) {
    if (error instanceof Rejected) return reject();
    if (error instanceof CsvShapeError) {
      reportCsvShape(issues, error);
      return reject();
    }
    throw error;
  }
  return summary;
}
