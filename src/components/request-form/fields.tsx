"use client";

import { useTranslations } from "next-intl";
import type { RequestErrorKey, RequestField } from "@/lib/partnership-request-schema";
import { REQUEST_LIMITS } from "@/lib/partnership-request-schema";
import { describedBy as sharedDescribedBy, FormTextField, type FormTextFieldProps } from "@/components/form/text-field";

/** The ids a field's description is made of: its hint and, when present, its error. */
export function describedBy(field: RequestField, hasHint: boolean, errors?: RequestErrorKey[]): string | undefined {
  return sharedDescribedBy(field, hasHint ? `${field}-hint` : null, Boolean(errors?.length));
}

/** The messages of one field, tied to it by id; announced when the form is re-rendered with them. */
export function FieldError({ field, errors }: { field: RequestField; errors?: RequestErrorKey[] }) {
  const t = useTranslations("requestForm.errors");
  if (!errors?.length) return null;
  const limits = limitsFor(field);
  return (
    <span id={`${field}-error`} className="field-error">
      {errors.map((key) => t(key, limits)).join(" ")}
    </span>
  );
}

function limitsFor(field: RequestField): { min: number; max: number } {
  const byField: Partial<Record<RequestField, { min?: number; max?: number }>> = {
    requesterName: REQUEST_LIMITS.name,
    requesterRole: REQUEST_LIMITS.role,
    message: REQUEST_LIMITS.message,
    areas: REQUEST_LIMITS.areas,
    languages: REQUEST_LIMITS.languages,
  };
  const l = byField[field] ?? {};
  return { min: l.min ?? 0, max: l.max ?? 0 };
}

export function TextField({
  errors,
  required = true,
  ...props
}: Omit<FormTextFieldProps, "error" | "invalid" | "field" | "multiline" | "hintId" | "lang" | "inputMode"> & {
  field: RequestField;
  errors?: RequestErrorKey[];
  type?: "text" | "email";
}) {
  return <FormTextField {...props} required={required} error={<FieldError field={props.field} errors={errors} />} invalid={Boolean(errors?.length)} />;
}
