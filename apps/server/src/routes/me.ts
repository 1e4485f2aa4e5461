import { AppError, listCampaigns, schema } from "@terrain/core";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { campaignOut, presentCampaign } from "../presenters.ts";

/** Who am I, and which campaigns may I open. */
export async function meRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/me",
    {
      schema: {
        tags: ["accounts"],
        summary: "The signed-in user and their campaigns",
        response: {
          200: named(
            "Me",
            z.object({
              user: z.object({
                id: z.string(),
                name: z.string(),
                email: z.string(),
                platformRole: z.enum(["user", "superadmin"]),
              }),
              campaigns: z.array(campaignOut),
            }),
          ),
        },
      },
    },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw new AppError("unauthorized", "Connectez-vous pour continuer.");
      const [u] = await deps.db.select().from(schema.user).where(eq(schema.user.id, actor.userId));
      const rows = await listCampaigns(deps.db, actor);
      return {
        user: { id: u.id, name: u.name, email: u.email, platformRole: actor.platformRole },
        campaigns: rows.map((c) =>
          presentCampaign(c, actor.roles[c.id] ?? (actor.platformRole === "superadmin" ? "admin" : null)),
        ),
      };
    },
  );
}
