import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { currentPrincipal } from "@/server/auth/session";
import { listPendingMemberships } from "@/server/memberships/decide-membership";
import { loadDashboard, type Dashboard } from "@/server/coordinator/dashboard";
import { queueSearch } from "@/server/requests/queue";
import { MembershipQueue } from "@/components/coordinator/membership-queue";
import { InterestList } from "@/components/coordinator/interest-list";
import { AttentionCard } from "@/components/desk/attention-card";
import { listPartnerInterest } from "@/server/register/interest";
import { FUNDING_DEADLINE_NOTICE_DAYS, PARTNERSHIP_STALLED_DAYS, REQUEST_OVERDUE_DAYS } from "@/lib/reminders/periods";
import { decideMembershipAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "coordinator.queue" });
  return { title: t("title"), robots: { index: false } };
}

const MEMBERSHIP_OUTCOMES = ["confirmed", "rejected", "alreadyDecided", "notFound", "unexpected"] as const;

/**
 * The coordinators' desk: what needs attention, each a count, the first few and a link to where
 * it is handled (src/server/coordinator/dashboard.ts); the membership requests are decided here.
 */
export default async function CoordinatorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const [dashboard, memberships] = await guardPage((principal) => Promise.all([loadDashboard(principal), listPendingMemberships(principal)]));
  const interest = await guardPage((principal) => listPartnerInterest(principal));
  const t = await getTranslations("coordinator");
  const tDesk = await getTranslations("desk.dashboard");
  const tAudit = await getTranslations("audit");
  const tContact = await getTranslations("contact.inbox");
  const tImport = await getTranslations("partnershipImport");
  const tJoin = await getTranslations("join.queue");
  const tBackOffice = await getTranslations("backOffice");
  const tInterpretation = await getTranslations("interpretation");
  // Only which links to show: the roles page checks role.grant itself.
  const isAdministrator = (await currentPrincipal())?.globalRole === "ADMINISTRATOR";
  const format = await getFormatter();
  const outcome = MEMBERSHIP_OUTCOMES.find((o) => o === query.membership);
  const day = (d: Date) => <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium" })}</time>;
  const ua = (m: { nameEn: string; nameUk: string | null }) => (locale === "uk" ? (m.nameUk ?? m.nameEn) : m.nameEn);
  const requestList = (list: Dashboard["fresh"]) => (
    <ul className="space-y-1">
      {list.rows.map((r) => (
        <li key={r.reference} className="wrap-anywhere">
          <Link href={`/coordinator/requests/${r.reference}`} className="font-mono">
            {r.reference}
          </Link>
          : {tDesk("requestRow", { eu: r.eu, ukrainian: ua(r.ukrainian) })}, {day(r.submittedAt)}
        </li>
      ))}
    </ul>
  );
  const queue = (f: Parameters<typeof queueSearch>[0]) => `/coordinator/requests${queueSearch(f)}`;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("queue.title")}</h1>
        <p className="max-w-3xl">{tDesk("intro")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link href="/coordinator/requests">{t("queue.requests")}</Link>
          </li>
          <li>
            <Link href="/coordinator/messages">{tContact("deskLink", { count: dashboard.openMessages })}</Link>
          </li>
          <li>
            <Link href="/coordinator/audit">{tAudit("link")}</Link>
          </li>
          <li>
            <Link href="/coordinator/municipalities">{tBackOffice("list.title")}</Link>
          </li>
          {isAdministrator && (
            <li>
              <Link href="/coordinator/roles">{tBackOffice("roles.title")}</Link>
            </li>
          )}
          <li>
            <Link href="/coordinator/import">{tImport("link")}</Link>
          </li>
          <li>
            <Link href="/coordinator/join-proposals">{tJoin("link")}</Link>
          </li>
          <li>
            <Link href="/coordinator/interpreters">{tInterpretation("admin.title")}</Link>
          </li>
          <li>
            <Link href="/coordinator/funding">{(await getTranslations("fundingAdmin"))("title")}</Link>
          </li>
        </ul>
      </header>

      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <AttentionCard
          id="fresh"
          title={tDesk("fresh")}
          count={dashboard.fresh.total}
          more={{ href: queue({ status: "SUBMITTED" }), label: tDesk("freshAll") }}
        >
          {requestList(dashboard.fresh)}
        </AttentionCard>
        <AttentionCard
          id="overdue"
          title={tDesk("overdue")}
          count={dashboard.overdue.total}
          hint={tDesk("overdueHint", { days: REQUEST_OVERDUE_DAYS })}
          more={{ href: queue({ status: "undecided", age: String(REQUEST_OVERDUE_DAYS) as "14" }), label: tDesk("overdueAll") }}
        >
          {requestList(dashboard.overdue)}
        </AttentionCard>
        <AttentionCard
          id="answered"
          title={tDesk("answered")}
          count={dashboard.answered.total}
          hint={tDesk("answeredHint")}
          more={{ href: queue({ status: "UNDER_REVIEW" }), label: tDesk("answeredAll") }}
        >
          {requestList(dashboard.answered)}
        </AttentionCard>
        <AttentionCard
          id="contact"
          title={tDesk("contact")}
          count={dashboard.openMessages}
          more={{ href: "/coordinator/messages", label: tDesk("contactAll") }}
        />
        <AttentionCard
          id="mine"
          title={tDesk("mine")}
          count={dashboard.mine}
          more={{ href: queue({ status: "undecided", assignee: "me" }), label: tDesk("mineAll") }}
        />
        <AttentionCard
          id="interpretation"
          title={tDesk("interpretation")}
          count={dashboard.interpretation.total}
          more={{ href: queue({ status: "undecided", interpretation: "needed" }), label: tDesk("interpretationAll") }}
        >
          {requestList(dashboard.interpretation)}
        </AttentionCard>
        <AttentionCard
          id="memberships-due"
          title={tDesk("memberships")}
          count={dashboard.memberships}
          more={{ href: "#memberships", label: tDesk("membershipsAll") }}
        />
        <AttentionCard
          id="join"
          title={tDesk("joinProposals")}
          count={dashboard.joinProposals}
          more={{ href: "/coordinator/join-proposals", label: tDesk("joinProposalsAll") }}
        />
        <AttentionCard id="stalled" title={tDesk("stalled")} count={dashboard.stalled.total} hint={tDesk("stalledHint", { days: PARTNERSHIP_STALLED_DAYS })}>
          <ul className="space-y-1">
            {dashboard.stalled.rows.map((p) => (
              <li key={p.id} className="wrap-anywhere">
                <Link href={`/partnerships/${p.id}`}>
                  {tDesk("pair", { eu: p.euName, ukrainian: ua({ nameEn: p.ukrainianNameEn, nameUk: p.ukrainianNameUk }) })}
                </Link>
                : {tDesk("lastActivity")} {day(p.lastActivityAt)}
              </li>
            ))}
          </ul>
        </AttentionCard>
        <AttentionCard
          id="deadlines"
          title={tDesk("deadlines")}
          count={dashboard.deadlines.total}
          hint={tDesk("deadlinesHint", { days: FUNDING_DEADLINE_NOTICE_DAYS })}
          more={{ href: "/coordinator/funding", label: tDesk("deadlinesAll") }}
        >
          <ul className="space-y-1">
            {dashboard.deadlines.rows.map((f) => (
              <li key={f.slug} className="wrap-anywhere">
                <Link href={`/coordinator/funding/${f.slug}`}>{locale === "uk" ? f.name.uk : f.name.en}</Link>: {day(f.deadline)}
              </li>
            ))}
          </ul>
        </AttentionCard>
      </div>

      <MembershipQueue memberships={memberships} locale={locale} outcome={outcome} action={decideMembershipAction} />
      <InterestList hromadas={interest} locale={locale} />
    </div>
  );
}
