"use client";

import { useTranslations } from "next-intl";
import type { AssignFormState } from "@/lib/desk/forms";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

type Props = {
  action: (previous: AssignFormState, form: FormData) => Promise<AssignFormState>;
  coordinators: { id: string; name: string }[];
  current: string | null;
  me: string;
};

/** Who has the request in hand: "Assign to me" in one press, or any coordinator (or nobody) from the list. */
export function AssignForm({ action, coordinators, current, me }: Props) {
  const t = useTranslations("desk.assign");
  const { state, formAction, pending, focusRef, errors } = useFormAction(action);
  const error = errors.assignee?.[0];
  return (
    <div className="space-y-3">
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      <div className="flex flex-wrap items-end gap-4">
        {current !== me && (
          <form action={formAction}>
            <input type="hidden" name="assignee" value={me} />
            <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
              {t("toMe")}
            </button>
          </form>
        )}
        <form action={formAction} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="assignee" className="field-label">
              {t("label")}
            </label>
            <span id="assignee-error" className="field-error" aria-live="polite">
              {error ? t(`errors.${error}`) : null}
            </span>
            <select
              id="assignee"
              name="assignee"
              ref={error ? focusRef : undefined}
              defaultValue={current ?? "none"}
              aria-invalid={error ? true : undefined}
              aria-describedby="assignee-error"
              className="input max-w-full"
            >
              <option value="none">{t("nobody")}</option>
              {coordinators.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id === me ? t("meNamed", { name: c.name }) : c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary" disabled={pending} aria-disabled={pending}>
            {pending ? t("pending") : t("submit")}
          </button>
        </form>
      </div>
    </div>
  );
}
