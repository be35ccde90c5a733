import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/intl-names";
import { endonym } from "@/lib/intl-names";
import { localised } from "@/components/municipality-name";
import type { AddressedRequest } from "@/server/requests/addressed";
import { HromadaAnswerForm, type HromadaAnswerState } from "@/components/requests/hromada-answer-form";

type Props = {
  locale: string;
  /** The municipality's side: a hromada answers the requests addressed to it; an EU municipality's staff only read its proposals. */
  side: "HROMADA" | "EU";
  municipality: { slug: string; name: string };
  requests: AddressedRequest[];
  answerAction: (previous: HromadaAnswerState, form: FormData) => Promise<HromadaAnswerState>;
  limits: { min: number; max: number };
};

/** Statuses worded for the EU side of a hromada's proposal (the others read the same on both sides). */
const EU_STATUSES = ["INFORMATION_REQUESTED", "WITHDRAWN"];

/**
 * On an editor's or EU staff member's account page: their municipality, a link to its editor, and
 * the requests addressed to it. A hromada's each carry the hromada's answer (a form while the
 * request is open); an EU municipality's (the hromadas' proposals) are read only.
 */
export function EditorOverview({ locale, side, municipality, requests, answerAction, limits }: Props) {
  const t = useTranslations("profileEditor.account");
  const tVoice = useTranslations("voice.answer");
  const tAreas = useTranslations("areas");
  const tConversation = useTranslations("conversations.links");
  const format = useFormatter();
  const headingId = `editor-${municipality.slug}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-xl font-semibold text-brand-900">
        {side === "EU" ? t("eu.title", { name: municipality.name }) : t("title", { name: municipality.name })}
      </h2>
      <p>
        <Link href={`/municipalities/${municipality.slug}/edit`} className="btn inline-block">
          {t("edit")}
        </Link>
      </p>
      <h3 className="text-lg font-semibold">{side === "EU" ? t("eu.requests") : t("requests")}</h3>
      <p className="field-hint">{side === "EU" ? t("eu.readOnly") : t("readOnly")}</p>
      {requests.length === 0 ? (
        <p>{side === "EU" ? t("eu.noRequests") : t("noRequests")}</p>
      ) : (
        <ul className="space-y-4">
          {requests.map((r) => (
            <li key={r.id} className="space-y-2 rounded border border-slate-300 p-4">
              <h4 className="font-semibold">
                {side === "EU"
                  ? t.rich("eu.requestFrom", {
                      reference: r.reference,
                      name: localised(locale, r.from.name, r.from.nameUk) ?? r.from.name,
                      hromada: (chunks) => (r.from.slug ? <Link href={`/municipalities/${r.from.slug}`}>{chunks}</Link> : chunks),
                    })
                  : t("requestFrom", {
                      reference: r.reference,
                      from: r.from.country ? `${r.from.name} (${countryName(r.from.country, locale)})` : r.from.name,
                    })}
              </h4>
              <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                <dt className="font-semibold">{t("status")}</dt>
                <dd>{side === "EU" && EU_STATUSES.includes(r.status) ? t(`eu.statuses.${r.status}`) : t(`statuses.${r.status}`)}</dd>
                <dt className="font-semibold">{t("areas")}</dt>
                <dd>{r.areas.map((a) => tAreas(a)).join(", ")}</dd>
                <dt className="font-semibold">{t("languages")}</dt>
                <dd>
                  {r.languages.map((l) => endonym(l)).join(", ")}
                  {r.interpretationNeeded && ` · ${t("interpretation")}`}
                </dd>
              </dl>
              <p className="text-sm text-slate-700">{t("submitted", { date: format.dateTime(r.submittedAt, { dateStyle: "long" }) })}</p>
              <blockquote className="whitespace-pre-line border-l-4 border-slate-300 pl-3">{r.message}</blockquote>
              {/* The hromada's answer is the hromada's alone: not shown to, nor asked of, the EU side. */}
              {side === "HROMADA" && (
                <section aria-labelledby={`answer-${r.reference}`} className="space-y-2 border-t border-slate-200 pt-3">
                  <h5 id={`answer-${r.reference}`} className="font-semibold">
                    {tVoice("title")}
                  </h5>
                  {r.answer ? (
                    <p>
                      {tVoice("current", {
                        answer: tVoice(`choices.${r.answer.choice}`),
                        date: format.dateTime(r.answer.at ?? r.submittedAt, { dateStyle: "long" }),
                      })}
                      {r.answer.reason && <span className="block whitespace-pre-line wrap-anywhere">{r.answer.reason}</span>}
                    </p>
                  ) : (
                    !r.answerable && <p>{tVoice("none")}</p>
                  )}
                  {r.answerable ? (
                    <>
                      <p className="field-hint">{tVoice("changeable")}</p>
                      <HromadaAnswerForm action={answerAction} reference={r.reference} current={r.answer} limits={limits} />
                    </>
                  ) : (
                    r.answer && <p className="field-hint">{tVoice("closed")}</p>
                  )}
                </section>
              )}
              {/* A route, not a page: it makes the conversation on first use and sends the editor to it. */}
              <p>
                <a href={`/${locale}/inbox/request/${r.reference}`}>{tConversation("request")}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
