import type { EiInput } from "@terrain/stats";
import type { ElectionTable } from "./load-election.ts";

export interface TransferInput {
  input: EiInput;
  /** Bureaux present in only one of the two elections (left out of the analysis). */
  unmatched: { onlyFrom: string[]; onlyTo: string[] };
}

/**
 * The engine's input for a transfer between two elections: rows = options of `from`
 * (abstention, blank, null, lists), cols = options of `to`, one unit per bureau present
 * in both (matched by code; the others are reported). Unit totals are each election's
 * inscrits, so they may differ: the lphom family models it (NET_ENTRIES / NET_EXITS),
 * MD scales each bureau's `from` counts to its `to` inscrits (runEi's "scale-rows").
 */
export function buildTransferInput(from: ElectionTable, to: ElectionTable): TransferInput {
  const units: EiInput["units"] = [];
  const onlyFrom: string[] = [];
  for (const [code, rows] of [...from.counts].sort(([a], [b]) => a.localeCompare(b))) {
    const cols = to.counts.get(code);
    if (!cols) onlyFrom.push(code);
    else units.push({ id: code, rows: [...rows], cols: [...cols] });
  }
  const onlyTo = [...to.counts.keys()].filter((c) => !from.counts.has(c)).sort();
  return {
    input: dropEmptyOptions({
      rows: from.options.map((o) => o.key),
      cols: to.options.map((o) => o.key),
      units,
    }),
    unmatched: { onlyFrom, onlyTo },
  };
}

/** Removes rows and columns with no count in any unit (a list absent from every matched bureau). */
export function dropEmptyOptions(input: EiInput): EiInput {
  const keepRows = input.rows.map((_, r) => input.units.some((u) => u.rows[r] > 0));
  const keepCols = input.cols.map((_, c) => input.units.some((u) => u.cols[c] > 0));
  return {
    rows: input.rows.filter((_, r) => keepRows[r]),
    cols: input.cols.filter((_, c) => keepCols[c]),
    units: input.units.map((u) => ({
      ...u,
      rows: u.rows.filter((_, r) => keepRows[r]),
      cols: u.cols.filter((_, c) => keepCols[c]),
    })),
  };
}
