import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, createCampaign, firstAdminContext, signInWithForm } from "./accounts.ts";
import {
  browserAvailable,
  desk,
  type Installation,
  newContext,
  phone,
  type RunningServer,
  screenshot,
  startInstallation,
} from "./harness.ts";

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

// French first, English on request; and the shell on a phone.
describe.skipIf(!browserAvailable())("language and phone size", () => {
  let installation: Installation;
  let server: RunningServer;
  let browser: Browser;
  let campaignId: string;

  beforeAll(async () => {
    installation = await startInstallation();
    ({ server, browser } = installation);
    const context = await firstAdminContext(browser, server);
    campaignId = await createCampaign(context, server.baseUrl, {
      name: "Municipales de Morlaix",
      territory: "29151",
    });
    await context.close();
  });
  afterAll(async () => {
    await installation?.close();
  });

  it("opens in French even in an English browser, then switches to English and stays there", async () => {
    const context: BrowserContext = await newContext(browser, server.baseUrl, desk, "en-US");
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByRole("heading", { name: "Connexion" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");

    await page.locator("label").filter({ hasText: /^EN$/ }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("textbox", { name: "Email address", exact: true }).fill(admin.email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await nav.getByRole("link", { name: "Dashboard" }).waitFor();
    await page.getByText("No election results yet").waitFor();
    await screenshot(page, "dashboard-english-desk");
    await page.reload();
    await nav.getByRole("link", { name: "Team" }).waitFor();

    await page.locator("label").filter({ hasText: /^FR$/ }).click();
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Équipe" })
      .waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await context.close();
  });

  for (const size of [phone, { width: 375, height: 667 }]) {
    it(`at ${size.width} px the dashboard has no horizontal scroll and the navigation sits behind a burger`, async () => {
      const context = await newContext(browser, server.baseUrl, size);
      const page = await context.newPage();
      await page.goto("/login");
      await page.getByRole("heading", { name: "Connexion" }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (size === phone) await screenshot(page, "login-phone");
      await signInWithForm(page, admin.email, admin.password);
      await page.getByRole("heading", { name: "Municipales de Morlaix", level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/campagnes/${campaignId}`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      const nav = page.getByRole("navigation", { name: "Navigation principale" });
      expect(await nav.isVisible()).toBe(false);
      if (size === phone) await screenshot(page, "dashboard-phone");
      await page.getByRole("button", { name: "Ouvrir le menu" }).click();
      await nav.getByRole("link", { name: "Carte" }).waitFor({ state: "visible" });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.waitForTimeout(400); // let the slide-in finish before the picture
      if (size === phone) await screenshot(page, "navigation-phone");
      await nav.getByRole("link", { name: "Carte" }).click();
      await page.getByRole("heading", { name: "Carte", level: 1 }).waitFor();
      await nav.waitFor({ state: "hidden" });
      // Focus moved to the new content, out of the closed menu.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (size === phone) await screenshot(page, "map-empty-phone");
      await context.close();
    });
  }
});
