"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ProfileStepState } from "@/lib/profile-schema";
import { useFormAction } from "@/components/form/use-form-action";
import { Link } from "@/i18n/navigation";
import { UNPUBLISH_REASON_MAX } from "@/lib/profile-schema";

type Step = (previous: ProfileStepState, form: FormData) => Promise<ProfileStepState>;

/**
 * Publish or unpublish: one button whose meaning follows the stored status. Taking a published
 * profile out of the catalogue asks first: the page's `?unpublish=confirm` step (`confirming`,
 * reached by a link, so it works without JavaScript) says what it does and takes an optional reason.
 * With JavaScript the step opens in place instead: the editor's unsaved changes below stay.
 */
export function PublicationForm({
  action,
  published,
  confirming,
  cancelHref,
  confirmHref,
}: {
  action: Step;
  published: boolean;
  confirming: boolean;
  cancelHref: string;
  confirmHref: string;
}) {
  const t = useTranslations("profileEditor");
  const tActing = useTranslations("acting.unpublish");
  const { state, formAction, pending } = useFormAction(action);
  const [open, setOpen] = useState(confirming);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (open && !confirming) question.current?.focus();
  }, [open, confirming]);
  if (published && !open) {
    return (
      <div className="space-y-2">
        <p>{t("publication.published")}</p>
        <p>
          <Link
            href={confirmHref}
            className="btn-secondary inline-block no-underline"
            onClick={(event) => {
              event.preventDefault();
              setOpen(true);
            }}
          >
            {t("publication.unpublish")}
          </Link>
        </p>
        <Outcome state={state} done={t("publication.done")} />
      </div>
    );
  }
  return (
    <form action={formAction} className={published ? "space-y-4 rounded border-2 border-red-700 bg-red-50 p-4" : "space-y-2"}>
      <p ref={question} tabIndex={-1} className={published ? "font-semibold" : undefined}>
        {published ? tActing("question") : t("publication.draft")}
      </p>
      {published && (
        <>
          <p>{tActing("effect")}</p>
          <div>
            <label htmlFor="unpublish-reason" className="field-label">
              {tActing("reasonLabel")}
            </label>
            <span id="unpublish-reason-hint" className="field-hint">
              {tActing("reasonHint")}
            </span>
            <textarea
              id="unpublish-reason"
              name="reason"
              rows={3}
              maxLength={UNPUBLISH_REASON_MAX}
              aria-describedby="unpublish-reason-hint"
              className="input"
            />
          </div>
        </>
      )}
      <input type="hidden" name="publish" value={published ? "false" : "true"} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} aria-disabled={pending} className={published ? "btn-warning" : "btn-secondary"}>
          {pending ? t("publication.working") : published ? tActing("confirm") : t("publication.publish")}
        </button>
        {published && (
          <Link
            href={cancelHref}
            onClick={(event) => {
              event.preventDefault();
              setOpen(false);
            }}
          >
            {tActing("cancel")}
          </Link>
        )}
      </div>
      <Outcome state={state} done={t("publication.done")} />
    </form>
  );
}

export function ConfirmForm({ action }: { action: Step }) {
  const t = useTranslations("profileEditor");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="space-y-2">
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn-secondary">
        {pending ? t("publication.working") : t("confirmation.confirm")}
      </button>
      <Outcome state={state} done={t("confirmation.done")} />
    </form>
  );
}

/** Said where the button is (focus stays on it); a form posted with other values than the buttons send is "malformed". */
function Outcome({ state, done }: { state: ProfileStepState; done: string }) {
  const t = useTranslations("profileEditor.failed");
  const tError = useTranslations("error");
  const failed = state.status === "failed" || state.status === "invalid";
  return (
    <p role="status" className={failed ? "font-semibold text-red-900" : "text-emerald-900"}>
      {state.status === "done" ? done : state.status === "failed" ? t(state.reason) : state.status === "invalid" ? t("malformed") : ""}
      {state.status === "failed" && state.errorId && <> {tError("reference", { id: state.errorId })}</>}
    </p>
  );
}
