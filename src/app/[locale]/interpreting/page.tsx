import type { Metadata } from "next";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { listMyAssignments } from "@/server/interpretation/desk";
import { viewerTimeZone } from "@/server/interpretation/viewer-zone";
import { localised } from "@/components/municipality-name";
import { formatZoned } from "@/lib/interpretation/time-zones";

type Props = PageProps<"/[locale]/interpreting">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "interpretation.desk" });
  return { title: t("title"), robots: { index: false } };
}

/** An interpreter's assignments: the requests and partnerships they interpret, and nothing else. */
export default async function InterpretingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const assignments = await guardPage((principal) => listMyAssignments(principal), "signedIn");
  const t = await getTranslations("interpretation.desk");
  const zone = await viewerTimeZone();
  const current = await getLocale();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro")}</p>
      {assignments.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {assignments.map((a) => {
            const pair = t("pair", { ukrainian: localised(locale, a.ukrainian.nameEn, a.ukrainian.nameUk) ?? a.ukrainian.nameEn, eu: a.eu ?? "—" });
            return (
              <li key={a.id} className="rounded border border-slate-400 p-3">
                {a.kind === "request" ? (
                  <Link href={`/interpreting/requests/${a.reference}`}>{t("request", { reference: a.reference ?? "", pair })}</Link>
                ) : (
                  <Link href={`/partnerships/${a.partnershipId}`}>{t("partnership", { pair })}</Link>
                )}
                <p className="text-sm text-slate-700">{t("assignedAt", { when: formatZoned(a.assignedAt, zone, current, "short") })}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
