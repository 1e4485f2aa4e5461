/** The part of fontkit (pdfkit's font engine, no types of its own) the report uses. */
declare module "fontkit" {
  export function openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
}
