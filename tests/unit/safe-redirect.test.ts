import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-redirect";

describe("the path to come back to after signing in", () => {
  it("keeps a path of the portal, with its query", () => {
    expect(safeCallbackPath("/en/municipalities/lviv/request")).toBe("/en/municipalities/lviv/request");
    expect(safeCallbackPath("/uk/account?notice=asked")).toBe("/uk/account?notice=asked");
  });

  it("refuses anything that could lead to another site or is not a portal page", () => {
    for (const value of [
      "https://evil.example/en",
      "//evil.example/en",
      "/\\evil.example/en",
      "\\\\evil.example",
      "/en/\nSet-Cookie",
      " /en/account",
      "javascript:alert(1)",
      "/ja/account",
      "en/account",
      "",
      null,
      ["/en/account"],
      "/" + "a".repeat(400),
    ]) {
      expect(safeCallbackPath(value), JSON.stringify(value)).toBeNull();
    }
  });
});
