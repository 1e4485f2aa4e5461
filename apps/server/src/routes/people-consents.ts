import {
  authorize,
  linkContactElector,
  recordConsent,
  recordOpinions,
  suggestElectorMatches,
} from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { presentContact } from "./people-presenters.ts";
import { consentIn, contactOut, contactParams, contactSource } from "./people-schemas.ts";

const base = "/api/campaigns/:campaignId/people/contacts";
const electorMatchOut = named(
  "ElectorMatch",
  z.object({
    electorId: z.string(),
    firstNames: z.string(),
    usedName: z.string().nullable(),
    birthName: z.string(),
    birthYear: z.number().nullable(),
    address: z.string(),
    bureauCode: z.string().nullable(),
    reasons: z.array(z.enum(["name", "birth_year", "address"])),
  }),
);

/** A contact's consents, opinions (under consent) and link to the electoral list: admins and coordinators. */
export async function peopleConsentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    `${base}/:contactId/consents`,
    {
      schema: {
        tags: ["people"],
        summary: "Record a consent given or withdrawn, with its proof (appended to the history)",
        params: contactParams,
        body: consentIn,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { campaignId, contactId } = request.params;
      authorize(request.actor, "contacts:write", { campaignId });
      const c = request.body;
      await recordConsent(deps.db, {
        campaignId,
        contactId,
        consent: { ...c, collectedAt: c.collectedAt ? new Date(c.collectedAt) : undefined },
      });
      return reply.status(204).send(null);
    },
  );
  r.post(
    `${base}/:contactId/opinions`,
    {
      schema: {
        tags: ["people"],
        summary:
          "Store answers revealing political opinions: 403 unless the person's 'opinions' consent is in force",
        params: contactParams,
        body: z.object({
          opinions: z.record(
            z.string().max(100),
            z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]),
          ),
          source: contactSource.default("manual"),
          sourceRef: z.string().max(200).optional(),
        }),
        response: {
          200: z.object({ opinions: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) }),
        },
      },
    },
    async (request) => {
      const { campaignId, contactId } = request.params;
      const actor = authorize(request.actor, "contacts:write", { campaignId });
      const { opinions, source, sourceRef } = request.body;
      const stored = await recordOpinions(deps.db, {
        campaignId,
        contactId,
        opinions,
        stamp: { source, sourceRef, by: actor.userId },
      });
      return { opinions: stored as Record<string, string | number | boolean> };
    },
  );
  r.get(
    `${base}/:contactId/elector-matches`,
    {
      schema: {
        tags: ["people"],
        summary: "Electors who may be this contact (name, birth year, address): a suggestion to confirm",
        params: contactParams,
        response: { 200: z.array(electorMatchOut) },
      },
    },
    async (request) => {
      const { campaignId, contactId } = request.params;
      authorize(request.actor, "contacts:read", { campaignId });
      return suggestElectorMatches(deps.db, campaignId, contactId);
    },
  );
  r.put(
    `${base}/:contactId/elector`,
    {
      schema: {
        tags: ["people"],
        summary: "Confirm that the contact is this elector (null: undo the link)",
        params: contactParams,
        body: z.object({ electorId: z.string().nullable() }),
        response: { 200: contactOut },
      },
    },
    async (request) => {
      const { campaignId, contactId } = request.params;
      const actor = authorize(request.actor, "contacts:write", { campaignId });
      const row = await linkContactElector(deps.db, {
        campaignId,
        contactId,
        electorId: request.body.electorId,
        by: actor.userId,
      });
      return presentContact(row);
    },
  );
}
