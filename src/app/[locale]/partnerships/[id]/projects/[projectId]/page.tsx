import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { projectFormPage } from "@/server/workspace/project-page";
import { ClientMessages } from "@/components/client-messages";
import { ProjectForm } from "@/components/workspace/project-form";
import { updateProjectAction } from "../../workspace-actions";

type Props = PageProps<"/[locale]/partnerships/[id]/projects/[projectId]">;

const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : 0);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.projectForm" });
  return { title: t("editTitle"), robots: { index: false } };
}

/** One joint project's form (partnership.writeWorkspace on its partnership); others, and another partnership's project, get a 404. */
export default async function EditProjectPage({ params }: Props) {
  const { locale, id: raw, projectId: rawProject } = await params;
  setRequestLocale(locale);
  const id = idOf(raw);
  const projectId = idOf(rawProject);
  const page = await guardPage((principal) => projectFormPage(principal, id, locale, projectId));
  const t = await getTranslations("workspace.projectForm");
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/partnerships/${id}`}>{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold break-words text-brand-900">{t("editHeading", { title: page.title ?? "" })}</h1>
      <p className="max-w-3xl">{t("intro", { ukrainian: page.sides.UKRAINIAN, eu: page.sides.EU })}</p>
      <ClientMessages namespaces={["workspace.projectForm", "workspace.statuses", "workspace.types", "areas", "error"]}>
        <ProjectForm action={updateProjectAction.bind(null, id, projectId)} initial={page.initial} programmes={page.programmes} sides={page.sides} editing />
      </ClientMessages>
    </div>
  );
}
