/** Shortcuts through the API for journeys that start after the first run. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { desk, newContext } from "./harness.ts";

export const admin = {
  name: "Camille Martin",
  email: "camille@example.org",
  password: "correct horse battery",
};

/** Creates the first administrator from the setup link (the API the /setup page calls). */
export async function createFirstAdmin(context: BrowserContext, setupLink: string): Promise<void> {
  const url = new URL(setupLink);
  const response = await context.request.post(`${url.origin}/api/setup`, {
    data: { token: url.searchParams.get("token"), ...admin },
  });
  if (response.status() !== 201)
    throw new Error(`setup failed: ${response.status()} ${await response.text()}`);
}

/** Signs in through the form, as a user would. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Adresse e-mail", exact: true }).fill(email);
  await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Creates a campaign through the API with the signed-in context's cookie and origin. */
export async function createCampaign(
  context: BrowserContext,
  baseUrl: string,
  body: { name: string; territory: string },
): Promise<string> {
  const response = await context.request.post(`${baseUrl}/api/campaigns`, {
    data: body,
    headers: { origin: baseUrl },
  });
  if (response.status() !== 201)
    throw new Error(`campaign failed: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Signs a context in through the API (the cookie lands in the context). */
export async function signInApi(
  context: BrowserContext,
  baseUrl: string,
  user: { email: string; password: string } = admin,
): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/auth/sign-in/email`, {
    data: { email: user.email, password: user.password },
    headers: { origin: baseUrl },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
}

/**
 * A fresh context of the first administrator: created from the setup link, then signed in
 * through the API. Close it when done.
 */
export async function firstAdminContext(
  browser: Browser,
  server: { baseUrl: string; setupLink: string },
): Promise<BrowserContext> {
  const context = await newContext(browser, server.baseUrl);
  await createFirstAdmin(context, server.setupLink);
  await signInApi(context, server.baseUrl);
  return context;
}

/** The id of the demo campaign, as the signed-in context's /api/me lists it. */
export async function demoCampaignId(context: BrowserContext, baseUrl: string): Promise<string> {
  const me = (await (await context.request.get(`${baseUrl}/api/me`)).json()) as {
    campaigns: { id: string; isDemo: boolean }[];
  };
  const demo = me.campaigns.find((c) => c.isDemo);
  if (!demo) throw new Error("the server started without its demo campaign");
  return demo.id;
}

/** A fresh context at a given size and a page signed in through the form. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  user: { email: string; password: string } = admin,
  viewport = desk,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, baseUrl, viewport);
  const page = await context.newPage();
  await signInWithForm(page, user.email, user.password);
  return { context, page };
}

/**
 * After the first run of a demo installation: the administrator adds `user` to the demo
 * campaign with `role`, then `user` signs in through the form at the desk size, accepts the
 * invitation and sees the demo. Returns the campaign id and the member's context (its first page closed).
 */
export async function demoMemberContext(
  browser: Browser,
  server: { baseUrl: string; setupLink: string },
  user: { name: string; email: string; password: string },
  role: "coordinator" | "volunteer" | "analyst" | "admin",
): Promise<{ campaignId: string; context: BrowserContext }> {
  const adminContext = await firstAdminContext(browser, server);
  const campaignId = await demoCampaignId(adminContext, server.baseUrl);
  const added = await adminContext.request.post(`${server.baseUrl}/api/campaigns/${campaignId}/members`, {
    data: { ...user, role },
    headers: { origin: server.baseUrl },
  });
  if (added.status() !== 201) throw new Error(`member: ${added.status()} ${await added.text()}`);
  await adminContext.close();
  const { context, page } = await signedInPage(browser, server.baseUrl, user, desk);
  await page.getByRole("button", { name: /^Accepter l'invitation de / }).click();
  await page.getByTestId("demo-badge").waitFor();
  await page.close();
  return { campaignId, context };
}
