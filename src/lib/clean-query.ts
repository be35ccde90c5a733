type RawParams = Record<string, string | string[] | undefined>;

/**
 * The query string of `params` without its empty values, or null when it has none to drop.
 * A GET filter form sends every field, the empty ones too ("q=&direction=&sort="); the page
 * redirects to the clean address, so that the address bar, a bookmark and a shared link say
 * only what was chosen, with or without JavaScript.
 */
export function cleanQuery(params: RawParams): string | null {
  const clean = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (v === "") dropped = true;
      else clean.append(key, v);
    }
  }
  return dropped ? clean.toString() : null;
}
