import { api } from "./client.ts";

/** Signs in with better-auth's email and password endpoint (sets the session cookie). */
export function signIn(email: string, password: string): Promise<unknown> {
  return api("/api/auth/sign-in/email", { method: "POST", body: { email, password } });
}

export function signOut(): Promise<unknown> {
  return api("/api/auth/sign-out", { method: "POST", body: {} });
}
