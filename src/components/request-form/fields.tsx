"use client";

import { useTranslations } from "next-intl";
import type { RequestErrorKey, RequestField } from "@/lib/partnership-request-schema";
import { REQUEST_LIMITS } from "@/lib/partnership-request-schema";

/** The ids a field's description is made of: its hint and, when present, its error. */
export function describedBy(field: RequestField, hasHint: boolean, errors?: RequestErrorKey[]): string | undefined {
  const ids = [hasHint ? `${field}-hint` : null, errors?.length ? `${field}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
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
    newMunicipalityName: REQUEST_LIMITS.name,
    requesterRole: REQUEST_LIMITS.role,
    requesterEmail: REQUEST_LIMITS.email,
    message: REQUEST_LIMITS.message,
    newMunicipalityRegion: REQUEST_LIMITS.region,
    areas: REQUEST_LIMITS.areas,
    languages: REQUEST_LIMITS.languages,
  };
  const l = byField[field] ?? {};
  return { min: l.min ?? 0, max: l.max ?? 0 };
}

export function TextField({
  field,
  label,
  hint,
  errors,
  defaultValue,
  type = "text",
  autoComplete,
  maxLength,
  required = true,
}: {
  field: RequestField;
  label: string;
  hint?: string;
  errors?: RequestErrorKey[];
  defaultValue?: string;
  type?: "text" | "email";
  autoComplete?: string;
  maxLength: number;
  required?: boolean;
}) {
  return (
    <div>
      <label htmlFor={field} className="field-label">
        {label}
      </label>
      {hint && (
        <span id={`${field}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <FieldError field={field} errors={errors} />
      <input
        id={field}
        name={field}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(field, Boolean(hint), errors)}
        className="input"
      />
    </div>
  );
}
