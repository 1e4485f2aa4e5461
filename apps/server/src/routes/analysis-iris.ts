import { authorize } from "@terrain/core";
import { getDataVersion } from "@terrain/core/src/analysis/get-data-version.ts";
import { getIrisDetail } from "@terrain/core/src/analysis/get-iris-detail.ts";
import { getIrisMap } from "@terrain/core/src/analysis/get-iris-map.ts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { createAnswerCache, sendAnswer } from "../plugins/answer-cache.ts";
import { campaignParams, demographicsOut, geometryOut } from "./analysis-schemas.ts";

const num = z.number().nullable();
const irisFigures = named(
  "IrisFigures",
  z.object({
    code: z.string(),
    name: z.string().nullable(),
    population: num,
    share65: num,
    shareUnder25: num,
    shareCadres: num,
    shareOuvriers: num,
    shareDiplomeSup: num,
    shareHlm: num,
    medianIncome: num,
  }),
);
const irisCollection = named(
  "IrisMap",
  z.object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z.object({
        type: z.literal("Feature"),
        id: z.string(),
        geometry: geometryOut.nullable(),
        properties: irisFigures,
      }),
    ),
  }),
);
const irisDetail = named(
  "IrisDetail",
  z.object({
    code: z.string(),
    name: z.string().nullable(),
    figures: irisFigures,
    demographics: z.array(demographicsOut),
    bureaux: z.array(
      z.object({
        code: z.string(),
        name: z.string().nullable(),
        method: z.enum(["addresses", "area"]),
        shareOfIris: z.number(),
        shareOfBureau: z.number(),
      }),
    ),
  }),
);

/**
 * The IRIS layer of the map (contours and census figures) and an IRIS's card (its groups and
 * the bureaux it feeds); groups under the minimum size are withheld. Both are computed once per
 * campaign and data version, then served from memory with an ETag, as the bureau map is.
 */
export async function analysisIrisRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const answers = createAnswerCache();
  r.get(
    "/api/campaigns/:campaignId/iris",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "IRIS polygons (GeoJSON, WGS84) with population, a few census shares (65+, cadres, HLM…) and the median income when known",
        params: campaignParams,
        response: { 200: irisCollection },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      const version = await getDataVersion(deps.db, campaignId);
      const answer = await answers.get(["iris-map", campaignId, version], async () =>
        irisCollection.parse(await getIrisMap(deps.db, campaignId)),
      );
      return sendAnswer(request, reply, answer);
    },
  );
  r.get(
    "/api/campaigns/:campaignId/iris/:code",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "An IRIS's card: census figures, groups by age, CSP, diploma, housing and income (under 11 persons withheld), and the bureaux it feeds with their weights",
        params: campaignParams.extend({ code: z.string() }),
        response: { 200: irisDetail },
      },
    },
    async (request, reply) => {
      const { campaignId, code } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      const version = await getDataVersion(deps.db, campaignId);
      const answer = await answers.get(["iris-card", campaignId, code, version], async () =>
        irisDetail.parse(await getIrisDetail(deps.db, campaignId, code)),
      );
      return sendAnswer(request, reply, answer);
    },
  );
}
