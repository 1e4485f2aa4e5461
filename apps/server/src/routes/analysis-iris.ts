import { authorize } from "@terrain/core";
import { getIrisMap } from "@terrain/core/src/analysis/get-iris-map.ts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { campaignParams } from "./analysis-schemas.ts";

const num = z.number().nullable();
const irisCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      id: z.string(),
      geometry: z
        .object({
          type: z.enum(["Polygon", "MultiPolygon"]),
          coordinates: z.array(z.array(z.array(z.unknown()))),
        })
        .nullable(),
      properties: z.object({
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
    }),
  ),
});

/** The IRIS layer of the map: contours and census figures (groups under the minimum size withheld). */
export async function analysisIrisRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
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
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      return getIrisMap(deps.db, campaignId);
    },
  );
}
