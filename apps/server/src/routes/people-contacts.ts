import {
  authorize,
  createContact,
  getContact,
  listContacts,
  tagContacts,
  updateContact,
} from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { presentCard, presentContact, presentListItem } from "./people-presenters.ts";
import {
  campaignParams,
  consentIn,
  contactCardOut,
  contactFieldsIn,
  contactFilterQuery,
  contactListItemOut,
  contactOut,
  contactParams,
  contactSource,
} from "./people-schemas.ts";

const base = "/api/campaigns/:campaignId/people/contacts";
const tags = z.array(z.string().trim().min(1).max(60)).max(50);

/** The contacts of the CRM: admins and coordinators only (volunteers and analysts get 403). */
export async function peopleContactRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    base,
    {
      schema: {
        tags: ["people"],
        summary: "Contacts, by name, filtered by segment criteria and search text (merged ones left out)",
        params: campaignParams,
        querystring: contactFilterQuery.extend({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ total: z.number(), items: z.array(contactListItemOut) }) },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      authorize(request.actor, "contacts:read", { campaignId });
      const { limit, offset, ...filter } = request.query;
      const page = await listContacts(deps.db, { campaignId, filter, limit, offset });
      return { total: page.total, items: page.items.map(presentListItem) };
    },
  );
  r.post(
    base,
    {
      schema: {
        tags: ["people"],
        summary: "Create a contact (each field stamped with its source; consents with their proof)",
        params: campaignParams,
        body: z.object({
          fields: contactFieldsIn,
          source: contactSource.default("manual"),
          sourceRef: z.string().max(200).optional(),
          tags: tags.optional(),
          consents: z.array(consentIn).max(10).optional(),
        }),
        response: { 201: contactOut },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      const actor = authorize(request.actor, "contacts:write", { campaignId });
      const { fields, source, sourceRef, consents } = request.body;
      const row = await createContact(deps.db, {
        campaignId,
        fields,
        stamp: { source, sourceRef, by: actor.userId },
        tags: request.body.tags,
        consents: consents?.map((c) => ({
          ...c,
          collectedAt: c.collectedAt ? new Date(c.collectedAt) : undefined,
        })),
      });
      return reply.status(201).send(presentContact(row));
    },
  );
  r.post(
    `${base}/tags`,
    {
      schema: {
        tags: ["people"],
        summary: "Bulk tagging: add and remove tags on contacts",
        params: campaignParams,
        body: z.object({
          contactIds: z.array(z.string()).min(1).max(5000),
          add: tags.optional(),
          remove: tags.optional(),
        }),
        response: { 200: z.object({ contacts: z.number() }) },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      const actor = authorize(request.actor, "contacts:write", { campaignId });
      return tagContacts(deps.db, { campaignId, ...request.body, by: actor.userId });
    },
  );
  r.get(
    `${base}/:contactId`,
    {
      schema: {
        tags: ["people"],
        summary:
          "A person card: fields, history with sources, consents with proofs, elector, household, merges",
        params: contactParams,
        response: { 200: contactCardOut },
      },
    },
    async (request) => {
      const { campaignId, contactId } = request.params;
      authorize(request.actor, "contacts:read", { campaignId });
      return presentCard(await getContact(deps.db, campaignId, contactId));
    },
  );
  r.patch(
    `${base}/:contactId`,
    {
      schema: {
        tags: ["people"],
        summary: "Update a contact's fields (only changes are written, each with its source)",
        params: contactParams,
        body: z.object({
          fields: contactFieldsIn,
          source: contactSource.default("manual"),
          sourceRef: z.string().max(200).optional(),
        }),
        response: { 200: contactOut },
      },
    },
    async (request) => {
      const { campaignId, contactId } = request.params;
      const actor = authorize(request.actor, "contacts:write", { campaignId });
      const { fields, source, sourceRef } = request.body;
      const row = await updateContact(deps.db, {
        campaignId,
        contactId,
        patch: fields,
        stamp: { source, sourceRef, by: actor.userId },
      });
      return presentContact(row);
    },
  );
}
