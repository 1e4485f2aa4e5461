import {
  authorize,
  contactFieldNames,
  findDuplicateContacts,
  listContactMerges,
  mergeContacts,
} from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { presentContact, presentMerge } from "./people-presenters.ts";
import { campaignParams, contactOut, mergeOut } from "./people-schemas.ts";

const duplicatePairOut = named(
  "DuplicatePair",
  z.object({ a: contactOut, b: contactOut, reasons: z.array(z.enum(["name", "email", "phone", "address"])) }),
);

/** Duplicates and merges (the merge screen): admins and coordinators. */
export async function peopleMergeRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/campaigns/:campaignId/people/duplicates",
    {
      schema: {
        tags: ["people"],
        summary: "Candidate duplicate contacts, strongest first, with what they share",
        params: campaignParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.array(duplicatePairOut) },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "contacts:read", { campaignId });
      const pairs = await findDuplicateContacts(deps.db, campaignId, { limit: request.query.limit });
      return pairs.map((p) => ({ a: presentContact(p.a), b: presentContact(p.b), reasons: p.reasons }));
    },
  );
  r.post(
    "/api/campaigns/:campaignId/people/merges",
    {
      schema: {
        tags: ["people"],
        summary:
          "Merge a duplicate into the contact kept (every source, consent and tag kept; a snapshot recorded)",
        params: campaignParams,
        body: z.object({
          keptId: z.string(),
          mergedId: z.string(),
          /** Fields to take from the merged contact even where the kept one has a value. */
          take: z.array(z.enum(contactFieldNames)).optional(),
        }),
        response: { 201: z.object({ mergeId: z.number(), kept: contactOut }) },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      const actor = authorize(request.actor, "contacts:write", { campaignId });
      const result = await mergeContacts(deps.db, { campaignId, ...request.body, by: actor.userId });
      return reply.status(201).send({ mergeId: result.mergeId, kept: presentContact(result.kept) });
    },
  );
  r.get(
    "/api/campaigns/:campaignId/people/merges",
    {
      schema: {
        tags: ["people"],
        summary: "History of merges, newest first (of one contact with ?contactId=)",
        params: campaignParams,
        querystring: z.object({
          contactId: z.string().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.array(mergeOut) },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "contacts:read", { campaignId });
      const rows = await listContactMerges(deps.db, { campaignId, ...request.query });
      return rows.map(presentMerge);
    },
  );
}
