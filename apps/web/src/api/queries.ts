import { useQuery } from "@tanstack/react-query";
import { api, isApiError } from "./client.ts";
import type { CampaignStatus, Me, Member, MyInvitation, TeamInvitation } from "./types.ts";

/** The signed-in user and their campaigns; `null` when signed out (401). */
export function useMe() {
  return useQuery({
    queryKey: ["me"],
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api<Me>("/api/me");
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 30_000,
  });
}

/** Does the installation still wait for its first administrator? */
export function useSetupNeeded() {
  return useQuery({
    queryKey: ["setup"],
    queryFn: () => api<{ needed: boolean }>("/api/setup"),
    staleTime: 60_000,
  });
}

export function useCampaignStatus(campaignId: string) {
  return useQuery({
    queryKey: ["status", campaignId],
    queryFn: () => api<CampaignStatus>(`/api/campaigns/${encodeURIComponent(campaignId)}/status`),
  });
}

export function useMembers(campaignId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["members", campaignId],
    queryFn: () => api<Member[]>(`/api/campaigns/${encodeURIComponent(campaignId)}/members`),
    enabled,
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
}

/** The campaign's pending invitations (administrators and coordinators). */
export function useTeamInvitations(campaignId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["invitations", campaignId],
    queryFn: () => api<TeamInvitation[]>(`/api/campaigns/${encodeURIComponent(campaignId)}/invitations`),
    enabled,
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
}

/** The invitations waiting for the signed-in account. */
export function useMyInvitations(enabled: boolean) {
  return useQuery({
    queryKey: ["my-invitations"],
    queryFn: () => api<MyInvitation[]>("/api/invitations"),
    enabled,
    staleTime: 30_000,
  });
}
