import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { DomainError } from "@/server/errors";
import { getContactMessage } from "@/server/contact/inbox";
import { ClientMessages } from "@/components/client-messages";
import { FactList } from "@/components/fact-list";
import { AnswerForm } from "@/components/contact/answer-form";
import { endonym } from "@/lib/intl-names";
import { answerContactMessageAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator/messages/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contact.message" });
  return { title: t("title"), robots: { index: false } };
}

/** One contact message, and the coordinator's answer by e-mail (contactMessage.read, .answer); others get a 404. */
export default async function ContactMessagePage({ params, searchParams }: Props) {
  const { locale, id: raw } = await params;
  setRequestLocale(locale);
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  const m = await guardPage(async (principal) => {
    const found = await getContactMessage(principal, id);
    if (!found) throw new DomainError("notFound");
    return found;
  });
  if (!m) notFound();
  const answered = (await searchParams).answered === "1";
  const t = await getTranslations("contact.message");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href="/coordinator/messages">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("heading", { subject: m.subject })}</h1>
      {answered && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {t("sent", { email: m.email })}
        </p>
      )}
      <FactList
        facts={[
          [t("from"), m.name],
          [
            t("email"),
            <a key="email" href={`mailto:${m.email}`}>
              {m.email}
            </a>,
          ],
          ...(m.organisation ? ([[t("organisation"), m.organisation]] as [string, string][]) : []),
          [t("received"), when(m.receivedAt)],
          [t("language"), endonym(m.locale)],
        ]}
      />
      <section aria-labelledby="text" className="space-y-2">
        <h2 id="text" className="text-2xl font-semibold text-brand-900">
          {t("text")}
        </h2>
        <blockquote className="whitespace-pre-line border-l-4 border-slate-300 pl-3">{m.message}</blockquote>
      </section>
      <section aria-labelledby="answer-title" className="space-y-3">
        <h2 id="answer-title" className="text-2xl font-semibold text-brand-900">
          {t("answerTitle")}
        </h2>
        {m.answeredAt ? (
          <>
            <p>{m.answeredBy ? t("answeredBy", { who: m.answeredBy, when: when(m.answeredAt) }) : t("answeredAt", { when: when(m.answeredAt) })}</p>
            <blockquote className="whitespace-pre-line border-l-4 border-emerald-700 pl-3">{m.answer}</blockquote>
          </>
        ) : (
          <>
            <p>{t("answerIntro", { language: endonym(m.locale) })}</p>
            <ClientMessages namespaces={["contact.answer", "error"]}>
              <AnswerForm action={answerContactMessageAction} id={m.id} to={m.email} />
            </ClientMessages>
          </>
        )}
      </section>
    </div>
  );
}
