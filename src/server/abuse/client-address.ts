import "server-only";
import { headers } from "next/headers";

/** The client's address as the reverse proxy in front of the portal reports it (its first hop), if it does. */
export async function clientAddress(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
}
