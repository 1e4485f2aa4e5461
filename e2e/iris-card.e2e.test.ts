import { DEMO_DEFAULT_SEED, type DemoTruth, generateDemo } from "@terrain/core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoMemberContext, signedInPage } from "./accounts.ts";
import {
  browserAvailable,
  type Installation,
  phone,
  type RunningServer,
  screenshot,
  startInstallation,
} from "./harness.ts";
import { showIrisLayer } from "./map-colours.ts";

const coordinator = {
  name: "Nolwenn Guivarc'h",
  email: "nolwenn@example.org",
  password: "quartiers et bureaux",
};

/** The demo commune's files as the server imported them (same generator, same seed). */
function demoFiles() {
  const files = generateDemo({ seed: DEMO_DEFAULT_SEED }).files;
  const text = (name: string) => {
    const bytes = files.get(name);
    if (!bytes) throw new Error(`the demo has no ${name}`);
    return Buffer.from(bytes).toString("utf8");
  };
  const [header, ...lines] = text("base-ic-evol-struct-pop-2021.csv").trim().split(/\r?\n/);
  const columns = header.split(";");
  const census = new Map(
    lines.map((line) => {
      const cells = line.split(";");
      return [cells[0], Object.fromEntries(columns.map((c, i) => [c, cells[i]]))] as const;
    }),
  );
  const contours = JSON.parse(text("contours-iris.geojson")) as {
    features: { properties: { CODE_IRIS: string; NOM_IRIS: string } }[];
  };
  const names = new Map(contours.features.map((f) => [f.properties.CODE_IRIS, f.properties.NOM_IRIS]));
  const truth = JSON.parse(text("truth.json")) as DemoTruth;
  return { census, names, bureaux: new Set(truth.bureaux.map((b) => b.code)) };
}

const bare = (s: string | null) => (s ?? "").replace(/[\s\u00a0\u202f]/g, "");
const frInt = (n: number) => bare(new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 }).format(n));

// A coordinator of the demo commune shows the IRIS on the map, clicks one and reads its card:
// census figures and the bureaux its inhabitants vote in; the IRIS table opens the same card.
describe.skipIf(!browserAvailable())("the IRIS card", () => {
  let installation: Installation;
  let server: RunningServer;
  let browser: Browser;
  let campaignId: string;
  let context: BrowserContext;
  let demo: ReturnType<typeof demoFiles>;

  beforeAll(async () => {
    demo = demoFiles();
    installation = await startInstallation({ demo: true, webgl: true, timeoutMs: 240_000 });
    ({ server, browser } = installation);
    ({ campaignId, context } = await demoMemberContext(browser, server, coordinator, "coordinator"));
  }, 300_000);
  afterAll(async () => {
    await installation?.close();
  });

  /** Checks an open IRIS card against the demo's census files; returns the IRIS code. */
  async function checkCard(page: Page): Promise<string> {
    const card = page.getByTestId("iris-card");
    await card.waitFor();
    const title = (await card.getByRole("heading", { level: 2 }).textContent()) ?? "";
    const code = /IRIS (\d{9})/.exec(title)?.[1] ?? "";
    const row = demo.census.get(code);
    expect(row, `IRIS ${code} is in the demo's census file`).toBeDefined();
    expect(title).toBe(`IRIS ${code} · ${demo.names.get(code)}`);
    const population = Math.round(Number(row?.P21_POP));
    expect(bare(await card.locator('[data-figure="population"]').textContent())).toBe(frInt(population));
    const age = bare(await card.locator('[data-dimension="age"]').textContent());
    for (const [band, column] of [
      ["18-24ans", "P21_POP1824"],
      ["65-79ans", "P21_POP6579"],
    ]) {
      const n = Number(row?.[column]);
      if (n >= 11) expect(age).toContain(`${band}${frInt(Math.round(n))}(`);
    }
    // the bureaux it feeds: demo bureaux, whose shares of the IRIS add up to 100 %
    const rows = card.getByTestId("iris-bureaux").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    let total = 0;
    for (const r of await rows.all()) {
      const cells = r.locator("td");
      expect(
        demo.bureaux.has((/29999_\d{4}/.exec((await cells.nth(0).textContent()) ?? "") ?? [""])[0]),
      ).toBe(true);
      total += Number(
        bare(await cells.nth(1).textContent())
          .replace(",", ".")
          .replace("%", ""),
      );
    }
    expect(Math.abs(total - 100)).toBeLessThan(0.1 * (await rows.count()));
    return code;
  }

  it("opens an IRIS's card from a click on the IRIS map, and a bureau's card from it", async () => {
    const page = await context.newPage();
    await page.goto(`/campagnes/${campaignId}/carte`);
    await page.getByRole("heading", { name: "Carte des bureaux", level: 1 }).waitFor();
    await showIrisLayer(page);
    const box = await page.getByTestId("bureaux-map").boundingBox();
    if (!box) throw new Error("no map box");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const code = await checkCard(page);
    expect(new URL(page.url()).searchParams.get("iris")).toBe(code);
    await screenshot(page, "iris-card-desk");
    await page.getByTestId("iris-bureaux").scrollIntoViewIfNeeded();
    await screenshot(page, "iris-card-desk-bureaux");

    const first = page.getByTestId("iris-bureaux").locator("tbody tr").first().getByRole("button");
    const bureau = (/29999_\d{4}/.exec((await first.textContent()) ?? "") ?? [""])[0];
    await first.click();
    await page
      .getByTestId("bureau-card")
      .getByRole("heading", { name: new RegExp(`^Bureau ${bureau}`) })
      .waitFor();
    expect(await page.getByTestId("iris-card").count()).toBe(0);
    await page.close();
  });

  it("opens the same card from the IRIS table with the keyboard", async () => {
    const page = await context.newPage();
    await page.goto(`/campagnes/${campaignId}/carte`);
    await page.getByRole("heading", { name: "Carte des bureaux", level: 1 }).waitFor();
    await page.getByText("IRIS", { exact: true }).click();
    await page.getByText("Tableau", { exact: true }).click();
    const button = page.getByTestId("iris-table").locator("tbody tr").nth(2).getByRole("button");
    const label = (await button.textContent()) ?? "";
    await button.focus();
    await page.keyboard.press("Enter");
    const code = await checkCard(page);
    expect(label.startsWith(code)).toBe(true);
    await page.keyboard.press("Escape");
    await page.getByTestId("iris-card").waitFor({ state: "detached" });
    await page.close();
  });

  it("fits the card on a 390-px phone", async () => {
    const { context: phoneContext, page } = await signedInPage(browser, server.baseUrl, coordinator, phone);
    await page.getByTestId("demo-badge").waitFor();
    const code = [...demo.census.keys()][0];
    await page.goto(`/campagnes/${campaignId}/carte?iris=${code}`);
    expect(await checkCard(page)).toBe(code);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    const drawer = await page.getByRole("dialog").boundingBox();
    expect(drawer?.width ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(phone.width);
    await screenshot(page, "iris-card-phone");
    await phoneContext.close();
  });
});
