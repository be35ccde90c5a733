"use client";

import { useTranslations } from "next-intl";
import { MEETING_DURATIONS, MEETING_FIELDS, type MeetingFormState } from "@/lib/interpretation/forms";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { FormTextField } from "@/components/form/text-field";
import { LanguageCheckboxes } from "@/components/form/language-checkboxes";
import { useFormAction } from "@/components/form/use-form-action";

type Props = {
  action: (previous: MeetingFormState, form: FormData) => Promise<MeetingFormState>;
  /** The zones to choose from, each with its label ("Europe/Kyiv — Kyiv, EET"); the planner's own first chosen. */
  zones: { value: string; label: string }[];
  defaultZone: string;
};

/** Plans a meeting of the partnership: when (with its zone), where, languages, interpretation. */
export function MeetingForm({ action, zones, defaultZone }: Props) {
  const t = useTranslations("interpretation.meetingForm");
  const { state, formAction, pending, focusRef, errors, text, values } = useFormAction(action, { timeZone: defaultZone, duration: "60", languages: [] });
  const fieldErrors = errors as Record<string, string[] | undefined>;
  const message = (field: string) => (fieldErrors[field]?.length ? fieldErrors[field]!.map((k) => t(`errors.${k}`)).join(" ") : null);
  const refused = MEETING_FIELDS.filter((f) => fieldErrors[f]?.length);
  const errorNode = (field: string) => {
    const m = message(field);
    return (
      m && (
        <span id={`${field}-error`} className="field-error">
          {m}
        </span>
      )
    );
  };
  const described = (field: string, hint = false) =>
    [hint ? `${field}-hint` : null, message(field) ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const key = (field: string) => `${field}-${state.status}-${text(field)}`;
  const checkedLanguages = Array.isArray(values.languages) ? (values.languages as string[]) : [];
  const input = (name: string, type: "date" | "time") => (
    <div>
      <label htmlFor={`meeting-${name}`} className="field-label">
        {t(`labels.${name}`)}
      </label>
      {errorNode(name)}
      <input
        id={`meeting-${name}`}
        name={name}
        type={type}
        key={key(name)}
        defaultValue={text(name)}
        className="input"
        aria-required
        aria-invalid={Boolean(message(name)) || undefined}
        aria-describedby={described(name)}
      />
    </div>
  );
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      {refused.length > 0 && (
        <ErrorSummary
          ref={focusRef}
          title={t("errorSummary")}
          items={refused.map((f) => ({
            href:
              f === "languages"
                ? "#language-uk"
                : f === "interpretationNeeded"
                  ? "#meeting-interpretationNeeded"
                  : f === "title" || f === "onlineLink" || f === "place"
                    ? `#${f}`
                    : `#meeting-${f}`,
            label: message(f)!,
          }))}
        />
      )}
      {state.status === "failed" && (
        <FailureAlert ref={focusRef} message={state.reason === "unexpected" ? t("unexpected") : t(`failed.${state.reason}`)} errorId={state.errorId} />
      )}
      <FormTextField
        key={key("title")}
        field="title"
        label={t("labels.title")}
        error={errorNode("title")}
        invalid={Boolean(message("title"))}
        defaultValue={text("title")}
        maxLength={200}
        required
      />
      <div className="flex flex-wrap gap-4">
        {input("date", "date")}
        {input("time", "time")}
      </div>
      <div>
        <label htmlFor="meeting-timeZone" className="field-label">
          {t("labels.timeZone")}
        </label>
        <span id="timeZone-hint" className="field-hint">
          {t("hints.timeZone")}
        </span>
        {errorNode("timeZone")}
        <select
          id="meeting-timeZone"
          name="timeZone"
          key={key("timeZone")}
          defaultValue={text("timeZone")}
          className="input"
          aria-invalid={Boolean(message("timeZone")) || undefined}
          aria-describedby={described("timeZone", true)}
        >
          {zones.map((z) => (
            <option key={z.value} value={z.value}>
              {z.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="meeting-duration" className="field-label">
          {t("labels.duration")}
        </label>
        {errorNode("duration")}
        <select
          id="meeting-duration"
          name="duration"
          key={key("duration")}
          defaultValue={text("duration")}
          className="input"
          aria-describedby={described("duration")}
        >
          {MEETING_DURATIONS.map((d) => (
            <option key={d} value={d}>
              {t("minutes", { minutes: Number(d) })}
            </option>
          ))}
        </select>
      </div>
      <FormTextField
        key={key("onlineLink")}
        field="onlineLink"
        label={t("labels.onlineLink")}
        hint={t("hints.onlineLink")}
        error={errorNode("onlineLink")}
        invalid={Boolean(message("onlineLink"))}
        defaultValue={text("onlineLink")}
        maxLength={500}
        type="url"
      />
      <FormTextField
        key={key("place")}
        field="place"
        label={t("labels.place")}
        hint={t("hints.place")}
        error={errorNode("place")}
        invalid={Boolean(message("place"))}
        defaultValue={text("place")}
        maxLength={300}
      />
      <fieldset aria-describedby={message("languages") ? "languages-error" : undefined}>
        <legend className="field-label">{t("labels.languages")}</legend>
        {errorNode("languages")}
        <LanguageCheckboxes key={key("languages")} name="languages" checked={checkedLanguages} />
      </fieldset>
      <label className="flex min-h-8 items-center gap-2">
        <input
          id="meeting-interpretationNeeded"
          type="checkbox"
          name="interpretationNeeded"
          key={key("interpretationNeeded")}
          defaultChecked={values.interpretationNeeded === true}
          className="size-5"
        />
        <span>{t("labels.interpretationNeeded")}</span>
      </label>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {t("submit")}
      </button>
    </form>
  );
}
