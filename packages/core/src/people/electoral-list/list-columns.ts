/** Folds a header name for matching: letters and digits only, lower case, no accents. */
export function foldHeader(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The fields Terrain reads from an electoral list, with the folded headers that hold them. */
export const LIST_FIELDS = {
  listType: ["libelledutypedeliste", "typeliste", "typedeliste", "libelletypeliste"],
  ugle: ["codedulugle", "codeugle", "codelugle"],
  departement: ["codedepartement"],
  commune: ["codecommune"],
  birthName: ["nomdenaissance"],
  usedName: ["nomdusage"],
  firstNames: ["prenoms", "prenom"],
  sex: ["sexe"],
  birthDate: ["datedenaissance"],
  streetNumber: ["numerodevoie", "numerovoie"],
  streetType: ["typevoie", "typedevoie"],
  streetLabel: ["libelledevoie", "libellevoie"],
  complement1: ["complement1", "complementdelocalisation1"],
  complement2: ["complement2", "complementdelocalisation2"],
  lieuDit: ["lieudit"],
  postalCode: ["codepostal"],
  city: ["commune", "villelocalite", "libellecommune"],
  bureau: ["codedubureaudevote", "nobureaudevote", "numerobureaudevote", "codebureaudevote"],
  order: ["numerodordredanslebureaudevote", "noelecteurgeneral", "numerodordre"],
} as const;

export type ListField = keyof typeof LIST_FIELDS;

/**
 * Columns recognised and never read: birthplace (commune, département, country) and
 * nationality are not stored (CNIL minimisation, Code pénal 226-19), nor what the bureau
 * code already says.
 */
const SKIPPED = new Set([
  "libelledelugle",
  "libelleugle",
  "codecommunedenaissance",
  "codedelacommunedenaissance",
  "libellecommunedenaissance",
  "libelledelacommunedenaissance",
  "codedepartementdenaissance",
  "codedudepartementdenaissance",
  "paysdenaissance",
  "libellepaysdenaissance",
  "libellenationalite",
  "identifiantnationalite",
  "codenationalite",
  "nationalite",
  "nomcomnaissance",
  "deptnaissance",
  "paysnaissance",
  "pays",
  "libelledubureaudevote",
  "nombureaudevote",
  "codecirconscriptionlegislativedubureaudevote",
  "libellecantondubureaudevote",
  "codecantondubureaudevote",
  "libellecirconscriptionmetropolitainedubureaudevote",
  "codecanton",
  "codecirconscription",
  "infoliste",
  "datecreationliste",
  "nomcommune",
]);

export type ListLayout = "reu" | "arrete2013";

/** The layout of an electoral list from its header, or null when it is not one. */
export function electoralListLayout(header: readonly string[]): ListLayout | null {
  const names = new Set(header.map(foldHeader));
  if (!names.has("nomdenaissance") || !(names.has("prenoms") || names.has("prenom"))) return null;
  if (names.has("typeliste") && names.has("noelecteurgeneral")) return "arrete2013";
  if (names.has("codedulugle") || names.has("libelledutypedeliste")) return "reu";
  return null;
}

/**
 * Where each field is in the header (-1 when absent), and the columns Terrain does not
 * understand (named in the error: an unknown column may hold what must not be stored).
 */
export function mapListColumns(header: readonly string[]): {
  at: Record<ListField, number>;
  unknown: string[];
} {
  const folded = header.map(foldHeader);
  const at = {} as Record<ListField, number>;
  const used = new Set<number>();
  for (const [field, names] of Object.entries(LIST_FIELDS) as [ListField, readonly string[]][]) {
    at[field] = folded.findIndex((f, i) => !used.has(i) && names.includes(f));
    if (at[field] >= 0) used.add(at[field]);
  }
  const unknown = header.filter((_h, i) => !used.has(i) && folded[i] !== "" && !SKIPPED.has(folded[i]));
  return { at, unknown };
}
