import type { FastifyInstance } from "fastify";

const safe = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection for cookie sessions: a state-changing request that carries cookies must
 * come from our own origin (Origin, else Referer, must match the public URL or the Host the
 * request was sent to), and never from a cross-site context (Sec-Fetch-Site). Together with
 * SameSite=Lax cookies this is OWASP's "verify origin with standard headers" defence.
 */
export function registerCsrfProtection(app: FastifyInstance, baseUrl: string): void {
  const publicOrigin = new URL(baseUrl).origin;
  app.addHook("onRequest", async (request, reply) => {
    if (safe.has(request.method) || !request.headers.cookie) return;
    const site = request.headers["sec-fetch-site"];
    const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
    const hostOrigin = `${request.protocol}://${request.headers.host}`;
    const sameOrigin = origin === publicOrigin || origin === hostOrigin;
    if (site === "cross-site" || !sameOrigin) {
      return reply.status(403).send({
        error: { code: "forbidden", message: "Requête refusée : origine non reconnue (protection CSRF)." },
      });
    }
  });
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
