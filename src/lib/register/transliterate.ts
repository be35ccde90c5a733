/**
 * Ukrainian → Latin by the official transliteration of the Cabinet of Ministers of Ukraine,
 * resolution No. 55 of 27 January 2010 (KMU 2010), the rule for names in passports, on road signs
 * and in the KATOTTG's Latin editions. Є, Ї, Й, Ю, Я are written ye, yi, y, yu, ya at the start of
 * a word and ie, i, i, iu, ia elsewhere; "зг" is "zgh" (Zghurivka), so that it is not read as "zh";
 * the soft sign and the apostrophe are not written.
 */
const LETTERS: Record<string, string> = {
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
};
const WORD_INITIAL: Record<string, string> = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" };
const APOSTROPHES = /['’ʼ`]/;
const LETTER = /\p{L}/u;

export function transliterateUk(text: string): string {
  const chars = [...text.normalize("NFC")];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (APOSTROPHES.test(char)) continue;
    const lower = char.toLowerCase();
    if (!(lower in LETTERS)) {
      out += char;
      continue;
    }
    // The start of a word: no letter (or apostrophe within a word) before this one.
    let j = i - 1;
    while (j >= 0 && APOSTROPHES.test(chars[j])) j--;
    const initial = j < 0 || !LETTER.test(chars[j]);
    let latin = initial && lower in WORD_INITIAL ? WORD_INITIAL[lower] : LETTERS[lower];
    if (lower === "г" && j >= 0 && chars[j].toLowerCase() === "з" && j === i - 1) latin = "gh";
    if (char !== lower && latin) {
      // A capital: the first Latin letter only, unless the whole word is in capitals.
      const next = chars[i + 1];
      const wordUpper = next !== undefined && LETTER.test(next) && next === next.toUpperCase() && next !== next.toLowerCase();
      latin = wordUpper ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
    }
    out += latin;
  }
  return out;
}
