import { describe, expect, it } from "vitest";
import { chooseText, descriptionField, PROFILE_LANGUAGES } from "@/lib/profile-languages";
import { routing } from "@/i18n/routing";

const texts = { en: "A city in western Ukraine.", uk: "Місто на заході України.", de: "Eine Stadt in der Westukraine." };

describe("chooseText: the profile text a visitor reads", () => {
  it("shows the visitor's language where the profile has it", () => {
    expect(chooseText(texts, "de")).toEqual({ text: texts.de, language: "de", fallback: false, machineTranslated: false });
    expect(chooseText(texts, "uk")).toMatchObject({ text: texts.uk, language: "uk", fallback: false });
    expect(chooseText(texts, "en")).toMatchObject({ text: texts.en, language: "en", fallback: false });
  });

  it("falls back to English, and says so", () => {
    expect(chooseText(texts, "sv")).toEqual({ text: texts.en, language: "en", fallback: true, machineTranslated: false });
  });

  it("then to Ukrainian, and says so", () => {
    expect(chooseText({ uk: texts.uk, de: texts.de }, "sv")).toMatchObject({ text: texts.uk, language: "uk", fallback: true });
    expect(chooseText({ uk: texts.uk }, "en")).toMatchObject({ language: "uk", fallback: true });
  });

  it("counts an empty or blank text as none, and answers null when there is no text at all", () => {
    expect(chooseText({ de: "  ", en: null, uk: texts.uk }, "de")).toMatchObject({ language: "uk" });
    expect(chooseText({ de: texts.de }, "sv")).toBeNull();
    expect(chooseText({}, "en")).toBeNull();
  });

  it("treats a language that is no profile language like one without text", () => {
    expect(chooseText(texts, "xx")).toMatchObject({ language: "en", fallback: true });
  });

  it("reports a machine translation only for the language shown", () => {
    expect(chooseText(texts, "de", ["de"])).toMatchObject({ language: "de", machineTranslated: true });
    expect(chooseText(texts, "sv", ["de"])).toMatchObject({ language: "en", machineTranslated: false });
    expect(chooseText(texts, "sv", ["en"])).toMatchObject({ language: "en", machineTranslated: true });
  });

  it("every interface locale is a profile language, so every visitor can be shown their own", () => {
    for (const locale of routing.locales) expect(PROFILE_LANGUAGES).toContain(locale);
  });

  it("names each language's description field like the English and Ukrainian ones", () => {
    expect([descriptionField("en"), descriptionField("uk"), descriptionField("de")]).toEqual(["descriptionEn", "descriptionUk", "descriptionDe"]);
  });
});
