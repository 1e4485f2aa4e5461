import { describe, expect, it } from "vitest";
import { importShare, readEvents } from "./ndjson.ts";

describe("readEvents", () => {
  it("reads complete lines and keeps a partial last line for the next read", () => {
    const first =
      '{"type":"progress","file":"a.csv","index":0,"count":2,"bytes":10,"size":20,"rows":3}\n{"type":"do';
    const a = readEvents(first, 0);
    expect(a.events).toHaveLength(1);
    expect(a.events[0]).toMatchObject({ type: "progress", file: "a.csv", bytes: 10 });
    const full = `${first}ne","summaries":[]}\n`;
    const b = readEvents(full, a.next);
    expect(b.events).toEqual([{ type: "done", summaries: [] }]);
    expect(b.next).toBe(full.length);
  });

  it("skips blank and non-JSON lines", () => {
    const text = '\n<html>\n{"type":"error","message":"boom"}\n';
    expect(readEvents(text, 0).events).toEqual([{ type: "error", message: "boom" }]);
  });
});

describe("importShare", () => {
  it("counts the files before and the bytes read of the current one", () => {
    expect(importShare({ file: "b", index: 1, count: 2, bytes: 50, size: 100, rows: 0 })).toBe(0.75);
    expect(importShare({ file: "a", index: 0, count: 1, bytes: 100, size: 100, rows: 0 })).toBe(1);
    expect(importShare({ file: "a", index: 0, count: 0, bytes: 0, size: 0, rows: 0 })).toBe(0);
    expect(importShare({ file: "a", index: 0, count: 1, bytes: 5, size: 0, rows: 0 })).toBe(0);
  });
});
