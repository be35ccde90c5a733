import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { getInterpreter } from "@/server/interpretation/interpreters";
import { ClientMessages } from "@/components/client-messages";
import { InterpreterForm } from "@/components/interpretation/interpreter-form";
import { updateInterpreterAction } from "../actions";

type Props = PageProps<"/[locale]/coordinator/interpreters/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "interpretation.admin" });
  return { title: t("editTitle"), robots: { index: false } };
}

/** An interpreter's form (interpreter.manage); unknown ids and others get a 404. */
export default async function EditInterpreterPage({ params }: Props) {
  const { locale, id: raw } = await params;
  setRequestLocale(locale);
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const i = await guardPage((principal) => getInterpreter(principal, Number(raw)));
  const t = await getTranslations("interpretation.admin");
  const initial = {
    name: i.name,
    email: i.email,
    languagePairs: i.languagePairs.join(", "),
    kind: i.paid ? "paid" : "volunteer",
    availability: i.availability ?? "",
    contact: i.contact ?? "",
  };
  return (
    <div className="space-y-6">
      <p>
        <Link href="/coordinator/interpreters">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("editTitle")}</h1>
      <ClientMessages namespaces={["interpretation.form", "error"]}>
        <InterpreterForm action={updateInterpreterAction} id={i.id} initial={initial} />
      </ClientMessages>
    </div>
  );
}
