import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { cleanReference } from "@/server/requests/load";
import { getRequestForReview } from "@/server/requests/review";
import { Comparison } from "@/components/coordinator/comparison";
import { DecisionForm } from "@/components/coordinator/decision-form";
import { RequestHistory } from "@/components/coordinator/request-history";
import { languageName } from "@/lib/intl-names";
import { addInternalNoteAction, assignRequestAction, decideRequestAction } from "./actions";
import { AssignForm } from "@/components/desk/assign-form";
import { currentPrincipal } from "@/server/auth/session";
import { isOverdue, listCoordinators } from "@/server/requests/queue";
import { ConversationLink } from "@/components/conversations/conversation-link";
import { InternalNotes } from "@/components/conversations/internal-notes";
import { ClientMessages } from "@/components/client-messages";
import { InterpretationPanel } from "@/components/interpretation/interpretation-panel";
import { interpreterChoices, interpretersOf } from "@/server/interpretation/assignments";
import { assignInterpreterAction, unassignInterpreterAction } from "../../interpreters/actions";

type Props = PageProps<"/[locale]/coordinator/requests/[reference]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale, namespace: "coordinator.request" });
  return { title: t("title", { reference: cleanReference(reference) ?? "" }), robots: { index: false } };
}

const DONE = ["approve", "decline", "askForInformation", "alreadyDecided", "assigned"] as const;

export default async function CoordinatorRequestPage({ params, searchParams }: Props) {
  const { locale, reference: raw } = await params;
  setRequestLocale(locale);
  const reference = cleanReference(raw);
  const request = await guardPage((principal) => getRequestForReview(principal, reference ?? "-"));
  if (!request) notFound();
  const { done: doneParam, interpretation } = await searchParams;
  const [interpreters, choices, coordinators] = await guardPage((principal) =>
    Promise.all([
      interpretersOf({ requestId: request.id }),
      interpreterChoices(principal, { requestId: request.id }, [...request.languages, ...(request.ukrainian.languages ?? [])]),
      listCoordinators(),
    ]),
  );
  const me = (await currentPrincipal())?.userId ?? "";
  const tDesk = await getTranslations("desk");
  const done = DONE.find((d) => d === doneParam);
  const t = await getTranslations("coordinator");
  const tVoice = await getTranslations("voice.review");
  const tAreas = await getTranslations("areas");
  const tActing = await getTranslations("acting");
  const format = await getFormatter();
  const open = request.status === "SUBMITTED" || request.status === "UNDER_REVIEW" || request.status === "INFORMATION_REQUESTED";
  const uaName = locale === "uk" ? (request.ukrainian.nameUk ?? request.ukrainian.nameEn) : request.ukrainian.nameEn;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const bind = (decision: "approve" | "decline" | "askForInformation") => decideRequestAction.bind(null, request.reference, decision);

  let notice: string | null = null;
  if (done === "alreadyDecided") {
    const last = [...request.events].reverse().find((e) => e.toStatus === request.status);
    const status = t(`status.${request.status}`);
    notice = last
      ? t("decide.alreadyDecided", {
          status,
          // A withdrawal is the requester's own; a decision without a named actor was another coordinator's.
          who: request.status === "WITHDRAWN" ? t("request.requesterActor") : (last.actor ?? t("decide.someone")),
          when: date(request.decidedAt ?? last.at),
        })
      : t("decide.alreadyDecidedUnknown", { status });
  } else if (done === "assigned") {
    notice = request.assignee
      ? tDesk("assign.done", { name: request.assignee.id === me ? tDesk("queue.you") : request.assignee.name })
      : tDesk("assign.unassigned");
  } else if (done) {
    notice = t(`decide.${done === "askForInformation" ? "ask" : done}.done`);
  }

  return (
    <div className="space-y-8">
      <p>
        <Link href="/coordinator/requests">{t("request.back")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("request.title", { reference: request.reference })}</h1>
        <p>
          {t("request.summary", { status: t(`status.${request.status}`), submitted: date(request.submittedAt) })}
          {request.decidedAt && <> {t("request.decided", { date: date(request.decidedAt) })}</>}
        </p>
        {isOverdue(request, new Date()) && <p className="w-fit rounded border border-red-800 px-1 font-semibold text-red-900">{tDesk("queue.overdue")}</p>}
        {request.partnership && (
          <p>
            {t("request.partnership")} <Link href={`/partnerships/${request.partnership.id}`}>{tActing("openPartnership")}</Link>
          </p>
        )}
      </header>
      {notice && (
        <p
          role={done === "alreadyDecided" ? "alert" : "status"}
          className={
            done === "alreadyDecided"
              ? "rounded border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900"
              : "rounded border-2 border-emerald-700 bg-emerald-50 p-4"
          }
        >
          {notice}
        </p>
      )}

      <section aria-labelledby="assignment" className="space-y-2">
        <h2 id="assignment" className="text-2xl font-semibold text-brand-900">
          {tDesk("assign.title")}
        </h2>
        <p>
          {request.assignee ? tDesk("assign.current", { name: request.assignee.id === me ? tDesk("queue.you") : request.assignee.name }) : tDesk("assign.none")}
        </p>
        {open && (
          <ClientMessages namespaces={["desk.assign", "error"]}>
            <AssignForm action={assignRequestAction.bind(null, request.reference)} coordinators={coordinators} current={request.assignee?.id ?? null} me={me} />
          </ClientMessages>
        )}
      </section>

      <section aria-labelledby="hromada-answer" className="space-y-2">
        <h2 id="hromada-answer" className="text-2xl font-semibold text-brand-900">
          {tVoice("title")}
        </h2>
        {request.direction === "TO_EU" ? (
          <p>{tVoice("proposed", { hromada: uaName })}</p>
        ) : request.hromadaAnswer ? (
          <>
            <p>{tVoice("answered", { answer: tVoice(`choices.${request.hromadaAnswer}`), date: date(request.hromadaAnsweredAt ?? request.submittedAt) })}</p>
            {request.hromadaAnswerReason && (
              <p className="whitespace-pre-line wrap-anywhere">
                <span className="font-semibold">{tVoice("reason")}:</span> {request.hromadaAnswerReason}
              </p>
            )}
          </>
        ) : (
          <p>{tVoice("notYet", { hromada: uaName })}</p>
        )}
      </section>

      <section aria-labelledby="compare" className="space-y-3">
        <h2 id="compare" className="text-2xl font-semibold text-brand-900">
          {t("request.compare")}
        </h2>
        <Comparison request={request} locale={locale} />
        <h3 className="text-lg font-semibold">{t("request.requestedAreas")}</h3>
        <ul className="list-disc pl-6">
          {request.areas.map((a) => (
            <li key={a}>
              {tAreas(a)}
              {request.ukrainian.needs.includes(a) && <> ({t("request.matchesNeed", { municipality: uaName })})</>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="message" className="space-y-2">
        <h2 id="message" className="text-2xl font-semibold text-brand-900">
          {t("request.message")}
        </h2>
        <p className="whitespace-pre-line">{request.message}</p>
        <p>
          <span className="font-semibold">{t("request.requester")}:</span>{" "}
          {t("request.requesterLine", { name: request.requesterName, role: request.requesterRole })},{" "}
          <a href={`mailto:${request.requesterEmail}`}>{request.requesterEmail}</a>
        </p>
        <p>{t("request.requestLanguage", { language: languageName(request.locale, locale) })}</p>
        {request.decisionNote && (
          <p>
            <span className="font-semibold">{t("request.decisionNote")}:</span> {request.decisionNote}
          </p>
        )}
      </section>

      <InterpretationPanel
        target="request"
        id={request.id}
        back={`/coordinator/requests/${request.reference}`}
        interpretationNeeded={request.interpretationNeeded}
        interpreters={interpreters}
        choices={choices}
        outcome={typeof interpretation === "string" ? interpretation : undefined}
        assign={assignInterpreterAction}
        unassign={unassignInterpreterAction}
      />

      <section aria-labelledby="decide" className="space-y-4">
        <h2 id="decide" className="text-2xl font-semibold text-brand-900">
          {t("decide.title")}
        </h2>
        {open ? (
          <ClientMessages namespaces={["coordinator.decide", "error"]}>
            <div className="grid gap-4 lg:grid-cols-3">
              <DecisionForm decision="approve" action={bind("approve")} required={false} />
              <DecisionForm decision="decline" action={bind("decline")} required />
              <DecisionForm decision="askForInformation" action={bind("askForInformation")} required />
            </div>
          </ClientMessages>
        ) : (
          <p>{t("decide.closed")}</p>
        )}
      </section>

      <ConversationLink owner={{ reference: request.reference }} />
      <InternalNotes reference={request.reference} action={addInternalNoteAction} added={doneParam === "note"} />

      <RequestHistory events={request.events} />
    </div>
  );
}
