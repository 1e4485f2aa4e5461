import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Actor, type DbHandle, findOrCreateCampaign } from "@terrain/core";
import { createTestDb } from "@terrain/core/src/db/test-db.ts";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../app-deps.ts";
import { registerErrorHandler } from "../plugins/error-handler.ts";
import { importRoutes } from "./imports.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const data = path.resolve(repoRoot, "../shared/data/fr");
const hasData = existsSync(data);
if (!hasData) console.warn(`skipping upload tests: ${data} is absent`);

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** A multipart/form-data body with the given files. */
function multipart(files: { name: string; bytes: Buffer }[]): { body: Buffer; type: string } {
  const boundary = "----terrain-test-boundary";
  const parts = files.flatMap((f) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    f.bytes,
    Buffer.from("\r\n"),
  ]);
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

describe.skipIf(!hasData)("POST /api/campaigns/:campaignId/imports (upload)", () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  let campaignId: string;
  beforeAll(async () => {
    handle = await createTestDb();
    campaignId = (await findOrCreateCampaign(handle.db, { territory: "29019" })).id;
    app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandler(app);
    // The role comes from a test header here; the real app resolves it from the session.
    app.decorateRequest("actor", null);
    app.addHook("onRequest", async (request) => {
      const role = request.headers["x-test-role"];
      if (typeof role === "string") {
        request.actor = {
          userId: "u1",
          platformRole: "user",
          roles: { [campaignId]: role as Actor["roles"][string] },
        };
      }
    });
    const deps = { db: handle.db, dbKind: handle.kind } as AppDeps;
    await importRoutes(app, deps);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const brest = (f: string) => readFileSync(path.join(data, "brest/results", f));

  it("imports the uploaded files (streamed to disk) and answers their summaries", async () => {
    const { body, type } = multipart([
      {
        name: "long_presid-2022-t2_bureaux_territoires_brest.csv",
        bytes: brest("long_presid-2022-t2_bureaux_territoires_brest.csv"),
      },
      {
        name: "long_presid-2022-t2_bureaux_candidats_brest.csv",
        bytes: brest("long_presid-2022-t2_bureaux_candidats_brest.csv"),
      },
    ]);
    const res = await app.inject({
      method: "POST",
      url: `/api/campaigns/${campaignId}/imports`,
      headers: { "content-type": type, "x-test-role": "admin" },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    const { summaries } = res.json() as {
      summaries: { status: string; election?: { id: string }; bureaux?: number }[];
    };
    expect(summaries).toHaveLength(1); // the two long files are one pair
    expect(summaries[0]).toMatchObject({ status: "imported", election: { id: "pres2022t2" }, bureaux: 104 });
    const list = await app.inject({
      method: "GET",
      url: `/api/campaigns/${campaignId}/imports`,
      headers: { "x-test-role": "analyst" },
    });
    expect((list.json() as { files: { fileName: string }[] }).files.map((f) => f.fileName).sort()).toEqual([
      "long_presid-2022-t2_bureaux_candidats_brest.csv",
      "long_presid-2022-t2_bureaux_territoires_brest.csv",
    ]);
  });

  it("answers 422 with the file:line:column errors of a bad file", async () => {
    const { body, type } = multipart([
      {
        name: "leg2024_t1_bad.csv",
        bytes: Buffer.from(
          "Code commune;Code BV;Inscrits;Votants;Exprimés;Blancs;Nuls;Voix 1\n29019;1;x;1;1;0;0;1\n",
        ),
      },
    ]);
    const res = await app.inject({
      method: "POST",
      url: `/api/campaigns/${campaignId}/imports`,
      headers: { "content-type": type, "x-test-role": "admin" },
      payload: body,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: "invalid_file", message: "leg2024_t1_bad.csv:2:Inscrits: pas un nombre entier : « x »" },
    });
  });

  it("refuses an analyst (data:import is the admin's)", async () => {
    const { body, type } = multipart([{ name: "x.csv", bytes: Buffer.from("a;b\n1;2\n") }]);
    const res = await app.inject({
      method: "POST",
      url: `/api/campaigns/${campaignId}/imports`,
      headers: { "content-type": type, "x-test-role": "analyst" },
      payload: body,
    });
    expect(res.statusCode).toBe(403);
  });

  it("streams import progress as NDJSON lines when asked, then the summaries", async () => {
    const { body, type } = multipart([
      {
        name: "leg2024_t2_circos29-02-03_official.csv",
        bytes: brest("leg2024_t2_circos29-02-03_official.csv"),
      },
    ]);
    const res = await app.inject({
      method: "POST",
      url: `/api/campaigns/${campaignId}/imports`,
      headers: { "content-type": type, "x-test-role": "admin", accept: "application/x-ndjson" },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("application/x-ndjson");
    const lines = res.body
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            type: string;
            rows?: number;
            summaries?: { status: string; bureaux?: number }[];
          },
      );
    expect(lines.filter((l) => l.type === "progress").map((l) => l.rows)).toContain(201);
    expect(lines.at(-1)).toMatchObject({ type: "done", summaries: [{ status: "imported", bureaux: 104 }] });
  });
});
