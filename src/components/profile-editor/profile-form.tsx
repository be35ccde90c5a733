"use client";

import { useTranslations } from "next-intl";
import { WORKING_LANGUAGES } from "@/lib/languages";
import { PROFILE_FIELDS, PROFILE_LIMITS, type ProfileField, type ProfileFormState } from "@/lib/profile-schema";
import { AreaLines } from "./area-lines";
import { OtherLanguages } from "./other-languages";
import { isAdditionalProfileLanguage } from "@/lib/profile-languages";
import { describedBy, FieldError, TextArea, TextField } from "./fields";
import { LanguageCheckboxes } from "@/components/form/language-checkboxes";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";
import { sectionId } from "./sections";
import { OtherLanguageChanged, useChangedTexts } from "./text-pairs";

type Props = {
  action: (previous: ProfileFormState, form: FormData) => Promise<ProfileFormState>;
  /** The stored profile, as the form's values; `version` is its last change. */
  initial: Record<string, unknown>;
};

const L = PROFILE_LIMITS;

export function ProfileForm({ action, initial }: Props) {
  const t = useTranslations("profileEditor");
  const tTypes = useTranslations("hromadaType");
  const tAreas = useTranslations("areas");
  const tLanguages = useTranslations("profileLanguages");
  const tSaved = useTranslations("finding.editor.saved");
  // After a save, focus moves to what changed: the error summary, the failure or the confirmation.
  // After an error the form shows what was sent; otherwise what is stored.
  const { state, formAction, pending, focusRef, errors, values, text } = useFormAction(action, initial);
  const texts = useChangedTexts();
  const list = (field: ProfileField) => (Array.isArray(values[field]) ? (values[field] as string[]) : []);
  const lines = (field: "needs" | "offers") =>
    Array.isArray(values[field]) ? (values[field] as { area: string; detailEn: string; detailUk: string; translations?: Record<string, string> }[]) : [];
  const marked = Array.isArray(values.machineTranslated) ? (values.machineTranslated as string[]) : [];
  const fieldsWithErrors = PROFILE_FIELDS.filter((f) => errors[f]?.length);
  const firstFocusable = (field: ProfileField) =>
    field === "languages"
      ? `language-${WORKING_LANGUAGES[0]}`
      : field === "needs" || field === "offers"
        ? `${field}-reconstruction`
        : field === "machineTranslated"
          ? "machineTranslated-en"
          : field;
  const label = (field: ProfileField) => {
    if (field === "machineTranslated") return tLanguages("editor.firstLanguages");
    const description = field.match(/^description([A-Z][a-z])$/);
    if (description && isAdditionalProfileLanguage(description[1].toLowerCase())) {
      return tLanguages("editor.description", { in: tLanguages(`in.${description[1].toLowerCase() as "de"}`) });
    }
    const m = field.match(/^(needs|offers)-(.+)-([a-z]{2})$/);
    if (!m) return t(`fields.${field as "nameEn"}`);
    if (isAdditionalProfileLanguage(m[3])) {
      return `${t(`fields.${m[1] as "needs"}`)}: ${tLanguages("editor.detail", { area: tAreas(m[2] as "energy"), in: tLanguages(`in.${m[3]}`) })}`;
    }
    const area = t("fields.areaLine", { area: tAreas(m[2] as "energy"), field: t(`fields.${m[3] === "en" ? "detailEn" : "detailUk"}`) });
    return `${t(`fields.${m[1] as "needs"}`)}: ${area}`;
  };
  const common = (field: ProfileField) => ({ field, label: t(`fields.${field as "nameEn"}`), errors: errors[field], defaultValue: text(field) });

  return (
    <div className="space-y-6">
      {state.status === "invalid" && (
        <ErrorSummary
          ref={focusRef}
          title={t("errorSummary", { count: fieldsWithErrors.length })}
          items={fieldsWithErrors.map((field) => ({ href: `#${firstFocusable(field)}`, label: label(field) }))}
        />
      )}
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`failed.${state.reason}`)} errorId={state.errorId} />}
      {state.status === "done" && (
        <div ref={focusRef} tabIndex={-1} role="status" className="space-y-2 rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          <p className="font-semibold text-emerald-950">{t("saved")}</p>
          <p>{state.confirmed ? tSaved("confirmed") : tSaved("notConfirmed")}</p>
          {state.outdated && state.outdated.length > 0 && (
            <div className="rounded border border-amber-700 bg-amber-50 p-3">
              <p>{tSaved("outdated", { count: state.outdated.length })}</p>
              <ul className="mt-1 list-disc pl-6">
                {state.outdated.map((field) => (
                  <li key={field}>
                    <a href={`#${field}`}>{label(field)}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}

      {/* Keyed on the stored version: after a save the fields start again from what was stored. */}
      <form key={String(initial.version)} action={formAction} onChange={texts.onChange} onReset={texts.reset} noValidate className="space-y-8">
        <input type="hidden" name="version" value={text("version")} />

        <fieldset id={sectionId("names")} className="space-y-4">
          <legend>
            <h2 className="text-xl font-semibold">{t("sections.names")}</h2>
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField {...common("nameEn")} hint={t("hints.nameEn")} lang="en" maxLength={L.name.max} required />
            <TextField {...common("nameUk")} hint={t("hints.nameUk")} lang="uk" maxLength={L.name.max} required />
            <TextField {...common("adminCentreEn")} lang="en" maxLength={L.place.max} required />
            <TextField {...common("adminCentreUk")} lang="uk" maxLength={L.place.max} required />
            <TextField {...common("raionEn")} lang="en" maxLength={L.place.max} />
            <TextField {...common("raionUk")} lang="uk" maxLength={L.place.max} />
          </div>
          <div>
            <label htmlFor="hromadaType" className="field-label">
              {t("fields.hromadaType")}
            </label>
            <FieldError field="hromadaType" errors={errors.hromadaType} />
            {/* Keyed on the value: React's form reset does not restore a select's defaultValue. */}
            <select
              key={`type-${text("hromadaType")}`}
              id="hromadaType"
              name="hromadaType"
              defaultValue={text("hromadaType")}
              aria-required
              aria-invalid={errors.hromadaType ? true : undefined}
              aria-describedby={describedBy("hromadaType", null, errors.hromadaType)}
              className="input"
            >
              <option value="">{t("chooseType")}</option>
              {(["URBAN", "SETTLEMENT", "RURAL"] as const).map((type) => (
                <option key={type} value={type}>
                  {tTypes(type)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        <fieldset id={sectionId("facts")} className="space-y-4">
          <legend>
            <h2 className="text-xl font-semibold">{t("sections.facts")}</h2>
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField {...common("population")} hint={t("hints.population")} inputMode="numeric" maxLength={12} required />
            <TextField {...common("areaKm2")} hint={t("hints.areaKm2")} inputMode="decimal" maxLength={12} />
          </div>
          <span id="coordinates-hint" className="field-hint">
            {t("hints.coordinates", { latMin: L.latitude.min, latMax: L.latitude.max, lonMin: L.longitude.min, lonMax: L.longitude.max })}
          </span>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField {...common("latitude")} hintId="coordinates-hint" inputMode="decimal" maxLength={12} />
            <TextField {...common("longitude")} hintId="coordinates-hint" inputMode="decimal" maxLength={12} />
          </div>
          <TextField {...common("website")} hint={t("hints.website")} type="url" autoComplete="url" maxLength={L.website.max} />
        </fieldset>

        <fieldset id={sectionId("descriptions")} className="space-y-4">
          <legend>
            <h2 className="text-xl font-semibold">{t("sections.descriptions")}</h2>
          </legend>
          <span id="description-hint" className="field-hint">
            {t("hints.description", { min: L.description.min, max: L.description.max })}
          </span>
          <div>
            <TextArea {...common("descriptionEn")} hintId="description-hint" lang="en" maxLength={L.description.max} required />
            <OtherLanguageChanged field="descriptionEn" changed={texts.changed} />
          </div>
          <div>
            <TextArea {...common("descriptionUk")} hintId="description-hint" lang="uk" maxLength={L.description.max} required />
            <OtherLanguageChanged field="descriptionUk" changed={texts.changed} />
          </div>
          <fieldset aria-describedby={describedBy("machineTranslated", "machineTranslated-hint", errors.machineTranslated)}>
            <legend className="field-label">{tLanguages("editor.firstLanguages")}</legend>
            <span id="machineTranslated-hint" className="field-hint">
              {tLanguages("editor.firstLanguagesHint")}
            </span>
            <FieldError field="machineTranslated" errors={errors.machineTranslated} />
            {(["en", "uk"] as const).map((language) => (
              <label key={language} className="mt-1 flex min-h-8 items-center gap-2">
                <input
                  id={`machineTranslated-${language}`}
                  type="checkbox"
                  name="machineTranslated"
                  value={language}
                  defaultChecked={marked.includes(language)}
                  className="size-5"
                />
                <span>{tLanguages("editor.firstLanguage", { in: tLanguages(`in.${language}`) })}</span>
              </label>
            ))}
          </fieldset>
        </fieldset>

        <fieldset id={sectionId("languages")} aria-describedby={describedBy("languages", "languages-hint", errors.languages)}>
          <legend>
            <h2 className="text-xl font-semibold">{t("fields.languages")}</h2>
          </legend>
          <span id="languages-hint" className="field-hint">
            {t("hints.languages", { max: L.languages.max })}
          </span>
          <FieldError field="languages" errors={errors.languages} />
          <LanguageCheckboxes name="languages" checked={list("languages")} />
          <label className="mt-4 flex min-h-8 items-center gap-2">
            <input
              id="needsInterpretation"
              type="checkbox"
              name="needsInterpretation"
              defaultChecked={values.needsInterpretation === true}
              className="size-5"
            />
            <span>{t("fields.needsInterpretation")}</span>
          </label>
        </fieldset>

        <fieldset id={sectionId("partners")}>
          <legend>
            <h2 className="text-xl font-semibold">{t("sections.partners")}</h2>
          </legend>
          <FieldError field="seeksPartners" errors={errors.seeksPartners} />
          <label className="mt-2 flex min-h-8 items-center gap-2">
            <input
              id="seeksPartners"
              type="checkbox"
              name="seeksPartners"
              defaultChecked={values.seeksPartners === true}
              aria-invalid={errors.seeksPartners ? true : undefined}
              aria-describedby={describedBy("seeksPartners", null, errors.seeksPartners)}
              className="size-5"
            />
            <span>{t("fields.seeksPartners")}</span>
          </label>
        </fieldset>

        <AreaLines direction="needs" lines={lines("needs")} errors={errors} changed={texts.changed} />
        <AreaLines direction="offers" lines={lines("offers")} errors={errors} changed={texts.changed} />

        <OtherLanguages values={values} needs={lines("needs")} offers={lines("offers")} errors={errors} />

        <fieldset id={sectionId("contact")} className="space-y-4">
          <legend>
            <h2 className="text-xl font-semibold">{t("sections.contact")}</h2>
          </legend>
          <p className="field-hint">{t("sections.contactNote")}</p>
          <TextField {...common("contactName")} autoComplete="off" maxLength={L.contactName.max} required />
          <TextField {...common("contactRole")} maxLength={L.contactRole.max} required />
          <TextField {...common("contactEmail")} type="email" maxLength={L.email.max} required />
          <TextField {...common("contactPhone")} hint={t("hints.contactPhone")} type="tel" maxLength={L.phone.max} />
        </fieldset>

        <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
          {pending ? t("saving") : t("save")}
        </button>
        <p aria-live="polite" className="sr-only">
          {pending ? t("saving") : ""}
        </p>
      </form>
    </div>
  );
}
