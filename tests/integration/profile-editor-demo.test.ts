import { beforeAll, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/server/auth/principal";
import { getEditableProfile } from "@/server/municipalities/editor/editable";
import { validateProfile } from "@/lib/profile-schema";
import { seedDemo } from "../../prisma/seed/demo";
import { db, resetDatabase } from "../support/database";
import { createUser } from "../support/accounts";

let coordinator: string;

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  coordinator = await createUser("coordinator.check@example.org", "COORDINATOR");
}, 180_000);

describe("the demo dataset and the profile editor", () => {
  // An editor must be able to save their profile as it stands, without first repairing fields
  // the portal itself wrote; the validation is strict, so the demo data must meet it.
  // The hromadas of the register without a demo profile are left out: their editors fill them in.
  it("every Ukrainian demo profile opens in the editor with values that pass its validation", async () => {
    const principal = (await loadPrincipal(coordinator))!;
    const slugs = await db().municipality.findMany({
      where: { country: "UA", descriptionEn: { not: null } },
      select: { slug: true },
      orderBy: { slug: "asc" },
    });
    const failures: Record<string, unknown> = {};
    for (const { slug } of slugs) {
      const profile = await getEditableProfile(principal, slug);
      const result = validateProfile(profile.values);
      if (!result.ok) failures[slug] = result.fieldErrors;
    }
    expect(slugs.length).toBeGreaterThan(50);
    expect(failures).toEqual({});
  }, 120_000);
});
