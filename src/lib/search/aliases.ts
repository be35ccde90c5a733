// Other names people search for, curated: spellings from Russian (the usual ones in English
// before 2010 and still common: Kiev, Kharkov, Odessa), German, Polish and Hungarian exonyms,
// and the former official names of renamed towns (renamings of 2016 and 2023–2024).
// Keyed by oblast slug and Ukrainian name, which identify a hromada's centre even where two
// towns share a name (Миколаїв in Mykolaiv and in Lviv oblast).

type Aliases = readonly [oblast: string, nameUk: string, aliases: readonly string[]];

const MUNICIPALITIES: readonly Aliases[] = [
  ["kyiv-city", "Київ", ["Kiev", "Kiew", "Kijów", "Kyjiw", "Kijev", "Киев"]],
  ["kharkiv", "Харків", ["Kharkov", "Charkiw", "Charków", "Харьков"]],
  ["dnipropetrovsk", "Дніпро", ["Dnipropetrovsk", "Dnepropetrovsk", "Dnepr", "Dnjepr", "Yekaterinoslav", "Днепр", "Днепропетровск"]],
  ["donetsk", "Донецьк", ["Donezk", "Donieck", "Донецк"]],
  ["odesa", "Одеса", ["Odessa", "Одесса"]],
  ["zaporizhzhia", "Запоріжжя", ["Zaporozhye", "Zaporozhe", "Saporischschja", "Zaporoże", "Запорожье"]],
  ["lviv", "Львів", ["Lvov", "Lwów", "Lemberg", "Lwiw", "Leopolis", "Львов"]],
  ["dnipropetrovsk", "Кривий Ріг", ["Krivoy Rog", "Krivoi Rog", "Krywyj Rih", "Krzywy Róg", "Кривой Рог"]],
  ["mykolaiv", "Миколаїв", ["Nikolaev", "Nikolayev", "Mykolajiw", "Mikołajów", "Николаев"]],
  ["donetsk", "Маріуполь", ["Zhdanov", "Мариуполь"]],
  ["luhansk", "Луганськ", ["Lugansk", "Voroshilovgrad", "Луганск"]],
  ["khmelnytskyi", "Хмельницький", ["Khmelnitsky", "Khmelnitskiy", "Chmelnyzkyj", "Chmielnicki", "Proskurov", "Хмельницкий"]],
  ["donetsk", "Макіївка", ["Makeyevka", "Makiyivka", "Макеевка"]],
  ["vinnytsia", "Вінниця", ["Vinnitsa", "Winnyzja", "Winnica", "Vinnița", "Vinnycja", "Vinnytsja", "Винница"]],
  ["kherson", "Херсон", ["Cherson"]],
  ["poltava", "Полтава", ["Poltawa"]],
  ["chernihiv", "Чернігів", ["Chernigov", "Tschernihiw", "Czernihów", "Чернигов"]],
  ["cherkasy", "Черкаси", ["Cherkassy", "Tscherkassy", "Czerkasy", "Черкассы"]],
  ["sumy", "Суми", ["Сумы"]],
  ["zhytomyr", "Житомир", ["Zhitomir", "Schytomyr", "Żytomierz", "Zjytomyr", "Jytomyr"]],
  ["donetsk", "Горлівка", ["Gorlovka", "Горловка"]],
  ["rivne", "Рівне", ["Rovno", "Równe", "Riwne", "Ровно"]],
  ["kirovohrad", "Кропивницький", ["Kirovograd", "Kirovohrad", "Kropywnyzkyj", "Yelysavethrad", "Elisavetgrad", "Кировоград"]],
  ["dnipropetrovsk", "Кам'янське", ["Dniprodzerzhynsk", "Dneprodzerzhinsk", "Kamenskoye", "Днепродзержинск"]],
  ["chernivtsi", "Чернівці", ["Chernovtsy", "Czernowitz", "Cernăuți", "Czerniowce", "Черновцы"]],
  ["ternopil", "Тернопіль", ["Ternopol", "Tarnopol", "Тернополь"]],
  ["poltava", "Кременчук", ["Kremenchug", "Krementschuk", "Кременчуг"]],
  ["volyn", "Луцьк", ["Łuck", "Luzk", "Луцк"]],
  ["ivano-frankivsk", "Івано-Франківськ", ["Ivano-Frankovsk", "Stanislaviv", "Stanisławów", "Stanislau", "Iwano-Frankiwsk", "Ивано-Франковск"]],
  ["kyiv-oblast", "Біла Церква", ["Belaya Tserkov", "Biała Cerkiew", "Bila Zerkwa", "Белая Церковь"]],
  ["luhansk", "Сєвєродонецьк", ["Severodonetsk", "Sjewjerodonezk", "Северодонецк"]],
  ["donetsk", "Слов'янськ", ["Slavyansk", "Slowjansk", "Славянск"]],
  ["zaporizhzhia", "Бердянськ", ["Berdyansk", "Бердянск"]],
  ["zakarpattia", "Ужгород", ["Uzhgorod", "Ungvár", "Uschhorod"]],
  ["luhansk", "Алчевськ", ["Kommunarsk", "Алчевск"]],
  ["dnipropetrovsk", "Павлоград", ["Pavlograd"]],
  ["luhansk", "Лисичанськ", ["Lisichansk", "Лисичанск"]],
  ["donetsk", "Єнакієве", ["Yenakiyevo", "Enakievo", "Енакиево"]],
  ["kirovohrad", "Олександрія", ["Aleksandriya", "Александрия"]],
  ["khmelnytskyi", "Кам'янець-Подільський", ["Kamenets-Podolsky", "Kamieniec Podolski", "Kamenez-Podolsk"]],
  ["kyiv-oblast", "Бориспіль", ["Borispol", "Борисполь"]],
  ["zhytomyr", "Бердичів", ["Berdichev", "Berditschew", "Бердичев"]],
  ["lviv", "Шептицький", ["Chervonohrad", "Chervonograd", "Червоноград"]],
  ["donetsk", "Бахмут", ["Artemivsk", "Artemovsk", "Артемовск"]],
  ["zakarpattia", "Мукачево", ["Mukacheve", "Munkács", "Munkatsch"]],
  ["lviv", "Дрогобич", ["Drogobych", "Drohobycz", "Drohobytsch"]],
  ["dnipropetrovsk", "Самар", ["Novomoskovsk", "Новомосковск"]],
  ["zhytomyr", "Звягель", ["Novohrad-Volynskyi", "Novograd-Volynsky"]],
  ["kharkiv", "Берестин", ["Krasnohrad", "Krasnograd"]],
  ["volyn", "Володимир", ["Volodymyr-Volynskyi", "Vladimir-Volynsky", "Włodzimierz Wołyński"]],
  ["poltava", "Горішні Плавні", ["Komsomolsk"]],
  ["odesa", "Подільськ", ["Kotovsk"]],
  ["odesa", "Південне", ["Yuzhne", "Yuzhny"]],
  ["luhansk", "Кадіївка", ["Stakhanov"]],
  ["luhansk", "Хрустальний", ["Krasnyi Luch", "Krasny Luch"]],
  ["luhansk", "Довжанськ", ["Sverdlovsk"]],
  ["luhansk", "Сорокине", ["Krasnodon"]],
  ["donetsk", "Чистякове", ["Torez"]],
  ["donetsk", "Покровськ", ["Krasnoarmiisk", "Krasnoarmeysk"]],
  ["luhansk", "Голубівка", ["Kirovsk"]],
  ["odesa", "Чорноморськ", ["Illichivsk", "Ilyichevsk"]],
  ["odesa", "Білгород-Дністровський", ["Akkerman", "Belgorod-Dnestrovsky", "Cetatea Albă"]],
  ["kharkiv", "Ізюм", ["Izyum"]],
  ["kharkiv", "Чугуїв", ["Chuguev", "Chuhuyiv"]],
  ["kyiv-oblast", "Ірпінь", ["Irpen"]],
  ["chernihiv", "Ніжин", ["Nezhin"]],
  ["poltava", "Миргород", ["Mirgorod"]],
  ["sumy", "Глухів", ["Glukhov"]],
  ["chernihiv", "Прилуки", ["Priluki"]],
  ["ivano-frankivsk", "Коломия", ["Kolomyja", "Kołomyja", "Kolomea"]],
  ["lviv", "Трускавець", ["Truskawiec"]],
  ["zakarpattia", "Берегове", ["Beregovo", "Beregszász"]],
  ["rivne", "Вараш", ["Kuznetsovsk"]],
  ["kyiv-oblast", "Вишгород", ["Vyshgorod"]],
  ["kyiv-oblast", "Переяслав", ["Pereiaslav-Khmelnytskyi", "Pereyaslav"]],
  ["ternopil", "Кременець", ["Krzemieniec"]],
  ["rivne", "Острог", ["Ostrog"]],
  ["mykolaiv", "Південноукраїнськ", ["Yuzhnoukrainsk"]],
  ["kirovohrad", "Світловодськ", ["Svetlovodsk"]],
  ["cherkasy", "Умань", ["Humań"]],
  ["zaporizhzhia", "Енергодар", ["Energodar"]],
  ["kherson", "Нова Каховка", ["Novaya Kakhovka"]],
];

/** Other names of oblasts: Russian-style spellings and the Ukrainian names of historic lands. */
const OBLASTS: Record<string, readonly string[]> = {
  vinnytsia: ["Vinnitsa oblast", "Вінниччина", "Podillia"],
  volyn: ["Volhynia", "Wołyń", "Волинь"],
  dnipropetrovsk: ["Dnepropetrovsk oblast", "Dnipro oblast", "Дніпропетровщина"],
  donetsk: ["Donbas", "Donbass", "Донеччина"],
  zhytomyr: ["Zhitomir oblast", "Житомирщина"],
  zakarpattia: ["Transcarpathia", "Zakarpattya", "Закарпаття"],
  zaporizhzhia: ["Zaporozhye oblast", "Запоріжжя"],
  "ivano-frankivsk": ["Ivano-Frankovsk oblast", "Prykarpattia", "Прикарпаття"],
  "kyiv-oblast": ["Kiev oblast", "Київщина"],
  kirovohrad: ["Kirovograd oblast", "Kropyvnytskyi oblast", "Кіровоградщина"],
  luhansk: ["Lugansk oblast", "Луганщина"],
  lviv: ["Lvov oblast", "Львівщина"],
  mykolaiv: ["Nikolaev oblast", "Миколаївщина"],
  odesa: ["Odessa oblast", "Одещина"],
  poltava: ["Полтавщина"],
  rivne: ["Rovno oblast", "Рівненщина"],
  sumy: ["Сумщина"],
  ternopil: ["Ternopol oblast", "Тернопільщина"],
  kharkiv: ["Kharkov oblast", "Слобожанщина", "Харківщина"],
  kherson: ["Херсонщина"],
  khmelnytskyi: ["Khmelnitsky oblast", "Хмельниччина"],
  cherkasy: ["Cherkassy oblast", "Черкащина"],
  chernivtsi: ["Chernovtsy oblast", "Bukovina", "Буковина"],
  chernihiv: ["Chernigov oblast", "Чернігівщина"],
  "kyiv-city": ["Kiev"],
};

const APOSTROPHE_VARIANTS = /['’ʼ]/g;
const key = (oblast: string, nameUk: string) => `${oblast}|${nameUk.replace(APOSTROPHE_VARIANTS, "'")}`;
const BY_NAME = new Map(MUNICIPALITIES.map(([oblast, uk, aliases]) => [key(oblast, uk), aliases]));

/** The other names of the hromada centred on `nameUk` in the oblast `oblastSlug`, if curated. */
export function municipalityAliases(oblastSlug: string | null, nameUk: string | null): readonly string[] {
  if (!oblastSlug || !nameUk) return [];
  return BY_NAME.get(key(oblastSlug, nameUk)) ?? [];
}

export function oblastAliases(oblastSlug: string | null): readonly string[] {
  return (oblastSlug && OBLASTS[oblastSlug]) || [];
}
