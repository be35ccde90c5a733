import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/intl-names";
import { endonym } from "@/lib/intl-names";
import type { AddressedRequest } from "@/server/requests/addressed";
import { HromadaAnswerForm, type HromadaAnswerState } from "@/components/requests/hromada-answer-form";

type Props = {
  locale: string;
  municipality: { slug: string; name: string };
  requests: AddressedRequest[];
  answerAction: (previous: HromadaAnswerState, form: FormData) => Promise<HromadaAnswerState>;
  limits: { min: number; max: number };
};

/**
 * On an editor's account page: their municipality, a link to its editor, and the requests
 * addressed to it, each with the hromada's answer (a form while the request is open).
 */
export function EditorOverview({ locale, municipality, requests, answerAction, limits }: Props) {
  const t = useTranslations("profileEditor.account");
  const tVoice = useTranslations("voice.answer");
  const tAreas = useTranslations("areas");
  const tConversation = useTranslations("conversations.links");
  const format = useFormatter();
  const headingId = `editor-${municipality.slug}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-xl font-semibold text-brand-900">
        {t("title", { name: municipality.name })}
      </h2>
      <p>
        <Link href={`/municipalities/${municipality.slug}/edit`} className="btn inline-block">
          {t("edit")}
        </Link>
      </p>
      <h3 className="text-lg font-semibold">{t("requests")}</h3>
      <p className="field-hint">{t("readOnly")}</p>
      {requests.length === 0 ? (
        <p>{t("noRequests")}</p>
      ) : (
        <ul className="space-y-4">
          {requests.map((r) => (
            <li key={r.id} className="space-y-2 rounded border border-slate-300 p-4">
              <h4 className="font-semibold">
                {t("requestFrom", { reference: r.reference, from: r.from.country ? `${r.from.name} (${countryName(r.from.country, locale)})` : r.from.name })}
              </h4>
              <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                <dt className="font-semibold">{t("status")}</dt>
                <dd>{t(`statuses.${r.status}`)}</dd>
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
