import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ClientMessages } from "@/components/client-messages";
import { ContactForm } from "@/components/contact/contact-form";
import { FactList } from "@/components/fact-list";
import { CONTACT_RETENTION_DAYS } from "@/server/contact/personal-data";
import { sendContactMessageAction } from "./actions";

type Props = PageProps<"/[locale]/contact">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contact.page" });
  return { title: t("title") };
}

/** Write to the network's coordinators: for anyone, no account needed. */
export default async function ContactPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("contact");
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("page.title")}</h1>
        <p>{t("page.intro")}</p>
      </header>
      <ClientMessages namespaces={["contact.form", "error"]}>
        <ContactForm action={sendContactMessageAction} />
      </ClientMessages>
      <section aria-labelledby="kept" className="space-y-2 rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="kept" className="text-xl font-semibold text-brand-900">
          {t("privacy.title")}
        </h2>
        <FactList
          facts={[
            [t("privacy.whatLabel"), t("privacy.what")],
            [t("privacy.whyLabel"), t("privacy.why")],
            [t("privacy.howLongLabel"), t("privacy.howLong", { days: CONTACT_RETENTION_DAYS })],
          ]}
        />
        <p>{t.rich("page.privacyLink", { link: (chunks) => <Link href="/privacy">{chunks}</Link> })}</p>
      </section>
    </div>
  );
}
