/** One measured endpoint of bench:api. */
export interface LoadRow {
  label: string;
  /** Mean requests per second. */
  rps: number;
  /** Latency percentiles, ms. */
  p50: number;
  p99: number;
  /** Socket errors, time-outs and non-2xx answers (a 304 counts as served). */
  errors: number;
  /** Mean bytes per second. */
  bytes: number;
}

/** A threshold from issue 10: rate within `max`× of another row, p99 under `max` ms, or at most `max` errors. */
export type Target =
  | { row: string; kind: "ratio"; max: number; of: string }
  | { row: string; kind: "p99"; max: number }
  | { row: string; kind: "errors"; max: number };

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "—");

/** The table of rows (with each row's rate relative to `reference`), then each target met or missed. */
export function targetRows(rows: LoadRow[], reference: string, targets: Target[]): string[] {
  const ref = rows.find((r) => r.label === reference);
  const width = Math.max(...rows.map((r) => r.label.length)) + 2;
  const lines = [
    `${pad("", width)}${pad("req/s", 9)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("errors", 8)}${pad("MB/s", 8)}static ÷ this`,
  ];
  for (const r of rows) {
    const ratio = ref ? ref.rps / r.rps : Number.NaN;
    lines.push(
      `${pad(r.label, width)}${pad(num(r.rps), 9)}${pad(num(r.p50), 9)}${pad(num(r.p99), 9)}${pad(String(r.errors), 8)}${pad(num(r.bytes / 1e6, 1), 8)}${num(ratio, 2)}×`,
    );
  }
  lines.push("");
  for (const t of targets) {
    const r = rows.find((x) => x.label.startsWith(t.row));
    if (!r) continue;
    if (t.kind === "ratio") {
      const of = rows.find((x) => x.label === t.of);
      const ratio = of ? of.rps / r.rps : Number.NaN;
      lines.push(
        `${ratio <= t.max ? "met   " : "MISSED"} ${t.row}: ${num(ratio, 2)}× slower than ${t.of} (target ≤ ${t.max}×)`,
      );
    } else if (t.kind === "p99") {
      lines.push(
        `${r.p99 < t.max ? "met   " : "MISSED"} ${t.row}: p99 ${num(r.p99)} ms (target < ${t.max} ms)`,
      );
    } else {
      lines.push(
        `${r.errors <= t.max ? "met   " : "MISSED"} ${r.label}: ${r.errors} errors (target ${t.max})`,
      );
    }
  }
  return lines;
}
