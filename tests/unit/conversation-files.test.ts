import { describe, expect, it } from "vitest";
import { safeFileName, sniffFileKind } from "@/lib/conversations/file-type";
import { linkify } from "@/lib/conversations/linkify";
import { DOCM, DOCX, EXE, HTML, ODT, PDF, PLAIN_ZIP, PNG, XLSX, zip } from "../support/files";

describe("what a file is, by its content", () => {
  it("knows PDF, PNG and the office formats by their bytes and inner structure", () => {
    expect(sniffFileKind(PDF)?.contentType).toBe("application/pdf");
    expect(sniffFileKind(PNG)?.contentType).toBe("image/png");
    expect(sniffFileKind(DOCX)?.extension).toBe("docx");
    expect(sniffFileKind(XLSX)?.extension).toBe("xlsx");
    expect(sniffFileKind(ODT)?.extension).toBe("odt");
  });

  it("refuses programs, web pages, macro documents, plain archives and a template posing as a document", () => {
    expect(sniffFileKind(EXE)).toBeNull();
    expect(sniffFileKind(HTML)).toBeNull();
    expect(sniffFileKind(DOCM)).toBeNull();
    expect(sniffFileKind(PLAIN_ZIP)).toBeNull();
    expect(sniffFileKind(zip({ mimetype: "application/vnd.oasis.opendocument.text-template" }))).toBeNull();
    expect(sniffFileKind(new Uint8Array())).toBeNull();
  });

  it("keeps a name's last segment, without quotes or control characters, ending in the real type's extension", () => {
    const pdf = sniffFileKind(PDF)!;
    expect(safeFileName("C:\\Users\\anna\\Plan 2027.pdf", pdf)).toBe("Plan 2027.pdf");
    expect(safeFileName('../../evil"\r\n.html', pdf)).toBe("evil.pdf");
    expect(safeFileName("", pdf)).toBe("attachment.pdf");
  });
});

describe("links in a message", () => {
  it("makes http and https addresses links, without the sentence's closing punctuation", () => {
    expect(linkify("See https://example.org/plan. Or http://a.example/x_(1)!")).toEqual([
      { text: "See " },
      { text: "https://example.org/plan", href: "https://example.org/plan" },
      { text: ". Or " },
      { text: "http://a.example/x_(1)", href: "http://a.example/x_(1)" },
      { text: "!" },
    ]);
  });

  it("never makes a link of another scheme, and keeps markup as text", () => {
    const pieces = linkify('javascript:alert(1) <a href="x">y</a> data:text/html,hi');
    expect(pieces.every((p) => !("href" in p))).toBe(true);
    expect(pieces.map((p) => p.text).join("")).toBe('javascript:alert(1) <a href="x">y</a> data:text/html,hi');
  });
});
