import "server-only";
import { cache } from "react";
import { auth } from "./auth";
import { loadPrincipal, type Principal } from "./principal";

/**
 * The signed-in person of this request, or null; one session lookup per request however many
 * components ask. Pages and domain functions check permissions on this, never on the proxy.
 */
export const currentPrincipal = cache(async function currentPrincipal(): Promise<Principal | null> {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? loadPrincipal(userId) : null;
});
