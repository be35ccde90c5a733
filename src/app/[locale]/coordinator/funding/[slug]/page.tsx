import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { getProgrammeForEditing } from "@/server/funding/programmes";
import { listRegions } from "@/server/regions";
import { byName, regionName } from "@/lib/region-names";
import { formValuesOf } from "@/lib/funding/form";
import { dataLanguage } from "@/components/in-language";
import { ClientMessages } from "@/components/client-messages";
import { ProgrammeForm } from "@/components/funding/programme-form";
import { updateProgrammeAction } from "../actions";

type Props = PageProps<"/[locale]/coordinator/funding/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "fundingAdmin" });
  return { title: t("editTitleShort"), robots: { index: false } };
}

/** Every field of one programme (funding.manage); unknown programmes and others get a 404, refusals audited. */
export default async function EditProgrammePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { data, retired } = await guardPage((principal) => getProgrammeForEditing(principal, slug));
  const t = await getTranslations("fundingAdmin");
  const regions = byName(await listRegions(), locale).map((r) => ({ slug: r.slug, name: regionName(locale, r) }));
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href="/coordinator/funding">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("editTitle", { name: data.texts.name[dataLanguage(locale)] })}</h1>
      {retired && <p className="rounded border-2 border-amber-700 bg-amber-50 p-4">{t("retiredNotice")}</p>}
      <ClientMessages namespaces={["fundingAdmin", "areas", "error"]}>
        <ProgrammeForm action={updateProgrammeAction} slug={data.slug} initial={formValuesOf(data)} regions={regions} locale={locale} />
      </ClientMessages>
    </div>
  );
}
