import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { routing } from "@/i18n/routing";
import { isRefusal } from "@/server/auth/guard";
import { currentPrincipal } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { readAttachment } from "@/server/conversations/attachments";

const idOf = (raw: string) => (/^\d{1,10}$/.test(raw) ? Number(raw) : 0);

/** RFC 6266: an ASCII fallback name and the real one, percent-encoded. */
function disposition(kind: "attachment" | "inline", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * A file sent in a conversation, for its participants only: access is checked again here, on the
 * conversation the file belongs to (refusals audited). Its type is the one found in its content
 * when it arrived; images are shown in the browser, everything else is downloaded; nothing is
 * sniffed, cached or run (a sandboxing policy that allows no script).
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/inbox/[id]/attachments/[attachmentId]">) {
  const { locale, id, attachmentId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  try {
    const file = await readAttachment(await currentPrincipal(), idOf(id), idOf(attachmentId));
    const image = file.contentType.startsWith("image/");
    return new Response(new Uint8Array(file.data), {
      headers: {
        "content-type": file.contentType,
        "content-length": String(file.size),
        "content-disposition": disposition(image ? "inline" : "attachment", file.fileName),
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        "cache-control": "private, no-store",
        "cross-origin-resource-policy": "same-origin",
      },
    });
  } catch (error) {
    if (isRefusal(error) && !error.signedIn) {
      const back = `/${locale}/inbox/${idOf(id)}`;
      return new Response(null, {
        status: 303,
        headers: { location: new URL(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(back)}`, request.url).toString(), "cache-control": "no-store" },
      });
    }
    if (isRefusal(error) || error instanceof DomainError) notFound();
    throw error;
  }
}
