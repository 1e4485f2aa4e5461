import { authorize, schema } from "@terrain/core";
import {
  bureauxCsv,
  findGroupJob,
  findTransferResult,
  getBureauDetail,
  getBureauxMap,
  getDataVersion,
} from "@terrain/core/src/analysis/index.ts";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { createAnswerCache, sendAnswer } from "../plugins/answer-cache.ts";
import { presentJob } from "./analysis-presenters.ts";
import {
  bureauPriorityOut,
  campaignParams,
  demographicsOut,
  geometryOut,
  jobOut,
  method,
} from "./analysis-schemas.ts";

const num = z.number().nullable();
const bureauProperties = named(
  "BureauProperties",
  z.object({
    code: z.string(),
    name: z.string().nullable(),
    election: z.string().nullable(),
    inscrits: num,
    turnout: num,
    ourScore: num,
    mobilisation: num,
    persuasion: num,
    priority: num,
    priorityLower: num,
    priorityUpper: num,
    rank: num,
  }),
);
const bureauFeature = named(
  "BureauFeature",
  z.object({
    type: z.literal("Feature"),
    id: z.string(),
    geometry: geometryOut.nullable(),
    properties: bureauProperties,
  }),
);
const featureCollection = named(
  "BureauxMap",
  z.object({
    type: z.literal("FeatureCollection"),
    analysisId: z.string().nullable(),
    features: z.array(bureauFeature),
  }),
);
const detailOut = named(
  "BureauDetail",
  z.object({
    code: z.string(),
    name: z.string().nullable(),
    history: z.array(
      z.object({
        election: z.string(),
        label: z.string(),
        inscrits: z.number(),
        votants: z.number(),
        turnout: z.number(),
        ourScore: num,
        options: z.array(
          z.object({ key: z.string(), label: z.string(), nuance: z.string().nullable(), votes: z.number() }),
        ),
      }),
    ),
    demographics: z.array(demographicsOut),
    priority: bureauPriorityOut.nullable(),
    messages: z.array(z.object({ pointId: z.string(), label: z.string(), reach: z.number() })),
  }),
);
const analysisQuery = z.object({ analysis: z.string().optional() });

/**
 * The map, bureau cards, ranked CSV and group × vote tables of the analyses. The map and the
 * cards are computed once per campaign, analysis and data version, then served from memory
 * with an ETag (304 when the browser holds them), after the tenancy guard and the policy.
 */
export async function analysisBureauRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const answers = createAnswerCache();
  r.get(
    "/api/campaigns/:campaignId/bureaux",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "Bureau polygons (GeoJSON, WGS84) with turnout, our score and priority from the given analysis (?analysis=jobId) or the latest",
        params: campaignParams,
        querystring: analysisQuery,
        response: { 200: featureCollection },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      const { analysis } = request.query;
      const version = await getDataVersion(deps.db, campaignId);
      const answer = await answers.get(["map", campaignId, analysis, version], async () =>
        featureCollection.parse(await getBureauxMap(deps.db, campaignId, analysis)),
      );
      return sendAnswer(request, reply, answer);
    },
  );
  r.get(
    "/api/campaigns/:campaignId/bureaux/:code",
    {
      schema: {
        tags: ["analysis"],
        summary: "A bureau's card: results across elections, demographics, priority, messages to say first",
        params: campaignParams.extend({ code: z.string() }),
        querystring: analysisQuery,
        response: { 200: detailOut },
      },
    },
    async (request, reply) => {
      const { campaignId, code } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      const { analysis } = request.query;
      const version = await getDataVersion(deps.db, campaignId);
      const answer = await answers.get(["card", campaignId, code, analysis, version], async () =>
        detailOut.parse(await getBureauDetail(deps.db, campaignId, code, analysis)),
      );
      return sendAnswer(request, reply, answer);
    },
  );
  r.get(
    "/api/campaigns/:campaignId/analyses/:jobId/bureaux.csv",
    {
      schema: {
        tags: ["analysis"],
        summary: "The ranked bureaux of a transfer analysis as CSV (UTF-8 with BOM, `;`, decimal commas)",
        params: campaignParams.extend({ jobId: z.string() }),
        produces: ["text/csv"],
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const { campaignId, jobId } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      const found = await findTransferResult(deps.db, campaignId, jobId);
      const rows = await deps.db
        .select({ code: schema.bureaux.code, label: schema.bureaux.label })
        .from(schema.bureaux)
        .where(eq(schema.bureaux.campaignId, campaignId));
      const csv = found ? bureauxCsv(found.result, new Map(rows.map((b) => [b.code, b.label]))) : "";
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="bureaux-prioritaires-${jobId.slice(0, 8)}.csv"`)
        .send(csv);
    },
  );
  r.get(
    "/api/campaigns/:campaignId/group-votes",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "Group × vote for an election and a dimension (age, csp, diplome, logement): the latest such analysis (ask for one with POST analyses, kind groups)",
        params: campaignParams,
        querystring: z.object({
          election: z.string(),
          dimension: z.string().default("age"),
          method: method.optional(),
        }),
        response: { 200: jobOut },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      const { election, dimension } = request.query;
      return presentJob(await findGroupJob(deps.db, campaignId, election, dimension, request.query.method));
    },
  );
}
