import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { safeFileName, sniffFileKind } from "@/lib/conversations/file-type";
import { MAX_ATTACHMENT_BYTES } from "@/lib/conversations/limits";
import { singleLine } from "@/lib/workspace/project-form";
import { TITLE_MAX, isDocumentKind, type DocumentKind } from "@/lib/workspace/catalogue";
import { authorizeWorkspace } from "./authorize";

export type DocumentErrorCode = "documentUnknown" | "kindUnknown" | "titleRequired" | "titleTooLong" | "fileMissing" | "fileType" | "fileTooLarge";
export type DocumentUpload = { name: string; data: Uint8Array };

const isUpload = (v: unknown): v is DocumentUpload =>
  typeof v === "object" &&
  v !== null &&
  !(v instanceof Blob) &&
  (v as DocumentUpload).data instanceof Uint8Array &&
  typeof (v as DocumentUpload).name === "string";

/** The file of a form field: null when none was chosen; text where a file belongs is a forged form. */
export async function uploadOf(file: unknown): Promise<DocumentUpload | null> {
  if (file === null || file === "") return null;
  if (!(file instanceof Blob)) throw new DomainError<DocumentErrorCode>("fileType", "file");
  if (file.size === 0) return null;
  if (file.size > MAX_ATTACHMENT_BYTES) throw new DomainError<DocumentErrorCode>("fileTooLarge", "file");
  return { name: "name" in file && typeof file.name === "string" ? file.name : "", data: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * A member who writes (partnership.writeWorkspace: the two municipalities' people, coordinators,
 * administrators) uploads a document of the partnership: a new one (`document` "new", with its
 * kind and title) or a new version of one of its documents (`document` its id). The file follows
 * the conversations' rules: at most 10 MB, a PDF, an image or an office document by its content.
 * The version, its number and the audit line commit together; a refused upload stores nothing.
 */
export async function uploadDocument(
  principal: Principal | null,
  partnershipId: number,
  /** `file`: read from the form (a Blob, "" or null) or already read. */
  input: { document: unknown; kind: unknown; title: unknown; file: DocumentUpload | unknown },
): Promise<{ documentId: number; versionId: number; number: number }> {
  // Who may write is checked before anything sent is read: a refused post is refused, whatever it holds.
  const { actor } = await authorizeWorkspace(principal, "partnership.writeWorkspace", partnershipId);
  const upload: DocumentUpload | null = isUpload(input.file) ? input.file : await uploadOf(input.file);
  const existing = input.document === "new" ? null : typeof input.document === "string" && /^\d{1,9}$/.test(input.document) ? Number(input.document) : NaN;
  if (Number.isNaN(existing)) throw new DomainError<DocumentErrorCode>("documentUnknown", "document");
  let fresh: { kind: DocumentKind; title: string } | null = null;
  if (existing === null) {
    if (!isDocumentKind(input.kind)) throw new DomainError<DocumentErrorCode>("kindUnknown", "kind");
    const title = typeof input.title === "string" ? singleLine(input.title).trim() : "";
    if (title === "") throw new DomainError<DocumentErrorCode>("titleRequired", "title");
    if (title.length > TITLE_MAX) throw new DomainError<DocumentErrorCode>("titleTooLong", "title");
    fresh = { kind: input.kind, title };
  }
  if (!upload) throw new DomainError<DocumentErrorCode>("fileMissing", "file");
  if (upload.data.byteLength > MAX_ATTACHMENT_BYTES) throw new DomainError<DocumentErrorCode>("fileTooLarge", "file");
  const kind = sniffFileKind(upload.data);
  if (!kind) throw new DomainError<DocumentErrorCode>("fileType", "file");
  const file = { fileName: safeFileName(upload.name, kind), contentType: kind.contentType, size: upload.data.byteLength, data: Buffer.from(upload.data) };
  return db().$transaction(async (tx) => {
    let documentId: number;
    if (fresh) {
      documentId = (await tx.workspaceDocument.create({ data: { partnershipId, kind: fresh.kind, title: fresh.title }, select: { id: true } })).id;
    } else {
      // Locks the document's row: two versions uploaded at once get numbers one after the other.
      const rows = await tx.$queryRaw<
        { id: number }[]
      >`SELECT id FROM workspace_document WHERE id = ${existing} AND partnership_id = ${partnershipId} FOR UPDATE`;
      if (rows.length === 0) throw new DomainError<DocumentErrorCode>("documentUnknown", "document");
      documentId = existing!;
    }
    const last = await tx.workspaceDocumentVersion.aggregate({ where: { documentId }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const version = await tx.workspaceDocumentVersion.create({ data: { documentId, number, uploaderUserId: actor.userId, ...file }, select: { id: true } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "partnership.writeWorkspace",
      objectType: "partnership",
      objectId: String(partnershipId),
      outcome: "ALLOWED",
      detail: { op: "uploadDocument", document: documentId, version: version.id, number, size: file.size },
    });
    return { documentId, versionId: version.id, number };
  });
}

/**
 * One version's file, for its download: only for the workspace's members (checked again on
 * every download, refusals audited), and only under its own partnership's address.
 */
export async function readDocumentVersion(principal: Principal | null, partnershipId: number, versionId: number) {
  const valid = Number.isSafeInteger(versionId) && versionId > 0 && versionId <= 2_147_483_647;
  const row = valid
    ? await db().workspaceDocumentVersion.findUnique({ where: { id: versionId }, select: { document: { select: { partnershipId: true } } } })
    : null;
  await authorizeWorkspace(principal, "partnership.readWorkspace", row?.document.partnershipId ?? partnershipId);
  if (!row || row.document.partnershipId !== partnershipId) throw new DomainError("notFound");
  return db().workspaceDocumentVersion.findUniqueOrThrow({ where: { id: versionId }, select: { fileName: true, contentType: true, size: true, data: true } });
}
