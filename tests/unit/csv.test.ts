import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, toCsv } from "@/lib/open-data/csv";

describe("csv", () => {
  it("starts with a UTF-8 byte order mark and ends every line in CRLF", () => {
    const file = toCsv(
      ["name", "oblast"],
      [
        ["Львів", "Львівська"],
        ["Łódź", "—"],
      ],
    );
    expect(file.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(file, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file.slice(1).split("\r\n")).toEqual(["name,oblast", "Львів,Львівська", "Łódź,—", ""]);
    expect(file.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("quotes separators, quotes and line ends", () => {
    expect(csvCell('Sindelfingen, "Stadt"')).toBe('"Sindelfingen, ""Stadt"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it.each(['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])("guards a formula: %j", (text) => {
    const cell = csvCell(text);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${text}`);
  });

  it("leaves numbers, booleans and dates as values", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(1469)).toBe("1469");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(new Date(Date.UTC(2026, 11, 7)))).toBe("2026-12-07T00:00:00.000Z");
    expect(csvCell(Number.NaN)).toBe("");
  });
});
