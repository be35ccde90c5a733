// Any municipality can join: a signed-in person proposes their municipality (/join), a coordinator
// approves (the municipality and its staff in one transaction) or rejects; the new staff keep its
// EU profile. Authorization on role AND object throughout.
import { beforeEach, describe, expect, it } from "vitest";
import { can, Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { proposeMunicipality, PROPOSALS_PER_ACCOUNT } from "@/server/join/propose";
import { approveProposal, rejectProposal } from "@/server/join/decide";
import { listJoinProposals, listOwnProposals } from "@/server/join/queue";
import { searchGazetteer } from "@/server/join/gazetteer";
import { getEditableEuProfile, saveEuProfile } from "@/server/municipalities/eu-editor";
import { getEuProfile } from "@/server/municipalities/eu-profile";
import { exportOwnData } from "@/server/privacy/export";
import { deleteOwnAccount } from "@/server/privacy/delete-account";
import { EU_PROFILE_FORM, type EuProfileInput } from "@/lib/eu-profile-schema";
import { JOIN_FORM, TYPED, type JoinInput } from "@/lib/join/schema";
import { parseForm } from "@/lib/forms/parse";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";

const principal = async (id: string) => (await loadPrincipal(id)) as Principal;
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );
const codeOf = async (promise: Promise<unknown>) => {
  const e = await errorOf(promise);
  return e instanceof DomainError ? e.code : e instanceof Forbidden ? "forbidden" : e;
};

/** The place of the gazetteer named exactly `name` in `country`. */
function gazetteer(name: string, country: string) {
  const place = searchGazetteer(name, country).places.find((p) => p.name === name);
  if (!place) throw new Error(`${name} (${country}) is not in the gazetteer`);
  return place;
}

function input(fields: Record<string, string>): JoinInput {
  const form = new FormData();
  for (const [k, v] of Object.entries({
    name: "",
    country: "",
    region: "",
    requesterName: "Aino Virtanen",
    requesterRole: "International relations",
    ...fields,
  }))
    form.set(k, v);
  const parsed = parseForm(JOIN_FORM, form);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.input;
}

function profile(fields: Record<string, string | string[]>): EuProfileInput {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
  for (const k of EU_PROFILE_FORM.text) if (!form.has(k)) form.set(k, "");
  const parsed = parseForm(EU_PROFILE_FORM, form);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.input;
}

let aino: string;
let pekka: string;
let coordinator: string;
let outsider: string;

beforeEach(async () => {
  await resetDatabase();
  aino = await createUser("aino@tampere.example");
  pekka = await createUser("pekka@tampere.example");
  coordinator = await createUser("coordinator@network.example", "COORDINATOR");
  outsider = await createUser("someone@elsewhere.example");
});

describe("proposing a municipality and approving it", () => {
  it("a coordinator's approval creates the municipality from the gazetteer and makes the proposer its staff, mailed in their language", async () => {
    const tampere = gazetteer("Tampere", "FI");
    const proposed = await proposeMunicipality(await principal(aino), input({ place: String(tampere.geonamesId) }), "uk");
    expect(proposed.joinedExisting).toBe(false);

    const queue = await listJoinProposals(await principal(coordinator));
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ name: "Tampere", country: "FI", geonamesId: tampere.geonamesId, population: tampere.population });
    expect(queue[0]!.proposers).toEqual([expect.objectContaining({ name: "Aino Virtanen", role: "International relations", email: "aino@tampere.example" })]);

    const created = await approveProposal(await principal(coordinator), proposed.id, "https://portal.example");
    expect(created.slug).toBe("tampere");
    const m = await db().municipality.findUniqueOrThrow({ where: { slug: "tampere" } });
    expect(m).toMatchObject({ country: "FI", nameEn: "Tampere", status: "PUBLISHED", geonamesId: tampere.geonamesId, population: tampere.population });
    const memberships = await db().membership.findMany({ where: { municipalityId: m.id }, select: { userId: true, status: true, decidedById: true } });
    expect(memberships).toEqual([{ userId: aino, status: "APPROVED", decidedById: coordinator }]);
    expect(can(await principal(aino), "profile.edit", { type: "municipality", id: m.id })).toBe(true);

    const [mail] = await db().outboxMessage.findMany({ where: { to: "aino@tampere.example" } });
    expect(mail!.subject).toContain("Tampere");
    expect(mail!.text).toContain("порталі Cities4Cities");
    expect(mail!.text).toContain("https://portal.example/uk/municipalities/tampere/edit");
    expect(await listJoinProposals(await principal(coordinator))).toEqual([]);
    expect((await listOwnProposals(await principal(aino)))[0]).toMatchObject({ status: "APPROVED", municipality: { slug: "tampere" } });
    const audit = await db().auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true, outcome: true, actorUserId: true } });
    expect(audit).toEqual([
      { action: "join.propose", outcome: "ALLOWED", actorUserId: aino },
      { action: "join.decide", outcome: "ALLOWED", actorUserId: coordinator },
    ]);
  });

  it("the same place proposed twice is one item: the second proposer joins it, and approval makes both staff", async () => {
    const tampere = gazetteer("Tampere", "FI");
    const first = await proposeMunicipality(await principal(aino), input({ place: String(tampere.geonamesId) }), "en");
    const second = await proposeMunicipality(await principal(pekka), input({ place: String(tampere.geonamesId), requesterName: "Pekka" }), "fi");
    expect(second).toEqual({ id: first.id, joinedExisting: true });
    // Proposing again is harmless.
    expect((await proposeMunicipality(await principal(aino), input({ place: String(tampere.geonamesId) }), "en")).id).toBe(first.id);
    expect(await db().joinProposal.count()).toBe(1);
    expect(await db().joinProposer.count()).toBe(2);

    await approveProposal(await principal(coordinator), first.id);
    expect(await db().membership.count({ where: { status: "APPROVED" } })).toBe(2);
    // An unknown locale ("fi") is answered in English.
    const mails = await db().outboxMessage.findMany({ orderBy: { to: "asc" }, select: { to: true, subject: true } });
    expect(mails).toEqual([
      { to: "aino@tampere.example", subject: "Tampere is now in the Cities4Cities portal" },
      { to: "pekka@tampere.example", subject: "Tampere is now in the Cities4Cities portal" },
    ]);
  });

  it("a typed place is one item by its country and name, whatever the accents and case", async () => {
    const a = await proposeMunicipality(await principal(aino), input({ place: TYPED, name: "Saint-Étienne-du-Bois", country: "fr", region: "Vendée" }), "fr");
    const b = await proposeMunicipality(await principal(pekka), input({ place: TYPED, name: "saint etienne du bois", country: "FR" }), "fr");
    expect(b.id).toBe(a.id);
    const c = await proposeMunicipality(await principal(outsider), input({ place: TYPED, name: "Saint-Étienne-du-Bois", country: "BE" }), "fr");
    expect(c.id).not.toBe(a.id);
    const created = await approveProposal(await principal(coordinator), a.id);
    expect(await db().municipality.findUniqueOrThrow({ where: { slug: created.slug }, select: { nameEn: true, regionName: true, country: true } })).toEqual({
      nameEn: "Saint-Étienne-du-Bois",
      regionName: "Vendée",
      country: "FR",
    });
  });

  it("is one transaction: when a membership cannot be written, no municipality is created and the proposal still waits", async () => {
    const { id } = await proposeMunicipality(await principal(aino), input({ place: TYPED, name: "Atomic Town", country: "AT" }), "en");
    // A failure injected after the municipality's insert, at the membership's.
    await db().$executeRawUnsafe(`CREATE FUNCTION test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER test_refuse BEFORE INSERT ON membership FOR EACH ROW EXECUTE FUNCTION test_refuse()`);
    try {
      await expect(approveProposal(await principal(coordinator), id)).rejects.toThrow();
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER test_refuse ON membership`);
      await db().$executeRawUnsafe(`DROP FUNCTION test_refuse()`);
    }
    expect(await db().municipality.count()).toBe(0);
    expect(await db().outboxMessage.count()).toBe(0);
    expect((await db().joinProposal.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect((await approveProposal(await principal(coordinator), id)).slug).toBe("atomic-town");
  });

  it("never takes a hromada's slug", async () => {
    await createHromada({ slug: "tampere", nameEn: "Tampere", nameUk: "Тампере", region: "lviv", population: 1000 });
    const { id } = await proposeMunicipality(await principal(aino), input({ place: String(gazetteer("Tampere", "FI").geonamesId) }), "en");
    expect((await approveProposal(await principal(coordinator), id)).slug).toBe("tampere-fi");
  });

  it("refuses a place already in the portal, an unknown gazetteer id and a missing typed name, changing nothing", async () => {
    await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
    const p = await principal(aino);
    expect(await codeOf(proposeMunicipality(p, input({ place: String(gazetteer("Sindelfingen", "DE").geonamesId) }), "en"))).toBe("alreadyInPortal");
    expect(await codeOf(proposeMunicipality(p, input({ place: TYPED, name: "SINDELFINGEN", country: "DE" }), "en"))).toBe("alreadyInPortal");
    expect(await codeOf(proposeMunicipality(p, input({ place: "999999999" }), "en"))).toBe("unknownPlace");
    const form = new FormData();
    for (const [k, v] of Object.entries({ place: TYPED, name: "", country: "RU", region: "", requesterName: "", requesterRole: "x" })) form.set(k, v);
    const parsed = parseForm(JOIN_FORM, form);
    expect(parsed.ok ? null : parsed.fieldErrors).toEqual({ name: ["required"], country: ["invalidCountry"], requesterName: ["required"] });
    expect(await db().joinProposal.count()).toBe(0);
  });

  it("limits proposals per account", async () => {
    const p = await principal(aino);
    for (let i = 0; i < PROPOSALS_PER_ACCOUNT.limit; i++) await proposeMunicipality(p, input({ place: TYPED, name: `Testby ${i}`, country: "SE" }), "sv");
    expect(await codeOf(proposeMunicipality(p, input({ place: TYPED, name: "One too many", country: "SE" }), "sv"))).toBe("limited");
    expect(await db().joinProposal.count()).toBe(PROPOSALS_PER_ACCOUNT.limit);
  });
});

describe("rejecting a proposal", () => {
  it("mails the reason to every proposer; a reason too short changes nothing; a decided proposal cannot be decided again", async () => {
    const { id } = await proposeMunicipality(await principal(aino), input({ place: TYPED, name: "Nowhere Town", country: "IE" }), "de");
    const c = await principal(coordinator);
    expect(await codeOf(rejectProposal(c, id, "no"))).toBe("reason");
    expect((await db().joinProposal.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");

    await rejectProposal(c, id, "We could not find this municipality in the Irish register.");
    const [mail] = await db().outboxMessage.findMany();
    expect(mail).toMatchObject({ to: "aino@tampere.example", subject: "Ihr Vorschlag: Nowhere Town" });
    expect(mail!.text).toContain("We could not find this municipality in the Irish register.");
    expect(await codeOf(approveProposal(c, id))).toBe("alreadyDecided");
    expect(await db().municipality.count()).toBe(0);
    expect(await codeOf(approveProposal(c, 424242))).toBe("notFound");

    // Proposed again after a refusal, it is back in the queue.
    await proposeMunicipality(await principal(pekka), input({ place: TYPED, name: "Nowhere Town", country: "IE" }), "en");
    expect((await listJoinProposals(c)).map((p) => [p.id, p.proposers.length])).toEqual([[id, 2]]);
  });
});

describe("authorization, role and object", () => {
  it("only coordinators and administrators read the queue and decide; refusals are audited", async () => {
    const { id } = await proposeMunicipality(await principal(aino), input({ place: TYPED, name: "Testville", country: "NO" }), "en");
    for (const who of [null, await principal(aino), await principal(outsider)]) {
      await expect(listJoinProposals(who)).rejects.toBeInstanceOf(Forbidden);
      await expect(approveProposal(who, id)).rejects.toBeInstanceOf(Forbidden);
      await expect(rejectProposal(who, id, "Not a real municipality at all.")).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await db().municipality.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "join.decide", outcome: "REFUSED" } })).toBe(9);
    const admin = await createUser("admin@network.example", "ADMINISTRATOR");
    expect(await listJoinProposals(await principal(admin))).toHaveLength(1);
  });

  it("the signed-out cannot propose", async () => {
    await expect(proposeMunicipality(null, input({ place: TYPED, name: "Testville", country: "NO" }), "en")).rejects.toBeInstanceOf(Forbidden);
    expect(await db().joinProposal.count()).toBe(0);
  });

  it("EU staff edit their own municipality's profile, not another's nor a hromada's; coordinators edit any", async () => {
    const own = await createEuMunicipality("tampere", "Tampere", "FI");
    await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
    const lviv = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803 });
    await addMembership(aino, own);
    const staff = await principal(aino);
    const saved = profile({
      regionName: "Pirkanmaa",
      population: "255 050",
      languages: ["en", "uk"],
      offers: ["education", "energy"],
      wantsToLearn: ["reconstruction"],
      ukrainianCommunity: "1 800",
      communityRegions: ["kharkiv", "lviv"],
      contactName: "Aino Virtanen",
      contactEmail: "aino@tampere.example",
    });
    await saveEuProfile(staff, "tampere", saved);
    const shown = await getEuProfile("tampere");
    expect(shown).toMatchObject({ regionName: "Pirkanmaa", population: 255050, ukrainianCommunity: 1800, languages: ["en", "uk"] });
    expect(shown!.offers.map((o) => o.area)).toEqual(["energy", "education"]);
    expect(shown!.wantsToLearn.map((o) => o.area)).toEqual(["reconstruction"]);
    expect(shown!.ukrainianCommunityRegions.map((r) => r.slug)).toEqual(["kharkiv", "lviv"]);
    // The public loader never selects the contact person.
    expect(JSON.stringify(shown)).not.toContain("aino@tampere.example");

    expect(await codeOf(saveEuProfile(staff, "sindelfingen", saved))).toBe("forbidden");
    expect(await codeOf(getEditableEuProfile(staff, "sindelfingen"))).toBe("forbidden");
    expect(can(staff, "profile.edit", { type: "municipality", id: lviv })).toBe(false);
    // The EU editor does not reach hromadas at all.
    expect(await codeOf(saveEuProfile(staff, "lviv", saved))).toBe("forbidden");
    expect(await codeOf(saveEuProfile(null, "tampere", saved))).toBe("forbidden");
    expect(await codeOf(saveEuProfile(await principal(outsider), "tampere", saved))).toBe("forbidden");
    expect((await db().municipality.findUniqueOrThrow({ where: { slug: "sindelfingen" } })).regionName).toBeNull();

    await saveEuProfile(await principal(coordinator), "sindelfingen", profile({ languages: ["de"], regionName: "Baden-Württemberg" }));
    expect((await getEuProfile("sindelfingen"))!.regionName).toBe("Baden-Württemberg");
    expect(await codeOf(saveEuProfile(staff, "tampere", profile({ languages: ["en"], communityRegions: ["atlantis"] })))).toBe("invalidChoice");
  });
});

describe("personal data", () => {
  it("a proposer's part is in their export and goes with their account", async () => {
    const { id } = await proposeMunicipality(await principal(aino), input({ place: TYPED, name: "Testville", country: "NO" }), "en");
    await proposeMunicipality(await principal(pekka), input({ place: TYPED, name: "Testville", country: "NO" }), "en");
    const data = await exportOwnData(await principal(aino));
    expect(data.joinProposals).toEqual([
      expect.objectContaining({ name: "Aino Virtanen", email: "aino@tampere.example", proposal: expect.objectContaining({ name: "Testville" }) }),
    ]);

    await deleteOwnAccount(await principal(aino), aino, "aino@tampere.example");
    const left = await db().joinProposer.findMany({ where: { proposalId: id }, select: { email: true } });
    expect(left).toEqual([{ email: "pekka@tampere.example" }]);
  });
});
