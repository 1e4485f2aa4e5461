import {
  authorize,
  can,
  countSegment,
  listListRequests,
  listRequestInput,
  listSegments,
  parseSegmentCriteria,
  recordListRequest,
  saveSegment,
} from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";

const params = z.object({ campaignId: z.string() });
/** Criteria are checked by the core (an unknown one is refused, named, in French). */
const criteriaIn = z.record(z.string(), z.unknown());
const requestOut = z.object({
  id: z.string(),
  authority: z.enum(["mairie", "prefecture"]),
  requestedOn: z.string(),
  requester: z.string(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
const segmentOut = z.object({
  id: z.string(),
  name: z.string(),
  criteria: criteriaIn,
  createdAt: z.string(),
});
/** Counts under this size are not shown to analysts (aggregates only, no small groups). */
const MIN_SHOWN = 10;
const countOut = z.object({ count: z.number().nullable(), belowThreshold: z.boolean() });

/** A count as the actor may see it: analysts do not see groups of 1 to 9 persons. */
function shown(count: number, seesPeople: boolean): z.infer<typeof countOut> {
  const hidden = !seesPeople && count > 0 && count < MIN_SHOWN;
  return { count: hidden ? null : count, belowThreshold: hidden };
}

/**
 * People of a campaign: the L.37 request that lawful use of the electoral list needs
 * (the list itself is uploaded through /imports), segment counts and saved segments.
 * Volunteers see no people; analysts counts only.
 */
export async function peopleRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/campaigns/:campaignId/electoral-list-requests",
    {
      schema: {
        tags: ["people"],
        summary: "Record the campaign's request for the electoral list (Code électoral L.37)",
        params,
        body: listRequestInput,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      const actor = authorize(request.actor, "data:import", { campaignId });
      const id = await recordListRequest(deps.db, campaignId, { ...request.body, recordedBy: actor.userId });
      return reply.status(201).send({ id });
    },
  );
  r.get(
    "/api/campaigns/:campaignId/electoral-list-requests",
    {
      schema: {
        tags: ["people"],
        summary: "The recorded L.37 requests",
        params,
        response: { 200: z.array(requestOut) },
      },
    },
    async (request) => {
      authorize(request.actor, "data:read", { campaignId: request.params.campaignId });
      return listListRequests(deps.db, request.params.campaignId);
    },
  );
  r.post(
    "/api/campaigns/:campaignId/people/segments/count",
    {
      schema: {
        tags: ["people"],
        summary: "Count the persons of a segment (bureaux, iris, ageMin, ageMax, sex, tags, consent, source)",
        params,
        body: z.object({ criteria: criteriaIn }),
        response: { 200: countOut },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      const actor = authorize(request.actor, "people:count", { campaignId });
      const { count } = await countSegment(deps.db, campaignId, parseSegmentCriteria(request.body.criteria));
      return shown(count, can(actor, "people:read", { campaignId }));
    },
  );
  r.post(
    "/api/campaigns/:campaignId/people/segments",
    {
      schema: {
        tags: ["people"],
        summary: "Save a named segment",
        params,
        body: z.object({ name: z.string().trim().min(1).max(120), criteria: criteriaIn }),
        response: { 201: segmentOut },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      const actor = authorize(request.actor, "people:write", { campaignId });
      const saved = await saveSegment(deps.db, campaignId, { ...request.body, createdBy: actor.userId });
      return reply.status(201).send(saved);
    },
  );
  r.get(
    "/api/campaigns/:campaignId/people/segments",
    {
      schema: { tags: ["people"], summary: "Saved segments", params, response: { 200: z.array(segmentOut) } },
    },
    async (request) => {
      authorize(request.actor, "people:count", { campaignId: request.params.campaignId });
      return listSegments(deps.db, request.params.campaignId);
    },
  );
  r.get(
    "/api/campaigns/:campaignId/people/segments/:segmentId/count",
    {
      schema: {
        tags: ["people"],
        summary: "Count the persons of a saved segment",
        params: params.extend({ segmentId: z.string() }),
        response: { 200: countOut },
      },
    },
    async (request) => {
      const { campaignId, segmentId } = request.params;
      const actor = authorize(request.actor, "people:count", { campaignId });
      const [segment] = await listSegments(deps.db, campaignId, segmentId);
      const { count } = await countSegment(deps.db, campaignId, segment.criteria);
      return shown(count, can(actor, "people:read", { campaignId }));
    },
  );
}
