import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { permissionsDocument, reach } from "../../scripts/lib/permissions-doc";

describe("docs/permissions.md", () => {
  it("is what the code says (after changing permissions, `can` or the access inventory: npm run docs:permissions)", () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, "../../docs/permissions.md"), "utf8");
    expect(committed === permissionsDocument(), "docs/permissions.md is stale: run `npm run docs:permissions` and commit it").toBe(true);
  });

  it("reads each cell from `can`: who may say a profile is current, and on which profile", () => {
    expect(reach("MUNICIPALITY_EDITOR", "profile.confirm")).toBe("own municipality");
    expect(reach("EU_STAFF", "profile.confirm")).toBe("—");
    expect(reach("COORDINATOR", "profile.confirm")).toBe("—");
    expect(reach("ADMINISTRATOR", "profile.confirm")).toBe("—");
    expect(reach("COORDINATOR", "profile.edit")).toBe("✓");
    expect(reach("EU_STAFF", "contact.read")).toBe("own municipality, its partners");
    expect(reach(null, "account.deleteOwn")).toBe("own account");
    expect(reach("ADMINISTRATOR", "request.withdrawOwn")).toBe("own requests");
  });
});
