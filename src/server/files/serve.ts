import "server-only";
import { notFound } from "next/navigation";
import { isRefusal } from "@/server/auth/guard";
import { DomainError } from "@/server/errors";

/** A stored file as its domain function returns it, after checking access. */
export type StoredFile = { fileName: string; contentType: string; size: number; data: Uint8Array };

/** A numeric id from a path segment, or 0 (which names nothing). */
export const fileIdOf = (raw: string) => (/^\d{1,10}$/.test(raw) ? Number(raw) : 0);

/** RFC 6266: an ASCII fallback name and the real one, percent-encoded. */
function disposition(kind: "attachment" | "inline", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The one way the portal serves a file people uploaded (a conversation's attachments, a
 * partnership's documents): `read` checks access (refusals audited) and returns the file. Its type
 * is the one found in its content when it arrived; images are shown in the browser, everything
 * else is downloaded; nothing is sniffed, cached or run (a sandboxing policy that allows no
 * script). The signed-out are sent to sign in and back to `back`; anyone else refused, and unknown
 * ids, get the not-found page.
 */
export async function serveStoredFile(request: Request, locale: string, back: string, read: () => Promise<StoredFile>): Promise<Response> {
  try {
    const file = await read();
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
      return new Response(null, {
        status: 303,
        headers: { location: new URL(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(back)}`, request.url).toString(), "cache-control": "no-store" },
      });
    }
    if (isRefusal(error) || error instanceof DomainError) notFound();
    throw error;
  }
}
