import { EU_MEMBER_STATES } from "@/lib/countries";
import type { FundingProgramme } from "./types";

// NOT READ BY THE PORTAL. The funding programmes are data (table funding_programme), kept by
// coordinators on /coordinator/funding; the ones below are its first rows, inserted by the
// migration 20261207160000_funding_programmes (written from this file by
// scripts/funding-first-rows-sql.ts), and the unit tests' fixture. Editing this file changes no
// database: correct a programme on /coordinator/funding.
//
// Real programmes that fund partnerships between EU (and Moldovan) municipalities and Ukrainian
// hromadas. Amounts and deadlines change with every call: they are indicative, and the page
// says to check the source. Regions and rules follow the programme documents of 2021–2027.

const EU = EU_MEMBER_STATES;
const CHECKED = "2026-11-28";

export const FUNDING_PROGRAMMES: readonly FundingProgramme[] = [
  {
    slug: "cerv-town-twinning",
    name: { en: "CERV: Town twinning", uk: "CERV: Побратимство міст" },
    funder: { en: "European Union (EACEA)", uk: "Європейський Союз (EACEA)" },
    description: {
      en: "Lump-sum grants for meetings of citizens of twinned or partner towns: debates, workshops, cultural events and exchanges of good practice on European topics. An event must gather at least 50 participants, half of them invited from abroad.",
      uk: "Гранти фіксованою сумою на зустрічі мешканців міст-побратимів чи партнерів: дискусії, семінари, культурні події та обмін добрими практиками на європейські теми. Захід має зібрати щонайменше 50 учасників, половину з яких запрошено з-за кордону.",
    },
    areas: ["governance", "eu-integration", "culture"],
    amount: { min: 8455, max: 50745, note: null },
    deadline: {
      kind: "calls",
      note: {
        en: "One call a year, usually closing in September.",
        uk: "Один конкурс на рік, зазвичай закривається у вересні.",
      },
      lastKnown: "2024-09-19",
    },
    rules: {
      partnerCountries: EU,
      ukrainianRegions: "all",
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "either",
    },
    rulesNote: {
      en: "Ukraine takes part as a country associated to CERV: check that it is on the call's list of eligible countries.",
      uk: "Україна бере участь як асоційована до CERV країна: перевірте, чи є вона в переліку допустимих країн конкурсу.",
    },
    sourceUrl: "https://www.eacea.ec.europa.eu/grants/2021-2027/citizens-equality-rights-and-values-cerv_en",
    lastChecked: CHECKED,
  },
  {
    slug: "cerv-networks-of-towns",
    name: { en: "CERV: Networks of towns", uk: "CERV: Мережі міст" },
    funder: { en: "European Union (EACEA)", uk: "Європейський Союз (EACEA)" },
    description: {
      en: "Grants for lasting thematic networks of towns that work together for one to two years on civic participation, democracy, inclusion, climate or solidarity.",
      uk: "Гранти для тривалих тематичних мереж міст, які рік-два працюють разом над громадянською участю, демократією, інклюзією, кліматом чи солідарністю.",
    },
    areas: ["governance", "eu-integration", "culture", "social-services", "environment"],
    amount: {
      min: 100000,
      max: null,
      note: { en: "The 2026 call had €12 million in all.", uk: "Загальний бюджет конкурсу 2026 року — 12 млн євро." },
    },
    deadline: {
      kind: "calls",
      note: { en: "One call a year, usually closing in spring.", uk: "Один конкурс на рік, зазвичай закривається навесні." },
      lastKnown: "2026-04-16",
    },
    rules: {
      partnerCountries: EU,
      ukrainianRegions: "all",
      minPartners: 4,
      minCountries: 4,
      minEuMemberStates: 2,
      applicant: "either",
    },
    rulesNote: {
      en: "The lead applicant must be a local authority. Ukraine takes part as a country associated to CERV.",
      uk: "Головним заявником має бути орган місцевого самоврядування. Україна бере участь як асоційована до CERV країна.",
    },
    sourceUrl: "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/CERV-2026-CITIZENS-TOWN-NT",
    lastChecked: CHECKED,
  },
  {
    slug: "interreg-next-poland-ukraine",
    name: { en: "Interreg NEXT Poland–Ukraine 2021–2027", uk: "Interreg NEXT Польща — Україна 2021–2027" },
    funder: { en: "European Union and Poland", uk: "Європейський Союз і Польща" },
    description: {
      en: "Cross-border projects of Polish and Ukrainian public bodies and non-profits in the border regions: environment and water, healthcare, culture and sustainable tourism, cooperation of institutions and citizens, and border management.",
      uk: "Транскордонні проєкти польських і українських публічних установ та неприбуткових організацій прикордонних регіонів: довкілля і вода, охорона здоров’я, культура та сталий туризм, співпраця установ і громадян, управління кордоном.",
    },
    areas: ["environment", "water", "healthcare", "culture", "governance", "civil-protection"],
    amount: {
      min: null,
      max: null,
      note: {
        en: "€187.4 million from the EU for the whole programme; project sizes are set by each call.",
        uk: "187,4 млн євро від ЄС на всю програму; розмір проєктів визначає кожен конкурс.",
      },
    },
    deadline: { kind: "calls", note: { en: "Calls by priority; see the programme's website.", uk: "Конкурси за пріоритетами; див. сайт програми." } },
    rules: {
      partnerCountries: ["PL"],
      partnerRegions: { PL: ["podlask", "lubelsk", "podkarpack", "mazowieck"] },
      ukrainianRegions: ["volyn", "lviv", "zakarpattia", "rivne", "ternopil", "ivano-frankivsk"],
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "either",
    },
    rulesNote: {
      en: "In Poland: Podlaskie, Lubelskie, Podkarpackie and, of Mazowieckie, only the Ostrołęka and Siedlce subregions.",
      uk: "У Польщі: Підляське, Люблінське, Підкарпатське воєводства, а з Мазовецького — лише Остроленцький і Седлецький субрегіони.",
    },
    sourceUrl: "https://pl-ua.eu/en/",
    lastChecked: CHECKED,
  },
  {
    slug: "interreg-next-hu-sk-ro-ua",
    name: { en: "Interreg NEXT Hungary–Slovakia–Romania–Ukraine", uk: "Interreg NEXT Угорщина — Словаччина — Румунія — Україна" },
    funder: { en: "European Union and the four countries", uk: "Європейський Союз і чотири країни-учасниці" },
    description: {
      en: "Projects for a resilient, green, healthy and cooperating border region: climate adaptation and disaster risk, nature, equal access to healthcare, culture and tourism, and cooperation of citizens and institutions.",
      uk: "Проєкти для стійкого, зеленого, здорового прикордонного регіону, де співпрацюють: адаптація до зміни клімату і ризики стихійних лих, природа, рівний доступ до медицини, культура й туризм, співпраця громадян та установ.",
    },
    areas: ["environment", "civil-protection", "healthcare", "culture", "governance"],
    amount: {
      min: null,
      max: null,
      note: {
        en: "About €83 million for projects; the 2nd call offered €28.5 million.",
        uk: "Близько 83 млн євро на проєкти; другий конкурс — 28,5 млн євро.",
      },
    },
    deadline: {
      kind: "calls",
      note: {
        en: "Calls for proposals; the last one we know of was the 2nd call for regular projects.",
        uk: "Конкурси проєктних пропозицій; останній відомий нам — другий конкурс звичайних проєктів.",
      },
      lastKnown: "2026-02-15",
    },
    rules: {
      partnerCountries: ["HU", "SK", "RO"],
      partnerRegions: { HU: ["szabolcs", "borsod"], SK: ["kosic", "presov"], RO: ["maramures", "satu mare"] },
      ukrainianRegions: ["zakarpattia", "ivano-frankivsk", "chernivtsi"],
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "either",
    },
    rulesNote: {
      en: "Hungary: Szabolcs-Szatmár-Bereg and Borsod-Abaúj-Zemplén; Slovakia: Košice and Prešov regions; Romania: Maramureș and Satu Mare.",
      uk: "Угорщина: медьє Саболч-Сатмар-Берег і Боршод-Абауй-Земплен; Словаччина: Кошицький і Пряшівський краї; Румунія: повіти Марамуреш і Сату-Маре.",
    },
    sourceUrl: "https://next.huskroua-cbc.eu/",
    lastChecked: CHECKED,
  },
  {
    slug: "interreg-next-romania-ukraine",
    name: { en: "Interreg NEXT Romania–Ukraine", uk: "Interreg NEXT Румунія — Україна" },
    funder: { en: "European Union and Romania", uk: "Європейський Союз і Румунія" },
    description: {
      en: "Projects that benefit border communities: equipment and modernisation of hospitals and schools, culture and tourism sites, climate adaptation and disaster awareness, and border management.",
      uk: "Проєкти на користь прикордонних громад: обладнання та модернізація лікарень і шкіл, об’єкти культури й туризму, адаптація до зміни клімату, готовність до надзвичайних ситуацій, управління кордоном.",
    },
    areas: ["healthcare", "education", "culture", "environment", "civil-protection", "governance"],
    amount: {
      min: null,
      max: null,
      note: { en: "About €60 million from the EU for the whole programme.", uk: "Близько 60 млн євро від ЄС на всю програму." },
    },
    deadline: { kind: "calls", note: { en: "Calls for proposals; see the programme's website.", uk: "Конкурси проєктних пропозицій; див. сайт програми." } },
    rules: {
      partnerCountries: ["RO"],
      partnerRegions: { RO: ["satu mare", "maramures", "botosani", "suceava", "tulcea"] },
      ukrainianRegions: ["zakarpattia", "ivano-frankivsk", "chernivtsi", "odesa"],
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "either",
    },
    rulesNote: {
      en: "Romania: the counties of Satu Mare, Maramureș, Botoșani, Suceava and Tulcea.",
      uk: "Румунія: повіти Сату-Маре, Марамуреш, Ботошани, Сучава і Тулча.",
    },
    sourceUrl: "https://www.ro-ua.net/",
    lastChecked: CHECKED,
  },
  {
    slug: "interreg-next-black-sea-basin",
    name: { en: "Interreg NEXT Black Sea Basin", uk: "Interreg NEXT «Басейн Чорного моря»" },
    funder: { en: "European Union", uk: "Європейський Союз" },
    description: {
      en: "Transnational projects around the Black Sea: research and innovation, climate adaptation and disaster risk, nature and pollution, and the capacity of public authorities and civil society.",
      uk: "Транснаціональні проєкти навколо Чорного моря: дослідження та інновації, адаптація до зміни клімату і ризики стихійних лих, природа і забруднення, спроможність органів влади та громадянського суспільства.",
    },
    areas: ["environment", "civil-protection", "economy", "governance", "water"],
    amount: {
      min: null,
      max: null,
      note: {
        en: "About €72 million for the programme, raised in 2023; standard and small projects.",
        uk: "Близько 72 млн євро на програму, збільшено 2023 року; стандартні й малі проєкти.",
      },
    },
    deadline: { kind: "calls", note: { en: "Calls for proposals; see the programme's website.", uk: "Конкурси проєктних пропозицій; див. сайт програми." } },
    rules: {
      partnerCountries: ["BG", "GR", "RO", "MD"],
      partnerRegions: { RO: ["braila", "buzau", "constanta", "galati", "tulcea", "vrancea"] },
      ukrainianRegions: ["odesa", "mykolaiv", "kherson", "zaporizhzhia", "donetsk"],
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "either",
    },
    rulesNote: {
      en: "Only North-East and South-East Bulgaria, Central Macedonia and East Macedonia–Thrace in Greece, South-East Romania; Moldova, Georgia, Armenia and seven regions of Türkiye also take part.",
      uk: "Лише Північно-Східна й Південно-Східна Болгарія, Центральна Македонія та Східна Македонія і Фракія в Греції, Південно-Східна Румунія; також беруть участь Молдова, Грузія, Вірменія і сім регіонів Туреччини.",
    },
    sourceUrl: "https://blacksea-cbc.net/",
    lastChecked: CHECKED,
  },
  {
    slug: "interreg-danube-region",
    name: { en: "Interreg Danube Region Programme", uk: "Програма Interreg «Дунайський регіон»" },
    funder: { en: "European Union", uk: "Європейський Союз" },
    description: {
      en: "Transnational projects of the Danube basin: innovation, a greener low-carbon region, education and social inclusion, and better cooperation governance.",
      uk: "Транснаціональні проєкти басейну Дунаю: інновації, зеленіший регіон з низьким рівнем викидів, освіта і соціальна інклюзія, краще врядування у співпраці.",
    },
    areas: ["economy", "environment", "energy", "water", "education", "social-services", "governance"],
    amount: { min: null, max: null, note: { en: "Project sizes are set by each call.", uk: "Розмір проєктів визначає кожен конкурс." } },
    deadline: { kind: "calls", note: { en: "Calls for proposals; see the programme's website.", uk: "Конкурси проєктних пропозицій; див. сайт програми." } },
    rules: {
      partnerCountries: ["AT", "BG", "HR", "CZ", "DE", "HU", "RO", "SK", "SI", "MD"],
      partnerRegions: { DE: ["baden wurttemberg", "bayern", "bavaria"] },
      ukrainianRegions: ["chernivtsi", "ivano-frankivsk", "zakarpattia", "odesa"],
      minPartners: 3,
      minCountries: 3,
      minEuMemberStates: 1,
      applicant: "either",
    },
    rulesNote: {
      en: "In Germany only Baden-Württemberg and Bavaria; Bosnia and Herzegovina, Montenegro and Serbia also take part.",
      uk: "У Німеччині лише Баден-Вюртемберг і Баварія; також беруть участь Боснія і Герцеговина, Чорногорія та Сербія.",
    },
    sourceUrl: "https://interreg-danube.eu/",
    lastChecked: CHECKED,
  },
  {
    slug: "interreg-europe",
    name: { en: "Interreg Europe", uk: "Interreg Europe" },
    funder: { en: "European Union", uk: "Європейський Союз" },
    description: {
      en: "Interregional cooperation projects in which local and regional authorities learn from each other to improve their policies: innovation, climate and energy, environment, mobility, social inclusion and governance. Ukraine and Moldova joined in 2023–2024.",
      uk: "Проєкти міжрегіональної співпраці, у яких місцева й регіональна влада вчиться одна в одної вдосконалювати політики: інновації, клімат і енергетика, довкілля, мобільність, соціальна інклюзія, врядування. Україна й Молдова приєдналися у 2023–2024 роках.",
    },
    areas: ["economy", "energy", "environment", "waste", "water", "social-services", "education", "healthcare", "culture", "governance"],
    amount: {
      min: null,
      max: null,
      note: { en: "Typically €1–2 million for a whole partnership.", uk: "Зазвичай 1–2 млн євро на все партнерство." },
    },
    deadline: { kind: "calls", note: { en: "Calls for projects about once a year.", uk: "Конкурси проєктів приблизно раз на рік." } },
    rules: {
      partnerCountries: [...EU, "MD"],
      ukrainianRegions: "all",
      minPartners: 3,
      minCountries: 3,
      minEuMemberStates: 2,
      applicant: "either",
    },
    sourceUrl: "https://www.interregeurope.eu/",
    lastChecked: CHECKED,
  },
  {
    slug: "horizon-europe",
    name: { en: "Horizon Europe (including the EU Missions)", uk: "«Горизонт Європа» (зокрема місії ЄС)" },
    funder: { en: "European Union", uk: "Європейський Союз" },
    description: {
      en: "The EU's research and innovation programme. Municipalities take part in consortia, for example in the Missions on climate-neutral and smart cities, climate adaptation, and healthy waters. Ukraine has been associated since 2022.",
      uk: "Програма ЄС з досліджень та інновацій. Громади беруть участь у консорціумах, наприклад у місіях «Кліматично нейтральні й розумні міста», «Адаптація до зміни клімату», «Здорові води». Україна асоційована з 2022 року.",
    },
    areas: ["energy", "environment", "water", "healthcare", "reconstruction", "economy", "civil-protection"],
    amount: {
      min: null,
      max: null,
      note: {
        en: "Typically €1–10 million for a consortium, up to 100% of costs for public bodies.",
        uk: "Зазвичай 1–10 млн євро на консорціум, для публічних установ — до 100% витрат.",
      },
    },
    deadline: { kind: "calls", note: { en: "Many calls a year, set in the work programme.", uk: "Багато конкурсів щороку, за робочою програмою." } },
    rules: {
      partnerCountries: [...EU, "MD"],
      ukrainianRegions: "all",
      minPartners: 3,
      minCountries: 3,
      minEuMemberStates: 1,
      applicant: "either",
    },
    sourceUrl: "https://research-and-innovation.ec.europa.eu/funding/funding-opportunities/funding-programmes-and-open-calls/horizon-europe_en",
    lastChecked: CHECKED,
  },
  {
    slug: "erasmus-plus-cooperation-partnerships",
    name: { en: "Erasmus+: Cooperation partnerships", uk: "Erasmus+: Партнерства для співпраці" },
    funder: { en: "European Union (national agencies)", uk: "Європейський Союз (національні агентства)" },
    description: {
      en: "Partnerships of schools, training centres, youth and adult-education bodies and public authorities that exchange and develop practice. Ukrainian organisations may join as partners, not as coordinators.",
      uk: "Партнерства шкіл, навчальних центрів, молодіжних організацій, закладів освіти дорослих і органів влади для обміну й розвитку практик. Українські організації можуть бути партнерами, але не координаторами.",
    },
    areas: ["education", "social-services"],
    amount: {
      min: 120000,
      max: 400000,
      note: { en: "One of three lump sums: €120,000, €250,000 or €400,000.", uk: "Одна з трьох фіксованих сум: 120 000, 250 000 або 400 000 євро." },
    },
    deadline: { kind: "calls", note: { en: "Usually in March each year.", uk: "Зазвичай у березні щороку." } },
    rules: {
      partnerCountries: EU,
      ukrainianRegions: "all",
      minPartners: 3,
      minCountries: 3,
      minEuMemberStates: 0,
      notCounted: ["UA", "MD"],
      applicant: "partner",
    },
    rulesNote: {
      en: "The three organisations the minimum requires must come from EU member states or countries associated to Erasmus+.",
      uk: "Три організації, яких вимагає мінімум, мають бути з держав — членів ЄС або асоційованих до Erasmus+ країн.",
    },
    sourceUrl: "https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-2/cooperation-partnerships",
    lastChecked: CHECKED,
  },
  {
    slug: "creative-europe-cooperation",
    name: { en: "Creative Europe: European cooperation projects", uk: "«Креативна Європа»: проєкти європейської співпраці" },
    funder: { en: "European Union (EACEA)", uk: "Європейський Союз (EACEA)" },
    description: {
      en: "Cultural cooperation across borders: co-creation, festivals, exhibitions, heritage and audience development. Ukraine takes part in full; there are also calls for Ukrainian cultural organisations in particular.",
      uk: "Транскордонна культурна співпраця: спільна творчість, фестивалі, виставки, спадщина, робота з аудиторіями. Україна бере участь повною мірою; є й окремі конкурси для українських організацій культури.",
    },
    areas: ["culture"],
    amount: {
      min: null,
      max: 2000000,
      note: {
        en: "Small scale: up to €200,000 (80%), 3 partners; medium: up to €1 million (70%), 5 partners; large: up to €2 million (60%), 10 partners.",
        uk: "Малі: до 200 000 євро (80%), 3 партнери; середні: до 1 млн євро (70%), 5 партнерів; великі: до 2 млн євро (60%), 10 партнерів.",
      },
    },
    deadline: { kind: "calls", note: { en: "Usually early each year.", uk: "Зазвичай на початку року." } },
    rules: {
      partnerCountries: [...EU, "MD"],
      ukrainianRegions: "all",
      minPartners: 3,
      minCountries: 3,
      minEuMemberStates: 0,
      applicant: "either",
    },
    sourceUrl: "https://culture.ec.europa.eu/creative-europe",
    lastChecked: CHECKED,
  },
  {
    slug: "life",
    name: { en: "LIFE programme for the environment and climate action", uk: "Програма LIFE для довкілля та кліматичних дій" },
    funder: { en: "European Union (CINEA)", uk: "Європейський Союз (CINEA)" },
    description: {
      en: "Projects for nature and biodiversity, circular economy, climate mitigation and adaptation, and the clean energy transition. Ukraine was the first non-EU country to join, in 2022.",
      uk: "Проєкти для природи й біорізноманіття, циркулярної економіки, пом’якшення зміни клімату та адаптації до неї, переходу на чисту енергію. Україна 2022 року першою з країн поза ЄС приєдналася до програми.",
    },
    areas: ["environment", "energy", "waste", "water"],
    amount: {
      min: null,
      max: null,
      note: {
        en: "Standard projects usually get €1–10 million, at 60–67% of costs.",
        uk: "Стандартні проєкти зазвичай отримують 1–10 млн євро, 60–67% витрат.",
      },
    },
    deadline: {
      kind: "calls",
      note: { en: "One round of calls a year, usually closing in the autumn.", uk: "Один цикл конкурсів на рік, зазвичай закривається восени." },
    },
    rules: {
      partnerCountries: EU,
      ukrainianRegions: "all",
      minPartners: 1,
      minCountries: 1,
      minEuMemberStates: 0,
      applicant: "either",
    },
    sourceUrl: "https://cinea.ec.europa.eu/programmes/life_en",
    lastChecked: CHECKED,
  },
  {
    slug: "eu4health",
    name: { en: "EU4Health", uk: "EU4Health («ЄС за здоров’я»)" },
    funder: { en: "European Union (HaDEA)", uk: "Європейський Союз (HaDEA)" },
    description: {
      en: "Action grants for public health: prevention, mental health, access to care, health systems and crisis preparedness. Ukraine has been associated since 2022, on the same terms as EU member states.",
      uk: "Гранти на дії в галузі громадського здоров’я: профілактика, психічне здоров’я, доступ до медичної допомоги, системи охорони здоров’я, готовність до криз. Україна асоційована з 2022 року на тих самих умовах, що й держави — члени ЄС.",
    },
    areas: ["healthcare", "rehabilitation", "social-services"],
    amount: {
      min: null,
      max: null,
      note: { en: "Amounts and consortium rules differ from call to call.", uk: "Суми й вимоги до консорціуму різняться від конкурсу до конкурсу." },
    },
    deadline: { kind: "calls", note: { en: "Calls set by the yearly work programme.", uk: "Конкурси за щорічною робочою програмою." } },
    rules: {
      partnerCountries: EU,
      ukrainianRegions: "all",
      minPartners: 1,
      minCountries: 1,
      minEuMemberStates: 0,
      applicant: "either",
    },
    sourceUrl: "https://hadea.ec.europa.eu/programmes/eu4health_en",
    lastChecked: CHECKED,
  },
  {
    slug: "u-lead-with-europe",
    name: { en: "U-LEAD with Europe", uk: "U-LEAD з Європою" },
    funder: {
      en: "European Union and Germany, Poland, Sweden, Denmark, Estonia and Slovenia",
      uk: "Європейський Союз, Німеччина, Польща, Швеція, Данія, Естонія і Словенія",
    },
    description: {
      en: "Support for hromadas in local self-government and recovery. Together with the Association of Ukrainian Cities and European associations it helps build international municipal partnerships: study visits, joint project ideas and help with applications. Advice rather than a grant to apply for.",
      uk: "Підтримка громад у місцевому самоврядуванні та відновленні. Разом з Асоціацією міст України та європейськими асоціаціями допомагає будувати міжнародні партнерства громад: навчальні візити, спільні проєктні ідеї, допомога із заявками. Це радше консультації, ніж грант, на який подають заявку.",
    },
    areas: ["governance", "eu-integration", "reconstruction", "economy"],
    amount: { min: null, max: null, note: { en: "Expert support, not a grant.", uk: "Експертна підтримка, а не грант." } },
    deadline: { kind: "rolling" },
    rules: {
      partnerCountries: EU,
      ukrainianRegions: "all",
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "ukrainian",
    },
    sourceUrl: "https://u-lead.org.ua/",
    lastChecked: CHECKED,
  },
  {
    slug: "skew-nakopa",
    name: { en: "Nakopa: sustainable municipal development through partnership projects", uk: "Nakopa: сталий розвиток громад через партнерські проєкти" },
    funder: { en: "Germany (BMZ), through Engagement Global / SKEW", uk: "Німеччина (BMZ), через Engagement Global / SKEW" },
    description: {
      en: "German municipalities and their partner municipalities develop and carry out a joint project together: sustainable public services, good local governance, climate protection and adaptation. Ukraine, on the OECD DAC list, is eligible.",
      uk: "Німецькі громади разом зі своїми партнерськими громадами розробляють і виконують спільний проєкт: сталі комунальні послуги, належне місцеве врядування, захист клімату та адаптація. Україна, що є в переліку OECD DAC, відповідає умовам.",
    },
    areas: ["governance", "water", "waste", "energy", "environment", "healthcare", "social-services"],
    amount: {
      min: 50000,
      max: 250000,
      note: {
        en: "At least 10% own contribution; up to €500,000 for experienced partnerships in exceptional cases; up to 3 years.",
        uk: "Власний внесок щонайменше 10%; для досвідчених партнерств у виняткових випадках до 500 000 євро; до 3 років.",
      },
    },
    deadline: {
      kind: "calls",
      note: { en: "A yearly announcement: first a project outline, then the application.", uk: "Щорічне оголошення: спершу ескіз проєкту, потім заявка." },
      lastKnown: "2023-09-30",
    },
    rules: {
      partnerCountries: ["DE"],
      ukrainianRegions: "all",
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "partner",
    },
    sourceUrl: "https://skew.engagement-global.de/unterstuetzung-durch-nakopa.html",
    lastChecked: CHECKED,
  },
  {
    slug: "skew-ukraine-partnerships",
    name: {
      en: "SKEW: Municipal partnerships with Ukraine and its small projects fund",
      uk: "SKEW: Муніципальні партнерства з Україною та фонд малих проєктів",
    },
    funder: { en: "Germany (BMZ), through Engagement Global / SKEW", uk: "Німеччина (BMZ), через Engagement Global / SKEW" },
    description: {
      en: "SKEW's network of German–Ukrainian municipal partnerships: matchmaking, advice, contact trips, and small grants from the Kleinprojektefonds for projects such as local healthcare, civil protection or support for displaced people.",
      uk: "Мережа німецько-українських муніципальних партнерств SKEW: пошук партнера, консультації, ознайомчі поїздки та малі гранти з фонду Kleinprojektefonds на проєкти на кшталт місцевої медицини, цивільного захисту чи підтримки переселенців.",
    },
    areas: ["healthcare", "civil-protection", "social-services", "governance", "energy"],
    amount: {
      min: 1000,
      max: 50000,
      note: { en: "Small projects fund: up to 90% of costs (2022 call).", uk: "Фонд малих проєктів: до 90% витрат (конкурс 2022 року)." },
    },
    deadline: {
      kind: "calls",
      note: {
        en: "Joining the network is open all year; the fund has application deadlines.",
        uk: "Приєднатися до мережі можна будь-коли; фонд має строки подання заявок.",
      },
    },
    rules: {
      partnerCountries: ["DE"],
      ukrainianRegions: "all",
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "partner",
    },
    sourceUrl: "https://skew.engagement-global.de/ukraine.html",
    lastChecked: CHECKED,
  },
  {
    slug: "icld-municipal-partnerships",
    name: { en: "ICLD Municipal Partnership Programme", uk: "Програма муніципальних партнерств ICLD" },
    funder: { en: "Sweden (Sida), through ICLD", uk: "Швеція (Sida), через ICLD" },
    description: {
      en: "Three-year partnerships between a Swedish municipality or region and a local government abroad, after a one-year inception phase, to strengthen local democracy: inclusion, participation, transparency and accountability. Ukraine is a partner country.",
      uk: "Трирічні партнерства шведської комуни чи регіону з органом місцевого самоврядування за кордоном, після однорічної підготовчої фази, для зміцнення місцевої демократії: інклюзія, участь, прозорість і підзвітність. Україна є країною-партнеркою.",
    },
    areas: ["governance", "education", "social-services", "environment", "water", "waste"],
    amount: {
      min: null,
      max: null,
      note: { en: "Covers travel and the Swedish side's working hours.", uk: "Покриває поїздки та робочий час шведської сторони." },
    },
    deadline: {
      kind: "calls",
      note: {
        en: "Two rounds a year: 15 February – 15 March and 15 September – 15 October.",
        uk: "Два раунди на рік: 15 лютого — 15 березня і 15 вересня — 15 жовтня.",
      },
    },
    rules: {
      partnerCountries: ["SE"],
      ukrainianRegions: "all",
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "partner",
    },
    sourceUrl: "https://icld.se/en/municipal-partnership/",
    lastChecked: CHECKED,
  },
  {
    slug: "bridges-of-trust",
    name: { en: "Bridges of Trust (CEMR and PLATFORMA)", uk: "«Мости довіри» (CEMR і PLATFORMA)" },
    funder: { en: "European Union, through CEMR and PLATFORMA", uk: "Європейський Союз, через CEMR і PLATFORMA" },
    description: {
      en: "Eighteen-month partnerships of small EU municipalities with Ukrainian peers: study visits, traineeships and exchange of practice, with financial and organisational support.",
      uk: "Вісімнадцятимісячні партнерства невеликих громад ЄС з українськими: навчальні візити, стажування й обмін практиками, з фінансовою та організаційною підтримкою.",
    },
    areas: ["governance", "eu-integration", "economy", "social-services"],
    amount: { min: null, max: null, note: { en: "Costs of the exchanges were covered.", uk: "Витрати на обміни покривалися." } },
    deadline: {
      kind: "closed",
      note: {
        en: "No open call: the rules shown are those of the 2021 call. Later rounds ran through national associations; check the source.",
        uk: "Відкритого конкурсу немає: показано умови конкурсу 2021 року. Наступні раунди проходили через національні асоціації; перевірте джерело.",
      },
    },
    rules: {
      partnerCountries: ["CZ", "EE", "LV", "LT", "NL", "PL", "SK"],
      ukrainianRegions: "all",
      partnerPopulation: { min: 400, max: 50000 },
      minPartners: 2,
      minCountries: 2,
      minEuMemberStates: 1,
      applicant: "partner",
    },
    rulesNote: { en: "EU municipalities had to be outside metropolitan areas.", uk: "Громади ЄС мали бути поза великими міськими агломераціями." },
    sourceUrl: "https://platforma-dev.eu/opportunity-to-partner-with-a-ukrainian-municipality",
    lastChecked: CHECKED,
  },
];

export function findProgramme(slug: string): FundingProgramme | undefined {
  return FUNDING_PROGRAMMES.find((p) => p.slug === slug);
}
