import { type Actor, AppError, type Auth, type Db, loadActor } from "@terrain/core";
import type { FastifyInstance, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/**
 * Resolves the signed-in actor of every /api request from the session cookie, then guards
 * tenancy for every route with a :campaignId parameter, present and future: an actor who
 * is not a member of that campaign gets 404 before its body is parsed or any handler runs.
 * The roles are read from the database on every request, so a removed member loses access
 * at once.
 */
export function registerActor(app: FastifyInstance, db: Db, auth: Auth): void {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/") || request.url.startsWith("/api/auth/")) return;
    if (!request.headers.cookie) return;
    const session = await auth.api.getSession({ headers: toHeaders(request) });
    if (session) request.actor = await loadActor(db, session.user.id);
  });
  // Before the body is even parsed: a stranger's malformed or empty body still gets 404.
  app.addHook("onRequest", async (request) => {
    const params = request.params as Record<string, string> | undefined;
    const campaignId = params?.campaignId;
    if (campaignId === undefined) return;
    const actor = request.actor;
    if (!actor) throw new AppError("unauthorized", "Connectez-vous pour continuer.");
    if (actor.platformRole !== "superadmin" && !actor.roles[campaignId]) {
      throw new AppError("not_found", "Campagne introuvable.");
    }
  });
}

export function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}
