export { type ContactImportResult, confirmContactImport } from "./confirm-contact-import.ts";
export {
  type ColumnMapping,
  detectColumnMapping,
  type ImportField,
  importFields,
} from "./contact-columns.ts";
export type { ContactFilter } from "./contact-filter.ts";
export * from "./contact-types.ts";
export { type CreateContactInput, createContact } from "./create-contact.ts";
export type { ConsentRow } from "./current-consents.ts";
export { exportContacts } from "./export-contacts.ts";
export {
  type DuplicatePair,
  type DuplicateReason,
  findDuplicateContacts,
} from "./find-duplicate-contacts.ts";
export { foldText } from "./fold-text.ts";
export { type ContactCard, type FieldSourceRow, getContact, type MergeRow } from "./get-contact.ts";
export { getPeopleStats, MIN_PEOPLE_GROUP, type PeopleStats } from "./get-people-stats.ts";
export { linkContactElector } from "./link-contact-elector.ts";
export { listContactMerges } from "./list-contact-merges.ts";
export { type ContactListItem, listContacts } from "./list-contacts.ts";
export { type ExportLogEntry, listExportLog } from "./list-export-log.ts";
export type { MappedRow, RowIssue } from "./map-contact-row.ts";
export { mergeContacts } from "./merge-contacts.ts";
export { normalizeEmail } from "./normalize-email.ts";
export { normalizePhone } from "./normalize-phone.ts";
export { type ContactImportPreview, previewContactImport } from "./preview-contact-import.ts";
export { recordConsent } from "./record-consent.ts";
export type { SourceStamp } from "./record-field-sources.ts";
export { type Opinions, recordOpinions } from "./record-opinions.ts";
export { type PersonHit, searchPeople } from "./search-people.ts";
export { type ElectorMatch, suggestElectorMatches } from "./suggest-elector-matches.ts";
export { tagContacts } from "./tag-contacts.ts";
export { updateContact } from "./update-contact.ts";
export { MAX_CONTACT_FILE_BYTES, uploadContactFile } from "./upload-contact-file.ts";
