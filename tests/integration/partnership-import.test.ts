// The partnership import (src/server/partnership-import): what a coordinator's CSV file does to
// the portal, on the register of hromadas, against a real Postgres.
import { inject, beforeAll, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { importPartnerships, ImportFileError } from "@/server/partnership-import/import";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import { networkMembers } from "@/server/network/members";
import { importBundledRegister } from "@/server/register/bundled";
import { addMembership, createUser } from "../support/accounts";
import { db, resetDatabase } from "../support/database";

const url = inject("databaseUrl");
let coordinator: Principal;
let administrator: Principal;
let editor: Principal;

const HEADER = "ua_katottg,ua_name,partner_name,partner_country,partner_region,partner_geonames_id,stage,since,areas,ua_member_since,partner_member_since";
const FILE = [
  HEADER,
  // 2: by code, with a partner already in the portal; both become members.
  "UA46060250000025047,Львів,Sindelfingen,DE,Baden-Württemberg,,agreement_signed,2022-06-01,reconstruction;energy,2022-05-01,2022-05-01",
  // 3–4: by name in Latin letters; the partner comes from the gazetteer; a quoted field spans two lines.
  ',Irpin,Vantaa,FI,"Uusimaa\n(Nyland)",,letter_of_intent,2023-03,education,,2023-01-15',
  // 5: a name two hromadas share.
  ",Дмитрівська,Lund,SE,,,,2023-01-01,,,",
  // 6: bad values.
  "UA46060250000025047,,Lund,SE,,,signed,2023-02-30,magic;energy,,",
  // 7: the same pair as line 3, spelt otherwise.
  ",Ірпінь,vantaa,fi,,,,2024,,,",
  // 8: a partner no gazetteer knows.
  ",Lviv,Qqqxzville,DE,,,,2024-01-01,,,",
  "",
].join("\r\n");

const dryRun = (p: Principal | null, text = FILE) => importPartnerships(p, { text }, "dryRun");
const apply = (p: Principal | null, text = FILE) => importPartnerships(p, { text }, "apply");

/** What an import can change: partnerships with their areas, municipalities, memberships of the network. */
async function portalState() {
  const partnerships = await db().partnership.findMany({
    select: {
      since: true,
      stage: true,
      ukrainianMunicipality: { select: { slug: true } },
      euMunicipality: { select: { slug: true } },
      areas: { select: { area: { select: { slug: true } } }, orderBy: { areaId: "asc" } },
    },
    orderBy: { id: "asc" },
  });
  const members = await db().municipality.findMany({
    where: { networkMemberSince: { not: null } },
    select: { slug: true, networkMemberSince: true },
    orderBy: { slug: "asc" },
  });
  return { partnerships, members, municipalities: await db().municipality.count() };
}

beforeAll(async () => {
  await resetDatabase();
  await importBundledRegister(url);
  const sindelfingen = await db().municipality.create({
    data: { slug: "sindelfingen", country: "DE", nameEn: "Sindelfingen", nameLocal: "Sindelfingen", status: "PUBLISHED", languages: ["de"] },
  });
  await refreshSearchIndex(db(), [sindelfingen.id]);
  coordinator = (await loadPrincipal(await createUser("coordinator@example.org", "COORDINATOR")))!;
  administrator = (await loadPrincipal(await createUser("admin@example.org", "ADMINISTRATOR")))!;
  const editorId = await createUser("editor@example.org");
  await addMembership(editorId, (await db().municipality.findUniqueOrThrow({ where: { katottg: "UA46060250000025047" } })).id);
  editor = (await loadPrincipal(editorId))!;
});

describe("importing partnerships and members from a CSV file", () => {
  it("is refused, audited, to anyone but coordinators and administrators, and changes nothing", async () => {
    const before = await portalState();
    await expect(apply(editor)).rejects.toBeInstanceOf(Forbidden);
    await expect(dryRun(null)).rejects.toBeInstanceOf(Forbidden);
    expect(await portalState()).toEqual(before);
    const refusals = await db().auditEvent.findMany({ where: { action: "partnership.import", outcome: "REFUSED" } });
    expect(refusals.map((r) => r.actorUserId)).toEqual([editor.userId, null]);
  });

  it("lists in a dry run, line by line with the file's line numbers, exactly what applying then does", async () => {
    const before = await portalState();
    const planned = await dryRun(coordinator);
    expect(await portalState()).toEqual(before);
    expect(planned.applied).toBe(false);
    expect(planned.lines.map((l) => [l.line, l.outcome])).toEqual([
      [2, "created"],
      [3, "created"],
      [5, "refused"],
      [6, "refused"],
      [7, "refused"],
      [8, "refused"],
    ]);
    expect(planned.summary).toEqual({ lines: 6, created: 2, matched: 0, refused: 4, municipalitiesCreated: 1, membershipsChanged: 3 });

    const applied = await apply(coordinator);
    expect(applied.applied).toBe(true);
    expect(applied.lines).toEqual(planned.lines);
    expect(applied.summary).toEqual(planned.summary);
    const after = await portalState();
    expect(after.partnerships).toEqual([
      expect.objectContaining({
        stage: "AGREEMENT_SIGNED",
        since: new Date("2022-06-01"),
        ukrainianMunicipality: { slug: "lviv" },
        euMunicipality: { slug: "sindelfingen" },
      }),
      expect.objectContaining({
        stage: "LETTER_OF_INTENT",
        since: new Date("2023-03-01"),
        ukrainianMunicipality: { slug: "irpin" },
        euMunicipality: { slug: "vantaa-fi" },
      }),
    ]);
    expect(after.partnerships[0]!.areas.map((a) => a.area.slug).sort()).toEqual(["energy", "reconstruction"]);
    expect(after.municipalities).toBe(before.municipalities + 1);
    const vantaa = await db().municipality.findUniqueOrThrow({ where: { slug: "vantaa-fi" } });
    expect(vantaa).toMatchObject({ country: "FI", nameEn: "Vantaa", status: "DRAFT", regionName: "Uusimaa\n(Nyland)" });
    expect(vantaa.population).toBeGreaterThan(100_000);
    const audit = await db().auditEvent.findMany({ where: { action: "partnership.import", outcome: "ALLOWED" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(coordinator.userId);
  });

  it("changes nothing when the same file is imported again: every line it created is matched", async () => {
    const once = await portalState();
    const again = await apply(administrator);
    expect(await portalState()).toEqual(once);
    expect(again.lines.map((l) => [l.line, l.outcome])).toEqual([
      [2, "matched"],
      [3, "matched"],
      [5, "refused"],
      [6, "refused"],
      [7, "refused"],
      [8, "refused"],
    ]);
    expect(again.summary).toMatchObject({ created: 0, municipalitiesCreated: 0, membershipsChanged: 0 });
    expect(again.lines[0]!.members.map((m) => m.change)).toEqual(["unchanged", "unchanged"]);
  });

  it("refuses bad lines with their line numbers and every reason", async () => {
    const { lines } = await dryRun(coordinator);
    const problems = (line: number) => lines.find((l) => l.line === line)!.problems.map((p) => p.code);
    expect(problems(6)).toEqual(["stage", "since", "area"]);
    expect(lines.find((l) => l.line === 6)!.problems).toContainEqual({ code: "area", value: "magic" });
    expect(problems(7)).toEqual(["duplicate"]);
    expect(lines.find((l) => l.line === 7)!.problems[0]).toEqual({ code: "duplicate", otherLine: 3 });
    expect(problems(8)).toEqual(["partnerNotFound"]);
  });

  it("refuses a name two hromadas share, naming the candidates and their codes", async () => {
    const { lines } = await dryRun(coordinator);
    const [problem] = lines.find((l) => l.line === 5)!.problems;
    expect(problem).toMatchObject({ code: "hromadaAmbiguous", value: "Дмитрівська" });
    const candidates = (problem as { candidates: { nameUk: string | null; code: string | null }[] }).candidates;
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    expect(candidates.every((c) => c.nameUk === "Дмитрівська громада")).toBe(true);
    expect(candidates.map((c) => c.code)).toContain("UA74040130000094076");
    // With the code, the same line is taken.
    const byCode = await dryRun(coordinator, `${HEADER}\nUA74040130000094076,Дмитрівська,Lund,SE,,,,2023-01-01,,,\n`);
    expect(byCode.lines[0]).toMatchObject({ outcome: "created", hromada: { slug: expect.stringContaining("dmytrivska"), by: "code" } });
  });

  it("refuses a file it cannot read as a whole, saying why", async () => {
    const cp1251 = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n,`), 0xcb, 0xfc, 0xe2, 0xb3, 0xe2]);
    await expect(importPartnerships(coordinator, { bytes: cp1251 }, "dryRun")).rejects.toMatchObject({ code: "encoding" });
    await expect(dryRun(coordinator, "name,country\nLviv,DE\n")).rejects.toSatisfy(
      (e) =>
        e instanceof ImportFileError &&
        e.code === "header" &&
        e.detail.missing === "ua_katottg, partner_name, partner_country, since" &&
        e.detail.unknown === "name, country",
    );
    await expect(dryRun(coordinator, `${HEADER}\n,"Lviv,Sindelfingen,DE\n`)).rejects.toMatchObject({ code: "unclosedQuote" });
    await expect(importPartnerships(coordinator, { bytes: new Uint8Array() }, "dryRun")).rejects.toMatchObject({ code: "empty" });
  });
});

describe("membership of the network", () => {
  it("lists the members by country, most members first, with the day each joined", async () => {
    const { total, countries } = await networkMembers();
    expect(total).toBe(3);
    expect(countries.map((c) => [c.country, c.members.map((m) => [m.slug, m.since])])).toEqual([
      ["DE", [["sindelfingen", "2022-05-01"]]],
      ["FI", [["vantaa-fi", "2023-01-15"]]],
      ["UA", [["lviv", "2022-05-01"]]],
    ]);
    // A hromada of the register has its page; a draft elsewhere has none to link to.
    expect(countries.find((c) => c.country === "UA")!.members[0]!.hasPage).toBe(true);
    expect(countries.find((c) => c.country === "FI")!.members[0]!.hasPage).toBe(false);
  });

  it("only ever moves a membership's date earlier, so the order of lines and files does not matter", async () => {
    const later = await apply(coordinator, `${HEADER}\nUA46060250000025047,,Sindelfingen,DE,,,,2022-06-01,,2024-01-01,2021-11-01\n`);
    expect(later.lines[0]!.members).toEqual([
      { side: "ua", since: "2022-05-01", change: "unchanged" },
      { side: "partner", since: "2021-11-01", change: "earlier" },
    ]);
    const { countries } = await networkMembers();
    expect(countries.find((c) => c.country === "DE")!.members[0]!.since).toBe("2021-11-01");
    expect(countries.find((c) => c.country === "UA")!.members[0]!.since).toBe("2022-05-01");
  });
});
