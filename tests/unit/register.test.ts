import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { katottgInSearch } from "@/lib/catalogue-filters";
import { parseRegister, registerEntry } from "@/lib/register/register";
import { transliterateKmu } from "@/lib/search/transliteration";

describe("KMU 2010 transliteration", () => {
  it.each([
    ["Львів", "Lviv"],
    ["Київ", "Kyiv"],
    ["Запоріжжя", "Zaporizhzhia"],
    ["Яготин", "Yahotyn"],
    ["Знам’янка", "Znamianka"],
    ["Згурівка", "Zghurivka"],
    ["Розгон", "Rozghon"],
    ["Олександрія", "Oleksandriia"],
    ["Щастя", "Shchastia"],
    ["Кам’янка-Бузька", "Kamianka-Buzka"],
    ["Їжакевич", "Yizhakevych"],
    ["Короп’є", "Koropie"],
    ["Гадяч", "Hadiach"],
    ["Ґорґани", "Gorgany"],
    ["Юрій", "Yurii"],
  ])("%s → %s", (uk, latin) => {
    expect(transliterateKmu(uk)).toBe(latin);
  });
});

describe("the register's entries", () => {
  it("names a city's hromada after the city, as urban, and keeps the codifier's name", () => {
    const e = registerEntry("UA46060250000025047", "Львівський", "м. Львів та Львівська територіальна громада");
    expect(e).toMatchObject({ nameUk: "Львів", nameEn: "Lviv", hromadaType: "URBAN", slugBase: "lviv", raionEn: "Lvivskyi", regionPrefix: "46" });
    expect(e.officialNameUk).toBe("м. Львів та Львівська територіальна громада");
  });

  it("names any other hromada by its adjective, of unknown type, with the codifier's spaces tidied", () => {
    expect(registerEntry("UA46060010000049728", "Львівський", "Бібрська  територіальна громада")).toMatchObject({
      nameUk: "Бібрська громада",
      nameEn: "Bibrska hromada",
      hromadaType: null,
      slugBase: "bibrska",
      officialNameUk: "Бібрська територіальна громада",
    });
    expect(registerEntry("UA35040070000031327", "Кропивницький", "м.Знам’янка та  Знам’янська територіальна громада").nameEn).toBe("Znamianka");
  });

  it("reads the bundled codifier whole: 1,469 hromadas of 24 oblasts, and Kyiv city", () => {
    const parsed = parseRegister(readFileSync("prisma/register/ua-hromadas-katottg.csv", "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.entries).toHaveLength(1470);
    expect(new Set(parsed.entries.filter((e) => e.regionPrefix !== "80").map((e) => e.regionPrefix)).size).toBe(24);
    expect(parsed.entries.find((e) => e.katottg === "UA80000000000093317")).toMatchObject({ nameEn: "Kyiv", nameUk: "Київ" });
  });

  it("refuses a file with a bad line, naming every bad line", () => {
    const parsed = parseRegister(
      "katottg,oblast_katottg,oblast_uk,raion_uk,hromada_uk\n" +
        "UA46060250000025047,UA46000000000026241,Львівська,Львівський,м. Львів та Львівська територіальна громада\n" +
        "UA4606,UA46000000000026241,Львівська,Львівський,Бібрська територіальна громада\n" +
        "UA46060250000025047,UA46000000000026241,Львівська,Львівський,Львівська територіальна громада\n" +
        "UA71020010000037786,UA46000000000026241,Черкаська,Звенигородський,Бужанська територіальна громада\n",
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4, 5]);
  });

  it("refuses a file without the codifier's columns", () => {
    const parsed = parseRegister("code,name\nUA46060250000025047,Львів\n");
    expect(parsed.ok).toBe(false);
  });
});

describe("a KATOTTG code typed as a search", () => {
  it("is recognised in any case and with spaces", () => {
    expect(katottgInSearch(" ua46060250000025047 ")).toBe("UA46060250000025047");
    expect(katottgInSearch("UA 4606 0250 0000 25047")).toBe("UA46060250000025047");
    expect(katottgInSearch("Lviv")).toBeNull();
    expect(katottgInSearch("UA4606")).toBeNull();
  });
});
