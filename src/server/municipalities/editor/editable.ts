import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { ADDITIONAL_PROFILE_LANGUAGES, descriptionField } from "@/lib/profile-languages";
import { authorizeOnProfile } from "./subject";

/**
 * Everything the profile editor shows, contact person included: only for those who may edit the
 * profile (its editors, coordinators). Values are strings as the form shows them.
 */
export async function getEditableProfile(principal: Principal | null, slug: string) {
  const { id } = await authorizeOnProfile(principal, "profile.edit", slug);
  const m = await db().municipality.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      katottg: true,
      nameEn: true,
      nameUk: true,
      adminCentreEn: true,
      adminCentreUk: true,
      raionEn: true,
      raionUk: true,
      hromadaType: true,
      population: true,
      areaKm2: true,
      latitude: true,
      longitude: true,
      descriptionEn: true,
      descriptionUk: true,
      languages: true,
      needsInterpretation: true,
      seeksPartners: true,
      website: true,
      contactName: true,
      contactRole: true,
      contactEmail: true,
      contactPhone: true,
      status: true,
      profileConfirmedAt: true,
      updatedAt: true,
      region: { select: { slug: true, nameEn: true, nameUk: true, occupied: true } },
      areas: {
        select: {
          direction: true,
          detailEn: true,
          detailUk: true,
          area: { select: { slug: true } },
          translations: { select: { language: true, detail: true } },
        },
      },
      translations: { select: { language: true, description: true } },
      machineTranslated: true,
    },
  });
  const lines = (direction: "NEED" | "OFFER") =>
    m.areas
      .filter((a) => a.direction === direction)
      .map((a) => ({
        area: a.area.slug as CooperationAreaSlug,
        detailEn: a.detailEn ?? "",
        detailUk: a.detailUk ?? "",
        translations: Object.fromEntries(a.translations.map((t) => [t.language, t.detail])),
      }));
  const descriptions = new Map(m.translations.map((t) => [t.language, t.description]));
  const str = (v: { toString(): string } | null) => (v === null ? "" : v.toString());
  return {
    id: m.id,
    slug: m.slug,
    katottg: m.katottg,
    region: m.region,
    status: m.status,
    profileConfirmedAt: m.profileConfirmedAt,
    /** The form's initial values, keyed by field name. */
    values: {
      version: m.updatedAt.toISOString(),
      nameEn: m.nameEn,
      nameUk: m.nameUk ?? "",
      adminCentreEn: m.adminCentreEn ?? "",
      adminCentreUk: m.adminCentreUk ?? "",
      raionEn: m.raionEn ?? "",
      raionUk: m.raionUk ?? "",
      hromadaType: m.hromadaType ?? "",
      population: str(m.population),
      areaKm2: str(m.areaKm2),
      latitude: str(m.latitude),
      longitude: str(m.longitude),
      descriptionEn: m.descriptionEn ?? "",
      descriptionUk: m.descriptionUk ?? "",
      languages: m.languages,
      needsInterpretation: m.needsInterpretation,
      seeksPartners: m.seeksPartners,
      website: m.website ?? "",
      contactName: m.contactName ?? "",
      contactRole: m.contactRole ?? "",
      contactEmail: m.contactEmail ?? "",
      contactPhone: m.contactPhone ?? "",
      ...Object.fromEntries(ADDITIONAL_PROFILE_LANGUAGES.map((l) => [descriptionField(l), descriptions.get(l) ?? ""])),
      machineTranslated: m.machineTranslated,
      needs: lines("NEED"),
      offers: lines("OFFER"),
    } as Record<string, unknown>,
  };
}

export type EditableProfile = Awaited<ReturnType<typeof getEditableProfile>>;
