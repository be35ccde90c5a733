import "server-only";
import { Prisma } from "@/server/db";
import { type CatalogueFilters, effectiveSort } from "@/lib/catalogue-filters";
import type { SearchTerms } from "@/lib/search/query";

/** The order of results, over rows named m (with `tier` and `closeness` when searching). */
export function catalogueOrder(filters: CatalogueFilters, terms: SearchTerms | null, locale: string): Prisma.Sql {
  const name = locale === "uk" ? Prisma.sql`coalesce(m.name_uk, m.name_en)` : Prisma.sql`m.name_en`;
  const sort = effectiveSort(filters);
  if (sort === "relevance" && terms) {
    // Bigger places first among equal matches: more people look for them.
    return Prisma.sql`ORDER BY m.tier, m.closeness DESC, m.population DESC NULLS LAST, m.id`;
  }
  switch (sort) {
    case "population":
      return Prisma.sql`ORDER BY m.population DESC NULLS LAST, m.id`;
    case "freshness":
      return Prisma.sql`ORDER BY m.profile_confirmed_at DESC NULLS LAST, m.id`;
    default:
      // Without a chosen order, those seeking partners come first: they are what a visitor
      // looks for. An explicit "name" is by name alone.
      return filters.sort === null ? Prisma.sql`ORDER BY m.seeks_partners DESC, ${name}, m.id` : Prisma.sql`ORDER BY ${name}, m.id`;
  }
}
