import { getTranslations } from "next-intl/server";
import type { MeetingList } from "@/server/interpretation/meetings";
import { formatZoned } from "@/lib/interpretation/time-zones";
import { languageName } from "@/lib/intl-names";

/**
 * A partnership's meetings for those who may read them: each at its time in the zone it was
 * planned in, and in the reader's own zone when that differs, both named.
 */
export async function Meetings({ list, locale, zone, done, form }: { list: MeetingList; locale: string; zone: string; done: boolean; form: React.ReactNode }) {
  const t = await getTranslations("interpretation.meetings");
  return (
    <section id="meetings" aria-labelledby="meetings-title" className="space-y-4">
      <h2 id="meetings-title" className="text-2xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {done && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {t("planned")}
        </p>
      )}
      <p className="max-w-3xl">{t("intro")}</p>
      {list.meetings.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {list.meetings.map((m) => (
            <li key={m.id} className="rounded border border-slate-400 p-3">
              <h3 className="font-semibold">{m.title}</h3>
              <p>
                <time dateTime={m.startsAt.toISOString()}>{formatZoned(m.startsAt, m.timeZone, locale)}</time> · {t("minutes", { minutes: m.durationMinutes })}
              </p>
              {zone !== m.timeZone && <p>{t("yourTime", { when: formatZoned(m.startsAt, zone, locale) })}</p>}
              {m.onlineLink && (
                <p>
                  {t("online")}{" "}
                  <a href={m.onlineLink} className="break-all">
                    {m.onlineLink}
                  </a>
                </p>
              )}
              {m.place && <p className="wrap-anywhere">{t("place", { place: m.place })}</p>}
              <p>{t("languages", { languages: m.languages.map((l) => languageName(l, locale)).join(", ") })}</p>
              <p>{t(m.interpretationNeeded ? "interpretationNeeded" : "interpretationNotNeeded")}</p>
              <p className="text-sm text-slate-700">
                {t("plannedBy", { who: m.planner ?? t("deletedAccount"), when: formatZoned(m.createdAt, zone, locale, "short") })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {list.mayPlan && (
        <div className="space-y-3">
          <h3 className="text-lg font-semibold">{t("planTitle")}</h3>
          {form}
        </div>
      )}
    </section>
  );
}
