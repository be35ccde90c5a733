import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/plain-text";

describe("cleanText", () => {
  it("removes control, invisible formatting and replacement characters, keeps line breaks, trims", () => {
    expect(cleanText("  Lviv\u0000\u0007 city\u200b\u202e\uFFFD \n second line\r\n ")).toBe("Lviv city \n second line");
  });

  it("keeps letters of every script, punctuation and emoji", () => {
    expect(cleanText("Львів – Sindelfingen: «партнерство» 🇺🇦")).toBe("Львів – Sindelfingen: «партнерство» 🇺🇦");
  });

  it("keeps zero-width joiners and non-joiners between characters (composed emoji, scripts that need them)", () => {
    const family = "👨\u200D👩\u200D👧";
    const coder = "👩\u200D💻";
    const persian = "می\u200Cخواهم";
    expect(cleanText(`Team ${family} ${coder} ${persian}`)).toBe(`Team ${family} ${coder} ${persian}`);
  });

  it("drops joiners that join nothing, and the controls that can disguise text", () => {
    expect(cleanText("\u200DLviv \u200D\u200Ccity\u200D")).toBe("Lviv city");
    expect(cleanText("a\u200D\u200Db")).toBe("ab");
    expect(cleanText("pay\u202Egnp.exe\u2066x\u2069\u200B\u2060\uFEFF")).toBe("paygnp.exex");
  });
});
