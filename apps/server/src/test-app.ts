import {
  addMember,
  createAuth,
  createUser,
  type DbHandle,
  findOrCreateCampaign,
  type Role,
} from "@terrain/core";
import { createTestDb } from "@terrain/core/src/db/test-db.ts";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";

export const baseUrl = "http://localhost:3000";

export interface TestApp {
  app: FastifyInstance;
  handle: DbHandle;
  /** Creates an account with a role in a campaign (by territory) and returns its session cookie. */
  userWithRole(email: string, role: Role, territory: string): Promise<string>;
  signIn(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export const testPassword = "correct-horse-battery";

/** The real application on a fresh test database, for inject()-based API tests. */
export async function createTestApp(
  options: { loginRateLimit?: number; trustProxy?: Config["trustProxy"]; accountLockAfter?: number } = {},
): Promise<TestApp> {
  const handle = await createTestDb();
  const loginRateLimit = options.loginRateLimit ?? 1000;
  const auth = createAuth(handle.db, {
    secret: "test-secret-test-secret-test-secret-0123",
    baseURL: baseUrl,
    signInLimit: { window: 60, max: loginRateLimit },
  });
  const app = await buildApp({
    db: handle.db,
    dbKind: handle.kind,
    auth,
    config: {
      baseUrl,
      loginRateLimit,
      dataDir: "/nonexistent",
      trustProxy: options.trustProxy,
      accountLockAfter: options.accountLockAfter ?? 1000,
    },
  });
  const signIn = async (email: string, password: string) => {
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: baseUrl, "content-type": "application/json" },
      payload: { email, password },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in ${email}: ${res.statusCode} ${res.body}`);
    const cookies = res.headers["set-cookie"];
    const list = Array.isArray(cookies) ? cookies : [String(cookies)];
    return list.map((c) => c.split(";")[0]).join("; ");
  };
  return {
    app,
    handle,
    signIn,
    async userWithRole(email, role, territory) {
      const c = await findOrCreateCampaign(handle.db, { territory });
      await createUser(handle.db, auth, { email, name: email.split("@")[0], password: testPassword });
      await addMember(handle.db, { campaignId: c.id, email, role });
      return signIn(email, testPassword);
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
