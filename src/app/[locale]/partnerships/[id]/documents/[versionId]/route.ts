import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { routing } from "@/i18n/routing";
import { isRefusal } from "@/server/auth/guard";
import { currentPrincipal } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { readDocumentVersion } from "@/server/workspace/documents";

const idOf = (raw: string) => (/^\d{1,10}$/.test(raw) ? Number(raw) : 0);

/** RFC 6266: an ASCII fallback name and the real one, percent-encoded. */
function disposition(kind: "attachment" | "inline", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * One version of a partnership's document, for the workspace's members only: access is checked
 * again here (refusals audited), served as a conversation's files are: the type found in its
 * content, images shown and the rest downloaded, nothing sniffed, cached or run.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/partnerships/[id]/documents/[versionId]">) {
  const { locale, id, versionId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  try {
    const file = await readDocumentVersion(await currentPrincipal(), idOf(id), idOf(versionId));
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
      const back = `/${locale}/partnerships/${idOf(id)}`;
      return new Response(null, {
        status: 303,
        headers: { location: new URL(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(back)}`, request.url).toString(), "cache-control": "no-store" },
      });
    }
    if (isRefusal(error) || error instanceof DomainError) notFound();
    throw error;
  }
}
