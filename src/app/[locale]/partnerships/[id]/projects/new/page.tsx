import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { projectFormPage } from "@/server/workspace/project-page";
import { ClientMessages } from "@/components/client-messages";
import { ProjectForm } from "@/components/workspace/project-form";
import { createProjectAction } from "../../workspace-actions";

type Props = PageProps<"/[locale]/partnerships/[id]/projects/new">;

const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : 0);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.projectForm" });
  return { title: t("newTitle"), robots: { index: false } };
}

/** A new joint project (partnership.writeWorkspace on this partnership); others get a 404, audited. */
export default async function NewProjectPage({ params }: Props) {
  const { locale, id: raw } = await params;
  setRequestLocale(locale);
  const id = idOf(raw);
  const page = await guardPage((principal) => projectFormPage(principal, id, locale, null));
  const t = await getTranslations("workspace.projectForm");
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/partnerships/${id}`}>{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold break-words text-brand-900">{t("newTitle")}</h1>
      <p className="max-w-3xl">{t("intro", { ukrainian: page.sides.UKRAINIAN, eu: page.sides.EU })}</p>
      <ClientMessages namespaces={["workspace.projectForm", "workspace.statuses", "workspace.types", "areas", "error"]}>
        <ProjectForm action={createProjectAction.bind(null, id)} initial={page.initial} programmes={page.programmes} sides={page.sides} editing={false} />
      </ClientMessages>
    </div>
  );
}
