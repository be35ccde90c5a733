"use client";

import { useTranslations } from "next-intl";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";
import { DOCUMENT_KINDS } from "@/lib/workspace/catalogue";
import type { DocumentFormState } from "@/lib/workspace/forms";

type Props = {
  action: (previous: DocumentFormState, form: FormData) => Promise<DocumentFormState>;
  /** The partnership's documents, for a new version of one. */
  documents: { id: number; title: string }[];
  limits: { mb: number; max: number };
};

const FIELDS = ["document", "kind", "title", "file"] as const;

/** A member's upload: a new document (kind, title) or a new version of one; works without JavaScript. */
export function DocumentForm({ action, documents, limits }: Props) {
  const t = useTranslations("workspace.documentForm");
  const tKinds = useTranslations("workspace.kinds");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action, { document: "new" });
  const firstError = FIELDS.find((f) => errors[f]?.length);
  const describedBy = (field: string, hint: boolean) =>
    [hint ? `doc-${field}-hint` : null, errors[field as (typeof FIELDS)[number]] ? `doc-${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const errorOf = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.[0];
    return key ? (
      <span id={`doc-${field}-error`} className="field-error" role="alert">
        {t(`errors.${key}`, limits)}
      </span>
    ) : null;
  };
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`, limits)} errorId={state.errorId} />}
      <div>
        <label htmlFor="doc-document" className="field-label">
          {t("document")}
        </label>
        {errorOf("document")}
        <select
          ref={firstError === "document" ? focusRef : undefined}
          id="doc-document"
          name="document"
          key={`${state.status}-${text("document")}`}
          defaultValue={text("document") || "new"}
          aria-invalid={errors.document ? true : undefined}
          aria-describedby={describedBy("document", false)}
          className="input"
        >
          <option value="new">{t("newDocument")}</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {t("newVersionOf", { title: d.title })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-4">
        <legend className="field-label">{t("newDocumentLegend")}</legend>
        <div>
          <label htmlFor="doc-kind" className="field-label">
            {t("kind")}
          </label>
          {errorOf("kind")}
          <select
            ref={firstError === "kind" ? focusRef : undefined}
            id="doc-kind"
            name="kind"
            key={`${state.status}-${text("kind")}`}
            defaultValue={text("kind") || "LETTER_OF_INTENT"}
            aria-invalid={errors.kind ? true : undefined}
            aria-describedby={describedBy("kind", false)}
            className="input"
          >
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {tKinds(k)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="doc-title" className="field-label">
            {t("title")}
          </label>
          <span id="doc-title-hint" className="field-hint">
            {t("titleHint", limits)}
          </span>
          {errorOf("title")}
          <input
            ref={firstError === "title" ? focusRef : undefined}
            id="doc-title"
            name="title"
            type="text"
            maxLength={limits.max}
            key={`${state.status}-${text("title")}`}
            defaultValue={text("title")}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy("title", true)}
            className="input"
          />
        </div>
      </fieldset>
      <div>
        <label htmlFor="doc-file" className="field-label">
          {t("file")}
        </label>
        <span id="doc-file-hint" className="field-hint">
          {t("fileHint", limits)}
        </span>
        {errorOf("file")}
        <input
          ref={firstError === "file" ? focusRef : undefined}
          id="doc-file"
          name="file"
          type="file"
          aria-required
          accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,application/pdf,image/png,image/jpeg,image/webp"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={describedBy("file", true)}
          className="input max-w-full"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {t("submit")}
      </button>
    </form>
  );
}
