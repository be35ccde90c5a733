import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { DeleteAccountForm } from "@/components/privacy/delete-account-form";
import { deleteAccountAction } from "./actions";
import { ClientMessages } from "@/components/client-messages";

type Props = PageProps<"/[locale]/account/delete">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy.delete" });
  return { title: t("pageTitle"), robots: { index: false } };
}

/** Explains what deleting the account does and asks the person to confirm with their address. */
export default async function DeleteAccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Only a page: deleteOwnAccount checks again that the account is the caller's own.
  const principal = await guardPage(async (p) => p, "signedIn");
  const t = await getTranslations("privacy.delete");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("removes.account")}</li>
        <li>{t("removes.requests")}</li>
        <li>{t("removes.mail")}</li>
        <li>{t("removes.contact")}</li>
        <li>{t("removes.traces")}</li>
      </ul>
      <p>{t.rich("download", { download: (chunks) => <a href={`/${locale}/account/data`}>{chunks}</a> })}</p>
      <ClientMessages namespaces={["privacy.delete", "error"]}>
        <DeleteAccountForm action={deleteAccountAction} accountId={principal.userId} email={principal.email} role={principal.globalRole} />
      </ClientMessages>
      <p>
        <Link href="/account">{t("cancel")}</Link>
      </p>
    </div>
  );
}
