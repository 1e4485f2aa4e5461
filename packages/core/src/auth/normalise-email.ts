/** An e-mail as accounts, invitations and the sign-in throttle compare it: NFKC, trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}
