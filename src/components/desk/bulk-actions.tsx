"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { BulkFormState, BulkOperation } from "@/lib/desk/forms";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

type Props = {
  action: (previous: BulkFormState, form: FormData) => Promise<BulkFormState>;
  coordinators: { id: string; name: string }[];
  /** The signed-in coordinator: the first choice. */
  me: string;
};

/**
 * The bulk actions over the rows ticked in the queue's table (their checkboxes belong to this
 * form through their `form` attribute): assign them, or ask each requester for information.
 * After a run, the outcome names the requests done and those skipped, and takes the focus.
 */
export function BulkActions({ action, coordinators, me }: Props) {
  const t = useTranslations("desk.bulk");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action);
  const [op, setOp] = useState<BulkOperation>(text("op") === "ask" ? "ask" : "assign");
  const referenceError = errors.reference?.[0];
  const assigneeError = errors.assignee?.[0];
  const noteError = errors.note?.[0];
  const firstError = referenceError ? "reference" : assigneeError ? "assignee" : noteError ? "note" : null;
  const others = coordinators.filter((c) => c.id !== me);

  return (
    <form id="bulk-form" action={formAction} noValidate className="space-y-3 rounded border border-slate-300 p-4" aria-labelledby="bulk-title">
      <h2 id="bulk-title" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p id="bulk-hint">{t("hint")}</p>
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      {state.status === "done" && (
        <div ref={focusRef} tabIndex={-1} role="status" className="space-y-1 rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          <p className="font-semibold">{t(`done.${state.op}`, { count: state.done.length })}</p>
          {state.done.length > 0 && <p className="wrap-anywhere">{state.done.join(", ")}</p>}
          {state.skipped.length > 0 && (
            <>
              <p className="font-semibold">{t("skipped", { count: state.skipped.length })}</p>
              <ul className="list-disc pl-6">
                {state.skipped.map((s) => (
                  <li key={s.reference}>
                    <span className="font-mono">{s.reference}</span>:{" "}
                    {t(`reasons.${["notFound", "closed", "alreadyDecided"].includes(s.reason) ? s.reason : "other"}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <span id="bulk-reference-error" className="field-error" aria-live="polite">
        {referenceError ? (
          <span ref={firstError === "reference" ? focusRef : undefined} tabIndex={-1}>
            {t(`errors.${referenceError}`)}
          </span>
        ) : null}
      </span>
      <fieldset className="space-y-1">
        <legend className="field-label">{t("operation")}</legend>
        {(["assign", "ask"] as const).map((o) => (
          <div key={o} className="flex items-center gap-2">
            <input type="radio" id={`bulk-op-${o}`} name="op" value={o} checked={op === o} onChange={() => setOp(o)} className="h-5 w-5" />
            <label htmlFor={`bulk-op-${o}`}>{t(`operations.${o}`)}</label>
          </div>
        ))}
      </fieldset>
      {op === "assign" ? (
        <div>
          <label htmlFor="bulk-assignee" className="field-label">
            {t("assignee")}
          </label>
          <span id="bulk-assignee-error" className="field-error" aria-live="polite">
            {assigneeError ? t(`errors.${assigneeError}`) : null}
          </span>
          <select
            id="bulk-assignee"
            name="assignee"
            ref={firstError === "assignee" ? focusRef : undefined}
            defaultValue={text("assignee") || me}
            aria-invalid={assigneeError ? true : undefined}
            aria-describedby="bulk-assignee-error"
            className="input w-full max-w-md"
          >
            {coordinators.some((c) => c.id === me) && <option value={me}>{t("me")}</option>}
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value="none">{t("nobody")}</option>
          </select>
        </div>
      ) : (
        <div>
          <label htmlFor="bulk-note" className="field-label">
            {t("note")}
          </label>
          <span id="bulk-note-hint" className="field-hint">
            {t("noteHint")}
          </span>
          <span id="bulk-note-error" className="field-error" aria-live="polite">
            {noteError ? t(`errors.${noteError}`) : null}
          </span>
          <textarea
            id="bulk-note"
            name="note"
            ref={firstError === "note" ? focusRef : undefined}
            rows={3}
            maxLength={2000}
            aria-invalid={noteError ? true : undefined}
            aria-describedby="bulk-note-hint bulk-note-error"
            defaultValue={text("note")}
            key={`${state.status}-${text("note")}`}
            className="input w-full"
          />
        </div>
      )}
      <button type="submit" disabled={pending} aria-disabled={pending} aria-describedby="bulk-hint" className="btn">
        {pending ? t("pending") : t(`submit.${op}`)}
      </button>
    </form>
  );
}
