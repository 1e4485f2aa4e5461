import {
  addMember,
  checkPasswordStrength,
  consumeSetupToken,
  createUser,
  needsFirstAdmin,
  schema,
} from "@terrain/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";

/** First run: the one-time link printed on the console creates the first administrator. */
export async function setupRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/setup",
    {
      schema: {
        tags: ["accounts"],
        summary: "Does the installation still need its first administrator?",
        response: { 200: z.object({ needed: z.boolean() }) },
      },
    },
    async () => ({ needed: await needsFirstAdmin(deps.db) }),
  );
  r.post(
    "/api/setup",
    {
      schema: {
        tags: ["accounts"],
        summary: "Create the first administrator with the one-time link's token",
        body: z.object({
          token: z.string().min(10),
          name: z.string().trim().min(1).max(120),
          email: z.email(),
          password: z.string().min(10).max(128),
        }),
        response: { 201: z.object({ userId: z.string(), email: z.string() }) },
      },
    },
    async (request, reply) => {
      const { token, ...account } = request.body;
      // Before the one-time token is spent: a refused password lets the administrator try again.
      checkPasswordStrength(account.password, [account.email, account.name]);
      await consumeSetupToken(deps.db, token);
      const created = await createUser(deps.db, deps.auth, { ...account, platformRole: "superadmin" });
      const all = await deps.db.select({ id: schema.campaigns.id }).from(schema.campaigns);
      for (const c of all)
        await addMember(deps.db, { campaignId: c.id, email: created.email, role: "admin" });
      return reply.status(201).send({ userId: created.id, email: created.email });
    },
  );
}
