import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, signInWithForm } from "./accounts.ts";
import { contrastFailures } from "./contrast.ts";
import {
  browserAvailable,
  type Installation,
  newContext,
  type RunningServer,
  screenshot,
  startInstallation,
} from "./harness.ts";

// One installation from its very first start: the setup link, then signing in and out.
describe.skipIf(!browserAvailable())("first run, sign-in and sign-out", () => {
  let installation: Installation;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    installation = await startInstallation();
    ({ server, browser } = installation);
    context = await newContext(browser, server.baseUrl);
    page = await context.newPage();
  });
  afterAll(async () => {
    await installation?.close();
  });

  it("creates the first administrator through the one-time setup link", async () => {
    await page.goto(server.setupLink);
    await page.getByRole("heading", { name: "Créer le premier administrateur" }).waitFor();
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill(admin.name);
    await page.getByRole("textbox", { name: "Adresse e-mail", exact: true }).fill(admin.email);
    await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill(admin.password);
    await screenshot(page, "setup-desk");
    expect(await contrastFailures(page)).toEqual([]);
    await page.getByRole("button", { name: "Créer le compte" }).click();

    // Signed in, with no campaign yet: the platform administrator is asked to create one.
    await page.getByRole("heading", { name: "Créer une campagne" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/campagnes/nouvelle");
    await page.getByLabel("Nom de la campagne").fill("Municipales 2026 à Brest");
    await page.getByLabel("Code du territoire").fill("29019");
    await screenshot(page, "create-campaign-desk");
    await page.getByRole("button", { name: "Créer la campagne" }).click();

    await page.getByRole("heading", { name: "Municipales 2026 à Brest", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/campagnes\/[^/]+$/);
    await page.getByText("Aucun résultat électoral pour l'instant").waitFor();
    await page.getByText("Importez les résultats de votre commune").first().waitFor();
    await screenshot(page, "dashboard-empty-desk");

    // The link is spent: the API says so and the page sends to sign-in.
    const setup = await context.request.get(`${server.baseUrl}/api/setup`);
    expect(await setup.json()).toEqual({ needed: false });
    await page.goto(server.setupLink);
    await page.getByText("L'installation a déjà son administrateur.").waitFor();
  });

  it("signs out from the user menu, then signs back in to the same campaign", async () => {
    await page.goto("/");
    await page.getByRole("heading", { name: "Municipales 2026 à Brest", level: 1 }).waitFor();
    await page.getByRole("button", { name: `Compte de ${admin.name}` }).click();
    await page.getByRole("menuitem", { name: "Se déconnecter" }).click();
    await page.getByRole("heading", { name: "Connexion" }).waitFor();
    expect((await context.request.get(`${server.baseUrl}/api/me`)).status()).toBe(401);

    // A signed-out visitor asking for an app page is sent to sign-in, and back afterwards.
    await page.goto("/");
    await page.waitForURL("**/login");
    await screenshot(page, "login-desk");
    await signInWithForm(page, admin.email, admin.password);
    await page.getByRole("heading", { name: "Municipales 2026 à Brest", level: 1 }).waitFor();
    expect((await context.request.get(`${server.baseUrl}/api/me`)).status()).toBe(200);
  });

  it("says in French that the password is wrong", async () => {
    const stranger = await newContext(browser, server.baseUrl);
    const p = await stranger.newPage();
    await signInWithForm(p, admin.email, "not the right password");
    await p.getByRole("alert").filter({ hasText: "Adresse e-mail ou mot de passe incorrect" }).waitFor();
    expect(new URL(p.url()).pathname).toBe("/login");
    await screenshot(p, "login-wrong-password-desk");
    expect(await contrastFailures(p)).toEqual([]);
    // The check itself sees a failure when there is one: #999 on white is 2.85:1.
    await p.evaluate(() => {
      const probe = document.createElement("p");
      probe.textContent = "gris trop clair";
      probe.style.color = "#999999";
      document.body.append(probe);
    });
    const failures = await contrastFailures(p);
    expect(failures.map((f) => [f.text, f.ratio])).toEqual([["gris trop clair", 2.85]]);
    await stranger.close();
  });

  it("works with the keyboard alone", async () => {
    const k = await newContext(browser, server.baseUrl);
    const p = await k.newPage();
    await p.goto("/login");
    await p.getByRole("textbox", { name: "Adresse e-mail", exact: true }).focus();
    await p.keyboard.type(admin.email);
    await p.keyboard.press("Tab");
    await p.keyboard.type(admin.password);
    await p.keyboard.press("Enter");
    await p.getByRole("heading", { name: "Municipales 2026 à Brest", level: 1 }).waitFor();
    // The skip link is the first stop of the tab order and leads to the content.
    await p.keyboard.press("Tab");
    const focused = await p.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe("Aller au contenu");
    await k.close();
  });

  it("says 'Trop de tentatives' once the sign-in rate limit is reached", async () => {
    const attacker = await newContext(browser, server.baseUrl);
    let status = 0;
    for (let i = 0; i < 30 && status !== 429; i++) {
      const r = await attacker.request.post(`${server.baseUrl}/api/auth/sign-in/email`, {
        data: { email: admin.email, password: `wrong password ${i}` },
      });
      status = r.status();
    }
    expect(status).toBe(429);
    const p = await attacker.newPage();
    await signInWithForm(p, admin.email, "still the wrong one");
    await p.getByRole("alert").filter({ hasText: "Trop de tentatives" }).waitFor();
    await attacker.close();
  });
});
