import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { setImmediate as nextTurn } from "node:timers/promises";
import { type ParsedElementInfo, Tokenizer, TokenParser, TokenType } from "@streamparser/json";
import type { ImportIssueCode, IssueParams } from "../import-messages.ts";

/**
 * Deepest nesting accepted: a MultiPolygon feature in a FeatureCollection is 8 levels
 * deep; properties may nest a little more. Deeper is refused before it is built.
 */
export const MAX_GEOJSON_DEPTH = 32;

/** Parsing time after which the reader lets the event loop run (other requests, health). */
const SLICE_MS = 10;

/** A GeoJSON file that cannot be read as a FeatureCollection: code, and the feature number where reading stopped. */
export class GeoJsonShapeError extends Error {
  constructor(
    readonly code: ImportIssueCode,
    readonly line: number,
    readonly params: IssueParams = {},
  ) {
    super(code);
  }
}

export interface FeatureStream {
  /** The root's `type` member (a FeatureCollection's is "FeatureCollection"). */
  rootType: unknown;
  /** Features seen (elements of the root's `features` array). */
  count: number;
}

/**
 * Streams the features of a GeoJSON FeatureCollection with @streamparser/json: each element
 * of the root's `features` array is handed to `onFeature` (with its 1-based number) as soon
 * as it is complete and then dropped, so memory holds one feature at a time, not the file.
 * Parsing runs in slices of about 10 ms between which the event loop turns, so the server
 * keeps answering while a large file is read. `onFeature` returning false stops reading.
 * Throws GeoJsonShapeError for invalid JSON (`invalid_json`) or nesting deeper than
 * MAX_GEOJSON_DEPTH (`geojson_too_deep`), at the feature being read.
 */
export async function streamFeatures(
  path: string,
  onFeature: (value: unknown, index: number) => boolean | undefined,
  onBytes?: (bytes: number, size: number, features: number) => void,
): Promise<FeatureStream> {
  const size = (await stat(path)).size;
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: ["$.type", "$.features.*"], keepStack: false });
  const queue: unknown[] = [];
  const result: FeatureStream = { rootType: undefined, count: 0 };
  let failure: GeoJsonShapeError | null = null;
  let depth = 0;
  const fail = (error: Error) => {
    failure ??=
      error instanceof GeoJsonShapeError
        ? error
        : new GeoJsonShapeError("invalid_json", result.count + queue.length + 1, { detail: error.message });
  };
  tokenizer.onError = fail;
  parser.onError = fail;
  tokenizer.onEnd = () => {
    if (!parser.isEnded) parser.end();
  };
  parser.onEnd = () => {
    if (!tokenizer.isEnded) tokenizer.end();
  };
  tokenizer.onToken = (token) => {
    if (token.token === TokenType.LEFT_BRACE || token.token === TokenType.LEFT_BRACKET) {
      depth++;
      if (depth > MAX_GEOJSON_DEPTH) {
        throw new GeoJsonShapeError("geojson_too_deep", result.count + queue.length + 1, {
          feature: result.count + queue.length + 1,
          max: MAX_GEOJSON_DEPTH,
        });
      }
    } else if (token.token === TokenType.RIGHT_BRACE || token.token === TokenType.RIGHT_BRACKET) depth--;
    parser.write(token);
  };
  parser.onValue = ({ value, key, stack }: ParsedElementInfo) => {
    if (stack.length === 1 && key === "type") result.rootType = value;
    else if (stack.length === 2 && typeof key === "number") queue.push(value);
  };
  const file = createReadStream(path);
  let bytes = 0;
  let slice = performance.now();
  try {
    for await (const chunk of file) {
      tokenizer.write(chunk as Buffer);
      if (failure) throw failure;
      for (const value of queue) {
        result.count++;
        if (onFeature(value, result.count) === false) return result;
      }
      queue.length = 0;
      bytes += (chunk as Buffer).length;
      onBytes?.(bytes, size, result.count);
      if (performance.now() - slice > SLICE_MS) {
        await nextTurn();
        slice = performance.now();
      }
    }
    if (!tokenizer.isEnded) tokenizer.end();
    if (failure) throw failure;
    return result;
  } finally {
    file.destroy();
  }
}
