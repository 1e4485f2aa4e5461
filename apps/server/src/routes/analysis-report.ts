import { authorize } from "@terrain/core";
import { renderAnalysisReport } from "@terrain/core/src/report/render-report-pdf.ts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { campaignParams } from "./analysis-schemas.ts";

/** The one-page PDF report of a transfer analysis. */
export async function analysisReportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/campaigns/:campaignId/analyses/:jobId/report.pdf",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "One A4 page in French: elections, transfer matrix with intervals, the 10 priority bureaux, back-test, method, how to read",
        params: campaignParams.extend({ jobId: z.string() }),
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const { campaignId, jobId } = request.params;
      authorize(request.actor, "analysis:read", { campaignId });
      const pdf = await renderAnalysisReport(deps.db, campaignId, jobId);
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="rapport-analyse-${jobId.slice(0, 8)}.pdf"`)
        .send(pdf);
    },
  );
}
