import { describe, expect, it } from "vitest";
import { conflictStatuses } from "../../prisma/seed/conflict";
import { buildDemoDataset } from "../../prisma/seed/dataset";
import { loadRegister, matchTown } from "../../prisma/seed/register";

const register = loadRegister();
const prefix = { lviv: "46", ternopil: "61", kherson: "65", donetsk: "14", zaporizhzhia: "23", luhansk: "44" };

describe("a demo town's hromada in the register", () => {
  it.each([
    ["Львів", prefix.lviv, "Львівський", "UA46060250000025047", "city"],
    ["Броди", prefix.lviv, "Золочівський", "Бродівська територіальна громада", "adjective"],
    ["Городок", prefix.lviv, "Львівський", "Городоцька територіальна громада", "adjective"],
    ["Збараж", prefix.ternopil, "Тернопільський", "Збаразька територіальна громада", "adjective"],
    ["Велика Лепетиха", prefix.kherson, "Каховський", "Великолепетиська територіальна громада", "adjective"],
  ])("%s → %s", (town, regionPrefix, raion, expected, how) => {
    const match = matchTown(register, regionPrefix, town, raion);
    expect(match?.how).toBe(how);
    expect([match?.entry.katottg, match?.entry.officialNameUk]).toContain(expected);
  });

  it("takes no hromada that shares only the beginning of a compound (Новоолексіївка is not Новотроїцька)", () => {
    expect(matchTown(register, prefix.kherson, "Новоолексіївка", "Генічеський")).toBeNull();
  });
});

describe("occupied and front-line status from data/conflict-status.json", () => {
  const statuses = conflictStatuses(register);
  const byName = (regionPrefix: string, nameUk: string) => {
    const entry = register.entries.find((e) => e.regionPrefix === regionPrefix && e.nameUk === nameUk);
    if (!entry) throw new Error(`${nameUk} is not in the register`);
    return statuses.get(entry.katottg) ?? { occupiedSince: null, frontlineSince: null };
  };

  it("marks whole raions, and the named hromadas of a divided raion rather than their raion", () => {
    expect(byName(prefix.donetsk, "Макіївка").occupiedSince).toEqual(new Date("2014-04-07T00:00:00Z"));
    expect(byName(prefix.luhansk, "Алчевська громада").occupiedSince).not.toBeNull();
    expect(byName(prefix.zaporizhzhia, "Енергодар")).toMatchObject({ frontlineSince: null, occupiedSince: new Date("2022-03-04T00:00:00Z") });
    expect(byName(prefix.zaporizhzhia, "Степногірська громада")).toMatchObject({ occupiedSince: null, frontlineSince: new Date("2022-02-24T00:00:00Z") });
    expect(byName(prefix.donetsk, "Краматорськ").frontlineSince).not.toBeNull();
    expect(byName(prefix.lviv, "Львів")).toEqual({ occupiedSince: null, frontlineSince: null });
  });

  it("refuses a hromada the register does not have in that raion", () => {
    const file = { occupied: [{ oblast: "Донецька", raion: "Бахмутський", hromadas: ["Макіївка"], since: "2014-04-07" }], frontline: [] };
    expect(() => conflictStatuses(register, file)).toThrow(/Макіївка/);
  });
});

describe("the demo dataset on the register", () => {
  const dataset = buildDemoDataset();

  it("gives every profile a hromada of the register under its real code: no invented code", () => {
    for (const m of dataset.ukrainian) expect(register.byKatottg.get(m.katottg!)?.nameEn, m.slug).toBe(m.nameEn);
    expect(dataset.ukrainian.find((m) => m.slug === "lviv")?.katottg).toBe("UA46060250000025047");
    expect(dataset.ukrainian.find((m) => m.slug === "kyiv")?.katottg).toBe("UA80000000000093317");
    expect(dataset.ukrainian.length).toBeGreaterThan(250);
  });

  it("has no profile, need, request or partnership in an occupied hromada", () => {
    const occupied = new Set([...dataset.conflict].filter(([, s]) => s.occupiedSince).map(([k]) => k));
    expect(dataset.ukrainian.filter((m) => occupied.has(m.katottg!))).toEqual([]);
    const centres = dataset.ukrainian.map((m) => m.adminCentreEn);
    for (const town of ["Alchevsk", "Antratsyt", "Makiivka", "Donetsk", "Mariupol", "Melitopol"]) expect(centres).not.toContain(town);
    const slugs = new Set(dataset.ukrainian.map((m) => m.slug));
    expect(dataset.requests.every((r) => slugs.has(r.ukrainianSlug))).toBe(true);
    expect(dataset.partnerships.every((p) => slugs.has(p.ukrainianSlug))).toBe(true);
    expect(dataset.partnerships.some((p) => p.ukrainianSlug === "lviv" && p.euSlug === "sindelfingen")).toBe(true);
  });

  it("gives EU municipalities slugs no hromada holds", () => {
    const hromadaSlugs = new Set(register.slugs.values());
    expect(dataset.eu.filter((m) => hromadaSlugs.has(m.slug))).toEqual([]);
  });

  it("is the same on every build", () => {
    const again = buildDemoDataset();
    expect(JSON.stringify(again.ukrainian)).toBe(JSON.stringify(dataset.ukrainian));
    expect(JSON.stringify(again.requests)).toBe(JSON.stringify(dataset.requests));
  });
});
