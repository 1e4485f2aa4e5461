import { authorize } from "@terrain/core";
import { getMessageMatrix, saveMessageMatrix } from "@terrain/core/src/analysis/index.ts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { campaignParams } from "./analysis-schemas.ts";

const point = named(
  "MessagePoint",
  z.object({
    id: z.string().min(1).max(64),
    label: z.string().trim().min(1).max(200),
    /** Group key ("age:18-24", "csp:CS3", …) → relevance 0 (none) to 3 (strong). */
    relevance: z.record(z.string(), z.number().min(0).max(3)),
  }),
);
const matrixOut = named(
  "MessageMatrix",
  z.object({
    points: z.array(point),
    groups: z.array(z.object({ key: z.string(), dimension: z.string(), label: z.string() })),
    weights: z.array(z.object({ code: z.string(), weights: z.record(z.string(), z.number()) })),
    firstMessages: z.array(
      z.object({
        code: z.string(),
        rank: z.number().nullable(),
        pointId: z.string(),
        label: z.string(),
        reach: z.number(),
      }),
    ),
  }),
);

/** The message matrix: programme points × voter groups, group weights per bureau, first message per priority bureau. */
export async function messageMatrixRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/campaigns/:campaignId/message-matrix",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "The message matrix with each group's weight per bureau and each priority bureau's first message",
        params: campaignParams,
        response: { 200: matrixOut },
      },
    },
    async (request) => {
      authorize(request.actor, "analysis:read", { campaignId: request.params.campaignId });
      return getMessageMatrix(deps.db, request.params.campaignId);
    },
  );
  r.put(
    "/api/campaigns/:campaignId/message-matrix",
    {
      schema: {
        tags: ["analysis"],
        summary: "Replace the programme points and their relevance to each voter group",
        params: campaignParams,
        body: z.object({ points: z.array(point).max(50) }),
        response: { 200: matrixOut },
      },
    },
    async (request) => {
      authorize(request.actor, "analysis:run", { campaignId: request.params.campaignId });
      return saveMessageMatrix(deps.db, request.params.campaignId, request.body.points);
    },
  );
}
