"use client";

import { useTranslations } from "next-intl";
import { PROFILE_LIMITS, type ProfileErrorKey, type ProfileField } from "@/lib/profile-schema";
import { ADDITIONAL_PROFILE_LANGUAGES, descriptionField } from "@/lib/profile-languages";
import { describedBy as sharedDescribedBy, FormTextField } from "@/components/form/text-field";

/** The ids a field's description is made of: its hint and, when present, its error. */
export function describedBy(field: string, hint: string | null, errors?: ProfileErrorKey[]): string | undefined {
  return sharedDescribedBy(field, hint, Boolean(errors?.length));
}

const LIMITS: Partial<Record<string, { min?: number; max?: number }>> = {
  nameEn: PROFILE_LIMITS.name,
  nameUk: PROFILE_LIMITS.name,
  adminCentreEn: PROFILE_LIMITS.place,
  adminCentreUk: PROFILE_LIMITS.place,
  raionEn: PROFILE_LIMITS.place,
  raionUk: PROFILE_LIMITS.place,
  population: PROFILE_LIMITS.population,
  areaKm2: PROFILE_LIMITS.areaKm2,
  latitude: PROFILE_LIMITS.latitude,
  longitude: PROFILE_LIMITS.longitude,
  descriptionEn: PROFILE_LIMITS.description,
  descriptionUk: PROFILE_LIMITS.description,
  ...Object.fromEntries(ADDITIONAL_PROFILE_LANGUAGES.map((l) => [descriptionField(l), PROFILE_LIMITS.description])),
  languages: PROFILE_LIMITS.languages,
  website: PROFILE_LIMITS.website,
  needs: PROFILE_LIMITS.areas,
  offers: PROFILE_LIMITS.areas,
  contactName: PROFILE_LIMITS.contactName,
  contactRole: PROFILE_LIMITS.contactRole,
  contactEmail: PROFILE_LIMITS.email,
  contactPhone: PROFILE_LIMITS.phone,
};

function limitsFor(field: string) {
  // A need's or offer's detail line: needs-<area>-<language>.
  const l = LIMITS[field] ?? (/^(needs|offers)-.+-[a-z]{2}$/.test(field) ? PROFILE_LIMITS.detail : {});
  return { min: "min" in l ? (l.min ?? 0) : 0, max: l.max ?? 0 };
}

/** The messages of one field, tied to it by id. */
export function FieldError({ field, errors }: { field: ProfileField; errors?: ProfileErrorKey[] }) {
  const t = useTranslations("profileEditor.errors");
  if (!errors?.length) return null;
  const limits = limitsFor(field);
  return (
    <span id={`${field}-error`} className="field-error">
      {errors.map((key) => t(key, limits)).join(" ")}
    </span>
  );
}

type FieldProps = {
  field: ProfileField;
  label: string;
  /** The id of a hint shown elsewhere (one hint can describe two fields), or a text shown here. */
  hint?: string;
  hintId?: string;
  errors?: ProfileErrorKey[];
  defaultValue?: string;
  maxLength: number;
  required?: boolean;
  lang?: string;
};

export function TextField({
  errors,
  autoComplete = "off",
  ...p
}: FieldProps & { type?: "text" | "email" | "tel" | "url"; autoComplete?: string; inputMode?: "numeric" | "decimal" }) {
  return <FormTextField {...p} autoComplete={autoComplete} error={<FieldError field={p.field} errors={errors} />} invalid={Boolean(errors?.length)} />;
}

export function TextArea({ errors, ...p }: FieldProps) {
  return <FormTextField {...p} multiline error={<FieldError field={p.field} errors={errors} />} invalid={Boolean(errors?.length)} />;
}
