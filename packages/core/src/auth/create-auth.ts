import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import type { Db } from "../db/db-type.ts";
import * as schema from "../db/schema/index.ts";
import { isAppError } from "../errors.ts";
import { checkPasswordStrength } from "./check-password-strength.ts";
import { checkProfileUpdate } from "./check-profile-update.ts";

/**
 * The header carrying the client address to better-auth's rate limiter: set by our Fastify
 * mount from request.ip (the socket, or what a configured trusted proxy says), never taken
 * from the client.
 */
export const clientIpHeader = "x-terrain-client-ip";

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
 * the first-run link or the CLI), sign-in rate-limited by the address our server trusts,
 * new passwords checked for strength and profile fields limited as the rest of the API.
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
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
    },
    hooks: { before: checkInput },
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

/** Before better-auth's own handlers: profile limits and password strength, as 400 naming the field. */
const checkInput = createAuthMiddleware(async (ctx) => {
  try {
    if (ctx.path === "/update-user") checkProfileUpdate(ctx.body);
    if (ctx.path === "/change-password" || ctx.path === "/reset-password") {
      const body = (ctx.body ?? {}) as { newPassword?: unknown };
      if (typeof body.newPassword !== "string") return;
      const session = ctx.path === "/change-password" ? await getSessionFromCtx(ctx) : null;
      const inputs = session ? [session.user.email, session.user.name] : [];
      checkPasswordStrength(body.newPassword, inputs, "newPassword");
    }
  } catch (error) {
    if (isAppError(error))
      throw new APIError("BAD_REQUEST", { message: error.message, code: "INVALID_INPUT" });
    throw error;
  }
});
