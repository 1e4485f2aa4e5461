import { z } from "zod";
import { AppError } from "../errors.ts";

const profileUpdate = z.object({
  name: z.string().trim().min(1, "au moins 1 caractère").max(120, "120 caractères au plus").optional(),
  image: z
    .url({ protocol: /^https$/, error: "une adresse https:// d'image" })
    .max(2048, "2 048 caractères au plus")
    .nullable()
    .optional(),
});

/**
 * Refuses a profile update (better-auth's POST /update-user) whose display name or image is
 * not what the rest of the API accepts: a name of 1 to 120 characters, an https URL or null.
 * The message names the field.
 */
export function checkProfileUpdate(body: unknown): void {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return; // better-auth refuses it
  const parsed = profileUpdate.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".") || "body";
    throw new AppError(
      "bad_request",
      `${field}: ${issue.code === "invalid_type" ? "invalide" : issue.message}`,
    );
  }
}
