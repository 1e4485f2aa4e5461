import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, createCampaign, demoCampaignId, firstAdminContext, signedInPage } from "./accounts.ts";
import { axeViolations } from "./axe.ts";
import {
  browserAvailable,
  desk,
  type Installation,
  phone,
  type RunningServer,
  screenshot,
  startInstallation,
} from "./harness.ts";

const coordinator = { name: "Nolwenn Le Bras", email: "nolwenn@example.org", password: "coordination 2026" };
const volunteer = { name: "Lou Bernard", email: "lou@example.org", password: "porte a porte 2026" };
const analyst = { name: "Yann Le Bihan", email: "yann@example.org", password: "lecture seule 2026" };

/** A small REU export (27 columns, the usual quoting) for Brest: five persons, one on both complementary lists, one on the European one only. */
function reuList(): string {
  const header = [
    "code du l'ugle;libellé de l'ugle;libellé du type de liste;nom de naissance;nom d'usage;prénoms;sexe",
    "date de naissance;code commune de naissance;libellé commune de naissance;code département de naissance",
    "pays de naissance;libellé nationalité;numéro de voie;libellé de voie;complément 1;complément 2;lieu-dit",
    "code postal;commune;pays;code du bureau de vote;libellé du bureau de vote",
    "code circonscription législative du bureau de vote;libellé canton du bureau de vote",
    "libellé circonscription métropolitaine du bureau de vote;numéro d'ordre dans le bureau de vote",
  ].join(";");
  // list, birth name, used name, first names, sex, birth date, nationality, number, street, complement 1, bureau, order
  const persons = [
    "principale|KERJEAN||Maëlle|F|12/04/1984|Française|12|RUE DE SIAM|APT 34 3E ETAGE|0001|1",
    "principale|KERJEAN||Erwan|M|03/09/1981|Française|12|RUE DE SIAM|APT 34 3E ETAGE|0001|2",
    "principale|LE GALL|MORVAN|Anne|F|00/00/1953|Française|3|PL DE LA LIBERTE||0002|1",
    "complémentaire municipale|SCHMIDT||Jonas|M|1990|Allemande|8|RUE JEAN JAURES||0002|2",
    "complémentaire européenne|SCHMIDT||Jonas|M|1990|Allemande|8|RUE JEAN JAURES||0002|2",
    "complémentaire européenne|MÜLLER||Greta|F|01/02/1975|Allemande|8|RUE JEAN JAURES||0002|3",
  ].map((line) => {
    const [list, birth, used, first, sex, date, nat, num, street, c1, bureau, order] = line.split("|");
    const fields = ["29019", "Brest", `Liste ${list}`, birth, used, first, sex, date, "29019", "Brest", "29"];
    fields.push(
      "France",
      nat,
      num,
      street,
      c1,
      "",
      "",
      "29200",
      "Brest",
      "",
      bureau,
      "Mairie",
      "29-02",
      "Brest-1",
      "",
    );
    return `${fields.map((v) => (v === "" ? "" : `"${v}"`)).join(";")};${order}`;
  });
  return `${[header, ...persons].join("\n")}\n`;
}

/** NationBuilder's people export: Maëlle twice (same folded name and address), an opinion column. */
const nationBuilder = [
  "nationbuilder_id,first_name,last_name,email,phone_number,mobile_number,primary_address1,primary_city,primary_zip,tag_list,email_opt_in,support_level",
  '101,Maëlle,Kerjean,maelle.kerjean@example.org,02 98 00 00 01,,12 rue de Siam,Brest,29200,"bénévole, quartier nord",true,1',
  "102,Maelle,KERJEAN,mkerjean@example.org,,06 12 34 56 78,12 rue de Siam,Brest,29200,militante,false,",
  "103,Yves,Le Gall,yves.legall@example.org,,,3 place de la Liberté,Brest,29200,,true,2",
].join("\n");

/** A full-page screenshot from the top (a phone's fixed header would otherwise cross the picture). */
async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Every critical or serious axe-core violation of the page (an empty list passes). */
async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

/** The status of a same-origin API call made by the page itself, with its own cookie. */
function statusFromPage(page: Page, url: string): Promise<number> {
  return page.evaluate(async (u) => (await fetch(u, { credentials: "same-origin" })).status, url);
}

// The people of a campaign: the L.37 request and the list on the Données page, the list
// and search, the card and its household, the import wizard, the merge screen; roles.
describe.skipIf(!browserAvailable())("people: electoral list, contacts and roles", () => {
  let installation: Installation;
  let server: RunningServer;
  let browser: Browser;
  let adminContext: BrowserContext;
  let coordinatorContext: BrowserContext;
  let campaignId: string;
  let tmp: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "terrain-people-e2e-"));
    installation = await startInstallation({ demo: true });
    ({ server, browser } = installation);
    adminContext = await firstAdminContext(browser, server);
    campaignId = await demoCampaignId(adminContext, server.baseUrl);
    for (const [user, role] of [
      [coordinator, "coordinator"],
      [volunteer, "volunteer"],
      [analyst, "analyst"],
    ] as const) {
      const added = await adminContext.request.post(`${server.baseUrl}/api/campaigns/${campaignId}/members`, {
        data: { ...user, role },
        headers: { origin: server.baseUrl },
      });
      if (added.status() !== 201) throw new Error(`member: ${added.status()} ${await added.text()}`);
      // Adding a member is an invitation (issue 10): each person accepts it once signed in.
      const { context, page } = await signedInPage(browser, server.baseUrl, user, desk);
      await page.getByRole("button", { name: /^Accepter l'invitation de / }).click();
      await page.getByTestId("demo-badge").waitFor();
      await context.close();
    }
    ({ context: coordinatorContext } = await signedInPage(browser, server.baseUrl, coordinator, desk));
  });
  afterAll(async () => {
    await installation?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("the director records the L.37 request, then the list imports with its report", async () => {
    const brest = await createCampaign(adminContext, server.baseUrl, {
      name: "Brest 2026",
      territory: "29019",
    });
    const listFile = path.join(tmp, "liste-electorale-brest.csv");
    writeFileSync(listFile, reuList());
    const page = await adminContext.newPage();
    await page.goto(`/campagnes/${brest}/donnees`);
    await page.getByTestId("list-request-missing").waitFor();

    // Without the request, the list is refused with the sentence that cites L.37, and nothing changes.
    const refused = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choisir des fichiers" }).click();
    await (await refused).setFiles(listFile);
    await page.getByTestId("import-errors").getByText(/L\.37/).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Fermer" }).click();

    const form = page.getByRole("form", { name: "Demande de liste électorale (article L.37)" });
    await form.getByRole("radio", { name: "préfecture" }).check();
    await form.getByLabel("Date de la demande").fill("2026-01-15");
    await form.getByRole("textbox", { name: "Demandeur" }).fill(admin.name);
    await form.getByRole("button", { name: "Enregistrer la demande" }).click();
    await page
      .getByTestId("list-requests")
      .getByText(`Demande faite à la préfecture le 15 janvier 2026 par ${admin.name}`)
      .waitFor();

    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choisir des fichiers" }).click();
    await (await chooser).setFiles(listFile);
    const report = page.getByTestId("electoral-list-report");
    await report.waitFor({ timeout: 60_000 });
    const text = (await report.textContent()) ?? "";
    expect(text).toContain("5 électeurs sur la liste (6 lignes");
    expect(text).toContain("5 arrivées, 0 départs");
    expect(text).toContain("1 inscrit sur la seule liste complémentaire européenne");
    expect(await page.getByTestId("geocoding-by-bureau").getByRole("row").count()).toBe(3);
    await screenshot(page, "people-list-import-desk");
    await expectAccessible(page);
    await page.close();
  });

  it("a coordinator finds a person by typing part of a name, opens the card and sees the household", async () => {
    const page = await coordinatorContext.newPage();
    await page.goto(`/campagnes/${campaignId}`);
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Personnes" })
      .click();
    await page.getByRole("heading", { name: "Personnes", level: 1 }).waitFor();
    await page
      .getByTestId("people-count")
      .getByText(/\d+ personnes/)
      .waitFor();

    // A person who shares a door with someone: the household the card must show.
    let target: { id: string; name: string; other: string } | null = null;
    for (const letter of ["a", "b", "c", "d", "e", "l", "m"]) {
      const hits = (await (
        await page.request.get(`/api/campaigns/${campaignId}/people/search?q=${letter}&limit=50`)
      ).json()) as { kind: string; id: string; name: string }[];
      for (const p of hits.filter((h) => h.kind === "elector")) {
        const card = (await (
          await page.request.get(`/api/campaigns/${campaignId}/people/electors/${p.id}`)
        ).json()) as { household: { name: string }[] };
        if (card.household.length > 0) {
          target = { id: p.id, name: p.name, other: card.household[0].name };
          break;
        }
      }
      if (target) break;
    }
    if (!target) throw new Error("no demo elector found with a household");
    const lastWord = target.name.split(" ").at(-1) ?? target.name;
    const typed = `${lastWord.slice(0, 4).toLowerCase()} ${target.name.split(" ")[0].slice(0, 3)}`;
    await page
      .getByRole("searchbox", { name: "Rechercher une personne" })
      .pressSequentially(typed, { delay: 40 });
    await page.waitForURL((url) => url.searchParams.get("q") === typed);
    const link = page.getByTestId("people-table").getByRole("link", { name: target.name, exact: true });
    await link.first().waitFor();
    await screenshot(page, "people-search-desk");
    await expectAccessible(page);

    // Keyboard: sort by bureau with Enter on the header button, then open the card with Enter.
    await page.getByRole("button", { name: /^Bureau/ }).focus();
    await page.keyboard.press("Enter");
    expect(await page.getByRole("columnheader", { name: /Bureau/ }).getAttribute("aria-sort")).toBe(
      "ascending",
    );
    await link.first().focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: target.name, level: 1 }).waitFor();
    await page.getByTestId("household").getByRole("link", { name: target.other }).first().waitFor();
    await page.getByTestId("card-address").getByText("Porte", { exact: true }).waitFor();
    await page
      .getByTestId("card-history")
      .getByText(/article L\.37/)
      .waitFor();
    await screenshot(page, "people-card-desk");
    await expectAccessible(page);
    await page.close();
  });

  it("a coordinator imports a NationBuilder export through the wizard, its source required", async () => {
    const file = path.join(tmp, "nationbuilder-people.csv");
    writeFileSync(file, nationBuilder);
    const page = await coordinatorContext.newPage();
    await page.goto(`/campagnes/${campaignId}/personnes`);
    await page.getByRole("link", { name: "Importer des contacts" }).click();
    await page.getByRole("heading", { name: "Importer des contacts", level: 1 }).waitFor();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choisir un fichier CSV" }).click();
    await (await chooser).setFiles(file);

    const mapping = page.getByTestId("import-mapping");
    await mapping.waitFor({ timeout: 60_000 });
    expect(await page.getByLabel("Champ alimenté par la colonne first_name").inputValue()).toBe("first_name");
    expect(await page.getByLabel("Champ alimenté par la colonne tag_list").inputValue()).toBe("tags");
    await page.getByText(/jamais importées.*support_level/).waitFor();
    expect(await page.getByTestId("import-sample").getByRole("row").count()).toBe(4);
    await page.getByTestId("import-no-errors").waitFor();
    // No source, no import.
    const confirm = page.getByRole("button", { name: "Importer 3 personnes" });
    expect(await confirm.isDisabled()).toBe(true);
    await page
      .getByRole("textbox", { name: "D'où viennent ces personnes ?" })
      .fill("Export NationBuilder de la campagne 2020");
    await screenshot(page, "people-import-preview-desk");
    await expectAccessible(page);
    await confirm.click();
    await page
      .getByTestId("import-done")
      .getByText(/3 contacts créés/)
      .waitFor({ timeout: 60_000 });
    await screenshot(page, "people-import-done-desk");

    // A French spreadsheet with a bad e-mail: the error names the file, the line and the column, and blocks the import.
    await page.getByRole("button", { name: "Choisir un autre fichier" }).click();
    const broken = path.join(tmp, "inscrits-reunion.csv");
    writeFileSync(broken, "Prénom;Nom;Courriel\nGwen;Le Roux;gwen@example.org\nJos;Tanguy;jos.tanguy@\n");
    const chooseBroken = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choisir un fichier CSV" }).click();
    await (await chooseBroken).setFiles(broken);
    await page
      .getByTestId("import-errors")
      .getByText("inscrits-reunion.csv:3 (Courriel) : « jos.tanguy@ » n'est pas une adresse e-mail")
      .waitFor({ timeout: 60_000 });
    await page
      .getByRole("textbox", { name: "D'où viennent ces personnes ?" })
      .fill("Réunion publique du 12 mars");
    expect(await page.getByRole("button", { name: "Importer 2 personnes" }).isDisabled()).toBe(true);
    await screenshot(page, "people-import-errors-desk");
    await expectAccessible(page);

    // The same columns again: the mapping is remembered.
    await page.getByRole("button", { name: "Choisir un autre fichier" }).click();
    const again = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choisir un fichier CSV" }).click();
    await (await again).setFiles(file);
    await page.getByTestId("mapping-remembered").waitFor({ timeout: 60_000 });
    await page.close();
  });

  it("a coordinator merges the duplicate, keeping both sources and consents", async () => {
    const page = await coordinatorContext.newPage();
    await page.goto(`/campagnes/${campaignId}/personnes/doublons`);
    const pair = page.getByTestId("merge-pair").filter({ hasText: /Kerjean/i });
    await pair.first().waitFor();
    await pair.first().getByText("même nom").waitFor();
    await screenshot(page, "people-merge-desk");
    await expectAccessible(page);
    await pair
      .first()
      .getByRole("radio", { name: /Garder la fiche B/ })
      .check();
    await pair
      .first()
      .getByRole("button", { name: /Fusionner dans la fiche de/ })
      .click();
    await page
      .getByTestId("merge-pair")
      .filter({ hasText: /Kerjean/i })
      .first()
      .waitFor({ state: "detached" });

    // The kept card says a record was merged into it, and keeps the e-mail consent of the file.
    await page.goto(`/campagnes/${campaignId}/personnes?q=kerjean`);
    await page
      .getByTestId("people-table")
      .getByRole("link", { name: /Ma[eë]lle/i })
      .first()
      .click();
    await page
      .getByTestId("card-merges")
      .getByText(/a été fusionnée dans celle-ci/)
      .waitFor();
    await page.getByTestId("card-consents").getByText("Nouvelles par e-mail").first().waitFor();
    await page.getByTestId("card-merges").getByText(`(par ${coordinator.name})`).waitFor();
    // A consent given at the door, with its proof: the wording, its version, who collected it.
    const consents = page.getByTestId("card-consents");
    await consents.getByRole("button", { name: "Ajouter un consentement" }).click();
    const form = page.getByRole("form", { name: "Ajouter un consentement" });
    await form.getByLabel("Finalité").selectOption("sms");
    await form.getByLabel("Version du texte").fill("porte-à-porte v2");
    await form
      .getByLabel("Texte exact présenté à la personne")
      .fill("J'accepte de recevoir des SMS de la campagne.");
    await form.getByRole("button", { name: "Enregistrer le consentement" }).click();
    const sms = consents.getByRole("row").filter({ hasText: "porte-à-porte v2" });
    await sms.waitFor();
    expect(await sms.textContent()).toContain(coordinator.name);
    expect(await sms.textContent()).toContain("Porte-à-porte");
    await screenshot(page, "people-contact-card-desk");
    await expectAccessible(page);
    await page.close();
  });

  it("on a phone: the list as cards, the card and the wizard fit the screen", async () => {
    const { context, page } = await signedInPage(browser, server.baseUrl, coordinator, phone);
    await page.waitForURL((url) => url.pathname.startsWith("/campagnes/"));
    await page.goto(`/campagnes/${campaignId}/personnes`);
    // The criteria fold under one button; an age band is counted, and says how many persons it holds.
    await page.getByRole("button", { name: "Filtres" }).click();
    await page.getByLabel("Tranche d'âge").selectOption("65-79");
    await page.getByRole("button", { name: "Filtres (1)" }).waitFor();
    await page
      .getByTestId("people-count")
      .getByText(/personnes au total pour ces critères/)
      .waitFor();
    await noSidewaysScroll(page);
    await picture(page, "people-filters-phone");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Effacer les filtres" }).click();
    await page.getByRole("searchbox", { name: "Rechercher une personne" }).fill("kerj");
    await page.waitForURL((url) => url.searchParams.get("q") === "kerj");
    await page.getByTestId("people-count").getByText("1 personne trouvée (électeurs et contacts)").waitFor();
    await page
      .getByTestId("people-cards")
      .getByRole("article", { name: /^Ma[eë]lle kerjean$/i })
      .waitFor();
    await noSidewaysScroll(page);
    await picture(page, "people-list-phone");
    await expectAccessible(page);
    await page.getByTestId("people-cards").getByRole("link").first().click();
    await page.getByTestId("card-identity").waitFor();
    await noSidewaysScroll(page);
    await picture(page, "people-card-phone");
    await expectAccessible(page);
    await page.goto(`/campagnes/${campaignId}/personnes/import`);
    await page.getByRole("button", { name: "Choisir un fichier CSV" }).waitFor();
    await noSidewaysScroll(page);
    await picture(page, "people-import-phone");
    await context.close();
  });

  it("a volunteer sees no list of people; an analyst sees counts, never names", async () => {
    const { context, page } = await signedInPage(browser, server.baseUrl, volunteer, desk);
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await nav.getByRole("link", { name: "Tableau de bord" }).waitFor();
    expect(await nav.getByRole("link", { name: "Personnes" }).count()).toBe(0);
    await page.goto(`/campagnes/${campaignId}/personnes`);
    await page.getByRole("alert").filter({ hasText: "Accès refusé" }).waitFor();
    expect(await page.getByRole("searchbox").count()).toBe(0);
    expect(await statusFromPage(page, `/api/campaigns/${campaignId}/people/contacts?limit=5`)).toBe(403);
    await screenshot(page, "people-denied-desk");
    await expectAccessible(page);
    await context.close();

    const viewer = await signedInPage(browser, server.baseUrl, analyst, phone);
    await viewer.page.waitForURL((url) => url.pathname.startsWith("/campagnes/"));
    await viewer.page.goto(`/campagnes/${campaignId}/personnes`);
    await viewer.page
      .getByTestId("segment-count")
      .getByText(/^\d[\d\u202f]*$/)
      .waitFor();
    expect(await viewer.page.getByRole("searchbox").count()).toBe(0);
    expect(await viewer.page.getByRole("link", { name: "Exporter en CSV" }).count()).toBe(0);
    await noSidewaysScroll(viewer.page);
    await picture(viewer.page, "people-analyst-phone");
    await expectAccessible(viewer.page);
    await viewer.context.close();
  });
});
