"use client";

import { useTranslations } from "next-intl";
import type { ProfileStepState } from "@/lib/profile-schema";
import { useFormAction } from "@/components/form/use-form-action";

type Step = (previous: ProfileStepState, form: FormData) => Promise<ProfileStepState>;

/** Publish or unpublish: one button whose meaning follows the stored status. */
export function PublicationForm({ action, published }: { action: Step; published: boolean }) {
  const t = useTranslations("profileEditor");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="space-y-2">
      <p>{published ? t("publication.published") : t("publication.draft")}</p>
      <input type="hidden" name="publish" value={published ? "false" : "true"} />
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn-secondary">
        {pending ? t("publication.working") : published ? t("publication.unpublish") : t("publication.publish")}
      </button>
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
