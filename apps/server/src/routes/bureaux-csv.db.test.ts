import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runPendingJobs } from "@terrain/core/src/analysis/run-jobs.ts";
import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp } from "../test-app.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const brest = path.resolve(repoRoot, "../shared/data/fr/brest");
const T1 = path.join(brest, "results/leg2024_t1_circos29-02-03_official.csv");
const T2 = path.join(brest, "results/leg2024_t2_circos29-02-03_official.csv");
const CONTOURS = path.join(brest, "contours/brest_contours_codeBureauVote.geojson");
const hasData = [T1, T2, CONTOURS].every((f) => existsSync(f));
if (!hasData) console.warn(`skipping the bureaux.csv injection test: ${brest} is absent`);

/** Bureau names a hostile contours file could carry (OWASP's CSV injection examples). */
const HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1+2", "\r=1+2"];

function multipart(files: { name: string; bytes: Buffer }[]): { body: Buffer; type: string } {
  const boundary = "----terrain-csv-test";
  const parts = files.flatMap((f) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    f.bytes,
    Buffer.from("\r\n"),
  ]);
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

/** The cells of a `;` CSV (RFC 4180 quoting), every line. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ";") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe.skipIf(!hasData)(`bureaux.csv after importing hostile bureau names (${testDbKind()})`, () => {
  let t: TestApp;
  let cookie: string;
  let campaignId: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = await t.userWithRole("director@example.org", "admin", "29019");
    campaignId = (await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } })).json()
      .campaigns[0].id;
  });
  afterAll(async () => t?.close());

  it("writes no cell starting with = + - @ tab or CR", async () => {
    const geo = JSON.parse(readFileSync(CONTOURS, "utf8")) as {
      features: { properties: { llieu: string } }[];
    };
    for (const [i, label] of HOSTILE.entries()) geo.features[i].properties.llieu = label;
    const { body, type } = multipart([
      { name: path.basename(T1), bytes: readFileSync(T1) },
      { name: path.basename(T2), bytes: readFileSync(T2) },
      { name: "contours_hostiles.geojson", bytes: Buffer.from(JSON.stringify(geo)) },
    ]);
    const base = `/api/campaigns/${campaignId}`;
    const headers = { cookie, origin: baseUrl };
    const imported = await t.app.inject({
      method: "POST",
      url: `${base}/imports`,
      headers: { ...headers, "content-type": type },
      payload: body,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const asked = await t.app.inject({
      method: "POST",
      url: `${base}/analyses`,
      headers: { ...headers, "content-type": "application/json" },
      payload: {
        kind: "transfer",
        from: "leg2024t1",
        to: "leg2024t2",
        method: "lphom",
        side: { nuances: ["UG"] },
      },
    });
    expect(asked.statusCode, asked.body).toBe(202);
    expect(await runPendingJobs(t.handle.db)).toBe(1);
    const csv = await t.app.inject({
      method: "GET",
      url: `${base}/analyses/${asked.json().id}/bureaux.csv`,
      headers,
    });
    expect(csv.statusCode).toBe(200);
    const rows = parseCsv(csv.body.replace(/^\uFEFF/, ""));
    expect(rows).toHaveLength(105);
    const names = rows.map((r) => r[2]);
    // The reader trims names: a leading tab or CR goes, the = behind it is neutralised.
    for (const label of HOSTILE) expect(names).toContain(`'${label.trim()}`);
    for (const row of rows)
      for (const cell of row) expect(cell, JSON.stringify(row)).not.toMatch(/^[=+\-@\t\r]/);
  });
});
