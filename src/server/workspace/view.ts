import "server-only";
import { db } from "@/server/db";
import { can, Forbidden, type Principal } from "@/server/auth/principal";
import { authorizeWorkspace } from "./authorize";
import { PROJECT_SELECT } from "./projects";

/**
 * What the partnership's page shows of its workspace. Members (./access.ts) get its documents with
 * every version (who uploaded it, when) and all its projects; `mayWrite` says whether they get the
 * forms. Everyone else gets the projects the partnership made public, without their amounts and
 * deadline (what a partnership asks a funder for stays between the partners and the network);
 * a signed-in person who is not a member is refused (audited) first.
 */
export async function workspaceView(principal: Principal | null, partnershipId: number) {
  try {
    const { subject } = await authorizeWorkspace(principal, "partnership.readWorkspace", partnershipId);
    const [documents, projects] = await Promise.all([
      db().workspaceDocument.findMany({
        where: { partnershipId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          title: true,
          versions: {
            orderBy: { number: "desc" },
            select: { id: true, number: true, fileName: true, size: true, createdAt: true, uploader: { select: { name: true, email: true } } },
          },
        },
      }),
      db().jointProject.findMany({ where: { partnershipId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: PROJECT_SELECT }),
    ]);
    return {
      member: true as const,
      mayWrite: can(principal, "partnership.writeWorkspace", subject),
      documents: documents.map((d) => ({
        ...d,
        versions: d.versions.map(({ uploader, ...v }) => ({ ...v, uploader: uploader ? (uploader.name ?? uploader.email) : null })),
      })),
      projects,
    };
  } catch (error) {
    if (!(error instanceof Forbidden) || (principal !== null) !== error.signedIn) throw error;
    return { member: false as const, mayWrite: false, documents: [], projects: await publicProjects(partnershipId) };
  }
}

/** The projects a partnership made public: title, areas, institutions, programme and status only. */
export async function publicProjects(partnershipId: number) {
  const rows = await db().jointProject.findMany({
    where: { partnershipId, public: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...PROJECT_SELECT, amountAsked: false, amountGranted: false, deadline: false },
  });
  return rows.map((r) => ({ ...r, amountAsked: null, amountGranted: null, deadline: null }));
}

export type WorkspaceView = Awaited<ReturnType<typeof workspaceView>>;
export type WorkspaceProject = WorkspaceView["projects"][number];
