import { authorize, getElectorCard } from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";

const params = z.object({ campaignId: z.string(), electorId: z.string() });
const person = z.object({ kind: z.enum(["elector", "contact"]), id: z.string(), name: z.string() });

const electorCardOut = named(
  "ElectorCard",
  z.object({
    elector: z.object({
      id: z.string(),
      bureauCode: z.string().nullable(),
      orderNumber: z.number().nullable(),
      lists: z.array(z.string()),
      municipalVoter: z.boolean(),
      birthName: z.string(),
      usedName: z.string().nullable(),
      firstNames: z.string(),
      sex: z.enum(["F", "M"]).nullable(),
      birthYear: z.number().nullable(),
      birthMonth: z.number().nullable(),
      streetNumber: z.string().nullable(),
      streetLabel: z.string().nullable(),
      complement1: z.string().nullable(),
      complement2: z.string().nullable(),
      lieuDit: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
      irisCode: z.string().nullable(),
    }),
    source: z.object({
      fileName: z.string(),
      importedAt: z.string(),
      authority: z.enum(["mairie", "prefecture"]),
      requestedOn: z.string(),
    }),
    door: z
      .object({ building: z.string(), entrance: z.string(), floor: z.number().nullable(), door: z.string() })
      .nullable(),
    household: z.array(person),
    contacts: z.array(z.object({ id: z.string(), name: z.string() })),
    tags: z.array(z.string()),
  }),
);

/** An elector's card (the person card of the people screens): admins and coordinators. */
export async function peopleElectorRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/campaigns/:campaignId/people/electors/:electorId",
    {
      schema: {
        tags: ["people"],
        summary: "An elector's card: the list's data, door and household, linked contacts, tags, source list",
        params,
        response: { 200: electorCardOut },
      },
    },
    async (request) => {
      const { campaignId, electorId } = request.params;
      authorize(request.actor, "people:read", { campaignId });
      const card = await getElectorCard(deps.db, campaignId, electorId);
      return { ...card, source: { ...card.source, importedAt: card.source.importedAt.toISOString() } };
    },
  );
}
