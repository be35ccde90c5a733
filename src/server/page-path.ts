import "server-only";
import { headers } from "next/headers";
import { PAGE_PATH_HEADER } from "@/lib/page-path";

/** The current page's path without its locale ("/municipalities/lviv") and its query ("?q=…" or ""). */
export async function currentPagePath(): Promise<{ path: string; search: string }> {
  const value = (await headers()).get(PAGE_PATH_HEADER) ?? "/";
  const url = new URL(value.startsWith("/") ? value : "/", "http://portal.invalid");
  return { path: url.pathname, search: url.search };
}

/** The same page in another language. */
export function inLocale(locale: string, { path, search }: { path: string; search: string }): string {
  return `/${locale}${path === "/" ? "" : path}${search}`;
}
