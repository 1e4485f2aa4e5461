import { authorize, deleteCampaign, deleteImport } from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";

const campaignParams = z.object({ campaignId: z.string() });
const importParams = z.object({ campaignId: z.string(), importId: z.string().regex(/^[0-9a-f]{64}$/) });

/** Removing a campaign (its admins) and an imported file (data:import); issue 10, item 7. */
export async function deletionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.delete(
    "/api/campaigns/:campaignId",
    {
      schema: {
        tags: ["campaigns"],
        summary:
          "Delete the campaign and every row of it, in one transaction (its admins); says what backups keep",
        params: campaignParams,
        response: {
          200: z.object({
            campaignId: z.string(),
            name: z.string(),
            deleted: z.record(z.string(), z.number()),
            remains: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "campaign:delete", { campaignId });
      return deleteCampaign(deps.db, campaignId);
    },
  );
  r.delete(
    "/api/campaigns/:campaignId/imports/:importId",
    {
      schema: {
        tags: ["data"],
        summary:
          "Remove an imported results file and the election it wrote (409 with the reason for contours, IRIS tables and addresses)",
        params: importParams,
        response: {
          200: z.object({
            files: z.array(z.string()),
            electionId: z.string().nullable(),
            bureaux: z.number(),
            analyses: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const { campaignId, importId } = request.params;
      authorize(request.actor, "data:import", { campaignId });
      return deleteImport(deps.db, campaignId, importId);
    },
  );
}
