import { linkify } from "@/lib/conversations/linkify";

/** A message's plain text with its web addresses as links (rendered as text by React: never as HTML). */
export function MessageText({ text, lang }: { text: string; lang?: string }) {
  return (
    <p className="whitespace-pre-line break-words" lang={lang}>
      {linkify(text).map((piece, i) =>
        "href" in piece ? (
          <a key={i} href={piece.href} rel="noopener noreferrer nofollow ugc" className="break-all">
            {piece.text}
          </a>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
