import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { INSTITUTION_ROWS, SIDES } from "@/lib/workspace/catalogue";
import { rowField } from "@/lib/workspace/project-form";
import { programmeName } from "@/lib/workspace/programme-name";
import { authorizeWorkspace } from "./authorize";
import { getProjectForEditing, programmeChoices } from "./projects";

/**
 * What the project form's page needs (partnership.writeWorkspace, refused and audited otherwise):
 * the two municipalities' names, the funding programmes to choose from and, when editing, the
 * project's values as the form's fields.
 */
export async function projectFormPage(principal: Principal | null, partnershipId: number, locale: string, projectId: number | null) {
  await authorizeWorkspace(principal, "partnership.writeWorkspace", partnershipId);
  const project = projectId === null ? null : await getProjectForEditing(principal, partnershipId, projectId);
  const p = await db().partnership.findUnique({
    where: { id: partnershipId },
    select: { ukrainianMunicipality: { select: { nameEn: true, nameUk: true } }, euMunicipality: { select: { nameEn: true, nameLocal: true } } },
  });
  if (!p) throw new DomainError("notFound");
  const programmes = (await programmeChoices(project?.fundingProgramme?.id ?? null)).map((r) => ({ id: r.id, name: programmeName(r.texts, locale) }));
  const initial: Record<string, unknown> = { status: "IDEA", public: false, areas: [] };
  if (project) {
    Object.assign(initial, {
      title: project.title,
      areas: project.areas,
      programme: project.fundingProgramme ? String(project.fundingProgramme.id) : "",
      status: project.status,
      deadline: project.deadline ? project.deadline.toISOString().slice(0, 10) : "",
      amountAsked: project.amountAsked === null ? "" : String(project.amountAsked),
      amountGranted: project.amountGranted === null ? "" : String(project.amountGranted),
      public: project.public,
    });
    for (const side of SIDES) {
      const list = project.institutions.filter((i) => i.side === side).slice(0, INSTITUTION_ROWS);
      list.forEach((i, n) => Object.assign(initial, { [`${rowField(side, n)}-name`]: i.name, [`${rowField(side, n)}-type`]: i.type }));
    }
  }
  const ukrainian = (locale === "uk" ? p.ukrainianMunicipality.nameUk : p.ukrainianMunicipality.nameEn) ?? p.ukrainianMunicipality.nameEn ?? "";
  return {
    title: project?.title ?? null,
    sides: { UKRAINIAN: ukrainian, EU: p.euMunicipality.nameLocal ?? p.euMunicipality.nameEn },
    programmes,
    initial,
  };
}
