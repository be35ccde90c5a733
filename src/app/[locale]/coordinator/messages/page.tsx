import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { INBOX_VIEWS, listContactMessages, type InboxView } from "@/server/contact/inbox";
import { Pagination } from "@/components/pagination";
import { ScrollTable } from "@/components/scroll-table";

type Props = PageProps<"/[locale]/coordinator/messages">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contact.inbox" });
  return { title: t("title"), robots: { index: false } };
}

/** The contact form's messages, for the coordinators (contactMessage.read): open ones first, oldest first. */
export default async function ContactInboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const view: InboxView = INBOX_VIEWS.find((v) => v === query.view) ?? "open";
  const pageNumber = Number.parseInt(typeof query.page === "string" ? query.page : "1", 10);
  const page = Number.isSafeInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 10_000 ? pageNumber : 1;
  const inbox = await guardPage((principal) => listContactMessages(principal, view, page));
  const t = await getTranslations("contact.inbox");
  const format = await getFormatter();
  const href = (v: InboxView, p = 1) =>
    `/coordinator/messages${v === "answered" ? "?view=answered" : ""}${p > 1 ? `${v === "answered" ? "&" : "?"}page=${p}` : ""}`;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/coordinator">{t("back")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>
      <nav aria-label={t("views")}>
        <ul className="flex flex-wrap gap-4">
          {INBOX_VIEWS.map((v) => (
            <li key={v}>
              <Link href={href(v)} aria-current={v === view ? "page" : undefined} className={v === view ? "font-semibold" : undefined}>
                {v === "open" ? t("openView", { count: inbox.open }) : t("answeredView")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {inbox.rows.length === 0 ? (
        <p role="status">{view === "open" ? t("emptyOpen") : t("emptyAnswered")}</p>
      ) : (
        <ScrollTable
          captionId="inbox-caption"
          caption={view === "open" ? t("captionOpen", { count: inbox.total }) : t("captionAnswered", { count: inbox.total })}
        >
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                {t("columns.subject")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.from")}
              </th>
              <th scope="col" className="p-2">
                {view === "open" ? t("columns.received") : t("columns.answered")}
              </th>
            </tr>
          </thead>
          <tbody>
            {inbox.rows.map((m) => {
              const at = view === "open" ? m.receivedAt : (m.answeredAt ?? m.receivedAt);
              return (
                <tr key={m.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2">
                    <Link href={`/coordinator/messages/${m.id}`}>{m.subject}</Link>
                  </th>
                  <td className="p-2">
                    {m.name}
                    {m.organisation && <span className="text-slate-700"> ({m.organisation})</span>}
                  </td>
                  <td className="p-2">
                    <time dateTime={at.toISOString()}>{format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      <Pagination page={page} pageCount={inbox.pages} hrefFor={(p) => href(view, p)} />
    </div>
  );
}
