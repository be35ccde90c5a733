import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { getManagedMunicipality } from "@/server/back-office/detail";
import { listMunicipalities } from "@/server/back-office/list";
import { ClientMessages } from "@/components/client-messages";
import { BackOfficeForm } from "@/components/back-office/back-office-form";
import { MunicipalityLabel } from "@/components/back-office/municipality-label";
import { localised } from "@/components/municipality-name";
import { countryName } from "@/lib/intl-names";
import { HROMADA_TYPES, REASON } from "@/lib/back-office/forms";
import { setConflictStatusAction, unpublishAction, updateMunicipalityAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator/municipalities/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "backOffice.detail" });
  return { title: t("title"), robots: { index: false } };
}

const DONE = ["created", "updated", "status", "unpublished", "merged"] as const;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** One municipality in the back office: its facts, corrections, conflict status, unpublishing and merging. */
export default async function ManageMunicipalityPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const find = one(query.find).trim().slice(0, 120);
  const [m, candidates] = await guardPage(async (principal) => {
    const m = await getManagedMunicipality(principal, slug);
    const candidates = find ? await listMunicipalities(principal, { q: find, left: false, page: 1 }) : null;
    return [m, candidates] as const;
  });
  const t = await getTranslations("backOffice");
  const format = await getFormatter();
  const done = DONE.find((d) => d === query.done);
  const ua = m.country === "UA";
  const mergeable = !ua || !m.katottg || m.leftRegisterAt !== null;
  const facts: [string, string | null][] = [
    [t("detail.country"), countryName(m.country, locale)],
    [t("detail.region"), ua ? localised(locale, m.region?.nameEn ?? null, m.region?.nameUk ?? null) : m.regionName],
    [t("detail.code"), m.katottg],
    [t("detail.officialName"), m.officialNameUk],
    [t("detail.status"), t(`status.${m.status}`)],
    [t("detail.leftRegister"), m.leftRegisterAt ? format.dateTime(m.leftRegisterAt, { dateStyle: "long", timeZone: "Europe/Kyiv" }) : null],
    [t("detail.holds"), t("detail.counts", m.counts)],
  ];
  return (
    <div className="max-w-3xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">
          <MunicipalityLabel m={m} locale={locale} />
        </h1>
        {done && (
          <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
            {t(`detail.done.${done}`)}
          </p>
        )}
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)]">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd lang={label === t("detail.officialName") ? "uk" : undefined}>{value}</dd>
              </div>
            ))}
        </dl>
        <p className="flex flex-wrap gap-x-6">
          <Link href={`/municipalities/${m.slug}`}>{t("detail.publicPage")}</Link>
          <Link href={`/coordinator/municipalities/${m.slug}/contact`}>{t("detail.contact")}</Link>
          <Link href="/coordinator/municipalities">{t("list.title")}</Link>
        </p>
      </header>

      <ClientMessages namespaces={["backOffice", "error"]}>
        <section aria-labelledby="edit" className="space-y-4">
          <h2 id="edit" className="text-2xl font-semibold text-brand-900">
            {t("update.title")}
          </h2>
          <BackOfficeForm
            action={updateMunicipalityAction}
            form="update"
            hidden={{ slug: m.slug }}
            fields={[
              { name: "nameEn", required: true, defaultValue: m.nameEn },
              ...(ua
                ? [
                    { name: "nameUk", defaultValue: m.nameUk ?? "", lang: "uk" },
                    { name: "raionEn", defaultValue: m.raionEn ?? "" },
                    { name: "raionUk", defaultValue: m.raionUk ?? "", lang: "uk" },
                    { name: "hromadaType", kind: "select" as const, options: ["", ...HROMADA_TYPES], defaultValue: m.hromadaType ?? "" },
                  ]
                : [
                    { name: "nameLocal", defaultValue: m.nameLocal ?? "" },
                    { name: "regionName", defaultValue: m.regionName ?? "" },
                  ]),
              { name: "population", defaultValue: m.population ? String(m.population) : "", maxLength: 12 },
              { name: "website", kind: "url" as const, defaultValue: m.website ?? "", maxLength: 300 },
            ]}
          />
        </section>

        {ua && (
          <section aria-labelledby="conflict" className="space-y-4">
            <h2 id="conflict" className="text-2xl font-semibold text-brand-900">
              {t("conflict.title")}
            </h2>
            <p>
              {m.occupiedSince || m.frontlineSince
                ? [
                    m.occupiedSince && t("conflict.occupiedSince", { date: new Date(m.occupiedSince) }),
                    m.frontlineSince && t("conflict.frontlineSince", { date: new Date(m.frontlineSince) }),
                  ]
                    .filter(Boolean)
                    .join(" ")
                : t("conflict.none")}{" "}
              {m.conflictStatusSetAt && t("conflict.setBy", { who: m.conflictStatusSetBy ?? t("conflict.deleted"), date: m.conflictStatusSetAt })}
            </p>
            <p>{t("conflict.intro")}</p>
            <BackOfficeForm
              action={setConflictStatusAction}
              form="conflict"
              hidden={{ slug: m.slug }}
              fields={[
                { name: "occupiedSince", kind: "date", hint: true, defaultValue: m.occupiedSince ?? "" },
                { name: "frontlineSince", kind: "date", hint: true, defaultValue: m.frontlineSince ?? "" },
              ]}
            />
          </section>
        )}

        {m.status === "PUBLISHED" && (
          <section aria-labelledby="unpublish" className="space-y-4">
            <h2 id="unpublish" className="text-2xl font-semibold text-brand-900">
              {t("unpublish.title")}
            </h2>
            <p>{t("unpublish.intro")}</p>
            <BackOfficeForm
              action={unpublishAction}
              form="unpublish"
              hidden={{ slug: m.slug }}
              danger
              fields={[{ name: "reason", kind: "textarea", required: true, hint: true, maxLength: REASON.max }]}
            />
          </section>
        )}
      </ClientMessages>

      <section aria-labelledby="merge" className="space-y-4">
        <h2 id="merge" className="text-2xl font-semibold text-brand-900">
          {t("merge.title")}
        </h2>
        {!mergeable ? (
          <p>{t("merge.inRegister")}</p>
        ) : (
          <>
            <p>{t("merge.intro")}</p>
            <form method="get" role="search" aria-label={t("merge.findLabel")} className="flex flex-wrap items-end gap-4">
              <div>
                <label htmlFor="find" className="field-label">
                  {t("merge.find")}
                </label>
                <span id="find-hint" className="field-hint">
                  {t("list.queryHint")}
                </span>
                <input id="find" name="find" type="search" defaultValue={find} maxLength={120} aria-describedby="find-hint" className="input" />
              </div>
              <button type="submit" className="btn-secondary">
                {t("list.search")}
              </button>
            </form>
            {candidates &&
              (candidates.rows.filter((c) => c.slug !== m.slug).length === 0 ? (
                <p role="status">{t("list.none")}</p>
              ) : (
                <ul className="list-disc space-y-1 pl-6" aria-label={t("merge.candidates")}>
                  {candidates.rows
                    .filter((c) => c.slug !== m.slug)
                    .map((c) => (
                      <li key={c.slug}>
                        <Link href={`/coordinator/municipalities/${m.slug}/merge?into=${c.slug}`}>
                          {t("merge.into")} <MunicipalityLabel m={c} locale={locale} />
                          {c.katottg ? ` (${c.katottg})` : ""}
                        </Link>
                      </li>
                    ))}
                </ul>
              ))}
          </>
        )}
      </section>
    </div>
  );
}
