import { z } from "zod";
import type { FormSpec } from "@/lib/forms/parse";
import type { FormState } from "@/lib/forms/state";
import { plainTextField } from "@/lib/plain-text";
import { isJoinCountry } from "@/lib/countries";

/** `place`: a GeoNames id from the search's list, or TYPED for a place the person types. */
export const TYPED = "typed";

export const JOIN_FIELDS = ["place", "name", "country", "region", "requesterName", "requesterRole"] as const;
export type JoinField = (typeof JOIN_FIELDS)[number];
export const JOIN_ERROR_KEYS = ["required", "tooLong", "invalidCountry", "invalidPlace"] as const;
export type JoinErrorKey = (typeof JOIN_ERROR_KEYS)[number];

/** Why a proposal was not taken: `limited` comes with `minutes`, `alreadyInPortal` with `name`. */
export type JoinFailure = "limited" | "alreadyInPortal" | "unknownPlace" | "alreadyProposed";

export type JoinFormState = FormState<{ joinedExisting: boolean }, JoinFailure, JoinField, JoinErrorKey>;

const text = (max: number) => plainTextField(1, max);
const optional = (max: number) => plainTextField(0, max);

export const joinSchema = z
  .object({
    place: z.string().regex(/^(typed|\d{1,10})$/, "invalidPlace"),
    name: optional(120),
    country: z.string().trim(),
    region: optional(120),
    requesterName: text(120),
    requesterRole: text(120),
  })
  .transform((v) => ({
    ...v,
    country: v.country.toUpperCase(),
  }));

export type JoinInput = z.output<typeof joinSchema>;

export const JOIN_FORM: FormSpec<JoinInput, JoinField, JoinErrorKey> = {
  schema: joinSchema as unknown as z.ZodType<JoinInput>,
  text: JOIN_FIELDS,
  errorKeys: JOIN_ERROR_KEYS,
  fallback: "invalidPlace",
  // A typed place needs its name and country; a place of the list brings its own.
  check: (values, add) => {
    if (values.place !== TYPED) return;
    if (typeof values.name !== "string" || values.name.trim() === "") add("name", "required");
    const country = typeof values.country === "string" ? values.country.trim().toUpperCase() : "";
    if (!isJoinCountry(country)) add("country", country === "" ? "required" : "invalidCountry");
  },
};

/** The coordinator's rejection: a reason, mailed to the proposers. */
export const REJECT_REASON = { min: 10, max: 1000 } as const;
export type JoinDecisionState = FormState<object, "forbidden" | "notFound" | "alreadyDecided", "reason", "reason">;
