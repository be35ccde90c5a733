import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { routing } from "@/i18n/routing";
import { currentPrincipal } from "@/server/auth/session";
import { readAttachment } from "@/server/conversations/attachments";
import { fileIdOf, serveStoredFile } from "@/server/files/serve";

/** A file sent in a conversation, for its participants only: access is checked again, on the conversation the file belongs to. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/inbox/[id]/attachments/[attachmentId]">) {
  const { locale, id, attachmentId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return serveStoredFile(request, locale, `/${locale}/inbox/${fileIdOf(id)}`, async () =>
    readAttachment(await currentPrincipal(), fileIdOf(id), fileIdOf(attachmentId)),
  );
}
