import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadDemo } from "@terrain/core";
import { requestAnalysis } from "@terrain/core/src/analysis/request-analysis.ts";
import { runPendingJobs } from "@terrain/core/src/analysis/run-jobs.ts";
import type { TransferResult } from "@terrain/core/src/analysis/transfer-result.ts";
import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import type { DemoTruth } from "@terrain/core/src/demo/truth.ts";
import { countPdfPages, extractPdfText } from "@terrain/core/src/report/pdf-text.ts";
import { renderAnalysisReport } from "@terrain/core/src/report/render-report-pdf.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test-app.ts";

const LEFT = { nuances: ["UG", "ECO", "LUG", "LECO", "LFI"] };

describe(`the PDF report and the IRIS layer on the demo commune (${testDbKind()})`, () => {
  let t: TestApp;
  let dir: string;
  let campaignId: string;
  let cookie: string;
  let truth: DemoTruth;
  let jobId: string;
  beforeAll(async () => {
    t = await createTestApp();
    dir = await mkdtemp(path.join(tmpdir(), "terrain-report-"));
    campaignId = await loadDemo(t.handle.db, { dir });
    truth = JSON.parse(await readFile(path.join(dir, "truth.json"), "utf8"));
    cookie = await t.userWithRole("director@example.org", "analyst", truth.territory);
    const { job } = await requestAnalysis(t.handle.db, campaignId, {
      kind: "transfer",
      from: "leg2024t1",
      to: "mun2026t1",
      method: "lphom",
      side: LEFT,
    });
    jobId = job.id;
    await runPendingJobs(t.handle.db);
  }, 240_000);
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("answers one A4 page of PDF, and a volunteer is refused", async () => {
    const url = `/api/campaigns/${campaignId}/analyses/${jobId}/report.pdf`;
    const res = await t.app.inject({ method: "GET", url, headers: { cookie } });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toMatch(/attachment; filename="rapport-analyse-.*\.pdf"/);
    expect(res.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(countPdfPages(res.rawPayload)).toBe(1);
    expect(res.rawPayload.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/); // A4 in points
    const volunteer = await t.userWithRole("militant@example.org", "volunteer", truth.territory);
    const denied = await t.app.inject({ method: "GET", url, headers: { cookie: volunteer } });
    expect(denied.statusCode).toBe(403);
    const unknown = await t.app.inject({
      method: "GET",
      url: `/api/campaigns/${campaignId}/analyses/00000000-0000-0000-0000-000000000000/report.pdf`,
      headers: { cookie },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("says the elections, données fictives, the matrix, the 10 priority bureaux, the back-test and how to read", async () => {
    const pdf = await renderAnalysisReport(t.handle.db, campaignId, jobId, { compress: false });
    // kept as a test artifact, to look at
    const out = path.resolve(import.meta.dirname, "../../../../test-results/report");
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, "rapport-demo.pdf"), pdf);
    expect(countPdfPages(pdf)).toBe(1);
    const text = extractPdfText(pdf);
    // pdfmake may break a line after a dash: the extraction then puts a space there
    const flat = text.replace(/\s+/g, " ").replace(/([–-]) /g, "$1");
    const job = (
      await t.app.inject({
        method: "GET",
        url: `/api/campaigns/${campaignId}/analyses/${jobId}`,
        headers: { cookie },
      })
    ).json();
    const result = job.result as TransferResult;
    expect(flat).toContain(result.from.label);
    expect(flat).toContain(result.to.label);
    expect(flat).toContain("Données fictives");
    expect(flat).toContain("Comment lire ces chiffres");
    expect(flat).toContain("Les 10 bureaux prioritaires");
    // the ten first-ranked bureaux in rank order, each with its gain per 100 doors as in the result
    const top = [...result.bureaux].sort((a, b) => a.rank - b.rank).slice(0, 10);
    let at = 0;
    for (const b of top) {
      const where = flat.indexOf(b.code, at);
      expect(where, `${b.code} after position ${at}`).toBeGreaterThan(at - 1);
      const gain = (b.gainPerDoor.value * 100).toFixed(1).replace(".", ",");
      expect(flat.slice(where, where + 120)).toContain(gain);
      at = where;
    }
    expect(flat).not.toContain(result.bureaux.find((b) => b.rank === 11)?.code ?? "none");
    // the matrix: the first row's estimate with its interval, in French percent
    const pct = (v: number) => `${Math.round(v * 100)} %`;
    const e = result.transfer;
    expect(flat).toContain(
      `${pct(e.estimate[0][0])} (${Math.round(e.lower[0][0] * 100)}–${Math.round(e.upper[0][0] * 100)})`,
    );
    if (result.backtest?.rho != null) {
      expect(flat).toContain(`corrélation de rang de ${result.backtest.rho.toFixed(2).replace(".", ",")}`);
    } else {
      expect(flat).toMatch(/élection antérieure à la première élection choisie|pas pu être calculée/);
    }
    expect(flat).toMatch(/Inférence écologique : lphom/);
    // the demo's transfers vary with the bureaux' make-up: the analysis says so, and so does the report
    expect(result.warningCodes.map((w) => w.code)).toContain("aggregation_bias");
    expect(flat).toContain("Biais d'agrégation probable (Goodman :");
    // no list within reach was chosen: the formula of persuasion says so
    expect(flat).not.toContain("listes proches :");
    expect(flat).toContain("(aucune liste proche choisie). Voix par porte = (7 % de la mobilisation");
  });

  it("names the lists within reach when the analysis chose some", async () => {
    const { job } = await requestAnalysis(t.handle.db, campaignId, {
      kind: "transfer",
      from: "leg2024t1",
      to: "mun2026t1",
      method: "lphom",
      side: { nuances: ["UG", "LUG"] },
      reach: { nuances: ["LECO"] },
    });
    await runPendingJobs(t.handle.db);
    const pdf = await renderAnalysisReport(t.handle.db, campaignId, job.id, { compress: false });
    const out = path.resolve(import.meta.dirname, "../../../../test-results/report");
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, "rapport-demo-listes-proches.pdf"), pdf);
    expect(countPdfPages(pdf)).toBe(1);
    const flat = extractPdfText(pdf)
      .replace(/\s+/g, " ")
      .replace(/([–-]) /g, "$1");
    const result = (
      await t.app.inject({
        method: "GET",
        url: `/api/campaigns/${campaignId}/analyses/${job.id}`,
        headers: { cookie },
      })
    ).json().result as TransferResult;
    // the demo's one ecologist list of the municipales, as the analysis counted it
    expect(result.reach?.to).toHaveLength(1);
    const col = result.labels.cols.find((c) => c.key === result.reach?.to[0]);
    expect(col).toMatchObject({ label: "KERBRENN ÉCOLOGIE", nuance: "LECO" });
    expect(flat).toMatch(/notre camp : (UG, LUG|LUG, UG) · listes proches : LECO · \d+ bureaux/);
    expect(flat).toContain(
      "plus les électeurs des listes proches (KERBRENN ÉCOLOGIE (LECO)) qui ne votaient pas pour nous.",
    );
  }, 120_000);

  it("gives the 20 IRIS of the demo with polygons and census figures that add up to the truth", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/campaigns/${campaignId}/iris`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const map = res.json();
    expect(map.type).toBe("FeatureCollection");
    expect(map.features).toHaveLength(20);
    for (const f of map.features) {
      expect(f.id).toMatch(/^\d{5}\d{4}$/);
      expect(["Polygon", "MultiPolygon"]).toContain(f.geometry.type);
      const [lon, lat] =
        f.geometry.type === "Polygon" ? f.geometry.coordinates[0][0] : f.geometry.coordinates[0][0][0];
      expect(Math.abs(lon)).toBeLessThan(10); // WGS84 over metropolitan France, not Lambert-93 metres
      expect(lat).toBeGreaterThan(41);
      expect(lat).toBeLessThan(52);
      const p = f.properties;
      for (const k of [
        "share65",
        "shareUnder25",
        "shareCadres",
        "shareOuvriers",
        "shareDiplomeSup",
        "shareHlm",
      ]) {
        if (p[k] !== null) {
          expect(p[k]).toBeGreaterThanOrEqual(0);
          expect(p[k]).toBeLessThanOrEqual(1);
        }
      }
      if (p.medianIncome !== null) {
        expect(p.medianIncome).toBeGreaterThan(5000);
        expect(p.medianIncome).toBeLessThan(80000);
      }
    }
    // against the generator's truth: the census counted on the residents of each bureau
    const census = Object.values(truth.bureauCensus);
    const total = (v: string) => census.reduce((s, c) => s + (c[v] ?? 0), 0);
    const pop = map.features.reduce(
      (s: number, f: { properties: { population: number } }) => s + f.properties.population,
      0,
    );
    expect(pop / total("P21_POP")).toBeCloseTo(1, 2);
    const aged = map.features.reduce(
      (s: number, f: { properties: { population: number; share65: number | null } }) =>
        s + (f.properties.share65 ?? 0) * f.properties.population,
      0,
    );
    expect(aged / pop).toBeCloseTo(total("P21_POP65P") / total("P21_POP"), 2);
  });
});
