import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { WorkspaceView } from "@/server/workspace/view";
import { ProjectList } from "./project-list";

type Props = {
  partnershipId: number;
  view: WorkspaceView;
  locale: string;
  sides: { UKRAINIAN: string; EU: string };
  /** The upload form (writers only), rendered by the page with its action. */
  uploadForm: ReactNode;
  /** `?workspace=` after a redirect: what was just done. */
  done?: string;
};

/**
 * The partnership's workspace on its page: documents with their versions (members only) and joint
 * projects (members: all of them; everyone else: those made public, without amounts or deadline).
 */
export async function WorkspaceSections({ partnershipId, view, locale, sides, uploadForm, done }: Props) {
  const t = await getTranslations("workspace");
  const format = await getFormatter();
  const size = (bytes: number) =>
    format.number(bytes < 1024 * 1024 ? Math.ceil(bytes / 1024) : Math.round((bytes / 1024 / 1024) * 10) / 10, {
      style: "unit",
      unit: bytes < 1024 * 1024 ? "kilobyte" : "megabyte",
      unitDisplay: "short",
    });
  const notice = done === "uploaded" ? t("documents.uploaded") : done === "saved" ? t("projects.saved") : null;
  return (
    <>
      {notice && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {notice}
        </p>
      )}
      {view.member && (
        <section aria-labelledby="documents" className="space-y-4">
          <h2 id="documents" className="text-2xl font-semibold text-brand-900">
            {t("documents.title")}
          </h2>
          <p className="max-w-3xl">{t("documents.intro")}</p>
          {view.documents.length === 0 ? (
            <p>{t("documents.empty")}</p>
          ) : (
            <ul className="space-y-4">
              {view.documents.map((d) => (
                <li key={d.id} className="rounded border border-slate-300 p-4">
                  <h3 className="text-lg font-semibold break-words">
                    {d.title} <span className="font-normal">({t(`kinds.${d.kind}`)})</span>
                  </h3>
                  <ol className="mt-2 space-y-1">
                    {d.versions.map((v) => (
                      <li key={v.id} className="break-words">
                        <a href={`/${locale}/partnerships/${partnershipId}/documents/${v.id}`} download={v.fileName} className="break-all">
                          {t("documents.download", { number: v.number, name: v.fileName, size: size(v.size) })}
                        </a>{" "}
                        {t("documents.uploadedBy", {
                          who: v.uploader ?? t("documents.deletedAccount"),
                          when: format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Kyiv" }),
                        })}
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ul>
          )}
          {view.mayWrite && (
            <div className="space-y-3">
              <h3 className="text-lg font-semibold">{t("documentForm.heading")}</h3>
              {uploadForm}
            </div>
          )}
        </section>
      )}
      {(view.member || view.projects.length > 0) && (
        <section aria-labelledby="projects" className="space-y-4">
          <h2 id="projects" className="text-2xl font-semibold text-brand-900">
            {t("projects.title")}
          </h2>
          <p className="max-w-3xl">{view.member ? t("projects.intro") : t("projects.publicIntro")}</p>
          {view.projects.length === 0 ? (
            <p>{t("projects.empty")}</p>
          ) : (
            <ProjectList partnershipId={partnershipId} projects={view.projects} locale={locale} member={view.member} mayWrite={view.mayWrite} sides={sides} />
          )}
          {view.mayWrite && (
            <p>
              <Link href={`/partnerships/${partnershipId}/projects/new`} className="btn inline-block">
                {t("projects.add")}
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
