import { plainTextField } from "@/lib/plain-text";

export const ERASURE_REASON = { min: 10, max: 500 } as const;

/** Why a coordinator erases a contact person (e.g. "Asked by e-mail on 3 May; left the town hall"). */
export const erasureReasonSchema = plainTextField(ERASURE_REASON.min, ERASURE_REASON.max);

export function parseErasureReason(value: unknown): string | null {
  const parsed = erasureReasonSchema.safeParse(typeof value === "string" ? value : "");
  return parsed.success ? parsed.data : null;
}
