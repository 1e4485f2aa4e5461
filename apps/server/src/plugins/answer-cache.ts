import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import { LRUCache } from "lru-cache";

/** A computed JSON answer, serialised and gzipped once, with its strong ETag (a hash of the bytes). */
export interface CachedAnswer {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

const gzipAsync = promisify(gzip);

type Build = () => Promise<unknown>;

/**
 * An in-process cache of computed JSON answers (the map, the bureau and IRIS cards), keyed by
 * what determines them: campaign, analysis, the campaign's data version and the parameters.
 * Callers read the data version before building, so an entry can only hold data at least as
 * new as its key says. Concurrent misses of one key build once (lru-cache's fetch); a failed
 * build is not kept. Bounded by the bytes held (`maxBytes`, default 64 MB), least recently
 * used first out. It sits behind the tenancy guard and the policy: routes authorise, then ask.
 */
export function createAnswerCache(maxBytes = 64 * 1024 * 1024) {
  const cache = new LRUCache<string, CachedAnswer, Build>({
    maxSize: maxBytes,
    sizeCalculation: (answer) => Math.max(1, answer.body.length + answer.gzipped.length),
    fetchMethod: async (_key, _stale, { context }) => {
      const body = Buffer.from(JSON.stringify(await context()));
      // compressed off the event loop (libuv's pool): a 1,000-bureau map is megabytes
      const gzipped = await gzipAsync(body);
      return { body, gzipped, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
    },
  });
  return {
    /** The answer under `key` (its parts, in order; undefined for an absent parameter), built when missing. */
    async get(key: (string | number | undefined)[], build: Build): Promise<CachedAnswer> {
      const id = JSON.stringify(key);
      const answer = await cache.fetch(id, { context: build });
      if (!answer) throw new Error(`answer cache: nothing built for ${id}`);
      return answer;
    },
  };
}

export type AnswerCache = ReturnType<typeof createAnswerCache>;

/** Whether an If-None-Match header names this ETag (a list, weak forms and * included). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/** Whether an Accept-Encoding header accepts gzip (not refused with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (!q || Number(q.slice(2)) > 0);
  });
}

/**
 * Answers with a cached JSON body (gzipped when the client accepts it), or 304 when the
 * browser already holds it. `private, no-cache`: only the browser keeps it (it is a member's
 * view), and it asks again each time, so a new import or analysis shows at once; the
 * revalidation costs a few bytes.
 */
export function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer) {
  reply
    .header("etag", answer.etag)
    .header("cache-control", "private, no-cache")
    .header("vary", "accept-encoding");
  if (matchesEtag(request.headers["if-none-match"], answer.etag)) return reply.code(304).send();
  reply.type("application/json; charset=utf-8");
  if (acceptsGzip(request.headers["accept-encoding"])) {
    return reply.header("content-encoding", "gzip").send(answer.gzipped);
  }
  return reply.send(answer.body);
}
