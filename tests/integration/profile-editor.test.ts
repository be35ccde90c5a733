import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { saveProfileForm, saveProfile } from "@/server/municipalities/editor/save";
import { confirmProfileCurrent, setProfilePublished } from "@/server/municipalities/editor/publication";
import { getEditableProfile } from "@/server/municipalities/editor/editable";
import { listRequestsAddressedTo } from "@/server/requests/addressed";
import { searchCatalogue } from "@/server/catalogue/catalogue";
import { listRegions } from "@/server/regions";
import { parseCatalogueParams } from "@/lib/catalogue-filters";
import { parseProfile, type ProfileInput } from "@/lib/profile-schema";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { formData } from "../support/forms";

let ids: { lviv: number; stryi: number; sindelfingen: number };
let users: Record<"editorLviv" | "staff" | "coordinator", string>;

async function principal(userId: string): Promise<Principal> {
  return (await loadPrincipal(userId))!;
}

async function version(id: number): Promise<string> {
  return (await db().municipality.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } })).updatedAt.toISOString();
}

/** A complete, valid form for a profile, as the browser would send it. */
async function validForm(id: number, overrides: Record<string, string | string[]> = {}): Promise<FormData> {
  return formData({
    version: await version(id),
    nameEn: "Lemberg Hromada",
    nameUk: "Лемберзька громада",
    adminCentreEn: "Lviv",
    adminCentreUk: "Львів",
    raionEn: "Lviv raion",
    raionUk: "Львівський район",
    hromadaType: "URBAN",
    population: "720 000",
    areaKm2: "182,01",
    latitude: "49.842957",
    longitude: "24.031111",
    descriptionEn: "A city in western Ukraine that hosts many displaced people.",
    descriptionUk: "Місто на заході України, яке прихистило багато переселенців.",
    languages: ["uk", "en", "pl"],
    needsInterpretation: "on",
    seeksPartners: "on",
    website: "https://city-adm.lviv.ua",
    needs: ["energy", "water"],
    "needs-energy-en": "Heat pumps for schools",
    "needs-energy-uk": "Теплові насоси для шкіл",
    offers: ["ukrainian-expertise"],
    contactName: "Olena Demchenko",
    contactRole: "Head of International Relations",
    contactEmail: "olena@lviv.example",
    contactPhone: "+380 32 123 4567",
    ...overrides,
  });
}

async function validInput(id: number, overrides: Record<string, string | string[]> = {}): Promise<ProfileInput> {
  const parsed = parseProfile(await validForm(id, overrides));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.input;
}

async function snapshot(id: number) {
  return db().municipality.findUniqueOrThrow({ where: { id }, include: { areas: true } });
}

beforeEach(async () => {
  await resetDatabase();
  ids = {
    lviv: await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["culture"] }),
    stryi: await createHromada({ slug: "stryi", nameEn: "Stryi", nameUk: "Стрий", region: "lviv", population: 59000, needs: ["energy"] }),
    sindelfingen: await createEuMunicipality("sindelfingen", "Sindelfingen", "DE"),
  };
  users = {
    editorLviv: await createUser("editor.lviv@example.org"),
    staff: await createUser("staff@example.org"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
  };
  await addMembership(users.editorLviv, ids.lviv);
  await addMembership(users.staff, ids.sindelfingen);
});

describe("saving a profile", () => {
  it("the editor saves every field of their own municipality, and the new name is searchable", async () => {
    const editor = await principal(users.editorLviv);
    await saveProfile(editor, "lviv", await validInput(ids.lviv));
    const m = await snapshot(ids.lviv);
    expect(m).toMatchObject({
      nameEn: "Lemberg Hromada",
      nameUk: "Лемберзька громада",
      adminCentreEn: "Lviv",
      adminCentreUk: "Львів",
      raionEn: "Lviv raion",
      raionUk: "Львівський район",
      hromadaType: "URBAN",
      population: 720000,
      descriptionEn: "A city in western Ukraine that hosts many displaced people.",
      languages: ["uk", "en", "pl"],
      needsInterpretation: true,
      seeksPartners: true,
      website: "https://city-adm.lviv.ua",
      contactName: "Olena Demchenko",
      contactRole: "Head of International Relations",
      contactEmail: "olena@lviv.example",
      contactPhone: "+380 32 123 4567",
    });
    expect([Number(m.areaKm2), Number(m.latitude), Number(m.longitude)]).toEqual([182.01, 49.842957, 24.031111]);
    const areas = await db().municipalityArea.findMany({
      where: { municipalityId: ids.lviv },
      include: { area: true },
      orderBy: { area: { sortOrder: "asc" } },
    });
    expect(areas.map((a) => [a.direction, a.area.slug, a.detailEn, a.detailUk])).toEqual([
      ["NEED", "energy", "Heat pumps for schools", "Теплові насоси для шкіл"],
      ["NEED", "water", null, null],
      ["OFFER", "ukrainian-expertise", null, null],
    ]);
    expect(m.searchNames).toContain("lemberg");
    const regions = (await listRegions()).map((r) => r.slug);
    const found = await searchCatalogue(parseCatalogueParams({ q: "Lemberg" }, regions).filters, "en");
    expect(found.entries.map((e) => e.slug)).toEqual(["lviv"]);
    const audit = await db().auditEvent.findMany({ where: { action: "profile.edit" } });
    expect(audit).toMatchObject([{ actorUserId: users.editorLviv, objectId: String(ids.lviv), outcome: "ALLOWED" }]);
  });

  it("the editor of Lviv saving Stryi's profile is refused, nothing is written, and the refusal is audited", async () => {
    const before = await snapshot(ids.stryi);
    const refusal = await saveProfile(await principal(users.editorLviv), "stryi", await validInput(ids.stryi)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Forbidden);
    expect(await snapshot(ids.stryi)).toEqual(before);
    expect(await db().auditEvent.findMany({ select: { actorUserId: true, action: true, objectId: true, outcome: true } })).toEqual([
      { actorUserId: users.editorLviv, action: "profile.edit", objectId: String(ids.stryi), outcome: "REFUSED" },
    ]);
  });

  it("EU staff and the signed-out are refused", async () => {
    const before = await snapshot(ids.lviv);
    await expect(saveProfile(await principal(users.staff), "lviv", await validInput(ids.lviv))).rejects.toBeInstanceOf(Forbidden);
    await expect(saveProfile(null, "lviv", await validInput(ids.lviv))).rejects.toBeInstanceOf(Forbidden);
    expect(await snapshot(ids.lviv)).toEqual(before);
    expect(await db().auditEvent.count({ where: { outcome: "REFUSED" } })).toBe(2);
  });

  it("a coordinator may save any profile", async () => {
    await saveProfile(await principal(users.coordinator), "stryi", await validInput(ids.stryi, { nameEn: "Stryi Town" }));
    expect((await snapshot(ids.stryi)).nameEn).toBe("Stryi Town");
  });

  it("invalid input is refused field by field and stores nothing", async () => {
    const before = await snapshot(ids.lviv);
    const parsed = await saveProfileForm(
      await principal(users.editorLviv),
      "lviv",
      await validForm(ids.lviv, {
        nameEn: "Львів",
        nameUk: "",
        population: "lots",
        latitude: "60",
        longitude: "",
        contactEmail: "not-an-address",
        website: "javascript:alert(1)",
        "needs-water-en": "Pipes",
        languages: [],
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors).toMatchObject({
      nameEn: ["latin"],
      nameUk: ["required"],
      population: ["number"],
      latitude: ["range"],
      longitude: ["coordinatesPair"],
      contactEmail: ["email"],
      website: ["url"],
      "needs-water-uk": ["translationMissing"],
      languages: ["languagesMin"],
    });
    expect(await snapshot(ids.lviv)).toEqual(before);
  });

  it("a save over a newer version is refused as stale and stores nothing", async () => {
    const editor = await principal(users.editorLviv);
    const first = await validInput(ids.lviv, { nameEn: "First" });
    const second = await validInput(ids.lviv, { nameEn: "Second" });
    await saveProfile(editor, "lviv", first);
    await expect(saveProfile(editor, "lviv", second)).rejects.toMatchObject({ code: "stale" });
    expect((await snapshot(ids.lviv)).nameEn).toBe("First");
  });

  it("a profile in occupied territory cannot be set to seek partners", async () => {
    const occupied = await createHromada({ slug: "yalta", nameEn: "Yalta", nameUk: "Ялта", region: "crimea", population: 76000, seeking: false });
    await addMembership(users.editorLviv, occupied);
    const editor = await principal(users.editorLviv);
    await expect(saveProfile(editor, "yalta", await validInput(occupied))).rejects.toMatchObject({ code: "occupiedRegion", field: "seeksPartners" });
    expect((await snapshot(occupied)).seeksPartners).toBe(false);
    await saveProfile(editor, "yalta", await validInput(occupied, { seeksPartners: "" }));
    expect((await snapshot(occupied)).nameEn).toBe("Lemberg Hromada");
  });

  it("an unknown municipality is refused like another's to an editor (existence is not told), and not found for a coordinator", async () => {
    await expect(saveProfile(await principal(users.staff), "nowhere", await validInput(ids.lviv))).rejects.toBeInstanceOf(Forbidden);
    await expect(saveProfile(await principal(users.editorLviv), "nowhere", await validInput(ids.lviv))).rejects.toBeInstanceOf(Forbidden);
    await expect(saveProfile(await principal(users.coordinator), "nowhere", await validInput(ids.lviv))).rejects.toMatchObject({ code: "notFound" });
    // An EU municipality is not a profile this editor edits.
    await expect(saveProfile(await principal(users.coordinator), "sindelfingen", await validInput(ids.lviv))).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("publishing and confirming", () => {
  it("the editor unpublishes and publishes, each audited", async () => {
    const editor = await principal(users.editorLviv);
    await saveProfile(editor, "lviv", await validInput(ids.lviv));
    await setProfilePublished(editor, "lviv", false);
    expect((await snapshot(ids.lviv)).status).toBe("DRAFT");
    await setProfilePublished(editor, "lviv", true);
    expect((await snapshot(ids.lviv)).status).toBe("PUBLISHED");
    const audit = await db().auditEvent.findMany({ where: { action: "profile.publish" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.outcome, a.detail])).toEqual([
      ["ALLOWED", { status: "DRAFT" }],
      ["ALLOWED", { status: "PUBLISHED" }],
    ]);
  });

  it("taking a profile out keeps the editor's reason in the audit log", async () => {
    const editor = await principal(users.editorLviv);
    await saveProfile(editor, "lviv", await validInput(ids.lviv));
    await setProfilePublished(editor, "lviv", false, "The council is revising our needs.");
    expect((await snapshot(ids.lviv)).status).toBe("DRAFT");
    const last = await db().auditEvent.findFirstOrThrow({ where: { action: "profile.publish" }, orderBy: { id: "desc" } });
    expect(last.detail).toEqual({ status: "DRAFT", reason: "The council is revising our needs." });
    await setProfilePublished(editor, "lviv", true);
  });

  it("an incomplete profile is not published", async () => {
    await db().municipality.update({ where: { id: ids.lviv }, data: { status: "DRAFT" } });
    // The fixture has no descriptions: it would not pass the editor's validation.
    await expect(setProfilePublished(await principal(users.editorLviv), "lviv", true)).rejects.toMatchObject({ code: "incomplete" });
    expect((await snapshot(ids.lviv)).status).toBe("DRAFT");
    await saveProfile(await principal(users.editorLviv), "lviv", await validInput(ids.lviv));
    await setProfilePublished(await principal(users.editorLviv), "lviv", true);
    expect((await snapshot(ids.lviv)).status).toBe("PUBLISHED");
  });

  it("publishing and confirming leave an open form's version valid", async () => {
    const editor = await principal(users.editorLviv);
    const form = await validInput(ids.lviv, { nameEn: "Opened Before" });
    await setProfilePublished(editor, "lviv", false);
    await confirmProfileCurrent(editor, "lviv");
    await saveProfile(editor, "lviv", form);
    expect((await snapshot(ids.lviv)).nameEn).toBe("Opened Before");
  });

  it("the editor of Lviv cannot unpublish Stryi", async () => {
    await expect(setProfilePublished(await principal(users.editorLviv), "stryi", false)).rejects.toBeInstanceOf(Forbidden);
    expect((await snapshot(ids.stryi)).status).toBe("PUBLISHED");
  });

  it("confirming sets the confirmation date; only the municipality's own editor may", async () => {
    const now = new Date("2026-11-28T12:00:00.000Z");
    await confirmProfileCurrent(await principal(users.editorLviv), "lviv", now);
    expect((await snapshot(ids.lviv)).profileConfirmedAt).toEqual(now);
    expect(await db().auditEvent.count({ where: { action: "profile.confirm", outcome: "ALLOWED" } })).toBe(1);
    await expect(confirmProfileCurrent(await principal(users.coordinator), "stryi")).rejects.toBeInstanceOf(Forbidden);
    await expect(confirmProfileCurrent(await principal(users.editorLviv), "stryi")).rejects.toBeInstanceOf(Forbidden);
    expect((await snapshot(ids.stryi)).profileConfirmedAt).toBeNull();
  });
});

describe("reading", () => {
  it("the edit form's data, contact included, is for the editor and coordinators only", async () => {
    const own = await getEditableProfile(await principal(users.editorLviv), "lviv");
    expect(own.values.contactEmail).toBe("contact@lviv.example");
    await expect(getEditableProfile(await principal(users.editorLviv), "stryi")).rejects.toBeInstanceOf(Forbidden);
    await expect(getEditableProfile(await principal(users.staff), "lviv")).rejects.toBeInstanceOf(Forbidden);
    expect((await getEditableProfile(await principal(users.coordinator), "stryi")).slug).toBe("stryi");
  });

  it("editors see the requests addressed to their municipality and no other's", async () => {
    const request = (ua: number, reference: string) =>
      db().partnershipRequest.create({
        data: {
          reference,
          submissionToken: crypto.randomUUID(),
          ukrainianMunicipalityId: ua,
          euMunicipalityId: ids.sindelfingen,
          message: "We would like to help with energy.",
          requesterName: "Anna Berg",
          requesterRole: "Officer",
          requesterEmail: "anna@example.org",
          languages: ["en"],
          locale: "en",
        },
      });
    await request(ids.lviv, "C4C-LVIV01");
    await request(ids.stryi, "C4C-STRY01");
    const list = await listRequestsAddressedTo(await principal(users.editorLviv), ids.lviv);
    expect(list.map((r) => [r.reference, r.from.name])).toEqual([["C4C-LVIV01", "Sindelfingen"]]);
    expect(JSON.stringify(list)).not.toContain("anna@example.org");
    await expect(listRequestsAddressedTo(await principal(users.editorLviv), ids.stryi)).rejects.toBeInstanceOf(Forbidden);
    await expect(listRequestsAddressedTo(await principal(users.staff), ids.lviv)).rejects.toBeInstanceOf(Forbidden);
    expect(await db().auditEvent.count({ where: { action: "request.readForMunicipality", outcome: "REFUSED" } })).toBe(2);
  });
});

describe("saving counts as confirming, and flags texts the other language left behind", () => {
  it("an editor's save confirms the profile current (audited); a coordinator's does not", async () => {
    const now = new Date("2026-12-01T09:00:00.000Z");
    const saved = await saveProfile(await principal(users.editorLviv), "lviv", await validInput(ids.lviv), now);
    expect(saved.confirmed).toBe(true);
    expect((await snapshot(ids.lviv)).profileConfirmedAt).toEqual(now);
    expect(await db().auditEvent.count({ where: { action: "profile.confirm", outcome: "ALLOWED", objectId: String(ids.lviv) } })).toBe(1);

    const byCoordinator = await saveProfile(await principal(users.coordinator), "stryi", await validInput(ids.stryi, { nameEn: "Stryi Town" }));
    expect(byCoordinator.confirmed).toBe(false);
    expect((await snapshot(ids.stryi)).profileConfirmedAt).toBeNull();
  });

  it("a changed Ukrainian text flags its English text as possibly out of date, and vice versa", async () => {
    const editor = await principal(users.editorLviv);
    const first = await saveProfile(
      editor,
      "lviv",
      await validInput(ids.lviv, { descriptionDe: "Eine Stadt im Westen der Ukraine, die viele Vertriebene aufnimmt." }),
    );
    // The fixture had no descriptions: writing both is no change to one language only.
    expect(first.outdated).toEqual([]);

    const ukChanged = await saveProfile(
      editor,
      "lviv",
      await validInput(ids.lviv, {
        descriptionDe: "Eine Stadt im Westen der Ukraine, die viele Vertriebene aufnimmt.",
        descriptionUk: "Місто на заході України, яке прихистило понад сто тисяч переселенців.",
      }),
    );
    // The English and the German description did not follow; the energy line is unchanged.
    expect(ukChanged.outdated).toEqual(["descriptionEn", "descriptionDe"]);

    const enChanged = await saveProfile(
      editor,
      "lviv",
      await validInput(ids.lviv, {
        descriptionDe: "Eine Stadt im Westen der Ukraine, die viele Vertriebene aufnimmt.",
        descriptionUk: "Місто на заході України, яке прихистило понад сто тисяч переселенців.",
        "needs-energy-en": "Heat pumps for twelve schools",
      }),
    );
    expect(enChanged.outdated).toEqual(["needs-energy-uk"]);

    const both = await saveProfile(
      editor,
      "lviv",
      await validInput(ids.lviv, {
        descriptionDe: "Eine Stadt im Westen der Ukraine, die viele Vertriebene aufnimmt.",
        descriptionUk: "Місто на заході України, яке прихистило понад сто тисяч переселенців.",
        "needs-energy-en": "Heat pumps for 12 schools",
        "needs-energy-uk": "Теплові насоси для 12 шкіл",
      }),
    );
    expect(both.outdated).toEqual([]);
  });
});
