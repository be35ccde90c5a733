import { describe, expect, it } from "vitest";
import { sessionCookie } from "@/lib/session-cookie";

describe("the session cookie", () => {
  it("is __Host- prefixed and Secure when the portal is served over https", () => {
    expect(sessionCookie("https://portal.cities4cities.eu")).toEqual({
      name: "__Host-authjs.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });

  it("keeps the plain name on http (a browser drops __Host- cookies that are not Secure)", () => {
    for (const url of ["http://localhost:3000", undefined]) {
      expect(sessionCookie(url)).toEqual({ name: "authjs.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
    }
  });
});
