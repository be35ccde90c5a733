import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentPrincipal } from "@/server/auth/session";
import { getPartnershipDetails } from "@/server/partnerships/details";
import { ConversationLink } from "@/components/conversations/conversation-link";
import { MunicipalityName, localised } from "@/components/municipality-name";
import { StageSteps } from "@/components/partnerships/stage-steps";
import { StageHistory } from "@/components/partnerships/stage-history";
import { StageForm } from "@/components/partnerships/stage-form";
import { countryName } from "@/lib/intl-names";
import { changeStageAction, decideProposalAction, planMeetingAction, withdrawProposalAction } from "./actions";
import { ClosedProposals, OpenProposal } from "@/components/partnerships/stage-proposals";
import { DecideProposalForms, WithdrawProposalForm } from "@/components/partnerships/proposal-forms";
import { listMeetings } from "@/server/interpretation/meetings";
import { interpreterChoices, interpretersOf } from "@/server/interpretation/assignments";
import { viewerTimeZone } from "@/server/interpretation/viewer-zone";
import { InterpretationPanel } from "@/components/interpretation/interpretation-panel";
import { Meetings } from "@/components/interpretation/meetings";
import { MeetingForm } from "@/components/interpretation/meeting-form";
import { MEETING_TIME_ZONES, zoneLabel } from "@/lib/interpretation/time-zones";
import { assignInterpreterAction, unassignInterpreterAction } from "../../coordinator/interpreters/actions";
import { ClientMessages } from "@/components/client-messages";
import { regionName } from "@/lib/region-names";
import { PartnerContacts } from "@/components/partnerships/partner-contacts";
import { getContactFor } from "@/server/municipalities/contact";
import { workspaceView } from "@/server/workspace/view";
import { WorkspaceSections } from "@/components/workspace/workspace-sections";
import { DocumentForm } from "@/components/workspace/document-form";
import { uploadDocumentAction } from "./workspace-actions";
import { MAX_ATTACHMENT_BYTES } from "@/lib/conversations/limits";
import { TITLE_MAX } from "@/lib/workspace/catalogue";

type Props = PageProps<"/[locale]/partnerships/[id]">;

const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "partnerships.page" });
  const p = idOf(id) === null ? null : await getPartnershipDetails(null, idOf(id)!);
  if (!p) return { title: t("titleUnknown") };
  const ukrainian = localised(locale, p.ukrainian.nameEn, p.ukrainian.nameUk) ?? "";
  return { title: t("title", { ukrainian, eu: p.eu.name }) };
}

export default async function PartnershipPage({ params, searchParams }: Props) {
  const { locale, id: raw } = await params;
  setRequestLocale(locale);
  const id = idOf(raw);
  const principal = await currentPrincipal();
  const p = id === null ? null : await getPartnershipDetails(principal, id);
  if (!p) notFound();
  // Each side's contact person for those who may read it (contact.read: both partners' people
  // while the partnership is not ended, coordinators); the fields are not read for anyone else.
  const [uaContact, euContact] = await Promise.all([getContactFor(principal, p.ukrainianMunicipalityId), getContactFor(principal, p.euMunicipalityId)]);
  const { done, interpretation } = await searchParams;
  // Meetings and who interprets: for the two sides, the assigned interpreters and coordinators only.
  const meetings = await listMeetings(principal, p.id);
  const zone = await viewerTimeZone();
  const interpreters = meetings ? await interpretersOf({ partnershipId: p.id }) : [];
  const choices = meetings && principal?.globalRole ? await interpreterChoices(principal, { partnershipId: p.id }, []) : null;
  const now = new Date();
  const zones = [zone, ...MEETING_TIME_ZONES.filter((z) => z !== zone)].map((z) => ({ value: z, label: `${z} — ${zoneLabel(now, z, locale)}` }));
  const t = await getTranslations("partnerships");
  const tStage = await getTranslations("stage");
  const tProposal = await getTranslations("stageProposals");
  const tAreas = await getTranslations("areas");
  const format = await getFormatter();
  const ukrainian = localised(locale, p.ukrainian.nameEn, p.ukrainian.nameUk) ?? "";
  const last = p.history.at(-1);
  // The workspace (documents, joint projects): members see it all, others the public projects.
  const workspace = await workspaceView(principal, p.id);
  const { workspace: workspaceDone } = await searchParams;

  return (
    <div className="space-y-8">
      <p>
        <Link href="/partnerships">{t("page.back")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("page.title", { ukrainian, eu: p.eu.name })}</h1>
      </header>

      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="font-semibold">{t("page.ukrainian")}</dt>
        <dd>
          {p.ukrainian.status === "PUBLISHED" ? (
            <Link href={`/municipalities/${p.ukrainian.slug}`}>
              <MunicipalityName nameEn={p.ukrainian.nameEn} nameUk={p.ukrainian.nameUk} locale={locale} withOriginal={false} />
            </Link>
          ) : (
            <MunicipalityName nameEn={p.ukrainian.nameEn} nameUk={p.ukrainian.nameUk} locale={locale} withOriginal={false} />
          )}
          {p.ukrainian.region && <>, {regionName(locale, p.ukrainian.region)}</>}
        </dd>
        <dt className="font-semibold">{t("page.eu")}</dt>
        <dd>
          {p.eu.name}, {countryName(p.eu.country, locale)}
        </dd>
        <dt className="font-semibold">{t("page.since")}</dt>
        <dd>{format.dateTime(p.since, { year: "numeric", month: "long" })}</dd>
        <dt className="font-semibold">{t("page.areas")}</dt>
        <dd>{p.areas.length > 0 ? p.areas.map((a) => tAreas(a)).join(", ") : t("page.noAreas")}</dd>
      </dl>

      <ConversationLink owner={{ partnershipId: p.id }} />

      <section aria-labelledby="stage" className="space-y-4">
        <h2 id="stage" className="text-2xl font-semibold text-brand-900">
          {t("page.stage")}
        </h2>
        {done === "moved" && (
          <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
            {t("page.moved", { stage: tStage(p.stage) })}
          </p>
        )}
        {(done === "proposed" || done === "declined" || done === "withdrawn") && (
          <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
            {tProposal(`done.${done}`, {
              stage: p.openProposal ? tStage(p.openProposal.to) : "",
              other: p.openProposal?.side === "EU" ? ukrainian : p.eu.name,
            })}
          </p>
        )}
        {done === "stale" && (
          <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {last?.actor
              ? t("page.stale", { stage: tStage(p.stage), who: last.actor, when: format.dateTime(last.at, { dateStyle: "medium", timeStyle: "short" }) })
              : t("page.staleUnknown", { stage: tStage(p.stage) })}
          </p>
        )}
        {done === "taken" && p.openProposal && (
          <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {tProposal("done.taken", {
              who: p.openProposal.proposer ?? tProposal("list.deletedAccount"),
              to: tStage(p.openProposal.to),
              when: format.dateTime(p.openProposal.proposedAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
        )}
        {done === "closed" && (
          <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {tProposal("done.closed")}
          </p>
        )}
        <p>{t("page.current", { stage: tStage(p.stage) })}</p>
        <StageSteps stage={p.stage} />
        {p.openProposal && (
          <OpenProposal
            proposal={p.openProposal}
            current={p.stage}
            sides={{ UKRAINIAN: ukrainian, EU: p.eu.name }}
            actions={
              p.openProposal.mayDecide ? (
                <ClientMessages namespaces={["error", "stageProposals"]}>
                  <DecideProposalForms action={decideProposalAction.bind(null, p.id, p.openProposal.id)} />
                </ClientMessages>
              ) : p.openProposal.mayWithdraw ? (
                <ClientMessages namespaces={["error", "stageProposals"]}>
                  <WithdrawProposalForm action={withdrawProposalAction.bind(null, p.id, p.openProposal.id)} />
                </ClientMessages>
              ) : null
            }
          />
        )}
        {p.mayChange && (
          <div className="space-y-3">
            <h3 className="text-lg font-semibold">{p.referee ? t("form.title") : tProposal("form.title")}</h3>
            <p className="max-w-3xl">{p.referee ? `${t("form.rules")} ${tProposal("form.refereeRules")}` : tProposal("form.rules")}</p>
            {p.openProposal && !p.referee ? (
              <p>{tProposal("open.blocked")}</p>
            ) : p.moves.length > 0 ? (
              <ClientMessages namespaces={["error", "partnerships.form", "stage", "stageProposals.form"]}>
                <StageForm current={p.stage} moves={p.moves} proposing={!p.referee} action={changeStageAction.bind(null, p.id)} />
              </ClientMessages>
            ) : (
              <p>{t("form.endedFinal")}</p>
            )}
          </div>
        )}
      </section>

      {principal && (
        <PartnerContacts
          sides={[
            { name: ukrainian, access: uaContact },
            { name: p.eu.name, access: euContact },
          ]}
        />
      )}

      {meetings && (
        <InterpretationPanel
          target="partnership"
          id={p.id}
          back={`/partnerships/${p.id}`}
          interpreters={interpreters}
          choices={choices}
          outcome={typeof interpretation === "string" ? interpretation : undefined}
          assign={assignInterpreterAction}
          unassign={unassignInterpreterAction}
        />
      )}

      {meetings && (
        <Meetings
          list={meetings}
          locale={locale}
          zone={zone}
          done={done === "meeting"}
          form={
            <ClientMessages namespaces={["interpretation.meetingForm", "error"]}>
              <MeetingForm action={planMeetingAction.bind(null, p.id)} zones={zones} defaultZone={zone} />
            </ClientMessages>
          }
        />
      )}

      <ClosedProposals proposals={p.closedProposals} />
      <WorkspaceSections
        partnershipId={p.id}
        view={workspace}
        locale={locale}
        sides={{ UKRAINIAN: ukrainian, EU: p.eu.name }}
        done={typeof workspaceDone === "string" ? workspaceDone : undefined}
        uploadForm={
          <ClientMessages namespaces={["workspace.documentForm", "workspace.kinds", "error"]}>
            <DocumentForm
              action={uploadDocumentAction.bind(null, p.id)}
              documents={workspace.documents.map((d) => ({ id: d.id, title: d.title }))}
              limits={{ mb: MAX_ATTACHMENT_BYTES / 1024 / 1024, max: TITLE_MAX }}
            />
          </ClientMessages>
        }
      />

      <StageHistory
        history={p.history}
        detailed={p.mayChange}
        meetings={
          meetings?.meetings.map((m) => ({ id: m.id, at: m.createdAt, title: m.title, startsAt: m.startsAt, timeZone: m.timeZone, planner: m.planner })) ?? []
        }
      />
    </div>
  );
}
