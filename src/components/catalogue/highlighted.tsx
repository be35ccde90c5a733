import { Fragment } from "react";
import { highlightParts } from "@/lib/search/highlight";
import type { SearchTerms } from "@/lib/search/query";

/** `text` with the words the search matched in <mark>; React escapes every part. */
export function Highlighted({ text, terms }: { text: string; terms: SearchTerms | null }) {
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-950">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
