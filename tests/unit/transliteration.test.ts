import { describe, expect, it } from "vitest";
import { transliterateKmu } from "@/lib/search/transliteration";

// The examples of the table in Cabinet of Ministers resolution No. 55 of 27 January 2010.
const OFFICIAL: [string, string][] = [
  ["Алушта", "Alushta"],
  ["Андрій", "Andrii"],
  ["Борщагівка", "Borshchahivka"],
  ["Борисенко", "Borysenko"],
  ["Вінниця", "Vinnytsia"],
  ["Володимир", "Volodymyr"],
  ["Гадяч", "Hadiach"],
  ["Богдан", "Bohdan"],
  ["Згурський", "Zghurskyi"],
  ["Ґалаґан", "Galagan"],
  ["Ґорґани", "Gorgany"],
  ["Донецьк", "Donetsk"],
  ["Дмитро", "Dmytro"],
  ["Рівне", "Rivne"],
  ["Олег", "Oleh"],
  ["Есмань", "Esman"],
  ["Єнакієве", "Yenakiieve"],
  ["Гаєвич", "Haievych"],
  ["Короп'є", "Koropie"],
  ["Житомир", "Zhytomyr"],
  ["Жанна", "Zhanna"],
  ["Жежелів", "Zhezheliv"],
  ["Закарпаття", "Zakarpattia"],
  ["Казимирчук", "Kazymyrchuk"],
  ["Медвин", "Medvyn"],
  ["Михайленко", "Mykhailenko"],
  ["Іванків", "Ivankiv"],
  ["Іващенко", "Ivashchenko"],
  ["Їжакевич", "Yizhakevych"],
  ["Кадиївка", "Kadyivka"],
  ["Мар'їне", "Marine"],
  ["Йосипівка", "Yosypivka"],
  ["Стрий", "Stryi"],
  ["Олексій", "Oleksii"],
  ["Київ", "Kyiv"],
  ["Коваленко", "Kovalenko"],
  ["Лебедин", "Lebedyn"],
  ["Леонід", "Leonid"],
  ["Миколаїв", "Mykolaiv"],
  ["Маринич", "Marynych"],
  ["Ніжин", "Nizhyn"],
  ["Наталія", "Nataliia"],
  ["Одеса", "Odesa"],
  ["Онищенко", "Onyshchenko"],
  ["Полтава", "Poltava"],
  ["Петро", "Petro"],
  ["Решетилівка", "Reshetylivka"],
  ["Рибчинський", "Rybchynskyi"],
  ["Суми", "Sumy"],
  ["Соломія", "Solomiia"],
  ["Тернопіль", "Ternopil"],
  ["Троць", "Trots"],
  ["Ужгород", "Uzhhorod"],
  ["Уляна", "Uliana"],
  ["Фастів", "Fastiv"],
  ["Філіпчук", "Filipchuk"],
  ["Харків", "Kharkiv"],
  ["Христина", "Khrystyna"],
  ["Біла Церква", "Bila Tserkva"],
  ["Стеценко", "Stetsenko"],
  ["Чернівці", "Chernivtsi"],
  ["Шевченко", "Shevchenko"],
  ["Шостка", "Shostka"],
  ["Кишеньки", "Kyshenky"],
  ["Щербухи", "Shcherbukhy"],
  ["Гоща", "Hoshcha"],
  ["Гаращенко", "Harashchenko"],
  ["Юрій", "Yurii"],
  ["Корюківка", "Koriukivka"],
  ["Яготин", "Yahotyn"],
  ["Ярошенко", "Yaroshenko"],
  ["Костянтин", "Kostiantyn"],
  ["Знам'янка", "Znamianka"],
  ["Феодосія", "Feodosiia"],
];

describe("transliterateKmu (KMU 2010)", () => {
  it.each(OFFICIAL)("%s → %s", (uk, latin) => {
    expect(transliterateKmu(uk)).toBe(latin);
  });

  it("drops every kind of apostrophe inside a Ukrainian word", () => {
    for (const name of ["Знам'янка", "Знам’янка", "Знамʼянка", "Знам`янка"]) expect(transliterateKmu(name)).toBe("Znamianka");
  });

  it("writes the word-initial forms after a space or a hyphen", () => {
    expect(transliterateKmu("Івано-Франківськ")).toBe("Ivano-Frankivsk");
    expect(transliterateKmu("Нова Ягідна")).toBe("Nova Yahidna");
    expect(transliterateKmu("Соф'ївка")).toBe("Sofivka");
  });

  it("keeps capitals, also in a word written in capitals", () => {
    expect(transliterateKmu("ЩОРС")).toBe("SHCHORS");
    expect(transliterateKmu("ЛЬВІВ")).toBe("LVIV");
    expect(transliterateKmu("Щастя")).toBe("Shchastia");
  });

  it("leaves Latin letters, digits and punctuation alone", () => {
    expect(transliterateKmu("Lviv, 2024 — Львів")).toBe("Lviv, 2024 — Lviv");
    expect(transliterateKmu("don't")).toBe("don't");
  });
});
