import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { listRegions } from "@/server/regions";
import { type CatalogueFilters, catalogueQueryString, normaliseSearch, parseCatalogueParams } from "@/lib/catalogue-filters";
import { SAVED_SEARCH_LIMIT, SAVED_SEARCH_NAME_MAX, SAVED_SEARCH_QUERY_MAX, SAVED_SEARCH_PERIOD_MS } from "@/lib/saved-searches/limits";

// An EU municipality's staff member's saved catalogue searches (saved_search): theirs alone, as
// their shortlist is. Every function checks savedSearch.keepOwn, against the person to keep any,
// and against the search's owner to touch one (refused and audited for anyone else's).

export type SavedSearchErrorCode = "notFound" | "full" | "duplicate" | "queryInvalid" | "queryTooLong" | "nameRequired" | "nameTooLong";

const own = (principal: Principal | null) => authorize(principal, "savedSearch.keepOwn", principal ? { type: "user", id: principal.userId } : undefined);

/** An id as the portal writes them: anything else names no saved search and never reaches the database. */
const ID = /^\d{1,9}$/;

/**
 * The catalogue's query string as the catalogue itself writes it (catalogueQueryString), without
 * the page: two ways of writing one search are one saved search. A parameter the catalogue would
 * drop (an unknown oblast, a forged value) refuses the whole query: what is saved is what was shown.
 */
export async function canonicalQuery(raw: string): Promise<{ query: string; filters: CatalogueFilters }> {
  if (raw.length > SAVED_SEARCH_QUERY_MAX) throw new DomainError<SavedSearchErrorCode>("queryTooLong");
  const params: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(raw.replace(/^\?/, ""))) (params[key] ??= []).push(value);
  const known = new Set(["q", "area", "direction", "macro", "oblast", "type", "pop_min", "pop_max", "seeking", "register", "lang", "sort", "page", "size"]);
  if (Object.keys(params).some((key) => !known.has(key))) throw new DomainError<SavedSearchErrorCode>("queryInvalid");
  const regions = (await listRegions()).map((r) => r.slug);
  const { filters, ignored } = parseCatalogueParams(params, regions);
  if (ignored.length > 0) throw new DomainError<SavedSearchErrorCode>("queryInvalid");
  const canonical = { ...filters, page: 1 };
  return { query: catalogueQueryString(canonical), filters: canonical };
}

/** A name as typed, on one line; required, at most SAVED_SEARCH_NAME_MAX characters. */
function cleanName(raw: string): string {
  const name = normaliseSearch(raw);
  if (name === "") throw new DomainError<SavedSearchErrorCode>("nameRequired", "name");
  if (name.length > SAVED_SEARCH_NAME_MAX) throw new DomainError<SavedSearchErrorCode>("nameTooLong", "name");
  return name;
}

/** Saves a catalogue search under `name`; its first weekly check is a week from `now`. */
export async function saveSearch(principal: Principal | null, input: { query: string; name: string }, now = new Date()): Promise<{ id: number }> {
  const me = await own(principal);
  const name = cleanName(input.name);
  const { query } = await canonicalQuery(input.query);
  return db().$transaction(async (tx) => {
    // Serialises one person's saves, so that two at once cannot pass the limit together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('saved_search'), hashtext(${me.userId}))`;
    const kept = await tx.savedSearch.findMany({ where: { userId: me.userId }, select: { query: true } });
    if (kept.some((s) => s.query === query)) throw new DomainError<SavedSearchErrorCode>("duplicate");
    if (kept.length >= SAVED_SEARCH_LIMIT) throw new DomainError<SavedSearchErrorCode>("full");
    return tx.savedSearch.create({
      data: { userId: me.userId, name, query, createdAt: now, newSince: now, nextCheckAt: new Date(now.getTime() + SAVED_SEARCH_PERIOD_MS) },
      select: { id: true },
    });
  });
}

/** The saved search `id` if it is the person's; another's is refused and audited, an unknown one is "notFound". */
async function ownSearch(principal: Principal | null, id: string) {
  const me = await own(principal);
  if (!ID.test(id)) throw new DomainError<SavedSearchErrorCode>("notFound");
  const search = await db().savedSearch.findUnique({ where: { id: Number(id) }, select: { id: true, userId: true } });
  if (!search) throw new DomainError<SavedSearchErrorCode>("notFound");
  await authorize(me, "savedSearch.keepOwn", { type: "savedSearch", id: search.id, ownerUserId: search.userId });
  return search;
}

export async function renameSavedSearch(principal: Principal | null, id: string, rawName: string): Promise<void> {
  const search = await ownSearch(principal, id);
  const name = cleanName(rawName);
  await db().savedSearch.updateMany({ where: { id: search.id, userId: search.userId }, data: { name } });
}

export async function deleteSavedSearch(principal: Principal | null, id: string): Promise<void> {
  const search = await ownSearch(principal, id);
  await db().savedSearch.deleteMany({ where: { id: search.id, userId: search.userId } });
}

const ITEM = { id: true, name: true, query: true, createdAt: true, lastMailedAt: true } as const;
export type SavedSearchItem = { id: number; name: string; query: string; createdAt: Date; lastMailedAt: Date | null };

/** The person's saved searches, newest first. */
export async function listSavedSearches(principal: Principal | null): Promise<SavedSearchItem[]> {
  const me = await own(principal);
  return db().savedSearch.findMany({ where: { userId: me.userId }, select: ITEM, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}
