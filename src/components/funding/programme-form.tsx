"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import { countryName } from "@/lib/intl-names";
import type { FormValues } from "@/lib/forms/state";
import { LIMITS } from "@/lib/funding/schema";
import { PROGRAMME_FIELDS, type ProgrammeErrorKey, type ProgrammeField, type ProgrammeFormState } from "@/lib/funding/form";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { FormTextField } from "@/components/form/text-field";
import { useFormAction } from "@/components/form/use-form-action";

type Props = {
  action: (previous: ProgrammeFormState, form: FormData) => Promise<ProgrammeFormState>;
  /** Set when editing: the slug is then fixed and sent as a hidden field. */
  slug: string | null;
  initial: FormValues;
  /** Ukraine's regions by slug, named in the page's language. */
  regions: { slug: string; name: string }[];
  locale: string;
};

const NOT_COUNTED = [...PARTNER_COUNTRIES, "UA"] as const;

/** Every field of a funding programme, the rules as ordinary fields; works without JavaScript. */
export function ProgrammeForm({ action, slug, initial, regions, locale }: Props) {
  const t = useTranslations("fundingAdmin");
  const tAreas = useTranslations("areas");
  const { state, formAction, pending, focusRef, errors, values } = useFormAction(action, initial);
  const fieldErrors = errors as Partial<Record<ProgrammeField, ProgrammeErrorKey[]>>;
  const text = (field: string) => (typeof values[field] === "string" ? (values[field] as string) : "");
  const list = (field: string) => (Array.isArray(values[field]) ? (values[field] as string[]) : []);
  const withErrors = PROGRAMME_FIELDS.filter((f) => fieldErrors[f]?.length);
  // Radio and checkbox groups are reached through their first input.
  const firstInput = (field: ProgrammeField) =>
    field === "areas"
      ? `areas-${COOPERATION_AREAS[0]}`
      : field === "partnerCountries"
        ? `partnerCountries-${PARTNER_COUNTRIES[0]}`
        : field === "notCounted"
          ? `notCounted-${NOT_COUNTED[0]}`
          : field === "ukrainianRegions"
            ? "ukrainianRegions-all"
            : field === "deadlineKind"
              ? "deadlineKind-rolling"
              : field === "applicant"
                ? "applicant-either"
                : field;
  // Each value is sent back after a refusal; the key makes React show it rather than the first render's.
  const key = (field: string) => `${state.status}-${field}-${JSON.stringify(values[field] ?? "")}`;

  const error = (field: ProgrammeField) =>
    fieldErrors[field]?.length ? (
      <span id={`${field}-error`} className="field-error">
        {fieldErrors[field]!.map((k) => t(`errors.${k}`, { max: LIMITS.fragment })).join(" ")}
      </span>
    ) : null;

  const textField = (
    field: ProgrammeField,
    opts: { multiline?: boolean; max: number; required?: boolean; hint?: string; hintId?: string; type?: "url"; lang?: string },
  ) => (
    <FormTextField
      key={key(field)}
      field={field}
      label={t(`fields.${field}`)}
      hint={opts.hint}
      hintId={opts.hintId}
      error={error(field)}
      invalid={Boolean(fieldErrors[field]?.length)}
      defaultValue={text(field)}
      maxLength={opts.max}
      required={opts.required}
      multiline={opts.multiline}
      type={opts.type}
      lang={opts.lang}
    />
  );

  const numberField = (field: ProgrammeField, label: string, required = false, hintId?: string) => (
    <FormTextField
      key={key(field)}
      field={field}
      label={label}
      hintId={hintId}
      error={error(field)}
      invalid={Boolean(fieldErrors[field]?.length)}
      defaultValue={text(field)}
      maxLength={15}
      required={required}
      inputMode="numeric"
    />
  );

  const dateField = (field: ProgrammeField, hint: string, required: boolean) => {
    const invalid = Boolean(fieldErrors[field]?.length);
    return (
      <div>
        <label htmlFor={field} className="field-label">
          {t(`fields.${field}`)}
        </label>
        <span id={`${field}-hint`} className="field-hint">
          {hint}
        </span>
        {error(field)}
        <input
          key={key(field)}
          type="date"
          id={field}
          name={field}
          defaultValue={text(field)}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${field}-hint ${field}-error` : `${field}-hint`}
          className="input w-auto"
        />
      </div>
    );
  };

  const group = (field: ProgrammeField, legend: string, children: ReactNode, hint?: string) => (
    <fieldset aria-describedby={[hint ? `${field}-hint` : null, fieldErrors[field]?.length ? `${field}-error` : null].filter(Boolean).join(" ") || undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <span id={`${field}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error(field)}
      {children}
    </fieldset>
  );

  const checkboxes = (field: ProgrammeField, options: readonly { value: string; label: string }[], columns = "sm:grid-cols-3") => (
    <div className={`mt-2 grid grid-cols-1 gap-x-4 gap-y-1 ${columns}`} key={key(field)}>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2">
          <input type="checkbox" id={`${field}-${o.value}`} name={field} value={o.value} defaultChecked={list(field).includes(o.value)} />
          {o.label}
        </label>
      ))}
    </div>
  );

  const radios = (field: ProgrammeField, options: readonly { value: string; label: string }[]) => (
    <div className="mt-2 space-y-1" key={key(field)}>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2">
          <input type="radio" id={`${field}-${o.value}`} name={field} value={o.value} defaultChecked={text(field) === o.value} />
          {o.label}
        </label>
      ))}
    </div>
  );

  const countries = (codes: readonly string[]) =>
    codes.map((c) => ({ value: c, label: countryName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));

  const section = (id: string, children: ReactNode) => (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded border border-slate-300 p-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-brand-900">
        {t(`sections.${id}`)}
      </h2>
      {children}
    </section>
  );

  return (
    <form action={formAction} noValidate className="space-y-6">
      {state.status === "invalid" && (
        <ErrorSummary
          ref={focusRef}
          title={t("errorSummary", { count: withErrors.length })}
          items={withErrors.map((field) => ({ href: `#${firstInput(field)}`, label: t(`fields.${field}`) }))}
        />
      )}
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`failed.${state.reason}`)} errorId={state.errorId} />}
      <p>{t("requiredNote")}</p>

      {section(
        "texts",
        <>
          {slug === null ? textField("slug", { max: 80, required: true, hint: t("hints.slug") }) : <input type="hidden" name="slug" value={slug} />}
          <div className="grid gap-4 md:grid-cols-2">
            {textField("name_en", { max: LIMITS.name, required: true, lang: "en" })}
            {textField("name_uk", { max: LIMITS.name, required: true, lang: "uk" })}
            {textField("funder_en", { max: LIMITS.funder, required: true, lang: "en" })}
            {textField("funder_uk", { max: LIMITS.funder, required: true, lang: "uk" })}
            {textField("description_en", { max: LIMITS.description, required: true, multiline: true, lang: "en" })}
            {textField("description_uk", { max: LIMITS.description, required: true, multiline: true, lang: "uk" })}
          </div>
          {group(
            "areas",
            t("fields.areas"),
            checkboxes(
              "areas",
              COOPERATION_AREAS.map((a) => ({ value: a, label: tAreas(a) })),
            ),
          )}
        </>,
      )}

      {section(
        "amount",
        <>
          <span id="amount-hint" className="field-hint">
            {t("hints.amount")}
          </span>
          <div className="grid gap-4 md:grid-cols-2">
            {numberField("amountMin", t("fields.amountMin"), false, "amount-hint")}
            {numberField("amountMax", t("fields.amountMax"), false, "amount-hint")}
          </div>
          <span id="amountNote-hint" className="field-hint">
            {t("hints.note")}
          </span>
          <div className="grid gap-4 md:grid-cols-2">
            {textField("amountNote_en", { max: LIMITS.note, hintId: "amountNote-hint", lang: "en" })}
            {textField("amountNote_uk", { max: LIMITS.note, hintId: "amountNote-hint", lang: "uk" })}
          </div>
        </>,
      )}

      {section(
        "deadline",
        <>
          {group(
            "deadlineKind",
            t("fields.deadlineKind"),
            radios(
              "deadlineKind",
              (["rolling", "calls", "closed"] as const).map((k) => ({ value: k, label: t(`deadlineKinds.${k}`) })),
            ),
          )}
          {dateField("deadlineLastKnown", t("hints.deadlineLastKnown"), false)}
          <span id="deadlineNote-hint" className="field-hint">
            {t("hints.deadlineNote")}
          </span>
          <div className="grid gap-4 md:grid-cols-2">
            {textField("deadlineNote_en", { max: LIMITS.note, hintId: "deadlineNote-hint", lang: "en" })}
            {textField("deadlineNote_uk", { max: LIMITS.note, hintId: "deadlineNote-hint", lang: "uk" })}
          </div>
        </>,
      )}

      {section(
        "rules",
        <>
          {group("partnerCountries", t("fields.partnerCountries"), checkboxes("partnerCountries", countries(PARTNER_COUNTRIES), "sm:grid-cols-4"))}
          {textField("partnerRegions", { max: 2000, multiline: true, hint: t("hints.partnerRegions") })}
          {group(
            "ukrainianRegions",
            t("fields.ukrainianRegions"),
            checkboxes("ukrainianRegions", [{ value: "all", label: t("allOblasts") }, ...regions.map((r) => ({ value: r.slug, label: r.name }))]),
            t("hints.ukrainianRegions"),
          )}
          <span id="population-hint" className="field-hint">
            {t("hints.population")}
          </span>
          <div className="grid gap-4 md:grid-cols-2">
            {numberField("partnerPopulationMin", t("fields.partnerPopulationMin"), false, "population-hint")}
            {numberField("partnerPopulationMax", t("fields.partnerPopulationMax"), false, "population-hint")}
            {numberField("ukrainianPopulationMin", t("fields.ukrainianPopulationMin"), false, "population-hint")}
            {numberField("ukrainianPopulationMax", t("fields.ukrainianPopulationMax"), false, "population-hint")}
          </div>
          <div className="grid gap-4 md:grid-cols-3">
            {numberField("minPartners", t("fields.minPartners"), true)}
            {numberField("minCountries", t("fields.minCountries"), true)}
            {numberField("minEuMemberStates", t("fields.minEuMemberStates"), true)}
          </div>
          {group("notCounted", t("fields.notCounted"), checkboxes("notCounted", countries(NOT_COUNTED), "sm:grid-cols-4"))}
          {group(
            "applicant",
            t("fields.applicant"),
            radios(
              "applicant",
              (["either", "partner", "ukrainian"] as const).map((k) => ({ value: k, label: t(`applicants.${k}`) })),
            ),
          )}
          <span id="rulesNote-hint" className="field-hint">
            {t("hints.note")}
          </span>
          <div className="grid gap-4 md:grid-cols-2">
            {textField("rulesNote_en", { max: LIMITS.note, hintId: "rulesNote-hint", multiline: true, lang: "en" })}
            {textField("rulesNote_uk", { max: LIMITS.note, hintId: "rulesNote-hint", multiline: true, lang: "uk" })}
          </div>
        </>,
      )}

      {section(
        "source",
        <>
          {textField("sourceUrl", { max: LIMITS.url, required: true, type: "url" })}
          {dateField("lastChecked", t("hints.lastChecked"), true)}
        </>,
      )}

      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {slug === null ? t("create") : t("save")}
      </button>
    </form>
  );
}
