import { beforeAll, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { exportOwnData } from "@/server/privacy/export";
import { COMPARE_LIMIT, compareShortlisted } from "@/server/shortlist/compare";
import { SHORTLIST_LIMIT, addToShortlist, listShortlist, removeFromShortlist } from "@/server/shortlist/shortlist";
import { db, resetDatabase } from "../support/database";
import { createCatalogueFixture, createEuMunicipality } from "../support/fixtures";

let staff: string;
let otherStaff: string;
let editor: string;
let coordinator: string;
let administrator: string;

async function person(email: string, municipalitySlug: string | null, role: "COORDINATOR" | "ADMINISTRATOR" | null = null) {
  const user = await db().user.create({ data: { email, role } });
  if (municipalitySlug) {
    const m = await db().municipality.findUniqueOrThrow({ where: { slug: municipalitySlug } });
    await db().membership.create({ data: { userId: user.id, municipalityId: m.id, status: "APPROVED" } });
  }
  return user.id;
}
const as = (id: string) => loadPrincipal(id);
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "allowed",
    (e: unknown) => (e instanceof Forbidden ? "forbidden" : e instanceof DomainError ? e.code : String(e)),
  );

beforeAll(async () => {
  await resetDatabase();
  await createCatalogueFixture();
  await createEuMunicipality("uppsala", "Uppsala", "SE");
  await createEuMunicipality("lille", "Lille", "FR");
  staff = await person("staff@uppsala.example", "uppsala");
  otherStaff = await person("staff@lille.example", "lille");
  editor = await person("editor@lviv.example", "lviv");
  coordinator = await person("coordinator@network.example", null, "COORDINATOR");
  administrator = await person("admin@network.example", null, "ADMINISTRATOR");
});

describe("an EU staff member's shortlist", () => {
  it("keeps published hromadas, once each, newest first, and takes them off again", async () => {
    await addToShortlist(await as(staff), "lviv");
    await addToShortlist(await as(staff), "kharkiv");
    await addToShortlist(await as(staff), "lviv");
    expect((await listShortlist(await as(staff))).map((h) => h.slug)).toEqual(["kharkiv", "lviv"]);
    await removeFromShortlist(await as(staff), "kharkiv");
    expect((await listShortlist(await as(staff))).map((h) => h.slug)).toEqual(["lviv"]);
  });

  it("is each person's own: another staff member's list is separate", async () => {
    await addToShortlist(await as(otherStaff), "stryi");
    expect((await listShortlist(await as(otherStaff))).map((h) => h.slug)).toEqual(["stryi"]);
    expect((await listShortlist(await as(staff))).map((h) => h.slug)).toEqual(["lviv"]);
    // Taking off a hromada of someone else's list touches only one's own.
    await removeFromShortlist(await as(staff), "stryi");
    expect((await listShortlist(await as(otherStaff))).map((h) => h.slug)).toEqual(["stryi"]);
  });

  it("takes only published Ukrainian profiles", async () => {
    for (const slug of ["draft-town", "lille", "no-such-place"]) expect(await outcome(addToShortlist(await as(staff), slug))).toBe("notFound");
    expect((await listShortlist(await as(staff))).map((h) => h.slug)).toEqual(["lviv"]);
  });

  it("is refused to everyone but EU staff, audited, and stores nothing", async () => {
    const before = await db().shortlistEntry.count();
    const refusedBefore = await db().auditEvent.count({ where: { action: "shortlist.keepOwn", outcome: "REFUSED" } });
    const people = [null, await as(editor), await as(coordinator), await as(administrator)];
    for (const who of people) {
      expect(await outcome(addToShortlist(who, "lviv"))).toBe("forbidden");
      expect(await outcome(listShortlist(who))).toBe("forbidden");
      expect(await outcome(compareShortlisted(who, ["lviv", "stryi"]))).toBe("forbidden");
    }
    expect(await db().shortlistEntry.count()).toBe(before);
    expect(await db().auditEvent.count({ where: { action: "shortlist.keepOwn", outcome: "REFUSED" } })).toBe(refusedBefore + 3 * people.length);
  });

  it(`stops at ${SHORTLIST_LIMIT} hromadas, with a reason`, async () => {
    const me = await person("busy@uppsala.example", "uppsala");
    const region = await db().region.findUniqueOrThrow({ where: { slug: "volyn" } });
    await db().municipality.createMany({
      data: Array.from({ length: SHORTLIST_LIMIT }, (_, i) => ({
        slug: `many-${i}`,
        country: "UA",
        katottg: `UA${region.katottgPrefix}${String(900000 + i).padStart(15, "0")}`,
        nameEn: `Many ${i}`,
        regionId: region.id,
        status: "PUBLISHED" as const,
        languages: ["uk"],
      })),
    });
    for (let i = 0; i < SHORTLIST_LIMIT; i++) await addToShortlist(await as(me), `many-${i}`);
    expect(await outcome(addToShortlist(await as(me), "lviv"))).toBe("full");
    // Adding one already there is no addition.
    expect(await outcome(addToShortlist(await as(me), "many-0"))).toBe("allowed");
    expect(await db().shortlistEntry.count({ where: { userId: me } })).toBe(SHORTLIST_LIMIT);
  });
});

describe("comparing", () => {
  it(`shows up to ${COMPARE_LIMIT} of one's own shortlist, in the order asked, with their public facts`, async () => {
    for (const slug of ["stryi", "chuhuiv", "znamianka", "bila-tserkva", "kharkiv"]) await addToShortlist(await as(staff), slug);
    const { hromadas, leftOut } = await compareShortlisted(await as(staff), ["kharkiv", "lviv", "stryi", "chuhuiv", "znamianka", "bila-tserkva"]);
    expect(hromadas.map((h) => h.slug)).toEqual(["kharkiv", "lviv", "stryi", "chuhuiv"]);
    expect(leftOut).toBe(2);
    const kharkiv = hromadas[0]!;
    expect(kharkiv).toMatchObject({ population: 1_430_000, regionSlug: "kharkiv", needs: ["reconstruction", "energy", "water"], seeksPartners: true });
  });

  it("leaves out a hromada that is not on one's own list, however its slug was found", async () => {
    const { hromadas } = await compareShortlisted(await as(otherStaff), ["lviv", "stryi", "kharkiv"]);
    expect(hromadas.map((h) => h.slug)).toEqual(["stryi"]);
  });
});

describe("personal data", () => {
  it("is in the person's data export, and goes with their account", async () => {
    const data = await exportOwnData(await as(otherStaff));
    expect(data.shortlist.map((e) => e.municipality.slug)).toEqual(["stryi"]);
    await db().user.delete({ where: { id: otherStaff } });
    expect(await db().shortlistEntry.count({ where: { userId: otherStaff } })).toBe(0);
  });
});
