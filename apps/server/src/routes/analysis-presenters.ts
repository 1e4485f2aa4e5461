import type { AnalysisJob } from "@terrain/core/src/analysis/index.ts";
import type { z } from "zod";
import type { jobOut } from "./analysis-schemas.ts";

/** JSON has no NaN nor Infinity: they become null (the schemas allow null numbers). */
function finite<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v)),
  );
}

/** An analysis job as the API shows it (no lock or heartbeat internals). */
export function presentJob(job: AnalysisJob): z.infer<typeof jobOut> {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    message: job.message,
    error: job.error,
    method: job.method,
    seed: job.seed,
    inputs: job.inputs as Record<string, unknown>,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
    result:
      job.status === "done" && job.result ? finite(job.result as z.infer<typeof jobOut>["result"]) : null,
  };
}
