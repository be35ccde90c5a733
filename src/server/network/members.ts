import "server-only";
import { cache } from "react";
import { db } from "@/server/db";
import { cachedForCurrentGeneration } from "@/server/generation-cache";

export type NetworkMember = {
  slug: string;
  nameEn: string;
  nameUk: string | null;
  nameLocal: string | null;
  /** YYYY-MM-DD. */
  since: string;
  /** Whether the municipality has a page to link to: every hromada of the register, a published profile elsewhere. */
  hasPage: boolean;
};

export type NetworkMembers = {
  total: number;
  /** Countries with most members first; Ukraine among them. */
  countries: { country: string; members: NetworkMember[] }[];
};

/**
 * The members of the network by country, for /network: public facts (who, since when), nothing
 * of a profile that is not published. Computed once per catalogue generation: a membership is a
 * column of municipality, whose writes move the generation (generation-cache.ts).
 */
export function networkMembers(): Promise<NetworkMembers> {
  return cachedForCurrentGeneration("network members", listNetworkMembers);
}

async function listNetworkMembers(): Promise<NetworkMembers> {
  const rows = await db().municipality.findMany({
    where: { networkMemberSince: { not: null } },
    select: { slug: true, country: true, nameEn: true, nameUk: true, nameLocal: true, networkMemberSince: true, status: true, katottg: true },
    orderBy: [{ networkMemberSince: "asc" }, { nameEn: "asc" }, { id: "asc" }],
  });
  const byCountry = new Map<string, NetworkMember[]>();
  for (const r of rows) {
    const list = byCountry.get(r.country) ?? [];
    list.push({
      slug: r.slug,
      nameEn: r.nameEn,
      nameUk: r.nameUk,
      nameLocal: r.nameLocal,
      since: r.networkMemberSince!.toISOString().slice(0, 10),
      hasPage: r.status === "PUBLISHED" || (r.country === "UA" && r.katottg !== null),
    });
    byCountry.set(r.country, list);
  }
  const countries = [...byCountry.entries()]
    .map(([country, members]) => ({ country, members }))
    .sort((a, b) => b.members.length - a.members.length || a.country.localeCompare(b.country));
  return { total: rows.length, countries };
}

/** Since when the municipality of this page is a member of the network (YYYY-MM-DD), or null. */
export const networkMemberSince = cache(async function networkMemberSince(slug: string): Promise<string | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const row = await db().municipality.findUnique({ where: { slug }, select: { networkMemberSince: true } });
  return row?.networkMemberSince?.toISOString().slice(0, 10) ?? null;
});
