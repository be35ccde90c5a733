import { describe, expect, it } from "vitest";
import { CsvError, decodeCsv, parseCsv } from "@/lib/partnership-import/csv";
import { importDay, readHeader, readRow } from "@/lib/partnership-import/columns";

describe("the import's CSV", () => {
  it("reads quoted fields, doubled quotes and line breaks inside quotes, numbering records by the line they begin on", () => {
    const records = parseCsv('a,b\r\n"x, y","say ""hi"""\n\n"two\nlines",z\n');
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 4, fields: ["two\nlines", "z"] },
    ]);
  });

  it("takes semicolons when the header has them and no comma, as spreadsheets in many locales write", () => {
    expect(parseCsv("a;b\n1,5;2\n")[1]!.fields).toEqual(["1,5", "2"]);
  });

  it("refuses an unclosed quote with its line, a legacy code page, a binary file and an empty one", () => {
    expect(() => parseCsv('a,b\n"open,b\n')).toThrow(expect.objectContaining({ problem: "unclosedQuote", line: 2 }));
    expect(() => decodeCsv(new Uint8Array([0x61, 0x2c, 0xcb, 0xfc]))).toThrow(expect.objectContaining({ problem: "encoding" }));
    expect(() => decodeCsv(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]))).toThrow(CsvError);
    expect(() => decodeCsv(new Uint8Array())).toThrow(expect.objectContaining({ problem: "empty" }));
    expect(decodeCsv(new TextEncoder().encode("\uFEFFua_name\n"))).toBe("ua_name\n");
  });

  it("reads days as YYYY-MM-DD, YYYY-MM or YYYY, and only real ones", () => {
    expect(["2022-06-01", "2023-03", "2024", "2023-02-30", "22-1-1", "1900"].map(importDay)).toEqual([
      "2022-06-01",
      "2023-03-01",
      "2024-01-01",
      null,
      null,
      null,
    ]);
  });

  it("names the header's missing and unknown columns, and every problem of a line", () => {
    expect(readHeader({ line: 1, fields: ["Name", "country"] })).toEqual({
      problem: { missing: ["ua_katottg", "partner_name", "partner_country", "since"], unknown: ["name", "country"] },
    });
    const header = readHeader({ line: 1, fields: ["UA KATOTTG", "partner_name", "partner-country", "since", "stage"] });
    if (!("columns" in header)) throw new Error("header refused");
    expect(readRow({ line: 9, fields: ["UA123", "", "UA", "soon", "done"] }, header.columns)).toEqual({
      problems: [
        { code: "katottg", value: "UA123" },
        { code: "noPartner" },
        { code: "partnerIsUkrainian" },
        { code: "stage", value: "done" },
        { code: "since", value: "soon" },
      ],
    });
    expect(readRow({ line: 9, fields: ["UA46060250000025047", "Sindelfingen", "de", "2022", "Agreement signed"] }, header.columns)).toMatchObject({
      row: { line: 9, katottg: "UA46060250000025047", partnerCountry: "DE", since: "2022-01-01", stage: "AGREEMENT_SIGNED", areas: [] },
    });
  });
});
