import type { ElectionHint } from "./election-id.ts";

/** A candidate or list of one election, as the files name it. */
export interface Candidate {
  /** Stable key within the election: surname (and first name when known), or list label. */
  key: string;
  name: string;
  firstName: string | null;
  /** Political label (nuance) given by the Ministry, null when the layout has none. */
  nuance: string | null;
  /** Ballot panel number, when given. */
  panel: number | null;
}

/** One bureau's results, normalised from any layout. */
export interface BureauResult {
  line: number;
  communeCode: string;
  communeName: string | null;
  bureauCode: string;
  inscrits: number;
  votants: number;
  exprimes: number;
  blancs: number;
  nuls: number;
  votes: { candidateKey: string; voix: number; elected: boolean }[];
}

/** The results layouts recognised. */
export type ResultsFormat =
  | "ministry-legacy"
  | "ministry-2024"
  | "long-totals"
  | "long-candidates"
  | "brest-city";

/** A results file being read: what it is and its bureaux, streamed. */
export interface ResultsStream {
  format: ResultsFormat;
  hint: ElectionHint;
  candidates: Map<string, Candidate>;
  rows: AsyncIterable<BureauResult>;
}
