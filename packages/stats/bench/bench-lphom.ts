/**
 * Benchmark of the lphom family (npm run bench:ei runs it): lphom, tslphom and nslphom on
 * simulated data of 1,000 units × 10 origin × 8 destination options (targets: lphom < 2 s,
 * nslphom < 30 s), and 200 units. Side by side, when Rscript and the R package lpSolve are
 * installed, the same lphom programme (lphom::lphom's "simultaneous" model, as the R
 * package builds it) solved by lp_solve from R — the solver the R package lphom uses; the
 * lphom package itself is not in Debian. The HETe of both must agree (same optimum).
 * Prints a table on stdout. `--quick` runs the 200-unit case only; `--no-r` skips R. The first call of the
 * process includes HiGHS' WebAssembly tier-up and is reported apart.
 *
 * Measured on the shared 2-core machine under load average ~12 (2026-11-28): 1,000 × 10 × 8
 * lphom 0.92 s vs R lp_solve 44.3 s (same HETe 10.453), tslphom 4.3 s, nslphom 17.2 s;
 * under load ~8: lphom 0.60 s vs 15.5 s, tslphom 3.3 s, nslphom 5.0 s.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simulateTransfers } from "../src/lp-simulate.ts";
import { getHighs } from "../src/lp-solve.ts";
import { runLphomFamily } from "../src/lphom-run.ts";

const R_SCRIPT = `
suppressMessages(library(lpSolve))
a <- commandArgs(TRUE)
x <- as.matrix(read.csv(a[1], header = FALSE)); y <- as.matrix(read.csv(a[2], header = FALSE))
t0 <- proc.time()[["elapsed"]]
I <- nrow(x); J <- ncol(x); K <- ncol(y); JK <- J * K; IK <- I * K
xt <- colSums(x); yt <- colSums(y)
g <- expand.grid(k = 1:K, j = 1:J, i = 1:I)
dc <- rbind(
  cbind(rep(1:J, each = K), 1:JK, 1),                                  # rows of P sum to 1
  cbind(J + rep(1:K, times = J), 1:JK, rep(xt, each = K)),             # aggregate fit
  cbind(J + K + (g$i - 1) * K + g$k, (g$j - 1) * K + g$k, x[cbind(g$i, g$j)]),
  cbind(J + K + 1:IK, JK + 2 * (1:IK) - 1, 1),                          # e+ (unit residual)
  cbind(J + K + 1:IK, JK + 2 * (1:IK), -1))                             # e-
rhs <- c(rep(1, J), yt, as.vector(t(y)))
sol <- lp("min", c(rep(0, JK), rep(1, 2 * IK)), , rep("=", length(rhs)), rhs, dense.const = dc)
P <- matrix(sol$solution[1:JK], J, K, byrow = TRUE)
hete <- 100 * sum(abs(y - x %*% P)) / sum(x)
cat(sprintf("RESULT %.3f %.6f %d\\n", proc.time()[["elapsed"]] - t0, hete, sol$status))
`;

interface Row {
  case: string;
  method: string;
  seconds: number;
  hete: number;
  ei: number;
  note: string;
}

function errorIndex(counts: number[][], truth: number[][]): number {
  let dev = 0;
  let total = 0;
  truth.forEach((row, j) => {
    row.forEach((v, k) => {
      dev += Math.abs(counts[j][k] - v);
      total += v;
    });
  });
  return (50 * dev) / total;
}

function runR(dir: string, x: number[][], y: number[][]): { seconds: number; hete: number } | string {
  const probe = spawnSync("Rscript", ["-e", "suppressMessages(library(lpSolve))"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) return "Rscript or lpSolve not available";
  writeFileSync(path.join(dir, "x.csv"), x.map((r) => r.join(",")).join("\n"));
  writeFileSync(path.join(dir, "y.csv"), y.map((r) => r.join(",")).join("\n"));
  writeFileSync(path.join(dir, "lphom_lpsolve.R"), R_SCRIPT);
  const res = spawnSync(
    "Rscript",
    [path.join(dir, "lphom_lpsolve.R"), path.join(dir, "x.csv"), path.join(dir, "y.csv")],
    { encoding: "utf8", timeout: 600_000 },
  );
  const m = /RESULT ([\d.]+) ([\d.]+) (\d+)/.exec(res.stdout ?? "");
  if (!m) return res.signal ? `R timed out (${res.signal})` : `R failed: ${(res.stderr ?? "").slice(0, 120)}`;
  if (m[3] !== "0") return `lp_solve status ${m[3]}`;
  return { seconds: Number(m[1]), hete: Number(m[2]) };
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const sizes = quick ? [200] : [200, 1000];
  const rows: Row[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "bench-lphom-"));
  const loadStart = performance.now();
  await getHighs();
  const loadMs = performance.now() - loadStart;
  try {
    for (const n of sizes) {
      const sim = simulateTransfers(n, 10, 8, 2026, 50);
      const label = `${n} × 10 × 8`;
      const opts = { newAndExit: "simultaneous" as const };
      for (const method of n === sizes[0]
        ? (["lphom", "lphom", "tslphom", "nslphom"] as const)
        : (["lphom", "tslphom", "nslphom"] as const)) {
        const t0 = performance.now();
        const out = await runLphomFamily(sim.input, method, opts);
        const seconds = (performance.now() - t0) / 1000;
        const first = rows.length === 0;
        rows.push({
          case: label,
          method,
          seconds,
          hete: out.diagnostics.hete ?? Number.NaN,
          ei: errorIndex(out.counts, sim.truth),
          note:
            method === "nslphom"
              ? `${out.diagnostics.iterations} iterations`
              : first
                ? "first call (WebAssembly warm-up)"
                : "",
        });
      }
      const r = process.argv.includes("--no-r")
        ? "skipped (--no-r)"
        : runR(
            dir,
            sim.input.units.map((u) => u.rows),
            sim.input.units.map((u) => u.cols),
          );
      if (typeof r === "string")
        rows.push({
          case: label,
          method: "R lp_solve lphom",
          seconds: Number.NaN,
          hete: Number.NaN,
          ei: Number.NaN,
          note: r,
        });
      else
        rows.push({
          case: label,
          method: "R lp_solve lphom",
          ...r,
          ei: Number.NaN,
          note: "same LP, lpSolve from R",
        });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nlphom family (HiGHS ${"WebAssembly"}, module load ${loadMs.toFixed(0)} ms); EI = error index vs simulated truth`,
  );
  console.log("| case | method | seconds | HETe | EI % | note |");
  console.log("| --- | --- | ---: | ---: | ---: | --- |");
  for (const r of rows) {
    const f = (v: number, d: number) => (Number.isNaN(v) ? "—" : v.toFixed(d));
    console.log(
      `| ${r.case} | ${r.method} | ${f(r.seconds, 2)} | ${f(r.hete, 3)} | ${f(r.ei, 2)} | ${r.note} |`,
    );
  }
  const ts = (m: string, c: string) => rows.filter((r) => r.method === m && r.case === c).at(-1)?.seconds;
  const big = quick ? undefined : "1000 × 10 × 8";
  if (big) {
    console.log(
      `\ntargets: lphom ${ts("lphom", big)?.toFixed(2)} s (< 2 s), nslphom ${ts("nslphom", big)?.toFixed(2)} s (< 30 s)`,
    );
  }
}

await main();
