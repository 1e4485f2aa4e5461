import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Db } from "../db/db-type.ts";
import * as schema from "../db/schema/index.ts";

export interface AuthOptions {
  /** Secret signing the session cookies (at least 32 characters). */
  secret: string;
  /** Public URL of the server, e.g. http://localhost:3000; https makes cookies Secure. */
  baseURL: string;
  /** Limits of sign-in attempts per window (seconds). */
  signInLimit?: { window: number; max: number };
}

/**
 * better-auth on our Drizzle schema: email and password, sessions in http-only cookies
 * (Secure under https), public sign-up disabled (accounts are created by an administrator,
 * the first-run link or the CLI), sign-in rate-limited.
 */
export function createAuth(db: Db, options: AuthOptions) {
  const secure = options.baseURL.startsWith("https://");
  return betterAuth({
    appName: "Terrain",
    secret: options.secret,
    baseURL: options.baseURL,
    basePath: "/api/auth",
    trustedOrigins: [new URL(options.baseURL).origin],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
      },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: { useSecureCookies: secure, defaultCookieAttributes: { sameSite: "lax", httpOnly: true } },
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 200,
      customRules: {
        "/sign-in/email": options.signInLimit ?? { window: 60, max: 10 },
      },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
