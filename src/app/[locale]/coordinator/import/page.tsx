import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { mayImport } from "@/server/partnership-import/import";
import { ClientMessages } from "@/components/client-messages";
import { ImportForm } from "@/components/partnership-import/import-form";
import { IMPORT_COLUMNS } from "@/lib/partnership-import/columns";
import { importPartnershipsAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator/import">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "partnershipImport" });
  return { title: t("title"), robots: { index: false } };
}

/** Coordinators and administrators import the network's partnerships and members from a CSV file (partnership.import). */
export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await guardPage((principal) => mayImport(principal));
  const t = await getTranslations("partnershipImport");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/coordinator">{t("back")}</Link>
      </p>
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>{t("columnsIntro")}</p>
        <p>
          <code className="break-all">{IMPORT_COLUMNS.join(",")}</code>
        </p>
        <p>
          {t.rich("sample", {
            link: (chunks) => (
              <a href="/import/sample-partnerships.csv" download>
                {chunks}
              </a>
            ),
          })}
        </p>
      </header>
      <ClientMessages namespaces={["partnershipImport", "error"]}>
        <ImportForm action={importPartnershipsAction} />
      </ClientMessages>
    </div>
  );
}
