/**
 * A tiny text extraction for Terrain's own uncompressed PDFs (pdfmake → pdfkit, `compress:
 * false`), so that tests read what a report says without a PDF library. pdfkit writes text
 * with embedded fonts as hex glyph ids (`[<0012 0034> 10 <0056>] TJ`) and gives each font a
 * ToUnicode CMap made of `<start> <end> [<utf16> …]` ranges; this decodes exactly that.
 * Not a general PDF reader (no compressed streams, no other encodings).
 */
export function extractPdfText(pdf: Buffer | string): string {
  const src = typeof pdf === "string" ? pdf : pdf.toString("latin1");
  const objects = new Map<string, string>();
  for (const m of src.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1], m[2]);
  const hexToString = (hex: string) =>
    String.fromCharCode(...(hex.match(/[0-9a-fA-F]{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  const cmapOf = (ref: string): Map<number, string> => {
    const map = new Map<number, string>();
    const body = objects.get(ref) ?? "";
    for (const r of body.matchAll(/<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> \[([^\]]*)\]/g)) {
      const start = Number.parseInt(r[1], 16);
      [...r[3].matchAll(/<([0-9a-fA-F ]*)>/g)].forEach((e, k) => {
        map.set(start + k, hexToString(e[1].replace(/ /g, "")));
      });
    }
    return map;
  };
  // font resource name (/F1) → glyph id → text, through the Type0 font's ToUnicode
  const fonts = new Map<string, Map<number, string>>();
  for (const m of src.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const uni = (objects.get(m[2]) ?? "").match(/\/ToUnicode (\d+) 0 R/);
    if (uni && !fonts.has(m[1])) fonts.set(m[1], cmapOf(uni[1]));
  }
  const lines: string[] = [];
  for (const s of src.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let font: Map<number, string> | undefined;
    let y: string | null = null;
    for (const op of s[1].matchAll(
      /\/(F\d+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|\[([^\]]*)\] TJ/g,
    )) {
      if (op[1]) font = fonts.get(op[1]);
      else if (op[2] !== undefined) {
        if (op[2] !== y) lines.push("");
        y = op[2];
      } else if (op[3] !== undefined && font) {
        const f = font;
        const text = [...op[3].matchAll(/<([0-9a-fA-F]+)>/g)]
          .map((h) =>
            (h[1].match(/[0-9a-fA-F]{4}/g) ?? []).map((g) => f.get(Number.parseInt(g, 16)) ?? "").join(""),
          )
          .join("");
        if (lines.length === 0) lines.push("");
        lines[lines.length - 1] += ` ${text}`;
      }
    }
  }
  return lines
    .map((l) => l.replace(/[\s\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** The number of pages of a PDF (page objects, not the /Pages tree). */
export const countPdfPages = (pdf: Buffer): number =>
  (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length;
