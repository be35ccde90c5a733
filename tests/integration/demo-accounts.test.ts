import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/demo-accounts";
import { can, loadPrincipal } from "@/server/auth/principal";
import { municipalitySubject } from "@/server/auth/subjects";
import { seedDemo } from "../../prisma/seed/demo";
import { db, resetDatabase } from "../support/database";

describe("the demo accounts", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(db());
  }, 180_000);

  it("are seeded with fixed ids, one per role, with approved memberships", async () => {
    const users = await db().user.findMany({
      select: { id: true, email: true, role: true, memberships: { select: { status: true, municipality: { select: { slug: true } } } } },
      orderBy: { id: "asc" },
    });
    expect(users.map((u) => u.id)).toEqual(DEMO_ACCOUNTS.map((a) => a.id).sort());
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.id === account.id)!;
      expect(user.role).toBe(account.role);
      expect(user.memberships).toEqual(account.municipalitySlug ? [{ status: "APPROVED", municipality: { slug: account.municipalitySlug } }] : []);
    }
  });

  it("hold the roles the demo promises: the editor edits Lviv only, the staff member submits for Sindelfingen", async () => {
    const id = async (slug: string) => (await db().municipality.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    const lviv = (await municipalitySubject(await id("lviv")))!;
    const kyiv = (await municipalitySubject(await id("kyiv")))!;
    const sindelfingen = (await municipalitySubject(await id("sindelfingen")))!;
    const editor = await loadPrincipal("demo-editor-lviv");
    const staff = await loadPrincipal("demo-staff-sindelfingen");
    expect(editor?.memberships.map((m) => m.kind)).toEqual(["MUNICIPALITY_EDITOR"]);
    expect(can(editor, "profile.edit", lviv)).toBe(true);
    expect(can(editor, "profile.edit", kyiv)).toBe(false);
    expect(can(staff, "request.submit", sindelfingen)).toBe(true);
    // Lviv and Sindelfingen are partners: each side may read the other's contact person.
    expect(can(staff, "contact.read", lviv)).toBe(true);
    expect(can(await loadPrincipal("demo-coordinator"), "request.decide")).toBe(true);
  });
});
