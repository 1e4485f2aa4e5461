/**
 * What the importers say, as stable codes with parameters and their French sentence. The
 * summaries carry both: the French text (the command line prints it, the API returns it)
 * and the code with its parameters (the web app words it in its own language, from
 * "data.issue.<code>" in apps/web/src/i18n). Dashes in these codes are not allowed: they
 * are i18n keys.
 */
export type IssueParams = Record<string, string | number>;

const n = (v: string | number | undefined): string =>
  typeof v === "number" ? v.toLocaleString("fr-FR") : String(v ?? "");
/** A count and its noun, singular for 0 and 1 as in French. */
const count = (v: string | number | undefined, one: string, many: string): string =>
  `${n(v)} ${Number(v) >= 2 ? many : one}`;

/** French sentence of each code (no location: the collector prefixes `file:line:column: `). */
export const FRENCH_IMPORT_MESSAGES = {
  file_missing: () => "fichier introuvable",
  file_unreadable: (p: IssueParams) => `impossible de lire le fichier : ${p.detail}`,
  zip_or_excel: () =>
    "fichier zip ou Excel : décompressez-le, ou prenez la version CSV de la table (l'Insee publie les deux)",
  layout_not_recognised: () =>
    "format non reconnu : Terrain attend un fichier de résultats du ministère de l'Intérieur (ancien format .txt avec « Code du b.vote », format 2024 avec « Code BV » et « Voix 1 », ou les formats longs « maille;code;libelle;inscrits… » / « maille;code;label;nuance;voix »), une table IRIS de l'Insee (colonne « IRIS » ou « DCOMIRIS »), une table d'adresses du REU (« id_brut_bv_reu »), un fichier d'adresses BAN (« numero », « nom_voie », « lon », « lat »), une liste électorale (export du REU ou format de 2013) ou des contours GeoJSON",
  results_layout_not_recognised: () =>
    "format de résultats non reconnu : le fichier a des inscrits, mais ni « Code du b.vote », ni « Code BV » + « Voix 1 », ni « maille »",
  no_separator: () => "aucun séparateur de champs (; , tabulation |) sur la première ligne",
  empty_file: () => "fichier vide",
  file_too_large: (p: IssueParams) =>
    `fichier trop volumineux : ${n(p.size)} Mo, au plus ${n(p.max)} Mo pour ce type de fichier (réglage ${p.setting})`,
  too_many_columns: (p: IssueParams) => `trop de colonnes sur la ligne d'en-tête : plus de ${n(p.max)}`,
  line_too_long: (p: IssueParams) => `ligne trop longue : plus de ${n(p.max)} caractères`,
  quote_not_closed: () => "CSV mal formé : un guillemet ouvert n'est jamais refermé",
  malformed_csv: (p: IssueParams) => `CSV mal formé : ${p.detail}`,
  missing_column: () => "colonne absente",
  not_whole_number: (p: IssueParams) => `pas un nombre entier : « ${p.value} »`,
  not_number: (p: IssueParams) => `pas un nombre : « ${p.value} »`,
  not_coordinate: () => "pas une coordonnée",
  truncated_line: (p: IssueParams) => `ligne tronquée : ${n(p.fields)} champs au lieu de ${n(p.expected)}`,
  truncated_block: (p: IssueParams) =>
    `ligne tronquée : le dernier bloc de candidat a ${n(p.fields)} champs sur ${n(p.width)}`,
  bureau_seen: (p: IssueParams) => `bureau ${p.bureau} déjà présent ligne ${p.line}`,
  iris_seen: (p: IssueParams) => `IRIS ${p.iris} déjà présent ligne ${p.line}`,
  votants_exceed_inscrits: (p: IssueParams) =>
    `plus de votants (${p.votants}) que d'inscrits (${p.inscrits})`,
  votants_sum: (p: IssueParams) =>
    `exprimés (${p.exprimes}) + blancs (${p.blancs}) + nuls (${p.nuls}) = ${p.sum}, au lieu des votants (${p.votants})`,
  candidate_twice: (p: IssueParams) => `candidat ${p.candidate} présent deux fois pour le bureau ${p.bureau}`,
  election_not_recognised: () =>
    "élection non reconnue : nommez le fichier d'après elle, par exemple leg2024_t1_….csv ou presid-2022-t2…",
  city_export_needs_commune: () =>
    "un export de la ville n'a pas de code commune : importez-le dans la campagne d'une commune (--territory 29019)",
  candidates_without_totals: () =>
    "un fichier long des voix par candidat a besoin de son fichier de totaux (maille;code;libelle;inscrits;…) de la même élection, dans le même import",
  no_bureau_in_territory: (p: IssueParams) => `aucun bureau du territoire ${p.territory} dans ce fichier`,
  no_iris_in_territory: (p: IssueParams) => `aucun IRIS du territoire ${p.territory} dans ce fichier`,
  no_contour_in_territory: (p: IssueParams) => `aucun contour du territoire ${p.territory} dans ce fichier`,
  no_address_in_territory: (p: IssueParams) =>
    `aucune adresse localisée du territoire ${p.territory} dans ce fichier`,
  not_iris_code: (p: IssueParams) => `pas un code IRIS (9 caractères) : « ${p.value} »`,
  invalid_json: (p: IssueParams) => `JSON invalide : ${p.detail}`,
  not_feature_collection: () => "pas une FeatureCollection GeoJSON avec des objets",
  geojson_not_recognised: (p: IssueParams) =>
    `GeoJSON non reconnu : Terrain attend des contours de bureaux (${p.bureauKeys}) ou d'IRIS (${p.irisKeys})`,
  feature_not_object: (p: IssueParams) => `l'objet ${p.feature} n'est pas un objet GeoJSON (Feature)`,
  feature_no_geometry: (p: IssueParams) => `l'objet ${p.feature} n'a pas de géométrie`,
  feature_not_polygon: (p: IssueParams) => `l'objet ${p.feature} n'est pas un Polygon ni un MultiPolygon`,
  geometry_empty: (p: IssueParams) => `l'objet ${p.feature} n'a aucune coordonnée : ${p.path} est vide`,
  geometry_bad_nesting: (p: IssueParams) =>
    `les coordonnées de l'objet ${p.feature} ne sont pas imbriquées comme celles d'un ${p.type} (à ${p.path})`,
  coordinate_not_number: (p: IssueParams) =>
    `l'objet ${p.feature} a une coordonnée qui n'est pas un nombre fini (à ${p.path})`,
  ring_too_short: (p: IssueParams) =>
    `l'anneau ${p.path} de l'objet ${p.feature} a ${p.positions} positions : il en faut au moins 4, la dernière répétant la première`,
  ring_not_closed: (p: IssueParams) =>
    `l'anneau ${p.path} de l'objet ${p.feature} n'est pas fermé : sa dernière position doit répéter la première`,
  coordinate_out_of_range: (p: IssueParams) =>
    `la position [${p.x}, ${p.y}] de l'objet ${p.feature} (à ${p.path}) n'est ni en WGS84 (longitude de -180 à 180, latitude de -90 à 90) ni en Lambert-93 (x de -400 000 à 1 300 000, y de 6 000 000 à 7 300 000)`,
  coordinate_mixed_crs: (p: IssueParams) =>
    `la position [${p.x}, ${p.y}] de l'objet ${p.feature} (à ${p.path}) sort des plages du système de ses premières positions (${p.crs})`,
  geojson_too_deep: (p: IssueParams) =>
    `l'objet ${p.feature} est imbriqué trop profondément (plus de ${p.max} niveaux)`,
  feature_no_code: (p: IssueParams) => `l'objet ${p.feature} n'a pas de code utilisable`,
  electoral_list_needs_request: () =>
    "import refusé : la liste électorale ne peut être utilisée qu'au titre de l'article L.37 du code électoral ; enregistrez d'abord la demande faite à la mairie ou à la préfecture (autorité, date, demandeur)",
  unknown_column: (p: IssueParams) =>
    `colonne non comprise « ${p.value} » : Terrain ne lit une liste électorale que s'il en connaît chaque colonne`,
  not_birth_date: (p: IssueParams) => `pas une date de naissance (JJ/MM/AAAA) : « ${p.value} »`,
  not_sex: (p: IssueParams) => `sexe attendu M ou F : « ${p.value} »`,
  not_list_type: (p: IssueParams) => `type de liste non reconnu : « ${p.value} »`,
  missing_value: () => "valeur absente",
  no_elector_in_territory: (p: IssueParams) => `aucun électeur du territoire ${p.territory} dans ce fichier`,
  more_errors: (p: IssueParams) => `… et ${count(p.count, "autre erreur", "autres erreurs")}`,
  // warnings
  no_inscrits: (p: IssueParams) => `bureau ${p.bureau} sans inscrits (ligne vide ?)`,
  candidate_votes_sum: (p: IssueParams) =>
    `les voix des candidats font ${p.voix}, au lieu des exprimés (${p.exprimes})`,
  totals_only: () => "aucun fichier des voix par candidat avec ce fichier de totaux : totaux seulement",
  bureaux_added: (p: IssueParams) =>
    `${count(p.count, "bureau", "bureaux")} de ${p.election} ${Number(p.count) >= 2 ? "n'étaient" : "n'était"} pas encore ${Number(p.count) >= 2 ? "connus (nouveaux ou redécoupés)" : "connu (nouveau ou redécoupé)"} : ${p.codes}`,
  boundary_changed: (p: IssueParams) =>
    `contour modifié pour ${count(p.count, "bureau", "bureaux")} : ${p.codes}`,
  contours_without_bureau: (p: IssueParams) =>
    `${count(p.count, "contour", "contours")} sans bureau dans les résultats : ${p.codes}`,
  bureaux_without_contour: (p: IssueParams) =>
    `${count(p.count, "bureau", "bureaux")} sans contour : ${p.codes}`,
  addresses_without_coordinates: (p: IssueParams) =>
    `${count(p.count, "adresse sans coordonnées ignorée", "adresses sans coordonnées ignorées")}`,
  duplicate_order_number: (p: IssueParams) =>
    `numéro d'ordre ${p.value} en double dans le bureau ${p.bureau} (gardé : les listes réelles en ont)`,
  reprojected_lambert93: () => "coordonnées en Lambert-93 (EPSG:2154), reprojetées en WGS84",
} satisfies Record<string, (p: IssueParams) => string>;

export type ImportIssueCode = keyof typeof FRENCH_IMPORT_MESSAGES;

/** Every code, for the web's locale tests. */
export const IMPORT_ISSUE_CODES = Object.keys(FRENCH_IMPORT_MESSAGES) as ImportIssueCode[];

/** One error or warning of a file: a stable code, its parameters and, when it has one, its place. */
export interface ImportIssue {
  code: ImportIssueCode;
  params: IssueParams;
  file: string;
  line?: number;
  /** Header name, or 1-based position past the header. */
  column?: string | number;
}

/** The French sentence of a code with its parameters. */
export function frenchImportMessage(code: ImportIssueCode, params: IssueParams = {}): string {
  return FRENCH_IMPORT_MESSAGES[code](params);
}
