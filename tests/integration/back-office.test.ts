import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { listMunicipalities } from "@/server/back-office/list";
import { getManagedMunicipality } from "@/server/back-office/detail";
import { createMunicipality } from "@/server/back-office/create";
import { updateMunicipality } from "@/server/back-office/update";
import { unpublishMunicipality } from "@/server/back-office/unpublish";
import { setConflictStatus } from "@/server/back-office/conflict-status";
import { mergeMunicipalities, previewMerge } from "@/server/back-office/merge";
import { grantNetworkRole, listNetworkRoles, revokeNetworkRole } from "@/server/accounts/network-roles";
import { suggestPartners } from "@/server/matching/suggestions";
import { createSchema, updateSchema } from "@/lib/back-office/forms";
import { db, resetDatabase } from "../support/database";
import { addMembership, createUser } from "../support/accounts";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { fingerprint } from "../support/address-scan";

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "done",
    (e: unknown) => (e instanceof Forbidden ? "forbidden" : e instanceof DomainError ? e.code : `unexpected: ${String(e)}`),
  );
const principal = async (id: string) => (await loadPrincipal(id)) as Principal;
const updateFields = (slug: string, fields: Record<string, string>) => ({
  slug,
  nameEn: "",
  nameUk: "",
  nameLocal: "",
  regionName: "",
  raionEn: "",
  raionUk: "",
  hromadaType: "",
  population: "",
  website: "",
  ...fields,
});
const update = (slug: string, fields: Record<string, string>) => updateSchema.parse(updateFields(slug, fields));

let coordinator: Principal;
let administrator: Principal;
let ids: { old: number; successor: number; lviv: number; goteborg: number; uppsala: number };

beforeEach(async () => {
  await resetDatabase();
  coordinator = await principal(await createUser("coordinator@network.example", "COORDINATOR"));
  administrator = await principal(await createUser("admin@network.example", "ADMINISTRATOR"));
  ids = {
    old: await createHromada({
      slug: "staryi-sambir",
      nameEn: "Staryi Sambir",
      nameUk: "Старий Самбір",
      region: "lviv",
      population: 30000,
      needs: ["water"],
      offers: ["culture"],
    }),
    successor: await createHromada({ slug: "sambir", nameEn: "Sambir", nameUk: "Самбір", region: "lviv", population: 40000, status: "DRAFT", seeking: false }),
    lviv: await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 720000, needs: ["water"] }),
    goteborg: await createEuMunicipality("goteborg", "Gothenburg", "SE"),
    uppsala: await createEuMunicipality("uppsala", "Uppsala", "SE"),
  };
  // The successor holds no profile of its own: texts, areas and contact are the register's nothing.
  await db().municipality.update({ where: { id: ids.successor }, data: { contactName: null, contactEmail: null } });
  await db().municipalityArea.deleteMany({ where: { municipalityId: ids.successor } });
  await db().municipality.update({ where: { id: ids.old }, data: { leftRegisterAt: new Date("2026-12-01T00:00:00Z"), descriptionEn: "An old hromada" } });
});

/** EU staff of Gothenburg and an editor of Lviv: the roles that must be refused everything here. */
async function outsiders() {
  const staff = await createUser("staff@goteborg.example");
  await addMembership(staff, ids.goteborg);
  const editor = await createUser("editor@lviv.example");
  await addMembership(editor, ids.lviv);
  return { staff: await principal(staff), editor: await principal(editor) };
}

describe("finding municipalities", () => {
  it("finds a hromada by its KATOTTG code, by name in Latin or Cyrillic letters, and pages the rest", async () => {
    const code = (await db().municipality.findUniqueOrThrow({ where: { id: ids.old } })).katottg!;
    expect((await listMunicipalities(coordinator, { q: ` ${code.toLowerCase()} `, left: false, page: 1 })).rows.map((r) => r.slug)).toEqual(["staryi-sambir"]);
    expect((await listMunicipalities(coordinator, { q: "Самбір", left: false, page: 1 })).rows.map((r) => r.slug).sort()).toEqual(["sambir", "staryi-sambir"]);
    expect((await listMunicipalities(coordinator, { q: "Gothenburg", left: false, page: 1 })).rows.map((r) => r.slug)).toEqual(["goteborg"]);
    const left = await listMunicipalities(coordinator, { q: "", left: true, page: 1 });
    expect(left.rows.map((r) => [r.slug, r.leftRegister])).toEqual([["staryi-sambir", true]]);
    const all = await listMunicipalities(administrator, { q: "", left: false, page: 9 });
    expect({ total: all.total, page: all.page }).toEqual({ total: 5, page: 1 });
  });
});

describe("creating and correcting", () => {
  it("creates an EU municipality as a draft, findable at once, audited; the same name in the same country is refused", async () => {
    const input = createSchema.parse({ nameEn: "Malmo", nameLocal: "Malmö", country: "se", regionName: "Skåne", population: "357 377" });
    const { slug } = await createMunicipality(coordinator, input);
    const row = await db().municipality.findUniqueOrThrow({ where: { slug } });
    expect(row).toMatchObject({ country: "SE", nameLocal: "Malmö", regionName: "Skåne", population: 357377, status: "DRAFT", katottg: null });
    expect((await listMunicipalities(coordinator, { q: "malmo", left: false, page: 1 })).rows.map((r) => r.slug)).toEqual([slug]);
    expect(await outcome(createMunicipality(coordinator, input))).toBe("exists");
    expect(await db().municipality.count({ where: { country: "SE" } })).toBe(3);
    expect(await db().auditEvent.count({ where: { action: "municipality.create", actorUserId: coordinator.userId, objectId: String(row.id) } })).toBe(1);
  });

  it("never creates a hromada by hand", () => {
    const parsed = createSchema.safeParse({ nameEn: "Nova", nameLocal: "", country: "UA", regionName: "", population: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toEqual(["ukraine"]);
  });

  it("corrects names and places with the search keys in the same transaction, audited with the fields changed", async () => {
    await updateMunicipality(
      coordinator,
      update("sambir", {
        nameEn: "Sambir city",
        nameUk: "Самбірська",
        raionEn: "Sambir raion",
        hromadaType: "URBAN",
        population: "41000",
        website: "https://sambir.example",
      }),
    );
    expect((await listMunicipalities(coordinator, { q: "Самбірська", left: false, page: 1 })).rows.map((r) => r.slug)).toContain("sambir");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "municipality.update" } });
    expect(audit.detail).toEqual({ changed: ["nameEn", "nameUk", "raionEn", "population", "website"] });
    expect(
      updateSchema
        .safeParse(updateFields("sambir", { nameEn: "x", population: "-4", website: "javascript:alert(1)" }))
        .error!.issues.map((i) => i.message)
        .sort(),
    ).toEqual(["population", "website"]);
  });

  it("unpublishes a published profile with a reason, audited; a draft or no reason changes nothing", async () => {
    expect(await outcome(unpublishMunicipality(coordinator, "lviv", "short"))).toBe("reason");
    await unpublishMunicipality(coordinator, "lviv", "Asked by the mayor's office on 3 December");
    expect((await db().municipality.findUniqueOrThrow({ where: { id: ids.lviv } })).status).toBe("DRAFT");
    expect(await outcome(unpublishMunicipality(coordinator, "lviv", "Asked by the mayor's office again"))).toBe("notPublished");
    const audits = await db().auditEvent.findMany({ where: { action: "municipality.unpublish" } });
    expect(audits.map((a) => a.detail)).toEqual([{ reason: "Asked by the mayor's office on 3 December" }]);
  });
});

describe("occupied and front-line status", () => {
  it("sets since when and by whom, audited; occupied stops seeking partners and leaves the suggestions", async () => {
    await db().municipalityArea.create({
      data: { municipalityId: ids.goteborg, areaId: (await db().cooperationArea.findUniqueOrThrow({ where: { slug: "water" } })).id, direction: "OFFER" },
    });
    const suggested = async () => (await suggestPartners(ids.goteborg, new Date())).map((s) => s.slug);
    expect(await suggested()).toContain("lviv");

    await setConflictStatus(coordinator, { slug: "lviv", occupiedSince: null, frontlineSince: "2024-05-10" }, new Date("2026-12-07T12:00:00Z"));
    let row = await db().municipality.findUniqueOrThrow({ where: { id: ids.lviv } });
    expect([row.frontlineSince?.toISOString().slice(0, 10), row.conflictStatusSetById, row.seeksPartners]).toEqual(["2024-05-10", coordinator.userId, true]);
    expect(await suggested()).toContain("lviv");

    await setConflictStatus(coordinator, { slug: "lviv", occupiedSince: "2026-12-01", frontlineSince: "2024-05-10" }, new Date("2026-12-07T12:00:00Z"));
    row = await db().municipality.findUniqueOrThrow({ where: { id: ids.lviv } });
    expect([row.occupiedSince?.toISOString().slice(0, 10), row.seeksPartners]).toEqual(["2026-12-01", false]);
    expect(await suggested()).not.toContain("lviv");
    const shown = await getManagedMunicipality(administrator, "lviv");
    expect([shown.occupiedSince, shown.conflictStatusSetBy]).toEqual(["2026-12-01", "coordinator"]);

    const audits = await db().auditEvent.findMany({ where: { action: "municipality.conflictStatus" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.actorUserId, a.objectId, a.detail])).toEqual([
      [coordinator.userId, String(ids.lviv), { occupiedSince: null, frontlineSince: "2024-05-10", previous: { occupiedSince: null, frontlineSince: null } }],
      [
        coordinator.userId,
        String(ids.lviv),
        { occupiedSince: "2026-12-01", frontlineSince: "2024-05-10", previous: { occupiedSince: null, frontlineSince: "2024-05-10" } },
      ],
    ]);
  });

  it("refuses a day in the future, before 2014, or a municipality outside Ukraine, changing nothing", async () => {
    const before = await fingerprint();
    const now = new Date("2026-12-07T12:00:00Z");
    expect(await outcome(setConflictStatus(coordinator, { slug: "lviv", occupiedSince: "2026-12-08", frontlineSince: null }, now))).toBe("future");
    expect(await outcome(setConflictStatus(coordinator, { slug: "lviv", occupiedSince: null, frontlineSince: "2013-01-01" }, now))).toBe("tooEarly");
    expect(await outcome(setConflictStatus(coordinator, { slug: "goteborg", occupiedSince: null, frontlineSince: "2024-01-01" }, now))).toBe("notHromada");
    expect(await fingerprint()).toEqual(before);
  });
});

describe("merging", () => {
  async function world() {
    const areas = await db().cooperationArea.findMany({ orderBy: { sortOrder: "asc" }, take: 3 });
    const editor = await createUser("editor@staryi-sambir.example");
    await addMembership(editor, ids.old);
    const both = await createUser("both@sambir.example");
    await addMembership(both, ids.old, "APPROVED");
    await addMembership(both, ids.successor, "PENDING");
    const request = await db().partnershipRequest.create({
      data: {
        reference: "C4C-MERGE1",
        submissionToken: "00000000-0000-4000-8000-000000000001",
        ukrainianMunicipalityId: ids.old,
        euMunicipalityId: ids.goteborg,
        message: "We would like to work with you on water.",
        requesterName: "Anna",
        requesterRole: "Officer",
        requesterEmail: "anna@goteborg.example",
        languages: ["en"],
        locale: "en",
        status: "APPROVED",
      },
    });
    // Both have a partnership with Gothenburg: they become one. Only the old one has Uppsala.
    const oldWithGoteborg = await db().partnership.create({
      data: {
        ukrainianMunicipalityId: ids.old,
        euMunicipalityId: ids.goteborg,
        since: new Date("2023-03-01"),
        stage: "AGREEMENT_SIGNED",
        requestId: request.id,
        areas: { create: [{ areaId: areas[0]!.id }, { areaId: areas[1]!.id }] },
      },
    });
    await db().partnershipStageEvent.create({ data: { partnershipId: oldWithGoteborg.id, fromStage: "LETTER_OF_INTENT", toStage: "AGREEMENT_SIGNED" } });
    // An open stage proposal on each: the dropped one's is closed, the kept one's stays open.
    await db().stageProposal.create({
      data: { partnershipId: oldWithGoteborg.id, openPartnershipId: oldWithGoteborg.id, side: "EU", fromStage: "AGREEMENT_SIGNED", toStage: "JOINT_PROJECT" },
    });
    const successorWithGoteborg = await db().partnership.create({
      data: {
        ukrainianMunicipalityId: ids.successor,
        euMunicipalityId: ids.goteborg,
        since: new Date("2024-06-01"),
        stage: "IN_CONTACT",
        areas: { create: [{ areaId: areas[1]!.id }, { areaId: areas[2]!.id }] },
      },
    });
    await db().stageProposal.create({
      data: {
        partnershipId: successorWithGoteborg.id,
        openPartnershipId: successorWithGoteborg.id,
        side: "UKRAINIAN",
        fromStage: "IN_CONTACT",
        toStage: "ENDED",
      },
    });
    const oldWithUppsala = await db().partnership.create({
      data: { ukrainianMunicipalityId: ids.old, euMunicipalityId: ids.uppsala, since: new Date("2025-01-01") },
    });
    return { editor, both, request, oldWithGoteborg, successorWithGoteborg, oldWithUppsala, areas };
  }

  it("lists what will move before anything changes", async () => {
    const w = await world();
    const before = await fingerprint();
    const plan = await previewMerge(coordinator, "staryi-sambir", "sambir");
    expect(await fingerprint()).toEqual(before);
    expect({ profile: plan.profile, memberships: plan.memberships, requests: plan.requests }).toEqual({
      profile: "moves",
      memberships: { moving: 1, alreadyMembers: 1 },
      requests: 1,
    });
    expect(plan.partnerships.map((p) => [p.partnerSlug, p.conflictWith])).toEqual([
      ["goteborg", w.successorWithGoteborg.id],
      ["uppsala", null],
    ]);
  });

  it("moves profile, memberships, requests and partnerships in one transaction, joins the conflicting partnership, removes the old row, audited", async () => {
    const w = await world();
    await mergeMunicipalities(coordinator, "staryi-sambir", "sambir");

    expect(await db().municipality.findUnique({ where: { id: ids.old } })).toBeNull();
    const successor = await db().municipality.findUniqueOrThrow({ where: { id: ids.successor }, include: { areas: true } });
    expect([successor.descriptionEn, successor.status, successor.contactEmail, successor.areas.length]).toEqual([
      "An old hromada",
      "PUBLISHED",
      "contact@staryi-sambir.example",
      2,
    ]);
    expect((await listMunicipalities(coordinator, { q: "Sambir", left: false, page: 1 })).rows.map((r) => r.slug)).not.toContain("staryi-sambir");

    const memberships = await db().membership.findMany({ where: { municipalityId: ids.successor }, orderBy: { userId: "asc" } });
    expect(memberships.map((m) => [m.userId, m.status]).sort()).toEqual(
      [
        [w.both, "APPROVED"],
        [w.editor, "APPROVED"],
      ].sort(),
    );
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { id: w.request.id } })).ukrainianMunicipalityId).toBe(ids.successor);

    const partnerships = await db().partnership.findMany({
      where: { ukrainianMunicipalityId: ids.successor },
      include: { areas: true, stageEvents: true },
      orderBy: { euMunicipalityId: "asc" },
    });
    expect(partnerships.map((p) => p.id)).toEqual([w.successorWithGoteborg.id, w.oldWithUppsala.id]);
    const joined = partnerships[0]!;
    expect({
      since: joined.since.toISOString().slice(0, 10),
      stage: joined.stage,
      requestId: joined.requestId,
      areas: joined.areas.map((a) => a.areaId).sort(),
      history: joined.stageEvents.length,
    }).toEqual({ since: "2023-03-01", stage: "AGREEMENT_SIGNED", requestId: w.request.id, areas: w.areas.map((a) => a.id).sort(), history: 1 });
    expect(await db().partnership.findUnique({ where: { id: w.oldWithGoteborg.id } })).toBeNull();
    expect(await db().stageProposal.findMany({ where: { partnershipId: joined.id }, select: { toStage: true, status: true }, orderBy: { id: "asc" } })).toEqual(
      [
        { toStage: "JOINT_PROJECT", status: "SUPERSEDED" },
        { toStage: "ENDED", status: "OPEN" },
      ],
    );

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "municipality.merge" } });
    expect([audit.actorUserId, audit.objectId]).toEqual([coordinator.userId, String(ids.successor)]);
    expect(audit.detail).toMatchObject({
      mergedAway: { id: ids.old, slug: "staryi-sambir", nameUk: "Старий Самбір" },
      profile: "moves",
      partnershipsJoined: [{ from: w.oldWithGoteborg.id, into: w.successorWithGoteborg.id }],
    });
  });

  it("carries over the EU municipalities' interest (once each), the earlier network membership and the join proposals", async () => {
    await db().partnerInterest.createMany({
      data: [
        { ukrainianMunicipalityId: ids.old, euMunicipalityId: ids.goteborg },
        { ukrainianMunicipalityId: ids.old, euMunicipalityId: ids.uppsala },
        { ukrainianMunicipalityId: ids.successor, euMunicipalityId: ids.goteborg },
      ],
    });
    await db().municipality.update({ where: { id: ids.old }, data: { networkMemberSince: new Date("2022-05-01") } });
    await db().municipality.update({ where: { id: ids.successor }, data: { networkMemberSince: new Date("2024-01-01") } });
    await mergeMunicipalities(coordinator, "staryi-sambir", "sambir");
    const interest = await db().partnerInterest.findMany({ where: { ukrainianMunicipalityId: ids.successor }, orderBy: { euMunicipalityId: "asc" } });
    expect(interest.map((i) => i.euMunicipalityId).sort()).toEqual([ids.goteborg, ids.uppsala].sort());
    const successor = await db().municipality.findUniqueOrThrow({ where: { id: ids.successor } });
    expect(successor.networkMemberSince?.toISOString().slice(0, 10)).toBe("2022-05-01");
  });

  it("keeps the successor's own profile, refuses a hromada still in the codifier, itself, or another country, and changes nothing then", async () => {
    await world();
    await db().municipality.update({ where: { id: ids.successor }, data: { descriptionEn: "Sambir's own" } });
    expect((await previewMerge(coordinator, "staryi-sambir", "sambir")).profile).toBe("kept");
    const before = await fingerprint();
    expect(await outcome(mergeMunicipalities(coordinator, "lviv", "sambir"))).toBe("inRegister");
    expect(await outcome(mergeMunicipalities(coordinator, "sambir", "sambir"))).toBe("same");
    expect(await outcome(mergeMunicipalities(coordinator, "staryi-sambir", "goteborg"))).toBe("countries");
    expect(await outcome(mergeMunicipalities(coordinator, "staryi-sambir", "no-such-place"))).toBe("notFound");
    expect(await fingerprint()).toEqual(before);
    await mergeMunicipalities(coordinator, "staryi-sambir", "sambir");
    expect((await db().municipality.findUniqueOrThrow({ where: { id: ids.successor } })).descriptionEn).toBe("Sambir's own");
  });

  it("rolls back everything when a step fails half-way", async () => {
    await world();
    const before = await fingerprint();
    // A trigger that fails the final delete: every move before it must be undone with it.
    await db().$executeRawUnsafe(`CREATE FUNCTION refuse_delete() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'no'; END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER refuse_delete BEFORE DELETE ON municipality FOR EACH ROW EXECUTE FUNCTION refuse_delete()`);
    try {
      expect(await outcome(mergeMunicipalities(coordinator, "staryi-sambir", "sambir"))).toMatch(/^unexpected/);
      expect(await fingerprint()).toEqual(before);
      expect(await db().auditEvent.count({ where: { action: "municipality.merge" } })).toBe(0);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_delete ON municipality`);
      await db().$executeRawUnsafe(`DROP FUNCTION refuse_delete()`);
    }
  });
});

describe("network roles", () => {
  it("an administrator grants a role (the account is made when missing) and takes it back; both audited with who did it", async () => {
    const { userId } = await grantNetworkRole(administrator, "New.Coordinator@Network.example", "COORDINATOR");
    expect((await listNetworkRoles(administrator)).map((h) => [h.email, h.role])).toEqual([
      ["admin@network.example", "ADMINISTRATOR"],
      ["coordinator@network.example", "COORDINATOR"],
      ["new.coordinator@network.example", "COORDINATOR"],
    ]);
    await revokeNetworkRole(administrator, userId);
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).role).toBeNull();
    const audits = await db().auditEvent.findMany({ where: { objectId: userId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.actorUserId])).toEqual([
      ["role.grant", administrator.userId],
      ["role.revoke", administrator.userId],
    ]);
  });

  it("the last administrator cannot be demoted, not even by themselves", async () => {
    expect(await outcome(revokeNetworkRole(administrator, administrator.userId))).toBe("lastAdministrator");
    expect(await outcome(grantNetworkRole(administrator, "admin@network.example", "COORDINATOR"))).toBe("lastAdministrator");
    expect((await db().user.findUniqueOrThrow({ where: { id: administrator.userId } })).role).toBe("ADMINISTRATOR");
  });

  it("a coordinator, EU staff and an editor can neither list, grant nor take back a role: refused, audited, nothing written", async () => {
    const { staff, editor } = await outsiders();
    const before = await fingerprint();
    for (const p of [coordinator, staff, editor, null]) {
      expect(await outcome(listNetworkRoles(p))).toBe("forbidden");
      expect(await outcome(grantNetworkRole(p, "someone@network.example", "ADMINISTRATOR"))).toBe("forbidden");
      expect(await outcome(revokeNetworkRole(p, administrator.userId))).toBe("forbidden");
    }
    expect(await fingerprint()).toEqual(before);
    expect(await db().auditEvent.count({ where: { action: "role.grant", outcome: "REFUSED", actorUserId: coordinator.userId } })).toBe(3);
  });
});

describe("refused to everyone but coordinators and administrators", () => {
  it("EU staff and editors, even on their own municipality, can read and change nothing here; each refusal audited", async () => {
    const { staff, editor } = await outsiders();
    const before = await fingerprint();
    for (const [p, own] of [
      [staff, "goteborg"],
      [editor, "lviv"],
    ] as const) {
      const calls: (() => Promise<unknown>)[] = [
        () => listMunicipalities(p, { q: "", left: false, page: 1 }),
        () => getManagedMunicipality(p, own),
        () => createMunicipality(p, createSchema.parse({ nameEn: "Lund", nameLocal: "", country: "SE", regionName: "", population: "" })),
        () => updateMunicipality(p, update(own, { nameEn: "Renamed" })),
        () => unpublishMunicipality(p, own, "A reason long enough to pass"),
        () => setConflictStatus(p, { slug: "lviv", occupiedSince: "2024-01-01", frontlineSince: null }),
        () => previewMerge(p, "staryi-sambir", "sambir"),
        () => mergeMunicipalities(p, "staryi-sambir", "sambir"),
        () => mergeMunicipalities(p, "staryi-sambir", "no-such-place"),
      ];
      for (const call of calls) expect(await outcome(call())).toBe("forbidden");
      expect(await db().auditEvent.count({ where: { actorUserId: p.userId, action: "municipality.manage", outcome: "REFUSED" } })).toBe(calls.length);
    }
    expect(await fingerprint()).toEqual(before);
  });
});
