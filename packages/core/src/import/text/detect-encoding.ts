import { open } from "node:fs/promises";
import chardet from "chardet";

/** The encodings the official files come in; iconv-lite names. */
export type TextEncoding = "utf-8" | "windows-1252";

export interface EncodingGuess {
  encoding: TextEncoding;
  bom: boolean;
}

const SAMPLE_BYTES = 256 * 1024;

/** Reads the first bytes of a file (enough to guess its encoding and layout). */
export async function readSample(path: string, bytes = SAMPLE_BYTES): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** True when the bytes decode as strict UTF-8 (a multi-byte sequence cut at the end is tolerated). */
function isUtf8(sample: Buffer): boolean {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let cut = 0; cut < 4 && cut <= sample.length; cut++) {
    try {
      decoder.decode(sample.subarray(0, sample.length - cut));
      return true;
    } catch {
      if (sample.length < SAMPLE_BYTES / 2) return false;
    }
  }
  return false;
}

/**
 * Guesses the encoding of an official file: a UTF-8 byte-order mark, else strict UTF-8
 * decoding of the sample, else chardet's statistical guess, where every single-byte
 * Western guess (ISO-8859-1, -15, windows-1252) maps to windows-1252, its superset.
 */
export function detectEncoding(sample: Buffer): EncodingGuess {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { encoding: "utf-8", bom: true };
  }
  if (isUtf8(sample)) return { encoding: "utf-8", bom: false };
  const guess = chardet.detect(sample);
  if (guess === "UTF-8") return { encoding: "utf-8", bom: false };
  return { encoding: "windows-1252", bom: false };
}
