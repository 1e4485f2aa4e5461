import { createAuth, type Db } from "@terrain/core";
import { buildApp } from "./app.ts";

/**
 * The OpenAPI document of the real application (every route, its zod schemas), built without
 * a database: nothing runs a query while routes are registered, and a database that refuses
 * every use proves it. Written to apps/server/openapi.json by `npm run gen:api`.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = new Proxy({} as Db, {
    get(_target, property) {
      throw new Error(`The OpenAPI document is built without a database (db.${String(property)} used)`);
    },
  });
  const baseUrl = "http://localhost:3000";
  const auth = createAuth(db, { secret: "openapi-document-only-0123456789abcdef", baseURL: baseUrl });
  const app = await buildApp({
    db,
    dbKind: "pglite",
    auth,
    config: { baseUrl, loginRateLimit: 10, dataDir: "/nonexistent" },
  });
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger()));
  } finally {
    await app.close();
  }
}
