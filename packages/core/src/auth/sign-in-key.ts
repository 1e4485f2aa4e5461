import { createHash } from "node:crypto";
import { normaliseEmail } from "./normalise-email.ts";

/**
 * The throttle key of an account: a hash of the e-mail as better-auth compares it (trimmed,
 * lower case, NFKC), so that typing variants share one counter and no address is stored.
 */
export function signInKey(email: string): string {
  return createHash("sha256")
    .update(`sign-in:${normaliseEmail(email)}`)
    .digest("hex");
}
