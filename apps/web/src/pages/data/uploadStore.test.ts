import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startUpload, uploadState } from "./uploadStore.ts";

/** A stand-in for the browser's XMLHttpRequest: the test plays the network's part. */
class FakeXhr {
  static last: FakeXhr;
  status = 0;
  responseText = "";
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: unknown = null;
  upload: { onprogress?: (e: ProgressEvent) => void; onload?: () => void } = {};
  onprogress?: () => void;
  onload?: () => void;
  onerror?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  /** The server answers 200 and streams these NDJSON lines. */
  stream(text: string) {
    this.status = 200;
    this.responseText += text;
    this.onprogress?.();
  }
}

const progressLine = (bytes: number) =>
  `${JSON.stringify({ type: "progress", file: "a.csv", index: 0, count: 2, bytes, size: 100, rows: 7 })}\n`;

describe("startUpload", () => {
  const original = globalThis.XMLHttpRequest;
  beforeEach(() => {
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    globalThis.XMLHttpRequest = original;
  });

  it("goes from bytes sent to the import's progress to the summaries", () => {
    let finished = 0;
    const file = new File(["x".repeat(300)], "a.csv");
    startUpload("c1", [file], () => finished++);
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe("POST");
    expect(xhr.url).toBe("/api/campaigns/c1/imports");
    expect(xhr.headers.accept).toBe("application/x-ndjson");
    expect((xhr.body as FormData).getAll("files")).toHaveLength(1);
    expect(uploadState("c1")).toEqual({ phase: "sending", files: ["a.csv"], sent: 0, total: 300 });

    xhr.upload.onprogress?.({ loaded: 150, total: 400, lengthComputable: true } as ProgressEvent);
    expect(uploadState("c1")).toMatchObject({ phase: "sending", sent: 150, total: 400 });
    xhr.upload.onload?.();
    expect(uploadState("c1")).toMatchObject({ phase: "importing", progress: null, share: 0 });

    // Half of the first of two files read: a quarter of the import; a partial line waits.
    xhr.stream(`${progressLine(50)}{"type":"do`);
    expect(uploadState("c1")).toMatchObject({ phase: "importing", share: 0.25, progress: { rows: 7 } });
    xhr.stream('ne","summaries":[]}\n');
    expect(uploadState("c1").phase).toBe("importing");
    xhr.onload?.();
    expect(uploadState("c1")).toEqual({ phase: "done", summaries: [] });
    expect(finished).toBe(1);
  });

  it("says the server's message when the request is refused", () => {
    startUpload("c2", [new File(["x"], "a.csv")], () => {});
    const xhr = FakeXhr.last;
    xhr.status = 403;
    xhr.responseText = JSON.stringify({ error: { code: "forbidden", message: "Accès refusé." } });
    xhr.onload?.();
    expect(uploadState("c2")).toEqual({ phase: "failed", message: "Accès refusé.", status: 403 });
  });

  it("reports an error line of the stream and a lost connection", () => {
    startUpload("c3", [new File(["x"], "a.csv")], () => {});
    const first = FakeXhr.last;
    first.stream('{"type":"error","message":"disque plein"}\n');
    first.onload?.();
    expect(uploadState("c3")).toMatchObject({ phase: "failed", message: "disque plein" });

    startUpload("c3", [new File(["x"], "a.csv")], () => {});
    FakeXhr.last.onerror?.();
    expect(uploadState("c3")).toEqual({ phase: "failed", message: null, status: 0 });
  });

  it("fails plainly when the answer ends without its last line", () => {
    startUpload("c4", [new File(["x"], "a.csv")], () => {});
    FakeXhr.last.stream(progressLine(100));
    FakeXhr.last.onload?.();
    expect(uploadState("c4")).toEqual({ phase: "failed", message: null, status: 200 });
  });
});
