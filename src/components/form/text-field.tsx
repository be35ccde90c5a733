import type { ReactNode } from "react";

/** The ids that describe a field: its hint and, when it has one, its error message. */
export function describedBy(field: string, hintId: string | null, hasError: boolean): string | undefined {
  const ids = [hintId, hasError ? `${field}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export type FormTextFieldProps = {
  field: string;
  label: string;
  /** A hint shown under the label, or the id of one shown elsewhere (one hint for two fields). */
  hint?: string;
  hintId?: string;
  /** The field's message, rendered with id `${field}-error` by the form's own FieldError. */
  error: ReactNode;
  invalid: boolean;
  defaultValue?: string;
  maxLength: number;
  required?: boolean;
  lang?: string;
  multiline?: boolean;
  type?: "text" | "email" | "tel" | "url";
  autoComplete?: string;
  inputMode?: "numeric" | "decimal";
};

/** A labelled text input or textarea, its hint and error tied to it for screen readers. */
export function FormTextField({ field, label, hint, hintId, error, invalid, multiline, required, ...input }: FormTextFieldProps) {
  const described = describedBy(field, hint ? `${field}-hint` : (hintId ?? null), invalid);
  const common = {
    id: field,
    name: field,
    lang: input.lang,
    defaultValue: input.defaultValue,
    maxLength: input.maxLength,
    "aria-required": required || undefined,
    "aria-invalid": invalid || undefined,
    "aria-describedby": described,
    className: "input",
  };
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
      {error}
      {multiline ? (
        <textarea {...common} rows={6} />
      ) : (
        <input {...common} type={input.type ?? "text"} autoComplete={input.autoComplete} inputMode={input.inputMode} />
      )}
    </div>
  );
}
