import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { detectEncoding, type EncodingGuess, readSample } from "./detect-encoding.ts";
import { detectSeparator, type Separator } from "./detect-separator.ts";

/** One record of a delimited file, with the line it starts on (1 = header). */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** A delimited file opened for streaming: its header and an iterator over the other rows. */
export interface CsvSource {
  header: string[];
  encoding: EncodingGuess;
  separator: Separator;
  rows: AsyncIterable<CsvRow>;
  /** Bytes of the file read so far and its size, for progress bars. */
  progress(): { bytes: number; size: number };
  /** Stops reading (when the caller gives up early). */
  close(): void;
}

/**
 * Raised when the file is not a delimited text at all: no separator, empty, or a parser
 * error (whose English message, csv-parse's, is kept as the detail of "malformed_csv").
 */
export class CsvShapeError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly code: "no_separator" | "empty_file" | "quote_not_closed" | "malformed_csv" = "malformed_csv",
  ) {
    super(message);
  }
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Opens a delimited text file as a stream: encoding guessed on a sample (BOM, strict UTF-8,
 * else chardet → windows-1252) and decoded by iconv-lite, separator guessed from the header
 * line, records parsed by csv-parse with quotes honoured and a ragged column count allowed
 * (layouts with repeating candidate blocks have more fields than header names; truncated
 * lines are reported by the format parsers, which know what they expect). Memory stays
 * bounded by csv-parse's buffer whatever the file size.
 */
export async function openCsv(path: string): Promise<CsvSource> {
  const sample = await readSample(path, 64 * 1024);
  const encoding = detectEncoding(sample);
  const text = iconv.decode(sample, encoding.encoding);
  const separator = detectSeparator(text);
  if (separator === null)
    throw new CsvShapeError("no field separator (; , tab |) in the first line", 1, "no_separator");
  const size = (await stat(path)).size;
  let bytes = 0;
  const file = createReadStream(path);
  file.on("data", (chunk) => {
    bytes += chunk.length;
  });
  const parser = parse({
    delimiter: separator,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    bom: true,
    trim: false,
  });
  file.pipe(iconv.decodeStream(encoding.encoding)).pipe(parser);
  const close = (): void => {
    file.destroy();
    parser.destroy();
  };
  const iterator = (parser as AsyncIterable<ParsedRecord>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    close();
    throw new CsvShapeError("empty file", 1, "empty_file");
  }
  const header = first.value.record.map((name) => name.replace(/^\uFEFF/, "").trim());
  async function* rows(): AsyncGenerator<CsvRow> {
    try {
      while (true) {
        const next = await iterator.next();
        if (next.done) return;
        yield { line: next.value.info.lines, fields: next.value.record };
      }
    } catch (error) {
      const line = (error as { lines?: number }).lines ?? 0;
      const quote = (error as { code?: string }).code === "CSV_QUOTE_NOT_CLOSED";
      throw new CsvShapeError((error as Error).message, line, quote ? "quote_not_closed" : "malformed_csv");
    } finally {
      close();
    }
  }
  return { header, encoding, separator, rows: rows(), progress: () => ({ bytes, size }), close };
}
