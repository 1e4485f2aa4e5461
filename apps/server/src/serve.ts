import { createAuth, createSetupToken, type DbHandle } from "@terrain/core";
import { startJobRunner } from "@terrain/core/src/analysis/run-jobs.ts";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import { openDb } from "./open-db.ts";
import { sweepUploadDirs } from "./upload-dirs.ts";

export interface ServeOptions {
  /** Runs once the database is open and before the server listens (e.g. loading the demo). */
  prepare?: (handle: DbHandle) => Promise<void>;
  print?: (line: string) => void;
}

/**
 * Starts Terrain: opens the database (migrations applied), prepares it, prints the one-time
 * first-administrator link when no account exists, listens, and shuts down gracefully on
 * SIGTERM/SIGINT (in-flight requests finish, then the database closes).
 */
export async function serve(config: Config, options: ServeOptions = {}) {
  const print = options.print ?? ((line: string) => console.log(line));
  const handle = await openDb(config);
  await options.prepare?.(handle);
  const auth = createAuth(handle.db, {
    secret: config.secret,
    baseURL: config.baseUrl,
    signInLimit: { window: 60, max: config.loginRateLimit },
  });
  const app = await buildApp(
    { db: handle.db, dbKind: handle.kind, auth, config },
    { logger: { level: config.logLevel } },
  );
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await handle.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(
        `Port ${config.port} is already in use: stop the other program or choose another PORT.`,
      );
    }
    throw error;
  }
  // Analyses queued by the API run here, through pg-boss (shared by every process on one PostgreSQL).
  const runner = startJobRunner(handle.db, {
    databaseUrl: config.databaseUrl,
    concurrency: config.jobConcurrency,
    perCampaign: config.jobsPerCampaign,
    logger: app.log,
  });
  // upload folders of imports that a crash interrupted (the folders of this run are newer)
  void sweepUploadDirs().then(
    (removed) => removed.length > 0 && app.log.info({ removed }, "upload folders left by a crash removed"),
    (error) => app.log.warn({ err: error }, "upload folders could not be swept"),
  );
  const token = await createSetupToken(handle.db);
  print(
    `Terrain is running at ${config.baseUrl} (database: ${handle.kind === "pglite" ? config.dataDir : "PostgreSQL"})`,
  );
  if (token) {
    print("No account exists yet. Create the first administrator with this one-time link (valid 24 hours):");
    print(`  ${config.baseUrl}/setup?token=${token}`);
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down: finishing in-flight requests and the analysis in hand");
    await app.close();
    await runner.stop(); // an analysis still running after 10 s is resumed by another worker or the next start
    await handle.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  return { app, handle, runner };
}
