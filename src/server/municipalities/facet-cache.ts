import "server-only";
import type { CatalogueFilters } from "@/lib/catalogue-filters";
import type { CatalogueFacets } from "./catalogue-facets";

/**
 * The facet counts each filter combination last had, per process, tagged with the catalogue
 * generation they were computed under (the id of the last transaction that wrote a profile, an
 * area, a region or a cooperation area: see the catalogue_generation migration). A request reads
 * the generation first, in its own statement, and uses counts only of that generation: a profile
 * saved on any instance moves the generation in the same transaction, so the next request on
 * every instance computes them again. They are never older than the generation read; a save that
 * commits between that read and the page's query shows as it would without the cache (the counts
 * and the page were always two statements).
 *
 * Counting costs a scan of every matching profile; the counts of popular views (the unfiltered
 * catalogue, one area) are asked for far more often than profiles change.
 */
const MAX_ENTRIES = 1000;

type Entry = { generation: string; facets: Promise<CatalogueFacets> };

const holder = globalThis as unknown as { __c4cFacetCache?: Map<string, Entry> };
const entries: Map<string, Entry> = (holder.__c4cFacetCache ??= new Map());

/** What the counts depend on: every filter, but not the page, the order or the language. */
export function facetKey(filters: CatalogueFilters): string {
  const { page: _page, sort: _sort, ...counted } = filters;
  return JSON.stringify({ ...counted, areas: [...counted.areas].sort(), languages: [...counted.languages].sort() });
}

/**
 * The counts for `filters` at `generation`, computed with `count` when this process has none
 * for them. Concurrent requests for the same counts share one computation.
 */
export function cachedFacets(filters: CatalogueFilters, generation: string, count: () => Promise<CatalogueFacets>): Promise<CatalogueFacets> {
  // No generation (its row was deleted by hand): nothing can be known to be current.
  if (!generation) return count();
  const key = facetKey(filters);
  const hit = entries.get(key);
  if (hit && hit.generation === generation) {
    // Most recently used last: the first key is the one to evict.
    entries.delete(key);
    entries.set(key, hit);
    return hit.facets;
  }
  const facets = count();
  entries.delete(key);
  entries.set(key, { generation, facets });
  // A failed count is not kept: the next request tries again.
  facets.catch(() => {
    if (entries.get(key)?.facets === facets) entries.delete(key);
  });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return facets;
}
