import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { authorize } from "@/server/auth/principal";
import { ClientMessages } from "@/components/client-messages";
import { BackOfficeForm } from "@/components/back-office/back-office-form";
import { createMunicipalityAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator/municipalities/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "backOffice.create" });
  return { title: t("title"), robots: { index: false } };
}

/** A coordinator adds a municipality outside Ukraine; hromadas come from the register only. */
export default async function NewMunicipalityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await guardPage((principal) => authorize(principal, "municipality.manage"));
  const t = await getTranslations("backOffice");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("create.title")}</h1>
      <p>{t("create.intro")}</p>
      <ClientMessages namespaces={["backOffice", "error"]}>
        <BackOfficeForm
          action={createMunicipalityAction}
          form="create"
          fields={[
            { name: "nameEn", required: true },
            { name: "nameLocal", hint: true },
            { name: "country", required: true, hint: true, maxLength: 2 },
            { name: "regionName" },
            { name: "population", maxLength: 12 },
          ]}
        />
      </ClientMessages>
      <p>
        <Link href="/coordinator/municipalities">{t("list.title")}</Link>
      </p>
    </div>
  );
}
