"use client";

import { useEffect } from "react";
import { usePathname, useSearchParams } from "next/navigation";

// The address last shown, kept across re-renders and remounts: null until the first page.
let shown: string | null = null;

/**
 * After a navigation inside the portal, moves focus to the main content, the way a full page
 * load starts a reader at the top: the App Router leaves it on the link that was followed (a
 * header link, say, so that a keyboard user would tab through the rest of the header again) or
 * on the body when that link is gone. The first page keeps the browser's own start.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const url = `${pathname}?${query}`;
  useEffect(() => {
    if (shown !== null && shown !== url) document.getElementById("main")?.focus({ preventScroll: true });
    shown = url;
  }, [url]);
  return null;
}
