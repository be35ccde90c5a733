/** A funding programme's name in the page's language: Ukrainian for uk, English otherwise (the catalogue keeps both). */
export function programmeName(texts: unknown, locale: string): string {
  const name = (texts as { name?: { en?: string; uk?: string } } | null)?.name;
  return (locale === "uk" ? name?.uk : name?.en) || name?.en || "";
}
