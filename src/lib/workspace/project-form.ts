import { z } from "zod";
import type { FormSpec } from "@/lib/forms/parse";
import type { FormValues } from "@/lib/forms/state";
import { isCooperationArea, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { AMOUNT_MAX, INSTITUTION_ROWS, INSTITUTION_TYPES, NAME_MAX, PROJECT_STATUSES, SIDES, TITLE_MAX, type InstitutionType, type Side } from "./catalogue";

/** A joint project as its form sends it (src/components/workspace/project-form.tsx) and the domain checks it. */
export const PROJECT_ERROR_KEYS = [
  "titleRequired",
  "titleTooLong",
  "areaUnknown",
  "statusUnknown",
  "deadlineInvalid",
  "amountInvalid",
  "grantedOnlyWhenGranted",
  "institutionName",
  "institutionNameTooLong",
  "institutionType",
  "programmeUnknown",
  "invalid",
] as const;
export type ProjectErrorKey = (typeof PROJECT_ERROR_KEYS)[number];
export type ProjectField =
  "title" | "areas" | "programme" | "status" | "deadline" | "amountAsked" | "amountGranted" | "public" | `institution-${Side}-${number}`;

export type InstitutionInput = { side: Side; name: string; type: InstitutionType };
export type ProjectInput = {
  title: string;
  areas: CooperationAreaSlug[];
  /** A funding programme's id, or null. */
  programme: number | null;
  status: (typeof PROJECT_STATUSES)[number];
  deadline: string | null;
  amountAsked: number | null;
  amountGranted: number | null;
  public: boolean;
  institutions: InstitutionInput[];
};

/** One line of text: control characters (a NUL, line breaks) are dropped, never stored. */
export const singleLine = (v: string) => v.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/ {2,}/g, " ");

/** Whole euros: digits, grouped by spaces or apostrophes, or by commas or points in groups of three ("1.500.000", "1,500,000"); never a fraction. */
const euros = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s\u00a0\u202f'’]/g, ""))
  .transform((v) => (/^\d{1,3}([.,]\d{3})+$/.test(v) ? v.replace(/[.,]/g, "") : v))
  .refine((v) => v === "" || (/^\d{1,10}$/.test(v) && Number(v) <= AMOUNT_MAX), { error: "amountInvalid" })
  .transform((v) => (v === "" ? null : Number(v)));

const institution = z.object({ name: z.string().transform(singleLine), type: z.string() });

export const projectSchema = z
  .object({
    title: z
      .string()
      .transform(singleLine)
      .pipe(z.string().trim().min(1, { error: "titleRequired" }).max(TITLE_MAX, { error: "titleTooLong" })),
    areas: z.array(z.string().refine(isCooperationArea, { error: "areaUnknown" })).transform((a) => [...new Set(a)] as CooperationAreaSlug[]),
    programme: z
      .string()
      .refine((v) => v === "" || /^\d{1,9}$/.test(v), { error: "programmeUnknown" })
      .transform((v) => (v === "" ? null : Number(v))),
    status: z.enum(PROJECT_STATUSES, { error: "statusUnknown" }),
    deadline: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)), { error: "deadlineInvalid" })
      .transform((v) => (v === "" ? null : v)),
    amountAsked: euros,
    amountGranted: euros,
    public: z.boolean(),
    institutions: z.array(z.object({ side: z.enum(SIDES), rows: z.array(institution) })),
  })
  .transform(({ institutions, ...p }) => ({
    ...p,
    institutions: institutions.flatMap(({ side, rows }) =>
      rows.filter((r) => r.name.trim() !== "").map((r) => ({ side, name: r.name.trim(), type: r.type as InstitutionType })),
    ),
  }));

export const rowField = (side: Side, i: number) => `institution-${side}-${i}`;

function readInstitutions(form: FormData, out: FormValues) {
  out.institutions = SIDES.map((side) => ({
    side,
    rows: Array.from({ length: INSTITUTION_ROWS }, (_, i) => {
      const name = form.get(`${rowField(side, i)}-name`);
      const type = form.get(`${rowField(side, i)}-type`);
      return { name: typeof name === "string" ? name : "", type: typeof type === "string" ? type : "" };
    }),
  }));
  for (const side of SIDES)
    for (let i = 0; i < INSTITUTION_ROWS; i++) {
      const row = (out.institutions as { rows: { name: string; type: string }[] }[])[SIDES.indexOf(side)].rows[i];
      out[`${rowField(side, i)}-name`] = row.name;
      out[`${rowField(side, i)}-type`] = row.type;
    }
}

export const projectForm: FormSpec<ProjectInput, ProjectField, ProjectErrorKey> = {
  schema: projectSchema as unknown as z.ZodType<ProjectInput>,
  text: ["title", "programme", "status", "deadline", "amountAsked", "amountGranted"],
  lists: ["areas"],
  booleans: ["public"],
  errorKeys: PROJECT_ERROR_KEYS,
  fallback: "invalid",
  read: readInstitutions,
  check: (values, add) => {
    // An amount granted belongs to a granted application only.
    const granted = typeof values.amountGranted === "string" && values.amountGranted.trim() !== "";
    if (granted && values.status !== "GRANTED") add("amountGranted", "grantedOnlyWhenGranted");
    const sides = (values.institutions ?? []) as { side: Side; rows: { name: string; type: string }[] }[];
    for (const { side, rows } of sides)
      rows.forEach((r, i) => {
        const field = rowField(side, i) as ProjectField;
        const named = r.name.trim() !== "";
        if (!named && r.type !== "") add(field, "institutionName");
        if (named && r.name.trim().length > NAME_MAX) add(field, "institutionNameTooLong");
        if (named && !(INSTITUTION_TYPES as readonly string[]).includes(r.type)) add(field, "institutionType");
      });
  },
};
