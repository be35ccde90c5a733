"use client";

import { useTranslations } from "next-intl";
import type { StageFormState } from "@/lib/forms/states";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";
import { STAGE_NOTE_MAX, STAGES, type Stage } from "@/lib/partnership-stages";

type Props = {
  current: Stage;
  moves: Stage[];
  /** A partner's change is a proposal for the other side to confirm; a coordinator's takes effect at once. */
  proposing?: boolean;
  action: (previous: StageFormState, form: FormData) => Promise<StageFormState>;
};

/** Moves the partnership: the allowed stages only, an optional note, errors tied to their field. */
export function StageForm({ current, moves, proposing = false, action }: Props) {
  const t = useTranslations("partnerships.form");
  const tProposal = useTranslations("stageProposals.form");
  const tStage = useTranslations("stage");
  // Offered first: the next stage on (the usual move), not the step back that corrects a mistake.
  const next = moves.find((s) => STAGES.indexOf(s) > STAGES.indexOf(current)) ?? moves[0] ?? "";
  // After an error, focus goes to it: the failure message, or the field that was refused.
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action, { stage: next, note: "" });
  const stageError = errors.stage?.[0] ? t(`errors.${errors.stage[0]}`) : null;
  const noteError = errors.note?.[0] ? t("errors.noteTooLong", { max: STAGE_NOTE_MAX }) : null;
  const values = { stage: text("stage"), note: text("note") };
  return (
    <form action={formAction} noValidate className="space-y-4 rounded border border-slate-300 p-4" key={JSON.stringify(values)}>
      <input type="hidden" name="expected" value={current} />
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      <div>
        <label htmlFor="stage-select" className="field-label">
          {t("stage")}
        </label>
        <span id="stage-error" className="field-error" aria-live="polite">
          {stageError}
        </span>
        <select
          ref={stageError ? focusRef : undefined}
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
          ref={noteError ? focusRef : undefined}
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
        {pending ? t("pending") : proposing ? tProposal("submit") : t("submit")}
      </button>
    </form>
  );
}
