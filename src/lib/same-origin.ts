/**
 * Whether a state-changing request comes from one of the portal's own pages. Browsers send
 * `Origin` with every POST (and `Referer` unless a page asks them not to); a form or script on
 * another site names that site there, and a script outside a browser usually sends neither.
 * Next.js only compares `Origin` when it is present, and answers a mismatch with a 500; the proxy
 * refuses both cases with a 403 before any action runs, for server actions and no-JS form posts
 * alike. `hosts` are the portal's own host names (with port): the Host the request came to, the
 * host a reverse proxy says it forwarded for, and AUTH_URL's.
 */
export function isSameOriginPost(headers: { get(name: string): string | null }, hosts: readonly string[]): boolean {
  const origin = headers.get("origin");
  // "null" is what privacy-sensitive contexts send (sandboxed frames, some redirects): no origin.
  const source = origin && origin !== "null" ? origin : headers.get("referer");
  if (!source) return false;
  let host: string;
  try {
    const url = new URL(source);
    if (url.protocol !== "https:" && url.protocol !== "http:") return false;
    host = url.host.toLowerCase();
  } catch {
    return false;
  }
  return hosts.some((h) => h.toLowerCase() === host);
}

/** The host names a request may name as its origin (see isSameOriginPost). */
export function ownHosts(headers: { get(name: string): string | null }, publicUrl: string | undefined): string[] {
  const hosts = [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0]?.trim()];
  if (publicUrl) {
    try {
      hosts.push(new URL(publicUrl).host);
    } catch {
      // env.ts validates AUTH_URL; nothing to add otherwise.
    }
  }
  return hosts.filter((h): h is string => Boolean(h));
}
