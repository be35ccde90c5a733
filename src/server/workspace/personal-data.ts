import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * A person's part in partnerships' workspaces, for their data export: the document versions they
 * uploaded (names, types, sizes; the files themselves are downloaded from the partnership's page,
 * as a conversation's files are) and the joint projects they recorded or last changed.
 */
export async function workspaceDataOf(userId: string, client: PrismaClient) {
  const [documentsUploaded, projects] = await Promise.all([
    client.workspaceDocumentVersion.findMany({
      where: { uploaderUserId: userId },
      orderBy: { id: "asc" },
      select: {
        number: true,
        fileName: true,
        contentType: true,
        size: true,
        createdAt: true,
        document: { select: { partnershipId: true, kind: true, title: true } },
      },
    }),
    client.jointProject.findMany({
      where: { OR: [{ recordedByUserId: userId }, { updatedByUserId: userId }] },
      orderBy: { id: "asc" },
      select: { partnershipId: true, title: true, status: true, createdAt: true, updatedAt: true, recordedByUserId: true },
    }),
  ]);
  return {
    documentsUploaded: documentsUploaded.map(({ document, ...v }) => ({ ...v, ...document })),
    projects: projects.map(({ recordedByUserId, ...p }) => ({ ...p, recordedByYou: recordedByUserId === userId })),
  };
}
