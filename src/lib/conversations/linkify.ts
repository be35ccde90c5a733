/**
 * A message's text as plain pieces and links, for React to render (which escapes every piece:
 * no HTML of the writer's ever reaches the page). Only http and https addresses become links;
 * a trailing full stop, comma or closing bracket stays text.
 */
export type Piece = { text: string } | { text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;

export function linkify(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    // Punctuation that ends a sentence is not part of the address (a bracket only when unbalanced).
    while (/[.,;:!?'’)\]]$/.test(url) && !(url.endsWith(")") && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0))) url = url.slice(0, -1);
    const href = safeHref(url);
    if (!href) continue;
    const start = match.index!;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    pieces.push({ text: url, href });
    last = start + url.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
