import { describe, expect, it } from "vitest";
import { parseProfile } from "@/lib/profile-schema";
import { formData } from "../support/forms";

const valid = {
  version: "2026-11-28T10:00:00.000Z",
  nameEn: "Bila Tserkva",
  nameUk: "Біла Церква",
  adminCentreEn: "Bila Tserkva",
  adminCentreUk: "Біла Церква",
  hromadaType: "URBAN",
  population: "199163",
  descriptionEn: "A city south of Kyiv on the Ros river.",
  descriptionUk: "Місто на південь від Києва на річці Рось.",
  languages: ["uk"],
  contactName: "Ivan Petrenko",
  contactRole: "Deputy mayor",
  contactEmail: "ivan@bc.example",
};

function parse(overrides: Record<string, string | string[]> = {}) {
  return parseProfile(formData({ ...valid, ...overrides }));
}

describe("the profile form's validation", () => {
  it("accepts the minimum, leaving the optional fields empty", () => {
    const r = parse();
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.input).toMatchObject({ raionEn: "", areaKm2: null, latitude: null, website: null, contactPhone: null, needs: [], seeksPartners: false });
  });

  it("reads numbers as people write them: spaces between thousands, a decimal comma", () => {
    const r = parse({ population: "199 163", areaKm2: "34,5", latitude: "49,79", longitude: "30.11" });
    expect(r.ok && [r.input.population, r.input.areaKm2, r.input.latitude, r.input.longitude]).toEqual([199163, 34.5, 49.79, 30.11]);
  });

  it("refuses coordinates outside Ukraine, too many decimals, and half a pair", () => {
    expect(parse({ latitude: "60", longitude: "30" })).toMatchObject({ fieldErrors: { latitude: ["range"] } });
    expect(parse({ areaKm2: "1.234" })).toMatchObject({ fieldErrors: { areaKm2: ["decimals"] } });
    expect(parse({ latitude: "49.8" })).toMatchObject({ fieldErrors: { longitude: ["coordinatesPair"] } });
  });

  it("keeps each language's names in its own script", () => {
    expect(parse({ nameEn: "Біла Церква", nameUk: "Bila Tserkva" })).toMatchObject({ fieldErrors: { nameEn: ["latin"], nameUk: ["cyrillic"] } });
    expect(parse({ nameUk: "Знамʼянка", nameEn: "Znamianka" }).ok).toBe(true);
  });

  it("accepts only web addresses, phone numbers and e-mail addresses of the right shape", () => {
    expect(parse({ website: "javascript:alert(1)" })).toMatchObject({ fieldErrors: { website: ["url"] } });
    expect(parse({ website: "https://bc-rada.gov.ua" }).ok).toBe(true);
    expect(parse({ contactPhone: "call me" })).toMatchObject({ fieldErrors: { contactPhone: ["phone"] } });
    expect(parse({ contactPhone: "+380 (4563) 5-12-34" }).ok).toBe(true);
    expect(parse({ contactEmail: "ivan at bc" })).toMatchObject({ fieldErrors: { contactEmail: ["email"] } });
  });

  it("needs and offers: detail lines in both languages or neither, lines of unticked areas ignored, forged areas refused", () => {
    expect(parse({ needs: ["energy"], "needs-energy-en": "Boilers" })).toMatchObject({ fieldErrors: { "needs-energy-uk": ["translationMissing"] } });
    const r = parse({ needs: ["water"], "needs-energy-en": "ignored", offers: ["culture"], "offers-culture-en": "Choirs", "offers-culture-uk": "Хори" });
    expect(r.ok && [r.input.needs, r.input.offers]).toEqual([
      [{ area: "water", detailEn: "", detailUk: "", translations: {} }],
      [{ area: "culture", detailEn: "Choirs", detailUk: "Хори", translations: {} }],
    ]);
    expect(parse({ needs: ["not-an-area"] })).toMatchObject({ ok: false, fieldErrors: { needs: ["invalidChoice"] } });
  });

  it("a municipality seeking partners names at least one need", () => {
    expect(parse({ seeksPartners: "on" })).toMatchObject({ fieldErrors: { needs: ["needsMin"] } });
    expect(parse({ seeksPartners: "on", needs: ["energy"] }).ok).toBe(true);
  });

  it("reports every problem at once, and never a field the form does not have", () => {
    const r = parseProfile(formData({ nameEn: "", status: "PUBLISHED", profileConfirmedAt: "2030-01-01" }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.fieldErrors)).toEqual(
        expect.arrayContaining(["nameEn", "nameUk", "population", "descriptionEn", "languages", "contactEmail", "version"]),
      );
      expect(Object.keys(r.fieldErrors)).not.toContain("status");
    }
  });
});
