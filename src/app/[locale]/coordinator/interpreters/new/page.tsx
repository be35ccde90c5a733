import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { authorizeInterpreters } from "@/server/interpretation/interpreters";
import { ClientMessages } from "@/components/client-messages";
import { InterpreterForm } from "@/components/interpretation/interpreter-form";
import { createInterpreterAction } from "../actions";

type Props = PageProps<"/[locale]/coordinator/interpreters/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "interpretation.admin" });
  return { title: t("newTitle"), robots: { index: false } };
}

/** A new interpreter (interpreter.manage); others get a 404, audited. */
export default async function NewInterpreterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await guardPage((principal) => authorizeInterpreters(principal));
  const t = await getTranslations("interpretation.admin");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/coordinator/interpreters">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("newTitle")}</h1>
      <p className="max-w-3xl">{t("newIntro")}</p>
      <ClientMessages namespaces={["interpretation.form", "error"]}>
        <InterpreterForm action={createInterpreterAction} id={null} initial={{ kind: "volunteer" }} />
      </ClientMessages>
    </div>
  );
}
