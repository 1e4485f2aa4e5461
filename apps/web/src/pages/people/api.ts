import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type {
  ColumnMapping,
  ContactCard,
  ContactImportPreview,
  ContactImportResult,
  ContactListItem,
  DuplicatePair,
  ElectoralListRequest,
  ElectorCard,
  ElectorMatch,
  NewConsent,
  PersonHit,
  SegmentCount,
} from "../../api/types.ts";
import { criteriaOf, filterToQuery, type PeopleFilter } from "./filters.ts";

export const base = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}`;
const people = (campaignId: string) => `${base(campaignId)}/people`;
const contact = (campaignId: string, contactId: string) =>
  `${people(campaignId)}/contacts/${encodeURIComponent(contactId)}`;
const peopleKey = (campaignId: string) => ["people", campaignId] as const;

/** Search as you type over electors and contacts (names, street), up to 50 hits. */
export function useSearchPeople(campaignId: string, q: string) {
  const params = new URLSearchParams({ q: q.trim(), limit: "50" });
  return useQuery({
    queryKey: [...peopleKey(campaignId), "search", q.trim()],
    queryFn: () => api<PersonHit[]>(`${people(campaignId)}/search?${params}`),
    enabled: q.trim() !== "",
    placeholderData: keepPreviousData,
  });
}

/** A page of the contacts matching the filter, by name, with their total. */
export function useContacts(
  campaignId: string,
  filter: PeopleFilter,
  page: { limit: number; offset: number },
) {
  const params = filterToQuery(filter);
  params.set("limit", String(page.limit));
  params.set("offset", String(page.offset));
  return useQuery({
    queryKey: [...peopleKey(campaignId), "contacts", params.toString()],
    queryFn: () =>
      api<{ total: number; items: ContactListItem[] }>(`${people(campaignId)}/contacts?${params}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * How many persons the filter's criteria count (electors, plus contacts not linked to one);
 * for analysts a small group is hidden (count null, belowThreshold).
 */
export function useSegmentCount(campaignId: string, filter: PeopleFilter) {
  const criteria = criteriaOf(filter);
  return useQuery({
    queryKey: [...peopleKey(campaignId), "count", criteria],
    queryFn: () =>
      api<SegmentCount>(`${people(campaignId)}/segments/count`, {
        method: "POST",
        body: { criteria },
      }),
    placeholderData: keepPreviousData,
  });
}

/**
 * Downloads the contacts of the filter as CSV (UTF-8 with BOM, `;`, as a French Excel
 * expects); the server logs who exported what and how many rows.
 */
export async function downloadExport(
  campaignId: string,
  filter: PeopleFilter,
  fileName: string,
): Promise<void> {
  const response = await fetch(`${people(campaignId)}/exports`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ filter: criteriaOf(filter) }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

export function useTagContacts(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { contactIds: string[]; add: string[] }) =>
      api<{ contacts: number }>(`${people(campaignId)}/contacts/tags`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKey(campaignId) }),
  });
}

export function useContactCard(campaignId: string, contactId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKey(campaignId), "contact", contactId],
    queryFn: () => api<ContactCard>(contact(campaignId, contactId)),
    enabled,
  });
}

export function useElectorCard(campaignId: string, electorId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKey(campaignId), "elector", electorId],
    queryFn: () => api<ElectorCard>(`${people(campaignId)}/electors/${encodeURIComponent(electorId)}`),
    enabled,
  });
}

export function useRecordConsent(campaignId: string, contactId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewConsent) =>
      api(`${contact(campaignId, contactId)}/consents`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKey(campaignId) }),
  });
}

export function useElectorMatches(campaignId: string, contactId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKey(campaignId), "matches", contactId],
    queryFn: () => api<ElectorMatch[]>(`${contact(campaignId, contactId)}/elector-matches`),
    enabled,
  });
}

export function useLinkElector(campaignId: string, contactId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (electorId: string | null) =>
      api(`${contact(campaignId, contactId)}/elector`, { method: "PUT", body: { electorId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKey(campaignId) }),
  });
}

export function useDuplicates(campaignId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKey(campaignId), "duplicates"],
    queryFn: () => api<DuplicatePair[]>(`${people(campaignId)}/duplicates`),
    enabled,
  });
}

export function useMergeContacts(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { keptId: string; mergedId: string; take: string[] }) =>
      api(`${people(campaignId)}/merges`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKey(campaignId) }),
  });
}

/** Where the import wizard sends its file (multipart, field `file`): answers the preview. */
export const importUploadUrl = (campaignId: string) => `${people(campaignId)}/imports`;

export function previewImport(campaignId: string, importId: string, mapping: ColumnMapping) {
  return api<ContactImportPreview>(`${people(campaignId)}/imports/${encodeURIComponent(importId)}/preview`, {
    method: "POST",
    body: { mapping },
  });
}

export function confirmImport(
  campaignId: string,
  importId: string,
  body: { mapping: ColumnMapping; source: string },
) {
  return api<ContactImportResult>(`${people(campaignId)}/imports/${encodeURIComponent(importId)}/confirm`, {
    method: "POST",
    body,
  });
}

export const listRequestsKey = (campaignId: string) => ["list-requests", campaignId] as const;

export function useListRequests(campaignId: string) {
  return useQuery({
    queryKey: listRequestsKey(campaignId),
    queryFn: () => api<ElectoralListRequest[]>(`${base(campaignId)}/electoral-list-requests`),
  });
}

export function useRecordListRequest(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Pick<ElectoralListRequest, "authority" | "requestedOn" | "requester">) =>
      api<{ id: string }>(`${base(campaignId)}/electoral-list-requests`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: listRequestsKey(campaignId) }),
  });
}
