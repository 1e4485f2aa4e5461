import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { frFile, hasFrData } from "../test-data.ts";
import { detectEncoding } from "./detect-encoding.ts";
import { detectSeparator } from "./detect-separator.ts";
import { openCsv } from "./open-csv.ts";

const dir = mkdtempSync(path.join(tmpdir(), "terrain-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TEXT = 'Libellé du département;Inscrits\r\nFinistère;911\r\n"Côtes-d\'Armor";"1 204"\r\n';

async function readAll(file: string) {
  const source = await openCsv(file);
  const rows = [];
  for await (const row of source.rows) rows.push(row);
  return { source, rows };
}

describe("reading delimited files", () => {
  it.each([
    ["utf-8", Buffer.from(TEXT, "utf8"), { encoding: "utf-8", bom: false }],
    [
      "utf-8 with BOM",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]),
      { encoding: "utf-8", bom: true },
    ],
    ["cp1252", iconv.encode(TEXT, "windows-1252"), { encoding: "windows-1252", bom: false }],
  ])("decodes %s and keeps line numbers", async (name, bytes, expected) => {
    const file = path.join(dir, `${name}.csv`);
    writeFileSync(file, bytes);
    expect(detectEncoding(bytes)).toEqual(expected);
    const { source, rows } = await readAll(file);
    expect(source.header).toEqual(["Libellé du département", "Inscrits"]);
    expect(rows).toEqual([
      { line: 2, fields: ["Finistère", "911"] },
      { line: 3, fields: ["Côtes-d'Armor", "1 204"] },
    ]);
  });

  it("guesses the separator outside quotes", () => {
    expect(detectSeparator('"a;b",c,d\n1,2,3')).toBe(",");
    expect(detectSeparator("a;b;c")).toBe(";");
    expect(detectSeparator("a\tb")).toBe("\t");
    expect(detectSeparator("abc")).toBeNull();
  });

  it.skipIf(!hasFrData)("reads the real cp1252 Ministry file", async () => {
    const { source, rows } = await readAll(
      frFile("brest/results/pres2022_t2_brest_ministry-layout_reconstructed.txt"),
    );
    expect(source.encoding.encoding).toBe("windows-1252");
    expect(source.header[0]).toBe("Code du département");
    expect(rows).toHaveLength(104);
    expect(rows[0].fields[5]).toBe("Brest");
  });
});
