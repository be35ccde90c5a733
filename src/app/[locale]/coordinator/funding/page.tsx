import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { listProgrammesForCoordinators } from "@/server/funding/programmes";
import { callStatus, isoToday } from "@/lib/funding/call-status";
import { dataLanguage, InLanguage } from "@/components/in-language";
import { ScrollTable } from "@/components/scroll-table";
import { markCheckedAction, setRetiredAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator/funding">;

const OUTCOMES = ["created", "saved", "checked", "retired", "restored", "notFound"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "fundingAdmin" });
  return { title: t("title"), robots: { index: false } };
}

/** Coordinators keep the funding programmes (funding.manage); others get a 404, audited. */
export default async function CoordinatorFundingPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const programmes = await guardPage((principal) => listProgrammesForCoordinators(principal));
  const query = await searchParams;
  const t = await getTranslations("fundingAdmin");
  const tFunding = await getTranslations("funding");
  const format = await getFormatter();
  const lang = dataLanguage(locale);
  const today = isoToday();
  const outcome = OUTCOMES.find((o) => o === query.done);
  const named = programmes.find((p) => p.slug === query.programme);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" });

  return (
    <div className="space-y-6">
      <p>
        <Link href="/coordinator">{t("workspace")}</Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {outcome && (
        <p role="status" className={`rounded border-2 p-4 ${outcome === "notFound" ? "border-red-700 bg-red-50" : "border-emerald-700 bg-emerald-50"}`}>
          {outcome === "notFound" || !named ? t("done.notFound") : t(`done.${outcome}`, { name: named.name[lang] })}
        </p>
      )}
      <p className="max-w-3xl">{t("intro")}</p>
      <p>
        <Link href="/coordinator/funding/new" className="btn inline-block no-underline">
          {t("new")}
        </Link>{" "}
        <Link href="/funding">{t("publicPage")}</Link>
      </p>
      <ScrollTable captionId="programmes-caption" caption={t("caption", { count: programmes.length, retired: programmes.filter((p) => p.retired).length })}>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2">
              {t("columns.name")}
            </th>
            <th scope="col" className="p-2">
              {t("columns.status")}
            </th>
            <th scope="col" className="p-2">
              {t("columns.lastChecked")}
            </th>
            <th scope="col" className="p-2">
              {t("columns.actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {programmes.map((p) => {
            const name = p.name[lang];
            return (
              <tr key={p.slug} id={p.slug} className="scroll-mt-4 border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/coordinator/funding/${p.slug}`} className="font-semibold">
                    <InLanguage lang={lang} page={locale}>
                      {name}
                    </InLanguage>
                  </Link>
                  {!p.programme && <span className="mt-1 block text-sm text-red-900">{t("invalidRow")}</span>}
                </th>
                <td className="p-2">
                  {p.retired ? t("retired") : t("shown")}
                  {p.programme && !p.retired && <span className="block text-sm">{tFunding(`callStatus.${callStatus(p.programme.deadline, today)}`)}</span>}
                </td>
                <td className="p-2">
                  <time dateTime={p.lastChecked}>{date(p.lastChecked)}</time>
                </td>
                <td className="p-2">
                  <div className="flex flex-wrap gap-2">
                    <form action={markCheckedAction}>
                      <input type="hidden" name="slug" value={p.slug} />
                      <button type="submit" className="btn-secondary" disabled={p.lastChecked === today}>
                        {t("checkedToday")}
                        {/* Named after the programme for those who hear the buttons listed; the visible words come first (WCAG 2.5.3). */}
                        <span className="sr-only"> ({name})</span>
                      </button>
                    </form>
                    <form action={setRetiredAction}>
                      <input type="hidden" name="slug" value={p.slug} />
                      <input type="hidden" name="retired" value={p.retired ? "0" : "1"} />
                      <button type="submit" className="btn-secondary">
                        {p.retired ? t("restore") : t("retire")}
                        <span className="sr-only"> {name}</span>
                      </button>
                    </form>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </div>
  );
}
