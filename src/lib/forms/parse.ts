import { z } from "zod";
import type { FieldErrors, FormValues } from "./state";

/**
 * How a form's FormData becomes what its zod schema checks. Every schema's messages are keys of
 * the form's error messages in the catalogue (`{ error: "tooShort" }`); zod's own messages (a
 * wrong type, an unknown option) become `fallback`.
 */
export type FormSpec<Input, Field extends string, Key extends string> = {
  schema: z.ZodType<Input>;
  /** The form's text fields; a text field left out is sent as "", so it is "required", not malformed. */
  text: readonly string[];
  /** Fields sent once per ticked checkbox. */
  lists?: readonly string[];
  /** Single checkboxes: ticked is true. */
  booleans?: readonly string[];
  errorKeys: readonly Key[];
  fallback: Key;
  /** Builds what the kinds above do not cover (the profile's area lines). */
  read?: (form: FormData, out: FormValues) => void;
  /** The form field an issue is shown at; the first segment of its path unless said otherwise. */
  fieldOf?: (path: readonly PropertyKey[], values: FormValues) => Field;
  /** Checks across fields, on what was sent; their messages are shown with the schema's. */
  check?: (values: FormValues, add: (field: Field, key: Key) => void) => void;
};

export type Parsed<Input, Field extends string, Key extends string> = { ok: true; input: Input } | { ok: false; fieldErrors: FieldErrors<Field, Key> };

/** Postgres stores no NUL character in text or JSON: a forged post's NUL bytes are dropped here, before any schema or query sees them. */
const withoutNul = (value: string) => (value.includes("\u0000") ? value.replaceAll("\u0000", "") : value);

/** FormData as the schema expects it. Fields the form does not have are dropped, so forged extra fields never reach the schema. */
export function readForm(spec: Pick<FormSpec<unknown, string, string>, "text" | "lists" | "booleans" | "read">, form: FormData): FormValues {
  const out: FormValues = {};
  for (const field of spec.text) {
    const value = form.get(field);
    out[field] = typeof value === "string" ? withoutNul(value) : "";
  }
  for (const field of spec.lists ?? []) out[field] = form.getAll(field).flatMap((v) => (typeof v === "string" ? [withoutNul(v)] : []));
  for (const field of spec.booleans ?? []) out[field] = form.get(field) === "on" || form.get(field) === "true";
  spec.read?.(form, out);
  return out;
}

/** Validates what a form sent (as readForm reads it): the input, or each field's error keys. */
export function validateForm<Input, Field extends string, Key extends string>(
  spec: FormSpec<Input, Field, Key>,
  values: FormValues,
): Parsed<Input, Field, Key> {
  const result = spec.schema.safeParse(values);
  const fieldErrors: FieldErrors<Field, Key> = {};
  const add = (field: Field, key: Key) => {
    const keys = (fieldErrors[field] ??= []);
    if (!keys.includes(key)) keys.push(key);
  };
  const keyOf = (message: string) => ((spec.errorKeys as readonly string[]).includes(message) ? (message as Key) : spec.fallback);
  if (!result.success) {
    for (const issue of result.error.issues) add(spec.fieldOf?.(issue.path, values) ?? (issue.path[0] as Field), keyOf(issue.message));
  }
  spec.check?.(values, add);
  if (result.success && Object.keys(fieldErrors).length === 0) return { ok: true, input: result.data };
  return { ok: false, fieldErrors };
}

/** A submitted form: the input, or each field's error keys. */
export function parseForm<Input, Field extends string, Key extends string>(spec: FormSpec<Input, Field, Key>, form: FormData): Parsed<Input, Field, Key> {
  return validateForm(spec, readForm(spec, form));
}

/** A form of text fields that its domain function checks itself (a note, a reason, an id). */
export function textForm<F extends string>(...fields: F[]): FormSpec<Record<F, string>, F, never> {
  const shape = Object.fromEntries(fields.map((f) => [f, z.string()])) as Record<F, z.ZodString>;
  return { schema: z.object(shape) as unknown as z.ZodType<Record<F, string>>, text: fields, errorKeys: [], fallback: undefined as never };
}
