import "server-only";
import { db } from "@/server/db";
import { portalLink } from "@/server/portal-url";
import { activeProgrammes } from "@/server/funding/programmes";
import type { Job } from "@/server/jobs/types";
import { evaluatePair } from "@/lib/funding/eligibility";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { DAY_MS, FUNDING_DEADLINE_NOTICE_DAYS } from "@/lib/reminders/periods";
import { REMINDER_RECIPIENT, mailDate, sendReminder } from "./mail";

/** A deadline (a calendar day) as the moment it begins, UTC. */
const deadlineStart = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Whether the notice of a deadline on `day` is due at `now`: from FUNDING_DEADLINE_NOTICE_DAYS
 * before the day begins until it begins. Once per programme deadline (a new deadline is noticed
 * anew).
 */
export function fundingNoticeDue(day: string, now: Date): boolean {
  const left = deadlineStart(day).getTime() - now.getTime();
  return left > 0 && left <= FUNDING_DEADLINE_NOTICE_DAYS * DAY_MS;
}

/**
 * Tells the people of each partnership (both municipalities' approved members) whose pair
 * qualifies for a programme (src/lib/funding/eligibility.ts) that its deadline is
 * FUNDING_DEADLINE_NOTICE_DAYS away: once per programme, deadline and partnership. Ended
 * partnerships are left out. One transaction per partnership and deadline.
 */
export async function sendFundingDeadlineNotices(now: Date, origin: string | undefined): Promise<number> {
  const due = (await activeProgrammes()).flatMap((programme) =>
    programme.deadline.kind === "calls" && programme.deadline.lastKnown && fundingNoticeDue(programme.deadline.lastKnown, now)
      ? [{ programme, day: programme.deadline.lastKnown }]
      : [],
  );
  if (due.length === 0) return 0;
  const partnerships = await db().partnership.findMany({
    where: { stage: { not: "ENDED" } },
    select: {
      id: true,
      ukrainianMunicipalityId: true,
      euMunicipalityId: true,
      areas: { select: { area: { select: { slug: true } } } },
      ukrainianMunicipality: { select: { nameEn: true, nameUk: true, population: true, region: { select: { slug: true, occupied: true } } } },
      euMunicipality: { select: { nameEn: true, nameLocal: true, country: true, regionName: true, population: true } },
    },
    orderBy: { id: "asc" },
  });
  let sent = 0;
  for (const { programme, day } of due) {
    for (const p of partnerships) {
      const ua = p.ukrainianMunicipality;
      const [verdict] = evaluatePair(
        {
          ukrainian: { regionSlug: ua.region?.slug ?? null, occupied: ua.region?.occupied ?? false, population: ua.population },
          partner: { country: p.euMunicipality.country, regionName: p.euMunicipality.regionName, population: p.euMunicipality.population },
          areas: p.areas.map((a) => a.area.slug as CooperationAreaSlug),
        },
        [programme],
      );
      if (!verdict.qualifies) continue;
      const mails = await db().$transaction(async (tx) => {
        const people = await tx.user.findMany({
          where: { memberships: { some: { municipalityId: { in: [p.ukrainianMunicipalityId, p.euMunicipalityId] }, status: "APPROVED" } } },
          select: { ...REMINDER_RECIPIENT, memberships: { where: { municipalityId: p.ukrainianMunicipalityId, status: "APPROVED" }, select: { id: true } } },
          orderBy: { email: "asc" },
        });
        return sendReminder(tx, {
          kind: "fundingDeadline",
          key: `funding:${programme.slug}:${day}:partnership:${p.id}`,
          now,
          origin,
          recipients: people.map((person) => ({ person, fallback: person.memberships.length > 0 ? ("uk" as const) : ("en" as const) })),
          compose: (t, locale) => {
            const name = locale === "uk" ? programme.name.uk : programme.name.en;
            const pair = `${p.euMunicipality.nameLocal ?? p.euMunicipality.nameEn} – ${locale === "uk" ? (ua.nameUk ?? ua.nameEn) : ua.nameEn}`;
            const deadline = mailDate(deadlineStart(day), locale);
            const days = Math.ceil((deadlineStart(day).getTime() - now.getTime()) / DAY_MS);
            return {
              subject: t("funding.subject", { programme: name, deadline }),
              lines: [
                t("funding.body", { programme: name, deadline, days, pair }),
                origin ? t("funding.link", { url: portalLink(origin, `/${locale}/funding#${programme.slug}`) }) : null,
              ],
            };
          },
        });
      });
      if (mails !== null) sent += mails;
    }
  }
  return sent;
}

/** Daily: the notice comes FUNDING_DEADLINE_NOTICE_DAYS (at most a day less) before the deadline. */
export const fundingDeadlineJob: Job = {
  name: "reminders.fundingDeadlines",
  period: "daily",
  async run({ now, origin }) {
    await sendFundingDeadlineNotices(now, origin);
  },
};
