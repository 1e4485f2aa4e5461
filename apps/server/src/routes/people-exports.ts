import { authorize, exportContacts, listExportLog } from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { campaignParams, contactFilterQuery } from "./people-schemas.ts";

const exportLogOut = named(
  "ExportLogEntry",
  z.object({
    id: z.number(),
    at: z.string(),
    userId: z.string().nullable(),
    userName: z.string().nullable(),
    kind: z.string(),
    criteria: z.unknown(),
    rows: z.number(),
  }),
);

/** Exports of contacts (admins and coordinators), each logged, and the log. */
export async function peopleExportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/campaigns/:campaignId/people/exports",
    {
      schema: {
        tags: ["people"],
        summary: "Export contacts as CSV for Excel (a saved segment or criteria); logged in the export log",
        params: campaignParams,
        body: z.object({ segmentId: z.string().optional(), filter: contactFilterQuery.optional() }),
        produces: ["text/csv"],
        response: { 200: z.string().describe("CSV: UTF-8 with BOM, `;` separated") },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      const actor = authorize(request.actor, "contacts:export", { campaignId });
      const out = await exportContacts(deps.db, { campaignId, userId: actor.userId, ...request.body });
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${out.fileName}"`)
        .header("x-export-rows", String(out.rows))
        .send(out.csv);
    },
  );
  r.get(
    "/api/campaigns/:campaignId/people/exports",
    {
      schema: {
        tags: ["people"],
        summary: "The export log: who exported people data, when, which segment, how many rows",
        params: campaignParams,
        response: { 200: z.array(exportLogOut) },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "contacts:export", { campaignId });
      const rows = await listExportLog(deps.db, campaignId);
      return rows.map((e) => ({ ...e, at: e.at.toISOString() }));
    },
  );
}
