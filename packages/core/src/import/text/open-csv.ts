import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { detectEncoding, type EncodingGuess, readSample } from "./detect-encoding.ts";
import { countOutsideQuotes, detectSeparator, type Separator } from "./detect-separator.ts";

/** Most columns a header may have (the widest official layout has a few hundred). */
export const MAX_COLUMNS = 2000;
/** Most characters one line (record) may have: a header of MAX_COLUMNS long names fits. */
export const MAX_LINE_CHARS = 1_000_000;
const SAMPLE_BYTES = 64 * 1024;

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
 * Raised when the file is not a delimited text at all: no separator, empty, a line or header
 * beyond the limits, or a parser error (whose English message, csv-parse's, is kept as the
 * detail of "malformed_csv").
 */
export class CsvShapeError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly code:
      | "no_separator"
      | "empty_file"
      | "quote_not_closed"
      | "malformed_csv"
      | "line_too_long"
      | "too_many_columns" = "malformed_csv",
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/**
 * The decoded start of the file, down to the end of its first line: the sample, or when the
 * sample is `full` and ends inside the first line, up to MAX_LINE_CHARS bytes. A first line
 * longer than that is refused here (line_too_long), before csv-parse sees it.
 */
async function headText(
  path: string,
  sample: Buffer,
  full: boolean,
  encoding: EncodingGuess,
): Promise<string> {
  const text = iconv.decode(sample, encoding.encoding);
  if (!full || /[\r\n]/.test(text)) return text;
  const more = iconv.decode(await readSample(path, MAX_LINE_CHARS + 1), encoding.encoding);
  if (!/[\r\n]/.test(more) && more.length > MAX_LINE_CHARS) {
    throw new CsvShapeError("line too long", 1, "line_too_long", { max: MAX_LINE_CHARS });
  }
  return more;
}

/** csv-parse's error as a CsvShapeError, at the line it stopped on. */
function shapeError(error: unknown): CsvShapeError {
  const { lines, code } = error as { lines?: number; code?: string };
  const line = lines ?? 0;
  if (code === "CSV_QUOTE_NOT_CLOSED")
    return new CsvShapeError((error as Error).message, line, "quote_not_closed");
  if (code === "CSV_MAX_RECORD_SIZE") {
    return new CsvShapeError((error as Error).message, line, "line_too_long", { max: MAX_LINE_CHARS });
  }
  return new CsvShapeError((error as Error).message, line);
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
 * bounded by csv-parse's buffer whatever the file size: a line over MAX_LINE_CHARS or a
 * header over MAX_COLUMNS is refused at once (a hostile one-line file is not worth seconds
 * of CPU). An empty file (or only blanks) is "empty_file".
 */
export async function openCsv(path: string): Promise<CsvSource> {
  const sample = await readSample(path, SAMPLE_BYTES);
  const encoding = detectEncoding(sample);
  const text = await headText(path, sample, sample.length === SAMPLE_BYTES, encoding);
  if (text.replace(/^\uFEFF/, "").trim() === "" && sample.length < SAMPLE_BYTES) {
    throw new CsvShapeError("empty file", 1, "empty_file");
  }
  const separator = detectSeparator(text);
  if (separator === null)
    throw new CsvShapeError("no field separator (; , tab |) in the first line", 1, "no_separator");
  // A header of too many columns is refused from its raw text: csv-parse takes seconds of
  // CPU on a line of a million fields.
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (countOutsideQuotes(firstLine, separator) + 1 > MAX_COLUMNS) {
    throw new CsvShapeError("too many columns", 1, "too_many_columns", { max: MAX_COLUMNS });
  }
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
    max_record_size: MAX_LINE_CHARS,
  });
  file.pipe(iconv.decodeStream(encoding.encoding)).pipe(parser);
  const close = (): void => {
    file.destroy();
    parser.destroy();
  };
  const iterator = (parser as AsyncIterable<ParsedRecord>)[Symbol.asyncIterator]();
  let first: IteratorResult<ParsedRecord>;
  try {
    first = await iterator.next();
  } catch (error) {
    close();
    throw shapeError(error);
  }
  if (first.done) {
    close();
    throw new CsvShapeError("empty file", 1, "empty_file");
  }
  if (first.value.record.length > MAX_COLUMNS) {
    close();
    throw new CsvShapeError("too many columns", 1, "too_many_columns", { max: MAX_COLUMNS });
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
      throw shapeError(error);
    } finally {
      close();
    }
  }
  return { header, encoding, separator, rows: rows(), progress: () => ({ bytes, size }), close };
}
