import {
  AppError,
  answerInvitation,
  authorize,
  cancelInvitation,
  listInvitations,
  listMyInvitations,
} from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { role } from "./members.ts";

const invitationId = z.string().min(1).max(100);
const teamInvitation = named(
  "TeamInvitation",
  z.object({ id: z.string(), email: z.string(), role, createdAt: z.string() }),
);
const myInvitation = named(
  "MyInvitation",
  z.object({ id: z.string(), campaignId: z.string(), campaignName: z.string(), role, createdAt: z.string() }),
);

/**
 * Invitations: the campaign's administrators see and withdraw the pending ones; the invited
 * account sees its own and accepts or declines each (consent before any membership).
 */
export async function invitationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/campaigns/:campaignId/invitations",
    {
      schema: {
        tags: ["members"],
        summary: "Pending invitations of the campaign",
        params: z.object({ campaignId: z.string() }),
        response: { 200: z.array(teamInvitation) },
      },
    },
    async (request) => {
      authorize(request.actor, "members:read", { campaignId: request.params.campaignId });
      const rows = await listInvitations(deps.db, request.params.campaignId);
      return rows.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() }));
    },
  );
  r.delete(
    "/api/campaigns/:campaignId/invitations/:invitationId",
    {
      schema: {
        tags: ["members"],
        summary: "Withdraw a pending invitation",
        params: z.object({ campaignId: z.string(), invitationId }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      authorize(request.actor, "members:manage", { campaignId });
      await cancelInvitation(deps.db, { campaignId, invitationId: request.params.invitationId });
      return reply.status(204).send(null);
    },
  );
  r.get(
    "/api/invitations",
    {
      schema: {
        tags: ["accounts"],
        summary: "The invitations waiting for the signed-in account",
        response: { 200: z.array(myInvitation) },
      },
    },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw new AppError("unauthorized", "Connectez-vous pour continuer.");
      const rows = await listMyInvitations(deps.db, actor.userId);
      return rows.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() }));
    },
  );
  r.post(
    "/api/invitations/:invitationId/:answer",
    {
      schema: {
        tags: ["accounts"],
        summary: "Accept or decline an invitation addressed to the signed-in account",
        params: z.object({ invitationId, answer: z.enum(["accept", "decline"]) }),
        response: { 200: z.object({ campaignId: z.string(), accepted: z.boolean() }) },
      },
    },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw new AppError("unauthorized", "Connectez-vous pour continuer.");
      const accept = request.params.answer === "accept";
      const { campaignId } = await answerInvitation(deps.db, {
        invitationId: request.params.invitationId,
        userId: actor.userId,
        accept,
      });
      return { campaignId, accepted: accept };
    },
  );
}
