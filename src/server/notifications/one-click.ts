import "server-only";
import { DomainError } from "@/server/errors";
import { unsubscribeWithToken } from "./mail-choices";

/**
 * POST /api/unsubscribe/{token} with the body "List-Unsubscribe=One-Click" (RFC 8058): what a mail
 * program sends when its reader clicks "unsubscribe". Stops that kind of mail to that person, as
 * the page does. No cookies, no sign-in, no redirect; the token is the authority.
 */
export async function POST(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await context.params;
  const body = await request.text().catch(() => "");
  if (!new URLSearchParams(body).has("List-Unsubscribe")) return new Response("Send List-Unsubscribe=One-Click.", { status: 400 });
  try {
    await unsubscribeWithToken(token);
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not a valid unsubscribe link.", { status: 404 });
    throw error;
  }
  return new Response("Unsubscribed.", { status: 200 });
}
