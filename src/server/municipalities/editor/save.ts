import "server-only";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { recordAudit } from "@/server/audit/record";
import { can, type Principal } from "@/server/auth/principal";
import { parseProfile, type ProfileFieldErrors, type ProfileInput } from "@/lib/profile-schema";
import { possiblyOutdated, profileTranslations, textsOfInput, type ProfileTexts } from "@/lib/profile-translations";
import type { ProfileField } from "@/lib/profile-schema";
import type { Prisma } from "@/generated/prisma/client";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import { authorizeOnProfile, type ProfileEditErrorCode } from "./subject";

/**
 * Saves every field of a Ukrainian municipality's profile, its needs and offers and its contact
 * person, its texts in the optional languages, in one transaction with its search keys. Only the municipality's editors and the
 * coordinators may; a save over a version newer than the form's is refused ("stale") rather than
 * silently overwriting someone else's change. Returns the new version.
 *
 * A save by the municipality's own editor also confirms the profile current (as "Confirm this
 * profile is current" does, audited as profile.confirm): they have just been through every field.
 * A coordinator's save does not: only the municipality says its profile is current. `confirmed`
 * says which happened, and the form tells the person. `outdated` names the texts whose other
 * language changed in this save while they did not (src/lib/profile-translations.ts), for the
 * form to flag.
 */
export async function saveProfile(
  principal: Principal | null,
  slug: string,
  input: ProfileInput,
  now = new Date(),
): Promise<{ version: string; confirmed: boolean; outdated: ProfileField[] }> {
  const { id } = await authorizeOnProfile(principal, "profile.edit", slug);
  const confirms = can(principal, "profile.confirm", { type: "municipality", id });
  const areas = await db().cooperationArea.findMany({ select: { id: true, slug: true } });
  const areaId = new Map(areas.map((a) => [a.slug, a.id]));
  const { updatedAt, outdated } = await db().$transaction(async (tx) => {
    // Locks the row: two saves of one profile run one after the other, and the second sees the first.
    const [current] = await tx.$queryRaw<{ updated_at: Date; occupied: boolean | null }[]>`
      SELECT m.updated_at, (coalesce(r.occupied, false) OR m.occupied_since IS NOT NULL) AS occupied
        FROM municipality m LEFT JOIN region r ON r.id = m.region_id
       WHERE m.id = ${id} FOR UPDATE OF m`;
    if (current.updated_at.getTime() !== new Date(input.version).getTime()) throw new DomainError<ProfileEditErrorCode>("stale");
    if (input.seeksPartners && current.occupied) throw new DomainError<ProfileEditErrorCode>("occupiedRegion", "seeksPartners");
    const outdated = possiblyOutdated(await storedTexts(tx, id), textsOfInput(input));
    await tx.municipalityArea.deleteMany({ where: { municipalityId: id } });
    const lines = (direction: "NEED" | "OFFER", list: ProfileInput["needs"]) =>
      list.map((l) => ({ municipalityId: id, areaId: areaId.get(l.area)!, direction, detailEn: l.detailEn || null, detailUk: l.detailUk || null }));
    await tx.municipalityArea.createMany({ data: [...lines("NEED", input.needs), ...lines("OFFER", input.offers)] });
    // The details' translations went with their lines (ON DELETE CASCADE); the descriptions' are replaced too.
    const translations = profileTranslations(input);
    await tx.municipalityAreaTranslation.createMany({
      data: translations.details.map((d) => ({
        municipalityId: id,
        areaId: areaId.get(d.area)!,
        direction: d.direction,
        language: d.language,
        detail: d.detail,
      })),
    });
    await tx.municipalityTranslation.deleteMany({ where: { municipalityId: id } });
    await tx.municipalityTranslation.createMany({
      data: translations.descriptions.map((d) => ({ municipalityId: id, language: d.language, description: d.description })),
    });
    const saved = await tx.municipality.update({
      where: { id },
      data: {
        nameEn: input.nameEn,
        nameUk: input.nameUk,
        adminCentreEn: input.adminCentreEn,
        adminCentreUk: input.adminCentreUk,
        raionEn: input.raionEn || null,
        raionUk: input.raionUk || null,
        hromadaType: input.hromadaType,
        population: input.population,
        areaKm2: input.areaKm2,
        latitude: input.latitude,
        longitude: input.longitude,
        descriptionEn: input.descriptionEn,
        descriptionUk: input.descriptionUk,
        machineTranslated: translations.machineTranslated,
        languages: input.languages,
        needsInterpretation: input.needsInterpretation,
        seeksPartners: input.seeksPartners,
        website: input.website,
        contactName: input.contactName,
        contactRole: input.contactRole,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        ...(confirms ? { profileConfirmedAt: now } : {}),
      },
      select: { updatedAt: true },
    });
    await refreshSearchIndex(tx, [id]);
    await recordAudit(tx, { actorUserId: principal!.userId, action: "profile.edit", objectType: "municipality", objectId: String(id), outcome: "ALLOWED" });
    if (confirms) {
      await recordAudit(tx, {
        actorUserId: principal!.userId,
        action: "profile.confirm",
        objectType: "municipality",
        objectId: String(id),
        outcome: "ALLOWED",
        detail: { by: "save" },
      });
    }
    return { updatedAt: saved.updatedAt, outdated };
  });
  return { version: updatedAt.toISOString(), confirmed: confirms, outdated };
}

/** The profile's texts as stored, before the save replaces them. */
async function storedTexts(tx: Prisma.TransactionClient, id: number): Promise<ProfileTexts> {
  const m = await tx.municipality.findUniqueOrThrow({
    where: { id },
    select: {
      descriptionEn: true,
      descriptionUk: true,
      translations: { select: { language: true, description: true } },
      areas: {
        select: {
          direction: true,
          detailEn: true,
          detailUk: true,
          area: { select: { slug: true } },
          translations: { select: { language: true, detail: true } },
        },
      },
    },
  });
  return {
    description: { en: m.descriptionEn, uk: m.descriptionUk, ...Object.fromEntries(m.translations.map((t) => [t.language, t.description])) },
    lines: m.areas.map((line) => ({
      direction: line.direction === "NEED" ? "needs" : "offers",
      area: line.area.slug as CooperationAreaSlug,
      texts: { en: line.detailEn, uk: line.detailUk, ...Object.fromEntries(line.translations.map((t) => [t.language, t.detail])) },
    })),
  };
}

/**
 * The profile form's whole write path: the form parsed with the shared schema, then saved; a form
 * that does not parse is answered field by field and stores nothing. Form handlers should call
 * this rather than parse and save apart, so the path a test covers is the one a post takes.
 */
export async function saveProfileForm(
  principal: Principal | null,
  slug: string,
  form: FormData,
): Promise<{ ok: true; version: string; confirmed: boolean; outdated: ProfileField[] } | { ok: false; fieldErrors: ProfileFieldErrors }> {
  const parsed = parseProfile(form);
  if (!parsed.ok) return parsed;
  return { ok: true, ...(await saveProfile(principal, slug, parsed.input)) };
}
