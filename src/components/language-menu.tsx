"use client";

import { useRef } from "react";

/** A <details> disclosure holding a list: it opens without JavaScript; with it, Escape closes it
 * and gives focus back to its button. */
export function LanguageMenu({ summary, children }: { summary: React.ReactNode; children: React.ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const closeOnEscape = (event: React.KeyboardEvent) => {
    if (event.key !== "Escape" || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector("summary")?.focus();
  };
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape from the summary or any link of the open list bubbles here; the summary itself is the interactive element
    <details ref={menu} onKeyDown={closeOnEscape}>
      <summary className="inline-flex min-h-6 cursor-pointer items-center gap-1 rounded border border-white/70 px-2 py-1 text-white hover:bg-white hover:text-brand-900">
        {summary}
      </summary>
      {/* In the flow, not over the page: an open menu pushes the page down rather than covering it. */}
      <ul className="mt-2 w-48 max-w-full rounded border border-slate-300 bg-white py-1 text-slate-900 shadow-lg">{children}</ul>
    </details>
  );
}
