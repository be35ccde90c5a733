/**
 * The names of Ukraine's 27 first-level regions in every interface language, by the slug of the
 * `region` table. Proper names, like the country names Intl gives (intl-names.ts): each language
 * names the oblast its own way ("Oblast Lwiw", "Lviv oblast", "obwód lwowski"), so the names are
 * kept here as reference data rather than spelled out of the English one. Ukrainian: the official
 * names; English: as the `region` table holds them.
 */
type Names = { en: string; uk: string; de: string; sv: string; pl: string; fr: string; it: string; nl: string; ro: string };

export const REGION_NAMES: Readonly<Record<string, Names>> = {
  crimea: {
    en: "Autonomous Republic of Crimea", uk: "Автономна Республіка Крим", de: "Autonome Republik Krim", sv: "Autonoma republiken Krim",
    pl: "Autonomiczna Republika Krymu", fr: "République autonome de Crimée", it: "Repubblica autonoma di Crimea", nl: "Autonome Republiek Krim", ro: "Republica Autonomă Crimeea",
  },
  vinnytsia: {
    en: "Vinnytsia Oblast", uk: "Вінницька область", de: "Oblast Winnyzja", sv: "Vinnytsia oblast",
    pl: "obwód winnicki", fr: "Oblast de Vinnytsia", it: "Oblast’ di Vinnycja", nl: "Oblast Vinnytsja", ro: "Regiunea Vinnița",
  },
  volyn: {
    en: "Volyn Oblast", uk: "Волинська область", de: "Oblast Wolyn", sv: "Volyn oblast",
    pl: "obwód wołyński", fr: "Oblast de Volhynie", it: "Oblast’ di Volinia", nl: "Oblast Wolynië", ro: "Regiunea Volînia",
  },
  dnipropetrovsk: {
    en: "Dnipropetrovsk Oblast", uk: "Дніпропетровська область", de: "Oblast Dnipropetrowsk", sv: "Dnipropetrovsk oblast",
    pl: "obwód dniepropietrowski", fr: "Oblast de Dnipropetrovsk", it: "Oblast’ di Dnipropetrovs’k", nl: "Oblast Dnipropetrovsk", ro: "Regiunea Dnipropetrovsk",
  },
  donetsk: {
    en: "Donetsk Oblast", uk: "Донецька область", de: "Oblast Donezk", sv: "Donetsk oblast",
    pl: "obwód doniecki", fr: "Oblast de Donetsk", it: "Oblast’ di Donec’k", nl: "Oblast Donetsk", ro: "Regiunea Donețk",
  },
  zhytomyr: {
    en: "Zhytomyr Oblast", uk: "Житомирська область", de: "Oblast Schytomyr", sv: "Zjytomyr oblast",
    pl: "obwód żytomierski", fr: "Oblast de Jytomyr", it: "Oblast’ di Žytomyr", nl: "Oblast Zjytomyr", ro: "Regiunea Jîtomîr",
  },
  zakarpattia: {
    en: "Zakarpattia Oblast", uk: "Закарпатська область", de: "Oblast Transkarpatien", sv: "Zakarpatska oblast",
    pl: "obwód zakarpacki", fr: "Oblast de Transcarpatie", it: "Oblast’ della Transcarpazia", nl: "Oblast Transkarpatië", ro: "Regiunea Transcarpatia",
  },
  zaporizhzhia: {
    en: "Zaporizhzhia Oblast", uk: "Запорізька область", de: "Oblast Saporischschja", sv: "Zaporizjzja oblast",
    pl: "obwód zaporoski", fr: "Oblast de Zaporijjia", it: "Oblast’ di Zaporižžja", nl: "Oblast Zaporizja", ro: "Regiunea Zaporijjea",
  },
  "ivano-frankivsk": {
    en: "Ivano-Frankivsk Oblast", uk: "Івано-Франківська область", de: "Oblast Iwano-Frankiwsk", sv: "Ivano-Frankivsk oblast",
    pl: "obwód iwanofrankiwski", fr: "Oblast d’Ivano-Frankivsk", it: "Oblast’ di Ivano-Frankivs’k", nl: "Oblast Ivano-Frankivsk", ro: "Regiunea Ivano-Frankivsk",
  },
  "kyiv-oblast": {
    en: "Kyiv Oblast", uk: "Київська область", de: "Oblast Kyjiw", sv: "Kyiv oblast",
    pl: "obwód kijowski", fr: "Oblast de Kyiv", it: "Oblast’ di Kyiv", nl: "Oblast Kyiv", ro: "Regiunea Kiev",
  },
  kirovohrad: {
    en: "Kirovohrad Oblast", uk: "Кіровоградська область", de: "Oblast Kirowohrad", sv: "Kirovohrad oblast",
    pl: "obwód kirowohradzki", fr: "Oblast de Kirovohrad", it: "Oblast’ di Kirovohrad", nl: "Oblast Kirovohrad", ro: "Regiunea Kirovohrad",
  },
  luhansk: {
    en: "Luhansk Oblast", uk: "Луганська область", de: "Oblast Luhansk", sv: "Luhansk oblast",
    pl: "obwód ługański", fr: "Oblast de Louhansk", it: "Oblast’ di Luhans’k", nl: "Oblast Loehansk", ro: "Regiunea Luhansk",
  },
  lviv: {
    en: "Lviv Oblast", uk: "Львівська область", de: "Oblast Lwiw", sv: "Lviv oblast",
    pl: "obwód lwowski", fr: "Oblast de Lviv", it: "Oblast’ di Leopoli", nl: "Oblast Lviv", ro: "Regiunea Liov",
  },
  mykolaiv: {
    en: "Mykolaiv Oblast", uk: "Миколаївська область", de: "Oblast Mykolajiw", sv: "Mykolajiv oblast",
    pl: "obwód mikołajowski", fr: "Oblast de Mykolaïv", it: "Oblast’ di Mykolaïv", nl: "Oblast Mykolajiv", ro: "Regiunea Mîkolaiiv",
  },
  odesa: {
    en: "Odesa Oblast", uk: "Одеська область", de: "Oblast Odessa", sv: "Odessa oblast",
    pl: "obwód odeski", fr: "Oblast d’Odessa", it: "Oblast’ di Odessa", nl: "Oblast Odessa", ro: "Regiunea Odesa",
  },
  poltava: {
    en: "Poltava Oblast", uk: "Полтавська область", de: "Oblast Poltawa", sv: "Poltava oblast",
    pl: "obwód połtawski", fr: "Oblast de Poltava", it: "Oblast’ di Poltava", nl: "Oblast Poltava", ro: "Regiunea Poltava",
  },
  rivne: {
    en: "Rivne Oblast", uk: "Рівненська область", de: "Oblast Riwne", sv: "Rivne oblast",
    pl: "obwód rówieński", fr: "Oblast de Rivne", it: "Oblast’ di Rivne", nl: "Oblast Rivne", ro: "Regiunea Rivne",
  },
  sumy: {
    en: "Sumy Oblast", uk: "Сумська область", de: "Oblast Sumy", sv: "Sumy oblast",
    pl: "obwód sumski", fr: "Oblast de Soumy", it: "Oblast’ di Sumy", nl: "Oblast Soemy", ro: "Regiunea Sumî",
  },
  ternopil: {
    en: "Ternopil Oblast", uk: "Тернопільська область", de: "Oblast Ternopil", sv: "Ternopil oblast",
    pl: "obwód tarnopolski", fr: "Oblast de Ternopil", it: "Oblast’ di Ternopil’", nl: "Oblast Ternopil", ro: "Regiunea Ternopil",
  },
  kharkiv: {
    en: "Kharkiv Oblast", uk: "Харківська область", de: "Oblast Charkiw", sv: "Charkiv oblast",
    pl: "obwód charkowski", fr: "Oblast de Kharkiv", it: "Oblast’ di Charkiv", nl: "Oblast Charkiv", ro: "Regiunea Harkov",
  },
  kherson: {
    en: "Kherson Oblast", uk: "Херсонська область", de: "Oblast Cherson", sv: "Cherson oblast",
    pl: "obwód chersoński", fr: "Oblast de Kherson", it: "Oblast’ di Cherson", nl: "Oblast Cherson", ro: "Regiunea Herson",
  },
  khmelnytskyi: {
    en: "Khmelnytskyi Oblast", uk: "Хмельницька область", de: "Oblast Chmelnyzkyj", sv: "Chmelnytskyj oblast",
    pl: "obwód chmielnicki", fr: "Oblast de Khmelnytskyï", it: "Oblast’ di Chmel’nyc’kyj", nl: "Oblast Chmelnytsky", ro: "Regiunea Hmelnîțkîi",
  },
  cherkasy: {
    en: "Cherkasy Oblast", uk: "Черкаська область", de: "Oblast Tscherkassy", sv: "Tjerkasy oblast",
    pl: "obwód czerkaski", fr: "Oblast de Tcherkassy", it: "Oblast’ di Čerkasy", nl: "Oblast Tsjerkasy", ro: "Regiunea Cerkasî",
  },
  chernivtsi: {
    en: "Chernivtsi Oblast", uk: "Чернівецька область", de: "Oblast Tscherniwzi", sv: "Tjernivtsi oblast",
    pl: "obwód czerniowiecki", fr: "Oblast de Tchernivtsi", it: "Oblast’ di Černivci", nl: "Oblast Tsjernivtsi", ro: "Regiunea Cernăuți",
  },
  chernihiv: {
    en: "Chernihiv Oblast", uk: "Чернігівська область", de: "Oblast Tschernihiw", sv: "Tjernihiv oblast",
    pl: "obwód czernihowski", fr: "Oblast de Tchernihiv", it: "Oblast’ di Černihiv", nl: "Oblast Tsjernihiv", ro: "Regiunea Cernihiv",
  },
  "kyiv-city": {
    en: "Kyiv", uk: "Київ", de: "Kyjiw", sv: "Kyiv", pl: "Kijów", fr: "Kyiv", it: "Kyiv", nl: "Kyiv", ro: "Kiev",
  },
  sevastopol: {
    en: "Sevastopol", uk: "Севастополь", de: "Sewastopol", sv: "Sevastopol", pl: "Sewastopol", fr: "Sébastopol", it: "Sebastopoli", nl: "Sebastopol", ro: "Sevastopol",
  },
};

/**
 * A region's name in the page's language. A region the table does not know (added by a later
 * migration) is named as the database names it: Ukrainian on Ukrainian pages, else English.
 */
export function regionName(locale: string, region: { slug: string | null | undefined; nameEn: string | null; nameUk: string | null }): string {
  const names = region.slug ? REGION_NAMES[region.slug] : undefined;
  const name = names?.[locale as keyof Names];
  if (name) return name;
  return (locale === "uk" ? (region.nameUk ?? region.nameEn) : (region.nameEn ?? region.nameUk)) ?? region.slug ?? "";
}

/** Regions in the order of their names in `locale`, as a list of choices should be. */
export function byName<R extends { slug: string; nameEn: string; nameUk: string | null }>(list: readonly R[], locale: string): R[] {
  const collator = new Intl.Collator(locale);
  return [...list].sort((a, b) => collator.compare(regionName(locale, a), regionName(locale, b)));
}
