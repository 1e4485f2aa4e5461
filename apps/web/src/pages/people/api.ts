import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { criteriaOf, filterToParams, type PeopleFilter } from "./filters.ts";
import type {
  Consent,
  ContactCard,
  ContactImportPreview,
  ContactImportResult,
  DuplicatePair,
  ElectoralListRequest,
  ElectorCard,
  ElectorMatch,
  PeoplePage,
} from "./pending-types.ts";

export const base = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}`;
const peopleKey = (campaignId: string) => ["people", campaignId] as const;

/** A page of the list (electors and contacts), with the counts of the whole filter. */
export function usePeople(campaignId: string, filter: PeopleFilter, page: { limit: number; offset: number }) {
  const params = filterToParams(filter);
  params.set("limit", String(page.limit));
  params.set("offset", String(page.offset));
  return useQuery({
    queryKey: [...peopleKey(campaignId), "list", params.toString()],
    queryFn: () => api<PeoplePage>(`${base(campaignId)}/people?${params}`),
    placeholderData: keepPreviousData,
  });
}

/** How many persons a filter counts (analysts: aggregates only, never a name). */
export function useSegmentCount(campaignId: string, filter: PeopleFilter) {
  const criteria = criteriaOf(filter);
  return useQuery({
    queryKey: [...peopleKey(campaignId), "count", criteria],
    queryFn: () =>
      api<{ count: number | null; belowThreshold: boolean }>(`${base(campaignId)}/people/segments/count`, {
        method: "POST",
        body: { criteria },
      }),
    placeholderData: keepPreviousData,
  });
}

/** The CSV export of the filter (UTF-8 with BOM, `;`), logged by the server. */
export function exportUrl(campaignId: string, filter: PeopleFilter): string {
  const params = filterToParams(filter);
  return `${base(campaignId)}/people.csv${params.size > 0 ? `?${params}` : ""}`;
}

export function useTagPeople(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { contactIds: string[]; electorIds: string[]; add: string[] }) =>
      api<{ tagged: number }>(`${base(campaignId)}/people/tags`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKey(campaignId) }),
  });
}

export function useContactCard(campaignId: string, contactId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKey(campaignId), "contact", contactId],
    queryFn: () => api<ContactCard>(`${base(campaignId)}/contacts/${encodeURIComponent(contactId)}`),
    enabled,
  });
}

export function useElectorCard(campaignId: string, electorId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKey(campaignId), "elector", electorId],
    queryFn: () => api<ElectorCard>(`${base(campaignId)}/electors/${encodeURIComponent(electorId)}`),
    enabled,
  });
}

export function useRecordConsent(campaignId: string, contactId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<Consent, "id" | "recordedAt" | "proof">) =>
      api<Consent>(`${base(campaignId)}/contacts/${encodeURIComponent(contactId)}/consents`, {
        method: "POST",
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKey(campaignId) }),
  });
}

export function useElectorMatches(campaignId: string, contactId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKey(campaignId), "matches", contactId],
    queryFn: () =>
      api<ElectorMatch[]>(`${base(campaignId)}/contacts/${encodeURIComponent(contactId)}/elector-matches`),
    enabled,
  });
}

export function useLinkElector(campaignId: string, contactId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (electorId: string | null) =>
      api(`${base(campaignId)}/contacts/${encodeURIComponent(contactId)}/elector`, {
        method: "PUT",
        body: { electorId },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKey(campaignId) }),
  });
}

export function useDuplicates(campaignId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKey(campaignId), "duplicates"],
    queryFn: () => api<DuplicatePair[]>(`${base(campaignId)}/contacts/duplicates`),
    enabled,
  });
}

export function useMergeContacts(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { keptId: string; mergedId: string; take: string[] }) =>
      api(`${base(campaignId)}/contacts/merges`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKey(campaignId) }),
  });
}

export function previewImport(campaignId: string, importId: string, mapping?: Record<string, string | null>) {
  return api<ContactImportPreview>(
    `${base(campaignId)}/contact-imports/${encodeURIComponent(importId)}/preview`,
    { method: "POST", body: mapping ? { mapping } : {} },
  );
}

export function confirmImport(
  campaignId: string,
  importId: string,
  body: { mapping: Record<string, string | null>; sourceLabel: string },
) {
  return api<ContactImportResult>(
    `${base(campaignId)}/contact-imports/${encodeURIComponent(importId)}/confirm`,
    { method: "POST", body },
  );
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
