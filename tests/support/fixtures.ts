import type { CooperationAreaSlug } from "../../src/lib/cooperation-areas";
import { refreshSearchIndex } from "../../src/server/catalogue/search-index";
import { db } from "./database";

type Hromada = {
  slug: string;
  nameEn: string;
  nameUk: string;
  region: string;
  type?: "URBAN" | "SETTLEMENT" | "RURAL";
  population: number;
  seeking?: boolean;
  status?: "DRAFT" | "PUBLISHED";
  needs?: CooperationAreaSlug[];
  offers?: CooperationAreaSlug[];
};

let katottgSerial = 0;

/** Creates a Ukrainian municipality with its needs and offers; returns its id. */
export async function createHromada(h: Hromada): Promise<number> {
  const region = await db().region.findUniqueOrThrow({ where: { slug: h.region } });
  const areas = await db().cooperationArea.findMany();
  const areaId = (slug: string) => areas.find((a) => a.slug === slug)!.id;
  katottgSerial += 1;
  const m = await db().municipality.create({
    data: {
      slug: h.slug,
      country: "UA",
      katottg: `UA${region.katottgPrefix}${String(katottgSerial).padStart(15, "0")}`,
      nameEn: h.nameEn,
      nameUk: h.nameUk,
      adminCentreEn: h.nameEn,
      adminCentreUk: h.nameUk,
      regionId: region.id,
      hromadaType: h.type ?? "URBAN",
      population: h.population,
      languages: ["uk"],
      status: h.status ?? "PUBLISHED",
      seeksPartners: h.seeking ?? true,
      contactName: "Olena Test",
      contactEmail: `contact@${h.slug}.example`,
      areas: {
        create: [
          ...(h.needs ?? []).map((slug) => ({ areaId: areaId(slug), direction: "NEED" as const, detailEn: `Needs ${slug}` })),
          ...(h.offers ?? []).map((slug) => ({ areaId: areaId(slug), direction: "OFFER" as const, detailEn: `Offers ${slug}` })),
        ],
      },
    },
  });
  // As the portal does whenever it writes a profile: keep it findable by search.
  await refreshSearchIndex(db(), [m.id]);
  return m.id;
}

/** Creates a published EU municipality; returns its id. */
export async function createEuMunicipality(slug: string, nameEn: string, country: string): Promise<number> {
  const m = await db().municipality.create({
    data: { slug, country, nameEn, status: "PUBLISHED", languages: ["en"], population: 60000 },
  });
  await refreshSearchIndex(db(), [m.id]);
  return m.id;
}

/**
 * The catalogue fixture: eight hromadas whose filters are known, so each test can name exactly
 * which ones a filter must return.
 */
export async function createCatalogueFixture(): Promise<void> {
  await createHromada({
    slug: "lviv",
    nameEn: "Lviv",
    nameUk: "Львів",
    region: "lviv",
    population: 717803,
    needs: ["energy", "water", "healthcare"],
    offers: ["ukrainian-expertise"],
  });
  await createHromada({ slug: "stryi", nameEn: "Stryi", nameUk: "Стрий", region: "lviv", population: 59000, needs: ["energy"], offers: ["water"] });
  await createHromada({
    slug: "zhovkva",
    nameEn: "Zhovkva",
    nameUk: "Жовква",
    region: "lviv",
    type: "SETTLEMENT",
    population: 13000,
    needs: ["culture"],
    seeking: false,
  });
  await createHromada({
    slug: "kharkiv",
    nameEn: "Kharkiv",
    nameUk: "Харків",
    region: "kharkiv",
    population: 1430000,
    needs: ["reconstruction", "energy", "water"],
  });
  await createHromada({ slug: "chuhuiv", nameEn: "Chuhuiv", nameUk: "Чугуїв", region: "kharkiv", population: 31000, needs: ["water"] });
  await createHromada({ slug: "bila-tserkva", nameEn: "Bila Tserkva", nameUk: "Біла Церква", region: "kyiv-oblast", population: 199163, needs: ["education"] });
  await createHromada({
    slug: "ivanivka",
    nameEn: "Ivanivka",
    nameUk: "Іванівка",
    region: "kyiv-oblast",
    type: "RURAL",
    population: 4200,
    needs: ["energy", "water"],
  });
  await createHromada({ slug: "znamianka", nameEn: "Znamianka", nameUk: "Знамʼянка", region: "kirovohrad", population: 23000, needs: ["energy"] });
  // Never in the catalogue: a draft, and an EU municipality.
  await createHromada({
    slug: "draft-town",
    nameEn: "Drafttown",
    nameUk: "Чернетка",
    region: "lviv",
    population: 5000,
    needs: ["energy", "water"],
    status: "DRAFT",
  });
  await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
}
