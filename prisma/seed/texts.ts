// Text material for the generated demo dataset: phrases and one-line details per cooperation area,
// in English and Ukrainian, fictional names and roles, request messages and decision notes.
// All people named here are invented.
import type { CooperationAreaSlug } from "./areas";

export interface Bilingual {
  en: string;
  uk: string;
}

/** Short names of the areas, for sentences ("expertise in X and Y"). */
export const AREA_DOMAIN: Record<CooperationAreaSlug, Bilingual> = {
  reconstruction: { en: "reconstruction", uk: "відбудова" },
  energy: { en: "energy", uk: "енергетика" },
  water: { en: "water supply", uk: "водопостачання" },
  waste: { en: "waste management", uk: "поводження з відходами" },
  healthcare: { en: "healthcare", uk: "охорона здоровʼя" },
  rehabilitation: { en: "rehabilitation", uk: "реабілітація" },
  education: { en: "education", uk: "освіта" },
  culture: { en: "culture", uk: "культура" },
  "civil-protection": { en: "civil protection", uk: "цивільний захист" },
  "social-services": { en: "social services", uk: "соціальні послуги" },
  economy: { en: "economic development", uk: "економічний розвиток" },
  governance: { en: "local governance", uk: "місцеве врядування" },
  "eu-integration": { en: "EU integration", uk: "європейська інтеграція" },
  environment: { en: "environmental protection", uk: "охорона довкілля" },
  "material-aid": { en: "material aid", uk: "матеріальна допомога" },
  "ukrainian-expertise": { en: "crisis management in wartime", uk: "кризове управління у воєнний час" },
};

/** What a hromada needs, as a noun phrase (Ukrainian in the nominative), for descriptions. */
export const NEED_PHRASE: Record<CooperationAreaSlug, Bilingual> = {
  reconstruction: { en: "rebuilding damaged housing", uk: "відбудова пошкодженого житла" },
  energy: { en: "a resilient energy supply", uk: "стійке енергопостачання" },
  water: { en: "a safe water supply", uk: "безпечне водопостачання" },
  waste: { en: "modern waste management", uk: "сучасне поводження з відходами" },
  healthcare: { en: "equipment for local healthcare", uk: "обладнання для місцевої медицини" },
  rehabilitation: { en: "rehabilitation of people injured in the war", uk: "реабілітація постраждалих від війни" },
  education: { en: "safe schools for children", uk: "безпечні школи для дітей" },
  culture: { en: "protecting cultural heritage", uk: "збереження культурної спадщини" },
  "civil-protection": { en: "stronger civil protection", uk: "посилення цивільного захисту" },
  "social-services": { en: "social services for displaced families", uk: "соціальні послуги для родин переселенців" },
  economy: { en: "new jobs for residents", uk: "нові робочі місця для мешканців" },
  governance: { en: "digital local government", uk: "цифрове місцеве врядування" },
  "eu-integration": { en: "the capacity to apply for EU funding", uk: "спроможність залучати кошти ЄС" },
  environment: { en: "restoring the local environment", uk: "відновлення довкілля" },
  "material-aid": { en: "material aid (generators, vehicles)", uk: "матеріальна допомога (генератори, техніка)" },
  "ukrainian-expertise": { en: "exchange of experience", uk: "обмін досвідом" },
};

/** One-line details of a Ukrainian municipality's NEED in an area. */
export const NEED_DETAILS: Record<CooperationAreaSlug, Bilingual[]> = {
  reconstruction: [
    {
      en: "Repair of apartment blocks and a school damaged by missile strikes",
      uk: "Ремонт багатоквартирних будинків і школи, пошкоджених ракетними ударами",
    },
    {
      en: "Engineering expertise and materials to rebuild a wing of the central hospital",
      uk: "Інженерна експертиза та матеріали для відбудови корпусу центральної лікарні",
    },
    {
      en: "Restoring roofs and windows of damaged homes before winter",
      uk: "Відновлення дахів і вікон пошкоджених будинків до зими",
    },
    {
      en: "Design support for rebuilding a destroyed bridge and access roads",
      uk: "Допомога з проєктуванням відбудови зруйнованого мосту та підʼїзних доріг",
    },
  ],
  energy: [
    {
      en: "Backup power and heat for schools and the hospital after strikes on the grid",
      uk: "Резервне живлення та тепло для шкіл і лікарні після ударів по енергосистемі",
    },
    {
      en: "Solar panels and battery storage for critical infrastructure",
      uk: "Сонячні панелі та накопичувачі енергії для критичної інфраструктури",
    },
    {
      en: "Modular boiler houses to keep district heating running",
      uk: "Модульні котельні для стабільного централізованого опалення",
    },
    {
      en: "Energy-efficient renovation of kindergartens and administrative buildings",
      uk: "Енергоефективна модернізація дитсадків і адміністративних будівель",
    },
  ],
  water: [
    {
      en: "Pumps and generators to keep the water supply running during blackouts",
      uk: "Насоси та генератори для безперебійного водопостачання під час відключень",
    },
    { en: "Modernisation of the sewage treatment plant", uk: "Модернізація очисних споруд" },
    {
      en: "Replacing worn-out water mains to cut leaks",
      uk: "Заміна зношених водогонів, щоб зменшити втрати води",
    },
    {
      en: "Mobile water treatment units and drinking-water points",
      uk: "Мобільні станції очищення води та пункти видачі питної води",
    },
  ],
  waste: [
    {
      en: "Refuse trucks and containers for separate collection",
      uk: "Сміттєвози та контейнери для роздільного збору",
    },
    {
      en: "Planning a modern regional landfill and sorting line",
      uk: "Планування сучасного регіонального полігону та сортувальної лінії",
    },
    {
      en: "Safe removal and recycling of rubble from destroyed buildings",
      uk: "Безпечний вивіз і переробка уламків зруйнованих будівель",
    },
  ],
  healthcare: [
    { en: "Diagnostic equipment for the city hospital", uk: "Діагностичне обладнання для міської лікарні" },
    {
      en: "Ambulances and equipment for emergency care",
      uk: "Автомобілі швидкої допомоги та обладнання для екстреної медицини",
    },
    {
      en: "Training placements for doctors and nurses in trauma care",
      uk: "Стажування лікарів і медсестер з травматології",
    },
    {
      en: "Equipping rural health posts with telemedicine kits",
      uk: "Оснащення сільських амбулаторій обладнанням для телемедицини",
    },
  ],
  rehabilitation: [
    {
      en: "Equipment and training for a new rehabilitation centre for veterans",
      uk: "Обладнання та навчання для нового реабілітаційного центру для ветеранів",
    },
    {
      en: "Prosthetics and physiotherapy for people injured in the war",
      uk: "Протезування та фізична терапія для постраждалих від війни",
    },
    {
      en: "Psychological support programmes for families and children",
      uk: "Програми психологічної підтримки для родин і дітей",
    },
  ],
  education: [
    {
      en: "Equipping school shelters so that lessons can continue in person",
      uk: "Облаштування укриттів у школах, щоб навчання тривало очно",
    },
    {
      en: "Laptops and tablets for pupils who learn remotely",
      uk: "Ноутбуки та планшети для учнів, які навчаються дистанційно",
    },
    { en: "School exchanges and summer camps for children", uk: "Шкільні обміни та літні табори для дітей" },
    {
      en: "Modern equipment for the vocational college",
      uk: "Сучасне обладнання для професійного коледжу",
    },
  ],
  culture: [
    {
      en: "Conservation of the historic centre and the local museum collection",
      uk: "Збереження історичного центру та колекції місцевого музею",
    },
    {
      en: "Joint festivals and cultural exchanges for young people",
      uk: "Спільні фестивалі та культурні обміни для молоді",
    },
    {
      en: "Renovating the community centre as a place for culture and support",
      uk: "Оновлення будинку культури як простору для культури та підтримки",
    },
  ],
  "civil-protection": [
    {
      en: "Fire engines and rescue equipment for the local fire brigade",
      uk: "Пожежні автомобілі та рятувальне обладнання для місцевої пожежної команди",
    },
    {
      en: "Shelters and warning sirens for residential areas",
      uk: "Укриття та сирени оповіщення для житлових кварталів",
    },
    {
      en: "Training and equipment for humanitarian demining of farmland",
      uk: "Навчання та обладнання для гуманітарного розмінування сільгоспугідь",
    },
  ],
  "social-services": [
    {
      en: "Housing and integration support for internally displaced people",
      uk: "Житло та підтримка інтеграції внутрішньо переміщених осіб",
    },
    {
      en: "Home care for older people and people with disabilities",
      uk: "Догляд удома за літніми людьми та людьми з інвалідністю",
    },
    {
      en: "Training for social workers who support veterans' families",
      uk: "Навчання соціальних працівників, які підтримують родини ветеранів",
    },
  ],
  economy: [
    {
      en: "Support for small businesses relocated from frontline areas",
      uk: "Підтримка малого бізнесу, релокованого з прифронтових територій",
    },
    {
      en: "Developing an industrial park and attracting investors",
      uk: "Розвиток індустріального парку та залучення інвесторів",
    },
    {
      en: "Vocational training and jobs for veterans and displaced people",
      uk: "Професійне навчання та робочі місця для ветеранів і переселенців",
    },
  ],
  governance: [
    {
      en: "Digital services and e-government for residents",
      uk: "Цифрові послуги та електронне врядування для мешканців",
    },
    {
      en: "A recovery plan drawn up together with residents",
      uk: "План відновлення, розроблений разом із мешканцями",
    },
    {
      en: "Training for municipal staff in public procurement and transparency",
      uk: "Навчання працівників громади з публічних закупівель і прозорості",
    },
  ],
  "eu-integration": [
    {
      en: "Preparing applications for EU programmes and co-financing",
      uk: "Підготовка заявок до програм ЄС і співфінансування",
    },
    {
      en: "Learning how EU municipalities apply environmental and procurement rules",
      uk: "Вивчення досвіду муніципалітетів ЄС щодо екологічних норм і закупівель",
    },
    {
      en: "Training a project team to manage international grants",
      uk: "Навчання проєктної команди для управління міжнародними грантами",
    },
  ],
  environment: [
    {
      en: "Cleaning up land and water polluted by the fighting",
      uk: "Очищення земель і водойм, забруднених унаслідок бойових дій",
    },
    { en: "Restoring parks and green spaces in the centre", uk: "Відновлення парків і зелених зон у центрі" },
    { en: "Monitoring air and soil quality", uk: "Моніторинг якості повітря та ґрунтів" },
  ],
  "material-aid": [
    {
      en: "Generators, blankets and heaters for collective shelters",
      uk: "Генератори, ковдри та обігрівачі для місць тимчасового проживання",
    },
    {
      en: "Utility vehicles and an excavator for municipal services",
      uk: "Комунальна техніка та екскаватор для комунальних служб",
    },
    {
      en: "Medical supplies and hygiene kits for displaced families",
      uk: "Медичні витратні матеріали та гігієнічні набори для родин переселенців",
    },
  ],
  "ukrainian-expertise": [{ en: "Exchange of experience with partner municipalities", uk: "Обмін досвідом з громадами-партнерами" }],
};

/** One-line details of a Ukrainian municipality's OFFER in an area. */
export const OFFER_DETAILS: Partial<Record<CooperationAreaSlug, Bilingual[]>> = {
  "ukrainian-expertise": [
    {
      en: "How we kept public services running through blackouts and attacks",
      uk: "Як ми зберегли роботу публічних служб під час блекаутів і атак",
    },
    {
      en: "Experience of receiving and integrating thousands of displaced people",
      uk: "Досвід прийому та інтеграції тисяч внутрішньо переміщених осіб",
    },
    {
      en: "Digital tools for crisis management developed in wartime",
      uk: "Цифрові інструменти кризового управління, створені під час війни",
    },
  ],
  "civil-protection": [
    {
      en: "Training for rescuers and volunteers in emergency response",
      uk: "Навчання рятувальників і волонтерів реагуванню на надзвичайні ситуації",
    },
    {
      en: "Experience of organising shelters and early-warning systems",
      uk: "Досвід облаштування укриттів і систем раннього оповіщення",
    },
  ],
  rehabilitation: [
    {
      en: "Methods and staff exchanges from a working rehabilitation centre",
      uk: "Методики та обмін фахівцями діючого реабілітаційного центру",
    },
    {
      en: "Experience of psychological support for veterans and their families",
      uk: "Досвід психологічної підтримки ветеранів та їхніх родин",
    },
  ],
  culture: [
    {
      en: "Touring exhibitions and concerts by local artists",
      uk: "Виїзні виставки та концерти місцевих митців",
    },
    { en: "Cultural exchange programmes for young people", uk: "Програми культурного обміну для молоді" },
  ],
  education: [
    {
      en: "Experience of running schools with shelters and blended learning",
      uk: "Досвід роботи шкіл з укриттями та змішаним навчанням",
    },
    {
      en: "Ukrainian language and culture lessons for partner schools",
      uk: "Уроки української мови та культури для шкіл-партнерів",
    },
  ],
  healthcare: [
    {
      en: "Know-how in trauma surgery and emergency medicine",
      uk: "Досвід травматологічної хірургії та екстреної медицини",
    },
  ],
  energy: [
    {
      en: "Experience with decentralised heating and solar power for public buildings",
      uk: "Досвід децентралізованого опалення та сонячної енергетики для публічних будівель",
    },
  ],
  governance: [
    {
      en: "Open budget and e-services practice that partners can adopt",
      uk: "Практики відкритого бюджету та е-послуг, які можуть перейняти партнери",
    },
    {
      en: "The decentralisation reform seen from a hromada",
      uk: "Реформа децентралізації з погляду громади",
    },
  ],
  economy: [
    {
      en: "Agricultural and food products for partner markets",
      uk: "Сільськогосподарська та харчова продукція для ринків партнерів",
    },
    {
      en: "Business contacts for IT and manufacturing companies",
      uk: "Ділові контакти для ІТ- та виробничих компаній",
    },
  ],
  "social-services": [
    {
      en: "How our volunteer network provides social support in a crisis",
      uk: "Як наша волонтерська мережа надає соціальну підтримку в кризі",
    },
  ],
  environment: [
    {
      en: "Experience in restoring wetlands and forests",
      uk: "Досвід відновлення водно-болотних угідь і лісів",
    },
  ],
  reconstruction: [
    {
      en: "Fast-track rebuilding practice and local construction firms",
      uk: "Практика швидкої відбудови та місцеві будівельні компанії",
    },
  ],
  waste: [
    {
      en: "Experience of introducing separate collection in a small hromada",
      uk: "Досвід запровадження роздільного збору в невеликій громаді",
    },
  ],
  "eu-integration": [
    {
      en: "Experience with cross-border EU programmes",
      uk: "Досвід участі в транскордонних програмах ЄС",
    },
  ],
};

/** One-line details of an EU municipality's OFFER in an area. */
export const EU_OFFER_DETAILS: Partial<Record<CooperationAreaSlug, Bilingual>> = {
  reconstruction: {
    en: "Engineers from our building department can advise on rebuilding public buildings",
    uk: "Інженери нашого будівельного відділу можуть консультувати щодо відбудови публічних будівель",
  },
  energy: {
    en: "Our municipal utility shares know-how on district heating and solar power",
    uk: "Наше комунальне підприємство ділиться досвідом централізованого теплопостачання та сонячної енергетики",
  },
  water: {
    en: "Our water company's experience in modernising treatment plants",
    uk: "Досвід нашого водоканалу в модернізації очисних споруд",
  },
  waste: {
    en: "Used refuse trucks and advice on separate collection",
    uk: "Вживані сміттєвози та консультації щодо роздільного збору",
  },
  healthcare: {
    en: "Hospital partnerships and donations of medical equipment",
    uk: "Партнерство лікарень і передача медичного обладнання",
  },
  rehabilitation: {
    en: "Training for physiotherapists and occupational therapists",
    uk: "Навчання фізичних терапевтів і ерготерапевтів",
  },
  education: {
    en: "School partnerships and exchanges for teachers",
    uk: "Партнерство шкіл та обміни для вчителів",
  },
  culture: {
    en: "Joint cultural events and support for museums and libraries",
    uk: "Спільні культурні заходи та підтримка музеїв і бібліотек",
  },
  "civil-protection": {
    en: "Fire engines retired from our fleet and training for rescuers",
    uk: "Пожежні автомобілі з нашого автопарку та навчання рятувальників",
  },
  "social-services": {
    en: "Advice on social housing and care for older people",
    uk: "Консультації щодо соціального житла та догляду за літніми людьми",
  },
  economy: {
    en: "Contacts with local businesses and our chamber of commerce",
    uk: "Контакти з місцевим бізнесом і торгово-промисловою палатою",
  },
  governance: {
    en: "Study visits on digital services and participatory budgeting",
    uk: "Навчальні візити щодо цифрових послуг і бюджету участі",
  },
  "eu-integration": {
    en: "Help with EU funding applications and project partnerships",
    uk: "Допомога із заявками на фінансування ЄС і проєктними партнерствами",
  },
  environment: {
    en: "Expertise in urban green spaces and climate adaptation",
    uk: "Експертиза з міських зелених зон та адаптації до зміни клімату",
  },
  "material-aid": {
    en: "Residents' collections of generators, clothing and medical supplies",
    uk: "Збір генераторів, одягу та медичних засобів мешканцями",
  },
};

// Fictional Ukrainian contact persons, romanised (national transliteration) for the English UI.
export const UA_FIRST_NAMES_F = [
  "Olena",
  "Iryna",
  "Nataliia",
  "Oksana",
  "Tetiana",
  "Yuliia",
  "Kateryna",
  "Mariia",
  "Halyna",
  "Svitlana",
  "Viktoriia",
  "Anastasiia",
  "Khrystyna",
  "Liudmyla",
  "Sofiia",
  "Larysa",
];
export const UA_FIRST_NAMES_M = [
  "Andrii",
  "Oleksandr",
  "Serhii",
  "Dmytro",
  "Volodymyr",
  "Mykola",
  "Taras",
  "Ivan",
  "Yurii",
  "Bohdan",
  "Vasyl",
  "Oleh",
  "Roman",
  "Petro",
  "Maksym",
  "Ihor",
];
/** Surnames that have the same form for women and men. */
export const UA_LAST_NAMES = [
  "Kovalenko",
  "Shevchenko",
  "Bondarenko",
  "Tkachenko",
  "Kravchenko",
  "Melnyk",
  "Boiko",
  "Koval",
  "Savchenko",
  "Rudenko",
  "Lysenko",
  "Moroz",
  "Marchenko",
  "Polishchuk",
  "Hnatiuk",
  "Levchenko",
  "Pavlenko",
  "Petrenko",
  "Ivanyshyn",
  "Hrytsenko",
  "Oliinyk",
  "Tkachuk",
  "Kushnir",
  "Romaniuk",
  "Danyliuk",
  "Zakharchenko",
  "Vovk",
  "Symonenko",
  "Fedoruk",
  "Lytvyn",
  "Yurchenko",
  "Karpenko",
  "Honchar",
  "Kharchenko",
  "Sydorenko",
  "Demchuk",
  "Matviichuk",
  "Prokopenko",
  "Stepaniuk",
  "Savyk",
];
export const UA_ROLES_CITY = [
  "Head of International Cooperation Department",
  "Deputy Mayor",
  "International Relations Officer",
  "Head of Investment and Project Development",
  "Chief Specialist for International Projects",
  "Head of the Economic Development Department",
  "Secretary of the City Council",
  "Adviser to the Mayor on International Affairs",
];
export const UA_ROLES_HROMADA = [
  "Deputy Head of the Hromada",
  "Head of the Hromada",
  "Chief Specialist for International Projects",
  "Head of the Economic Development Department",
  "Project Manager, Hromada Council",
];

export const UA_MOBILE_CODES = ["50", "66", "67", "68", "63", "73", "93", "95", "96", "97", "98", "99"];

/** Fictional EU contact persons and requesters, by country. */
export const EU_PEOPLE: Record<string, string[]> = {
  SE: ["Anna Lindqvist", "Erik Johansson", "Maria Nilsson", "Karin Berg", "Johan Sandberg", "Sara Holm", "Lars Ekström", "Elin Forsberg"],
  BE: ["Pieter De Smet", "Sofie Peeters", "Marie Dubois", "Lucas Janssens", "Els Maes", "Julie Lambert", "Tom Vermeulen"],
  DE: ["Katrin Weber", "Thomas Müller", "Julia Schneider", "Stefan Wagner", "Anna Hoffmann", "Michael Becker", "Sabine Keller", "Jonas Richter"],
  FR: ["Claire Martin", "Julien Bernard", "Camille Laurent", "Nicolas Moreau", "Sophie Girard", "Antoine Roux"],
  IT: ["Giulia Rossi", "Marco Bianchi", "Francesca Romano", "Luca Ricci", "Chiara Colombo", "Paolo Greco"],
  PL: ["Katarzyna Nowak", "Piotr Kowalski", "Agnieszka Wiśniewska", "Tomasz Wójcik", "Magdalena Kamińska", "Paweł Zieliński"],
  MD: ["Ana Popescu", "Ion Rusu", "Elena Ciobanu", "Vasile Munteanu", "Natalia Lungu", "Andrei Cebotari"],
};
export const EU_ROLES = [
  "International Relations Officer",
  "Deputy Mayor",
  "Head of the Mayor's Office",
  "EU Projects Coordinator",
  "Councillor, Ukraine Partnership Working Group",
  "Head of International Affairs",
  "Twinning Coordinator",
];

/** Request messages in English. {ua}: Ukrainian municipality, {eu}: requester's town, {areas}: area names. */
export const REQUEST_MESSAGES_EN = [
  "Our city council decided this spring to support a Ukrainian hromada, and {ua}'s needs in {areas} match what our municipal services can offer. We would welcome a first video call with your international cooperation team.",
  "We read {ua}'s profile on the portal and would like to explore a partnership focused on {areas}. The proposal has the backing of all parties in our council.",
  "{eu} is home to a community of Ukrainian families, several of them from your oblast. We would like to build a lasting partnership with {ua}, starting with {areas}.",
  "Our municipal utility has equipment it can donate and staff who are willing to train colleagues. Could we discuss {areas} with {ua}?",
  "We are preparing an application to an EU programme and are looking for a Ukrainian partner municipality for a project on {areas}. {ua} seems a very good fit.",
  "Our schools and sports clubs would like to connect with {ua}. We can also help with {areas}.",
  "After meeting colleagues from {ua} at a Cities4Cities event, we would like to formalise the contact and agree on first steps in {areas}.",
  "Please put us in touch with {ua}. We have set aside a budget for 2027 for cooperation on {areas} and want to use it where it helps most.",
];
/** Request messages from municipalities not yet on the portal. */
export const REQUEST_MESSAGES_NEW_EN = [
  "We are not yet registered on the portal, but our council has voted to support a Ukrainian municipality. {ua} caught our attention because of its needs in {areas}.",
  "{eu} would like to join Cities4Cities and start a partnership with {ua}. Our experience in {areas} could be useful, and several residents have offered to volunteer.",
  "We are a mid-sized municipality that has not worked with Ukraine before. We would be grateful for an introduction to {ua} to talk about {areas}.",
];
export const REQUEST_MESSAGES_DE = [
  "Unser Gemeinderat hat beschlossen, eine ukrainische Partnergemeinde zu unterstützen. {ua} passt sehr gut zu dem, was unsere Stadtwerke und Schulen anbieten können; wir freuen uns auf ein erstes Gespräch.",
  "Wir haben das Profil von {ua} gelesen und möchten gern konkrete Projekte besprechen. Ein Besuch unserer Delegation wäre im Frühjahr möglich.",
];
export const REQUEST_MESSAGES_SV = [
  "Vår kommun vill gärna inleda ett samarbete med {ua}. Vi kan bidra med både utrustning och kunskap och ser fram emot ett första möte.",
  "Kommunfullmäktige har beslutat att stödja en ukrainsk partnerkommun. Vi tror att {ua} och {eu} har mycket att lära av varandra.",
];
export const REQUEST_MESSAGES_PL = [
  "Rada miasta zdecydowała o wsparciu ukraińskiej gminy partnerskiej. Chętnie porozmawiamy z przedstawicielami {ua} o ich najpilniejszych potrzebach.",
  "Mamy doświadczenie w pozyskiwaniu funduszy unijnych i chętnie podzielimy się nim z {ua}. Proponujemy spotkanie online jeszcze w tym miesiącu.",
];
/** For requests sent from the Ukrainian-language portal. {uaUk}: the hromada's Ukrainian name. */
export const REQUEST_MESSAGES_UK = [
  "Наше місто хоче стати партнером громади {uaUk}. Ми маємо досвід у сферах, які громада вказала як пріоритетні, і готові до першої зустрічі онлайн.",
  "Доброго дня! Ми хотіли б налагодити співпрацю з громадою {uaUk}. Наша делегація може приїхати восени, щоб обговорити конкретні проєкти.",
];

export const DECISION_NOTES_APPROVED = [
  "Approved. Both contact persons have been introduced by e-mail; a first call is being scheduled.",
  "Approved: the hromada confirmed its interest in cooperation on {areas}.",
  "Approved after a call with both mayors' offices. Next step: a letter of intent.",
];
export const DECISION_NOTES_APPROVED_NEW = [
  "Approved. The municipality has been invited to create its profile on the portal; the hromada has been informed.",
  "Approved: the hromada is interested. We asked the requester to register the municipality so that the partnership can be recorded.",
];
export const DECISION_NOTES_DECLINED = [
  "Declined: the hromada is not taking on new partnerships this year. We suggested two hromadas with similar needs.",
  "Declined: the request was not sent on behalf of the municipality; we asked the sender to apply through the town hall.",
  "Declined at the hromada's request: its current partners already cover these areas.",
  "Declined: duplicate of an earlier request from the same municipality.",
];

/** "a, b and c" / "a, b та c". */
export function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (!(k in values)) throw new Error(`Missing template value {${k}} in "${template}"`);
    return values[k];
  });
}

/** 12345 -> "12,345" (sep ","), no locale data needed. */
export function thousands(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
