import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactLine, ReviewDates, StatementSection } from "@/components/statement-parts";

type Props = PageProps<"/[locale]/accessibility">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "statements.accessibility" });
  return { title: t("title") };
}

/** The accessibility statement, on the model of Commission Implementing Decision (EU) 2018/1523. */
export default async function AccessibilityStatementPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("statements.accessibility");
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <StatementSection id="status" title={t("status.title")}>
        <p>{t("status.body")}</p>
      </StatementSection>
      <StatementSection id="not-accessible" title={t("notAccessible.title")}>
        <p>{t("notAccessible.intro")}</p>
        <h3 className="text-xl font-semibold">{t("notAccessible.nonCompliance")}</h3>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("notAccessible.languages")}</li>
          <li>{t("notAccessible.funding")}</li>
          <li>{t("notAccessible.map")}</li>
        </ul>
        <h3 className="text-xl font-semibold">{t("notAccessible.thirdParty")}</h3>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("notAccessible.links")}</li>
        </ul>
      </StatementSection>
      <StatementSection id="preparation" title={t("preparation.title")}>
        <p>{t("preparation.method")}</p>
        <ReviewDates />
      </StatementSection>
      <StatementSection id="alternatives" title={t("alternatives.title")}>
        <p>{t("alternatives.body")}</p>
      </StatementSection>
      <StatementSection id="feedback" title={t("feedback.title")}>
        <p>{t("feedback.body")}</p>
        <ContactLine />
      </StatementSection>
      <StatementSection id="enforcement" title={t("enforcement.title")}>
        <p>{t.rich("enforcement.body", { link: (chunks) => <a href="https://www.digg.se/">{chunks}</a> })}</p>
      </StatementSection>
    </article>
  );
}
