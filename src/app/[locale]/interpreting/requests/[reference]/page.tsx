import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { getAssignedRequest } from "@/server/interpretation/desk";
import { cleanReference } from "@/server/requests/load";
import { localised } from "@/components/municipality-name";
import { InterpretationPanel } from "@/components/interpretation/interpretation-panel";
import { languageName } from "@/lib/intl-names";

type Props = PageProps<"/[locale]/interpreting/requests/[reference]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale, namespace: "interpretation.desk" });
  return { title: t("requestTitle", { reference: cleanReference(reference) ?? "" }), robots: { index: false } };
}

/** A request as its assigned interpreter reads it; any other request, or an unknown one, is a 404 (audited). */
export default async function InterpretedRequestPage({ params }: Props) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const r = await guardPage((principal) => getAssignedRequest(principal, reference), "signedIn");
  const t = await getTranslations("interpretation.desk");
  const tAreas = await getTranslations("areas");
  const ukrainian = localised(locale, r.ukrainianMunicipality.nameEn, r.ukrainianMunicipality.nameUk) ?? r.ukrainianMunicipality.nameEn;
  const eu = r.euMunicipality ? (r.euMunicipality.nameLocal ?? r.euMunicipality.nameEn) : "—";
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/interpreting">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("requestTitle", { reference: r.reference })}</h1>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="font-semibold">{t("to")}</dt>
        <dd>{ukrainian}</dd>
        <dt className="font-semibold">{t("from")}</dt>
        <dd>{eu}</dd>
        <dt className="font-semibold">{t("areas")}</dt>
        <dd>{r.areas.map((a) => tAreas(a)).join(", ")}</dd>
        <dt className="font-semibold">{t("languages")}</dt>
        <dd>{r.languages.map((l) => languageName(l, locale)).join(", ")}</dd>
        <dt className="font-semibold">{t("writtenIn")}</dt>
        <dd>{languageName(r.locale, locale)}</dd>
      </dl>
      <section aria-labelledby="message" className="space-y-2">
        <h2 id="message" className="text-2xl font-semibold text-brand-900">
          {t("message")}
        </h2>
        <p className="whitespace-pre-line wrap-anywhere" lang={r.locale}>
          {r.message}
        </p>
        <p>{t("requester", { name: r.requesterName, role: r.requesterRole })}</p>
      </section>
      {r.partnership && (
        <p>
          <Link href={`/partnerships/${r.partnership.id}`}>{t("toPartnership")}</Link>
        </p>
      )}
      <InterpretationPanel target="request" id={r.id} back="" interpreters={r.interpreters} choices={null} />
    </div>
  );
}
