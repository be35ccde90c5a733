import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { municipalityHrefForCoordinators } from "@/lib/municipality-href";
import { guardPage } from "@/server/auth/guard";
import { currentPrincipal } from "@/server/auth/session";
import { listRequestQueue, parseQueueFilter, QUEUE_AGES, QUEUE_STATUSES, type QueueFilter } from "@/server/requests/queue";
import { listPendingMemberships } from "@/server/memberships/decide-membership";
import { countOpenContactMessages } from "@/server/contact/inbox";
import { MunicipalityName } from "@/components/municipality-name";
import { Pagination } from "@/components/pagination";
import { MembershipQueue } from "@/components/coordinator/membership-queue";
import { countryName } from "@/lib/intl-names";
import { decideMembershipAction } from "./actions";
import { ScrollTable } from "@/components/scroll-table";
import { InterestList } from "@/components/coordinator/interest-list";
import { listPartnerInterest } from "@/server/register/interest";

type Props = PageProps<"/[locale]/coordinator">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "coordinator.queue" });
  return { title: t("title"), robots: { index: false } };
}

const MEMBERSHIP_OUTCOMES = ["confirmed", "rejected", "alreadyDecided", "notFound", "unexpected"] as const;

export default async function CoordinatorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const filter = parseQueueFilter(query);
  const [queue, memberships, openMessages] = await guardPage((principal) =>
    Promise.all([listRequestQueue(principal, filter), listPendingMemberships(principal), countOpenContactMessages(principal)]),
  );
  const interest = await guardPage((principal) => listPartnerInterest(principal));
  const t = await getTranslations("coordinator");
  const tVoice = await getTranslations("voice.queue");
  const tAudit = await getTranslations("audit");
  const tContact = await getTranslations("contact.inbox");
  const tImport = await getTranslations("partnershipImport");
  const tJoin = await getTranslations("join.queue");
  const tBackOffice = await getTranslations("backOffice");
  const tInterpretation = await getTranslations("interpretation");
  // Only which links to show: the roles page checks role.grant itself.
  const isAdministrator = (await currentPrincipal())?.globalRole === "ADMINISTRATOR";
  const format = await getFormatter();
  const now = Date.now();
  const href = (f: Partial<QueueFilter>) => {
    const next = { ...filter, ...f };
    const search = new URLSearchParams();
    if (next.status !== "open") search.set("status", next.status);
    if (next.age !== "any") search.set("age", next.age);
    if (next.page > 1) search.set("page", String(next.page));
    const qs = search.toString();
    return `/coordinator${qs ? `?${qs}` : ""}`;
  };
  const outcome = MEMBERSHIP_OUTCOMES.find((o) => o === query.membership);

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("queue.title")}</h1>
        <p className="max-w-3xl">{t("queue.intro")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link href="/coordinator/messages">{tContact("deskLink", { count: openMessages })}</Link>
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

      <section aria-labelledby="requests" className="space-y-4">
        <h2 id="requests" className="text-2xl font-semibold text-brand-900">
          {t("queue.requests")}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t("queue.filters")}>
          <div>
            <label htmlFor="status" className="field-label">
              {t("queue.statusLabel")}
            </label>
            <select id="status" name="status" defaultValue={filter.status} className="input">
              {QUEUE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`queue.statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="age" className="field-label">
              {t("queue.ageLabel")}
            </label>
            <select id="age" name="age" defaultValue={filter.age} className="input">
              {QUEUE_AGES.map((a) => (
                <option key={a} value={a}>
                  {t(`queue.ages.${a}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn">
            {t("queue.apply")}
          </button>
        </form>
        <p>
          {/* A plain link: a route handler, never prefetched. */}
          <a href={`/${locale}/coordinator/export/requests${href({ page: 1 }).replace(/^\/coordinator/, "")}`} download>
            {(await getTranslations("openData.coordinator"))("requestsCsv")}
          </a>
        </p>

        {queue.rows.length === 0 ? (
          <p role="status">{t("queue.empty")}</p>
        ) : (
          <ScrollTable
            captionId="queue-caption"
            caption={
              <>
                {t("queue.caption", { count: queue.total })}
                {queue.pages > 1 && <> · {t("queue.page", { page: filter.page, pages: queue.pages })}</>}
              </>
            }
          >
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  {t("queue.columns.reference")}
                </th>
                <th scope="col" className="p-2">
                  {t("queue.columns.submitted")}
                </th>
                <th scope="col" className="p-2">
                  {t("queue.columns.ukrainian")}
                </th>
                <th scope="col" className="p-2">
                  {t("queue.columns.eu")}
                </th>
                <th scope="col" className="p-2">
                  {t("queue.columns.status")}
                </th>
                <th scope="col" className="p-2">
                  {tVoice("column")}
                </th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((r) => (
                <tr key={r.reference} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-mono">
                    <Link href={`/coordinator/requests/${r.reference}`}>{r.reference}</Link>
                  </th>
                  <td className="p-2">
                    <time dateTime={r.submittedAt.toISOString()}>{format.dateTime(r.submittedAt, { dateStyle: "medium" })}</time>{" "}
                    <span className="text-slate-700">({t("queue.waiting", { days: Math.floor((now - r.submittedAt.getTime()) / 86_400_000) })})</span>
                  </td>
                  <td className="p-2">
                    <Link href={municipalityHrefForCoordinators(r.ukrainian)}>
                      <MunicipalityName nameEn={r.ukrainian.nameEn} nameUk={r.ukrainian.nameUk} locale={locale} withOriginal={false} />
                    </Link>
                  </td>
                  <td className="p-2">
                    {r.eu.slug && r.eu.status ? (
                      <Link href={municipalityHrefForCoordinators({ slug: r.eu.slug, status: r.eu.status })}>{r.eu.name}</Link>
                    ) : (
                      r.eu.name
                    )}
                    {r.eu.country && <>, {countryName(r.eu.country, locale)}</>}
                    {!r.eu.inPortal && <span className="text-slate-700"> ({t("queue.notInPortal")})</span>}
                  </td>
                  <td className="p-2">
                    {t(`status.${r.status}`)}
                    {r.interpretation && <span className="block text-slate-700">{tInterpretation(`queue.${r.interpretation}`)}</span>}
                  </td>
                  <td className="p-2">
                    {r.direction === "TO_EU" ? tVoice("proposed") : r.hromadaAnswer ? tVoice(`choices.${r.hromadaAnswer}`) : tVoice("notYet")}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
        <Pagination page={filter.page} pageCount={queue.pages} hrefFor={(page) => href({ page })} />
      </section>

      <MembershipQueue memberships={memberships} locale={locale} outcome={outcome} action={decideMembershipAction} />
      <InterestList hromadas={interest} locale={locale} />
    </div>
  );
}
