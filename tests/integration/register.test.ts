import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject, beforeAll, describe, expect, it } from "vitest";
import { parseCatalogueParams } from "@/lib/catalogue-filters";
import { searchCatalogue } from "@/server/catalogue/catalogue";
import { getRegisterEntry } from "@/server/municipalities/profile";
import { BUNDLED_REGISTER, importBundledRegister, importRegisterFile } from "@/server/register/bundled";
import { listRegions } from "@/server/regions";
import { db, resetDatabase } from "../support/database";

const url = inject("databaseUrl");
let regionSlugs: string[] = [];

async function search(params: Record<string, string>) {
  const { filters } = parseCatalogueParams(params, regionSlugs);
  return searchCatalogue(filters, "en");
}

beforeAll(async () => {
  await resetDatabase();
  regionSlugs = (await listRegions()).map((r) => r.slug);
});

describe("the register of hromadas", () => {
  it("is in the database after the bundled edition is imported: 1,470 hromadas, Lviv's under its real code", async () => {
    const report = await importBundledRegister(url);
    expect(report.added).toHaveLength(1470);
    expect(await db().municipality.count()).toBe(1470);
    const lviv = await db().municipality.findUnique({
      where: { katottg: "UA46060250000025047" },
      select: { slug: true, nameEn: true, status: true, region: { select: { slug: true } } },
    });
    expect(lviv).toEqual({ slug: "lviv", nameEn: "Lviv", status: "DRAFT", region: { slug: "lviv" } });
    // Importing the same edition again changes nothing.
    expect((await importBundledRegister(url)).alreadyImported).toBe(true);
    expect(await db().municipality.count()).toBe(1470);
  });

  it("browsing lists published profiles only, and with register=all every hromada, its counts telling which is which", async () => {
    expect((await search({})).total).toBe(0);
    const all = await search({ register: "all" });
    expect(all.total).toBe(1470);
    expect(all.facets.published).toBe(0);
    expect(all.entries.every((e) => !e.onPortal && e.needs.length === 0)).toBe(true);
  });

  it("finds a small hromada without a profile by its Ukrainian name, its Latin name, a misspelling, or its code, first", async () => {
    for (const q of ["Бібрська", "Bibrska", "Bibrs’ka", "bibrskaya", "UA46060010000049728", "ua4606 0010 0000 49728"]) {
      const result = await search({ q });
      expect(result.entries[0]?.slug, q).toBe("bibrska");
    }
    expect(await getRegisterEntry("bibrska")).toMatchObject({
      katottg: "UA46060010000049728",
      officialNameUk: "Бібрська територіальна громада",
      raionEn: "Lvivskyi",
    });
  });

  it("imports a newer edition: renamed, added, moved, removed; a removed hromada that holds a profile is kept and marked", async () => {
    // Zhovtanetska (Lviv raion) publishes a profile before the codifier drops it; Davydivska holds nothing.
    await db().municipality.update({ where: { katottg: "UA46060150000060045" }, data: { status: "PUBLISHED", descriptionEn: "A profile that must survive." } });
    const lines = (await readFile(BUNDLED_REGISTER, "utf8")).trimEnd().split("\n");
    const edited = lines
      .filter((l) => !l.startsWith("UA46060150000060045,") && !l.startsWith("UA46060090000017373,"))
      .map((l) => (l.startsWith("UA46060010000049728,") ? l.replace("Бібрська територіальна громада", "Бібрсько-Ходорівська територіальна громада") : l))
      .map((l) => (l.startsWith("UA46060030000020652,") ? l.replace(",Львівський,", ",Золочівський,") : l));
    edited.push("UA46069990000012345,UA46000000000026241,Львівська,Львівський,м. Новий Тест та Новотестівська територіальна громада");
    const dir = await mkdtemp(path.join(tmpdir(), "register-"));
    const file = path.join(dir, "katottg-2026.csv");
    await writeFile(file, edited.join("\n") + "\n");

    const report = await importRegisterFile(url, file);
    expect(report.added.map((c) => c.katottg)).toEqual(["UA46069990000012345"]);
    expect(report.renamed).toEqual([
      { katottg: "UA46060010000049728", name: "Бібрсько-Ходорівська територіальна громада", before: "Бібрська територіальна громада" },
    ]);
    expect(report.moved.map((c) => c.katottg)).toEqual(["UA46060030000020652"]);
    expect(report.leftRegister.map((c) => c.katottg)).toEqual(["UA46060150000060045"]);
    expect(report.removed.map((c) => c.katottg)).toEqual(["UA46060090000017373"]);

    const kept = await db().municipality.findUnique({
      where: { katottg: "UA46060150000060045" },
      select: { descriptionEn: true, leftRegisterAt: true, status: true },
    });
    expect(kept).toMatchObject({ descriptionEn: "A profile that must survive.", status: "PUBLISHED" });
    expect(kept!.leftRegisterAt).toBeInstanceOf(Date);
    expect(await db().municipality.findUnique({ where: { katottg: "UA46060090000017373" } })).toBeNull();
    // The renamed hromada keeps its address and is found by its new name.
    expect((await search({ q: "Bibrsko-Khodorivska" })).entries[0]?.slug).toBe("bibrska");
    expect((await search({ q: "Novyi Test" })).entries[0]?.slug).toBe("novyi-test");
    expect(await db().municipality.count()).toBe(1470);

    // The same file twice is once.
    const again = await importRegisterFile(url, file);
    expect(again.alreadyImported).toBe(true);
    expect(await db().municipality.count()).toBe(1470);
  });

  it("refuses a file with bad lines, naming them, and changes nothing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "register-"));
    const file = path.join(dir, "bad.csv");
    await writeFile(file, "katottg,oblast_katottg,oblast_uk,raion_uk,hromada_uk\nUA123,UA46000000000026241,Львівська,Львівський,Хибна територіальна громада\n");
    await expect(importRegisterFile(url, file)).rejects.toThrow(/line 2: "UA123" is not a KATOTTG code/);
    expect(await db().municipality.count()).toBe(1470);
  });
});
