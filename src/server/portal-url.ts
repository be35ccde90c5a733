import "server-only";
import { headers } from "next/headers";
import { demoMode, env } from "@/server/env";

/**
 * The portal's public origin for links in mail, found the way Auth.js finds it for magic links:
 * AUTH_URL when set; otherwise, only in demo mode (where Auth.js trusts the Host header too), the
 * address the request came to. Outside demo mode AUTH_URL is required, so a forged Host header
 * never reaches a mail. Call it in a request (a server action), then pass it down.
 */
export async function portalOrigin(): Promise<string> {
  if (env.AUTH_URL) return new URL(env.AUTH_URL).origin;
  if (!demoMode) throw new Error("AUTH_URL must be set outside demo mode");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/** An absolute link to a page of the portal: `path` is the page's path with its locale. */
export function portalLink(origin: string, path: string): string {
  return new URL(path, origin).toString();
}
