import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/db-type.ts";
import { user } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { checkPasswordStrength } from "./check-password-strength.ts";
import type { Auth } from "./create-auth.ts";

export const newUserSchema = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(120),
  password: z.string().min(10, "au moins 10 caractères").max(128, "128 caractères au plus"),
  platformRole: z.enum(["user", "superadmin"]).default("user"),
});
export type NewUser = z.input<typeof newUserSchema>;

/**
 * Creates an account with a password (hashed by better-auth); refuses a taken email and a
 * password that is easy to guess (common, a pattern, or made of the e-mail or name).
 */
export async function createUser(db: Db, auth: Auth, input: NewUser): Promise<{ id: string; email: string }> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("bad_request", `${issue.path.join(".") || "input"}: ${issue.message}`);
  }
  const data = parsed.data;
  checkPasswordStrength(data.password, [data.email, data.name]);
  const ctx = await auth.$context;
  // Hashed first, so that a taken e-mail answers no faster than a free one.
  const hash = await ctx.password.hash(data.password);
  if (await ctx.internalAdapter.findUserByEmail(data.email)) {
    throw new AppError("conflict", `email: an account already exists for ${data.email}`);
  }
  const created = await ctx.internalAdapter.createUser(
    { email: data.email, name: data.name, emailVerified: true },
    { method: "admin" },
  );
  if (!created) throw new AppError("internal", "The account could not be created");
  await ctx.internalAdapter.linkAccount({
    providerId: "credential",
    accountId: created.id,
    password: hash,
    userId: created.id,
  });
  if (data.platformRole !== "user") {
    await db.update(user).set({ platformRole: data.platformRole }).where(eq(user.id, created.id));
  }
  return { id: created.id, email: data.email };
}
