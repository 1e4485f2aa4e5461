import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCampaignId, firstAdminContext, signedInPage } from "./accounts.ts";
import { contrastFailures } from "./contrast.ts";
import {
  browserAvailable,
  desk,
  type Installation,
  phone,
  type RunningServer,
  screenshot,
  startInstallation,
} from "./harness.ts";

interface Status {
  id: string;
  elections: { label: string; inscrits: number; votants: number; exprimes: number }[];
  bureaux: number;
}

const sections = ["Tableau de bord", "Carte", "Données", "Analyses", "Terrain", "Personnes", "Équipe"];

// The out-of-the-box demo commune: fictional data, marked as such on every screen.
describe.skipIf(!browserAvailable())("the demo campaign", () => {
  let installation: Installation;
  let server: RunningServer;
  let browser: Browser;
  let status: Status;
  let campaignId: string;

  async function signedIn(viewport = desk): Promise<{ context: BrowserContext; page: Page }> {
    const { context, page } = await signedInPage(browser, server.baseUrl, undefined, viewport);
    await page.getByTestId("demo-badge").waitFor();
    return { context, page };
  }

  beforeAll(async () => {
    installation = await startInstallation({ demo: true });
    ({ server, browser } = installation);
    const context = await firstAdminContext(browser, server);
    campaignId = await demoCampaignId(context, server.baseUrl);
    status = (await (
      await context.request.get(`${server.baseUrl}/api/campaigns/${campaignId}/status`)
    ).json()) as Status;
    await context.close();
  });
  afterAll(async () => {
    await installation?.close();
  });

  it("shows the figures of the status API in French number format", async () => {
    expect(status.elections.length).toBeGreaterThan(0);
    const { context, page } = await signedIn();
    const table = page.getByRole("table");
    await table.waitFor();
    for (const election of status.elections) {
      const row = table
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: election.label, exact: true }) });
      const cells = await row.getByRole("cell").allTextContents();
      // cells: bureaux, inscrits, votants, exprimés, participation
      const [inscrits, votants, exprimes] = cells.slice(1, 4);
      for (const [text, value] of [
        [inscrits, election.inscrits],
        [votants, election.votants],
        [exprimes, election.exprimes],
      ] as const) {
        expect(text).toMatch(/^\d{1,3}(\u202f\d{3})*$/);
        expect(Number(text.replaceAll("\u202f", ""))).toBe(value);
      }
      const turnout = ((100 * election.votants) / election.inscrits).toFixed(1).replace(".", ",");
      expect(cells[4]).toMatch(new RegExp(`^${turnout}[\u00a0\u202f]%$`));
    }
    const bureaux = page.getByTestId("figure-Bureaux de vote");
    expect((await bureaux.textContent())?.replaceAll("\u202f", "")).toBe(String(status.bureaux));
    await screenshot(page, "demo-dashboard-desk");
    // Every text of the dashboard, the demo badge and the table included, reads at WCAG AA contrast.
    expect(await contrastFailures(page)).toEqual([]);
    await context.close();
  });

  it("marks every screen with 'Données fictives', on a desk and on a phone", async () => {
    for (const viewport of [desk, phone]) {
      const { context, page } = await signedIn(viewport);
      const nav = page.getByRole("navigation", { name: "Navigation principale" });
      for (const section of sections) {
        if (viewport === phone) await page.getByRole("button", { name: "Ouvrir le menu" }).click();
        await nav.getByRole("link", { name: section }).click();
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        const badge = page.getByTestId("demo-badge");
        expect(await badge.isVisible(), `${section} at ${viewport.width} px`).toBe(true);
        expect(await badge.textContent()).toBe("Données fictives");
      }
      if (viewport === phone) {
        await page.goto(`/campagnes/${campaignId}`);
        await page.getByRole("table").waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(page, "demo-dashboard-phone");
      }
      await context.close();
    }
  });
});
