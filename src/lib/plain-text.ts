import { z } from "zod";

/**
 * Free text as the portal keeps it: control and invisible formatting characters removed (line
 * breaks kept), so is U+FFFD (what undecodable bytes become), then trimmed. Every free-text input
 * goes through this before its length is checked: forms, coordinators' notes, reasons.
 * Pasted text from office documents often carries such characters; nobody means to store them.
 */
export function cleanText(value: string): string {
  return value.replace(/[\p{Cc}\p{Cf}\uFFFD]/gu, (c) => (c === "\n" || c === "\r" ? c : "")).trim();
}

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
