import { AppError, authorize, createCampaign, getStatus, schema } from "@terrain/core";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { campaignOut, presentCampaign, presentStatus, statusOut } from "../presenters.ts";

const params = z.object({ campaignId: z.string() });

export async function campaignRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/campaigns",
    {
      schema: {
        tags: ["campaigns"],
        summary:
          "Create a new campaign for a territory (platform administrators), its creator its admin; a territory may hold several campaigns",
        body: z.object({ name: z.string().trim().min(1).max(200), territory: z.string().min(2).max(5) }),
        response: { 201: campaignOut },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, "campaign:create");
      const c = await createCampaign(deps.db, { ...request.body, adminUserId: actor.userId });
      return reply.status(201).send(presentCampaign(c, "admin"));
    },
  );
  r.get(
    "/api/campaigns/:campaignId",
    { schema: { tags: ["campaigns"], summary: "One campaign", params, response: { 200: campaignOut } } },
    async (request) => {
      const { campaignId } = request.params;
      const actor = authorize(request.actor, "campaign:read", { campaignId });
      const [c] = await deps.db.select().from(schema.campaigns).where(eq(schema.campaigns.id, campaignId));
      if (!c) throw new AppError("not_found", "Campagne introuvable.");
      return presentCampaign(c, actor.roles[campaignId] ?? "admin");
    },
  );
  r.get(
    "/api/campaigns/:campaignId/status",
    {
      schema: {
        tags: ["campaigns"],
        summary: "What the database holds for this campaign (elections, bureaux, IRIS, addresses, contacts)",
        params,
        response: { 200: statusOut },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "campaign:read", { campaignId });
      const [status] = (await getStatus(deps.db, { campaignId })).campaigns;
      if (!status) throw new AppError("not_found", "Campagne introuvable.");
      return presentStatus(status);
    },
  );
}
