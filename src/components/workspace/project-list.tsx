import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { programmeName } from "@/lib/workspace/programme-name";
import type { WorkspaceProject } from "@/server/workspace/view";

type Props = {
  partnershipId: number;
  projects: WorkspaceProject[];
  locale: string;
  /** Members see amounts, deadline and whether a project is public; writers get an edit link. */
  member: boolean;
  mayWrite: boolean;
  sides: { UKRAINIAN: string; EU: string };
};

/** The partnership's joint projects, each a small description list that reflows at 320 px. */
export async function ProjectList({ partnershipId, projects, locale, member, mayWrite, sides }: Props) {
  const t = await getTranslations("workspace.projects");
  const tStatus = await getTranslations("workspace.statuses");
  const tTypes = await getTranslations("workspace.types");
  const tAreas = await getTranslations("areas");
  const format = await getFormatter();
  const euros = (n: number) => format.number(n, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  return (
    <ul className="space-y-4">
      {projects.map((p) => (
        <li key={p.id} className="rounded border border-slate-300 p-4">
          <h4 className="text-lg font-semibold break-words">{p.title}</h4>
          <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]">
            <dt className="font-semibold">{t("status")}</dt>
            <dd>{tStatus(p.status)}</dd>
            <dt className="font-semibold">{t("areas")}</dt>
            <dd>{p.areas.length ? p.areas.map((a) => tAreas(a)).join(", ") : t("none")}</dd>
            {(["UKRAINIAN", "EU"] as const).map((side) => {
              const list = p.institutions.filter((i) => i.side === side);
              return [
                <dt key={`${side}-t`} className="font-semibold">
                  {t("institutions", { municipality: sides[side] })}
                </dt>,
                <dd key={`${side}-d`} className="break-words">
                  {list.length ? list.map((i) => `${i.name} (${tTypes(i.type)})`).join("; ") : t("none")}
                </dd>,
              ];
            })}
            <dt className="font-semibold">{t("programme")}</dt>
            <dd>
              {p.fundingProgramme ? <Link href={`/funding#${p.fundingProgramme.slug}`}>{programmeName(p.fundingProgramme.texts, locale)}</Link> : t("none")}
            </dd>
            {member && (
              <>
                <dt className="font-semibold">{t("deadline")}</dt>
                <dd>{p.deadline ? format.dateTime(p.deadline, { dateStyle: "long", timeZone: "UTC" }) : t("none")}</dd>
                <dt className="font-semibold">{t("amountAsked")}</dt>
                <dd>{p.amountAsked !== null ? euros(p.amountAsked) : t("none")}</dd>
                <dt className="font-semibold">{t("amountGranted")}</dt>
                <dd>{p.amountGranted !== null ? euros(p.amountGranted) : t("none")}</dd>
                <dt className="font-semibold">{t("visibility")}</dt>
                <dd>{p.public ? t("public") : t("membersOnly")}</dd>
              </>
            )}
          </dl>
          {mayWrite && (
            <p className="mt-2">
              <Link href={`/partnerships/${partnershipId}/projects/${p.id}`}>{t("edit", { title: p.title })}</Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
