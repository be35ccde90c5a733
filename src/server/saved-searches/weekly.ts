import "server-only";
import { createTranslator } from "next-intl";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { SAVED_SEARCH_PERIOD_MS } from "@/lib/saved-searches/limits";
import { regionName } from "@/lib/region-names";
import { isErasedEmail } from "@/lib/privacy/erased";
import { newlyMatching, type NewMatch } from "@/server/catalogue/newly-matching";
import { enqueueMail } from "@/server/mail/outbox";
import { MAIL_RECIPIENT, recipientLocale } from "@/server/mail/recipient-locale";
import { portalLink } from "@/server/portal-url";
import { type MailKind, unsubscribeHeaders, unsubscribeUrl } from "@/server/mail/unsubscribe";
import type { Job } from "@/server/jobs/types";
import { canonicalQuery } from "./saved-searches";
import type savedSearchesEn from "@/i18n/messages/features/saved-searches.en.json";

// What is "new" for a saved search, and why it is cheap and right.
//
// A hromada newly matches a search when it matches now and was not yet listed for it. Matching
// is the catalogue's own (newlyMatching: filterConditions with the saved filters). Only profiles
// published or saved since the search's last check can have started to match: publishing sets
// published_at (a trigger: the editor's Publish leaves updated_at alone on purpose), and saving the
// profile (its needs and offers, seeking partners again) sets updated_at; both after new_since.
// So each check reads only the week's changed profiles through two indexes, never every
// match of a broad search (which at 50,000 profiles may be most of them): a newly published
// hromada is a changed profile that matches, so it is always listed. A hromada already mailed
// for the search is never listed again: its id is kept (mailed_ids, the last MAILED_IDS_KEPT).
// The window starts a little before the check (OVERLAP_MS), so a profile saved while the last
// check ran is not missed; mailed_ids keeps the overlap from listing anything twice. The one
// approximation: a profile that already matched when the search was saved, and is edited later,
// is listed once (the catalogue keeps no history of what matched before); the mail says "newly
// published, or changed so that they now match".
//
// Exactly once: each search is claimed by moving its next_check_at a week on, on the condition
// that it still holds the value read (a second instance's update then changes no row), in the
// same transaction as its mail and its mailed_ids; a failure rolls all three back for the next run.

/** How far before a check the next window starts: longer than any profile save takes. */
const OVERLAP_MS = 10 * 60_000;
/** Ids remembered per search: far more than a year of weekly mails lists. */
export const MAILED_IDS_KEPT = 1000;
/** Hromadas listed in one mail; the rest are counted, and the search shows them. */
export const MAIL_LIST_LIMIT = 30;
/** The kind of mail an unsubscribe link stops (notification_preference.kind). */
export const SAVED_SEARCH_KIND: MailKind = "savedSearch";
/** Searches claimed per round, so that a backlog never holds a long transaction. */
const BATCH = 100;

export type WeeklyReport = { checked: number; mailed: number; deleted: number };

type Due = { id: number; userId: string; name: string; query: string; nextCheckAt: Date; newSince: Date; mailedIds: number[] };

/** Whether the person still wants the weekly mail: not when they unsubscribed (their row for the kind says NONE). */
async function wantsMail(client: Pick<PrismaClient, "$queryRaw">, userId: string): Promise<boolean> {
  const rows = await client.$queryRaw<{ n: number }[]>`
    SELECT 1 AS n FROM notification_preference WHERE user_id = ${userId} AND kind = ${SAVED_SEARCH_KIND} AND delivery = 'NONE'`;
  return rows.length === 0;
}

/**
 * The job: daily, so that each search is checked on its own week's day (a weekly run would leave a
 * search saved after it waiting up to two weeks); the runner claims each day once across instances,
 * and each search is claimed on its own (above).
 */
export const savedSearchesJob: Job = {
  name: "savedSearches",
  period: "daily",
  async run({ now, origin }) {
    await checkDueSavedSearches(now, origin);
  },
};

export async function checkDueSavedSearches(now: Date, origin: string | undefined, client: PrismaClient = db()): Promise<WeeklyReport> {
  const deleted = await client.$executeRaw`
    DELETE FROM saved_search s
     WHERE NOT EXISTS (SELECT 1 FROM membership mb JOIN municipality m ON m.id = mb.municipality_id
                        WHERE mb.user_id = s.user_id AND mb.status = 'APPROVED' AND m.country <> 'UA')`;
  const report: WeeklyReport = { checked: 0, mailed: 0, deleted };
  let after = 0;
  for (;;) {
    const due: Due[] = await client.savedSearch.findMany({
      where: { nextCheckAt: { lte: now }, id: { gt: after } },
      select: { id: true, userId: true, name: true, query: true, nextCheckAt: true, newSince: true, mailedIds: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (due.length === 0) return report;
    after = due[due.length - 1].id;
    for (const search of due) {
      const outcome = await checkOne(client, search, now, origin);
      if (outcome !== "taken") report.checked += 1;
      if (outcome === "mailed") report.mailed += 1;
    }
  }
}

async function checkOne(client: PrismaClient, search: Due, now: Date, origin: string | undefined): Promise<"taken" | "quiet" | "mailed"> {
  // A query the catalogue no longer reads whole (an oblast renamed) is checked as it reads now.
  const filters = await canonicalQuery(search.query).then(
    (c) => c.filters,
    () => null,
  );
  return client.$transaction(async (tx) => {
    const claimed = await tx.savedSearch.updateMany({
      where: { id: search.id, nextCheckAt: search.nextCheckAt },
      data: { nextCheckAt: new Date(now.getTime() + SAVED_SEARCH_PERIOD_MS), newSince: new Date(now.getTime() - OVERLAP_MS) },
    });
    if (claimed.count === 0) return "taken";
    if (!filters || !(await wantsMail(tx, search.userId))) return "quiet";
    const { matches, total } = await newlyMatching(tx, filters, search.newSince, search.mailedIds, MAIL_LIST_LIMIT);
    if (matches.length === 0) return "quiet";
    const owner = await tx.user.findUnique({ where: { id: search.userId }, select: MAIL_RECIPIENT });
    if (!owner || isErasedEmail(owner.email)) return "quiet";
    const locale = recipientLocale(owner);
    await enqueueMail(tx, {
      to: owner.email,
      ...weeklyMail(locale, search, matches, total, origin),
      ...(origin ? { headers: unsubscribeHeaders(origin, search.userId, SAVED_SEARCH_KIND) } : {}),
    });
    await tx.savedSearch.update({
      where: { id: search.id },
      data: { lastMailedAt: now, mailedIds: [...search.mailedIds, ...matches.map((m) => m.id)].slice(-MAILED_IDS_KEPT) },
    });
    return "mailed";
  });
}

/** The mail, in the owner's language; without the portal's address (`origin` unknown) it lists the hromadas without links. */
function weeklyMail(locale: Locale, search: Due, matches: NewMatch[], total: number, origin: string | undefined): { subject: string; text: string } {
  const t = createTranslator({ locale, messages: messagesFor(locale) as typeof savedSearchesEn, namespace: "savedSearches.mail" });
  const link = (path: string) => (origin ? portalLink(origin, `/${locale}${path}`) : null);
  const since = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Kyiv" }).format(search.newSince);
  const lines = matches.map((m) => {
    const name = locale === "uk" ? (m.nameUk ?? m.nameEn) : m.nameEn;
    const oblast = m.regionSlug ? regionName(locale, { slug: m.regionSlug, nameEn: m.regionEn, nameUk: m.regionUk }) : null;
    const url = link(`/municipalities/${m.slug}`);
    return `- ${[name, oblast].filter(Boolean).join(", ")}${url ? `: ${url}` : ""}`;
  });
  const searchUrl = link(`/municipalities${search.query ? `?${search.query}` : ""}`);
  const listUrl = link("/account/saved-searches");
  const text = [
    t("greeting"),
    "",
    t("intro", { date: since, name: search.name }),
    "",
    ...lines,
    ...(total > matches.length ? [t("more", { count: total - matches.length })] : []),
    "",
    ...(searchUrl && listUrl && origin
      ? [
          t("open", { url: searchUrl }),
          t("manage", { url: listUrl }),
          t("unsubscribe", { url: unsubscribeUrl(origin, locale, search.userId, SAVED_SEARCH_KIND) }),
        ]
      : []),
    "",
    t("signature"),
  ].join("\n");
  return { subject: t("subject", { count: total, name: search.name }), text };
}
