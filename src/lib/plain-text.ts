import { z } from "zod";

/**
 * Free text as the portal keeps it: control and invisible formatting characters removed (line
 * breaks kept), so is U+FFFD (what undecodable bytes become), then trimmed. Every free-text input
 * goes through this before its length is checked: forms, coordinators' notes, reasons.
 * Pasted text from office documents often carries such characters; nobody means to store them.
 */
export function cleanText(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Cf}\uFFFD]/gu, (c) => (c === "\n" || c === "\r" || c === ZWJ || c === ZWNJ ? c : ""))
    .replace(LOOSE_JOINER, "")
    .trim();
}

/**
 * The zero-width joiner and non-joiner are part of text where they join two characters: composed
 * emoji (👩‍💻 is 👩 U+200D 💻), and Persian, Indic and other scripts' spelling. Anywhere else
 * (at an edge, beside a space or another joiner) they only hide something, and go like the
 * other invisible characters. Bidirectional overrides and the like still always go.
 */
const ZWJ = "\u200D";
const ZWNJ = "\u200C";
const LOOSE_JOINER = /(?<![^\s\u200C\u200D])[\u200C\u200D]|[\u200C\u200D](?![^\s\u200C\u200D])/gu;

/**
 * A form's free-text field: cleaned, then "required" when empty (if `min` > 0), "tooShort" or
 * "tooLong" — the error keys every form of the portal shares for text.
 */
export function plainTextField(min: number, max: number) {
  return z
    .string({ error: "required" })
    .transform(cleanText)
    .pipe(
      min > 0
        ? z.string().min(1, { error: "required", abort: true }).min(min, { error: "tooShort" }).max(max, { error: "tooLong" })
        : z.string().max(max, { error: "tooLong" }),
    );
}
