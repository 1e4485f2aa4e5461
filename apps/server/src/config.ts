import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "@terrain/core";
import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  TERRAIN_DATA_DIR: z.string().default(".terrain"),
  DATABASE_URL: z.string().optional(),
  TERRAIN_BASE_URL: z.string().url().optional(),
  TERRAIN_SECRET: z.string().min(32).optional(),
  TERRAIN_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  TERRAIN_RATE_LIMIT: z.coerce.number().int().min(1).default(1200),
  TERRAIN_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  baseUrl: string;
  secret: string;
  loginRateLimit: number;
  /** Requests per minute and address, every route (the load benchmark raises it). */
  rateLimit: number;
  logLevel: string;
}

export interface ConfigFlags {
  port?: string | number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
}

/** Settings from flags, then the environment, then defaults; one clear sentence when wrong. */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse({
    ...env,
    ...(flags.port !== undefined ? { PORT: flags.port } : {}),
    ...(flags.host ? { HOST: flags.host } : {}),
    ...(flags.dataDir ? { TERRAIN_DATA_DIR: flags.dataDir } : {}),
    ...(flags.databaseUrl ? { DATABASE_URL: flags.databaseUrl } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("bad_request", `Invalid setting ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.TERRAIN_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL || undefined,
    baseUrl: (e.TERRAIN_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    secret: e.TERRAIN_SECRET ?? readOrCreateSecret(dataDir),
    loginRateLimit: e.TERRAIN_LOGIN_RATE_LIMIT,
    rateLimit: e.TERRAIN_RATE_LIMIT,
    logLevel: e.TERRAIN_LOG_LEVEL,
  };
}

/** A random secret kept in the data folder, so that sessions survive restarts on one machine. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "secret");
  try {
    if (existsSync(file)) return readFileSync(file, "utf8").trim();
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  } catch {
    throw new AppError("unavailable", `The data folder ${dataDir} cannot be written to.`);
  }
}
