// Ukrainian → Latin letters by the official romanisation: Cabinet of Ministers of Ukraine
// resolution No. 55 of 27 January 2010 ("KMU 2010"), the system of passports and road signs,
// and so of the English names this portal shows (Kyiv, Kharkiv, Zaporizhzhia).

/** Letters in any position. The soft sign and the apostrophe are not written. */
const KMU: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ie",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ю: "iu",
  я: "ia",
  // Not Ukrainian letters, but people type Russian spellings (Киев, Харьков): romanised alike so
  // that such a query and a curated Russian alias give the same key.
  ы: "y",
  э: "e",
  ё: "io",
  ъ: "",
};

/** At the start of a word these letters are written differently (Yenakiieve, Yizhakevych, Yosypivka, Yurii, Yahotyn). */
const KMU_INITIAL: Record<string, string> = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya", ё: "yo" };

/** Apostrophes as people type them: ASCII, right single quote, modifier letter, grave, acute, prime… */
export const APOSTROPHES = /['’ʼ‘`´′ʹ]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Romanises the Ukrainian (Cyrillic) letters of `text` by KMU 2010, keeping letter case and
 * leaving everything else as it is: "Знам'янка" → "Znamianka", "Згурівка" → "Zghurivka",
 * "ЩОРС" → "SHCHORS".
 */
export function transliterateKmu(text: string): string {
  const chars = Array.from(text);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    if (!(lower in KMU)) {
      // The apostrophe inside a Ukrainian word (Мар'їне → Marine) is not written.
      if (APOSTROPHES.test(ch) && i > 0 && CYRILLIC.test(chars[i - 1])) continue;
      out += ch;
      continue;
    }
    const prev = chars[i - 1];
    const atWordStart = prev === undefined || !(LETTER.test(prev) || APOSTROPHES.test(prev));
    let latin = atWordStart && lower in KMU_INITIAL ? KMU_INITIAL[lower] : KMU[lower];
    // "зг" is written "zgh", so that it is not read as "zh" (Zghurivka).
    if (lower === "г" && prev?.toLowerCase() === "з") latin = "gh";
    if (latin === "") continue;
    if (isUpper(ch)) {
      const next = chars[i + 1];
      const wordIsCapitals = (next !== undefined && isUpper(next)) || (prev !== undefined && isUpper(prev) && LETTER.test(prev));
      latin = wordIsCapitals ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
    }
    out += latin;
  }
  return out;
}
