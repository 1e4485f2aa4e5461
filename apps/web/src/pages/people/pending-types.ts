// TEMPORARY: the shapes the people/crm routes are expected to answer, until `npm run gen:api`
// names them (then api/types.ts names the generated ones and this file goes).
export type Sex = "F" | "M";
export type ConsentPurpose = "news_email" | "sms" | "volunteering" | "invitations" | "opinions";
export type ContactSource = "door" | "form" | "meeting" | "import" | "manual";
export type ConsentChannel = ContactSource | "email";

export interface PersonHit {
  kind: "elector" | "contact";
  id: string;
  name: string;
  birthName: string | null;
  birthYear: number | null;
  address: string;
  bureauCode: string | null;
  electorId: string | null;
}

export interface ContactListItem {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  city: string | null;
  bureauCode: string | null;
  electorId: string | null;
  doNotContact: boolean;
  tags: string[];
  updatedAt: string;
}

export interface Contact {
  id: string;
  electorId: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  streetNumber: string | null;
  streetLabel: string | null;
  complement: string | null;
  postalCode: string | null;
  city: string | null;
  doorId: number | null;
  bureauCode: string | null;
  irisCode: string | null;
  birthYear: number | null;
  sex: Sex | null;
  notes: string | null;
  externalId: string | null;
  doNotCall: boolean;
  doNotContact: boolean;
  mergedInto: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FieldSource {
  id: number;
  field: string;
  source: ContactSource;
  sourceRef: string | null;
  recordedAt: string;
  recordedBy: string | null;
}

export interface Consent {
  id: number;
  purpose: ConsentPurpose;
  granted: boolean;
  wordingVersion: string;
  wording: string;
  channel: ConsentChannel;
  collectedBy: string;
  recordedAt: string;
  proof: unknown;
}

export interface ContactCard {
  contact: Contact;
  tags: string[];
  history: FieldSource[];
  consents: Consent[];
  elector: {
    id: string;
    firstNames: string;
    usedName: string | null;
    birthName: string;
    birthYear: number | null;
    bureauCode: string | null;
  } | null;
  household: { kind: "contact" | "elector"; id: string; name: string }[];
  merges: { id: number; keptId: string; mergedId: string; mergedBy: string | null; mergedAt: string }[];
}

export interface ElectorMatch {
  electorId: string;
  firstNames: string;
  usedName: string | null;
  birthName: string;
  birthYear: number | null;
  address: string;
  bureauCode: string | null;
  reasons: ("name" | "birth_year" | "address")[];
}

export type DuplicateReason = "name" | "email" | "phone" | "address";
export interface DuplicatePair {
  a: Contact;
  b: Contact;
  reasons: DuplicateReason[];
}

export interface MappedRow {
  line: number;
  fields: Record<string, string | number | boolean | null>;
  tags: string[];
  consents: { purpose: ConsentPurpose; granted: boolean; column: string; value: string }[];
  errors: { line: number; column?: string; message: string }[];
}

export interface ContactImportPreview {
  importId: string;
  fileName: string;
  header: string[];
  headerSignature: string;
  mapping: Record<string, string | null>;
  remembered: boolean;
  opinionColumns: string[];
  rows: number;
  sample: MappedRow[];
  errors: { line: number; column?: string; message: string; file: string }[];
  errorCount: number;
}

export interface ContactImportResult {
  importId: string;
  fileName: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}
