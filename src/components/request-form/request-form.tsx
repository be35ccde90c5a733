"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { COOPERATION_AREAS, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { WORKING_LANGUAGES } from "@/lib/languages";
import { REQUEST_FIELDS, REQUEST_LIMITS, type RequestField, type RequestFormState } from "@/lib/partnership-request-schema";
import { describedBy, FieldError, TextField } from "./fields";
import { LanguageCheckboxes } from "@/components/form/language-checkboxes";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";
import { CheckAnswers } from "./check-answers";

/** The element an answer's error or "Change" leads to: its first checkbox for a group. */
const firstFocusable = (field: RequestField) =>
  field === "areas" ? `area-${COOPERATION_AREAS[0]}` : field === "languages" ? `language-${WORKING_LANGUAGES[0]}` : field;

type Props = {
  action: (previous: RequestFormState, form: FormData) => Promise<RequestFormState>;
  submissionToken: string;
  /** The person's own EU municipalities: one is shown, several are a choice among them only. */
  senders: { slug: string; label: string }[];
  /** From the account: the name prefills its field, the address is shown (the server uses the account's). */
  requester: { name: string | null; email: string };
  neededAreas: CooperationAreaSlug[];
  /** What the hromada offers: an area can be both. */
  offeredAreas: CooperationAreaSlug[];
  profileHref: string;
  /** Where to find more municipalities after sending: the catalogue, or for a hromada's proposal the EU municipalities. */
  browseHref?: string;
};

export function RequestForm({ action, submissionToken, senders, requester, neededAreas, offeredAreas, profileHref, browseHref = "/municipalities" }: Props) {
  const t = useTranslations("requestForm");
  const tSides = useTranslations("finding.requestForm");
  const r = useTranslations("requests.form");
  const f = useTranslations("followUp.openRequest");
  const tAreas = useTranslations("areas");
  const tCheck = useTranslations("acting.check");
  // After a submission, focus moves to what changed: the error summary, the failure or the confirmation.
  const { state, formAction, pending, focusRef, errors, values: stateValues } = useFormAction(action);
  const changing = state.status === "done" && "change" in state ? state.change : null;
  // Back from checking the answers: focus on the one to change.
  useEffect(() => {
    if (changing) document.getElementById(firstFocusable(changing))?.focus();
  }, [state, changing]);

  if (state.status === "done" && "check" in state) {
    return <CheckAnswers values={state.check} formAction={formAction} pending={pending} headingRef={focusRef} senders={senders} email={requester.email} />;
  }

  if (state.status === "done" && "reference" in state) {
    return (
      <div role="status" className="space-y-3 rounded border-2 border-emerald-700 bg-emerald-50 p-6">
        <h2 ref={focusRef} tabIndex={-1} className="text-2xl font-semibold text-emerald-950">
          {t("sent.title")}
        </h2>
        <p>{t.rich("sent.reference", { reference: state.reference, strong: (chunks) => <strong className="font-mono text-lg">{chunks}</strong> })}</p>
        <p>{t("sent.next")}</p>
        <p>
          <Link href={`/account/requests/${state.reference}`}>{r("openSent")}</Link>
        </p>
        <p>
          <Link href={profileHref}>{t("backToProfile")}</Link> · <Link href={browseHref}>{t("sent.browseMore")}</Link>
        </p>
      </div>
    );
  }

  const values = state.status === "done" && "change" in state ? state.values : stateValues;
  const text = (field: RequestField) => (typeof values[field] === "string" ? (values[field] as string) : undefined);
  const list = (field: RequestField) => (Array.isArray(values[field]) ? (values[field] as string[]) : []);
  const checked = (field: RequestField) => values[field] === true;
  const fieldsWithErrors = REQUEST_FIELDS.filter((f) => errors[f]?.length);

  return (
    <form action={formAction} noValidate className="space-y-8">
      <input type="hidden" name="submissionToken" value={submissionToken} />

      {state.status === "invalid" && (
        <ErrorSummary
          ref={focusRef}
          title={t("errorSummary", { count: fieldsWithErrors.length })}
          items={fieldsWithErrors.map((field) => ({ href: `#${firstFocusable(field)}`, label: t(`fields.${field}`) }))}
        />
      )}
      {state.status === "failed" && (
        <FailureAlert
          ref={focusRef}
          errorId={state.errorId}
          message={
            state.reason === "limited"
              ? r("limited", { minutes: Number(state.detail?.minutes) })
              : state.reason === "openRequest"
                ? f("refused", { reference: String(state.detail?.reference ?? "") })
                : state.reason === "notAllowed"
                  ? r("notAllowed")
                  : t(`failed.${state.reason}`)
          }
        />
      )}

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">{t("sections.municipality")}</legend>
        {senders.length === 1 ? (
          // Sent for the person's own municipality: shown, not chosen (the server decides it anyway).
          <p>{r("sendingFor", { municipality: senders[0].label })}</p>
        ) : (
          <div>
            <label htmlFor="euMunicipality" className="field-label">
              {t("fields.euMunicipality")}
            </label>
            <span id="euMunicipality-hint" className="field-hint">
              {r("chooseSender")}
            </span>
            <FieldError field="euMunicipality" errors={errors.euMunicipality} />
            {/* Keyed on the submitted choice: React's form reset does not restore a select's defaultValue. */}
            <select
              key={`eu-${text("euMunicipality") ?? ""}`}
              id="euMunicipality"
              name="euMunicipality"
              defaultValue={text("euMunicipality") ?? senders[0].slug}
              aria-invalid={errors.euMunicipality ? true : undefined}
              aria-describedby={describedBy("euMunicipality", true, errors.euMunicipality)}
              className="input"
            >
              {senders.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>

      <fieldset aria-describedby={describedBy("areas", true, errors.areas)}>
        <legend className="text-xl font-semibold">{t("fields.areas")}</legend>
        <span id="areas-hint" className="field-hint">
          {t("hints.areas", { max: REQUEST_LIMITS.areas.max })}
        </span>
        <FieldError field="areas" errors={errors.areas} />
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {COOPERATION_AREAS.map((area) => (
            <li key={area}>
              <label className="flex min-h-8 items-center gap-2">
                <input id={`area-${area}`} type="checkbox" name="areas" value={area} defaultChecked={list("areas").includes(area)} className="size-5" />
                <span>
                  {tAreas(area)}
                  {(neededAreas.includes(area) || offeredAreas.includes(area)) && (
                    <span className="text-slate-700">
                      {" — "}
                      {[neededAreas.includes(area) && t("neededByThem"), offeredAreas.includes(area) && tSides("offeredByThem")].filter(Boolean).join("; ")}
                    </span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div>
        <label htmlFor="message" className="field-label">
          {t("fields.message")}
        </label>
        <span id="message-hint" className="field-hint">
          {t("hints.message", { min: REQUEST_LIMITS.message.min, max: REQUEST_LIMITS.message.max })}
        </span>
        <FieldError field="message" errors={errors.message} />
        <textarea
          id="message"
          name="message"
          rows={6}
          defaultValue={text("message")}
          maxLength={REQUEST_LIMITS.message.max}
          aria-required
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy("message", true, errors.message)}
          className="input"
        />
      </div>

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">{t("sections.you")}</legend>
        <TextField
          field="requesterName"
          label={t("fields.requesterName")}
          errors={errors.requesterName}
          defaultValue={text("requesterName") ?? requester.name ?? undefined}
          autoComplete="name"
          maxLength={REQUEST_LIMITS.name.max}
        />
        <TextField
          field="requesterRole"
          label={t("fields.requesterRole")}
          hint={t("hints.requesterRole")}
          errors={errors.requesterRole}
          defaultValue={text("requesterRole")}
          autoComplete="organization-title"
          maxLength={REQUEST_LIMITS.role.max}
        />
        {/* The account's address: replies go there, and it is not a form field the server reads. */}
        <p>{r("replyTo", { email: requester.email })}</p>
      </fieldset>

      <fieldset aria-describedby={describedBy("languages", true, errors.languages)}>
        <legend className="text-xl font-semibold">{t("fields.languages")}</legend>
        <span id="languages-hint" className="field-hint">
          {t("hints.languages")}
        </span>
        <FieldError field="languages" errors={errors.languages} />
        <LanguageCheckboxes name="languages" checked={list("languages")} />
        <label className="mt-4 flex min-h-8 items-center gap-2">
          <input type="checkbox" name="interpretationNeeded" defaultChecked={checked("interpretationNeeded")} className="size-5" />
          <span>{t("fields.interpretationNeeded")}</span>
        </label>
      </fieldset>

      <div>
        <FieldError field="consent" errors={errors.consent} />
        <label className="flex items-start gap-2">
          <input
            id="consent"
            type="checkbox"
            name="consent"
            defaultChecked={checked("consent")}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            className="mt-1 size-5 shrink-0"
          />
          <span>{t("fields.consent")}</span>
        </label>
      </div>

      {/* First the answers are checked (src/app/[locale]/municipalities/[slug]/request/actions.ts). */}
      <p>{tCheck("next")}</p>
      <button type="submit" name="intent" value="check" disabled={pending} aria-disabled={pending} className="btn">
        {tCheck("continue")}
      </button>
    </form>
  );
}
