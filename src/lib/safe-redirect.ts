import { routing } from "@/i18n/routing";

/**
 * Where to go back to after signing in, when it is a path of this portal: a relative path under
 * one of its locales ("/en/municipalities/lviv/request"), never another site. Anything else —
 * "//evil.example", "/\\evil.example", "https://…", a path with control characters — is null,
 * so a crafted sign-in link cannot send anyone elsewhere.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 300) return null;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\p{Cc}\s]/u.test(value)) return null;
  const base = "http://portal.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  const locale = url.pathname.split("/")[1];
  if (!(routing.locales as readonly string[]).includes(locale)) return null;
  return url.pathname + url.search;
}
