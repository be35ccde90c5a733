"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";
import type { PostErrorCode } from "@/lib/conversations/post-errors";

export type MessageFormState = FormState<object, "forbidden", "body" | "language" | "attachments", PostErrorCode>;
type Props = {
  action: (previous: MessageFormState, form: FormData) => Promise<MessageFormState>;
  conversation: number;
  /** The writer's interface language: the message's language unless they choose another. */
  defaultLanguage: string;
  /** Each language's name, in the page's language, with "other" last. */
  languages: { code: string; name: string }[];
  limits: { max: number; count: number; mb: number };
};

const FIELDS = ["body", "language", "attachments"] as const;

/** A participant's message: text, its language, and files; keyboard- and screen-reader-usable, works without JavaScript. */
export function MessageForm({ action, conversation, defaultLanguage, languages, limits }: Props) {
  const t = useTranslations("conversations.form");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action, { language: defaultLanguage });
  const firstError = FIELDS.find((f) => errors[f]?.length);
  const describedBy = (field: string, hint: boolean) =>
    [hint ? `${field}-hint` : null, errors[field as (typeof FIELDS)[number]] ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const errorOf = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.[0];
    return key ? (
      <span id={`${field}-error`} className="field-error" role="alert">
        {t(`errors.${key}`, limits)}
      </span>
    ) : null;
  };
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="conversation" value={conversation} />
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`, limits)} errorId={state.errorId} />}
      <div>
        <label htmlFor="body" className="field-label">
          {t("body")}
        </label>
        <span id="body-hint" className="field-hint">
          {t("bodyHint", limits)}
        </span>
        {errorOf("body")}
        <textarea
          ref={firstError === "body" ? focusRef : undefined}
          id="body"
          name="body"
          rows={6}
          aria-required
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={describedBy("body", true)}
          maxLength={limits.max}
          key={`${state.status}-${text("body")}`}
          defaultValue={text("body")}
          className="input"
        />
      </div>
      <div>
        <label htmlFor="language" className="field-label">
          {t("language")}
        </label>
        <span id="language-hint" className="field-hint">
          {t("languageHint")}
        </span>
        {errorOf("language")}
        {/* Keyed on the submitted choice: React's form reset does not restore a select's defaultValue. */}
        <select
          ref={firstError === "language" ? focusRef : undefined}
          id="language"
          name="language"
          key={`${state.status}-${text("language")}`}
          defaultValue={text("language") || defaultLanguage}
          aria-invalid={errors.language ? true : undefined}
          aria-describedby={describedBy("language", true)}
          className="input"
        >
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="attachments" className="field-label">
          {t("files")}
        </label>
        <span id="attachments-hint" className="field-hint">
          {t("filesHint", limits)}
        </span>
        {errorOf("attachments")}
        <input
          ref={firstError === "attachments" ? focusRef : undefined}
          id="attachments"
          name="attachments"
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,application/pdf,image/png,image/jpeg,image/webp"
          aria-invalid={errors.attachments ? true : undefined}
          aria-describedby={describedBy("attachments", true)}
          className="input max-w-full"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {t("submit")}
      </button>
    </form>
  );
}
