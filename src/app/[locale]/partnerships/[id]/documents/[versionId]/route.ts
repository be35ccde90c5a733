import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { routing } from "@/i18n/routing";
import { currentPrincipal } from "@/server/auth/session";
import { fileIdOf, serveStoredFile } from "@/server/files/serve";
import { readDocumentVersion } from "@/server/workspace/documents";

/** One version of a partnership's document, for the workspace's members only: access is checked again here. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/partnerships/[id]/documents/[versionId]">) {
  const { locale, id, versionId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return serveStoredFile(request, locale, `/${locale}/partnerships/${fileIdOf(id)}`, async () =>
    readDocumentVersion(await currentPrincipal(), fileIdOf(id), fileIdOf(versionId)),
  );
}
