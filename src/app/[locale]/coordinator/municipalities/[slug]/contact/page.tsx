import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { getContactForErasure } from "@/server/privacy/erase-contact";
import { localised } from "@/components/municipality-name";
import { EraseContactForm } from "@/components/privacy/erase-contact-form";
import { eraseContactAction } from "./actions";
import { ClientMessages } from "@/components/client-messages";

type Props = PageProps<"/[locale]/coordinator/municipalities/[slug]/contact">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy.erase" });
  return { title: t("pageTitle"), robots: { index: false } };
}

/** A coordinator erases a municipality's contact person (contact.erase); others get a 404, audited. */
export default async function EraseContactPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const m = await guardPage((principal) => getContactForErasure(principal, slug));
  const erased = (await searchParams).erased === "1";
  const t = await getTranslations("privacy.erase");
  const tContact = await getTranslations("privacy.contact");
  const name = m.country === "UA" ? (localised(locale, m.nameEn, m.nameUk) ?? m.nameEn) : (m.nameLocal ?? m.nameEn);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title", { municipality: name })}</h1>
      {erased && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {t("done")}
        </p>
      )}
      <p>{t("intro")}</p>
      {!m.hasContact ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <section aria-labelledby="current" className="space-y-2 rounded border border-slate-300 p-4">
            <h2 id="current" className="text-xl font-semibold text-brand-900">
              {t("current")}
            </h2>
            <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1">
              {(
                [
                  ["name", m.contactName],
                  ["role", m.contactRole],
                  ["email", m.contactEmail],
                  ["phone", m.contactPhone],
                ] as const
              )
                .filter(([, value]) => value)
                .map(([key, value]) => (
                  <div key={key} className="contents">
                    <dt className="font-semibold">{tContact(key)}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
            </dl>
          </section>
          {m.account && <p className="font-semibold">{m.account.networkRole ? t("networkAccount") : t("account")}</p>}
          {!m.account?.networkRole && (
            <ClientMessages namespaces={["privacy.erase", "error"]}>
              <EraseContactForm action={eraseContactAction} slug={m.slug} />
            </ClientMessages>
          )}
        </>
      )}
      <p>{m.country === "UA" ? <Link href={`/municipalities/${m.slug}`}>{t("back")}</Link> : <Link href="/coordinator">{t("back")}</Link>}</p>
    </div>
  );
}
