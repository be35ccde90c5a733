import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SavedSearchNotice } from "@/components/saved-searches/notice";
import { SAVED_SEARCH_LIMIT, SAVED_SEARCH_NAME_MAX } from "@/lib/saved-searches/limits";
import { guardPage } from "@/server/auth/guard";
import { listSavedSearches } from "@/server/saved-searches/saved-searches";
import { deleteSavedSearchAction, renameSavedSearchAction } from "./actions";

type Props = PageProps<"/[locale]/account/saved-searches">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "savedSearches" });
  return { title: t("title"), robots: { index: false } };
}

/** The catalogue searches an EU municipality's staff member saved: open, rename, delete. */
export default async function SavedSearchesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Anyone who may keep none (not EU staff) gets a 404, audited; the signed-out sign in.
  const items = await guardPage((principal) => listSavedSearches(principal), "signedIn");
  const t = await getTranslations("savedSearches");
  const format = await getFormatter();
  const { notice } = await searchParams;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Europe/Kyiv" });
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/account">{t("backToAccount")}</Link>
      </nav>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro", { limit: SAVED_SEARCH_LIMIT })}</p>
      <SavedSearchNotice notice={notice} id="notice" />
      {items.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.rich("empty", { link: (chunks) => <Link href="/municipalities">{chunks}</Link> })}</p>
      ) : (
        <ul className="space-y-4">
          {items.map((s) => (
            <li key={s.id} className="space-y-3 rounded border border-slate-300 p-3">
              <p>
                <Link href={`/municipalities${s.query ? `?${s.query}` : ""}`} className="font-semibold">
                  {t("open", { name: s.name })}
                </Link>
                <span className="block text-sm text-slate-800">
                  {t("savedOn", { date: date(s.createdAt) })} · {s.lastMailedAt ? t("lastMailed", { date: date(s.lastMailedAt) }) : t("notMailed")}
                </span>
              </p>
              <div className="flex flex-wrap items-end gap-3">
                <form action={renameSavedSearchAction} className="flex flex-wrap items-end gap-3">
                  <input type="hidden" name="id" value={s.id} />
                  <div>
                    <label htmlFor={`name-${s.id}`} className="field-label">
                      {t("renameLabel", { name: s.name })}
                    </label>
                    <input id={`name-${s.id}`} name="name" defaultValue={s.name} maxLength={SAVED_SEARCH_NAME_MAX} className="input" autoComplete="off" />
                  </div>
                  <button type="submit" className="btn-secondary">
                    {t("rename")}
                  </button>
                </form>
                <form action={deleteSavedSearchAction}>
                  <input type="hidden" name="id" value={s.id} />
                  <button type="submit" className="btn-secondary">
                    {t("delete", { name: s.name })}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
