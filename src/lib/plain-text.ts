/**
 * Free text as the portal keeps it: control and invisible formatting characters removed (line
 * breaks kept), so is U+FFFD (what undecodable bytes become), then trimmed. Every free-text input
 * goes through this before its length is checked: forms, coordinators' notes, reasons.
 * Pasted text from office documents often carries such characters; nobody means to store them.
 */
export function cleanText(value: string): string {
  return value.replace(/[\p{Cc}\p{Cf}\uFFFD]/gu, (c) => (c === "\n" || c === "\r" ? c : "")).trim();
}
