import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { listAuditEvents } from "@/server/audit/read";
import { AUDIT_OUTCOMES, KNOWN_AUDIT_ACTIONS, parseAuditFilter, type AuditFilter } from "@/lib/audit-filter";
import { IgnoredParamsNotice } from "@/components/ignored-params-notice";
import { Pagination } from "@/components/pagination";
import { AuditObjectLink } from "@/components/coordinator/audit-object-link";
import { ScrollTable } from "@/components/scroll-table";

type Props = PageProps<"/[locale]/coordinator/audit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "audit" });
  return { title: t("title"), robots: { index: false } };
}

const OBJECT_TYPES = [
  "partnership",
  "request",
  "municipality",
  "membership",
  "user",
  "fundingProgramme",
  "contactMessage",
  "conversation",
  "savedSearch",
] as const;

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filter, ignored } = parseAuditFilter(await searchParams);
  const log = await guardPage((principal) => listAuditEvents(principal, filter));
  const t = await getTranslations("audit");
  const format = await getFormatter();
  // Dotted keys are nested in the catalogue: only the known ones are looked up.
  const actionLabel = (a: string) => (KNOWN_AUDIT_ACTIONS.includes(a) ? t(`actions.${a}` as "actions.audit.read") : a);
  const objectType = (type: string) => ((OBJECT_TYPES as readonly string[]).includes(type) ? t(`objectTypes.${type as (typeof OBJECT_TYPES)[number]}`) : type);
  const actions = filter.action && !KNOWN_AUDIT_ACTIONS.includes(filter.action) ? [...KNOWN_AUDIT_ACTIONS, filter.action] : KNOWN_AUDIT_ACTIONS;
  const href = (page: number) => {
    const search = new URLSearchParams();
    for (const key of ["action", "outcome", "from", "to"] as const satisfies (keyof AuditFilter)[]) if (filter[key]) search.set(key, filter[key]!);
    if (page > 1) search.set("page", String(page));
    const qs = search.toString();
    return `/coordinator/audit${qs ? `?${qs}` : ""}`;
  };

  return (
    <div className="space-y-6">
      <p>
        <Link href="/coordinator">{t("back")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>
      <IgnoredParamsNotice title={t("ignored.title")} messages={ignored.map((key) => t(`ignored.${key}`))} />

      <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t("filters")}>
        <div>
          <label htmlFor="action" className="field-label">
            {t("actionLabel")}
          </label>
          <select id="action" name="action" defaultValue={filter.action ?? ""} className="input">
            <option value="">{t("anyAction")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="outcome" className="field-label">
            {t("outcomeLabel")}
          </label>
          <select id="outcome" name="outcome" defaultValue={filter.outcome ?? ""} className="input">
            <option value="">{t("anyOutcome")}</option>
            {AUDIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
        {(["from", "to"] as const).map((key) => (
          <div key={key}>
            <label htmlFor={key} className="field-label">
              {t(`${key}Label`)}
            </label>
            <span id={`${key}-hint`} className="field-hint">
              {t("dayHint")}
            </span>
            <input id={key} name={key} type="date" defaultValue={filter[key] ?? ""} aria-describedby={`${key}-hint`} className="input" />
          </div>
        ))}
        <button type="submit" className="btn">
          {t("apply")}
        </button>
        <Link href="/coordinator/audit">{t("reset")}</Link>
      </form>
      <p>
        {/* A plain link: a route handler, never prefetched. */}
        <a href={`/${locale}/coordinator/export/audit${href(1).replace(/^\/coordinator\/audit/, "")}`} download>
          {(await getTranslations("openData.coordinator"))("auditCsv")}
        </a>
      </p>

      {log.rows.length === 0 ? (
        <p role="status">{t("empty")}</p>
      ) : (
        <ScrollTable
          captionId="audit-caption"
          caption={
            <>
              {t("caption", { count: log.total })}
              {log.pages > 1 && <> · {t("page", { page: filter.page, pages: log.pages })}</>}
            </>
          }
        >
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                {t("columns.time")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.actor")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.action")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.object")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.outcome")}
              </th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal whitespace-nowrap">
                  <time dateTime={r.at.toISOString()}>{format.dateTime(r.at, { dateStyle: "medium", timeStyle: "medium" })}</time>
                </th>
                <td className="p-2">
                  {r.actor.kind === "person" ? (
                    <>
                      {r.actor.name ? [r.actor.name, r.actor.jobTitle].filter(Boolean).join(", ") : r.actor.email}
                      {r.actor.name && <span className="block text-sm text-slate-700">{r.actor.email}</span>}
                    </>
                  ) : (
                    <span className="italic">{t(r.actor.kind)}</span>
                  )}
                </td>
                <td className="p-2">{r.decision ? t(`decisions.${r.decision}`) : actionLabel(r.action)}</td>
                <td className="p-2">
                  {r.notListed ? (
                    t("notListed", { action: actionLabel(r.notListed.action), count: r.notListed.count })
                  ) : r.object ? (
                    <AuditObjectLink object={r.object} locale={locale} label={objectType(r.object.kind)} />
                  ) : r.objectType === "partnership" && r.objectId && /^\d+$/.test(r.objectId) ? (
                    <Link href={`/partnerships/${r.objectId}`}>{t("object", { type: objectType(r.objectType), id: r.objectId })}</Link>
                  ) : r.objectType ? (
                    t("object", { type: objectType(r.objectType), id: r.objectId ?? "" })
                  ) : (
                    "—"
                  )}
                </td>
                <td className="p-2">{t(`outcomes.${r.outcome}`)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination page={filter.page} pageCount={log.pages} hrefFor={href} />
    </div>
  );
}
