import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { listInterpreters } from "@/server/interpretation/interpreters";
import { ScrollTable } from "@/components/scroll-table";
import { pairLabel } from "@/lib/interpretation/language-pairs";
import { setInterpreterActiveAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator/interpreters">;

const OUTCOMES = ["created", "saved", "activated", "deactivated", "notFound"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "interpretation.admin" });
  return { title: t("title"), robots: { index: false } };
}

/** The network's interpreters (interpreter.manage); others get a 404, audited. */
export default async function InterpretersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const interpreters = await guardPage((principal) => listInterpreters(principal));
  const t = await getTranslations("interpretation.admin");
  const { done } = await searchParams;
  const outcome = OUTCOMES.find((o) => o === done);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/coordinator">{t("workspace")}</Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {outcome && (
        <p role="status" className={`rounded border-2 p-4 ${outcome === "notFound" ? "border-red-700 bg-red-50" : "border-emerald-700 bg-emerald-50"}`}>
          {t(`done.${outcome}`)}
        </p>
      )}
      <p className="max-w-3xl">{t("intro")}</p>
      <p>
        <Link href="/coordinator/interpreters/new" className="btn inline-block no-underline">
          {t("new")}
        </Link>
      </p>
      {interpreters.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollTable captionId="interpreters-caption" caption={t("caption", { count: interpreters.length })}>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                {t("columns.name")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.pairs")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.kind")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.availability")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.contact")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.status")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {interpreters.map((i) => (
              <tr key={i.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  <span className="font-semibold">{i.name}</span>
                  <br />
                  <a href={`mailto:${i.email}`} className="break-all">
                    {i.email}
                  </a>
                </th>
                <td className="p-2">{i.languagePairs.map(pairLabel).join(", ")}</td>
                <td className="p-2">{t(i.paid ? "paid" : "volunteer")}</td>
                <td className="p-2 whitespace-pre-line wrap-anywhere">{i.availability ?? ""}</td>
                <td className="p-2 wrap-anywhere">{i.contact ?? ""}</td>
                <td className="p-2">
                  {t(i.active ? "active" : "inactive")} · {t("assignments", { count: i.assignments })}
                </td>
                <td className="p-2">
                  <Link href={`/coordinator/interpreters/${i.id}`} aria-label={t("editNamed", { name: i.name })}>
                    {t("edit")}
                  </Link>
                  <form action={setInterpreterActiveAction} className="mt-2">
                    <input type="hidden" name="id" value={i.id} />
                    <input type="hidden" name="active" value={i.active ? "0" : "1"} />
                    <button type="submit" className="btn-secondary" aria-label={t(i.active ? "deactivateNamed" : "activateNamed", { name: i.name })}>
                      {t(i.active ? "deactivate" : "activate")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}
