/**
 * The CSV of the partnership import (README, "Importing partnerships and members"): bytes to
 * text, text to records with the line each begins on. Pure: safe on both sides, unit-tested.
 */

/** The largest file the import reads: the network's whole history is a few hundred lines. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
/** Records past this are refused as a whole: one transaction of this many lines stays short. */
export const IMPORT_MAX_RECORDS = 2000;

export type CsvProblem = "empty" | "tooLarge" | "encoding" | "notCsv" | "unclosedQuote" | "tooManyLines";

export class CsvError extends Error {
  constructor(
    readonly problem: CsvProblem,
    readonly line?: number,
  ) {
    super(`csv: ${problem}${line ? ` at line ${line}` : ""}`);
    this.name = "CsvError";
  }
}

/**
 * UTF-8 text of an uploaded file, without its byte-order mark. Spreadsheets also save CSV in a
 * legacy code page (Windows-1251, -1252); decoded as UTF-8 such a file would turn "Львів" into
 * replacement characters that then match nothing, so it is refused with a message instead.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new CsvError("empty");
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new CsvError("tooLarge");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CsvError("encoding");
  }
  // A NUL never appears in text: this is a spreadsheet's binary file or an image, not CSV.
  if (text.includes("\u0000")) throw new CsvError("notCsv");
  return text.replace(/^\uFEFF/, "");
}

export type CsvRecord = { line: number; fields: string[] };

/**
 * RFC 4180 records: quoted fields may hold the delimiter, quotes ("") and line breaks. The
 * delimiter is the comma, or the semicolon when the header has semicolons and no comma (what
 * spreadsheets write in locales whose decimal mark is the comma). Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  if (text.trim() === "") throw new CsvError("empty");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== "") records.push({ line: recordLine, fields: fields.map((f) => f.trim()) });
    if (records.length > IMPORT_MAX_RECORDS + 1) throw new CsvError("tooManyLines");
    fields = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted && field.trim() === "") {
      quoted = true;
      fieldStarted = true;
      field = "";
    } else if (c === delimiter) {
      fields.push(field);
      field = "";
      fieldStarted = false;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
      if (c.trim() !== "") fieldStarted = true;
    }
  }
  if (quoted) throw new CsvError("unclosedQuote", recordLine);
  endRecord();
  return records;
}
