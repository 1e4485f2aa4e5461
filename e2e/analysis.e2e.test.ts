import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoMemberContext, signedInPage } from "./accounts.ts";
import { contrastFailures } from "./contrast.ts";
import {
  browserAvailable,
  type Installation,
  phone,
  type RunningServer,
  screenshot,
  screenshotDir,
  startInstallation,
} from "./harness.ts";
import { mapColours } from "./map-colours.ts";

const coordinator = { name: "Yann Le Bihan", email: "yann@example.org", password: "cartes et portes 2026" };

// A coordinator of the demo commune reads the map, a bureau's card, runs an analysis and
// writes the message matrix.
describe.skipIf(!browserAvailable())("the analysis screens", () => {
  let installation: Installation;
  let server: RunningServer;
  let browser: Browser;
  let campaignId: string;
  let coordinatorContext: BrowserContext;

  beforeAll(async () => {
    installation = await startInstallation({ demo: true, webgl: true, timeoutMs: 240_000 });
    ({ server, browser } = installation);
    ({ campaignId, context: coordinatorContext } = await demoMemberContext(
      browser,
      server,
      coordinator,
      "coordinator",
    ));
  }, 300_000);
  afterAll(async () => {
    await installation?.close();
  });

  it("opens the map: coloured bureaux, a legend, the table view and a bureau's card", async () => {
    const page = await coordinatorContext.newPage();
    await page.goto(`/campagnes/${campaignId}`);
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Carte" })
      .click();
    await page.getByRole("heading", { name: "Carte des bureaux", level: 1 }).waitFor();
    await page.locator(".maplibregl-canvas").waitFor();
    // No analysis yet: the map says so and shows the turnout.
    await page.getByText("Aucune analyse pour l'instant").waitFor();
    await expect
      .poll(async () => (await mapColours(page)).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(3);
    expect(await page.getByRole("group", { name: "Participation" }).textContent()).toMatch(
      /\d+,\d[\u00a0\u202f]%/,
    );
    await screenshot(page, "analysis-map-desk");

    const box = await page.getByTestId("bureaux-map").boundingBox();
    if (!box) throw new Error("no map box");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const card = page.getByTestId("bureau-card");
    await card.waitFor();
    await card.getByRole("heading", { name: /^Bureau 29999_\d{4}/ }).waitFor();
    await card.getByText("Présidentielle 2022, 1er tour").waitFor();
    await card.getByText("Âge :").waitFor();
    await screenshot(page, "analysis-card-desk");
    await page.keyboard.press("Escape");

    await page.getByText("Tableau", { exact: true }).click();
    const rows = page.getByTestId("bureaux-table").locator("tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    await page.close();
  });

  it("runs an analysis, then reads the transfer matrix in words and the ranked bureaux", async () => {
    const page = await coordinatorContext.newPage();
    await page.goto(`/campagnes/${campaignId}/analyses`);
    await page.getByRole("heading", { name: "Analyses", level: 1 }).waitFor();
    await page.getByRole("combobox", { name: "Élection de référence" }).click();
    await page.getByRole("option", { name: "Législatives 2024, 1er tour" }).click();
    await page.getByRole("combobox", { name: "Élection à venir (ou tour suivant)" }).click();
    await page.getByRole("option", { name: "Municipales 2026, 1er tour" }).click();
    await page.getByRole("combobox", { name: "Notre camp" }).click();
    await page.getByRole("option", { name: /^UG — / }).click();
    await page.getByRole("option", { name: /^LUG — / }).click();
    await page.keyboard.press("Escape");
    // The ecologists are within reach: their voters count in persuasion.
    await page.getByRole("combobox", { name: "Listes proches (à notre portée)" }).click();
    await page.getByRole("option", { name: /^LECO — / }).click();
    await page.keyboard.press("Escape");
    await screenshot(page, "analysis-form-desk");
    await page.getByRole("button", { name: "Lancer l'analyse" }).click();
    await page.waitForURL(/analyse=/);

    const matrix = page.getByTestId("transfer-matrix");
    await matrix.waitFor({ timeout: 150_000 });
    expect(await matrix.locator("caption").textContent()).toBe(
      "Reports de voix : Législatives 2024, 1er tour → Municipales 2026, 1er tour",
    );
    // Each cell shows a share and its range; clicking one reads it in plain French.
    const cell = matrix
      .getByRole("row", { name: /QUÉRÉ Maëlle \(UG\)/ })
      .locator("td")
      .nth(3);
    expect(await cell.textContent()).toMatch(/^\d+[\u00a0\u202f]%\[\d+–\d+\]$/);
    await cell.click();
    expect(await page.getByTestId("cell-sentence").textContent()).toMatch(
      /^\d+[\u00a0\u202f]% \[\d+–\d+\] des électeurs de QUÉRÉ Maëlle \(UG\) \(Législatives 2024, 1er tour\) ont voté .+ \(Municipales 2026, 1er tour\)\.$/,
    );
    await page.getByText("Comment lire ce chiffre").waitFor();
    // The summary names the lists within reach beside our side.
    expect(await page.getByTestId("analysis-summary").textContent()).toMatch(
      /Notre camp : (LUG, UG|UG, LUG) · Listes proches : LECO · Méthode : /,
    );
    // The warnings, opened in full, write percentages with at most one decimal.
    const warnings = page.getByTestId("analysis-warnings");
    await warnings.getByRole("button", { name: "Voir tout" }).click();
    const said = (await warnings.textContent()) ?? "";
    expect(said).toContain("Remarques sur les données");
    expect(said).toMatch(/\d[\u00a0\u202f ]%/);
    expect(said).not.toMatch(/\d,\d{2,}[\u00a0\u202f ]?%/);
    // The demo's voters move with their bureau's make-up (aggregation bias): the caveat
    // stands under the matrix, in the same words as in the list.
    const bias = (await page.getByTestId("bias-alert").textContent()) ?? "";
    expect(bias).toContain("Lisez les ordres de grandeur, pas les décimales");
    expect(bias).toMatch(
      /Biais d'agrégation probable : .+ \(le pire : .+ → .+ = -?\d+(,\d)?[\u00a0\u202f ]%\)/,
    );
    expect(said).toContain(bias.slice(bias.indexOf("Biais"), bias.indexOf("Biais") + 60));
    // Every text of the transfer view, caveats included, reads at WCAG AA contrast.
    expect(await contrastFailures(page)).toEqual([]);
    // back to the top: a full-page shot keeps the fixed header where the page was scrolled
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "analysis-transfer-desk");

    await page.getByRole("tab", { name: "Bureaux prioritaires" }).click();
    await page.getByTestId("backtest").waitFor();
    const rows = page.getByTestId("bureaux-table").locator("tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    expect(await rows.first().locator("td").first().textContent()).toBe("1");
    expect(await page.getByTestId("persuasion-explained").textContent()).toContain(
      "plus les électeurs des listes proches (KERBRENN ÉCOLOGIE)",
    );
    // The CSV export is the API's Excel-friendly file (BOM, semicolons).
    const href = await page.getByRole("link", { name: "Exporter le classement (CSV)" }).getAttribute("href");
    const csv = await page.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url as string)).arrayBuffer());
      return { bom: [...bytes.slice(0, 3)], head: new TextDecoder().decode(bytes.slice(3, 200)) };
    }, href);
    expect(csv.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.head).toContain(";");
    await screenshot(page, "analysis-bureaux-desk");
    await page.close();
  });

  it("writes the message matrix and gets each priority bureau's first message", async () => {
    const page = await coordinatorContext.newPage();
    await page.goto(`/campagnes/${campaignId}/analyses?onglet=messages`);
    await page.getByRole("heading", { name: "Points du programme" }).waitFor();
    await page
      .getByRole("textbox", { name: "Nouveau point" })
      .fill("Des places en crèche dans chaque quartier");
    await page.getByRole("button", { name: "Ajouter" }).click();
    await page
      .getByRole("combobox", {
        name: "Pertinence de « Des places en crèche dans chaque quartier » pour 25-39 ans",
      })
      .selectOption("3");
    await page.getByRole("button", { name: "Enregistrer la matrice" }).click();
    await page.getByText("Matrice enregistrée.").waitFor();
    const first = page.getByTestId("first-messages");
    await first.waitFor();
    expect(await first.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await first.locator("tbody tr").first().textContent()).toContain("Des places en crèche");
    await screenshot(page, "analysis-messages-desk");
    await page.close();
  });

  it("colours the map by priority once analysed and exports it as PNG", async () => {
    const page = await coordinatorContext.newPage();
    await page.goto(`/campagnes/${campaignId}/carte`);
    await page.getByRole("heading", { name: "Carte des bureaux", level: 1 }).waitFor();
    await page.getByRole("group", { name: "Priorité : voix gagnées pour 100 portes frappées" }).waitFor();
    await expect
      .poll(async () => (await mapColours(page)).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exporter la carte (PNG)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("carte-bureaux.png");
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(10_000);
    // Kept beside the screenshots, to be looked at (title, legend and the demo mark drawn in).
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(path.join(screenshotDir, "analysis-map-export.png"), png);
    await screenshot(page, "analysis-map-priority-desk");
    await page.close();
  });

  it("stays usable on a phone", async () => {
    const { context, page } = await signedInPage(browser, server.baseUrl, coordinator, phone);
    await page.getByTestId("demo-badge").waitFor();
    await page.goto(`/campagnes/${campaignId}/carte`);
    await page.getByRole("heading", { name: "Carte des bureaux", level: 1 }).waitFor();
    await expect
      .poll(async () => (await mapColours(page)).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(3);
    // The page itself does not scroll sideways (wide tables scroll inside their own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, "analysis-map-phone");
    await page.goto(`/campagnes/${campaignId}/analyses`);
    await page.getByTestId("transfer-matrix").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, "analysis-transfer-phone");
    await page.getByRole("tab", { name: "Bureaux prioritaires" }).click();
    const rows = page.getByTestId("bureaux-table").locator("tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    await page.getByTestId("persuasion-explained").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, "analysis-bureaux-phone");
    await context.close();
  });
});
