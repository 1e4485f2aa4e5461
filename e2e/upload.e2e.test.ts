import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
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
  repoRoot,
  screenshot,
  startInstallation,
} from "./harness.ts";

const fileName = "leg2024_t1_circos29-02-03_official.csv";
const resultsFile = path.resolve(repoRoot, "../shared/data/fr/brest/results", fileName);

/** The real data is outside the repository: skipped with a message here, but CI must have it. */
function dataAvailable(): boolean {
  if (existsSync(resultsFile)) return true;
  const message = `${resultsFile} is missing: the upload journey needs ../shared/data.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`e2e skipped: ${message}`);
  return false;
}

const analyst = { name: "Yann Le Bihan", email: "yann@example.org", password: "lecture seule 2026" };

// A director drops Brest's official results on the Données page, reads the summary, then
// drops a broken copy and reads its error line; an analyst sees the files but cannot import.
describe.skipIf(!browserAvailable() || !dataAvailable())("the Données page uploads official files", () => {
  let installation: Installation;
  let server: RunningServer;
  let browser: Browser;
  let adminContext: BrowserContext;
  let campaignId: string;
  let tmp: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "terrain-upload-e2e-"));
    installation = await startInstallation();
    ({ server, browser } = installation);
    adminContext = await newContext(browser, server.baseUrl);
    await createFirstAdmin(adminContext, server.setupLink);
  });
  afterAll(async () => {
    await installation?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function openData(page: Page): Promise<void> {
    await page.goto(`/campagnes/${campaignId}`);
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Données" })
      .first()
      .click();
    await page.getByRole("heading", { name: "Données", level: 1 }).waitFor();
  }

  it("imports Brest's Législatives 2024 results and summarises them in French", async () => {
    const page = await adminContext.newPage();
    await signInWithForm(page, admin.email, admin.password);
    await page.getByRole("heading", { name: "Créer une campagne" }).waitFor();
    campaignId = await createCampaign(adminContext, server.baseUrl, {
      name: "Brest 2026",
      territory: "29019",
    });
    await page.goto("/");
    await openData(page);
    // The empty state says what to drop.
    await page.getByText("Aucun fichier importé pour l'instant").waitFor();
    await page.getByText(/résultats par bureau de vote du ministère de l'Intérieur/).waitFor();

    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choisir des fichiers" }).click();
    await (await chooser).setFiles(resultsFile);

    const summary = page.getByTestId("import-summary");
    await summary.waitFor({ timeout: 60_000 });
    const text = (await summary.textContent()) ?? "";
    expect(text).toContain("Législatives 2024");
    expect(text).toContain("1er tour");
    expect(text).toContain("104 bureaux de vote");
    expect(text).toContain("Importé");
    // Totals in French number format (narrow no-break space between thousands) and the nuances.
    expect(await page.getByTestId("import-totals").textContent()).toMatch(/Inscrits\d{1,3}(\u202f\d{3})+/);
    expect(text).toMatch(/RN/);
    expect(text).toMatch(/lignes hors du territoire de la campagne ignorées/);
    // The list below shows the file.
    await page.getByTestId("imported-files").getByText(fileName).waitFor();
    await screenshot(page, "upload-summary-desk");
    expect(await contrastFailures(page)).toEqual([]);
    await page.close();
  });

  it("rejects a broken copy with its line and column, and changes nothing", async () => {
    const page = await adminContext.newPage();
    await openData(page);
    // Line 8 is Brest's bureau 1: its Inscrits (910) becomes "abc".
    const lines = readFileSync(resultsFile, "utf8").split("\n");
    expect(lines[7]).toContain(";Brest;1;910;");
    lines[7] = lines[7].replace(";Brest;1;910;", ";Brest;1;abc;");
    const broken = lines.join("\n");
    writeFileSync(path.join(tmp, fileName), broken);

    // Dropped this time (drag and drop), as a file built in the page.
    const transfer = await page.evaluateHandle(
      ([name, content]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([content], name, { type: "text/csv" }));
        return dt;
      },
      [fileName, broken] as const,
    );
    await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: transfer });

    const errors = page.getByTestId("import-errors");
    await errors.waitFor({ timeout: 60_000 });
    expect(await errors.textContent()).toContain(`${fileName}:8:Inscrits : pas un nombre entier : « abc »`);
    await page.getByText("Fichier refusé : rien n'a été modifié pour ce fichier.").waitFor();
    await screenshot(page, "upload-rejected-desk");
    expect(await contrastFailures(page)).toEqual([]);
    // Still one file imported, the first one.
    await page.reload();
    await page.getByTestId("imported-files").waitFor();
    expect(await page.getByTestId("imported-files").getByRole("row").count()).toBe(2);
    await screenshot(page, "upload-rejected-desk-after-reload");
    await page.close();
  });

  it("on a phone: the same file again changes nothing, the broken one is rejected", async () => {
    const { context: small, page } = await signedInPage(browser, server.baseUrl, admin, phone);
    await page.waitForURL((url) => url.pathname.startsWith("/campagnes/"));
    await page.goto(`/campagnes/${campaignId}/donnees`);
    await page.getByRole("heading", { name: "Données", level: 1 }).waitFor();
    // The same official file again, on a slow phone link (about 40 kB/s up): the bytes sent
    // show as they go, then the file is recognised as already imported and nothing changes.
    const cdp = await small.newCDPSession(page);
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 100,
      downloadThroughput: 500_000,
      uploadThroughput: 40_000,
    });
    const again = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choisir des fichiers" }).click();
    await (await again).setFiles(resultsFile);
    const progress = page.getByTestId("upload-progress");
    // Some bytes are sent (not 0,0 %), out of the file's size said in ko.
    await progress.getByText(/^Envoi des fichiers : [1-9]\d*,\d\s%.* sur 12\d\sko\)$/).waitFor();
    expect(await page.getByRole("progressbar", { name: "Envoi des fichiers" }).count()).toBe(1);
    // The page stays usable: the button says why it waits, the list below is there.
    expect(await page.getByRole("button", { name: "Choisir des fichiers" }).isDisabled()).toBe(true);
    await page.getByTestId("imported-files").waitFor();
    await screenshot(page, "upload-progress-phone");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const summary = page.getByTestId("import-summary");
    await summary.getByText("Déjà importé : rien n'a changé").waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toContain("104 bureaux de vote");
    await screenshot(page, "upload-summary-phone");
    expect(await contrastFailures(page)).toEqual([]);

    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choisir des fichiers" }).click();
    await (await chooser).setFiles(path.join(tmp, fileName));
    await page.getByTestId("import-errors").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("import-errors").textContent()).toContain(":8:Inscrits");
    await screenshot(page, "upload-rejected-phone");
    expect(await contrastFailures(page)).toEqual([]);
    await small.close();
  });

  it("an analyst sees the imported files but no drop zone", async () => {
    const added = await adminContext.request.post(`${server.baseUrl}/api/campaigns/${campaignId}/members`, {
      data: { ...analyst, role: "analyst" },
      headers: { origin: server.baseUrl },
    });
    expect(added.status()).toBe(201);
    const { context, page } = await signedInPage(browser, server.baseUrl, analyst);
    await page.getByRole("button", { name: /^Accepter l'invitation de / }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/campagnes/"));
    await page.goto(`/campagnes/${campaignId}/donnees`);
    await page.getByTestId("imported-files").getByText(fileName).waitFor();
    await page.getByText(/Seuls les administrateurs de la campagne peuvent importer/).waitFor();
    expect(await page.getByTestId("drop-zone").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Choisir des fichiers" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: `Retirer ${fileName}` }).count()).toBe(0);
    await screenshot(page, "upload-analyst-desk");
    await context.close();
  });

  it("the director removes the imported election, after confirming", async () => {
    const page = await adminContext.newPage();
    await openData(page);
    await page.getByRole("button", { name: `Retirer ${fileName}` }).click();
    const confirm = page.getByRole("button", { name: "Confirmer le retrait de leg2024t1" });
    await confirm.waitFor();
    expect(await contrastFailures(page)).toEqual([]);
    await screenshot(page, "upload-remove-confirm-desk");
    await confirm.click();
    await page.getByText("Aucun fichier importé pour l'instant").waitFor();
    const status = await adminContext.request.get(`${server.baseUrl}/api/campaigns/${campaignId}/status`);
    expect(((await status.json()) as { elections: unknown[] }).elections).toEqual([]);
    await page.close();
  });
});
