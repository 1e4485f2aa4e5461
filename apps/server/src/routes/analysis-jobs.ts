import { authorize } from "@terrain/core";
import {
  getAnalysisJob,
  listAnalysisJobs,
  listElections,
  requestAnalysis,
} from "@terrain/core/src/analysis/index.ts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { presentJob } from "./analysis-presenters.ts";
import { analysisRequest, campaignParams, jobOut } from "./analysis-schemas.ts";

const electionOut = named(
  "Election",
  z.object({
    id: z.string(),
    label: z.string(),
    kind: z.string(),
    year: z.number(),
    round: z.number(),
    lists: z.array(z.object({ key: z.string(), label: z.string(), nuance: z.string().nullable() })),
  }),
);

/** Elections to choose from, and analysis jobs: ask (queued once per inputs, method and seed) and follow. */
export async function analysisJobRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/campaigns/:campaignId/elections",
    {
      schema: {
        tags: ["analysis"],
        summary: "The campaign's elections in time order, with their lists and nuances",
        params: campaignParams,
        response: { 200: z.array(electionOut) },
      },
    },
    async (request) => {
      authorize(request.actor, "analysis:read", { campaignId: request.params.campaignId });
      return listElections(deps.db, request.params.campaignId);
    },
  );
  r.post(
    "/api/campaigns/:campaignId/analyses",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "Ask for an analysis (transfer between two elections with bureau priorities, or group × vote); 202 while it runs, 200 with the stored result when the same was asked before",
        params: campaignParams,
        body: analysisRequest,
        response: { 200: jobOut, 202: jobOut },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      authorize(request.actor, "analysis:run", { campaignId });
      const { job } = await requestAnalysis(deps.db, campaignId, request.body);
      return reply.status(job.status === "done" ? 200 : 202).send(presentJob(job));
    },
  );
  r.get(
    "/api/campaigns/:campaignId/analyses",
    {
      schema: {
        tags: ["analysis"],
        summary: "The campaign's analyses, newest first, without their results (result is null)",
        params: campaignParams,
        response: { 200: z.array(jobOut) },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      return (await listAnalysisJobs(deps.db, campaignId)).map(presentJob);
    },
  );
  r.get(
    "/api/campaigns/:campaignId/analyses/:jobId",
    {
      schema: {
        tags: ["analysis"],
        summary: "An analysis: status, progress, and its result once done",
        params: campaignParams.extend({ jobId: z.string() }),
        response: { 200: jobOut },
      },
    },
    async (request) => {
      const { campaignId, jobId } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      return presentJob(await getAnalysisJob(deps.db, campaignId, jobId));
    },
  );
}
