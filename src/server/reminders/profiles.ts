import "server-only";
import { db } from "@/server/db";
import { portalLink } from "@/server/portal-url";
import type { Job } from "@/server/jobs/types";
import { DAY_MS, PROFILE_STALE_DAYS } from "@/lib/reminders/periods";
import { REMINDER_RECIPIENT, mailDate, sendReminder } from "./mail";

/**
 * Which reminder of a profile last confirmed (or, never confirmed, created) at `since` is due at
 * `now`: cycle 1 once PROFILE_STALE_DAYS have passed, cycle 2 after another PROFILE_STALE_DAYS,
 * and so on; null before. So the editors are reminded once when the profile becomes "possibly
 * out of date", and again only each further period it stays unconfirmed. Confirming starts over.
 */
export function profileReminderCycle(since: Date, now: Date): number | null {
  const cycle = Math.floor((now.getTime() - since.getTime()) / (PROFILE_STALE_DAYS * DAY_MS));
  return cycle >= 1 ? cycle : null;
}

/**
 * Reminds the editors of each published hromada profile not confirmed for PROFILE_STALE_DAYS to
 * check and confirm it (a link to its editor). One transaction per profile and cycle, with its
 * reminder_sent row; a profile without editors is recorded too (nobody to tell).
 */
export async function sendProfileReminders(now: Date, origin: string | undefined): Promise<number> {
  const staleBefore = new Date(now.getTime() - PROFILE_STALE_DAYS * DAY_MS);
  const profiles = await db().municipality.findMany({
    where: {
      country: "UA",
      status: "PUBLISHED",
      OR: [{ profileConfirmedAt: { lte: staleBefore } }, { profileConfirmedAt: null, createdAt: { lte: staleBefore } }],
      memberships: { some: { status: "APPROVED" } },
    },
    select: { id: true, slug: true, nameEn: true, nameUk: true, profileConfirmedAt: true, createdAt: true },
    orderBy: { id: "asc" },
  });
  let sent = 0;
  for (const p of profiles) {
    const since = p.profileConfirmedAt ?? p.createdAt;
    const cycle = profileReminderCycle(since, now);
    if (cycle === null) continue;
    const mails = await db().$transaction(async (tx) => {
      const editors = await tx.user.findMany({
        where: { memberships: { some: { municipalityId: p.id, status: "APPROVED" } } },
        select: REMINDER_RECIPIENT,
        orderBy: { email: "asc" },
      });
      return sendReminder(tx, {
        kind: "profileReminder",
        key: `profile:${p.id}:${since.toISOString()}:${cycle}`,
        now,
        origin,
        recipients: editors.map((person) => ({ person, fallback: "uk" as const })),
        compose: (t, locale) => {
          const name = locale === "uk" ? (p.nameUk ?? p.nameEn) : p.nameEn;
          const days = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
          return {
            subject: t("profile.subject", { name }),
            lines: [
              p.profileConfirmedAt
                ? t("profile.body", { name, confirmed: mailDate(p.profileConfirmedAt, locale), days })
                : t("profile.bodyNever", { name, days }),
              origin ? t("profile.link", { url: portalLink(origin, `/${locale}/municipalities/${p.slug}/edit`) }) : null,
            ],
          };
        },
      });
    });
    if (mails !== null) sent += mails;
  }
  return sent;
}

/** Daily: a day late is no harm to a half-year period. */
export const profileRemindersJob: Job = {
  name: "reminders.profiles",
  period: "daily",
  async run({ now, origin }) {
    await sendProfileReminders(now, origin);
  },
};
