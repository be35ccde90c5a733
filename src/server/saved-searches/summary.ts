import "server-only";
import { createTranslator } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { type CatalogueFilters, cut } from "@/lib/catalogue-filters";
import { languageName } from "@/lib/intl-names";
import { regionName } from "@/lib/region-names";
import { SAVED_SEARCH_NAME_MAX } from "@/lib/saved-searches/limits";
import type { RegionOption } from "@/server/regions";
import type coreEn from "@/i18n/messages/en.json";
import type catalogueFiltersEn from "@/i18n/messages/features/catalogue-filters.en.json";
import type savedSearchesEn from "@/i18n/messages/features/saved-searches.en.json";

type Messages = typeof coreEn & typeof catalogueFiltersEn & typeof savedSearchesEn;

/**
 * A saved search's default name: its filters in words, in `locale` ("“school” · Water supply and
 * sanitation, needed · Lviv Oblast · seeking partners"), cut to the longest name allowed.
 */
export function summariseSearch(filters: CatalogueFilters, regions: readonly RegionOption[], locale: Locale): string {
  const messages = messagesFor(locale) as Messages;
  const t = createTranslator({ locale, messages, namespace: "savedSearches.summary" });
  const areas = createTranslator({ locale, messages, namespace: "areas" });
  const catalogue = createTranslator({ locale, messages, namespace: "catalogue.filters" });
  const macro = createTranslator({ locale, messages, namespace: "catalogueFilters.macro.names" });
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const parts: string[] = [];
  if (filters.q) parts.push(t("query", { q: filters.q }));
  if (filters.areas.length > 0 || filters.direction) {
    const names = filters.areas.map((a) => areas(a)).join(", ");
    const direction = filters.direction ? t(filters.direction === "need" ? "needed" : "offered") : "";
    parts.push([names, direction].filter(Boolean).join(", "));
  }
  for (const m of filters.macroRegions) parts.push(macro(m));
  for (const slug of filters.regions) {
    const region = regions.find((r) => r.slug === slug);
    parts.push(regionName(locale, { slug, nameEn: region?.nameEn ?? slug, nameUk: region?.nameUk ?? null }));
  }
  if (filters.type) parts.push(catalogue(`types.${filters.type}`));
  const { populationMin: min, populationMax: max } = filters;
  if (min !== null && max !== null) parts.push(t("populationRange", { min: number(min), max: number(max) }));
  else if (min !== null) parts.push(t("populationMin", { min: number(min) }));
  else if (max !== null) parts.push(t("populationMax", { max: number(max) }));
  if (filters.languages.length > 0) parts.push(filters.languages.map((l) => languageName(l, locale)).join(", "));
  if (filters.seeking) parts.push(t("seeking"));
  if (filters.register) parts.push(t("register"));
  const summary = parts.join(" · ") || t("all");
  return summary.length > SAVED_SEARCH_NAME_MAX ? cut(summary, SAVED_SEARCH_NAME_MAX - 1) + "…" : summary;
}
