import { useSyncExternalStore } from "react";
import type { ImportEvent, ImportProgress, ImportSummary } from "../../api/types.ts";
import { importShare, readEvents } from "./ndjson.ts";

/** Where an upload stands: bytes sent, then the server's import, then the summaries. */
export type UploadState =
  | { phase: "idle" }
  | { phase: "sending"; files: string[]; sent: number; total: number }
  | { phase: "importing"; files: string[]; progress: ImportProgress | null; share: number }
  | { phase: "done"; summaries: ImportSummary[] }
  | { phase: "failed"; message: string | null; status: number };

const idle: UploadState = { phase: "idle" };
const states = new Map<string, UploadState>();
const listeners = new Set<() => void>();

function set(campaignId: string, state: UploadState): void {
  states.set(campaignId, state);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The upload of a campaign, kept outside the page: leaving the page and coming back shows
 * the same progress or result (the request goes on in the background).
 */
export function useUpload(campaignId: string): UploadState {
  return useSyncExternalStore(subscribe, () => uploadState(campaignId));
}

/** The upload of a campaign now (outside React). */
export function uploadState(campaignId: string): UploadState {
  return states.get(campaignId) ?? idle;
}

export function isBusy(state: UploadState): boolean {
  return state.phase === "sending" || state.phase === "importing";
}

function errorMessage(text: string, status: number): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: string }; message?: string };
    return body.error?.message ?? body.message ?? `HTTP ${status}`;
  } catch {
    return `HTTP ${status}`;
  }
}

/**
 * Sends the files in one multipart request with XMLHttpRequest (fetch reports no upload
 * progress), then follows the server's NDJSON import progress as it arrives.
 */
export function startUpload(campaignId: string, files: File[], onFinished: () => void): void {
  const names = files.map((f) => f.name);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  const xhr = new XMLHttpRequest();
  let read = 0;
  let result: UploadState | null = null;
  const onEvents = (events: ImportEvent[]) => {
    for (const event of events) {
      if (event.type === "progress")
        set(campaignId, { phase: "importing", files: names, progress: event, share: importShare(event) });
      else if (event.type === "done") result = { phase: "done", summaries: event.summaries };
      else result = { phase: "failed", message: event.message, status: 500 };
    }
  };
  const readMore = () => {
    if (xhr.status !== 200) return;
    const { events, next } = readEvents(xhr.responseText, read);
    read = next;
    onEvents(events);
  };
  xhr.open("POST", `/api/campaigns/${encodeURIComponent(campaignId)}/imports`);
  xhr.setRequestHeader("accept", "application/x-ndjson");
  xhr.upload.onprogress = (e) => {
    set(campaignId, {
      phase: "sending",
      files: names,
      sent: e.loaded,
      total: e.lengthComputable ? e.total : total,
    });
  };
  xhr.upload.onload = () => set(campaignId, { phase: "importing", files: names, progress: null, share: 0 });
  xhr.onprogress = readMore;
  xhr.onload = () => {
    readMore();
    if (xhr.status !== 200)
      result = { phase: "failed", message: errorMessage(xhr.responseText, xhr.status), status: xhr.status };
    set(campaignId, result ?? { phase: "failed", message: null, status: xhr.status });
    onFinished();
  };
  xhr.onerror = () => {
    set(campaignId, { phase: "failed", message: null, status: 0 });
    onFinished();
  };
  set(campaignId, { phase: "sending", files: names, sent: 0, total });
  xhr.send(form);
}

/** Forgets a finished upload's result (the "Importer d'autres fichiers" action). */
export function clearUpload(campaignId: string): void {
  set(campaignId, idle);
}
