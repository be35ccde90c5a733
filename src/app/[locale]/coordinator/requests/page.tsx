import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { municipalityHrefForCoordinators } from "@/lib/municipality-href";
import { guardPage } from "@/server/auth/guard";
import { currentPrincipal } from "@/server/auth/session";
import { listRequestQueue, parseQueueFilter, queueFilterChoices, queueSearch, type QueueFilter } from "@/server/requests/queue";
import { MunicipalityName } from "@/components/municipality-name";
import { Pagination } from "@/components/pagination";
import { countryName } from "@/lib/intl-names";
import { ScrollTable } from "@/components/scroll-table";
import { ClientMessages } from "@/components/client-messages";
import { QueueFilters } from "@/components/desk/queue-filters";
import { BulkActions } from "@/components/desk/bulk-actions";
import { bulkRequestsAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator/requests">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "coordinator.queue" });
  return { title: t("requests"), robots: { index: false } };
}

/** The coordinators' request queue: searchable, filtered in the URL, paged; rows selected for the bulk actions. */
export default async function RequestQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filter = parseQueueFilter(await searchParams);
  const [queue, choices] = await guardPage((principal) => Promise.all([listRequestQueue(principal, filter), queueFilterChoices(principal)]));
  const me = (await currentPrincipal())?.userId ?? "";
  const t = await getTranslations("coordinator");
  const tDesk = await getTranslations("desk");
  const tVoice = await getTranslations("voice.queue");
  const tInterpretation = await getTranslations("interpretation");
  const format = await getFormatter();
  const now = Date.now();
  const href = (f: Partial<QueueFilter>) => `/coordinator/requests${queueSearch({ ...filter, ...f })}`;

  return (
    <div className="space-y-8">
      <p>
        <Link href="/coordinator">{tDesk("queue.back")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("queue.requests")}</h1>
        <p className="max-w-3xl">{tDesk("queue.intro")}</p>
      </header>

      <QueueFilters filter={filter} choices={choices} locale={locale} />
      <p>
        {/* A plain link: a route handler, never prefetched. */}
        <a href={`/${locale}/coordinator/export/requests${queueSearch({ ...filter, page: 1 })}`} download>
          {(await getTranslations("openData.coordinator"))("requestsCsv")}
        </a>
      </p>

      {queue.rows.length === 0 ? (
        <p role="status">{t("queue.empty")}</p>
      ) : (
        <>
          <ClientMessages namespaces={["desk.bulk", "error"]}>
            <BulkActions action={bulkRequestsAction} coordinators={choices.coordinators} me={me} />
          </ClientMessages>
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
                  <span className="sr-only">{tDesk("queue.select")}</span>
                </th>
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
                  {tDesk("queue.assignee")}
                </th>
                <th scope="col" className="p-2">
                  {tVoice("column")}
                </th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((r) => (
                <tr key={r.reference} className="border-b border-slate-200">
                  <td className="p-2">
                    {/* Belongs to the bulk form above (the `form` attribute), so the table stays a plain table. */}
                    <input
                      type="checkbox"
                      name="reference"
                      value={r.reference}
                      form="bulk-form"
                      id={`select-${r.reference}`}
                      aria-label={tDesk("queue.selectOne", { reference: r.reference })}
                      className="h-6 w-6"
                    />
                  </td>
                  <th scope="row" className="p-2 font-mono">
                    <Link href={`/coordinator/requests/${r.reference}`}>{r.reference}</Link>
                  </th>
                  <td className="p-2">
                    <time dateTime={r.submittedAt.toISOString()}>{format.dateTime(r.submittedAt, { dateStyle: "medium" })}</time>{" "}
                    <span className="text-slate-700">({t("queue.waiting", { days: Math.floor((now - r.submittedAt.getTime()) / 86_400_000) })})</span>
                    {r.overdue && <strong className="mt-1 block w-fit rounded border border-red-800 px-1 text-red-900">{tDesk("queue.overdue")}</strong>}
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
                    {r.assignee ? r.assignee.me ? tDesk("queue.you") : r.assignee.name : <span className="text-slate-700">{tDesk("queue.nobody")}</span>}
                  </td>
                  <td className="p-2">
                    {r.direction === "TO_EU" ? tVoice("proposed") : r.hromadaAnswer ? tVoice(`choices.${r.hromadaAnswer}`) : tVoice("notYet")}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
      <Pagination page={filter.page} pageCount={queue.pages} hrefFor={(page) => href({ page })} />
    </div>
  );
}
