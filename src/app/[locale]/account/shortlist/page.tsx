import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MunicipalityName } from "@/components/municipality-name";
import { ShortlistNotice } from "@/components/shortlist/notice";
import { regionName } from "@/lib/region-names";
import { guardPage } from "@/server/auth/guard";
import { COMPARE_LIMIT } from "@/server/shortlist/compare";
import { listShortlist } from "@/server/shortlist/shortlist";
import { shortlistAction } from "./actions";

type Props = PageProps<"/[locale]/account/shortlist">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "shortlist" });
  return { title: t("title"), robots: { index: false } };
}

/** The hromadas an EU municipality's staff member keeps, to compare up to four side by side. */
export default async function ShortlistPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Anyone who keeps no shortlist (not EU staff) gets a 404, audited; the signed-out sign in.
  const items = await guardPage((principal) => listShortlist(principal), "signedIn");
  const t = await getTranslations("shortlist");
  const format = await getFormatter();
  const { shortlist: notice } = await searchParams;
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/account">{t("backToAccount")}</Link>
      </nav>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro", { limit: COMPARE_LIMIT })}</p>
      <ShortlistNotice notice={notice} />
      {items.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.rich("empty", { link: (chunks) => <Link href="/municipalities">{chunks}</Link> })}</p>
      ) : (
        <>
          {/* The compare form's checkboxes sit in the list beside each item's remove form (forms
              cannot nest): each names the compare form with its `form` attribute. */}
          <form id="compare-form" method="get" action={`/${locale}/account/shortlist/compare`} />
          <fieldset className="space-y-3">
            <legend className="text-xl font-semibold">{t("choose", { limit: COMPARE_LIMIT })}</legend>
            <ul className="space-y-3">
              {items.map((m) => (
                <li key={m.slug} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 p-3">
                  {/* eslint-disable-next-line jsx-a11y/label-has-associated-control -- its text is the name <MunicipalityName> renders */}
                  <label className="flex min-h-8 items-center gap-3">
                    <input type="checkbox" name="m" value={m.slug} form="compare-form" className="size-5 shrink-0" />
                    <span>
                      <span className="font-semibold">
                        <MunicipalityName nameEn={m.nameEn} nameUk={m.nameUk} locale={locale} />
                      </span>
                      <span className="block text-sm text-slate-800">
                        {[
                          m.regionSlug ? regionName(locale, { slug: m.regionSlug, nameEn: m.regionEn, nameUk: m.regionUk }) : null,
                          m.population !== null ? t("population", { formatted: format.number(m.population) }) : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </span>
                    </span>
                  </label>
                  <span className="flex flex-wrap items-center gap-3">
                    <Link href={`/municipalities/${m.slug}`}>{t("profileLink", { name: locale === "uk" ? (m.nameUk ?? m.nameEn) : m.nameEn })}</Link>
                    <form action={shortlistAction}>
                      <input type="hidden" name="municipality" value={m.slug} />
                      <input type="hidden" name="op" value="remove" />
                      <input type="hidden" name="from" value="shortlist" />
                      <button type="submit" className="btn-secondary">
                        {t("remove", { name: locale === "uk" ? (m.nameUk ?? m.nameEn) : m.nameEn })}
                      </button>
                    </form>
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" form="compare-form" className="btn">
            {t("compareButton")}
          </button>
        </>
      )}
    </div>
  );
}
