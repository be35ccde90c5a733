// The words people of the nine interface languages use for the network's 16 cooperation areas,
// so that a keyword query in any of them leads to the area ("vattenförsörjning" → water, "Schulen"
// → education, "szpital" → healthcare), whatever language the hromadas' own texts are in.
//
// Each entry is a word stem or a phrase of stems, written as a native speaker would type it and
// compared through searchKey (lower case, accents dropped, Cyrillic romanised), so "sanatate"
// meets "sănătate" and "освіта" meets "osvita". A query word matches a stem when it begins with
// it (word forms forgiven: "schulen" begins with "schul"); in the compounding languages (German,
// Dutch, Swedish) a stem of five letters or more also matches inside a word ("Trinkwasser",
// "drinkwatervoorziening", "avloppsrening"). A phrase matches consecutive query words. A stem
// ending in "=" matches its whole word only. The area labels the interface shows (the `areas` of
// each catalogue) match as whole words too.
//
// Stems are chosen so that no common word of another area begins with them; a stem shared by two
// areas (e.g. "reha" for rehabilitation, not "rehab" of buildings) is avoided. tests/unit/
// area-vocabulary.test.ts checks each language's labels and common words.
import type { CooperationAreaSlug } from "../cooperation-areas";
import { searchKey } from "./keys";
import en from "../../i18n/messages/en.json";
import uk from "../../i18n/messages/uk.json";
import de from "../../i18n/messages/de.json";
import sv from "../../i18n/messages/sv.json";
import pl from "../../i18n/messages/pl.json";
import fr from "../../i18n/messages/fr.json";
import it from "../../i18n/messages/it.json";
import nl from "../../i18n/messages/nl.json";
import ro from "../../i18n/messages/ro.json";

export const VOCABULARY_LOCALES = ["en", "uk", "de", "sv", "pl", "fr", "it", "nl", "ro"] as const;
export type VocabularyLocale = (typeof VOCABULARY_LOCALES)[number];

type Words = Record<VocabularyLocale, readonly string[]>;

export const AREA_WORDS: Record<CooperationAreaSlug, Words> = {
  reconstruction: {
    en: ["reconstruct", "rebuild", "recovery", "restoration", "housing", "repair", "infrastructure", "bridge", "road"],
    uk: ["відбудов", "відновлен", "реконструкц", "житл", "ремонт", "інфраструктур", "мости", "мостів", "дорог"],
    de: ["wiederaufbau", "aufbau", "wohnungsbau", "wohnraum", "sanierung", "infrastruktur", "brücke", "brucke", "strasse"],
    sv: ["återuppbygg", "ateruppbygg", "uppbyggnad", "bostäder", "bostad", "renovering", "infrastruktur", "broar", "vägar"],
    pl: ["odbudow", "mieszka", "remont", "infrastruktur", "mosty", "drog"],
    fr: ["reconstruction", "reconstruire", "logement", "rénovation", "renovation", "infrastructure", "pont", "route"],
    it: ["ricostruz", "ricostruire", "alloggi", "abitazion", "ristruttura", "infrastruttur", "ponte", "strad"],
    nl: ["wederopbouw", "herbouw", "huisvesting", "woningbouw", "renovatie", "infrastructuur", "brug", "wegen"],
    ro: ["reconstruc", "refacere", "locuint", "renovare", "infrastructur", "pod=", "poduri", "drumuri"],
  },
  energy: {
    en: ["energy", "energy supply", "electric", "power", "heating", "district heating", "solar", "heat pump", "boiler", "generator", "renewable"],
    uk: ["енерг", "електр", "опален", "тепл", "сонячн", "генератор", "котел", "котл"],
    de: ["energie", "strom", "heizung", "wärme", "solar", "photovoltaik", "fernwärme", "generator"],
    sv: ["energi", "el=", "elförsörjning", "elnät", "uppvärmning", "värme", "fjärrvärme", "solenergi", "solcell", "generator"],
    pl: ["energ", "prąd", "elektr", "ogrzewan", "ciepł", "fotowolta", "solar", "generator"],
    fr: ["énergie", "energie", "chauffage urbain", "électricité", "electricite", "chauffage", "solaire", "photovolta", "générateur"],
    it: ["energia", "energetic", "elettric", "riscaldament", "solar", "fotovolta", "generator"],
    nl: ["energie", "stroom", "elektriciteit", "verwarming", "warmte", "zonne", "generator"],
    ro: ["energ", "energie termica", "electric", "incalzir", "încălzir", "termoficar", "solar", "fotovolta", "generator"],
  },
  water: {
    en: ["water", "water supply", "water treatment", "sanitation", "sewage", "sewer", "wastewater", "drinking water"],
    uk: ["водопостач", "водовідвед", "водоканал", "каналізац", "питн", "вода", "води"],
    de: ["wasser", "abwasser", "kanalisation", "kläranlage", "klaranlage"],
    sv: ["vatten", "avlopp", "vattenförsörjning", "reningsverk"],
    pl: ["wod", "zaopatrzenie w wod", "wodociąg", "kanalizac", "ściek", "sciek"],
    fr: ["eau", "approvisionnement en eau", "assainissement", "égout", "egout", "eaux usées", "eau potable"],
    it: ["acqua", "acqua potabile", "approvvigionamento idrico", "idric", "fognatur", "depurazion", "igienico"],
    nl: ["water", "drinkwater", "riolering", "afvalwater", "sanitatie"],
    ro: ["apa=", "apei", "apa potabila", "apa calda", "canalizar", "alimentare cu apa", "epurar"],
  },
  waste: {
    en: ["waste", "recycl", "garbage", "rubbish", "landfill", "litter"],
    uk: ["відход", "сміт", "переробк", "полігон", "утилізац"],
    de: ["abfall", "müll", "mull", "recycl", "deponie", "entsorgung"],
    sv: ["avfall", "sopor", "återvinn", "atervinn", "deponi"],
    pl: ["odpad", "śmieci", "smieci", "recykl", "wysypisk"],
    fr: ["déchet", "dechet", "recycl", "ordures", "décharge"],
    it: ["rifiut", "riciclo", "riciclag", "discaric"],
    nl: ["afval", "recycl", "vuilnis", "stortplaats"],
    ro: ["deseu", "deșeu", "gunoi", "recicl", "salubr"],
  },
  healthcare: {
    en: ["health", "hospital", "medic", "clinic", "doctor", "nurse", "ambulance", "patient", "trauma care", "traumatolog"],
    uk: ["охорон здоров", "здоров", "лікарн", "медиц", "медичн", "лікар", "амбулатор", "швидк допомог", "травматолог"],
    de: ["gesundheit", "krankenhaus", "klinik", "medizin", "ärzt", "arzt", "pflege", "rettungsdienst", "traumatolog", "unfallchirurg"],
    sv: ["hälso", "halso", "sjukvård", "sjukvard", "sjukhus", "vårdcentral", "hälsovård", "medicin", "läkare", "ambulans", "traumavård", "traumatolog"],
    pl: ["zdrow", "szpital", "medyc", "lekar", "klinik", "pogotow", "pielęgn", "traumatolog"],
    fr: ["santé", "sante", "hôpit", "hopit", "médic", "medic", "clinique", "soins", "ambulance", "traumatolog"],
    it: ["sanità", "sanita", "sanitari", "salute", "ospedal", "medic", "clinic", "ambulanz", "traumatolog"],
    nl: ["gezondheid", "ziekenhui", "zorg", "medisch", "kliniek", "huisarts", "ambulance", "traumatolog", "traumazorg"],
    ro: ["sanatat", "sănătat", "spital", "medic", "clinic", "ambulant", "traumatolog"],
  },
  rehabilitation: {
    en: ["rehabilitation", "rehab", "prosthe", "veteran", "disabilit", "psychosocial", "mental health"],
    uk: ["реабілітац", "протезув", "протези", "ветеран", "інвалідн", "психолог", "психосоціальн"],
    de: ["rehabilitation", "reha", "prothes", "veteran", "behinderung", "psychosozial"],
    sv: ["rehabilitering", "rehab", "protes", "veteran", "funktionsneds", "psykosocial"],
    pl: ["rehabilitac", "protezy", "protezowan", "weteran", "niepełnospraw", "niepelnospraw", "psycholog"],
    fr: ["réadaptation", "readaptation", "rééducation", "reeducation", "prothès", "prothes", "vétéran", "veteran", "handicap"],
    it: ["riabilitaz", "protes", "veteran", "disabil", "psicolog"],
    nl: ["revalidatie", "prothes", "veteran", "beperking", "psychosociaal"],
    ro: ["reabilitar", "recuperar", "proteze", "proteză", "veteran", "dizabilit"],
  },
  education: {
    en: ["education", "school", "teacher", "kindergarten", "university", "pupil", "student", "youth exchange"],
    uk: ["освіт", "школ", "вчител", "учител", "садоч", "дитсад", "університет", "учн", "студент"],
    de: ["bildung", "schul", "schüler", "lehrer", "kita", "kindergarten", "universität", "hochschul"],
    sv: ["utbildning", "skol", "lärare", "förskol", "universitet", "elever", "elev"],
    pl: ["edukac", "szkoł", "szkol", "nauczyciel", "przedszkol", "uczni", "uniwersytet", "oświat"],
    fr: ["éducation", "education", "école", "ecole", "enseign", "scolaire", "crèche", "université", "élève", "eleve"],
    it: ["istruzion", "educaz", "scuol", "insegnant", "università", "universita", "studenti", "asilo"],
    nl: ["onderwijs", "school", "scholen", "leraar", "leraren", "kinderopvang", "universiteit", "leerling"],
    ro: ["educat", "educaț", "scoal", "școal", "scoli", "școli", "invatam", "învățăm", "profesor", "gradinit", "grădiniț", "elev"],
  },
  culture: {
    en: ["culture", "cultural", "museum", "library", "theatre", "theater", "heritage", "music", "arts"],
    uk: ["культур", "музе", "бібліотек", "театр", "спадщин", "музик", "мистецтв"],
    de: ["kultur", "museum", "museen", "bibliothek", "theater", "kulturerbe", "musik", "kunst=", "kunstmuseum"],
    sv: ["kultur", "museum", "museer", "bibliotek", "teater", "kulturarv", "musik", "konst=", "konstnär", "konsthall"],
    pl: ["kultur", "muze", "bibliotek", "teatr", "dziedzictw", "muzyk", "sztuk"],
    fr: ["culture", "culturel", "musée", "musee", "bibliothèque", "bibliotheque", "théâtre", "theatre", "patrimoine", "musique"],
    it: ["cultur", "muse", "bibliotec", "teatr", "patrimonio", "musica", "arte="],
    nl: ["cultuur", "cultureel", "museum", "musea", "bibliotheek", "theater", "erfgoed", "muziek", "kunst"],
    ro: ["cultur", "muzeu", "biblioteci", "bibliotec", "teatr", "patrimoniu", "muzic", "arta=", "artă="],
  },
  "civil-protection": {
    en: ["civil protection", "civil defence", "civil defense", "emergency", "fire brigade", "firefight", "rescue", "shelter", "demining", "crisis management"],
    uk: ["цивільн захист", "надзвичайн", "рятувальн", "пожежн", "укритт", "бомбосховищ", "розмінуван"],
    de: ["bevölkerungsschutz", "zivilschutz", "katastrophenschutz", "feuerwehr", "rettung", "notfall", "schutzraum", "krisenmanagement"],
    sv: ["samhällsskydd", "samhallsskydd", "beredskap", "räddningstjänst", "raddningstjanst", "brandkår", "skyddsrum", "krisberedskap"],
    pl: ["ochrona ludności", "ochrona ludnosci", "obrona cywiln", "straż pożarn", "straz pozarn", "ratown", "schron", "zarządzanie kryzys", "kryzys"],
    fr: ["protection civile", "sécurité civile", "securite civile", "pompier", "secours", "urgence", "abri", "déminage", "gestion de crise"],
    it: ["protezione civile", "vigili del fuoco", "soccors", "emergenz", "rifugi", "sminament", "gestione delle crisi"],
    nl: ["civiele bescherming", "brandweer", "rampenbestrijding", "noodhulp", "hulpdiensten", "schuilplaats", "crisisbeheer"],
    ro: ["protectie civila", "protecție civilă", "pompier", "salvar", "urgenta", "adapost", "adăpost", "deminar", "situatii de urgenta"],
  },
  "social-services": {
    en: ["social service", "social care", "social work", "elderly", "displaced", "idp=", "idps", "refugee", "orphan", "family support"],
    uk: ["соціальн послуг", "соціальн захист", "соціальн робот", "літн", "переселен", "впо", "сирот", "біженц"],
    de: ["soziale dienste", "sozialarbeit", "sozialhilfe", "altenpflege", "senioren", "binnenvertrieben", "flüchtling", "fluchtling", "waisen"],
    sv: ["sociala tjänster", "socialtjänst", "socialtjanst", "äldreomsorg", "aldreomsorg", "internflykting", "flykting", "föräldralös"],
    pl: ["usługi społeczne", "uslugi spoleczne", "pomoc społeczn", "pomoc spoleczn", "opieka społeczn", "senior", "przesiedl", "uchodźc", "uchodzc", "sierot"],
    fr: ["services sociaux", "action sociale", "aide sociale", "personnes âgées", "personnes agees", "déplacés", "deplaces", "réfugié", "refugie", "orphelin"],
    it: ["servizi sociali", "assistenza sociale", "anzian", "sfollat", "rifugiat", "orfan"],
    nl: ["sociale voorziening", "sociale dienst", "maatschappelijk werk", "ouderenzorg", "ontheemd", "vluchteling", "wees"],
    ro: ["servicii sociale", "asistenta sociala", "asistență socială", "varstnic", "vârstnic", "persoane stramutate", "refugiat", "orfan"],
  },
  economy: {
    en: ["economic", "economy", "business", "enterprise", "investment", "tourism", "agricultur", "employment", "jobs"],
    uk: ["економ", "бізнес", "підприєм", "інвестиц", "туризм", "сільськ господар", "аграр", "зайнятіст", "робоч місц"],
    de: ["wirtschaft", "unternehm", "investition", "tourismus", "landwirtschaft", "beschäftigung", "arbeitsplätze", "mittelstand"],
    sv: ["näringsliv", "naringsliv", "ekonomisk", "företag", "foretag", "investering", "turism", "jordbruk", "sysselsättning", "arbetstillfällen"],
    pl: ["rozwój gospodarcz", "rozwoj gospodarcz", "gospodarcz", "przedsiębior", "przedsiebior", "biznes", "inwestyc", "turysty", "rolnict", "zatrudnien"],
    fr: ["développement économique", "developpement economique", "économi", "economi", "entreprise", "investissement", "tourisme", "agricult", "emploi"],
    it: ["sviluppo economico", "economi", "impres", "aziend", "investiment", "turism", "agricol", "occupazion", "lavoro"],
    nl: ["economische", "economie", "bedrijf", "ondernem", "investering", "toerisme", "landbouw", "werkgelegenheid"],
    ro: ["dezvoltare economica", "dezvoltare economică", "econom", "afaceri", "intreprinder", "întreprinder", "investit", "turism", "agricult", "ocupar"],
  },
  governance: {
    en: [
      "governance",
      "local government",
      "administration",
      "municipal management",
      "digital",
      "e-government",
      "transparency",
      "anti-corruption",
      "public services",
      "decentrali",
    ],
    uk: ["врядуван", "самоврядуван", "управлін", "адміністрац", "цифров", "прозор", "антикорупц", "децентраліз", "публічн послуг"],
    de: ["kommunalverwaltung", "verwaltung", "selbstverwaltung", "digitalisierung", "transparenz", "korruption", "bürgerbeteiligung", "dezentral"],
    sv: ["förvaltning", "forvaltning", "styrning", "självstyre", "sjalvstyre", "digitalisering", "transparens", "korruption", "medborgardialog"],
    pl: ["samorząd", "samorzad", "zarządzanie lokaln", "zarzadzanie lokaln", "administrac", "cyfryzac", "przejrzyst", "korupc", "decentraliz"],
    fr: [
      "gouvernance",
      "administration locale",
      "collectivités",
      "collectivites",
      "numérique",
      "numerique",
      "transparence",
      "corruption",
      "décentralisation",
      "decentralisation",
    ],
    it: ["governance", "amministrazion", "enti locali", "digitalizzazion", "trasparenz", "corruzion", "decentrament"],
    nl: ["lokaal bestuur", "bestuur", "gemeentebestuur", "overheid", "digitalisering", "transparantie", "corruptie", "decentralisatie"],
    ro: ["guvernant", "guvernanț", "administratie", "administrație", "autoritati locale", "digitalizar", "transparent", "coruptie", "corupție", "descentraliz"],
  },
  "eu-integration": {
    en: ["eu integration", "european integration", "eu accession", "eu membership", "acquis", "eu funds", "eu projects"],
    uk: ["європейськ інтеграц", "євроінтеграц", "вступ до єс", "членств в єс"],
    de: ["eu-integration", "eu integration", "europäische integration", "eu-beitritt", "eu beitritt", "eu-fördermittel", "eu-projekte"],
    sv: ["eu-integration", "eu integration", "eu-anslutning", "eu anslutning", "eu-medlemskap", "eu-medel", "eu-projekt"],
    pl: ["integracja z ue", "integracja europejsk", "integracj", "akcesj", "członkostwo w ue", "fundusze ue", "fundusze unijne", "projekty unijne"],
    fr: ["intégration européenne", "integration europeenne", "adhésion à l'ue", "adhesion", "fonds européens", "fonds europeens", "projets européens"],
    it: ["integrazione europea", "adesione all'ue", "adesione", "fondi europei", "progetti europei"],
    nl: ["eu-integratie", "eu integratie", "europese integratie", "toetreding", "eu-fondsen", "europese fondsen", "eu-projecten"],
    ro: ["integrare in ue", "integrare în ue", "integrare europeana", "integrare europeană", "aderare", "fonduri europene", "proiecte europene"],
  },
  environment: {
    en: ["environment", "climate", "ecolog", "green", "biodiversity", "pollution", "air quality", "forest", "parks", "park="],
    uk: ["довкілл", "екологі", "клімат", "зелен", "біорізноманітт", "забрудн", "лісов", "парк"],
    de: ["umwelt", "klima", "ökolog", "okolog", "grünflächen", "biodiversität", "luftqualität", "wald", "naturschutz"],
    sv: [
      "miljö=",
      "miljöarbete",
      "miljöskydd",
      "miljövård",
      "miljöfrågor",
      "klimat",
      "ekolog",
      "grönområde",
      "biologisk mångfald",
      "luftkvalitet",
      "skog",
      "naturvård",
    ],
    pl: ["środowisk", "srodowisk", "klimat", "ekolog", "zieleń", "zielen", "bioróżnorodn", "zanieczyszcz", "las=", "lasy", "lasów", "przyrod"],
    fr: ["environnement", "climat", "écolog", "ecolog", "espaces verts", "biodiversité", "biodiversite", "pollution", "qualité de l'air", "forêt", "foret"],
    it: ["ambient", "clima", "ecolog", "verde pubblico", "biodiversità", "biodiversita", "inquinament", "qualità dell'aria", "foresta", "parchi"],
    nl: ["milieu", "klimaat", "ecolog", "groen", "biodiversiteit", "vervuiling", "luchtkwaliteit", "bos", "natuur"],
    ro: ["mediu", "mediul", "clima", "climă", "ecolog", "spatii verzi", "spații verzi", "biodiversitat", "poluar", "calitatea aerului", "padur", "pădur"],
  },
  "material-aid": {
    en: ["material aid", "humanitarian", "donation", "aid=", "supplies", "equipment", "vehicle", "fire engine", "ambulances"],
    uk: ["матеріальн допомог", "гуманітарн", "пожертв", "обладнан", "техніка", "автомобіл", "генератор"],
    de: ["sachhilfe", "sachspende", "hilfsgüter", "hilfsguter", "humanitär", "humanitar", "spende", "ausrüstung", "ausrustung", "fahrzeug"],
    sv: ["materiellt stöd", "materiellt stod", "humanitär", "humanitar", "bistånd", "bistand", "donation", "utrustning", "fordon", "förnödenheter"],
    pl: ["pomoc rzeczow", "pomoc materialn", "humanitarn", "dary", "darowizn", "sprzęt", "sprzet", "pojazd", "transport pomocy"],
    fr: ["aide matérielle", "aide materielle", "humanitaire", "dons", "don de", "équipement", "equipement", "véhicule", "vehicule"],
    it: ["aiuti materiali", "aiuto material", "umanitari", "donazion", "attrezzatur", "veicol", "mezzi"],
    nl: ["materiële hulp", "materiele hulp", "humanitair", "hulpgoederen", "donatie", "uitrusting", "voertuig"],
    ro: ["ajutor material", "ajutoare", "umanitar", "donati", "donaț", "echipament", "vehicul"],
  },
  "ukrainian-expertise": {
    en: ["ukrainian expertise", "expertise", "experience to share", "lessons learned", "resilience", "volunteer", "crisis experience"],
    uk: ["український досвід", "досвід", "експертиз", "стійкіст", "волонтер"],
    de: ["ukrainisches fachwissen", "fachwissen", "erfahrung", "expertise", "resilienz", "freiwillig", "ehrenamt"],
    sv: ["ukrainsk kunskap", "kunskap att dela", "erfarenhet", "expertis", "motståndskraft", "motstandskraft", "frivillig", "volontär"],
    pl: ["ukraińskie doświadcz", "ukrainskie doswiadcz", "doświadcz", "doswiadcz", "ekspercki", "wiedz", "odporność", "wolontar"],
    fr: ["expertise ukrainienne", "expertise", "expérience", "experience", "résilience", "resilience", "bénévol", "benevol"],
    it: ["competenze ucraine", "competenz", "esperienz", "resilienz", "volontari"],
    nl: ["oekraïense expertise", "oekraiense expertise", "expertise", "ervaring", "veerkracht", "vrijwillig"],
    ro: ["expertiza ucraineana", "expertiză ucraineană", "expertiz", "experient", "experiență", "rezilient", "voluntar"],
  },
};

/** Languages whose words join into compounds ("Trinkwasserversorgung"): stems match inside words. */
const COMPOUNDING: ReadonlySet<VocabularyLocale> = new Set(["de", "nl", "sv"]);
/** Shortest stem matched inside a compound word: shorter ones ("el", "bro") only begin a word. */
const MIN_INNER_STEM = 5;

/** A stem ending in "=" matches that whole word only ("el=": Swedish for electricity, not "elever"). */
type Entry = { area: CooperationAreaSlug; locale: VocabularyLocale; words: string[]; exact: boolean; phrase: string };

/** Every stem and phrase as search keys, with the catalogues' area labels added as whole phrases. */
export function buildVocabulary(labels: Partial<Record<VocabularyLocale, Partial<Record<CooperationAreaSlug, string>>>> = {}): Entry[] {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const add = (area: CooperationAreaSlug, locale: VocabularyLocale, text: string) => {
    const exact = text.endsWith("=");
    const phrase = exact ? text.slice(0, -1) : text;
    const key = searchKey(phrase);
    if (!key || seen.has(`${area}|${locale}|${key}|${exact}`)) return;
    seen.add(`${area}|${locale}|${key}|${exact}`);
    entries.push({ area, locale, words: key.split(" "), exact, phrase });
  };
  for (const [area, byLocale] of Object.entries(AREA_WORDS) as [CooperationAreaSlug, Words][]) {
    for (const locale of VOCABULARY_LOCALES) {
      for (const text of byLocale[locale]) add(area, locale, text);
      const label = labels[locale]?.[area];
      if (label) add(area, locale, `${label}=`);
    }
  }
  return entries;
}

function wordMatches(token: string, stem: string, locale: VocabularyLocale, single: boolean, exact: boolean): boolean {
  if (exact) return token === stem;
  if (token.startsWith(stem)) return true;
  return single && COMPOUNDING.has(locale) && stem.length >= MIN_INNER_STEM && token.includes(stem);
}

export type AreaMatch = {
  area: CooperationAreaSlug;
  locale: VocabularyLocale;
  phrase: string;
  /** The query's words (search keys) that named it. */
  keys: string[];
};

/**
 * The words the search index writes for a municipality's areas ("coopneedwater",
 * "coopofferciviliprotection"): one word each, of letters only, so that the `simple` text-search
 * parser keeps it whole and no text can contain it by chance.
 */
export function areaToken(area: CooperationAreaSlug, direction: "NEED" | "OFFER"): string {
  return `coop${direction === "NEED" ? "need" : "offer"}${area.replaceAll("-", "")}`;
}

/**
 * The cooperation areas a query names, in any of the nine languages, each with the phrase that
 * named it (for "matched because …"). A query word of fewer than three letters names nothing on
 * its own unless a stem names it whole. One match per area, in the order the query names them
 * (the longest phrase where two start at the same word), with every query word that names it.
 */
export function areasNamedBy(query: string, vocabulary: readonly Entry[]): AreaMatch[] {
  const tokens = searchKey(query).split(" ").filter(Boolean);
  if (tokens.length === 0) return [];
  const found = new Map<CooperationAreaSlug, AreaMatch & { at: number; length: number }>();
  for (const entry of vocabulary) {
    const n = entry.words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      const ok = entry.words.every((stem, j) => {
        const token = tokens[i + j];
        if (n === 1 && !entry.exact && token.length < 3) return false;
        return wordMatches(token, stem, entry.locale, n === 1, entry.exact);
      });
      if (!ok) continue;
      const known = found.get(entry.area);
      const length = entry.words.join(" ").length;
      const keys = [...new Set([...(known?.keys ?? []), ...tokens.slice(i, i + n)])];
      if (!known || i < known.at || (i === known.at && length > known.length)) {
        found.set(entry.area, { area: entry.area, locale: entry.locale, phrase: entry.phrase, keys, at: i, length });
      } else known.keys = keys;
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at || b.length - a.length).map(({ area, locale, phrase, keys }) => ({ area, locale, phrase, keys }));
}

let built: Entry[] | undefined;

/** The vocabulary with the area labels of the nine interface catalogues, built once. */
export function areaVocabulary(): readonly Entry[] {
  built ??= buildVocabulary({ en: en.areas, uk: uk.areas, de: de.areas, sv: sv.areas, pl: pl.areas, fr: fr.areas, it: it.areas, nl: nl.areas, ro: ro.areas });
  return built;
}
