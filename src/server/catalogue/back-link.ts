import "server-only";
import { headers } from "next/headers";
import { catalogueQueryString, parseCatalogueParams } from "@/lib/catalogue-filters";
import { listRegions } from "@/server/regions";

/**
 * "Back to all municipalities" from a profile: the catalogue as the visitor left it, when they came
 * from it (the Referer header: the portal sends it to itself, Referrer-Policy
 * strict-origin-when-cross-origin, with or without JavaScript, and the profile's address stays
 * the one people share). Its query is read through the catalogue's own parser, so only filters it
 * knows go back into the link; from anywhere else, the catalogue unfiltered.
 */
export async function catalogueLeft(back?: string | string[]): Promise<string> {
  // A form on the profile (the shortlist's) comes back with the catalogue's query as `back`: the
  // Referer is the profile itself then.
  if (typeof back === "string" && back.length <= 2000)
    return catalogueLink(
      new URLSearchParams(back),
      (await listRegions()).map((r) => r.slug),
    );
  const h = await headers();
  const referer = h.get("referer");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!referer || !host || referer.length > 4000) return "/municipalities";
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return "/municipalities";
  }
  if (url.host !== host || !/^\/[a-z]{2}\/municipalities$/.test(url.pathname)) return "/municipalities";
  return catalogueLink(
    url.searchParams,
    (await listRegions()).map((r) => r.slug),
  );
}

/** The catalogue link that reproduces the filters of `params` it understands. */
export function catalogueLink(params: URLSearchParams, regions: readonly string[]): string {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of params) (raw[key] ??= []).push(value);
  const query = catalogueQueryString(parseCatalogueParams(raw, regions).filters);
  return query ? `/municipalities?${query}` : "/municipalities";
}
