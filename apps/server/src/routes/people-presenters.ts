import type {
  ConsentRow,
  ContactCard,
  ContactListItem,
  ContactRow,
  FieldSourceRow,
  MergeRow,
} from "@terrain/core";
import type { z } from "zod";
import type {
  consentOut,
  contactCardOut,
  contactListItemOut,
  contactOut,
  fieldSourceOut,
  mergeOut,
} from "./people-schemas.ts";

type Out<T extends z.ZodType> = z.infer<T>;

export function presentContact(c: ContactRow): Out<typeof contactOut> {
  return {
    id: c.id,
    electorId: c.electorId,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    mobile: c.mobile,
    streetNumber: c.streetNumber,
    streetLabel: c.streetLabel,
    complement: c.complement,
    postalCode: c.postalCode,
    city: c.city,
    doorId: c.doorId,
    bureauCode: c.bureauCode,
    irisCode: c.irisCode,
    birthYear: c.birthYear,
    sex: c.sex,
    notes: c.notes,
    opinions: (c.opinions as Out<typeof contactOut>["opinions"]) ?? null,
    externalId: c.externalId,
    doNotCall: c.doNotCall,
    doNotContact: c.doNotContact,
    mergedInto: c.mergedInto,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function presentConsent(c: ConsentRow): Out<typeof consentOut> {
  return {
    id: c.id,
    purpose: c.purpose,
    granted: c.granted,
    wordingVersion: c.wordingVersion,
    wording: c.wording,
    channel: c.channel,
    collectedBy: c.collectedBy,
    recordedAt: c.recordedAt.toISOString(),
    proof: c.proof,
  };
}

export function presentMerge(m: MergeRow): Out<typeof mergeOut> {
  return {
    id: m.id,
    keptId: m.keptId,
    mergedId: m.mergedId,
    mergedBy: m.mergedBy,
    mergedAt: m.mergedAt.toISOString(),
    snapshot: m.snapshot,
  };
}

function presentSource(s: FieldSourceRow): Out<typeof fieldSourceOut> {
  return {
    field: s.field,
    value: s.value,
    source: s.source,
    sourceRef: s.sourceRef,
    recordedAt: s.recordedAt.toISOString(),
    recordedBy: s.recordedBy,
  };
}

export function presentCard(card: ContactCard): Out<typeof contactCardOut> {
  const seen = new Set<string>();
  const current = card.consents.filter((c) => !seen.has(c.purpose) && seen.add(c.purpose));
  return {
    contact: presentContact(card.contact),
    tags: card.tags,
    history: card.history.map(presentSource),
    consents: card.consents.map(presentConsent),
    currentConsents: current.map(presentConsent),
    elector: card.elector,
    household: card.household,
    merges: card.merges.map(presentMerge),
  };
}

export function presentListItem(i: ContactListItem): Out<typeof contactListItemOut> {
  return { ...i, updatedAt: i.updatedAt.toISOString() };
}
