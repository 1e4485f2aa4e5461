/** Where to go after sign-in: only a path of this site (no "//host" or "https://…" redirect). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
