/**
 * A form posted to a page without JavaScript names its server action in fields React writes:
 * `$ACTION_ID_<id>`, or `$ACTION_REF_<n>` with `$ACTION_<n>:0` = {"id": …, "bound": "$@1"} and
 * `$ACTION_<n>:1` = the bound arguments as JSON. Next.js decodes these before any code of ours
 * runs, and answers a forged or broken one with a 500. The proxy checks them first with this
 * function and answers 400 instead. What React itself writes always passes: ids are hex, and
 * the bound arguments of this portal's forms are plain JSON (strings, numbers, objects), in
 * which React escapes a string starting with "$" as "$$…"; any other "$…" string is a
 * reference into the reply that a plain form never makes.
 */
export function isWellFormedActionForm(form: FormData): boolean {
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION_ID_")) {
      if (!/^\$ACTION_ID_[0-9a-f]{2,64}$/.test(key)) return false;
      continue;
    }
    const part = key.match(/^\$ACTION_(\d+):(\d+)$/);
    if (!part) continue;
    if (typeof value !== "string") return false;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return false;
    }
    if (part[2] === "0") {
      if (!isReference(parsed)) return false;
    } else if (part[2] === "1") {
      if (!Array.isArray(parsed) || !isPlain(parsed, 0)) return false;
    } else {
      return false;
    }
  }
  return true;
}

function isReference(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { id, bound, ...rest } = value as Record<string, unknown>;
  return Object.keys(rest).length === 0 && typeof id === "string" && /^[0-9a-f]{2,64}$/.test(id) && (bound === null || bound === "$@1");
}

function isPlain(value: unknown, depth: number): boolean {
  if (depth > 8) return false;
  if (value === null || typeof value === "number" || typeof value === "boolean") return true;
  if (typeof value === "string") return !value.startsWith("$") || value.startsWith("$$");
  if (Array.isArray(value)) return value.every((v) => isPlain(v, depth + 1));
  if (typeof value === "object") return Object.values(value as object).every((v) => isPlain(v, depth + 1));
  return false;
}

/**
 * The arguments of a server action called by the page's script, as React encodes them: a JSON
 * text, or — when an argument is a form — a multipart form whose field "0" is that JSON text.
 * Anything else makes React's decoder wait for parts that never come, which Next.js answers with
 * a 500 ("Connection closed"); the proxy answers 400 instead.
 */
export function isWellFormedActionReply(reply: FormData | string): boolean {
  const root = typeof reply === "string" ? reply : reply.get("0");
  if (typeof root !== "string") return false;
  try {
    JSON.parse(root);
    return true;
  } catch {
    return false;
  }
}
