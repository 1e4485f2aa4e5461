import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type {
  AnalysisJob,
  BureauDetail,
  BureauxMap,
  ElectionItem,
  GroupRequest,
  IrisMap,
  MessageMatrix,
  MessagePoint,
  TransferRequest,
} from "../../api/types.ts";

const base = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}`;

export function useElections(campaignId: string) {
  return useQuery({
    queryKey: ["elections", campaignId],
    queryFn: () => api<ElectionItem[]>(`${base(campaignId)}/elections`),
  });
}

/** Bureau polygons with their figures, from the given analysis or the latest done one. */
export function useBureauxMap(campaignId: string, analysisId?: string | null) {
  const q = analysisId ? `?analysis=${encodeURIComponent(analysisId)}` : "";
  return useQuery({
    queryKey: ["bureaux-map", campaignId, analysisId ?? null],
    queryFn: () => api<BureauxMap>(`${base(campaignId)}/bureaux${q}`),
  });
}

export function useBureauDetail(campaignId: string, code: string | null, analysisId?: string | null) {
  const q = analysisId ? `?analysis=${encodeURIComponent(analysisId)}` : "";
  return useQuery({
    queryKey: ["bureau", campaignId, code, analysisId ?? null],
    queryFn: () => api<BureauDetail>(`${base(campaignId)}/bureaux/${encodeURIComponent(code ?? "")}${q}`),
    enabled: code !== null,
  });
}

/** A job, polled every second while it is queued or running (the page stays usable meanwhile). */
export function useAnalysisJob(campaignId: string, jobId: string | null) {
  return useQuery({
    queryKey: ["analysis", campaignId, jobId],
    queryFn: () => api<AnalysisJob>(`${base(campaignId)}/analyses/${encodeURIComponent(jobId ?? "")}`),
    enabled: jobId !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === "done" || status === "failed" ? false : 1000;
    },
  });
}

/** Asks for an analysis; the server answers at once with the stored result when it was asked before. */
export function useRequestAnalysis(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TransferRequest | GroupRequest) =>
      api<AnalysisJob>(`${base(campaignId)}/analyses`, { method: "POST", body }),
    onSuccess: (job) => client.setQueryData(["analysis", campaignId, job.id], job),
  });
}

export function useMessageMatrix(campaignId: string) {
  return useQuery({
    queryKey: ["message-matrix", campaignId],
    queryFn: () => api<MessageMatrix>(`${base(campaignId)}/message-matrix`),
  });
}

export function useSaveMessageMatrix(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (points: MessagePoint[]) =>
      api<MessageMatrix>(`${base(campaignId)}/message-matrix`, { method: "PUT", body: { points } }),
    onSuccess: (matrix) => client.setQueryData(["message-matrix", campaignId], matrix),
  });
}

/** The URL of the ranked bureaux CSV of a transfer analysis (UTF-8 BOM, `;`, decimal commas). */
export const bureauxCsvUrl = (campaignId: string, jobId: string) =>
  `${base(campaignId)}/analyses/${encodeURIComponent(jobId)}/bureaux.csv`;

/** The campaign's IRIS contours with census figures, fetched only when the IRIS layer is shown. */
export function useIrisMap(campaignId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["iris-map", campaignId],
    queryFn: () => api<IrisMap>(`${base(campaignId)}/iris`),
    enabled,
  });
}

/** The URL of the one-page PDF report of a transfer analysis. */
export const reportPdfUrl = (campaignId: string, jobId: string) =>
  `${base(campaignId)}/analyses/${encodeURIComponent(jobId)}/report.pdf`;
