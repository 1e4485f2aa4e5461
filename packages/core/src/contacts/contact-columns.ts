import { foldText } from "./fold-text.ts";

/**
 * What a column of an imported contacts file can feed. `address` is a whole line ("12 bis rue
 * des Lilas") split into number and street; `consent_*` columns are opt-ins (oui/non,
 * true/false) recorded as consents with the file as proof; `do_not_call`/`do_not_contact`
 * are objections kept on the contact.
 */
export const importFields = [
  "external_id",
  "first_name",
  "last_name",
  "email",
  "phone",
  "mobile",
  "address",
  "street_number",
  "street_label",
  "complement",
  "postal_code",
  "city",
  "birth_year",
  "birth_date",
  "sex",
  "tags",
  "notes",
  "consent_news_email",
  "consent_sms",
  "consent_invitations",
  "consent_volunteering",
  "do_not_call",
  "do_not_contact",
] as const;

export type ImportField = (typeof importFields)[number];

/** Column → field (null: ignored), keyed by the header name as written in the file. */
export type ColumnMapping = Record<string, ImportField | null>;

/**
 * Header names recognised without asking: NationBuilder's people export (its standard
 * column names), Terrain's own export, and the French names campaigns use in spreadsheets.
 * Keys are folded (foldText), so "Téléphone", "telephone" and "TELEPHONE" are one.
 */
const KNOWN: Record<ImportField, readonly string[]> = {
  external_id: [
    "nationbuilder_id",
    "nationbuilder id",
    "id nationbuilder",
    "external_id",
    "identifiant externe",
  ],
  first_name: ["first_name", "prenom", "first name", "prenoms"],
  last_name: ["last_name", "nom", "nom de famille", "last name", "nom d usage"],
  email: ["email", "e mail", "courriel", "adresse e mail", "adresse email", "mail", "email1"],
  phone: ["phone_number", "phone", "telephone", "tel", "telephone fixe", "fixe", "work_phone_number"],
  mobile: ["mobile_number", "mobile", "portable", "telephone portable", "tel portable", "cell"],
  address: ["primary_address1", "address1", "adresse", "address", "adresse postale", "rue"],
  street_number: ["numero", "n", "numero de voie", "street_number"],
  street_label: ["voie", "libelle de voie", "street", "street_name", "nom de voie"],
  complement: ["primary_address2", "address2", "complement", "complement d adresse", "batiment"],
  postal_code: ["primary_zip", "zip", "code postal", "cp", "postal_code", "zip code"],
  city: ["primary_city", "city", "ville", "commune", "localite"],
  birth_year: ["annee de naissance", "birth_year", "annee naissance"],
  birth_date: ["born_at", "date de naissance", "birthdate", "birth_date", "date naissance"],
  sex: ["sex", "sexe", "genre", "gender"],
  tags: ["tag_list", "tags", "etiquettes", "etiquette", "mots cles"],
  notes: ["note", "notes", "commentaire", "commentaires", "remarques"],
  consent_news_email: [
    "email_opt_in",
    "consentement email",
    "accepte les emails",
    "newsletter",
    "consent_news_email",
  ],
  consent_sms: ["mobile_opt_in", "consentement sms", "accepte les sms", "sms", "consent_sms"],
  consent_invitations: ["consentement invitations", "accepte les invitations", "consent_invitations"],
  consent_volunteering: ["consentement benevolat", "consent_volunteering"],
  do_not_call: ["do_not_call", "ne pas appeler"],
  do_not_contact: ["do_not_contact", "ne pas contacter"],
};

const byFoldedName = new Map<string, ImportField>();
for (const field of importFields) {
  for (const name of KNOWN[field]) byFoldedName.set(foldText(name), field);
}

/**
 * The mapping guessed from a header: each column matched by its folded name, a field taken
 * once (the first column wins; a second one is ignored). Unknown columns are ignored.
 */
export function detectColumnMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ImportField>();
  for (const name of header) {
    const field = byFoldedName.get(foldText(name));
    if (field && !taken.has(field)) {
      mapping[name] = field;
      taken.add(field);
    } else mapping[name] = null;
  }
  return mapping;
}
