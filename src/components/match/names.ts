/** An EU municipality's name in the page's language: Ukrainian spelling on Ukrainian pages, else its own. */
export function euMunicipalityName(m: { nameEn: string; nameUk: string | null; nameLocal: string | null }, locale: string): string {
  if (locale === "uk") return m.nameUk ?? m.nameLocal ?? m.nameEn;
  return m.nameLocal ?? m.nameEn;
}
