import {
  clearSignInFailures,
  clientIpHeader,
  defaultSignInLimits,
  findSignInLock,
  recordSignInFailure,
} from "@terrain/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppDeps } from "../app-deps.ts";
import { toHeaders } from "./actor.ts";

/** Headers by which a client could name its own address: never passed to better-auth. */
const addressHeaders = ["x-forwarded-for", "x-real-ip", "forwarded", clientIpHeader];

/**
 * Mounts better-auth under /api/auth/*: the Fastify request becomes a Fetch Request and the
 * answer is copied back (every Set-Cookie kept). better-auth sees the address Fastify trusts
 * (request.ip), never one the client wrote. Sign-in has two more limits: per address
 * (TERRAIN_LOGIN_RATE_LIMIT a minute) and per account: after `accountLockAfter` failures in
 * a minute the account is locked (429 with Retry-After) for 1 minute, then 2, 4… up to an
 * hour, even for the right password and whatever address the attempts come from.
 */
export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const limits = { ...defaultSignInLimits, max: deps.config.accountLockAfter ?? defaultSignInLimits.max };

  const forward = async (request: FastifyRequest): Promise<Response> => {
    const url = new URL(request.url, `${request.protocol}://${request.headers.host}`);
    const headers = toHeaders(request);
    for (const name of addressHeaders) headers.delete(name);
    headers.set(clientIpHeader, request.ip);
    const hasBody = request.method !== "GET" && request.method !== "HEAD" && request.body !== undefined;
    return deps.auth.handler(
      new Request(url, {
        method: request.method,
        headers,
        body: hasBody ? JSON.stringify(request.body) : undefined,
      }),
    );
  };

  const send = async (reply: FastifyReply, response: Response) => {
    reply.status(response.status);
    response.headers.forEach((value, key) => {
      if (key.toLowerCase() !== "set-cookie") reply.header(key, value);
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) reply.header("set-cookie", cookies);
    return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
  };

  const locked = (reply: FastifyReply, seconds: number) =>
    reply
      .status(429)
      .header("retry-after", String(seconds))
      .send({
        error: {
          code: "rate_limited",
          message: `Trop d'échecs de connexion pour ce compte : réessayez dans ${waitText(seconds)}.`,
        },
      });

  const signIn = async (request: FastifyRequest, reply: FastifyReply) => {
    const email = (request.body as { email?: unknown } | undefined)?.email;
    if (typeof email !== "string" || email.length > 320) return send(reply, await forward(request));
    const wait = await findSignInLock(deps.db, email);
    if (wait > 0) return locked(reply, wait);
    const response = await forward(request);
    if (response.status === 401) {
      const lockedFor = await recordSignInFailure(deps.db, email, limits);
      if (lockedFor > 0)
        request.log.warn({ lockedFor }, "sign-in: an account is locked after repeated failures");
    } else if (response.ok) await clearSignInFailures(deps.db, email);
    return send(reply, response);
  };

  const hide = { schema: { hide: true } };
  app.route({
    method: "POST",
    url: "/api/auth/sign-in/email",
    ...hide,
    config: { rateLimit: { max: deps.config.loginRateLimit, timeWindow: "1 minute" } },
    handler: signIn,
  });
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    ...hide,
    handler: async (request, reply) => send(reply, await forward(request)),
  });
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  return `${Math.ceil(seconds / 60)} min`;
}
