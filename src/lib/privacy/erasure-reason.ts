import { z } from "zod";
import { cleanText } from "@/lib/plain-text";

export const ERASURE_REASON = { min: 10, max: 500 } as const;

/** Why a coordinator erases a contact person (e.g. "Asked by e-mail on 3 May; left the town hall"). */
export const erasureReasonSchema = z.string().transform(cleanText).pipe(z.string().min(ERASURE_REASON.min).max(ERASURE_REASON.max));

export function parseErasureReason(value: unknown): string | null {
  const parsed = erasureReasonSchema.safeParse(typeof value === "string" ? value : "");
  return parsed.success ? parsed.data : null;
}
