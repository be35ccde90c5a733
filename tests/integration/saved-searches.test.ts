import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { Forbidden, loadPrincipal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { exportOwnData } from "@/server/privacy/export";
import { deleteOwnAccount } from "@/server/privacy/delete-account";
import { deleteSavedSearch, listSavedSearches, renameSavedSearch, saveSearch } from "@/server/saved-searches/saved-searches";
import { checkDueSavedSearches } from "@/server/saved-searches/weekly";
import { SAVED_SEARCH_LIMIT } from "@/lib/saved-searches/limits";
import { db, resetDatabase } from "../support/database";
import { createCatalogueFixture, createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { raceIt } from "../support/race";

// Unsubscribe links are signed with AUTH_SECRET, which the portal requires outside demo mode.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "saved-searches-integration-test-secret-0123456789";
});

const DAY = 86_400_000;
const ORIGIN = "https://portal.example";
let staff: string;
let otherStaff: string;
let editor: string;
let coordinator: string;

const as = (id: string) => loadPrincipal(id);
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "allowed",
    (e: unknown) => (e instanceof Forbidden ? "forbidden" : e instanceof DomainError ? e.code : String(e)),
  );
const mailsTo = (email: string) => db().outboxMessage.findMany({ where: { to: email }, orderBy: { id: "asc" } });
const count = (userId: string) => db().savedSearch.count({ where: { userId } });
/** Puts a profile's last change and publication at `at` (the fixture's rows are written now, on the real clock). */
const editedAt = (slug: string, at: Date) => db().$executeRaw`UPDATE municipality SET updated_at = ${at} WHERE slug = ${slug}`;
const changedAt = (slug: string, at: Date) => db().$executeRaw`UPDATE municipality SET updated_at = ${at}, published_at = ${at} WHERE slug = ${slug}`;

beforeAll(async () => {
  await resetDatabase();
  await createCatalogueFixture();
  const uppsala = await createEuMunicipality("uppsala", "Uppsala", "SE");
  const lille = await createEuMunicipality("lille", "Lille", "FR");
  staff = await createUser("staff@uppsala.example");
  await addMembership(staff, uppsala);
  otherStaff = await createUser("staff@lille.example");
  await addMembership(otherStaff, lille);
  editor = await createUser("editor@lviv.example");
  await addMembership(editor, (await db().municipality.findUniqueOrThrow({ where: { slug: "lviv" } })).id);
  coordinator = await createUser("coordinator@network.example", "COORDINATOR");
});

beforeEach(async () => {
  await db().savedSearch.deleteMany();
  await db().outboxMessage.deleteMany();
  await db().notificationPreference.deleteMany();
});

describe("saving a catalogue search", () => {
  it("keeps the catalogue's canonical query without the page, under the name given, newest first", async () => {
    await saveSearch(await as(staff), { query: "oblast=lviv&area=water&page=3", name: "  Water in Lviv  " });
    await saveSearch(await as(staff), { query: "?q=Kharkiv&seeking=1", name: "Kharkiv" });
    const list = await listSavedSearches(await as(staff));
    expect(list.map((s) => [s.name, s.query])).toEqual([
      ["Kharkiv", "q=Kharkiv&seeking=1"],
      ["Water in Lviv", "area=water&oblast=lviv"],
    ]);
    // The other person's list is theirs alone.
    expect(await listSavedSearches(await as(otherStaff))).toEqual([]);
  });

  it(`keeps at most ${SAVED_SEARCH_LIMIT}, and one search once: the next is refused, nothing saved`, async () => {
    for (let i = 0; i < SAVED_SEARCH_LIMIT; i += 1) await saveSearch(await as(staff), { query: `pop_min=${1000 + i}`, name: `Search ${i}` });
    expect(await outcome(saveSearch(await as(staff), { query: "pop_min=5", name: "One more" }))).toBe("full");
    expect(await count(staff)).toBe(SAVED_SEARCH_LIMIT);
    await db().savedSearch.deleteMany({ where: { name: "Search 0" } });
    // The same search written another way ("10 000" is 10000) is the same search.
    await saveSearch(await as(staff), { query: "pop_min=10000", name: "Ten thousand" });
    expect(await outcome(saveSearch(await as(staff), { query: "pop_min=10+000", name: "Again" }))).toBe("duplicate");
    expect(await count(staff)).toBe(SAVED_SEARCH_LIMIT);
  });

  it("refuses bad input with its own reason and changes nothing", async () => {
    const me = await as(staff);
    const cases: [{ query: string; name: string }, string][] = [
      [{ query: "area=water", name: "   " }, "nameRequired"],
      [{ query: "area=water", name: "x".repeat(121) }, "nameTooLong"],
      [{ query: "oblast=atlantis", name: "Atlantis" }, "queryInvalid"],
      [{ query: "area=water&utm_source=mail", name: "Forged" }, "queryInvalid"],
      [{ query: `q=${"a".repeat(2001)}`, name: "Long" }, "queryTooLong"],
    ];
    for (const [input, reason] of cases) expect(await outcome(saveSearch(me, input))).toBe(reason);
    expect(await count(staff)).toBe(0);
  });

  it("is refused to a hromada's editor, a coordinator and the signed-out, audited", async () => {
    for (const who of [await as(editor), await as(coordinator), null]) {
      expect(await outcome(saveSearch(who, { query: "area=water", name: "Water" }))).toBe("forbidden");
    }
    expect(await db().savedSearch.count()).toBe(0);
    const refusals = await db().auditEvent.findMany({ where: { action: "savedSearch.keepOwn", outcome: "REFUSED" } });
    expect(refusals.map((r) => r.actorUserId).sort()).toEqual([editor, coordinator, null].sort());
  });
});

describe("another person's saved search", () => {
  it("cannot be read, renamed or deleted: refused and audited with the search as object, nothing changed", async () => {
    const { id } = await saveSearch(await as(staff), { query: "area=water", name: "Mine" });
    const intruder = await as(otherStaff);
    expect((await listSavedSearches(intruder)).map((s) => s.id)).not.toContain(id);
    expect(await outcome(renameSavedSearch(intruder, String(id), "Theirs now"))).toBe("forbidden");
    expect(await outcome(deleteSavedSearch(intruder, String(id)))).toBe("forbidden");
    expect(await db().savedSearch.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Mine", userId: staff });
    const refusals = await db().auditEvent.findMany({
      where: { actorUserId: otherStaff, objectType: "savedSearch", objectId: String(id), outcome: "REFUSED" },
    });
    expect(refusals).toHaveLength(2);
    // An id that is no saved search, or not an id at all, is "notFound".
    expect(await outcome(deleteSavedSearch(intruder, "999999"))).toBe("notFound");
    expect(await outcome(deleteSavedSearch(intruder, "1 OR 1=1"))).toBe("notFound");
  });

  it("the owner renames (checked like a new name) and deletes it", async () => {
    const { id } = await saveSearch(await as(staff), { query: "area=water", name: "Mine" });
    expect(await outcome(renameSavedSearch(await as(staff), String(id), ""))).toBe("nameRequired");
    await renameSavedSearch(await as(staff), String(id), "Water, all oblasts");
    expect((await listSavedSearches(await as(staff)))[0].name).toBe("Water, all oblasts");
    await deleteSavedSearch(await as(staff), String(id));
    expect(await count(staff)).toBe(0);
  });
});

describe("the weekly mail", () => {
  it("comes a week after saving, not an hour before, listing newly published hromadas and none that matched before", async () => {
    // Saved eight days ago, so that a publication now (on the database's clock) falls in its second week.
    const saved = new Date(Date.now() - 8 * DAY);
    await saveSearch(await as(staff), { query: "area=water&oblast=kharkiv", name: "Water in Kharkiv" }, saved);
    await changedAt("kharkiv", new Date(saved.getTime() - DAY));
    await changedAt("chuhuiv", new Date(saved.getTime() - DAY));
    await createHromada({ slug: "balakliia", nameEn: "Balakliia", nameUk: "Балаклія", region: "kharkiv", population: 40000, needs: ["water"] });
    // A draft that matches is not in the catalogue: not listed, until it is published.
    await createHromada({ slug: "draftivka", nameEn: "Draftivka", nameUk: "Драфтівка", region: "kharkiv", population: 900, needs: ["water"], status: "DRAFT" });

    expect(await checkDueSavedSearches(new Date(saved.getTime() + 7 * DAY - 3_600_000), ORIGIN)).toMatchObject({ checked: 0, mailed: 0 });
    expect(await mailsTo("staff@uppsala.example")).toHaveLength(0);

    expect(await checkDueSavedSearches(new Date(saved.getTime() + 7 * DAY), ORIGIN)).toMatchObject({ checked: 1, mailed: 1 });
    const [mail] = await mailsTo("staff@uppsala.example");
    expect(mail.subject).toBe("1 hromada newly matches “Water in Kharkiv”");
    expect(mail.text).toContain("- Balakliia, Kharkiv Oblast: https://portal.example/en/municipalities/balakliia");
    expect(mail.text).not.toMatch(/Chuhuiv|Draftivka|- Kharkiv/);
    expect(mail.text).toContain("https://portal.example/en/municipalities?area=water&oblast=kharkiv");
    expect(mail.text).toMatch(/https:\/\/portal\.example\/en\/unsubscribe\/\S+/);
    expect(mail.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });

    // An hour later the search is not due again.
    expect(await checkDueSavedSearches(new Date(saved.getTime() + 7 * DAY + 3_600_000), ORIGIN)).toMatchObject({ checked: 0 });
    // In the second week: the draft is published as the editor's Publish does it (updated_at left
    // alone), Balakliia is edited again, and Izium, in the catalogue for long, comes to need water.
    await db().$executeRaw`UPDATE municipality SET status = 'PUBLISHED' WHERE slug = 'draftivka'`;
    await editedAt("balakliia", new Date());
    const izium = await createHromada({ slug: "izium", nameEn: "Izium", nameUk: "Ізюм", region: "kharkiv", population: 45000, needs: ["energy"] });
    await changedAt("izium", new Date(saved.getTime() - DAY));
    const water = await db().cooperationArea.findUniqueOrThrow({ where: { slug: "water" } });
    await db().municipalityArea.create({ data: { municipalityId: izium, areaId: water.id, direction: "NEED" } });
    await editedAt("izium", new Date());
    expect(await checkDueSavedSearches(new Date(saved.getTime() + 14 * DAY), ORIGIN)).toMatchObject({ checked: 1, mailed: 1 });
    const second = (await mailsTo("staff@uppsala.example"))[1];
    expect(second.subject).toBe("2 hromadas newly match “Water in Kharkiv”");
    expect(second.text).toContain("- Draftivka, Kharkiv Oblast");
    expect(second.text).toContain("- Izium, Kharkiv Oblast");
    expect(second.text).not.toContain("Balakliia");

    // Nothing new the week after: no mail.
    expect(await checkDueSavedSearches(new Date(saved.getTime() + 21 * DAY), ORIGIN)).toMatchObject({ checked: 1, mailed: 0 });
    expect(await mailsTo("staff@uppsala.example")).toHaveLength(2);
    await db().municipality.deleteMany({ where: { slug: { in: ["balakliia", "draftivka", "izium"] } } });
  });

  it("is in the owner's language", async () => {
    await db().user.update({ where: { id: otherStaff }, data: { locale: "uk", localeChosen: true } });
    const saved = new Date(Date.now() - 60_000);
    await saveSearch(await as(otherStaff), { query: "oblast=kirovohrad", name: "Кропивницький" }, saved);
    await changedAt("znamianka", new Date(saved.getTime() - DAY));
    await createHromada({ slug: "oleksandriia", nameEn: "Oleksandriia", nameUk: "Олександрія", region: "kirovohrad", population: 80000 });
    await checkDueSavedSearches(new Date(saved.getTime() + 7 * DAY), ORIGIN);
    const [mail] = await mailsTo("staff@lille.example");
    expect(mail.subject).toBe("1 громада нещодавно відповідає пошуку «Кропивницький»");
    expect(mail.text).toContain("- Олександрія");
    expect(mail.text).toContain("https://portal.example/uk/municipalities/oleksandriia");
    await db().municipality.deleteMany({ where: { slug: "oleksandriia" } });
    await db().user.update({ where: { id: otherStaff }, data: { locale: null, localeChosen: false } });
  });

  raceIt("is sent exactly once when two instances check at the same moment", async () => {
    const saved = new Date(Date.now() - 60_000);
    await saveSearch(await as(staff), { query: "oblast=kyiv-oblast", name: "Kyiv Oblast" }, saved);
    await createHromada({ slug: "fastiv", nameEn: "Fastiv", nameUk: "Фастів", region: "kyiv-oblast", population: 45000 });
    const at = new Date(saved.getTime() + 7 * DAY);
    const reports = await Promise.all([checkDueSavedSearches(at, ORIGIN), checkDueSavedSearches(at, ORIGIN), checkDueSavedSearches(at, ORIGIN)]);
    expect(reports.reduce((n, r) => n + r.mailed, 0)).toBe(1);
    expect(await mailsTo("staff@uppsala.example")).toHaveLength(1);
    await db().municipality.deleteMany({ where: { slug: "fastiv" } });
  });

  it("is not sent after the owner unsubscribed, and the week still passes", async () => {
    const saved = new Date(Date.now() - 60_000);
    await saveSearch(await as(staff), { query: "oblast=kyiv-oblast", name: "Kyiv Oblast" }, saved);
    await db().notificationPreference.create({ data: { userId: staff, kind: "savedSearch", delivery: "NONE" } });
    await createHromada({ slug: "irpin", nameEn: "Irpin", nameUk: "Ірпінь", region: "kyiv-oblast", population: 60000 });
    expect(await checkDueSavedSearches(new Date(saved.getTime() + 7 * DAY), ORIGIN)).toMatchObject({ checked: 1, mailed: 0 });
    expect(await mailsTo("staff@uppsala.example")).toHaveLength(0);
    expect((await db().savedSearch.findFirstOrThrow({ where: { userId: staff } })).nextCheckAt.getTime()).toBe(saved.getTime() + 14 * DAY);
    await db().municipality.deleteMany({ where: { slug: "irpin" } });
  });

  it("deletes the searches of someone who no longer works for an EU municipality (retention)", async () => {
    const leaver = await createUser("leaver@uppsala.example");
    const uppsala = await db().municipality.findUniqueOrThrow({ where: { slug: "uppsala" } });
    await addMembership(leaver, uppsala.id);
    await saveSearch(await as(leaver), { query: "area=water", name: "Water" });
    await saveSearch(await as(staff), { query: "area=water", name: "Water" });
    await db().membership.deleteMany({ where: { userId: leaver } });
    expect(await checkDueSavedSearches(new Date(), ORIGIN)).toMatchObject({ deleted: 1 });
    expect(await count(leaver)).toBe(0);
    expect(await count(staff)).toBe(1);
  });
});

describe("personal data", () => {
  it("the export holds the person's saved searches, none of another's", async () => {
    await saveSearch(await as(staff), { query: "area=water", name: "Water everywhere" });
    await saveSearch(await as(otherStaff), { query: "area=energy", name: "Energy elsewhere" });
    const data = await exportOwnData(await as(staff));
    expect(data.savedSearches).toEqual([expect.objectContaining({ name: "Water everywhere", query: "area=water", mailedHromadaIds: [] })]);
    expect(JSON.stringify(data)).not.toContain("Energy elsewhere");
  });

  it("deleting the account deletes its saved searches, and no one else's", async () => {
    const gone = await createUser("gone@uppsala.example");
    await addMembership(gone, (await db().municipality.findUniqueOrThrow({ where: { slug: "uppsala" } })).id);
    await saveSearch(await as(gone), { query: "area=culture", name: "Culture" });
    await saveSearch(await as(staff), { query: "area=culture", name: "Culture" });
    await deleteOwnAccount(await as(gone), gone, "gone@uppsala.example");
    expect(await count(gone)).toBe(0);
    expect(await count(staff)).toBe(1);
  });
});
