import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, createCampaign, createFirstAdmin, signedInPage, signInWithForm } from "./accounts.ts";
import { contrastFailures } from "./contrast.ts";
import {
  browserAvailable,
  type Installation,
  newContext,
  phone,
  type RunningServer,
  screenshot,
  startInstallation,
} from "./harness.ts";

const volunteer = { name: "Lou Bernard", email: "lou@example.org", password: "porte a porte 2026" };

/** The status of a same-origin API call made by the page itself, with its own cookie. */
function statusFromPage(page: Page, url: string, method = "GET", body?: unknown): Promise<number> {
  return page.evaluate(
    async ([u, m, b]) => {
      const init: RequestInit = { method: m as string, credentials: "same-origin" };
      if (b !== undefined) {
        init.headers = { "content-type": "application/json" };
        init.body = JSON.stringify(b);
      }
      return (await fetch(u as string, init)).status;
    },
    [url, method, body] as const,
  );
}

// An administrator builds the team; a volunteer may not manage it, in the UI or the API.
describe.skipIf(!browserAvailable())("the team page and roles", () => {
  let installation: Installation;
  let server: RunningServer;
  let browser: Browser;
  let adminContext: BrowserContext;
  let campaignId: string;
  let otherCampaignId: string;
  let volunteerPage: Page;

  beforeAll(async () => {
    installation = await startInstallation();
    ({ server, browser } = installation);
    adminContext = await newContext(browser, server.baseUrl);
    await createFirstAdmin(adminContext, server.setupLink);
  });
  afterAll(async () => {
    await installation?.close();
  });

  it("an administrator adds a volunteer through the form", async () => {
    const page = await adminContext.newPage();
    await signInWithForm(page, admin.email, admin.password);
    await page.getByRole("heading", { name: "Créer une campagne" }).waitFor();
    campaignId = await createCampaign(adminContext, server.baseUrl, {
      name: "Quimper 2026",
      territory: "29232",
    });
    otherCampaignId = await createCampaign(adminContext, server.baseUrl, {
      name: "Brest 2026",
      territory: "29019",
    });

    await page.goto(`/campagnes/${campaignId}`);
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Équipe" })
      .click();
    await page.getByRole("heading", { name: "Équipe", level: 1 }).waitFor();
    const form = page.getByRole("form", { name: "Ajouter un membre" });
    await form.getByRole("textbox", { name: "Nom", exact: true }).fill(volunteer.name);
    await form.getByRole("textbox", { name: "Adresse e-mail", exact: true }).fill(volunteer.email);
    await form.getByLabel("Rôle").selectOption("volunteer");
    await form.getByLabel("Mot de passe provisoire").fill(volunteer.password);
    await form.getByRole("button", { name: "Ajouter" }).click();
    await page
      .getByText(
        `Invitation enregistrée pour ${volunteer.email} (Militant) : elle prendra effet quand la personne l'acceptera.`,
      )
      .waitFor();

    // An invitation, not yet a member: the person accepts it once signed in.
    const row = page.getByTestId("invitations").getByRole("row").filter({ hasText: volunteer.email });
    await row.waitFor();
    expect(await row.textContent()).toContain("Militant");
    expect(await page.getByTestId("members").getByText(volunteer.email).count()).toBe(0);
    // The form is emptied for the next member.
    expect(await form.getByRole("textbox", { name: "Adresse e-mail", exact: true }).inputValue()).toBe("");
    await screenshot(page, "team-desk");
    expect(await contrastFailures(page)).toEqual([]);
    await page.close();
  });

  it("the team page at phone size fits the screen, its table scrolling inside its box", async () => {
    const { context: small, page } = await signedInPage(browser, server.baseUrl, admin, phone);
    await page.waitForURL(/\/campagnes\/[^/]+$/); // the first of its two campaigns
    await page.goto(`/campagnes/${campaignId}/equipe`);
    await page.getByTestId("members").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "team-phone");
    await small.close();
  });

  it("the volunteer signs in, accepts the invitation, is refused the team page, and the API answers 403", async () => {
    const { page } = await signedInPage(browser, server.baseUrl, volunteer);
    await page.getByText("La campagne Quimper 2026 vous invite à rejoindre son équipe (Militant).").waitFor();
    await screenshot(page, "team-invitation-desk");
    expect(await contrastFailures(page)).toEqual([]);
    await page.getByRole("button", { name: "Accepter l'invitation de Quimper 2026" }).click();
    await page.getByRole("heading", { name: "Quimper 2026", level: 1 }).waitFor();
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await nav.getByRole("link", { name: "Tableau de bord" }).waitFor();
    expect(await nav.getByRole("link", { name: "Équipe" }).count()).toBe(0);

    await page.goto(`/campagnes/${campaignId}/equipe`);
    await page.getByRole("alert").filter({ hasText: "Accès refusé" }).waitFor();
    expect(await page.getByRole("form", { name: "Ajouter un membre" }).count()).toBe(0);
    await screenshot(page, "team-denied-desk");
    expect(await contrastFailures(page)).toEqual([]);

    const members = `/api/campaigns/${campaignId}/members`;
    expect(await statusFromPage(page, members)).toBe(403);
    expect(
      await statusFromPage(page, members, "POST", { email: "x@example.org", name: "X", role: "admin" }),
    ).toBe(403);
    // Reading the campaign itself is allowed to the volunteer.
    expect(await statusFromPage(page, `/api/campaigns/${campaignId}/status`)).toBe(200);

    // Another campaign of the installation does not exist for this volunteer, in the UI or the API.
    expect(
      await page.getByRole("combobox", { name: "Campagne" }).locator("option").allTextContents(),
    ).toEqual(["Quimper 2026"]);
    await page.goto(`/campagnes/${otherCampaignId}`);
    await page.getByRole("heading", { name: "Campagne introuvable", level: 1 }).waitFor();
    expect(await statusFromPage(page, `/api/campaigns/${otherCampaignId}/status`)).toBe(404);
    volunteerPage = page;
  });

  it("the administrator changes the volunteer's role, cannot demote the last administrator, and removes the volunteer", async () => {
    const page = await adminContext.newPage();
    await page.goto(`/campagnes/${campaignId}/equipe`);
    const members = page.getByTestId("members");
    const row = members.getByRole("row").filter({ hasText: volunteer.email });
    await row.waitFor();
    await page.getByRole("combobox", { name: `Rôle de ${volunteer.name}` }).selectOption("coordinator");
    await page.waitForResponse((r) => r.url().includes("/members") && r.request().method() === "GET");
    expect(await page.getByRole("combobox", { name: `Rôle de ${volunteer.name}` }).inputValue()).toBe(
      "coordinator",
    );
    expect(await statusFromPage(volunteerPage, `/api/campaigns/${campaignId}/members`)).toBe(200);

    await page.getByRole("combobox", { name: `Rôle de ${admin.name}` }).selectOption("volunteer");
    await page.getByRole("alert").filter({ hasText: "au moins un administrateur" }).waitFor();
    expect(await page.getByRole("combobox", { name: `Rôle de ${admin.name}` }).inputValue()).toBe("admin");
    await screenshot(page, "team-manage-desk");
    expect(await contrastFailures(page)).toEqual([]);

    await page.getByRole("button", { name: `Retirer ${volunteer.name} de l'équipe` }).click();
    await page.getByRole("button", { name: `Confirmer le retrait de ${volunteer.name}` }).click();
    await row.waitFor({ state: "detached" });
    // Access ends at once: the former volunteer had no other campaign, so is signed out.
    expect(await statusFromPage(volunteerPage, `/api/campaigns/${campaignId}/status`)).toBe(401);
    await volunteerPage.context().close();
    await page.close();
  });
});
