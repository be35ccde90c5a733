"use client";

import { useTranslations } from "next-intl";
import { endonym } from "@/lib/intl-names";
import { ADDITIONAL_PROFILE_LANGUAGES, descriptionField, type AdditionalProfileLanguage } from "@/lib/profile-languages";
import { areaLineField, PROFILE_LIMITS, type ProfileFieldErrors } from "@/lib/profile-schema";
import { describedBy, FieldError, TextArea } from "./fields";

type Line = { area: string; translations?: Partial<Record<string, string>> };

type Props = {
  values: Record<string, unknown>;
  needs: Line[];
  offers: Line[];
  errors: ProfileFieldErrors;
};

/**
 * The optional languages, one disclosure each: the description, a detail line for each need and
 * offer, and whether these texts are machine translations. A language with text, or with an
 * error, starts open, so that its fields can be reached from the error summary.
 */
export function OtherLanguages({ values, needs, offers, errors }: Props) {
  const t = useTranslations("profileLanguages");
  return (
    <section aria-labelledby="other-languages" className="space-y-3">
      <h2 id="other-languages" className="text-xl font-semibold">
        {t("editor.title")}
      </h2>
      <p className="field-hint">{t("editor.intro")}</p>
      {ADDITIONAL_PROFILE_LANGUAGES.map((language) => (
        <LanguageSection key={language} language={language} values={values} needs={needs} offers={offers} errors={errors} />
      ))}
    </section>
  );
}

function LanguageSection({ language, values, needs, offers, errors }: Props & { language: AdditionalProfileLanguage }) {
  const t = useTranslations("profileLanguages");
  const tAreas = useTranslations("areas");
  const description = descriptionField(language);
  const text = typeof values[description] === "string" ? (values[description] as string) : "";
  const given = text.trim() !== "" || [...needs, ...offers].some((l) => l.translations?.[language]?.trim());
  const fields = [
    description,
    ...(["needs", "offers"] as const).flatMap((d) => (d === "needs" ? needs : offers).map((l) => areaLineField(d, l.area as never, language))),
  ];
  const hasErrors = fields.some((f) => errors[f]?.length);
  const marked = Array.isArray(values.machineTranslated) && (values.machineTranslated as string[]).includes(language);
  const inLanguage = t(`in.${language}`);
  return (
    <details open={given || hasErrors} className="rounded border border-slate-300 p-3">
      <summary className="min-h-8 cursor-pointer py-1 font-semibold">
        <span lang={language}>{endonym(language)}</span> — {t("editor.summary", { in: inLanguage })}
        {given && <span className="font-normal"> ({t("editor.given")})</span>}
      </summary>
      <fieldset className="mt-3 space-y-4">
        <legend className="sr-only">{t("editor.summary", { in: inLanguage })}</legend>
        <TextArea
          field={description}
          label={t("editor.description", { in: inLanguage })}
          hintId="description-hint"
          lang={language}
          errors={errors[description]}
          defaultValue={text}
          maxLength={PROFILE_LIMITS.description.max}
        />
        {(["needs", "offers"] as const).map((direction) => {
          const lines = direction === "needs" ? needs : offers;
          return (
            <div key={direction} className="space-y-3">
              <h3 className="font-medium">{t(`editor.${direction}`)}</h3>
              {lines.length === 0 && <p className="field-hint">{t("editor.noAreas")}</p>}
              {lines.map((line) => {
                const field = areaLineField(direction, line.area as never, language);
                return (
                  <div key={field}>
                    <label htmlFor={field} className="text-sm">
                      {t("editor.detail", { area: tAreas(line.area as "energy"), in: inLanguage })}
                    </label>
                    <FieldError field={field} errors={errors[field]} />
                    <input
                      id={field}
                      name={field}
                      lang={language}
                      defaultValue={line.translations?.[language] ?? ""}
                      maxLength={PROFILE_LIMITS.detail.max}
                      aria-invalid={errors[field]?.length ? true : undefined}
                      aria-describedby={describedBy(field, null, errors[field])}
                      className="input"
                    />
                  </div>
                );
              })}
            </div>
          );
        })}
        <p className="field-hint">{t("editor.areasAfterSave")}</p>
        <div>
          <label className="flex min-h-8 items-center gap-2">
            <input
              id={`machineTranslated-${language}`}
              type="checkbox"
              name="machineTranslated"
              value={language}
              defaultChecked={marked}
              aria-describedby={`machineTranslated-${language}-hint`}
              className="size-5"
            />
            <span>{t("editor.machineTranslated")}</span>
          </label>
          <span id={`machineTranslated-${language}-hint`} className="field-hint">
            {t("editor.machineTranslatedHint")}
          </span>
        </div>
      </fieldset>
    </details>
  );
}
