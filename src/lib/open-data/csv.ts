/**
 * CSV that spreadsheets open correctly in every language and never execute: UTF-8 with a byte
 * order mark (Excel reads BOM-less files in the machine's legacy code page, which mangles
 * Cyrillic, Polish or Romanian letters), CRLF line ends and RFC 4180 quoting. A cell starting
 * with = + - @, a tab or a carriage return is read by spreadsheets as a formula (CSV injection,
 * OWASP): it is prefixed with an apostrophe, which they show as text and hide.
 */
export type CsvCell = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text: formula-guarded, then quoted when it holds a separator, a quote or a line end. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  // A number is a number: -3 must stay -3, not become text (numbers cannot carry a formula).
  else if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_BOM = "\uFEFF";

/** A whole file: the header row, then one row per record; starts with the BOM, every line ends in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(",") + "\r\n");
  return CSV_BOM + lines.join("");
}
