import { createRequire } from "node:module";
import path from "node:path";
import pdfmake from "pdfmake";
import type { Db } from "../db/db-type.ts";
import { loadReportData, type ReportData } from "./load-report-data.ts";
import { replaceMissingGlyphs } from "./replace-missing-glyphs.ts";
import { buildReportDocument } from "./report-document.ts";

/** pdfmake's own Roboto files, read from the installed package (no network, nothing copied). */
function robotoDir(): string {
  const pkg = createRequire(import.meta.url).resolve("pdfmake/package.json");
  return path.join(path.dirname(pkg), "fonts", "Roboto");
}

/** fontkit (pdfkit's font engine; it has no types of its own): the one call the report makes. */
const fontkit = createRequire(import.meta.url)("fontkit") as {
  openSync(file: string): { hasGlyphForCodePoint(codePoint: number): boolean };
};

let hasGlyph: ((cp: number) => boolean) | null = null;

/** Sets pdfmake's fonts once; answers whether both the regular and the bold face draw a code point. */
function setFonts(): (cp: number) => boolean {
  if (hasGlyph) return hasGlyph;
  const dir = robotoDir();
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(dir, "Roboto-Regular.ttf"),
      bold: path.join(dir, "Roboto-Medium.ttf"),
      italics: path.join(dir, "Roboto-Italic.ttf"),
      bolditalics: path.join(dir, "Roboto-MediumItalic.ttf"),
    },
  });
  // the report embeds nothing from outside: no URL, and no local file but the fonts
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(dir));
  const faces = ["Roboto-Regular.ttf", "Roboto-Medium.ttf"].map((f) => fontkit.openSync(path.join(dir, f)));
  hasGlyph = (cp) => faces.every((face) => face.hasGlyphForCodePoint(cp));
  return hasGlyph;
}

/**
 * The report's PDF from its data, laid out by pdfmake with its bundled Roboto. Characters
 * Roboto lacks (CJK, emoji) are drawn as `�` and listed in a warning line, never dropped.
 */
export async function renderReportPdf(
  data: ReportData,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const { value, missing } = replaceMissingGlyphs(data, setFonts());
  return pdfmake.createPdf(buildReportDocument({ ...value, missingGlyphs: missing }, options)).getBuffer();
}

/**
 * The one-page PDF report (A4, French) of a finished transfer analysis of the campaign.
 * `compress: false` leaves the content streams readable (tests extract the text).
 */
export async function renderAnalysisReport(
  db: Db,
  campaignId: string,
  jobId: string,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  return renderReportPdf(await loadReportData(db, campaignId, jobId), options);
}
