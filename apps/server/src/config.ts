import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { AppError, DEFAULT_IMPORT_SIZE_LIMITS, type ImportSizeLimits } from "@terrain/core";
import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  TERRAIN_DATA_DIR: z.string().default(".terrain"),
  DATABASE_URL: z.string().optional(),
  TERRAIN_BASE_URL: z.string().url().optional(),
  TERRAIN_SECRET: z.string().min(32).optional(),
  TERRAIN_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  TERRAIN_JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  TERRAIN_JOBS_PER_CAMPAIGN: z.coerce.number().int().min(1).max(64).default(1),
  TERRAIN_ACCOUNT_LOCK_AFTER: z.coerce.number().int().min(1).default(10),
  TERRAIN_TRUST_PROXY: z.string().default("").transform(parseTrustProxy),
  TERRAIN_RATE_LIMIT: z.coerce.number().int().min(1).default(1200),
  TERRAIN_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TERRAIN_IMPORT_MAX_CONTOURS_MB: z.coerce.number().positive().default(DEFAULT_IMPORT_SIZE_LIMITS.contours),
  TERRAIN_IMPORT_MAX_TABLES_MB: z.coerce.number().positive().default(DEFAULT_IMPORT_SIZE_LIMITS.tables),
  TERRAIN_IMPORT_MAX_ADDRESSES_MB: z.coerce.number().positive().default(DEFAULT_IMPORT_SIZE_LIMITS.addresses),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  baseUrl: string;
  secret: string;
  loginRateLimit: number;
  /** Failed sign-ins of one account within a minute that lock it (1 min, then doubling). */
  accountLockAfter: number;
  /**
   * Which proxies may tell the client's address (X-Forwarded-For) — Fastify's trustProxy:
   * false (the socket address, the default), a hop count, or proxy addresses and CIDR ranges.
   */
  trustProxy: TrustProxy;
  /** Requests per minute and address, every route (the load benchmark raises it). */
  rateLimit: number;
  logLevel: string;
  /** Analyses this process runs at once. */
  jobConcurrency: number;
  /** Analyses one campaign runs at once, over every process (the others keep a worker). */
  jobsPerCampaign: number;
  /** Largest file an import accepts per kind, in MB. */
  importMaxMb: ImportSizeLimits;
}

export type TrustProxy = false | number | string[];

/** proxy-addr's names for the reserved ranges, accepted as Fastify accepts them. */
const rangeNames = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * TERRAIN_TRUST_PROXY: empty, "false" or "0" trust no proxy; "1", "2"… trust that many hops;
 * otherwise a comma list of addresses or CIDR ranges (10.0.0.0/8, ::1) or proxy-addr's
 * names (loopback, linklocal, uniquelocal). "true" (any client may set its own address) is
 * refused.
 */
export function parseTrustProxy(value: string, ctx?: z.RefinementCtx): TrustProxy {
  const v = value.trim().toLowerCase();
  if (v === "" || v === "false" || v === "off" || v === "0") return false;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.find((e) => !rangeNames.has(e) && !isAddressOrRange(e));
  if (bad !== undefined || v === "true") {
    const message = `"${bad ?? v}" is not a hop count, an IP address or a CIDR range`;
    if (ctx) ctx.addIssue({ code: "custom", message });
    else throw new AppError("bad_request", `Invalid setting TERRAIN_TRUST_PROXY: ${message}`);
    return false;
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address, prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
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
    accountLockAfter: e.TERRAIN_ACCOUNT_LOCK_AFTER,
    trustProxy: e.TERRAIN_TRUST_PROXY,
    rateLimit: e.TERRAIN_RATE_LIMIT,
    logLevel: e.TERRAIN_LOG_LEVEL,
    jobConcurrency: e.TERRAIN_JOB_CONCURRENCY,
    jobsPerCampaign: e.TERRAIN_JOBS_PER_CAMPAIGN,
    importMaxMb: {
      contours: e.TERRAIN_IMPORT_MAX_CONTOURS_MB,
      tables: e.TERRAIN_IMPORT_MAX_TABLES_MB,
      addresses: e.TERRAIN_IMPORT_MAX_ADDRESSES_MB,
    },
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
