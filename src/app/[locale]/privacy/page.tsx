import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { FactList } from "@/components/fact-list";
import { ContactLine, ReviewDates, StatementSection } from "@/components/statement-parts";
import { retentionPeriods } from "@/server/privacy/retention";
import { CONTACT_RETENTION_DAYS } from "@/server/contact/personal-data";
import { FORMER_INTERPRETER_RETENTION_DAYS } from "@/server/interpretation/personal-data";
import { env } from "@/server/env";

type Props = PageProps<"/[locale]/privacy">;

/** The kinds of personal data the portal keeps, in the order the notice explains them. */
const KINDS = ["contacts", "accounts", "requests", "mail", "audit", "abuse"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "statements.privacy" });
  return { title: t("title") };
}

/** The privacy notice: what personal data is kept, why, for how long, and how to export or erase it. */
export default async function PrivacyNoticePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("statements.privacy");
  const tJoin = await getTranslations("join.privacy");
  // The periods as configured (src/server/env.ts), so the notice says what the purge does.
  const periods = retentionPeriods();
  const tContact = await getTranslations("contact");
  const tConversations = await getTranslations("conversations.privacy");
  const tInterpretation = await getTranslations("interpretation.privacy");
  const tSaved = await getTranslations("savedSearches.privacy");
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <StatementSection id="controller" title={t("controller.title")}>
        <p>{t("controller.body")}</p>
      </StatementSection>
      <StatementSection id="data" title={t("data.title")}>
        {KINDS.map((kind) => (
          <section key={kind} aria-labelledby={`data-${kind}`} className="space-y-2">
            <h3 id={`data-${kind}`} className="text-xl font-semibold">
              {t(`data.${kind}.title`)}
            </h3>
            <FactList
              facts={[
                [t("data.what"), t(`data.${kind}.what`)],
                [t("data.why"), t(`data.${kind}.why`)],
                [t("data.howLong"), t(`data.${kind}.howLong`, periods)],
              ]}
            />
          </section>
        ))}
        <section aria-labelledby="data-join" className="space-y-2">
          <h3 id="data-join" className="text-xl font-semibold">
            {tJoin("title")}
          </h3>
          <FactList
            facts={[
              [t("data.what"), tJoin("what")],
              [t("data.why"), tJoin("why")],
              [t("data.howLong"), tJoin("howLong")],
            ]}
          />
        </section>
        {/* Messages sent on the contact form (src/server/contact), with their own catalogue. */}
        <section aria-labelledby="data-contactMessages" className="space-y-2">
          <h3 id="data-contactMessages" className="text-xl font-semibold">
            {tContact("privacy.noticeTitle")}
          </h3>
          <FactList
            facts={[
              [t("data.what"), tContact("privacy.what")],
              [t("data.why"), tContact("privacy.why")],
              [t("data.howLong"), tContact("privacy.howLong", { days: CONTACT_RETENTION_DAYS })],
            ]}
          />
          <p>{tContact.rich("privacy.form", { link: (chunks) => <Link href="/contact">{chunks}</Link> })}</p>
        </section>
        {/* Conversations of requests and partnerships (src/server/conversations), with their own catalogue. */}
        <section aria-labelledby="data-conversations" className="space-y-2">
          <h3 id="data-conversations" className="text-xl font-semibold">
            {tConversations("title")}
          </h3>
          <FactList
            facts={[
              [t("data.what"), tConversations("what")],
              [t("data.why"), tConversations("why")],
              [t("data.howLong"), tConversations("howLong", { days: env.RETENTION_CONVERSATION_DAYS })],
            ]}
          />
        </section>
        {/* The network's interpreters and the partnerships' meetings (src/server/interpretation). */}
        <section aria-labelledby="data-interpretation" className="space-y-2">
          <h3 id="data-interpretation" className="text-xl font-semibold">
            {tInterpretation("title")}
          </h3>
          <FactList
            facts={[
              [t("data.what"), tInterpretation("what")],
              [t("data.why"), tInterpretation("why")],
              [t("data.howLong"), tInterpretation("howLong", { days: FORMER_INTERPRETER_RETENTION_DAYS })],
            ]}
          />
        </section>
        {/* EU staff's saved catalogue searches (src/server/saved-searches), with their own catalogue. */}
        <section aria-labelledby="data-savedSearches" className="space-y-2">
          <h3 id="data-savedSearches" className="text-xl font-semibold">
            {tSaved("title")}
          </h3>
          <FactList
            facts={[
              [t("data.what"), tSaved("what")],
              [t("data.why"), tSaved("why")],
              [t("data.howLong"), tSaved("howLong")],
            ]}
          />
        </section>
      </StatementSection>
      <StatementSection id="cookies" title={t("cookies.title")}>
        <p>{t("cookies.body")}</p>
      </StatementSection>
      <StatementSection id="rights" title={t("rights.title")}>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t.rich("rights.export", { link: (chunks) => <Link href="/account/data">{chunks}</Link> })}</li>
          <li>{t.rich("rights.delete", { link: (chunks) => <Link href="/account/delete">{chunks}</Link> })}</li>
          <li>{t("rights.contact")}</li>
          <li>{t("rights.other")}</li>
        </ul>
      </StatementSection>
      <StatementSection id="contact" title={t("contact.title")}>
        <ContactLine />
        <ReviewDates />
      </StatementSection>
    </article>
  );
}
