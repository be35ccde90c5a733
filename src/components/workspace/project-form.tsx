"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { AMOUNT_MAX, INSTITUTION_ROWS, INSTITUTION_TYPES, NAME_MAX, PROJECT_STATUSES, SIDES, TITLE_MAX, type Side } from "@/lib/workspace/catalogue";
import { rowField } from "@/lib/workspace/project-form";
import type { ProjectFormState } from "@/lib/workspace/forms";

type Props = {
  action: (previous: ProjectFormState, form: FormData) => Promise<ProjectFormState>;
  /** The form's values: the project's when editing, the defaults for a new one. */
  initial: Record<string, unknown>;
  programmes: { id: number; name: string }[];
  /** Each side's municipality, by name. */
  sides: Record<Side, string>;
  editing: boolean;
};

/** A joint project of a partnership: add or edit. Posts without JavaScript too. */
export function ProjectForm({ action, initial, programmes, sides, editing }: Props) {
  const t = useTranslations("workspace.projectForm");
  const tAreas = useTranslations("areas");
  const tStatus = useTranslations("workspace.statuses");
  const tTypes = useTranslations("workspace.types");
  const { state, formAction, pending, focusRef, errors, values, text } = useFormAction(action, initial);
  const fieldErrors = errors as Record<string, string[] | undefined>;
  const message = (field: string) =>
    fieldErrors[field]?.length ? fieldErrors[field]!.map((k) => t(`errors.${k}`, { max: TITLE_MAX, nameMax: NAME_MAX })).join(" ") : null;
  const refused = Object.keys(fieldErrors).filter((f) => fieldErrors[f]?.length);
  const focusOf = (f: string) => (f.startsWith("institution-") ? `${f}-name` : f === "areas" ? `areas-${COOPERATION_AREAS[0]}` : f);
  const errorNode = (field: string) => {
    const m = message(field);
    return m ? (
      <span id={`${field}-error`} className="field-error">
        {m}
      </span>
    ) : null;
  };
  const described = (field: string, hint: boolean) =>
    [hint ? `${field}-hint` : null, message(field) ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const areas = Array.isArray(values.areas) ? (values.areas as string[]) : [];
  const k = state.status;
  return (
    <form action={formAction} className="max-w-3xl space-y-6" noValidate>
      {refused.length > 0 && (
        <ErrorSummary ref={focusRef} title={t("errorSummary")} items={refused.map((f) => ({ href: `#${focusOf(f)}`, label: message(f)! }))} />
      )}
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      <div>
        <label htmlFor="title" className="field-label">
          {t("title")}
        </label>
        {errorNode("title")}
        <input
          id="title"
          name="title"
          type="text"
          key={`title-${k}`}
          defaultValue={text("title")}
          maxLength={TITLE_MAX}
          aria-required
          aria-invalid={message("title") ? true : undefined}
          aria-describedby={described("title", false)}
          className="input"
        />
      </div>
      <fieldset aria-describedby={described("areas", false)}>
        <legend className="field-label">{t("areas")}</legend>
        {errorNode("areas")}
        <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
          {COOPERATION_AREAS.map((a) => (
            <label key={`${a}-${k}`} className="flex min-h-8 items-center gap-2">
              <input id={`areas-${a}`} type="checkbox" name="areas" value={a} defaultChecked={areas.includes(a)} className="size-5" />
              <span>{tAreas(a)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {SIDES.map((side) => (
        <fieldset key={side} className="space-y-3">
          <legend className="field-label">{t("institutions", { municipality: sides[side] })}</legend>
          <p id={`institutions-${side}-hint`} className="field-hint">
            {t("institutionsHint")}
          </p>
          {Array.from({ length: INSTITUTION_ROWS }, (_, i) => {
            const f = rowField(side, i);
            return (
              <div key={`${f}-${k}`} className="grid grid-cols-1 gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                {errorNode(f)}
                <div>
                  <label htmlFor={`${f}-name`} className="field-label">
                    {t("institutionName", { n: i + 1 })}
                  </label>
                  <input
                    id={`${f}-name`}
                    name={`${f}-name`}
                    type="text"
                    maxLength={NAME_MAX}
                    defaultValue={text(`${f}-name`)}
                    aria-invalid={message(f) ? true : undefined}
                    aria-describedby={[`institutions-${side}-hint`, message(f) ? `${f}-error` : null].filter(Boolean).join(" ")}
                    className="input"
                  />
                </div>
                <div>
                  <label htmlFor={`${f}-type`} className="field-label">
                    {t("institutionType", { n: i + 1 })}
                  </label>
                  <select id={`${f}-type`} name={`${f}-type`} defaultValue={text(`${f}-type`)} className="input">
                    <option value="">{t("typeNone")}</option>
                    {INSTITUTION_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {tTypes(type)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
      <div>
        <label htmlFor="programme" className="field-label">
          {t("programme")}
        </label>
        {errorNode("programme")}
        <select
          id="programme"
          name="programme"
          key={`programme-${k}`}
          defaultValue={text("programme")}
          aria-invalid={message("programme") ? true : undefined}
          aria-describedby={described("programme", false)}
          className="input"
        >
          <option value="">{t("programmeNone")}</option>
          {programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="status" className="field-label">
          {t("status")}
        </label>
        {errorNode("status")}
        <select
          id="status"
          name="status"
          key={`status-${k}`}
          defaultValue={text("status") || "IDEA"}
          aria-invalid={message("status") ? true : undefined}
          aria-describedby={described("status", false)}
          className="input"
        >
          {PROJECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tStatus(s)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="deadline" className="field-label">
          {t("deadline")}
        </label>
        <span id="deadline-hint" className="field-hint">
          {t("deadlineHint")}
        </span>
        {errorNode("deadline")}
        <input
          id="deadline"
          name="deadline"
          type="date"
          key={`deadline-${k}`}
          defaultValue={text("deadline")}
          aria-invalid={message("deadline") ? true : undefined}
          aria-describedby={described("deadline", true)}
          className="input"
        />
      </div>
      {(["amountAsked", "amountGranted"] as const).map((f) => (
        <div key={f}>
          <label htmlFor={f} className="field-label">
            {t(f)}
          </label>
          <span id={`${f}-hint`} className="field-hint">
            {t(`${f}Hint`, { max: AMOUNT_MAX })}
          </span>
          {errorNode(f)}
          <input
            id={f}
            name={f}
            type="text"
            inputMode="numeric"
            maxLength={16}
            key={`${f}-${k}`}
            defaultValue={text(f)}
            aria-invalid={message(f) ? true : undefined}
            aria-describedby={described(f, true)}
            className="input"
          />
        </div>
      ))}
      <div>
        <label className="flex min-h-8 items-start gap-2">
          <input
            id="public"
            type="checkbox"
            name="public"
            key={`public-${k}`}
            defaultChecked={values.public === true}
            aria-describedby="public-hint"
            className="mt-1 size-5"
          />
          <span>{t("public")}</span>
        </label>
        <span id="public-hint" className="field-hint">
          {t("publicHint")}
        </span>
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {t(editing ? "save" : "create")}
      </button>
    </form>
  );
}
