import { beforeEach, describe, expect, it } from "vitest";
import { loadPrincipal, type Principal } from "@/server/auth/principal";
import { saveProfileForm, saveProfile } from "@/server/municipalities/editor/save";
import { getEditableProfile } from "@/server/municipalities/editor/editable";
import { getPublicProfile } from "@/server/municipalities/profile";
import { parseProfile, type ProfileInput } from "@/lib/profile-schema";
import { chooseText } from "@/lib/profile-languages";
import { db, resetDatabase } from "../support/database";
import { createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { formData } from "../support/forms";

let lviv: number;
let editor: Principal;

const GERMAN = "Eine Stadt in der Westukraine, die viele Binnenvertriebene aufgenommen hat.";

async function form(overrides: Record<string, string | string[]> = {}): Promise<FormData> {
  const { updatedAt } = await db().municipality.findUniqueOrThrow({ where: { id: lviv }, select: { updatedAt: true } });
  return formData({
    version: updatedAt.toISOString(),
    nameEn: "Lviv",
    nameUk: "Львів",
    adminCentreEn: "Lviv",
    adminCentreUk: "Львів",
    hromadaType: "URBAN",
    population: "717803",
    descriptionEn: "A city in western Ukraine that hosts many displaced people.",
    descriptionUk: "Місто на заході України, яке прихистило багато переселенців.",
    languages: ["uk", "en", "de"],
    seeksPartners: "on",
    needs: ["energy", "water"],
    "needs-energy-en": "Heat pumps for schools",
    "needs-energy-uk": "Теплові насоси для шкіл",
    offers: ["culture"],
    contactName: "Olena Demchenko",
    contactRole: "Head of International Relations",
    contactEmail: "olena@lviv.example",
    ...overrides,
  });
}

async function input(overrides: Record<string, string | string[]> = {}): Promise<ProfileInput> {
  const parsed = parseProfile(await form(overrides));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.input;
}

/** Everything a save may write: the row, its needs and offers, and every translation. */
async function snapshot() {
  return db().municipality.findUniqueOrThrow({
    where: { id: lviv },
    include: {
      translations: { orderBy: { language: "asc" } },
      areas: { include: { translations: { orderBy: { language: "asc" } } }, orderBy: { areaId: "asc" } },
    },
  });
}

async function storedTranslations() {
  const descriptions = await db().municipalityTranslation.findMany({ where: { municipalityId: lviv }, orderBy: { language: "asc" } });
  const details = await db().municipalityAreaTranslation.findMany({
    where: { municipalityId: lviv },
    select: { direction: true, language: true, detail: true, line: { select: { area: { select: { slug: true } } } } },
    orderBy: [{ direction: "asc" }, { language: "asc" }],
  });
  return {
    descriptions: descriptions.map((d) => [d.language, d.description]),
    details: details.map((d) => [d.direction, d.line.area.slug, d.language, d.detail]),
  };
}

beforeEach(async () => {
  await resetDatabase();
  lviv = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["culture"] });
  const user = await createUser("editor.lviv@example.org");
  await addMembership(user, lviv);
  editor = (await loadPrincipal(user))!;
});

describe("saving a profile's texts in the other languages", () => {
  it("stores the description and details per language with the machine-translation marks, and shows them to visitors", async () => {
    await saveProfile(
      editor,
      "lviv",
      await input({
        descriptionDe: GERMAN,
        "needs-energy-de": "Wärmepumpen für Schulen",
        "needs-water-pl": "Nowe wodociągi",
        // Swedish has no text: its mark means nothing and is not kept.
        machineTranslated: ["de", "sv"],
      }),
    );
    expect(await storedTranslations()).toEqual({
      descriptions: [["de", GERMAN]],
      details: [
        ["NEED", "energy", "de", "Wärmepumpen für Schulen"],
        ["NEED", "water", "pl", "Nowe wodociągi"],
      ],
    });
    expect((await snapshot()).machineTranslated).toEqual(["de"]);

    // The editor opens with what was stored.
    const editable = await getEditableProfile(editor, "lviv");
    expect(editable.values).toMatchObject({ descriptionDe: GERMAN, descriptionPl: "", machineTranslated: ["de"] });
    expect(editable.values.needs).toContainEqual(expect.objectContaining({ area: "energy", translations: { de: "Wärmepumpen für Schulen" } }));

    // A visitor reading German gets German, marked as a machine translation; one reading Swedish gets English.
    const profile = (await getPublicProfile("lviv"))!;
    expect(chooseText(profile.description, "de", profile.machineTranslated)).toMatchObject({ text: GERMAN, language: "de", machineTranslated: true });
    expect(chooseText(profile.description, "sv", profile.machineTranslated)).toMatchObject({ language: "en", fallback: true, machineTranslated: false });
    const water = profile.needs.find((n) => n.area === "water")!;
    expect(chooseText(water.detail, "pl")).toMatchObject({ text: "Nowe wodociągi", language: "pl" });
  });

  it("a later save replaces them: a language emptied goes, and an unticked need takes its translations with it", async () => {
    await saveProfile(
      editor,
      "lviv",
      await input({
        descriptionDe: GERMAN,
        descriptionPl: "Miasto w zachodniej Ukrainie, które przyjęło wielu przesiedleńców.",
        "needs-water-de": "Neue Wasserleitungen",
        machineTranslated: ["pl"],
      }),
    );
    await saveProfile(
      editor,
      "lviv",
      await input({ descriptionDe: GERMAN, descriptionPl: "", needs: ["energy"], "needs-water-de": "Neue Wasserleitungen", machineTranslated: ["pl"] }),
    );
    expect(await storedTranslations()).toEqual({ descriptions: [["de", GERMAN]], details: [] });
    expect((await snapshot()).machineTranslated).toEqual([]);
  });

  it("refuses over-long and too-short texts and unknown languages field by field, and stores nothing", async () => {
    await saveProfile(editor, "lviv", await input({ descriptionDe: GERMAN }));
    const before = await snapshot();
    const parsed = await saveProfileForm(
      editor,
      "lviv",
      await form({
        descriptionDe: "x".repeat(4001),
        descriptionSv: "För kort",
        "needs-energy-pl": "p".repeat(301),
        machineTranslated: ["de", "xx"],
        // Not a field of the form: dropped before validation, never stored.
        descriptionXx: "Something in no profile language at all, long enough to pass.",
        "needs-energy-xx": "Nothing",
      }),
    );
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: { descriptionDe: ["tooLong"], descriptionSv: ["tooShort"], "needs-energy-pl": ["tooLong"], machineTranslated: ["invalidChoice"] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("is one transaction: a save the database refuses halfway leaves needs, offers and texts as they were", async () => {
    await saveProfile(editor, "lviv", await input({ descriptionDe: GERMAN, "needs-energy-de": "Wärmepumpen für Schulen" }));
    const before = await snapshot();
    // Past the form's validation (a caller of the domain function): the database refuses the
    // over-long detail after the needs and offers were already replaced inside the transaction.
    const forged = await input({ needs: ["water"], descriptionDe: "" });
    forged.needs[0].translations = { de: "x".repeat(301) };
    await expect(saveProfile(editor, "lviv", forged)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
