import type { Browser, BrowserContext } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, createFirstAdmin } from "./accounts.ts";
import {
  browserAvailable,
  chromiumPath,
  ensureWebBuilt,
  newContext,
  phone,
  type RunningServer,
  screenshot,
  startServer,
} from "./harness.ts";
import { mapColours, showIrisLayer } from "./map-colours.ts";

// The director of the demo commune looks at its IRIS on the map and downloads the one-page report.
describe.skipIf(!browserAvailable())("the IRIS layer and the PDF report", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let campaignId: string;
  let jobId: string;
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer({ demo: true, timeoutMs: 240_000 });
    // software WebGL (SwiftShader) so that MapLibre draws headless
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
      ],
    });
    context = await newContext(browser, server.baseUrl);
    await createFirstAdmin(context, server.setupLink);
    const signIn = await context.request.post(`${server.baseUrl}/api/auth/sign-in/email`, {
      data: { email: admin.email, password: admin.password },
      headers: { origin: server.baseUrl },
    });
    expect(signIn.ok()).toBe(true);
    const me = (await (await context.request.get(`${server.baseUrl}/api/me`)).json()) as {
      campaigns: { id: string; isDemo: boolean }[];
    };
    campaignId = me.campaigns.find((c) => c.isDemo)?.id ?? "";
    expect(campaignId).not.toBe("");
    const asked = await context.request.post(`${server.baseUrl}/api/campaigns/${campaignId}/analyses`, {
      data: {
        kind: "transfer",
        from: "leg2024t1",
        to: "leg2024t2",
        method: "lphom",
        side: { nuances: ["UG", "LUG"] },
      },
      headers: { origin: server.baseUrl },
    });
    expect(asked.status(), await asked.text()).toBeLessThan(300);
    jobId = ((await asked.json()) as { id: string }).id;
    // expect.poll works only inside a test: wait for the job by hand
    const jobUrl = `${server.baseUrl}/api/campaigns/${campaignId}/analyses/${jobId}`;
    for (let i = 0; i < 180; i++) {
      const { status } = (await (await context.request.get(jobUrl)).json()) as { status: string };
      if (status === "done") break;
      if (status === "failed") throw new Error("the analysis failed");
      await new Promise((r) => setTimeout(r, 1000));
    }
  }, 480_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the IRIS over the bureaux, then alone by a census figure, with a legend and a table", async () => {
    const page = await context.newPage();
    await page.goto(`/campagnes/${campaignId}/carte?analyse=${jobId}`);
    await page.getByRole("heading", { name: "Carte des bureaux", level: 1 }).waitFor();
    await page.locator(".maplibregl-canvas").waitFor();
    await expect
      .poll(async () => (await mapColours(page)).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(3);

    await page.getByText("Bureaux + IRIS", { exact: true }).click();
    await page.getByText("Traits noirs pointillés : contours des IRIS").waitFor();
    // the dashed dark outlines add dark pixels over the bureau colours
    await expect
      .poll(async () => (await mapColours(page)).some((c) => c.split(",").every((x) => Number(x) <= 3)), {
        timeout: 30_000,
      })
      .toBe(true);
    await screenshot(page, "iris-outlines-desk");

    await showIrisLayer(page);
    await page.getByRole("combobox", { name: "Colorer les IRIS selon" }).click();
    await page.getByRole("option", { name: "Part des cadres (15 ans ou plus)" }).click();
    await page.getByRole("group", { name: "Part des cadres (15 ans ou plus)" }).waitFor();
    expect(await page.getByRole("group", { name: "Part des cadres (15 ans ou plus)" }).textContent()).toMatch(
      /\d+,\d[\u00a0\u202f]%/,
    );
    await screenshot(page, "iris-choropleth-desk");

    await page.getByText("Tableau", { exact: true }).click();
    const rows = page.getByTestId("iris-table").locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(20);
    expect(await rows.first().locator("td").first().textContent()).toMatch(/^29999\d{4}/);
    await screenshot(page, "iris-table-desk");
    await page.close();
  });

  it("keeps the layer switch usable on a phone", async () => {
    const phoneContext = await newContext(browser, server.baseUrl, phone);
    await phoneContext.addCookies(await context.cookies());
    const page = await phoneContext.newPage();
    await page.goto(`/campagnes/${campaignId}/carte?analyse=${jobId}`);
    await page.getByRole("heading", { name: "Carte des bureaux", level: 1 }).waitFor();
    await showIrisLayer(page);
    // nothing wider than the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, "iris-choropleth-phone");
    await phoneContext.close();
  });

  it("downloads the one-page PDF report of the analysis", async () => {
    const page = await context.newPage();
    await page.goto(`/campagnes/${campaignId}/carte?analyse=${jobId}`);
    await page.getByRole("heading", { name: "Carte des bureaux", level: 1 }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Rapport PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rapport-analyse-.+\.pdf$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length).toBe(1);
    await page.close();
  });
});
