import { z } from "zod";
import type { FormSpec } from "@/lib/forms/parse";
import type { FormState } from "@/lib/forms/state";

// The back office's forms (coordinators: municipalities; administrators: network roles): their
// schemas, as FormSpecs for runAction, and what each form shows after its action ran.

export const HROMADA_TYPES = ["URBAN", "SETTLEMENT", "RURAL"] as const;
/** Unpublishing and merging need a reason for the audit log, as erasure does. */
export const REASON = { min: 10, max: 500 } as const;
const NAME_MAX = 120;

const trimmed = (max: number, error = "tooLong") => z.string().trim().max(max, { error });
const optional = (max: number) => trimmed(max).transform((v) => v || null);
const population = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s,.']/g, ""))
  .refine((v) => v === "" || (/^\d{1,9}$/.test(v) && Number(v) > 0), { error: "population" })
  .transform((v) => (v === "" ? null : Number(v)));

const CREATE_FIELDS = ["nameEn", "nameLocal", "country", "regionName", "population"] as const;
export type CreateField = (typeof CREATE_FIELDS)[number];
export const createSchema = z.object({
  nameEn: trimmed(NAME_MAX).min(1, { error: "required" }),
  nameLocal: optional(NAME_MAX),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => /^[A-Z]{2}$/.test(v), { error: "country" })
    .refine((v) => v !== "UA", { error: "ukraine" }),
  regionName: optional(NAME_MAX),
  population,
});
export type CreateInput = z.infer<typeof createSchema>;
export type CreateErrorKey = "required" | "tooLong" | "country" | "ukraine" | "population" | "invalid";
export const createForm: FormSpec<CreateInput, CreateField, CreateErrorKey> = {
  schema: createSchema,
  text: CREATE_FIELDS,
  errorKeys: ["required", "tooLong", "country", "ukraine", "population"],
  fallback: "invalid",
};
/** `exists` comes with the slug of the municipality already there. */
export type CreateState = FormState<object, "exists" | "forbidden", CreateField, CreateErrorKey>;

const UPDATE_FIELDS = ["slug", "nameEn", "nameUk", "nameLocal", "regionName", "raionEn", "raionUk", "hromadaType", "population", "website"] as const;
export type UpdateField = (typeof UPDATE_FIELDS)[number];
export const updateSchema = z.object({
  slug: z.string(),
  nameEn: trimmed(NAME_MAX).min(1, { error: "required" }),
  nameUk: optional(NAME_MAX),
  nameLocal: optional(NAME_MAX),
  regionName: optional(NAME_MAX),
  raionEn: optional(NAME_MAX),
  raionUk: optional(NAME_MAX),
  hromadaType: z.union([z.enum(HROMADA_TYPES), z.literal("").transform(() => null)], { error: "invalid" }),
  population,
  website: z
    .string()
    .trim()
    .max(300, { error: "tooLong" })
    .refine((v) => v === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), { error: "website" })
    .transform((v) => v || null),
});
export type UpdateInput = z.infer<typeof updateSchema>;
export type UpdateErrorKey = "required" | "tooLong" | "population" | "website" | "invalid";
export const updateForm: FormSpec<UpdateInput, UpdateField, UpdateErrorKey> = {
  schema: updateSchema,
  text: UPDATE_FIELDS,
  errorKeys: ["required", "tooLong", "population", "website"],
  fallback: "invalid",
};
export type UpdateState = FormState<object, "forbidden", UpdateField, UpdateErrorKey>;

/** A day written YYYY-MM-DD, or empty for "not". */
const day = z
  .string()
  .trim()
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v), { error: "date" })
  .transform((v) => v || null);
export const conflictSchema = z.object({ slug: z.string(), occupiedSince: day, frontlineSince: day });
export type ConflictInput = z.infer<typeof conflictSchema>;
export type ConflictField = "occupiedSince" | "frontlineSince";
export type ConflictErrorKey = "date" | "future" | "tooEarly" | "invalid";
export const conflictForm: FormSpec<ConflictInput, ConflictField, ConflictErrorKey> = {
  schema: conflictSchema,
  text: ["slug", "occupiedSince", "frontlineSince"],
  errorKeys: ["date"],
  fallback: "invalid",
};
export type ConflictState = FormState<object, "notHromada" | "forbidden", ConflictField, ConflictErrorKey>;

export type UnpublishState = FormState<object, "notPublished" | "forbidden", "reason", "reason">;
export type MergeState = FormState<object, "same" | "countries" | "target" | "forbidden", "reason", "reason">;

export const NETWORK_ROLES = ["COORDINATOR", "ADMINISTRATOR"] as const;
export type GrantState = FormState<object, "forbidden", "email" | "role", "email" | "role" | "lastAdministrator">;
export type RevokeState = FormState<object, "lastAdministrator" | "notFound" | "forbidden", "user", "user">;
