import { REGISTRY_PAGE_SIZE } from "@/server/partnerships/registry";
import { csv, downloadFormat, handler, json, preflight, problem } from "@/server/open-data/http";
import { allPartnerships, partnershipsPage } from "@/server/open-data/partnerships";
import { pageParam, pagingLinks } from "@/server/open-data/paging";
import { PARTNERSHIP_CSV_HEADER, partnershipCsvRow } from "@/server/open-data/csv-rows";

/** GET /api/v1/partnerships: the registry of active partnerships, newest first, paged; `download=csv|json` for all. */
export const GET = handler(async (request: Request) => {
  const url = new URL(request.url);
  const download = downloadFormat(url);
  if (download === "invalid")
    return problem(400, "invalidParameter", "download must be csv or json.", {}, [{ param: "download", value: url.searchParams.get("download") }]);
  if (download) {
    const all = await allPartnerships();
    if (download === "csv") return csv(request, "cities4cities-partnerships.csv", PARTNERSHIP_CSV_HEADER, all.map(partnershipCsvRow));
    return json(request, all, { download: "cities4cities-partnerships.json", more: { total: all.length } });
  }
  const page = pageParam(url);
  if (page === null)
    return problem(400, "invalidParameter", "page must be a whole number from 1.", {}, [{ param: "page", value: url.searchParams.get("page") }]);
  const result = await partnershipsPage(page);
  if (result.page !== page) return problem(404, "pageOutOfRange", `There are ${result.pageCount} pages.`);
  return json(request, result.entries, {
    more: {
      paging: {
        page: result.page,
        perPage: REGISTRY_PAGE_SIZE,
        total: result.total,
        pageCount: result.pageCount,
        links: pagingLinks(url, result.page, result.pageCount),
      },
    },
  });
});

export const OPTIONS = preflight;
