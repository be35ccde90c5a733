import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listMailbox } from "@/server/mail/mailbox";
import { attachmentsOf } from "@/server/mail/outbox";
import { formatZoned } from "@/lib/interpretation/time-zones";
import { viewerTimeZone } from "@/server/interpretation/viewer-zone";

type Props = PageProps<"/[locale]/dev/mailbox">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accounts.mailbox" });
  return { title: t("title"), robots: { index: false } };
}

const LINK = /https?:\/\/[^\s<>"]+/g;

export default async function MailboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const mails = await listMailbox();
  // Outside demo mode the page does not exist.
  if (!mails) notFound();
  const t = await getTranslations("accounts.mailbox");
  const tContact = await getTranslations("contact.mailbox");
  const tMail = await getTranslations("interpretation.mailbox");
  // Times name their zone: the reader's own where the portal knows it, otherwise Kyiv's.
  const zone = await viewerTimeZone();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {mails.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-6">
          {mails.map((mail) => {
            const links = [...new Set(mail.text.match(LINK) ?? [])];
            return (
              <li key={mail.id}>
                <article aria-labelledby={`mail-${mail.id}`} className="space-y-2 rounded border border-slate-400 p-4">
                  <h2 id={`mail-${mail.id}`} className="text-lg font-semibold">
                    {mail.subject}
                  </h2>
                  <p className="text-sm text-slate-800">
                    {t("to")}: <span data-testid="mail-to">{mail.to}</span> · {t("written")}:{" "}
                    <time dateTime={mail.createdAt.toISOString()}>{formatZoned(mail.createdAt, zone, locale, "short")}</time> · {t(`status.${mail.status}`)}
                    {mail.replyTo && (
                      <>
                        {" "}
                        · {tContact("replyTo")}: <span data-testid="mail-reply-to">{mail.replyTo}</span>
                      </>
                    )}
                  </p>
                  <pre className="whitespace-pre-wrap break-all font-sans">{mail.text}</pre>
                  {attachmentsOf(mail.attachments).map((file) => (
                    <details key={file.filename}>
                      <summary>{tMail("attachment", { filename: file.filename, type: file.contentType.split(";")[0] })}</summary>
                      <pre data-testid="mail-attachment" className="text-sm whitespace-pre-wrap [overflow-wrap:anywhere]">
                        {file.content}
                      </pre>
                    </details>
                  ))}
                  {links.length > 0 && (
                    <>
                      <h3 className="font-semibold">{t("links")}</h3>
                      <ul>
                        {links.map((href) => (
                          <li key={href}>
                            <a href={href} className="break-all">
                              {href}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
