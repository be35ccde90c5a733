import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { listJoinProposals } from "@/server/join/queue";
import { countryName } from "@/lib/intl-names";
import { JoinDecisionForms } from "@/components/join/decision-forms";
import { ClientMessages } from "@/components/client-messages";
import { approveProposalAction, rejectProposalAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator/join-proposals">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "join.queue" });
  return { title: t("title"), robots: { index: false } };
}

/** The coordinators' queue of proposed municipalities (join.decide); others get a 404, audited. */
export default async function JoinProposalsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const proposals = await guardPage((principal) => listJoinProposals(principal));
  const query = await searchParams;
  const approved = typeof query.approved === "string" && /^[a-z0-9-]{1,120}$/.test(query.approved) ? query.approved : null;
  const t = await getTranslations("join.queue");
  const format = await getFormatter();
  return (
    <div className="max-w-4xl space-y-8">
      <nav aria-label={t("navigation")}>
        <Link href="/coordinator">{t("back")}</Link>
      </nav>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro")}</p>
      {approved && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {t.rich("approved", { link: (chunks) => <Link href={`/municipalities/${approved}`}>{chunks}</Link> })}
        </p>
      )}
      {query.rejected === "1" && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {t("rejected")}
        </p>
      )}
      {proposals.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-6">
          {proposals.map((p) => (
            <li key={p.id} className="space-y-3 rounded border border-slate-300 p-4">
              <h2 className="text-xl font-semibold text-brand-900">
                {p.name} ({countryName(p.country, locale)})
              </h2>
              <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1">
                <dt className="font-semibold">{t("source")}</dt>
                <dd>{p.geonamesId ? t("gazetteer", { id: p.geonamesId }) : t("typed")}</dd>
                <dt className="font-semibold">{t("region")}</dt>
                <dd>{p.regionName ?? "—"}</dd>
                <dt className="font-semibold">{t("population")}</dt>
                <dd>{p.population === null ? "—" : format.number(p.population)}</dd>
                {p.latitude !== null && p.longitude !== null && (
                  <>
                    <dt className="font-semibold">{t("coordinates")}</dt>
                    <dd>
                      {String(p.latitude)}, {String(p.longitude)}
                    </dd>
                  </>
                )}
                <dt className="font-semibold">{t("proposedOn")}</dt>
                <dd>{format.dateTime(p.createdAt, { dateStyle: "medium" })}</dd>
              </dl>
              <h3 className="font-semibold">{t("proposers", { count: p.proposers.length })}</h3>
              <ul className="list-disc pl-6">
                {p.proposers.map((person) => (
                  <li key={person.email}>{t("proposer", { name: person.name, role: person.role, email: person.email })}</li>
                ))}
              </ul>
              <p className="field-hint">{t("verify")}</p>
              <ClientMessages namespaces={["join.queue", "error"]}>
                <JoinDecisionForms id={p.id} name={p.name} approve={approveProposalAction} reject={rejectProposalAction} />
              </ClientMessages>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
