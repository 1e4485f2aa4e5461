import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { detectFormat } from "../detect-format.ts";
import { frFile, hasFrData } from "../test-data.ts";
import { detectEncoding } from "./detect-encoding.ts";
import { detectSeparator } from "./detect-separator.ts";
import { CsvShapeError, MAX_COLUMNS, MAX_LINE_CHARS, openCsv } from "./open-csv.ts";

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

  async function shapeOf(name: string, bytes: string | Buffer) {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const error = await openCsv(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvShapeError);
    const { code, line, params } = error as CsvShapeError;
    return { code, line, params };
  }

  it("says an empty file (or one of blanks, or a lone byte-order mark) is empty, not that it has no separator", async () => {
    for (const [name, bytes] of [
      ["empty.csv", ""],
      ["blank.csv", "\r\n \n\t\n"],
      ["bom.csv", Buffer.from([0xef, 0xbb, 0xbf])],
    ] as const) {
      expect(await shapeOf(name, bytes), name).toEqual({ code: "empty_file", line: 1, params: {} });
    }
    const file = path.join(dir, "empty.txt");
    writeFileSync(file, "");
    expect(await detectFormat(file)).toMatchObject({ kind: "unknown", code: "empty_file", line: 1 });
  });

  it("refuses a header of more than 2,000 columns, or a first line over a million characters, before parsing it", async () => {
    const wide = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(";");
    expect(await shapeOf("wide.csv", `${wide}\n1;2\n`)).toEqual({
      code: "too_many_columns",
      line: 1,
      params: { max: MAX_COLUMNS },
    });
    // a million columns: refused from the raw text, not after csv-parse spent seconds on it
    const huge = ";".repeat(1_000_000);
    expect(await shapeOf("huge.csv", `a${huge}\n1;2\n`)).toEqual({
      code: "line_too_long",
      line: 1,
      params: { max: MAX_LINE_CHARS },
    });
    const long = `${"x".repeat(MAX_LINE_CHARS + 10)};y\n1;2\n`;
    expect(await shapeOf("long.csv", long)).toEqual({
      code: "line_too_long",
      line: 1,
      params: { max: MAX_LINE_CHARS },
    });
    const fine = Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`).join(";");
    const ok = path.join(dir, "fine.csv");
    writeFileSync(ok, `${fine}\n1;2\n`);
    const source = await openCsv(ok);
    expect(source.header).toHaveLength(MAX_COLUMNS);
    source.close();
  });

  it("refuses a data line over a million characters at its line", async () => {
    const file = path.join(dir, "long-row.csv");
    writeFileSync(file, `a;b\n1;2\n${"x".repeat(MAX_LINE_CHARS + 10)};3\n`);
    const source = await openCsv(file);
    const error = await (async () => {
      for await (const _ of source.rows);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvShapeError);
    expect(error).toMatchObject({ code: "line_too_long", params: { max: MAX_LINE_CHARS } });
    expect((error as CsvShapeError).line).toBeGreaterThanOrEqual(2);
  });
});
