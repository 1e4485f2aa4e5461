/**
 * Issue texts (`file:line:column: what is wrong`). The importer now writes them in French
 * with codes beside them (issueWords.ts words the codes); summaries stored before that are
 * in English, and these rules still say their known messages in French: the location is
 * split off and the message translated; an unknown message is shown as is rather than hidden.
 */

export interface FileIssue {
  file: string;
  line: number | null;
  column: string | null;
  message: string;
}

/** `name.csv:12:Voix 3: not a whole number: "abc"` → its parts (columns may be names with spaces). */
export function parseIssue(text: string): FileIssue {
  const match = /^(.+?):(\d+):([^:]+): (.*)$/s.exec(text);
  if (!match) return { file: "", line: null, column: null, message: text };
  return { file: match[1], line: Number(match[2]), column: match[3], message: match[4] };
}

const nothingOf: Record<string, string> = {
  bureau: "aucun bureau",
  IRIS: "aucun IRIS",
  contour: "aucun contour",
  "located address": "aucune adresse localisée",
};

type Rule = [RegExp, (...groups: string[]) => string];

const rules: Rule[] = [
  [/^not a whole number: "(.*)"$/s, (v) => `pas un nombre entier : « ${v} »`],
  [/^not a number: "(.*)"$/s, (v) => `pas un nombre : « ${v} »`],
  [/^missing column$/, () => "colonne absente"],
  [
    /^truncated line: (\d+) fields, (\d+) expected$/,
    (n, e) => `ligne tronquée : ${n} champs au lieu de ${e}`,
  ],
  [
    /^truncated line: the last candidate block has (\d+) of (\d+) fields$/,
    (n, w) => `ligne tronquée : le dernier bloc de candidat a ${n} champs sur ${w}`,
  ],
  [/^bureau (.+) already seen on line (\d+)$/, (b, l) => `bureau ${b} déjà présent ligne ${l}`],
  [/^IRIS (.+) already seen on line (\d+)$/, (c, l) => `IRIS ${c} déjà présent ligne ${l}`],
  [/^votants \((\d+)\) exceed inscrits \((\d+)\)$/, (v, i) => `plus de votants (${v}) que d'inscrits (${i})`],
  [
    /^exprimés \((\d+)\) \+ blancs \((\d+)\) \+ nuls \((\d+)\) = (\d+), not votants \((\d+)\)$/,
    (e, b, n, s, v) => `exprimés (${e}) + blancs (${b}) + nuls (${n}) = ${s}, au lieu des votants (${v})`,
  ],
  [
    /^candidate votes sum to (\d+), not exprimés \((\d+)\)$/,
    (s, e) => `les voix des candidats font ${s}, au lieu des exprimés (${e})`,
  ],
  [/^bureau (.+) has no inscrits \(empty row\?\)$/, (b) => `bureau ${b} sans inscrits (ligne vide ?)`],
  [
    /^candidate (.+) appears twice for bureau (.+)$/,
    (c, b) => `candidat ${c} présent deux fois pour le bureau ${b}`,
  ],
  [/^malformed CSV: (.*)$/s, (m) => `CSV mal formé : ${m}`],
  [
    /^no (bureau|IRIS|contour|located address) of territory (\S+) in this file$/,
    (what, t) => `${nothingOf[what] ?? what} du territoire ${t} dans ce fichier`,
  ],
  [/^not an IRIS code \(9 characters\): "(.*)"$/, (v) => `pas un code IRIS (9 caractères) : « ${v} »`],
  [/^not valid JSON: (.*)$/s, (m) => `JSON invalide : ${m}`],
  [/^feature (\d+) has no usable code$/, (n) => `l'objet ${n} n'a pas de code utilisable`],
  [/^feature (\d+) is not a Polygon or MultiPolygon$/, (n) => `l'objet ${n} n'est pas un polygone`],
  [/^not a GeoJSON FeatureCollection with features$/, () => "pas une FeatureCollection GeoJSON"],
  [/^layout not recognised$/, () => "format non reconnu"],
  [
    /^results layout not recognised/,
    () =>
      "format de résultats non reconnu (il a des inscrits, mais ni « Code du b.vote », ni « Code BV » + « Voix 1 », ni « maille »)",
  ],
  [
    /^election not recognised/,
    () =>
      "élection non reconnue : nommez le fichier d'après elle, par exemple leg2024_t1_….csv ou presid-2022-t2…",
  ],
  [
    /^a zip or Excel file/,
    () =>
      "fichier zip ou Excel : décompressez-le, ou prenez la version CSV de la table (l'Insee publie les deux)",
  ],
  [/^(\d+) bureaux have no contour: (.*)$/s, (n, codes) => `${n} bureaux sans contour : ${codes}`],
  [
    /^(\d+) contours match no bureau with results: (.*)$/s,
    (n, codes) => `${n} contours sans bureau dans les résultats : ${codes}`,
  ],
  [
    /^(\d+) bureaux of (\S+) were not in the campaign's bureau set \(new or re-cut bureaux\): (.*)$/s,
    (n, id, codes) => `${n} bureaux de ${id} n'étaient pas encore connus (nouveaux ou redécoupés) : ${codes}`,
  ],
  [/^(\d+) addresses without coordinates skipped$/, (n) => `${n} adresses sans coordonnées ignorées`],
  [
    /^no per-candidate file paired with this totals file: totals only$/,
    () => "aucun fichier des voix par candidat avec ce fichier de totaux : totaux seulement",
  ],
  [
    /^coordinates in Lambert-93 \(EPSG:2154\), reprojected to WGS84$/,
    () => "coordonnées en Lambert-93 (EPSG:2154), reprojetées en WGS84",
  ],
];

/** A message of the importer in French when it is a known one, else unchanged. */
export function frenchMessage(message: string): string {
  for (const [pattern, say] of rules) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}

/**
 * An error line as the page shows it: `fichier:ligne:colonne : message`, the message in
 * French when the interface is French.
 */
export function issueLine(text: string, french: boolean): string {
  const issue = parseIssue(text);
  const message = french ? frenchMessage(issue.message) : issue.message;
  if (issue.line === null) return message;
  return `${issue.file}:${issue.line}:${issue.column} : ${message}`;
}
