import "server-only";
import { createTranslator } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import { routing, type Locale } from "@/i18n/routing";
import type { Mail } from "@/server/mail/outbox";
import { portalLink } from "@/server/portal-url";
import { calendarFile } from "@/lib/ics";
import { formatZoned } from "@/lib/interpretation/time-zones";
import { languageName } from "@/lib/intl-names";

export const asLocale = (value: string | null | undefined, fallback: Locale = "en"): Locale =>
  (routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : fallback;

// The catalogue's messages are checked by the i18n unit test; here they are read by key.
function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) as never, namespace: "interpretation.mail" as never }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
}

/** The mail that tells an interpreter what they were assigned to, with a link to it. */
export function assignmentMail(
  to: string,
  userLocale: string | null,
  what: { kind: "request"; reference: string } | { kind: "partnership"; id: number },
  origin?: string,
): Mail {
  const locale = asLocale(userLocale);
  const t = translator(locale);
  const path = what.kind === "request" ? `/${locale}/interpreting/requests/${what.reference}` : `/${locale}/partnerships/${what.id}`;
  const subject = what.kind === "request" ? t("assignedRequestSubject", { reference: what.reference }) : t("assignedPartnershipSubject");
  const text = [t("assignedBody"), origin ? t("assignedLink", { url: portalLink(origin, path) }) : null, t("signature")].filter(Boolean).join("\n\n");
  return { to, subject, text };
}

export type MeetingFacts = {
  uid: string;
  partnershipId: number;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  onlineLink: string | null;
  place: string | null;
  languages: string[];
  interpretationNeeded: boolean;
  planner: string;
  ukrainian: { en: string; uk: string | null };
  eu: string;
  interpreters: string[];
  stamp: Date;
};

/**
 * A planned meeting's mail in the recipient's language: when it is in the zone it was planned in
 * and in the recipient's own (`zone`), each with its zone named, where, which languages, whether
 * it is interpreted and by whom; the calendar file (.ics) attached.
 */
export function meetingMail(to: string, locale: Locale, zone: string, facts: MeetingFacts, origin?: string): Mail {
  const t = translator(locale);
  const ukrainian = locale === "uk" ? (facts.ukrainian.uk ?? facts.ukrainian.en) : facts.ukrainian.en;
  const when = formatZoned(facts.startsAt, facts.timeZone, locale);
  const link = origin ? portalLink(origin, `/${locale}/partnerships/${facts.partnershipId}#meetings`) : null;
  const lines = [
    t("meetingBody", { planner: facts.planner, ukrainian, eu: facts.eu, title: facts.title }),
    [
      t("when", { when, minutes: facts.durationMinutes }),
      zone !== facts.timeZone ? t("yourTime", { when: formatZoned(facts.startsAt, zone, locale) }) : null,
      facts.onlineLink ? t("online", { link: facts.onlineLink }) : null,
      facts.place ? t("place", { place: facts.place }) : null,
      t("languages", { languages: facts.languages.map((l) => languageName(l, locale)).join(", ") }),
      facts.interpretationNeeded ? t("interpretationNeeded") : t("interpretationNotNeeded"),
      facts.interpreters.length ? t("interpreters", { names: facts.interpreters.join(", ") }) : null,
    ]
      .filter(Boolean)
      .join("\n"),
    t("calendar"),
    link ? t("link", { url: link }) : null,
    t("signature"),
  ];
  const ics = calendarFile({
    uid: `${facts.uid}@cities4cities`,
    stamp: facts.stamp,
    start: facts.startsAt,
    end: new Date(facts.startsAt.getTime() + facts.durationMinutes * 60_000),
    timeZone: facts.timeZone,
    summary: `${facts.title} (${ukrainian} – ${facts.eu})`,
    description: [
      t("languages", { languages: facts.languages.map((l) => languageName(l, locale)).join(", ") }),
      facts.interpretationNeeded ? t("interpretationNeeded") : t("interpretationNotNeeded"),
      link,
    ]
      .filter(Boolean)
      .join("\n"),
    location: facts.place ?? facts.onlineLink ?? undefined,
    url: facts.onlineLink ?? undefined,
  });
  return {
    to,
    subject: t("meetingSubject", { title: facts.title, ukrainian, eu: facts.eu }),
    text: lines.filter(Boolean).join("\n\n"),
    attachments: [{ filename: "meeting.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: ics }],
  };
}
