import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { authorizeNewProgramme } from "@/server/funding/programmes";
import { listRegions } from "@/server/regions";
import { byName, regionName } from "@/lib/region-names";
import { isoToday } from "@/lib/funding/call-status";
import { ClientMessages } from "@/components/client-messages";
import { ProgrammeForm } from "@/components/funding/programme-form";
import { createProgrammeAction } from "../actions";

type Props = PageProps<"/[locale]/coordinator/funding/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "fundingAdmin" });
  return { title: t("newTitle"), robots: { index: false } };
}

/** A new funding programme (funding.manage); others get a 404, audited. */
export default async function NewProgrammePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await guardPage((principal) => authorizeNewProgramme(principal));
  const t = await getTranslations("fundingAdmin");
  const regions = byName(await listRegions(), locale).map((r) => ({ slug: r.slug, name: regionName(locale, r) }));
  // What most programmes share: a project of the pair alone, either side applying, checked today.
  const initial = {
    deadlineKind: "calls",
    applicant: "either",
    minPartners: "2",
    minCountries: "2",
    minEuMemberStates: "1",
    ukrainianRegions: ["all"],
    lastChecked: isoToday(),
  };
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href="/coordinator/funding">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("newTitle")}</h1>
      <ClientMessages namespaces={["fundingAdmin", "areas", "error"]}>
        <ProgrammeForm action={createProgrammeAction} slug={null} initial={initial} regions={regions} locale={locale} />
      </ClientMessages>
    </div>
  );
}
