import "server-only";
import { db } from "@/server/db";
import { portalLink } from "@/server/portal-url";
import { overdueWhere } from "@/server/requests/queue";
import type { Job } from "@/server/jobs/types";
import { DAY_MS, REQUEST_OVERDUE_DAYS, REQUEST_REMINDER_REPEAT_DAYS } from "@/lib/reminders/periods";
import { REMINDER_RECIPIENT, mailDate, sendReminder } from "./mail";

/**
 * Which reminder of a request submitted at `submittedAt` is due at `now`: round 0 from
 * REQUEST_OVERDUE_DAYS after submission, round n REQUEST_REMINDER_REPEAT_DAYS × n later; null
 * before the first. Only the current round is ever sent, so an instance that was down for a
 * week sends one reminder, not the ones it missed.
 */
export function requestReminderRound(submittedAt: Date, now: Date): number | null {
  const overdue = now.getTime() - submittedAt.getTime() - REQUEST_OVERDUE_DAYS * DAY_MS;
  if (overdue < 0) return null;
  return Math.floor(overdue / (REQUEST_REMINDER_REPEAT_DAYS * DAY_MS));
}

/**
 * Reminds of each request without the coordinators' decision REQUEST_OVERDUE_DAYS after it was
 * submitted, and again every REQUEST_REMINDER_REPEAT_DAYS while it stays undecided: the
 * coordinators and the addressed side (the hromada's editors; for a proposal to an EU
 * municipality, its staff). One transaction per request and round, with its reminder_sent row.
 */
export async function sendRequestReminders(now: Date, origin: string | undefined): Promise<number> {
  // Overdue as the coordinators' desk flags it (one definition): undecided, also while the
  // coordinators wait for the requester's information, REQUEST_OVERDUE_DAYS after submission.
  const requests = await db().partnershipRequest.findMany({
    where: { ...overdueWhere(now), decidedAt: null },
    select: {
      id: true,
      reference: true,
      submittedAt: true,
      direction: true,
      ukrainianMunicipalityId: true,
      euMunicipalityId: true,
      proposedMunicipalityName: true,
      ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
      euMunicipality: { select: { nameEn: true, nameLocal: true } },
    },
    orderBy: { id: "asc" },
  });
  let sent = 0;
  for (const r of requests) {
    const round = requestReminderRound(r.submittedAt, now);
    if (round === null) continue;
    const days = Math.floor((now.getTime() - r.submittedAt.getTime()) / DAY_MS);
    const addressed = r.direction === "TO_EU" ? r.euMunicipalityId : r.ukrainianMunicipalityId;
    const mails = await db().$transaction(async (tx) => {
      const coordinators = await tx.user.findMany({ where: { role: "COORDINATOR" }, select: REMINDER_RECIPIENT, orderBy: { email: "asc" } });
      const side =
        addressed === null
          ? []
          : await tx.user.findMany({
              where: { memberships: { some: { municipalityId: addressed, status: "APPROVED" } } },
              select: REMINDER_RECIPIENT,
              orderBy: { email: "asc" },
            });
      const coordinatorIds = new Set(coordinators.map((c) => c.id));
      const eu = r.euMunicipality ? (r.euMunicipality.nameLocal ?? r.euMunicipality.nameEn) : (r.proposedMunicipalityName ?? "");
      return sendReminder(tx, {
        kind: "requestReminder",
        key: `request:${r.id}:round:${round}`,
        now,
        origin,
        recipients: [
          ...coordinators.map((person) => ({ person, fallback: "en" as const })),
          ...side.map((person) => ({ person, fallback: r.direction === "TO_EU" ? ("en" as const) : ("uk" as const) })),
        ],
        compose: (t, locale, person) => {
          const ua = locale === "uk" ? (r.ukrainianMunicipality.nameUk ?? r.ukrainianMunicipality.nameEn) : r.ukrainianMunicipality.nameEn;
          const path = coordinatorIds.has(person.id) ? `/${locale}/coordinator/requests/${r.reference}` : `/${locale}/account`;
          return {
            subject: t("request.subject", { reference: r.reference, days }),
            lines: [
              t("request.body", { reference: r.reference, pair: `${eu} – ${ua}`, submitted: mailDate(r.submittedAt, locale), days }),
              coordinatorIds.has(person.id) ? t("request.forCoordinators") : t("request.forPartner"),
              origin ? t("request.link", { url: portalLink(origin, path) }) : null,
            ],
          };
        },
      });
    });
    if (mails !== null) sent += mails;
  }
  return sent;
}

/** Hourly, so a reminder goes out within the hour its day comes. */
export const requestRemindersJob: Job = {
  name: "reminders.requests",
  period: "hourly",
  async run({ now, origin }) {
    await sendRequestReminders(now, origin);
  },
};
