import type { Auth, Db } from "@terrain/core";
import type { Config } from "./config.ts";

/** What routes are given: the database, auth and settings — never a global. */
export interface AppDeps {
  db: Db;
  dbKind: "pglite" | "postgres";
  auth: Auth;
  config: Pick<Config, "baseUrl" | "loginRateLimit" | "dataDir"> &
    Partial<Pick<Config, "importMaxMb" | "trustProxy" | "accountLockAfter" | "rateLimit">>;
}
