import { describe, expect, it } from "vitest";
import { COOPERATION_AREAS } from "../../src/lib/cooperation-areas";
import { VOCABULARY_LOCALES, areaVocabulary, areasNamedBy } from "../../src/lib/search/area-vocabulary";
import { routing } from "../../src/i18n/routing";

const vocabulary = areaVocabulary();
const first = (q: string) => areasNamedBy(q, vocabulary)[0]?.area ?? null;

describe("the cooperation areas' words in the nine languages", () => {
  it("covers every language of the interface", () => {
    expect([...VOCABULARY_LOCALES].sort()).toEqual([...routing.locales].sort());
  });

  it.each(VOCABULARY_LOCALES)("the area labels the %s interface shows lead to their area", async (locale) => {
    const { default: messages } = await import(`../../src/i18n/messages/${locale}.json`);
    for (const area of COOPERATION_AREAS) expect(first(messages.areas[area]), `${locale}: ${messages.areas[area]}`).toBe(area);
  });

  // As people type them: lower case or not, accents or not, inflected, compounded.
  it.each([
    ["en", "clean drinking water", "water"],
    ["en", "hospital equipment", "healthcare"],
    ["en", "schools and kindergartens", "education"],
    ["uk", "водопостачання", "water"],
    ["uk", "лікарня", "healthcare"],
    ["uk", "школи", "education"],
    ["uk", "поводження з відходами", "waste"],
    ["de", "Trinkwasserversorgung", "water"],
    ["de", "Schulen", "education"],
    ["de", "Krankenhäuser", "healthcare"],
    ["de", "Feuerwehr", "civil-protection"],
    ["de", "Abfallwirtschaft", "waste"],
    ["sv", "vattenförsörjning", "water"],
    ["sv", "skolor", "education"],
    ["sv", "elever", "education"], // pupils, not el (electricity)
    ["sv", "räddningstjänst", "civil-protection"],
    ["sv", "fjärrvärme", "energy"],
    ["sv", "äldreomsorg", "social-services"],
    ["pl", "szpitale", "healthcare"],
    ["pl", "gospodarka odpadami", "waste"],
    ["pl", "wodociągi", "water"],
    ["pl", "straż pożarna", "civil-protection"],
    ["fr", "écoles", "education"],
    ["fr", "eau potable", "water"],
    ["fr", "hôpitaux", "healthcare"],
    ["fr", "gestion des déchets", "waste"],
    ["it", "ospedali", "healthcare"],
    ["it", "scuole", "education"],
    ["it", "rifiuti", "waste"],
    ["it", "protezione civile", "civil-protection"],
    ["nl", "drinkwatervoorziening", "water"],
    ["nl", "ziekenhuizen", "healthcare"],
    ["nl", "scholen", "education"],
    ["nl", "afvalverwerking", "waste"],
    ["ro", "spitale", "healthcare"],
    ["ro", "scoli", "education"],
    ["ro", "școli", "education"],
    ["ro", "sanatate", "healthcare"],
    ["ro", "apă", "water"],
    ["ro", "deșeuri", "waste"],
  ])("%s: “%s” names %s", (_locale, query, area) => {
    expect(first(query)).toBe(area);
  });

  // Words that begin like a stem of an area but mean something else.
  it.each([
    ["sv", "miljoner"], // millions, not the environment
    ["uk", "місто"], // a town, not a bridge
    ["en", "yes"],
    ["ro", "apartament"],
    ["en", "Lviv"],
    ["de", "Sindelfingen"],
  ])("%s: “%s” names no area", (_locale, query) => {
    expect(areasNamedBy(query, vocabulary)).toEqual([]);
  });

  it("names each area a query names, once, with the phrase that named it", () => {
    const found = areasNamedBy("Schulen und Krankenhäuser", vocabulary);
    expect(found.map((m) => m.area).sort()).toEqual(["education", "healthcare"]);
    expect(found.every((m) => m.locale === "de")).toBe(true);
  });
});
