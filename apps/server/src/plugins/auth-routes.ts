import type { Auth } from "@terrain/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { toHeaders } from "./actor.ts";

/**
 * Mounts better-auth under /api/auth/*: the Fastify request becomes a Fetch Request and the
 * answer is copied back (every Set-Cookie kept). Sign-in has its own, stricter rate limit.
 */
export function registerAuthRoutes(app: FastifyInstance, auth: Auth, loginRateLimit: number): void {
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const url = new URL(request.url, `${request.protocol}://${request.headers.host}`);
    const headers = toHeaders(request);
    if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", request.ip);
    const hasBody = request.method !== "GET" && request.method !== "HEAD" && request.body !== undefined;
    const response = await auth.handler(
      new Request(url, {
        method: request.method,
        headers,
        body: hasBody ? JSON.stringify(request.body) : undefined,
      }),
    );
    reply.status(response.status);
    response.headers.forEach((value, key) => {
      if (key.toLowerCase() !== "set-cookie") reply.header(key, value);
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) reply.header("set-cookie", cookies);
    return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
  };
  const hide = { schema: { hide: true } };
  app.route({
    method: "POST",
    url: "/api/auth/sign-in/email",
    ...hide,
    config: { rateLimit: { max: loginRateLimit, timeWindow: "1 minute" } },
    handler,
  });
  app.route({ method: ["GET", "POST"], url: "/api/auth/*", ...hide, handler });
}
