import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, createAnswerCache, matchesEtag } from "./answer-cache.ts";

describe("the answer cache", () => {
  it("builds an answer once for concurrent requests of one key, and again for another key", async () => {
    const cache = createAnswerCache();
    let builds = 0;
    const build = async () => {
      builds++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { n: builds };
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get(["map", "c1", 1], build)));
    expect(builds).toBe(1);
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1);
    expect(JSON.parse(answers[0].body.toString())).toEqual({ n: 1 });
    expect(JSON.parse(gunzipSync(answers[0].gzipped).toString())).toEqual({ n: 1 });
    const next = await cache.get(["map", "c1", 2], build);
    expect(builds).toBe(2);
    expect(next.etag).not.toBe(answers[0].etag);
  });

  it("keeps no failed build: the next request tries again", async () => {
    const cache = createAnswerCache();
    await expect(
      cache.get(["card", "c1"], async () => {
        throw new Error("Bureau introuvable");
      }),
    ).rejects.toThrow("Bureau introuvable");
    expect((await cache.get(["card", "c1"], async () => ({ ok: true }))).body.toString()).toBe('{"ok":true}');
  });

  it("keeps the parts of a key apart", async () => {
    const cache = createAnswerCache();
    const a = await cache.get(["card", "c", "a b", undefined], async () => "a b");
    const b = await cache.get(["card", "c", "a", "b"], async () => "a, b");
    expect(a.etag).not.toBe(b.etag);
  });

  it("reads If-None-Match and Accept-Encoding as browsers send them", () => {
    expect(matchesEtag('"x"', '"x"')).toBe(true);
    expect(matchesEtag('"y", W/"x"', '"x"')).toBe(true);
    expect(matchesEtag("*", '"x"')).toBe(true);
    expect(matchesEtag('"y"', '"x"')).toBe(false);
    expect(matchesEtag(undefined, '"x"')).toBe(false);
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1, gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
