import { PAGE_SIZE } from "@/lib/catalogue-filters";
import { csv, downloadFormat, handler, json, preflight, problem } from "@/server/open-data/http";
import { allMunicipalities, municipalitiesPage, parseApiFilters } from "@/server/open-data/municipalities";
import { pagingLinks } from "@/server/open-data/paging";
import { MUNICIPALITY_CSV_HEADER, municipalityCsvRow } from "@/server/open-data/csv-rows";

/**
 * GET /api/v1/municipalities: the catalogue with its filters (area, direction, oblast, type,
 * size, seeking, register, lang, q, sort), a page at a time (the catalogue's page size), or the
 * whole selection as a file with `download=csv|json`.
 */
export const GET = handler(async (request: Request) => {
  const url = new URL(request.url);
  const { filters, ignored } = await parseApiFilters(url.searchParams);
  if (ignored.length > 0) return problem(400, "invalidParameter", "A parameter has a value the catalogue does not know.", {}, ignored);
  const download = downloadFormat(url);
  if (download === "invalid")
    return problem(400, "invalidParameter", "download must be csv or json.", {}, [{ param: "download", value: url.searchParams.get("download") }]);
  if (download) {
    const all = await allMunicipalities(filters);
    if (download === "csv") return csv(request, "cities4cities-municipalities.csv", MUNICIPALITY_CSV_HEADER, all.map(municipalityCsvRow));
    return json(request, all, { download: "cities4cities-municipalities.json", more: { total: all.length } });
  }
  const result = await municipalitiesPage(filters);
  if (result.page !== filters.page) return problem(404, "pageOutOfRange", `There are ${result.pageCount} pages.`);
  return json(request, result.entries, {
    more: {
      paging: {
        page: result.page,
        perPage: PAGE_SIZE,
        total: result.total,
        pageCount: result.pageCount,
        links: pagingLinks(url, result.page, result.pageCount),
      },
    },
  });
});

export const OPTIONS = preflight;
