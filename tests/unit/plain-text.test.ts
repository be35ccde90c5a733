import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/plain-text";

describe("cleanText", () => {
  it("removes control, invisible formatting and replacement characters, keeps line breaks, trims", () => {
    expect(cleanText("  Lviv\u0000\u0007 city\u200b\u202e\uFFFD \n second line\r\n ")).toBe("Lviv city \n second line");
  });

  it("keeps letters of every script, punctuation and emoji", () => {
    expect(cleanText("Львів – Sindelfingen: «партнерство» 🇺🇦")).toBe("Львів – Sindelfingen: «партнерство» 🇺🇦");
  });
});
