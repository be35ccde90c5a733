import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { readConversation } from "@/server/conversations/read";
import { ClientMessages } from "@/components/client-messages";
import { MessageForm } from "@/components/conversations/message-form";
import { MessageText } from "@/components/conversations/message-text";
import { languageName } from "@/lib/intl-names";
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, MESSAGE_LANGUAGES, MESSAGE_MAX_CHARS } from "@/lib/conversations/limits";
import { routing } from "@/i18n/routing";
import { postMessageAction } from "./actions";

type Props = PageProps<"/[locale]/inbox/[id]">;

const idOf = (raw: string) => (/^\d{1,10}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "conversations.inbox" });
  return { title: t("title"), robots: { index: false } };
}

/** One conversation: its messages, oldest first, and the form to write. Participants only (404 for anyone else). */
export default async function ConversationPage({ params, searchParams }: Props) {
  const { locale, id: raw } = await params;
  setRequestLocale(locale);
  const id = idOf(raw);
  if (id === null) notFound();
  const c = await guardPage((principal) => readConversation(principal, id), "signedIn");
  const t = await getTranslations("conversations");
  const format = await getFormatter();
  const sent = (await searchParams).notice === "sent";
  const ukrainian = locale === "uk" ? (c.ukrainian.nameUk ?? c.ukrainian.nameEn) : c.ukrainian.nameEn;
  const title = c.requestReference
    ? t("page.requestTitle", { reference: c.requestReference, eu: c.euName, ukrainian })
    : t("page.partnershipTitle", { eu: c.euName, ukrainian });
  const languageLabel = (code: string) => (code === "other" ? t("page.languageOther") : languageName(code, locale));
  const languages = MESSAGE_LANGUAGES.map((code) => ({ code, name: code === "other" ? t("form.other") : languageName(code, locale) }));
  const requestPage = c.requestReference
    ? c.isCoordinator
      ? `/coordinator/requests/${c.requestReference}`
      : c.isRequester
        ? `/account/requests/${c.requestReference}`
        : null
    : null;
  const size = (bytes: number) =>
    format.number(bytes / 1024 / 1024 < 1 ? Math.ceil(bytes / 1024) : Math.round((bytes / 1024 / 1024) * 10) / 10, {
      style: "unit",
      unit: bytes < 1024 * 1024 ? "kilobyte" : "megabyte",
      unitDisplay: "short",
    });
  return (
    <div className="max-w-3xl space-y-8">
      <nav aria-label={t("page.breadcrumb")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/inbox">{t("page.backToInbox")}</Link>
          </li>
          {requestPage && (
            <li>
              <Link href={requestPage}>{t("page.toRequest")}</Link>
            </li>
          )}
          {c.partnershipId && (
            <li>
              <Link href={`/partnerships/${c.partnershipId}`}>{t("page.toPartnership")}</Link>
            </li>
          )}
        </ul>
      </nav>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p>{t("page.who")}</p>
      {sent && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {t("page.sent")}
        </p>
      )}
      <section aria-labelledby="messages" className="space-y-4">
        <h2 id="messages" className="text-2xl font-semibold text-brand-900">
          {t("page.messages")}
        </h2>
        {c.messages.length === 0 ? (
          <p>{t("page.empty")}</p>
        ) : (
          <ol className="space-y-4">
            {c.messages.map((m) => (
              <li key={m.id} id={`message-${m.id}`} className={`rounded border p-4 ${m.mine ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-white"}`}>
                <article aria-labelledby={`message-${m.id}-by`} className="space-y-2">
                  <header className="flex flex-wrap justify-between gap-x-4 text-sm text-slate-700">
                    <h3 id={`message-${m.id}-by`} className="font-semibold text-slate-900">
                      {m.mine ? t("page.you") : (m.authorName ?? t("page.someone"))} <span className="font-normal">({t(`page.sides.${m.side}`)})</span>
                    </h3>
                    <span>
                      <time dateTime={m.createdAt.toISOString()}>
                        {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Kyiv" })}
                      </time>
                      {" · "}
                      {t("page.writtenIn", { language: languageLabel(m.language) })}
                    </span>
                  </header>
                  <MessageText text={m.body} lang={m.language === "other" ? undefined : m.language} />
                  {m.attachments.length > 0 && (
                    <div>
                      <h4 className="text-sm font-semibold">{t("page.files")}</h4>
                      <ul className="list-disc pl-6">
                        {m.attachments.map((a) => (
                          <li key={a.id}>
                            <a href={`/${locale}/inbox/${c.id}/attachments/${a.id}`} download={a.fileName} className="break-all">
                              {t("page.download", { name: a.fileName, size: size(a.size) })}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="write" className="space-y-3">
        <h2 id="write" className="text-2xl font-semibold text-brand-900">
          {t("form.title")}
        </h2>
        <ClientMessages namespaces={["conversations.form", "error"]}>
          <MessageForm
            action={postMessageAction}
            conversation={c.id}
            defaultLanguage={(routing.locales as readonly string[]).includes(locale) ? locale : "en"}
            languages={languages}
            limits={{ max: MESSAGE_MAX_CHARS, count: MAX_ATTACHMENTS, mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 }}
          />
        </ClientMessages>
      </section>
    </div>
  );
}
