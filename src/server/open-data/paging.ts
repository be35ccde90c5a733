/** The `page` parameter of a paged list: 1 without one, null when it is not a page number. */
export function pageParam(url: URL): number | null {
  const raw = url.searchParams.get("page");
  if (raw === null) return 1;
  return /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}

/** Links to the first, previous, next and last pages, keeping every other parameter. */
export function pagingLinks(url: URL, page: number, pageCount: number) {
  const at = (n: number) => {
    const u = new URL(url.pathname + url.search, "http://x");
    if (n === 1) u.searchParams.delete("page");
    else u.searchParams.set("page", String(n));
    return u.pathname + u.search;
  };
  return { self: at(page), first: at(1), last: at(pageCount), prev: page > 1 ? at(page - 1) : null, next: page < pageCount ? at(page + 1) : null };
}
