import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { AppDeps } from "./app-deps.ts";
import type { TrustProxy } from "./config.ts";
import { apiSchemas } from "./openapi-names.ts";
import { registerActor } from "./plugins/actor.ts";
import { registerAuthRoutes } from "./plugins/auth-routes.ts";
import { registerCsrfProtection } from "./plugins/csrf.ts";
import { registerErrorHandler } from "./plugins/error-handler.ts";
import { routes } from "./routes/index.ts";

export const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

declare module "fastify" {
  interface FastifyInstance {
    /** Every route registered, for the OpenAPI and tenancy tests. */
    routeCatalog: { method: string; url: string }[];
  }
}

/** Builds the HTTP application around its dependencies (nothing global). */
export async function buildApp(deps: AppDeps, options: { logger?: FastifyServerOptions["logger"] } = {}) {
  const app: FastifyInstance = Fastify({
    logger: options.logger ?? false,
    // The socket address unless a proxy is configured (TERRAIN_TRUST_PROXY): otherwise any
    // client could pick its own request.ip with X-Forwarded-For and escape the rate limits.
    trustProxy: trustProxyOption(deps.config.trustProxy ?? false),
    bodyLimit: 10 * 1024 * 1024,
    forceCloseConnections: "idle",
  });
  app.decorate("routeCatalog", []);
  if (!deps.config.trustProxy) warnOnceAboutProxy(app);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== "HEAD") app.routeCatalog.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  const https = deps.config.baseUrl.startsWith("https://");
  await app.register(fastifyHelmet, {
    hsts: https,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: https ? [] : null,
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:", "https:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", "blob:"],
        connectSrc: ["'self'", "https:"],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: deps.config.rateLimit ?? 1200,
    timeWindow: "1 minute",
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Terrain API",
        description: "Campaign software for French local elections",
        version: "0.1.0",
        license: { name: "AGPL-3.0-or-later" },
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" } },
      },
    },
    // Named schemas (openapi-names.ts) become components, referenced by $ref.
    transform: createJsonSchemaTransform({ schemaRegistry: apiSchemas }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: apiSchemas }),
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  registerCsrfProtection(app, deps.config.baseUrl);
  registerActor(app, deps.db, deps.auth);
  registerAuthRoutes(app, deps);
  for (const register of routes) await register(app, deps);
  await registerWebApp(app);
  return app;
}

/**
 * Behind a reverse proxy that TERRAIN_TRUST_PROXY does not name, every client seems to be the
 * proxy: say so once in the log, since the per-address limits then count everyone together.
 */
function warnOnceAboutProxy(app: FastifyInstance): void {
  let warned = false;
  app.addHook("onRequest", async (request) => {
    if (warned || request.headers["x-forwarded-for"] === undefined) return;
    warned = true;
    request.log.warn(
      "X-Forwarded-For received but TERRAIN_TRUST_PROXY is not set: the header is ignored and the " +
        "client's address is the socket's; behind a reverse proxy, set TERRAIN_TRUST_PROXY to its address.",
    );
  });
}

/** Fastify's trustProxy for our setting: a hop count is a function, as Fastify makes it itself. */
function trustProxyOption(
  setting: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === "number" ? (_address, hop) => hop < setting : setting;
}

/** The built web app at /, with the single-page fallback for its client-side routes. */
async function registerWebApp(app: FastifyInstance): Promise<void> {
  const hasWeb = existsSync(webDist);
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((request, reply) => {
    const page = (request.method === "GET" || request.method === "HEAD") && !request.url.startsWith("/api/");
    // A missing asset (a path with a file extension) is a 404, never the app's index.html.
    const asset = /\.[a-z0-9]+$/i.test(request.url.split("?")[0]);
    if (!page || asset) {
      return reply
        .status(404)
        .send({ error: { code: "not_found", message: `Aucune route ${request.method} ${request.url}` } });
    }
    if (!hasWeb)
      return reply.type("text/plain").send("Terrain: the web app is not built (npm run build:web).");
    return reply.sendFile("index.html");
  });
}
