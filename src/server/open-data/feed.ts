import "server-only";
import { createTranslator } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type openDataEn from "@/i18n/messages/features/open-data.en.json";
import type coreEn from "@/i18n/messages/en.json";
import { db } from "@/server/db";
import { DATA_LICENCE, SOURCES } from "@/lib/open-data/licence";
import { localised } from "@/components/municipality-name";
import { regionName } from "@/lib/region-names";

/** Entries in the feed: the profiles most recently published or changed while seeking partners. */
export const FEED_SIZE = 50;

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * An Atom feed (RFC 4287) of published hromada profiles that seek partners, by when each was last
 * saved: a profile appears when it is published or changed, with what it needs and offers.
 * Only the catalogue's public fields; the feed's rights name the licence and GeoNames.
 */
export async function seekingPartnersFeed(locale: Locale, origin: string): Promise<string> {
  // A translator of its own: the feed is read outside any page, in the language it is asked for.
  const messages = messagesFor(locale) as typeof openDataEn & typeof coreEn;
  const t = createTranslator({ locale, messages, namespace: "openData.feed" });
  const tAreas = createTranslator({ locale, messages, namespace: "areas" });
  const rows = await db().municipality.findMany({
    where: { country: "UA", status: "PUBLISHED", seeksPartners: true, occupiedSince: null },
    select: {
      slug: true,
      nameEn: true,
      nameUk: true,
      updatedAt: true,
      createdAt: true,
      population: true,
      region: { select: { slug: true, nameEn: true, nameUk: true } },
      areas: { select: { direction: true, area: { select: { slug: true } } }, orderBy: { area: { sortOrder: "asc" } } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: FEED_SIZE,
  });
  const self = `${origin}/api/v1/feed.atom?locale=${locale}`;
  const updated = (rows[0]?.updatedAt ?? new Date(0)).toISOString();
  const areaList = (direction: "NEED" | "OFFER", r: (typeof rows)[number]) =>
    r.areas
      .filter((a) => a.direction === direction)
      .map((a) => tAreas(a.area.slug as keyof typeof coreEn.areas))
      .join(", ");
  const entries = rows.map((r) => {
    const name = localised(locale, r.nameEn, r.nameUk) ?? r.nameEn;
    const region = r.region ? regionName(locale, r.region) : "";
    const link = `${origin}/${locale}/municipalities/${r.slug}`;
    const needs = areaList("NEED", r);
    const offers = areaList("OFFER", r);
    const summary = [needs && t("needs", { areas: needs }), offers && t("offers", { areas: offers })].filter(Boolean).join(" ");
    return `  <entry>
    <id>tag:cities4cities,2026:municipality/${xml(r.slug)}</id>
    <title>${xml(t("entryTitle", { name, region }))}</title>
    <link rel="alternate" type="text/html" hreflang="${locale}" href="${xml(link)}"/>
    <published>${r.createdAt.toISOString()}</published>
    <updated>${r.updatedAt.toISOString()}</updated>
    <summary>${xml(summary || t("noAreas"))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>tag:cities4cities,2026:feed/seeking-partners/${locale}</id>
  <title>${xml(t("title"))}</title>
  <subtitle>${xml(t("subtitle"))}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${origin}/${locale}/municipalities?seeking=1`)}"/>
  <link rel="license" href="${DATA_LICENCE.url}"/>
  <updated>${updated}</updated>
  <author><name>${xml(DATA_LICENCE.attribution)}</name></author>
  <rights>${xml(`${DATA_LICENCE.name}. ${SOURCES.map((s) => s.attribution).join(" ")}`)}</rights>
${entries.join("\n")}
</feed>
`;
}
