import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import type { EuProfileInput } from "@/lib/eu-profile-schema";

/** Whether `slug` names a municipality outside Ukraine (public: every such profile is public). */
export async function isEuMunicipality(slug: string): Promise<boolean> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return false;
  return (await db().municipality.count({ where: { slug, country: { not: "UA" } } })) > 0;
}

/**
 * Finds the EU municipality named by `slug` and authorises profile.edit on it (role AND object:
 * its own staff by approved membership, coordinators, administrators). Unknown slugs are refused
 * like another municipality's profile, so staff cannot tell one from the other.
 */
async function authorizeOnEuProfile(principal: Principal | null, slug: string, client: PrismaClient = db()): Promise<{ id: number }> {
  const m = /^[a-z0-9-]{1,120}$/.test(slug) ? await client.municipality.findFirst({ where: { slug, country: { not: "UA" } }, select: { id: true } }) : null;
  if (!m) {
    await authorize(principal, "profile.edit", undefined, client);
    throw new DomainError("notFound");
  }
  await authorize(principal, "profile.edit", { type: "municipality", id: m.id }, client);
  return m;
}

/** What the EU profile editor shows, contact person included: only for those who may edit it. */
export async function getEditableEuProfile(principal: Principal | null, slug: string) {
  const { id } = await authorizeOnEuProfile(principal, slug);
  const m = await db().municipality.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      country: true,
      nameEn: true,
      nameLocal: true,
      regionName: true,
      population: true,
      languages: true,
      descriptionEn: true,
      website: true,
      ukrainianCommunity: true,
      ukrainianCommunityRegions: true,
      contactName: true,
      contactRole: true,
      contactEmail: true,
      contactPhone: true,
      status: true,
      areas: { select: { direction: true, area: { select: { slug: true } } } },
    },
  });
  const regions = await db().region.findMany({ where: { kind: "OBLAST" }, select: { slug: true, nameEn: true, nameUk: true }, orderBy: { nameEn: "asc" } });
  const areas = (direction: "NEED" | "OFFER") => m.areas.filter((a) => a.direction === direction).map((a) => a.area.slug as CooperationAreaSlug);
  return {
    id: m.id,
    slug: m.slug,
    country: m.country,
    name: m.nameLocal ?? m.nameEn,
    published: m.status === "PUBLISHED",
    regions,
    /** As the form shows them: strings and lists. */
    values: {
      regionName: m.regionName ?? "",
      population: m.population === null ? "" : String(m.population),
      languages: m.languages,
      descriptionEn: m.descriptionEn ?? "",
      website: m.website ?? "",
      offers: areas("OFFER"),
      wantsToLearn: areas("NEED"),
      ukrainianCommunity: m.ukrainianCommunity === null ? "" : String(m.ukrainianCommunity),
      communityRegions: m.ukrainianCommunityRegions,
      contactName: m.contactName ?? "",
      contactRole: m.contactRole ?? "",
      contactEmail: m.contactEmail ?? "",
      contactPhone: m.contactPhone ?? "",
    },
  };
}

/**
 * Saves an EU profile in one transaction: its facts, contact person, community, and its offers and
 * wants-to-learn lines (an area kept keeps its detail lines; one unticked loses them), with its
 * search keys, audited. The oblasts must be oblasts of Ukraine ("communityRegions" otherwise).
 */
export async function saveEuProfile(principal: Principal | null, slug: string, input: EuProfileInput) {
  const { id } = await authorizeOnEuProfile(principal, slug);
  const known = await db().region.findMany({ where: { slug: { in: input.communityRegions }, kind: "OBLAST" }, select: { slug: true } });
  if (known.length !== input.communityRegions.length) throw new DomainError("invalidChoice", "communityRegions");
  const areaIds = new Map((await db().cooperationArea.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
  await db().$transaction(async (tx) => {
    await tx.municipality.update({
      where: { id },
      data: {
        regionName: input.regionName,
        population: input.population,
        languages: input.languages,
        descriptionEn: input.descriptionEn,
        website: input.website,
        ukrainianCommunity: input.ukrainianCommunity,
        ukrainianCommunityRegions: input.communityRegions,
        contactName: input.contactName,
        contactRole: input.contactRole,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
      },
    });
    for (const [direction, slugs] of [
      ["OFFER", input.offers],
      ["NEED", input.wantsToLearn],
    ] as const) {
      const ids = slugs.map((s) => areaIds.get(s)!);
      await tx.municipalityArea.deleteMany({ where: { municipalityId: id, direction, areaId: { notIn: ids } } });
      await tx.municipalityArea.createMany({ data: ids.map((areaId) => ({ municipalityId: id, areaId, direction })), skipDuplicates: true });
    }
    await refreshSearchIndex(tx, [id]);
    await recordAudit(tx, { actorUserId: principal!.userId, action: "profile.edit", objectType: "municipality", objectId: String(id), outcome: "ALLOWED" });
  });
  return { slug };
}
