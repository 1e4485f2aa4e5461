/** Shortcuts through the API for journeys that start after the first run. */
import type { BrowserContext, Page } from "playwright-core";

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
