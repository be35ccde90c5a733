import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localised } from "@/components/municipality-name";
import { RequestHistory } from "@/components/coordinator/request-history";
import { endonym } from "@/lib/intl-names";
import { guardPage } from "@/server/auth/guard";
import { cleanReference } from "@/server/requests/load";
import { getOwnRequest } from "@/server/requests/own";
import { answerInformationAction, withdrawRequestAction } from "./actions";
import { ClientMessages } from "@/components/client-messages";
import { AnswerForm } from "@/components/requests/answer-form";
import { NOTE_LIMITS } from "@/server/requests/decide";
import { InterpretationPanel } from "@/components/interpretation/interpretation-panel";
import { interpretersOf } from "@/server/interpretation/assignments";
import { WITHDRAWAL_REASON_MAX } from "@/server/requests/withdraw";
import { ConversationLink } from "@/components/conversations/conversation-link";

const NOTICES = ["withdrawn", "answered", "alreadyAPPROVED", "alreadyDECLINED", "alreadyWITHDRAWN"] as const;

type Props = PageProps<"/[locale]/account/requests/[reference]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale, namespace: "requests.detail" });
  return { title: t("title", { reference: cleanReference(reference) ?? "" }), robots: { index: false } };
}

/** One of the signed-in person's own requests, its history, and withdrawal while still open. */
export default async function OwnRequestPage({ params, searchParams }: Props) {
  const { locale, reference: raw } = await params;
  setRequestLocale(locale);
  const reference = cleanReference(raw);
  if (!reference) notFound();
  // Someone else's request and an unknown one are both a 404 (the refusal is audited).
  const request = await guardPage((principal) => getOwnRequest(principal, reference));
  const t = await getTranslations("requests");
  const tFollowUp = await getTranslations("followUp");
  const tAreas = await getTranslations("areas");
  const format = await getFormatter();
  const query = await searchParams;
  const rawNotice = query.notice;
  const confirmWithdrawal = query.withdraw === "confirm";
  const reasonTooLong = confirmWithdrawal && query.problem === "reasonTooLong";
  const tActing = await getTranslations("acting");
  const notice = NOTICES.find((n) => n === rawNotice);
  const ukrainian = {
    slug: request.ukrainianMunicipality.slug,
    name: localised(locale, request.ukrainianMunicipality.nameEn, request.ukrainianMunicipality.nameUk) ?? request.ukrainianMunicipality.nameEn,
  };
  const eu = request.euMunicipality && { slug: request.euMunicipality.slug, name: request.euMunicipality.nameLocal ?? request.euMunicipality.nameEn };
  // A hromada's proposal (TO_EU) goes the other way.
  const [to, from] = request.direction === "TO_EU" ? [eu, ukrainian] : [ukrainian, eu];
  return (
    <div className="max-w-3xl space-y-8">
      <nav aria-label={t("detail.breadcrumb")}>
        <Link href="/account">{t("detail.backToAccount")}</Link>
      </nav>
      <h1 className="text-3xl font-bold text-brand-900">{t("detail.title", { reference: request.reference })}</h1>
      {notice && (
        <p
          role="status"
          className={
            notice === "withdrawn" || notice === "answered"
              ? "rounded border-2 border-emerald-700 bg-emerald-50 p-4"
              : "rounded border-2 border-red-700 bg-red-50 p-4"
          }
        >
          {notice === "answered"
            ? tFollowUp("answer.done")
            : notice === "alreadyAPPROVED"
              ? tFollowUp.rich("alreadyApproved", { link: (chunks) => <Link href="/contact">{chunks}</Link> })
              : t(`detail.notices.${notice}`)}
        </p>
      )}
      <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2">
        {to && (
          <>
            <dt className="font-semibold">{t("detail.to")}</dt>
            <dd>
              <Link href={`/municipalities/${to.slug}`}>{to.name}</Link>
            </dd>
          </>
        )}
        {from && (
          <>
            <dt className="font-semibold">{t("detail.from")}</dt>
            <dd>{from.name}</dd>
          </>
        )}
        <dt className="font-semibold">{t("detail.status")}</dt>
        <dd>
          {t(`status.${request.status}`)}
          {request.partnership && (
            <>
              {" "}
              <Link href={`/partnerships/${request.partnership.id}`}>{tActing("openPartnership")}</Link>
            </>
          )}
        </dd>
        <dt className="font-semibold">{t("detail.sent")}</dt>
        <dd>
          <time dateTime={request.submittedAt.toISOString()}>{format.dateTime(request.submittedAt, { dateStyle: "long" })}</time>
        </dd>
        <dt className="font-semibold">{t("detail.areas")}</dt>
        <dd>{request.areas.map((a) => tAreas(a)).join(", ")}</dd>
        <dt className="font-semibold">{t("detail.languages")}</dt>
        <dd>{request.languages.map((l) => endonym(l)).join(", ")}</dd>
        <dt className="font-semibold">{t("detail.interpretation")}</dt>
        <dd>{request.interpretationNeeded ? t("detail.interpretationNeeded") : t("detail.interpretationNotNeeded")}</dd>
      </dl>
      <section aria-labelledby="message" className="space-y-2">
        <h2 id="message" className="text-2xl font-semibold text-brand-900">
          {t("detail.message")}
        </h2>
        <blockquote className="whitespace-pre-line border-l-4 border-slate-300 pl-3">{request.message}</blockquote>
      </section>
      {request.answerable && (
        <section aria-labelledby="question" className="space-y-3 rounded border-2 border-amber-700 bg-amber-50 p-4">
          <h2 id="question" className="text-2xl font-semibold text-brand-900">
            {tFollowUp("answer.title")}
          </h2>
          <p>{tFollowUp("answer.intro")}</p>
          {request.question && <blockquote className="whitespace-pre-line border-l-4 border-amber-700 pl-3">{request.question}</blockquote>}
          <ClientMessages namespaces={["followUp.answer", "error"]}>
            <AnswerForm action={answerInformationAction} reference={request.reference} limits={NOTE_LIMITS} />
          </ClientMessages>
        </section>
      )}
      <InterpretationPanel target="request" id={request.id} back="" interpreters={await interpretersOf({ requestId: request.id })} choices={null} />
      <ConversationLink owner={{ reference: request.reference }} />
      <RequestHistory events={request.events} />
      {request.withdrawable && (
        <section aria-labelledby="withdraw" className="space-y-3">
          <h2 id="withdraw" className="text-2xl font-semibold text-brand-900">
            {t("detail.withdraw.title")}
          </h2>
          {confirmWithdrawal ? (
            // GOV.UK's confirmation step: nothing happens until the person says yes here.
            <div className="space-y-4 rounded border-2 border-red-700 bg-red-50 p-4">
              <p className="font-semibold">{tActing("withdraw.question", { reference: request.reference, municipality: ukrainian.name })}</p>
              <p>{t("detail.withdraw.text")}</p>
              {reasonTooLong && (
                <p role="alert" className="font-semibold text-red-900">
                  {tActing("reasonTooLong", { max: WITHDRAWAL_REASON_MAX })}
                </p>
              )}
              <form action={withdrawRequestAction} className="space-y-4">
                <input type="hidden" name="reference" value={request.reference} />
                <div>
                  <label htmlFor="reason" className="field-label">
                    {tActing("withdraw.reasonLabel")}
                  </label>
                  <span id="reason-hint" className="field-hint">
                    {tActing("withdraw.reasonHint")}
                  </span>
                  <textarea id="reason" name="reason" rows={3} maxLength={WITHDRAWAL_REASON_MAX} aria-describedby="reason-hint" className="input" />
                </div>
                <div className="flex flex-wrap items-center gap-4">
                  <button type="submit" className="btn-warning">
                    {tActing("withdraw.confirm")}
                  </button>
                  <Link href={`/account/requests/${request.reference}`}>{tActing("withdraw.cancel")}</Link>
                </div>
              </form>
            </div>
          ) : (
            <>
              <p>{t("detail.withdraw.text")}</p>
              <p>
                <Link href={`/account/requests/${request.reference}?withdraw=confirm#withdraw`} className="btn-secondary inline-block no-underline">
                  {t("detail.withdraw.button")}
                </Link>
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
