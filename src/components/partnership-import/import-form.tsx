"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";
import { IMPORT_MAX_BYTES } from "@/lib/partnership-import/csv";
import type { ImportState } from "@/lib/partnership-import/form";
import { ImportReportView } from "./import-report";

type Props = { action: (previous: ImportState, form: FormData) => Promise<ImportState> };

const MAX_MB = IMPORT_MAX_BYTES / (1024 * 1024);

/**
 * Upload a CSV file for a dry run; the dry run's result offers "Apply", which sends the same
 * file's text back from a hidden field: nothing is kept on the server between the two steps.
 */
export function ImportForm({ action }: Props) {
  const t = useTranslations("partnershipImport");
  const { state, formAction, pending, focusRef, errors } = useFormAction(action);
  const fileError = errors.file?.[0];
  const done = state.status === "done" ? state : null;
  const report = done?.report;
  const changes = report ? report.summary.created + report.summary.membershipsChanged : 0;
  return (
    <div className="space-y-8">
      <form action={formAction} className="max-w-3xl space-y-4 rounded border border-slate-300 p-4" noValidate>
        <input type="hidden" name="mode" value="dryRun" />
        {state.status === "failed" && (
          <FailureAlert ref={focusRef} message={t(`failures.${state.reason}`, { max: MAX_MB, ...state.detail })} errorId={state.errorId} />
        )}
        <div>
          <label htmlFor="file" className="field-label">
            {t("fileLabel")}
          </label>
          <span id="file-hint" className="field-hint">
            {t("fileHint", { max: MAX_MB })}
          </span>
          {fileError && (
            <span id="file-error" className="field-error" role="alert">
              {t(`fileErrors.${fileError}`, { max: MAX_MB })}
            </span>
          )}
          <input
            ref={fileError ? focusRef : undefined}
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"

            required
            aria-required
            aria-invalid={Boolean(fileError) || undefined}
            aria-describedby={fileError ? "file-hint file-error" : "file-hint"}
            // As wide as its button and its "no file chosen" text otherwise: at 320 px, wider than the box.
            className="block w-full max-w-full"
          />
        </div>
        <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
          {t("dryRun")}
        </button>
      </form>

      {report && (
        <section ref={focusRef} tabIndex={-1} aria-labelledby="import-result" className="space-y-4">
          <h2 id="import-result" className="text-2xl font-semibold text-brand-900">
            {report.applied ? t("appliedTitle") : t("dryRunTitle")}
          </h2>
          <p
            role="status"
            className={report.applied ? "rounded border-2 border-emerald-700 bg-emerald-50 p-4" : "rounded border border-slate-400 bg-slate-50 p-4"}
          >
            {t(report.applied ? "appliedSummary" : "dryRunSummary", report.summary)}
          </p>
          {!report.applied && changes > 0 && (
            <form action={formAction}>
              <input type="hidden" name="mode" value="apply" />
              <input type="hidden" name="content" value={done.content} />
              <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
                {t("apply")}
              </button>
            </form>
          )}
          {!report.applied && changes === 0 && <p>{t("nothingToApply")}</p>}
          {report.applied && (
            <p>
              <Link href="/partnerships">{t("toRegistry")}</Link>
            </p>
          )}
          <ImportReportView report={report} />
        </section>
      )}
    </div>
  );
}
