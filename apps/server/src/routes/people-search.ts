import { authorize, consentPurposes, contactSources, getPeopleStats, searchPeople } from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { campaignParams } from "./people-schemas.ts";

const personHitOut = named(
  "PersonHit",
  z.object({
    kind: z.enum(["elector", "contact"]),
    id: z.string(),
    name: z.string(),
    birthName: z.string().nullable(),
    birthYear: z.number().nullable(),
    address: z.string(),
    bureauCode: z.string().nullable(),
    electorId: z.string().nullable(),
  }),
);

const count = z.number();
const peopleStatsOut = named(
  "PeopleStats",
  z.object({
    electors: count,
    contacts: count,
    linkedToElectors: count,
    withEmail: count,
    withPhone: count,
    consents: z.object(
      Object.fromEntries(consentPurposes.map((p) => [p, count])) as Record<
        (typeof consentPurposes)[number],
        typeof count
      >,
    ),
    sources: z.object(
      Object.fromEntries(contactSources.map((s) => [s, count])) as Record<
        (typeof contactSources)[number],
        typeof count
      >,
    ),
    /** Contacts per bureau; null where fewer than 10 (never shown). */
    bureaux: z.array(z.object({ bureauCode: z.string().nullable(), contacts: count.nullable() })),
  }),
);

/** Search as you type (admins, coordinators) and aggregates (analysts too). */
export async function peopleSearchRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/campaigns/:campaignId/people/search",
    {
      schema: {
        tags: ["people"],
        summary: "Search electors and contacts as one types (names, street; accents and case ignored)",
        params: campaignParams,
        querystring: z.object({
          q: z.string().max(200),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
        response: { 200: z.array(personHitOut) },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "people:read", { campaignId });
      return searchPeople(deps.db, { campaignId, q: request.query.q, limit: request.query.limit });
    },
  );
  r.get(
    "/api/campaigns/:campaignId/people/stats",
    {
      schema: {
        tags: ["people"],
        summary:
          "People in aggregates only: counts, consents in force, sources, contacts per bureau (small groups hidden)",
        params: campaignParams,
        response: { 200: peopleStatsOut },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "people:count", { campaignId });
      return getPeopleStats(deps.db, campaignId);
    },
  );
}
