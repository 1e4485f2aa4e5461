const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail address trimmed and lower-cased; null when it is empty or not an address. */
export function normalizeEmail(raw: string | null | undefined): string | null {
  const email = (raw ?? "").trim().toLowerCase();
  if (email === "" || !EMAIL.test(email)) return null;
  return email;
}
