import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { importBundledRegister } from "@/server/register/bundled";
import { Forbidden, loadPrincipal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import {
  activeProgrammes,
  createProgramme,
  getProgrammeForEditing,
  listProgrammesForCoordinators,
  markProgrammeChecked,
  setProgrammeRetired,
  updateProgramme,
} from "@/server/funding/programmes";
import { evaluatePair, qualifying, type FundingPair } from "@/lib/funding/eligibility";
import { FUNDING_PROGRAMMES } from "@/lib/funding/programmes";
import { fromFundingProgramme } from "@/lib/funding/schema";
import { db, resetDatabase } from "../support/database";
import { restoreFirstFundingProgrammes } from "../support/funding";

let coordinator: string;
let administrator: string;
let staff: string;
let editor: string;
const as = async (id: string) => loadPrincipal(id);
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "allowed",
    (e: unknown) => (e instanceof Forbidden ? "forbidden" : e instanceof DomainError ? e.code : String(e)),
  );

// Rows as the migration left them, put back afterwards: other test files may read the programmes.
let original: Awaited<ReturnType<ReturnType<typeof db>["fundingProgramme"]["findMany"]>>;

async function person(email: string, role: "COORDINATOR" | "ADMINISTRATOR" | null, membership?: { slug: string; country: string }) {
  const user = await db().user.create({ data: { email, role } });
  if (membership) {
    const m =
      membership.country === "UA"
        ? await db().municipality.findUniqueOrThrow({ where: { slug: membership.slug } })
        : await db().municipality.create({
            data: { slug: membership.slug, nameEn: membership.slug, country: membership.country, languages: ["en"], status: "PUBLISHED" },
          });
    await db().membership.create({ data: { userId: user.id, municipalityId: m.id, status: "APPROVED" } });
  }
  return user.id;
}

/** A hromada of Volyn and a town of Podkarpackie: Interreg NEXT Poland–Ukraine fits them. */
const PAIR: FundingPair = {
  ukrainian: { regionSlug: "volyn", occupied: false, population: 20000 },
  partner: { country: "PL", regionName: "Podkarpackie", population: 30000 },
};

beforeAll(async () => {
  await resetDatabase();
  await restoreFirstFundingProgrammes();
  await importBundledRegister(inject("databaseUrl"));
  original = await db().fundingProgramme.findMany({ orderBy: { id: "asc" } });
  coordinator = await person("coordinator@network.example", "COORDINATOR");
  administrator = await person("admin@network.example", "ADMINISTRATOR");
  staff = await person("staff@rzeszow.example", null, { slug: "rzeszow-funding", country: "PL" });
  editor = await person("editor@lutsk.example", null, { slug: "lviv", country: "UA" });
});

afterAll(async () => {
  await db().fundingProgramme.deleteMany();
  await db().fundingProgramme.createMany({ data: original.map((row) => ({ ...row, texts: row.texts as object, rules: row.rules as object })) });
});

describe("funding programmes as data", () => {
  it("holds today's programmes after migrating, in their order, exactly as they were described in code", async () => {
    const programmes = await activeProgrammes();
    expect(programmes.map((p) => p.slug)).toEqual(FUNDING_PROGRAMMES.map((p) => p.slug));
    expect(programmes.map(fromFundingProgramme)).toEqual(FUNDING_PROGRAMMES.map(fromFundingProgramme));
    // The pair evaluation on the rows says what it said on the code.
    expect(qualifying(evaluatePair(PAIR, programmes)).map((r) => r.programme.slug)).toEqual(
      qualifying(evaluatePair(PAIR, FUNDING_PROGRAMMES)).map((r) => r.programme.slug),
    );
  });

  it("an edit changes what the pair evaluation and the funding page read, on the next read", async () => {
    expect(qualifying(evaluatePair(PAIR, await activeProgrammes())).map((r) => r.programme.slug)).toContain("interreg-next-poland-ukraine");
    const { data } = await getProgrammeForEditing(await as(coordinator), "interreg-next-poland-ukraine");
    // Podkarpackie leaves the programme area; the programme gets a new name.
    await updateProgramme(await as(coordinator), data.slug, {
      ...data,
      texts: { ...data.texts, name: { en: "Interreg NEXT PL–UA (edited)", uk: "Interreg NEXT ПЛ–УА (змінено)" } },
      rules: { ...data.rules, partnerRegions: { PL: ["podlask", "lubelsk"] } },
    });
    const after = await activeProgrammes();
    expect(after.find((p) => p.slug === "interreg-next-poland-ukraine")!.name.en).toBe("Interreg NEXT PL–UA (edited)");
    const verdict = evaluatePair(PAIR, after).find((r) => r.programme.slug === "interreg-next-poland-ukraine")!;
    expect(verdict.qualifies).toBe(false);
    expect(verdict.reasons).toContainEqual({ code: "partnerRegion", met: false, region: "Podkarpackie" });
    expect(await db().auditEvent.count({ where: { action: "funding.manage", outcome: "ALLOWED", objectId: "interreg-next-poland-ukraine" } })).toBe(1);
  });

  it("refuses bad input with the field and its message, and changes nothing", async () => {
    const { data } = await getProgrammeForEditing(await as(coordinator), "life");
    const before = await db().fundingProgramme.findUniqueOrThrow({ where: { slug: "life" } });
    const bad = { ...data, rules: { ...data.rules, minCountries: 9, minPartners: 3 } };
    const error = await updateProgramme(await as(coordinator), "life", bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("minCountries");
    expect(await outcome(updateProgramme(await as(coordinator), "life", { ...data, rules: { ...data.rules, ukrainianRegions: ["atlantis"] } }))).toBe(
      "ukrainianRegions",
    );
    expect(await outcome(createProgramme(await as(coordinator), { ...data }))).toBe("slugTaken");
    expect(await outcome(updateProgramme(await as(coordinator), "no-such-programme", data))).toBe("notFound");
    expect(await db().fundingProgramme.findUniqueOrThrow({ where: { slug: "life" } })).toEqual(before);
  });

  it("creates a programme, last in the catalogue, and the pair evaluation reads it", async () => {
    const { data } = await getProgrammeForEditing(await as(administrator), "cerv-town-twinning");
    await createProgramme(await as(administrator), {
      ...data,
      slug: "volyn-podkarpackie-fund",
      texts: { ...data.texts, name: { en: "Volyn–Podkarpackie fund", uk: "Фонд Волинь — Підкарпаття" } },
      deadlineKind: "rolling",
      deadlineLastKnown: null,
      rules: { ...data.rules, partnerCountries: ["PL"], ukrainianRegions: ["volyn"] },
    });
    const programmes = await activeProgrammes();
    expect(programmes.at(-1)!.slug).toBe("volyn-podkarpackie-fund");
    expect(qualifying(evaluatePair(PAIR, programmes)).map((r) => r.programme.slug)).toContain("volyn-podkarpackie-fund");
  });

  it("sets the last-checked date to today, and retiring hides a programme from the public list but keeps it", async () => {
    const { lastChecked } = await markProgrammeChecked(await as(coordinator), "life", new Date("2026-12-07T10:00:00Z"));
    expect(lastChecked).toBe("2026-12-07");
    expect((await activeProgrammes()).find((p) => p.slug === "life")!.lastChecked).toBe("2026-12-07");

    expect(await setProgrammeRetired(await as(coordinator), "life", true)).toEqual({ slug: "life", changed: true });
    expect(await setProgrammeRetired(await as(coordinator), "life", true)).toEqual({ slug: "life", changed: false });
    expect((await activeProgrammes()).map((p) => p.slug)).not.toContain("life");
    const listed = await listProgrammesForCoordinators(await as(coordinator));
    expect(listed.find((p) => p.slug === "life")).toMatchObject({ retired: true, lastChecked: "2026-12-07" });

    await setProgrammeRetired(await as(coordinator), "life", false);
    expect((await activeProgrammes()).map((p) => p.slug)).toContain("life");
    const changes = await db().auditEvent.findMany({ where: { action: "funding.manage", objectId: "life", outcome: "ALLOWED" }, orderBy: { id: "asc" } });
    expect(changes.map((e) => (e.detail as { change: string }).change)).toEqual(["checked", "retired", "restored"]);
  });

  it("refuses everyone but coordinators and administrators, on every function, audited, changing nothing", async () => {
    const { data } = await getProgrammeForEditing(await as(coordinator), "eu4health");
    const before = await db().fundingProgramme.findMany({ orderBy: { id: "asc" } });
    const refusedBefore = await db().auditEvent.count({ where: { action: "funding.manage", outcome: "REFUSED" } });
    for (const who of [await as(staff), await as(editor), null]) {
      expect(await outcome(listProgrammesForCoordinators(who))).toBe("forbidden");
      expect(await outcome(getProgrammeForEditing(who, "eu4health"))).toBe("forbidden");
      expect(await outcome(updateProgramme(who, "eu4health", { ...data, sourceUrl: "https://example.org/" }))).toBe("forbidden");
      expect(await outcome(createProgramme(who, { ...data, slug: "sneaked-in" }))).toBe("forbidden");
      expect(await outcome(markProgrammeChecked(who, "eu4health"))).toBe("forbidden");
      expect(await outcome(setProgrammeRetired(who, "eu4health", true))).toBe("forbidden");
    }
    expect(await db().fundingProgramme.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    const refusals = await db().auditEvent.findMany({ where: { action: "funding.manage", outcome: "REFUSED" }, orderBy: { id: "asc" } });
    expect(refusals.length - refusedBefore).toBe(18);
    // Refusals name who and which programme.
    expect(refusals.filter((r) => r.actorUserId === staff && r.objectType === "fundingProgramme" && r.objectId === "eu4health")).toHaveLength(4);
  });
});
