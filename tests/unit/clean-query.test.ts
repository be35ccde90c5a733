import { describe, expect, it } from "vitest";
import { cleanQuery } from "@/lib/clean-query";

describe("the address of a submitted filter form", () => {
  it("drops the empty fields and keeps the chosen ones, repeated ones included", () => {
    expect(cleanQuery({ q: "", area: ["energy", "water"], direction: "", oblast: "lviv", type: "", sort: "" })).toBe("area=energy&area=water&oblast=lviv");
  });

  it("is empty when nothing was chosen", () => {
    expect(cleanQuery({ q: "", sort: "" })).toBe("");
  });

  it("leaves an address without empty fields alone (null: no redirect)", () => {
    expect(cleanQuery({ area: "water", seeking: "1" })).toBeNull();
    expect(cleanQuery({})).toBeNull();
  });

  it("keeps what it cannot judge, such as text with spaces, as it was sent", () => {
    expect(cleanQuery({ q: "Bila Tserkva", lang: ["", "de"] })).toBe("q=Bila+Tserkva&lang=de");
  });
});
