/**
 * Benchmark of the deterministic methods and King's EI (npm run bench:ei runs it).
 * Bounds and Goodman on 10,000 simulated units × 4 × 5 (target < 50 ms), King on 1,000
 * simulated units (target < 2 s), side by side with the R package ei when Rscript and ei
 * are installed. Prints a table on stdout. Timings are medians of a few runs after a warm-up.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { computeBounds } from "../src/bounds.ts";
import type { EiInput } from "../src/contract.ts";
import { goodmanRegression } from "../src/goodman.ts";
import { runKing } from "../src/king.ts";
import { createRng } from "../src/rng.ts";
import { runEi } from "../src/run-ei.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median and minimum over `runs` timed calls after one warm-up (the minimum is the least
 * disturbed by other processes on a shared machine). */
async function time(f: () => unknown, runs: number): Promise<{ median: number; min: number }> {
  await f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    t.push(performance.now() - t0);
  }
  return { median: median(t), min: Math.min(...t) };
}

const fmt = (t: { median: number; min: number }, digits = 1) =>
  `${t.median.toFixed(digits)} (min ${t.min.toFixed(digits)})`;

function simulateRxC(units: number, r: number, c: number, seed: number): EiInput {
  const rng = createRng(seed);
  const base = Array.from({ length: r }, () => rng.dirichlet(new Array(c).fill(2)));
  const out: EiInput = {
    rows: Array.from({ length: r }, (_, i) => `r${i}`),
    cols: Array.from({ length: c }, (_, j) => `c${j}`),
    units: [],
  };
  for (let k = 0; k < units; k++) {
    const rows = Array.from({ length: r }, () => Math.round(50 + 400 * rng.uniform()));
    const cols = new Array<number>(c).fill(0);
    rows.forEach((n, i) => {
      const p = rng.dirichlet(Array.from(base[i], (v) => 20 * v));
      for (let j = 0; j < c; j++) cols[j] += n * p[j];
    });
    out.units.push({ id: `u${k}`, rows, cols });
  }
  return out;
}

function simulateKing(units: number, seed: number): { input: EiInput; csv: string } {
  const rng = createRng(seed);
  const input: EiInput = { rows: ["b", "w"], cols: ["v", "n"], units: [] };
  const lines = ["x,t,n"];
  while (input.units.length < units) {
    const z1 = rng.normal();
    const z2 = 0.3 * z1 + Math.sqrt(0.91) * rng.normal();
    const bb = 0.35 + 0.12 * z1;
    const bw = 0.75 + 0.08 * z2;
    if (bb < 0 || bb > 1 || bw < 0 || bw > 1) continue;
    const x = 0.05 + 0.9 * rng.beta(1.2, 1.5);
    const n = 500 + Math.round(1500 * rng.uniform());
    const t = bb * x + bw * (1 - x);
    input.units.push({
      id: `u${input.units.length}`,
      rows: [n * x, n * (1 - x)],
      cols: [n * t, n * (1 - t)],
    });
    lines.push(`${x},${t},${n}`);
  }
  return { input, csv: `${lines.join("\n")}\n` };
}

function rKing(csv: string): { elapsedSec: number; Bb: number } | string {
  const which = spawnSync("Rscript", ["-e", "suppressMessages(library(ei))"], { encoding: "utf8" });
  if (which.error || which.status !== 0) return "Rscript or the R package ei not installed: R side skipped";
  const file = path.join(mkdtempSync(path.join(tmpdir(), "terrain-bench-")), "king.csv");
  writeFileSync(file, csv);
  const res = spawnSync("Rscript", [path.join(here, "../reference/king-bench.R"), file], {
    encoding: "utf8",
    timeout: 600_000,
  });
  if (res.status !== 0) return `R ei failed: ${res.stderr.slice(-300)}`;
  return JSON.parse(res.stdout.trim().split("\n").at(-1) ?? "{}") as { elapsedSec: number; Bb: number };
}

const rows: string[][] = [];
const big = simulateRxC(10_000, 4, 5, 1);
const tb = await time(() => computeBounds(big, { units: false }), 7);
rows.push(["bounds kernel, 10,000 units × 4 × 5", fmt(tb), "< 50", "", ""]);
const tg = await time(() => goodmanRegression(big), 7);
rows.push(["goodman OLS kernel, 10,000 units × 4 × 5", fmt(tg), "< 50", "", ""]);
const tw = await time(() => goodmanRegression(big, { weighted: true }), 7);
rows.push(["goodman WLS kernel, 10,000 units × 4 × 5", fmt(tw), "< 50", "", ""]);
const rb = await time(() => runEi(big, "bounds"), 7);
rows.push(["runEi bounds (validation + diagnostics), 10,000 units", fmt(rb), "< 50", "", ""]);
const rg = await time(() => runEi(big, "goodman"), 7);
rows.push(["runEi goodman (validation + diagnostics), 10,000 units", fmt(rg), "< 50", "", ""]);

const king = simulateKing(1000, 2);
let bb = 0;
const tk = await time(() => {
  bb = runKing(king.input, { seed: 1 }).estimate[0][0];
}, 3);
const r = process.argv.includes("--no-r") ? "R side skipped (--no-r)" : rKing(king.csv);
const note = typeof r === "string" ? r : "";
const rMs = typeof r === "string" ? "" : (1000 * r.elapsedSec).toFixed(0);
const ratio = typeof r === "string" ? "" : `${((1000 * r.elapsedSec) / tk.median).toFixed(1)}× faster`;
const bbText = `B_b ours ${bb.toFixed(4)}${typeof r === "string" ? "" : `, R ${r.Bb.toFixed(4)}`}`;
rows.push([`king (ei sampler), 1,000 units; ${bbText}`, fmt(tk, 0), "< 2000", rMs, ratio]);

console.log("\n## bench-basic: bounds, Goodman, King\n");
console.log("| case | ours, median (min) ms | target (ms) | R ei (ms) | ratio |");
console.log("| --- | ---: | ---: | ---: | --- |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
if (note) console.log(`\n${note}`);
