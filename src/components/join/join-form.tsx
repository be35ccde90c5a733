"use client";

import { useTranslations } from "next-intl";
import { JOIN_FIELDS, TYPED, type JoinField, type JoinFormState } from "@/lib/join/schema";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { FormTextField } from "@/components/form/text-field";
import { useFormAction } from "@/components/form/use-form-action";

export type PlaceChoice = { value: string; label: string };

type Props = {
  action: (previous: JoinFormState, form: FormData) => Promise<JoinFormState>;
  /** The gazetteer's places for the name searched for, as radio buttons; empty: only a typed place. */
  places: PlaceChoice[];
  countries: { value: string; label: string }[];
  email: string;
  initial: Record<string, unknown>;
};

/** Proposing a municipality: the place (from the search, or typed), then who is proposing it. */
export function JoinForm({ action, places, countries, email, initial }: Props) {
  const t = useTranslations("join.form");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action, initial);
  const withErrors = JOIN_FIELDS.filter((f) => errors[f]?.length);
  const error = (field: JoinField) =>
    errors[field]?.length ? (
      <span id={`${field}-error`} className="field-error">
        {errors[field]!.map((k) => t(`errors.${k}`)).join(" ")}
      </span>
    ) : null;
  const field = (name: JoinField, max: number, extra: { autoComplete?: string; hint?: string } = {}) => (
    <FormTextField
      field={name}
      label={t(`fields.${name}`)}
      error={error(name)}
      invalid={Boolean(errors[name]?.length)}
      defaultValue={text(name)}
      maxLength={max}
      {...extra}
    />
  );
  if (state.status === "done") {
    return (
      <div ref={focusRef} tabIndex={-1} role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
        <p className="font-semibold text-emerald-950">{state.joinedExisting ? t("doneJoined") : t("done")}</p>
      </div>
    );
  }
  // A single place found is the one looked for: chosen already. Several: the person chooses.
  const chosen = text("place") || (places.length === 1 ? places[0].value : places.length ? "" : TYPED);
  return (
    <div className="space-y-6">
      {state.status === "invalid" && (
        <ErrorSummary
          ref={focusRef}
          title={t("errorSummary", { count: withErrors.length })}
          items={withErrors.map((f) => ({ href: `#${f === "place" ? `place-${places[0]?.value ?? TYPED}` : f}`, label: t(`fields.${f}`) }))}
        />
      )}
      {state.status === "failed" && (
        <FailureAlert
          ref={focusRef}
          message={t(`failed.${state.reason}`, { minutes: Number(state.detail?.minutes ?? 0), name: String(state.detail?.name ?? "") })}
          errorId={state.errorId}
        />
      )}
      <form action={formAction} noValidate className="space-y-6">
        <fieldset aria-describedby={errors.place?.length ? "place-error" : undefined}>
          <legend className="field-label">{t("fields.place")}</legend>
          {error("place")}
          <ul className="mt-2 space-y-1">
            {places.map((p) => (
              <li key={p.value}>
                <label className="flex min-h-8 items-center gap-2">
                  <input id={`place-${p.value}`} type="radio" name="place" value={p.value} defaultChecked={chosen === p.value} className="size-5" />
                  <span>{p.label}</span>
                </label>
              </li>
            ))}
            <li>
              <label className="flex min-h-8 items-center gap-2">
                <input id={`place-${TYPED}`} type="radio" name="place" value={TYPED} defaultChecked={chosen === TYPED} className="size-5" />
                <span>{places.length ? t("typedOption") : t("typedOnly")}</span>
              </label>
            </li>
          </ul>
        </fieldset>
        <fieldset className="space-y-4 rounded border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t("typedTitle")}</legend>
          <p className="field-hint">{t("typedHint")}</p>
          {field("name", 120)}
          <div>
            <label htmlFor="country" className="field-label">
              {t("fields.country")}
            </label>
            {error("country")}
            <select
              id="country"
              name="country"
              defaultValue={text("country")}
              aria-invalid={Boolean(errors.country?.length) || undefined}
              aria-describedby={errors.country?.length ? "country-error" : undefined}
              className="input"
            >
              <option value="">{t("chooseCountry")}</option>
              {countries.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          {field("region", 120)}
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-xl font-semibold text-brand-900">{t("youTitle")}</legend>
          {field("requesterName", 120, { autoComplete: "name" })}
          {field("requesterRole", 120, { autoComplete: "organization-title", hint: t("roleHint") })}
          <p>{t("email", { email })}</p>
        </fieldset>
        <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
