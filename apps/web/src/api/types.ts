/**
 * Names for the shapes of the Terrain API, all taken from the types generated from the
 * server's OpenAPI document (schema.d.ts, `npm run gen:api`): never write a shape here.
 * A new screen may add a name below or use components["schemas"][…] / paths[…] directly.
 */
import type { components, paths } from "./schema.d.ts";

type Schemas = components["schemas"];

// Accounts and campaigns
export type Role = Schemas["Role"];
export type CampaignSummary = Schemas["Campaign"];
export type Me = Schemas["Me"];
export type ElectionStatus = Schemas["ElectionStatus"];
export type CampaignStatus = Schemas["CampaignStatus"];
export type Member = Schemas["Member"];
export type TeamInvitation = Schemas["TeamInvitation"];
export type MyInvitation = Schemas["MyInvitation"];

// Imports (the Données page); ImportEvent is a line of the NDJSON answer of an upload.
export type ImportSummary = Schemas["ImportSummary"];
export type ImportIssue = Schemas["ImportIssue"];
export type ImportProgress = Schemas["ImportProgress"];
export type ImportEvent = Schemas["ImportEvent"];
export type ImportedFile = Schemas["ImportedFile"];

// Analyses, the map and the message matrix
export type Method = Schemas["AnalysisMethod"];
export type ElectionItem = Schemas["Election"];
export type Interval = Schemas["Interval"];
export type OptionLabel = Schemas["OptionLabel"];
export type EiOutputView = Schemas["EiOutput"];
export type BureauPriority = Schemas["BureauPriority"];
export type AnalysisWarning = Schemas["AnalysisWarning"];
export type TransferResult = Schemas["TransferResult"];
export type GroupResult = Schemas["GroupResult"];
export type AnalysisJob = Schemas["AnalysisJob"];
export type TransferRequest = Extract<Schemas["AnalysisRequestInput"], { kind: "transfer" }>;
export type GroupRequest = Extract<Schemas["AnalysisRequestInput"], { kind: "groups" }>;
export type BureauProperties = Schemas["BureauProperties"];
export type BureauFeature = Schemas["BureauFeature"];
export type BureauxMap = Schemas["BureauxMap"];
export type BureauDetail = Schemas["BureauDetail"];
export type IrisProperties = Schemas["IrisFigures"];
export type IrisMap = Schemas["IrisMap"];
export type IrisDetail = Schemas["IrisDetail"];
export type MessagePoint = Schemas["MessagePoint"];
export type MessageMatrix = Schemas["MessageMatrix"];

// People: the electoral list and its L.37 requests, electors' cards, segment counts.
export type ElectorCard = Schemas["ElectorCard"];
export type ElectoralListRequest =
  paths["/api/campaigns/{campaignId}/electoral-list-requests"]["get"]["responses"][200]["content"]["application/json"][number];
export type SegmentCount =
  paths["/api/campaigns/{campaignId}/people/segments/count"]["post"]["responses"][200]["content"]["application/json"];

// Contacts (the CRM): list, search, card, consents, elector link, duplicates, imports.
export type Sex = NonNullable<Schemas["Contact"]["sex"]>;
export type ConsentPurpose = Schemas["ConsentPurpose"];
export type ConsentChannel = Schemas["ConsentChannel"];
export type ContactSource = Schemas["ContactSource"];
export type Contact = Schemas["Contact"];
export type Consent = Schemas["Consent"];
export type NewConsent = Schemas["NewConsent"];
export type ContactCard = Schemas["ContactCard"];
export type ContactListItem = Schemas["ContactListItem"];
export type PersonHit = Schemas["PersonHit"];
export type ElectorMatch = Schemas["ElectorMatch"];
export type DuplicatePair = Schemas["DuplicatePair"];
export type ImportField = Schemas["ImportField"];
export type ColumnMapping = Schemas["ColumnMapping"];
export type ContactImportPreview = Schemas["ContactImportPreview"];
export type ContactImportResult = Schemas["ContactImportResult"];
