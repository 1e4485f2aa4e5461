import { AppError, addMember, authorize, createUser, listMembers } from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";

const params = z.object({ campaignId: z.string() });
const role = named("Role", z.enum(["admin", "coordinator", "volunteer", "analyst"]));
const memberOut = named(
  "Member",
  z.object({ userId: z.string(), name: z.string(), email: z.string(), role }),
);

/** The team of a campaign: administrators add members and give them a role. */
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
        summary: "Add a member (creating the account when a password is given)",
        params,
        body: z.object({
          email: z.email(),
          name: z.string().trim().min(1).max(120),
          role,
          password: z.string().min(10).max(128).optional(),
        }),
        response: { 201: z.object({ email: z.string(), role }) },
      },
    },
    async (request, reply) => {
      const { campaignId } = request.params;
      authorize(request.actor, "members:manage", { campaignId });
      const { email, name, password } = request.body;
      if (password) {
        await createUser(deps.db, deps.auth, { email, name, password }).catch((e: unknown) => {
          if (!(e instanceof AppError && e.code === "conflict")) throw e;
        });
      }
      await addMember(deps.db, { campaignId, email, role: request.body.role });
      return reply.status(201).send({ email: email.toLowerCase(), role: request.body.role });
    },
  );
}
