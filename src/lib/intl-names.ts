/** Country and language names in the page's language, from the runtime's CLDR data. */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
}

/** A language's name in that language itself, as a language choice should show it. */
export function endonym(code: string): string {
  return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
}

/** Countries as a choice lists them: named in the page's language, in its alphabetical order. */
export function countriesByName(codes: readonly string[], locale: string): { value: string; label: string }[] {
  return codes.map((value) => ({ value, label: countryName(value, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}
