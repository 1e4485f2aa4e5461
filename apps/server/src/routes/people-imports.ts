import fastifyMultipart from "@fastify/multipart";
import {
  AppError,
  authorize,
  confirmContactImport,
  MAX_CONTACT_FILE_BYTES,
  previewContactImport,
  uploadContactFile,
} from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { campaignParams, columnMapping, importPreviewOut } from "./people-schemas.ts";

const importParams = z.object({ campaignId: z.string(), importId: z.string() });
const importResultOut = named(
  "ContactImportResult",
  z.object({
    importId: z.string(),
    fileName: z.string(),
    rows: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
  }),
);

/**
 * The contacts import wizard: upload a CSV (multipart, field `file`) → preview with the
 * detected or remembered mapping, first rows and errors → adjust the mapping (preview again)
 * → confirm with the declared source. Admins and coordinators.
 */
export async function peopleImportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: MAX_CONTACT_FILE_BYTES, files: 1, fields: 0 },
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      "/api/campaigns/:campaignId/people/imports",
      {
        schema: {
          tags: ["people"],
          summary:
            "Upload a contacts CSV (multipart, field `file`): nothing is imported; answers the preview",
          consumes: ["multipart/form-data"],
          params: campaignParams,
          response: { 201: importPreviewOut },
        },
      },
      async (request, reply) => {
        const { campaignId } = request.params;
        const actor = authorize(request.actor, "contacts:write", { campaignId });
        if (!request.isMultipart())
          throw new AppError("bad_request", "Envoyez le fichier en multipart/form-data.");
        const part = await request.file();
        if (!part) throw new AppError("bad_request", "Aucun fichier reçu.");
        const bytes = await part.toBuffer().catch(() => {
          throw new AppError("bad_request", `${part.filename} : fichier trop volumineux (20 Mo au plus).`);
        });
        const fileName = part.filename.replace(/^.*[\\/]/, "") || "contacts.csv";
        const { importId } = await uploadContactFile(deps.db, {
          campaignId,
          fileName,
          bytes,
          by: actor.userId,
        });
        return reply.status(201).send(await previewContactImport(deps.db, { campaignId, importId }));
      },
    );
    r.post(
      "/api/campaigns/:campaignId/people/imports/:importId/preview",
      {
        schema: {
          tags: ["people"],
          summary: "Preview the uploaded file again with another column mapping",
          params: importParams,
          body: z.object({ mapping: columnMapping }),
          response: { 200: importPreviewOut },
        },
      },
      async (request) => {
        const { campaignId, importId } = request.params;
        authorize(request.actor, "contacts:write", { campaignId });
        return previewContactImport(deps.db, { campaignId, importId, mapping: request.body.mapping });
      },
    );
    r.post(
      "/api/campaigns/:campaignId/people/imports/:importId/confirm",
      {
        schema: {
          tags: ["people"],
          summary:
            "Import the file, all or nothing: refused without a declared source (400) or with errors (422)",
          params: importParams,
          body: z.object({
            /** Where the people in the file come from ("Export NationBuilder 2020"): required. */
            source: z.string().max(300),
            mapping: columnMapping.optional(),
          }),
          response: { 200: importResultOut },
        },
      },
      async (request) => {
        const { campaignId, importId } = request.params;
        const actor = authorize(request.actor, "contacts:write", { campaignId });
        const { source, mapping } = request.body;
        return confirmContactImport(deps.db, {
          campaignId,
          importId,
          mapping,
          sourceLabel: source,
          by: actor.userId,
        });
      },
    );
  });
}
