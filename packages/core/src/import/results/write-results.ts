import type { Tx } from "../write/insert-columns.ts";
import { insertColumns } from "../write/insert-columns.ts";
import type { BureauResult } from "./types.ts";

/**
 * Buffers bureau results and writes them in batches (results and votes tables). One batch
 * may be in flight while the next is parsed: on PostgreSQL the server inserts on its own
 * core while this process reads on. `flush` waits for everything.
 */
export interface ResultsWriter {
  add(result: BureauResult): Promise<void>;
  flush(): Promise<void>;
}

const BATCH = 5000;

export function createResultsWriter(tx: Tx, campaignId: string, electionId: string): ResultsWriter {
  let batch: BureauResult[] = [];
  let inFlight: Promise<void> | null = null;
  async function write(rows: BureauResult[]): Promise<void> {
    const same = <T>(value: T) => rows.map(() => value);
    await insertColumns(tx, "bureau_results", [
      { name: "campaign_id", type: "text", values: same(campaignId) },
      { name: "election_id", type: "text", values: same(electionId) },
      { name: "bureau_code", type: "text", values: rows.map((r) => r.bureauCode) },
      { name: "commune_code", type: "text", values: rows.map((r) => r.communeCode) },
      { name: "inscrits", type: "int4", values: rows.map((r) => r.inscrits) },
      { name: "votants", type: "int4", values: rows.map((r) => r.votants) },
      { name: "exprimes", type: "int4", values: rows.map((r) => r.exprimes) },
      { name: "blancs", type: "int4", values: rows.map((r) => r.blancs) },
      { name: "nuls", type: "int4", values: rows.map((r) => r.nuls) },
    ]);
    const votes = rows.flatMap((r) => r.votes.map((v) => ({ bureau: r.bureauCode, ...v })));
    const sameV = <T>(value: T) => votes.map(() => value);
    await insertColumns(tx, "bureau_votes", [
      { name: "campaign_id", type: "text", values: sameV(campaignId) },
      { name: "election_id", type: "text", values: sameV(electionId) },
      { name: "bureau_code", type: "text", values: votes.map((v) => v.bureau) },
      { name: "candidate_key", type: "text", values: votes.map((v) => v.candidateKey) },
      { name: "voix", type: "int4", values: votes.map((v) => v.voix) },
      { name: "elected", type: "bool", values: votes.map((v) => v.elected) },
    ]);
  }
  async function send(): Promise<void> {
    if (inFlight) await inFlight;
    inFlight = null;
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    const pending = write(rows);
    // Keep a rejection from surfacing as unhandled before it is awaited.
    pending.catch(() => {});
    inFlight = pending;
  }
  return {
    async add(result) {
      batch.push(result);
      if (batch.length >= BATCH) await send();
    },
    async flush() {
      await send();
      if (inFlight) await inFlight;
      inFlight = null;
    },
  };
}
