import type { EiOutput } from "@terrain/stats";
import type { ElectionOption } from "./load-election.ts";
import type { AnalysisWarning } from "./warning-codes.ts";

export type TransferMethod = "lphom" | "tslphom" | "nslphom" | "md";

export interface IntervalOut {
  value: number;
  lower: number;
  upper: number;
}

/** One bureau's figures and priority, as stored in a transfer analysis result. */
export interface BureauPriority {
  code: string;
  inscrits: number;
  turnout: number;
  ourScore: number;
  mobilisation: IntervalOut;
  persuasion: IntervalOut;
  doors: number;
  doorsSource: "households" | "inscrits";
  gainPerDoor: IntervalOut;
  rank: number;
}

export interface BacktestOut {
  /** The earlier pair the score was computed on, and the election it is checked against. */
  from: string;
  to: string;
  next: string;
  method: TransferMethod;
  /** Spearman ρ; null when undefined (constant score or progression). */
  rho: number | null;
  bureaux: number;
}

/** What a transfer analysis job stores (and the API and CLI show). */
export interface TransferResult {
  kind: "transfer";
  from: { id: string; label: string };
  to: { id: string; label: string };
  /** The engine's output contract, without per-unit tables. */
  transfer: EiOutput;
  labels: { rows: ElectionOption[]; cols: ElectionOption[] };
  /** Merged options: blank + null, and the small lists ("Autres listes"): new label → original keys. */
  merged: { rows: Record<string, string[]>; cols: Record<string, string[]> };
  side: { from: string[]; to: string[] };
  /** Lists within reach (keys), whose other voters count in persuasion; absent in results stored before it. */
  reach?: { from: string[]; to: string[] };
  unmatched: { onlyFrom: string[]; onlyTo: string[] };
  bureaux: BureauPriority[];
  backtest: BacktestOut | null;
  /** English texts (the CLI prints them). */
  warnings: string[];
  /** The same warnings with a stable code and parameters (the screens translate them). */
  warningCodes: AnalysisWarning[];
}

export interface GroupRowOut {
  key: string;
  label: string;
  /** Persons of the group in the matched bureaux (census, carried to bureaux). */
  size: number;
}

/** What a group × vote analysis job stores. */
export interface GroupResult {
  kind: "groups";
  election: { id: string; label: string };
  dimension: string;
  dimensionLabel: string;
  /** Rows shown (at least the minimum size); the others are hidden. */
  groups: GroupRowOut[];
  hiddenGroups: number;
  votes: EiOutput;
  labels: { cols: ElectionOption[] };
  /** Merged columns (blank + null, small lists): new label → original keys. */
  merged: { cols: Record<string, string[]> };
  warnings: string[];
  warningCodes: AnalysisWarning[];
}

export type AnalysisResult = TransferResult | GroupResult;
