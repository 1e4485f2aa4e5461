/**
 * Benchmark of the demo commune's analysis: legislative 2024 round 1 → municipal 2026
 * round 1 (our side: the left), with lphom, tslphom and MD (2 chains), each as a job
 * through the queue. Usage: npx tsx packages/core/bench/bench-analysis.ts [--data-dir DIR]
 * [--samples N --burnin N --thin N] (default: the analyses' own MD defaults; a data dir already
 * holding the demo skips loading it).
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { requestAnalysis } from "../src/analysis/request-analysis.ts";
import { claimJob, executeJob } from "../src/analysis/run-jobs.ts";
import type { TransferMethod, TransferResult } from "../src/analysis/transfer-result.ts";
import { createDb } from "../src/db/create-db.ts";
import { campaigns } from "../src/db/schema/index.ts";
import { loadDemo } from "../src/demo/load-demo.ts";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    samples: { type: "string" },
    burnin: { type: "string" },
    thin: { type: "string" },
  },
});
const handle = await createDb(values["data-dir"] ? { dataDir: values["data-dir"] } : { memory: true });
const t0 = performance.now();
const [demo] = await handle.db.select().from(campaigns).where(eq(campaigns.isDemo, true));
const campaignId = demo?.id ?? (await loadDemo(handle.db));
console.log(`demo ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const engine = {
  samples: num(values.samples),
  burnin: num(values.burnin),
  thin: num(values.thin),
  chains: 2,
};
for (const method of ["lphom", "tslphom", "md"] as TransferMethod[]) {
  const started = performance.now();
  const { job } = await requestAnalysis(handle.db, campaignId, {
    kind: "transfer",
    from: "leg2024t1",
    to: "mun2026t1",
    side: { nuances: ["UG", "ECO", "LUG", "LECO", "LFI"] },
    method,
    seed: Math.floor(Math.random() * 1e9),
  });
  const claimed = await claimJob(handle.db, "bench", job.id);
  if (!claimed) throw new Error("job not claimable");
  const done = await executeJob(handle.db, claimed, { engine });
  const s = (performance.now() - started) / 1000;
  const r = done.result as TransferResult | null;
  console.log(
    `${method.padEnd(8)} ${s.toFixed(1)} s  status ${done.status}${done.error ? ` (${done.error})` : ""}  bureaux ${r?.bureaux.length ?? 0}  back-test rho ${r?.backtest?.rho?.toFixed(3) ?? "—"}`,
  );
}
await handle.close();
