import {
  AppError,
  authorize,
  changeMemberRole,
  createUser,
  inviteMember,
  listMembers,
  removeMember,
} from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";

const params = z.object({ campaignId: z.string() });
const memberParams = z.object({ campaignId: z.string(), userId: z.string().min(1).max(100) });
export const role = named("Role", z.enum(["admin", "coordinator", "volunteer", "analyst"]));
const memberOut = named(
  "Member",
  z.object({ userId: z.string(), name: z.string(), email: z.string(), role }),
);

/**
 * The team of a campaign: administrators invite members by e-mail (the invitee accepts),
 * change their role and remove them; the campaign always keeps one administrator.
 */
export async function memberRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/campaigns/:campaignId/members",
    {
      schema: {
        tags: ["members"],
        summary: "Members and roles",
        params,
        response: { 200: z.array(memberOut) },
      },
    },
    async (request) => {
      authorize(request.actor, "members:read", { campaignId: request.params.campaignId });
      return listMembers(deps.db, request.params.campaignId);
    },
  );
  r.post(
    "/api/campaigns/:campaignId/members",
    {
      schema: {
        tags: ["members"],
        summary:
          "Invite a member by e-mail (the account accepts the invitation once signed in); a password " +
          "creates the account when none exists. The answer is the same whether or not one exists.",
        params,
        body: z.object({
          email: z.email(),
          name: z.string().trim().min(1).max(120),
          role,
          password: z.string().min(10).max(128).optional(),
        }),
        response: { 201: z.object({ email: z.string(), role, status: z.literal("invited") }) },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      const actor = authorize(request.actor, "members:manage", { campaignId });
      const { email, name, password } = request.body;
      if (password) {
        await createUser(deps.db, deps.auth, { email, name, password }).catch((e: unknown) => {
          if (!(e instanceof AppError && e.code === "conflict")) throw e;
        });
      }
      const invited = await inviteMember(deps.db, {
        campaignId,
        email,
        role: request.body.role,
        invitedBy: actor.userId,
      });
      return reply.status(201).send({ email: invited.email, role: invited.role, status: "invited" as const });
    },
  );
  r.patch(
    "/api/campaigns/:campaignId/members/:userId",
    {
      schema: {
        tags: ["members"],
        summary: "Change a member's role (the last administrator cannot be demoted)",
        params: memberParams,
        body: z.object({ role }),
        response: { 200: z.object({ userId: z.string(), role }) },
      },
    },
    async (request) => {
      const { campaignId, userId } = request.params;
      authorize(request.actor, "members:manage", { campaignId });
      await changeMemberRole(deps.db, { campaignId, userId, role: request.body.role });
      return { userId, role: request.body.role };
    },
  );
  r.delete(
    "/api/campaigns/:campaignId/members/:userId",
    {
      schema: {
        tags: ["members"],
        summary: "Remove a member: their access to the campaign ends at once (not the last administrator)",
        params: memberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { campaignId, userId } = request.params;
      authorize(request.actor, "members:manage", { campaignId });
      await removeMember(deps.db, { campaignId, userId });
      return reply.status(204).send(null);
    },
  );
}
