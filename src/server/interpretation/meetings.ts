import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { authorize, can, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { enqueueMail } from "@/server/mail/outbox";
import { zonedTimeToUtc, zoneOfCountries } from "@/lib/interpretation/time-zones";
import type { MeetingInput } from "@/lib/interpretation/forms";
import { interpretedPartnershipSubject } from "./assigned";
import { asLocale, meetingMail, type MeetingFacts } from "./mails";
import { interpretersOf } from "./assignments";

export type MeetingErrorCode = "notFound" | "timeNotInZone" | "inPast";

/** How far ahead a meeting can be planned. */
const MAX_AHEAD_MS = 2 * 365 * 86_400_000;

/**
 * Plans a meeting of a partnership (meeting.plan: the people of either side, coordinators and
 * administrators; an interpreter or a third municipality is refused and audited). The meeting,
 * its audit line and one mail per person concerned — the approved people of both sides, the
 * assigned interpreters and the planner — each in their language and zone and with the calendar
 * file, commit together.
 */
export async function planMeeting(
  principal: Principal | null,
  partnershipId: number,
  input: MeetingInput,
  origin?: string,
  now = new Date(),
): Promise<{ id: number }> {
  const subject = await interpretedPartnershipSubject(partnershipId);
  const actor = await authorize(principal, "meeting.plan", subject ?? undefined);
  if (!subject || subject.type !== "partnership") throw new DomainError<MeetingErrorCode>("notFound");
  const startsAt = zonedTimeToUtc(input.date, input.time, input.timeZone);
  if (!startsAt) throw new DomainError<MeetingErrorCode>("timeNotInZone", "time");
  if (startsAt.getTime() <= now.getTime() || startsAt.getTime() > now.getTime() + MAX_AHEAD_MS) throw new DomainError<MeetingErrorCode>("inPast", "date");

  return db().$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        uid: randomUUID(),
        partnershipId: subject.id,
        title: input.title,
        startsAt,
        durationMinutes: input.durationMinutes,
        timeZone: input.timeZone,
        onlineLink: input.onlineLink,
        place: input.place,
        languages: input.languages,
        interpretationNeeded: input.interpretationNeeded,
        plannedById: actor.userId,
      },
      select: { id: true, uid: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "meeting.plan",
      objectType: "partnership",
      objectId: String(subject.id),
      outcome: "ALLOWED",
      detail: { meetingId: meeting.id, startsAt: startsAt.toISOString(), timeZone: input.timeZone },
    });

    const p = await tx.partnership.findUniqueOrThrow({
      where: { id: subject.id },
      select: { ukrainianMunicipality: { select: { nameEn: true, nameUk: true } }, euMunicipality: { select: { nameEn: true, nameLocal: true } } },
    });
    const planner = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true, email: true } });
    const interpreters = await interpretersOf({ partnershipId: subject.id }, tx);
    const facts: MeetingFacts = {
      uid: meeting.uid,
      partnershipId: subject.id,
      title: input.title,
      startsAt,
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
      onlineLink: input.onlineLink,
      place: input.place,
      languages: input.languages,
      interpretationNeeded: input.interpretationNeeded,
      planner: planner.name ?? planner.email,
      ukrainian: { en: p.ukrainianMunicipality.nameEn, uk: p.ukrainianMunicipality.nameUk },
      eu: p.euMunicipality.nameLocal ?? p.euMunicipality.nameEn,
      interpreters: interpreters.map((i) => i.name),
      stamp: new Date(),
    };
    // Both sides' people, the interpreters (of the partnership or the request it grew from) and the planner.
    const recipients = await tx.user.findMany({
      where: {
        OR: [
          { memberships: { some: { status: "APPROVED", municipalityId: { in: [subject.ukrainianMunicipalityId, subject.euMunicipalityId] } } } },
          { id: { in: [...(subject.interpreterUserIds ?? []), actor.userId] } },
        ],
      },
      select: { email: true, locale: true, memberships: { where: { status: "APPROVED" }, select: { municipality: { select: { country: true } } } } },
      orderBy: { email: "asc" },
    });
    for (const r of recipients) {
      const countries = r.memberships.map((m) => m.municipality.country);
      // Ukrainian editors read Ukrainian unless they chose otherwise; everyone else English.
      const locale = asLocale(r.locale, countries.includes("UA") ? "uk" : "en");
      await enqueueMail(tx, meetingMail(r.email, locale, zoneOfCountries(countries), facts, origin));
    }
    return { id: meeting.id };
  });
}

/**
 * A partnership's meetings, soonest first, for those who may read them (meeting.read: both sides'
 * people, its interpreters, coordinators and administrators); null for anyone else, who is shown
 * nothing of them. `mayPlan` says whether the reader may plan one.
 */
export async function listMeetings(principal: Principal | null, partnershipId: number) {
  const subject = await interpretedPartnershipSubject(partnershipId);
  if (subject?.type !== "partnership" || !can(principal, "meeting.read", subject)) return null;
  const rows = await db().meeting.findMany({
    where: { partnershipId: subject.id },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      startsAt: true,
      durationMinutes: true,
      timeZone: true,
      onlineLink: true,
      place: true,
      languages: true,
      interpretationNeeded: true,
      createdAt: true,
      plannedBy: { select: { name: true, email: true } },
    },
  });
  return {
    mayPlan: can(principal, "meeting.plan", subject),
    meetings: rows.map(({ plannedBy, ...m }) => ({ ...m, planner: plannedBy ? (plannedBy.name ?? plannedBy.email) : null })),
  };
}

export type MeetingList = NonNullable<Awaited<ReturnType<typeof listMeetings>>>;
