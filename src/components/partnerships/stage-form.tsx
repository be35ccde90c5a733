"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { StageFormState } from "@/app/[locale]/partnerships/[id]/state";
import { STAGE_NOTE_MAX, STAGES, type Stage } from "@/lib/partnership-stages";

type Props = {
  current: Stage;
  moves: Stage[];
  action: (previous: StageFormState, form: FormData) => Promise<StageFormState>;
};

/** Moves the partnership: the allowed stages only, an optional note, errors tied to their field. */
export function StageForm({ current, moves, action }: Props) {
  const t = useTranslations("partnerships.form");
  const tStage = useTranslations("stage");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errorRef = useRef<HTMLParagraphElement>(null);
  const stageRef = useRef<HTMLSelectElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const stageError = state.status === "invalid" && state.code !== "noteTooLong" ? t(`errors.${state.code}`) : null;
  const noteError = state.status === "invalid" && state.code === "noteTooLong" ? t("errors.noteTooLong", { max: STAGE_NOTE_MAX }) : null;

  useEffect(() => {
    // After an error, focus goes to it: the failure message, or the field that was refused.
    if (state.status === "failed") errorRef.current?.focus();
    if (state.status === "invalid") (state.code === "noteTooLong" ? noteRef : stageRef).current?.focus();
  }, [state]);

  // Offered first: the next stage on (the usual move), not the step back that corrects a mistake.
  const next = moves.find((s) => STAGES.indexOf(s) > STAGES.indexOf(current)) ?? moves[0] ?? "";
  const values = state.status === "idle" ? { stage: next, note: "" } : { stage: state.stage, note: state.note };
  return (
    <form action={formAction} noValidate className="space-y-4 rounded border border-slate-300 p-4" key={JSON.stringify(values)}>
      <input type="hidden" name="expected" value={current} />
      {state.status === "failed" && (
        <p ref={errorRef} tabIndex={-1} role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {t(`errors.${state.code}`)}
        </p>
      )}
      <div>
        <label htmlFor="stage-select" className="field-label">
          {t("stage")}
        </label>
        <span id="stage-error" className="field-error" aria-live="polite">
          {stageError}
        </span>
        <select
          ref={stageRef}
          id="stage-select"
          name="stage"
          defaultValue={values.stage}
          aria-invalid={stageError ? true : undefined}
          aria-describedby="stage-error"
          className="input"
        >
          {moves.map((s) => (
            <option key={s} value={s}>
              {tStage(s)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="stage-note" className="field-label">
          {t("note")}
        </label>
        <span id="stage-note-hint" className="field-hint">
          {t("noteHint", { max: STAGE_NOTE_MAX })}
        </span>
        <span id="stage-note-error" className="field-error" aria-live="polite">
          {noteError}
        </span>
        <textarea
          ref={noteRef}
          id="stage-note"
          name="note"
          rows={3}
          maxLength={STAGE_NOTE_MAX}
          defaultValue={values.note}
          aria-invalid={noteError ? true : undefined}
          aria-describedby="stage-note-hint stage-note-error"
          className="input w-full"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
