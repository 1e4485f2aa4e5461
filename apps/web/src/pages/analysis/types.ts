/** Shapes of the analysis API (apps/server/src/routes/analysis-*.ts, message-matrix.ts). */
export type Method = "lphom" | "tslphom" | "nslphom" | "md";

export interface ElectionItem {
  id: string;
  label: string;
  kind: string;
  year: number;
  round: number;
  lists: { key: string; label: string; nuance: string | null }[];
}

export interface Interval {
  value: number | null;
  lower: number | null;
  upper: number | null;
}

export interface OptionLabel {
  key: string;
  label: string;
  nuance: string | null;
  kind: "abstention" | "blank" | "null" | "list";
}

export interface EiOutputView {
  method: string;
  rows: string[];
  cols: string[];
  estimate: (number | null)[][];
  lower: (number | null)[][];
  upper: (number | null)[][];
  counts: (number | null)[][];
  diagnostics: Record<string, unknown>;
}

export interface BureauPriority {
  code: string;
  inscrits: number;
  turnout: number | null;
  ourScore: number | null;
  mobilisation: Interval;
  persuasion: Interval;
  doors: number;
  doorsSource: "households" | "inscrits";
  gainPerDoor: Interval;
  rank: number;
}

export interface TransferResult {
  kind: "transfer";
  from: { id: string; label: string };
  to: { id: string; label: string };
  transfer: EiOutputView;
  labels: { rows: OptionLabel[]; cols: OptionLabel[] };
  side: { from: string[]; to: string[] };
  /** Lists within reach (keys) whose other voters count in persuasion; absent in older results. */
  reach?: { from: string[]; to: string[] };
  unmatched: { onlyFrom: string[]; onlyTo: string[] };
  bureaux: BureauPriority[];
  backtest: {
    from: string;
    to: string;
    next: string;
    method: string;
    rho: number | null;
    bureaux: number;
  } | null;
  warnings: string[];
  /** The same warnings with a stable code and parameters (absent in older results). */
  warningCodes?: AnalysisWarning[];
}

export interface GroupResult {
  kind: "groups";
  election: { id: string; label: string };
  dimension: string;
  dimensionLabel: string;
  groups: { key: string; label: string; size: number }[];
  hiddenGroups: number;
  votes: EiOutputView;
  labels: { cols: OptionLabel[] };
  warnings: string[];
  warningCodes?: AnalysisWarning[];
}

export interface AnalysisJob {
  id: string;
  kind: "transfer" | "groups";
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  message: string | null;
  error: string | null;
  method: string;
  seed: number;
  inputs: Record<string, unknown>;
  createdAt: string;
  finishedAt: string | null;
  result: TransferResult | GroupResult | null;
}

export type TransferRequest = {
  kind: "transfer";
  from: string;
  to: string;
  method: Method;
  side: { nuances?: string[]; candidates?: string[] };
  /** Lists within reach (listes proches); none by default. */
  reach?: { nuances?: string[]; candidates?: string[] };
};
export type GroupRequest = { kind: "groups"; election: string; dimension: string; method: Method };

export interface BureauProperties {
  code: string;
  name: string | null;
  election: string | null;
  inscrits: number | null;
  turnout: number | null;
  ourScore: number | null;
  mobilisation: number | null;
  persuasion: number | null;
  priority: number | null;
  priorityLower: number | null;
  priorityUpper: number | null;
  rank: number | null;
}

export interface BureauFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown[] } | null;
  properties: BureauProperties;
}

export interface BureauxMap {
  type: "FeatureCollection";
  analysisId: string | null;
  features: BureauFeature[];
}

export interface BureauDetail {
  code: string;
  name: string | null;
  history: {
    election: string;
    label: string;
    inscrits: number;
    votants: number;
    turnout: number;
    ourScore: number | null;
    options: { key: string; label: string; nuance: string | null; votes: number }[];
  }[];
  demographics: {
    dimension: string;
    label: string;
    groups: { key: string; label: string; count: number }[];
  }[];
  priority: BureauPriority | null;
  messages: { pointId: string; label: string; reach: number }[];
}

export interface MessagePoint {
  id: string;
  label: string;
  relevance: Record<string, number>;
}

export interface MessageMatrix {
  points: MessagePoint[];
  groups: { key: string; dimension: string; label: string }[];
  weights: { code: string; weights: Record<string, number> }[];
  firstMessages: { code: string; rank: number | null; pointId: string; label: string; reach: number }[];
}

/** A warning of an analysis: stable code, parameters, and the engine's English text. */
export interface AnalysisWarning {
  code: string;
  params: Record<string, string | number>;
  text: string;
}

/** GET /api/campaigns/:id/iris: IRIS contours with census figures (null when withheld or unknown). */
export interface IrisProperties {
  code: string;
  name: string | null;
  population: number | null;
  share65: number | null;
  shareUnder25: number | null;
  shareCadres: number | null;
  shareOuvriers: number | null;
  shareDiplomeSup: number | null;
  shareHlm: number | null;
  medianIncome: number | null;
}

export interface IrisMap {
  type: "FeatureCollection";
  features: {
    type: "Feature";
    id: string;
    geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown[] } | null;
    properties: IrisProperties;
  }[];
}
