import { eq } from "drizzle-orm";
import { findTransferResult } from "../analysis/find-analysis.ts";
import type { ElectionOption } from "../analysis/load-election.ts";
import type { BacktestOut, BureauPriority } from "../analysis/transfer-result.ts";
import type { AnalysisWarning } from "../analysis/warning-codes.ts";
import type { Db } from "../db/db-type.ts";
import { bureaux, campaigns, elections } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

/** A share with its interval (0–1), null when the engine gave none. */
export interface ReportCell {
  value: number | null;
  lower: number | null;
  upper: number | null;
}

/** Everything the one-page report says, gathered from one finished transfer analysis. */
export interface ReportData {
  campaign: { name: string; territory: string; isDemo: boolean };
  from: string;
  to: string;
  method: string;
  seed: number;
  /** When the analysis finished. */
  date: Date;
  side: string[];
  /** Lists within reach as chosen (nuances, then list keys); empty when none was. */
  reach: string[];
  /** The later election's lists the analysis counted as within reach, named as in the matrix. */
  reachLists: string[];
  /** Code points (`U+4E2D`) the report's font could not draw, shown as `�` (set when rendering). */
  missingGlyphs?: string[];
  rows: string[];
  cols: string[];
  cells: ReportCell[][];
  /** The ten bureaux of highest expected gain per door, in rank order. */
  priorities: (BureauPriority & { name: string | null })[];
  bureauCount: number;
  backtest: (BacktestOut & { fromLabel: string; toLabel: string; nextLabel: string }) | null;
  /** The aggregation-bias warning of the analysis (warning-codes.ts), when it was raised. */
  bias?: { cells: number; row: string; col: string; value: number } | null;
}

const finiteOrNull = (v: number | undefined | null) =>
  v !== undefined && v !== null && Number.isFinite(v) ? v : null;

/** The parameters of an aggregation_bias warning, if the analysis raised one. */
function biasOf(codes: readonly AnalysisWarning[] | undefined): ReportData["bias"] {
  const w = codes?.find((c) => c.code === "aggregation_bias");
  if (!w) return null;
  const { cells, row, col, value } = w.params;
  return { cells: Number(cells), row: String(row), col: String(col), value: Number(value) };
}

/** A row or column of the matrix as a reader names it (French, as on the Analyses screen). */
export function optionName(o: ElectionOption): string {
  if (o.key === "NET_ENTRIES") return "Nouveaux inscrits (solde)";
  if (o.key === "NET_EXITS") return "Départs (solde)";
  if (o.kind === "abstention") return "Abstention";
  if (o.kind === "blank" || o.kind === "null") return "Blancs et nuls";
  if (o.key === "Autres listes") return "Autres listes";
  return o.nuance ? `${o.label} (${o.nuance})` : o.label;
}

/** Loads a finished transfer analysis of the campaign with what the report needs (bureau names, campaign). */
export async function loadReportData(db: Db, campaignId: string, jobId: string): Promise<ReportData> {
  const found = await findTransferResult(db, campaignId, jobId);
  if (!found) throw new AppError("not_found", "Analyse introuvable.");
  const { job, result } = found;
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new AppError("not_found", "Campagne introuvable.");
  const names = new Map(
    (
      await db
        .select({ code: bureaux.code, label: bureaux.label })
        .from(bureaux)
        .where(eq(bureaux.campaignId, campaignId))
    ).map((b) => [b.code, b.label]),
  );
  const labels = new Map(
    (
      await db
        .select({ id: elections.id, label: elections.label })
        .from(elections)
        .where(eq(elections.campaignId, campaignId))
    ).map((e) => [e.id, e.label]),
  );
  const label = (id: string) => labels.get(id) ?? id;
  const t = result.transfer;
  const bt = result.backtest;
  type Choice = { nuances?: string[]; candidates?: string[] };
  const inputs = job.inputs as { side?: Choice; reach?: Choice };
  const choice = (c: Choice | undefined) => [...(c?.nuances ?? []), ...(c?.candidates ?? [])];
  const colName = (key: string) => {
    const col = result.labels.cols.find((c) => c.key === key);
    return col ? optionName(col) : key;
  };
  return {
    campaign: { name: campaign.name, territory: campaign.territory, isDemo: campaign.isDemo },
    from: result.from.label,
    to: result.to.label,
    method: job.method,
    seed: job.seed,
    date: job.finishedAt ?? job.createdAt,
    side: choice(inputs.side),
    reach: choice(inputs.reach),
    reachLists: (result.reach?.to ?? []).map(colName),
    rows: result.labels.rows.map(optionName),
    cols: result.labels.cols.map(optionName),
    cells: t.estimate.map((row, i) =>
      row.map((v, j) => ({
        value: finiteOrNull(v),
        lower: finiteOrNull(t.lower[i]?.[j]),
        upper: finiteOrNull(t.upper[i]?.[j]),
      })),
    ),
    priorities: [...result.bureaux]
      .sort((a, b) => a.rank - b.rank)
      .slice(0, 10)
      .map((b) => ({ ...b, name: names.get(b.code) ?? null })),
    bureauCount: result.bureaux.length,
    backtest: bt
      ? { ...bt, fromLabel: label(bt.from), toLabel: label(bt.to), nextLabel: label(bt.next) }
      : null,
    bias: biasOf(result.warningCodes),
  };
}
