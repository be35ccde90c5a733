import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "@/lib/client-address";

describe("clientAddressFrom", () => {
  it("without a trusted proxy, is the address that connected, whatever X-Forwarded-For claims", () => {
    for (let i = 0; i < 40; i++) expect(clientAddressFrom(`198.51.100.${i}`, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddressFrom(null, "::ffff:203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("behind one proxy, is what that proxy appended; what the client wrote before it is ignored", () => {
    expect(clientAddressFrom("1.2.3.4, 203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    expect(clientAddressFrom("203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    expect(clientAddressFrom("9.9.9.9, 203.0.113.7, 10.0.0.3", "10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("is nothing for what is no address", () => {
    expect(clientAddressFrom("' OR 1=1", null, 1)).toBeNull();
    expect(clientAddressFrom(null, null, 0)).toBeNull();
  });
});
