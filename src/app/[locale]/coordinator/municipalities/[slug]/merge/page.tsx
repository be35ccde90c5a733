import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { DomainError } from "@/server/errors";
import { previewMerge, type MergePlan } from "@/server/back-office/merge";
import { ClientMessages } from "@/components/client-messages";
import { BackOfficeForm } from "@/components/back-office/back-office-form";
import { MunicipalityLabel } from "@/components/back-office/municipality-label";
import { mergeAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator/municipalities/[slug]/merge">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "backOffice.merge" });
  return { title: t("confirmTitle"), robots: { index: false } };
}

const REFUSALS = ["same", "countries", "inRegister"] as const;
type Refusal = (typeof REFUSALS)[number];

/** What merging the municipality into `?into=` would move, listed before the coordinator confirms it. */
export default async function MergeConfirmationPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const into = (await searchParams).into;
  const result = await guardPage(async (principal): Promise<{ plan: MergePlan } | { refusal: Refusal }> => {
    try {
      return { plan: await previewMerge(principal, slug, typeof into === "string" ? into : "") };
    } catch (error) {
      const refusal = error instanceof DomainError ? REFUSALS.find((r) => r === error.code) : undefined;
      if (refusal) return { refusal };
      throw error;
    }
  });
  const t = await getTranslations("backOffice");
  if ("refusal" in result) {
    return (
      <div className="max-w-3xl space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t("merge.confirmTitle")}</h1>
        <p role="alert">{t(`merge.failed.${result.refusal}`)}</p>
        <p>
          <Link href={`/coordinator/municipalities/${slug}`}>{t("merge.back")}</Link>
        </p>
      </div>
    );
  }
  const { plan } = result;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("merge.confirmTitle")}</h1>
      <p className="text-lg">
        {t.rich("merge.summary", {
          from: () => <MunicipalityLabel m={plan.from} locale={locale} />,
          into: () => <MunicipalityLabel m={plan.into} locale={locale} />,
          fromCode: plan.from.katottg ?? "—",
          intoCode: plan.into.katottg ?? "—",
        })}
      </p>
      <section aria-labelledby="moves" className="space-y-2">
        <h2 id="moves" className="text-xl font-semibold text-brand-900">
          {t("merge.moves")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t(`merge.profile.${plan.profile}`)}</li>
          <li>{t("merge.memberships", plan.memberships)}</li>
          <li>{t("merge.requests", { count: plan.requests })}</li>
          <li>
            {t("merge.partnerships", { count: plan.partnerships.length })}
            {plan.partnerships.length > 0 && (
              <ul className="list-[circle] pl-6">
                {plan.partnerships.map((p) => (
                  <li key={p.id}>
                    {p.partnerName}
                    {p.conflictWith !== null && <strong> — {t("merge.joined")}</strong>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        </ul>
        <p>{t("merge.removed")}</p>
      </section>
      <ClientMessages namespaces={["backOffice", "error"]}>
        <BackOfficeForm action={mergeAction} form="merge" hidden={{ from: plan.from.slug, into: plan.into.slug }} fields={[]} danger />
      </ClientMessages>
      <p>
        <Link href={`/coordinator/municipalities/${plan.from.slug}`}>{t("merge.back")}</Link>
      </p>
    </div>
  );
}
