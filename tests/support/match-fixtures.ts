import type { CooperationAreaSlug } from "../../src/lib/cooperation-areas";
import { db } from "./database";

type Profile = {
  slug: string;
  country?: string;
  region?: string | null;
  population?: number | null;
  languages?: string[];
  needs?: CooperationAreaSlug[];
  offers?: CooperationAreaSlug[];
  seeking?: boolean;
  status?: "DRAFT" | "PUBLISHED";
  confirmedDaysBefore?: number | null;
  /** An EU municipality's Ukrainian community's oblasts (region slugs). */
  communityRegions?: string[];
};

export const MATCH_NOW = new Date("2026-11-01T00:00:00.000Z");

let katottgSerial = 500;

/** A municipality with exactly the fields the scoring reads; returns its id. */
export async function createProfile(p: Profile): Promise<number> {
  const country = p.country ?? "UA";
  const areas = await db().cooperationArea.findMany();
  const areaId = (slug: string) => areas.find((a) => a.slug === slug)!.id;
  const region = p.region ? await db().region.findUniqueOrThrow({ where: { slug: p.region } }) : null;
  katottgSerial += 1;
  const m = await db().municipality.create({
    data: {
      slug: p.slug,
      country,
      katottg: region ? `UA${region.katottgPrefix}${String(katottgSerial).padStart(15, "0")}` : null,
      nameEn: p.slug[0].toUpperCase() + p.slug.slice(1),
      nameUk: country === "UA" ? `Громада ${p.slug}` : null,
      regionId: region?.id ?? null,
      population: p.population === undefined ? 20000 : p.population,
      languages: p.languages ?? (country === "UA" ? ["uk"] : ["de"]),
      status: p.status ?? "PUBLISHED",
      seeksPartners: p.seeking ?? country === "UA",
      ukrainianCommunityRegions: p.communityRegions ?? [],
      profileConfirmedAt:
        p.confirmedDaysBefore === null || p.confirmedDaysBefore === undefined ? null : new Date(MATCH_NOW.getTime() - p.confirmedDaysBefore * 86_400_000),
      areas: {
        create: [
          ...(p.needs ?? []).map((slug) => ({ areaId: areaId(slug), direction: "NEED" as const })),
          ...(p.offers ?? []).map((slug) => ({ areaId: areaId(slug), direction: "OFFER" as const })),
        ],
      },
    },
  });
  return m.id;
}

export async function createPartnership(ukrainianId: number, euId: number, stage: "INTRODUCED" | "ENDED" = "INTRODUCED") {
  await db().partnership.create({
    data: { ukrainianMunicipalityId: ukrainianId, euMunicipalityId: euId, since: new Date("2025-01-01"), stage },
  });
}

/**
 * The suggestion fixture: one EU municipality (Testburg) and Ukrainian candidates whose scores
 * are worked out by hand in the test.
 */
export async function createMatchFixture(): Promise<{ testburg: number }> {
  const testburg = await createProfile({
    slug: "testburg",
    country: "DE",
    population: 60000,
    languages: ["de", "en"],
    offers: ["energy", "water", "healthcare"],
    needs: ["culture"],
    confirmedDaysBefore: 3,
    communityRegions: ["zakarpattia"],
  });
  const othertown = await createProfile({ slug: "othertown", country: "PL", population: 30000, languages: ["pl"], offers: ["education"] });
  await createProfile({
    slug: "alpha",
    region: "lviv",
    population: 55000,
    languages: ["uk", "en"],
    needs: ["energy", "water", "healthcare"],
    offers: ["culture"],
    confirmedDaysBefore: 10,
  });
  await createProfile({ slug: "bravo", region: "kharkiv", population: 1_000_000, needs: ["energy"], confirmedDaysBefore: 400 });
  const charlie = await createProfile({
    slug: "charlie",
    region: "odesa",
    population: 200000,
    languages: ["uk", "de"],
    needs: ["energy", "water", "healthcare", "education"],
    offers: ["culture"],
    confirmedDaysBefore: 179,
  });
  await createPartnership(charlie, othertown);
  await createProfile({ slug: "echo", region: "lviv", needs: ["education"], confirmedDaysBefore: 1 });
  await createProfile({ slug: "foxtrot", region: "lviv", needs: ["energy"], seeking: false, confirmedDaysBefore: 1 });
  await createProfile({ slug: "golf", region: "lviv", needs: ["energy"], status: "DRAFT" });
  const hotel = await createProfile({ slug: "hotel", region: "volyn", needs: ["water"], confirmedDaysBefore: 1 });
  await createPartnership(hotel, testburg);
  const india = await createProfile({ slug: "india", region: "volyn", population: null, needs: ["water"] });
  await createPartnership(india, testburg, "ENDED");
  await createProfile({ slug: "juliet", region: "zakarpattia", population: 60000, languages: ["uk", "en"], offers: ["culture"], confirmedDaysBefore: 30 });
  return { testburg };
}
