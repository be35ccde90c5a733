import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { projectSchema, type ProjectErrorKey, type ProjectInput } from "@/lib/workspace/project-form";
import { INSTITUTION_TYPES, NAME_MAX } from "@/lib/workspace/catalogue";
import { authorizeWorkspace } from "./authorize";

/**
 * The partnership's joint projects, written by its members who write (partnership.writeWorkspace).
 * The input is checked again here (a post need not come from the form): a funding programme must
 * be one of the catalogue's; an amount granted only for a granted application. The project, its
 * institutions and the audit line commit together.
 */
function checked(input: ProjectInput): ProjectInput {
  const parsed = projectSchema.safeParse({
    ...input,
    programme: input.programme === null ? "" : String(input.programme),
    deadline: input.deadline ?? "",
    amountAsked: input.amountAsked === null ? "" : String(input.amountAsked),
    amountGranted: input.amountGranted === null ? "" : String(input.amountGranted),
    institutions: [
      { side: "UKRAINIAN", rows: input.institutions.filter((i) => i.side === "UKRAINIAN") },
      { side: "EU", rows: input.institutions.filter((i) => i.side === "EU") },
    ],
  });
  if (!parsed.success)
    throw new DomainError<ProjectErrorKey>(
      (parsed.error.issues[0]?.message as ProjectErrorKey) ?? "invalid",
      String(parsed.error.issues[0]?.path[0] ?? "title"),
    );
  if (parsed.data.amountGranted !== null && parsed.data.status !== "GRANTED") throw new DomainError<ProjectErrorKey>("grantedOnlyWhenGranted", "amountGranted");
  for (const i of parsed.data.institutions) {
    const field = `institution-${i.side}-0`;
    if (i.name.length > NAME_MAX) throw new DomainError<ProjectErrorKey>("institutionNameTooLong", field);
    if (!(INSTITUTION_TYPES as readonly string[]).includes(i.type)) throw new DomainError<ProjectErrorKey>("institutionType", field);
  }
  return parsed.data as ProjectInput;
}

async function programmeExists(tx: Prisma.TransactionClient, id: number | null) {
  if (id === null) return;
  const found = await tx.fundingProgramme.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw new DomainError<ProjectErrorKey>("programmeUnknown", "programme");
}

const data = (p: ProjectInput) => ({
  title: p.title,
  areas: p.areas,
  fundingProgrammeId: p.programme,
  status: p.status,
  deadline: p.deadline ? new Date(`${p.deadline}T00:00:00Z`) : null,
  amountAsked: p.amountAsked,
  amountGranted: p.amountGranted,
  public: p.public,
});

const institutionRows = (p: ProjectInput) => p.institutions.map((i, position) => ({ side: i.side, name: i.name, type: i.type, position }));

export async function createProject(principal: Principal | null, partnershipId: number, input: ProjectInput): Promise<{ projectId: number }> {
  const { actor } = await authorizeWorkspace(principal, "partnership.writeWorkspace", partnershipId);
  const p = checked(input);
  return db().$transaction(async (tx) => {
    await programmeExists(tx, p.programme);
    const project = await tx.jointProject.create({
      data: { partnershipId, ...data(p), recordedByUserId: actor.userId, updatedByUserId: actor.userId, institutions: { create: institutionRows(p) } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "partnership.writeWorkspace",
      objectType: "partnership",
      objectId: String(partnershipId),
      outcome: "ALLOWED",
      detail: { op: "createProject", project: project.id, public: p.public },
    });
    return { projectId: project.id };
  });
}

export async function updateProject(
  principal: Principal | null,
  partnershipId: number,
  projectId: number,
  input: ProjectInput,
): Promise<{ projectId: number }> {
  const { actor } = await authorizeWorkspace(principal, "partnership.writeWorkspace", partnershipId);
  const p = checked(input);
  return db().$transaction(async (tx) => {
    const found =
      Number.isSafeInteger(projectId) && projectId > 0 && projectId <= 2_147_483_647
        ? await tx.jointProject.findFirst({ where: { id: projectId, partnershipId }, select: { id: true } })
        : null;
    if (!found) throw new DomainError("notFound");
    await programmeExists(tx, p.programme);
    await tx.jointProjectInstitution.deleteMany({ where: { projectId } });
    await tx.jointProject.update({
      where: { id: projectId },
      data: { ...data(p), updatedByUserId: actor.userId, institutions: { create: institutionRows(p) } },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "partnership.writeWorkspace",
      objectType: "partnership",
      objectId: String(partnershipId),
      outcome: "ALLOWED",
      detail: { op: "updateProject", project: projectId, public: p.public },
    });
    return { projectId };
  });
}

/** A project as its edit form shows it (partnership.writeWorkspace); not found when not this partnership's. */
export async function getProjectForEditing(principal: Principal | null, partnershipId: number, projectId: number) {
  await authorizeWorkspace(principal, "partnership.writeWorkspace", partnershipId);
  const row =
    Number.isSafeInteger(projectId) && projectId > 0 && projectId <= 2_147_483_647
      ? await db().jointProject.findFirst({ where: { id: projectId, partnershipId }, select: PROJECT_SELECT })
      : null;
  if (!row) throw new DomainError("notFound");
  return row;
}

export const PROJECT_SELECT = {
  id: true,
  title: true,
  areas: true,
  status: true,
  deadline: true,
  amountAsked: true,
  amountGranted: true,
  public: true,
  updatedAt: true,
  fundingProgramme: { select: { id: true, slug: true, texts: true } },
  institutions: { select: { side: true, name: true, type: true }, orderBy: { position: "asc" } },
} as const;

/** The funding catalogue's programmes to choose from (current ones, and the one already chosen if retired since). */
export async function programmeChoices(current: number | null = null) {
  return db().fundingProgramme.findMany({
    where: { OR: [{ retiredAt: null }, ...(current === null ? [] : [{ id: current }])] },
    select: { id: true, slug: true, texts: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}
