import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { listInbox } from "@/server/conversations/inbox";

type Props = PageProps<"/[locale]/inbox">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "conversations.inbox" });
  return { title: t("title"), robots: { index: false } };
}

/** The signed-in person's conversations, the most recently active first, with their unread counts. */
export default async function InboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const conversations = await guardPage((principal) => listInbox(principal), "signedIn");
  const t = await getTranslations("conversations.inbox");
  const format = await getFormatter();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/account#notifications">{t("settings")}</Link>
      </p>
      {conversations.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-300 border-y border-slate-300">
          {conversations.map((c) => {
            const ukrainian = locale === "uk" ? (c.ukrainian.nameUk ?? c.ukrainian.nameEn) : c.ukrainian.nameEn;
            return (
              <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
                <span className="min-w-0">
                  <Link href={`/inbox/${c.id}`} className={c.unread > 0 ? "font-bold" : undefined}>
                    {c.reference ? t("request", { reference: c.reference }) : t("partnership")}: {t("pair", { eu: c.euName, ukrainian })}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {t("last", { time: format.dateTime(c.lastMessageAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Kyiv" }) })}
                  </span>
                </span>
                <span className={c.unread > 0 ? "rounded bg-brand-900 px-2 py-0.5 text-sm font-semibold text-white" : "text-sm text-slate-700"}>
                  {t("unread", { count: c.unread })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
