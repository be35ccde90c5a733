"use client";

import { useTranslations } from "next-intl";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { WORKING_LANGUAGES } from "@/lib/languages";
import { EU_PROFILE_FIELDS, EU_PROFILE_LIMITS, type EuProfileErrorKey, type EuProfileField, type EuProfileFormState } from "@/lib/eu-profile-schema";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { FormTextField } from "@/components/form/text-field";
import { LanguageCheckboxes } from "@/components/form/language-checkboxes";
import { useFormAction } from "@/components/form/use-form-action";

type Props = {
  action: (previous: EuProfileFormState, form: FormData) => Promise<EuProfileFormState>;
  initial: Record<string, unknown>;
  /** The oblasts of Ukraine, named in the page's language. */
  regions: { slug: string; name: string }[];
};

const L = EU_PROFILE_LIMITS;

/** An EU municipality's profile on one page: its facts, its areas, its Ukrainian community, its contact person. */
export function EuProfileForm({ action, initial, regions }: Props) {
  const t = useTranslations("join.editor");
  const tAreas = useTranslations("areas");
  const { state, formAction, pending, focusRef, errors, values, text } = useFormAction(action, initial);
  const list = (field: EuProfileField) => (Array.isArray(values[field]) ? (values[field] as string[]) : []);
  const withErrors = EU_PROFILE_FIELDS.filter((f) => errors[f]?.length);
  const firstFocusable = (field: EuProfileField) =>
    field === "languages"
      ? `language-${WORKING_LANGUAGES[0]}`
      : field === "offers" || field === "wantsToLearn"
        ? `${field}-${COOPERATION_AREAS[0]}`
        : field === "communityRegions"
          ? `communityRegions-${regions[0]?.slug}`
          : field;
  const error = (field: EuProfileField) => {
    const keys = errors[field] as EuProfileErrorKey[] | undefined;
    return keys?.length ? (
      <span id={`${field}-error`} className="field-error">
        {keys.map((k) => t(`errors.${k}`)).join(" ")}
      </span>
    ) : null;
  };
  const text_ = (field: EuProfileField, max: number, extra: Partial<Parameters<typeof FormTextField>[0]> = {}) => (
    <FormTextField
      field={field}
      label={t(`fields.${field}`)}
      error={error(field)}
      invalid={Boolean(errors[field]?.length)}
      defaultValue={text(field)}
      maxLength={max}
      {...extra}
    />
  );
  const boxes = (field: "offers" | "wantsToLearn" | "communityRegions", options: { value: string; label: string }[]) => (
    <fieldset aria-describedby={errors[field]?.length ? `${field}-error` : undefined}>
      <legend className="field-label">{t(`fields.${field}`)}</legend>
      {error(field)}
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <li key={o.value}>
            <label className="flex min-h-8 items-center gap-2">
              <input
                id={`${field}-${o.value}`}
                type="checkbox"
                name={field}
                value={o.value}
                defaultChecked={list(field).includes(o.value)}
                className="size-5"
              />
              <span>{o.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
  const areaOptions = COOPERATION_AREAS.map((a) => ({ value: a, label: tAreas(a) }));

  return (
    <div className="space-y-6">
      {state.status === "invalid" && (
        <ErrorSummary
          ref={focusRef}
          title={t("errorSummary", { count: withErrors.length })}
          items={withErrors.map((field) => ({ href: `#${firstFocusable(field)}`, label: t(`fields.${field}`) }))}
        />
      )}
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`failed.${state.reason}`)} errorId={state.errorId} />}
      {state.status === "done" && (
        <div ref={focusRef} tabIndex={-1} role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          <p className="font-semibold text-emerald-950">{t("saved")}</p>
        </div>
      )}
      <form action={formAction} noValidate className="space-y-8">
        <fieldset className="space-y-4">
          <legend className="text-xl font-semibold text-brand-900">{t("groups.facts")}</legend>
          {text_("regionName", L.region.max)}
          {text_("population", 12, { inputMode: "numeric" })}
          <fieldset aria-describedby={errors.languages?.length ? "languages-error" : undefined}>
            <legend className="field-label">{t("fields.languages")}</legend>
            {error("languages")}
            <LanguageCheckboxes name="languages" checked={list("languages")} />
          </fieldset>
          {text_("website", L.website.max, { type: "url", autoComplete: "url" })}
          {text_("descriptionEn", L.description.max, { multiline: true, hint: t("hints.descriptionEn"), lang: "en" })}
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-xl font-semibold text-brand-900">{t("groups.areas")}</legend>
          {boxes("offers", areaOptions)}
          {boxes("wantsToLearn", areaOptions)}
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-xl font-semibold text-brand-900">{t("groups.community")}</legend>
          <p className="field-hint">{t("hints.community")}</p>
          {text_("ukrainianCommunity", 12, { inputMode: "numeric" })}
          {boxes(
            "communityRegions",
            regions.map((r) => ({ value: r.slug, label: r.name })),
          )}
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-xl font-semibold text-brand-900">{t("groups.contact")}</legend>
          <p className="field-hint">{t("hints.contact")}</p>
          {text_("contactName", L.contactName.max, { autoComplete: "name" })}
          {text_("contactRole", L.contactRole.max, { autoComplete: "organization-title" })}
          {text_("contactEmail", L.email.max, { type: "email", autoComplete: "email" })}
          {text_("contactPhone", L.phone.max, { type: "tel", autoComplete: "tel" })}
        </fieldset>
        <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
          {t("save")}
        </button>
      </form>
    </div>
  );
}
