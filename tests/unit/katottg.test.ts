import { describe, expect, it } from "vitest";
import { isKatottg, katottgProblem } from "@/lib/katottg";

describe("KATOTTG validation", () => {
  it("accepts real codes", () => {
    expect(isKatottg("UA46060250010015970")).toBe(true); // a settlement in Lviv oblast
    expect(isKatottg("UA80000000000093317")).toBe(true); // Kyiv
  });

  it("rejects a wrong shape", () => {
    for (const code of ["", "UA4606025001001597", "UA460602500100159700", "ua46060250010015970", "UA4606025001001597X", " UA46060250010015970"]) {
      expect(katottgProblem(code), code).toBe("format");
    }
  });

  it("rejects a region prefix that does not exist", () => {
    expect(katottgProblem("UA99060250010015970")).toBe("region");
    expect(katottgProblem("UA00060250010015970")).toBe("region");
  });
});
