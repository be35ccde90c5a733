"use client";

import type { Ref } from "react";
import { useTranslations } from "next-intl";
import type { FormValues } from "@/lib/forms/state";
import { endonym } from "@/lib/intl-names";
import type { RequestField } from "@/lib/partnership-request-schema";

type Props = {
  /** The answers as sent, already valid. */
  values: FormValues;
  formAction: (form: FormData) => void;
  pending: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  senders: { slug: string; label: string }[];
  email: string;
};

/**
 * GOV.UK's "check your answers": every answer in a summary list with a "Change" button that goes
 * back to the form at it, then Send. The answers travel as hidden fields, so this works without
 * JavaScript; nothing is stored until Send.
 */
export function CheckAnswers({ values, formAction, pending, headingRef, senders, email }: Props) {
  const t = useTranslations("requestForm");
  const tCheck = useTranslations("acting.check");
  const tAreas = useTranslations("areas");
  const text = (field: RequestField) => (typeof values[field] === "string" ? (values[field] as string) : "");
  const list = (field: RequestField) => (Array.isArray(values[field]) ? (values[field] as string[]) : []);
  const sender = senders.find((s) => s.slug === text("euMunicipality")) ?? senders[0];
  const rows: { field: RequestField; label: string; value: React.ReactNode }[] = [
    { field: "euMunicipality", label: t("sections.municipality"), value: sender?.label ?? "" },
    {
      field: "areas",
      label: t("fields.areas"),
      value: (
        <ul className="list-disc pl-5">
          {list("areas").map((a) => (
            <li key={a}>{tAreas(a)}</li>
          ))}
        </ul>
      ),
    },
    { field: "message", label: t("fields.message"), value: <span className="whitespace-pre-line wrap-anywhere">{text("message")}</span> },
    { field: "requesterName", label: t("fields.requesterName"), value: text("requesterName") },
    { field: "requesterRole", label: t("fields.requesterRole"), value: text("requesterRole") },
    {
      field: "languages",
      label: t("fields.languages"),
      value: list("languages")
        .map((l) => endonym(l))
        .join(", "),
    },
    { field: "interpretationNeeded", label: t("fields.interpretationNeeded"), value: values.interpretationNeeded === true ? tCheck("yes") : tCheck("no") },
  ];
  return (
    <form action={formAction} className="space-y-6">
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold text-brand-900">
        {tCheck("title")}
      </h2>
      <p>{tCheck("intro")}</p>
      <dl className="divide-y divide-slate-300 border-y border-slate-300">
        {rows.map((row) => (
          <div key={row.field} className="grid gap-2 py-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_max-content]">
            <dt className="font-semibold">{row.label}</dt>
            <dd>{row.value}</dd>
            <dd>
              {/* Only one municipality to send for: nothing to change there. */}
              {(row.field !== "euMunicipality" || senders.length > 1) && (
                <button type="submit" name="intent" value={`change:${row.field}`} className="link-button" disabled={pending}>
                  {tCheck("change")}
                  <span className="sr-only"> {row.label}</span>
                </button>
              )}
            </dd>
          </div>
        ))}
        <div className="grid gap-2 py-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_max-content]">
          <dt className="font-semibold">{tCheck("replyTo")}</dt>
          <dd>{email}</dd>
        </div>
      </dl>
      {/* Every answer, sent again with Send or Change. */}
      <input type="hidden" name="submissionToken" value={text("submissionToken")} />
      {text("euMunicipality") && <input type="hidden" name="euMunicipality" value={text("euMunicipality")} />}
      <input type="hidden" name="message" value={text("message")} />
      <input type="hidden" name="requesterName" value={text("requesterName")} />
      <input type="hidden" name="requesterRole" value={text("requesterRole")} />
      {list("areas").map((a) => (
        <input key={a} type="hidden" name="areas" value={a} />
      ))}
      {list("languages").map((l) => (
        <input key={l} type="hidden" name="languages" value={l} />
      ))}
      {values.interpretationNeeded === true && <input type="hidden" name="interpretationNeeded" value="on" />}
      {values.consent === true && <input type="hidden" name="consent" value="on" />}
      <p>{tCheck("sendNote")}</p>
      <button type="submit" name="intent" value="send" disabled={pending} aria-disabled={pending} className="btn">
        {pending ? t("sending") : t("submit")}
      </button>
      <p aria-live="polite" className="sr-only">
        {pending ? t("sending") : ""}
      </p>
    </form>
  );
}
