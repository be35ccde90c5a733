import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";

// An EU municipality's staff member's shortlist of hromadas (shortlist_entry): theirs alone. Every
// function checks shortlist.keepOwn against the person themselves, and finds the hromada among the
// published Ukrainian profiles only: a draft, an EU municipality or an unknown slug is "notFound".

/** Hromadas one person may keep: enough for a search, few enough to read. */
export const SHORTLIST_LIMIT = 40;

export type ShortlistErrorCode = "notFound" | "full";

const own = (principal: Principal | null) => authorize(principal, "shortlist.keepOwn", principal ? { type: "user", id: principal.userId } : undefined);

/** A slug as the portal writes them: anything else (a NUL byte, a megabyte) names no hromada and never reaches the database. */
const SLUG = /^[a-z0-9-]{1,120}$/;

async function publishedHromada(slug: string): Promise<number> {
  if (!SLUG.test(slug)) throw new DomainError<ShortlistErrorCode>("notFound");
  const m = await db().municipality.findFirst({ where: { slug, country: "UA", status: "PUBLISHED" }, select: { id: true } });
  if (!m) throw new DomainError<ShortlistErrorCode>("notFound");
  return m.id;
}

/** Adds a hromada (by slug); adding it again changes nothing. */
export async function addToShortlist(principal: Principal | null, slug: string): Promise<void> {
  const me = await own(principal);
  const municipalityId = await publishedHromada(slug);
  await db().$transaction(async (tx) => {
    // Serialises one person's additions, so that two at once cannot pass the limit together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('shortlist'), hashtext(${me.userId}))`;
    const kept = await tx.shortlistEntry.count({ where: { userId: me.userId } });
    const already = await tx.shortlistEntry.findUnique({ where: { userId_municipalityId: { userId: me.userId, municipalityId } }, select: { addedAt: true } });
    if (already) return;
    if (kept >= SHORTLIST_LIMIT) throw new DomainError<ShortlistErrorCode>("full");
    await tx.shortlistEntry.create({ data: { userId: me.userId, municipalityId } });
  });
}

/** Takes a hromada off the shortlist; one that is not on it changes nothing. */
export async function removeFromShortlist(principal: Principal | null, slug: string): Promise<void> {
  const me = await own(principal);
  if (!SLUG.test(slug)) return;
  await db().shortlistEntry.deleteMany({ where: { userId: me.userId, municipality: { slug } } });
}

/** Whether the hromada is on the person's shortlist; false for anyone who keeps none (no refusal: a page asks). */
export async function isShortlisted(principal: Principal | null, municipalityId: number): Promise<boolean> {
  if (!principal) return false;
  const entry = await db().shortlistEntry.findUnique({
    where: { userId_municipalityId: { userId: principal.userId, municipalityId } },
    select: { addedAt: true },
  });
  return entry !== null;
}

export type ShortlistItem = {
  slug: string;
  nameEn: string;
  nameUk: string | null;
  regionSlug: string | null;
  regionEn: string | null;
  regionUk: string | null;
  population: number | null;
  seeksPartners: boolean;
  addedAt: Date;
};

/** The person's shortlist, most recently added first; a hromada since unpublished is left out. */
export async function listShortlist(principal: Principal | null): Promise<ShortlistItem[]> {
  const me = await own(principal);
  const rows = await db().shortlistEntry.findMany({
    where: { userId: me.userId, municipality: { status: "PUBLISHED", country: "UA" } },
    select: {
      addedAt: true,
      municipality: {
        select: {
          slug: true,
          nameEn: true,
          nameUk: true,
          population: true,
          seeksPartners: true,
          region: { select: { slug: true, nameEn: true, nameUk: true } },
        },
      },
    },
    orderBy: [{ addedAt: "desc" }, { municipalityId: "asc" }],
  });
  return rows.map(({ addedAt, municipality: m }) => ({
    slug: m.slug,
    nameEn: m.nameEn,
    nameUk: m.nameUk,
    regionSlug: m.region?.slug ?? null,
    regionEn: m.region?.nameEn ?? null,
    regionUk: m.region?.nameUk ?? null,
    population: m.population,
    seeksPartners: m.seeksPartners,
    addedAt,
  }));
}
